"""A PDF quote must be text the page itself holds, in the order the file stores it."""

from __future__ import annotations

from panelproof.ingest.model import Block, BlockKind, Document, held_by_page

# pdfium's order for a table row whose second and third cells both wrap: each cell's lines
# together; panelproof rebuilds the row line by line across the cells.
PAGE = ("Functional recovery Walking score at 6 months (TRIAL-1) non-inferior to control "
        "(margin 4 points) Safety objectives")


def test_a_quote_the_page_holds_is_kept():
    assert held_by_page("non-inferior to control (margin 4 points)", PAGE) == \
        "non-inferior to control (margin 4 points)"


def test_a_quote_joining_lines_the_file_stores_apart_is_cut_to_what_the_page_holds():
    rebuilt = "Walking score at 6 months non-inferior to control (margin 4 (TRIAL-1) points)"
    quote = held_by_page(rebuilt, PAGE)
    assert quote in PAGE and quote in rebuilt
    assert quote == "non-inferior to control (margin 4"


def test_nothing_in_common_keeps_the_quote():
    assert held_by_page("entirely different words", PAGE) == "entirely different words"


def test_locations_of_a_pdf_block_are_checked_against_its_page():
    block = Block(BlockKind.PARAGRAPH, "Walking score at 6 months non-inferior to control "
                  "(margin 4\n(TRIAL-1) points)", page=2)
    document = Document(path="CEP.pdf", format="pdf", blocks=[block], page_texts={2: PAGE})
    assert document.location(block, block.full_quote).quote in PAGE
    markdown = Document(path="CEP.md", format="md", blocks=[block])
    assert markdown.location(block, "any words").quote == "any words"
