"""Ages in days, weeks and months in evidence cells give the right population groups, and a
postnatal age never implies preterm neonates (a gestational age at birth)."""

import pytest

from panelproof.extract.evidence import population_groups
from panelproof.extract.model import PopulationBound
from panelproof.rules.evidence.EV002_population_without_data import admitted_classes


@pytest.mark.parametrize("text", [
    "Adults and children (64, aged 9 d-17 y)",
    "aged 9 days to 17 years",
    "age range 9 days–17 years",
    "64 children, 2 wk-17 y",
    "Kinder im Alter von 9 Tagen bis 17 Jahren",
    "enfants âgés de 9 jours à 17 ans",
    "niños de 9 días a 17 años",
    "children from 9 days of age",
])
def test_lower_bound_in_days_is_neonates(text):
    groups = population_groups(text)
    assert "neonates" in groups and "infants" in groups
    assert "preterm_neonates" not in groups


@pytest.mark.parametrize("text, youngest", [
    ("age 3 mo-17 y", "infants"),
    ("3 mo - 12 y", "infants"),
    ("children aged 2-17 y", "children"),
])
def test_lower_bound_in_months_or_years(text, youngest):
    groups = population_groups(text)
    assert youngest in groups and "neonates" not in groups


@pytest.mark.parametrize("text", [
    "ventilation for 3-5 days",
    "MACE at 30 d",
    "follow-up 9 d to 12 mo",
    "3 d of ventilation in 12 adults",
])
def test_durations_in_days_are_not_ages(text):
    assert not {"neonates", "infants", "children"} & set(population_groups(text))


def test_age_bound_in_days_admits_neonates_not_preterm():
    bound = PopulationBound(dimension="age", low=9 / 365.25)
    classes = admitted_classes(bound)
    assert "neonates" in classes and "preterm_neonates" not in classes
    assert "preterm_neonates" in admitted_classes(bound, ("preterm_neonates",))


def test_weight_bound_still_admits_preterm_neonates():
    assert "preterm_neonates" in admitted_classes(PopulationBound(dimension="weight", low=0.5))
