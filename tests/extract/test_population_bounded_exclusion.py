"""An exclusion of a bounded part of a group ("children below 10 kg") is not the exclusion of the
group; an umbrella word does not stand for subgroups its own document's bounds leave out."""

from __future__ import annotations

import pytest

from panelproof.extract import population
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text


def negated_groups(markdown: str, language: str) -> set[str]:
    document = document_from_text(markdown, f"IFU_{language}.md", language=language)
    return {f.value.id for f in population.extract(document, ExtractionContext())
            if f.kind is FactKind.POPULATION_GROUP and f.value.negated}


@pytest.mark.parametrize(("markdown", "language"), [
    ("# Contraindications\n\n- Neonates and children below 10 kg body weight.\n", "en"),
    ("# Controindicazioni\n\n- Neonati e bambini con peso inferiore a 10 kg.\n", "it"),
    ("# Contre-indications\n\n- Nouveau-nés et enfants de moins de 10 kg.\n", "fr"),
    ("# Kontraindikationen\n\n- Neugeborene und Kinder unter 10 kg Körpergewicht.\n", "de"),
    ("# Contraindicaciones\n\n- Recién nacidos y niños con un peso inferior a 10 kg.\n", "es"),
    ("# Contra-indicaties\n\n- Pasgeborenen en kinderen met een lichaamsgewicht van minder dan 10 kg.\n", "nl"),
    ("# Intended use\n\nNot for use in neonates or in children weighing less than 10 kg.\n", "en"),
])
def test_bounded_exclusion_keeps_the_rest_of_the_group(markdown, language):
    negated = negated_groups(markdown, language)
    assert "children" not in negated
    assert "neonates" in negated  # the bound covers every neonate


@pytest.mark.parametrize(("markdown", "language", "partial", "whole"), [
    ("# Contraindications\n\n- Infants under 6 months of age.\n", "en", "infants", None),
    ("# Contraindications\n\n- Children (< 30 kg).\n", "en", "children", None),
    ("# Contraindications\n\n- Children under 12 years.\n", "en", None, "children"),
    ("# Contraindications\n\n- Children.\n- Pregnant women.\n", "en", None, "children"),
    ("# Kontraindikationen\n\n- Kinder unter 18 Jahren.\n", "de", None, "children"),
    ("# Contre-indications\n\nNe pas utiliser chez l'enfant de moins de 12 ans.\n", "fr", None, "children"),
    ("# Contraindications\n\n- Children; patients under 40 kg.\n", "en", None, "children"),
])
def test_exclusion_of_a_whole_group_stays_negated(markdown, language, partial, whole):
    negated = negated_groups(markdown, language)
    if partial:
        assert partial not in negated
    if whole:
        assert whole in negated
