"""Two classes of unsafe instruction seen in blind sets: going on past a limit clinical
guidance sets (SI005 with knowledge/procedure_limits.yaml), and eye protection waived for a
laser (SI001 with knowledge/hazards.yaml)."""

from __future__ import annotations

import pytest

from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.rules.safety.common import match_hazards
from panelproof.rules.safety.SI001_unsafe_instruction import UnsafeInstruction
from panelproof.rules.safety.SI005_instruction_exceeds_stated_limit import (
    InstructionExceedsStatedLimit, continued_beyond)

from tests.rules.safety.test_safety_own_warning_classes import _facts


# --- going on once a quantity exceeds the limit guidance sets ----------------------------------

@pytest.mark.parametrize(("text", "language"), [
    ("# Hysteroscopic resection\n\nShould the saline deficit reach more than 2.5 L, the resection "
     "can be continued once a diuretic has been given.\n", "en"),
    ("# Operative hysteroscopy\n\nWhen the fluid deficit is above 3000 mL, continue the procedure "
     "under close monitoring.\n", "en"),
    ("# Hysteroscopie opératoire\n\nSi le déficit liquidien dépasse 2 500 mL de sérum "
     "physiologique, l'intervention peut être poursuivie après administration de furosémide.\n", "fr"),
    ("# Hysteroskopie\n\nWenn das Flüssigkeitsdefizit 2.500 ml überschreitet, kann der Eingriff "
     "nach Gabe von Furosemid fortgesetzt werden.\n", "de"),
    ("# Histeroscopia\n\nSi el déficit de líquido supera 2500 ml, puede continuar el procedimiento "
     "tras administrar furosemida.\n", "es"),
    # the order before its condition
    ("# Hysteroscopy\n\nThe procedure may be continued even if the fluid deficit exceeds 2,600 mL, "
     "provided that furosemide is given.\n", "en"),
    # the pleural limit, reached by going on
    ("# Pleural catheter\n\nIf more than 1,500 mL has been drained, drainage may be continued "
     "slowly.\n", "en"),
])
def test_going_on_past_a_guidance_limit(text, language):
    facts = _facts({f"ifu_{language}.md": (Role.IFU, language, text)})
    findings = list(InstructionExceedsStatedLimit().check(facts))
    assert findings and any(("2500" in f.message or "1500" in f.message) for f in findings)


@pytest.mark.parametrize("text", [
    # stop at the limit
    "# Hysteroscopy\n\nIf the fluid deficit exceeds 2 500 mL, stop the procedure.\n",
    "# Hysteroscopy\n\nIf the fluid deficit exceeds 2 500 mL, the procedure must not be continued.\n",
    "# Hystéroscopie\n\nSi le déficit dépasse 2 500 mL, ne pas poursuivre l'intervention.\n",
    # a lower threshold at which going on under monitoring is within guidance
    "# Hysteroscopy\n\nIf the fluid deficit exceeds 1 000 mL, the procedure may be continued with "
    "close monitoring.\n",
    # a condition that keeps within the limit
    "# Hysteroscopy\n\nIf the fluid deficit does not exceed 2 500 mL, the procedure may be continued.\n",
    # another procedure: no hysteroscopy in the document
    "# Cell saver\n\nIf the deficit exceeds 3 000 mL, the infusion may be continued.\n",
])
def test_stopping_or_staying_within_guidance_is_kept(text):
    facts = _facts({"ifu_en.md": (Role.IFU, "en", text)})
    assert not list(InstructionExceedsStatedLimit().check(facts))


def test_the_value_going_on_passes():
    assert [v.number for v in continued_beyond(
        "Wenn das Flüssigkeitsdefizit 2.500 ml überschreitet, kann der Eingriff fortgesetzt werden.", "de")] == [2500]
    assert not continued_beyond("If the fluid deficit exceeds 2 500 mL, stop and do not continue.")


