"""A clinician's qualification, a reviewer's request and the manufacturer's answer to it state no
intended population: years of experience are no age bound, a specialty beside a named clinician
is no patient group, and groups named in a question are discussed, not admitted."""

from __future__ import annotations

import pytest

from panelproof.extract import population
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def facts_of(text: str, heading: str = "Target population", role: Role = Role.CER):
    document = document_from_text(f"# Document\n\n## {heading}\n\n{text}\n", "doc_en.md", role=role)
    return list(population.extract(document, ExtractionContext()))


def kinds(text: str, **kwargs) -> list[tuple[str, object]]:
    out = []
    for f in facts_of(text, **kwargs):
        if f.kind is FactKind.POPULATION_BOUND:
            out.append(("bound", (f.value.dimension, f.value.low, f.value.high)))
        elif f.kind is FactKind.POPULATION_GROUP:
            out.append(("group", f.value.id))
    return out


@pytest.mark.parametrize("text", [
    "Prof. J. Novak, MD, neonatology and paediatric cardiology, clinical expert with at least 12 years of clinical experience.",
    "Evaluator 2: Dr. A. Moreau - paediatric nephrology, > 15 years experience in the field.",
    "Dr. L. Weber, Fachärztin, pädiatrische Kardiologie, mindestens 8 Jahre Berufserfahrung.",
    "Dr M. Rossi, évaluateur clinique, orthopédie pédiatrique, plus de 20 ans d'expérience.",
    "Clinical reviewer: Ms K. Lind with the clinical expert Dr. P. Oz (paediatric urology).",
])
def test_an_evaluators_qualification_states_no_population(text):
    assert kinds(text, heading="Qualification of the evaluators") == []
    assert kinds(text) == []


@pytest.mark.parametrize("text", [
    "Please provide the number of infants below 8 kg treated in the pivotal study.",
    "The manufacturer is requested to justify why adolescents 12–17 years are not covered.",
    "It is not clear to the reviewer why neonates are excluded from the PMCF plan.",
    "Manufacturer's answer: 9 children; they are followed in the registry.",
    "Veuillez justifier l'exclusion des enfants de moins de 6 ans.",
    "Bitte begründen Sie, warum Kinder unter 20 kg nicht untersucht wurden.",
])
def test_a_reviewers_request_states_no_population(text):
    assert kinds(text, heading="Question 4 (round 1)", role=Role.CEAR) == []


@pytest.mark.parametrize(("text", "expected"), [
    # the population itself is still read, also beside a clinician elsewhere in the dossier
    ("Intended for children aged 3 to 10 years.", [("group", "children"), ("bound", ("age", 3, 10))]),
    ("Paediatric oncology patients from 2 years of age.", ("age", 2, None)),
    ("Patients with at least 5 years of disease duration and aged 18 years or older.", ("age", 18, None)),
    ("Please note: the device is intended for adults from 18 years.", ("age", 18, None)),
])
def test_the_population_is_still_read(text, expected):
    found = kinds(text)
    if isinstance(expected, list):
        for item in expected:
            assert item in found
    else:
        assert ("bound", expected) in found


def _table(rows: str) -> str:
    return "| Item | Value |\n|---|---|\n" + rows


@pytest.mark.parametrize(("rows", "expected"), [
    ("| Disease | chronic migraine, refractory, > 2 yrs |\n", []),
    ("| Condition | drug-resistant epilepsy ≥ 3 years |\n", []),
    ("| Maladie | BPCO sévère, ≥ 5 ans |\n", []),
    # an age in the same row is still read
    ("| Disease | adults ≥ 18 years with chronic migraine |\n", [("bound", ("age", 18, None))]),
    ("| Age | ≥ 3 years |\n", [("bound", ("age", 3, None))]),
])
def test_years_in_a_disease_row_are_its_duration(rows, expected):
    found = [k for k in kinds(_table(rows), heading="Target groups", role=Role.CEP) if k[0] == "bound"]
    assert found == expected


@pytest.mark.parametrize("text", [
    "Paediatric hand surgeons; treatment in the day clinic.",
    "Clinical expert: Prof. Dr. H. Kim (paediatric heart surgery).",
])
def test_a_specialty_with_one_descriptive_word_is_a_clinicians(text):
    assert kinds(text, heading="Intended users", role=Role.IFU) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("An adult must supervise charging for children younger than 8 years.", []),
    ("Caregivers should check the strap daily in patients below 15 kg.", []),
    ("Do not use in children under 2 years.", [("age", 2, None)]),  # admits the complement
])
def test_a_subgroup_in_a_warning_is_no_population_bound(text, expected):
    found = [f.value for f in facts_of(text, heading="Warnings and precautions", role=Role.IFU)
             if f.kind is FactKind.POPULATION_BOUND]
    if not expected:
        assert found == []
    else:
        assert found and all(b.excluded for b in found)


@pytest.mark.parametrize(("rows", "quote", "dimension"), [
    ("| Âge / poids | 4 à 12 ans / ≥ 15 kg |\n", "4 à 12 ans", "age"),
    ("| Age / weight | 2–16 years / ≥ 10 kg |\n", "2–16 years", "age"),
    ("| Weight / age | ≥ 10 kg / 2–16 years |\n", "≥ 10 kg", "weight"),
])
def test_a_merged_age_and_weight_cell_quotes_each_bound_without_the_other_label(rows, quote, dimension):
    facts = [f for f in facts_of(_table(rows), heading="Target patient group", role=Role.IFU)
             if f.kind is FactKind.POPULATION_BOUND and f.value.dimension == dimension]
    assert facts
    assert all(f.location.quote.endswith(quote) and "poids" not in f.location.quote.split(quote)[0]
               and "weight" not in f.location.quote.split(quote)[0].lower() for f in facts)


@pytest.mark.parametrize("text", [
    "Use only in patients weighing more than 30 kg.",
    "Nur bei Erwachsenen ab 18 Jahren anwenden.",
    "Le dispositif ne doit pas être utilisé chez les enfants de moins de 6 ans.",
])
def test_a_restriction_in_a_warning_is_still_a_population_bound(text):
    assert [f for f in facts_of(text, heading="Warnings and precautions", role=Role.IFU)
            if f.kind is FactKind.POPULATION_BOUND]
