"""Numbered specification tables ("3 | Label | value"), cuff pressures in any pressure unit,
treated anatomy sizes after a verb ("treats vessel diameters from ..."), and the sizes of a
device-description sub-section of a chapter that also holds the intended purpose."""

from __future__ import annotations

import pytest

from panelproof.extract import parameters
from panelproof.extract.common import ExtractionContext
from panelproof.ingest.text import document_from_text


def found(body: str, language: str = "en", heading: str = "# Instructions\n\n## Technical data"):
    document = document_from_text(f"{heading}\n\n{body}\n", f"IFU_{language}.md", language=language)
    return [(f.value.name, f.value.low, f.value.high, f.value.unit)
            for f in parameters.extract(document, ExtractionContext())]


@pytest.mark.parametrize("row", [
    "| 4 | Treatable iliac diameter | 8 to 25 mm |",
    "| 4. | Treatable iliac diameter | 8 to 25 mm |",
    "| (4) | Treatable iliac diameter | 8 to 25 mm |",
    "| b) | Treatable iliac diameter | 8 to 25 mm |",
])
def test_a_serial_number_cell_does_not_hide_the_label(row):
    table = "| No. | Parameter | Value |\n| --- | --- | --- |\n" + row
    assert ("text:treatable iliac diameter", 8, 25, "millimeter") in found(table)


@pytest.mark.parametrize(("text", "language", "low", "high"), [
    ("Keep the cuff pressure between 22 and 32 cmH2O.", "en", 22, 32),
    ("The cuff is normally inflated to 18~28 cm H2O during ventilation.", "en", 18, 28),
    ("Intracuff pressure: 20-30 hPa", "en", 20.4, 30.6),
    ("La pression du ballonnet doit rester entre 20 et 30 cmH2O.", "fr", 20, 30),
    ("Der Cuffdruck beträgt 24 bis 30 mbar.", "de", 24.5, 30.6),
])
def test_cuff_pressure_in_any_pressure_unit(text, language, low, high):
    got = [v for v in found(text, language) if v[0] == "cuff_pressure"]
    assert got and got[0][1] == pytest.approx(low, rel=0.02) and got[0][2] == pytest.approx(high, rel=0.02)
    assert got[0][3] == "cmH2O"


def test_a_cuff_filled_with_air_is_no_cuff_pressure():
    assert not [v for v in found("Fill the cuff with 4 to 6 ml of air.") if v[0] == "cuff_pressure"]


@pytest.mark.parametrize(("text", "label", "low", "high"), [
    ("The prosthesis treats femoral artery diameters from 5 to 9 mm.", "text:femoral artery diameters", 5, 9),
    ("The occluder accommodates septal defect diameters between 4 and 38 mm.",
     "text:septal defect diameters", 4, 38),
])
def test_treated_anatomy_after_a_verb(text, label, low, high):
    assert (label, low, high, "millimeter") in found(text)


def test_device_description_under_an_intended_purpose_chapter_keeps_the_device_sizes():
    heading = "# Clinical evaluation report\n\n## 3 Device and intended purpose\n\n### 3.1 Device description"
    got = found("The subject device treats renal artery diameters from 4 to 7 mm.", heading=heading)
    assert ("text:renal artery diameters", 4, 7, "millimeter") in got


@pytest.mark.parametrize("text", [
    "Landing zone diameters ranged from 21 to 39 mm in the registry cohort.",
    "Balloon diameters varied from 3 to 6 mm across the treated lesions.",
])
def test_an_observed_range_is_no_specification(text):
    assert not [v for v in found(text) if v[0].startswith("text:")]
