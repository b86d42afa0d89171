"""PM001: a number of a group the plan must include ("at least 60 children") among patients it
recruits without restriction is a quota of a subgroup, not the recruited population."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check


def _pm001(tmp_path: Path, recruitment: str) -> list:
    (tmp_path / "CEP.md").write_text(
        "# Clinical evaluation plan – AirTrack DX\n\n## Target population\n\n"
        "Adults and pediatric patients with a body weight of 20 kg or more.\n", encoding="utf-8")
    (tmp_path / "PMCF_plan.md").write_text(
        "# PMCF plan – AirTrack DX\n\n## Population and setting\n\n" + recruitment + "\n", encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == "PM001"]


@pytest.mark.parametrize("recruitment", [
    "Consecutive hospitalized patients of 20 kg or more with a chest tube; at least 60 children weighing 20-45 kg.",
    "All patients treated with the device in the participating centres, including a minimum of 30 children.",
])
def test_a_quota_of_children_among_all_patients_leaves_no_one_out(tmp_path: Path, recruitment: str) -> None:
    assert not _pm001(tmp_path, recruitment)


def test_a_plan_that_recruits_only_children_still_leaves_out_adults(tmp_path: Path) -> None:
    assert _pm001(tmp_path, "Children weighing 20-45 kg treated in paediatric surgery departments.")
