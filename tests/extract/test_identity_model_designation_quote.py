"""A model stated as the value of a label ("Model name: VB-10 handpiece (7G, 10G), VC-1
console", "| Model | KX-5 stimulator with charger |") is quoted with its whole designation, so
a reader sees what the document names; a model in prose is quoted to its code."""

from __future__ import annotations

import pytest

from panelproof.extract import identity
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def model_quotes(body: str) -> list[tuple[str, str]]:
    document = document_from_text(f"# Instructions for use\n\n## 1. Device\n\n{body}\n", "IFU_en.md",
                                  role=Role.IFU)
    return [(f.value, f.location.quote) for f in identity.extract(document, ExtractionContext())
            if f.kind is FactKind.MODEL]


@pytest.mark.parametrize(("body", "code", "quote"), [
    ("2. Model name: VB-10 handpiece (7G, 10G), VC-1 console",
     "VB-10", "Model name: VB-10 handpiece (7G, 10G), VC-1 console"),
    ("Model: KX-500 stimulator with wireless charger.\n\nThe device is sterile.",
     "KX-500", "Model: KX-500 stimulator with wireless charger"),
    ("| Item | Value |\n|---|---|\n| Model | KX-500 stimulator with charger |",
     "KX-500", "KX-500 stimulator with charger"),
    ("Modèle : KX-500 stimulateur avec chargeur; stérile.",
     "KX-500", "KX-500 stimulateur avec chargeur"),
])
def test_a_labelled_model_is_quoted_with_its_designation(body, code, quote):
    found = model_quotes(body)
    assert any(value == code and quote in q for value, q in found), found


@pytest.mark.parametrize(("body", "quote"), [
    ("An implantable pulse generator model KM-5R, rechargeable, is implanted.", "model KM-5R"),
    ("Use only the REF AB-0640S catheter with this pump.", "REF AB-0640S"),
])
def test_a_model_in_prose_is_quoted_to_its_code(body, quote):
    assert [q for _, q in model_quotes(body)] == [quote]
