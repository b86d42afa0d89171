"""Population phase 6: exclusion scope ends with its list, negated comparators, treatment periods
that are not ages, groups named in passing, term infants, readable small ages."""

from __future__ import annotations

import pytest

from panelproof.extract import population
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind, PopulationBound, quantity
from panelproof.ingest.text import document_from_text


def facts(markdown: str, language: str = "en"):
    document = document_from_text(markdown, f"IFU_{language}.md", language=language)
    found = list(population.extract(document, ExtractionContext()))
    for fact in found:  # provenance
        assert " ".join(fact.location.quote.split()) in " ".join(document.text.split())
    return found


def bounds(markdown: str, language: str = "en") -> list[tuple]:
    return [(f.value.dimension, f.value.low, f.value.high, f.value.excluded)
            for f in facts(markdown, language) if f.kind is FactKind.POPULATION_BOUND]


def groups(markdown: str, language: str = "en") -> list[tuple[str, bool]]:
    return [(f.value.id, f.value.negated) for f in facts(markdown, language)
            if f.kind is FactKind.POPULATION_GROUP]


# --- P1: the exclusion context ends with its list ------------------------------------------------

@pytest.mark.parametrize(("markdown", "language", "target"), [
    ("# Intended purpose\n\nContraindications:\n\n- nasal obstruction\n- children under 2 years\n\n"
     "Adult patients (≥ 18 years).\n", "en", "Adult patients"),
    ("# Target population\n\nThe device must not be used in:\n\n- pregnant women\n"
     "- patients under 40 kg\n\nAdults aged 18 years and older weighing at least 40 kg.\n", "en", "Adults"),
    ("# Target population\n\nExclusions from the target population:\n\n- facial trauma\n"
     "- children under 2 years\n\nThe target group is adult patients (≥ 18 years).\n", "en",
     "adult patients"),
    ("# Target population\n\n| Exclusion criteria | |\n|---|---|\n| Children under 2 years | |\n"
     "| Pregnancy | |\n\nAdult patients (≥ 18 years).\n", "en", "Adult patients"),
    ("# Population\n\nLe dispositif ne doit pas être utilisé chez :\n\n- les enfants de moins de 2 ans\n"
     "- les femmes enceintes\n\nPatients adultes (≥ 18 ans).\n", "fr", "Patients adultes"),
    ("# Zielgruppe\n\nAusschlusskriterien:\n\n- Kinder unter 12 Jahren\n- Schwangerschaft\n\n"
     "Erwachsene Patienten ab 18 Jahren.\n", "de", "Erwachsene"),
    ("# Popolazione\n\nControindicazioni:\n\n- bambini di età inferiore a 2 anni\n- gravidanza\n\n"
     "Pazienti adulti (≥ 18 anni).\n", "it", "Pazienti adulti"),
    ("# Población\n\nContraindicaciones:\n\n- niños menores de 2 años\n- embarazo\n\n"
     "Pacientes adultos (≥ 18 años).\n", "es", "Pacientes adultos"),
])
def test_paragraph_after_an_exclusion_list_states_the_target_group(markdown, language, target):
    found = facts(markdown, language)
    adult = [f for f in found if f.kind is FactKind.POPULATION_BOUND and f.value.low == 18.0]
    assert adult and not any(f.value.excluded for f in adult)
    adult_groups = [f for f in found if f.kind is FactKind.POPULATION_GROUP and f.value.id == "adults"]
    assert adult_groups and not any(f.value.negated for f in adult_groups)
    # the list items themselves stay exclusions
    young = [f for f in found if f.kind is FactKind.POPULATION_BOUND and f.value.high in (2.0, 12.0, 40.0)]
    assert all(f.value.excluded for f in young)
    assert target.lower() in " ".join(f.location.quote.lower() for f in adult)


