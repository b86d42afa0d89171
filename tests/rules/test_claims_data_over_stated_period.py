"""Data said to show an outcome over a stated long period claim that period (CL004 reads the
data's own follow-up from the study it names); a results window or a study's period does not."""

from __future__ import annotations

import pytest

from panelproof.extract.claims import analyse, claim_horizon_months


@pytest.mark.parametrize("text, months", [
    ("The LUMA-2 data demonstrate complete degradation of the screw without osteolysis over the "
     "full degradation period of 18 to 24 months.", 24),
    ("Study AB-2 confirms freedom from reintervention over the remaining life of the implant.", 120),
    ("The registry results show that the membrane keeps its barrier function throughout the "
     "entire resorption phase of 6 months.", 6),
])
def test_data_shown_over_a_stated_period_is_a_claim_with_that_horizon(text, months):
    claim = analyse(text)
    assert claim is not None
    assert claim_horizon_months(claim.text)[0] == months


@pytest.mark.parametrize("text", [
    "The registry showed 3 explants during the first 12 months.",
    "No reaction was seen during the study period of 12 months.",
    "Over the follow-up period of 2 years, the study recorded 4 revisions.",
    "The PIVOT study demonstrated fusion in 92 % of patients at 24 months.",
])
def test_a_results_window_or_a_study_period_is_no_claim(text):
    assert analyse(text) is None


def test_cl004_reports_a_stated_period_longer_than_the_named_study():
    from tests.rules.test_claim import base, claim, evidence
    from panelproof.rules.claim.CL004_long_term_short_follow_up import LongTermClaimShortFollowUp

    text = ("The LUMA-2 data demonstrate complete degradation of the screw without osteolysis over "
            "the full degradation period of 18 to 24 months.")
    short = base(claim(text), evidence("LUMA-2 prospective single-arm study, 48 patients", months=12))
    assert len(list(LongTermClaimShortFollowUp().check(short))) == 1
    long_enough = base(claim(text), evidence("LUMA-2 prospective single-arm study, 48 patients", months=30))
    assert list(LongTermClaimShortFollowUp().check(long_enough)) == []
