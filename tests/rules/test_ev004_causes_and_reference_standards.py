"""EV004: a causal connector in an outcome's name ("because of", "due to", "wegen") names no
outcome, and the reference standard an agreement outcome is compared with ("agreement with
reference manometry") is not what is measured. A CER reporting the event with another
connector, or the agreement without naming the reference, reports the outcome; an outcome the
CER never reports is still found."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check


def _ev004(tmp_path: Path, cep_line: str, cer_body: str) -> list:
    (tmp_path / "CEP.md").write_text(
        "# Clinical Evaluation Plan Z\n## Outcome parameters and acceptance criteria\n- " + cep_line + "\n",
        encoding="utf-8")
    (tmp_path / "CER.md").write_text(
        f"# Clinical Evaluation Report Z\n## Results\n{cer_body}\n## Clinical data\n"
        "Prospective series, 90 patients, follow-up 12 months.\n", encoding="utf-8")
    return run_check([tmp_path], select={"EV004"}, workers=1).findings


@pytest.mark.parametrize(("cep", "cer"), [
    ("Discontinuation because of intolerance < 10 %.",
     "Cold discomfort leading to discontinuation occurred in 6.8 % of patients."),
    ("Treatment discontinuation due to pain ≤ 5 %.",
     "Discontinuation of treatment was recorded in 3 % of patients."),
    ("Withdrawal owing to irritation below 8 %.",
     "Withdrawal from therapy occurred in 4 of 120 patients (3.3 %)."),
    ("Therapieabbruch wegen Unverträglichkeit < 10 %.",
     "Ein Therapieabbruch trat bei 5 % der Patienten auf."),
    ("Agreement with reference manometry within ± 2 mmHg ≥ 90 %.",
     "Pressure agreement within ±2 mmHg in 97.1 % of paired readings."),
    ("Accuracy against invasive arterial pressure.",
     "Accuracy was 94 % (mean difference 1.2 mmHg)."),
    ("Concordance avec la manométrie de référence ≥ 90 %.",
     "La concordance était de 95 % sur 400 mesures appariées."),
])
def test_connector_and_reference_are_not_outcome_words(tmp_path, cep, cer):
    assert _ev004(tmp_path, cep, cer) == []


@pytest.mark.parametrize(("cep", "cer"), [
    ("Discontinuation because of intolerance < 10 %.",
     "Scalp cooling was tolerated by most patients; alopecia grade ≤ 1 in 61 %."),
    ("Agreement with reference manometry ≥ 90 %.",
     "Major drain-related complications occurred in 2.2 % of patients."),
])
def test_unreported_outcome_is_still_found(tmp_path, cep, cer):
    assert len(_ev004(tmp_path, cep, cer)) == 1
