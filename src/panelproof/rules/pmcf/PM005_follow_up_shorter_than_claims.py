"""PM005: the PMCF plan follows patients for less time than the dossier's long-term claims."""

from __future__ import annotations

import re
from typing import Iterable

from panelproof.extract.claims import citations
from panelproof.extract.common import make_fact, sentences
from panelproof.extract.model import Claim, Fact, FactBase, FactKind
from panelproof.extract.numerals import ANY_LANGUAGE, numeral_view
from panelproof.ingest.model import Document, Location, Role
from panelproof.rules.claim._support import longest_supporting_follow_up
from panelproof.rules.claim.CL004_long_term_short_follow_up import claim_horizon_months, number_words
from panelproof.rules.identity._compare import document_label
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.pmcf.common import quoted

# Documents whose long-term claims the PMCF must be able to confirm.
_CLAIMING_ROLES = {Role.CER, Role.SSCP, Role.IFU, Role.CEAR}
# Horizons shorter than two years are for EV003/CL004 to judge against the clinical data.
_MIN_HORIZON_MONTHS = 24.0
# Only an explicit horizon (a number of years, or lifetime wording) is compared: the 24 months
# CL004 reads into a bare "long-term" is an editorial floor, too vague to fix a PMCF duration.
_EXPLICIT_HORIZON = re.compile(r"\d|life|vie\b|leben", re.IGNORECASE)


def _explicit(words: str) -> bool:
    """A figure, lifetime wording or a number word ("five-year durability", "cinq ans")."""
    return (_EXPLICIT_HORIZON.search(words) is not None
            or any(word in number_words() for word in re.findall(r"\w+", words.lower())))

_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10,
                 "twelve": 12, "un": 1, "une": 1, "deux": 2, "trois": 3, "cinq": 5, "six": 6,
                 "dix": 10, "douze": 12, "ein": 1, "einem": 1, "einen": 1, "zwei": 2, "drei": 3,
                 "fünf": 5, "sechs": 6, "zehn": 10, "zwölf": 12}
_DURATION = re.compile(
    r"\b(\d+(?:[.,]\d+)?|" + "|".join(_NUMBER_WORDS) + r")[\s-]*"
    r"(months?|mo\b|years?|yrs?\b|mois|ans?\b|années?|Monate?n?|Monats|Jahre?n?|Jahres)",
    re.IGNORECASE)
# A duration is a follow-up only in a sentence about following patients, visits or duration.
# Assessments and data collection count too: "assessed at discharge, 6 weeks and 12 months",
# "patients are seen at 3, 6 and 12 months", "data are collected for one year after implantation".
_FOLLOW_UP_CONTEXT = re.compile(
    r"follow|observ|visit|duration|up to|until|through|timeline|schedule|per patient|each patient|"
    r"assess|evaluated at|examined at|seen at|reviewed at|data (?:are |will be )?collected|"
    r"collect\w* data|data collection|after (?:implant|the procedure|surgery|the intervention|treatment)|"
    r"suivi|visite|durée|jusqu|pendant|calendrier|évalués? à|examinés? à|recueil|"
    r"nachbeobacht|nachsorge|nachverfolg|beobacht|visite|dauer|bis zu|über|zeitplan|untersucht|"
    r"datenerhebung|nach der (?:implantation|operation)",
    re.IGNORECASE)
# "every 12 months", "annual", "tous les 12 mois", "alle 12 Monate": a reporting interval.
_INTERVAL_BEFORE = re.compile(r"(?:every|each|per|tous les|toutes les|chaque|alle|jede[nrs]?)\s*$",
                              re.IGNORECASE)
# "patients older than 18 years", "ab 18 Jahren": an age, not a duration.
_AGE_CONTEXT = re.compile(r"(?:aged?|age|older|younger|over|under|above|âgés?|âge|plus de|moins de|"
                          r"\bab\b|älter|jünger|Alter)\s*$|^\s*(?:of age|old|and older|d'âge|et plus|"
                          r"alt|und älter)", re.IGNORECASE)


