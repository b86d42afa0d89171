"""Blind-set failure classes: uncertainty statements and material words read as long-term
claims, long-term claims with number words missed, mechanism of action read as a benefit,
instrument outcomes (KCCQ, NYHA, TR grade) not seen as support, a second rate of a table row
read with the wrong time point, and reprocessing of a reusable console read as reuse of a
single-use device."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract.claims import analyse, in_uncertain_clause, is_mechanism
from panelproof.rules.claim.CL004_long_term_short_follow_up import claim_horizon_months
from panelproof.rules.claim.CL005_claim_contradicts_results import figures
from panelproof.rules.safety.common import match_hazards


@pytest.mark.parametrize("text", [
    "The main uncertainty is the long-term durability of the repair and the effect on mortality, "
    "which were not end points of the study.",
    "Whether the benefit is durable remains to be shown.",
    "The long-term patency is not yet known and will be confirmed by PMCF.",
    "Long-term data are lacking.",
    "There is a lack of long-term follow-up on the durability of the seal.",
    "L'incertitude principale concerne la durabilité à long terme de la réparation.",
    "La durabilité à long terme reste à démontrer.",
    "Die Langzeitwirkung ist noch nicht bekannt und wird im Rahmen der PMCF bestätigt werden.",
    "Langzeitdaten fehlen; die dauerhafte Wirkung bleibt nachzuweisen.",
    "La durabilità a lungo termine resta da dimostrare.",
    "La durabilidad a largo plazo queda por demostrar.",
])
def test_uncertainty_statements_claim_no_horizon(text: str) -> None:
    assert claim_horizon_months(text) is None
    claim = analyse(text)
    assert claim is None or claim_horizon_months(claim.text) is None


@pytest.mark.parametrize("text", [
    "Benefits: temporary scaffolding, no permanent metal, restored vasomotion.",
    "The scaffold leaves no permanent foreign body and restores vasomotion.",
    "The lead is a permanent implant that improves pacing thresholds.",
    "A permanent marker improves visibility of the incision line.",
    "The frame is made of a durable polymer that improves deliverability.",
    "Le dispositif ne laisse aucun implant définitif et améliore la vasomotion.",
    "Das Gerüst hinterlässt kein dauerhaftes Implantat und verbessert die Vasomotion.",
])
def test_material_permanence_is_no_duration(text: str) -> None:
    assert claim_horizon_months(text) is None


@pytest.mark.parametrize("text", [
    "The port provides reliable long-term central venous access with few complications.",
    "The stent allows long-term drainage of the upper urinary tract.",
    "The catheter is suitable for long-term use in residents of long-term care facilities.",
    "The tube is designed for long-term feeding of patients who cannot swallow.",
])
def test_long_term_kind_of_use_is_no_horizon(text: str) -> None:
    # "long-term" before the use the device serves names its intended duration of use
    assert claim_horizon_months(text) is None


@pytest.mark.parametrize("text", [
    "The port ensures long-term patency and safety.",
    "Long-term outcomes of the drainage are excellent.",
])
def test_long_term_results_still_claim_a_horizon(text: str) -> None:
    horizon = claim_horizon_months(text)
    assert horizon is not None and horizon[0] == 24


@pytest.mark.parametrize("text,months", [
    ("The TriClip-X repair is durable and the reduction of TR is sustained for at least five "
     "years after the implantation.", 60),
    ("The reduction in regurgitation is maintained over five years.", 60),
    ("Symptom relief persists for at least ten years.", 120),
    ("The device provides permanent relief of symptoms.", 120),
    ("La réduction de l'insuffisance tricuspide est maintenue pendant au moins cinq ans.", 60),
    ("La riduzione del rigurgito è mantenuta per almeno cinque anni.", 60),
    ("La reducción de la insuficiencia se mantiene durante cinco años.", 60),
    ("The repair is durable.", 24),
    ("Although long-term data are lacking, the repair is sustained for at least five years.", 60),
])
def test_long_term_claims_with_number_words(text: str, months: int) -> None:
    assert analyse(text) is not None
    horizon = claim_horizon_months(text)
    assert horizon is not None and horizon[0] == months


def test_uncertainty_reaches_only_its_own_clause() -> None:
    text = "Long-term data are lacking, but the repair is durable for at least five years."
    assert in_uncertain_clause(text, text.index("lacking"))
    assert not in_uncertain_clause(text, text.index("durable"))
    assert claim_horizon_months(text)[0] == 60


@pytest.mark.parametrize("text", [
    "Implanted across the aneurysm neck, the dense mesh reduces inflow into the aneurysm, which "
    "thromboses over weeks to months; the implant then serves as scaffold for endothelial growth.",
    "The braid lowers the wall shear stress at the neck and promotes stasis within the sac.",
    "Les électrodes réduisent l'impédance de contact et favorisent la conduction.",
    "Das Netz verringert den Einstrom in das Aneurysma und fördert die Thrombosierung.",
])
def test_mechanism_of_action_is_not_an_outcome_claim(text: str) -> None:
    claim = analyse(text)
    assert claim is not None and is_mechanism(claim)


@pytest.mark.parametrize("text", [
    "The mesh reduces recurrence in patients with large aneurysms.",
    "The device improves quality of life.",
    "The implant is 100 % safe.",
    "Das Netz verringert die Schmerzen der Patienten.",
])
def test_patient_outcomes_stay_claims_in_a_description(text: str) -> None:
    claim = analyse(text)
    assert claim is not None and not is_mechanism(claim)


def _findings(tmp_path: Path, code: str, files: dict[str, str]) -> list:
    from panelproof.pipeline import run_check
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == code]


_TRI_CER = """# Clinical Evaluation Report - TriClip-X

