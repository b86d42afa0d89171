"""A key-value table whose first column holds bold labels centred beside wrapped values, set
with wide line spacing (1.5 lines and more) and ruled between rows: each label and its value
are one row, not a heading followed by the next row's first line."""

from __future__ import annotations

import pytest
from fpdf import FPDF
from fpdf.fonts import FontFace

from panelproof.ingest import read_document
from panelproof.ingest.model import BlockKind

ROWS = [
    ("Type", "Specific method: prospective multicentre registry in twelve sites in four "
             "countries of the European Union"),
    ("Aim", "Confirm occlusion, safety and durability of occlusion; detect delayed rupture "
            "and in-stent stenosis of the parent artery"),
    ("Population", "Patients aged 18 to 65 years with unruptured aneurysm of the internal "
                   "carotid artery with maximum diameter below 10 mm"),
    ("Follow-up", "DSA at 12 months, MRA at 36 months"),
]


def _document(tmp_path, spacing: float, borders: str, size: float = 9):
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_margins(50, 50, 50)
    pdf.add_page()
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 20, "3.1 Post-market registry", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", size)
    with pdf.table(line_height=size * spacing, borders_layout=borders, v_align="MIDDLE",
                   col_widths=(30, 70), text_align="LEFT", first_row_as_headings=False) as table:
        for values in ROWS:
            row = table.row()
            for column, value in enumerate(values):
                row.cell(value, style=FontFace(emphasis="BOLD") if column == 0 else None)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 14, "The registry report is updated every year.", new_x="LMARGIN",
                   new_y="NEXT")
    path = tmp_path / "plan.pdf"
    pdf.output(str(path))
    document = read_document(path, path.name)
    assert document.ok, document.error
    return document


@pytest.mark.parametrize("spacing", [1.6, 1.7])
@pytest.mark.parametrize("borders", ["HORIZONTAL_LINES", "ALL"])
def test_centred_labels_beside_wrapped_values_are_one_row(tmp_path, spacing, borders):
    document = _document(tmp_path, spacing, borders)
    rows = [tuple(" ".join(c.split()) for c in b.cells) for b in document.blocks
            if b.kind is BlockKind.TABLE_ROW]
    assert rows == ROWS
    assert [b.text for b in document.blocks if b.kind is BlockKind.HEADING] == \
        ["3.1 Post-market registry"]
