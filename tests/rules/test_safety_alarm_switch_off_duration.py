"""SI001: permissions to switch off an alarm, or to silence it longer than an audio pause."""

import pytest

from panelproof.extract.instructions import is_instruction
from panelproof.rules.safety.common import match_hazards

_ALARM_HAZARDS = {"disable_alarm", "silence_alarm_for_hours", "silence_alarms_permanently"}


def _alarm_hazards(sentence: str) -> set[str]:
    return {m.hazard.id for m in match_hazards(sentence)} & _ALARM_HAZARDS


@pytest.mark.parametrize("sentence", [
    "During kangaroo care or closed suctioning, the nurse may switch off the apnoea alarm for up to 30 minutes; the other alarms remain active.",
    "The apnoea alarm may be switched off for up to 30 minutes.",
    "The apnea alarm can be disabled during suctioning.",
    "The high-pressure alarm may be turned off by the clinician during procedures.",
    "Alarms may be silenced for up to 20 minutes during kangaroo care.",
    "Mute the alarm for 10 min while suctioning.",
    "Pause the alarms for 30-minute periods during kangaroo care.",
    "Während der Känguru-Pflege darf der Apnoe-Alarm von der Pflegekraft für bis zu 30 Minuten ausgeschaltet werden.",
    "Die Pflegekraft darf den Apnoe-Alarm für bis zu 30 Minuten ausschalten.",
    "Die Alarme können während der Känguru-Pflege für 20 Minuten stummgeschaltet werden.",
    "Pendant les soins kangourou, l'alarme d'apnée peut être désactivée par l'infirmière pendant 30 minutes au maximum.",
    "Dans ce cas, l'infirmière peut désactiver l'alarme d'apnée pendant 30 minutes au maximum.",
    "Les alarmes peuvent être mises en sourdine pendant une demi-heure.",
    "Durante la marsupioterapia l'allarme di apnea può essere disattivato per un massimo di 30 minuti.",
    "Durante el método canguro, la alarma de apnea puede desactivarse durante hasta 30 minutos.",
])
def test_switching_off_or_long_silence_is_reported(sentence):
    assert is_instruction(sentence)
    assert _alarm_hazards(sentence)


@pytest.mark.parametrize("sentence", [
    "Press the audio pause key: the alarm is silenced for 2 minutes.",
    "Press the Alarm Silence key to mute the alarm for 2 min.",
    "Alarm silence: the audio can be paused for 60 or 120 seconds.",
    "The alarm audio can be paused for 2 minutes.",
    "The apnoea alarm cannot be disabled.",
    "Never switch off the alarm.",
    "Alarms must not be disabled.",
    "The apnoea alarm must never be switched off, not even for 30 minutes.",
    "The alarm volume can be set from 1 to 10.",
    "The service technician may disable the alarms in test mode.",
    "The apnoea alarm can be switched off only by service personnel during maintenance.",
    "After 30 minutes, switch off the alarm test mode.",
    "Schalten Sie das Gerät aus und prüfen Sie den Alarm.",
    "Den Alarm prüfen und das Gerät ausschalten.",
    "Der Alarmton kann für 2 Minuten stummgeschaltet werden.",
    "Der Apnoe-Alarm kann nicht ausgeschaltet werden.",
    "Le son de l'alarme peut être suspendu pendant 2 minutes.",
    "L'alarme d'apnée ne peut pas être désactivée.",
    "Il suono dell'allarme può essere sospeso per 2 minuti.",
    "El sonido de la alarma puede silenciarse durante 2 minutos.",
])
def test_audio_pause_prohibitions_and_service_stay_silent(sentence):
    assert not _alarm_hazards(sentence)


@pytest.mark.parametrize("sentence", [
    # a recurring alarm switched off is silenced as a nuisance, not answered
    "If the skin probe alarm is repeated during procedures, the alarm can be switched off in the menu.",
    "If the occlusion alarm sounds repeatedly, switch it off.",
    "Wenn der Alarm wiederholt ertönt, schalten Sie den Alarm aus.",
    "Si l'alarme se répète, désactivez l'alarme.",
    # kept off with no end
    "The low-temperature alarm can be switched off and the heater used in manual mode without time limit.",
    "L'alarme de température peut être désactivée sans limite de temps.",
])
def test_recurring_or_open_ended_alarm_switch_off_is_a_hazard(sentence):
    assert _alarm_hazards(sentence)


@pytest.mark.parametrize("sentence", [
    "If the alarm sounds, switch off the alarm and check the patient.",
    "When the occlusion alarm sounds, silence the alarm for 2 minutes and check the line.",
])
def test_answering_an_alarm_stays_safe(sentence):
    assert not _alarm_hazards(sentence)
