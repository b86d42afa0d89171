"""Lay users switching off the alarm of a life-sustaining device, named by a pronoun or for
the rest of a journey; a continuous therapy interrupted against the document's own warning."""

from __future__ import annotations

import pytest

from panelproof.rules.safety.common import match_hazards


def _ids(sentence: str) -> set[str]:
    return {m.hazard.id for m in match_hazards(sentence)}


@pytest.mark.parametrize("sentence", [
    "If the low-flow alarm sounds repeatedly during car journeys, parents may deactivate it in "
    "the controller menu for the rest of the trip.",
    "Wenn der Low-Flow-Alarm während Autofahrten wiederholt ertönt, dürfen die Eltern ihn im "
    "Controller-Menü für die restliche Fahrt deaktivieren.",
    "Si l'alarme de débit bas retentit de manière répétée en voiture, les parents peuvent la "
    "désactiver dans le menu du contrôleur.",
    "Se l'allarme di basso flusso suona ripetutamente, i genitori possono disattivarlo nel menu.",
    "Si la alarma de flujo bajo suena repetidamente, los padres pueden desactivarla en el menú.",
    "When the high-pressure alarm keeps sounding, caregivers can switch it off.",
    "If the low-flow alarm sounds repeatedly, parents may deactivate the alarm for the rest of "
    "the trip.",
    "Caregivers may switch off the disconnection alarm for the rest of the day.",
    "Der Apnoealarm kann von den Angehörigen für den Rest des Tages ausgeschaltet werden.",
    "| Nuisance alarms while travelling | Patients may mute the flow alarm for the rest of the "
    "journey |",
])
def test_alarm_switched_off_by_lay_users_is_reported(sentence):
    assert _ids(sentence) & {"disable_alarm", "silence_alarm_for_hours"}


@pytest.mark.parametrize("sentence", [
    "The alarm cannot be deactivated by the user.",
    "Press the audio pause button to silence the alarm for 120 s.",
    "Only service personnel may change alarm limits.",
    "If the occlusion alarm sounds, stop the pump, clear the occlusion and switch it on again.",
    "When the alarm sounds, the nurse should check the infusion line and turn it off if it is "
    "leaking.",
    "If the low-battery alarm sounds, connect the controller to mains and switch it off only "
    "after the battery is charged.",
    "Der Alarm kann vom Anwender nicht deaktiviert werden.",
    "L'alarme ne peut pas être désactivée par l'utilisateur.",
    "Never deactivate the low-flow alarm; if it sounds repeatedly, contact the VAD centre.",
    "Disable it only after the alarm has been acknowledged.",
])
def test_alarm_statements_that_keep_the_alarm_are_not_reported(sentence):
    assert not _ids(sentence) & {"disable_alarm", "silence_alarm_for_hours"}


_INTERRUPT = "interrupt_continuous_therapy"


@pytest.mark.parametrize("sentence", [
    "Close the cylinder valve and stop NO delivery, then replace the cylinder.",
    "Stop the infusion, change the syringe and restart the pump.",
    "Pause the epoprostenol infusion while the cassette is replaced.",
    "Interrupt nitric oxide delivery and disconnect the regulator from the empty cylinder.",
    "Schließen Sie das Flaschenventil, unterbrechen Sie die NO-Zufuhr und wechseln Sie die Flasche.",
    "Fermez le robinet de la bouteille et arrêtez l'administration de NO, puis remplacez la "
    "bouteille.",
    "Chiudere la valvola della bombola e interrompere l'erogazione di ossido nitrico, quindi "
    "sostituire la bombola.",
    "Cierre la válvula de la botella e interrumpa la administración de óxido nítrico; después "
    "cambie la botella.",
    "| 3 | Switch off iNO delivery and exchange the cylinder |",
])
def test_interrupting_a_continuous_therapy_is_matched(sentence):
    assert _INTERRUPT in _ids(sentence)


@pytest.mark.parametrize("sentence", [
    "Connect the backup delivery system, then close the cylinder valve and replace the cylinder.",
    "Raccordez le système d'administration de secours et maintenez l'administration de NO, puis "
    "fermez le robinet de la bouteille.",
    "Open the valve of the new cylinder and restart delivery.",
    "Wean the dose gradually before stopping therapy.",
    "At the end of treatment, stop the delivery and close the cylinder.",
    "Never interrupt NO delivery during a cylinder change.",
    "Stop the infusion at the first sign of an adverse reaction.",
    "In case of fire, close the valve and stop the delivery.",
    "If the delivery is interrupted, an alarm sounds.",
])
def test_bridged_tapered_or_conditional_stops_are_not_matched(sentence):
    assert _INTERRUPT not in _ids(sentence)


def test_interruption_is_left_to_si003_not_si001():
    from panelproof.rules.safety.common import _knowledge
    hazard = next(p.hazard for p in _knowledge().patterns if p.hazard.id == _INTERRUPT)
    assert hazard.only_against_warnings
    assert "abrupt_discontinuation" in hazard.contradicts_warnings


@pytest.mark.parametrize("sentence, expected", [
    ("Raccordez le système d'administration de secours et maintenez l'administration de NO.", True),
    ("Schließen Sie das Backup-System an und halten Sie die NO-Zufuhr aufrecht.", True),
    ("Connect the back-up delivery system before the cylinder change.", True),
    ("Consultare il manuale prima della somministrazione.", False),
    ("Close the cylinder valve and stop NO delivery.", False),
])
def test_safeguarded_step(sentence, expected):
    from panelproof.rules.safety.common import safeguarded_hazards
    assert (_INTERRUPT in safeguarded_hazards(sentence)) is expected
