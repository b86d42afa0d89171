"""Weeks a preterm group is born at are a gestational age, not an age since birth, even with
no gestation word ("preterm infants from 26 weeks"); a preterm group's postnatal age stays one."""

from __future__ import annotations

import pytest

from panelproof.extract import population
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def _age_bounds(text: str, name: str = "IFU_en.md"):
    document = document_from_text(f"# Document\n\n## Intended purpose\n\n{text}\n", name, role=Role.IFU)
    return [f.value for f in population.extract(document, ExtractionContext())
            if f.kind is FactKind.POPULATION_BOUND and f.value.dimension == "age"]


@pytest.mark.parametrize("text, name", [
    ("The monitor is intended for preterm infants from 26 weeks and for term neonates.", "IFU_en.md"),
    ("Suitable for premature neonates born from 28 weeks up to adults.", "IFU_en.md"),
    ("Le capteur est destiné aux prématurés à partir de 25 semaines et aux nouveau-nés.", "IFU_fr.md"),
    ("Der Sensor ist für Frühgeborene ab 27 Wochen und Säuglinge bestimmt.", "IFU_de.md"),
])
def test_preterm_weeks_are_no_postnatal_age(text: str, name: str) -> None:
    assert not any(b.low is not None and 0.3 < b.low < 0.9 for b in _age_bounds(text, name))


def test_postnatal_weeks_of_a_preterm_group_stay_an_age() -> None:
    bounds = _age_bounds("For preterm infants from 30 weeks of age only.")
    assert any(b.low is not None and 0.5 < b.low < 0.7 for b in bounds)


def test_infants_from_weeks_stay_an_age() -> None:
    bounds = _age_bounds("Intended for infants from 26 weeks to 2 years.")
    assert any(b.low is not None and 0.4 < b.low < 0.6 for b in bounds)
