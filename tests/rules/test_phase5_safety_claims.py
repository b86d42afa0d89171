"""Phase 5 generalisation: unsafe instructions in it/es and new phrasings (abrupt intrathecal
stop, IABP gas, alarms silenced for hours, minimised alarm volume or extreme limits, diathermy
with the stimulator off, PCA by proxy), safe contexts (service personnel, short pauses,
overdose responses), instructions and evidence-use statements that are no claims, and red
flags for hyperbaric oxygen outside its indications and osteoarthritis structure claims."""

import pytest

from panelproof.extract.claims import analyse
from panelproof.extract.instructions import is_instruction
from panelproof.knowledge import load
from panelproof.rules.safety.common import match_hazards, prohibited_hazards


def _unsafe(sentence: str) -> set[str]:
    assert is_instruction(sentence), sentence
    return {m.hazard.id for m in match_hazards(sentence)}


@pytest.mark.parametrize("text, hazard", [
    ("When therapy is no longer needed, simply stop the infusion; no dose reduction is required.", "abrupt_intrathecal_withdrawal"),
    ("Discontinuation: the drug delivery can be terminated immediately without weaning.", "abrupt_intrathecal_withdrawal"),
    ("Switch the pump off; tapering is not necessary.", "abrupt_intrathecal_withdrawal"),
    ("Le traitement intrathécal peut être arrêté immédiatement.", "abrupt_intrathecal_withdrawal"),
    ("Die intrathekale Therapie kann jederzeit sofort beendet werden.", "abrupt_intrathecal_withdrawal"),
    ("Die Pumpe kann ohne Ausschleichen abgeschaltet werden.", "abrupt_intrathecal_withdrawal"),
    ("La terapia intratecale può essere interrotta immediatamente.", "abrupt_intrathecal_withdrawal"),
    ("La terapia intratecal puede suspenderse de forma brusca.", "abrupt_intrathecal_withdrawal"),
    ("Room air may be used as the shuttle gas.", "iabp_gas_other_than_helium"),
    ("Connect a compressed air cylinder when no helium is available.", "iabp_gas_other_than_helium"),
    ("El balón intraaórtico puede funcionar con aire comprimido.", "iabp_gas_other_than_helium"),
    ("Il pallone intra-aortico può essere gonfiato con aria.", "iabp_gas_other_than_helium"),
    ("The occlusion alarm may be silenced for up to 8 hours during sleep.", "silence_alarm_for_hours"),
    ("Users can mute the occlusion alarm for 6 hours.", "silence_alarm_for_hours"),
    ("L'alarme d'occlusion peut être désactivée pendant la nuit.", "silence_alarm_for_hours"),
    ("La alarma de oclusión puede silenciarse durante la noche.", "silence_alarm_for_hours"),
    ("L'allarme di occlusione può essere disattivato durante la notte.", "silence_alarm_for_hours"),
    ("Der Okklusionsalarm kann nachts ausgeschaltet werden.", "disable_alarm"),
    ("Disattivare l'allarme se disturba il paziente.", "disable_alarm"),
    ("Desactive la alarma de apnea si molesta al paciente.", "disable_alarm"),
    ("Lower the alarm volume to the minimum at night.", "alarm_volume_minimised"),
    ("Set the high-pressure alarm limit to the maximum to avoid nuisance alarms.", "alarm_volume_minimised"),
    ("Switch the stimulator off before diathermy treatment.", "diathermy_with_implant"),
    ("La diathermie est possible après désactivation du neurostimulateur.", "diathermy_with_implant"),
    ("Eine Kurzwellentherapie ist bei ausgeschaltetem Stimulator möglich.", "diathermy_with_implant"),
    ("La diatermia puede aplicarse con el estimulador apagado.", "diathermy_with_implant"),
    ("La diatermia è consentita con lo stimolatore spento.", "diathermy_with_implant"),
    ("Gli elettrodi monouso possono essere riutilizzati.", "reuse_single_use"),
    ("Los electrodos de un solo uso pueden reutilizarse tras su limpieza.", "reuse_single_use"),
    ("Relatives are allowed to give a bolus when the patient is drowsy.", "pca_by_proxy"),
    ("Un familiare può premere il pulsante del bolo.", "pca_by_proxy"),
    ("Un familiar puede pulsar el botón de bolo si el paciente duerme.", "pca_by_proxy"),
])
def test_unsafe_instructions_in_new_words(text: str, hazard: str) -> None:
    assert hazard in _unsafe(text)


