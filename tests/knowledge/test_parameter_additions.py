"""Parameters added for the insulin-pump and dialysis packs: basal rate in insulin units per
hour, extracorporeal and priming volume, read in en/fr/de prose and tables."""

from __future__ import annotations

import pytest

from panelproof.extract import parameters
from panelproof.extract.common import ExtractionContext
from panelproof.extract.device_type import load_packs
from panelproof.ingest.text import document_from_text


def _ranges(text: str, language: str = "en"):
    document = document_from_text(f"# Doc\n\n## Technical data\n\n{text}\n", "IFU.md",
                                  language=language)
    return [(f.value.name, f.value.low, f.value.high, f.value.unit)
            for f in parameters.extract(document, ExtractionContext())]


@pytest.mark.parametrize(("text", "language", "name", "low", "high"), [
    ("Basal rate: 0.05–30 U/h", "en", "basal_rate", 0.05, 30),
    ("The basal delivery rate can be set from 0.025 to 35 units per hour.", "en",
     "basal_rate", 0.025, 35),
    ("| Basal insulin rate | 0.1 – 15 IU/h |", "en", "basal_rate", 0.1, 15),
    ("Débit basal : 0,05 à 25 UI/h", "fr", "basal_rate", 0.05, 25),
    ("Basalrate 0,025–35 IE/h", "de", "basal_rate", 0.025, 35),
    ("Extracorporeal volume: 95–250 ml", "en", "extracorporeal_volume", 95, 250),
    ("| Extracorporeal circuit (ml) | 95 – 250 |", "en", "extracorporeal_volume", 95, 250),
    ("Volume sanguin extracorporel : 120 ml", "fr", "extracorporeal_volume", 120, 120),
    ("Extrakorporales Blutvolumen: 150 ml", "de", "extracorporeal_volume", 150, 150),
    ("Priming volume of the blood lines 110 mL", "en", "priming_volume", 110, 110),
    ("Volume d'amorçage : 80 à 150 ml", "fr", "priming_volume", 80, 150),
    ("Primingvolumen: 100 ml", "de", "priming_volume", 100, 100),
])
def test_new_parameters_in_canonical_units(text, language, name, low, high) -> None:
    [(found, lo, hi, _unit)] = _ranges(text, language)
    assert found == name
    assert lo == pytest.approx(low) and hi == pytest.approx(high)


@pytest.mark.parametrize("text", [
    "Basal rate: 0.5 ml/h",            # a volume rate is not an insulin rate
    "Basal metabolic rate 1500 kcal",  # not a device parameter
    "Blood flow rate: 50–600 ml/min",  # not a volume of the circuit
])
def test_negatives_are_not_read_as_the_new_parameters(text: str) -> None:
    names = {name for name, *_ in _ranges(text)}
    assert not names & {"basal_rate", "extracorporeal_volume", "priming_volume"}


def test_every_pack_check_names_a_known_parameter() -> None:
    known = parameters.parameters()
    for pack in load_packs():
        for check in pack.parameter_checks:
            assert check["parameter"] in known, (pack.id, check["parameter"])


@pytest.mark.parametrize(("text", "language", "low"), [
    ("Basalrate: von 0.025 bis 35 IE/h", "de", 0.025),  # German text with a decimal point
    ("Basal rate 0,025 - 35 U/h", "en", 0.025),          # English text with a decimal comma
    ("Atemzugvolumen: 2.000 ml", "de", 2000),            # still a thousands separator
])
def test_a_leading_zero_is_never_a_thousands_group(text: str, language: str, low: float) -> None:
    [(_name, lo, _hi, _unit)] = _ranges(text, language)
    assert lo == pytest.approx(low)
