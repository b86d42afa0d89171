"""Population bounds and groups on varied phrasings (en/fr/de), with negatives."""

from __future__ import annotations

import pytest

from panelproof.extract import population
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind, PopulationBound
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text

INF = None


def facts_of(text: str, heading: str = "Intended purpose", role: Role = Role.IFU):
    document = document_from_text(f"# Document\n\n## {heading}\n\n{text}\n", "IFU_en.md", role=role)
    return list(population.extract(document, ExtractionContext()))


def bounds(text: str, **kwargs) -> list[PopulationBound]:
    return [f.value for f in facts_of(text, **kwargs) if f.kind is FactKind.POPULATION_BOUND]


# (sentence, dimension, low, high, low_inclusive, high_inclusive)
POSITIVE = [
    ("The device is intended for patients weighing more than 5 kg.", "weight", 5, None, False, True),
    ("Intended for patients > 5 kg.", "weight", 5, None, False, True),
    ("For patients over 5 kg body weight.", "weight", 5, None, False, True),
    ("Patients with a body weight of at least 5 kg.", "weight", 5, None, True, True),
    ("Indicated for neonatal patients from 1 kg body weight.", "weight", 1, None, True, True),
    ("For patients weighing 5 kg or more.", "weight", 5, None, True, True),
    ("For patients ≥5kg.", "weight", 5, None, True, True),
    ("Patients of 5 kg and above.", "weight", 5, None, True, True),
    ("Intended for patients with a minimum body weight of 5 kg.", "weight", 5, None, True, True),
    ("Preterm infants from 500 g.", "weight", 0.5, None, True, True),
    ("Patients heavier than 11 lb.", "weight", 4.99, None, False, True),
    ("Adults aged 18–75 years.", "age", 18, 75, True, True),
    ("Intended for patients between 18 and 75 years of age.", "age", 18, 75, True, True),
    ("Patients 18 to 75 years old.", "age", 18, 75, True, True),
    ("Intended for patients ≥ 18 years.", "age", 18, None, True, True),
    ("The device is intended for adults (18 years and older).", "age", 18, None, True, True),
    ("Intended for patients under 65.", "age", None, 65, True, False),
    ("Children up to 12 years.", "age", None, 12, True, True),
    ("Neonates < 28 days of age.", "age", None, 0.0767, True, False),
    ("Intended for use in patients from birth.", "age", 0, None, True, True),
    ("Infants from 1 month to 2 years.", "age", 0.0833, 2, True, True),
    ("Le dispositif est destiné aux patients de plus de 5 kg.", "weight", 5, None, False, True),
    ("Destiné aux patients à partir de 18 ans.", "age", 18, None, True, True),
    ("Patients de 18 à 75 ans.", "age", 18, 75, True, True),
    ("Für Patienten ab 5 kg Körpergewicht.", "weight", 5, None, True, True),
    ("Für Patienten über 18 Jahre.", "age", 18, None, False, True),
    ("Patienten zwischen 18 und 75 Jahren.", "age", 18, 75, True, True),
    ("Patienten mit mindestens 5 kg Körpergewicht.", "weight", 5, None, True, True),
    ("| Patient weight | ≥ 5 kg |", "weight", 5, None, True, True),
    ("Adolescents from 16 years.", "age", 16, None, True, True),
]

NEGATIVE = [
    "The device weighs 4.5 kg.",
    "Patients were followed for 12 months.",
    "A total of n = 120 patients were included.",
    "The mean age of patients was 64 years.",
    "Median age 58 years (range 19-84).",
    "Battery life is at least 4 hours.",
    "Store the device for up to 2 years.",
    "Das Gerät wiegt 4,5 kg.",
    "Le poids du dispositif est de 4,5 kg.",
    "Born before 32 weeks of gestation.",
]


