"""A word of intent ("indicated", "indicato", Romanian "indicat") lets a population group stand
even in a section about the PMCF; the noun "indications" does not: "the registry covers both
indications and children" says what the PMCF covers, not whom the device is for."""

from __future__ import annotations

import pytest

from panelproof.extract import population
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def _groups(sentence: str) -> list[str]:
    text = f"# CEAR\n\n## Section F. PMS, PMCF and plan for updates\n\n{sentence}\n"
    document = document_from_text(text, "CEAR.md", Role.CEAR)
    facts = population.extract(document, ExtractionContext())
    return [f.value.id for f in facts if f.kind is FactKind.POPULATION_GROUP]


@pytest.mark.parametrize("sentence", [
    "SL-REG is specific, covers both indications and children. Accepted.",
    "The PMCF registry addresses all indications in adults.",
])
def test_the_noun_indications_states_no_population(sentence: str) -> None:
    assert _groups(sentence) == []


def test_a_word_of_intent_still_states_the_population() -> None:
    assert _groups("The device is indicated for children from 6 years.") != []
