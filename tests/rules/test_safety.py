"""Safety-instruction rules: the hazard matcher on varied phrasings, SI001 and SI002 on facts."""

from __future__ import annotations

import pytest

from panelproof.extract.model import Concept, Fact, FactBase, FactKind
from panelproof.ingest.model import Document, DossierConfig, Location, Role
from panelproof.rules.model import Severity
from panelproof.rules.safety.SI001_unsafe_instruction import UnsafeInstruction
from panelproof.rules.safety.SI002_no_contraindications_high_risk import (
    NoContraindicationsHighRisk, is_none_statement)
from panelproof.rules.safety.common import match_hazards

UNSAFE = [
    ("Switch off the oxygen supply before opening the circuit.", "interrupt_oxygen_supply"),
    ("Turn the oxygen off before you open the patient circuit.", "interrupt_oxygen_supply"),
    ("Ventilate the patient for several breaths without oxygen.", "ventilate_without_oxygen"),
    ("Then give several breaths with no oxygen.", "ventilate_without_oxygen"),
    ("Ventilate on room air for 1 minute.", "ventilate_room_air"),
    ("Coupez l'alimentation en oxygène.", "interrupt_oxygen_supply"),
    ("Ventiler le patient sans oxygène pendant plusieurs cycles.", "ventilate_without_oxygen"),
    ("Sauerstoffzufuhr abschalten.", "interrupt_oxygen_supply"),
    ("Schalten Sie die Sauerstoffzufuhr ab.", "interrupt_oxygen_supply"),
    ("Den Patienten einige Atemzüge ohne Sauerstoff beatmen.", "ventilate_without_oxygen"),
    ("Disable the low pressure alarm during transport.", "disable_alarm"),
    ("Désactivez l'alarme de basse pression.", "disable_alarm"),
    ("Deaktivieren Sie den Alarm.", "disable_alarm"),
    ("Silence all alarms permanently during home use.", "silence_alarms_permanently"),
    ("Alarme dauerhaft stummschalten.", "silence_alarms_permanently"),
    ("Single-use tubing may be reused after sterilisation.", "reuse_single_use"),
    ("Reprocess the disposable sensor after each patient.", "reuse_single_use"),
    ("Disconnect the patient from the ventilator and wait 30 seconds.", "interrupt_ventilation"),
    ("Den Beatmungsschlauch abkoppeln, um den Filter zu wechseln.", "interrupt_ventilation"),
    ("The patient may remain without ECMO support for up to 5 minutes.",
     "interrupt_extracorporeal_support"),
    ("Run the patient without ECMO for two minutes to test the native function.",
     "interrupt_extracorporeal_support"),
    ("Bypass the air-in-line detector when priming is slow.", "bypass_infusion_safety"),
    ("Breathe the ozonated air for 10 minutes.", "inhale_ozone"),
    ("The patient is then ventilated for several breaths without oxygen.",
     "ventilate_without_oxygen"),
    ("Anschließend wird der Patient ohne Sauerstoff beatmet.", "ventilate_without_oxygen"),
    ("Stop oxygen delivery, then give 3 manual breaths without supplemental oxygen.",
     "ventilate_without_oxygen"),
    ("Disconnect the O2 supply hose prior to opening the circuit.", "interrupt_oxygen_supply"),
    ("Set the oxygen flow to zero and open the circuit.", "interrupt_oxygen_supply"),
    ("Den Sauerstofffluss auf null stellen.", "interrupt_oxygen_supply"),
    ("Close the O2 valve and ventilate with air only.", "ventilate_room_air"),
    ("Turn the alarms off during the night.", "disable_alarm"),
    ("Deactivate the apnoea alarm in CPAP mode.", "disable_alarm"),
    ("Operate the ventilator without the oxygen sensor if it is faulty.",
     "operate_without_monitoring"),
    # Therapy escalation by the user, without the prescriber (neurostimulators, pumps).
    ("Patients should raise the stimulation intensity on their own when pain returns.",
     "unsupervised_therapy_escalation"),
    ("Augmentez l'amplitude de stimulation sans avis médical si la douleur persiste.",
     "unsupervised_therapy_escalation"),
    ("Erhöhen Sie die Stimulationsamplitude eigenmächtig, wenn die Wirkung nachlässt.",
     "unsupervised_therapy_escalation"),
    ("Double the bolus dose without consulting your diabetes team.",
     "unsupervised_therapy_escalation"),
    ("| Basalrate ohne Rücksprache mit dem Arzt erhöhen |", "unsupervised_therapy_escalation"),
    # Interrupting extracorporeal life support, as an order or as a permission.
    ("For a circuit change the patient may stay off ECMO for two minutes.",
     "interrupt_extracorporeal_support"),
    ("Clamp the ECLS circuit while the oxygenator is replaced.",
     "interrupt_extracorporeal_support"),
    ("It is acceptable to stop the blood pump briefly to reposition the cannula.",
     "interrupt_extracorporeal_support"),
    ("Le patient peut rester sans assistance extracorporelle pendant le changement de circuit.",
     "interrupt_extracorporeal_support"),
    ("Die ECMO darf für den Systemwechsel kurz unterbrochen werden.",
     "interrupt_extracorporeal_support"),
    # Bolus stacking, as an order or as advice.
    ("If readings are still above target, give another correction bolus right away.",
     "bolus_stacking"),
    ("The bolus may be repeated at once when glucose has not dropped after 30 minutes.",
     "bolus_stacking"),
    ("| Persistent hyperglycaemia | Deliver an additional bolus regardless of active insulin |",
     "bolus_stacking"),
    ("Administrez un bolus supplémentaire sans attendre l'effet du premier.", "bolus_stacking"),
    ("Ein weiterer Korrekturbolus kann sofort abgegeben werden.", "bolus_stacking"),
]