def test_unbulleted_item_fragments_after_a_lead_in_stay_excluded():
    markdown = ("# Population\n\nContraindications:\n\nPregnancy\n\nChildren under 2 years\n\n"
                "Patients below 30 kg\n")
    assert ("age", None, 2.0, True) in bounds(markdown)
    assert ("weight", None, 30.0, True) in bounds(markdown)


def test_a_heading_that_announces_target_and_exclusions_decides_neither():
    markdown = ("# Target population and exclusions\n\nAdult patients (≥ 18 years).\n\n"
                "Patients under 40 kg are excluded.\n")
    assert ("age", 18.0, None, False) in bounds(markdown)
    assert ("weight", None, 40.0, True) in bounds(markdown)


@pytest.mark.parametrize(("sentence", "language"), [
    ("Patients over 120 kg must not be treated with the device.", "en"),
    ("Patienten über 120 kg dürfen nicht behandelt werden.", "de"),
])
def test_a_negation_after_the_bound_still_excludes(sentence, language):
    heading = {"en": "Intended purpose", "de": "Zweckbestimmung"}[language]
    assert ("weight", 120.0, None, True) in bounds(f"# {heading}\n\n{sentence}\n", language)


# --- P2: negated comparators --------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "language", "dimension", "high"), [
    ("Intended for adults weighing no more than 120 kg.", "en", "weight", 120.0),
    ("Patients weighing not more than 150 kg.", "en", "weight", 150.0),
    ("Intended for patients no heavier than 90 kg.", "en", "weight", 90.0),
    ("Intended for patients with a body weight not exceeding 100 kg.", "en", "weight", 100.0),
    ("The patient's weight must not exceed 135 kg.", "en", "weight", 135.0),
    ("Intended for patients no older than 75 years.", "en", "age", 75.0),
    ("Intended for patients not over 80 years of age.", "en", "age", 80.0),
    ("Bestimmt für Patienten mit einem Körpergewicht von nicht mehr als 120 kg.", "de", "weight", 120.0),
    ("Bestimmt für Patienten nicht älter als 75 Jahre.", "de", "age", 75.0),
    ("Das Körpergewicht darf 130 kg nicht überschreiten.", "de", "weight", 130.0),
    ("Destiné aux patients ne pesant pas plus de 110 kg.", "fr", "weight", 110.0),
    ("Destiné aux patients d'un poids ne dépassant pas 100 kg.", "fr", "weight", 100.0),
    ("Destinato a pazienti di peso non più di 120 kg.", "it", "weight", 120.0),
    ("Destinato a pazienti con peso non superiore a 100 kg.", "it", "weight", 100.0),
    ("Destinado a pacientes con un peso no más de 120 kg.", "es", "weight", 120.0),
    ("Destinado a pacientes con peso no superior a 100 kg.", "es", "weight", 100.0),
])
def test_negated_more_than_is_an_upper_bound(sentence, language, dimension, high):
    heading = {"en": "Intended purpose", "de": "Zweckbestimmung", "fr": "Destination",
               "it": "Destinazione d'uso", "es": "Uso previsto"}[language]
    found = bounds(f"# {heading}\n\n{sentence}\n", language)
    assert (dimension, None, high, False) in found
    assert not any(b[1] == high for b in found)  # not read as a lower bound


@pytest.mark.parametrize(("sentence", "language", "dimension", "low"), [
    ("Intended for adults no less than 18 years of age.", "en", "age", 18.0),
    ("Intended for patients not under 16 years.", "en", "age", 16.0),
    ("Intended for patients not lighter than 40 kg.", "en", "weight", 40.0),
    ("Bestimmt für Patienten nicht jünger als 18 Jahre.", "de", "age", 18.0),
    ("Destiné aux patients d'un poids pas moins de 40 kg.", "fr", "weight", 40.0),
    ("Destinato a pazienti con peso non inferiore a 40 kg.", "it", "weight", 40.0),
    ("Destinado a pacientes con un peso no menos de 40 kg.", "es", "weight", 40.0),
])
def test_negated_less_than_is_a_lower_bound(sentence, language, dimension, low):
    heading = {"en": "Intended purpose", "de": "Zweckbestimmung", "fr": "Destination",
               "it": "Destinazione d'uso", "es": "Uso previsto"}[language]
    assert (dimension, low, None, False) in bounds(f"# {heading}\n\n{sentence}\n", language)


