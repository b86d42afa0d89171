"""PM003: the PMCF plan lacks a sample size (or its rationale), endpoints or a timeline."""

from __future__ import annotations

from typing import Iterable

import re

from panelproof.extract.common import sentences
from panelproof.extract.model import Fact, FactBase
from panelproof.extract.pmcf import filled_text, is_statistical, label_names, names_endpoint, sample_in
from panelproof.ingest.model import BlockKind, Document, Role
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.pmcf.common import has, items, plan_items, quoted, title_location

_TIMELINE_ASPECTS = ("timeline", "design", "method", "budget")
# Elements whose sentences may name the plan's outcome measures (not criteria: "FEV1 < 50 %" in
# the inclusion criteria selects patients, it measures nothing).
_OUTCOME_ASPECTS = ("objective", "design", "method", "timeline", "endpoint", "other")


class MissingPmcfElements(Rule):
    """The PMCF plan has no sample size with a rationale, no endpoints or no timeline.

    What it finds:
        A PMCF plan that never states how many patients or devices it will follow, states a
        number without saying how it was derived (or says outright that no sample size
        calculation is made), defines no endpoint, or gives no time
        schedule (year, quarter, duration or reporting interval). One finding per plan lists
        what is missing. A rationale may be a power, precision or detectability statement
        ("powered to detect", "precision of ± 3 %", "based on the expected event rate"). The
        sample needs no number of its own when it is a complete capture (participation in a
        national registry such as the NJR or the EPRD, which records every implanted patient) or
        the continued follow-up of an identified study whose size another document states
        ("Continued follow-up of all ORTHO-1 patients" with "ORTHO-1 enrolled 212 patients" in
        the CER). "Data will be collected from users" is no sample size. The plan's elements
        are read under their headings, under labels set as plain text ("4. Endpoints"), in
        table rows and columns, and, for the number of subjects and the endpoints, in any
        sentence that sets them ("A total of 600 patients will be enrolled", "Prospective,
        multicentre study at 8 sites with 200 consecutive patients", "The primary endpoint is
        freedom from revision at 12 months"). An objective, design or method sentence that names
        what is measured states its endpoint without the word: an outcome with its time points
        ("Shunt survival at 2, 3 and 5 years"), a rate with what it counts ("Estimate the rate of
        pneumothorax and valve migration", "the frequency of occlusion alarms"), a clinical score
        or physiological measure ("mRS at 90 days", "FEV1 and SGRQ", "AOFAS, FAAM"), mortality
        or survival, or imaging at time points ("radiographs at 1, 3 and 5 years"); "confirm
        safety and performance" and "a satisfaction survey" do not. The finding quotes the
        element's text, or the sentence that postpones it ("endpoints to be defined"). An activities table column such as "Rationale / size", "N" or
        "Cohort size" gives the sample when its cell counts subjects ("Whole cohort (212
        patients)"); sites and centres are no subjects. Before a sample size or its rationale is
        reported missing, every sentence of the plan is read: a planned number of subjects
        ("n = 120 patients", "About 120 wounds will be treated", "3,000 insertions") or a
        statistical justification ("with 3 000 procedures, a rate of 1 % can be estimated with a
        95 % CI half-width of 0.36 %") under any heading counts; evidence already gathered
        ("The pivotal study enrolled 120 patients") does not. A number may follow its noun
        ("The number of subjects will be about 450", "Anzahl der Patienten: 96"). Template text
        left unfilled ("[Insert sample size justification]", "<to be completed by the CRO>") and
        page headers or footers ("PL-01 rev 2 – 2025-06-30 Page 2 of 3") state nothing: no
        rationale, no number, no date. A dated line under a heading that names the schedule
        beside another element ("Sample size and timeline") is the timeline. A missing sample
        size is quoted on the plan's own sample-size text ("Not applicable", "no formal
        calculation is performed", the unfilled field) before the activity.

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
            sample_gaps = [m for m in missing if m in ("sample size", "rationale for its sample size")]
            if sample_gaps and _cohort_stated_elsewhere(facts, path, plan):
                missing = [m for m in missing if m not in sample_gaps]
                shown = [f for f in shown if f.value.aspect not in ("sample_size", "design", "method")
                         and not has(f, "pmcf:sample")]
            sample_gaps = [m for m in missing if m in ("sample size", "rationale for its sample size")]
            if sample_gaps:
                # The plan may give its number or its justification outside any element read as
                # one ("Statistical considerations", "Justification", an introduction): the
                # whole plan is searched before an absence is reported.
                found = _stated_in_plan(facts.document(path))
                if "sample size" in found and "sample size" in missing:
                    justified = "rationale" in found or any(
                        has(f, "pmcf:statistical") for f in items(plan, "sample_size", "design", "method", "other"))
                    missing = [m for m in missing if m != "sample size"]
                    if not justified:
                        missing.insert(0, "rationale for its sample size")
                elif "rationale" in found and "sample size" not in missing:
                    missing = [m for m in missing if m != "rationale for its sample size"]
                if "sample size" not in missing and "rationale for its sample size" not in missing:
                    shown = [f for f in shown if f.value.aspect not in ("sample_size", "design", "method")
                             and not has(f, "pmcf:sample") and not has(f, "pmcf:no_rationale")]
            if not missing:
                continue
            anchor = title_location(facts.document(path))
            # Without a statement of the missing element, quote the postponement ("to be
            # defined") or the general aim the plan gives instead of it; the title only when the
            # plan says nothing.
            said = ([f for f in plan if has(f, "pmcf:deferred")][:1]
                    or [f for f in items(plan, "objective") if f.value.generic][:1])
            locations = shown or said or ([anchor] if anchor else [])
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
        # A registry recording every implanted device (NJR, EPRD, a national registry) fixes the
        # sample by complete capture, which is its own rationale.
        complete = any(has(f, "pmcf:complete_capture") and not has(f, "pmcf:negated") for f in plan)
        if not sizes and not complete:
            missing.append("sample size")
            # Where the number belongs: the plan's own sample-size text, else the activity
            # (design or method) that is left without one.
            # The plan's own sample-size text says what it gives instead of a number (a
            # placeholder, "no formal calculation", "not applicable", a general aim).
            shown += ([f for f in items(plan, "sample_size")
                       if f.value.generic or has(f, "pmcf:placeholder") or has(f, "pmcf:no_rationale")][:2]
                      or items(plan, "sample_size")[:1]
                      or items(plan, "design", "method")[:1])
        elif not complete and not any(has(f, "pmcf:statistical")
                                      for f in items(plan, "sample_size", "design", "method", "other")
                                      + sizes):
            missing.append("rationale for its sample size")
            # A plan that says it has none ("No formal sample size calculation is performed")
            # is quoted on that statement, one that left the template's field unfilled ("[Insert
            # sample size justification]") on that field.
            shown += ([f for f in plan if has(f, "pmcf:no_rationale")][:1]
                      + [f for f in items(plan, "sample_size") if has(f, "pmcf:placeholder")][:1] + sizes[:1])
        endpoints = [f for f in items(plan, "endpoint") if not f.value.generic]
        # An objective may carry its endpoint ("measured as the revision rate at 10 years").
        endpoints += [f for f in items(plan, "objective")
                      if not f.value.generic and names_endpoint(f.value.text)]
        # A sentence stating an endpoint counts wherever it stands ("The primary endpoint is
        # freedom from revision at 12 months" under "Study design" or "Assessments").
        endpoints += [f for f in plan if not f.value.generic and has(f, "pmcf:endpoint")]
        # An objective, design or method sentence that names what is measured states its
        # endpoint without the word ("Estimate the rate of pneumothorax and valve migration",
        # "mRS at 90 days by certified assessors"), even after a general aim.
        endpoints += [f for f in items(plan, *_OUTCOME_ASPECTS)
                      if has(f, "pmcf:outcome") and not has(f, "pmcf:deferred")]
        if not endpoints:
            missing.append("endpoints")
            shown += ([f for f in items(plan, "endpoint") if f.value.generic][:2]
                      or [f for f in plan if has(f, "pmcf:deferred")][:1])
        timeline = [f for f in items(plan, *_TIMELINE_ASPECTS)
                    if not f.value.generic and has(f, "pmcf:dated")]
        # A dated statement of the activity itself, wherever it stands ("Prospective study in
        # wound clinics; 120 wounds; 2026-2028" in a summary).
        timeline += [f for f in items(plan, "other")
                     if not f.value.generic and has(f, "pmcf:dated") and has(f, "pmcf:active")
                     and not has(f, "pmcf:deferred")]
        # A dated item under a heading that names the schedule beside another element ("3
        # Sample size and timeline": "Start 2025/05, report 2026/12") is the schedule.
        timeline += [f for f in plan if not f.value.generic and has(f, "pmcf:dated")
                     and not has(f, "pmcf:deferred") and label_names(f.location.section or "", "timeline")]
        if not timeline:
            missing.append("timeline")
            shown += [f for f in items(plan, "timeline") if f.value.generic][:2]
        return missing, shown


# A study named in a continuation ("the ORTHO-1 study", "the PIVOT-HF trial", "the pivotal
# study"): an identifier with a digit or in capitals, or a pre-market study's usual name.
_STUDY_NAME = re.compile(
    r"\b(?:[A-Z][A-Za-z]*[-‐ ]?\d+[A-Za-z]?|[A-Z]{3,}(?:[-‐][A-Z0-9]+)*)\b|"
    r"\b(?:pivotal|pre-?market|first-in-(?:hu)?man|feasibility|IDE|CE[- ]mark(?:ing)?|premarket|"
    r"pivot|pivotale|Zulassungs)\w*\b")
_NOT_STUDY_NAMES = {"PMCF", "CER", "CEP", "IFU", "SSCP", "CEAR", "MDR", "MDCG", "ISO", "PSUR", "PMS",
                    "EU", "CE", "NB", "SAP", "CRF", "EDC", "TBD", "ICU", "QOL"}
_EVIDENCE_ROLES = (Role.CER, Role.CEP, Role.SSCP, Role.CEAR)


def _cohort_stated_elsewhere(facts: FactBase, path: str, plan: list[Fact]) -> bool:
    """Whether the plan continues the follow-up of a study ("Continued follow-up of all patients
    of the ORTHO-1 study") whose number of patients another document states ("The ORTHO-1 study
    enrolled 212 patients"): the sample is that cohort, sized and justified by the study."""
    names: set[str] = set()
    for fact in plan:
        if has(fact, "pmcf:continuation") and not has(fact, "pmcf:negated"):
            names.update(m.group(0) for m in _STUDY_NAME.finditer(fact.location.quote)
                         if m.group(0) not in _NOT_STUDY_NAMES)
    if not names:
        return False
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in sorted(names, key=lambda t: (-len(t), t))),
                         re.IGNORECASE)
    for document in facts.documents_with_role(*_EVIDENCE_ROLES):
        if document.path == path:
            continue
        for block in document.blocks:
            if block.kind is BlockKind.HEADING:
                continue
            text = block.normalized
            for match in pattern.finditer(text):
                if sample_in(text[max(0, match.start() - 150):match.end() + 150]):
                    return True
    return False


