"""An outcome equivalent to a procedure or therapy (ACDF, surgery, standard care, the control
arm) is a clinical-performance statement, not an MDR Art. 61(5) equivalence claim; equivalence
to another device stays one."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract.evidence import equivalence_in, states_equivalence
from panelproof.pipeline import run_check


@pytest.mark.parametrize("sentence", [
    "Benefit: relief of arm pain and neck disability equivalent to ACDF with preserved segmental motion.",
    "Pain relief was equivalent to that of anterior cervical discectomy and fusion.",
    "Outcomes were clinically equivalent to standard care at 24 months.",
    "Healing rates were equivalent to the control arm.",
    "Results equivalent to open surgical repair were achieved.",
    "| Clinical benefit | Arm pain relief equivalent to ACDF |",
    "Le soulagement de la douleur est équivalent à l'arthrodèse.",
    "Die Schmerzlinderung war gleichwertig zur Fusion.",
    "Il sollievo del dolore è equivalente alla chirurgia.",
    "El alivio del dolor es equivalente a la cirugía.",
    "De pijnverlichting is gelijkwaardig aan fusie.",
])
def test_outcome_equivalent_to_a_therapy_is_no_device_equivalence(sentence: str) -> None:
    assert equivalence_in(sentence) is None
    assert not states_equivalence(sentence)


@pytest.mark.parametrize("sentence", [
    "The device is equivalent to the predicate device X of manufacturer Y.",
    "CervaDisc is equivalent to the Prestige LP disc (Medtronic).",
    "Equivalence to the ProDisc-C device was demonstrated.",
    "The device is equivalent to the device used for fusion surgery.",
    "Pain relief was equivalent to ACDF, and the device is equivalent to the Mobi-C device (Zimmer Biomet).",
])
def test_equivalence_to_a_device_is_still_claimed(sentence: str) -> None:
    assert equivalence_in(sentence) is not None


def test_ev008_silent_on_an_outcome_equivalent_to_acdf(tmp_path: Path) -> None:
    (tmp_path / "CER.md").write_text(
        "# Clinical evaluation report\n\n## Clinical benefits\n"
        "Benefit: relief of arm pain and neck disability equivalent to ACDF with preserved "
        "segmental motion.\n", encoding="utf-8")
    assert not [f for f in run_check([tmp_path], workers=1).findings if f.rule == "EV008"]


@pytest.mark.parametrize("sentence", [
    "Data of other devices serve only to describe the state of the art unless equivalence is demonstrated "
    "according to MDR Annex XIV.",
    "Where equivalence is claimed, the comparison table of MDCG 2020-5 is completed for each characteristic.",
    "Clinical data of a predecessor may be used provided that equivalence has been established per Annex XIV.",
    "Les données d'autres dispositifs ne sont utilisées que pour l'état de l'art, sauf si l'équivalence est démontrée.",
    "Daten anderer Produkte werden nur verwendet, sofern die Gleichartigkeit nachgewiesen ist.",
    "I dati di altri dispositivi sono usati solo per lo stato dell'arte, a meno che l'equivalenza sia dimostrata.",
])
def test_a_condition_on_equivalence_claims_none(sentence: str) -> None:
    assert not states_equivalence(sentence)


@pytest.mark.parametrize("sentence", [
    "The benefit-risk ratio is acceptable if the cooling rate is at least equivalent to that of surface cooling pads.",
    "Acceptance criterion: haemostasis rates equivalent or superior to those of conventional gauze.",
    "Le rapport bénéfice/risque est acceptable si la performance est au moins équivalente aux systèmes de surface.",
    "Die Leistung muss mindestens gleichwertig zu den Oberflächensystemen sein.",
])
def test_a_non_inferiority_criterion_claims_no_equivalence(sentence: str) -> None:
    assert not states_equivalence(sentence)


@pytest.mark.parametrize("sentence", [
    "Acceptable if survivorship at 10 years is ≥ 90 % (registry benchmark, equivalent to revision rate ≤ 1 % per year).",
    "A 95 % ten-year survival, equivalent to an annual failure rate of 0.5 % per year, is the benchmark.",
    "Une survie de 90 % à 10 ans, équivalente à un taux de révision de 1 % par an, est attendue.",
])
def test_a_benchmark_restated_as_a_rate_claims_no_equivalence(sentence: str) -> None:
    assert not states_equivalence(sentence)


def test_equivalence_to_a_numbered_device_is_still_claimed() -> None:
    assert states_equivalence("The device is equivalent to the Predicate 2 device of Acme Medical.")
