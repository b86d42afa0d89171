"""IU003 inputs: a head noun shared by coordinated modifiers, and a negation heading a list."""

from __future__ import annotations

import pytest

from panelproof.extract.intended_use import extract
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text


def interfaces(text: str, language: str = "en") -> tuple[set[str], set[str]]:
    document = document_from_text(f"# Intended purpose\n\n{text}\n", f"IFU_{language}.md", language=language)
    facts = [f for f in extract(document) if f.kind is FactKind.INTERFACE]
    for fact in facts:
        assert fact.location.quote in document.text
    return ({f.value.id for f in facts if not f.value.negated}, {f.value.id for f in facts if f.value.negated})


@pytest.mark.parametrize("text", [
    "The ventilator is intended for invasive ventilation via endotracheal or tracheostomy tube.",
    "The ventilator provides invasive (endotracheal, tracheostomy) and non-invasive (nasal prongs, masks) ventilation.",
    "Invasive ventilation through an endotracheal and/or tracheostomy tube.",
    "For patients ventilated via tracheostomy or endotracheal tube.",
])
def test_shared_head_noun_names_both_interfaces(text: str) -> None:
    stated, _ = interfaces(text)
    assert {"endotracheal_tube", "tracheostomy"} <= stated


@pytest.mark.parametrize("text, unwanted", [
    ("The ventilator is intended for invasive or non-invasive ventilation via mask.", "endotracheal_tube"),
    ("For adult and paediatric patients with a tracheostomy tube.", "endotracheal_tube"),
    ("Via a tracheostomy tube, or central venous access.", "intravenous"),
])
def test_no_interface_from_unrelated_coordinated_words(text: str, unwanted: str) -> None:
    stated, _ = interfaces(text)
    assert unwanted not in stated


@pytest.mark.parametrize("text, language", [
    ("The pump is intended for intravenous infusion. The pump is not intended for neonates, "
     "epidural administration, or enteral feeding.", "en"),
    ("The pump is intended for intravenous infusion. Not intended for neonates, for epidural "
     "administration, for enteral feeding.", "en"),
    ("La pompe est destinée à la perfusion intraveineuse. Elle n'est pas destinée aux nouveau-nés, "
     "à l'administration péridurale ou à la nutrition entérale.", "fr"),
    ("Die Pumpe ist für die intravenöse Infusion bestimmt. Sie ist nicht für Neugeborene, epidurale "
     "Anwendung oder enterale Ernährung bestimmt.", "de"),
    ("La pompa è destinata all'infusione endovenosa. Non è destinata a neonati, somministrazione "
     "epidurale o nutrizione enterale.", "it"),
    ("La bomba está destinada a la infusión intravenosa. No está indicada para neonatos, "
     "administración epidural ni nutrición enteral.", "es"),
])
def test_negation_heading_a_list_scopes_over_every_item(text: str, language: str) -> None:
    stated, negated = interfaces(text, language)
    assert "epidural" not in stated and "epidural" in negated
    assert "intravenous" in stated


@pytest.mark.parametrize("text", [
    "The pump is not intended for neonates, but is intended for intravenous and epidural administration.",
    "The pump is not intended for neonates. It delivers intravenous and epidural infusions.",
])
def test_negation_ends_with_a_new_statement(text: str) -> None:
    stated, _ = interfaces(text)
    assert {"intravenous", "epidural"} <= stated


def test_indications_after_a_negated_purpose_are_not_indications() -> None:
    document = document_from_text(
        "# Intended purpose\n\nThe device is intended for the treatment of chronic wounds. It is not "
        "intended for burns, diabetic foot ulcers or pressure ulcers.\n", "IFU_en.md", language="en")
    stated = {f.value.id for f in extract(document)
              if f.kind is FactKind.INDICATION and not getattr(f.value, "negated", False)}
    assert not any("pressure" in i or "diabetic" in i for i in stated)
