"""PM001: a minimum count of a subgroup inside a wider recruitment ("Consecutive patients ≥20
kg; at least 60 children weighing 20–45 kg") sets a quota; the plan still recruits every
intended patient. A plan that recruits the subgroup only is still reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check

IFU = ("# Instructions for Use – AirFlo\n\n## Target patient population\n\n"
       "Adults and pediatric patients with a body weight of 20 kg or more.\n")


def _pm001(tmp_path: Path, population: str) -> list:
    (tmp_path / "IFU_en.md").write_text(IFU, encoding="utf-8")
    (tmp_path / "PMCF_plan.md").write_text(
        f"# PMCF plan – AirFlo\n\n## Study population\n\n{population}\n", encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == "PM001"]


@pytest.mark.parametrize("population", [
    "Consecutive hospitalized patients ≥20 kg with a chest tube connected to the device; at least 60 children weighing 20–45 kg.",
    "All consecutive patients treated with the device, including at least 40 children.",
    "300 consecutive patients, of whom at least 50 adolescents.",
    "Consecutive patients weighing 20 kg or more; a minimum of 30 children aged 6 to 12 years.",
])
def test_a_quota_of_children_is_no_children_only_plan(tmp_path, population):
    assert [f for f in _pm001(tmp_path, population) if "older than" in f.message] == []


def test_a_children_only_plan_still_leaves_out_adults(tmp_path):
    found = _pm001(tmp_path, "At least 60 children weighing 20–45 kg.")
    assert [f for f in found if "older than" in f.message]
