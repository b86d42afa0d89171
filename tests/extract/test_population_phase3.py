"""Population phase 3: bounds phrased with groups and compound comparators, groups in
contraindication lists and lead-ins, and literature sections skipped."""

from __future__ import annotations

import pytest

from panelproof.extract import population
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text


def facts(markdown: str, language: str = "en"):
    document = document_from_text(markdown, f"IFU_{language}.md", language=language)
    found = list(population.extract(document, ExtractionContext()))
    for fact in found:  # provenance
        assert " ".join(fact.location.quote.split()) in " ".join(document.text.split())
    return found


def groups(markdown: str, language: str = "en") -> list[tuple[str, bool]]:
    return [(f.value.id, f.value.negated) for f in facts(markdown, language)
            if f.kind is FactKind.POPULATION_GROUP]


def bounds(markdown: str, language: str = "en") -> list[tuple]:
    return [(f.value.dimension, f.value.low, f.value.high, f.value.excluded)
            for f in facts(markdown, language) if f.kind is FactKind.POPULATION_BOUND]


@pytest.mark.parametrize(("sentence", "low", "language"), [
    ("Intended for use from preterm neonates of 1 kg bodyweight up to adults.", 1.0, "en"),
    ("Indicated starting with newborn babies of 2.5 kg.", 2.5, "en"),
    ("Suitable for neonates weighing 1 kg or more.", 1.0, "en"),
    ("Intended for infants of 4 kg and heavier.", 4.0, "en"),
    ("Intended for adults of 40 kg bodyweight or more.", 40.0, "en"),
    ("Intended for patients with a body weight greater than or equal to 2.5 kg.", 2.5, "en"),
    ("Patient bodyweight ≥ 20 kg.", 20.0, "en"),
    ("Patients BW > 10 kg.", 10.0, "en"),
    ("Destiné aux patients d'un poids supérieur ou égal à 5 kg.", 5.0, "fr"),
    ("Destiné aux patients dès les nouveau-nés de 2 kg.", 2.0, "fr"),
    ("Destiné aux patients de poids corporel ≥ 3 kg.", 3.0, "fr"),
    ("Bestimmt für Patienten ab einem Körpergewicht von 0,5 kg.", 0.5, "de"),
    ("Bestimmt ab Frühgeborenen mit 1 kg Körpergewicht.", 1.0, "de"),
    ("Für Kinder ab 3 kg Körpergewicht bestimmt.", 3.0, "de"),
])
def test_lower_weight_bounds_in_varied_phrasings(sentence, low, language):
    heading = {"en": "Intended purpose", "fr": "Destination", "de": "Zweckbestimmung"}[language]
    found = bounds(f"# {heading}\n\n{sentence}\n", language)
    assert ("weight", low, None, False) in found


@pytest.mark.parametrize("sentence", [
    "Starting from the model of 12 kg, the trolley is required.",
    "From the study of 12 children weighing 10 kg on average, no conclusion is drawn.",
])
def test_from_without_a_population_noun_is_no_bound(sentence):
    assert bounds(f"# Intended purpose\n\n{sentence}\n") == []


@pytest.mark.parametrize(("markdown", "expected"), [
    # qualified group in a contraindication: a condition, neither admitted nor excluded
    ("# Contraindications\n\n- Pregnancy and children in whom further growth is expected.\n", []),
    ("# Indications and contraindications\n\nThe implant is indicated for:\n\n"
     "- adults with degenerative disc disease\n\nDo not use in:\n\n- pregnancy\n"
     "- growing children\n", [("adults", False)]),
    # a combined heading decides neither: the lead-in does
    ("# Indications and contraindications\n\nThe device is indicated for adults.\n\n"
     "Not to be used in\n\n- neonates\n", [("adults", False), ("neonates", True)]),
    # inline labels
    ("# Intended purpose\n\nIndications: adults and adolescents with asthma. "
     "Contraindications: neonates; pregnancy.\n",
     [("adults", False), ("adolescents", False), ("neonates", True)]),
    ("# Indikationen und Gegenanzeigen\n\nGegenanzeigen:\n\n- Schwangerschaft\n"
     "- Kinder im Wachstum\n- Säuglinge\n", [("infants", True)]),
    ("# Contre-indications\n\n- grossesse et enfants en croissance\n- nouveau-nés\n",
     [("neonates", True)]),
    ("| Indications | Contraindications |\n|---|---|\n| x | y |\n\n"
     "| Contre-indications |\n|---|\n| nourrissons |\n", None),
])
def test_groups_in_contraindication_context(markdown, expected):
    language = "de" if "Gegenanzeigen" in markdown else "fr" if "Contre" in markdown else "en"
    found = groups(markdown, language)
    if expected is not None:
        assert found == expected
    else:
        assert ("infants", False) not in found


