"""Severity scores and thresholds inside an indication are read with their interval; study
populations, response criteria and results are not indications."""

from __future__ import annotations

import pytest

from panelproof.extract.indication_measures import extract, measures_in
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text


def intervals(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(v.measure, v.low, v.high) for _, _, v in measures_in(text)]


@pytest.mark.parametrize("text", [
    "moderate to severe OSA with AHI 15–65 events/h",
    "AHI 15-65/h",
    "15 ≤ AHI ≤ 65",
    "AHI from 15 to 65 events per hour",
    "SAOS modéré à sévère (IAH 15–65)",
    "AHI ≥ 15 and ≤ 65",
    "AHI of at least 15 and no more than 65 events/h",
    "AHI between 15 and 65",
    "IAH entre 15 y 65 eventos/h",
    "AHI-Wert zwischen 15 und 65 Ereignissen pro Stunde",
    "AHI tussen 15 en 65 gebeurtenissen per uur",
    "apnoea-hypopnoea index of 15 to 65",
    "AHI 15 ~ 65 events/h",
])
def test_one_interval_in_many_phrasings(text):
    assert intervals(text) == [("ahi", 15, 65)]


@pytest.mark.parametrize(("text", "expected"), [
    ("BMI ≤ 32 kg/m²", ("bmi", None, 32)),
    ("a body mass index of 32 kg/m2 or less", ("bmi", None, 32)),
    ("IMC inférieur ou égal à 32 kg/m²", ("bmi", None, 32)),
    ("LVEF ≤ 35 %", ("lvef", None, 35)),
    ("FEVG ≤ 35 %", ("lvef", None, 35)),
    ("NYHA class II–IV", ("nyha_class", 2, 4)),
    ("NYHA class III or ambulatory class IV", ("nyha_class", 3, 4)),
    ("NYHA-Klasse II bis IV", ("nyha_class", 2, 4)),
    ("FEV1 15–45 % predicted", ("fev1", 15, 45)),
    ("VEMS entre 15 et 45 % de la valeur théorique", ("fev1", 15, 45)),
    ("stenosis ≥ 70 %", ("stenosis_degree", 70, None)),
    ("≥ 70 % stenosis", ("stenosis_degree", 70, None)),
    ("Kellgren-Lawrence grade 2–3", ("kellgren_lawrence", 2, 3)),
    ("ankle-brachial index < 0.9", ("abi", None, 0.9)),
    ("HbA1c 7.0–10.0 %", ("hba1c", 7, 10)),
    ("HbA1c ≥ 53 mmol/mol", ("hba1c", 7, None)),
    ("LAA ostium diameter 1.7–3.1 cm", ("ostium_diameter", 17, 31)),
])
def test_measures_and_units(text, expected):
    assert intervals(text) == [expected]


@pytest.mark.parametrize("text", [
    "AHI reduction ≥ 50 % and AHI < 20/h",  # a response criterion
    "AHI 33.1 → 10.4/h",  # a result
    "the mean AHI decreased from 33.1 to 10.4 events/h",
    "The trial enrolled adults with AHI 20–50 and BMI ≤ 35.",
    "Responders: AHI < 20 events/h",
    "patients with an AHI",  # no interval
    "LVEF was 35 %",  # a value, not an interval
    "NYHA class 2 %",
])
def test_not_an_indication_interval(text):
    assert intervals(text) == []


def facts(markdown: str, name: str = "IFU_en.md"):
    document = document_from_text(markdown, name, language="en")
    return [(f.value.measure, f.value.low, f.value.high) for f in extract(document)
            if f.kind is FactKind.INDICATION_MEASURE]


def test_read_only_where_the_intended_use_is_stated():
    markdown = ("# Indications\n\nModerate to severe OSA (AHI 15–65 events/h).\n\n"
                "# Clinical data\n\nAdults with OSA, AHI 15–100, BMI ≤ 35 were included.\n\n"
                "# Acceptance criteria\n\nAHI < 20 events/h at 12 months.\n")
    assert facts(markdown) == [("ahi", 15, 65)]


def test_indicated_sentence_outside_an_indication_section():
    markdown = "# Device description\n\nThe stimulator is indicated for patients with AHI 15–65 events/h.\n"
    assert facts(markdown) == [("ahi", 15, 65)]


@pytest.mark.parametrize(("text", "expected"), [
    # the reduction is the weight's: the BMI bounds the indicated adults
    ("Intended for weight reduction in adults with a BMI of at least 35 kg/m².", [("bmi", 35, None)]),
    ("Pour la réduction pondérale chez l'adulte avec un IMC ≥ 35 kg/m².", [("bmi", 35, None)]),
    ("Zur Gewichtsreduktion bei Erwachsenen mit einem BMI von 30 bis 40 kg/m².", [("bmi", 30, 40)]),
    # a change of the measure itself, and a study population, are still not indications
    ("Reduction of AHI to below 15 events/h in adults.", []),
    ("Weight loss improved in adults with BMI 30-40 enrolled in the trial.", []),
])
def test_a_change_of_something_else_does_not_hide_the_indicated_measure(text, expected):
    assert intervals(text) == expected
