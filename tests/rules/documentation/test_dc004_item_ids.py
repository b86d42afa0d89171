"""DC004: codes that number an item inside a document ("CEP-AC-01" acceptance criteria,
"CER-RR-02" residual risks, "PMCF-OBJ-1" objectives) are not document numbers; citations of
another number or revision of the document itself still are."""

from __future__ import annotations

import pytest

from panelproof.pipeline import run_check


def _header(title: str, number: str, revision: str) -> str:
    return f"# {title}\n\n| Document no. | {number} |\n|---|---|\n| Revision | {revision} |\n\n"


CEP = _header("Clinical Evaluation Plan NovaFlow", "NV-CEP-031", "2") + (
    "## 1. Scope\nThis plan covers the NovaFlow infusion pump.\n\n"
    "## 2. Acceptance criteria\n\n| ID | Criterion | Threshold |\n|---|---|---|\n"
    "| CEP-AC-01 | Occlusion detection sensitivity | ≥ 98 % |\n"
    "| CEP-AC-02 | Flow accuracy | ± 5 % |\n"
    "| CEP-AC-03 | Serious adverse events | ≤ 1 % |\n")
CEP_UNLABELLED = _header("Clinical Evaluation Plan NovaFlow", "NV-CEP-031", "2") + (
    "## 1. Scope\nThis plan covers the NovaFlow infusion pump.\n")
CER = _header("Clinical Evaluation Report NovaFlow", "NV-CER-031", "5") + (
    "## 1. Scope\nThis report covers the NovaFlow infusion pump.\n\n## 2. Conclusions\n{body}\n")
CER_KST = _header("Clinical Evaluation Report NovaFlow", "CER-KST-031", "5") + (
    "## 1. Scope\nThis report covers the NovaFlow infusion pump.\n")
PMCF = _header("PMCF Plan NovaFlow", "NV-PMCF-031", "1") + (
    "## 1. Objectives\nThe plan confirms long-term occlusion detection performance.\n")
IFU = _header("Instructions for use NovaFlow", "NV-IFU-031", "3") + (
    "## 1. Warnings\nDo not use the pump for enteral feeding.\n")
SSCP = _header("Summary of safety and clinical performance", "AX-SSCP-004", "1") + (
    "## 1. Device\nThe NovaFlow infusion pump.\n")
CEAR = "# Clinical Evaluation Assessment Report\n\nDocument no.: CEAR-0201, Revision: A\n\n## 1. Assessment\n{body}\n"


def _dc004(tmp_path, files: dict[str, str]) -> list:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path]).findings if f.rule == "DC004"]


@pytest.mark.parametrize("body", [
    # defined in the CEP's own table
    "Acceptance criteria CEP-AC-01 to CEP-AC-03 are reported as met in Table 1.",
    "The serious adverse event rate of 0.4 % meets the threshold per CEP-AC-03.",
    "| Criterion | Result |\n|---|---|\n| CEP-AC-02 | 3.2 % (met) |",
    "Les critères d'acceptation CEP-AC-01 à CEP-AC-03 sont atteints.",
    "Das Akzeptanzkriterium gemäß CEP-AC-02 ist erfüllt.",
    "Il criterio di accettazione CEP-AC-01 è soddisfatto.",
])
def test_item_defined_in_the_cited_document_is_no_document_number(tmp_path, body):
    assert _dc004(tmp_path, {"CEP.md": CEP, "CER.md": CER.format(body=body)}) == []


@pytest.mark.parametrize(("files", "body"), [
    # a series of items the target never labels: "PMCF-OBJ-1", "PMCF-OBJ-2"
    ({"PMCF_plan.md": PMCF}, "Objectives PMCF-OBJ-1 and PMCF-OBJ-2 address occlusion."),
    ({"CEP.md": CEP_UNLABELLED}, "| CEP-AC-01 | met |\n|---|---|\n| CEP-AC-02 | met |"),
    # a single item whose shape differs from the document's number
    ({"IFU_en.md": IFU}, "Warning IFU-W-07 covers enteral feeding."),
    ({"SSCP.md": SSCP}, "The residual risk SSCP-R3 is disclosed to patients."),
    ({"CEP.md": CEP_UNLABELLED}, "Selon CEP-AC-4, le taux est conforme."),
])
def test_item_ids_from_other_documents_are_left_alone(tmp_path, files, body):
    assert _dc004(tmp_path, {**files, "CEAR.md": CEAR.format(body=body)}) == []


@pytest.mark.parametrize(("files", "body", "quoted"), [
    # another number of the same series as the CEP's own, beside item IDs
    ({"CEP.md": CEP}, "We assessed the CEP NV-CEP-029; criteria CEP-AC-01 and CEP-AC-02 are met.",
     "NV-CEP-029"),
    # the CER's own number with an older revision
    ({"CER.md": CER_KST}, "We assessed CER-KST-031 rev. 4.", "CER-KST-031 rev. 4"),
    # another number altogether
    ({"CER.md": CER_KST}, "We assessed the clinical evaluation report CER-KST-030.", "CER-KST-030"),
    ({"CER.md": CER.format(body="")}, "Documents assessed: CER-0041.", "CER-0041"),
])
def test_true_document_mismatches_still_found(tmp_path, files, body, quoted):
    findings = _dc004(tmp_path, {**files, "CEAR.md": CEAR.format(body=body)})
    assert findings, body
    assert any(quoted in loc.quote for f in findings for loc in f.locations)
