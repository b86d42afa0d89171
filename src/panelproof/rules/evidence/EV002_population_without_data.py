"""EV002: a population group of the intended purpose without any clinical data covering it."""

from __future__ import annotations

import re

from functools import lru_cache
from typing import Iterable

from rapidfuzz import fuzz

from panelproof.extract.evidence import STRATA_ORDER, is_clinical_subject, risk_strata
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.ingest.model import Role
from panelproof.rules.claim._support import evidence_facts
from panelproof.rules.model import Category, Finding, Rule, Severity

INTENDED_USE_ROLES = {Role.IFU, Role.SSCP, Role.CER, Role.CEAR, Role.CEP}
# An umbrella group is covered by data on any group it stands for, and the reverse.
_PAEDIATRIC = {"preterm_neonates", "neonates", "infants", "children", "adolescents", "paediatric"}
# Wording that sets no population ("all patients") names no group data could cover; PO003
# reports it as vague and CL002 as universal scope.
_NOT_A_GROUP = {"unrestricted"}


def covers(data_groups: set[str], group: str) -> bool:
    if group in data_groups:
        return True
    if group == "paediatric":
        return bool(data_groups & _PAEDIATRIC)
    if group == "neonates" and "preterm_neonates" in data_groups:
        return True
    if group in _PAEDIATRIC and "paediatric" in data_groups and group != "preterm_neonates":
        return True
    return group == "elderly" and "adults" in data_groups


# Neonatal data count for preterm neonates when they say so or weigh less than 2.5 kg (the WHO
# threshold of low birth weight): "64 neonates of 0.6-4.2 kg".
_PRETERM_WORDS = re.compile(r"preterm|premature|prématuré|frühgeb|\b(?:2[2-9]|3[0-6])\s*(?:weeks|wk|SA|SSW)",
                            re.IGNORECASE)
_WEIGHT = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:(?:-|–|to|à|bis)\s*\d+(?:[.,]\d+)?\s*)?(kg|g)\b",
                     re.IGNORECASE)


def _preterm_data(quote: str) -> bool:
    if _PRETERM_WORDS.search(quote):
        return True
    for number, unit in _WEIGHT.findall(quote):
        grams = float(number.replace(",", ".")) * (1000 if unit.lower() == "kg" else 1)
        if grams < 2500:
            return True
    return False


class PopulationWithoutData(Rule):
    """Population group or indication of the intended purpose with no clinical data.

    What it finds:
        A population group (children, neonates, elderly ...) or an indication stated in the
        intended purpose (IFU, SSCP, CER, CEAR) for which no clinical evidence entry of the CER
        reports data, when the evidence states its populations (or indications) at all: e.g. the
        IFU admits children, the CER literature table holds only adult studies.

    Why a panel cares:
        Evidence must cover every claimed indication and population (MDR Art. 61(1), Annex XIV
        Part A 1(a)); panels often criticise combined adult and paediatric claims supported by
        adult data only.

    Example:
        IFU: "for adults and children from 2 years"; CER table: "120 adults aged 18-80".

    Use instead:
        Add paediatric clinical data, or restrict the intended purpose to adults.

    References:
        MDR Art. 61(1); MDR Annex XIV Part A 1(a); MDCG 2020-13 section D.
    """

    code = "EV002"
    name = "population-without-data"
    category = Category.EVIDENCE
    severity = Severity.MAJOR
    title = "Population or indication without clinical data"
    references = ("MDR Art. 61(1)", "MDR Annex XIV Part A 1(a)", "MDCG 2020-13 section D")
    recommendation = ("Provide clinical data for every population group and indication of the "
                      "intended purpose, or narrow the intended purpose to what the data cover.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        evidence = [f for f in evidence_facts(facts) if is_clinical_subject(f.value.subject)]
        yield from self._groups(facts, evidence)
        yield from self._indications(facts, evidence)
        yield from self._risk_strata(facts, evidence)

    def _risk_strata(self, facts: FactBase, evidence: list[Fact]) -> Iterable[Finding]:
        admitted = [f for f in facts.of(FactKind.RISK_STRATUM) if f.role in INTENDED_USE_ROLES]
        needed = {f.value.id for f in admitted}
        if not needed:
            return  # the intended use names no risk stratum: nothing to cover
        studied = [(f, _strata_of(f.location.quote)) for f in evidence]
        studied = [(f, s) for f, s in studied if s]
        if not studied:
            return
        covered = {s for _, strata in studied for s in strata}
        missing = needed - covered
        if missing:
            fact = next(f for f in admitted if f.value.id in missing)
            yield self.finding(
                f'{fact.document} admits patients of {" and ".join(_ordered(needed))} surgical risk '
                f'("{fact.location.quote}"), but the clinical data cover only {" and ".join(_ordered(covered))}'
                f'-risk patients ({studied[0][0].document}: "{studied[0][0].location.quote}"); no data on '
                f'{" or ".join(_ordered(missing))}-risk patients.',
                [fact, studied[0][0]])

    def _groups(self, facts: FactBase, evidence: list[Fact]) -> Iterable[Finding]:
        described = [f for f in evidence if f.value.population_groups]
        if not described:
            return
        data_groups = {g for f in described for g in f.value.population_groups}
        if "neonates" in data_groups and any(_preterm_data(f.location.quote) for f in described):
            data_groups.add("preterm_neonates")
        reported: set[str] = set()
        for fact in facts.of(FactKind.POPULATION_GROUP):
            group = fact.value.id
            if (fact.role not in INTENDED_USE_ROLES or fact.value.negated or group in reported
                    or group in _NOT_A_GROUP or covers(data_groups, group)):
                continue
            reported.add(group)
            stated = ", ".join(sorted(data_groups))
            yield self.finding(
                f'{fact.document} includes {fact.value.label or group} ("{fact.location.quote}"), but the '
                f"clinical evidence of the dossier covers only: {stated}.",
                [fact, *described[:2]])

    def _indications(self, facts: FactBase, evidence: list[Fact]) -> Iterable[Finding]:
        with_indication = [f for f in evidence if f.value.indication]
        if not with_indication:
            return
        texts = [f"{f.value.indication} {f.value.population or ''}".lower() for f in with_indication]
        reported: set[str] = set()
        for fact in facts.of(FactKind.INDICATION):
            if fact.role not in INTENDED_USE_ROLES or getattr(fact.value, "negated", False):
                continue
            label = (getattr(fact.value, "label", "") or str(fact.value)).lower()
            key = getattr(fact.value, "id", label)
            if not label or key in reported:
                continue
            if any(fuzz.partial_ratio(label, t) >= 85 or fuzz.token_set_ratio(label, t) >= 80 for t in texts):
                continue
            reported.add(key)
            yield self.finding(
                f'{fact.document} states the indication "{fact.location.quote}", but no clinical '
                f"evidence entry of the dossier concerns it (studied indications: "
                f"{'; '.join(sorted({f.value.indication for f in with_indication}))}).",
                [fact, *with_indication[:2]])



@lru_cache(maxsize=16384)
def _strata_of(quote: str) -> frozenset[str]:
    # Cached: evidence rows repeat in the CER, its annexes, the SSCP and the CEAR.
    return frozenset(risk_strata(quote))


def _ordered(strata: set[str]) -> list[str]:
    return [s for s in STRATA_ORDER if s in strata]
