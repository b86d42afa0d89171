"""EV004: a zero-tolerance criterion ("no implant-related death") that the CER's clinical safety
results do not name is a gap of presentation (minor), not a missing result (major)."""

from pathlib import Path

import pytest

from panelproof.pipeline import run_check
from panelproof.rules.evidence._outcome_match import zero_tolerance


@pytest.mark.parametrize("text", [
    "No device-related stroke",
    "Zero unanticipated serious adverse device effects",
    "Absence of clinically relevant haemolysis",
    "aucun décès imputable au dispositif",
    "keine Explantation wegen Infektion",
    "nessuna perforazione correlata alla procedura",
])
def test_zero_tolerance_criteria(text):
    assert zero_tolerance(text)


@pytest.mark.parametrize("text", [
    "Freedom from reintervention at 24 months",
    "No loss of ≥ 2 lines in ≥ 95 % of eyes",
    "no excess all-cause mortality compared with control",
    "Complete ablation at 6 months",
    "Stroke rate ≤ 2 %",
])
def test_not_zero_tolerance(text):
    assert not zero_tolerance(text)


CEP = """# Clinical Evaluation Plan {name}

## Acceptance criteria

- Technical success ≥ 95 % of procedures
- {criterion}
"""


def _dossier(tmp_path: Path, criterion: str, cer_body: str) -> list:
    (tmp_path / "CEP.md").write_text(CEP.format(name="VenaSeal X", criterion=criterion), encoding="utf-8")
    (tmp_path / "CER.md").write_text("# Clinical Evaluation Report VenaSeal X\n\n" + cer_body, encoding="utf-8")
    return [f for f in run_check([tmp_path]).findings if f.rule == "EV004"]


SAFETY_PROSE = ("## Results\n\nTechnical success was reached in 98 % of procedures.\n\n"
                "## Complications\n\nAccess-site haematoma occurred in 2.4 % of patients and superficial "
                "phlebitis in 6 of 210 patients.\n")
NO_SAFETY = "## Results\n\nTechnical success was reached in 98 % of procedures.\n"


def test_zero_tolerance_implied_by_safety_prose_is_minor(tmp_path):
    hits = _dossier(tmp_path, "No procedure-related pulmonary embolism", SAFETY_PROSE)
    assert [f.severity.value for f in hits] == ["minor"]
    assert any("haematoma" in loc.quote for loc in hits[0].locations)


def test_zero_tolerance_without_safety_results_stays_major(tmp_path):
    hits = _dossier(tmp_path, "No procedure-related pulmonary embolism", NO_SAFETY)
    assert [f.severity.value for f in hits] == ["major"]


def test_freedom_rate_stays_major(tmp_path):
    hits = _dossier(tmp_path, "Freedom from deep vein thrombosis at 12 months", SAFETY_PROSE)
    assert [f.severity.value for f in hits] == ["major"]
