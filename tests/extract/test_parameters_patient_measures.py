"""A value that describes the patient in a statement of the indication ("peak cough flow below
270 L/min") is a clinical measure of the indication, not a device specification (SP001 blind
class: compared with "Peak flow capacity up to 600 L/min")."""

from __future__ import annotations

import pytest

from panelproof.extract import indication_measures
from panelproof.extract.parameters import extract
from panelproof.ingest.text import document_from_text


def _params(text: str, heading: str, language: str = "en") -> list[tuple]:
    document = document_from_text(f"# IFU\n\n## {heading}\n\n{text}\n", "IFU.md", language=language)
    return [(f.value.name, f.value.low, f.value.high) for f in extract(document, None)]


def _measures(text: str, heading: str, language: str = "en") -> set[str]:
    document = document_from_text(f"# IFU\n\n## {heading}\n\n{text}\n", "IFU.md", language=language)
    return {f.value.measure for f in indication_measures.extract(document, None)}


@pytest.mark.parametrize("text, heading, language, measure", [
    ("The device is indicated for patients unable to cough effectively, with a peak cough flow below 270 L/min.",
     "Indications", "en", "peak_cough_flow"),
    ("Patients with neuromuscular disease and PCF < 270 L/min.", "Indications", "en", "peak_cough_flow"),
    ("Intended for patients with a cough peak flow of less than 270 l/min.", "Intended purpose", "en",
     "peak_cough_flow"),
    ("Indiziert bei Patienten mit einem Hustenspitzenfluss < 270 l/min.", "Indikationen", "de",
     "peak_cough_flow"),
    ("Indicated for patients with SpO2 < 90 % at rest.", "Indications", "en", "spo2"),
    ("Indicated for patients with a resting heart rate ≥ 70 bpm.", "Indications", "en", "heart_rate"),
])
def test_patient_measures_of_the_indication_are_no_device_parameters(text, heading, language, measure):
    assert measure in _measures(text, heading, language)
    assert [p for p in _params(text, heading, language) if p[0] == "flow_rate" or "flow" in p[0]] == []


@pytest.mark.parametrize("text, heading", [
    ("Indicated for patients with a peak inspiratory flow below 60 L/min.", "Indications"),
    ("Intended for patients whose cough flow is below 270 L/min.", "Intended purpose"),
])
def test_a_value_after_a_patient_qualifier_in_the_indication_is_no_device_parameter(text, heading):
    assert [p for p in _params(text, heading) if "flow" in p[0]] == []


@pytest.mark.parametrize("text, heading, expected", [
    ("Peak flow capacity up to 600 L/min.", "Technical specifications", ("flow_rate", None, 600.0)),
    ("The device delivers a peak flow up to 600 L/min.", "Device description", ("flow_rate", None, 600.0)),
    # a device value in the intended purpose, after a list of who is treated, stays
    ("The device is intended for patients with a body weight ≥ 5 kg, flow 2 to 60 L/min.",
     "Intended purpose", ("flow_rate", 2.0, 60.0)),
    ("Peak cough flow measurement range: 60 to 900 L/min.", "Technical specifications",
     ("flow_rate", 60.0, 900.0)),
])
def test_device_capacities_stay_parameters(text, heading, expected):
    assert expected in _params(text, heading)


@pytest.mark.parametrize("text, language", [
    ("Draw flow: 10 to 150 mL/min", "en"),
    ("The draw flow rate is 10 to 150 mL/min.", "en"),
    ("Return flow rate up to 180 mL/min", "en"),
    ("Whole blood flow rate 10-150 ml/min", "en"),
    ("Débit de prélèvement : 10 à 150 ml/min", "fr"),
    ("Entnahmefluss 10 bis 150 ml/min", "de"),
])
def test_blood_draw_and_return_flows_are_no_infusion_rates(text, language):
    names = {p[0] for p in _params(text, "Technical data", language)}
    assert names == {"blood_flow_rate"}


@pytest.mark.parametrize("text", ["Flow rate 0.1 to 999 ml/h", "Anticoagulant infusion rate 0.5 to 2 mL/min"])
def test_infusion_rates_stay(text):
    assert {p[0] for p in _params(text, "Technical data")} == {"infusion_rate"}
