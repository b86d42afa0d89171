"""The overall verdict of a CER or CEAR ("X is safe and effective ...; benefit-risk is positive
compared with the state of the art") is the report's conclusion from the data it analyses, not
a claim that needs a citation (MEDDEV 2.7/1 rev 4 section 10). A claim beside the verdict in the
same sentence is still read by CL001."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract.claims import states_overall_verdict
from panelproof.pipeline import run_check


def _cl001(tmp_path: Path, sentence: str, role_file: str = "CER.md", heading: str = "Conclusion") -> list:
    (tmp_path / "CER.md").write_text(
        "# Clinical Evaluation Report GraftX\n## Clinical data\n"
        "| Reference | Population | Outcome |\n|---|---|---|\n"
        "| [1] Kim 2021 | 32 patients after rotator cuff repair | ASES score at 12 months |\n"
        + (f"## {heading}\n{sentence}\n" if role_file == "CER.md" else ""), encoding="utf-8")
    if role_file != "CER.md":
        (tmp_path / role_file).write_text(f"# Instructions for use GraftX\n## Benefits\n{sentence}\n", encoding="utf-8")
    return [f for f in run_check([tmp_path], select={"CL001"}, workers=1).findings]


VERDICTS = [
    "GraftX is safe and effective for rotator cuff repair and benefit-risk is positive compared with the state of the art.",
    "GraftX is safe and effective, with positive benefit-risk.",
    "In conclusion, GraftX is considered safe and performs as intended; the benefit-risk ratio is acceptable.",
    "GraftX achieves its intended purpose and its benefit-risk profile remains favourable.",
    "GraftX est sûr et efficace ; le rapport bénéfice/risque est favorable.",
    "GraftX ist sicher und wirksam; das Nutzen-Risiko-Verhältnis ist positiv.",
]


@pytest.mark.parametrize("sentence", VERDICTS)
def test_the_reports_overall_verdict_needs_no_citation(tmp_path, sentence):
    findings = _cl001(tmp_path, sentence)
    assert findings == [], [f.message for f in findings]


@pytest.mark.parametrize("sentence", [
    "GraftX is safe and effective and reduces the re-tear rate by half compared with suture repair alone.",
    "GraftX is safe and accelerates tendon healing.",
])
def test_a_claim_beside_the_verdict_is_still_read(tmp_path, sentence):
    assert not states_overall_verdict(sentence)
    assert len(_cl001(tmp_path, sentence)) == 1


@pytest.mark.parametrize("sentence", VERDICTS[:2] + [
    "GraftX est conforme aux exigences générales en matière de sécurité et de performances.",
    "GraftX conforms to the relevant GSPRs and its benefit-risk ratio is acceptable.",
])
def test_verdicts_are_recognised(sentence):
    assert states_overall_verdict(sentence)
