"""Ages read from a literature table's age column, whose header gives the unit."""

import pytest

from panelproof.extract.evidence import age_column, entry_from_row, column_roles
from panelproof.rules.evidence.EV006_evidence_context_mismatch import context_values


@pytest.mark.parametrize(("header", "expected"), [
    (("Study", "Age (years)"), (1, "years")),
    (("Étude", "Âge (ans)"), (1, "ans")),
    (("Studie", "Alter [Jahre]"), (1, "Jahre")),
    (("Ref", "Mean age"), (1, "years")),
    (("Ref", "Età media"), (1, "years")),
    (("Ref", "Age (months)"), (1, "months")),
    (("Ref", "Agent"), None),
    (("Ref", "Page"), None),
    (("Ref", "Age-related outcome"), None),
])
def test_age_column(header, expected):
    assert age_column(header) == expected


@pytest.mark.parametrize(("header", "row", "groups"), [
    (("Study", "n", "Age (years)", "Follow-up"), ("Rossi 2019", "84", "54-81", "12 months"), {"adults", "elderly"}),
    (("Study", "n", "Age (years)", "Follow-up"), ("Meyer 2021", "120", "mean 61", "6 months"), {"adults"}),
    (("Study", "n", "Age (years)", "Follow-up"), ("Lund 2020", "40", "61 ± 9", "6 months"), {"adults"}),
    (("Étude", "n", "Âge (ans)", "Suivi"), ("Fauroux 2020", "46", "1-17", "12 mois"), {"children"}),
    (("Study", "n", "Age (months)", "Follow-up"), ("Kim 2022", "30", "3-18", "6 months"), {"infants"}),
])
def test_groups_from_age_column(header, row, groups):
    entry = entry_from_row(row, column_roles(header), frozenset({3}), age_column(header))
    assert groups <= set(entry.population_groups)
    assert set(entry.population_groups) <= groups | {"adolescents", "infants", "children"}


@pytest.mark.parametrize(("text", "values"), [
    ("severe primary (degenerative) or secondary (functional) mitral regurgitation",
     {"primary_regurgitation", "secondary_regurgitation"}),
    ("Functional MR in heart failure", {"secondary_regurgitation"}),
    ("insuffisance mitrale primaire ou secondaire", {"primary_regurgitation", "secondary_regurgitation"}),
    ("hochgradige sekundäre Mitralinsuffizienz", {"secondary_regurgitation"}),
    ("The primary endpoint was MR reduction to 2+", set()),
    ("NYHA functional class III with mitral regurgitation", set()),
    ("levonorgestrel intrauterine system 52 mg", {"levonorgestrel"}),
    ("copper IUD (TCu380A)", {"copper"}),
    ("Irinotecan-loaded beads (DEBIRI)", {"irinotecan"}),
    ("unresectable hepatocellular carcinoma (HCC)", {"hepatocellular_carcinoma"}),
    ("metastasi epatiche da carcinoma del colon-retto", {"liver_metastases"}),
    ("liver function tests and hepatic enzymes", set()),
])
def test_disease_forms_and_drugs(text, values):
    named = {v for _, v in context_values(text)}
    assert named & {"primary_regurgitation", "secondary_regurgitation", "levonorgestrel", "copper", "irinotecan",
                    "doxorubicin", "hepatocellular_carcinoma", "liver_metastases"} == values
