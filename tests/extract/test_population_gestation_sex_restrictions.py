"""Gestational ages as their own bound, indication-specific age restrictions, and the sex of
the intended population."""

import pytest

from panelproof.extract.common import _split_sentences
from panelproof.extract.population import _indication_specific, find_bounds, find_gestational, find_sexes
from panelproof.rules.pmcf.PM001_pmcf_contradicts_intended_use import subgroup_keys


@pytest.mark.parametrize("text, low", [
    ("The device is intended for neonates ≥ 34 weeks of gestation.", 34),
    ("Destiné aux nouveau-nés à partir de 32 semaines d'aménorrhée.", 32),
    ("nouveau-nés d'âge gestationnel supérieur ou égal à 33 semaines", 33),
    ("Für Neugeborene ab der 34. Schwangerschaftswoche (SSW).", 34),
    ("Neugeborene ab 35 SSW", 35),
    ("neonati con età gestazionale ≥ 34 settimane", 34),
    ("recién nacidos con una edad gestacional de 34 semanas o más", 34),
    ("neonates born at or after 30 weeks’ gestation", 30),
    ("Gestationsalter ≥ 37 Wochen", 37),
    ("nouveau-nés ≥ 37 SA", 37),
    ("neonates with a gestational age of at least 34 completed weeks", 34),
    ("neonates (GA ≥ 36 wk)", 36),
    ("neonates from 34+0 weeks of gestation", 34),
])
def test_gestational_lower_bounds(text, low):
    found = find_gestational(text)
    assert [(b.dimension, b.low, b.high) for _, _, b in found] == [("gestation", low, None)]
    start, end, _ = found[0]
    assert text[start:end].strip() == text[start:end]


@pytest.mark.parametrize("text", [
    "neonates born at 32 weeks of gestation were studied",  # no comparator: no limit
    "postmenstrual age ≥ 34 weeks",  # another measure
    "follow-up visit at 34 weeks",  # no gestation word
    "pregnant women from 12 weeks of gestation",  # outside the neonatal range
    "Patients aged 18 years or older",
])
def test_not_gestational_bounds(text):
    assert find_gestational(text) == []


def test_gestational_range_and_upper_bound():
    (_, _, rng), = find_gestational("infants between 28 and 32 weeks of gestation")
    assert (rng.low, rng.high) == (28, 32)
    (_, _, upper), = find_gestational("neonates born before 32 weeks of gestation are excluded")
    assert (upper.low, upper.high, upper.high_inclusive) == (None, 32, False)


def test_postmenstrual_age_is_no_age_bound():
    text = "Do not use in neonates with a postmenstrual age below 30 weeks."
    assert [b for b in find_bounds(text)]  # the number is found ...
    from panelproof.extract.population import _gestational
    assert all(_gestational(text, m) for m in find_bounds(text))  # ... but not kept as an age


def test_german_ordinal_is_no_sentence_end():
    text = "Für Neugeborene ab der 34. Schwangerschaftswoche bestimmt. Nicht für Kinder."
    assert len(list(_split_sentences(text))) == 2
    assert len(list(_split_sentences("Die Studie endete 2019. Danach nichts."))) == 2


def _restricted(text):
    return [(text[m.start:m.end], _indication_specific(text, m.start, m.end)) for m in find_bounds(text)]


@pytest.mark.parametrize("text", [
    "Adults (18 years and older) with rheumatoid arthritis; for distal humerus fractures only in patients of 65 years or older.",
    "In the case of distal humerus fractures, patients aged 65 years or older.",
    "Bei distalen Humerusfrakturen nur ab 65 Jahren.",
    "Pour les fractures de l'humérus distal, uniquement à partir de 65 ans.",
    "Per le fratture dell'omero distale solo da 65 anni.",
    "En caso de fracturas del húmero distal, solo pacientes de 65 años o más.",
    "Patients aged 65 years or older only for distal humerus fractures.",
])
def test_indication_specific_restriction(text):
    found = _restricted(text)
    assert any("65" in q and flag for q, flag in found)
    assert not any("18" in q and flag for q, flag in found)


@pytest.mark.parametrize("text", [
    "For professional use only in adults aged 18 years or older.",
    "Indicated for the treatment of knee osteoarthritis only in adults aged 50 years or older.",
    "For children only from 2 years of age.",
    "The device is intended for adults aged 18 years and older.",
    "For patients with chronic pain, from 18 years of age.",
])
def test_population_bounds_stay(text):
    assert not any(flag for _, flag in _restricted(text))


@pytest.mark.parametrize("text, sexes", [
    ("intended for adult women with stress urinary incontinence", {"female"}),
    ("indicated for female patients with pelvic organ prolapse", {"female"}),
    ("für erwachsene Frauen mit Belastungsinkontinenz", {"female"}),
    ("indiquée chez les hommes et les femmes adultes", {"female", "male"}),
    ("destinato a uomini con iperplasia prostatica", {"male"}),
    ("indicado en hombres y mujeres adultos", {"female", "male"}),
    ("Männer mit benigner Prostatahyperplasie", {"male"}),
    ("patients of both sexes aged 18 or older", {"female", "male"}),
])
def test_sexes(text, sexes):
    assert {sid for _, _, sid in find_sexes(text)} == sexes


@pytest.mark.parametrize("text", [
    "He or she should read this leaflet.",
    "Explain the risks to the patient and the patient's partner.",
    "Not for use in pregnant women.",
    "Ne pas utiliser chez les femmes enceintes.",
    "Nicht bei schwangeren Frauen anwenden.",
    "bei jungen Patienten",
    "human factors engineering",
    "donne in gravidanza", "mujeres embarazadas", "women of childbearing potential",
])
def test_no_sex_statement(text):
    assert find_sexes(text) == []


def test_subgroup_keys_match_across_wordings():
    assert "radiotherapy" in subgroup_keys("radiotherapy") & subgroup_keys("irradiated breast")
    assert "radiotherapy" in subgroup_keys("radiothérapie") & subgroup_keys("Bestrahlung")
    assert not subgroup_keys("prior radiotherapy") & subgroup_keys("active infection")
    assert subgroup_keys("patients") == frozenset()
