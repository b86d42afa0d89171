"""Instructions that break the dossier's own warning or a clinical limit: a value outside a
range a warning keeps (SI005), a per-session amount above guidance (SI005), an act the warning
forbids ("continue emulsification" with an empty bottle against "never operate the ultrasound
handpiece without irrigation"), an interruption declared harmless, and tapering waived (SI001,
SI003). Sentences are our own, on devices of several kinds and in several languages."""

from __future__ import annotations

import pytest

from panelproof.extract import instructions, intended_use, parameters
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactBase
from panelproof.ingest.model import DossierConfig, Role
from panelproof.ingest.text import document_from_text
from panelproof.rules.safety.common import match_hazards, prohibited_hazards
from panelproof.rules.safety.SI001_unsafe_instruction import UnsafeInstruction
from panelproof.rules.safety.SI003_instruction_contradicts_warning import \
    InstructionContradictsWarning
from panelproof.rules.safety.SI005_instruction_exceeds_stated_limit import (
    InstructionExceedsStatedLimit, permitted_values, range_limits)


def _facts(docs: dict[str, tuple[Role, str, str]]) -> FactBase:
    config = DossierConfig()
    documents = [document_from_text(text, path, role=role, language=language)
                 for path, (role, language, text) in docs.items()]
    base = FactBase(documents=documents, config=config)
    context = ExtractionContext(config=config)
    for document in documents:
        for module in (instructions, intended_use, parameters):
            base.extend(module.extract(document, context))
    return base


# --- a range a warning keeps ---------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "upper", "unit"), [
    ("Keep the cuff pressure between 20 and 30 cmH2O at all times.", 30, "cmH2O"),
    ("Maintenir la pression du ballonnet entre 20 et 30 cmH2O.", 30, "cmH2O"),
    ("Den Cuffdruck stets zwischen 20 und 30 cmH2O halten.", 30, "cmH2O"),
    ("Mantenere la pressione della cuffia tra 2,0 e 2,9 kPa.", 2.9, "kilopascal"),
    ("The tourniquet pressure must stay within 150-250 mmHg.", 250, "mmHg"),
])
def test_a_range_limits_its_upper_end(sentence, upper, unit):
    assert [(v.number, v.unit) for v in range_limits(sentence)] == [(upper, unit)]


@pytest.mark.parametrize(("sentence", "value"), [
    # a setting verb instructs; a negation in a later clause does not negate it
    ("Inflate the cuff to 40 to 50 cmH2O, as a higher pressure ensures that no secretions pass.", 50),
    ("Gonfler le ballonnet à 45 cmH2O, car aucune sécrétion ne passe alors.", 45),
    ("Fill the retention balloon with 15 ml of sterile water.", 15),
    ("Blocken Sie den Cuff mit 50 cmH2O.", 50),
])
def test_setting_verbs_instruct_a_value(sentence, value):
    assert [v.number for v in permitted_values(sentence)][-1:] == [value]


@pytest.mark.parametrize(("warning", "instruction", "language"), [
    ("Keep the cuff pressure between 20 and 30 cmH2O; measure it every 8 hours.",
     "Inflate the cuff to 40 to 50 cmH2O, as a higher cuff pressure ensures that no secretions pass the cuff.",
     "en"),
    ("Warning: keep the cuff pressure between 20 and 30 cmH2O.",
     "Inflate the cuff to 4.5 kPa so that the cuff seals.", "en"),
    ("Avertissement : maintenir la pression du ballonnet entre 20 et 30 cmH2O.",
     "Gonfler le ballonnet à 45 cmH2O pour une meilleure étanchéité.", "fr"),
    ("Warnung: Den Ballon stets mit 5 bis 10 ml füllen.",
     "Füllen Sie den Ballon mit 15 ml, damit kein Urin am Ballon vorbeiläuft.", "de"),
])
def test_instruction_above_the_range_of_its_own_warning(warning, instruction, language):
    facts = _facts({f"ifu_{language}.md": (Role.IFU, language,
                                          f"# Warnings\n\n{warning}\n\n# Procedure\n\n{instruction}\n")})
    findings = list(InstructionExceedsStatedLimit().check(facts))
    assert findings and any(instruction[:30] in f.message for f in findings)


def test_instruction_inside_the_range_is_kept():
    facts = _facts({"ifu_en.md": (Role.IFU, "en",
                                  "# Warnings\n\nKeep the cuff pressure between 20 and 30 cmH2O.\n\n"
                                  "# Procedure\n\nInflate the cuff to 25 cmH2O and check it every 8 hours.\n")})
    assert not list(InstructionExceedsStatedLimit().check(facts))


# --- a per-session amount above clinical guidance ------------------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("# Home drainage of the pleural catheter\n\nDrain up to 2,000 mL per session, using a second "
     "bottle if needed.\n\n# Risks\n\n- Re-expansion pulmonary edema\n", "en"),
    ("# Drainage du cathéter pleural\n\nVous pouvez drainer jusqu'à 2 000 mL par séance.\n", "fr"),
    ("# Pleurakatheter\n\nPro Sitzung dürfen bis zu 2,5 l drainiert werden.\n", "de"),
])
def test_pleural_drainage_above_guidance(text, language):
    facts = _facts({f"ifu_{language}.md": (Role.IFU, language, text)})
    findings = list(InstructionExceedsStatedLimit().check(facts))
    assert findings and "1500" in findings[0].message


