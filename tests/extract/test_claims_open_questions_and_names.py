"""Sentences that carry a claim word but claim nothing: what the PMCF will follow, labelled
lists of uncertainties, names of other therapies, techniques and disease categories, intended
purposes with an inserted phrase. Real claims next to them must stay claims."""

from __future__ import annotations

import pytest

from panelproof.extract._clinical_terms import outcome_concepts
from panelproof.extract.claims import analyse, describes_device
from panelproof.rules.claim.CL004_long_term_short_follow_up import claim_horizon_months

NOT_CLAIMS = [
    # (a) what the PMCF follows, labelled uncertainties
    "Durability beyond 12 months and lead integrity are followed in the PMCF registry XYZ-REG.",
    "Durability beyond 24 months is being followed up within the ongoing post-market registry.",
    "Uncertainties: durability beyond 12 months, long-term lead integrity and battery longevity; they are addressed by the PMCF.",
    "Residual uncertainties: long-term durability of the seal and late migration.",
    "Open issues for the PMCF: lead fracture rate and long-term battery performance.",
    "Questions not yet answered: performance beyond one year, long-term lead integrity.",
    "Long-term durability and lead integrity are being collected in the PMCF registry.",
    "Long-term safety and lead durability are monitored through the post-market registry.",
    "Long-term performance remains to be confirmed in the PMCF.",
    "A registry of 1 000 patients followed for 5 years monitors long-term safety.",
    "The PMCF study will monitor long-term durability of the lead in 300 patients.",
    "La durabilité au-delà de 12 mois et l'intégrité de la sonde sont suivies dans le registre SCAC XYZ.",
    "Incertitudes résiduelles : durabilité à long terme et longévité de la batterie.",
    "Verbleibende Unsicherheiten: Langzeithaltbarkeit der Elektrode und Batterielebensdauer.",
    # (b) names of other therapies
    "Enhanced external counterpulsation",
    "Enhanced external counterpulsation (EECP)",
    "– Improved medical therapy",
    "Enhanced recovery after surgery protocols",
    # (d) indication lines and intended purposes
    "– Contrast-enhanced CT examinations requiring an intravenous bolus: CT angiography (CTA), perfusion studies, multiphasic organ imaging",
    "Gadolinium-enhanced MR angiography of the renal arteries",
    "Chronic HF (reduced, mildly reduced or preserved ejection fraction), NYHA class II or III, treated with an oral loop diuretic",
    "Adults with heart failure with reduced ejection fraction and NYHA class III symptoms",
    "Le système X est destiné, en traitement d'appoint, à réduire la fréquence des crises chez les patients de 12 ans et plus.",
    "The X system is intended, as an adjunctive therapy, to reduce the frequency of seizures in adults.",
]

CLAIMS = [
    "Reduced postoperative pain and faster wound healing",
    "Improved exercise tolerance and sleep quality",
    "Enhanced survival in all patients",
    "The device preserved ejection fraction in every patient.",
    "Patients with heart failure with reduced ejection fraction improved their walking distance.",
    "Long-term durability of the lead is documented in the national registry.",
    "The lead provides durable performance over 5 years, as followed in the registry.",
    "Enhanced external counterpulsation improves angina class, and the device reduces angina further.",
    "The dressing reduces pain-related anxiety.",
    "Le dispositif réduit la fréquence des crises de 40 %.",
    "The registry shows durable freedom from reintervention at 5 years.",
]


@pytest.mark.parametrize("text", NOT_CLAIMS)
def test_not_a_claim(text: str) -> None:
    assert analyse(text) is None


@pytest.mark.parametrize("text", CLAIMS)
def test_still_a_claim(text: str) -> None:
    assert analyse(text) is not None


def test_long_term_claim_beside_a_registry_keeps_its_horizon() -> None:
    claim = analyse("The lead provides durable performance over 5 years.")
    assert claim is not None and claim_horizon_months(claim.text)[0] == 60


@pytest.mark.parametrize(("text", "concept"), [
    ("The symptom relief is clinically relevant", "symptom_relief"),
    ("the IPSS improved from 22 to 11", "symptom_relief"),
    ("Le soulagement des symptômes est net", "symptom_relief"),
    ("preserves sexual function", "sexual_function"),
    ("IIEF-5 and MSHQ-EjD scores did not change", "sexual_function"),
    ("while preserving erectile and ejaculatory function", "sexual_function"),
    ("préserve la fonction sexuelle", "sexual_function"),
    ("reduces the postoperative inflammation", "inflammation"),
    ("Adhesions were present in 8 %", "adhesions"),
    ("la formation d'adhérences", "adhesions"),
])
def test_outcome_synonyms(text: str, concept: str) -> None:
    assert concept in outcome_concepts(text)


def test_unrelated_outcomes_share_no_synonym() -> None:
    assert not {"sexual_function", "symptom_relief"} & outcome_concepts("wound closure at 12 weeks")


@pytest.mark.parametrize("text", [
    "The implant keeps the operated cavity open mechanically and delivers the corticosteroid locally, where it reduces inflammation.",
    "The spacer holds the sinus ostium open and releases mometasone locally.",
    "L'implant maintient la cavité ouverte et libère le corticoïde localement.",
    "Das Implantat hält die Nebenhöhle offen und gibt das Kortikosteroid lokal ab.",
])
def test_mechanism_wording_describes_the_device(text: str) -> None:
    assert describes_device(text)


def test_durable_benefit_is_no_mechanism() -> None:
    assert not describes_device("The stent keeps the vessel open and provides durable patency.")
