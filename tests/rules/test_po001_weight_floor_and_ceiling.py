"""PO001: a weight range written as a floor and a ceiling in one sentence or two ("minimum 500 g
and up to 5 kg", "birth weight ≥ 1.8 kg ... ≤ 5.5 kg") is one closed range, the same as "0.5 kg to
5 kg" elsewhere; an age ceiling of a subgroup above the age floor ("children under 4 years use
the child mask") still widens nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check


def _po001(tmp_path: Path, cep: str, ifu: str) -> list:
    (tmp_path / "CEP.md").write_text(f"# Clinical evaluation plan – NeoLine\n\n## Target population\n\n{cep}\n",
                                     encoding="utf-8")
    (tmp_path / "IFU_EN.md").write_text(f"# Instructions for use – NeoLine\n\n## Patient population\n\n{ifu}\n",
                                        encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == "PO001"]


@pytest.mark.parametrize("ifu", [
    "Preterm and term newborns with body weight of minimum 500 g and up to 5 kg.",
    "Preterm and term newborns with body weight of minimum 0.5 kg and upto 5 kg.",
])
def test_a_floor_and_a_ceiling_are_one_weight_range(tmp_path, ifu):
    assert _po001(tmp_path, "Neonates (preterm and term) from 500 g to 5 kg body weight.", ifu) == []


def test_an_age_subgroup_below_a_ceiling_widens_nothing(tmp_path):
    ifu = ("The patients are adults and children from 1 year of age. Children under 4 years use "
           "the child mask with the help of a caregiver.")
    assert _po001(tmp_path, "Adults and children from 1 year of age.", ifu) == []