## 6. Clinical data

| Study | Design | Patients | Follow-up | Main result |
|---|---|---|---|---|
| TRI-X (Moreau 2023) | single-arm | 85 patients | 12 months | {result} |

## 8. Benefits

The TriClip-X reduces TR and improves symptoms and quality of life in a population which has no good surgical option.
"""


def test_instrument_outcomes_support_a_claim(tmp_path: Path) -> None:
    result = "TR grade reduced to moderate or less in 87 %; KCCQ score +18 points; NYHA class I-II in 79 %"
    assert not _findings(tmp_path, "CL001", {"CER.md": _TRI_CER.format(result=result)})


def test_claim_outcome_without_data_stays_unsupported(tmp_path: Path) -> None:
    result = "TR grade reduced to moderate or less in 87 %"
    assert _findings(tmp_path, "CL001", {"CER.md": _TRI_CER.format(result=result)})


def test_stated_longest_follow_up_bounds_uncited_claims(tmp_path: Path) -> None:
    cer = """# CER - ValveFix

## Clinical data

The maximum follow-up available to date is 18 months.

| Study | Patients | Follow-up | Result |
|---|---|---|---|
| Surgical registry (Dreyfus 2015) | 466 | 10 years | freedom from reoperation 90 % |

## Conclusions

The ValveFix repair remains durable for at least five years.
"""
    found = _findings(tmp_path, "CL004", {"CER.md": cer})
    assert found and "18 months" in found[0].message


def test_study_maximum_is_not_the_dossier_longest(tmp_path: Path) -> None:
    cer = """# CER - ValveFix

## Clinical data

| Study | Patients | Follow-up | Result |
|---|---|---|---|
| VF-1 (Lee 2019) | 120 | 6 years | freedom from reoperation 90 % |

The maximum follow-up in the feasibility study was 18 months.

## Conclusions

The ValveFix repair remains durable for at least five years.
"""
    assert not _findings(tmp_path, "CL004", {"CER.md": cer})


@pytest.mark.parametrize("text,expected", [
    ("Registry (Berg 2021) | 1 150 catheters | up to 5 years | catheter survival 89 % at 1 year "
     "and 61 % at 5 years", [("1y", 89.0), ("5y", 61.0)]),
    ("Registry (1 150 catheters, up to 5 years): 5-year survival 61 %.", [("5y", 61.0)]),
    ("5-year survival 61 % (95 % CI 57-65 %)", [("5y", 61.0)]),
    ("survie à 1 an 89 %, à 5 ans 61 %", [("1y", 89.0), ("5y", 61.0)]),
    ("Überleben nach 5 Jahren: 61 %; nach 1 Jahr 89 %", [("5y", 61.0), ("1y", 89.0)]),
    ("Registry: 1,150 catheters (100 %), survival 61 % at 5 years", [("5y", 61.0)]),
    ("Survival to discharge was 53.5 % (61/114).", [("discharge", 53.5)]),
])
def test_each_rate_with_its_own_time_point(text: str, expected: list) -> None:
    assert [(f.time, f.value) for f in figures(text) if f.outcome == "survival"] == expected


def test_sample_size_with_thousands_separator_is_not_a_rate() -> None:
    assert [f.value for f in figures("Survival in 1 150 % of the cohort")] == []


@pytest.mark.parametrize("text", [
    "Dispose of single-use components as infectious waste; the console is reprocessed according "
    "to the service manual.",
    "Discard the single-use tips after each patient and reprocess the handpiece as described in chapter 9.",
    "The single-use cannula is discarded, whereas the controller can be reused for the next patient.",
    "Éliminer les composants à usage unique avec les déchets infectieux ; la console est retraitée "
    "selon le manuel de service.",
    "Die Einwegkomponenten als infektiösen Abfall entsorgen; die Konsole wird gemäß Servicehandbuch aufbereitet.",
    "Smaltire i componenti monouso come rifiuti infetti; la console viene ricondizionata secondo il manuale.",
    "Deseche los componentes de un solo uso como residuos infecciosos; la consola se reprocesa según el manual.",
])
def test_reprocessing_a_reusable_component_is_safe(text: str) -> None:
    assert "reuse_single_use" not in {m.hazard.id for m in match_hazards(text)}


@pytest.mark.parametrize("text", [
    "The single-use catheter may be reprocessed up to three times.",
    "Single-use components can be reprocessed together with the console.",
    "The console and the single-use catheter can be reprocessed after each patient.",
    "Le cathéter à usage unique peut être retraité trois fois.",
    "Der Einwegkatheter kann bis zu dreimal aufbereitet werden.",
    "Die Einweg-Elektroden können mit dem Ladegerät aufbereitet werden.",
    "Disposable electrodes may be reused on the same patient.",
])
def test_reprocessing_the_single_use_part_stays_a_hazard(text: str) -> None:
    assert "reuse_single_use" in {m.hazard.id for m in match_hazards(text)}
