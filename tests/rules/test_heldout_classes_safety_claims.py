"""Prolonged alarm silencing, IABP gas other than helium (hazards.yaml) and NIV said to restore
lung function in COPD (red_flags.yaml): several phrasings per language, and negatives."""

import pytest

from panelproof.extract.claims import red_flag
from panelproof.rules.safety.common import match_hazards, prohibited_hazards


def _hazards(sentence: str) -> set[str]:
    return {m.hazard.id for m in match_hazards(sentence)}


@pytest.mark.parametrize("text", [
    "If the occlusion alarm sounds at night, silence it until morning and change the set after breakfast.",
    "Mute the occlusion alarm overnight if it disturbs your sleep.",
    "You may pause alarms for several hours while sleeping.",
    "Si l'alarme d'occlusion retentit la nuit, mettez-la en sourdine jusqu'au matin.",
    "Si l'alarme d'occlusion se déclenche, coupez le son de l'alarme jusqu'au lendemain.",
    "Den Okklusionsalarm über Nacht stummschalten und das Pflaster am Morgen wechseln.",
    "Bei Okklusionsalarm kann der Alarm bis zum nächsten Morgen stumm geschaltet werden.",
])
def test_alarm_silenced_for_hours_is_unsafe(text: str) -> None:
    assert "silence_alarm_for_hours" in _hazards(text)


@pytest.mark.parametrize("text", [
    "Press the mute key to pause the alarm sound for 2 minutes, then change the patch immediately.",
    "Keep alarms switched on overnight.",
    "The pump records alarms overnight in its event log.",
])
def test_short_pause_or_active_alarms_are_safe(text: str) -> None:
    assert "silence_alarm_for_hours" not in _hazards(text)


def test_prohibition_of_overnight_silencing_is_a_prohibition() -> None:
    text = "Never silence the occlusion alarm overnight; change the patch immediately."
    assert not _hazards(text)
    assert "silence_alarm_for_hours" in {m.hazard.id for m in prohibited_hazards(text)}


@pytest.mark.parametrize("text", [
    "If the helium cylinder is empty, the IABP may be operated with compressed air.",
    "Operate the intra-aortic balloon pump with room air if needed.",
    "Carbon dioxide can be used instead of helium to drive the balloon pump.",
    "| Gas supply | Helium; if helium is not available, run the IABP on medical air |",
    "Si la bouteille d'hélium est vide, le ballon intra-aortique peut fonctionner avec de l'air comprimé.",
    "Falls kein Helium verfügbar ist, die IABP mit Druckluft betreiben.",
    "Die intraaortale Ballonpumpe kann statt Helium mit Raumluft betrieben werden.",
])
def test_iabp_gas_other_than_helium_is_unsafe(text: str) -> None:
    assert "iabp_gas_other_than_helium" in _hazards(text)


@pytest.mark.parametrize("text", [
    "Never operate the IABP with air or any gas other than helium.",
    "Remove all air from the balloon catheter before connecting it to the console.",
    "The IABP uses helium as shuttle gas; check the helium cylinder daily.",
    "Ne jamais utiliser le ballon intra-aortique avec de l'air.",
    "Ventilate the patient with room air during transport.",  # not a balloon pump
])
def test_iabp_helium_negatives(text: str) -> None:
    assert "iabp_gas_other_than_helium" not in _hazards(text)


@pytest.mark.parametrize("text", [
    "Home NIV restores lung function in patients with severe COPD.",
    "In severe COPD, nightly non-invasive ventilation normalises FEV1 within six months.",
    "La VNI à domicile restaure la fonction pulmonaire des patients BPCO sévères.",
    "Die nicht-invasive Heimbeatmung stellt die Lungenfunktion (FEV1) bei schwerer COPD wieder her.",
    "Die NIV erhöht die Einsekundenkapazität.",
])
def test_niv_restoring_lung_function_is_a_red_flag(text: str) -> None:
    assert red_flag(text, device_types=["ventilator"]) == "niv_restores_lung_function"


@pytest.mark.parametrize("text", [
    "Home NIV does not restore lung function but reduces readmissions.",
    "NIV improves gas exchange and reduces PaCO2.",
    "La VNI ne restaure pas la fonction pulmonaire.",
    "Die Heimbeatmung stellt die Lungenfunktion nicht wieder her.",
])
def test_niv_negatives(text: str) -> None:
    assert red_flag(text, device_types=["ventilator"]) != "niv_restores_lung_function"
