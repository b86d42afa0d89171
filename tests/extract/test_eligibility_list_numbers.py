"""A list item's own number ("2. ", "b) ") is no count of events nor a population bound."""

from __future__ import annotations

import pytest

from panelproof.extract._eligibility import is_selection_criterion


@pytest.mark.parametrize("item", [
    "2. Hochgradige Mitralklappeninsuffizienz nach Endokarditis",
    "3) Rottura della cuffia dei rotatori a tutto spessore",
    "(b) Lesión osteocondral de la rodilla",
    "iv. Chronic venous ulcer of the lower leg",
])
def test_a_numbered_condition_is_no_selection_criterion(item):
    assert not is_selection_criterion(item)


@pytest.mark.parametrize("item", [
    "2. Adults aged 18 years or older",
    "1) Körpergewicht ab 40 kg",
    ">= 3 disabling seizures per month",
])
def test_a_numbered_bound_still_is(item):
    assert is_selection_criterion(item)
