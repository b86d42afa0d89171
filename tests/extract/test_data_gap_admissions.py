"""A CER admitting that no data cover a group (evidence_subjects.yaml `data_gap_admissions`)."""

import pytest

from panelproof.extract.evidence import names_minors_by_age, not_studied


@pytest.mark.parametrize("text", [
    "No patients under 16 were enrolled in the pivotal investigation.",
    "no paediatric patients between 2 months and 17 years were included in either study",
    "None of the trials retained enrolled any children.",
    "None of the publications identified includes patients younger than 18 years.",
    "Clinical data in adolescents are lacking.",
    "Evidence for infants with a body weight below 5 kg is still missing.",
    "Aucun enfant de moins de 12 ans n'a été inclus dans l'étude.",
    "Keine der Studien schloss Kinder ein.",
])
def test_admissions_read(text):
    assert not_studied(text)


@pytest.mark.parametrize("text", [
    "92 adults aged 19-68 years were included.",
    "Children from 12 years were included in the second cohort (n = 40).",
    "Data in children are reported in Table 4.",
])
def test_no_admission(text):
    assert not not_studied(text)


@pytest.mark.parametrize(("text", "minors"), [
    ("patients younger than 18 years", True),
    ("patients under the age of 16", True),
    ("between 28 days and 17 years", True),
    ("patients de moins de 18 ans", True),
    ("patients older than 18 years", False),
    ("patients under 65 years", False),
])
def test_minors_named_by_age(text, minors):
    assert names_minors_by_age(text) is minors
