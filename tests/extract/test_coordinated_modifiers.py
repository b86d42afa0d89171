"""Modifiers coordinated around one noun name one concept each, whichever side the noun stands:
"plaies aiguës ou chroniques" (noun first) as "acute or chronic wounds" (noun last)."""

from __future__ import annotations

import pytest

from panelproof.extract.intended_use import extract
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text


def ids(text: str, kind: FactKind, language: str) -> set[str]:
    document = document_from_text(text, f"IFU_{language}.md", language=language)
    found = [f for f in extract(document) if f.kind is kind]
    for fact in found:  # provenance: every quote is verbatim document text
        assert " ".join(fact.location.quote.split()) in " ".join(document.text.split())
    return {f.value.id for f in found if not getattr(f.value, "negated", False)}


@pytest.mark.parametrize("text, language", [
    ("## Indicaciones\nEl apósito está indicado en heridas agudas y crónicas de la piel.\n", "es"),
    ("## Indications\nLe pansement est indiqué pour les plaies aiguës ou chroniques exsudatives.\n", "fr"),
    ("## Indicazioni\nIl gel si applica su ferite acute e croniche.\n", "it"),
    ("## Indications\nThe gel is applied to acute or chronic wounds of any size.\n", "en"),
])
def test_wound_kinds_coordinated(text: str, language: str) -> None:
    assert {"acute_wounds", "chronic_wounds"} <= ids(text, FactKind.INDICATION, language)


def test_a_coordinated_noun_is_no_modifier() -> None:
    # "heridas agudas y quemaduras": burns are a second noun, not a kind of wound
    found = ids("## Indicaciones\nIndicado en heridas agudas y quemaduras leves.\n", FactKind.INDICATION, "es")
    assert "chronic_wounds" not in found


@pytest.mark.parametrize("text, language", [
    ("## Uso previsto\nMedición del CO2 durante la ventilación no invasiva o invasiva en adultos.\n", "es"),
    ("## Destination\nMesure continue pendant la ventilation invasive ou non invasive chez l'adulte.\n", "fr"),
    ("## Intended purpose\nMeasurement during invasive or non-invasive ventilation in adults.\n", "en"),
])
def test_ventilation_modes_coordinated(text: str, language: str) -> None:
    found = ids(text, FactKind.INTERFACE, language)
    assert "mask" in found and found & {"invasive_ventilation", "endotracheal_tube"}


@pytest.mark.parametrize("text, language", [
    ("## Uso previsto\nCánula destinada a la aspiración durante la intubación oral o nasal.\n", "es"),
    ("## Destinazione d'uso\nTubo per la protezione delle vie aeree durante l'intubazione nasale.\n", "it"),
    ("## Finalidade prevista\nDispositivo para fixação do tubo após a intubação oral.\n", "pt"),
])
def test_bare_intubation_noun(text: str, language: str) -> None:
    # the bare noun names the endotracheal route in every language, as "intubation" does
    assert "endotracheal_tube" in ids(text, FactKind.INTERFACE, language)
