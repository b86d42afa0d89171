"""Interfaces and modes of use that a document excludes are negated, not stated."""

from __future__ import annotations

import pytest

from panelproof.extract.intended_use import extract
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text

HEADINGS = {"en": "Intended purpose", "fr": "Destination", "de": "Zweckbestimmung"}


def interfaces(body: str, language: str = "en") -> list[tuple[str, bool]]:
    document = document_from_text(f"# {HEADINGS[language]}\n\n{body}\n", f"IFU_{language}.md",
                                  language=language)
    return [(f.value.id, f.value.negated) for f in extract(document)
            if f.kind is FactKind.INTERFACE]


@pytest.mark.parametrize(("body", "language"), [
    ("The pump is intended for subcutaneous infusion of insulin. Not for intravenous use.", "en"),
    ("The pump delivers insulin subcutaneously. The infusion set must not be connected to IV lines.", "en"),
    ("For subcutaneous use only; intravenous administration is not intended.", "en"),
    ("Subcutaneous delivery. Administration through a central venous catheter is strictly prohibited.", "en"),
    ("Die Pumpe ist für die subkutane Gabe bestimmt. Nicht für die intravenöse Anwendung.", "de"),
    ("Die Pumpe ist für die subkutane Gabe bestimmt. Eine intravenöse Anwendung ist ausgeschlossen.", "de"),
    ("La pompe est destinée à l'administration sous-cutanée. Ne pas utiliser par voie intraveineuse.", "fr"),
    ("La pompe est destinée à l'administration sous-cutanée, à l'exclusion de la voie intraveineuse.", "fr"),
    ("La pompe est destinée à l'administration sous-cutanée. La voie intraveineuse n'est pas autorisée.", "fr"),
])
def test_excluded_route_is_negated(body, language):
    found = interfaces(body, language)
    assert ("subcutaneous", False) in found
    assert ("intravenous", False) not in found and ("intravenous", True) in found


@pytest.mark.parametrize("body", [
    "It is not suitable for intravenous, epidural or intra-arterial administration.",
    "Intravenous, epidural and intra-arterial administration are excluded.",
])
def test_coordinated_routes_share_the_negation(body):
    found = interfaces("The device is for subcutaneous use. " + body)
    assert found[0] == ("subcutaneous", False)
    assert {i for i, negated in found[1:] if not negated} == set()
    assert {i for i, _ in found[1:]} == {"intravenous", "epidural", "intra_arterial"}


@pytest.mark.parametrize("body", [
    # a condition on a mode, not its exclusion
    "The ventilator is for invasive ventilation via endotracheal tube and non-invasive ventilation "
    "via mask. Mask ventilation is not suitable for patients who cannot protect their airway.",
    "The pump is for intravenous and subcutaneous infusion; it is not only for hospital use.",
])
def test_stated_modes_stay_stated(body):
    found = interfaces(body)
    assert found and all(not negated for _, negated in found)
