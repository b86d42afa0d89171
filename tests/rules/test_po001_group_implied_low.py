"""PO001: a group word with only an upper age bound keeps the group's lower bound."""

from __future__ import annotations

import pytest

from panelproof.extract.model import PopulationBound
from panelproof.extract.population import implied_low


@pytest.mark.parametrize(("bound", "low"), [
    (PopulationBound("age", high=65.0, group="adults"), 18.0),
    (PopulationBound("age", high=65.0, group=None), 0.0),
    (PopulationBound("age", high=12.0, group="adults"), 0.0),
    (PopulationBound("age", high=65.0, group="adults", excluded=True), 0.0),
    (PopulationBound("weight", high=65.0, group="adults"), 0.0),
    (PopulationBound("age", high=10.0, group="children"), 0.0),
])
def test_implied_low(bound: PopulationBound, low: float) -> None:
    assert implied_low(bound) == low
