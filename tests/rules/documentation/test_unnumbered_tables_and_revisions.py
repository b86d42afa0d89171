"""DC002 on reports whose tables carry no number; DC004 on revisions cited inside a list cell,
declared under a subtitle, or next to a model name that looks like a version ("Pump V2")."""

from __future__ import annotations

import pytest

from panelproof.pipeline import run_check


def _findings(tmp_path, files: dict[str, str], code: str) -> list:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path]).findings if f.rule == code]


_TABLE = "| {a} | {b} |\n|---|---|\n| x | 1 |\n| y | 2 |\n"


def _report(sentence: str, tables: int = 5, caption: str = "") -> str:
    body = ["# Clinical Evaluation Report", "", "## 1. Device", "", "The device is a catheter.", ""]
    for i in range(tables):
        if caption and i == tables - 1:
            body += [caption, ""]
        body += [f"## {i + 2}. Section {i + 2}", "", "Data follow.", "",
                 _TABLE.format(a=f"Item {i}", b="Value"), ""]
    body += ["## 9. Discussion", "", sentence, ""]
    return "\n".join(body)


@pytest.mark.parametrize("sentence", [
    "The bench results for coating durability are summarised in Table 4.",
    "Adverse events by seriousness are listed in full (see Table 5).",
    "Table 3 gives the pooled patency rates at twelve months.",
])
def test_lone_reference_in_report_without_numbered_tables(tmp_path, sentence):
    found = _findings(tmp_path, {"CER.md": _report(sentence)}, "DC002")
    assert found and "table" in found[0].message


@pytest.mark.parametrize("sentence", [
    # several numbers cited: the author numbers the unlabelled tables by order
    "Tables 2 and 4 compare the groups; Table 5 lists the events.",
    # the first table, introduced by the text before it
    "Table 1 summarises the data sets retained after appraisal.",
    # another work's table
    "The sample size follows Table A.1 of ISO 14155 and MDCG 2020-13 Table 1.",
    "Limits are given in Table 2 of the IFU.",
])
def test_no_finding_when_tables_exist_in_another_form(tmp_path, sentence):
    assert _findings(tmp_path, {"CER.md": _report(sentence)}, "DC002") == []


@pytest.mark.parametrize("caption", ["Table 4 – Bench results", "Tab. 4: bench", "TABLE 4"])
def test_caption_in_another_form_is_found(tmp_path, caption):
    sentence = "The bench results are summarised in Table 4."
    report = _report(sentence).replace("| Item 3 | Value |", f"| {caption} | Value |")
    assert _findings(tmp_path, {"CER.md": report}, "DC002") == []


CEAR = """# Clinical Evaluation Assessment Report

## 1. Documents

| Item | Details |
|---|---|
| Documents assessed | CEP ZX-CEP-010 Rev. A; CER ZX-CER-010 issue 3 dated 02/03/2024; PMCF plan ZX-PMCF-010 Rev. A |
"""
CER = """# Clinical Evaluation Report

| Document no. | ZX-CER-010 |
|---|---|
| Issue | 5 |

## 1. Scope

The device is a catheter.
"""


def test_revision_inside_a_list_cell(tmp_path):
    found = _findings(tmp_path, {"CEAR.md": CEAR, "CER.md": CER}, "DC004")
    assert found and "3" in found[0].message and "5" in found[0].message


def test_revision_inside_a_list_cell_matching(tmp_path):
    assert _findings(tmp_path, {"CEAR.md": CEAR.replace("issue 3", "issue 5"), "CER.md": CER},
                     "DC004") == []


PLAN = """# Post-market clinical follow-up plan

### Vasco balloon catheter

| Document number | QM-PMCF-221 |
|---|---|
| Version | 2.0 |

## 1. Scope

The plan covers the Vasco balloon catheter.
"""


@pytest.mark.parametrize("citation, expected", [
    ("PMCF activities follow the PMCF plan QM-PMCF-221 v3.0.", True),
    ("PMCF activities follow the PMCF plan QM-PMCF-221 Version 2.0.", False),
])
def test_revision_under_a_subtitle(tmp_path, citation, expected):
    cer = f"# Clinical Evaluation Report\n\n## 1. PMCF\n\n{citation}\n"
    found = _findings(tmp_path, {"PMCF_plan.md": PLAN, "CER.md": cer}, "DC004")
    assert bool(found) is expected


IFU = """# FlowMax V3 – Instructions for use

Manufacturer: Example Medical. Document FM-IFU-EN rev. 06.

## 1. Intended purpose

The FlowMax V3 infusion pump delivers fluids.
"""


@pytest.mark.parametrize("citation, expected", [
    ("The alarms are described in the IFU FM-IFU-EN rev. 03, which was assessed.", True),
    ("The alarms are described in the IFU FM-IFU-EN rev. 06, which was assessed.", False),
])
def test_model_name_is_not_the_revision(tmp_path, citation, expected):
    cer = f"# Clinical Evaluation Report\n\n## 1. Information\n\n{citation}\n"
    found = _findings(tmp_path, {"IFU_en.md": IFU, "CER.md": cer}, "DC004")
    assert bool(found) is expected
