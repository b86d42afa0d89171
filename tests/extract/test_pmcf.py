"""PMCF extractor: plan elements from headings, tables and "Label: value" lines, en/fr/de."""

from __future__ import annotations

import pytest

from panelproof.extract import pmcf
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def _items(text: str, role: Role = Role.PMCF_PLAN):
    document = document_from_text(text, "PMCF_plan.md", role)
    facts = list(pmcf.extract(document, ExtractionContext()))
    assert all(f.kind is FactKind.PMCF for f in facts)
    for fact in facts:  # quotes are verbatim
        assert " ".join(fact.location.quote.split()) in " ".join(document.text.split())
    return [f.value for f in facts]


@pytest.mark.parametrize(("text", "aspect", "concept"), [
    ("## Exclusion criteria\n- Intubated patients", "exclusion", "endotracheal_tube"),
    ("## 3.2 Exclusion criteria\nTracheostomised patients.", "exclusion", "tracheostomy"),
    ("## Inclusion and exclusion criteria\nPatients with a tracheostomy are excluded.", "exclusion", "tracheostomy"),
    ("## Critères d'exclusion\nLes patients intubés.", "exclusion", "endotracheal_tube"),
    ("## Ausschlusskriterien\nTracheotomierte Patienten", "exclusion", "tracheostomy"),
    ("| Item | Text |\n|---|---|\n| Exclusion criteria | children under 12 |", "exclusion", "children"),
    ("## Study population\nOutpatients followed in sleep laboratories.", "population", "sleep_lab"),
    ("## Population de l'étude\nPatients suivis à domicile.", "population", "home"),
    ("## Studienpopulation\nPatienten im Schlaflabor", "population", "sleep_lab"),
    ("Study setting: outpatient clinics of three cities.", "setting", "outpatient"),
    ("## Einschlusskriterien\nKinder ab 2 Jahren", "inclusion", "children"),
])
def test_aspect_and_concepts(text: str, aspect: str, concept: str) -> None:
    items = _items("# PMCF plan\n\n" + text)
    assert any(i.aspect == aspect and concept in i.concepts for i in items), items


@pytest.mark.parametrize(("text", "aspect", "marker"), [
    ("## Sample size\n240 patients, calculated with 80 % power.", "sample_size", "pmcf:statistical"),
    ("## Fallzahl\n150 Patienten", "sample_size", "pmcf:sample"),
    ("## Taille de l'échantillon\n200 patients", "sample_size", "pmcf:sample"),
    ("| Element | Value |\n|---|---|\n| Sample size | n = 120 |", "sample_size", "pmcf:sample"),
    ("## Timeline\nQ1 2026 to Q4 2027", "timeline", "pmcf:dated"),
    ("## Calendrier\nRapport annuel", "timeline", "pmcf:dated"),
    ("## Zeitplan\nJährlicher Bericht ab 2026", "timeline", "pmcf:dated"),
    ("## Study design\nA patient satisfaction survey.", "design", "pmcf:survey"),
    ("## Study design\nRetrospective chart review.", "design", "pmcf:retrospective"),
    ("## Méthodes\nRegistre prospectif multicentrique.", "method", "pmcf:active"),
    ("Endpoints: pneumothorax within 30 days", "endpoint", "pmcf:quantified"),
])
def test_markers(text: str, aspect: str, marker: str) -> None:
    items = _items("# PMCF plan\n\n" + text)
    assert any(i.aspect == aspect and marker in i.concepts for i in items), items


@pytest.mark.parametrize("text", [
    "## Objectives\nTo confirm the safety and performance of the device.",
    "## Objectifs\nConfirmer la sécurité et les performances du dispositif.",
    "## Ziele\nDie Sicherheit und Leistung bestätigen.",
    "## Sample size\nTo be defined later.",
    "## Taille de l'échantillon\nÀ définir.",
    "## Fallzahl\nWird später festgelegt.",
    "## Timeline\nTBD",
])
def test_generic_wording(text: str) -> None:
    items = _items("# PMCF plan\n\n" + text)
    assert items and all(i.generic for i in items), items


@pytest.mark.parametrize("text", [
    "## Objectives\nTo estimate the incidence of pneumothorax within 30 days.",
    "## Objectifs\nEstimer le taux de macération des bords de la plaie.",
    "## Sample size\n240 patients",
])
def test_specific_wording_is_not_generic(text: str) -> None:
    items = _items("# PMCF plan\n\n" + text)
    assert items and not any(i.generic for i in items)


def test_column_table_maps_headers_to_aspects() -> None:
    text = ("# PMCF plan\n\n| Activity | Objective | Timeline |\n|---|---|---|\n"
            "| Registry | Incidence of barotrauma | 2026-2028 |\n")
    items = _items(text)
    assert {i.aspect for i in items} >= {"objective", "timeline"}


def test_only_pmcf_plans_are_read() -> None:
    assert _items("# CER\n\n## Exclusion criteria\nIntubated patients", Role.CER) == []


