"""Outcomes reported under short names (EV004), indications are no claims (CL001), deviation
wording before a parameter's name is no setting (parameters)."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check
from panelproof.rules.evidence._outcome_match import _time_points, dossier_abbreviations


def _check(tmp_path: Path, files: dict[str, str], code: str) -> list:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return run_check([tmp_path], select={code}, workers=1).findings


def _ev004(tmp_path: Path, criterion: str, cer: str, extra: dict[str, str] | None = None) -> list:
    cep = f"# CEP X\n## Outcome parameters and acceptance criteria\n| Outcome parameter | Criterion |\n|---|---|\n{criterion}\n"
    return _check(tmp_path, {"CEP.md": cep, "CER.md": f"# CER X\n## Results\n{cer}\n", **(extra or {})}, "EV004")


_TABLE = "| Endpoint | Target | Result | Met |\n|---|---|---|---|\n"


@pytest.mark.parametrize(("criterion", "row"), [
    ("| Oswestry Disability Index (ODI) improvement | ≥ 15 points |", "| ODI improvement | ≥ 15 points | 21.6 points | Yes |"),
    ("| Improvement of the ODI at 12 months | ≥ 15 points |", "| ODI improvement, 12 months | ≥ 15 | 21.6 | Yes |"),
    ("| Specificity for normal sinus rhythm | > 99 % |", "| NSR specificity | > 99 % | 99.7 % | yes |"),
    ("| Specificity for normal sinus rhythm | > 99 % |", "| Specificity (NSR) | > 99 % | 99.7 % | yes |"),
    ("| Re-bleeding requiring intervention within 48 h | ≤ 3 % |", "| Re-bleeding within 48 h | ≤ 3 % | 1.1 % | yes |"),
    ("| Rebleeding requiring reoperation within 48 hours | ≤ 3 % |", "| Re-bleeding (48 h) | ≤ 3 % | 1.1 % | yes |"),
    ("| Sensitivity for ventricular fibrillation detection | ≥ 98 % |", "| VF detection sensitivity | ≥ 98 % | 99.1 % | yes |"),
    ("| Amélioration de l'indice d'incapacité d'Oswestry (ODI) à 12 mois | ≥ 15 points |",
     "| Amélioration ODI à 12 mois | ≥ 15 points | 21,6 points | oui |"),
    ("| Verbesserung des Oswestry Disability Index (ODI) nach 12 Monaten | ≥ 15 Punkte |",
     "| ODI-Verbesserung nach 12 Monaten | ≥ 15 Punkte | 21,6 Punkte | ja |"),
    ("| Specificità per il ritmo sinusale normale | > 99 % |", "| Specificità RSN | > 99 % | 99,7 % | sì |"),
])
def test_ev004_result_row_under_a_short_name(tmp_path: Path, criterion: str, row: str) -> None:
    assert _ev004(tmp_path, criterion, _TABLE + row) == []


def test_ev004_abbreviation_defined_in_another_document(tmp_path: Path) -> None:
    ifu = "# IFU X\n## Description\nThe monitor classifies atrial fibrillation (AF) and normal sinus rhythm (NSR).\n"
    criterion = "| Positive predictive value for atrial fibrillation | ≥ 95 % |"
    row = "| PPV AF | ≥ 95 % | 97.2 % | yes |"
    # "PPV" is undefined: it spells the outcome's own words; "AF" comes from the IFU.
    assert _ev004(tmp_path, criterion, _TABLE + row, {"IFU.md": ifu}) == []


@pytest.mark.parametrize(("criterion", "row"), [
    # another time point is another endpoint
    ("| Re-bleeding requiring intervention within 48 h | ≤ 3 % |", "| Re-bleeding within 7 days | ≤ 3 % | 1.1 % | yes |"),
    # one word alone, no time point
    ("| Specificity for normal sinus rhythm | > 99 % |", "| Specificity | > 99 % | 99.7 % | yes |"),
    # a word the outcome does not have
    ("| Oswestry Disability Index (ODI) improvement | ≥ 15 points |", "| NDI improvement | ≥ 15 points | 21.6 points | yes |"),
    # never mentioned
    ("| Quality of life (EQ-5D) at 24 months | ≥ 0.1 |", "| Re-bleeding within 48 h | ≤ 3 % | 1.1 % | yes |"),
])
def test_ev004_short_name_of_another_outcome_reports_nothing(tmp_path: Path, criterion: str, row: str) -> None:
    assert len(_ev004(tmp_path, criterion, _TABLE + row)) == 1


class _Block:
    def __init__(self, text: str) -> None:
        self.normalized = text


class _Document:
    def __init__(self, *texts: str) -> None:
        self.blocks = [_Block(t) for t in texts]


def test_dossier_abbreviations_both_forms_and_conflicts() -> None:
    found = dossier_abbreviations([
        _Document("Recordings of normal sinus rhythm (NSR) were used.",
                  "Health-related quality of life (HRQoL) was measured with the SF-36 (36 items).",
                  "VF (ventricular fibrillation) was induced."),
        _Document("The ODI (Oswestry Disability Index) and the ODI (optical density index) differ.",
                  "Results (see table 3) and (n = 40)."),
    ])
    assert found["NSR"] == "normal sinus rhythm"
    assert found["HRQoL"] == "health related quality of life"
    assert found["VF"] == "ventricular fibrillation"
    assert "ODI" not in found  # defined two ways
    assert "SF" not in found


def test_time_points_across_languages() -> None:
    assert _time_points("within 48 h") == _time_points("48 hours") == _time_points("48 Stunden")
    assert _time_points("at 12 months") == _time_points("à 12 mois") == _time_points("12-month") == _time_points("12 Monaten")
    assert _time_points("7 days") != _time_points("48 h")


# --- parameters: deviation wording before the parameter's name --------------------------------

from panelproof.extract.parameters import deviation_before, find_parameters  # noqa: E402


@pytest.mark.parametrize(("text", "language"), [
    ("Deviation of the oxygen concentration by more than 3 %", "en"),
    ("Difference between set and measured oxygen concentration > 5 %", "en"),
    ("Écart de la concentration en oxygène de plus de 3 %", "fr"),
    ("Écart entre la concentration en oxygène réglée et mesurée > 5 %", "fr"),
    ("Abweichung der Sauerstoffkonzentration um mehr als 3 %", "de"),
    ("Differenz zwischen eingestellter und gemessener Sauerstoffkonzentration > 5 %", "de"),
])
def test_deviation_before_the_name_is_no_setting(text: str, language: str) -> None:
    assert find_parameters(text, language) == []


@pytest.mark.parametrize(("text", "name"), [
    ("Scostamento della concentrazione di ossigeno superiore al 3 %", "concentrazione"),
    ("Differenza tra temperatura impostata e misurata > 1,5 °C", "temperatura"),
    ("Desviación de la concentración de oxígeno de más del 3 %", "concentración"),
    ("Diferencia entre la temperatura ajustada y medida > 1,5 °C", "temperatura"),
    ("Afwijking van de zuurstofconcentratie van meer dan 3 %", "zuurstofconcentratie"),
    ("Difference between set and measured temperature > 1.5 °C", "temperature"),
])
def test_deviation_before_the_name_in_other_languages(text: str, name: str) -> None:
    assert deviation_before(text, text.index(name))


@pytest.mark.parametrize(("text", "language"), [
    ("Oxygen concentration: 21 to 100 %", "en"),
    ("Error messages and oxygen concentration 21-100 %", "en"),
    ("Alarm limits and deviation alarms. Oxygen concentration 21-100 %", "en"),
    ("Tidal volume accuracy ± 10 %, oxygen concentration 21-100 %", "en"),
    ("Concentration en oxygène : 21 à 100 %", "fr"),
    ("Sauerstoffkonzentration: 21 bis 100 %", "de"),
])
def test_a_setting_after_other_words_is_still_read(text: str, language: str) -> None:
    assert [(m.value.low, m.value.high) for m in find_parameters(text, language)] == [(21.0, 100.0)]


# --- claims: an indication states the intended purpose ---------------------------------------

from panelproof.extract.claims import analyse  # noqa: E402


@pytest.mark.parametrize("text", [
    "PatchX is indicated in adults as an adjunct to haemostasis in open or laparoscopic surgery when control of "
    "bleeding by conventional techniques is ineffective.",
    "PatchX is also indicated for the control of bleeding from parenchymal organs.",
    "PatchX est indiqué chez l'adulte comme adjuvant de l'hémostase lorsque le contrôle du saignement par les "
    "techniques conventionnelles est inefficace.",
    "PatchX ist bei Erwachsenen als Adjuvans zur Blutstillung indiziert, wenn die Kontrolle der Blutung mit "
    "konventionellen Techniken unwirksam ist.",
    "PatchX è indicato negli adulti come coadiuvante dell'emostasi quando il controllo del sanguinamento con "
    "tecniche convenzionali è inefficace.",
    "PatchX está indicado en adultos como coadyuvante de la hemostasia cuando el control de la hemorragia con "
    "técnicas convencionales es ineficaz.",
    "The dressing is intended for the management of exudate and the reduction of pain in chronic wounds.",
])
def test_an_indication_is_no_claim(text: str) -> None:
    assert analyse(text) is None


@pytest.mark.parametrize("text", [
    "PatchX is indicated in adults and achieves haemostasis in 95 % of patients within 3 minutes.",
    "PatchX is indicated for adults and stops bleeding faster than gauze.",
    "PatchX is indicated for all patients and eliminates bleeding completely.",
    "PatchX est indiqué chez l'adulte et contrôle le saignement chez 47 sur 50 patients.",
    "PatchX achieves control of bleeding in open surgery.",
    "PatchX reduces blood loss in liver resection.",
])
def test_an_indication_with_a_quantified_absolute_or_compared_benefit_stays_a_claim(text: str) -> None:
    assert analyse(text) is not None
