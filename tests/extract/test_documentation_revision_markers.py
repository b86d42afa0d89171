"""A version marker needs a word boundary, and a revision comes from the header's key/value
rows or its own words, not from a value inside a table cell."""

from __future__ import annotations

import pytest

from panelproof.extract import documentation
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text

HEAD = "# Clinical evaluation report – DialyPro 5\n\n| Document | TRT-CER-04 |\n| --- | --- |\n"


def own_revisions(markdown: str) -> set[str]:
    document = document_from_text(markdown, "CER.md", language="en")
    return {f.value.revision for f in documentation.extract(document, ExtractionContext())
            if f.kind is FactKind.DOCUMENT_REFERENCE and f.value.self_declared and f.value.revision}


@pytest.mark.parametrize("row", ["| Edition | 3 |", "| Ed. | 3 |", "| Issue | 3 |", "| Revision | 3 |",
                                 "| Version | 3 |", "| Édition | 3 |", "| Ausgabe | 3 |",
                                 "| Edizione | 3 |", "| Versie | 3 |"])
def test_header_revision_keys(row):
    assert own_revisions(HEAD + row + "\n") == {"3"}


@pytest.mark.parametrize("cell", ["Target std Kt/V 2.3, minimum 2.1", "eGFR/V 2.3", "spKt/V 1.4",
                                  "dose V 2.3 l"])
def test_values_inside_table_cells_are_no_revision(cell):
    text = HEAD + "| Date | 2025-03-12 |\n\n# State of the art\n\n| Source | Recommendation |\n| --- | --- |\n" \
        f"| KDOQI 2015 | {cell} |\n"
    assert own_revisions(text) == set()


def test_loose_revision_in_header_prose_still_counts():
    assert own_revisions("# Clinical evaluation report – DialyPro 5\n\nRevision E, 12 March 2025\n") == {"E"}
    assert own_revisions("# CER – DialyPro 5\n\nDocument v2.1 – March 2025\n") == {"2.1"}


def _own_numbers(markdown: str, path: str = "PMCF_plan.md") -> set[str]:
    document = document_from_text(markdown, path)
    return {f.value.identifier for f in documentation.extract(document, ExtractionContext())
            if f.kind is FactKind.DOCUMENT_REFERENCE and f.value.self_declared and f.value.identifier}


def test_an_id_column_of_items_does_not_number_the_document():
    markdown = ("# PMCF Plan: CerviSafe Pessary\n\nDocument no. MF-PMCF-01; revision A\n\n"
                "| ID | Objective | Linked residual risk |\n| --- | --- | --- |\n"
                "| OBJ-01 | Neonatal composite morbidity | Open question |\n"
                "| OBJ-02 | Displacement rate | Residual risk |\n")
    assert not {"OBJ-01", "OBJ-02"} & _own_numbers(markdown)


def test_a_metadata_table_still_numbers_the_document():
    markdown = ("# PMCF Plan\n\n| ID | Title | Revision |\n| --- | --- | --- |\n"
                "| PMCF-PL-07 | PMCF plan CerviSafe | B |\n")
    assert "PMCF-PL-07" in _own_numbers(markdown)