@pytest.mark.parametrize(("text", "dimension", "low", "high", "low_inc", "high_inc"), POSITIVE)
def test_bound_is_read_with_comparator_and_unit(text, dimension, low, high, low_inc, high_inc):
    found = bounds(text)
    assert len(found) == 1, found
    bound = found[0]
    assert bound.dimension == dimension
    assert (bound.low is None) == (low is None) and (bound.high is None) == (high is None)
    if low is not None:
        assert bound.low == pytest.approx(low, rel=0.01)
        assert bound.low_inclusive is low_inc
    if high is not None:
        assert bound.high == pytest.approx(high, rel=0.01)
        assert bound.high_inclusive is high_inc


@pytest.mark.parametrize("text", NEGATIVE)
def test_numbers_that_are_not_population_bounds_are_ignored(text):
    assert bounds(text) == []


def test_literature_section_is_not_the_intended_population():
    assert bounds("Patients aged 18-80 years were randomised.", heading="Clinical data") == []


def test_exclusions_keep_the_written_interval_and_admit_the_complement():
    (bound,) = bounds("The device is not intended for patients under 5 kg.")
    assert bound.excluded and bound.high == 5 and bound.low is None
    allowed = population.admitted(bound)
    assert allowed.low == 5 and allowed.low_inclusive and allowed.high is None
    (bound,) = bounds("Patients below 5 kg are excluded.")
    assert bound.excluded


def test_quote_is_the_smallest_verbatim_span_with_its_subject():
    (fact,) = [f for f in facts_of("The device is intended for patients weighing more than 5 kg.")
               if f.kind is FactKind.POPULATION_BOUND]
    assert fact.location.quote == "patients weighing more than 5 kg"


def groups_of(text: str) -> list[tuple[str, bool]]:
    return [(f.value.id, f.value.negated) for f in facts_of(text)
            if f.kind is FactKind.POPULATION_GROUP]


@pytest.mark.parametrize(("text", "expected"), [
    ("Intended for adult and paediatric patients.", [("adults", False), ("paediatric", False)]),
    ("The ventilator is not intended for neonates.", [("neonates", True)]),
    ("Le dispositif est destiné aux adultes et aux enfants.", [("adults", False), ("children", False)]),
    ("Nicht für Neugeborene und Säuglinge bestimmt.", [("neonates", True), ("infants", True)]),
    ("Für Erwachsene bestimmt; Kinder sind ausgeschlossen.", [("adults", False), ("children", True)]),
    ("Preterm infants and term newborns.", [("preterm_neonates", False), ("neonates", False)]),
    ("Intended for adolescents and adults, but not for children.",
     [("adolescents", False), ("adults", False), ("children", True)]),
    ("Les nourrissons et les nouveau-nés sont exclus.", [("infants", True), ("neonates", True)]),
    ("Intended for all patients requiring ventilation.", [("unrestricted", False)]),
    ("Keep out of reach of children.", []),
])
def test_population_groups_in_three_languages(text, expected):
    assert groups_of(text) == expected


def test_group_attached_to_bound():
    (bound,) = bounds("Children from 2 to 12 years.")
    assert bound.group == "children" and (bound.low, bound.high) == (2, 12)


def test_group_knowledge_has_sources_and_spans():
    for info in population.groups().values():
        assert info.source
    assert population.expand_groups(["paediatric"]) == {"neonates", "infants", "children",
                                                        "adolescents"}


# --- a determiner between comparator and quantity; coordinated groups share a bound ----------

@pytest.mark.parametrize(("sentence", "dimension", "low"), [
    ("Das Gerät ist für Patienten ab einem Körpergewicht von 0,5 kg bestimmt.", "weight", 0.5),
    ("Bestimmt für Patienten ab einem Alter von 18 Jahren.", "age", 18),
    ("Destiné aux enfants à partir d'un poids de 3 kg.", "weight", 3),
    ("Destiné aux patients à partir de l'âge de 2 ans.", "age", 2),
    ("Intended for patients from a body weight of 3 kg.", "weight", 3),
])
def test_bound_with_determiner_before_the_quantity(sentence, dimension, low):
    found = bounds(sentence)
    assert [(b.dimension, b.low) for b in found] == [(dimension, pytest.approx(low))]


