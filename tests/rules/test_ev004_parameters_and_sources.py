"""EV004: several parameters in one outcome, label cells, rows describing the evidence."""

import pytest

from panelproof.rules.evidence._outcome_match import (describes_evidence, head_reported, head_stem, is_label_cell, not_assessed,
                                                       outcome_parts)


@pytest.mark.parametrize(("text", "parts"), [
    ("24-hour pad weight test; Stamey grade", 2),
    ("24-hour pad weight test / Stamey grade", 2),
    ("Pad weight (24 h) and Stamey grade at 12 months", 2),
    ("Door and line tests (success rate, system ON vs OFF)", 2),
    ("Proportion of patients reaching planned volume and exchanged for a permanent implant", 2),
    ("Poids des protections et grade de Stamey", 2),
    ("Vorlagengewicht und Stamey-Grad", 2),
    ("Death or stroke at 30 days ≤ 5 %", 2),
    # one parameter: a slash between numbers, a parenthesis, a single name
    ("12-month pad-weight cure (< 1 g/24 h) ≥ 50 %", 0),
    ("Mortality at 1 year", 0),
    ("Primary patency at 12 months | ≥ 80 %", 0),
])
def test_parts(text, parts):
    assert len(outcome_parts(text)) == parts


@pytest.mark.parametrize(("part", "head"), [
    ("24-hour pad weight test", "pad"),
    ("exchanged for a permanent implant", "excha"),
    ("Stamey grade", "stame"),
])
def test_head_stem(part, head):
    assert head_stem(part) == head


def test_head_needs_a_number_in_the_same_sentence():
    assert head_reported("excha", ["Expansion completed in 92 %, exchange performed in 88 %."])
    assert not head_reported("excha", ["The exchange procedure is described in section 4. Success was 92 %."])
    assert not head_reported("excha", ["Exchange will be performed at 6 months."])


@pytest.mark.parametrize("text", [
    "Evidence | Pivotal randomised trial PAXI-FP (n = 300, 12-month primary endpoint, 5-year follow-up)",
    "Literature search | PubMed and Embase, 2010–2024",
    "Data set | Registry data from 4 centres",
    "Study design: prospective, single-arm, 12 months",
    "Données cliniques | Étude pivot randomisée (n = 300)",
    "Datenquelle: Register, 2 Jahre",
    "Fuente de datos: registro multicéntrico",
])
def test_rows_describing_evidence(text):
    assert describes_evidence(text)


@pytest.mark.parametrize("text", [
    "Primary patency at 12 months | ≥ 80 %",
    "Device success | ≥ 95 %",
    "Evidence of healing at 12 weeks | ≥ 70 %",
    "Freedom from reintervention: ≥ 90 % at 12 months",
])
def test_outcomes_are_not_evidence_rows(text):
    assert not describes_evidence(text)


@pytest.mark.parametrize(("text", "label"), [
    ("Objective improvement", True), ("Subjective outcome", True), ("Amélioration", False),
    ("Objektiver Erfolg", True), ("Objective improvement of pad weight", False), ("Stamey grade", False),
])
def test_label_cells(text, label):
    assert is_label_cell(text) is label


@pytest.mark.parametrize("text", [
    "Type Ia endoleak | n/a at 6 months",
    "Type Ia endoleak was not assessed.",
    "Stent migration: data not yet available at 12 months",
    "Endofuite de type Ia : non évaluée à 6 mois",
    "Typ-Ia-Endoleck nach 6 Monaten nicht erhoben",
])
def test_named_without_a_result(text):
    assert not_assessed(text)


@pytest.mark.parametrize("text", [
    "Type Ia endoleak | 2 of 120 (1.7 %) at 12 months",
    "Freedom from type Ia endoleak was 97 % at 12 months; migration data not available in 3 patients.",
    "Na+ level 140 mmol/l",
    "The analysis (ITT) found 12 % fewer events.",
])
def test_results_are_not_unassessed(text):
    assert not not_assessed(text)
