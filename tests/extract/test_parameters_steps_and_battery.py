"""Step sizes are not ranges; battery run times (totals, components, other durations); SP001
groups documents by value."""

import pytest

from panelproof.extract.model import Fact, FactKind, ParameterRange
from panelproof.extract.parameters import find_parameters, step_phrases
from panelproof.ingest.model import Location
from panelproof.ingest.normalize import normalize
from panelproof.rules.specification.SP001_parameter_ranges_differ import agree


def _found(text: str, language: str = "en") -> list[tuple]:
    norm = normalize(text).text
    return [(m.value.name, m.value.low, m.value.high) for m in find_parameters(norm, language)]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Flow rate | 0.1 to 50 ml/h in 0.1 ml/h steps", "en", ("infusion_rate", 0.1, 50)),
    ("Flow rate | in 0.1 ml/h steps from 0.1 to 50 ml/h", "en", ("infusion_rate", 0.1, 50)),
    ("Flow rate | Increments of 0.1 ml/h between 0.1 and 50 ml/h", "en", ("infusion_rate", 0.1, 50)),
    ("Flow rate from 0.1 up to 50 ml per hour", "en", ("infusion_rate", 0.1, 50)),
    ("Débit : 0,1 à 50 ml/h par pas de 0,1 ml/h", "fr", ("infusion_rate", 0.1, 50)),
    ("Förderrate: in Schritten von 0,1 ml/h zwischen 0,1 und 50 ml/h", "de", ("infusion_rate", 0.1, 50)),
    ("Velocità di infusione: da 0,1 a 50 ml/h con incrementi di 0,1 ml/h", "it", ("infusion_rate", 0.1, 50)),
    ("The amplitude is adjustable in 0.25 mA steps from 0 to 3.5 mA.", "en", ("stimulation_amplitude", 0, 3.5)),
    ("Stimulation amplitude: 0.125 to 3.0 mA in steps of 0.125 mA", "en", ("stimulation_amplitude", 0.125, 3.0)),
])
def test_a_step_is_neither_a_second_range_nor_the_lower_bound(text, language, expected):
    found = _found(text, language)
    assert len(found) == 1
    name, low, high = found[0]
    assert (name, pytest.approx(low), pytest.approx(high)) == (expected[0], expected[1], expected[2])


def test_a_label_named_increment_with_a_range_is_not_a_step():
    assert step_phrases("Bolus increment: 0.05-0.5 U") == []
    assert step_phrases("Flow rate 0.1-50 ml/h (0.1 ml/h increments)")


@pytest.mark.parametrize(("text", "language", "name", "value"), [
    ("Battery run time: internal battery 4 h + hot-swap pack 8 h (12 h total)", "en", "battery_life", 12),
    ("| Run time on battery | internal battery 4 h + hot-swap pack 4 h (8 h total) |", "en", "battery_life", 8),
    ("Internal battery 4 h + hot-swap battery 8 h = 12 h", "en", "battery_life", 12),
    ("Internal battery 4 h + external battery 6 h", "en", "battery_life", 10),
    ("Autonomie : batterie interne 4 h + batterie amovible 8 h, soit 12 h au total", "fr", "battery_life", 12),
    ("Betriebszeit im Akkubetrieb: interner Akku 4 h + Wechselakku 8 h (insgesamt 12 h)", "de", "battery_life", 12),
    ("Battery runtime: 480 minutes", "en", "battery_life", 8),
    ("Akkulaufzeit: 8 Stunden", "de", "battery_life", 8),
    ("Durata della batteria: 8 ore", "it", "battery_life", 8),
    ("Autonomía de la batería: 8 horas", "es", "battery_life", 8),
    ("Accuduur: 8 uur", "nl", "battery_life", 8),
    ("Autonomie de la batterie interne : 4 heures", "fr", "battery_life_internal", 4),
    ("Internal battery: 4 h", "en", "battery_life_internal", 4),
])
def test_battery_run_time(text, language, name, value):
    found = _found(text, language)
    assert found and found[0][0] == name and found[0][1] == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "Internal battery charging time: 6 h",
    "Charging time of the internal battery: 6 h",
    "The internal battery is fully recharged within 6 h.",
    "Battery life 5 years",
    "Charging time: 4 h",
])
def test_other_durations_near_a_battery_are_not_its_run_time(text):
    assert not [f for f in _found(text) if f[0].startswith("battery_life")]


def _fact(low, high, unit="hour", typical=False, name="battery_life") -> Fact:
    return Fact(FactKind.PARAMETER, ParameterRange(name, low, high, unit, typical=typical),
                Location("x.md", None, None, "q"))


def test_agreement_of_single_values_bounds_and_typical_values():
    assert agree(_fact(8, 8), _fact(480, 480, "minute"))
    assert agree(_fact(8, None), _fact(8, 8, typical=True))
    assert agree(_fact(6, None), _fact(8, 8))            # at least 6 h, 8 h
    assert agree(_fact(6, 6), _fact(8, 8, typical=True))  # guaranteed 6 h, typically 8 h
    assert not agree(_fact(8, 8), _fact(6, 6, typical=True))
    assert not agree(_fact(12, 12), _fact(8, 8))
    assert not agree(_fact(None, 3, "ml/s"), _fact(None, 5, "ml/s"))
    assert not agree(_fact(3, 3, "ml/s"), _fact(None, 5, "ml/s"))  # two maximums
