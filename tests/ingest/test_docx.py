"""DOCX ingestion: document order, headings from styles, lists, tables, captions, images."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt

from panelproof.ingest import read_document
from panelproof.ingest.model import BlockKind


@pytest.fixture
def cear_docx(tmp_path, png) -> Path:
    document = docx.Document()
    document.add_heading("Clinical Evaluation Assessment Report", level=0)  # Title style
    document.add_heading("A. Administrative particulars", level=1)
    document.add_paragraph("Notified body: NB 0123.")
    document.add_heading("B. Device description and intended purpose", level=1)
    document.add_heading("B.1 Intended purpose", level=2)
    document.add_paragraph("The X5 is intended for patients weighing more than 5 kg.")
    document.add_paragraph("invasive ventilation", style="List Bullet")
    document.add_paragraph("non-invasive ventilation", style="List Number")
    table = document.add_table(rows=3, cols=3)
    values = [("Parameter", "Range", "Unit"), ("Tidal volume", "20 - 2000", "ml"),
              ("Merged note", "", "")]
    for row, texts in zip(table.rows, values):
        for cell, text in zip(row.cells, texts):
            cell.text = text
    table.cell(2, 0).merge(table.cell(2, 2))
    document.add_paragraph("After the table.")
    document.add_picture(str(png(600, 300)), width=Inches(2))  # 300 dpi
    document.add_paragraph("Figure 1: The X5 ventilator", style="Caption")
    document.add_heading("C. Clinical data", level=1)
    document.add_paragraph("Twelve studies.")
    path = tmp_path / "CEAR_NB.docx"
    document.save(str(path))
    return path


@pytest.fixture
def cear(cear_docx):
    document = read_document(cear_docx, cear_docx.name)
    assert document.ok, document.error
    return document


def test_role_format_and_no_pages(cear):
    assert cear.format == "docx"
    assert cear.pages is None
    assert cear.role.value == "CEAR"
    assert cear.role_basis == "title and file name"
    assert all(b.page is None for b in cear.blocks)


def test_document_order_and_kinds(cear):
    sequence = [(b.kind.value, b.text) for b in cear.blocks]
    assert sequence == [
        ("heading", "Clinical Evaluation Assessment Report"),
        ("heading", "A. Administrative particulars"),
        ("paragraph", "Notified body: NB 0123."),
        ("heading", "B. Device description and intended purpose"),
        ("heading", "B.1 Intended purpose"),
        ("paragraph", "The X5 is intended for patients weighing more than 5 kg."),
        ("list_item", "invasive ventilation"),
        ("list_item", "non-invasive ventilation"),
        ("table_row", "Parameter | Range | Unit"),
        ("table_row", "Tidal volume | 20 - 2000 | ml"),
        ("table_row", "Merged note"),
        ("paragraph", "After the table."),
        ("caption", "Figure 1: The X5 ventilator"),
        ("heading", "C. Clinical data"),
        ("paragraph", "Twelve studies."),
    ]


def test_heading_levels_and_paths(cear):
    intended = next(b for b in cear.blocks if b.text.startswith("The X5 is intended"))
    assert intended.heading_path == ("B. Device description and intended purpose",
                                     "B.1 Intended purpose")
    assert intended.section == "B.1 Intended purpose"
    heading = next(b for b in cear.blocks if b.text == "B.1 Intended purpose")
    assert heading.level == 2
    last = cear.blocks[-1]
    assert last.heading_path == ("C. Clinical data",)


def test_table_rows_cells_and_merged_cells(cear):
    rows = [b for b in cear.blocks if b.kind is BlockKind.TABLE_ROW]
    assert rows[1].cells == ("Tidal volume", "20 - 2000", "ml")
    assert rows[2].cells == ("Merged note",)  # a merged cell counts once
    assert [r.row_index for r in rows] == [0, 1, 2]
    assert {r.table_index for r in rows} == {0}


def test_inline_image_size_dpi_and_caption(cear):
    assert len(cear.images) == 1
    image = cear.images[0]
    assert (image.pixel_width, image.pixel_height) == (600, 300)
    assert image.display_width_pt == pytest.approx(144.0, abs=0.1)
    assert image.effective_dpi == pytest.approx(300.0, rel=0.01)
    assert image.caption == "Figure 1: The X5 ventilator"
    assert image.section == "B.1 Intended purpose"


def _style(document, name: str, based_on=None, outline: int | None = None):
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    if based_on:
        style.base_style = document.styles[based_on]
    if outline is not None:
        ppr = style.element.get_or_add_pPr()
        level = OxmlElement("w:outlineLvl")
        level.set(qn("w:val"), str(outline))
        ppr.append(level)
    style.font.size = Pt(14)
    return style


def test_localised_based_on_and_outline_level_headings(tmp_path):
    document = docx.Document()
    _style(document, "Überschrift 1")
    _style(document, "Titre 2")
    _style(document, "Company Heading", based_on="Heading 3")
    _style(document, "Chapter", outline=0)
    document.add_paragraph("Klinischer Bewertungsbericht", style="Überschrift 1")
    document.add_paragraph("Indications", style="Titre 2")
    document.add_paragraph("Détails", style="Company Heading")
    document.add_paragraph("Annex", style="Chapter")
    paragraph = document.add_paragraph("Direct outline level")
    level = OxmlElement("w:outlineLvl")
    level.set(qn("w:val"), "1")
    paragraph._p.get_or_add_pPr().append(level)
    document.add_paragraph("Body text.")
    path = tmp_path / "report.docx"
    document.save(str(path))
    blocks = read_document(path, path.name).blocks
    assert [(b.kind.value, b.level) for b in blocks] == [
        ("heading", 1), ("heading", 2), ("heading", 3), ("heading", 1), ("heading", 2),
        ("paragraph", None)]


def test_numbering_properties_make_list_items(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("Do not use in neonates.")
    numbering = OxmlElement("w:numPr")
    for tag, value in (("w:ilvl", "0"), ("w:numId", "1")):
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        numbering.append(element)
    paragraph._p.get_or_add_pPr().append(numbering)
    document.add_paragraph("• Do not use with helium.")
    path = tmp_path / "ifu.docx"
    document.save(str(path))
    blocks = read_document(path, path.name).blocks
    assert [b.kind for b in blocks] == [BlockKind.LIST_ITEM, BlockKind.LIST_ITEM]


def test_tabs_and_breaks_stay_verbatim(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("Weight:\t5\u00a0kg")
    paragraph.add_run().add_break()
    paragraph.add_run("or more")
    path = tmp_path / "x.docx"
    document.save(str(path))
    block = read_document(path, path.name).blocks[0]
    assert block.text == "Weight:\t5\u00a0kg\nor more"
    assert block.normalized == "Weight: 5 kg or more"
