"""Population bounds written with calqued comparators ("minor to", "major to"), "N years old or
more", groups excluded after the group ("not covered"), and group words inside trade names."""

from __future__ import annotations

import pytest

from panelproof.extract import mri_status, parameters, population
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Block, BlockKind, Document, Role
from panelproof.ingest.text import document_from_text


def facts_of(text: str, heading: str = "Intended purpose"):
    document = document_from_text(f"# Document\n\n## {heading}\n\n{text}\n", "IFU_en.md", role=Role.IFU)
    return list(population.extract(document, ExtractionContext()))


def bounds(text: str):
    return [(f.value.dimension, f.value.low, f.value.high, f.value.low_inclusive,
             f.value.high_inclusive, f.value.excluded)
            for f in facts_of(text) if f.kind is FactKind.POPULATION_BOUND]


def groups(text: str, heading: str = "Intended purpose"):
    return [(f.value.id, f.value.negated) for f in facts_of(text, heading)
            if f.kind is FactKind.POPULATION_GROUP]


@pytest.mark.parametrize(("text", "expected"), [
    ("The device is intended for adults of 18 years old or more.", ("age", 18, None, True, True)),
    ("Intended for patients of 21 years old or more.", ("age", 21, None, True, True)),
    ("Intended for children from 2 years old.", ("age", 2, None, True, True)),
    ("Intended for women of 16 years old and over.", ("age", 16, None, True, True)),
    ("Intended for adults of 18 years-old or more.", ("age", 18, None, True, True)),
    ("Intended for patients of 18 y.o. or more.", ("age", 18, None, True, True)),
    ("Patients with a weight minor to 40 Kg.", ("weight", None, 40, True, False)),
    ("Intended for patients with weight minor than 40 kgs.", ("weight", None, 40, True, False)),
    ("Intended for patients with age major to 75 years.", ("age", 75, None, False, True)),
    ("Intended for patients with a body weight major than 3 kgs.", ("weight", 3, None, False, True)),
    ("Intended for patients with age major or equal to 18 years.", ("age", 18, None, True, True)),
    ("| Body weight | minor or equal to 150 Kg |", ("weight", None, 150, True, True)),
])
def test_bounds_after_the_number_and_calqued_comparators(text, expected):
    assert [b[:5] for b in bounds(text)] == [expected]


@pytest.mark.parametrize("text", [
    "Minor adverse events were reported in 3 patients.",
    "The device weighs minor to 4 kg.",
    "A major to moderate improvement was seen in 40 % of patients.",
])
def test_calqued_words_that_are_not_bounds(text):
    assert bounds(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Children and pregnant women not covered.", [("children", True)]),
    ("Paediatric patients: not covered", [("paediatric", True)]),
    ("Not covered: children.", [("children", True)]),
    ("Children are outside the scope of this evaluation.", [("children", True)]),
    ("The device is for adults; neonates are not included in the scope.",
     [("adults", False), ("neonates", True)]),
    ("Enfants non couverts par cette évaluation.", [("children", True)]),
    ("Kinder sind nicht abgedeckt.", [("children", True)]),
    ("Neonates (< 28 days): excluded", [("neonates", True)]),
    # negatives: a group that is covered stays named
    ("Adults and children are covered.", [("adults", False), ("children", False)]),
    ("Paediatric patients: covered by the clinical data.", [("paediatric", False)]),
])
def test_group_excluded_after_the_group(text, expected):
    assert groups(text) == expected


def test_pregnant_women_not_covered_names_no_sex_or_group():
    facts = facts_of("Pregnant women are not covered by this evaluation.")
    assert [f for f in facts if f.kind is FactKind.POPULATION_GROUP] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("CRANIOFIX Paediatric Resorbable Fixation System – Instructions for use", []),
    ("The NeoX Neonatal Warmer is intended for adults.", [("adults", False)]),
    ("The OXY-2 Adult Mask is intended for children.", [("children", False)]),
    # negatives: group words in prose, in capitals, after a place abbreviation
    ("The device is intended for Paediatric Patients.", [("paediatric", False)]),
    ("FOR USE IN PAEDIATRIC PATIENTS ONLY.", [("paediatric", False)]),
    ("CRANIOFIX is intended for paediatric patients.", [("paediatric", False)]),
])
def test_group_word_inside_a_trade_name_names_no_population(text, expected):
    assert groups(text) == expected


