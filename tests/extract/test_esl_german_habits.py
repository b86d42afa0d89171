"""Dossiers written in English with German habits: a unit on each number of a range, "cure" as an
outcome name, "foreseen for" as intended-purpose wording, requirement-style PMCF plans."""
from __future__ import annotations

import pytest

from panelproof.extract.claims import absolute_hits, analyse
from panelproof.extract.numerals import numeral_view
from panelproof.extract.parameters import find_parameters, labelled_parameter
from panelproof.extract.pmcf import _inline_labels
from panelproof.extract.population import find_bounds
from panelproof.ingest.normalize import normalize


def _ranges(text: str, language: str) -> list[tuple[str, float, float]]:
    view = numeral_view(normalize(text).text, language).text
    found = find_parameters(view, language)
    if not found:
        labelled = labelled_parameter(view, language)
        found = [labelled] if labelled else []
    return [(m.value.name, round(m.value.low, 4), round(m.value.high, 4)) for m in found]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Fresh gas flow from 200 ml/min up to 15 l/min.", "en", ("flow_rate", 0.2, 15.0)),
    ("| Fresh gas flow | 200 ml/min – 15 l/min |", "en", ("flow_rate", 0.2, 15.0)),
    ("The gas flow range is 0,2–15 l/min.", "en", ("flow_rate", 0.2, 15.0)),
    ("Frischgasfluss von 0,2 l/min bis 15 000 ml/min.", "de", ("flow_rate", 0.2, 15.0)),
    ("Débit de gaz de 500 ml/min à 10 l/min.", "fr", ("flow_rate", 0.5, 10.0)),
    ("Tidal volume 20 ml - 2 l", "en", ("tidal_volume", 20.0, 2000.0)),
    ("Sweep flow: 500 ml/min to 10 l/min", "en", ("flow_rate", 0.5, 10.0)),
    # same unit on both numbers, or only the last: unchanged
    ("PEEP 5 cmH2O to 20 cmH2O", "en", ("peep", 5.0, 20.0)),
    ("flow rate 0.5-10 l/min", "en", ("flow_rate", 0.5, 10.0)),
])
def test_range_converts_each_number_in_its_own_unit(text, language, expected):
    assert _ranges(text, language) == [expected]


@pytest.mark.parametrize(("text", "language", "low", "high"), [
    ("Patienten von 2 500 g bis 10 kg Körpergewicht", "de", 2.5, 10.0),
    ("Body weight 2 500 g – 10 kg", "en", 2.5, 10.0),
    ("patients de 500 g à 10 kg", "fr", 0.5, 10.0),
    ("patients weighing 2,5 kg to 10 000 g", "de", 2.5, 10.0),
    ("infants above 2 500 g", "en", 2.5, None),
])
def test_weight_bounds_with_a_unit_on_each_number(text, language, low, high):
    bounds = [(b.bound.low, b.bound.high) for b in find_bounds(normalize(text).text, language)]
    assert bounds == [(low, high)]


def test_space_grouped_number_needs_a_mass_unit():
    # "2 12 kg" is no "212 kg", and age ranges keep their two numbers
    assert find_bounds("children 2 12 kg", "en") == []
    assert [(b.bound.low, b.bound.high) for b in find_bounds("children aged 2 to 12 years", "en")] == [(2.0, 12.0)]


@pytest.mark.parametrize("text", [
    "Results MESH-VAP: clinical cure at test-of-cure 67 % (adults 66 %, children 71 %).",
    "The clinical cure rate was 81 % (95 % CI 74-87).",
    "Microbiological cure: 72 % of patients.",
    "Clinical cures were observed in 54 of 80 patients.",
    "Complete cure was achieved in 12 of 20 ulcers (60 %).",
    "Cure rates at day 28: 64 %.",
    "Primary endpoint: mycological cure at week 12.",
    "Die Heilungsrate betrug 78 %.",
    "Le taux de guérison clinique était de 70 %.",
])
def test_cure_as_a_measured_outcome_is_not_absolute(text):
    assert absolute_hits(text) == []


@pytest.mark.parametrize("text", [
    "The device cures chronic venous ulcers.",
    "It cures diabetic foot ulcers in 4 weeks.",
    "Our dressing will cure the infection in days.",
    "A proven cure for chronic wounds.",
    "The treatment is a cure for incontinence.",
    "OzoHeal guarantees cure of every infection.",
    "Das Gerät heilt vollständig chronische Wunden.",
    "Le dispositif guérit complètement les plaies.",
])
def test_cure_as_a_promise_stays_absolute(text):
    assert absolute_hits(text)


@pytest.mark.parametrize("text", [
    "The device is foreseen for the closure of incompetent great saphenous veins to eliminate "
    "reflux and relieve symptoms in adults with symptomatic venous disease.",
    "The catheter is foreseen to be used for closure of incompetent veins to abolish reflux and "
    "improve symptoms.",
    "The system is designed to be used for occlusion of incompetent veins, which improves "
    "symptoms, in adult patients.",
    "Das Produkt ist für den Verschluss insuffizienter Stammvenen vorgesehen und beseitigt den "
    "Reflux und lindert Beschwerden.",
    "Le dispositif est prévu pour l'occlusion des veines saphènes afin de supprimer le reflux et "
    "soulager les symptômes.",
])
def test_intended_purpose_wording_is_no_claim(text):
    assert analyse(text) is None


@pytest.mark.parametrize("text", [
    "The device is foreseen for the closure of veins and achieves 99 % closure at 12 months.",
    "The device is designed for the closure of veins and heals ulcers faster than compression.",
    "The device improves quality of life in adults with venous reflux.",
])
def test_purpose_wording_with_a_quantified_or_plain_benefit_stays_a_claim(text):
    assert analyse(text) is not None


@pytest.mark.parametrize(("text", "aspects"), [
    ("REQ-PMCF-04: Endpoint occlusion of the treated vein at 12 months.", ["endpoint"]),
    ("REQ-PMCF-02: OBJ-1 Confirmation of the occlusion rate; addresses residual risk R-07.",
     ["objective"]),
    ("OBJ-2 Detection of EHIT; addresses residual risk R-03.", ["objective"]),
    ("[EP-2] VCSS at 12 months", ["endpoint"]),
    ("PMCF-OBJ-03 – Rate of EHIT at 30 days.", ["objective"]),
    # run together in one paragraph; an identifier naming no element ends the one before it
    ("OBJ-1 Rate of maceration. REQ-PMCF-03: Registry with 300 patients. REQ-PMCF-04: Primary "
     "endpoint wound closure at 12 weeks.", ["objective", None, "endpoint"]),
])
def test_requirement_identifiers_open_plan_elements(text, aspects):
    assert [aspect for _, _, aspect in _inline_labels(text)] == aspects


@pytest.mark.parametrize("text", [
    "ISO-14155 applies to the study.",
    "The R-07 risk is addressed in the CER.",
    "REQ-12: Survey of users by questionnaire.",
])
def test_identifiers_naming_no_element_are_no_labels(text):
    assert _inline_labels(text) == []
