"""Headings set with an ornament before them ("■ 1. Usage purpose", "■ Contraindication"), as
documents written in Japanese or Chinese typographic habits do: they are headings, their titles
drop the ornament, and the items below them belong to their sections; a plain "■ Infection" in
body text stays a list item."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from panelproof.ingest import read_document
from panelproof.ingest.layout import heading_number_parts, numbered_heading, ornamented_title
from panelproof.ingest.model import BlockKind, heading_title, is_bracketed_heading

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


@pytest.mark.parametrize(("text", "title"), [
    ("■ 1. Usage purpose", "1. Usage purpose"),
    ("◆ Contraindication", "Contraindication"),
    ("□ [Indications]", "Indications"),
    ("Usage purpose", "Usage purpose"),
])
def test_heading_title_drops_the_ornament(text, title):
    assert heading_title(text) == title


def test_an_ornament_is_no_bracket():
    assert not is_bracketed_heading("■ Contraindication")
    assert is_bracketed_heading("■ [Contraindication]")


@pytest.mark.parametrize(("text", "parts"), [
    ("■ 4. General safety and performance requirements", (4,)),
    ("◆ 2.1 Device description", (2, 1)),
])
def test_an_ornamented_numbered_heading_keeps_its_number(text, parts):
    assert numbered_heading(text) is not None
    assert heading_number_parts(text) == parts


@pytest.mark.parametrize(("text", "expected"), [
    ("■ Contraindication", True),
    ("■ Side effects and residual risks", True),
    ("■ Infection at the implant site.", False),  # a sentence
    ("• Contraindication", False),  # a bullet, not an ornament
    ("■ treatment failure", False),  # no title: lower case
])
def test_ornamented_title(text, expected):
    assert ornamented_title(text) is expected


def _pdf(path: Path) -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_BOLD)

    def heading(text: str) -> None:
        pdf.set_font("DejaVu", "B", 11)
        pdf.multi_cell(120, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def line(text: str) -> None:
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")

    heading("■ 3. Object patient and indication")
    line("Adults and children from 6 years of age who receive high-dose chemotherapy.")
    heading("■ Contraindication")
    line("(1) Please do not irradiate over a known malignant lesion in the oral cavity.")
    line("(2) Please do not use for patients who cannot keep the mouth open.")
    heading("■ 4. General safety and performance requirements which need clinical data")
    line("(1) GSPR 1 (performance and benefit-risk)")
    line("(2) GSPR 6 (lifetime)")
    heading("■ 5. Side effects")
    line("■ Infection")
    line("■ Bleeding")
    pdf.output(str(path))
    return path


def test_ornamented_headings_in_a_pdf_open_their_sections(tmp_path: Path):
    document = read_document(_pdf(tmp_path / "CEP.pdf"), "CEP.pdf")
    headings = [b.text for b in document.blocks if b.kind is BlockKind.HEADING]
    assert "■ Contraindication" in headings
    # the wrapped numbered heading stays one heading, not a list item
    assert any(h.startswith("■ 4. General safety") and h.endswith("clinical data") for h in headings)
    sections = {b.text: b.heading_path[-1] for b in document.blocks if b.kind is not BlockKind.HEADING}
    assert sections["Please do not use for patients who cannot keep the mouth open."] == "Contraindication"
    assert sections["GSPR 6 (lifetime)"].startswith("4. General safety")
    # ornaments before the items of a list in body text keep them list items
    items = [b for b in document.blocks if b.kind is BlockKind.LIST_ITEM]
    assert {"Infection", "Bleeding"} <= {b.normalized.strip() for b in items}
