"""A bold numbered subheading that ends with a full stop may be long.

"4.2. Conformity with ... of Annex I." set in bold, alone on its line, numbered as the next
heading, is a heading up to 16 words when nothing in it reads as a finite verb. A bold numbered
sentence, a numbered list item that goes on the list above it, a plain line and an over-long
line are not promoted.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from panelproof.ingest import read_document
from panelproof.ingest.model import BlockKind

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
BODY = ("The sources are weighed for relevance and quality, and the data are appraised against "
        "the acceptance criteria of the plan. ")


def _read(tmp_path: Path, lines: list[tuple[str, str]]):
    """`lines`: (style, text), style "B" for a bold line on its own, "" for body text."""
    pdf = FPDF()
    pdf.add_font("Dj", "", DEJAVU)
    pdf.add_font("Dj", "B", DEJAVU_BOLD)
    pdf.add_page()
    for style, text in lines:
        pdf.set_font("Dj", style, 10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    path = tmp_path / "CER.pdf"
    pdf.output(str(path))
    document = read_document(path, path.name)
    assert document.ok, document.error
    return document


def _kind(document, text: str) -> BlockKind:
    """The kind of the block holding `text` (a list item's block holds it without its marker)."""
    return next(b.kind for b in document.blocks if text[5:30] in " ".join(b.text.split()))


HEADINGS = [
    ("6. BENEFIT-RISK.", "6.1. Residual risks.",
     "6.2. Conformity with the relevant general safety and performance requirements of Annex I."),
    ("3. CLINICAL DATA.", "3.1. Sources.",
     "3.2. Summary of the clinical data from the literature search and from post-market surveillance."),
    ("5. ÉVALUATION.", "5.1. Risques résiduels.",
     "5.2. Conformité aux exigences générales en matière de sécurité et de performances."),
    ("4. BEWERTUNG.", "4.1. Restrisiken.",
     "4.2. Übereinstimmung mit den grundlegenden Sicherheits- und Leistungsanforderungen nach Anhang I."),
]


@pytest.mark.parametrize(("top", "sibling", "long"), HEADINGS)
def test_a_long_bold_numbered_title_with_a_full_stop_is_a_heading(tmp_path, top, sibling, long):
    document = _read(tmp_path, [("B", top), ("", BODY), ("B", sibling), ("", BODY),
                                ("B", long), ("", BODY)])
    heading = next(b for b in document.blocks if b.text == long)
    assert heading.kind is BlockKind.HEADING and heading.level == 2
    body = [b for b in document.blocks if b.kind is BlockKind.PARAGRAPH]
    assert body[-1].heading_path[-1] == long


NOT_HEADINGS = [
    # a numbered sentence: a verb makes it a statement
    ("B", "6.2. The device is suitable for adults with chronic obstruction of the iliac veins."),
    ("B", "6.2. Le dispositif doit être utilisé uniquement par des chirurgiens formés en urologie."),
    # more than 16 words
    ("B", "6.2. Overview of the clinical data from the pivotal study, the literature and the "
          "registries over the whole period."),
    # not emphasised
    ("", "6.2. Conformity with the relevant general safety and performance requirements of Annex I."),
]


@pytest.mark.parametrize(("style", "text"), NOT_HEADINGS)
def test_numbered_sentences_and_plain_lines_are_not_promoted(tmp_path, style, text):
    document = _read(tmp_path, [("B", "6. BENEFIT-RISK."), ("", BODY), ("B", "6.1. Residual risks."),
                                ("", BODY), (style, text), ("", BODY)])
    assert _kind(document, text) is not BlockKind.HEADING


def test_bold_numbered_list_items_stay_list_items(tmp_path):
    items = ["1. Inspect the sterile packaging and the expiry date on the label.",
             "2. Flush the guiding catheter and the balloon lumen with saline solution.",
             "3. Advance the balloon over the guidewire to the ostium of the target sinus."]
    document = _read(tmp_path, [("B", "2. PREPARATION."), ("", BODY)]
                     + [("B", item) for item in items] + [("", BODY)])
    for item in items:
        assert _kind(document, item) is BlockKind.LIST_ITEM
