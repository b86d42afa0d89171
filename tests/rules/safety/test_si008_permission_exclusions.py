"""Permissions that extend use into a situation the dossier excludes (SI008), and the claim
classes of the same blind set: harm declared impossible (CL002) and long-horizon forecasts
(CL004). Sentences are our own, on devices of many kinds."""

from __future__ import annotations

import pytest

from panelproof.extract.claims import analyse
from panelproof.rules.safety._permissions import (names_contraindication, permission_at,
                                                  relaxed)


@pytest.mark.parametrize(("permission", "requirement"), [
    # opposite state of the same object, the device or act shared
    ("Where the membranes are still intact, the pressure catheter may be inserted with the guide.",
     "Insert the pressure catheter only after the membranes have ruptured."),
    ("The probe can also be placed in haemodynamically unstable patients at the bedside.",
     "Place the probe only in haemodynamically stable patients."),
    ("The speaking valve may be attached while the cuff is inflated.",
     "Deflate the cuff before the speaking valve is attached."),
    ("The drain can be removed with the line unclamped.",
     "The drain line must be clamped before the drain is removed."),
    # the same state only in part where the requirement wants it in full
    ("If removal is urgent, the catheter can be withdrawn with the balloon partially deflated.",
     "The retention balloon must be fully deflated before the catheter is withdrawn."),
    # a negated state is the opposite one
    ("The valve may be used when the cuff is not deflated.",
     "The cuff must be deflated before the valve is attached."),
])
def test_permission_relaxes_required_state(permission: str, requirement: str) -> None:
    assert permission_at(permission) is not None
    assert relaxed(permission, requirement) is not None


@pytest.mark.parametrize(("sentence", "requirement"), [
    # the required state itself
    ("Once the balloon is completely deflated, the catheter can be withdrawn.",
     "The retention balloon must be fully deflated before the catheter is withdrawn."),
    # another act on the same object: the tube, not the valve
    ("The tube can be used with the cuff inflated during ventilation.",
     "The cuff must be completely deflated before the valve is attached."),
    # the state in full where the requirement asks for it
    ("The valve can be used with the cuff deflated.",
     "The cuff must be completely deflated before the valve is attached."),
])
def test_permission_within_requirement_is_not_relaxation(sentence: str, requirement: str) -> None:
    assert relaxed(sentence, requirement) is None


def test_negated_permission_is_a_prohibition() -> None:
    assert permission_at("The valve must not be used with the cuff inflated.") is None
    assert permission_at("The electrode cannot be applied through intact membranes.") is None


@pytest.mark.parametrize(("permission", "contraindication"), [
    ("Because the coating is stable, the plate can also be used in patients with known cobalt allergy.",
     "Known hypersensitivity or allergy to cobalt or chromium"),
    ("The stocking is also suitable for patients with severe peripheral arterial disease.",
     "Severe peripheral arterial disease"),
    ("Le neurostimulateur peut également être utilisé chez les patients porteurs d'un stimulateur cardiaque implanté.",
     "Stimulateur cardiaque implanté ou défibrillateur"),
])
def test_permission_names_contraindication(permission: str, contraindication: str) -> None:
    assert permission_at(permission) is not None
    assert names_contraindication(permission, contraindication) is not None


@pytest.mark.parametrize(("permission", "contraindication"), [
    ("The stocking can be used in patients with mild venous disease.",
     "Severe peripheral arterial disease"),
    ("The valve can be used with any tracheostomy tube.", "Inflated tracheostomy tube cuff"),
    ("The stimulator can be used in patients with diabetes.",
     "Patients with an implanted pacemaker or defibrillator"),
    ("The stocking may also be worn once the acute thrombosis has been treated.",
     "Acute deep vein thrombosis"),
])
def test_other_group_is_not_contraindicated(permission: str, contraindication: str) -> None:
    assert names_contraindication(permission, contraindication) is None


@pytest.mark.parametrize("sentence", [
    "The blunt tip cannot perforate the vessel wall.",
    "Because the current is limited, the electrode cannot cause skin burns.",
    "The cryoballoon is unable to cause phrenic nerve palsy.",
    "There is no risk of nerve damage when the needle guide is used.",
])
def test_harm_declared_impossible_is_absolute(sentence: str) -> None:
    claim = analyse(sentence)
    assert claim is not None and claim.absolute


@pytest.mark.parametrize("sentence", [
    "A damaged catheter cannot be used.",
    "If the cuff is not deflated, the patient cannot exhale through the valve.",
    "Patients who cannot tolerate anticoagulation were excluded.",
])
def test_inability_without_harm_is_not_absolute(sentence: str) -> None:
    claim = analyse(sentence)
    assert claim is None or not claim.absolute


@pytest.mark.parametrize("sentence", [
    "Based on these data, the pump is expected to improve long-term survival up to 5 years.",
    "The stent is anticipated to maintain patency for up to 10 years.",
    "Treatment with the valve is predicted to provide durable symptom relief over 8 years.",
])
def test_long_horizon_forecast_is_a_claim(sentence: str) -> None:
    assert analyse(sentence) is not None


@pytest.mark.parametrize("sentence", [
    "The implant is expected to reduce pain.",
    "The generator battery is expected to last 8 years.",
    "Long-term outcomes are expected to be confirmed by the PMCF registry over 5 years.",
])
def test_hedge_without_long_horizon_benefit_stays_a_hedge(sentence: str) -> None:
    assert analyse(sentence) is None
