"""Groups named in sections that report data, safety or follow-up are not the intended population."""

from __future__ import annotations

import pytest

from panelproof.extract import extract_document
from panelproof.extract.model import FactKind
from panelproof.ingest.model import DossierConfig, Role
from panelproof.ingest.text import document_from_text


def _groups(text: str, role: Role = Role.CER) -> set[str]:
    document = document_from_text(text, "doc.md", role)
    return {f.value.id for f in extract_document(document, DossierConfig())
            if f.kind is FactKind.POPULATION_GROUP and not f.value.negated}


@pytest.mark.parametrize("heading, sentence", [
    ("8. Clinical safety", "Bronze baby syndrome may occur in infants with cholestasis."),
    ("11. Open questions and PMCF needs", "Temperature effects in infants below 1 500 g remain open."),
    ("6.2 Clinical data", "The LN-OBS study included 212 infants in three neonatal units."),
    ("Section F – PMS, PMCF and plan for updates", "LN-PMCF-02 with 300 infants is adequate."),
    ("7. Ergebnisse", "Die Studie schloss 40 Kinder und 12 Jugendliche ein."),
    ("5. Résultats", "L'étude a inclus 120 enfants."),
])
def test_groups_in_reporting_sections_are_not_the_intended_population(heading: str,
                                                                       sentence: str) -> None:
    text = (f"# Clinical Evaluation Report\n\n## 3. Target population\n\nTerm and preterm newborn "
            f"infants up to 28 days of life.\n\n## {heading}\n\n{sentence}\n")
    assert _groups(text) <= {"neonates", "preterm_neonates"}


def test_an_intended_population_stated_in_a_safety_section_still_counts() -> None:
    text = ("# Clinical Evaluation Report\n\n## 8. Clinical safety\n\nThe device is intended for "
            "children from 2 years and adults.\n")
    assert {"children", "adults"} <= _groups(text)


def test_the_pmcf_plan_study_population_counts() -> None:
    text = ("# PMCF plan\n\n## 5. PMCF study population\n\nThe registry enrols adolescents and "
            "adults.\n")
    assert {"adolescents", "adults"} <= _groups(text, Role.PMCF_PLAN)


@pytest.mark.parametrize("sentence", [
    "The clinical benefits CB-1 to CB-3 have been demonstrated in adults between 41 and 97 years of age.",
    "Safety was confirmed in patients aged 20 to 85 years in three centres.",
    "Les bénéfices cliniques ont été démontrés chez des adultes de 41 à 97 ans.",
])
def test_where_the_evidence_was_obtained_sets_no_bound(sentence: str) -> None:
    """Whom the data cover ("demonstrated in adults between 41 and 97 years") is not whom the
    device is for."""
    document = document_from_text(f"# CER\n\n## 6. Clinical performance and benefit\n\n{sentence}\n",
                                  "CER.md", Role.CER)
    assert not [f for f in extract_document(document, DossierConfig())
                if f.kind is FactKind.POPULATION_BOUND]
