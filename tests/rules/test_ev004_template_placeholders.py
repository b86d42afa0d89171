"""A CEP outcome list that still holds the template's unfilled field ("[Insert benefit-risk
acceptance criteria here]", "<primary endpoint>", "[TBD]") defines no outcome parameter: EV004
does not ask the CER to report it (the left-in placeholder is the template rules' finding). An
outcome written beside a placeholder is still read."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check


def _ev004(tmp_path: Path, cep_lines: list[str]) -> list:
    (tmp_path / "CEP.md").write_text(
        "# Clinical Evaluation Plan Z\n## Outcome parameters and acceptance criteria\n"
        + "".join(f"- {line}\n" for line in cep_lines), encoding="utf-8")
    (tmp_path / "CER.md").write_text(
        "# Clinical Evaluation Report Z\n## Results\nDiagnostic success was 96 % (n = 120).\n## Clinical data\n"
        "Prospective series, 120 patients, follow-up 12 months.\n", encoding="utf-8")
    return run_check([tmp_path], select={"EV004"}, workers=1).findings


@pytest.mark.parametrize("placeholder", [
    "[Insert benefit-risk acceptance criteria here]",
    "[Insert secondary safety endpoint and acceptance criterion]",
    "<Enter the primary performance endpoint here>",
    "[Acceptance criterion for complication rate to be inserted]",
])
def test_unfilled_template_field_is_no_outcome(tmp_path, placeholder):
    findings = _ev004(tmp_path, ["Diagnostic success ≥ 90 %.", placeholder])
    assert findings == [], [f.message for f in findings]


def test_an_outcome_beside_a_placeholder_is_still_read(tmp_path):
    findings = _ev004(tmp_path, ["Diagnostic success ≥ 90 %.", "Haematoma requiring intervention ≤ [X] %."])
    assert len(findings) == 1 and "Haematoma" in findings[0].message


@pytest.mark.parametrize("outcome", ["Reoperation ≤ [X] %.", "Reoperation ≤ 5 %.", "Haematoma requiring intervention ≤ TBD"])
def test_a_one_word_outcome_with_or_without_placeholder_target_is_still_read(tmp_path, outcome):
    findings = _ev004(tmp_path, ["Diagnostic success ≥ 90 %.", outcome])
    assert len(findings) == 1 and outcome.split()[0] in findings[0].message
