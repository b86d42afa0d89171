"""One indication named in other words, languages and abbreviations: end-stage kidney disease,
and respiratory distress syndrome of the preterm or newborn (neonatal RDS: "(SDR) du prématuré" and
"in preterm neonates" are one indication, so language versions that word it differently do not
differ)."""

from __future__ import annotations

import pytest

from panelproof.extract import intended_use
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text

_HEADINGS = {"en": "Indications", "fr": "Indications", "es": "Indicaciones", "it": "Indicazioni",
             "de": "Indikationen", "pt": "Indicações", "nl": "Indicaties"}


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


@pytest.mark.parametrize("item, language", [
    ("RDS of prematurity in infants on spontaneous breathing", "en"),
    ("Syndrome de détresse respiratoire (SDR) du prématuré sous ventilation spontanée", "fr"),
    ("Détresse respiratoire du nouveau-né à terme ou prématuré", "fr"),
    ("Atemnotsyndrom des Frühgeborenen nach Surfactantgabe", "de"),
    ("Síndrome de dificultad respiratoria (SDR) del prematuro", "es"),
    ("Sindrome da distress respiratorio del prematuro dopo estubazione", "it"),
    ("Síndrome do desconforto respiratório do recém-nascido", "pt"),
    ("Respiratoir distress syndroom bij prematuren", "nl"),
])
def test_rds_of_the_preterm_is_neonatal_rds(item: str, language: str) -> None:
    assert _indications(item, language) == {"neonatal_respiratory_distress"}
