"""A step stated for a setting ("bolus in steps of 0.05 U") is that setting's step parameter
(vocabulary/parameters.yaml `step_of`), read in insulin units ("U", "IU", "units", "UI",
"Einheiten"), not another setting's step ("the basal rate in steps of 0.01 U/h")."""

import pytest

from panelproof.extract.parameters import find_parameters, step_parameters, step_phrases, without_steps


def _steps(text: str, language: str = "en"):
    steps = step_phrases(text)
    matches = step_parameters(text, steps, language)
    return [(m.value.name, m.value.low) for m in matches]


@pytest.mark.parametrize(("text", "language", "value"), [
    ("Bolus doses of 0.1-25 U can be delivered in steps of 0.05 U.", "en", 0.05),
    ("The meal bolus is programmable in increments of 0.1 IU.", "en", 0.1),
    ("A correction bolus is given in 0.025 unit steps.", "en", 0.025),
    ("Bolus step: 0.5 units", "en", 0.5),
    ("Le bolus est programmable par paliers de 0,1 UI.", "fr", 0.1),
    ("Der Bolus ist in Schritten von 0,05 Einheiten einstellbar.", "de", 0.05),
    ("Il bolo è programmabile con incrementi di 0,1 U.", "it", 0.1),
])
def test_bolus_step(text, language, value):
    assert _steps(text, language) == [("bolus_increment", pytest.approx(value))]


@pytest.mark.parametrize("text", [
    "The basal rate can be set in steps of 0.01 U/h.",            # a rate's step
    "Bolus in steps of 0.5 ml; flow rate 0.1-999 ml/h.",            # a volume, not insulin
    "The bolus is given after meals; the basal rate in steps of 0.1 U.",  # the basal rate's step
])
def test_not_a_bolus_step(text):
    assert _steps(text) == []


def test_labelled_bolus_increment_read_as_parameter():
    found = find_parameters(without_steps("Bolus increment | 0.5 U"), "en")
    assert [(m.value.name, m.value.low) for m in found] == [("bolus_increment", 0.5)]
