"""EV004 reads a result cell with a test statistic, a cell listing several results, an outcome
counted from a time origin, two-letter abbreviations, and skips the time points of the intended
purpose and contraindications."""

import pytest

from panelproof.extract.evidence import follow_up_months
from panelproof.rules.evidence._outcome_match import (
    _in_purpose_section, _restates_criteria, _states_threshold, measured_stems, outcome_stems)


@pytest.mark.parametrize("cell", [
    "Mean FSS went from 5.3 to 3.6 at 6 months (P=0.004)",
    "Pain fell by 2.8 points, p < 0.001",
    "Score improved from 41 to 63 (p-value ≤ 0,01)",
])
def test_p_value_is_no_threshold(cell):
    assert not _states_threshold(cell)


@pytest.mark.parametrize("cell", ["ESS improvement ≥ 3 points", "at least 80 % (p < 0.05)", "< 5 %"])
def test_thresholds_remain_thresholds(cell):
    assert _states_threshold(cell)


def test_result_row_with_p_value_is_no_restated_criterion():
    assert not _restates_criteria("Spasms | Mean score fell from 3.0 to 1.4 (p < 0.001)")
    assert _restates_criteria("Spasms | Score reduced by ≥ 1 point at 6 months")


@pytest.mark.parametrize(("outcome", "absent"), [
    ("Median OS since enrolment", "enrol"),
    ("Residual volume ratio after treatment", "treat"),
    ("Überleben ab Randomisierung", "rando"),
    ("Survie globale depuis le diagnostic", "diagn"),
    ("Infection following implantation", "impla"),
])
def test_time_origin_is_not_the_outcome(outcome, absent):
    assert absent not in outcome_stems(outcome)
    assert outcome_stems(outcome)


def test_freedom_from_keeps_its_event():
    assert outcome_stems("Freedom from surgery at 24 months")


@pytest.mark.parametrize(("text", "stem"), [("Median OS 19.8 months", "os"), ("HF hospitalisation rate", "hf"),
                                            ("Symptomatic AF in 6.6 %", "af")])
def test_two_letter_abbreviations_are_words(text, stem):
    assert stem in measured_stems(text)


def test_capitals_throughout_and_function_words_are_not_abbreviations():
    assert "or" not in measured_stems("TOTAL OR PARTIAL RESPONSE")
    assert "or" not in measured_stems("Odds ratio 1.2, OR of death")


@pytest.mark.parametrize(("section", "expected"), [
    ("3 Intended purpose (REQ-IU)", True), ("Chapter 2 – Intended purpose", True), ("3.3 Contraindications", True),
    ("IV. Contre-indications", True), ("Zweckbestimmung", True), ("Warnings and precautions", True),
    ("6. Clinical performance and benefits", False), ("Indications and clinical results", False),
    ("5.2 Studies retained", False),
])
def test_purpose_sections(section, expected):
    assert _in_purpose_section(section) is expected


@pytest.mark.parametrize(("text", "months"), [
    ("Follow-up visits took place at 2 weeks and at 3, 6, 12 and 24 months in most patients.", 24),
    ("Patients had follow-up assessments after 1, 3, 6, 12 and 18 months.", 18),
    ("Die Nachuntersuchungen (Follow-up) erfolgten nach 1, 3, 6 und 30 Monaten bei allen Patienten.", 30),
    ("Mean follow-up was 14 months in 120 patients from 3 centres.", 14),
])
def test_follow_up_list_read_to_its_unit(text, months):
    assert follow_up_months(text) == pytest.approx(months, rel=0.01)
