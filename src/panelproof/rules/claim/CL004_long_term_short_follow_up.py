"""CL004: a long-term claim resting on short follow-up."""

from __future__ import annotations

import re
from typing import Iterable

from panelproof.extract._clinical_terms import claim_language
from panelproof.extract.evidence import is_deferred, is_endpoint_definition
from panelproof.extract.model import FactBase, FactKind
from panelproof.rules.claim._support import longest_supporting_follow_up
from panelproof.rules.model import Category, Finding, Rule, Severity


def claim_horizon_months(text: str) -> tuple[float, str] | None:
    """The follow-up a long-term claim implies, in months, and the words that imply it."""
    best: tuple[float, str] | None = None
    for item in claim_language()["long_term"]["patterns"]:
        for match in re.finditer(item["pattern"], text, re.IGNORECASE):
            if "months_from_number" in item:
                months = float(match.group(1)) * item["months_from_number"]
            else:
                months = float(item["months"])
            if best is None or months > best[0]:
                best = (months, match.group(0))
    return best


class LongTermClaimShortFollowUp(Rule):
    """Long-term claim ("durable", "lifetime", "10-year survival") on short follow-up.

    What it finds:
        Claims with long-term wording from knowledge/claim_language.yaml whose horizon (an
        explicit "5-year", or 24 months for "long-term", 120 for "lifetime") exceeds the
        longest follow-up of the evidence the claim cites, or of all clinical evidence entries
        when it cites none that can be matched. A plan to confirm a figure later ("the 5-year
        criterion will be confirmed by the PMCF registry") and an endpoint's name ("Durable
        repair: recurrence at 24 months") claim nothing; a follow-up still to come ("the
        registry will follow patients for 5 years") is no follow-up of the evidence.

    Why a panel cares:
        Panels repeatedly criticise follow-up too short for what is claimed; MDCG 2019-9 asks
        for long-term results such as implant survival at 5 or 10 years to be reported with
        their time base.

    Example:
        SSCP: "The graft provides durable, long-term bone regeneration." The only study has a
        4-month follow-up.

    Use instead:
        "At 4 months, bone radiodensity ... Long-term outcomes are followed in the PMCF registry."

    References:
        MDR Annex XIV Part A 1(a); MDCG 2019-9 Rev.1 sections 5.2 and 5.4.
    """

    code = "CL004"
    name = "long-term-claim-short-follow-up"
    category = Category.CLAIM
    severity = Severity.MAJOR
    title = "Long-term claim resting on short follow-up"
    references = ("MDR Annex XIV Part A 1(a)", "MDCG 2019-9 Rev.1 section 5.2", "MDCG 2019-9 Rev.1 section 5.4")
    recommendation = ("Limit the claim to the follow-up the data cover, or add clinical data with a "
                      "follow-up as long as the claim (PMCF).")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        for fact in facts.of(FactKind.CLAIM):
            text = fact.value.text
            if is_deferred(text) or is_endpoint_definition(text):
                continue  # a plan to confirm a figure later, or an endpoint's name, claims nothing yet
            horizon = claim_horizon_months(text)
            if horizon is None:
                continue
            longest = longest_supporting_follow_up(fact.value, facts)
            if longest is None:
                continue
            months = longest.value.follow_up_months
            if months >= horizon[0]:
                continue
            yield self.finding(
                f'{fact.document} claims "{fact.location.quote}" ("{horizon[1]}", i.e. about '
                f"{horizon[0]:g} months or more), but the longest follow-up of the supporting "
                f"evidence in {longest.document} is {months:g} months.",
                [fact, longest])
