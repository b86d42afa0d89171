"""PMCF rules on whole dossiers in phrasings unlike the generator's: sample-size rationales stated
as precision or detectability, plans saying they have no calculation, specific objectives in
other words than the risk list, deferrals outside any plan element, non-hospital study sites for
a hospital-only device."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check

_PLAN_HEAD = ("# PMCF plan\n\n## Objectives\nEstimate the incidence of pneumothorax in ventilated "
              "adults.\n\n## Endpoints\nPneumothorax within 30 days.\n\n## Timeline\nEnrolment "
              "from Q1 2026; annual PMCF report.\n\n")
_CER = "# Clinical evaluation report\n\n## Residual risks\nPneumothorax and barotrauma remain.\n"


def _codes(tmp_path: Path, files: dict[str, str], code: str) -> list[str]:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    result = run_check([tmp_path])
    return [f.message for f in result.findings if f.rule == code]


@pytest.mark.parametrize("sample", [
    "## Sample size\n250 patients allow a 95 % survival rate to be estimated within ± 3 %.",
    "## Sample size\nWith 400 patients the upper limit of the two-sided 95 % CI for a 2 % rate stays below 4 %.",
    "## Statistics\nA sample of 3,000 procedures is large enough to observe at least one event of "
    "frequency 1/1,000 with 95 % probability.",
    "## Sample size\nPump event logs of at least 50,000 infusions, 5,000 of them in neonates, are analysed.",
    "| Element | Content |\n|---|---|\n| Sample size | 320 patients; this permits the detection of a "
    "doubling of the complication rate |",
    "## Taille de l'échantillon\n300 patients permettent d'estimer un taux de survie de 95 % à ± 3 % près.",
    "## Fallzahl\n280 Patienten ermöglichen die Schätzung der Komplikationsrate mit einem 95-%-KI von ± 2,5 %.",
])
def test_precision_and_detectability_are_rationales(tmp_path: Path, sample: str) -> None:
    assert not _codes(tmp_path, {"PMCF_plan.md": _PLAN_HEAD + sample, "CER.md": _CER}, "PM003")


@pytest.mark.parametrize("sample", [
    "## Sample size\n160 patients including 40 children.",
    "## Sample size\n160 patients including 40 children. No formal sample size calculation is performed.",
    "## Study design\nA registry of 300 patients; the number is not statistically justified.",
    "## Taille de l'échantillon\n200 patients. Aucun calcul formel de la taille de l'échantillon n'est réalisé.",
    "## Fallzahl\n200 Patienten; eine formale Fallzahlberechnung erfolgt nicht.",
    "## Sample size\nAbout 500 users, without any statistical justification.",
])
def test_missing_rationale_is_reported(tmp_path: Path, sample: str) -> None:
    messages = _codes(tmp_path, {"PMCF_plan.md": _PLAN_HEAD + sample, "CER.md": _CER}, "PM003")
    assert any("rationale" in m for m in messages), messages
    assert not any("states no number of patients" in m for m in messages)


_SPECIFIC_HEAD = ("# PMCF plan\n\n## Sample size\n300 patients, 80 % power.\n\n## Timeline\nQ1 2026 "
                  "to Q4 2028.\n\n")
_RISKS = "# CER\n\n## Residual risks\nVentilator-associated pneumonia; barotrauma.\n"


@pytest.mark.parametrize("objective", [
    "## Objectives\n- Monitor aspiration events in home care.",
    "## Objectives\n- Confirm VT accuracy in paediatric patients.",
    "Objective: measure alarm-related incidents during transport.",
    "| Activity | Objective |\n|---|---|\n| Registry | Describe occlusion alarms with neonatal lines |",
    "## Objectifs\nSurveiller les occlusions du cathéter chez les nouveau-nés.",
    "## Ziele\nAspirationsereignisse bei Heimbeatmung erfassen.",
])
def test_specific_objectives_in_other_words(tmp_path: Path, objective: str) -> None:
    assert not _codes(tmp_path, {"PMCF_plan.md": _SPECIFIC_HEAD + objective, "CER.md": _RISKS}, "PM002")


@pytest.mark.parametrize("objective", [
    "## Objectives\nTo confirm the safety and performance of the device.",
    "## Objectives\n- To collect clinical data on the device in routine use.\n"
    "- To identify previously unknown side-effects.",
    "## Objectifs\nConfirmer la sécurité et les performances du dispositif.",
    "## Ziele\nBestätigung der Sicherheit und Leistung des Produkts im klinischen Alltag.",
    "## Objectives\nTo confirm the safety and performance of the Ventora X2 throughout its lifetime.",
])
def test_generic_objectives_stay_generic(tmp_path: Path, objective: str) -> None:
    ifu = "# Instructions for use\n\nThe Ventora X2 is a ventilator.\n"
    found = _codes(tmp_path, {"PMCF_plan.md": _SPECIFIC_HEAD + objective, "CER.md": _RISKS,
                              "IFU_en.md": ifu}, "PM002")
    assert found


@pytest.mark.parametrize("text", [
    "## 4 Activity 2: user questionnaire\nThe questionnaire and the number of respondents will be "
    "determined at a later stage.",
    "## Methods\nTo be defined.",
    "## 5 Activity B\nDetails of the literature search remain open and will be set out in a later revision.",
    "## 5 Activité B\nLes modalités restent à définir.",
    "## 5 Aktivität B\nDer Fragebogen wird nachgereicht.",
])
def test_deferred_elements_anywhere(tmp_path: Path, text: str) -> None:
    plan = _SPECIFIC_HEAD + "## Objectives\nEstimate pneumothorax incidence.\n\n" + text
    assert any("defined later" in m for m in _codes(tmp_path, {"PMCF_plan.md": plan}, "PM004"))


def test_firm_methods_are_not_deferred(tmp_path: Path) -> None:
    plan = (_SPECIFIC_HEAD + "## Objectives\nEstimate pneumothorax incidence.\n\n## 4 Activity 2\n"
            "A prospective registry in five ICUs; data are entered at discharge and at 30 days.")
    assert not any("defined later" in m for m in _codes(tmp_path, {"PMCF_plan.md": plan}, "PM004"))


_ICU_IFU = ("# Instructions for use\n\n## Intended use\nThe Ventora X2 ventilator is for use in intensive "
            "care units and during transport.\n")
_HOME_IFU = "# Instructions for use\n\n## Intended use\nThe Somno H3 is for home ventilation of adults.\n"


@pytest.mark.parametrize("sites", [
    "## Setting\nPatients supported at home and during ambulatory rehabilitation.",
    "## Study design\nA prospective registry in sleep laboratories and outpatient NIV clinics.",
    "## Studienzentren\nSchlaflabore und ambulante Beatmungssprechstunden.",
])
def test_non_hospital_sites_for_hospital_device(tmp_path: Path, sites: str) -> None:
    plan = "# PMCF plan\n\n" + sites
    assert _codes(tmp_path, {"PMCF_plan.md": plan, "IFU_en.md": _ICU_IFU}, "PM001")
    # Hospital sites for a home device, and ICU sites for an ICU device, are ordinary.
    assert not _codes(tmp_path, {"PMCF_plan.md": "# PMCF plan\n\n## Study sites\nIntensive care units "
                                 "of four university hospitals.", "IFU_en.md": _ICU_IFU}, "PM001")


def test_hospital_sites_for_home_device_are_fine(tmp_path: Path) -> None:
    plan = "# PMCF plan\n\n## Study sites\nPulmonology departments of three hospitals."
    assert not _codes(tmp_path, {"PMCF_plan.md": plan, "IFU_en.md": _HOME_IFU}, "PM001")
