"""Instructions beyond the document's own limit, MRI at any field strength, and the place where
a home therapy starts (SI005, SI004, PM001 and the extractors they read)."""

import pytest

from panelproof.extract import mri_status
from panelproof.extract.instructions import is_instruction
from panelproof.extract.settings import _initiation_at
from panelproof.ingest.model import Block, BlockKind, Document, Role
from panelproof.rules.safety.SI005_instruction_exceeds_stated_limit import permitted_values


@pytest.mark.parametrize("sentence", [
    "(2) Raise the flow to 12 L/min.",
    "(b) Set the inspiratory pressure to 40 cmH2O.",
    "(iv) Schließen Sie den Schlauch an die Pumpe an.",
    "(3) If the seal is lost, tighten the clamp.",
    "② Connect the extension line.",
])
def test_parenthesised_enumerators_do_not_hide_the_order(sentence):
    assert is_instruction(sentence)


@pytest.mark.parametrize("sentence", ["(1) The catheter consists of a silicone shaft.",
                                      "(4) Patients with active infection."])
def test_parenthesised_statements_stay_statements(sentence):
    assert not is_instruction(sentence)


@pytest.mark.parametrize("sentence, value", [
    ("(3) When the drape does not seal, raise the vacuum to -250 mmHg or higher.", 250),
    ("If the flow is not sufficient, set the infusion rate to 9 ml/h.", 9),
    ("Wenn das Sekret nicht abfließt, erhöhen Sie den Sog auf 300 mmHg.", 300),
    ("Si le drainage n'est pas efficace, augmenter l'aspiration à 300 mmHg.", 300),
    ("Keep the balloon at 45 ml or more during transport.", 45),
])
def test_setting_after_a_negated_condition_is_instructed(sentence, value):
    assert [v.number for v in permitted_values(sentence)] == [value]


@pytest.mark.parametrize("sentence", [
    "Do not raise the vacuum to 250 mmHg.",                       # the order itself is negated
    "If the pressure exceeds 200 mmHg, stop the pump.",           # the value is the condition's
    "Never set the infusion rate above 8 ml/h.",
])
def test_no_instructed_value(sentence):
    assert permitted_values(sentence) == []


def _mri(text: str, language: str = "en"):
    document = Document(path="IFU.md", format="md", role=Role.IFU, language=language,
                        blocks=[Block(BlockKind.PARAGRAPH, text)])
    return mri_status.readings(document)


@pytest.mark.parametrize("text, language", [
    ("After the implantation, MRI examinations at any field strength can be performed.", "en"),
    ("Patients may undergo MR scans regardless of the field strength.", "en"),
    ("Nach der Wundheilung sind MRT-Untersuchungen unabhängig von der Feldstärke möglich.", "de"),
    ("L'IRM peut être réalisée quelle que soit l'intensité du champ.", "fr"),
])
def test_any_field_strength_is_read(text, language):
    assert any(r.any_field and not r.negative for r in _mri(text, language))


@pytest.mark.parametrize("text", ["Do not perform MRI at any field strength.",
                                  "MRI at any field strength is contraindicated."])
def test_forbidden_at_any_field_strength_is_no_permission(text):
    assert not any(r.any_field for r in _mri(text))


def _setting_start(text: str, word: str) -> bool:
    return _initiation_at(text, text.index(word), 0)


@pytest.mark.parametrize("text, word", [
    ("Use environment: at home; initiation in the hospital or the outpatient clinic.", "hospital"),
    ("Use environment: at home; initiation in the hospital or the outpatient clinic.", "outpatient"),
    ("The first infusion is given in a specialist clinic.", "clinic"),
    ("Die Ersteinstellung erfolgt im Krankenhaus.", "Krankenhaus"),
])
def test_initiation_places(text, word):
    assert _setting_start(text, word)


@pytest.mark.parametrize("text, word", [
    ("Use environment: at home; initiation in the hospital.", "home"),
    ("The pump is started in hospital and used at home.", "home"),
    ("For use in hospitals and in nursing homes.", "hospitals"),
])
def test_places_of_use_are_no_initiation(text, word):
    assert not _setting_start(text, word)
