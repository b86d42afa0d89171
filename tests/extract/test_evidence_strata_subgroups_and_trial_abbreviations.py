"""Results split by risk stratum cover each stratum; abbreviated trial designs name studies."""

import pytest

from panelproof.extract.evidence import prose_entry, risk_strata


@pytest.mark.parametrize(("text", "expected"), [
    ("Freedom from reintervention at 2 years: 96 % (low risk), 90 % (intermediate).", {"low", "intermediate"}),
    ("Mortality in high-risk patients 7.1 %; intermediate: 3.2 %", {"high", "intermediate"}),
    ("Event-free survival: low risk 94 %, moderate 88 %, high 79 %", {"low", "intermediate", "high"}),
    ("Cohort of 210 men, low/int risk, median follow-up 5 years", {"low", "intermediate"}),
])
def test_results_split_by_stratum_cover_each_stratum(text, expected):
    assert risk_strata(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a level word without a stratum named in the text is no stratum
    ("Complication rate was low (3 %).", set()),
    # "(low 3 %)": a value of the high-risk cohort, not a low-risk subgroup
    ("Success 97 % in 120 high-risk patients (low 3 % conversion)", {"high"}),
])
def test_level_words_alone_name_no_stratum(text, expected):
    assert risk_strata(text) == expected


@pytest.mark.parametrize(("text", "groups"), [
    ("Use in adolescents rests on three RCTs from the literature (n = 342).", {"adolescents"}),
    ("A meta-analysis of 11 trials in 1,240 children showed fewer wound infections.", {"children"}),
    ("Paediatric data: 2 RCTs, N=150, inguinal hernia repair.", {"paediatric"}),
])
def test_abbreviated_trial_designs_describe_data(text, groups):
    entry = prose_entry(text)
    assert entry is not None
    assert groups <= set(entry.population_groups)


def test_design_named_without_data_is_no_entry():
    assert prose_entry("An RCT design is preferred for the PMCF study.") is None