@pytest.mark.parametrize(("sentence", "quote"), [
    ("The device is intended for paediatric patients and adults more than 1 kg.",
     "paediatric patients and adults more than 1 kg"),
    ("Bestimmt für Kinder, Jugendliche und Erwachsene ab 10 kg.",
     "Kinder, Jugendliche und Erwachsene ab 10 kg"),
    ("Destiné aux enfants et adultes de plus de 10 kg.", "enfants et adultes de plus de 10 kg"),
    ("Intended for infants or children weighing at least 3 kg.",
     "infants or children weighing at least 3 kg"),
])
def test_coordinated_groups_share_the_bound(sentence, quote):
    (fact,) = [f for f in facts_of(sentence) if f.kind is FactKind.POPULATION_BOUND]
    assert fact.value.group is None
    assert fact.location.quote == quote


@pytest.mark.parametrize(("sentence", "group"), [
    ("Intended for children weighing more than 5 kg.", "children"),
    ("Neonates are excluded; adults from 40 kg are eligible.", "adults"),
    ("Intended for adults with a body weight of at least 40 kg, and for children.", "adults"),
])
def test_single_group_before_a_bound_is_attached(sentence, group):
    found = [f.value for f in facts_of(sentence) if f.kind is FactKind.POPULATION_BOUND]
    assert [b.group for b in found] == [group]


def test_and_up_to_starts_another_bound():
    """"10 kg body weight and up to 12 months": "and up" is no lower bound when "to" follows."""
    found = bounds("Newborns and infants from 0,5 kg up to 10 kg body weight and up to 12 months of age.")
    assert not [b for b in found if b.dimension == "weight" and b.low == 10]
    assert [b for b in found if b.dimension == "age" and b.high == 1 and b.low is None]
    assert [b for b in found if b.dimension == "weight" and b.high == 10]


def _group_ids(sentence: str) -> list[str]:
    return [f.value.id for f in facts_of(sentence, heading="Intended purpose", role=Role.CER)
            if f.kind.name == "POPULATION_GROUP"]


def test_a_group_word_naming_a_place_beside_named_patients_is_the_place():
    assert _group_ids("Thermal support of newborns and infants from 0.5 kg in delivery rooms, NICU "
                      "and paediatric wards of hospitals.") == ["neonates", "infants"]
    assert _group_ids("Adults and children treated in paediatric wards or adult intensive care units.") \
        == ["adults", "children"]


def test_a_place_alone_still_says_whom_the_device_serves():
    assert "paediatric" in _group_ids("Used in delivery rooms and paediatric wards.")


def test_an_item_opening_with_its_condition_is_qualified_by_its_patients_age():
    """The bound restricts that indication, not the population."""
    assert not bounds("Comminuted distal humerus fracture not amenable to internal fixation, in patients "
                      "of 65 years or older.", heading="Indications")
    assert not bounds("Fracture comminutive de l'humérus distal, chez les patients de 65 ans ou plus.",
                      heading="Indications")
    # a population statement keeps its bound
    assert bounds("Patients of 65 years or older with comminuted distal humerus fractures.",
                  heading="Indications")


@pytest.mark.parametrize("heading", ["6.1 Summary of Pivotal and Supportive Data",
                                     "Summary of the clinical evidence"])
def test_a_group_in_an_evidence_summary_table_is_no_intended_population(heading):
    text = "| Source | Type | Population | Use |\n|---|---|---|---|\n| Lee 2017 | consensus | children | recommendations |\n"
    groups = [f.value.id for f in facts_of(text, heading=heading, role=Role.CER)
              if f.kind is FactKind.POPULATION_GROUP]
    assert "children" not in groups
