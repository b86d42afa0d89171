"""Gestational-age bounds in the languages given as data (Danish, Swedish, Polish, Czech,
Finnish) and in the usual notations (weeks plus days "36+0", "36 0/7"), with the week unit after
or before the number: a version that moves the bound must be comparable with the others."""

from __future__ import annotations

import pytest

from panelproof.extract import population
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.extract.population import find_gestational
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


@pytest.mark.parametrize(("sentence", "low", "high", "inclusive"), [
    ("Fødende kvinder fra 34+0 svangerskabsuge og derover.", 34, None, True),
    ("Gravide fra og med graviditetsuge 35.", 35, None, True),
    ("Kvinnor i förlossning från graviditetsvecka 37+0.", 37, None, True),
    ("Gravida från och med vecka 33 av graviditeten.", 33, None, True),
    ("Rodzące od ukończonego 36. tygodnia ciąży.", 36, None, True),
    ("Pacjentki powyżej 30 tygodnia ciąży.", 30, None, False),
    ("Rodičky od 35. týdne těhotenství.", 35, None, True),
    ("Synnyttäjät raskausviikosta 36+0 alkaen.", 36, None, True),
    ("Partorienti dalla 33ª settimana di gestazione.", 33, None, True),
    ("Labouring women from 35 0/7 weeks of gestation.", 35, None, True),
    ("Gravide kvinder før uge 30+0 i svangerskabet.", None, 30, None),
])
def test_gestational_bounds(sentence, low, high, inclusive):
    bounds = [b for _, _, b in find_gestational(sentence)]
    assert [(b.low, b.high) for b in bounds] == [(low, high)]
    if inclusive is not None:
        assert bounds[0].low_inclusive is inclusive


@pytest.mark.parametrize("sentence", [
    # weeks with no pregnancy word and no weeks-plus-days notation: a duration, not a gestation
    "Elektroden udskiftes efter 24 uger.",
    "Kontrola po 26 tygodniach leczenia.",
    "Laite huolletaan 30 viikon välein.",
])
def test_week_durations_are_not_gestational_ages(sentence):
    assert find_gestational(sentence) == []


def test_danish_ifu_gestational_bound_is_a_population_fact():
    text = ("# Brugsanvisning\n\n## Patientpopulation\n\n"
            "Gravide kvinder på 18 år og derover under fødsel fra 32+0 svangerskabsuge.\n")
    document = document_from_text(text, "IFU_da.md", role=Role.IFU, language="da")
    bounds = [f.value for f in population.extract(document, ExtractionContext())
              if f.kind is FactKind.POPULATION_BOUND and f.value.dimension == "gestation"]
    assert [(b.low, b.high) for b in bounds] == [(32, None)]


def test_the_quote_ends_on_a_whole_word():
    # "SA" (semaines d'aménorrhée) must not match the start of the next word ("samt", "salle")
    sentence = "Gravide fra 33+0 svangerskabsuge samt deres nyfødte."
    (start, end, _), = find_gestational(sentence)
    assert sentence[start:end] == "fra 33+0 svangerskabsuge"
