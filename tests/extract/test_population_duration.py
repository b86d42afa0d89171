"""A duration attached to a condition or treatment is not the patients' age."""

import pytest

from panelproof.extract.population import extract
from panelproof.ingest.text import document_from_text


def ages(text: str, language: str = "en") -> list[tuple]:
    document = document_from_text(f"# IFU\n\n## Intended use\n\n{text}\n", "IFU.md", language=language)
    return [(f.value.low, f.value.high) for f in extract(document, None)
            if f.kind.name == "POPULATION_BOUND" and f.value.dimension == "age"]


@pytest.mark.parametrize(("text", "language"), [
    ("Indicated for patients with chronic pain for more than 2 years.", "en"),
    ("Patients whose epilepsy has been refractory for over 3 years.", "en"),
    ("Patients with low back pain of more than 2 years' duration.", "en"),
    ("Patients souffrant de douleurs depuis plus de 3 ans.", "fr"),
    ("Patienten mit Beschwerden seit mehr als 3 Jahren.", "de"),
])
def test_duration_is_not_an_age(text, language):
    assert ages(text, language) == []


@pytest.mark.parametrize(("text", "language", "low"), [
    ("Indicated for patients over 3 years with symptoms for over 3 years.", "en", 3),
    ("For patients over 18 years.", "en", 18),
    ("Intended for 18 years and older.", "en", 18),
    ("Patients de plus de 3 ans.", "fr", 3),
    ("Patienten über 3 Jahre.", "de", 3),
])
def test_ages_stay_ages(text, language, low):
    assert (low, None) in ages(text, language)


@pytest.mark.parametrize(("text", "language", "expected"), [
    # no patient is both at least 18 and at most 10 years old: the later spans are durations
    ("Contraception in women of reproductive age from 18 years, Standard up to 10 years, "
     "Mini up to 5 years.", "en", [(18, None)]),
    # a bound tied to a group of its own stays
    ("Adults from 18 years and children up to 12 years.", "en", [(18, None), (None, 12)]),
    # an upper bound above the floor bounds the same patients from above
    ("Patients from 18 years, and patients up to 75 years.", "en", [(18, None), (None, 75)]),
])
def test_upper_bound_below_the_stated_floor_is_a_duration(text, language, expected):
    assert ages(text, language) == expected
