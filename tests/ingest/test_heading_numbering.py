"""DC003 on what the readers make of headings: gaps and duplicates only when unambiguous.

A heading the PDF reading took for a list item, numbered entries of a reference list, an annex
numbering its sections afresh and a heading repeated word for word are reading artefacts or
conventions, not numbering errors. Real gaps and duplicates are still reported.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check
from tests.ingest.test_pdf_headings import BODY, REFERENCES, _Doc


def _dc003(folder: Path) -> list[str]:
    result = run_check([folder], select={"DC003"}, workers=1)
    return [f.message for f in result.findings if f.rule == "DC003"]


def _md(tmp_path: Path, text: str, name: str = "CER.md") -> Path:
    folder = tmp_path / "dossier"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


HEAD = "# Clinical Evaluation Report\n\n## 1. Scope\nThe report covers the device.\n\n"
TAIL = "## 3. Clinical data\nTwelve publications were appraised.\n"


@pytest.mark.parametrize("between", [
    "- General safety and performance requirements requiring clinical data\n\n"
    "The requirements are GSPR 1, 8 and 14.\n\n",
    "2. General safety and performance requirements requiring clinical data and their "
    "demonstration by the manufacturer in this report\n\n",
    "2 Exigences générales en matière de sécurité et de performances\n\nTexte.\n\n",
])
def test_missing_heading_standing_as_list_item_or_paragraph_is_no_gap(tmp_path, between):
    assert _dc003(_md(tmp_path, HEAD + between + TAIL)) == []


@pytest.mark.parametrize("between", [
    "",
    "Text without a heading.\n\n",
    "- base unit\n- heated tube\n- nasal cannulas\n\n",
    "2 patients were excluded from the analysis.\n\n",
])
def test_real_gap_is_reported(tmp_path, between):
    messages = _dc003(_md(tmp_path, HEAD + between + TAIL))
    assert len(messages) == 1 and "heading 3 follows heading 1" in messages[0]


def test_reference_list_entries_are_not_headings(tmp_path):
    entries = "".join(f"### {n}. {r}\n\n" for n, r in enumerate(REFERENCES, 1))
    text = HEAD + "## 2. Data\nText.\n\n## 3. Literaturverzeichnis\n\n" + entries + \
        entries[:60] + "\n\n## 4. Annexes\nText.\n"
    assert _dc003(_md(tmp_path, text)) == []


def test_annex_numbers_its_sections_afresh(tmp_path):
    text = (HEAD + "## 2. Data\nText.\n\n## Annex A – Search protocol\n\n### 1. Databases\nText.\n\n"
            "### 2. Terms\nText.\n\n## Anhang B – Bewertungstabellen\n\n### 1. Eignung\nText.\n")
    assert _dc003(_md(tmp_path, text)) == []


def test_duplicate_with_another_title_is_reported_and_a_repeated_title_is_not(tmp_path):
    repeated = HEAD + "## 2. Data\nText.\n\n## 2. Data\nMore text.\n\n" + TAIL
    assert _dc003(_md(tmp_path, repeated)) == []
    different = HEAD + "## 2. Data\nText.\n\n## 2. Intended purpose\nMore text.\n\n" + TAIL
    messages = _dc003(_md(tmp_path, different))
    assert len(messages) == 1 and "heading 2 appears twice" in messages[0]


def test_gap_inside_an_annex_is_still_reported(tmp_path):
    text = (HEAD + "## 2. Data\nText.\n\n## Annex A – Search protocol\n\n### 1. Databases\nText.\n\n"
            "### 3. Terms\nText.\n")
    messages = _dc003(_md(tmp_path, text))
    assert len(messages) == 1 and "heading 3 follows heading 1" in messages[0]


def test_pdf_with_wrapped_heading_and_reference_list_has_no_numbering_finding(tmp_path):
    folder = tmp_path / "dossier"
    folder.mkdir()
    doc = _Doc()
    doc.heading("1. Scope", 14)
    doc.para(BODY["en"] * 2)
    doc.heading("2. General safety and performance requirements requiring clinical data and "
                "their demonstration", 14)
    doc.para(BODY["en"] * 2)
    doc.heading("3. References", 14)
    for number, reference in enumerate(REFERENCES, 1):
        doc.entry(f"{number}. {reference}")
    doc.pdf.ln(4)
    doc.heading("4. Annexes", 14)
    doc.para(BODY["en"])
    doc.read(folder / "CER.pdf")
    assert _dc003(folder) == []
