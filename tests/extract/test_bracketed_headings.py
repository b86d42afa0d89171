"""Headings written in brackets, as IFUs translated from Chinese lay out their fields
("[Indications]", "【Contraindications】"): their sections are read like any other, and a bracketed
heading with its content below it is a field label, not an unfilled template field."""

from __future__ import annotations

import pytest

from panelproof.extract import intended_use, placeholders
from panelproof.extract.common import ExtractionContext
from panelproof.extract.intended_use import heading_kinds
from panelproof.extract.model import FactKind
from panelproof.ingest.model import BlockKind, Role, heading_title
from panelproof.ingest.text import document_from_text


@pytest.mark.parametrize(("heading", "kind"), [
    ("[Indications]", "indications"),
    ("【Contraindications】", "contraindications"),
    ("［Gegenanzeigen］", "contraindications"),
    ("3.2 [Indicazioni]", "indications"),
    ("[Scope of application]", "intended_purpose"),
    ("Scope of application", "intended_purpose"),
    ("[Käyttötarkoitus]", "intended_purpose"),
    ("[Vasta-aiheet]", "contraindications"),
    ("[Indikacije]", "indications"),
])
def test_bracketed_and_chinese_english_headings_announce_their_sections(heading, kind):
    assert kind in heading_kinds(heading)


@pytest.mark.parametrize(("text", "title"), [
    ("[Indications]", "Indications"),
    ("【 Storage conditions 】", "Storage conditions"),
    ("[Warnings]:", "Warnings"),
    ("Indications [see also 4.2]", "Indications [see also 4.2]"),
    ("[A] and [B]", "[A] and [B]"),
])
def test_heading_title_drops_only_enclosing_brackets(text, title):
    assert heading_title(text) == title


IFU = """# Instructions for use – Lumora P2 infusion pump

## [Product name]

Lumora P2 volumetric infusion pump

## [Indications]

- Continuous intravenous infusion of fluids and medicines in adults

## [Contraindications]

- Enteral feeding

## [Manufacturer]

Nordwind Medical Co., Ltd.
"""


def test_items_under_bracketed_headings_are_indications_and_contraindications():
    document = document_from_text(IFU, "IFU_EN.md", Role.IFU)
    facts = list(intended_use.extract(document, ExtractionContext()))
    kinds = {f.kind for f in facts}
    assert FactKind.INDICATION in kinds and FactKind.CONTRAINDICATION in kinds
    sections = {b.section for b in document.blocks if b.kind is not BlockKind.HEADING}
    assert {"Indications", "Contraindications"} <= sections


def test_bracketed_headings_with_content_are_labels_not_placeholders():
    document = document_from_text(IFU, "IFU_EN.md", Role.IFU)
    assert not list(placeholders.extract(document, ExtractionContext()))


@pytest.mark.parametrize("text", [
    # a bracketed heading with nothing under it is an empty field
    "# IFU\n\n## [Product name]\n\n## [Indications]\n\n- Adults\n",
    # the writer's instruction in brackets is a template's heading
    "# IFU\n\n## [Insert product name]\n\nThe pump delivers fluids.\n",
    # content that is itself a placeholder
    "# IFU\n\n## [Product name]\n\n[Trade name of the device]\n",
])
def test_unfilled_bracketed_fields_are_still_placeholders(text):
    document = document_from_text(text, "IFU_EN.md", Role.IFU)
    assert list(placeholders.extract(document, ExtractionContext()))
