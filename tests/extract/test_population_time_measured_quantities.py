"""A time span that measures a quantity other than the patient's age (a uterus "size under 16
weeks", "remaining growth over 2 years", a "life expectancy of more than 1 year", a bone age)
is not an age bound of the population."""

from __future__ import annotations

import pytest

from panelproof.extract import population
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def bounds(text: str, name: str = "IFU_en.md"):
    document = document_from_text(f"# IFU\n\n## Intended purpose\n\n{text}\n", name, role=Role.IFU)
    return [(f.value.dimension, f.value.low, f.value.high)
            for f in population.extract(document, ExtractionContext())
            if f.kind is FactKind.POPULATION_BOUND]


@pytest.mark.parametrize("text", [
    "Do not overtension in patient with remaining growth over 2 years.",
    "Suitable for patients with residual growth of at least 1 year.",
    "Women with uterine size under 16 weeks only.",
    "Contraindication: uterus bigger than 16 gestational weeks (size under 16 weeks only).",
    "Patients with a life expectancy of more than 1 year.",
    "Only for patients with a bone age under 14 years.",
])
def test_a_time_measured_quantity_is_not_an_age(text):
    assert [b for b in bounds(text) if b[0] == "age"] == []


@pytest.mark.parametrize(("text", "name"), [
    ("Patientinnen mit einer Uterusgröße unter 16 Wochen.", "IFU_de.md"),
    ("Patientes avec une espérance de vie de plus de 1 an.", "IFU_fr.md"),
    ("Pazienti con crescita residua di almeno 2 anni.", "IFU_it.md"),
])
def test_a_time_measured_quantity_is_not_an_age_in_other_languages(text, name):
    assert [b for b in bounds(text, name) if b[0] == "age"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Adolescents aged 10 to 16 years with remaining growth.", ("age", 10, 16)),
    ("Patients over 18 years with a life expectancy of at least 1 year.", ("age", 18, None)),
    ("Uterine size up to 12 weeks, in women aged 18 years or older.", ("age", 18, None)),
])
def test_the_age_beside_such_a_quantity_stays(text, expected):
    assert expected in bounds(text)


@pytest.mark.parametrize(("heading", "text", "language"), [
    ("5. Populația țintă și utilizatorii", "Pacienți adulți de sex masculin peste 40 de ani cu cancer de prostată "
     "localizat și speranță de viață peste 10 ani.", "ro"),
    ("5. Cieľová populácia", "Dospelí muži nad 40 rokov s karcinómom prostaty a očakávanou dĺžkou života nad 10 rokov.",
     "sk"),
    ("5. Populacja docelowa", "Dorośli mężczyźni powyżej 40 lat z rakiem prostaty i oczekiwaną długością życia "
     "powyżej 10 lat.", "pl"),
])
def test_life_expectancy_in_more_languages_is_no_age_bound(heading, text, language):
    # the patients are over 40; "over 10 years" is their life expectancy
    document = document_from_text(f"# IFU\n\n## {heading}\n\n{text}\n", f"IFU_{language}.md", role=Role.IFU,
                                  language=language)
    lows = [f.value.low for f in population.extract(document, ExtractionContext())
            if f.kind is FactKind.POPULATION_BOUND and f.value.dimension == "age"]
    assert 10 not in lows
