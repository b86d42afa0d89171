"""Provenance, checked independently of panelproof's own ingest.

For every finding on the bundled example dossiers, each quote must be found in the text that
pypdfium2 (on the quoted page) or python-docx (paragraphs and table cells) extracts from the
file itself, whitespace collapsed and nothing else changed. A quote that is not in the
document is a bug.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from docx import Document as WordDocument

from panelproof.ingest.normalize import collapse_whitespace
from panelproof.pipeline import run_check

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted(p for p in (ROOT / "examples").glob("*/")
                  if any(p.glob("*.pdf")) or any(p.glob("*.docx")))
# Dossiers written by other authors (benchmarks/heldout*/): provenance must hold on them too.
HELD_OUT = sorted((ROOT / "benchmarks").glob("heldout*/*/dossier"))


@lru_cache(maxsize=None)
def pdf_page_text(path: Path, page: int) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        textpage = pdf[page - 1].get_textpage()
        return collapse_whitespace(textpage.get_text_range())
    finally:
        pdf.close()


@lru_cache(maxsize=None)
def docx_text(path: Path) -> str:
    word = WordDocument(str(path))
    parts = [p.text for p in word.paragraphs]
    for table in word.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return collapse_whitespace("\n".join(parts))


def independent_text(path: Path, page: int | None) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        assert page is not None, f"a PDF location must have a page: {path.name}"
        return pdf_page_text(path, page)
    if suffix == ".docx":
        assert page is None
        return docx_text(path)
    return collapse_whitespace(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_every_quote_is_in_its_document(example: Path) -> None:
    result = run_check([example])
    assert result.findings, f"the example {example.name} should show findings"
    for finding in result.findings:
        assert finding.locations, f"{finding.rule} has no location"
        for loc in finding.locations:
            text = independent_text(example / loc.document, loc.page)
            quote = collapse_whitespace(loc.quote)
            assert quote and quote in text, (
                f"{finding.rule}: {quote!r} not on {loc.document} page {loc.page}")


@pytest.mark.parametrize("example", EXAMPLES, ids=[p.name for p in EXAMPLES])
def test_finding_ids_are_stable_across_runs(example: Path) -> None:
    first = [f.id for f in run_check([example]).findings]
    second = [f.id for f in run_check([example]).findings]
    assert first == second


@pytest.mark.parametrize("dossier", HELD_OUT, ids=[f"{p.parent.parent.name}-{p.parent.name}" for p in HELD_OUT])
def test_every_quote_is_in_its_document_on_dossiers_written_by_others(dossier: Path) -> None:
    for finding in run_check([dossier]).findings:
        for loc in finding.locations:
            text = independent_text(dossier / loc.document, loc.page)
            assert collapse_whitespace(loc.quote) in text, (
                f"{finding.rule}: {loc.quote!r} not on {loc.document} page {loc.page}")
