"""Technical parameter ranges with units, en/fr/de number formats, and negatives."""

from __future__ import annotations

import pytest

from panelproof.extract import parameters
from panelproof.extract.common import ExtractionContext
from panelproof.ingest.text import document_from_text


def ranges(text: str, language: str = "en", heading: str = "Technical data"):
    document = document_from_text(f"# Doc\n\n## {heading}\n\n{text}\n", "IFU.md", language=language)
    return [(f.value.name, f.value.low, f.value.high, f.value.unit)
            for f in parameters.extract(document, ExtractionContext())]


@pytest.mark.parametrize(("text", "language", "name", "low", "high"), [
    ("Tidal volume: 50–2000 ml", "en", "tidal_volume", 50, 2000),
    ("The tidal volume range is 20 to 2000 mL.", "en", "tidal_volume", 20, 2000),
    ("VT 50 - 2,000 ml", "en", "tidal_volume", 50, 2000),
    ("Flow rate 0.1–999 ml/h", "en", "infusion_rate", 0.1, 999),
    ("PEEP 0-20 cmH2O", "en", "peep", 0, 20),
    ("PEEP adjustable from 5 to 20 mbar.", "en", "peep", 5.099, 20.39),
    ("Atemzugvolumen 50–2000 ml", "de", "tidal_volume", 50, 2000),
    ("Atemzugvolumen: 50 bis 2.000 ml", "de", "tidal_volume", 50, 2000),
    ("Volume courant de 50 à 2000 ml", "fr", "tidal_volume", 50, 2000),
    ("Volume courant de 50 à 2 000 ml", "fr", "tidal_volume", 50, 2000),
    ("Débit de perfusion : 0,1 à 999 ml/h", "fr", "infusion_rate", 0.1, 999),
    ("| Tidal volume | 50 – 2000 | ml |", "en", "tidal_volume", 50, 2000),
    ("| Tidal volume (ml) | 50 – 2000 |", "en", "tidal_volume", 50, 2000),
    ("Respiratory rate 5-80 bpm", "en", "respiratory_rate", 5, 80),
    ("FiO2 21–100 %", "en", "fio2", 21, 100),
    ("Gas flow 2–15 L/min", "en", "flow_rate", 2, 15),
    ("Operating temperature: 5 to 40 °C", "en", "operating_temperature", 5, 40),
    ("Battery life: up to 8 hours", "en", "battery_life", None, 8),
    # a label cell that qualifies its term at length keeps the value of the next cell
    ("| Minimum tidal volume for specified dosing accuracy | 40 mL |", "en", "tidal_volume", 40, 40),
    ("| Minimaal teugvolume | 40 mL |", "nl", "tidal_volume", 40, 40),
    ("Volume corrente: 20–300 ml", "it", "tidal_volume", 20, 300),
    ("Volumen corriente de 20 a 300 ml", "es", "tidal_volume", 20, 300),
    # a dot grouping thousands in an English document: a range rises
    ("Tidal volume 300 – 1.000 ml", "en", "tidal_volume", 300, 1000),
    ("Tidal volume 0.3 – 1.0 l", "en", "tidal_volume", 300, 1000),
])
def test_parameter_range_in_canonical_unit(text, language, name, low, high):
    found = ranges(text, language)
    assert len(found) == 1, found
    got_name, got_low, got_high, _ = found[0]
    assert got_name == name
    assert (got_low is None and low is None) or got_low == pytest.approx(low, rel=0.001)
    assert got_high == pytest.approx(high, rel=0.001)


@pytest.mark.parametrize("text", [
    "A tidal volume of 6 ml/kg predicted body weight is recommended.",
    "Patient weight > 5 kg",
    "The tidal volume is set by the clinician according to the patient's needs.",
    "PEEP was increased in 12 of 40 patients.",
    # alarm conditions and accuracies, not ranges
    "Oxygen concentration deviation of more than 3 %.",
    "Alarm: oxygen concentration differs by more than 5 % from the set value",
    "Concentration en oxygène : écart de plus de 3 %",
    "Tidal volume ± 10 ml",
    "Oxygen concentration within ±3 % of the set value",
    # in prose, a long phrase between term and number still says it is not the term's value
    "The tidal volume that the study patients received in the first three days was 40 mL.",
])
def test_not_a_device_parameter(text):
    assert ranges(text) == []


def test_an_accuracy_is_a_tolerance_not_the_parameter_range():
    # the accuracy of a setting is the device's tolerance (SP001 compares it), never the
    # setting's own range
    assert ranges("Tidal volume accuracy ± 10 ml") == [
        ("tolerance:tidal volume accuracy", 10.0, 10.0, "milliliter")]


