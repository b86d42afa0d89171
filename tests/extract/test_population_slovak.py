"""Population bounds and groups in Slovak IFUs (vocabulary as data:
knowledge/vocabulary/population_quantities.yaml and population_groups.yaml `sk`)."""

from __future__ import annotations

import pytest

from panelproof.extract import population
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text

MONTH = 1 / 12


def facts_of(text: str):
    document = document_from_text(f"# Návod na použitie\n\n## Určený účel\n\n{text}\n",
                                  "IFU_sk.md", role=Role.IFU, language="sk")
    return list(population.extract(document, ExtractionContext()))


@pytest.mark.parametrize(("text", "expected"), [
    ("Zariadenie je určené pre pacientov vo veku od 12 rokov.", [("age", 12, None)]),
    ("Systém je určený pre dospelých pacientov s telesnou hmotnosťou najmenej 40 kg.",
     [("weight", 40, None)]),
    ("Implantát je indikovaný u pacientiek vo veku 18 až 75 rokov.", [("age", 18, 75)]),
    ("Monitor je určený pre dojčatá do 24 mesiacov.", [("age", None, round(24 * MONTH, 4))]),
])
def test_slovak_bounds_are_read(text, expected):
    found = [(f.value.dimension, f.value.low and round(f.value.low, 4),
              f.value.high and round(f.value.high, 4))
             for f in facts_of(text) if f.kind is FactKind.POPULATION_BOUND
             and not f.value.excluded]
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Sonda je určená na použitie u detí a dospievajúcich.", {"children", "adolescents"}),
    ("Prístroj je určený pre dospelých a starších pacientov.", {"adults", "elderly"}),
    ("Katéter je určený pre novorodencov a nedonosené deti na jednotke.",
     {"neonates", "preterm_neonates"}),
])
def test_slovak_groups_are_read(text, expected):
    found = {f.value.id for f in facts_of(text) if f.kind is FactKind.POPULATION_GROUP
             and not f.value.negated}
    assert expected <= found
