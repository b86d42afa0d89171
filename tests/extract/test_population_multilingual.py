"""Population bounds and groups in Italian, Spanish and Dutch, with negatives."""

from __future__ import annotations

import pytest

from panelproof.extract import population
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text

HEADING = {"es": "Finalidad prevista", "it": "Destinazione d'uso", "nl": "Beoogd gebruik"}


def facts(sentence: str, language: str):
    document = document_from_text(f"# {HEADING[language]}\n\n{sentence}\n", f"IFU_{language}.md",
                                  language=language)
    found = list(population.extract(document, ExtractionContext()))
    for fact in found:
        assert fact.location.quote in " ".join(document.text.split())
    return found


def bounds(sentence: str, language: str):
    return [(f.value.dimension, f.value.low, f.value.high, f.value.excluded)
            for f in facts(sentence, language) if f.kind is FactKind.POPULATION_BOUND]


def groups(sentence: str, language: str):
    return [(f.value.id, f.value.negated) for f in facts(sentence, language)
            if f.kind is FactKind.POPULATION_GROUP]


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("es", "El dispositivo está destinado a pacientes a partir de 12 años.", ("age", 12.0, None, False)),
    ("es", "Destinado a adultos mayores de 18 años.", ("age", 18.0, None, False)),
    ("es", "Para pacientes desde los 2 años de edad.", ("age", 2.0, None, False)),
    ("es", "Personas de 12 años en adelante.", ("age", 12.0, None, False)),
    ("es", "Pacientes de entre 2 y 17 años.", ("age", 2.0, 17.0, False)),
    ("es", "Niños a partir de 8 kg y adultos.", ("weight", 8.0, None, False)),
    ("es", "Pacientes de peso igual o superior a 5 kg.", ("weight", 5.0, None, False)),
    ("es", "No apto para pacientes de menos de 40 kg.", ("weight", None, 40.0, True)),
    ("it", "Destinato a pazienti a partire da 12 anni.", ("age", 12.0, None, False)),
    ("it", "Pazienti di età superiore ai 18 anni.", ("age", 18.0, None, False)),
    ("it", "Per bambini dai 6 anni in su.", ("age", 6.0, None, False)),
    ("it", "Pazienti di età compresa tra 2 e 17 anni.", ("age", 2.0, 17.0, False)),
    ("it", "Bambini di peso pari o superiore a 10 kg.", ("weight", 10.0, None, False)),
    ("it", "Non usare nei bambini di età inferiore a 12 anni.", ("age", None, 12.0, True)),
    ("nl", "Bestemd voor volwassenen vanaf 18 jaar.", ("age", 18.0, None, False)),
    ("nl", "Patiënten van 18 jaar en ouder.", ("age", 18.0, None, False)),
    ("nl", "Voor kinderen vanaf 10 kg lichaamsgewicht.", ("weight", 10.0, None, False)),
    ("nl", "Voor patiënten met een lichaamsgewicht van ten minste 5 kg.", ("weight", 5.0, None, False)),
    ("nl", "Patiënten tussen 2 en 17 jaar.", ("age", 2.0, 17.0, False)),
    ("nl", "Niet voor kinderen jonger dan 12 jaar.", ("age", None, 12.0, True)),
])
def test_bounds(language, sentence, expected):
    assert expected in bounds(sentence, language)


@pytest.mark.parametrize(("language", "sentence"), [
    ("es", "La edad media de los pacientes fue de 54 años."),
    ("it", "Il dispositivo pesa 4,5 kg."),
    ("nl", "Het apparaat weegt 4,5 kg."),
    ("nl", "Buiten bereik van kinderen jonger dan 3 jaar bewaren."),
    ("nl", "De gemiddelde leeftijd was 61 jaar."),
])
def test_numbers_that_are_not_the_intended_population(language, sentence):
    assert bounds(sentence, language) == []


@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("es", "Pacientes mayores de edad.", [("adults", False)]),
    ("it", "Pazienti maggiorenni.", [("adults", False)]),
    ("it", "Adulti e adolescenti; non per neonati.",
     [("adults", False), ("adolescents", False), ("neonates", True)]),
    ("es", "No para recién nacidos.", [("neonates", True)]),
    ("nl", "Geschikt voor volwassenen en adolescenten.", [("adults", False), ("adolescents", False)]),
    ("nl", "Niet bestemd voor pasgeborenen en zuigelingen.", [("neonates", True), ("infants", True)]),
])
def test_groups(language, sentence, expected):
    assert groups(sentence, language) == expected


def test_english_kind_is_no_dutch_child():
    document = document_from_text("# Intended purpose\n\nThis kind of pump is intended for adults.\n",
                                  "IFU_en.md", language="en")
    ids = {f.value.id for f in population.extract(document, ExtractionContext())
           if f.kind is FactKind.POPULATION_GROUP}
    assert ids == {"adults"}