SAFE = [
    "Do not increase the amplitude without consulting your physician.",
    "Never raise the dose on your own.",
    "N'augmentez jamais la dose sans avis médical.",
    "Erhöhen Sie die Dosis nur nach Rücksprache mit Ihrem Arzt.",
    "The physician may increase the amplitude in steps of 0.1 mA under supervision.",
    "Increase the amplitude gradually until paraesthesia is felt.",
    "Increase the flow without removing the mask.",
    "Do not increase the amplitude without consulting your physician.",
    "Never raise the dose on your own.",
    "N'augmentez jamais la dose sans avis médical.",
    "Erhöhen Sie die Dosis nur nach Rücksprache mit Ihrem Arzt.",
    "The physician may increase the amplitude in steps of 0.1 mA under supervision.",
    "Increase the amplitude gradually until paraesthesia is felt.",
    "Increase the flow without removing the mask.",
    "Never switch off the alarm.",
    "Do not disconnect the oxygen supply during ventilation.",
    "Don't turn off the oxygen while the patient is connected.",
    "N'éteignez jamais l'alarme.",
    "Ne coupez jamais l'alimentation en oxygène pendant la ventilation.",
    "Die Sauerstoffzufuhr niemals abschalten.",
    "Schalten Sie die Sauerstoffzufuhr nicht ab.",
    "Do not reuse single-use components.",
    "Ne pas réutiliser : dispositif à usage unique.",
    "Einwegprodukt nicht wiederverwenden.",
    "Switch off the oxygen supply when the device is not in use.",
    "Close the oxygen cylinder valve after use.",
    "In case of fire, turn off the oxygen supply.",
    "En cas d'incendie, coupez l'alimentation en oxygène.",
    "If the ventilator fails, disconnect the patient and ventilate manually with a "
    "resuscitation bag.",
    "Press the alarm silence key to pause the audible alarm for 2 minutes.",
    "Switching off the alarm may cause serious injury.",
    "Closely monitor oxygen saturation.",
    "Disconnect the ventilator from the mains before cleaning.",
    "Avoid inhaling ozone.",
    "Never operate the ventilator without oxygen monitoring.",
    "Always pre-oxygenate the patient before suctioning.",
    "Connect the oxygen hose to the high-pressure inlet.",
    "Check the alarm limits before each use.",
    "Set the infusion rate and press start.",
    "Calibrate the oxygen sensor at 21 % and 100 %.",
    "Ventilate with an air/oxygen mixture as prescribed.",
    "Reduce FiO2 gradually according to SpO2.",
    "Remove the oxygen sensor for replacement.",
    "Set the alarm limits to the patient's needs.",
    "Never interrupt ECMO flow while the patient depends on it.",
    "If the console fails, keep the blood pump running with the hand crank.",
    "During the weaning trial the sweep gas may be switched off.",
    "Die ECMO-Unterstützung niemals unterbrechen.",
    "Ne jamais clamper le circuit ECMO sans console de secours.",
    "Do not give a second bolus before the first has acted.",
    "Wait at least two hours before delivering another correction bolus.",
    "Wiederholen Sie den Bolus nicht sofort.",
    "Ne répétez pas le bolus immédiatement.",
    "The bolus is delivered immediately after confirmation.",
    "Stopping ECMO flow may cause cardiac arrest.",
    # "without" that qualifies the set-up, and a patient line that carries no ventilation
    "Can be integrated in CPB and ECMO circuits without an additional pump.",
    "Nach der Untersuchung den Patientenschlauch abkoppeln und verwerfen.",
    "After the examination, disconnect the patient line and discard it.",
]


