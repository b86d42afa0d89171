"""An alarm limit is not the monitored parameter's value; a French gauge is never a lumen."""

from __future__ import annotations

import pytest

from panelproof.extract.parameters import find_parameters


def _read(text: str, language: str = "en") -> list[tuple[str, float | None, float | None]]:
    return [(m.value.name, m.value.low, m.value.high) for m in find_parameters(text, language)]


@pytest.mark.parametrize(("text", "language"), [
    ("Low reservoir alarm | 1.5 ml", "en"),
    ("Reservoir nearly empty warning at 4 ml", "en"),
    ("An alert sounds when the reservoir holds less than 2 ml", "en"),
    ("Alarme de réservoir presque vide : 3 ml", "fr"),
    ("Allarme serbatoio quasi vuoto 2 ml", "it"),
    ("Tidal volume low alarm 10 ml", "en"),
])
def test_alarm_limit_is_not_the_parameter(text: str, language: str) -> None:
    assert [r for r in _read(text, language) if "alarm" not in r[0]] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Reservoir volume 20 ml", ("reservoir_volume", 20.0, 20.0)),
    # an alarm named in another item of the same sentence leaves the value alone
    ("Audible alarms and tidal volume 2-300 ml", ("tidal_volume", 2.0, 300.0)),
    ("Alarm log; tidal volume 5-150 ml", ("tidal_volume", 5.0, 150.0)),
])
def test_values_beside_unrelated_alarms_are_still_read(text: str, expected) -> None:
    assert expected in _read(text)


@pytest.mark.parametrize(("text", "language"), [
    ("Inner diameter 2,5 Fr", "en"),
    ("Lumen | 3 Fr", "en"),
    ("Innendurchmesser 4 Ch", "de"),
    ("a 6 Fr lumen", "en"),
])
def test_french_gauge_is_never_an_inner_diameter(text: str, language: str) -> None:
    assert [r for r in _read(text, language) if r[0] == "inner_diameter"] == []


def test_gauge_still_reads_as_outer_diameter_and_mm_as_lumen() -> None:
    assert _read("Outer diameter 6 Fr")[0][0] == "outer_diameter"
    assert _read("Internal diameter 0.6 mm") == [("inner_diameter", 0.6, 0.6)]
