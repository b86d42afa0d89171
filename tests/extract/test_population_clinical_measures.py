"""A clinical measure's value next to a population word is not the population's age."""

from __future__ import annotations

import pytest

from panelproof.extract import population
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def bounds(text: str):
    document = document_from_text(f"# IFU\n\n## Intended purpose\n\n{text}\n", "IFU_en.md",
                                  role=Role.IFU)
    return [(f.value.dimension, f.value.low, f.value.high)
            for f in population.extract(document, ExtractionContext())
            if f.kind is FactKind.POPULATION_BOUND]


@pytest.mark.parametrize(("text", "expected"), [
    ("Intended for adults with BMI ≥ 27 kg/m² and one comorbidity.", []),
    ("For adults with a BMI of 30 to 40 and failed diet.", []),
    ("Adults with AHI ≥ 15 events/h who cannot tolerate CPAP.", []),
    ("Adults with LVEF ≤ 35 % despite optimal therapy.", []),
    ("Erwachsene mit einem BMI von 30 bis 40 kg/m².", []),
    ("Adultes avec un IMC ≥ 35 kg/m².", []),
    # the measure does not hide a real age bound in the same sentence
    ("Adults aged 18 to 65 years with BMI 30–40 kg/m².", [("age", 18, 65)]),
    ("Adults with AHI ≥ 15 and aged 22 years or older.", [("age", 22, None)]),
])
def test_a_measure_value_is_not_an_age(text, expected):
    assert bounds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a subgroup named as the condition of an instruction is not the population
    ("In patients below 40 kg, prime the kit with compatible red cells.", []),
    ("For children under 10 kg, use the paediatric circuit.", []),
    ("Chez les patients de moins de 40 kg, amorcer le kit avec des globules rouges.", []),
    # the population stated with a lead-in stays
    ("In adults aged 18 to 75 years, the device is indicated for respiratory failure.", [("age", 18, 75)]),
    ("Adult and paediatric patients weighing at least 20 kg.", [("weight", 20, None)]),
])
def test_a_subgroup_of_an_instruction_is_not_the_population(text, expected):
    assert bounds(text) == expected


def test_a_cer_pmcf_section_states_no_population():
    text = ("# CER\n\n## Intended purpose\n\nChildren from a body weight of 10 kg.\n\n"
            "## Post-market clinical follow-up\n\nOpen questions addressed by the PMCF: pump "
            "thrombosis in patients below 15 kg.\n")
    document = document_from_text(text, "CER.md", role=Role.CER)
    found = [(f.value.dimension, f.value.low, f.value.high)
             for f in population.extract(document, ExtractionContext())
             if f.kind is FactKind.POPULATION_BOUND]
    assert found == [("weight", 10, None)]

