"""An indications list item that only qualifies another (a lab or physiological threshold) or
that excludes ("not indicated for ...") names no indication of its own."""

from __future__ import annotations

import pytest

from panelproof.extract._eligibility import is_selection_criterion
from panelproof.extract.intended_use import extract
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text


def indication_quotes(text: str, language: str = "en") -> list[str]:
    document = document_from_text(text, "IFU_en.md", language=language)
    found = [f for f in extract(document) if f.kind is FactKind.INDICATION
             and not getattr(f.value, "negated", False)]
    for fact in found:  # provenance: every quote is verbatim document text
        assert " ".join(fact.location.quote.split()) in " ".join(document.text.split())
    return [f.location.quote for f in found]


@pytest.mark.parametrize("text", [
    "NT-proBNP < 1 600 pg/mL",
    "HbA1c between 7.5 and 10 %",
    "eGFR ≥ 30 mL/min/1.73 m²",
    "serum PaCO2 above 45 mmHg",
    "left ventricular ejection fraction of 35 % or less",
    "FEV1 between 15 % and 45 % of predicted",
    "NT-proBNP inférieur à 1 600 pg/ml",
])
def test_measure_thresholds_are_criteria(text):
    assert is_selection_criterion(text)


@pytest.mark.parametrize("text", [
    "Carotid stenosis ≥ 70 %",
    "Chronic pain for more than 6 months",
    "Hypertension uncontrolled on ≥ 3 antihypertensive drugs",
    "COPD GOLD 3-4",
    "Obesity with BMI 30-50 kg/m²",
    "L4-L5 degenerative disc disease",
])
def test_conditions_with_numbers_stay(text):
    assert not is_selection_criterion(text)


@pytest.mark.parametrize("item", [
    "Serum HbA1c between 7.5 and 10 %",
    "eGFR of 30 mL/min/1.73 m² or more",
    "not intended for patients who need cardiac resynchronisation",
    "No indication for a dual-chamber pacing system",
    "not for use in in-stent restenosis",
])
def test_qualifying_or_excluding_item_is_no_indication(item):
    text = ("# Indications\n\n"
            "- Chronic kidney disease stage 3 with secondary hyperparathyroidism\n"
            f"- {item}\n")
    quotes = indication_quotes(text)
    assert quotes and not any(item.split()[0] in q and "kidney" not in q for q in quotes), quotes


def test_excluded_item_in_german_is_no_indication():
    text = ("# Indikationen\n\n"
            "- Therapierefraktäre Herzinsuffizienz mit reduzierter Ejektionsfraktion\n"
            "- nicht indiziert bei geplanter Resynchronisationstherapie\n")
    assert not any("nicht" in q for q in indication_quotes(text, "de"))


def test_not_suitable_for_surgery_stays_an_indication():
    text = ("# Indications\n\n"
            "- Severe symptomatic aortic stenosis\n"
            "- Patients not suitable for open surgical repair of a hernia of the abdominal wall\n")
    assert any("open surgical" in q for q in indication_quotes(text))


def indication_ids(text: str, language: str = "en") -> set[str]:
    document = document_from_text(text, "IFU_en.md", language=language)
    return {f.value.id for f in extract(document) if f.kind is FactKind.INDICATION}


@pytest.mark.parametrize(("text", "language"), [
    ("# Indications\n\nThe system is indicated for moderate to severe central sleep apnoea, "
     "including central sleep apnoea associated with heart failure.\n", "en"),
    ("# Indications\n\n- Central sleep apnoea, also when secondary to chronic heart failure\n", "en"),
    ("# Indications\n\n- Apnée centrale du sommeil, y compris liée à une insuffisance cardiaque\n", "fr"),
])
def test_cause_of_a_condition_is_no_indication(text, language):
    assert indication_ids(text, language) == {"central_sleep_apnoea"}


def test_coordinated_conditions_stay_indications():
    assert indication_ids("# Indications\n\n- Heart failure and atrial fibrillation\n") == {
        "heart_failure", "atrial_fibrillation"}
