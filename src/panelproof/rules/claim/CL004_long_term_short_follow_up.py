"""CL004: a long-term claim resting on short follow-up."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from panelproof.extract._clinical_terms import claim_language
from panelproof.extract.claims import in_uncertain_clause
from panelproof.extract.evidence import is_deferred, is_endpoint_definition
from panelproof.extract.model import FactBase, FactKind
from panelproof.rules.claim._support import (cited_entries, evidence_facts,
                                             longest_supporting_follow_up,
                                             stated_longest_follow_up)
from panelproof.rules.model import Category, Finding, Rule, Severity


@lru_cache(maxsize=1)
def _horizon_patterns() -> tuple[tuple[re.Pattern[str], float, bool], ...]:
    """Each long-term pattern compiled once, its "(\\d+)" also matching a number word
    ("five years", "cinq ans", "fünf Jahre"), with its months (per unit or fixed)."""
    data = claim_language()["long_term"]
    words = sorted(_number_words(), key=len, reverse=True)
    number = r"(\d+|" + "|".join(re.escape(w) for w in words) + r")"
    compiled = []
    for item in data["patterns"]:
        per_unit = "months_from_number" in item
        pattern = item["pattern"].replace(r"(\d+)", number) if per_unit else item["pattern"]
        months = float(item["months_from_number"] if per_unit else item["months"])
        compiled.append((re.compile(pattern, re.IGNORECASE), months, per_unit))
    return tuple(compiled)


@lru_cache(maxsize=1)
def number_words() -> dict[str, int]:
    """Number words of knowledge/claim_language.yaml ("five": 5, "cinq": 5, "fünf": 5 ...)."""
    return _number_words()


@lru_cache(maxsize=1)
def _number_words() -> dict[str, int]:
    values = claim_language()["long_term"].get("number_words", {}).get("values", {})
    return {str(word).lower(): int(value) for word, value in values.items()}


def claim_horizon_months(text: str) -> tuple[float, str] | None:
    """The follow-up a long-term claim implies, in months, and the words that imply it.
    Words in a clause that states an uncertainty ("the long-term durability remains to be
    shown") imply nothing."""
    best: tuple[float, str] | None = None
    for pattern, months, per_unit in _horizon_patterns():
        for match in pattern.finditer(text):
            if per_unit:
                number = match.group(1)
                value = float(_number_words().get(number.lower(), 0) if not number[0].isdigit()
                              else number)
                found = value * months
            else:
                found = months
            if found <= 0 or in_uncertain_clause(text, match.start()):
                continue
            if best is None or found > best[0]:
                best = (found, match.group(0))
    return best


class LongTermClaimShortFollowUp(Rule):
    """Long-term claim ("durable", "lifetime", "10-year survival") on short follow-up.

    What it finds:
        Claims with long-term wording from knowledge/claim_language.yaml whose horizon (an
        explicit "5-year", or 24 months for "long-term", 120 for "lifetime") exceeds the
        longest follow-up of the evidence the claim cites, or of all clinical evidence entries
        when it cites none that can be matched (then also the CER's own statement of its
        longest follow-up, "the longest follow-up available for the device is 12 months").
        Years written as words count ("sustained for at least five years", "cinq ans"), and so
        do "durability to 15 years" and the whole life of the implant ("über die gesamte
        Lebensdauer", "pendant toute la durée de vie"). Follow-up is read from prose ("mean
        follow-up 2.4 years (maximum 38 months)") and tables, a bare number taking the unit of
        its column header ("Follow-up (months) | 37"); the claim's own sentence is never its
        evidence.
        Lifelong benefit wording counts in every language ("durable, lifelong sac sealing",
        "seals the aneurysm for life", "exclusion à vie", "lebenslange Abdichtung", "per tutta
        la vita", "de por vida"); "permanent" counts of a benefit ("the correction is
        permanent"), not of an implant or its particles ("the implant is permanent", "the
        particles remain permanently in the tissue"), and lifelong follow-up, surveillance or
        anticoagulation is an instruction, not a claim.
        Permanence of a material ("no permanent metal", "permanent implant") and a stated
        uncertainty ("the long-term durability remains to be shown") claim nothing. A plan to confirm a figure later ("the 5-year
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
        stated: tuple[float, object] | None | bool = False  # read once, when a claim needs it
        for fact in facts.of(FactKind.CLAIM):
            text = fact.value.text
            if is_deferred(text) or is_endpoint_definition(text):
                continue  # a plan to confirm a figure later, or an endpoint's name, claims nothing yet
            horizon = claim_horizon_months(text)
            if horizon is None:
                continue
            longest = longest_supporting_follow_up(fact.value, facts, fact)
            months = longest.value.follow_up_months if longest is not None else None
            if not cited_entries(fact.value, evidence_facts(facts)):
                # A claim citing no particular study rests on the data as a whole: the CER's own
                # statement of their longest follow-up ("the longest follow-up available for
                # the device is 12 months") bounds them.
                if stated is False:
                    stated = stated_longest_follow_up(facts)
                if stated and (months is None or stated[0] < months):
                    months, longest = stated[0], stated[1]
            if longest is None or months is None or months >= horizon[0]:
                continue
            yield self.finding(
                f'{fact.document} claims "{fact.location.quote}" ("{horizon[1]}", i.e. about '
                f"{horizon[0]:g} months or more), but the longest follow-up of the supporting "
                f"evidence in {longest.document} is {months:g} months.",
                [fact, longest])
