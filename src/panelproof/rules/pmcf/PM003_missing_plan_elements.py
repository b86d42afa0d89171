"""PM003: the PMCF plan lacks a sample size (or its rationale), endpoints or a timeline."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.model import Fact, FactBase
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.pmcf.common import has, items, plan_items, quoted, title_location

_TIMELINE_ASPECTS = ("timeline", "design", "method", "budget")


class MissingPmcfElements(Rule):
    """The PMCF plan has no sample size with a rationale, no endpoints or no timeline.

    What it finds:
        A PMCF plan that never states how many patients or devices it will follow, states a
        number without saying how it was derived (or says outright that no sample size
        calculation is made), defines no endpoint, or gives no time
        schedule (year, quarter, duration or reporting interval). One finding per plan lists
        what is missing.

    Why a panel cares:
        MDCG 2020-7 asks each activity's rationale to justify "sample size, timescales and
        endpoints" with "a statistical justification", and Annex XIV Part B §6.2(h) asks for "a
        detailed and adequately justified time schedule". Panels criticise PMCF plans without a
        sample-size rationale.

    Example:
        "Design: prospective registry. Patients will be followed up." (no number, no endpoint,
        no dates)

    Use instead:
        "Sample size: 240 patients, giving a 95 % confidence interval of ± 2 % around an expected
        pneumothorax rate of 3 %. Primary endpoint: pneumothorax within 30 days. Timeline: enrolment
        Q1 2026 - Q4 2027; annual PMCF report."

    References:
        MDR Annex XIV Part B §6.2(c) and (h); MDCG 2020-7 sections C and G.
    """

    code = "PM003"
    name = "missing-pmcf-elements"
    category = Category.PMCF
    severity = Severity.MAJOR
    title = "PMCF plan lacks sample size, endpoints or timeline"
    references = ("MDR Annex XIV Part B §6.2(c)", "MDR Annex XIV Part B §6.2(h)", "MDCG 2020-7 section C")
    recommendation = ("State the sample size with its statistical rationale, the primary and "
                      "secondary endpoints, and a dated schedule of activities and reports.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        for path, plan in plan_items(facts).items():
            missing, shown = self._missing(plan)
            if not missing:
                continue
            anchor = title_location(facts.document(path))
            locations = shown or ([anchor] if anchor else [])
            if not locations:
                continue
            message = f"The PMCF plan {path} has no " + _join(missing) + "."
            activity = next((f for f in shown if f.value.aspect in ("design", "method")), None)
            if activity is not None and "sample size" in missing:
                message += f" Its activity ({quoted(activity)}) states no number of patients."
            yield self.finding(message, locations)

    @staticmethod
    def _missing(plan: list[Fact]) -> tuple[list[str], list[Fact]]:
        missing: list[str] = []
        shown: list[Fact] = []
        sizes = [f for f in plan if has(f, "pmcf:sample") and not f.value.generic]
        sizes += [f for f in items(plan, "sample_size") if not f.value.generic and has(f, "pmcf:quantified")]
        if not sizes:
            missing.append("sample size")
            # Where the number belongs: the plan's own sample-size text, else the activity
            # (design or method) that is left without one.
            shown += ([f for f in items(plan, "sample_size") if f.value.generic][:2]
                      or items(plan, "design", "method")[:1])
        elif not any(has(f, "pmcf:statistical") for f in items(plan, "sample_size", "design", "method")
                     + sizes):
            missing.append("rationale for its sample size")
            # A plan that says it has none ("No formal sample size calculation is performed")
            # is quoted on that statement.
            shown += [f for f in plan if has(f, "pmcf:no_rationale")][:1] + sizes[:1]
        endpoints = [f for f in items(plan, "endpoint") if not f.value.generic]
        if not endpoints:
            missing.append("endpoints")
            shown += [f for f in items(plan, "endpoint") if f.value.generic][:2]
        timeline = [f for f in items(plan, *_TIMELINE_ASPECTS)
                    if not f.value.generic and has(f, "pmcf:dated")]
        if not timeline:
            missing.append("timeline")
            shown += [f for f in items(plan, "timeline") if f.value.generic][:2]
        return missing, shown


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " or " + parts[-1]
