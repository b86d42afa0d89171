"""Item labels and ordinary words are not device names; a manufacturer's house name before a
trade name and differing short model codes (a Japanese manufacturer's EU dossier, an Irish
notified body's numbered queries)."""

from __future__ import annotations

import pytest

from panelproof.extract import identity
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.extract.population import groups  # noqa: F401  (vocabulary loads)
from panelproof.ingest.text import document_from_text
from panelproof.rules.identity.ID001_device_name_differs import (
    different_model_codes, without_house_name)


def names(text: str) -> list[str]:
    document = document_from_text(text + "\n", "CEAR.md")
    return [f.value for f in identity.extract(document, ExtractionContext())
            if f.kind is FactKind.DEVICE_NAME]


@pytest.mark.parametrize("text", [
    "Query 1 – Closed. The reviewer notes that the protocol was provided.",
    "Query 2 – Satisfactory",
    "Finding 2: the data are sufficient",
    "Observation 4 – editorial",
    "Deficiency 3 – resolved",
    "Question 5 – answered",
    "Item 2 – Closed",
    "Point 1 – Satisfactory",
    "Constat 2 – clos",
    "Frage 3 – beantwortet",
    "Instructions for Use Parents should check the skin twice a day.",
    "Instructions for use – Nurses must record any redness.",
    "# Instructions for Use for Caregivers",
    "IFU – Clinicians",
    "Gebrauchsanweisung – Eltern",
    "Instructions for use Orthotists should adjust the liner.",
])
def test_labels_and_ordinary_words_are_not_names(text: str) -> None:
    assert names(text) == []


def test_a_label_word_numbered_twice_in_the_document_is_a_list() -> None:
    text = "Remark 1 – Closed\n\nRemark 2 – Open\n\n# CEAR\n\nDevice name: CranioShape"
    assert names(text) == ["CranioShape"]


@pytest.mark.parametrize(("text", "name"), [
    ("Vent 2 – CER-012, revision 3", "Vent 2"),
    ("# Instructions for Use – Lumen 3", "Lumen 3"),
    ("The notified body assessed the Kaiun AortaGraft TX thoracic stent-graft.", "Kaiun AortaGraft TX"),
    ("This CEAR reviewed the NeoGuide 2 feeding tube.", "NeoGuide 2"),
])
def test_names_still_found(text: str, name: str) -> None:
    assert name in names(text)


def test_assessed_phrase_needs_a_distinctive_name() -> None:
    assert names("The reviewer assessed the Literature search protocol again.") == []


@pytest.mark.parametrize(("name", "houses", "bare"), [
    ("Mamoto CranioShape Cranial Remoulding Orthosis", {"mamoto"}, "CranioShape Cranial Remoulding Orthosis"),
    ("Hikaru NeoGuide EM-Guided Nasogastric Feeding", {"hikaru"}, "NeoGuide EM-Guided Nasogastric Feeding"),
    ("Mamoto 3", {"mamoto"}, None),
    ("CranioShape", {"mamoto"}, None),
    ("Kaiun AortaGraft TX", {"mamoto"}, None),
])
def test_house_name(name: str, houses: set[str], bare: str | None) -> None:
    assert without_house_name(name, frozenset(houses)) == bare


@pytest.mark.parametrize(("a", "b", "differ"), [
    ("Kaiun AortaGraft TX Thoracic Stent-Graft", "Kaiun AortaGraft TB Thoracic Stent-Graft", True),
    ("AirVent 60", "AirVent 70", True),
    ("AirVent 60", "AirVENT 60", False),
    ("NeuroVela", "NeuroVella", False),
])
def test_different_model_codes(a: str, b: str, differ: bool) -> None:
    assert different_model_codes(a, b) is differ