@pytest.mark.parametrize(("sentence", "hazard"), UNSAFE)
def test_unsafe_instructions_match_their_hazard(sentence: str, hazard: str) -> None:
    assert hazard in [m.hazard.id for m in match_hazards(sentence)]


@pytest.mark.parametrize("sentence", SAFE)
def test_safe_instructions_and_prohibitions_do_not_match(sentence: str) -> None:
    assert match_hazards(sentence) == []


def _fact(kind: FactKind, value, document: str, role: Role, quote: str) -> Fact:
    return Fact(kind, value, Location(document, None, None, quote), role)


def _base(*facts: Fact, config: DossierConfig | None = None) -> FactBase:
    paths = sorted({f.document for f in facts})
    roles = {f.document: f.role for f in facts}
    documents = [Document(p, "md", role=roles[p]) for p in paths]
    return FactBase(documents=documents, facts=list(facts), config=config or DossierConfig())


def test_si001_groups_language_versions_and_takes_the_worst_severity() -> None:
    en = "Ventilate the patient for several breaths without oxygen."
    fr = "Ventiler le patient sans oxygène pendant plusieurs cycles."
    base = _base(_fact(FactKind.INSTRUCTION, en, "IFU_en.md", Role.IFU, en),
                 _fact(FactKind.INSTRUCTION, fr, "IFU_fr.md", Role.IFU, fr),
                 _fact(FactKind.INSTRUCTION, "Press start.", "IFU_en.md", Role.IFU,
                       "Press start."))
    findings = list(UnsafeInstruction().check(base))
    assert len(findings) == 1
    assert findings[0].severity is Severity.CRITICAL
    assert {loc.quote for loc in findings[0].locations} == {en, fr}
    assert "ISO 80601-2-12" in findings[0].message


def test_si001_silent_on_prohibitions() -> None:
    text = "Never switch off the oxygen supply while the patient is connected."
    base = _base(_fact(FactKind.INSTRUCTION, text, "IFU_en.md", Role.IFU, text))
    assert list(UnsafeInstruction().check(base)) == []


def _none(document: str = "IFU_en.md", role: Role = Role.IFU) -> Fact:
    return _fact(FactKind.CONTRAINDICATION,
                 Concept("none", "There are no known contraindications.", negated=True),
                 document, role, "There are no known contraindications.")


