"""A bound followed in its clause by a condition ("only if", "le če", "samo ako", "nur wenn"),
after the population was stated, admits a subgroup on that condition: it does not narrow the
population."""

from __future__ import annotations

import pytest

from panelproof.extract import population
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


HEADINGS = {"IFU_hr.md": "3. Namjena"}


def ages(text: str, name: str):
    heading = HEADINGS.get(name, "Intended purpose")
    document = document_from_text(f"# IFU\n\n## {heading}\n\n{text}\n", name, role=Role.IFU,
                                  language=name[4:6])
    return sorted((f.value.low, f.value.high) for f in population.extract(document, ExtractionContext())
                  if f.kind is FactKind.POPULATION_BOUND and f.value.dimension == "age")


@pytest.mark.parametrize(("text", "name"), [
    ("Children from 10 years and adults; patients older than 30 years only if the surgeon "
     "judges the chest wall flexible.", "IFU_en.md"),
    ("Children from 10 years and adults, patients over 30 years provided that the chest wall "
     "is flexible.", "IFU_en.md"),
    ("Kinder ab 10 Jahren und Erwachsene; Patienten über 30 Jahre nur, wenn der Chirurg den "
     "Thorax als flexibel beurteilt.", "IFU_de.md"),
    ("Enfants à partir de 10 ans et adultes ; patients de plus de 30 ans seulement si le "
     "chirurgien juge la paroi thoracique souple.", "IFU_fr.md"),
    ("Djeca od 10 godina i odrasli; bolesnici stariji od 30 godina samo ako kirurg procijeni "
     "da je prsni koš dovoljno elastičan.", "IFU_hr.md"),
])
def test_a_conditional_subgroup_does_not_bound_the_population(text, name):
    assert (30.0, None) not in ages(text, name)
    assert (10.0, None) in ages(text, name)


@pytest.mark.parametrize(("text", "name", "expected"), [
    ("Patients older than 30 years only.", "IFU_en.md", (30.0, None)),
    ("Adults over 18 years, only if able to operate the handset.", "IFU_en.md", (18.0, None)),
    ("Patienten über 30 Jahre, sofern keine Kontraindikation besteht.", "IFU_de.md", (30.0, None)),
])
def test_a_bound_that_states_the_population_stays(text, name, expected):
    assert expected in ages(text, name)
