"""A bare size noun linked to what it measures ("shunts with a diameter of 10 to 14 mm") is
labelled with that noun, so SP001 compares it with the same dimension in another document
("Shunt diameter: 12–16 mm") and not with every other diameter of the dossier."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract.parameters import size_lists


@pytest.mark.parametrize(("text", "language", "owner", "low", "high"), [
    ("The graft is intended for vessels with a diameter of 5 to 9 mm.", "en", "vessels", 5, 9),
    ("Suitable for shunts having a length between 40 and 60 mm.", "en", "shunts", 40, 60),
    ("Le stent convient aux artères d'un diamètre de 3 à 5 mm.", "fr", "artères", 3, 5),
    ("Geeignet für Gefäße mit einem Durchmesser von 6 bis 10 mm.", "de", "Gefäße", 6, 10),
    ("Indicato per vasi con un diametro da 4 a 7 mm.", "it", "vasi", 4, 7),
    ("Bestemd voor buizen met een lengte van 30 tot 45 cm.", "nl", "buizen", 30, 45),
])
def test_the_measured_noun_names_a_bare_size(text, language, owner, low, high):
    [match] = size_lists(text, language)
    assert match.value.label.split()[0] == owner
    assert (match.value.low, match.value.high) == (low, high)
    assert text[match.start:match.end].startswith(owner)  # the quote names what is measured


@pytest.mark.parametrize("text", [
    "The sheath, with a diameter of 6 to 8 mm, is inserted.",  # a comma: no owner to take
    "Available in diameters of 8, 10 and 12 mm.",
])
def test_no_link_no_owner(text):
    assert all(len(m.value.label.split()) == 1 for m in size_lists(text, "en"))


def _sp001(tmp_path: Path, ifu: str, other: str):
    from panelproof.pipeline import run_check
    (tmp_path / "IFU_en.md").write_text(f"# Instructions for use\n\n## Technical data\n\n{ifu}\n",
                                        encoding="utf-8")
    (tmp_path / "CER.md").write_text(f"# Clinical evaluation report\n\n## Device description\n\n{other}\n",
                                     encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == "SP001"]


def test_a_measured_range_that_differs_from_the_ifu_table_is_reported(tmp_path):
    findings = _sp001(tmp_path, "| Parameter | Value |\n|---|---|\n| Shunt diameter at implantation | 12 to 16 mm |",
                      "The device fits shunts with a diameter of 10 to 14 mm at implantation.")
    assert len(findings) == 1
    quotes = [loc.quote for loc in findings[0].locations]
    assert any("10 to 14 mm" in q for q in quotes) and any("12 to 16 mm" in q for q in quotes)


def test_the_same_measured_range_is_silent(tmp_path):
    assert _sp001(tmp_path, "| Parameter | Value |\n|---|---|\n| Shunt diameter at implantation | 12 to 16 mm |",
                  "The device fits shunts with a diameter of 12 to 16 mm at implantation.") == []
