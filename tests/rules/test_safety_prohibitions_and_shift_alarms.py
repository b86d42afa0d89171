"""SI001 on phrasings unlike the generator's: a prohibition followed by the hazard it avoids
("...; ozone is toxic when inhaled") is the safe instruction, in several languages; alarms
switched off or silenced for a shift or a night are found in prose and in troubleshooting
table rows (problem | action), also after "if the alarm sounds ..."."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract.instructions import is_instruction
from panelproof.pipeline import run_check
from panelproof.rules.safety.common import match_hazards

_ALARM = {"disable_alarm", "silence_alarm_for_hours", "silence_alarms_permanently"}


@pytest.mark.parametrize("sentence", [
    "Never open the boot during a session; ozone is toxic when inhaled.",
    "Do not open the chamber while the generator runs: ozone is harmful if inhaled.",
    "Ne jamais ouvrir la botte pendant une séance ; l'ozone est toxique en cas d'inhalation.",
    "N'ouvrez pas la chambre pendant le traitement, l'ozone est nocif lorsqu'il est inhalé.",
    "Die Kammer während der Sitzung niemals öffnen, Ozon ist beim Einatmen giftig.",
    "Non aprire mai lo stivale durante la seduta; l'ozono è tossico se inalato.",
    "Nunca abra la bota durante la sesión; el ozono es tóxico si se inhala.",
    "Open de laars nooit tijdens een sessie; ozon is giftig bij inademing.",
    "Avoid inhaling ozone.",
])
def test_prohibition_with_its_reason_is_not_an_unsafe_instruction(sentence: str) -> None:
    assert not match_hazards(sentence)


@pytest.mark.parametrize("sentence", [
    "Breathe the ozonated air for 10 minutes.",
    # a reason in another clause does not excuse the instruction itself
    "Inhale the ozone deeply; ozone is harmful only at high doses.",
])
def test_instruction_to_inhale_ozone_is_still_reported(sentence: str) -> None:
    assert "inhale_ozone" in {m.hazard.id for m in match_hazards(sentence)}


@pytest.mark.parametrize("sentence", [
    "Switch the MAP-high alarm off for the rest of the shift",
    "If the MAP high alarm sounds repeatedly, switch the alarm off for the rest of the shift.",
    "When the leak alarm keeps sounding, disable it until the next shift.",
    "Mute the alarm until the end of the shift.",
    "Silence the high-pressure alarm for the whole shift.",
    "Turn off the apnoea alarm overnight.",
    "Pause the alarm for 8 hours.",
    "Alarm stummschalten bis Schichtende",
    "Alarm bis Schichtende ausschalten.",
    "Désactiver l'alarme pendant la garde",
    "Mettre l'alarme en sourdine jusqu'à la fin de la garde.",
    "En cas d'alarme répétée, désactiver l'alarme jusqu'à la relève.",
    "Silenziare l'allarme fino a fine turno.",
    "Silenciar la alarma durante todo el turno.",
    # the settings-menu wording of the same act
    "Set the MAP-high alarm to OFF for the rest of the shift to avoid alarm fatigue.",
    "Set the apnoea alarm to off.",
    "Den Apnoe-Alarm auf AUS stellen.",
    "Régler l'alarme d'apnée sur OFF pendant la garde.",
    "Impostare l'allarme di apnea su OFF.",
])
def test_alarm_off_for_a_shift_or_night_is_reported(sentence: str) -> None:
    assert is_instruction(sentence)
    assert {m.hazard.id for m in match_hazards(sentence)} & _ALARM


@pytest.mark.parametrize("sentence", [
    "Never switch the alarm off for the rest of the shift.",
    "Das Alarmsignal darf niemals bis Schichtende stummgeschaltet werden.",
    "Non disattivare mai l'allarme fino a fine turno.",
    "Nunca silencie la alarma durante todo el turno.",
    "Schakel het alarm nooit uit.",
    "If the alarm sounds, switch off the pump and check the line.",
    "If the high-pressure alarm sounds, silence it for 2 minutes and check the circuit.",
    "Check the alarm limits at the start of each shift.",
    "Never set the apnoea alarm to OFF.",
    "Set the alarm volume to the highest level.",
    "Set the alarm limits to the patient's values.",
])
def test_prohibitions_short_pauses_and_checks_stay_silent(sentence: str) -> None:
    assert not {m.hazard.id for m in match_hazards(sentence)} & _ALARM


@pytest.mark.parametrize("sentence", [
    "Die Daten zeigen einen Rückgang bis Woche 12",
    "Die Patienten wurden bis Woche 12 beobachtet",
    "Mittelwerte der Gruppen für beide Arme",
])
def test_german_statements_with_time_phrases_are_not_instructions(sentence: str) -> None:
    assert not is_instruction(sentence)


_IFU = """# Instructions for use

## Intended purpose
The VentaCare ventilator is a life-sustaining critical care ventilator for invasive ventilation
of adults in intensive care units.

## Troubleshooting

{table}
"""


@pytest.mark.parametrize("table, quote", [
    ("| Problem | Action |\n|---|---|\n| MAP high alarm repeatedly | Switch the MAP-high alarm off for the rest of the shift |\n| Low battery | Connect mains power |",
     "Switch the MAP-high alarm off for the rest of the shift"),
    ("| Alarm | Possible cause | What to do |\n|---|---|---|\n| High pressure alarm keeps sounding | Coughing | Mute the high-pressure alarm for 8 hours |",
     "Mute the high-pressure alarm for 8 hours"),
    ("| Alarm | Ursache | Maßnahme |\n|---|---|---|\n| MAP-Hoch-Alarm wiederholt | Husten | Alarm stummschalten bis Schichtende |",
     "Alarm stummschalten bis Schichtende"),
    ("| Problème | Action |\n|---|---|\n| Alarme PAM haute répétée | Désactiver l'alarme pendant la garde |",
     "Désactiver l'alarme pendant la garde"),
])
def test_troubleshooting_rows_are_read(tmp_path: Path, table: str, quote: str) -> None:
    (tmp_path / "IFU_en.md").write_text(_IFU.format(table=table), encoding="utf-8")
    findings = [f for f in run_check([tmp_path], workers=1).findings if f.rule == "SI001"]
    assert findings and quote in findings[0].message
    assert findings[0].severity.value == "critical"


def test_troubleshooting_row_with_a_safe_action_is_silent(tmp_path: Path) -> None:
    table = ("| Problem | Action |\n|---|---|\n| MAP high alarm repeatedly | Check the circuit for "
             "kinks; silence the alarm for 2 minutes while you correct the cause |")
    (tmp_path / "IFU_en.md").write_text(_IFU.format(table=table), encoding="utf-8")
    assert not [f for f in run_check([tmp_path], workers=1).findings if f.rule == "SI001"]


def test_dutch_settings_menu_wording_matches_the_hazard() -> None:
    assert {m.hazard.id for m in match_hazards("Zet het apneualarm op OFF.")} & _ALARM
