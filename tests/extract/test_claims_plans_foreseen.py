"""A plan that 'foresees' or 'envisages' a study of long-term outcomes plans it; it claims no
horizon (Italian English 'prevede': 'the PMCF plan foresees a registry ...')."""

from __future__ import annotations

import pytest

from panelproof.extract.claims import analyse
from panelproof.rules.claim.CL004_long_term_short_follow_up import claim_horizon_months


@pytest.mark.parametrize("text", [
    "The PMCF plan foresees a prospective registry of 250 patients with follow-up at 12 months, "
    "dedicated to the long-term patency of the graft.",
    "The registry envisages yearly visits of all patients to follow the long-term safety of the implant.",
    "The PMCF study is dedicated to the durability of the repair over five years.",
])
def test_a_foreseen_study_claims_no_horizon(text: str) -> None:
    claim = analyse(text)
    assert claim is None or claim_horizon_months(claim.text) is None


def test_the_device_still_claims_its_long_term_result() -> None:
    horizon = claim_horizon_months("The graft keeps its long-term patency in most patients.")
    assert horizon is not None and horizon[0] == 24
