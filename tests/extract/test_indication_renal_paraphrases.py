"""End-stage kidney disease named in other words, languages and abbreviations is one indication."""

from __future__ import annotations

import pytest

from panelproof.extract import intended_use
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text

_HEADINGS = {"en": "Indications", "es": "Indicaciones", "it": "Indicazioni", "de": "Indikationen"}


def _indications(item: str, language: str) -> set[str]:
    text = f"## {_HEADINGS[language]}\n\n- {item}\n"
    document = document_from_text(text, f"IFU_{language}.md", Role.IFU, language=language)
    return {f.value.id for f in intended_use.extract(document, ExtractionContext())
            if f.kind is FactKind.INDICATION}


@pytest.mark.parametrize("item, language", [
    ("Dialysis-dependent kidney failure in adults needing a permanent vascular access", "en"),
    ("CKD stage 5 with a failed native fistula", "en"),
    ("Pacientes con ERCT en programa de hemodiálisis", "es"),
    ("Enfermedad renal crónica avanzada que requiere acceso vascular", "es"),
    ("Pazienti con malattia renale allo stadio terminale in emodialisi", "it"),
    ("Nierenerkrankung im Endstadium mit Hämodialysepflicht", "de"),
])
def test_end_stage_kidney_disease_in_other_words(item: str, language: str) -> None:
    assert _indications(item, language) == {"renal_failure"}
