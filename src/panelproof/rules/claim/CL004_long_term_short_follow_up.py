"""CL004: a long-term claim resting on short follow-up."""

from __future__ import annotations

from typing import Iterable

# the horizon helpers live with the claims they read; PM005 and _support import them from here
from panelproof.extract.claims import claim_horizon_months, number_words  # noqa: F401
from panelproof.extract.evidence import is_deferred, is_endpoint_definition
from panelproof.extract.model import FactBase, FactKind
from panelproof.rules.claim._support import (cited_entries, evidence_facts,
                                             longest_supporting_follow_up,
                                             stated_longest_follow_up)
from panelproof.rules.model import Category, Finding, Rule, Severity


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
        Lebensdauer", "pendant toute la durée de vie"). Terse writing counts too: abbreviated
        units ("yrs", "yr", "mths", "mos", "wks"), a lower bound before the number ("a lifetime
        of min. 25 yrs", ">= 10 years", "mindestens 10 Jahre"; knowledge/claim_language.yaml
        `long_term.bounds`), "upto" and "safe for implantation up to 10 years"; an age limit
        ("safe in patients aged up to 75 years") is no horizon. Follow-up is read from prose ("mean
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
        A results sentence that generalises its own data to a longer horizon ("The 12-month
        results of study AC-05 demonstrate stable hearing over the lifetime of the implant",
        "the 3-year data confirm durability of the valve for 15 years", "les résultats à 12 mois
        démontrent ... pendant toute la durée de vie") is such a claim, checked against the
        follow-up it states itself (knowledge/claim_language.yaml `data_follow_up`); a plain
        result ("at 12 months, hearing was stable") claims no longer horizon.

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
            reported = fact.value.reported_follow_up
            if reported is not None and reported[0] < horizon[0]:
                # the sentence names the data it generalises: their follow-up is its own
                yield self.finding(
                    f'{fact.document} generalises {reported[0]:g}-month data to a longer horizon: '
                    f'"{fact.location.quote}" ("{horizon[1]}", i.e. about {horizon[0]:g} months or '
                    f'more, from "{reported[1]}").', [fact])
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
