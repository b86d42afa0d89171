"""A hyphen at a line end before a conjunction is the elision of a compound's shared part
("unter Ultraschall-\\nund/oder Durchleuchtungskontrolle"), not a hyphenation break: it stays,
so the words are not glued ("Ultraschallund/oder")."""

from __future__ import annotations

import pytest

from panelproof.ingest.normalize import normalize


@pytest.mark.parametrize(("text", "expected"), [
    ("unter Ultraschall-\nund/oder Durchleuchtungskontrolle", "unter Ultraschall- und/oder Durchleuchtungskontrolle"),
    ("Hüft-\noder Kniegelenk", "Hüft- oder Kniegelenk"),
    ("echo-\nen CT-geleide punctie", "echo- en CT-geleide punctie"),
])
def test_a_hyphen_before_a_conjunction_stays(text, expected):
    assert normalize(text).text == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ventila-\ntion", "ventilation"),
    ("Gebrauchs-\nanweisung", "Gebrauchsanweisung"),
    ("under-\nstood", "understood"),
])
def test_a_hyphenation_break_still_joins(text, expected):
    assert normalize(text).text == expected
