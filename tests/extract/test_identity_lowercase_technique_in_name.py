"""A trade name whose model word opens in lower case before a capital, as abbreviations of a
technique do ("MindWave rTMS-800"), is read whole from a "Device name" cell, so that a CEAR
quoting the full name in its table is not reported as using a shorter one."""

from __future__ import annotations

import pytest

from panelproof.extract import identity


@pytest.mark.parametrize(("cell", "name"), [
    ("MindWave rTMS-800", "MindWave rTMS-800"),
    ("NeuroStar iTBS 2", "NeuroStar iTBS 2"),
    ("CardioPatch eCG-3 wearable monitor", "CardioPatch eCG-3"),
    ("AirVENT 60 ventilator", "AirVENT 60"),
])
def test_the_cell_name_keeps_a_lower_case_technique_word(cell, name):
    assert identity._CELL_NAME.match(cell).group("name") == name


@pytest.mark.parametrize(("cell", "name"), [
    ("Pulsa is a pump", "Pulsa"),  # a plain lower-case word ends the name
    ("Infusa sp pump", "Infusa"),
])
def test_plain_lower_case_words_still_end_the_name(cell, name):
    assert identity._CELL_NAME.match(cell).group("name") == name