def test_literature_section_is_skipped():
    assert ranges("One study used a tidal volume of 400 ml.", heading="State of the art") == []


def test_number_formats_follow_the_language():
    assert parameters.parse_number("2,000", "en") == 2000
    assert parameters.parse_number("0,5", "fr") == 0.5
    assert parameters.parse_number("2.000", "de") == 2000
    assert parameters.parse_number("1.234,5", "de") == 1234.5
    assert parameters.parse_number("2 000", "fr") == 2000


def test_quote_is_verbatim():
    document = document_from_text("# D\n\nTidal volume: 50\u2013\u00a02000\u00a0ml\n", "IFU.md")
    (fact,) = parameters.extract(document, ExtractionContext())
    assert fact.location.quote in " ".join(document.text.split())


def test_range_written_with_through():
    from panelproof.extract.common import ExtractionContext
    from panelproof.extract.parameters import extract as extract_parameters
    from panelproof.ingest.text import document_from_text
    for text in ("Blood flow: 30 through 500 mL/min.", "| Blood flow rate | 30 through 500 ml/min |",
                 "The blood flow can be set from 30 thru 500 mL/min."):
        document = document_from_text(f"# IFU\n\n## Specifications\n\n{text}\n", "IFU_en.md")
        ranges = [f.value for f in extract_parameters(document, ExtractionContext())]
        assert any(r.name == "blood_flow_rate" and (r.low, r.high) == (30.0, 500.0) for r in ranges), text


@pytest.mark.parametrize(("text", "language", "name", "low", "high"), [
    # a reservoir's capacity in insulin units, value after or before its term
    ("The pump holds a 300-unit reservoir.", "en", "reservoir_capacity", 300, 300),
    ("Each cartridge contains up to 180 units of insulin.", "en", "reservoir_capacity", None, 180),
    ("| Insulin reservoir | 200 U |", "en", "reservoir_capacity", 200, 200),
    ("La pompe utilise un réservoir de 300 unités.", "fr", "reservoir_capacity", 300, 300),
    ("Das Reservoir fasst 200 IE.", "de", "reservoir_capacity", 200, 200),
    ("It uses a 3 ml cartridge.", "en", "reservoir_volume", 3, 3),
    # power-injection rates in ml/s, not gas flows or infusion rates
    ("Power injection up to 5 ml/s.", "en", "injection_rate", None, 5),
    ("Maximum flow rate for power injection: 3 mL/sec", "en", "injection_rate", 3, 3),
    ("The catheter is rated for 4 ml/s power injection.", "en", "injection_rate", 4, 4),
    ("Débit d'injection jusqu'à 5 ml/s.", "fr", "injection_rate", None, 5),
    ("| Flussrate bei Druckinjektion | max. 5 ml/s |", "de", "injection_rate", None, 5),
])
def test_capacities_and_injection_rates(text, language, name, low, high):
    found = [r for r in ranges(text, language) if r[0] == name]
    assert found, (text, ranges(text, language))
    assert (found[0][1], found[0][2]) == (low, high)


@pytest.mark.parametrize("text", [
    "Set the tidal volume to 6 ml/kg ideal body weight.",
    "A 5 ml/kg tidal volume is recommended.",   # per kg: a dose, not the device's setting
    "Patients were followed for 3 years after reservoir replacement.",
    "The 2 l flow sensor is cleaned daily.",     # a volume is not a flow
])
def test_attribute_values_that_are_not_parameters(text):
    assert not [r for r in ranges(text) if r[0] in
                ("reservoir_capacity", "reservoir_volume", "injection_rate", "flow_rate", "tidal_volume")]


def test_flow_rates_keep_their_own_parameters():
    assert ranges("Flow rate 2–15 l/min")[0][0] == "flow_rate"
    assert ranges("Débit de 1 à 999 ml/h", "fr")[0][0] == "infusion_rate"


@pytest.mark.parametrize(("text", "language"), [
    ("Neonates in the first week of life with a birth weight from 600 g.", "en"),
    ("Nouveau-nés d'un poids de naissance d'au moins 600 g.", "fr"),
    ("Neugeborene mit einem Geburtsgewicht ab 600 g.", "de"),
    ("Neonati con peso alla nascita pari o superiore a 600 g.", "it"),
])
def test_a_birth_weight_is_no_device_weight(text: str, language: str) -> None:
    assert not [r for r in ranges(text, language) if r[0] == "weight_device"]


def test_the_weight_of_a_neonatal_device_is_still_read() -> None:
    assert [r[1] for r in ranges("Neonatal incubator weight 45 kg.") if r[0] == "weight_device"] == [45.0]
