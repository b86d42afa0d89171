"""Sections under ornamented headings ("■ Contraindication") and contraindications written as
courteous prohibitions ("Please do not use for ...", as instructions translated from Japanese
put them): the items are read as the conditions they name, so that "Please do not use for
Eaton-Littler stage IV" and "Eaton-Littler stage IV" are one contraindication."""

from __future__ import annotations

from panelproof.extract import intended_use
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text

IFU = """# Instructions for use – OYAYUBI TMC-2

## ■ 3. Indication

(1) Painful primary trapeziometacarpal osteoarthritis after failure of conservative treatment

## ■ Contraindication

- Please do not use for Eaton-Littler stage IV.
- Please do not use in case of active or previous infection of the hand.
- Please, do not use the said device for rheumatoid arthritis with ligament laxity.

## ■ 5. Intended user and usage environment

Hand surgeons in the operating room of a hospital.
"""

CER = """# Clinical evaluation report – OYAYUBI TMC-2

## 3. Contraindications

- Eaton-Littler stage IV
- Active or previous infection of the hand
- Rheumatoid arthritis with ligament laxity
"""


def _contraindications(text: str, name: str, role: Role) -> dict[str, str]:
    document = document_from_text(text, name, role)
    facts = intended_use.extract(document, ExtractionContext())
    return {f.value.id: f.location.quote for f in facts if f.kind is FactKind.CONTRAINDICATION}


def test_items_under_an_ornamented_heading_are_contraindications():
    found = _contraindications(IFU, "IFU_EN.md", Role.IFU)
    assert len(found) == 3
    assert not any("osteoarthritis" in quote for quote in found.values())
    assert not any("surgeons" in quote for quote in found.values())


def test_a_courteous_prohibition_names_the_same_item_as_the_bare_condition():
    ifu = set(_contraindications(IFU, "IFU_EN.md", Role.IFU))
    cer = set(_contraindications(CER, "CER.md", Role.CER))
    assert ifu == cer


def test_japanese_english_section_titles():
    from panelproof.extract.intended_use import _names_population, heading_kinds

    assert "intended_purpose" in heading_kinds("■ 1. Usage purpose")
    assert "intended_purpose" in heading_kinds("Chapter 2 Usage purpose of the subject device")
    assert "intended_purpose" in heading_kinds("2-1. Purpose of use")
    assert _names_population("2. Object patient")
