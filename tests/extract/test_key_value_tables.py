"""A key-value table ("Parameter | Value") under an indications heading describes attributes:
its first cells are keys, not indications."""

from __future__ import annotations

import pytest

from panelproof.extract.intended_use import extract, key_value_header
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text


def _indications(text: str, language: str = "en") -> set[str]:
    document = document_from_text(text, "SSCP.md", language=language)
    return {f.value.id for f in extract(document) if f.kind is FactKind.INDICATION}


@pytest.mark.parametrize("text, language, absent", [
    ("## 2 Indications and target population\n\n- Repair of meniscal tears\n\n"
     "| Parameter | Value |\n|---|---|\n| Age | 16 years and older |\n"
     "| Condition | traumatic meniscal tear |\n| Skeletal status | mature |\n", "en",
     {"text:parameter", "text:condition", "text:skeletal status"}),
    ("## Indications\n\n1. Chronic venous leg ulcers\n\n"
     "| Characteristic | Description |\n|---|---|\n| Wound stage | partial thickness |\n", "en",
     {"text:characteristic", "text:wound stage"}),
    ("## Indikationen\n\n- Chronische Wunden\n\n"
     "| Merkmal | Angabe |\n|---|---|\n| Alter | ab 18 Jahren |\n| Hauttyp | alle |\n", "de",
     {"text:merkmal", "text:hauttyp", "text:alter"}),
])
def test_keys_of_a_key_value_table_are_not_indications(text, language, absent):
    found = _indications(text, language)
    assert found, "the listed indication must still be read"
    assert not found & absent


def test_a_table_of_indications_is_still_read():
    text = ("## Indications\n\n| Indication | Evidence |\n|---|---|\n"
            "| Repair of meniscal tears | Smith 2020 |\n")
    assert any("menisc" in i for i in _indications(text))


@pytest.mark.parametrize("cells, expected", [
    (("Parameter", "Value"), True),
    (("Item", "Description", "Comments"), True),
    (("Critère", "Valeur"), True),
    (("Indication", "Evidence"), False),
    (("Age", "18 years"), False),
])
def test_key_value_header(cells, expected):
    assert key_value_header(cells) is expected
