"""PL004: a rate a device delivers or alarms at against the age-normal heart rate of the
youngest patients it claims: a pacemaker whose pacing rate cannot reach an infant's heart rate
(written as ppm, /min, min-1, bpm; table or prose) and an apnoea monitor whose default
bradycardia alarm limit lies below the neonatal bradycardia threshold."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract.parameters import find_parameters
from panelproof.pipeline import run_check


def _pl004(tmp_path: Path, files: dict[str, str]):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == "PL004"]


@pytest.mark.parametrize(("text", "high"), [
    ("Pacing rate 30 to 120 ppm", 120.0),
    ("Base rate: 40-130 min-1", 130.0),
    ("The basic rate is adjustable from 30 to 110 /min.", 110.0),
    ("| Lower rate | 35 - 125 bpm |", 125.0),
])
def test_pacing_rate_read_in_pulses_per_minute(text, high):
    (match,) = [m for m in find_parameters(text, "en") if m.value.name == "pacing_rate"]
    assert match.value.high == high


def test_ozone_ppm_is_still_a_concentration():
    (match,) = find_parameters("Ozone concentration 0.05 ppm", "en")
    assert match.value.name == "ozone_concentration"


PACER_PURPOSE = ("# Instructions for use\n\n## Intended purpose\n\nThe CardioBridge external "
                 "temporary pacemaker is intended for temporary cardiac pacing of {who}.\n\n"
                 "## Specifications\n\n{spec}\n")


@pytest.mark.parametrize("spec", [
    "| Parameter | Value |\n| --- | --- |\n| Pacing rate | 30 - 120 ppm |",
    "The pacing rate can be programmed between 40 and 125 min-1.",
    "- Base rate: 30 to 115 /min (asynchronous and demand modes)",
])
def test_pacemaker_that_cannot_pace_an_infant(tmp_path, spec):
    (finding,) = _pl004(tmp_path, {"IFU_en.md": PACER_PURPOSE.format(
        who="newborns, infants, children and adults after cardiac surgery", spec=spec)})
    assert finding.severity.value == "major"


@pytest.mark.parametrize(("who", "spec"), [
    # reaches an infant's rate
    ("newborns, infants, children and adults after cardiac surgery",
     "| Parameter | Value |\n| --- | --- |\n| Pacing rate | 30 - 200 ppm |"),
    # adults only: 120 ppm is enough
    ("adults with symptomatic bradycardia", "The pacing rate can be programmed between 30 and 120 ppm."),
])
def test_pacemaker_without_finding(tmp_path, who, spec):
    assert _pl004(tmp_path, {"IFU_en.md": PACER_PURPOSE.format(who=who, spec=spec)}) == []


MONITOR = ("# Instructions for use\n\n## Intended purpose\n\nThe NestGuard apnoea monitor "
           "watches breathing and heart rate of {who} at home.\n\n## Technical data\n\n{spec}\n")


@pytest.mark.parametrize("spec", [
    "| Setting | Value |\n| --- | --- |\n| Low heart rate alarm | default 55 bpm (range 40 - 90 bpm) |",
    "The bradycardia alarm limit is preset to 60 /min and may be changed by the physician.",
])
def test_monitor_default_alarm_below_neonatal_threshold(tmp_path, spec):
    findings = _pl004(tmp_path, {"IFU_en.md": MONITOR.format(
        who="newborns and infants from birth to 6 months", spec=spec)})
    assert len(findings) == 1


def test_monitor_default_alarm_at_threshold(tmp_path):
    assert _pl004(tmp_path, {"IFU_en.md": MONITOR.format(
        who="newborns and infants from birth to 6 months",
        spec="| Setting | Value |\n| --- | --- |\n| Low heart rate alarm | default 90 bpm (range 60 - 100 bpm) |")}) == []
