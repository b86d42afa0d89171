"""DC004 on PDF and DOCX dossiers: a CEAR's table of the documents assessed (Document | Number
| Revision | Date) is not its revision history, and a cover table declares the CER's number
and revision column by column."""

from __future__ import annotations

import pytest

from benchmarks.corpus.render import write
from panelproof.pipeline import run_check

_FILLER = [("p", "The device is used by trained interventional radiologists in hospitals.")]


def _dossier(tmp_path, ext: str, cear_revision: str):
    cer = [("h", 0, "Clinical Evaluation Report"),
           ("table", [["Document", "Revision", "Date"], ["OAX-CER-003", "D", "04/22/2025"]]),
           ("h", 1, "1. Scope"), *_FILLER]
    cear = [("h", 0, "Clinical Evaluation Assessment Report"), ("h", 1, "1. Documents assessed"),
            ("table", [["Document", "Number", "Revision", "Date"],
                       ["Clinical evaluation report", "OAX-CER-003", f"Rev. {cear_revision}", "11/04/2024"]]),
            *_FILLER]
    write(cer, tmp_path / f"CER.{ext}", title="CER")
    write(cear, tmp_path / f"CEAR.{ext}", title="CEAR")
    return [f for f in run_check([tmp_path]).findings if f.rule == "DC004"]


@pytest.mark.parametrize("ext", ["pdf", "docx"])
def test_assessed_documents_table_with_another_revision(tmp_path, ext: str) -> None:
    found = _dossier(tmp_path, ext, "B")
    assert len(found) == 1
    assert "revision B" in found[0].message and "revision D" in found[0].message


@pytest.mark.parametrize("ext", ["pdf", "docx"])
def test_assessed_documents_table_with_the_same_revision(tmp_path, ext: str) -> None:
    assert _dossier(tmp_path, ext, "D") == []
