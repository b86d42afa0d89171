"""A gestational age in a population statement qualifies newborns; the groups and weights
around it are still the intended population, and the gestational weeks are not an age bound
(they are a bound of their own dimension, weeks of gestation)."""

from __future__ import annotations

import pytest

from panelproof.extract import population
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def facts_of(text: str, heading: str, path: str = "IFU_en.md"):
    document = document_from_text(f"# Document\n\n## {heading}\n\n{text}\n", path, role=Role.IFU)
    return list(population.extract(document, ExtractionContext()))


@pytest.mark.parametrize(("heading", "text", "groups", "weight", "weeks"), [
    ("Patient group", "Term-born infants (corrected gestational age ≥ 37 weeks) weighing at least "
     "2.5 kg, children, adolescents and adults.", {"neonates", "children", "adolescents", "adults"}, 2.5, 37),
    ("Patientengruppe", "Reifgeborene Säuglinge (korrigiertes Gestationsalter ≥ 37 Wochen) mit "
     "einem Gewicht von mindestens 2,5 kg, Kinder, Jugendliche und Erwachsene",
     {"neonates", "children", "adolescents", "adults"}, 2.5, 37),
    ("Intended purpose", "The device is intended for neonates born at 32 weeks of gestation or "
     "later and weighing at least 1 kg.", {"neonates"}, 1.0, 32),
    ("Population cible", "Nouveau-nés prématurés à partir de 28 SA et d'un poids d'au moins 800 g.",
     {"preterm_neonates"}, 0.8, 28),
])
def test_groups_and_weight_are_read_and_the_gestational_age_is_not_an_age_bound(
        heading, text, groups, weight, weeks):
    facts = facts_of(text, heading)
    found = {f.value.id for f in facts if f.kind is FactKind.POPULATION_GROUP}
    assert groups <= found
    bounds = [f.value for f in facts if f.kind is FactKind.POPULATION_BOUND]
    assert [(b.dimension, b.low) for b in bounds if b.dimension != "gestation"] == [("weight", weight)]
    assert [(b.low, b.high) for b in bounds if b.dimension == "gestation"] == [(weeks, None)]


def test_an_age_in_years_beside_a_gestational_age_is_still_an_age_bound():
    facts = facts_of("Children aged 2 to 12 years born after 37 weeks of gestation.", "Intended purpose")
    ages = [f.value for f in facts if f.kind is FactKind.POPULATION_BOUND and f.value.dimension == "age"]
    assert [(a.low, a.high) for a in ages] == [(2, 12)]


def test_term_born_infants_are_newborns_in_every_language_not_also_the_infant_class():
    for text, heading in (("Term-born infants weighing at least 2.5 kg.", "Patient group"),
                          ("Reifgeborene Säuglinge mit mindestens 2,5 kg.", "Patientengruppe"),
                          ("Lattanti nati a termine di almeno 2,5 kg.", "Popolazione di pazienti")):
        found = {f.value.id for f in facts_of(text, heading) if f.kind is FactKind.POPULATION_GROUP}
        assert found == {"neonates"}, text


def test_a_registry_described_with_its_follow_up_states_no_population_bound():
    facts = facts_of("PMCF data of the certified device (registry KT-REG, 1,240 patients, up to "
                     "4 years), literature update, complaint data.", "Clinical data")
    assert [f for f in facts if f.kind is FactKind.POPULATION_BOUND] == []


@pytest.mark.parametrize(("heading", "text", "low"), [
    # pregnant women's gestation under an indications heading, with no other population word
    ("Indications", "Mechanical ripening of the cervix before induction of labour in women with a "
     "singleton pregnancy at 37 weeks of gestation or more.", 37),
    ("Indicaties", "Mechanische rijping van de cervix bij vrouwen met een eenlingzwangerschap in "
     "hoofdligging vanaf 34 weken zwangerschapsduur.", 34),
    # weeks and days is the notation of a gestational age, without a gestation word
    ("Intended purpose", "Induction of labour at term (≥ 37+0 weeks) in women with a singleton "
     "pregnancy.", 37),
    ("Indikationen", "Geburtseinleitung bei Schwangeren ab 37+0 SSW.", 37),
])
def test_gestation_of_pregnant_women(heading, text, low):
    bounds = [f.value for f in facts_of(text, heading) if f.kind is FactKind.POPULATION_BOUND]
    assert [(b.dimension, b.low) for b in bounds] == [("gestation", low)]


@pytest.mark.parametrize("text", [
    "The balloon is inflated with 40 ml for 12 hours at most.",
    "Women were followed for 6 weeks after delivery.",
])
def test_no_gestation_without_weeks_of_gestation(text):
    assert not [f for f in facts_of(text, "Indications") if f.kind is FactKind.POPULATION_BOUND
                and f.value.dimension == "gestation"]
