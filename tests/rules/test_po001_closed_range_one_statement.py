"""PO001: a floor and a ceiling written in one statement ("Min. 18 years old, under 70 years
old") are one closed range, equal to "18 - 70 years" elsewhere; a ceiling of a subgroup stated
apart ("children under 12 use the paediatric mask") still does not close the range."""

from __future__ import annotations

import pytest

from panelproof.pipeline import run_check

_CEAR = "# Clinical evaluation assessment report – TenoGraft\n\n## Target population\n\nAdults 18 - 70 years.\n"
_IFU = "# Instructions for use – TenoGraft\n\n## 3) Target patient\n\n{text}\n"


@pytest.mark.parametrize("text", [
    "Adult patient, Min. 18 years old, under 70 years old, with symptomatic partial-thickness tear.",
    "Adults, at least 18 years of age and younger than 70 years.",
])
def test_floor_and_ceiling_of_one_statement_are_one_range(tmp_path, text):
    (tmp_path / "CEAR.md").write_text(_CEAR, encoding="utf-8")
    (tmp_path / "IFU_en.md").write_text(_IFU.format(text=text), encoding="utf-8")
    assert not [f for f in run_check([tmp_path], workers=1).findings if f.rule == "PO001"]


def test_an_open_range_still_differs_from_a_closed_one(tmp_path):
    (tmp_path / "CEAR.md").write_text(_CEAR, encoding="utf-8")
    (tmp_path / "IFU_en.md").write_text(_IFU.format(text="Adult patients, min. 18 years old."), encoding="utf-8")
    assert [f for f in run_check([tmp_path], workers=1).findings if f.rule == "PO001"]
