"""A comparator shared by two quantities of different dimensions ("from 2 years and 12 kg")
bounds both: the second quantity is a bound of its own, in every language."""

from __future__ import annotations

import pytest

from panelproof.extract.population import find_bounds


def _bounds(text: str, language: str) -> set[tuple[str, float | None, float | None]]:
    return {(m.bound.dimension, m.bound.low, m.bound.high) for m in find_bounds(text, language)}


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Toddlers from 18 months of age and 9 kg body weight, and adults.", "en",
     {("age", 1.5, None), ("weight", 9.0, None)}),
    ("Suitable for patients from 3 years and 14 kg.", "en", {("age", 3.0, None), ("weight", 14.0, None)}),
    ("Indicated in patients aged at least 6 years and 20 kg.", "en",
     {("age", 6.0, None), ("weight", 20.0, None)}),
    ("For children up to 10 years and 35 kg.", "en", {("age", None, 10.0), ("weight", None, 35.0)}),
    ("Kinder ab 2 Jahren und 12 kg Körpergewicht.", "de", {("age", 2.0, None), ("weight", 12.0, None)}),
    ("Enfants à partir de 4 ans et 16 kg.", "fr", {("age", 4.0, None), ("weight", 16.0, None)}),
    ("Bambini a partire da 5 anni e 18 kg di peso.", "it", {("age", 5.0, None), ("weight", 18.0, None)}),
])
def test_second_quantity_shares_the_comparator(text, language, expected):
    assert expected <= _bounds(text, language)


@pytest.mark.parametrize(("text", "language"), [
    # the second quantity carries its own comparator or starts a range: not a shared bound
    ("Patients from 2 years and 10 kg or less.", "en"),
    ("Patients from 2 years and 10 kg to 30 kg.", "en"),
    # same dimension: "between"-like wording is a range's, never a second lower bound
    ("Patients from 2 years and 5 years.", "en"),
])
def test_no_shared_lower_bound(text, language):
    found = _bounds(text, language)
    assert ("weight", 10.0, None) not in found
    assert ("age", 5.0, None) not in found
