"""A paragraph that a page break splits is one paragraph again, under its own heading.

When a page's last text block ends mid-sentence (no closing . ! ? : ;) and the next page's first
block goes on with the sentence (a lower-case start, or after a comma or a dash), the two halves
are one block, without the running header, footer or page number between them. The block starts
on the first page; a quote from it cites the page where the quoted text starts. A finished
sentence, a heading, a list item or a table on the next page is not joined.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from panelproof.ingest import read_document
from panelproof.ingest.model import BlockKind

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FILLER = ("The evaluation follows the documented method and the appraisal criteria set out in "
          "the plan; each source is weighed for its relevance and its quality. ")


class _Report(FPDF):
    def header(self):
        self.set_font("Dj", "", 8)
        self.cell(0, 5, "XR-204 Clinical evaluation report - revision 3",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self):
        self.set_y(-15)
        self.set_font("Dj", "", 8)
        self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")


def _pdf() -> _Report:
    pdf = _Report()
    pdf.add_font("Dj", "", DEJAVU)
    pdf.add_font("Dj", "B", DEJAVU_BOLD)
    pdf.set_auto_page_break(False)
    return pdf


def _heading(pdf: FPDF, text: str) -> None:
    pdf.set_font("Dj", "B", 11)
    pdf.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")


def _text(pdf: FPDF, text: str) -> None:
    pdf.set_font("Dj", "", 10)
    pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")


def _split_document(tmp_path: Path, heading: str, first_half: str, second_half, after=None):
    """`heading` and `first_half` at the foot of page 1 (below filler text), then page 2 opened
    by `second_half` (text, or a callable that writes it) and `after`."""
    pdf = _pdf()
    pdf.add_page()
    _heading(pdf, "1 Scope")
    for _ in range(5):
        _text(pdf, FILLER * 3)
        pdf.ln(3)
    _heading(pdf, heading)
    _text(pdf, first_half)
    pdf.add_page()
    if callable(second_half):
        second_half(pdf)
    else:
        _text(pdf, second_half)
    pdf.ln(3)
    if after:
        _heading(pdf, after)
        _text(pdf, FILLER)
    path = tmp_path / "CER.pdf"
    pdf.output(str(path))
    document = read_document(path, path.name)
    assert document.ok, document.error
    return document


def _squash(text: str) -> str:
    return " ".join(text.split())


JOINED = [
    # (heading, first half, second half, the next heading on page 2)
    ("5.3 Clinical performance",
     "Across the three cohorts the clot retrieval system of the manufacturer",
     "removes the occluding thrombus completely in every treated patient and restores flow "
     "within minutes. Secondary endpoints were met as well.",
     "5.4 Clinical safety"),
    ("3.2 Population cible",
     "Le système d'irrigation réduit la durée de l'intervention chez",
     "les adultes de plus de 18 ans opérés en ambulatoire, sans complication notable. "
     "Les enfants ne sont pas concernés.",
     "3.3 Contre-indications"),
    ("2.4 Anwendergruppe",
     "Die Behandlung erfolgt durch Fachärztinnen und Fachärzte für Urologie,",
     "Pflegekräfte mit einer Schulung des Herstellers und Medizinstudierende unter Aufsicht "
     "in der Klinik. Eine Anwendung zu Hause ist nicht vorgesehen.",
     "2.5 Umgebung"),
]


@pytest.mark.parametrize(("heading", "first_half", "second_half", "after"), JOINED)
def test_a_paragraph_split_by_a_page_break_is_one_block_under_its_heading(
        tmp_path, heading, first_half, second_half, after):
    document = _split_document(tmp_path, heading, first_half, second_half, after)
    block = next(b for b in document.blocks if first_half.split()[0] in b.text
                 and b.kind is BlockKind.PARAGRAPH)
    assert _squash(block.text) == _squash(first_half + " " + second_half)
    assert block.heading_path[-1] == heading
    assert (block.page, block.end_page) == (1, 2)
    assert "Page 1" not in block.text and "XR-204" not in block.text
    assert not any(b.text.startswith(second_half.split()[0]) for b in document.blocks)
    # the next heading on page 2 still opens its own section
    assert any(b.kind is BlockKind.HEADING and b.text == after for b in document.blocks)


@pytest.mark.parametrize(("heading", "first_half", "second_half", "after"), JOINED)
def test_quotes_of_a_joined_paragraph_cite_the_page_where_they_start(
        tmp_path, heading, first_half, second_half, after):
    document = _split_document(tmp_path, heading, first_half, second_half, after)
    block = next(b for b in document.blocks if b.end_page == 2)
    across = _squash(block.full_quote)
    first_sentence = across[:across.index(".") + 1]
    # a sentence across the break is quoted by its longer part, on the page that part stands on
    location = document.location(block, first_sentence)
    assert location.quote in first_sentence and 2 * len(location.quote) >= len(first_sentence)
    assert _squash(location.quote) in _squash(document.page_texts[location.page])
    last_sentence = _squash(second_half).rsplit(". ", 1)[1]
    location = document.location(block, last_sentence)
    assert (location.page, location.quote) == (2, last_sentence)
    assert location.section == heading


def _list_item(pdf: FPDF) -> None:
    _text(pdf, "• reduced procedural pain in the first week")


def _table(pdf: FPDF) -> None:
    pdf.set_font("Dj", "", 10)
    with pdf.table() as table:
        for values in (("Outcome", "Result"), ("patency at 12 months", "91 %")):
            row = table.row()
            for value in values:
                row.cell(value)


def _new_heading(pdf: FPDF) -> None:
    _heading(pdf, "6 residual risks")  # a lower-case title is unusual, but it is a heading


KEPT_APART = [
    # a finished sentence, then a sentence of its own
    ("The implant was removed in two patients.", "Both recovered without sequelae."),
    # an unfinished line (a signature, a label) and a capitalised new paragraph
    ("Reviewed by the clinical evaluation team", "Date of the next update is set in the plan."),
    ("The benefits include the following", _list_item),
    ("The results per outcome are given below", _table),
    ("The risk analysis covers use errors in", _new_heading),
]


@pytest.mark.parametrize(("first_half", "second_half"), KEPT_APART)
def test_what_does_not_continue_the_sentence_stays_apart(tmp_path, first_half, second_half):
    document = _split_document(tmp_path, "4.1 Outcomes", first_half, second_half)
    block = next(b for b in document.blocks if b.text.startswith(first_half[:20])
                 and b.page == 1 and b.kind is not BlockKind.HEADING)
    assert _squash(block.text) == first_half
    assert block.end_page is None
    assert any(b.page == 2 for b in document.blocks)