def follow_up_months(text: str) -> float | None:
    """The longest follow-up duration a PMCF statement names, in months, or None."""
    if not _FOLLOW_UP_CONTEXT.search(text):
        return None
    text = numeral_view(text, ANY_LANGUAGE).text  # "fifteen years", "diez años": figures
    best: float | None = None
    for match in _DURATION.finditer(text):
        before = text[max(0, match.start() - 14):match.start()]
        after = text[match.end():match.end() + 12]
        if _INTERVAL_BEFORE.search(before) or _AGE_CONTEXT.search(before) or _AGE_CONTEXT.match(after):
            continue
        number = match.group(1).lower()
        value = float(_NUMBER_WORDS.get(number) or number.replace(",", "."))
        unit = match.group(2).lower()
        months = value if unit.startswith(("mo", "mois")) else value * 12
        if best is None or months > best:
            best = months
    return best


class PmcfFollowUpShorterThanClaims(Rule):
    """The PMCF plan follows patients for less time than the long-term claims it must confirm.

    What it finds:
        A PMCF plan whose longest stated follow-up (e.g. "patients are followed for 12
        months", "suivi de 12 mois", "Nachbeobachtung über 1 Jahr") is shorter than the time
        horizon of a long-term claim in the CER, SSCP, IFU or CEAR ("5-year durability",
        "lifetime safety", "durable exclusion through 5 years"), including a durability the
        manufacturer expects ("is expected to remain durable for at least five years"). A
        schedule of assessments counts as follow-up ("assessed at discharge, 6 weeks and 12
        months", "data are collected for one year after implantation"). A claim whose supporting
        clinical data already reach its horizon (a cited 5-year registry for a 5-year survival
        claim) is left alone: the PMCF is not its only confirmation.

    Why a panel cares:
        The PMCF is the means of confirming, over the expected lifetime of the device, the
        safety and performance the clinical evaluation claims, and of identifying late
        side-effects (MDR Annex XIV Part B §5 and §6.1). A 12-month PMCF cannot confirm a
        5-year durability claim nor detect late complications such as late endoleak or
        migration; panels ask for follow-up matched to the claims and the late residual risks.

    Example:
        CER: "The stent-graft provides 5-year durability of aneurysm exclusion." PMCF plan:
        "Each patient is followed for 12 months after implantation."

    Use instead:
        Follow patients (or a registry cohort) for as long as the claims reach ("annual visits
        up to 5 years"), or limit the claims to the follow-up the data and the PMCF cover.

    References:
        MDR Annex XIV Part B §5 and §6.1(a)-(c); MDCG 2020-7 section B; MDCG 2020-6 section 6.2.
    """

    code = "PM005"
    name = "pmcf-follow-up-shorter-than-claims"
    category = Category.PMCF
    severity = Severity.MAJOR
    title = "PMCF follow-up shorter than the long-term claims"
    references = ("MDR Annex XIV Part B §5", "MDR Annex XIV Part B §6.1", "MDCG 2020-7 section B")
    recommendation = ("Extend the PMCF follow-up to the horizon of the long-term claims (and of the "
                      "late residual risks), or limit the claims to the follow-up that supports them.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        # A claim the clinical data already cover (their follow-up reaches its horizon) does
        # not wait for the PMCF to be confirmed; the others do.
        claims = [c for c in _long_term_claims(facts) if not _covered_by_evidence(facts, c)]
        if not claims:
            return
        horizon, words, claim = max(claims, key=lambda c: c[0])
        claim_label = document_label(facts.document(claim.document), claim.document)
        for plan in facts.documents_with_role(Role.PMCF_PLAN):
            stated = _stated_follow_ups(plan)
            if not stated:
                continue  # no follow-up stated at all: PM003's gap, not a contradiction
            longest_months, where = max(stated, key=lambda pair: pair[0])
            if longest_months >= horizon:
                continue
            plan_label = document_label(plan, plan.path)
            yield self.finding(
                f"{claim_label} claims {quoted(claim)} (\"{words}\", about {horizon:g} months), "
                f"but {plan_label} follows patients for at most {longest_months:g} months "
                f"(“{where.quote}”): the PMCF cannot confirm the claim or detect late "
                f"complications within that horizon.",
                [claim, where])


def _covered_by_evidence(facts: FactBase, claim: tuple[float, str, Fact]) -> bool:
    """Whether the clinical data behind the claim (those it cites, else all of the dossier's)
    reach its horizon. Whether those data are relevant is EV006's question, not this rule's."""
    horizon, _words, fact = claim
    longest = longest_supporting_follow_up(fact.value, facts, fact)
    return longest is not None and longest.value.follow_up_months >= horizon


def _stated_follow_ups(plan: Document) -> list[tuple[float, Location]]:
    """Every follow-up duration the plan states, with the verbatim sentence stating it."""
    found = []
    for block in plan.blocks:
        for start, end in sentences(block):
            months = follow_up_months(block.normalized[start:end])
            if months is not None:
                found.append((months, plan.location(block, block.quote(start, end).strip())))
    return found


# A durability the manufacturer expects ("is expected to remain durable for at least five
# years", "designed to provide durable fixation over 10 years", "conçu pour rester durable 5 ans",
# "voraussichtlich 5 Jahre haltbar") is no claim of a result, but it is the horizon the PMCF
# must confirm (MDR Annex XIV Part B §6.1(a)-(b): safety and performance over the expected
# lifetime). The claim extractor leaves such hedged sentences out, so they are read here.
_DURABILITY_CUE = re.compile(r"durab|durable|haltbar|dauerhaft|lifetime|durée de vie|lebensdauer")
_EXPECTED_DURABILITY = re.compile(
    r"\b(?:expected|anticipated|designed|intended|predicted|projected|prévue?s?|attendue?s?|"
    r"conçue?s?|destinée?s?|voraussichtlich|erwartet\w*|ausgelegt)\b[^.;]{0,60}?"
    r"(?:durab|durable|haltbar|dauerhaft)", re.IGNORECASE)


def _expected_durability(facts: FactBase) -> list[Fact]:
    """Sentences of the claiming documents stating an expected durability with a horizon."""
    found = []
    for document in facts.documents_with_role(*_CLAIMING_ROLES):
        for block in document.blocks:
            if not _DURABILITY_CUE.search(block.folded):
                continue
            for start, end in sentences(block):
                text = block.normalized[start:end]
                if _EXPECTED_DURABILITY.search(text) and claim_horizon_months(text) is not None:
                    claim = Claim(text=text.strip(), citations=citations(text), kind="performance",
                                  absolute=False, red_flag=None)
                    found.append(make_fact(document, block, FactKind.CLAIM, claim, (start, end)))
    return found


def _long_term_claims(facts: FactBase) -> list[tuple[float, str, Fact]]:
    found = []
    seen = {fact.location.quote for fact in facts.of(FactKind.CLAIM)}
    for fact in _expected_durability(facts):
        horizon = claim_horizon_months(fact.value.text)
        if (fact.location.quote not in seen and horizon is not None
                and horizon[0] >= _MIN_HORIZON_MONTHS and _explicit(horizon[1])):
            found.append((horizon[0], horizon[1], fact))
    for fact in facts.of(FactKind.CLAIM):
        if fact.role not in _CLAIMING_ROLES:
            continue
        horizon = claim_horizon_months(fact.value.text)
        if horizon is not None and horizon[0] >= _MIN_HORIZON_MONTHS and _explicit(horizon[1]):
            found.append((horizon[0], horizon[1], fact))
    return found
