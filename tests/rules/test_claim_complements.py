"""CL005: a claim that a function is kept in every patient, read against the rate of its loss."""

from __future__ import annotations

import pytest

from panelproof.rules.claim.CL005_claim_contradicts_results import _complements, figures


@pytest.mark.parametrize(("text", "outcome"), [
    ("The implant preserves erectile function in all men treated.", "erectile function preserved"),
    ("Potency remains intact for every patient.", "erectile function preserved"),
    ("Le traitement préserve la fonction érectile chez tous les patients.", "erectile function preserved"),
    ("Die Therapie erhält die Potenz bei allen Patienten.", "erectile function preserved"),
    ("The ablation spares urinary continence in all cases.", "continence preserved"),
])
def test_kept_function_in_every_patient_is_a_claimed_rate_of_100(text, outcome):
    found = [f for f in figures(text, universal=True) if f.outcome == outcome]
    assert found and found[0].value == 100.0 and found[0].universal


@pytest.mark.parametrize(("text", "outcome", "value"), [
    ("| Erectile dysfunction | 31 % at 3 years |", "erectile dysfunction", 31.0),
    ("Impotence was reported in 24 % of men after 2 years.", "erectile dysfunction", 24.0),
    ("Inkontinenz 12 % nach 1 Jahr", "incontinence", 12.0),
])
def test_loss_of_function_is_a_result_with_a_complement(text, outcome, value):
    found = [f for f in figures(text) if f.outcome == outcome]
    assert found and found[0].value == value
    assert _complements()[outcome] in {"erectile function preserved", "continence preserved"}
