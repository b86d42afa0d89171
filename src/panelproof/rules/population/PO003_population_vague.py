"""PO003: a document states an intended purpose but no population, or "all patients"."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from panelproof.extract._questions import POPULATION, USERS, question_role
from panelproof.extract._terms import compile_terms, flatten_terms, load_optional, term_pattern
from panelproof.extract.model import FactBase, FactKind
from panelproof.extract.population import (
    NOT_POPULATION, POPULATION_CUE, POPULATION_HEADING, STUDY_CONTEXT, find_bounds, find_groups)
from panelproof.ingest.model import BlockKind, Role
from panelproof.rules.model import Category, Finding, Rule, Severity

# Question headings whose section names the patients ("Who is this device for?", "Für wen ist
# das Produkt bestimmt?", "¿Para quién es?").
_POPULATION_QUESTIONS = frozenset({POPULATION, USERS})
ROLES = (Role.CER, Role.CEP, Role.IFU, Role.SSCP, Role.CEAR)
# Sections whose population words describe other people (studies, literature, comparators).
LITERATURE_HEADING = re.compile(
    r"literature|state of the art|bibliograph|references|appraisal|equivalen|search|"
    r"literatur|stand der technik|littérature|état de l'art|équivalen", re.IGNORECASE)
INTENDED_PURPOSE_HEADING = r"intended (?:purpose|use)|zweckbestimmung|destination|usage prévu|utilisation prévue"


class PopulationVague(Rule):
    """A document states the intended purpose without saying for which patients.

    **What it finds**
    A CER, CEP, IFU, SSCP or CEAR with an intended-purpose statement that defines no
    population anywhere: no age or weight bound, no population group, no indication, no
    patients named by their condition or treatment ("patients requiring total hip
    arthroplasty", "Patienten mit Koxarthrose", "pacientes que requieren ..."), no skeletal
    maturity, no target-population section (also one asked as a question: "Who is this
    device for?", "À qui s'adresse ce dispositif ?", "Für wen ist das Produkt bestimmt?");
    or whose only population wording is "all
    patients", "patients of all ages", "tous les patients", "alle Patienten". Patients
    described in literature, results or contraindications do not define the target group.
    A CEAR, the notified body's summary, is read only when the manufacturer's CER, CEP and
    IFU define no population either.

    **Why a panel cares**
    The CEP must specify the intended target groups (MDR Annex XIV Part A 1(a)) and the
    clinical data must cover them; "all patients" cannot be covered by any clinical data and
    leaves the panel unable to judge the benefit-risk for neonates, children or the elderly.

    **Example**
    "The device is intended for the ventilation of all patients requiring respiratory support."

    **Use instead**
    "The device is intended for adults and adolescents from 12 years and 30 kg body weight
    requiring invasive ventilation."

    **References**
    MDR Annex XIV Part A 1(a); MDR Annex I 23.4(b); MDCG 2020-13 section C.
    """

    code = "PO003"
    name = "population-vague"
    category = Category.POPULATION
    severity = Severity.MINOR
    title = "The intended purpose does not say for which patients"
    references = ("MDR Annex XIV Part A 1(a)", "MDR Annex I 23.4(b)", "MDCG 2020-13 section C")
    recommendation = ("Name the population groups and the age and weight range the device is "
                      "intended for, as in the other documents of the dossier.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        heading = re.compile(INTENDED_PURPOSE_HEADING, re.IGNORECASE)
        # The CEAR is the notified body's summary of the manufacturer's documents: a short
        # restatement of the intended purpose there is no gap while those documents define the
        # population (the panel asks the manufacturer, not the notified body, to define it).
        manufacturer_defines = any(
            f.role in (Role.CER, Role.CEP, Role.IFU) and (f.kind is FactKind.POPULATION_BOUND
                                                          or f.value.id != "unrestricted")
            for kind in (FactKind.POPULATION_BOUND, FactKind.POPULATION_GROUP) for f in facts.of(kind))
        for document in facts.documents_with_role(*ROLES):
            if document.role is Role.CEAR and manufacturer_defines:
                continue
            bounds = facts.of(FactKind.POPULATION_BOUND, document=document.path)
            group_facts = facts.of(FactKind.POPULATION_GROUP, document=document.path)
            real_groups = [f for f in group_facts if f.value.id != "unrestricted"]
            if bounds or real_groups:
                continue
            vague = [f for f in group_facts if f.value.id == "unrestricted" and not f.value.negated]
            if vague and _not_acting_on_patient(document, vague[0].location):
                continue  # "any age" by design: the device acts on the smoke, not the patient
            if vague:
                yield self.finding(
                    f"{document.path} sets no population: \"{vague[0].location.quote}\" names "
                    f"no age, weight or patient group the clinical data could cover.", vague[:1])
                continue
            purposes = facts.of(FactKind.INTENDED_PURPOSE, document=document.path)
            if purposes:
                where = purposes[0].location
            else:
                block = self._first_purpose_block(document, heading)
                if block is None:
                    continue  # no intended purpose here (an annex, say): nothing is vague
                where = document.location(block, block.full_quote)
            # A population defined by its condition ("patients requiring total hip arthroplasty")
            # or by the indications the document lists is defined.
            if any(not f.value.negated for f in facts.of(FactKind.INDICATION, document=document.path)):
                continue
            # The whole-document scan is the expensive part: only when there is a finding to make.
            if _mentions_population(document) or _defines_population(document) \
                    or _not_acting_on_patient(document, where):
                continue  # stated somewhere the extractor did not trust: no absence to report
            yield self.finding(
                f"{document.path} states the intended purpose without any age, weight or "
                f"patient group.", [where])

    @staticmethod
    def _first_purpose_block(document, heading):
        # The answer depends on the block's section heading alone: each heading is tested once
        # (a long CER annex has thousands of blocks under a few hundred headings).
        purpose_heading: dict[str, bool] = {}
        for block in document.blocks:
            if block.kind is BlockKind.HEADING or not block.heading_path:
                continue
            section = block.heading_path[-1]
            found = purpose_heading.get(section)
            if found is None:
                found = purpose_heading[section] = bool(heading.search(section)
                                                        and POPULATION_HEADING.search(section))
            if found:
                return block
        return None


def _mentions_population(document) -> bool:
    """Whether any sentence outside literature sections names a patient group or an age/weight
    bound. An absence is only reported when the whole document is silent: extraction trusts
    population statements only in intended-use sections, and a layout that ingest could not
    read (a table whose columns became headings) can put them anywhere."""
    for block in document.blocks:
        if block.kind is BlockKind.HEADING or not POPULATION_CUE.search(block.normalized):
            continue
        if any(LITERATURE_HEADING.search(h) for h in block.heading_path):
            continue
        for line in re.split(r"(?<=[.;!?])\s+|\n", block.normalized):
            if NOT_POPULATION.search(line) or STUDY_CONTEXT.search(line):
                continue
            if find_bounds(line) or any(not negated and gid != "unrestricted"
                                        for _, _, gid, negated in find_groups(line)):
                return True
    return False


@lru_cache(maxsize=1)
def _not_acting_pattern() -> re.Pattern | None:
    data = load_optional("population_definitions") or {}
    return compile_terms(flatten_terms((data.get("not_acting_on_patient") or {}).get("terms")))


# "not in contact with the patient's eyes" names a part of the patient the device must spare
_POSSESSIVE = re.compile(r"['’]s\b")


def _not_acting_on_patient(document, where) -> bool:
    """Whether the section of `where` (the "all patients" / "any age" statement, or the intended
    purpose) also says the device does not act on or touch the patient ("Patients of any age
    ...; the product acts on the smoke, not on the patient"): the population is every patient
    by design, not left undefined."""
    pattern = _not_acting_pattern()
    if pattern is None:
        return False
    section = where.section
    for block in document.blocks:
        if block.kind is BlockKind.HEADING:
            continue
        text = block.normalized
        if not (where.quote in text or (section and block.heading_path[-1:] == (section,))):
            continue
        if any(not _POSSESSIVE.match(text, m.end()) for m in pattern.finditer(text)):
            return True
    return False


@lru_cache(maxsize=1)
def _definitions() -> tuple[re.Pattern | None, re.Pattern | None, re.Pattern | None, re.Pattern | None]:
    """(person + condition, implicit group, population heading, other section) patterns of
    knowledge/population_definitions.yaml."""
    data = load_optional("population_definitions") or {}

    def terms(key: str) -> tuple[str, ...]:
        return flatten_terms((data.get(key) or {}).get("terms"))

    persons, connectors = terms("persons"), terms("connectors")
    person_condition = None
    if persons and connectors:
        person_condition = re.compile(
            r"(?i:" + "|".join(term_pattern(t) for t in sorted(set(persons), key=lambda t: (-len(t), t))) + r")"
            r"\s*,?\s+(?:[^\W\d_]+\s+){0,2}?"
            r"(?i:" + "|".join(term_pattern(t) for t in sorted(set(connectors), key=lambda t: (-len(t), t))) + r")"
            r"\s*\w")
    return (person_condition, compile_terms(terms("implicit_groups")),
            compile_terms(terms("population_headings")), compile_terms(terms("other_sections")))


def _defines_population(document) -> bool:
    """Whether the document names its patients by their condition or treatment ("patients
    requiring total hip arthroplasty", "Patienten mit Koxarthrose"), by skeletal maturity, or
    under a target-population heading, outside literature, results and contraindications."""
    person_condition, implicit, heading, other = _definitions()
    for block in document.blocks:
        if block.kind is BlockKind.HEADING:
            continue
        path = block.heading_path
        if other is not None and any(other.search(h) for h in path[-1:]):
            continue
        if any(LITERATURE_HEADING.search(h) for h in path):
            continue
        text = block.normalized
        if path and (heading is not None and heading.search(path[-1])
                     or question_role(path[-1]) in _POPULATION_QUESTIONS) and re.search(r"[^\W\d_]{3}", text):
            return True  # under "Target population" or "Who is this device for?"
        if heading is not None and block.kind is BlockKind.TABLE_ROW and block.cells \
                and heading.search(block.cells[0]) and len(block.cells) > 1 and block.cells[1].strip():
            return True
        if implicit is not None and implicit.search(text):
            return True
        if person_condition is not None and person_condition.search(text):
            return True
    return False
