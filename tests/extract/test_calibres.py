"""CALIBRE facts: French sizes and outer diameters of device parts with the lumen they enter."""

from __future__ import annotations

import pytest

from panelproof.extract import calibres
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def _calibres(text: str, language: str = "en"):
    doc = document_from_text(f"# IFU\n\n## Description\n\n{text}\n", f"IFU_{language}.md",
                             role=Role.IFU, language=language)
    return [(f.value.lumen, f.value.unit, f.value.low, f.value.high)
            for f in calibres.extract(doc, ExtractionContext()) if f.kind is FactKind.CALIBRE]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Closure is performed through an 8 to 10 French introducer placed in the femoral vein.",
     "en", ("femoral_vein", "Fr", 8.0, 10.0)),
    ("Arterial access: the 6F guiding catheter is inserted via the right femoral artery.",
     "en", ("femoral_artery", "Fr", 6.0, 6.0)),
    ("The catheter (Ch 12) is introduced by the internal jugular vein.",
     "en", ("jugular_vein", "Fr", 12.0, 12.0)),
    ("La gaine d'introduction de 6 ou 7 Fr est placée par voie veineuse fémorale.",
     "fr", ("femoral_vein", "Fr", 6.0, 7.0)),
    ("Die Kanüle (Außendurchmesser 3,5 mm) wird in die Luftröhre eingeführt.",
     "de", ("trachea", "mm", 3.5, 3.5)),
    ("The bronchial stent has a diameter of 8 mm.", "en", ("main_bronchus", "mm", 8.0, 8.0)),
    ("Umbilical venous catheters are supplied in 3.5 Fr and 5 Fr.",
     "en", ("umbilical_vein", "Fr", 3.5, 3.5)),
])
def test_sizes_with_their_lumen(text, language, expected):
    assert expected in _calibres(text, language)


@pytest.mark.parametrize("text", [
    "The occluder is delivered through a 7 Fr catheter.",                # no lumen named
    "The femoral vein of a neonate measures 3 to 4 mm in diameter.",     # anatomy, no device part
    "Do not use introducer sheaths larger than 9 Fr in the femoral vein.",  # a maximum
    "The tracheal stent is 40 mm long.",                                   # a length
    "Keep the tracheal tube at a temperature below 98 F.",                 # no French size
    # connectors, tubing and inflated balloons are no calibre of what enters the lumen
    "The endotracheal tube fits the 15 mm connector (outer diameter) of the tubing.",
    "Le cathéter à ballonnet (diamètre du ballon 8 mm) est introduit par l'artère fémorale.",
])
def test_no_calibre(text):
    assert _calibres(text) == []


def test_table_column_in_french_units_with_route_in_the_intro():
    text = ("The plug is implanted by femoral venous access.\n\n"
            "| Model | Plug diameter (mm) | Delivery sheath (Fr) |\n| --- | --- | --- |\n"
            "| P4 | 4 | 5 |\n| P6 | 6 | 6 |\n")
    found = _calibres(text)
    assert ("femoral_vein", "Fr", 5.0, 5.0) in found
    assert all(unit == "Fr" for _, unit, _, _ in found)  # the plug's own diameter is no calibre


def test_literature_section_is_not_read():
    doc = document_from_text(
        "# CER\n\n## Literature review\n\nIn the study, 9 Fr sheaths were placed in the femoral "
        "vein of adults.\n", "CER.md", role=Role.CER, language="en")
    assert not list(calibres.extract(doc, ExtractionContext()))


@pytest.mark.parametrize(("text", "expected"), [
    ("The endotracheal tube is available in inner diameters of 5.0 to 9.0 mm in 0.5 mm steps.", 5.0),
    ("Tracheal tube inner diameters of 3.0 to 8.0 mm, in steps of 0.5 mm.", 3.0),
])
def test_the_step_between_sizes_is_no_size(text, expected):
    found = _calibres(text)
    assert found and min(low for _, _, low, _ in found) == expected
