"""A bracketed equivalent in another unit restates a bound; imperial figures compare equal to the
metric figure they round."""

from __future__ import annotations

import pytest

from panelproof.extract import population
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def weight_bounds(text: str) -> list[tuple[float | None, float | None]]:
    document = document_from_text(f"# IFU\n\n## Intended purpose\n\n{text}\n", "IFU_en.md",
                                  role=Role.IFU)
    return [(f.value.low, f.value.high) for f in population.extract(document, ExtractionContext())
            if f.kind is FactKind.POPULATION_BOUND and f.value.dimension == "weight"]


@pytest.mark.parametrize("text", [
    "Patient weight range 40–180 kg (88–397 lb).",
    "Intended for patients weighing 88 to 397 lb (40 to 180 kg).",
    "For users with a body weight between 40 and 180 kg (88-397 lbs).",
    "Patients of 40 kg - 180 kg [88 lb - 397 lb] body weight.",
])
def test_a_bracketed_range_in_other_units_adds_no_bound(text):
    assert weight_bounds(text) == [(40.0, 180.0)]


def test_a_bracketed_bound_with_its_comparator_adds_no_bound():
    assert weight_bounds("Indicated for patients ≥ 25 kg (≥ 55 lb).") == [(25.0, None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Intended for patients from 88 lb.", [(40.0, None)]),
    ("For patients weighing up to 397 pounds.", [(None, 180.0)]),
    ("Patients weighing 4.4 lb or more.", [(2.0, None)]),
])
def test_an_imperial_bound_compares_equal_to_the_metric_figure_it_rounds(text, expected):
    assert weight_bounds(text) == expected


def test_a_bracket_stating_other_quantities_is_still_read():
    # 30-60 lb is not 40-180 kg: the bracket states a different range, both are kept
    assert len(weight_bounds("Patient weight range 40–180 kg (30–60 lb).")) == 2
