"""A bare number after a population noun is an age only with an age unit or an explicit age
word before it: counts, classes and scores are not ages (blind class: "improving by ≥ 1 NYHA
class" read as "≥ 1 year")."""

from __future__ import annotations

import pytest

from panelproof.extract.evidence import age_spans
from panelproof.extract.population import find_bounds


@pytest.mark.parametrize("text", [
    "Proportion of patients improving by ≥ 1 NYHA class",
    "patients with ≥ 2 seizures per month",
    "patients with ≥ 1 prior hospitalisation for heart failure",
    "children with a score ≥ 3",
    "patients ≥ 2 seizures in the last year",
    "adults with at least 3 exacerbations",
    "Patienten mit ≥ 2 Anfällen pro Monat",
    "patients présentant ≥ 1 hospitalisation",
    "pazienti con ≥ 2 crisi",
    "pacientes con al menos 2 episodios",
    "patiënten met ≥ 2 aanvallen",
])
def test_counts_after_a_population_noun_are_no_age(text):
    assert [m.bound for m in find_bounds(text) if m.bound.dimension == "age"] == []
    assert age_spans(text) == []


@pytest.mark.parametrize("text, low, high", [
    ("patients ≥ 18", 18.0, None),
    ("patients aged ≥ 18", 18.0, None),
    ("age ≥ 18", 18.0, None),
    ("adults from 18 to 75", 18.0, 75.0),
    ("patients between 18 and 75", 18.0, 75.0),
    ("children under 12", None, 12.0),
    ("patients older than 65", 65.0, None),
    ("patients ≥ 18 with heart failure", 18.0, None),
    ("adults ≥ 18 years", 18.0, None),
    ("Patienten ab 18", 18.0, None),
    ("enfants de moins de 12", None, 12.0),
    ("pacientes mayores de 18", 18.0, None),
    ("patiënten van 18 tot 75", 18.0, 75.0),
    ("età ≥ 18", 18.0, None),
    ("patients improving by ≥ 1 year", 1.0, None),  # an age unit: read as stated
    ("Patients under 18 are excluded.", None, 18.0),
    ("Kinder unter 12 sind ausgeschlossen", None, 12.0),
    ("patients ≥ 18 only", 18.0, None),
])
def test_ages_with_an_age_word_or_unit_are_still_read(text, low, high):
    bounds = [m.bound for m in find_bounds(text) if m.bound.dimension == "age"]
    assert [(b.low, b.high) for b in bounds] == [(low, high)]
