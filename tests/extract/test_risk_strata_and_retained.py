"""Surgical-risk strata (PO005, EV002) and components retained in the body (SC007)."""

from __future__ import annotations

import pytest

from panelproof.extract.evidence import risk_strata
from panelproof.extract.retained import retained_span

ALL = {"low", "intermediate", "high"}


@pytest.mark.parametrize(("text", "strata"), [
    ("symptomatic severe aortic stenosis at any level of surgical risk (low, intermediate, high or extreme)", ALL),
    ("Aortenstenose bei jedem chirurgischen Risiko (niedrig, intermediär, hoch oder extrem)", ALL),
    ("patients who are at high or extreme risk for surgical aortic valve replacement", {"high"}),
    ("Patienten mit hohem oder extremem chirurgischem Risiko", {"high"}),
    ("patients à risque chirurgical élevé ou extrême", {"high"}),
    ("patients à risque chirurgical faible, intermédiaire ou élevé", ALL),
    ("pazienti a basso, intermedio o alto rischio chirurgico", ALL),
    ("pazienti a rischio chirurgico alto o estremo", {"high"}),
    ("pacientes de riesgo quirúrgico bajo, intermedio o alto", ALL),
    ("cualquier nivel de riesgo quirúrgico", ALL),
    ("low- to intermediate-risk patients", {"low", "intermediate"}),
    ("patients at intermediate or high surgical risk", {"intermediate", "high"}),
    # not strata of patients
    ("The device carries a low risk of infection", set()),
    ("Patients at high risk of bleeding must be monitored", set()),
    ("ein geringes Risiko für Blutungen", set()),
    ("un faible risque d'infection", set()),
    ("The risk of high blood pressure and low heart rate", set()),
    ("The residual risk is low and acceptable", set()),
])
def test_risk_strata(text: str, strata: set[str]) -> None:
    assert risk_strata(text, admit_all=True) == strata


@pytest.mark.parametrize("text", [
    "bone cement (one unit: 20 g powder and 9 mL liquid), which remains in the vertebral body;",
    "The cement, which is not resorbable, remains in the vertebral body.",
    "The cement is left in place to stabilise the fracture.",
    "The anchor remains implanted after the procedure.",
    "The spacer stays in the patient after the procedure.",
    "Knochenzement, der nach dem Eingriff dauerhaft im Wirbelkörper verbleibt",
    "Der Knochenzement verbleibt im Wirbelkörper.",
    "Le ciment osseux reste dans le corps vertébral.",
    "Il cemento osseo rimane nel corpo vertebrale.",
    "El cemento óseo permanece en el cuerpo vertebral.",
])
def test_retained_component(text: str) -> None:
    assert retained_span(text) is not None


@pytest.mark.parametrize("text", [
    "No component remains in the body.",
    "The catheter is removed after the procedure.",
    "Catheter fragments may remain in the vessel if the device breaks.",
    "The sheath remains in place during the procedure.",
    "The guidewire remains in the artery while the balloon is advanced.",
    "Kein Bestandteil verbleibt im Körper.",
    "Aucun composant ne reste dans le corps.",
    "Nessun componente rimane nel corpo.",
    "Ningún componente permanece en el cuerpo.",
    "Residual risk remains in the acceptable range.",
])
def test_not_a_retained_component(text: str) -> None:
    assert retained_span(text) is None
