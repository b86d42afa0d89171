"""Instructions keep the sentence before them (for anaphors), and polite imperatives count."""

from __future__ import annotations

import pytest

from panelproof.extract.common import ExtractionContext
from panelproof.extract.instructions import extract, is_instruction
from panelproof.ingest.model import Document, Role, assign_offsets
from panelproof.ingest.text import parse_markdown


def _doc(markdown: str) -> Document:
    blocks = parse_markdown(markdown)
    assign_offsets(blocks)
    return Document(path="IFU_en.md", format="md", role=Role.IFU, blocks=blocks)


@pytest.mark.parametrize("sentence", [
    "Kindly flush the tube with 20 ml of water after each feed.",
    "If the cap is lost, kindly replace it with a new one.",
    "Pls check the expiry date before use.",
])
def test_polite_imperatives_are_instructions(sentence: str) -> None:
    assert is_instruction(sentence)


def test_the_nurse_kindly_explained_is_no_instruction() -> None:
    assert not is_instruction("The nurse kindly explained the procedure to the family.")


def test_an_instruction_remembers_the_sentence_before_it() -> None:
    doc = _doc("# Alarms\n\nThe low-flow alarm may sound during sleep. It may be switched off.\n\n"
               "Some alarms are logged.\n\n- Then it may be reset.\n\n# Cleaning\n\n"
               "Wipe the housing with a damp cloth.\n")
    facts = {f.location.quote: f.value for f in extract(doc, ExtractionContext())}
    assert facts["It may be switched off."].before == "The low-flow alarm may sound during sleep."
    # Across blocks too (a list item after a paragraph) ...
    assert facts["Then it may be reset."].before == "Some alarms are logged."
    # ... but not across a heading.
    assert facts["Wipe the housing with a damp cloth."].before == ""
    assert str(facts["It may be switched off."]) == "It may be switched off."
