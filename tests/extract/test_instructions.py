"""INSTRUCTION facts: imperative and procedural sentences in en/fr/de, and what is not one."""

from __future__ import annotations

import pytest

from panelproof.extract.common import ExtractionContext
from panelproof.extract.instructions import extract, is_instruction, is_permission
from panelproof.ingest.model import Document, Role, assign_offsets
from panelproof.ingest.text import parse_markdown

INSTRUCTIONS = [
    # German polite imperative after a leading clause of any shape.
    "Lässt die Schmerzlinderung nach, erhöhen Sie die Amplitude um eine Stufe.",
    "Ist der Akku leer, schließen Sie das Netzteil an.",
    "Bei anhaltendem Alarm: prüfen Sie den Schlauch.",
    "Switch off the oxygen supply before opening the circuit.",
    "Ventilate the patient for several breaths without oxygen.",
    "Then ventilate for several breaths without oxygen.",
    "Before opening the circuit, disconnect the oxygen.",
    "Step 3: Disconnect the oxygen hose.",
    "WARNING: Do not reuse.",
    "Never switch off the alarm.",
    "Wait 5 seconds.",
    "The oxygen supply must be switched off before opening the circuit.",
    "Coupez l'alimentation en oxygène.",
    "N'éteignez jamais l'alarme.",
    "Ne pas réutiliser.",
    "Ventiler le patient sans oxygène pendant plusieurs cycles.",
    "Si l'alarme retentit, vérifiez le circuit.",
    "L'alimentation en oxygène doit être coupée.",
    "Sauerstoffzufuhr abschalten.",
    "Schalten Sie die Sauerstoffzufuhr ab.",
    "Vor dem Öffnen des Kreislaufs die Sauerstoffzufuhr abschalten.",
    "Den Patienten einige Atemzüge ohne Sauerstoff beatmen.",
    "Die Sauerstoffzufuhr muss vor dem Öffnen abgeschaltet werden.",
    "The patient is then ventilated for several breaths without oxygen.",
    "Then the oxygen supply is switched off.",
    "Le patient est ensuite ventilé sans oxygène.",
    "Anschließend wird der Patient ohne Sauerstoff beatmet.",
]

# Permissions, dispensations and advice are instructions too: the reader acts on them.
PERMISSIONS = [
    "Nach dem Eingriff können Sie duschen.",
    "For tube changes the child may stay off the circuit for up to one minute.",
    "The bolus can then be repeated straight away if readings stay high.",
    "It is acceptable to pause the blood pump while the line is changed.",
    "There is no need to wait for the alarm to clear.",
    "Users need not check the cannula position after transport.",
    "| Occlusion | The infusion can simply be restarted. |",
    "Le patient peut rester débranché pendant deux minutes.",
    "Il est possible de suspendre la nutrition pendant la nuit.",
    "Il n'est pas nécessaire d'attendre la fin de l'alarme.",
    "Die Pumpe darf während des Transports angehalten werden.",
    "Es ist zulässig, die Therapie für kurze Zeit zu unterbrechen.",
    "Der Bolus kann direkt im Anschluss wiederholt werden.",
]

# Risk descriptions and results are not permissions.
NOT_PERMISSIONS = [
    "The patient may be disconnected accidentally during transfers.",
    "Skin irritation may occur under the mask.",
    "In rare cases the cannula may be dislodged.",
    "High flow may cause gastric distension.",
    "Results may vary between patients.",
    "Patients may benefit from early mobilisation.",
    "Le dispositif peut entraîner une irritation cutanée.",
    "Une déconnexion accidentelle peut survenir.",
    "Es kann zu einer Hypoxie kommen.",
    "Eine versehentliche Diskonnektion kann nicht ausgeschlossen werden.",
]

