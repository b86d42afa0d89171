"""Objectives that name an outcome with its time points state endpoints; sample sizes in table
columns the header names no element for, and in design sentences outside any element."""

from __future__ import annotations

import pytest

from panelproof.extract import pmcf
from panelproof.extract.common import ExtractionContext
from panelproof.extract.pmcf import names_endpoint, planned_sample_in
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


@pytest.mark.parametrize("text", [
    "Confirm fusion at 12 and 24 months in a prospective cohort",
    "Shunt survival at 2, 3 and 5 years in children and adults",
    "Rate of recanalisation and retreatment at 2, 3 and 5 years",
    "Estimate 5-year freedom from revision",
    "Document complications over 10 years of follow-up",
    "Occlusion rate at 6 months",
    "Confirmer la fusion à 12 et 24 mois",
    "Taux de récidive à 2, 3 et 5 ans",
    "Überlebensrate des Shunts nach 2, 3 und 5 Jahren",
    "Tasso di ricanalizzazione a 2, 3 e 5 anni",
    "Tasa de fusión a los 12 y 24 meses",
    "Overleving van de shunt na 2, 3 en 5 jaar",
])
def test_objective_with_outcome_and_time_point_names_an_endpoint(text):
    assert names_endpoint(text)


@pytest.mark.parametrize("text", [
    "Confirm the safety and performance of the device",
    "Confirm safety and performance over 5 years",
    "Collect clinical data for 10 years",
    "Confirmer la sécurité et les performances pendant 5 ans",
    "Sicherheit und Leistung über 10 Jahre bestätigen",
    "Identify emerging risks by 2027",
    "To monitor the success of the device in routine use",
    "Annual update of the rate of complications",
])
def test_generic_objective_names_no_endpoint(text):
    assert not names_endpoint(text)


@pytest.mark.parametrize("text", [
    "Prospective, multicentre, single-arm study at 8 sites with 200 consecutive patients.",
    "Prospective single-centre registry of at least 150 children.",
    "Étude prospective multicentrique chez 300 patients.",
    "Prospektive, multizentrische Studie mit 200 Patienten.",
    "Studio prospettico multicentrico su 120 pazienti.",
])
def test_design_sentence_with_subjects_sets_the_sample(text):
    assert planned_sample_in(text)


@pytest.mark.parametrize("text", [
    "Prospective, multicentre, single-arm study at 8 sites in 4 countries.",
    "Prospective multicentre study in 16 centres over 5 years.",
    "A prospective multicentre study of 120 patients showed a 3 % retreatment rate.",
    "The pivotal prospective study enrolled 212 patients.",
])
def test_sites_or_past_studies_set_no_sample(text):
    assert not planned_sample_in(text)


def _sizes(table: str) -> list[str]:
    text = "# PMCF plan\n\n## 2. PMCF activities\n\n" + table
    document = document_from_text(text, "PMCF_plan.md", Role.PMCF_PLAN)
    facts = list(pmcf.extract(document, ExtractionContext()))
    return [f.value.text for f in facts
            if f.value.aspect == "sample_size" and "pmcf:sample" in f.value.concepts]


@pytest.mark.parametrize("header, cell", [
    ("Rationale / size", "500 patients: a 5 % 2-year retreatment rate is estimated within ±2 %"),
    ("Cohort size", "Whole cohort (212 patients)"),
    ("N", "n = 150"),
    ("Patients", "at least 150 children"),
    ("Number of subjects", "150 eyes"),
])
def test_activity_table_size_column(header, cell):
    table = (f"| Activity | Objective | {header} | Timing |\n|---|---|---|---|\n"
             f"| Prospective study | Retreatment | {cell} | 2026-2031 |\n")
    assert any(cell in text for text in _sizes(table))


def test_activity_table_column_of_past_evidence_sets_no_sample():
    table = ("| Activity | Objective | Evidence | Timing |\n|---|---|---|---|\n"
             "| Literature review | Retreatment | The pivotal study reported 3 % in 120 patients | 2026 |\n")
    assert _sizes(table) == []
