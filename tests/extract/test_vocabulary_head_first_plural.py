"""French, Spanish and Portuguese terms put the noun first: its plural is the same term."""

from __future__ import annotations

import pytest

from panelproof.extract.intended_use import vocabulary


@pytest.mark.parametrize("language, text, expected", [
    ("fr", "dans les centres de chirurgie ambulatoire agréés", "office_practice"),
    ("es", "en centros de cirugía ambulatoria y hospitales", "office_practice"),
    ("fr", "au sein de cliniques privées", "office_practice"),
])
def test_plural_of_the_head_noun_is_the_term(language, text, expected):
    found = vocabulary("care_settings").find(text, language=language)
    assert expected in {m.id for m in found}
    assert "outpatient" not in {m.id for m in found}
