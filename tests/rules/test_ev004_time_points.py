"""EV004 reads a criterion's time point in many spellings and compares it in months."""

import pytest

from panelproof.rules.evidence._outcome_match import _NOT_A_RESULT, _months


@pytest.mark.parametrize(("text", "months"), [
    ("Mean endothelial cell loss at 36 months ≤ 6 %", 36),
    ("36-month endothelial cell loss", 36),
    ("endothelial cell loss after 36 mo", 36),
    ("endothelial cell loss at 3 years", 36),
    ("perte de cellules endothéliales à 3 ans", 36),
    ("Endothelzellverlust nach 36 Monaten", 36),
    ("perdita di cellule endoteliali a 3 anni", 36),
    ("pérdida de células endoteliales a los 36 meses", 36),
    ("wound closure at 12 weeks", 12 / 4.348),
])
def test_time_point_in_months(text, months):
    assert _months(text) == pytest.approx(months, rel=0.01)


def test_no_time_point():
    assert _months("Mean endothelial cell loss versus baseline ≤ 6 %") is None


@pytest.mark.parametrize("text", [
    "Endothelial cell density will be measured at 12 months and annually thereafter.",
    "ECL at 36 months is planned in the PMCF study.",
    "Der Endothelzellverlust wird nach 36 Monaten bestimmt.",
])
def test_plans_are_not_results(text):
    assert _NOT_A_RESULT.search(text)


@pytest.mark.parametrize("text", [
    "Mean endothelial cell loss was 5.6 % at 36 months.",
    "Der Endothelzellverlust betrug nach 36 Monaten 5,6 %.",
])
def test_results_are_results(text):
    assert not _NOT_A_RESULT.search(text)