@pytest.mark.parametrize(("sentence", "expected"), [
    # the negation is the exclusion's, not the comparator's
    ("Do not use in patients weighing more than 150 kg.", ("weight", 150.0, None, True)),
    ("Not for patients under 5 kg.", ("weight", None, 5.0, True)),
    ("Do not use in patients weighing no more than 2 kg.", ("weight", None, 2.0, True)),
    ("Intended for patients weighing more than 5 kg.", ("weight", 5.0, None, False)),
])
def test_negations_that_are_not_part_of_the_comparator(sentence, expected):
    assert expected in bounds(f"# Intended purpose\n\n{sentence}\n")


# --- P3: trial, treatment and symptom periods are not ages ---------------------------------------

@pytest.mark.parametrize(("sentence", "language"), [
    ("Indicated for children aged 12 months and older with insufficient progress after a "
     "hearing-aid trial of at least 3 months.", "en"),
    ("Il dispositivo è indicato per bambini a partire da 12 mesi di età con progressi "
     "insufficienti dopo una prova protesica di almeno 3 mesi.", "it"),
    ("Indicado para niños a partir de 12 meses de edad con progreso insuficiente tras una prueba "
     "con audífonos de al menos 3 meses.", "es"),
    ("Indiziert für Kinder ab 12 Monaten mit unzureichendem Nutzen nach einer "
     "Hörgeräteversorgung von mindestens 3 Monaten.", "de"),
    ("Indiqué chez les enfants âgés de 12 mois et plus dont les progrès sont insuffisants après "
     "un essai d'appareillage d'au moins 3 mois.", "fr"),
])
def test_trial_period_is_not_an_age_but_the_age_stays(sentence, language):
    found = bounds(f"# Indications\n\n{sentence}\n", language)
    assert ("age", 1.0, None, False) in found
    assert all(b[1] != 0.25 and b[2] != 0.25 for b in found)


@pytest.mark.parametrize("sentence", [
    "Indicated for patients with insufficient progress after a hearing-aid trial of at least 3 months.",
    "Indicated for patients after at least 6 weeks of conservative therapy.",
    "Indicated for patients with persistent symptoms despite treatment for more than 6 months.",
    "Indicated for patients who failed a treatment period of at least 12 weeks.",
    "Indicated for adults within 3 months of the onset of symptoms.",
])
def test_treatment_periods_give_no_age(sentence):
    assert [b for b in bounds(f"# Indications\n\n{sentence}\n") if b[0] == "age"] == []


@pytest.mark.parametrize(("sentence", "low"), [
    ("Indicated for infants from 6 months of age.", 0.5),
    ("Intended for children older than 3 months.", 0.25),
    ("Intended for patients aged 6 weeks and older.", 6 * 7 / 365.25),
    ("Indicated for patients over 18 years who completed a trial of therapy.", 18.0),
])
def test_ages_in_months_and_weeks_stay_ages(sentence, low):
    assert ("age", pytest.approx(low), None, False) in bounds(f"# Indications\n\n{sentence}\n")


# --- P4: groups named in passing are not population statements ----------------------------------

def test_generic_child_in_operating_instructions_and_side_effects_is_no_group():
    markdown = ("# Zweckbestimmung\n\nDas Gerät ist zur Phototherapie der Hyperbilirubinämie bei "
                "Frühgeborenen und reifen Neugeborenen bestimmt.\n\n# Bedienung\n\n"
                "Die Augen des Kindes mit dem Augenschutz schützen.\n\nLampe über dem Kind "
                "positionieren (Abstand zum Patienten 30 cm).\n\n# Nebenwirkungen\n\n"
                "Bei Kindern mit Cholestase kann ein Bronze-Baby-Syndrom auftreten.\n")
    assert {g for g, _ in groups(markdown, "de")} == {"preterm_neonates", "neonates"}


