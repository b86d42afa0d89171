"""EV002: when no study of the dossier names its population, the CER's own sentence that a group
of the intended population was not studied ("no child or infant has been implanted", "No
paediatric patients were included") still shows the gap. Without such a sentence, studies that
name no population are read as adult data and nothing is reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check


def _ev002(tmp_path: Path, population: str, cer_sentence: str) -> list:
    (tmp_path / "CER.md").write_text(
        "# Clinical Evaluation Report ValveQ\n## Intended purpose\nValveQ drains cerebrospinal fluid in hydrocephalus.\n"
        f"## Target population\n{population}\n"
        "## Clinical data\n| Study | Design | n | Follow-up |\n|---|---|---|---|\n"
        "| VQ-01 | Prospective single-arm | 88 | 12 months |\n"
        f"## Analysis\n{cer_sentence}\n", encoding="utf-8")
    return [f for f in run_check([tmp_path], select={"EV002"}, workers=1).findings]


@pytest.mark.parametrize("population,sentence", [
    ("Neonates, children and adults.", "All participants were adults with NPH; no child or infant has been implanted with ValveQ."),
    ("Children and adults with hydrocephalus.", "No paediatric patients were included in VQ-01."),
    ("Adults and adolescents from 12 years.", "No adolescents were enrolled in the investigation."),
    ("Children and adults.", "Use in children rests on extrapolation from adult data."),
])
def test_the_cers_admission_shows_the_gap(tmp_path, population, sentence):
    findings = _ev002(tmp_path, population, sentence)
    assert len(findings) == 1 and sentence in findings[0].message, [f.message for f in findings]


def test_without_an_admission_nothing_is_reported(tmp_path):
    assert _ev002(tmp_path, "Children and adults.", "The valve opened at the set pressure in all patients.") == []
