"""Tables whose cells wrap over several lines, set at the top, middle or bottom of their rows.

fpdf2's `pdf.table()` (and Word's PDF export) centres cells vertically by default, so the lines
of one row stand at different heights in different columns. Each table row must still be one
TABLE_ROW block whose cells are the real cells in column order, and its quote must be the
text pdfium extracts from the page (cell by cell).
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
from fpdf import FPDF

from panelproof.ingest import read_document
from panelproof.ingest.model import BlockKind

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

PROSE = ("The literature search retrieved publications on the equivalent device and on similar "
         "devices; each was appraised for relevance, quality and contribution to the evidence. ")
AFTER = "Equivalence is not claimed for these publications."

STUDIES = [
    ("Source", "Design", "Patients", "Population", "Follow-up", "Main results"),
    ("Study A 2017", "prospective single-arm investigation in four centres", "142",
     "adults with knee osteoarthritis", "2 years", "OKS +19; survival 98.6 %"),
    ("Moreau et al. 2019", "RCT of vitamin-E polyethylene acetabular liners in total hip "
     "arthroplasty", "210", "adults after THA", "5 years", "femoral head penetration 0.02 mm/year"),
    ("Registry 2021", "national joint registry", "12 480", "all primary knees",
     "10 years", "revision rate 3.1 % at ten years, similar to the benchmark"),
]
RISKS = [
    ("Hazard", "Harm", "Control", "Residual risk"),
    ("Air embolism", "stroke, death", "air-in-line detector with alarm and automatic stop",
     "acceptable"),
    ("Free flow on removal of the set from the pump", "overdose of the medicinal product",
     "anti-free-flow clamp", "acceptable after review"),
    ("Occlusion", "delayed therapy", "downstream pressure sensor", "acceptable"),
]
SPECS = [
    ("Parameter", "Range", "Note"),
    ("Infusion rate", "0.1 to 1200 ml/h in steps of 0.1 ml/h", "neonatal mode limited to "
     "100 ml/h"),
    ("Bolus volume", "0.1 - 50 ml", "not available in the epidural therapy profile"),
    ("Battery life", "8 h at 25 ml/h", "new battery, room temperature"),
]
PMCF = [
    ("Activity", "Objective", "Endpoint", "Sample", "Timing"),
    ("PMCF study PS-01", "confirm long-term safety of the titanium coating", "revision for "
     "aseptic loosening", "300", "annual report"),
    ("Survey", "usability of the instructions for use in home care", "use errors per 100 "
     "uses", "150 users", "year 2"),
    ("Registry follow-up", "survivorship", "Kaplan-Meier survival", "all", "every 5 years"),
]
TABLES = {"studies": STUDIES, "risks": RISKS, "specs": SPECS, "pmcf": PMCF}
WIDTHS = {  # relative column widths, narrow columns wrap more
    ("studies", "wide"): (25, 40, 14, 30, 16, 45),
    ("studies", "narrow"): (18, 30, 12, 22, 12, 25),
    ("risks", "wide"): (30, 25, 45, 20),
    ("risks", "narrow"): (20, 18, 30, 16),
    ("specs", "wide"): (30, 40, 50),
    ("specs", "narrow"): (20, 22, 26),
    ("pmcf", "wide"): (25, 35, 30, 14, 16),
    ("pmcf", "narrow"): (18, 26, 22, 12, 14),
}


def _squash(text: str) -> str:
    return " ".join(text.split())


def _build(path: Path, rows, widths, *, size: float = 9, borders: str = "ALL",
           v_align: str = "MIDDLE", prose: int = 6, font: str = "Helvetica",
           line_height: float | None = None) -> Path:
    pdf = FPDF()
    pdf.add_page()
    if font == "DejaVu":
        pdf.add_font("DejaVu", "", DEJAVU)
        pdf.add_font("DejaVu", "B", DEJAVU_BOLD)
    pdf.set_font(font, "", 10)
    for _ in range(prose):
        pdf.multi_cell(0, 5, PROSE * 2, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.set_font(font, "", size)
    options = {"line_height": line_height} if line_height else {}
    with pdf.table(col_widths=widths, borders_layout=borders, v_align=v_align,
                   text_align="LEFT", **options) as table:
        for values in rows:
            row = table.row()
            for value in values:
                row.cell(value)
    pdf.set_font(font, "", 10)
    pdf.multi_cell(0, 5, AFTER, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def _page_texts(path: Path) -> dict[int, str]:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return {i + 1: _squash(pdf[i].get_textpage().get_text_range()) for i in range(len(pdf))}
    finally:
        pdf.close()


def _check(path: Path, rows, *, words_may_break: bool = False) -> list:
    """`words_may_break`: fpdf2 cuts a word too long for its column anywhere ("Follow-u" /
    "p"), so cells are compared without their white space."""
    document = read_document(path, path.name)
    assert document.ok, document.error
    table = [b for b in document.blocks if b.kind is BlockKind.TABLE_ROW]
    key = (lambda c: "".join(c.split())) if words_may_break else _squash
    assert [tuple(key(c) for c in b.cells) for b in table] == \
        [tuple(key(c) for c in r) for r in rows]
    assert len({b.table_index for b in table}) == 1
    texts = _page_texts(path)
    for block in table:
        # fpdf2 writes the text cell by cell: the whole row is verbatim, and so is each cell.
        assert _squash(block.full_quote) in texts[block.page], block.cells
        for cell in block.cells:
            assert _squash(cell) in texts[block.page]
    paragraphs = [_squash(b.text) for b in document.blocks if b.kind is BlockKind.PARAGRAPH]
    assert paragraphs[-1] == AFTER
    return table


# A cell filling its column up to the next one on the same baseline as that column's text is
# one run of text for pdfium (no gutter to cut at): a known limit.
ONE_RUN = pytest.mark.xfail(strict=True, reason="two cells read as one run of text")


@pytest.mark.parametrize("name, width, v_align", [
    pytest.param(name, width, v_align,
                 marks=[ONE_RUN] if (name, width, v_align) == ("studies", "narrow", "TOP") else [])
    for name in sorted(TABLES) for width in ("wide", "narrow")
    for v_align in ("TOP", "MIDDLE", "BOTTOM")
])
@pytest.mark.parametrize("borders", ["ALL", "HORIZONTAL_LINES"])
def test_ruled_tables_with_wrapped_cells(tmp_path, name, width, v_align, borders):
    path = _build(tmp_path / "t.pdf", TABLES[name], WIDTHS[name, width], borders=borders,
                  v_align=v_align)
    _check(path, TABLES[name])


# pdfium returns some lines of several cells as one rectangle of text: nothing tells the
# cells apart without reading each character's position (a known limit).
ONE_RECT = pytest.mark.xfail(strict=True, reason="cells of one line in one pdfium rectangle")


@pytest.mark.parametrize("size, name", [
    *[(size, name) for size in (8, 9, 10) for name in sorted(TABLES)],
    (11, "risks"), (11, "specs"),
    pytest.param(11, "pmcf", marks=ONE_RECT), pytest.param(11, "studies", marks=ONE_RECT),
])
def test_font_sizes(tmp_path, size, name):
    path = _build(tmp_path / "t.pdf", TABLES[name], WIDTHS[name, "wide"], size=size)
    _check(path, TABLES[name], words_may_break=size >= 10)


# Without rules and without cell padding (fpdf2's default), a row of one-line cells and a
# row of wrapped cells are only told apart by how the other columns sit beside the first
# column's cell. Where the first column's cells are themselves the tallest of consecutive rows,
# or a cell is set flush with the next row's cell, the reading is ambiguous: a known limit.
AMBIGUOUS = pytest.mark.xfail(strict=True, reason="rows without rules or padding")


@pytest.mark.parametrize("name, v_align, width", [
    ("studies", "MIDDLE", "wide"), ("studies", "MIDDLE", "narrow"),
    ("studies", "BOTTOM", "wide"), ("risks", "MIDDLE", "wide"),
    ("specs", "MIDDLE", "wide"), ("pmcf", "MIDDLE", "wide"), ("pmcf", "MIDDLE", "narrow"),
    pytest.param("studies", "TOP", "wide", marks=AMBIGUOUS),
    pytest.param("risks", "TOP", "narrow", marks=AMBIGUOUS),
    pytest.param("risks", "BOTTOM", "narrow", marks=AMBIGUOUS),
])
def test_tables_without_rules(tmp_path, name, v_align, width):
    # No rule tells the rows apart: the first column's cells and how the others sit beside
    # them (top, middle, bottom) do.
    path = _build(tmp_path / "t.pdf", TABLES[name], WIDTHS[name, width], borders="NONE",
                  v_align=v_align)
    _check(path, TABLES[name])


@pytest.mark.parametrize("name, width, borders", [
    *[(n, w, "ALL") for n in sorted(TABLES) for w in ("wide", "narrow")],
    ("studies", "wide", "NONE"), ("studies", "narrow", "NONE"), ("pmcf", "wide", "NONE"),
    ("pmcf", "narrow", "NONE"), ("specs", "narrow", "NONE"),
    pytest.param("risks", "narrow", "NONE", marks=AMBIGUOUS),
])
def test_table_without_prose_above_is_not_two_text_columns(tmp_path, name, width, borders):
    path = _build(tmp_path / "t.pdf", TABLES[name], WIDTHS[name, width], prose=0,
                  borders=borders)
    _check(path, TABLES[name])


@pytest.mark.parametrize("name", sorted(TABLES))
@pytest.mark.parametrize("v_align", ["TOP", "MIDDLE"])
def test_dejavu_font(tmp_path, name, v_align):
    path = _build(tmp_path / "t.pdf", TABLES[name], WIDTHS[name, "narrow"], font="DejaVu",
                  v_align=v_align)
    _check(path, TABLES[name], words_may_break=True)


@pytest.mark.parametrize("line_height", [1.2, 1.45])
def test_tighter_leading(tmp_path, line_height):
    path = _build(tmp_path / "t.pdf", STUDIES, WIDTHS["studies", "narrow"],
                  line_height=9 * line_height / 2.835)
    _check(path, STUDIES)


def test_header_with_narrow_adjacent_columns_keeps_them_apart(tmp_path):
    # "Patients" and "Population" stand closer than a usual cell gutter in the header; the
    # rows below show they start two columns.
    path = _build(tmp_path / "t.pdf", STUDIES, WIDTHS["studies", "wide"])
    table = _check(path, STUDIES)
    assert table[0].cells[2:4] == ("Patients", "Population")
    assert all(len(b.cells) == 6 for b in table)


def test_no_glued_words_between_cells(tmp_path):
    path = _build(tmp_path / "t.pdf", STUDIES, WIDTHS["studies", "wide"])
    document = read_document(path, path.name)
    text = " ".join(b.full_quote for b in document.blocks)
    for glued in ("single-armadults", "et al.femoral", "centresosteoarthritis"):
        assert glued not in text


@pytest.mark.parametrize("v_align", ["TOP", "MIDDLE"])
def test_table_continuing_on_the_next_page(tmp_path, v_align):
    rows = [STUDIES[0]] + [(f"Study {i} 20{10 + i % 10}", STUDIES[1 + i % 3][1], str(100 + i),
                            STUDIES[1 + i % 3][3], f"{1 + i % 5} years", STUDIES[1 + i % 3][5])
                           for i in range(24)]
    path = _build(tmp_path / "t.pdf", rows, WIDTHS["studies", "narrow"], prose=3,
                  v_align=v_align)
    document = read_document(path, path.name)
    table = [b for b in document.blocks if b.kind is BlockKind.TABLE_ROW]
    assert {b.page for b in table} == {1, 2}
    # fpdf2 repeats the heading row on the new page.
    body = [tuple(_squash(c) for c in b.cells) for b in table if b.cells[0] != "Source"]
    assert body == rows[1:]
    assert len({b.table_index for b in table}) == 1
    texts = _page_texts(path)
    for block in table:
        assert _squash(block.full_quote) in texts[block.page]
