"""SP001: a size stated for a state of the device ("Diamètre (sec) 4 mm", the dry rod) is
another parameter than the size after expansion ("expands to a diameter of 10 to 12 mm"). A
parenthesis after the label that spells a unit the value cannot have ("sec" before "mm") is a
word of the label; two documents stating the same state still disagree on a different value."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract.parameters import labelled_parameter
from panelproof.pipeline import run_check

CER = "# Clinical evaluation report – Dilarod\n\n## Device description\n\n{text}\n"
IFU = "# {title} – Dilarod\n\n## {heading}\n\n{text}\n"


def _sp001(tmp_path: Path, cer: str, ifu: str, title: str = "Notice d'utilisation",
           heading: str = "Caractéristiques techniques") -> list:
    (tmp_path / "CER.md").write_text(CER.format(text=cer), encoding="utf-8")
    (tmp_path / "IFU_FR.md").write_text(IFU.format(title=title, heading=heading, text=ifu),
                                        encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == "SP001"]


@pytest.mark.parametrize(("text", "label"), [
    ("Diamètre (sec) | 4 mm", "Diamètre (sec)"),
    ("Diamètre (sec) : 4 mm", "Diamètre (sec)"),
    ("Rod diameter (sec): 4 mm", "Rod diameter (sec)"),
    ("Länge (min) | 65 mm", "Länge (min)"),
])
def test_a_word_in_parentheses_that_is_no_unit_of_the_value_stays_in_the_label(text, label):
    found = labelled_parameter(text, None)
    assert found is not None and found.value.label == label, found


def test_a_unit_in_parentheses_is_still_a_unit():
    found = labelled_parameter("Length (mm) | 65", None)
    assert found is not None and found.value.label == "Length", found


@pytest.mark.parametrize("ifu", [
    "| Caractéristique | Valeur |\n|---|---|\n| Diamètre (sec) | 4 mm |",
    "Diamètre (sec) 4 mm",
])
def test_the_dry_size_is_not_the_expanded_size(tmp_path, ifu):
    cer = "Each rod absorbs cervical fluid and expands to a diameter of 10 to 12 mm within 6 h."
    assert _sp001(tmp_path, cer, ifu) == []


def test_the_same_state_with_another_value_still_differs(tmp_path):
    cer = "| Parameter | Value |\n|---|---|\n| Diameter (dry) | 6 mm |"
    assert len(_sp001(tmp_path, cer, "| Caractéristique | Valeur |\n|---|---|\n| Diamètre (sec) | 4 mm |")) == 1
