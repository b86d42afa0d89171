"""EV004 helpers: qualified outcome abbreviations, short periods, quantities a parenthesis lists,
and the event the parameters of one outcome line share."""

import pytest

from panelproof.rules.evidence._outcome_match import (_months, outcome_parts, outcome_stems, parenthesis_quantities,
                                                      shared_stems)


@pytest.mark.parametrize(("abbreviated", "spelt"), [
    ("3-yr bPFS 88 %", "Biochemical progression-free survival"),
    ("rPFS 41 % at 2 yrs", "Radiographic progression-free survival"),
    ("12-mo TLR 4.2 %", "Target lesion revascularisation"),
])
def test_qualified_abbreviation_reads_as_its_long_form(abbreviated, spelt):
    assert outcome_stems(spelt) <= outcome_stems(abbreviated)


@pytest.mark.parametrize(("text", "months"), [
    ("TLR at 6 mos", 6.0), ("MACE at 18 mths", 18.0), ("DFS at 5 yrs", 60.0), ("healing at 12 wks", 12 / 4.348),
])
def test_short_periods_are_time_points(text, months):
    assert _months(text) == pytest.approx(months)


@pytest.mark.parametrize(("text", "count"), [
    ("Haemodynamic fidelity (resonant freq., damping ratio)", 2),
    ("Lung function (FEV1, FVC) at 12 months", 2),
    ("Qualité optique (sensibilité aux contrastes et éblouissement)", 2),
])
def test_parenthesis_listing_quantities(text, count):
    assert len(parenthesis_quantities(text)) == count


@pytest.mark.parametrize("text", [
    "Biochemical PFS (Phoenix) at 5 yrs", "SSI rate (CDC criteria)", "Technical success (≥ 95 %)",
    "Stent migration (core lab)",
])
def test_parenthesis_naming_one_thing_lists_no_quantities(text):
    assert parenthesis_quantities(text) == []


def test_parameters_sharing_an_event():
    assert shared_stems(outcome_parts("Seroma / wound-bed seroma at 14 days")) == outcome_stems("seroma")
    assert shared_stems(outcome_parts("Pad weight; Stamey grade")) == set()
