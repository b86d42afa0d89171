"""Bounds in contraindications are not device ranges; lumen, diameters and fill volumes are read."""

import pytest

from panelproof.extract.parameters import extract
from panelproof.ingest.text import document_from_text


def params(text: str, heading: str = "Device description", language: str = "en") -> list[tuple]:
    document = document_from_text(f"# IFU\n\n## {heading}\n\n{text}\n", "IFU.md", language=language)
    return [(f.value.name, f.value.low, f.value.high) for f in extract(document, None)]


@pytest.mark.parametrize(("text", "heading", "language"), [
    ("- Renal artery diameter < 3 mm", "Contraindications", "en"),
    ("Renal artery diameter < 3 mm or > 8 mm.", "Exclusion criteria", "en"),
    ("Patients are not suitable when the renal artery diameter is < 3 mm.", "Warnings", "en"),
    ("The device is contraindicated for renal artery diameter < 3 mm.", "Intended use", "en"),
    ("Contre-indiqué si le diamètre de l'artère rénale est < 3 mm.", "Utilisation", "fr"),
    ("Diamètre de l'artère rénale < 3 mm", "Contre-indications", "fr"),
    ("Nierenarteriendurchmesser < 3 mm", "Gegenanzeigen", "de"),
    ("Diametro dell'arteria renale < 3 mm", "Controindicazioni", "it"),
    ("Diámetro de la arteria renal < 3 mm", "Contraindicaciones", "es"),
    ("Diameter nierslagader < 3 mm", "Contra-indicaties", "nl"),
])
def test_contraindicated_bound_is_not_a_range(text, heading, language):
    assert params(text, heading, language) == []


@pytest.mark.parametrize(("text", "heading"), [
    ("Renal artery diameter 3–8 mm.", "Indications and contraindications"),
    ("Suitable for renal artery diameter 3–8 mm; contraindicated for diameter < 3 mm.", "Intended use"),
])
def test_indicated_range_stays(text, heading):
    assert ("text:renal artery diameter", 3.0, 8.0) in params(text, heading)


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("The micro-stent has a 45 µm lumen, 6 mm long.", "en", ("inner_diameter", 0.045, 0.045)),
    ("Lumen: 63 µm", "en", ("inner_diameter", 0.063, 0.063)),
    ("Inner diameter 0.45 mm", "en", ("inner_diameter", 0.45, 0.45)),
    ("Diamètre intérieur : 450 µm", "fr", ("inner_diameter", 0.45, 0.45)),
    ("Innendurchmesser: 0,45 mm", "de", ("inner_diameter", 0.45, 0.45)),
    ("Outer diameter 150 µm", "en", ("outer_diameter", 0.15, 0.15)),
    ("Balloon fill volume: 450–650 mL", "en", ("fill_volume", 450.0, 650.0)),
    ("Saline is added up to a fill volume of 450 to 650 ml.", "en", ("fill_volume", 450.0, 650.0)),
    ("Volume de remplissage : 450 à 650 ml", "fr", ("fill_volume", 450.0, 650.0)),
    ("Füllvolumen: 450–650 ml", "de", ("fill_volume", 450.0, 650.0)),
    ("Volume di riempimento: 450–650 ml", "it", ("fill_volume", 450.0, 650.0)),
    ("Volumen de llenado: 450–650 ml", "es", ("fill_volume", 450.0, 650.0)),
    ("Vulvolume: 450–650 ml", "nl", ("fill_volume", 450.0, 650.0)),
])
def test_device_dimensions_and_fill_volumes(text, language, expected):
    found = params(text, language=language)
    assert any(n == expected[0] and abs(lo - expected[1]) < 1e-6 and abs(hi - expected[2]) < 1e-6
               for n, lo, hi in found), found