NOT_INSTRUCTIONS = [
    "Wenn die Therapie endet, werden Sie benachrichtigt.",
    "Die Studie zeigte, dass Patienten profitieren, haben sie berichtet.",
    "The device is a ventilator for adults.",
    "Patients with COPD were included in the study.",
    "Results at 6 months showed improvement.",
    "Tidal volume: 50–2000 ml",
    "Mechanical ventilation reduces intracranial pressure.",
    "Switching off the oxygen may cause hypoxia.",
    "In the event of failure the alarm sounds.",
    "Is the device safe?",
    "Le ventilateur est destiné aux patients adultes.",
    "Die Ergebnisse zeigen, dass keine Komplikationen auftraten.",
    "Das Gerät ist für Erwachsene bestimmt.",
    "Die Beatmung von Neugeborenen.",
    "La ventilation avec PEP diminue la pression intracrânienne chez le traumatisé crânien.",
    "WoundPad is intended for the treatment of burns in adults and children.",
    "It is not intended for neonates or children.",
    "Use environment: in a hospital environment and in intensive care units.",
    "Follow-up",
    "Use environment",
]


@pytest.mark.parametrize("sentence", INSTRUCTIONS)
def test_instructions_are_recognised(sentence: str) -> None:
    assert is_instruction(sentence)


@pytest.mark.parametrize("sentence", NOT_INSTRUCTIONS)
def test_statements_are_not_instructions(sentence: str) -> None:
    assert not is_instruction(sentence)


@pytest.mark.parametrize("sentence", PERMISSIONS)
def test_permissions_are_instructions(sentence: str) -> None:
    assert is_permission(sentence)
    assert is_instruction(sentence)


@pytest.mark.parametrize("sentence", NOT_PERMISSIONS)
def test_risk_descriptions_are_not_permissions(sentence: str) -> None:
    assert not is_permission(sentence)
    assert not is_instruction(sentence)


def _doc(markdown: str, role: Role) -> Document:
    blocks = parse_markdown(markdown)
    assign_offsets(blocks)
    return Document(path="IFU_en.md", format="md", role=role, blocks=blocks)


def test_facts_quote_each_sentence_verbatim_from_lists_and_tables() -> None:
    doc = _doc("# Suctioning\n\n1. Before opening the circuit,  switch off the oxygen supply.\n"
               "2. The circuit is opened. Ventilate the patient for 3 breaths.\n\n"
               "| Step | Action |\n| --- | --- |\n| 4 | Reconnect the circuit. |\n", Role.IFU)
    quotes = [f.location.quote for f in extract(doc, ExtractionContext())]
    assert quotes == ["Before opening the circuit, switch off the oxygen supply.",
                      "Ventilate the patient for 3 breaths.", "Reconnect the circuit."]
    for quote in quotes:
        assert quote in " ".join(doc.text.split())


def test_instruction_after_a_pdf_line_break_inside_a_list_item() -> None:
    from panelproof.ingest.model import Block, BlockKind
    block = Block(BlockKind.LIST_ITEM, "accidental disconnection of the breathing circuit\n"
                  "Before disconnecting the patient, switch off the oxygen supply.")
    doc = Document(path="CER.pdf", format="pdf", role=Role.CER, blocks=[block])
    assign_offsets(doc.blocks)
    [fact] = extract(doc, ExtractionContext())
    assert fact.location.quote == "Before disconnecting the patient, switch off the oxygen supply."


def test_notified_body_report_is_not_read() -> None:
    doc = _doc("Switch off the oxygen supply.\n", Role.CEAR)
    assert list(extract(doc, ExtractionContext())) == []


@pytest.mark.parametrize("text", [
    "Use of short-wave diathermy, microwave diathermy or therapeutic ultrasound diathermy",
    "Reuse of single-use components",
    "Use of the device in children below 2 years",
])
def test_use_of_is_a_noun_not_an_order(text):
    assert not is_instruction(text)


@pytest.mark.parametrize("text", [
    "Dispose of single-use components as infectious waste.",
    "Use the device only in hospitals.",
])
def test_verbs_with_of_are_still_orders(text):
    assert is_instruction(text)


def test_an_order_after_a_task_label_of_several_words_is_an_instruction():
    from panelproof.extract.instructions import is_instruction
    assert is_instruction("Clearing of thick subglottic secretions: disconnect the patient from the "
                          "ventilator and fully deflate the cuff for 2-3 mins.")
    assert not is_instruction("Residual risks and side effects of the procedure: bleeding and infection.")
