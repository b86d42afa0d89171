"""PO003: a document states an intended purpose but no population, or "all patients"."""

from __future__ import annotations

import re
from typing import Iterable

from panelproof.extract.model import FactBase, FactKind
from panelproof.extract.population import (
    NOT_POPULATION, POPULATION_CUE, POPULATION_HEADING, STUDY_CONTEXT, find_bounds, find_groups)
from panelproof.ingest.model import BlockKind, Role
from panelproof.rules.model import Category, Finding, Rule, Severity

ROLES = (Role.CER, Role.CEP, Role.IFU, Role.SSCP, Role.CEAR)
# Sections whose population words describe other people (studies, literature, comparators).
LITERATURE_HEADING = re.compile(
    r"literature|state of the art|bibliograph|references|appraisal|equivalen|search|"
    r"literatur|stand der technik|littérature|état de l'art|équivalen", re.IGNORECASE)
INTENDED_PURPOSE_HEADING = r"intended (?:purpose|use)|zweckbestimmung|destination|usage prévu|utilisation prévue"


class PopulationVague(Rule):
    """A document states the intended purpose without saying for which patients.

    **What it finds**
    A CER, CEP, IFU, SSCP or CEAR with an intended-purpose statement but no age or weight
    bound and no population group anywhere in its intended-use sections, or whose only
    population wording is "all patients", "patients of all ages", "tous les patients",
    "alle Patienten".

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
        for document in facts.documents_with_role(*ROLES):
            bounds = facts.of(FactKind.POPULATION_BOUND, document=document.path)
            group_facts = facts.of(FactKind.POPULATION_GROUP, document=document.path)
            real_groups = [f for f in group_facts if f.value.id != "unrestricted"]
            if bounds or real_groups:
                continue
            vague = [f for f in group_facts if f.value.id == "unrestricted" and not f.value.negated]
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
            # The whole-document scan is the expensive part: only when there is a finding to make.
            if _mentions_population(document):
                continue  # stated somewhere the extractor did not trust: no absence to report
            yield self.finding(
                f"{document.path} states the intended purpose without any age, weight or "
                f"patient group.", [where])

    @staticmethod
    def _first_purpose_block(document, heading):
        for block in document.blocks:
            if block.kind is BlockKind.HEADING:
                continue
            if block.heading_path and heading.search(block.heading_path[-1]) and \
                    POPULATION_HEADING.search(block.heading_path[-1]):
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
