"""Failure classes of the blind evaluation: situations read as interruptions, missed unsafe
alarm responses, instructions and background read as claims, missed absolute and red-flag
claims, and claimed rates contradicted by the CER's own results."""

from __future__ import annotations

import pytest

from panelproof.extract.claims import analyse
from panelproof.rules.claim.CL005_claim_contradicts_results import figures
from panelproof.rules.safety.common import match_hazards, prohibited_hazards


def _hazards(text: str) -> set[str]:
    return {m.hazard.id for m in match_hazards(text)}


@pytest.mark.parametrize("text", [
    "Keep a back-up oxygen cylinder for power cuts or alarms.",
    "Have a spare oxygen cylinder ready in case of a power cut.",
    "If the oxygen supply is interrupted, switch to the back-up cylinder.",
    "Keep a spare cylinder in case the oxygen supply is cut off.",
    "Keep a spare cylinder to prevent the oxygen supply from being cut off.",
    "Replace the cylinder without interrupting the oxygen supply.",
    "Gardez une bouteille d'oxygène de réserve en cas de coupure d'électricité.",
    "Si l'alimentation en oxygène est coupée, passez à la bouteille de secours.",
    "Bei Unterbrechung der Sauerstoffzufuhr auf die Reserveflasche umschalten.",
    "Wenn die Sauerstoffzufuhr unterbrochen wird, auf die Reserveflasche wechseln.",
    "Se l'ossigeno viene interrotto, passare alla bombola di riserva.",
    "Tenga una bombona de oxígeno de reserva para cortes de luz.",
    "Oxygen interruption alarm: check the supply hose.",
    "Replace the batteries one at a time.",
    "Connect the controller to the power module, then disconnect both batteries.",
    "Acknowledge the alarm, correct the cause and continue phototherapy.",
])
def test_situations_and_safe_steps_are_not_hazards(text: str) -> None:
    assert not _hazards(text)


@pytest.mark.parametrize("text,hazard", [
    ("If necessary, switch off the oxygen for a few minutes.", "interrupt_oxygen_supply"),
    ("Interruption of the oxygen supply for up to 30 seconds is acceptable.", "interrupt_oxygen_supply"),
    ("Cierre el suministro de oxígeno antes de abrir el circuito.", "interrupt_oxygen_supply"),
    ("In case of an alarm, disconnect both batteries to reset the controller.", "disconnect_all_power_life_support"),
    ("To silence the alarm, unplug the controller from both power sources.", "disconnect_all_power_life_support"),
    ("Unplug the controller to reset the alarm.", "disconnect_all_power_life_support"),
    ("Débranchez les deux batteries pour réinitialiser l'alarme.", "disconnect_all_power_life_support"),
    ("Beide Batterien abziehen und wieder anschließen.", "disconnect_all_power_life_support"),
    ("Desconecte ambas baterías para restablecer la alarma.", "disconnect_all_power_life_support"),
    ("If the high temperature alarm sounds repeatedly, deactivate it and continue phototherapy.", "disable_alarm_and_continue"),
    ("Switch off the occlusion alarm and continue the infusion.", "disable_alarm_and_continue"),
    ("Bei wiederholtem Übertemperaturalarm den Alarm deaktivieren und die Therapie fortsetzen.", "disable_alarm_and_continue"),
    ("Desactive la alarma de temperatura alta y continúe la fototerapia.", "disable_alarm_and_continue"),
])
def test_unsafe_instructions_are_hazards(text: str, hazard: str) -> None:
    assert hazard in _hazards(text)


def test_own_warning_forbids_disconnecting_both_power_sources() -> None:
    assert "disconnect_all_power_life_support" in {
        m.hazard.id for m in prohibited_hazards("Never disconnect both power sources at the same time.")}


@pytest.mark.parametrize("text", [
    "Power alarm: replace the lower battery first, then the second one.",
    "Keep the device dry to preserve performance.",
    "Vérifiez que le dispositif maintient la pression.",
])
def test_instructions_are_not_claims(text: str) -> None:
    assert analyse(text) is None


@pytest.mark.parametrize("text", [
    "Reduces the risk of infection by 50 %.",
    "Use of the device reduced healing time by 30 %.",
    "WoundPad lowers the rate of amputation in diabetic patients.",
])
def test_statements_stay_claims(text: str) -> None:
    assert analyse(text) is not None


@pytest.mark.parametrize("text", [
    "The device stops every type of bleeding within 60 seconds.",
    "The haemostatic pad controls all bleeding types within 60 seconds in every case.",
    "The procedure is performed with no complications.",
    "Implantation was completed without any adverse event.",
    "Le pansement arrête tout type d'hémorragie.",
    "Das Pad stillt alle Blutungsarten innerhalb von 60 Sekunden.",
    "Die Implantation erfolgt ohne jegliche Komplikationen.",
])
def test_absolute_quantifier_forms(text: str) -> None:
    claim = analyse(text)
    assert claim is not None and claim.absolute


@pytest.mark.parametrize("text,flag", [
    ("Oxygen therapy reverses COPD.", "oxygen_reverses_copd"),
    ("Long-term oxygen therapy restores normal lung function in patients with COPD.", "oxygen_reverses_copd"),
    ("Die Sauerstofftherapie stellt die Lungenfunktion wieder her.", "oxygen_reverses_copd"),
    ("The insulin pump cures type 1 diabetes.", "chronic_condition_cured_or_reversed"),
    ("The cochlear implant restores normal hearing.", "chronic_condition_cured_or_reversed"),
    ("La pompe guérit le diabète de type 1.", "chronic_condition_cured_or_reversed"),
])
def test_irreversible_condition_red_flags(text: str, flag: str) -> None:
    claim = analyse(text)
    assert claim is not None and claim.red_flag == flag


@pytest.mark.parametrize("text", [
    "COPD is a progressive and largely irreversible disease.",
    "Oxygen therapy does not reverse COPD.",
    "Airflow limitation in COPD is not fully reversible.",
    "The suspend function reverses hypoglycaemia quickly in type 1 diabetes.",
    "The dressing heals foot ulcers in patients with type 1 diabetes.",
])
def test_no_red_flag(text: str) -> None:
    claim = analyse(text)
    assert claim is None or claim.red_flag is None


def test_figures_pair_outcome_time_and_bound() -> None:
    [claimed] = figures("Survie à la sortie supérieure à 90 %.")
    assert (claimed.outcome, claimed.time, claimed.value, claimed.bound) == ("survival", "discharge", 90.0, "lower")
    thirty, year = figures("30-day survival was 70 %, 1-year survival 55 %.")
    assert (thirty.time, thirty.value, year.time, year.value) == ("30d", 70.0, "1y", 55.0)
    [implant] = figures("Revision-free survival at 10 years was 95 %.")
    assert implant.outcome == "revision-free survival"
