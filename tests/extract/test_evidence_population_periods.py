"""A registry's or follow-up's period is not the age of the patients studied.

"a 10-year registry of 500 patients", "data up to 10 y", "< 10 years of follow-up" must not make
the evidence population children; ages in study rows ("18–65 y", "adults") stay readable.
"""

import pytest

from panelproof.extract.evidence import population_groups

_PAEDIATRIC = {"preterm_neonates", "neonates", "infants", "children", "adolescents", "paediatric"}


@pytest.mark.parametrize("text", [
    "a 10-year registry of 500 patients",
    "registry of 500 patients with data up to 10 years",
    "Registry | 500 pts | up to 10 y",
    "registry, 500 patients, < 10 y",
    "500 pts; revision < 5 years",
    "500 patients under 10 years of follow-up",
    "40 patients ≤ 12 months post-op",
    "cohort of 300 patients over 8 years",
    "registry of 500 patients over 10 years",
    "Register über 10 Jahre mit 500 Patienten",
    "Registre de 500 patients sur 10 ans",
    "prospective study, 45 pts (12 y FU)",
])
def test_periods_are_not_paediatric_ages(text):
    assert not set(population_groups(text)) & _PAEDIATRIC


@pytest.mark.parametrize(("text", "group"), [
    ("Smith 2019 | RCT | 120 pts | 18–65 y | 24 mo", "adults"),
    ("Jones 2020 | cohort | 80 | adults | 2 yrs", "adults"),
    ("120 patients aged 18 to 65 years followed for 2 years", "adults"),
    ("mean age 54 y", "adults"),
    ("12 children aged 2-10 years", "children"),
    ("patients younger than 10 years", "children"),
    ("children < 12 y", "children"),
    ("patients under 18 years", "children"),
    ("< 12 y", "children"),
    ("adolescents 12–17 y", "adolescents"),
])
def test_ages_stay_ages(text, group):
    assert group in population_groups(text)


@pytest.mark.parametrize("text", [
    "HS-PMCF-003: extension of HS-CIP-02 to 7 years plus a 10-year registry of 500 patients.",
    "Extension of study NCT-04 and 5 years of registry data.",
])
def test_a_number_ending_a_code_is_no_age(text):
    from panelproof.extract.evidence import age_spans

    assert age_spans(text) == []
