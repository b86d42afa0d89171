"""A time span after an adjective of chronicity ("chronic (≥ 6 months) tinnitus") is how long the
condition has lasted, and "≥ 6 years of schooling" measures an education: neither is an age
bound of the population. An inflected comparative ("lakše od 40 kg", lighter than 40 kg) is the
comparator, not the bare "od" (from)."""

from __future__ import annotations

import pytest

from panelproof.extract import population
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def bounds(text: str, name: str = "IFU_en.md", heading: str = "Intended purpose"):
    document = document_from_text(f"# IFU\n\n## {heading}\n\n{text}\n", name, role=Role.IFU,
                                  language=name.rsplit("_", 1)[-1][:2])
    return [(f.value.dimension, f.value.low, f.value.high)
            for f in population.extract(document, ExtractionContext())
            if f.kind is FactKind.POPULATION_BOUND]


@pytest.mark.parametrize(("text", "name", "age"), [
    ("Adults aged 18 to 80 years with chronic (≥ 6 months) tinnitus.", "IFU_en.md", (18, 80)),
    ("Patients aged 18 years or older with chronic low back pain (> 3 months).", "IFU_en.md", (18, None)),
    ("Adults aged 40 to 75 with long-standing (≥ 2 years) type 2 diabetes.", "IFU_en.md", (40, 75)),
    ("Pazienti adulti di età compresa tra 18 e 80 anni con acufene cronico (≥ 6 mesi).", "IFU_it.md",
     (18, 80)),
])
def test_the_duration_of_a_chronic_condition_is_no_age(text, name, age):
    found = [b for b in bounds(text, name) if b[0] == "age"]
    assert found == [("age", *age)]


@pytest.mark.parametrize(("text", "name", "age"), [
    ("Adults aged 55 to 85 years with cognitive complaints, ≥ 6 years of schooling, fluent in a "
     "supported language.", "IFU_en.md", (55, 85)),
    ("Adults aged 60 to 85 with at least 8 years of education.", "IFU_en.md", (60, 85)),
    ("Erwachsene von 55 bis 85 Jahren mit mindestens 8 Jahren Schulbildung.", "IFU_de.md", (55, 85)),
    ("Adultes de 55 à 85 ans avec au moins 6 ans de scolarité.", "IFU_fr.md", (55, 85)),
])
def test_years_of_schooling_are_no_age(text, name, age):
    assert [b for b in bounds(text, name) if b[0] == "age"] == [("age", *age)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Chronic pain in children over 6 years.", ("age", 6, None)),
    ("Patients with chronic wounds, aged 6 years and older.", ("age", 6, None)),
])
def test_an_age_beside_a_chronic_condition_stays(text, expected):
    assert expected in bounds(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Nije za pacijente lakše od 40 kg ni za djecu.", ("weight", None, 40)),
    ("Ne uporabljajte pri bolnikih, lažjih od 40 kg.", ("weight", None, 40)),
])
def test_an_inflected_lighter_than_is_an_upper_bound(text, expected):
    name = "IFU_hr.md" if "Nije" in text else "IFU_sl.md"
    heading = "Kontraindikacije"
    assert bounds(text, name, heading) == [expected]
