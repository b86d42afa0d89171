"""PO002: a group word with a wider legal sense ("children": every minor) bounded by its own
document's ages stands for the classes those ages admit; other words keep their meaning."""

from __future__ import annotations

import pytest

from panelproof.extract import population
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text
from panelproof.rules.population.PO002_population_groups_differ import named_groups


def named(text: str, language: str = "en") -> set[str]:
    document = document_from_text(f"# CER\n\n## Intended purpose\n\n{text}\n", f"CER_{language}.md",
                                  role=Role.CER)
    facts = list(population.extract(document, ExtractionContext()))
    groups = [f for f in facts if f.kind is FactKind.POPULATION_GROUP]
    bounds = [f for f in facts if f.kind is FactKind.POPULATION_BOUND]
    return set(named_groups(groups, bounds))


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Intended for children, adolescents and adults from 12 years.", "en", {"adolescents", "adults"}),
    ("Intended for children and adults aged 12 years and older.", "en", {"adolescents", "adults"}),
    ("Destiné aux enfants, adolescents et adultes à partir de 12 ans.", "fr", {"adolescents", "adults"}),
    ("Für Kinder, Jugendliche und Erwachsene ab 12 Jahren bestimmt.", "de", {"adolescents", "adults"}),
    ("Destinato a bambini, adolescenti e adulti a partire da 12 anni.", "it", {"adolescents", "adults"}),
    # the word keeps its meaning where the bounds leave room for it
    ("Intended for adults and children from 2 years.", "en", {"children", "adults"}),
    ("Intended for children, adolescents and adults from 6 years.", "en",
     {"children", "adolescents", "adults"}),
    # no wider sense, or none admitted: the contradiction stays for PO002 to report
    ("Intended for adolescents and adults at least 18 years old.", "en", {"adolescents", "adults"}),
    ("Intended for children and adults aged 18 years and older.", "en", {"children", "adults"}),
])
def test_bounded_group_words(text, language, expected):
    assert named(text, language) == expected