@pytest.mark.parametrize(("markdown", "language"), [
    ("# Operation\n\nPlace the patient interface on the child's nose and check the patient.\n", "en"),
    ("# Warnings\n\nPhototherapy may cause dehydration in infants; monitor the patient.\n", "en"),
    ("# Mises en garde\n\nSurveiller la température de l'enfant pendant le traitement du patient.\n", "fr"),
    ("# Avvertenze\n\nNei bambini con colestasi può comparire la sindrome del bambino bronzino.\n", "it"),
    ("# Advertencias\n\nEn niños con colestasis puede aparecer el síndrome del niño bronceado.\n", "es"),
    ("# Device description\n\nPosition the lamp above the infant and check the patient's eyes.\n", "en"),
])
def test_groups_in_passing_are_not_population_statements(markdown, language):
    assert groups(markdown, language) == []


@pytest.mark.parametrize(("markdown", "language", "expected"), [
    ("# Warnings\n\nThe device is not intended for children under 12 years.\n", "en", ("children", True)),
    ("# Warnings\n\nThe device is intended for adults only.\n", "en", ("adults", False)),
    ("# Population cible\n\nIndiqué chez l'adulte et l'enfant de plus de 6 ans.\n", "fr", ("children", False)),
    ("# Intended purpose\n\nIntended for use in children and adolescents.\n", "en", ("children", False)),
    ("# Description\n\nThe system is for use in adults and children.\n", "en", ("children", False)),
])
def test_population_statements_keep_their_groups(markdown, language, expected):
    assert expected in groups(markdown, language)


# --- P5: term infants are neonates; ages read in the unit of their size --------------------------

@pytest.mark.parametrize(("sentence", "language"), [
    ("Intended for phototherapy in preterm and term infants.", "en"),
    ("Intended for term infants with jaundice.", "en"),
    ("Intended for full-term newborns.", "en"),
    ("Zur Phototherapie bei Frühgeborenen und reifen Neugeborenen bestimmt.", "de"),
    ("Bestimmt für Früh- und Reifgeborene.", "de"),
    ("Destiné aux nouveau-nés prématurés et à terme.", "fr"),
    ("Destinato a neonati pretermine e a termine.", "it"),
    ("Destinado a recién nacidos prematuros y a término.", "es"),
])
def test_term_infants_are_neonates_not_infants(sentence, language):
    ids = {g for g, _ in groups(f"# Intended purpose\n\n{sentence}\n", language)}
    assert "neonates" in ids and ids <= {"neonates", "preterm_neonates"}


def test_infants_and_toddlers_stay_infants():
    ids = {g for g, _ in groups("# Intended purpose\n\nIntended for infants and toddlers.\n")}
    assert ids == {"infants"}


@pytest.mark.parametrize(("years", "text"), [
    (28 / 365.25, "28 days"), (6 * 7 / 365.25, "6 weeks"), (0.25, "3 months"), (0.5, "6 months"),
    (1.0, "1 year"), (18.0, "18 years"), (1.5, "18 months"), (12.5, "12.5 years"),
])
def test_ages_are_written_readably(years, text):
    assert quantity("age", years) == text


def test_bounds_describe_small_ages_in_days_weeks_and_months():
    assert PopulationBound("age", low=28 / 365.25, high=2.0).describe() == "28 days–2 years"
    assert PopulationBound("age", low=0.0, high=28 / 365.25).describe() == "0–28 days"
    assert PopulationBound("age", low=18.0, high=75.0).describe() == "18–75 years"
    assert PopulationBound("age", high=1 / 12, high_inclusive=False).describe() == "< 1 month"
    assert PopulationBound("weight", low=0.4, high=5.0).describe() == "0.4–5 kg"
    assert "0.07" not in PopulationBound("age", low=0.0766598).describe()
