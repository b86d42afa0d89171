"""SP001: an approximate or typical single value inside the range another document states is
what the device gives within it ("MMAD approx. 3.9 µm" / "MMAD between 3 and 5 µm"), not a
contradiction; an exact single value outside it, or a different range, still is."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check

CEP = "# Clinical evaluation plan – MistAir\n\n## Technical data\n\n{text}\n"
IFU = "# Instructions for use – MistAir\n\n## Technical data\n\n{text}\n"


def _sp001(tmp_path: Path, cep: str, ifu: str) -> list:
    (tmp_path / "CEP.md").write_text(CEP.format(text=cep), encoding="utf-8")
    (tmp_path / "IFU_EN.md").write_text(IFU.format(text=ifu), encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == "SP001"]


@pytest.mark.parametrize("ifu", [
    "| MMAD (salbutamol) | approx. 3.9 µm |",
    "MMAD (salbutamol): approximately 3.9 µm.",
    "MMAD: 3.9 µm (typical).",
])
def test_an_approximate_value_inside_the_range_agrees(tmp_path, ifu):
    assert _sp001(tmp_path, "The MMAD is between 3 and 5 µm.", ifu) == []


@pytest.mark.parametrize("ifu", [
    "| MMAD (salbutamol) | approx. 6.5 µm |",
    "| MMAD (salbutamol) | 2–4 µm |",
])
def test_a_value_outside_or_another_range_still_differs(tmp_path, ifu):
    assert len(_sp001(tmp_path, "The MMAD is between 3 and 5 µm.", ifu)) == 1
