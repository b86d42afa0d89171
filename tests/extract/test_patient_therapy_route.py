"""A route of a therapy the patient is on ("not controlled on topical medication") is not the
device's mode of use; the same route as the device's use stays one."""

import pytest

from panelproof.extract import intended_use
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text


def _interfaces(text: str, language: str) -> list[tuple[str, bool]]:
    document = document_from_text(f"# IFU\n\n## Intended purpose\n{text}\n", f"IFU_{language}.md",
                                  language=language)
    return [(f.value.id, f.value.negated) for f in intended_use.extract(document)
            if f.kind is FactKind.INTERFACE]


@pytest.mark.parametrize("text, language", [
    ("The micro-stent is indicated for adults with glaucoma not controlled on topical medication.", "en"),
    ("For adults with glaucoma despite maximal topical therapy.", "en"),
    ("Indicado en adultos con glaucoma no controlado con medicación tópica.", "es"),
    ("Indicato negli adulti con glaucoma non controllato con terapia topica.", "it"),
    ("Indiqué chez l'adulte dont le glaucome n'est pas contrôlé sous traitement topique.", "fr"),
])
def test_the_route_of_the_patients_therapy_is_no_mode_of_use(text, language):
    assert not any(concept == "topical" for concept, _ in _interfaces(text, language))


@pytest.mark.parametrize("text, language, concept", [
    ("The gel is intended for topical application on wounds.", "en", "topical"),
    ("Sistema per terapia topica a pressione negativa.", "it", "topical"),
    ("The pump is intended for intravenous medication and subcutaneous infusion.", "en", "intravenous"),
])
def test_the_devices_own_route_stays(text, language, concept):
    assert (concept, False) in _interfaces(text, language)