def test_si002_high_risk_pack() -> None:
    base = _base(_none(), _fact(FactKind.DEVICE_TYPE, Concept("ventilator", "ventilator"),
                                "CER.md", Role.CER, "ventilator"))
    findings = list(NoContraindicationsHighRisk().check(base))
    assert len(findings) == 1
    assert findings[0].severity is Severity.MAJOR
    assert "There are no known contraindications." in [l.quote for l in findings[0].locations]


def test_si002_class_iib_without_pack_and_other_document_listing_some() -> None:
    base = _base(_none("SSCP.md", Role.SSCP),
                 _fact(FactKind.DEVICE_CLASS, "IIb", "CEAR.md", Role.CEAR, "class IIb"),
                 _fact(FactKind.CONTRAINDICATION, Concept("text:pneumothorax", "pneumothorax"),
                       "IFU_en.md", Role.IFU, "untreated pneumothorax"))
    findings = list(NoContraindicationsHighRisk().check(base))
    assert len(findings) == 1
    quotes = [l.quote for l in findings[0].locations]
    assert "class IIb" in quotes and "untreated pneumothorax" in quotes


def test_si002_silent_for_low_risk_wound_dressing() -> None:
    base = _base(_none(), _fact(FactKind.DEVICE_TYPE, Concept("wound_device", "wound dressing"),
                                "CER.md", Role.CER, "wound dressing"),
                 _fact(FactKind.DEVICE_CLASS, "I", "CER.md", Role.CER, "class I"))
    assert list(NoContraindicationsHighRisk().check(base)) == []


def test_si002_declared_type_in_dossier_yaml() -> None:
    base = _base(_none(), config=DossierConfig(device_type="implantable_neurostimulator"))
    assert len(list(NoContraindicationsHighRisk().check(base))) == 1


# --- SI003 -------------------------------------------------------------------------------

from panelproof.rules.safety.SI003_instruction_contradicts_warning import (  # noqa: E402
    InstructionContradictsWarning)


def test_si003_instruction_against_related_warning_quotes_both_sides() -> None:
    warning = "Never operate the ventilator without oxygen monitoring."
    instruction = "Ventilate the patient for several breaths without oxygen."
    base = _base(_fact(FactKind.WARNING, Concept("text:w", warning), "IFU_en.md", Role.IFU,
                       warning),
                 _fact(FactKind.INSTRUCTION, instruction, "CER.md", Role.CER, instruction))
    [finding] = InstructionContradictsWarning().check(base)
    assert {l.quote for l in finding.locations} == {warning, instruction}


def test_si003_warning_vocabulary_id_counts_in_any_language() -> None:
    instruction = "Reprocess the disposable sensor after each patient."
    base = _base(_fact(FactKind.WARNING, Concept("single_use", "Einmalprodukt"), "IFU_de.md",
                       Role.IFU, "Einmalprodukt."),
                 _fact(FactKind.INSTRUCTION, instruction, "IFU_en.md", Role.IFU, instruction))
    assert len(list(InstructionContradictsWarning().check(base))) == 1


def test_si003_silent_without_a_contradicting_warning() -> None:
    instruction = "Switch off the oxygen supply before opening the circuit."
    warning = "Do not reuse single-use components."
    base = _base(_fact(FactKind.WARNING, Concept("single_use", warning), "IFU_en.md", Role.IFU,
                       warning),
                 _fact(FactKind.INSTRUCTION, instruction, "IFU_en.md", Role.IFU, instruction))
    assert list(InstructionContradictsWarning().check(base)) == []


NONE_STATEMENTS = [
    "There are no contraindications for the CardioFlow ECLS console.",
    "There are no contraindications to the use of the Osteon hip stem.",
    "The Neurova SCS has no known contraindications.",
    "Contraindications: none known.",
    "No contraindications have been identified for this implant.",
    "Il n'existe aucune contre-indication à l'utilisation du système.",
    "Aucune contre-indication connue.",
    "Es sind keine Kontraindikationen bekannt.",
    "Gegenanzeigen: keine.",
    "Es gibt keine Gegenanzeigen für die Anwendung des Implantats.",
]

