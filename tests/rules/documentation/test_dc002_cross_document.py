"""DC002: a table or figure of another document ("CER Table 4", "IFU section 8, Table 2") is not
looked for in the citing document; it is checked against that document when it is supplied."""

from __future__ import annotations

import pytest

from panelproof.pipeline import run_check

CER = ("# Clinical Evaluation Report\n\n## 1. Results\n\nTable 1 – Results\n\n| A | B |\n|---|---|\n"
       "| x | y |\n\nTable 2 – Criteria\n\n| A | B |\n|---|---|\n| x | y |\n")
IFU = "# Instructions for use\n\n## 1. Warnings\n\nTable 1: Alarms\n\n| A | B |\n|---|---|\n| x | y |\n"


def _dc002(tmp_path, files: dict[str, str]) -> list:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path]).findings if f.rule == "DC002"]


@pytest.mark.parametrize("sentence", [
    "Acceptance criteria are reported as met in CER Table 2.",
    "See IFU section 8, Table 1 for the alarms.",
    "The alarm limits (IFU, Table 1) are adequate.",
    "Die Alarme sind in Tabelle 1 der Gebrauchsanweisung beschrieben.",
    "Les critères figurent dans le REC, tableau 2.",
])
def test_references_to_tables_of_supplied_documents(tmp_path, sentence):
    cear = f"# Clinical Evaluation Assessment Report\n\n## 1. Assessment\n\n{sentence}\n"
    assert _dc002(tmp_path, {"CER.md": CER, "IFU_en.md": IFU, "CEAR.md": cear}) == []


@pytest.mark.parametrize("sentence", [
    "The residual risks are listed in PMCF plan Table 6.",
    "Refer to the risk management file, section 4, Table 9.",
])
def test_references_to_documents_not_supplied(tmp_path, sentence):
    cear = f"# Clinical Evaluation Assessment Report\n\n## 1. Assessment\n\n{sentence}\n"
    assert _dc002(tmp_path, {"CER.md": CER, "CEAR.md": cear}) == []


@pytest.mark.parametrize("sentence", [
    "Acceptance criteria are reported as met in CER Table 7.",
    "See Table 5.",
])
def test_missing_tables_still_found(tmp_path, sentence):
    cear = f"# Clinical Evaluation Assessment Report\n\n## 1. Assessment\n\n{sentence}\n"
    assert _dc002(tmp_path, {"CER.md": CER, "CEAR.md": cear})
