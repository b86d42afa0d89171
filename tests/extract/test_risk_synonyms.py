"""Lay and clinical words for one side-effect share a risk id; broader risks cover narrower ones."""

import pytest

from panelproof.extract.risks import covered_by, known_risks, risk_cover


def _ids(text: str) -> list[str]:
    return [rid for rid, _ in known_risks(text)]


@pytest.mark.parametrize("text, risk_id", [
    ("Shortness of breath", "dyspnoea"),
    ("Patients may feel short of breath.", "dyspnoea"),
    ("Dyspnoea | 8.0 % (9/112)", "dyspnoea"),
    ("Dyspnea was reported in 9 of 112 patients.", "dyspnoea"),
    ("difficulty breathing", "dyspnoea"),
    ("Dyspnée (2 %)", "dyspnoea"),
    ("essoufflement", "dyspnoea"),
    ("Atemnot", "dyspnoea"),
    ("Kortademigheid: 8,0 %", "dyspnoea"),
    ("disnea", "dyspnoea"),
    ("blood in the urine", "haematuria"),
    ("Hematuria 1.0 % (1/105)", "haematuria"),
    ("sang dans les urines", "haematuria"),
    ("Blut im Urin", "haematuria"),
    ("bloed in de urine", "haematuria"),
    ("nose bleeding", "epistaxis"),
    ("Nosebleeds", "epistaxis"),
    ("bleeding from the nose", "epistaxis"),
    ("Epistaxis 3.8 % (4/105)", "epistaxis"),
    ("saignement de nez", "epistaxis"),
    ("Nasenbluten", "epistaxis"),
    ("Neusbloeding: 3,8 %", "epistaxis"),
    ("epistassi", "epistaxis"),
    ("kidney injury due to contrast medium", "contrast_nephropathy"),
    ("Contrast-induced nephropathy", "contrast_nephropathy"),
    ("contrast-associated acute kidney injury", "contrast_nephropathy"),
    ("néphropathie induite par les produits de contraste", "contrast_nephropathy"),
    ("kontrastmittelinduzierte Nephropathie", "contrast_nephropathy"),
    ("acute kidney injury", "acute_kidney_injury"),
    ("acute renal failure", "acute_kidney_injury"),
    ("vocal cord paralysis", "vocal_cord_paresis"),
    ("persistent vocal cord paresis", "vocal_cord_paresis"),
    ("recurrent laryngeal nerve palsy", "vocal_cord_paresis"),
    ("paralysie des cordes vocales", "vocal_cord_paresis"),
    ("Stimmbandlähmung", "vocal_cord_paresis"),
    ("swelling of the knee", "joint_effusion"),
    ("Joint effusion", "joint_effusion"),
    ("knee effusion (3 %)", "joint_effusion"),
    ("épanchement articulaire", "joint_effusion"),
    ("Kniegelenkerguss", "joint_effusion"),
    ("sinus infection", "sinusitis"),
    ("Acute sinusitis", "sinusitis"),
    ("sinusite", "sinusitis"),
    ("Nasennebenhöhlenentzündung", "sinusitis"),
    ("bijholteontsteking", "sinusitis"),
    ("groin haematoma", "access_site_haematoma"),
    ("puncture-site hematoma", "access_site_haematoma"),
    ("vascular access complications", "vascular_access_complication"),
    ("access-site complications", "vascular_access_complication"),
    ("major vascular complications", "vascular_access_complication"),
    ("need for cardiac surgery", "cardiac_surgery_needed"),
    ("emergency cardiac surgery", "cardiac_surgery_needed"),
    ("conversion to open surgery", "conversion_to_open_surgery"),
    ("converted to open repair", "conversion_to_open_surgery"),
    ("conversion en chirurgie ouverte", "conversion_to_open_surgery"),
])
def test_lay_and_clinical_words_share_the_id(text: str, risk_id: str) -> None:
    assert _ids(text) == [risk_id]


@pytest.mark.parametrize("text", [
    "Breath test performed at 6 months.",
    "A urine sample was taken.",
    "The nose piece is replaceable.",
    "Contrast medium volume was recorded.",
    "Kidney function (eGFR) at baseline.",
    "Outcomes were compared with open surgery.",
    "Patients with prior cardiac surgery were excluded.",
    "Vascular access was transfemoral.",
    "The vocal cords were visualised.",
    "Normal sinus rhythm.",
    "Joint replacement surgery.",
])
def test_related_words_that_name_no_risk(text: str) -> None:
    assert _ids(text) == []


@pytest.mark.parametrize("narrow, broad", [
    ("epistaxis", "bleeding"),
    ("haematuria", "bleeding"),
    ("access_site_haematoma", "vascular_access_complication"),
    ("access_site_haematoma", "haematoma"),
    ("cardiac_surgery_needed", "conversion_to_open_surgery"),
    ("contrast_nephropathy", "acute_kidney_injury"),
    ("joint_effusion", "swelling"),
    ("sinusitis", "infection"),
])
def test_a_broader_risk_covers_a_narrower_one_never_the_reverse(narrow: str, broad: str) -> None:
    assert covered_by(narrow, [broad])
    assert not covered_by(broad, [narrow])


def test_every_covered_id_is_a_vocabulary_risk() -> None:
    cover = risk_cover()
    assert all(narrow in cover for covered in cover.values() for narrow in covered)
    assert not covered_by("implant_migration", ["bleeding", "infection", "vascular_access_complication"])
