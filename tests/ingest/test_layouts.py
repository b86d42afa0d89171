"""Layouts that once confused the readers, built with fpdf2 and python-docx.

Each test builds the layout in several variants (sizes, leading, borders, alignment), with a
negative case where one applies: paragraphs set in one size beside tables in a smaller one,
table columns that are not page columns, vertically centred rows with a wrapped cell, and
figure captions above and below pictures.
"""

from __future__ import annotations

import docx
import pytest
from docx.shared import Inches
from fpdf import FPDF

from panelproof.ingest import read_document
from panelproof.ingest.model import BlockKind

PARAGRAPHS = [
    "The pump is intended for the continuous or intermittent delivery of parenteral fluids and "
    "medicinal products to adults and children above 10 kg body weight in hospital wards, "
    "operating rooms and intensive care units by trained nurses and physicians.",
    "Les données cliniques proviennent d'une revue systématique de la littérature, de "
    "l'investigation clinique du fabricant et du registre de suivi clinique après "
    "commercialisation décrit dans le plan de SCAC.",
]
SPEC_ROWS = [("Parameter", "Range"), ("Infusion rate", "0.1 to 1200 ml/h"),
             ("Bolus volume", "0.1 - 50 ml"), ("Battery life", "8 - 12 h"),
             ("Occlusion pressure", "100 - 1000 mmHg"), ("Weight", "2.1 kg"),
             ("Operating temperature", "10 - 40 °C"), ("Protection", "IP33")]


def _pdf() -> FPDF:
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_margins(40, 40, 40)
    pdf.set_auto_page_break(True, 40)
    pdf.add_page()
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    return pdf


def _table(pdf: FPDF, rows, size: float, *, borders: str = "ALL", v_align: str = "MIDDLE",
           widths=None) -> None:
    pdf.set_font("DejaVu", "", size)
    with pdf.table(line_height=size * 1.45, borders_layout=borders, v_align=v_align,
                   col_widths=widths, text_align="LEFT") as table:
        for values in rows:
            row = table.row()
            for value in values:
                row.cell(value)
    pdf.ln(size)


def _read(pdf: FPDF, tmp_path, name: str = "doc.pdf"):
    path = tmp_path / name
    pdf.output(str(path))
    document = read_document(path, name)
    assert document.ok, document.error
    return document


def _squash(text: str) -> str:
    return " ".join(text.split())


# --- (a) a paragraph's lines stay together when tables use another size ---------------------

@pytest.mark.parametrize("body, table_size, leading", [(10, 9, 1.4), (11, 8, 1.25), (12, 9, 1.5),
                                                       (9.5, 7, 1.2)])
def test_wrapped_paragraph_is_one_block_beside_smaller_tables(tmp_path, body, table_size, leading):
    pdf = _pdf()
    _table(pdf, SPEC_ROWS * 3, table_size)  # most characters are table text
    for text in PARAGRAPHS:
        pdf.set_font("DejaVu", "", body)
        pdf.multi_cell(0, body * leading, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(body * 1.2)  # paragraph spacing
    _table(pdf, SPEC_ROWS, table_size)
    document = _read(pdf, tmp_path)
    paragraphs = [_squash(b.text) for b in document.blocks if b.kind is BlockKind.PARAGRAPH]
    assert paragraphs == PARAGRAPHS  # each one block, and the two not merged


def test_paragraphs_without_spacing_but_with_distinct_leading_stay_apart(tmp_path):
    pdf = _pdf()
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 14, PARAGRAPHS[0], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.multi_cell(0, 14, PARAGRAPHS[1], new_x="LMARGIN", new_y="NEXT")
    document = _read(pdf, tmp_path)
    assert [_squash(b.text) for b in document.blocks] == PARAGRAPHS


# --- (b) table columns are not page columns ------------------------------------------------

@pytest.mark.parametrize("borders", ["ALL", "NONE", "HORIZONTAL_LINES"])
def test_two_column_table_with_short_labels_is_read_row_by_row(tmp_path, borders):
    pdf = _pdf()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 20, "8 Technical specifications", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 14, "The values below apply to every configuration of the pump.",
                   new_x="LMARGIN", new_y="NEXT")
    _table(pdf, SPEC_ROWS * 2, 9, borders=borders)
    pdf.multi_cell(0, 14, PARAGRAPHS[0], new_x="LMARGIN", new_y="NEXT")
    document = _read(pdf, tmp_path)
    rows = [b.cells for b in document.blocks if b.kind is BlockKind.TABLE_ROW]
    assert rows == [tuple(r) for r in SPEC_ROWS * 2]
    assert [b.text for b in document.blocks if b.kind is BlockKind.HEADING] == \
        ["8 Technical specifications"]


