"""Claims (s16ab): PMCF purposes and labelled instructions claim nothing; a number of years
before a service life is a horizon; halting a disease "in every treated eye" is an absolute,
permanent claim."""

from __future__ import annotations

import pytest

from panelproof.extract.claims import analyse, claim_horizon_months


@pytest.mark.parametrize("text", [
    "PMCF consists of a 7-year registry of adults and adolescents to assess long-term stability.",
    "A post-market cohort study of 250 knees set up to confirm durable fixation over 10 years.",
    "The PMCF study, with 300 patients followed for 5 years, is designed to evaluate long-term patency.",
    "The PMCF registry confirms the long-term complication rates in Europe.",
    "Our post-market clinical follow-up monitors long-term seal durability in all centres.",
    "Le SCAC repose sur un registre de 5 ans pour confirmer la stabilité à long terme chez 400 patients.",
    "Ein Register über 10 Jahre zur Bestätigung der Langzeitstabilität wird in der EU geführt.",
])
def test_a_pmcf_activity_and_its_purpose_claims_nothing(text):
    assert analyse(text) is None


@pytest.mark.parametrize("text", [
    "Registry data from 600 patients were used to confirm durable sealing over 10 years.",
    "PMCF data confirm durable sealing over 10 years.",
])
def test_results_of_a_registry_stay_claims(text):
    claim = analyse(text)
    assert claim is not None and claim_horizon_months(text)[0] == 120


@pytest.mark.parametrize("text", [
    "At night: keep the unit on the bedside table and call the ward if the amber alarm stays lit.",
    "While showering - keep the dressing dry and protect the tubing from water.",
    "After discharge: maintain the compression and ensure that the seal is intact every morning.",
])
def test_a_labelled_instruction_claims_nothing(text):
    assert analyse(text) is None


def test_a_labelled_statement_stays_a_claim():
    assert analyse("Benefit: the dressing keeps the wound bed moist for 7 days.") is not None


@pytest.mark.parametrize("text, months", [
    ("The study results confirm stable pacing thresholds over a 14-year service life.", 168),
    ("Clinical data demonstrate freedom from revision across its 15-year lifespan.", 180),
    ("The registry confirms reliable stimulation throughout an 8 year battery life.", 96),
])
def test_a_number_of_years_before_a_service_life_is_a_horizon(text, months):
    claim = analyse(text)
    assert claim is not None
    assert claim_horizon_months(text)[0] == months


@pytest.mark.parametrize("text", [
    "The treatment permanently arrests myopia progression in every treated eye.",
    "The implant halts disease progression in all treated knees for life.",
    "Die Behandlung stoppt die Progression dauerhaft bei allen behandelten Patienten.",
    "Le traitement arrête définitivement la progression dans chaque œil traité.",
])
def test_halting_progression_for_every_case_is_absolute_and_long_term(text):
    claim = analyse(text)
    assert claim is not None and claim.absolute
    assert claim_horizon_months(text)[0] >= 24  # "dauerhaft" reads as long-term (24 months)


def test_cl004_and_cl002_report_permanent_arrest_on_short_data():
    from tests.rules.test_claim import base, claim, evidence
    from panelproof.rules.claim.CL002_absolute_claim import AbsoluteClaim
    from panelproof.rules.claim.CL004_long_term_short_follow_up import LongTermClaimShortFollowUp

    text = "Cross-linking with the lamp permanently arrests ectasia progression in every treated eye."
    facts = base(claim(text), evidence("XL-3 randomised trial, 120 eyes", months=12))
    assert len(list(LongTermClaimShortFollowUp().check(facts))) == 1
    assert len(list(AbsoluteClaim().check(facts))) == 1