# --- eye protection waived for a laser ---------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The patient does not need eye protection because the laser beam stays inside the probe.",
    "Protective eyewear is not required for the patient, as the beam is confined to the treatment tip.",
    "Assistants may stay in the room without laser safety glasses while the class 4 laser fires into the handpiece.",
    "Les lunettes de protection ne sont pas nécessaires pour le patient, le faisceau laser restant dans la sonde.",
    "Eine Laserschutzbrille ist für den Patienten nicht erforderlich, da der Laserstrahl in der Sonde bleibt.",
    "Il paziente non ha bisogno di occhiali protettivi perché il fascio laser resta nella sonda.",
])
def test_laser_eye_protection_waived(sentence):
    assert "laser_eye_protection_waived" in {m.hazard.id for m in match_hazards(sentence)}


@pytest.mark.parametrize("sentence", [
    "Everyone in the nominal hazard zone, including the patient, must wear laser safety eyewear.",
    "Never fire the laser without protective eyewear for the patient and staff.",
    "Eye protection is not required outside the nominal hazard zone or when the laser is switched off.",
    "Ne jamais utiliser le laser sans lunettes de protection.",
    "Eye protection is not required for the patient during ultrasound imaging.",
])
def test_eye_protection_kept_or_waived_safely(sentence):
    assert "laser_eye_protection_waived" not in {m.hazard.id for m in match_hazards(sentence)}


@pytest.mark.parametrize(("text", "language"), [
    ("# Cautions\n\nCAUTION: Laser safety eyewear is required for the operator. The patient does "
     "not need eye protection because the beam is confined to the vaginal canal.\n", "en"),
    ("# Sicherheit\n\nDer Patient braucht keine Schutzbrille, da der Laserstrahl in der Sonde "
     "bleibt.\n", "de"),
])
def test_laser_eye_protection_waiver_is_reported(text, language):
    facts = _facts({f"ifu_{language}.md": (Role.IFU, language, text)})
    assert any("eye" in f.message.lower() or "retina" in f.message.lower()
               for f in UnsafeInstruction().check(facts)), [
        f.location.quote for f in facts.of(FactKind.INSTRUCTION)]


@pytest.mark.parametrize(("text", "language"), [
    # worded under the warnings: read as a warning and as an instruction
    ("# Warnings and precautions\n\nUse only isotonic saline in this hysteroscope.\n\nIf the fluid "
     "deficit exceeds 2 500 mL of saline, the procedure may be continued after a diuretic.\n", "en"),
    ("# Avertissements\n\nHystéroscopie : si le déficit liquidien dépasse 2 500 mL, l'intervention "
     "peut être poursuivie après administration de furosémide.\n", "fr"),
])
def test_going_on_past_a_guidance_limit_in_the_warnings(text, language):
    facts = _facts({f"ifu_{language}.md": (Role.IFU, language, text)})
    assert any("2500" in f.message for f in InstructionExceedsStatedLimit().check(facts))


# --- a device that must come out before birth left in place -----------------------------------

@pytest.mark.parametrize("sentence", [
    "Should labour begin with the occlusion balloon still in the trachea, it can stay in place and be retrieved by the neonatology team in the NICU.",
    "Si le travail débute avant le retrait, le ballonnet peut être laissé en place et retiré par l'équipe néonatale.",
    "Als de weeën beginnen, mag de ballon blijven zitten en door het neonatale team worden verwijderd.",
    "The cervical pessary may be left in place during labour.",
])
def test_left_in_place_through_birth(sentence):
    assert "left_in_place_through_birth" in {m.hazard.id for m in match_hazards(sentence)}


@pytest.mark.parametrize("sentence", [
    "If labour starts before removal, the balloon is removed at delivery on placental support (EXIT procedure).",
    "The balloon must never be left in place and removed by the neonatal team after birth.",
    "The postpartum balloon may be left in place for up to 24 hours after delivery.",
    "The transabdominal cerclage is left in place during delivery by caesarean section.",
])
def test_removed_before_birth_or_meant_to_stay(sentence):
    assert "left_in_place_through_birth" not in {m.hazard.id for m in match_hazards(sentence)}