def test_text_set_in_two_columns_is_read_column_after_column(tmp_path):
    pdf = _pdf()
    pdf.set_font("DejaVu", "", 10)
    left = " ".join([PARAGRAPHS[0]] * 3)
    right = ("Die Pumpe ist für die kontinuierliche oder intermittierende Verabreichung von "
             "Infusionslösungen bei Erwachsenen und Kindern über 10 kg Körpergewicht bestimmt. ") * 4
    top = pdf.get_y()
    pdf.multi_cell(250, 13, left)
    pdf.set_xy(305, top)
    pdf.multi_cell(250, 13, right)
    document = _read(pdf, tmp_path)
    texts = [_squash(b.text) for b in document.blocks]
    assert texts == [_squash(left), _squash(right)]


# --- (c) one row per table row when a cell wraps -----------------------------------------------

REFERENCE_ROWS = [
    ("Document", "Number", "Revision"),
    ("Clinical evaluation plan", "CEP-IM-012", "Rev. 02"),
    ("Summary of safety and clinical performance", "SSCP-IM-016", "Rev. 02"),
    ("Instructions for use (German)", "IFU-DE-IM-001", "Rev. 01"),
    ("Post-market clinical follow-up evaluation report, second interim analysis", "PMCF-R-2",
     "Rev. 01"),
    ("Risk management file", "RMF-IM-003", "Rev. 04"),
]


# Cells set at the bottom of rows without any rule are not told apart from wrapped lines of
# the row above (a known limit); with rules drawn, they are.
@pytest.mark.parametrize("borders, v_align", [("ALL", "MIDDLE"), ("NONE", "MIDDLE"),
                                              ("ALL", "TOP"), ("NONE", "TOP"),
                                              ("HORIZONTAL_LINES", "TOP"), ("ALL", "BOTTOM")])
def test_rows_with_a_wrapped_cell_stay_separate(tmp_path, borders, v_align):
    pdf = _pdf()
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 14, "Documents assessed:", new_x="LMARGIN", new_y="NEXT")
    _table(pdf, REFERENCE_ROWS, 9, borders=borders, v_align=v_align, widths=(30, 25, 15))
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 14, "All documents were received on time.", new_x="LMARGIN",
                   new_y="NEXT")
    document = _read(pdf, tmp_path)
    rows = [tuple(_squash(c) for c in b.cells) for b in document.blocks
            if b.kind is BlockKind.TABLE_ROW]
    assert rows == REFERENCE_ROWS
    assert _squash(document.blocks[-1].text) == "All documents were received on time."


def test_lines_set_closer_than_their_size_beside_each_other_are_one_row_only_in_tables(tmp_path):
    # A superscript or a tightly set heading is not a table row.
    pdf = _pdf()
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 14, "Flow: 5 l/min at 10 cmH2O", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 6)
    pdf.set_xy(180, pdf.get_y() - 20)
    pdf.cell(10, 8, "1")
    document = _read(pdf, tmp_path)
    assert not [b for b in document.blocks if b.kind is BlockKind.TABLE_ROW]


# --- (d) figure captions -------------------------------------------------------------------

def _docx(tmp_path, png, parts, name="CER.docx"):
    document = docx.Document()
    for kind, value in parts:
        if kind == "picture":
            document.add_picture(str(png(*value, name=f"p{value[0]}x{value[1]}.png")),
                                 width=Inches(3))
        elif kind == "caption":
            document.add_paragraph(value, style="Caption")
        elif kind == "plain_caption":
            document.add_paragraph(value)  # a caption by its wording only
        elif kind == "table":
            table = document.add_table(rows=1, cols=2)
            table.rows[0].cells[0].text, table.rows[0].cells[1].text = value
        else:
            document.add_paragraph(value)
    path = tmp_path / name
    document.save(str(path))
    read = read_document(path, name)
    assert read.ok, read.error
    return [image.caption for image in read.images]


