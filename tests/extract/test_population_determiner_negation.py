"""A negating determiner right before a group word ("No pediatric use is intended", "nessun uso
pediatrico") says the group is outside the intended population; a "no" elsewhere in the clause
("no dose adjustment in elderly patients") does not."""

from __future__ import annotations

import pytest

from panelproof.extract import population
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text


def groups(markdown: str, language: str) -> dict[str, bool]:
    document = document_from_text(markdown, f"CER_{language}.md", language=language)
    return {f.value.id: f.value.negated for f in population.extract(document, ExtractionContext())
            if f.kind is FactKind.POPULATION_GROUP}


@pytest.mark.parametrize(("markdown", "language", "group"), [
    ("# Intended population\n\nAdults with chemotherapy-induced alopecia. No pediatric use is intended.\n", "en", "paediatric"),
    ("# Intended purpose\n\nFor adult patients only; no paediatric patients are treated.\n", "en", "paediatric"),
    ("# Intended population\n\nAdults aged 18 years or older. No children or adolescents.\n", "en", "children"),
    ("# Intended population\n\nAdult women and men. The device has no paediatric indication.\n", "en", "paediatric"),
    ("# Popolazione di destinazione\n\nPazienti adulti. Nessun uso pediatrico è previsto.\n", "it", "paediatric"),
])
def test_a_negating_determiner_excludes_the_group(markdown, language, group):
    found = groups(markdown, language)
    assert found.get(group) is True, found


@pytest.mark.parametrize(("markdown", "language", "group"), [
    ("# Intended population\n\nAdults and elderly patients; no dose adjustment is needed in elderly patients.\n", "en", "elderly"),
    ("# Intended population\n\nChildren and adults with no upper age limit.\n", "en", "children"),
])
def test_a_no_elsewhere_does_not_exclude(markdown, language, group):
    found = groups(markdown, language)
    assert found.get(group) is False, found
