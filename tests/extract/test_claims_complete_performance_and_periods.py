"""Absolute performance claims ("detects 100 %", "identifies all"), claims of no effect over a
stated period ("during the 24-36 months of resorption") and their horizons."""

from __future__ import annotations

import pytest

from panelproof.extract.claims import absolute_hits, analyse, claim_horizon_months
from panelproof.rules.claim.CL005_claim_contradicts_results import figures


@pytest.mark.parametrize("sentence", [
    "The capsule detects 100 % of bleeding sites in the small intestine.",
    "The software reliably identifies all malignant nodules on low-dose CT.",
    "The patch recognises every episode of atrial fibrillation.",
    "The monitor offers 100 % sensitivity for obstructive apnoea.",
    "Le logiciel détecte toutes les fractures du poignet.",
    "Das System erkennt jede Hypoglykämie rechtzeitig.",
])
def test_complete_performance_is_an_absolute_claim(sentence: str) -> None:
    claim = analyse(sentence)
    assert claim is not None and claim.absolute
    assert any(entry["id"] == "complete_performance" for entry, _ in absolute_hits(sentence))


@pytest.mark.parametrize("sentence", [
    "The software does not detect all nodules smaller than 4 mm.",
    "The capsule detects bleeding sites in the small intestine.",
])
def test_no_complete_performance(sentence: str) -> None:
    assert not any(entry["id"] == "complete_performance" for entry, _ in absolute_hits(sentence))


@pytest.mark.parametrize(("sentence", "value"), [
    ("The reader finds all cerebral aneurysms larger than 3 mm.", 100.0),
    ("The capsule detects 100 % of bleeding sites.", 100.0),
    ("The algorithm has a sensitivity of 91 % for atrial fibrillation.", 91.0),
])
def test_claimed_detection_rate(sentence: str, value: float) -> None:
    found = [f for f in figures(sentence, universal=True) if f.outcome == "detection"]
    assert found and found[0].value == value


def test_universal_wording_is_no_result_figure() -> None:
    assert not figures("All lesions were detected by the two readers.")


@pytest.mark.parametrize(("sentence", "months"), [
    ("No late inflammatory reactions occur during the 24–36 months of resorption.", 36),
    ("The screws cause no foreign-body reactions throughout the 2-year resorption.", 24),
    ("No delayed swelling develops over the 3 years until complete degradation.", 36),
    ("Aucune réaction inflammatoire tardive ne survient pendant les 18 à 24 mois de la résorption.", 24),
    ("Während der 24–36 Monate der Resorption treten keine späten Entzündungsreaktionen auf.", 36),
])
def test_absence_over_a_stated_period_is_a_claim_with_that_horizon(sentence: str, months: int) -> None:
    claim = analyse(sentence)
    assert claim is not None and claim.kind == "safety"
    horizon = claim_horizon_months(sentence)
    assert horizon is not None and horizon[0] == months


@pytest.mark.parametrize("sentence", [
    "No foreign-body reaction was observed over 12 months of follow-up.",
    "Over the 12 months of follow-up, two patients had a seroma.",
])
def test_follow_up_periods_are_no_horizon(sentence: str) -> None:
    assert claim_horizon_months(sentence) is None
