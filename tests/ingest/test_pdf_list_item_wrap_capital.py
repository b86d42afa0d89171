"""A list item wrapped by the writer's software flush with its marker stays one item when the
wrapped line starts with a capital (an acronym, a German noun, a proper name): the line above
ran to the right margin without ending its sentence, so the next word could not have joined it.
Short items that start with capitals stay separate items."""

from __future__ import annotations

import pytest

from panelproof.ingest import read_document

# (words before the break, capitalised word that must start the wrapped line, rest)
ITEMS = [
    ("Therapeutic heating may be used on this patient only when the pulse generator is set",
     "OFF", "by the clinician programmer."),
    ("Die Einstellung der Dosis erfolgt ausschließlich durch geschultes Personal mit dem",
     "Programmiergerät", "des Herstellers."),
    ("L'examen est possible sous conditions strictes si le générateur est éteint avant toute",
     "IRM", "de la tête."),
]


def _wrapped_item(pdf, marker: str, head: str, capital: str, rest: str) -> str:
    """`head` padded with short words until `capital` no longer fits on the first line."""
    limit = pdf.epw - 2 * pdf.c_margin
    text = f"{marker} {head}"
    while pdf.get_string_width(f"{text} {capital}") <= limit:
        text += " a"
    assert pdf.get_string_width(text) < limit
    return f"{text} {capital} {rest}"


@pytest.mark.parametrize(("head", "capital", "rest"), ITEMS)
def test_list_item_wrapped_before_a_capital_stays_one_item(tmp_path, report_pdf, head, capital,
                                                            rest):
    pdf = report_pdf()
    pdf.add_page()
    pdf.heading("7 Warnings")
    pdf.set_font("Helvetica", "", 10)
    for number, text in enumerate(["Do not immerse the device.", None,
                                   "Keep away from magnets."], start=4):
        if text is None:
            text = _wrapped_item(pdf, f"{number}.", head, capital, rest)[len(f"{number}. "):]
        pdf.multi_cell(0, 5, f"{number}. {text}".encode("latin-1").decode("latin-1"),
                       new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "IFU.pdf"
    pdf.output(str(path))
    document = read_document(path, path.name)
    assert document.ok, document.error
    item = next(b for b in document.blocks if head.split()[0] in b.text)
    assert item.text.rstrip().endswith(rest), item.text
    assert not any(b.text.startswith(capital) for b in document.blocks)
    assert any(b.text.strip().endswith("Keep away from magnets.") and b is not item
               for b in document.blocks)


def test_short_capitalised_items_flush_with_the_marker_stay_separate(tmp_path, report_pdf):
    pdf = report_pdf()
    pdf.add_page()
    pdf.heading("5 Contraindications")
    pdf.set_font("Helvetica", "", 10)
    for line in ["1. Shortwave diathermy", "MRI outside the stated conditions",
                 "Lithotripsy"]:
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "IFU.pdf"
    pdf.output(str(path))
    document = read_document(path, path.name)
    texts = [b.text for b in document.blocks]
    assert any(t.startswith("MRI outside") for t in texts), texts
