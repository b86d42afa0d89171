"""PM001 judges the plan's recruitment against the ages the IFU admits, even where another
document (the CER) admits fewer: the IFU states what the device is placed on the market for."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check

_CER = ("# Clinical Evaluation Report – FlowCath\n\n## Target population\n\n"
        "Adults aged 18 years and older.\n")
_IFU = ("# Instructions for Use – FlowCath\n\n## Patient population\n\n"
        "Children from 6 years of age and adults.\n")


def _pm001(folder: Path, plan_population: str) -> list:
    (folder / "CER.md").write_text(_CER, encoding="utf-8")
    (folder / "IFU_en.md").write_text(_IFU, encoding="utf-8")
    (folder / "PMCF_plan.md").write_text(
        "# PMCF plan – FlowCath\n\n## Study population\n\n" + plan_population + "\n", encoding="utf-8")
    return [f for f in run_check([folder], workers=1).findings if f.rule == "PM001"]


@pytest.mark.parametrize("population", [
    "Adult patients treated in a rehabilitation centre.",
    "Patients aged 18 to 80 years.",
])
def test_a_plan_as_narrow_as_the_cer_still_leaves_out_the_ifu_children(tmp_path, population):
    [finding] = _pm001(tmp_path, population)
    assert "6 years" in finding.message and "IFU" in finding.message


def test_a_plan_that_recruits_the_ifu_population_is_not_reported(tmp_path):
    assert _pm001(tmp_path, "Children from 6 years of age and adults using the catheter.") == []
