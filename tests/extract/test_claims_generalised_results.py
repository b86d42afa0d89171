"""A results sentence that generalises its follow-up to a longer horizon is a long-term claim."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract.claims import analyse, extrapolated_follow_up
from panelproof.pipeline import run_check


@pytest.mark.parametrize("sentence, months", [
    ("The 6-month outcomes of the VX-2 cohort demonstrate a stable visual acuity gain over the "
     "lifetime of the lens, i.e. at least 25 years.", 6),
    ("Two-year follow-up data from the registry indicate that the fixation stays stable for at least "
     "12 years.", 24),
    ("The 18-month results prove permanent correction of the curvature.", 18),
    ("Data after 9 months show that pain relief persists throughout the lifetime of the implant.", 9),
    ("Les données à 2 ans confirment une fixation stable pendant au moins 10 ans.", 24),
    ("Die 6-Monats-Ergebnisse belegen eine stabile Fixierung über mindestens 8 Jahre.", 6),
    ("I risultati a 24 mesi confermano la stabilità dell'impianto per almeno 15 anni.", 24),
    ("Los resultados a 12 meses demuestran una fijación estable durante al menos 10 años.", 12),
])
def test_a_result_generalised_to_a_longer_horizon_is_a_claim_with_its_follow_up(sentence: str, months: int) -> None:
    claim = analyse(sentence)
    assert claim is not None
    assert claim.reported_follow_up is not None and claim.reported_follow_up[0] == months


@pytest.mark.parametrize("sentence", [
    "At 12 months, visual acuity was stable in 38 of 40 eyes.",
    "Results at 6 months showed stable fixation in all patients.",
    "The 5-year results show implant survival of 96 % at 5 years.",
    "The 10-year results confirm survival at 10 years.",
    "The 12-month results show stable fixation; long-term durability remains to be demonstrated.",
])
def test_a_plain_result_claims_no_longer_horizon(sentence: str) -> None:
    assert extrapolated_follow_up(sentence) is None


def test_cl004_reports_the_generalised_result_with_its_own_follow_up(tmp_path: Path) -> None:
    (tmp_path / "CER.md").write_text(
        "# Clinical Evaluation Report – CochleoFix\n\n## Results\n\n"
        "The nine-month results of study CF-02 show stable speech perception over the whole life of "
        "the implant, that is at least 30 years.\n", encoding="utf-8")
    result = run_check([tmp_path], workers=1)
    findings = [f for f in result.findings if f.rule == "CL004"]
    assert len(findings) == 1
    assert "9-month data" in findings[0].message
    assert findings[0].locations[0].quote.startswith("The nine-month results of study CF-02")