NOT_NONE_STATEMENTS = [
    "Patients with no contraindication to anticoagulation were included.",
    "No contraindications were observed during the study.",
    "There are no contraindications listed in the predicate's IFU, which is a gap.",
    "No contraindication-related events occurred.",
    "Contraindications: active infection; known allergy to silicone.",
    "Les patients sans contre-indication à l'IRM ont été inclus.",
    "Patienten ohne Kontraindikationen wurden eingeschlossen.",
]


@pytest.mark.parametrize("sentence", NONE_STATEMENTS)
def test_none_statements_are_read_in_every_shape(sentence: str) -> None:
    assert is_none_statement(sentence)


@pytest.mark.parametrize("sentence", NOT_NONE_STATEMENTS)
def test_inclusion_criteria_and_results_are_not_none_statements(sentence: str) -> None:
    assert not is_none_statement(sentence)


def test_si002_reads_a_text_id_fact_that_says_none() -> None:
    # An extractor that kept the sentence as an ordinary contraindication, not as "none".
    quote = "There are no contraindications to the use of the Vitalis ECMO System."
    base = _base(_fact(FactKind.CONTRAINDICATION, Concept("text:there are no contraindications "
                                                          "to the use of the vitalis ecmo system",
                                                          quote), "IFU_en.md", Role.IFU, quote),
                 _fact(FactKind.DEVICE_CLASS, "III", "CER.md", Role.CER, "class III"))
    [finding] = list(NoContraindicationsHighRisk().check(base))
    assert quote in [loc.quote for loc in finding.locations]
    assert "class III" in finding.message


def test_si002_reads_the_statement_when_no_fact_was_extracted() -> None:
    from panelproof.ingest.model import assign_offsets
    from panelproof.ingest.text import parse_markdown
    blocks = parse_markdown("# Instructions for use\n\n## Contraindications\n\n"
                            "There are no contraindications for the HeartMesh implant.\n")
    assign_offsets(blocks)
    ifu = Document("IFU_en.md", "md", role=Role.IFU, blocks=blocks)
    cls = _fact(FactKind.DEVICE_CLASS, "III", "CER.md", Role.CER, "class III")
    base = FactBase(documents=[ifu, Document("CER.md", "md", role=Role.CER)], facts=[cls])
    [finding] = list(NoContraindicationsHighRisk().check(base))
    assert finding.locations[0].quote == ("There are no contraindications for the HeartMesh "
                                          "implant.")
    assert finding.locations[0].document == "IFU_en.md"


def test_si002_label_none_alone_under_a_contraindications_heading() -> None:
    from panelproof.ingest.model import assign_offsets
    from panelproof.ingest.text import parse_markdown
    blocks = parse_markdown("# Gebrauchsanweisung\n\n## Gegenanzeigen\n\nKeine.\n")
    assign_offsets(blocks)
    ifu = Document("IFU_de.md", "md", role=Role.IFU, blocks=blocks)
    cls = _fact(FactKind.DEVICE_CLASS, "IIb", "CER.md", Role.CER, "Klasse IIb")
    base = FactBase(documents=[ifu, Document("CER.md", "md", role=Role.CER)], facts=[cls])
    [finding] = list(NoContraindicationsHighRisk().check(base))
    assert finding.locations[0].quote == "Keine."


def test_si002_silent_when_the_ifu_lists_contraindications_in_prose() -> None:
    from panelproof.ingest.model import assign_offsets
    from panelproof.ingest.text import parse_markdown
    blocks = parse_markdown("## Contraindications\n\nDo not implant in patients with active "
                            "infection. Patients with no contraindication to MRI were "
                            "included in the study.\n")
    assign_offsets(blocks)
    ifu = Document("IFU_en.md", "md", role=Role.IFU, blocks=blocks)
    cls = _fact(FactKind.DEVICE_CLASS, "III", "CER.md", Role.CER, "class III")
    base = FactBase(documents=[ifu, Document("CER.md", "md", role=Role.CER)], facts=[cls])
    assert list(NoContraindicationsHighRisk().check(base)) == []
