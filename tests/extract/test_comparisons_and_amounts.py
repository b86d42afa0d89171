"""Numbers that are not what they seem: the reference point of a comparison is no specification
value, and "equivalent to approx. 15 years" converts an amount, claiming no device equivalence."""

from __future__ import annotations

import pytest

from panelproof.extract.evidence import states_equivalence
from panelproof.extract.parameters import find_parameters


@pytest.mark.parametrize("text, language", [
    ("Agent consumption at minimal flow | lower than at 2 L/min", "en"),
    ("Oxygen use in economy mode is markedly lower compared with 6 L/min continuous flow", "en"),
    ("Gasverbrauch im Sparmodus deutlich geringer als bei 2 l/min Frischgasfluss", "de"),
    ("Consommation d'agent à bas débit nettement inférieure par rapport à 2 L/min", "fr"),
])
def test_the_reference_point_of_a_comparison_is_not_a_value(text, language):
    assert [p for p in find_parameters(text, language) if p.value.name == "flow_rate"] == []


@pytest.mark.parametrize("text, low, high", [
    ("Fresh gas flow | 0.2 to 15 L/min", 0.2, 15.0),
    ("Set the flow rate to 0.5 to 10 L/min", 0.5, 10.0),
])
def test_stated_flow_ranges_are_still_read(text, low, high):
    found = [p.value for p in find_parameters(text, "en") if p.value.name == "flow_rate"]
    assert found and (found[0].low, found[0].high) == (low, high)


@pytest.mark.parametrize("text", [
    "Bench durability per ISO 5840-2: >400 million cycles, equivalent to approx. 10 yrs of function.",
    "Hip simulator wear testing ran 5 million cycles, equivalent to around 5 years of walking.",
    "The accelerated ageing of 12 weeks is equivalent to approximately 2 years of shelf life.",
    "Le test de fatigue a atteint 200 millions de cycles, équivalent à environ 5 ans.",
])
def test_an_amount_equivalent_to_years_is_no_equivalence_claim(text):
    assert not states_equivalence(text)


@pytest.mark.parametrize("text", [
    "The device is equivalent to the Orion valve (model 300) in technical, biological and clinical characteristics.",
    "Equivalence to the predecessor KX-2 was demonstrated per MDCG 2020-5.",
])
def test_device_equivalence_is_still_read(text):
    assert states_equivalence(text)
