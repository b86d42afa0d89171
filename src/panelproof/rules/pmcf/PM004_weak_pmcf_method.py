"""PM004: the PMCF is a survey only, is retrospective without statistics, or is deferred."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.model import FactBase
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.pmcf.common import has, items, plan_items, quoted


class WeakPmcfMethod(Rule):
    """The PMCF plan relies on a survey only, a retrospective review without statistical
    rationale, or leaves its activities "to be defined later".

    What it finds:
        A PMCF plan whose only clinical data source is a user or patient (satisfaction) survey,
        with no study or registry; a retrospective design with no statistical rationale; or
        elements postponed ("to be defined later", "TBD", "à définir", "wird später
        festgelegt").

    Why a panel cares:
        MDCG 2020-7 states that "retrospective surveys with no justification ... without
        showing a statistical rationale, are not acceptable", and Annex XIV Part B §6.2 asks for
        specific methods and a detailed time schedule. The CECP article's second case was
        criticised for a vague satisfaction-survey PMCF "to be defined later".

    Example:
        "PMCF activity: a patient satisfaction survey. Details to be defined later."

    Use instead:
        "A prospective registry of 300 patients in 6 centres, with a pre-specified analysis of
        device-related adverse events; a user survey complements it."

    References:
        MDR Annex XIV Part B §6.2(b), (c), (h); MDCG 2020-7 section C.
    """

    code = "PM004"
    name = "weak-pmcf-method"
    category = Category.PMCF
    severity = Severity.MAJOR
    title = "PMCF is survey-only, retrospective without rationale, or to be defined later"
    references = ("MDR Annex XIV Part B §6.2(b)", "MDR Annex XIV Part B §6.2(h)", "MDCG 2020-7 section C")
    recommendation = ("Plan a specific PMCF activity (study or registry) with a statistical "
                      "rationale and fix every element now rather than later.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        for path, plan in plan_items(facts).items():
            deferred = [f for f in plan if has(f, "pmcf:deferred")]
            if deferred:
                yield self.finding(
                    f"The PMCF plan {path} leaves {len(deferred)} element(s) to be defined later "
                    f"({quoted(deferred[0])}).", deferred[:5])
            active = [f for f in plan if has(f, "pmcf:active") and not has(f, "pmcf:negated")]
            # A satisfaction objective beside objectives of clinical outcomes ("rate of vaginal
            # delivery", "infection") is one aim of a data collection, not a survey-only PMCF.
            objectives = [f for f in plan if f.value.aspect == "objective"]
            only_survey_objectives = all(has(f, "pmcf:survey") for f in objectives)
            surveys = [f for f in plan if has(f, "pmcf:survey")
                       and (f.value.aspect in ("design", "method", "population")
                            or (f.value.aspect == "objective" and only_survey_objectives))]
            if surveys and not active:
                yield self.finding(
                    f"The only PMCF activity of {path} is a survey ({quoted(surveys[0])}); no study "
                    "or registry collects clinical data on the device.", surveys[:3])
            retrospective = [f for f in plan if has(f, "pmcf:retrospective")]
            if retrospective and not any(has(f, "pmcf:statistical") for f in plan):
                yield self.finding(
                    f"The PMCF plan {path} relies on a retrospective design "
                    f"({quoted(retrospective[0])}) without a statistical rationale.",
                    retrospective[:3])