@pytest.mark.parametrize("text", [
    # within guidance
    "# Pleural catheter\n\nDrain up to 1,000 mL per session.\n",
    # another drain, no pleural procedure in the document
    "# Wound drain\n\nThe reservoir can collect up to 2,000 mL per session.\n",
])
def test_drainage_within_guidance_or_of_another_procedure(text):
    facts = _facts({"ifu_en.md": (Role.IFU, "en", text)})
    assert not list(InstructionExceedsStatedLimit().check(facts))


# --- an act the warning forbids --------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "In case the bottle is emptied during the procedure, kindly continue emulsification at reduced power until the new bottle is hung.",
    "If the irrigation bag runs dry, you may emulsify at low power until it is replaced.",
    "Si le flacon est vide, poursuivre l'émulsification à puissance réduite.",
    "Bei leerer Flasche kann die Phakoemulsifikation mit reduzierter Leistung fortgesetzt werden.",
    "Se il flacone è vuoto, continuare l'emulsificazione a potenza ridotta.",
])
def test_ultrasound_without_irrigation_is_unsafe(sentence):
    assert "ultrasound_without_irrigation" in {m.hazard.id for m in match_hazards(sentence)}


@pytest.mark.parametrize("sentence", [
    "If the bottle empties, stop emulsification and resume only after the new bottle is hung.",
    "Replace the irrigation bottle before it empties; never continue emulsification without irrigation.",
    "Sustituir la botella de irrigación antes de que se vacíe; no emulsionar sin irrigación.",
])
def test_safe_irrigation_steps(sentence):
    assert "ultrasound_without_irrigation" not in {m.hazard.id for m in match_hazards(sentence)}


@pytest.mark.parametrize("warning", [
    "Do not operate the ultrasound handpiece without irrigation flow; this may cause a wound burn.",
    "Never switch off the oxygen supply while the patient is connected; this may cause hypoxia.",
])
def test_prohibition_followed_by_its_consequence_still_forbids(warning):
    assert prohibited_hazards(warning)


def test_a_consequence_alone_is_neither_instruction_nor_prohibition():
    assert not match_hazards("Switching off the alarm may cause injury.")
    assert not prohibited_hazards("Switching off the alarm may cause injury.")


def test_emulsifying_with_an_empty_bottle_contradicts_the_own_warning():
    facts = _facts({"ifu_en.md": (Role.IFU, "en",
                                  "# Warnings\n\nDo not operate the ultrasound handpiece without irrigation "
                                  "flow; this may cause a wound burn.\n\n# Procedure\n\nIn case the bottle "
                                  "is emptied during the procedure, continue emulsification at reduced "
                                  "power until the new bottle is hung.\n")})
    assert list(InstructionContradictsWarning().check(facts))
    assert list(UnsafeInstruction().check(facts))


# --- an interruption declared harmless, tapering waived -------------------------------------

@pytest.mark.parametrize("sentence", [
    "Cylinder exchange: press OFF, replace the cylinder and restart the delivery; an interruption of two or three minutes is well tolerated and the backup is not needed for this.",
    "A short interruption of the NO delivery during the cylinder change is harmless.",
    "Une courte interruption de l'administration pendant le changement de bouteille est sans danger.",
    "Eine kurze Unterbrechung der Zufuhr beim Flaschenwechsel wird gut vertragen.",
])
def test_harmless_interruption_of_continuous_therapy(sentence):
    assert "interrupt_continuous_therapy" in {m.hazard.id for m in match_hazards(sentence)}


def test_interruption_bridged_by_the_backup_is_safe():
    sentence = ("During the cylinder change, use the backup delivery system; an interruption of "
                "delivery is then avoided and well tolerated.")
    assert "interrupt_continuous_therapy" not in {m.hazard.id for m in match_hazards(sentence)}


@pytest.mark.parametrize("sentence", [
    "If therapy is to be ended, the pump can be programmed to minimum flow and the reservoir emptied; tapering of the baclofen dose is not required.",
    "Il n'est pas nécessaire de diminuer progressivement la dose de baclofène avant l'explantation.",
    "Ein Ausschleichen der Baclofen-Dosis ist nicht erforderlich.",
    "Non è necessaria una riduzione graduale del baclofene intratecale.",
    "No es necesaria una reducción gradual de la dosis de baclofeno.",
])
def test_tapering_of_intrathecal_baclofen_waived(sentence):
    assert "abrupt_intrathecal_withdrawal" in {m.hazard.id for m in match_hazards(sentence)}


@pytest.mark.parametrize("sentence", [
    "Never stop intrathecal baclofen abruptly; tapering is always required.",
    "Ne jamais arrêter le baclofène intrathécal brutalement : une diminution progressive est nécessaire.",
    "Tapering of the baclofen dose is required before explantation.",
])
def test_tapering_required_is_safe(sentence):
    assert "abrupt_intrathecal_withdrawal" not in {m.hazard.id for m in match_hazards(sentence)}


def test_waived_tapering_contradicts_the_own_warning_on_abrupt_discontinuation():
    facts = _facts({"ifu_en.md": (Role.IFU, "en",
                                  "# Warnings\n\nAbrupt discontinuation of epoprostenol can cause rebound "
                                  "pulmonary hypertension.\n\n# Ending therapy\n\nTo end therapy, stop the "
                                  "pump; tapering of the infusion is not necessary.\n")})
    assert list(InstructionContradictsWarning().check(facts))
