"""Nordic legal forms (AS, ASA, Oy, Oyj, AB, ApS, A/S, hf., ehf.) mark an organisation, not a
device name; device names that merely start with the same letters stay device names."""

from __future__ import annotations

import pytest

from panelproof.extract import identity
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import DossierConfig, Role
from panelproof.ingest.text import document_from_text


def _facts(line: str, kind: FactKind) -> list[str]:
    doc = document_from_text(f"# Clinical evaluation report\n\n## Device\n\n{line}\n", "CER.md",
                             role=Role.CER, language="en")
    return [str(f.value) for f in identity.extract(doc, ExtractionContext(config=DossierConfig()))
            if f.kind is kind]


@pytest.mark.parametrize("line", [
    "Device name: Bryggen MedTech AS",
    "| Device | Bryggen MedTech AS KM-5R |",
    "Device name: Bryggen MedTech ASA",
    "Device: Nordkap Medical Oyj",
    "Device: Lund Surgical AB",
    "Device name: Vesta Devices ApS",
    "Device name: Odin Medical hf.",
    "Device name: Fjord Medical ehf.",
    "Device name: Respira Medical NV",
    "Device name: Kardio Instruments AG, Basel",
])
def test_nordic_company_is_no_device_name(line: str) -> None:
    assert not _facts(line, FactKind.DEVICE_NAME)


@pytest.mark.parametrize("line, name", [
    ("| Device name | AS-200 Aspirator |", "AS-200 Aspirator"),
    ("Device name: ASA Flow 3", "ASA Flow 3"),
    ("Device name: Nordkap Therma 3", "Nordkap Therma 3"),
    # a legal form's letters joined to a model number are a model code
    ("| Trade name | Respira NV-30 Home |", "Respira NV-30 Home"),
    ("Device name: Kardio AG-2 Pump", "Kardio AG-2"),
])
def test_device_names_with_the_same_letters_stay(line: str, name: str) -> None:
    assert name in _facts(line, FactKind.DEVICE_NAME)


@pytest.mark.parametrize("line, maker", [
    ("Manufacturer: Bryggen MedTech AS", "Bryggen MedTech AS"),
    ("Manufacturer: Odin Medical hf.", "Odin Medical hf."),
    ("Manufacturer: Nordkap Medical Oyj", "Nordkap Medical Oyj"),
])
def test_manufacturer_keeps_its_legal_form(line: str, maker: str) -> None:
    assert maker in _facts(line, FactKind.MANUFACTURER)