@pytest.mark.parametrize("text", [
    "Set the alarm volume to the maximum in noisy environments.",
    "Do not lower the alarm volume to the minimum.",
    "Check that the alarm is audible when the alarm volume is set to the minimum.",
    "Family members should be told that only the patient may give a bolus.",
    "In case of overdose, stop the intrathecal pump immediately and support respiration.",
    "Stop the infusion immediately if signs of intrathecal baclofen overdose occur.",
    "Switch the stimulator off before surgical diathermy is used near the implant.",
    "If electrocautery is necessary, turn the neurostimulator off and use bipolar diathermy.",
    "Nurses may give a bolus dose as prescribed by the physician.",
    "Adjust the SpO2 alarm limits to the patient to reduce nuisance alarms.",
    "Replace the helium cylinder when it is empty.",
    "If no helium is available, do not start counterpulsation and contact service.",
    "Los electrodos de un solo uso no deben reutilizarse.",
    "No desactive nunca la alarma de oclusión.",
    "Si suena la alarma, silencie la alarma durante 2 minutos y compruebe la línea.",
    "La terapia intratecal nunca debe suspenderse de forma brusca.",
    "Il personale di assistenza può disattivare l'allarme durante la manutenzione.",
    "Service technicians may disable the alarm during maintenance.",
    "If the occlusion alarm sounds at night, pause the alarm tone for up to 2 minutes.",
    "La diatermia está contraindicada incluso con el estimulador apagado.",
    "Il trattamento con baclofene intratecale può essere ridotto gradualmente dal medico.",
])
def test_safe_contexts_and_prohibitions(text: str) -> None:
    assert not match_hazards(text)


def test_spanish_prohibition_forbids_the_hazard() -> None:
    assert "reuse_single_use" in {m.hazard.id for m in prohibited_hazards(
        "Los electrodos de un solo uso no deben reutilizarse.")}
    assert "abrupt_intrathecal_withdrawal" in {m.hazard.id for m in prohibited_hazards(
        "Never stop intrathecal baclofen abruptly.")}


def test_hazard_phrases_are_strings() -> None:
    """YAML reads a bare no/off/on as a boolean: every phrase must stay a string."""
    def walk(node):
        if isinstance(node, dict):
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                assert not isinstance(value, (bool, int, float)) and value is not None, node
                yield from walk(value)
    list(walk(load("hazards")))
    list(walk(load("red_flags")))


@pytest.mark.parametrize("text", [
    "Disattivare l'allarme prima della pulizia.",
    "Retirar la cánula con cuidado.",
    "Desconecte el tubo del paciente.",
    "Il dispositivo deve essere pulito dopo ogni uso.",
    "Se puede repetir el bolo.",
])
def test_italian_and_spanish_instructions(text: str) -> None:
    assert is_instruction(text)


@pytest.mark.parametrize("text", [
    "Il dispositivo è un ventilatore per adulti.",
    "Los pacientes con EPOC fueron incluidos en el estudio.",
])
def test_italian_and_spanish_statements_are_not_instructions(text: str) -> None:
    assert not is_instruction(text)


@pytest.mark.parametrize("text", [
    "Keep them with the device.",
    "Always keep a spare battery charged.",
    "Maintain a distance of 15 cm between the implant and the magnet.",
    "Ensure that the alarm is audible.",
    "Retain the packaging until the device has been used.",
    "The VASC-REG registry is used as the main source of clinical data for long-term safety.",
    "Le registre X est utilisé comme principale source de preuves cliniques.",
    "The acceptance criterion is that the device reduces pain by 30 %.",
])
def test_instructions_and_evidence_statements_are_not_claims(text: str) -> None:
    assert analyse(text) is None


@pytest.mark.parametrize("text", [
    "Suitable for all wound types.",
    "Keeps the wound bed moist for 7 days.",
    "The dressing maintains a moist wound environment.",
])
def test_claims_opening_with_a_marker_remain_claims(text: str) -> None:
    assert analyse(text) is not None


@pytest.mark.parametrize("text, flag", [
    ("Hyperbaric oxygen therapy improves cognition in children with autism.", "hbot_unrecognised_indication"),
    ("HBOT is an effective treatment for Alzheimer's disease and dementia.", "hbot_unrecognised_indication"),
    ("L'oxygénothérapie hyperbare améliore les fonctions cognitives des enfants autistes.", "hbot_unrecognised_indication"),
    ("Die hyperbare Sauerstofftherapie verbessert die Kognition bei Autismus.", "hbot_unrecognised_indication"),
    ("La oxigenoterapia hiperbárica mejora la función cognitiva en niños con autismo.", "hbot_unrecognised_indication"),
    ("The knee brace halts the progression of osteoarthritis.", "device_modifies_osteoarthritis_structure"),
    ("The laser therapy regenerates cartilage in osteoarthritic knees.", "device_modifies_osteoarthritis_structure"),
    ("Die Orthese verlangsamt das Fortschreiten der Gonarthrose.", "device_modifies_osteoarthritis_structure"),
])
def test_red_flags_outside_indications(text: str, flag: str) -> None:
    claim = analyse(text)
    assert claim is not None and claim.red_flag == flag


@pytest.mark.parametrize("text", [
    "HBOT is not recommended for autism.",
    "There is no evidence that hyperbaric oxygen improves autism.",
    "HBOT improves healing of diabetic foot ulcers.",
    "Patients with claustrophobia or asthma were excluded from hyperbaric treatment.",
    "The brace reduces knee pain in osteoarthritis.",
    "The brace does not slow the progression of osteoarthritis.",
])
def test_red_flag_negatives(text: str) -> None:
    claim = analyse(text)
    assert claim is None or claim.red_flag is None
