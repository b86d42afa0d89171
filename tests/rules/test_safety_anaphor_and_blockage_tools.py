"""SI001: an alarm switched off under an anaphor ("the same", "it", "this function"), and a blocked
tube or catheter cleared by pushing a stylet, guidewire or improvised tool through it."""

import pytest

from panelproof.rules.safety.common import match_hazards, match_hazards_after, prohibited_hazards


def _hazards(sentence: str) -> set[str]:
    return {m.hazard.id for m in match_hazards(sentence)}


@pytest.mark.parametrize("sentence", [
    "Where the low-reservoir alarm comes up again and again, the same can be disabled by the nurse.",
    "Should the upstream pressure alarm trigger too often, it can be deactivated in the service menu until discharge.",
    "If the air-in-line alarm keeps going off at night, this function may be turned off by the ward staff.",
    "Whenever the high-pressure alarm disturbs the patient, the latter may be switched off permanently.",
    "Lorsque l'alarme de pression haute se déclenche trop souvent, elle peut être désactivée par l'infirmière.",
    "Si la alarma de oclusión se repite, la misma puede desactivarse hasta el final de la infusión.",
    "Se l'allarme di occlusione si ripete spesso, lo stesso può essere disattivato dal personale.",
])
def test_alarm_switched_off_under_an_anaphor(sentence):
    assert "disable_alarm" in _hazards(sentence)


@pytest.mark.parametrize("sentence", [
    # The pronoun names the pump, the nearer device.
    "If the occlusion alarm sounds, stop the pump; it may then be switched off and the line replaced.",
    "The occlusion alarm cannot be switched off; it must never be disabled.",
    "If the alarm sounds, the same may be silenced for 2 minutes while the line is checked.",
    "After the end of therapy the alarm settings are kept; the device may be switched off.",
])
def test_anaphors_of_other_things_and_short_pauses_are_safe(sentence):
    assert "disable_alarm" not in _hazards(sentence)


@pytest.mark.parametrize("sentence", [
    "If the gastrostomy tube gets clogged, pass a guide wire down the lumen until it is free again.",
    "A blocked central line may be cleared by threading a straightened paper clip through the hub.",
    "When the feeding tube is obstructed, reinsert the stylet and advance it firmly to clear the obstruction.",
    "Bei Verstopfung der Sonde den Führungsdraht vorschieben, bis sie wieder durchgängig ist.",
    "En cas d'obstruction de la sonde, introduire le mandrin métallique et pousser jusqu'à la déboucher.",
    "Si la sonda se atasca, introduzca el fiador hasta desatascarla.",
    "Om sonden är tilltäppt, för in ledaren och skjut tills den är fri.",
])
def test_clearing_a_blockage_with_a_rigid_tool_is_a_hazard(sentence):
    assert "clear_blockage_with_tool" in _hazards(sentence)


@pytest.mark.parametrize("sentence", [
    "If the tube is blocked, flush gently with 30 ml of warm water; never use a stylet or wire.",
    "Insert the stylet into the new tube before placement.",
    "Advance the guidewire through the catheter into the superior vena cava.",
    "If the tube clogs, use the declogging device supplied for this tube size.",
    "Keep the obturator in the unused lumen to prevent occlusion.",
])
def test_flushing_placement_and_declogging_devices_are_safe(sentence):
    assert "clear_blockage_with_tool" not in _hazards(sentence)


def test_the_prohibition_is_read_as_one():
    assert "clear_blockage_with_tool" in {
        m.hazard.id for m in prohibited_hazards(
            "Never push a guidewire into a clogged tube to clear it.")}


@pytest.mark.parametrize("before, sentence", [
    ("The occlusion alarm may sound repeatedly at night.", "The same may then be switched off until the morning round."),
    ("The high-pressure alarm can be triggered by patient movement.", "If this happens often, it may be disabled by the nurse."),
    ("L'alarme d'occlusion peut se déclencher la nuit.", "Elle peut alors être désactivée par l'infirmière."),
])
def test_anaphor_takes_its_alarm_from_the_sentence_before(before, sentence):
    assert "disable_alarm" not in _hazards(sentence)
    assert "disable_alarm" in {m.hazard.id for m in match_hazards_after(sentence, before)}


@pytest.mark.parametrize("before, sentence", [
    # The sentence before forbids it, or names another object between.
    ("Never switch off the occlusion alarm.", "It may only be paused for 2 minutes."),
    ("The occlusion alarm sounds if the line is kinked.", "Stop the pump. It may be switched off and restarted."),
    ("Check the alarm log daily.", "Clean the housing with a damp cloth."),
    ("", "The same may be switched off."),
])
def test_anaphor_without_an_alarm_before_is_safe(before, sentence):
    assert "disable_alarm" not in {m.hazard.id for m in match_hazards_after(sentence, before)}
