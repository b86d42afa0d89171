"""Check marks, crosses and arrow heads ("✓", "✔", "☑", "✗", "➤", "➢") mark list items as a
bullet does: each line they open is an item of its own in PDF, DOCX and Markdown, and several
items run together on one line, each opened by the marker, are split into one item each (a
contraindication list read as one block reads as one long indication)."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as DocxDocument

from panelproof.ingest import read_document
from panelproof.ingest.model import BlockKind

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
ITEMS_EN = ["Known allergy to dexamethasone", "Pregnancy",
            "Need for MRI during the wear period", "Active middle-ear infection"]
ITEMS_DE = ["Allergie gegen Dexamethason", "Schwangerschaft", "MRT während der Tragedauer"]


def _items(document):
    assert document.ok, document.error
    return [b.text.strip() for b in document.blocks if b.kind is BlockKind.LIST_ITEM]


@pytest.mark.parametrize("marker", ["✓", "✔", "☑", "✗", "➤", "➢"])
def test_pdf_lines_opened_by_a_symbol_are_separate_list_items(tmp_path, report_pdf, marker):
    pdf = report_pdf()
    pdf.add_font("DejaVu", "", str(DEJAVU))
    pdf.add_page()
    pdf.heading("3 Contraindications")
    pdf.set_font("DejaVu", "", 10)
    for item in ITEMS_EN:
        pdf.multi_cell(0, 5, f"{marker} {item}", new_x="LMARGIN", new_y="NEXT")
    pdf.heading("4 Storage")
    pdf.para("Store in a dry place.")
    path = tmp_path / "SSCP.pdf"
    pdf.output(str(path))
    assert [item.lstrip(marker + " ") for item in _items(read_document(path, path.name))] \
        == ITEMS_EN


@pytest.mark.parametrize("marker", ["✓", "✔", "➤"])
def test_pdf_items_run_together_on_one_line_are_split(tmp_path, report_pdf, marker):
    pdf = report_pdf()
    pdf.add_font("DejaVu", "", str(DEJAVU))
    pdf.add_page()
    pdf.heading("5 Kontraindikationen")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, " ".join(f"{marker} {item}" for item in ITEMS_DE),
                   new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "IFU_DE.pdf"
    pdf.output(str(path))
    assert [item.lstrip(marker + " ") for item in _items(read_document(path, path.name))] \
        == ITEMS_DE


@pytest.mark.parametrize(("marker", "items"), [("✓", ITEMS_EN), ("✔", ITEMS_DE),
                                               ("☑", ["Otite média aguda", "Gravidez"])])
def test_docx_paragraph_of_run_together_items_is_split(tmp_path, marker, items):
    doc = DocxDocument()
    doc.add_heading("Contraindications", level=1)
    doc.add_paragraph(" ".join(f"{marker} {item}" for item in items))
    path = tmp_path / "IFU.docx"
    doc.save(str(path))
    assert _items(read_document(path, path.name)) == [f"{marker} {item}" for item in items]


def test_markdown_symbol_lines_are_list_items(tmp_path):
    path = tmp_path / "CEP.md"
    path.write_text("# Contraindications\n\n✓ Pregnancy\n✓ Acute otitis media\n", encoding="utf-8")
    assert _items(read_document(path, path.name)) == ["Pregnancy", "Acute otitis media"]


def test_prose_arrow_and_table_check_marks_stay_whole(tmp_path):
    doc = DocxDocument()
    doc.add_paragraph("Haemoglobin rose 10 → 12 g/dL and the requirement is ✓ met.")
    table = doc.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "GSPR 1 ✓ met"
    table.rows[0].cells[1].text = "✓ met ✓ verified"
    path = tmp_path / "CER.docx"
    doc.save(str(path))
    document = read_document(path, path.name)
    assert [b.kind for b in document.blocks] == [BlockKind.PARAGRAPH, BlockKind.TABLE_ROW]