# Evidence already gathered ("The pivotal study enrolled 120 patients", "showed a 95 % CI of
# ...") is no plan for the PMCF; a plan's own sentence states what will be or is to be done.
_PAST = re.compile(
    r"\b(?:was|were|had|has been|have been|enrolled|included|showed|reported|published|found|observed|"
    r"demonstrated|achieved|treated|a été|ont été|avaient|a inclus|ont inclus|wurden?|hatten?|"
    r"eingeschlossen wurden|è stato|sono stati|ha incluso|fue|fueron|incluyó)\b", re.IGNORECASE)
# A number of subjects is the plan's when the sentence plans it.
_PLANNED = re.compile(
    r"\b(?:will|shall|planned|plans? to|to be|target(?:ed)?|sample|enrol(?:l)?(?:s|ment)?|recruit(?:s|ment|ed)?|"
    r"expected|anticipated|approximately|about|up to|at least|include[sd]?|"
    r"sera|seront|prévue?s?|inclu(?:s|ses|ra|ront)|recrut\w*|environ|au moins|"
    r"werden|wird|geplant|Fallzahl|eingeschlossen|rekrutiert|etwa|mindestens|"
    r"sarà|saranno|verranno|previst[oiae]|arruolat\w*|inclus[oiae]|circa|almeno|"
    r"será|serán|previst[oa]s?|incluir\w*|reclut\w*|aproximadamente|al menos)\b|\bn\s*=\s*\d",
    re.IGNORECASE)


def _stated_in_plan(document: Document | None) -> set[str]:
    """What the whole plan states about its sample outside the elements read as such: "sample
    size" for a planned number of subjects ("n = 120 patients", "About 120 wounds will be
    treated"), "rationale" for a statistical justification ("gives a 95 % CI half-width of
    ± 9 %"). Sentences reporting evidence already gathered do not count."""
    found: set[str] = set()
    if document is None:
        return found
    for block in document.blocks:
        if block.kind is BlockKind.HEADING or not any(c.isdigit() for c in block.normalized):
            continue  # a number of subjects and a statistical statement both hold a digit
        text = filled_text(block)  # template text ("[Insert justification]") states nothing
        for start, end in sentences(block):
            piece = text[start:end]
            if _PAST.search(piece):
                continue
            if "sample size" not in found and sample_in(piece) and _PLANNED.search(piece):
                found.add("sample size")
            if "rationale" not in found and is_statistical(piece):
                found.add("rationale")
        if len(found) == 2:
            break
    return found


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " or " + parts[-1]