def test_unrelated_sections_give_no_items() -> None:
    assert _items("# PMCF plan\n\n## Manufacturer\nRespira GmbH, Berlin.") == []


def test_aspect_of_label() -> None:
    assert pmcf.aspect_of_label("3.2 Exclusion criteria") == "exclusion"
    assert pmcf.aspect_of_label("C.1 Primary and secondary endpoints") == "endpoint"
    assert pmcf.aspect_of_label("Fallzahlberechnung") == "sample_size"
    assert pmcf.aspect_of_label("Manufacturer contact details") is None


# A label with nothing after it ("Exclusion criteria:") heads the criteria that follow it, in
# whatever block kind ingest gives them; PDF text often runs it into the previous list item.
@pytest.mark.parametrize("text", [
    "## Study population\nInclusion criteria:\n\n- adults\n\nExclusion criteria:\n\n- intubated patients\n- pregnancy",
    "## Population\nInclusion criteria:\n\n- adults\n- ventilated in hospital Exclusion criteria:\n- intubated patients",
    "## Population de l'étude\nCritères de non-inclusion :\n\n- patients intubés\n- grossesse",
    "## Studienpopulation\n**Ausschlusskriterien**\n\n- intubierte Patienten\n- Schwangerschaft",
    "## Patients\nExclusion criteria:\n\n| Criterion | Note |\n|---|---|\n| intubated patients | any age |",
])
def test_lead_in_label_heads_the_following_criteria(text: str) -> None:
    items = _items("# PMCF plan\n\n" + text)
    excluded = [i for i in items if "endotracheal_tube" in i.concepts]
    assert excluded and all(i.aspect == "exclusion" for i in excluded), items


def test_text_before_a_trailing_label_keeps_its_own_aspect() -> None:
    items = _items("# PMCF plan\n\n## Population\nInclusion criteria:\n\n"
                   "- ventilated via an endotracheal tube or a tracheostomy Exclusion criteria:\n- pregnancy")
    tube = [i for i in items if "endotracheal_tube" in i.concepts]
    assert tube and all(i.aspect == "inclusion" for i in tube), items
    assert all("Exclusion" not in i.text for i in items)


@pytest.mark.parametrize("text", [
    # a prose paragraph ends the lead-in
    "## Population\nExclusion criteria:\n\n- pregnancy\n\nAll patients ventilated through an "
    "endotracheal tube in the participating intensive care units during the enrolment period are "
    "followed up.",
    # a sentence that merely starts with an aspect word is no label
    "## Methods\nReporting annually covers intubated patients.",
    # a colon after a criterion that is not a label
    "## Inclusion criteria\n- Patients with one of: intubation, tracheostomy",
])
def test_no_exclusion_without_a_label(text: str) -> None:
    items = _items("# PMCF plan\n\n" + text)
    assert not any(i.aspect == "exclusion" and "endotracheal_tube" in i.concepts for i in items), items


@pytest.mark.parametrize("text", [
    "## Endpoints\nIncidence of diabetic ketoacidosis per 100 patient-years",
    "## Critères d'évaluation\nTaux d'infections pour 1 000 patients-jours",
    "## Endpunkte\nRate schwerer Hypoglykämien pro 100 Patientenjahre",
    "## Endpoints\n| Endpoint | Unit |\n|---|---|\n| occlusions | events per 1,000 patients |",
])
def test_rate_denominators_are_no_sample_size(text: str) -> None:
    items = _items("# PMCF plan\n\n" + text)
    assert items and not any("pmcf:sample" in i.concepts for i in items), items


@pytest.mark.parametrize("text", [
    "## Sample size\n1,000 patients will be enrolled.",
    "## Taille de l'échantillon\n1 200 patients seront inclus.",
    "## Design\nA registry of 350 consecutive adult patients.",
])
def test_numbers_of_patients_are_a_sample(text: str) -> None:
    assert any("pmcf:sample" in i.concepts for i in _items("# PMCF plan\n\n" + text))


def test_a_paragraph_after_listed_criteria_ends_the_list() -> None:
    # the study's setting after the exclusion criteria is no exclusion
    items = _items("# PMCF plan\n\n## 4.4 Study population and setting\n\nExclusion criteria:\n\n"
                   "- refusal of consent\n- contraindications of the IFU\n\n"
                   "Intensive care units of the participating hospitals.\n")
    excluded = [i.text for i in items if i.aspect == "exclusion"]
    assert any("refusal" in t for t in excluded)
    assert not any("Intensive care" in t for t in excluded)


def test_short_paragraph_criteria_still_continue_the_list() -> None:
    items = _items("# PMCF plan\n\n## Population\n\nExclusion criteria:\n\nPregnancy.\n\n"
                   "Known allergy to nickel.\n")
    excluded = [i.text for i in items if i.aspect == "exclusion"]
    assert any("nickel" in t for t in excluded)
