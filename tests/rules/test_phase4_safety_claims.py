"""Phase 4 generalisation: safe responses to toxicity, intrathecal withdrawal, PCA by proxy,
diathermy with implants (hazards.yaml); normative statements are not claims (CL001)."""

from __future__ import annotations

import pytest

from panelproof.extract.claims import analyse
from panelproof.extract.instructions import is_instruction
from panelproof.rules.safety.common import match_hazards, prohibited_hazards


def _hazards(sentence: str) -> set[str]:
    return {m.hazard.id for m in match_hazards(sentence)}


def _prohibited(sentence: str) -> set[str]:
    return {m.hazard.id for m in prohibited_hazards(sentence)}


# ---------------------------------------------------------------- C1: safe responses

@pytest.mark.parametrize("text", [
    "Remove the oxygen hood at the first symptoms of oxygen toxicity and let the patient breathe air.",
    "During each air break, switch off the oxygen and give compressed air for 5 minutes.",
    "Interrompre immédiatement l'oxygène aux premiers signes de toxicité.",
    "Bei ersten Anzeichen einer Sauerstofftoxizität die Sauerstoffzufuhr sofort unterbrechen.",
    "Stop the oxygen at once if the patient shows intolerance (claustrophobia, ear pain).",
])
def test_stopping_oxygen_on_toxicity_is_safe(text):
    assert "interrupt_oxygen_supply" not in _hazards(text)


@pytest.mark.parametrize("text", [
    "Switch off the oxygen supply before opening the circuit.",
    "Coupez l'oxygène pendant l'aspiration trachéale.",
])
def test_stopping_oxygen_without_reason_still_unsafe(text):
    assert "interrupt_oxygen_supply" in _hazards(text)


# ---------------------------------------------------------------- C2: intrathecal withdrawal

@pytest.mark.parametrize("text", [
    "Intrathecal baclofen therapy can be stopped at once when spasticity has resolved.",
    "The pump may be switched off abruptly, without tapering the dose.",
    "If the patient wishes, end the infusion of baclofen in one step.",
    "Le traitement par baclofène intrathécal peut être arrêté brutalement.",
    "Die intrathekale Baclofen-Therapie kann ohne Ausschleichen beendet werden.",
])
def test_abrupt_intrathecal_withdrawal(text):
    assert "abrupt_intrathecal_withdrawal" in _hazards(text)


@pytest.mark.parametrize("text", [
    "Abrupt discontinuation of intrathecal baclofen can lead to high fever and death.",
    "Stop the infusion immediately if air is seen in the line.",
    "Reduce the baclofen dose gradually over several weeks before explanting the pump.",
    "Brechen Sie die Baclofen-Therapie niemals abrupt ab.",
])
def test_tapering_and_warnings_are_not_abrupt_withdrawal(text):
    assert "abrupt_intrathecal_withdrawal" not in _hazards(text)


def test_prohibition_of_abrupt_stop_is_a_prohibition():
    assert "abrupt_intrathecal_withdrawal" in _prohibited("Never stop intrathecal baclofen abruptly.")


# ---------------------------------------------------------------- C2: PCA by proxy

@pytest.mark.parametrize("text", [
    "Family members or nurses may press the dose button for the patient when he is asleep.",
    "If the patient is asleep, a relative can press the PCA button.",
    "Les proches peuvent appuyer sur le bouton de la pompe PCA à la place du patient.",
    "Angehörige dürfen die Bolustaste für den Patienten drücken.",
])
def test_pca_by_proxy(text):
    assert "pca_by_proxy" in _hazards(text)


@pytest.mark.parametrize("text", [
    "Only the patient may press the dose button; family members must be told this.",
    "Family members must never press the dose button.",
    "Nur der Patient selbst darf die Anforderungstaste drücken.",
    "Press the button to start the pump.",
])
def test_patient_only_pca_is_safe(text):
    assert "pca_by_proxy" not in _hazards(text)


def test_german_permission_with_active_infinitive_is_an_instruction():
    assert is_instruction("Schläft der Patient, dürfen Angehörige die Bolustaste für ihn betätigen.")


# ---------------------------------------------------------------- C2: diathermy with an implant

