"""Dwell / implant durations, signed pressure ranges under a plain "pressure range" label, and a
need for MR imaging named as a contraindication (no MR status of the device)."""

from __future__ import annotations

import pytest

from panelproof.extract import mri_status, parameters
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Block, BlockKind, Document, Role
from panelproof.ingest.text import document_from_text


def _read(text: str, path: str = "IFU_en.md"):
    document = document_from_text("# Technical data\n\n" + text + "\n", path)
    return [(f.value.name, f.value.low, f.value.high)
            for f in parameters.extract(document, ExtractionContext())
            if f.kind in (FactKind.PARAMETER, FactKind.PARAMETER_SETTING)]


@pytest.mark.parametrize(("text", "path", "high"), [
    ("| Implant duration (maximum) | 45 days |", "IFU_en.md", 45),
    ("| Maximum implantation duration | up to 120 days |", "IFU_en.md", 120),
    ("The electrode remains in situ for up to 29 days and is then withdrawn.", "CER.md", 29),
    ("The stent stays max. 40 days and must then be exchanged.", "CER.md", 40),
    ("The catheter remains up to 14 days; it is then removed.", "CER.md", 14),
    ("- Implantationsdauer: höchstens 30 Tage", "IFU_de.md", 30),
    ("Die Sonde verbleibt bis zu 21 Tage im Gewebe.", "IFU_de.md", 21),
])
def test_dwell_time_read_in_many_phrasings(text, path, high):
    found = [hi for name, _, hi in _read(text, path) if name == "dwell_time"]
    assert found and found[0] == pytest.approx(high)


@pytest.mark.parametrize(("text", "path", "low", "high"), [
    ("| Pressure range | -40 to +250 mmHg |", "IFU_en.md", -40, 250),
    ("Pressure range −20 to +400 mmHg.", "CER.md", -20, 400),
    ("Pressure range – 15 to +350 mmHg", "CER.md", -15, 350),
    ("| Intervallo di pressione | –25 a +280 mmHg |", "IFU_it.md", -25, 280),
    ("| Druckbereich | -10 bis 300 mmHg |", "IFU_de.md", -10, 300),
    ("| Plage de pression | -35 à +320 mmHg |", "IFU_fr.md", -35, 320),
])
def test_signed_pressure_range_read(text, path, low, high):
    assert ("pressure_measuring_range", low, high) in _read(text, path)


def test_pressure_range_in_other_unit_is_not_a_pressure():
    assert not [n for n, *_ in _read("| Pressure range | 10 to 90 % |") if n == "pressure_measuring_range"]


def _mri(text: str, language: str = "en"):
    document = Document(path=f"IFU_{language}.md", format="md", role=Role.IFU, language=language,
                        blocks=[Block(BlockKind.LIST_ITEM, text,
                                      heading_path=("Contraindications",))])
    return mri_status.readings(document)


@pytest.mark.parametrize(("text", "language"), [
    ("MRT während der Behandlung erforderlich", "de"),
    ("Patients requiring an MRI scan during the stimulation period", "en"),
    ("Anticipated MRI within the treatment period", "en"),
    ("IRM prévue pendant la période d'implantation", "fr"),
    ("Necessità di RM durante il trattamento", "it"),
])
def test_need_for_mri_as_contraindication_is_no_device_status(text, language):
    assert all(r.status is None for r in _mri(text, language))


@pytest.mark.parametrize(("text", "language"), [
    ("MRI", "en"),
    ("MRT", "de"),
    ("Magnetic resonance imaging", "en"),
])
def test_mri_alone_under_contraindications_stays_unsafe(text, language):
    assert any(r.status == mri_status.UNSAFE for r in _mri(text, language))
