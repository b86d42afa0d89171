"""Paraphrases of one list item: negation prefixes, clinical synonyms, route abbreviations,
verb forms (extract/_paraphrase.py, vocabulary/paraphrases.yaml)."""

import pytest

from panelproof.rules.intended_use.common import same_text

SAME = [
    ("patients not intubated", "non-intubated patients"),
    ("not intubated", "nonintubated"),
    ("untreated pneumothorax", "pneumothorax that has not been treated"),
    ("uncontrolled hypertension", "hypertension not controlled"),
    ("rds not responding to conventional ventilation", "rds refractory to conventional ventilation"),
    ("hypoxaemia unresponsive to conventional ventilation", "hypoxaemia refractory to conventional ventilation"),
    ("air leak in patients failing conventional ventilation", "air leak refractory to conventional ventilation"),
    ("iv bisphosphonate therapy or head-and-neck radiotherapy > 50 gy in the zygoma region",
     "intravenous bisphosphonate therapy, or radiotherapy of more than 50 gy to the zygoma"),
    ("sc insulin therapy", "subcutaneous insulin therapy"),
    ("radiation therapy of the jaw", "radiotherapy to the jaw"),
    ("skin lesions at electrode sites preventing wear",
     "skin lesions at the electrode sites that prevent wearing the garment"),
    ("ventilation réfractaire", "ventilation ne répondant pas"),
    ("nicht intubierte patienten", "patienten nicht intubiert"),
    ("multilevel disease", "disease at more than one level"),
    ("multi-level degenerative disc disease", "degenerative disc disease at several levels"),
    ("mehrsegmentale erkrankung", "erkrankung auf mehreren ebenen"),
]

DIFFERENT = [
    ("patients not intubated", "intubated patients"),
    ("nyha class iv heart failure", "intravenous heart failure"),
    ("stage iv cancer", "intravenous cancer"),
    ("unilateral lesion", "bilateral lesion"),
    ("radiotherapy > 50 gy", "radiotherapy > 30 gy"),
    ("radiotherapy more than 50 gy", "radiotherapy less than 50 gy"),
    ("skin lesions at electrode sites", "skin lesions at implant sites"),
    ("single-level disease", "multilevel disease"),
]


@pytest.mark.parametrize(("first", "second"), SAME)
def test_restatements_are_one_item(first, second):
    assert same_text(first, second) and same_text(second, first)


@pytest.mark.parametrize(("first", "second"), DIFFERENT)
def test_different_items_stay_apart(first, second):
    assert not same_text(first, second)