def _mri(text: str):
    document = Document(path="IFU.md", format="md", role=Role.IFU, language="en",
                        blocks=[Block(BlockKind.PARAGRAPH, text, heading_path=("MRI safety",))])
    return mri_status.readings(document)


def test_mri_field_strength_major_to_is_a_threshold_above():
    (reading,) = _mri("MRI with a field strength major to 1,5 T is contraindicated.")
    assert reading.forbidden_above == 1.5


def test_mri_minor_or_equal_to_is_a_maximum():
    (reading,) = _mri("MR Conditional: static magnetic field minor or equal to 3 T.")
    assert reading.field_max == 3.0


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Flow rate: major to 0.5 l/min", 0.5, None),
    ("Infusion rate minor to 999 ml/h", None, 999.0),
])
def test_parameters_with_calqued_comparators(text, low, high):
    document = document_from_text(f"# Doc\n\n## Technical data\n\n{text}\n", "IFU.md", language="en")
    found = [(f.value.low, f.value.high) for f in parameters.extract(document, ExtractionContext())]
    assert found == [(low, high)]


@pytest.mark.parametrize(("text", "excluded"), [
    # a relative clause's negation ends at its comma: the population after it is admitted
    ("The device is intended to promote healing of ulcers that did not heal after 4 weeks of "
     "standard care, in adults of 18 years old or more.", False),
    ("The device is intended to treat wounds which have not healed within 4 weeks, in patients aged "
     "18 years and older.", False),
    ("Le dispositif est destiné au traitement des plaies qui ne cicatrisent pas après 4 semaines, "
     "chez les adultes de 18 ans et plus.", False),
    # a negation that governs the bound stays one
    ("The device must not be used in patients younger than 18 years.", True),
    ("Not for use, in any case, in children under 12 years.", True),
    ("Patients who are not able to consent, and children under 12 years, are excluded.", True),
])
def test_relative_clause_negation_does_not_exclude_the_population(text, excluded):
    found = bounds(text)
    assert found and all(b[5] is excluded for b in found), found


@pytest.mark.parametrize("text", [
    "Endoskopische Blutstillung bei nicht-variköser oberer gastrointestinaler Blutung bei "
    "Erwachsenen (ab 18 Jahren).",
    "Hemostase endoscopique des hémorragies digestives hautes non variqueuses chez l'adulte "
    "(à partir de 18 ans).",
    "Endoscopische hemostase bij niet-variceale bovenste gastro-intestinale bloeding bij "
    "volwassenen (vanaf 18 jaar).",
])
def test_a_hyphenated_negative_prefix_does_not_exclude_the_population(text):
    found = bounds(text)
    assert found and all(b[5] is False for b in found), found


@pytest.mark.parametrize(("text", "low", "high"), [
    ("The ventilator is intended for neonates, infants and children with a body weight from "
     "0,5 kg up to 30 kg.", 0.5, 30),
    ("Intended for patients with a body weight from 0.5 up to 30 kg.", 0.5, 30),
    ("Destiné aux patients d'un poids corporel de 0,5 kg jusqu'à 50 kg.", 0.5, 50),
    ("Für Patienten von 3 kg bis zu 30 kg Körpergewicht.", 3, 30),
])
def test_from_a_up_to_b_is_one_range(text, low, high):
    assert [(b[1], b[2]) for b in bounds(text)] == [(low, high)]


@pytest.mark.parametrize("text", [
    "Observation 1: the CER should present data for infants below 1 000 g separately.",
    "Le RCE doit présenter les données chez les nourrissons de moins de 1 000 g à part.",
    "Der Bericht soll Daten für Säuglinge unter 1000 g getrennt darstellen.",
])
def test_a_request_for_a_subgroups_data_states_no_bound(text):
    assert bounds(text) == []