def test_docx_caption_below_wins_over_caption_above(tmp_path, png):
    captions = _docx(tmp_path, png, [
        ("text", "The results are shown below."),
        ("caption", "Figure 1: Study flow diagram"),
        ("picture", (900, 600)),
        ("caption", "Figure 2: Kaplan-Meier estimate of event-free survival"),
        ("text", "Figure 2 shows the survival over the follow-up period."),
        ("picture", (90, 50)),
        ("caption", "Figure 3: Forest plot of the retained studies"),
    ])
    # The first picture has a caption on each side; the one below is its own (Word's default).
    assert captions == ["Figure 2: Kaplan-Meier estimate of event-free survival",
                        "Figure 3: Forest plot of the retained studies"]


def test_docx_captions_above_when_the_document_sets_them_above(tmp_path, png):
    captions = _docx(tmp_path, png, [
        ("caption", "Figure 1: Study flow diagram"),
        ("picture", (900, 600)),
        ("caption", "Figure 2: Kaplan-Meier estimate of event-free survival"),
        ("picture", (90, 50)),
        ("text", "Figure 2 shows the survival over the follow-up period."),
    ])
    assert captions == ["Figure 1: Study flow diagram",
                        "Figure 2: Kaplan-Meier estimate of event-free survival"]


def test_docx_caption_below_by_wording_and_table_caption_ignored(tmp_path, png):
    captions = _docx(tmp_path, png, [
        ("caption", "Table 3: Specifications"),
        ("picture", (400, 300)),
        ("plain_caption", "Abbildung 4: Anzeige der Pumpe"),
        ("text", "Weiterer Text."),
        ("caption", "Tableau 2 : Caractéristiques"),
        ("picture", (300, 300)),
        ("text", "Texte suivant."),
    ])
    assert captions == ["Abbildung 4: Anzeige der Pumpe", None]


def test_docx_document_with_captions_above_its_figures(tmp_path, png):
    captions = _docx(tmp_path, png, [
        ("caption", "Figure 1 – Device overview"),
        ("picture", (800, 600)),
        ("text", "The device has a display and a keypad."),
        ("caption", "Figure 2 – Alarm panel"),
        ("picture", (800, 600)),
        ("text", "Alarms are shown in red."),
    ])
    assert captions == ["Figure 1 – Device overview", "Figure 2 – Alarm panel"]


@pytest.mark.parametrize("above", ["Table 1: Specifications", "Figure 1: Front view"])
def test_pdf_caption_below_the_picture_wins(tmp_path, png, above):
    pdf = _pdf()
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 14, above, new_x="LMARGIN", new_y="NEXT")
    pdf.image(str(png(600, 400)), w=240)
    pdf.cell(0, 14, "Figure 2: Rear view with the connectors", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(20)
    pdf.multi_cell(0, 14, PARAGRAPHS[0], new_x="LMARGIN", new_y="NEXT")
    document = _read(pdf, tmp_path)
    assert [image.caption for image in document.images] == \
        ["Figure 2: Rear view with the connectors"]


def test_a_label_line_and_a_paragraph_after_a_list_are_blocks_of_their_own(tmp_path) -> None:
    from fpdf import FPDF

    from panelproof.ingest import load_dossier
    from panelproof.ingest.model import BlockKind

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for line in ("Indications:", "- Sinus node dysfunction with symptomatic bradycardia",
                 "- Second- or third-degree atrioventricular block", "Contraindications:",
                 "- Unipolar pacing in patients with an implanted ICD",
                 "- Patients with chronic respiratory failure who need",
                 "long-term pacing support",
                 "Implantation by cardiologists in a catheterisation laboratory."):
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "CEP.pdf"
    pdf.output(str(path))
    blocks = [b for b in load_dossier([path]).documents[0].blocks]
    texts = [" ".join(b.text.split()) for b in blocks]
    assert "Contraindications:" in texts
    assert "Implantation by cardiologists in a catheterisation laboratory." in texts
    items = [t for b, t in zip(blocks, texts) if b.kind is BlockKind.LIST_ITEM]
    assert "Patients with chronic respiratory failure who need long-term pacing support" in items
