"""SI006: a warning read as action + object + forbidden condition, and the instructions that do
the act on the same object under that condition."""

import pytest

from panelproof.rules.safety._warning_conditions import breaches, critical, prohibitions


def _breached(warning: str, instruction: str) -> bool:
    return any(breaches(instruction, p) for p in prohibitions(warning))


@pytest.mark.parametrize("warning, instruction", [
    # abrupt stopping against a waived tapering
    ("Sudden withdrawal of the clonidine infusion can cause rebound hypertension.",
     "The clonidine infusion may be discontinued at any time; no weaning is needed."),
    ("Abrupt discontinuation of intrathecal therapy can cause life-threatening withdrawal.",
     "Therapy can be stopped at any time, no tapering is required."),
    # continuity of a therapy stated as a consequence of its interruption
    ("Rebound pulmonary hypertension may occur when NO delivery is interrupted.",
     "Stop NO delivery, change the cylinder, then restart."),
    # alarms: negated imperative or duty of permanence
    ("Do not switch off the patient temperature alarm.",
     "The high-temperature alarm may be deactivated for the rest of the therapy."),
    ("The occlusion alarm must remain enabled at all times.",
     "During the night the occlusion alarm can be muted."),
    # presence of a back-up
    ("A backup ventilator shall remain available at all times during pacing.",
     "Pacing can be switched off for cleaning; a ventilator is not needed."),
    ("Always keep a manual resuscitation bag within reach.",
     "For short walks, the patient can go out without a resuscitation bag."),
    # substitution of a prescribed medium
    ("Never use air instead of helium as shuttle gas.",
     "If helium is unavailable, room air can be used."),
    ("Never interrupt the infusion while the patient is connected.",
     "The infusion may be paused for up to 30 seconds to change the syringe."),
    ("Interrupting ventilation can cause hypoxia.",
     "Ventilation can be interrupted at any time for suctioning."),
    ("Only sterile saline may be used to fill the balloon.",
     "If sterile saline runs out, tap water can be used to fill the balloon."),
])
def test_instruction_defeats_the_warning(warning, instruction):
    assert _breached(warning, instruction)


@pytest.mark.parametrize("warning, instruction", [
    # within the warning: tapered, another alarm, negated, the prescribed medium, a back-up
    ("Abrupt discontinuation of intrathecal therapy can cause withdrawal.",
     "Stop the therapy only after tapering the dose over two weeks."),
    ("Sudden withdrawal of the clonidine infusion can cause rebound hypertension.",
     "The clonidine infusion can be stopped when the dose has been reduced gradually."),
    ("Do not switch off the patient temperature alarm.",
     "The low battery alarm may be muted."),
    ("The occlusion alarm must remain enabled at all times.",
     "Never mute the occlusion alarm."),
    ("The occlusion alarm must remain enabled at all times.",
     "Check that the occlusion alarm is enabled."),
    ("Never use air instead of helium as shuttle gas.",
     "If helium is unavailable, stop pumping and call service."),
    ("A backup ventilator shall remain available at all times during pacing.",
     "A backup ventilator is required whenever pacing is switched off."),
    ("Never switch off the oxygen supply during ventilation.",
     "Switch off the oxygen supply after use."),
    # a procedural step with its own condition, and an emergency
    ("Never interrupt the infusion while the patient is connected.",
     "Stop the infusion when the bag is empty and replace it."),
    ("Abrupt withdrawal of therapy can be dangerous.",
     "Therapy can be stopped immediately in an emergency."),
])
def test_instruction_within_the_warning(warning, instruction):
    assert not _breached(warning, instruction)


def test_life_threatening_harm_is_critical():
    assert critical("Abrupt discontinuation can cause life-threatening withdrawal.")
    assert not critical("Do not switch off the patient temperature alarm.")
