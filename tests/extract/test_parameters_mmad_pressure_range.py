"""MMAD and pressure measuring ranges: prose, table rows and lists in en/de/fr/it/es, signed
ranges ("-10 to +20 mmHg"), and values that are not these parameters."""

from __future__ import annotations

import pytest

from panelproof.extract import parameters
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text


def _read(text: str, path: str = "IFU_en.md"):
    document = document_from_text("# Technical data\n\n" + text + "\n", path)
    return [(f.value.name, f.value.low, f.value.high)
            for f in parameters.extract(document, ExtractionContext())
            if f.kind in (FactKind.PARAMETER, FactKind.PARAMETER_SETTING)]


@pytest.mark.parametrize(("text", "path", "value"), [
    ("MMAD 9,5 µm (GSD 1,8)", "IFU_en.md", 9.5),
    ("| MMAD | 3,2 µm |", "IFU_en.md", 3.2),
    ("The MMAD of 9,5 µm ensures a predominantly alveolar deposition.", "CER.md", 9.5),
    ("- Mass median aerodynamic diameter (MMAD): 4.1 µm", "IFU_en.md", 4.1),
    ("| Mittlerer aerodynamischer Massendurchmesser | 12,5 µm |", "IFU_de.md", 12.5),
    ("Diamètre aérodynamique massique médian : 3,2 µm", "IFU_fr.md", 3.2),
    ("Diametro aerodinamico mediano di massa (MMAD): 2,8 µm", "IFU_it.md", 2.8),
    ("Diámetro aerodinámico mediano de masa: 3,9 µm", "IFU_es.md", 3.9),
])
def test_mmad_is_read_in_many_phrasings(text: str, path: str, value: float) -> None:
    assert ("mmad", value, value) in _read(text, path)


@pytest.mark.parametrize(("text", "path", "name", "low", "high"), [
    ("ICP measuring range: -10 mmHg to +20 mmHg (resolution 1 mmHg)", "IFU_en.md",
     "icp_measuring_range", -10, 20),
    ("| Measuring range | -10 mmHg to +100 mmHg |", "IFU_en.md", "pressure_measuring_range",
     -10, 100),
    ("- Messbereich: -10 bis +20 mmHg", "IFU_de.md", "pressure_measuring_range", -10, 20),
    ("Plage de mesure : −10 à +250 mmHg", "IFU_fr.md", "pressure_measuring_range", -10, 250),
    ("The intracranial pressure range is 0 - 20 mm Hg.", "IFU_en.md", "icp_measuring_range",
     0, 20),
    ("Campo di misura della PIC: da -10 a 200 mmHg", "IFU_it.md", "icp_measuring_range", -10, 200),
])
def test_pressure_measuring_ranges_keep_their_sign(text: str, path: str, name: str,
                                                   low: float, high: float) -> None:
    read = _read(text, path)
    assert any(n == name and lo == pytest.approx(low) and hi == pytest.approx(high)
               for n, lo, hi in read), read


@pytest.mark.parametrize("text", [
    "MMAD was not determined for this device.",
    "Measuring range: 0-100 %",
    "Measuring range 30-250 bpm",
    "The particle size was 3 µm in the cited study of jet nebulisers.",
])
def test_not_an_mmad_or_pressure_range(text: str) -> None:
    assert not [r for r in _read(text) if r[0] in ("mmad", "icp_measuring_range",
                                                    "pressure_measuring_range")]


def test_a_minus_sign_is_only_read_for_signed_parameters() -> None:
    # A range dash after a number stays a dash; unsigned parameters are read as before.
    assert ("tidal_volume", 20, 200) in _read("Tidal volume: 20 - 200 ml")
    assert ("pressure_measuring_range", 5, 20) in _read("Measuring range 5-20 mmHg")
