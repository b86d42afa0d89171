"""EV004: CEP outcome parameters or acceptance criteria never reported in the CER."""

from __future__ import annotations

import re
from typing import Iterable

from functools import lru_cache

from panelproof.extract._clinical_terms import claim_language, key_stems
from panelproof.extract.evidence import outcome_name
from panelproof.extract.model import FactBase, FactKind
from panelproof.ingest.model import Role
from panelproof.rules.model import Category, Finding, Rule, Severity

# Words of an outcome line that name no outcome.
_GENERIC = {"prima", "secon", "endpo", "end-p", "outco", "param", "accep", "crite", "succe", "rate",
            "weeks", "month", "years", "days", "defin", "measu", "compa", "basel", "group", "criti",
            "critè", "param", "jugem", "akzep", "endpu", "zielp", "erfol", "woche", "monat", "jahre",
            "semai", "mois", "perce", "propo", "numbe", "mean", "media",
            # reporting verbs say how an outcome is obtained, not which one it is
            "repor", "asses", "evalu", "obser", "recor", "docum", "rated", "self-"}


# Comparators of a criterion ("below 2 %", "au moins", "mindestens") say what is acceptable, not
# what is measured.
_GENERIC |= {"below", "above", "under", "great", "lower", "highe", "exceed", "maxim", "minim",
             "least", "fewer", "infér", "supér", "moins", "unter", "ober", "weniger", "höchs",
             "minde", "cumul", "overa", "total"}


@lru_cache(maxsize=1)
def _quantity_groups() -> dict[str, str]:
    """Stem -> group key, for words that name one measured quantity (failure ~ survival)."""
    groups: dict[str, str] = {}
    for index, words in enumerate(claim_language()["measured_quantities"]["groups"]):
        for word in words:
            # A group holding a generic word ("rate") stays generic as a whole.
            key = "rate" if "rate" in words else f"#{index}"
            groups.setdefault(word.lower()[:5], key)
    return groups


def measured_stems(text: str) -> set[str]:
    """Stems of a text, with words of one measured quantity folded to one key."""
    groups = _quantity_groups()
    words = re.sub(r"(?<=\w)-(?=\w)", " ", text)
    return {groups.get(s, s) for s in key_stems(words)}


def outcome_stems(text: str) -> set[str]:
    # "patient-reported satisfaction": the parts of a compound count as words of their own, so
    # its generic part ("patient") is dropped like the word alone would be.
    return {s for s in measured_stems(outcome_name(text)) if s not in _GENERIC}


class OutcomeNotReported(Rule):
    """CEP outcome parameters or acceptance criteria that the CER never reports.

    What it finds:
        Each outcome parameter, endpoint or acceptance criterion of the CEP whose key words do
        not appear in any CER result, evidence entry or claim.

    Why a panel cares:
        The CEP must define clinical benefits "with relevant and specified clinical outcome
        parameters" and acceptance criteria (Annex XIV Part A 1(a)); a CER that does not report
        them cannot show the benefit-risk is acceptable. Panels check that the CER is aligned
        with the CEP.

    Example:
        CEP: "Acceptance criterion: complete wound closure in ≥ 70 % of ulcers at 12 weeks."
        CER: reports only pain scores.

    Use instead:
        Report each CEP outcome parameter in the CER with its result and whether the acceptance
        criterion is met.

    References:
        MDR Annex XIV Part A 1(a); MDCG 2020-13 section D.
    """

    code = "EV004"
    name = "outcome-not-reported"
    category = Category.EVIDENCE
    severity = Severity.MAJOR
    title = "CEP outcome parameter not reported in the CER"
    references = ("MDR Annex XIV Part A 1(a)", "MDCG 2020-13 section D")
    recommendation = ("Report every outcome parameter and acceptance criterion of the CEP in the CER, "
                      "with the result and whether the criterion is met.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        cers = facts.documents_with_role(Role.CER)
        if not cers:
            return
        cer_texts = [f.value for f in facts.of(FactKind.OUTCOME_PARAMETER, role=Role.CER)]
        cer_texts += [f.location.quote for f in facts.of(FactKind.EVIDENCE, role=Role.CER)]
        cer_texts += [f.value.text for f in facts.of(FactKind.CLAIM, role=Role.CER)]
        cer_stems = [measured_stems(t) for t in cer_texts]
        # "Never reports" is a statement about the whole CER: results stand in prose, tables
        # and appendices that no extractor turns into a fact, so every block is searched too.
        block_index = _stem_index(cers)
        for fact in facts.of(FactKind.OUTCOME_PARAMETER, role=Role.CEP):
            stems = outcome_stems(fact.value)
            if not stems:
                continue
            needed = max(1, round(len(stems) * 0.5))
            if any(len(stems & other) >= needed for other in cer_stems):
                continue
            if _mentioned_together(stems, needed, block_index):
                continue
            cer = cers[0].path
            yield self.finding(
                f'{fact.document} defines the outcome parameter "{fact.location.quote}", but {cer} '
                f"reports no result for it.",
                [fact])


def _stem_index(documents) -> dict[str, set[int]]:
    """Stem -> the numbers of the CER blocks that contain it."""
    index: dict[str, set[int]] = {}
    number = 0
    for document in documents:
        for block in document.blocks:
            for stem in measured_stems(block.normalized):
                index.setdefault(stem, set()).add(number)
            number += 1
    return index


def _mentioned_together(stems: set[str], needed: int, index: dict[str, set[int]]) -> bool:
    """True when at least `needed` of the stems occur in one and the same CER block."""
    counts: dict[int, int] = {}
    for stem in stems:
        for block in index.get(stem, ()):
            counts[block] = counts.get(block, 0) + 1
            if counts[block] >= needed:
                return True
    return False
