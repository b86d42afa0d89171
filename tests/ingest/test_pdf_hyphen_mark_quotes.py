"""A sentence whose line break falls after a hyphen ("10-|year") is quoted whole: the page text
that quotes are checked against reads pdfium's hyphen marks as the lines do."""

from __future__ import annotations

import pytest

from panelproof.ingest import pdf as pdf_ingest
from panelproof.ingest import read_document

SENTENCES = [
    ("On the strength of six-month data [3], the implant offers a lasting repair with a 15-\n"
     "year freedom from revision comparable to open surgery.", "year freedom from revision"),
    ("Les résultats à 12 mois [2] montrent une guérison défini-\ntive et durable chez tous les patients.",
     "tive et durable"),
]


@pytest.mark.parametrize(("sentence", "tail"), SENTENCES)
def test_quote_of_a_sentence_broken_after_a_hyphen_keeps_its_end(tmp_path, report_pdf, monkeypatch,
                                                                  sentence, tail):
    pdf = report_pdf()
    pdf.add_page()
    pdf.heading("8 Conclusions")
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 5, sentence.encode("latin-1", "replace").decode("latin-1"),
                   new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "CER.pdf"
    pdf.output(str(path))
    page_text = pdf_ingest._page_text

    def with_hyphen_marks(textpage):
        # pdfium reports a hyphen that ends a line as a hyphen mark (0x02)
        return page_text(textpage).replace("-\r\n", "\x02\r\n")

    monkeypatch.setattr(pdf_ingest, "_page_text", with_hyphen_marks)
    document = read_document(path, path.name)
    assert document.ok, document.error
    block = next(b for b in document.blocks if tail.split()[0] in b.text)
    quote = document.location(block, block.full_quote).quote
    assert tail in quote
    assert quote.endswith(".")


@pytest.mark.parametrize("page", [
    "results at 12 months show a lasting cure with a 10-year survival comparable to surgery. Page 3",
    "results at 12 months show a lasting cure with a 10-\r\nyear survival comparable to surgery. Page 3",
    "results at 12 months show a lasting cure with a 10\x02 year survival comparable to surgery. Page 3",
])
def test_a_page_joining_a_hyphen_break_otherwise_still_holds_the_quote(page):
    from panelproof.ingest.model import held_by_page
    from panelproof.ingest.normalize import collapse_whitespace
    quote = "results at 12 months show a lasting cure with a 10- year survival comparable to surgery."
    assert held_by_page(quote, collapse_whitespace(page)) == quote
