"""Bounds written with abbreviated units and their full stops ("21 yrs. to 70 yrs."), "till",
"upto", "gm" and "from birth till day 14 of life" (CRO English)."""

from __future__ import annotations

import pytest

from panelproof.extract.population import find_bounds

DAY = 1 / 365.25


def _bounds(text):
    return [(m.bound.dimension, m.bound.low, m.bound.high) for m in find_bounds(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Skeletally mature adult pts. from 21 yrs. to 70 yrs. of age.", ("age", 21.0, 70.0)),
    ("Adults 18 yrs. till 75 yrs.", ("age", 18.0, 75.0)),
    ("Adults from 18 years till 80 years of age.", ("age", 18.0, 80.0)),
    ("Children upto 12 years.", ("age", None, 12.0)),
    ("Neonates from 500 gm to 5 Kg body weight.", ("weight", 0.5, 5.0)),
    ("Infants weighing 700 gms or more.", ("weight", 0.7, None)),
])
def test_abbreviated_units_and_connectors(text, expected):
    dimension, low, high = expected
    assert any(b[0] == dimension and b[1] == pytest.approx(low) and b[2] == pytest.approx(high)
               for b in _bounds(text))


@pytest.mark.parametrize("text", [
    "Neonates inserted from birth till day 14 of life.",
    "Neonates from birth upto 14 days of life at insertion.",
    "Newborns from birth until 14 days of age.",
])
def test_from_birth_until_a_day_of_life(text):
    ((dimension, low, high),) = [b for b in _bounds(text) if b[0] == "age"]
    assert (dimension, low) == ("age", 0.0)
    assert high == pytest.approx(14 * DAY)


def test_a_full_stop_after_a_word_unit_does_not_join_the_next_sentence():
    assert _bounds("Adults aged 18 to 75 years. 3 devices were tested.") == [("age", 18.0, 75.0)]


@pytest.mark.parametrize(("text", "kept"), [
    ("Skeletally mature adults; distal humerus fractures from 65 years.", []),
    ("Skeletally mature adults (18 years and older); fractures only from 65 years of age.",
     [("age", 18.0, None)]),
    ("Distal humerus fractures: 65 years or older.", []),
    ("Patients with fractures from 65 years.", [("age", 65.0, None)]),
    ("Body weight from 3 kg.", [("weight", 3.0, None)]),
])
def test_a_bound_whose_subject_is_a_condition_restricts_that_indication(text, kept):
    from panelproof.extract.common import ExtractionContext
    from panelproof.extract.population import extract
    from panelproof.ingest.model import Role
    from panelproof.ingest.text import document_from_text

    document = document_from_text(f"# IFU\n\n## Target population\n\n{text}\n", "IFU_en.md", Role.IFU)
    bounds = [(f.value.dimension, f.value.low, f.value.high) for f in extract(document, ExtractionContext())
              if f.kind.value == "population_bound"]
    assert bounds == kept


@pytest.mark.parametrize(("text", "expected"), [
    ("Estimate implant survival in children over 3 years.", []),
    ("Children over 3 years and adults.", [(3.0, None)]),
    ("Implant survival in children over 3 years of age will be estimated.", [(3.0, None)]),
])
def test_an_outcome_over_a_time_is_no_age(text, expected):
    from panelproof.extract.common import ExtractionContext
    from panelproof.extract.population import extract
    from panelproof.ingest.model import Role
    from panelproof.ingest.text import document_from_text

    document = document_from_text(f"# PMCF plan\n\n## Study population\n\n{text}\n", "PMCF_plan.md", Role.PMCF_PLAN)
    bounds = [(f.value.low, f.value.high) for f in extract(document, ExtractionContext())
              if f.kind.value == "population_bound"]
    assert bounds == expected
