""""Urgent" or "emergency" before a care encounter ("urgent clinic visit", "emergency
admission") describes how the patient was seen before, an eligibility history, not an
emergency presentation of the indicated condition (clinical_terms.yaml
`qualifier_care_encounters`)."""

import pytest

from panelproof.extract.intended_use import _qualifier_find


def _qualifiers(text: str) -> list[str]:
    return [text[m.start:m.end].lower() for m in _qualifier_find(text, 0, len(text))]


@pytest.mark.parametrize("text", [
    "Two or more urgent respiratory clinic visits during the preceding 6 months",
    "At least one emergency hospital admission for COPD in the last year",
    "one urgent consultation for decompensated cirrhosis within 90 days",
    "au moins une hospitalisation en urgence pour asthme au cours de l'année précédente",
    "almeno un ricovero urgente per BPCO negli ultimi 12 mesi",
    "un ingreso urgente por insuficiencia cardiaca en el último año",
])
def test_encounter_is_no_qualifier(text):
    assert _qualifiers(text) == []


@pytest.mark.parametrize(("text", "qualifier"), [
    ("Emergency endovascular repair of ruptured abdominal aortic aneurysms", "ruptured"),
    ("patients admitted with ruptured aneurysms", "ruptured"),
    ("urgent revascularisation of acute limb ischaemia", "urgent"),
    ("anévrismes rompus traités en urgence", "rompus"),
])
def test_presentation_qualifier_kept(text, qualifier):
    assert qualifier in _qualifiers(text)