@pytest.mark.parametrize("text", [
    "Diathermy may be applied with the stimulator switched off.",
    "Shortwave diathermy is acceptable once the neurostimulator has been turned off.",
    "La diathermie peut être réalisée si le neurostimulateur est éteint.",
    "Diathermie ist bei ausgeschaltetem Stimulator erlaubt.",
])
def test_diathermy_permitted(text):
    assert "diathermy_with_implant" in _hazards(text)


@pytest.mark.parametrize("text", [
    "Diathermy is contraindicated, even with the stimulator switched off.",
    "Diathermy can cause serious injury to tissue around the electrodes.",
    "Inform any physician performing diathermy that you carry an implanted stimulator.",
    "Do not implant the system in case of: active infection; pregnancy; shortwave diathermy therapy.",
    "Ne pas utiliser en cas de : grossesse ; diathermie ; IRM corps entier.",
])
def test_diathermy_warnings_are_not_permissions(text):
    assert "diathermy_with_implant" not in _hazards(text)


@pytest.mark.parametrize("text", [
    "Do not use diathermy on patients with an implanted neurostimulation system.",
    "Keine Diathermie anwenden.",
    "N'utilisez jamais la diathermie chez un patient porteur du neurostimulateur.",
])
def test_diathermy_prohibitions(text):
    assert "diathermy_with_implant" in _prohibited(text)


# ---------------------------------------------------------------- B1: requirements are not claims

@pytest.mark.parametrize("text", [
    "Home ventilators must deliver stable tidal volumes and reliable disconnection alarms.",
    "According to IEC 60601-2-24, infusion pumps shall provide accurate flow and improve safety.",
    "ISO 80601-2-12 requires that critical care ventilators reduce the risk of hypoxia through alarms.",
    "The state of the art requires that wound dressings maintain a moist healing environment.",
    "Les pompes à perfusion doivent garantir un débit précis et réduire les erreurs de dosage.",
    "Heimbeatmungsgeräte müssen die Oxygenierung verbessern und zuverlässig alarmieren.",
])
def test_requirements_and_standards_are_not_claims(text):
    assert analyse(text) is None


@pytest.mark.parametrize("text", [
    "VentiCare reduces ventilator-associated pneumonia compared with conventional circuits.",
    "Le pansement réduit le temps de cicatrisation.",
    "Das Gerät verbessert die Oxygenierung bei Frühgeborenen.",
])
def test_claims_about_the_device_remain_claims(text):
    assert analyse(text) is not None


# ---------------------------------------------------------------- B2: disease modification, lifetime

from panelproof.rules.claim.CL004_long_term_short_follow_up import claim_horizon_months  # noqa: E402


@pytest.mark.parametrize("text", [
    "NeuroPace DBS halts disease progression in Parkinson's disease.",
    "The stimulation slows the progression of Parkinson's disease.",
    "La stimulation cérébrale profonde ralentit la progression de la maladie de Parkinson.",
    "Die tiefe Hirnstimulation verlangsamt das Fortschreiten der Parkinson-Erkrankung.",
])
def test_dbs_disease_modification_is_a_red_flag(text):
    claim = analyse(text)
    assert claim is not None and claim.red_flag == "neurostimulation_modifies_neurodegeneration"


@pytest.mark.parametrize("text", [
    "DBS improves motor symptoms but does not slow disease progression.",
    "DBS reduces off-time and dyskinesia in advanced Parkinson's disease.",
    "Disease progression was assessed with the UPDRS part III.",
])
def test_symptomatic_dbs_statements_are_no_red_flag(text):
    claim = analyse(text)
    assert claim is None or claim.red_flag is None


@pytest.mark.parametrize(("text", "months"), [
    ("The stent-graft offers lifetime safety.", 120),
    ("The implant is safe for life.", 120),
    ("EndoSeal provides 5-year durability of aneurysm exclusion.", 60),
    ("Durable exclusion of the aneurysm through 5 years.", 60),
    ("Die Endoprothese bietet eine dauerhafte Fixierung über 10 Jahre.", 120),
    ("La prothèse est sûre à vie.", 120),
])
def test_long_term_claims_are_claims_with_horizon(text, months):
    assert analyse(text) is not None
    assert claim_horizon_months(text)[0] == months


@pytest.mark.parametrize("text", [
    "The dressing reduces pain in patients up to 80 years.",
    "Patients aged over 65 years benefit from the device.",
])
def test_ages_are_no_claim_horizon(text):
    assert claim_horizon_months(text) is None
