"""SI005: a permission above the limit a warning of the same document sets."""

import pytest

from panelproof.rules.safety.SI005_instruction_exceeds_stated_limit import (
    limit_values, permitted_values, relative_increase_over_limit)


@pytest.mark.parametrize("sentence, number, unit", [
    ("Never leave the nasal prongs in place longer than 6 hours without checking the skin.", 6, "hour"),
    ("The maximum balloon filling volume is 30 ml.", 30, "milliliter"),
    ("Ne pas dépasser une pression de 250 mmHg.", 250, "mmHg"),
    ("Die Elektrode darf 30 Minuten nicht überschreiten.", 30, "minute"),
    ("Il tempo di applicazione non deve superare 20 min.", 20, "minute"),
    ("Application time 45 min maximum.", 45, "minute"),
])
def test_limits_in_several_languages(sentence, number, unit):
    values = limit_values(sentence)
    assert [(v.number, v.unit) for v in values][:1] == [(number, unit)]


def test_a_limit_with_two_values_keeps_both():
    values = limit_values("Do not exceed 90 minutes on the arm or 120 minutes on the thigh.")
    assert sorted(v.number for v in values) == [90, 120]


@pytest.mark.parametrize("sentence", [
    "The balloon can be filled with up to 40 ml of saline.",
    "L'électrode peut rester en place jusqu'à 12 heures.",
    "Der Ballon darf bis zu 45 ml gefüllt werden.",
])
def test_permissions(sentence):
    assert permitted_values(sentence)


@pytest.mark.parametrize("sentence", [
    "The balloon must not be filled with more than 30 ml.",   # a limit, not a permission
    "Fill the balloon to the maximum of 30 ml.",
    "The balloon was filled with 40 ml in the study.",         # no permission word
])
def test_not_permissions(sentence):
    assert permitted_values(sentence) == []


@pytest.mark.parametrize("sentence", [
    "Inflate the cuff with the maximum volume, then add a further 50 % to ensure the seal; a manometer is not needed.",
    "If leaks persist, raise the pressure by 20% above the set limit.",
    "For large patients, double the maximum fill volume.",
    "Füllen Sie den Ballon mit dem maximalen Volumen und geben Sie weitere 30 % hinzu.",
    "Gonfler le ballonnet au volume maximal, puis ajouter encore 20 % pour assurer l'étanchéité.",
    "The pressure may exceed the limit by 15 cmH2O during coughing.",
])
def test_relative_increase_over_the_maximum(sentence):
    assert relative_increase_over_limit(sentence)


@pytest.mark.parametrize("sentence", [
    "Inflate the cuff to the maximum of 7 ml.",                    # at the limit, not beyond
    "Never add a further 10 % above the maximum volume.",          # a prohibition
    "Add a further 5 ml of saline to flush the line.",             # no maximum as its base
    "Increase the flow by 10 % if the saturation falls.",          # no maximum as its base
])
def test_not_a_relative_increase_over_the_maximum(sentence):
    assert relative_increase_over_limit(sentence) is None
