"""PL001: the smallest total daily insulin dose an insulin dosing system can be set to, per kg
of the lightest patient admitted, against the typical 0.4–1.0 U/kg/day."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check

IFU = ("# Instructions for use – GlucoLoop automated insulin delivery system\n\n"
       "## Intended purpose\nThe automated insulin delivery system is intended for {population}.\n\n"
       "## Technical data\n| Parameter | Value |\n|---|---|\n| {row} |\n| Basal rate | 0.05–5 U/h |\n")


@pytest.mark.parametrize("row", [
    "Total daily insulin dose (TDD) setting range | 20 – 200 units",
    "Total daily dose | 20 to 200 U",
    "TDD | 20–200 units",
])
def test_a_minimum_tdd_too_high_for_young_children_is_reported(tmp_path: Path, row: str) -> None:
    (tmp_path / "IFU_en.md").write_text(IFU.format(
        population="people with type 1 diabetes from 2 years of age", row=row), encoding="utf-8")
    found = [f for f in run_check([tmp_path], select={"PL001"}, workers=1).findings]
    assert any("total daily insulin dose" in f.message for f in found)


def test_a_minimum_tdd_that_serves_adults_is_no_finding(tmp_path: Path) -> None:
    (tmp_path / "IFU_en.md").write_text(IFU.format(
        population="adults with type 1 diabetes aged 18 years and older",
        row="Total daily dose | 20 to 200 U"), encoding="utf-8")
    found = [f for f in run_check([tmp_path], select={"PL001"}, workers=1).findings]
    assert not any("total daily insulin dose" in f.message for f in found)
