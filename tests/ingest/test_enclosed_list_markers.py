"""Enclosed numbers ("①", "❷", "➂") mark list items in East Asian typography: each starts an
item of its own in PDF and DOCX, and reads as "(1)" in the normalised text, not as a bare number
glued to the item."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as DocxDocument

from panelproof.ingest import read_document
from panelproof.ingest.model import BlockKind
from panelproof.ingest.normalize import normalize

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
ITEMS = ["Kink of the tube during transport", "Blockage of the lumen by debris",
         "Dislodgement of the tip requiring repositioning", "Skin irritation at the fixation site"]


@pytest.mark.parametrize("markers", ["①②③④", "❶❷❸❹", "➀➁➂➃"])
def test_pdf_lines_with_enclosed_numbers_are_separate_list_items(tmp_path, report_pdf, markers):
    pdf = report_pdf()
    pdf.add_font("DejaVu", "", str(DEJAVU))
    pdf.add_page()
    pdf.heading("4 Undesirable side-effects")
    pdf.set_font("DejaVu", "", 10)
    for marker, item in zip(markers, ITEMS):
        pdf.multi_cell(0, 5, f"{marker} {item}", new_x="LMARGIN", new_y="NEXT")
    pdf.heading("5 Storage")
    pdf.para("Store in a dry place.")
    path = tmp_path / "IFU.pdf"
    pdf.output(str(path))
    document = read_document(path, path.name)
    assert document.ok, document.error
    items = [b for b in document.blocks if b.kind is BlockKind.LIST_ITEM]
    assert [b.normalized for b in items] == ITEMS


def test_docx_paragraphs_with_enclosed_numbers_are_list_items(tmp_path):
    doc = DocxDocument()
    doc.add_heading("6. Mögliche Nebenwirkungen", level=1)
    for marker, item in zip("①②③", ["Verstopfung des Katheters", "Hautreizung", "Infektion"]):
        doc.add_paragraph(f"{marker}{item}")
    path = tmp_path / "IFU_de.docx"
    doc.save(str(path))
    document = read_document(path, path.name)
    items = [b for b in document.blocks if b.kind is BlockKind.LIST_ITEM]
    assert [b.normalized for b in items] == ["(1) Verstopfung des Katheters", "(2) Hautreizung",
                                             "(3) Infektion"]


@pytest.mark.parametrize(("verbatim", "normalized"), [
    ("② 2 mL", "(2) 2 mL"),
    ("⑫Fieber", "(12) Fieber"),
    ("❸ Nausea", "(3) Nausea"),
    ("⑴ a ⒉ b", "(1) a 2. b"),  # parenthesised and full-stop numbers as NFKC writes them
])
def test_circled_numbers_read_as_parenthesised_markers(verbatim, normalized):
    assert normalize(verbatim).text == normalized
