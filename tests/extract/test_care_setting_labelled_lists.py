"""A bare place in a list after an environment label ("Usage environment: home, hospital ward and
outpatient clinic") is a stated setting; the same word elsewhere ("the home screen") is none."""

from __future__ import annotations

import pytest

from panelproof.extract import settings
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def _settings(sentence: str, name: str = "IFU_EN.md") -> set[str]:
    text = f"# IFU\n\n## 5. Intended user and usage environment\n\n{sentence}\n"
    document = document_from_text(text, name, Role.IFU)
    return {f.value.id for f in settings.extract(document) if f.kind is FactKind.CARE_SETTING}


@pytest.mark.parametrize(("sentence", "name", "expected"), [
    ("Patients and caregivers. Usage environment: home, hospital ward and outpatient clinic.",
     "IFU_EN.md", {"home", "hospital", "outpatient"}),
    ("Use environment: hospital and home.", "IFU_EN.md", {"hospital", "home"}),
    ("Omgeving van gebruik: ziekenhuis en thuis.", "IFU_NL.md", {"hospital", "home"}),
])
def test_a_bare_place_after_an_environment_label_is_a_setting(sentence, name, expected):
    assert _settings(sentence, name) == expected


@pytest.mark.parametrize("sentence", [
    "The home screen shows the dose.",
    "Press the home button. Use environment: hospital.",
])
def test_home_elsewhere_is_no_setting(sentence):
    assert "home" not in _settings(sentence)
