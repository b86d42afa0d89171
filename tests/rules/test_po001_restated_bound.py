"""PO001: a document whose widest range agrees with the others but which restates the same
group's lower bound otherwise in another section (the widest range alone would hide it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check

_IFU = """# Instructions for use - PatchSeal occluder

## Intended purpose
PatchSeal is intended for the transcatheter closure of a patent ductus arteriosus in {ifu}.
"""

_CER = """# Clinical evaluation report - PatchSeal occluder

## 3.1 Intended purpose
PatchSeal is intended for the transcatheter closure of a patent ductus arteriosus in {purpose}.

## 3.4 Target population
{population}
"""


def _po001(tmp_path: Path, ifu: str, purpose: str, population: str):
    (tmp_path / "IFU_en.md").write_text(_IFU.format(ifu=ifu), encoding="utf-8")
    (tmp_path / "CER.md").write_text(_CER.format(purpose=purpose, population=population),
                                     encoding="utf-8")
    result = run_check([tmp_path], select={"PO001"}, workers=1)
    return [f for f in result.findings if f.rule == "PO001"]


@pytest.mark.parametrize(("ifu", "purpose", "population", "deviant"), [
    ("children weighing at least 6 kg and adults", "children weighing at least 6 kg and adults",
     "Children with a body weight above 12 kg and adults with a haemodynamically significant duct.",
     "above 12 kg"),
    ("children aged 2 years and older and adults", "children aged 2 years and older and adults",
     "Children from 6 years of age and adults with a haemodynamically significant duct.",
     "6 years"),
])
def test_a_restated_bound_that_departs_is_reported(tmp_path, ifu, purpose, population, deviant):
    hits = _po001(tmp_path, ifu, purpose, population)
    assert len(hits) == 1
    assert any(deviant in loc.quote for loc in hits[0].locations)


def test_the_same_bound_restated_is_no_finding(tmp_path):
    assert not _po001(tmp_path, "children weighing at least 6 kg and adults",
                      "children weighing at least 6 kg and adults",
                      "Children with a body weight of 6 kg or more and adults with a "
                      "haemodynamically significant duct.")
