"""Tolerances under labels the vocabulary does not know ("± 0.3 °C" after "accuracy")."""

import pytest

from panelproof.extract.parameters import tolerance_values


@pytest.mark.parametrize("text, language, value, unit", [
    ("Oxygen saturation accuracy (70–100 %, no motion) | ±2 %", "en", 2.0, "percent"),
    ("Tympanic temperature accuracy ± 0.3 °C", "en", 0.3, "degC"),
    ("Messgenauigkeit der Temperatur: +/- 0,5 °C", "de", 0.5, "degC"),
    ("Précision de la fréquence cardiaque : ± 3 bpm", "fr", 3.0, "1/minute"),
    ("The pressure measurement error is within plus or minus 4 mmHg.", "en", 4.0, "mmHg"),
])
def test_a_tolerance_after_an_accuracy_label_is_read(text, language, value, unit):
    found = tolerance_values(text, language)
    assert len(found) == 1
    assert found[0].value.name.startswith("tolerance:")
    assert (found[0].value.low, found[0].value.high, found[0].value.unit) == (value, value, unit)


def test_one_tolerance_written_three_ways_is_one_parameter_and_value():
    written = ["Flow sensor accuracy: ±5%", "Flow sensor accuracy | ± 5 %", "Flow sensor accuracy +/- 5 %"]
    values = {(m.value.name, m.value.low) for t in written for m in tolerance_values(t, "en")}
    assert values == {("tolerance:flow sensor accuracy", 5.0)}


def test_the_measuring_condition_keeps_two_tolerances_apart():
    rest = tolerance_values("SpO2 accuracy (70–100 %, no motion) | ±2 %", "en")[0].value.name
    motion = tolerance_values("SpO2 accuracy (70–100 %, motion) | ±3 %", "en")[0].value.name
    cell = tolerance_values("SpO2 accuracy | 70–100 %, no motion | ±2 %", "en")[0].value.name
    assert rest != motion
    assert rest == cell


@pytest.mark.parametrize("text", [
    "Store at 37 ± 2 °C.",                       # a nominal value with its tolerance, no label
    "Patients weighing 5 kg ± 2 kg were included.",
    "Cuff pressure ± 5 cmH2O around the set value",  # no accuracy word in the label
])
def test_no_tolerance_without_an_accuracy_label(text):
    assert tolerance_values(text, "en") == []