def test_bound_under_a_combined_heading_is_admitted_unless_announced_as_excluded():
    found = bounds("# Indications and contraindications\n\n"
                   "The device is indicated for patients weighing more than 40 kg.\n\n"
                   "The device must not be used in the following situations:\n\n"
                   "- patients under 3 kg\n")
    assert ("weight", 40.0, None, False) in found
    assert ("weight", None, 3.0, True) in found


@pytest.mark.parametrize("heading", [
    "Appraisal of study 12: performance of turbine ventilators",
    "Literature review", "Clinical data from the literature", "Ergebnisse der Studien",
    "Résultats des études",
])
def test_literature_and_study_sections_state_no_intended_population(heading):
    markdown = (f"# CER\n\n## {heading}\n\nThe study enrolled children 5-40 kg. The population "
                "overlaps the intended population of the device (patients ≥ 5 kg).\n")
    assert bounds(markdown) == [] and groups(markdown) == []


def test_technical_section_keeps_strongly_cued_statements():
    markdown = ("# Technical data\n\n| Item | Value |\n|---|---|\n"
                "| Intended patients | patients weighing at least 5 kg |\n")
    assert ("weight", 5.0, None, False) in bounds(markdown)


def test_a_target_group_label_after_a_contraindication_list_is_not_an_exclusion() -> None:
    from panelproof.extract import population
    from panelproof.extract.common import ExtractionContext
    from panelproof.ingest.model import Role
    from panelproof.ingest.text import document_from_text

    text = ("# Summary of safety and clinical performance\n\n## 2. Intended purpose\n\n"
            "Contraindications:\n\n- active infection\n- known allergy to cobalt\n\n"
            "Target groups: Skeletally mature adults aged 18 years and over.\n")
    document = document_from_text(text, "SSCP.md", Role.SSCP)
    bounds = [f.value for f in population.extract(document, ExtractionContext())
              if f.kind.value == "population_bound"]
    assert bounds and all(not b.excluded for b in bounds)
    assert bounds[0].low == 18


@pytest.mark.parametrize(("sentence", "bounded"), [
    ("Patients and caregivers: structured training by the dialysis unit (typically 5–7 days) "
     "before home use.", False),
    ("Intended for neonates up to 28 days.", True),
    ("Patients from 6 months of age.", True),
    ("Kinder ab 6 Monaten.", True),
])
def test_days_weeks_months_are_ages_only_with_an_age_cue(sentence: str, bounded: bool) -> None:
    from panelproof.extract import population
    from panelproof.extract.common import ExtractionContext
    from panelproof.ingest.model import Role
    from panelproof.ingest.text import document_from_text

    document = document_from_text(f"# IFU\n\n## Intended purpose\n\n{sentence}\n", "IFU.md", Role.IFU)
    bounds = [f for f in population.extract(document, ExtractionContext())
              if f.kind.value == "population_bound"]
    assert bool(bounds) is bounded


def test_below_one_value_or_above_another_is_two_exclusions() -> None:
    from panelproof.extract import population
    from panelproof.extract.common import ExtractionContext
    from panelproof.ingest.model import Role
    from panelproof.ingest.text import document_from_text

    text = "# IFU\n\n## Contraindications\n\n- Body weight below 0.4 kg or above 10 kg\n"
    document = document_from_text(text, "IFU.md", Role.IFU)
    bounds = sorted((f.value.describe(), f.value.excluded)
                    for f in population.extract(document, ExtractionContext())
                    if f.kind.value == "population_bound")
    assert bounds == [("< 0.4 kg", True), ("> 10 kg", True)]
