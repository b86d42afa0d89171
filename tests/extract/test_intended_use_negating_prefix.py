"""A vocabulary concept joined to a negating prefix names its opposite: "non-pregnant adult
women" is no indication of pregnancy; "pregnant women" and "pregnancy" still are concepts."""

from __future__ import annotations

import pytest

from panelproof.extract.intended_use import extract
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text


def indication_ids(text: str, language: str = "en") -> set[str]:
    document = document_from_text(text, f"CER_{language}.md", language=language)
    return {f.value.id for f in extract(document) if f.kind is FactKind.INDICATION}


@pytest.mark.parametrize(("text", "language"), [
    ("# CER\n\n## Indications\n\nThe device is indicated for non-pregnant adult women with endometrial polyps.", "en"),
    ("# CER\n\n## Indications\n\n- Non-pregnant women of reproductive age with submucous fibroids", "en"),
    ("# Klinische Bewertung\n\n## Indikationen\n\nNicht-schwangere erwachsene Frauen mit Endometriumpolypen.", "de"),
    ("# Rapport\n\n## Indications\n\nFemmes adultes non-enceintes présentant des polypes de l'endomètre.", "fr"),
])
def test_a_negated_concept_is_no_indication(text, language):
    assert "pregnancy" not in indication_ids(text, language)


def test_pregnancy_itself_is_still_read():
    text = "# CER\n\n## Indications\n\nLabour induction in pregnant women at term."
    document = document_from_text(text, "CER_en.md", language="en")
    quotes = [f.location.quote for f in extract(document) if f.kind is FactKind.INDICATION]
    assert quotes
