"""Parameter terms written hyphenated, and cells or sentences with two labelled values."""

import pytest

from panelproof.extract.parameters import find_parameters


def _read(text: str, language: str = "en") -> list[tuple[str, float | None, float | None]]:
    return [(m.value.name, m.value.low, m.value.high) for m in find_parameters(text, language)]


@pytest.mark.parametrize(("text", "name"), [
    ("Flow-rate range 10-150 ml/min", "infusion_rate"),
    ("Delivery-rate: 5 to 100 ml/h", "infusion_rate"),
    ("The tidal-volume is 20-300 ml", "tidal_volume"),
])
def test_a_hyphenated_term_names_its_parameter(text: str, name: str) -> None:
    assert [r[0] for r in _read(text)] == [name]


@pytest.mark.parametrize(("text", "language"), [
    ("Balloon volume: anterior max. 20 ml; posterior max. 8 ml", "en"),
    ("Cuff volume left 5 ml, right 7 ml", "en"),
    ("Shaft diameter 8 mm proximal, 6 mm distal", "en"),
    ("Balloon volume up to 25 ml (adults), up to 12 ml (children)", "en"),
    ("Ballonvolumen: vorne bis 20 ml, hinten bis 8 ml", "de"),
    ("Volume du ballonnet : postérieur 8 ml, antérieur 20 ml", "fr"),
])
def test_two_labelled_values_are_not_one_parameter(text: str, language: str) -> None:
    assert _read(text, language) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Balloon volume up to 10 ml", [("balloon_volume", None, 10.0)]),
    ("Balloon volume 10-30 ml, inflate slowly over 20 s", [("balloon_volume", 10.0, 30.0)]),
    ("Balloon volume 8 ml (posterior)", [("balloon_volume", 8.0, 8.0)]),
    ("Flow rate 1-200 ml/h; bolus 5 ml", [("infusion_rate", 1.0, 200.0), ("bolus_volume", 5.0, 5.0)]),
])
def test_one_value_or_unlabelled_values_are_still_read(text: str, expected: list) -> None:
    assert _read(text) == expected
