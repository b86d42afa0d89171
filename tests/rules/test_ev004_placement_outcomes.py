"""EV004 reads a placement outcome reported as the rate of correct positions or as its
complement, the malposition rate, whatever the device, the target site named in the CEP, the
language or the form (sentence, list, table row). A placement outcome the CER never reports,
and one reported only at an earlier time point, are still found."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check
from panelproof.rules.evidence._outcome_match import outcome_stems


def _ev004(tmp_path: Path, cep_line: str, cer_body: str) -> list:
    (tmp_path / "CEP.md").write_text(
        "# Clinical Evaluation Plan Z\n## Outcome parameters and acceptance criteria\n- " + cep_line + "\n",
        encoding="utf-8")
    (tmp_path / "CER.md").write_text(
        f"# Clinical Evaluation Report Z\n## Results\n{cer_body}\n## Clinical data\n"
        "Prospective series, 90 patients, follow-up 12 months.\n", encoding="utf-8")
    return run_check([tmp_path], select={"EV004"}, workers=1).findings


@pytest.mark.parametrize(("cep", "cer"), [
    ("Successful placement at the cavo-atrial junction ≥ 85 %.",
     "| Parameter | Value |\n|---|---|\n| Correct position at first attempt | 88 % |"),
    ("Correct tip position in the lower third of the superior vena cava.",
     "Malposition was seen on the control radiograph in 7 of 120 catheters (5.8 %)."),
    ("Malposition requiring repositioning ≤ 5 %.",
     "- Correctly positioned leads on fluoroscopy: 97 % (2 repositionings)"),
    ("Malposition requiring repositioning.", "Catheters were correctly placed in 91 % of insertions."),
    ("Korrekte Position der Sondenspitze ≥ 90 %.", "Eine Fehllage trat bei 4 % der Sonden auf."),
    ("Position correcte de l'extrémité du cathéter.", "Un repositionnement a été nécessaire chez 6 % des patients."),
])
def test_placement_reported_as_position_or_malposition(tmp_path, cep, cer):
    assert _ev004(tmp_path, cep, cer) == []


@pytest.mark.parametrize(("cep", "cer"), [
    ("Successful placement at the cavo-atrial junction ≥ 85 %.",
     "Catheter-related bloodstream infection occurred at 2.1 per 1,000 catheter-days."),
    # a placebo-controlled result is not a placement result
    ("Correct tip position ≥ 90 %.", "In the placebo-controlled trial, pain decreased by 40 %."),
])
def test_placement_not_reported_is_still_found(tmp_path, cep, cer):
    assert len(_ev004(tmp_path, cep, cer)) == 1


def test_target_site_is_not_an_outcome():
    assert outcome_stems("Successful placement at the IVC-RA junction") == outcome_stems("Correct position")
    assert outcome_stems("Optimal tip position in the right atrium") == outcome_stems("Malposition")
