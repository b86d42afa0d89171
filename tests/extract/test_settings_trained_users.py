""""Trained" before a user ("for use by trained nursing staff in hospital") qualifies who uses
the device; the place after it is where the device is used, not where a therapy is started."""

from __future__ import annotations

import pytest

from panelproof.extract import settings
from panelproof.extract.common import ExtractionContext
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def _settings(sentence: str) -> dict[str, bool]:
    document = document_from_text(f"# CEAR\n\n## Intended purpose\n\n{sentence}\n", "CEAR.md", Role.CEAR, "en")
    return {f.value.id: f.value.initiation for f in settings.extract(document, ExtractionContext())
            if f.kind.value == "care_setting"}


@pytest.mark.parametrize("sentence", [
    "The pump is intended for use by trained nursing staff in hospital inpatient units.",
    "The defibrillator is intended for use by trained healthcare professionals on hospital wards.",
    "Intended for use by trained staff in the intensive care unit only.",
])
def test_a_trained_user_does_not_make_the_place_a_therapy_start(sentence):
    found = _settings(sentence)
    assert found and not any(found.values()), found


@pytest.mark.parametrize("sentence", [
    "Therapy is initiated in hospital and continued by the patient at home.",
    "Patients are trained in the outpatient clinic before they use the device on their own.",
])
def test_where_a_therapy_is_started_stays_an_initiation(sentence):
    found = _settings(sentence)
    assert any(found.values()), found
