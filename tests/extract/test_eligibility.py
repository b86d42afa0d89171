"""Selection criteria inside an indications list (extract/_eligibility.py)."""

import pytest

from panelproof.extract._eligibility import is_selection_criterion, work_up_start

CRITERIA = [
    "Adults, 18 years and older, chest circumference 66–142 cm",
    "Chest circumference 26 in to 56 in",
    "1 or 2 well-localized seizure foci identified by video-EEG and imaging",
    "≥ 3 disabling seizures per month over the 3 months before implant",
    "Patients aged 18 years or older",
    "Body weight 40–120 kg",
    "BMI < 40 kg/m2",
    "Adultes de 18 ans et plus, tour de poitrine 66 à 142 cm",
    "Erwachsene ab 18 Jahren mit einem Brustumfang von 66–142 cm",
    "Adulti di età pari o superiore a 18 anni",
    "Al menos 4 crisis al mes",
]

CONDITIONS = [
    "Adults with refractory angina, CCS class III-IV",
    "Symptomatic carotid stenosis ≥ 70%",
    "Obstructive sleep apnoea",
    "Type 2 diabetes",
    "Focal epilepsy confirmed by video-EEG",
    "Partial-onset seizures in adults with 2 foci",
    "Aortic stenosis in patients at high surgical risk",
]


@pytest.mark.parametrize("text", CRITERIA)
def test_selection_criteria(text):
    assert is_selection_criterion(text)


@pytest.mark.parametrize("text", CONDITIONS)
def test_conditions_are_no_criteria(text):
    assert not is_selection_criterion(text)


@pytest.mark.parametrize(("text", "condition"), [
    ("Focal epilepsy confirmed by video-EEG", "Focal epilepsy"),
    ("Épilepsie focale confirmée par vidéo-EEG", "Épilepsie focale"),
    ("Fokale Epilepsie, nachgewiesen durch Video-EEG", "Fokale Epilepsie,"),
])
def test_work_up_is_cut(text, condition):
    assert text[:work_up_start(text)].strip() == condition


@pytest.mark.parametrize("text", [
    "Gait training of adults with spinal cord injury at levels T4 to L5",
    "Rééducation de la marche des adultes présentant une lésion médullaire de niveau T4 à L5",
    "Thoracic major curves (T4–L1) in adolescents",
])
def test_levels_and_grades_are_no_age(text):
    assert not is_selection_criterion(text)
