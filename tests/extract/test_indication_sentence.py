"""Indications stated in a sentence without a cue verb, "Purpose" headings, and indications a
document explicitly excludes (negated INDICATION facts)."""

from __future__ import annotations

import pytest

from panelproof.extract.intended_use import extract, heading_kinds
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text


def _indications(text: str, language: str = "en") -> list[tuple[str, bool]]:
    document = document_from_text(text, f"IFU_{language}.md", language=language)
    found = []
    for fact in extract(document):
        if fact.kind is FactKind.INDICATION:
            assert " ".join(fact.location.quote.split()) in " ".join(document.text.split())
            found.append((fact.value.id, fact.value.negated))
    return found


def _positive(text: str, language: str = "en") -> set[str]:
    return {i for i, negated in _indications(text, language) if not negated}


def _negated(text: str, language: str = "en") -> set[str]:
    return {i for i, negated in _indications(text, language) if negated}


@pytest.mark.parametrize("language, heading, sentence, expected", [
    ("en", "Indications", "Adults 18 years and older with refractory chronic migraine, chronic cluster headache "
     "or occipital neuralgia, who did not respond to preventive treatment.",
     {"text:refractory chronic migraine", "text:chronic cluster headache", "text:occipital neuralgia"}),
    ("en", "3.1 Indications for use", "Refractory chronic migraine, chronic cluster headache or occipital neuralgia.",
     {"text:refractory chronic migraine", "text:chronic cluster headache", "text:occipital neuralgia"}),
    ("en", "Indications to use", "Patients suffering from chronic cluster headache and occipital neuralgia",
     {"text:chronic cluster headache", "text:occipital neuralgia"}),
    ("fr", "Indications d'utilisation", "Patients atteints de migraine chronique réfractaire ou de névralgie "
     "occipitale, qui n'ont pas répondu au traitement préventif.",
     {"text:migraine chronique réfractaire", "text:névralgie occipitale"}),
    ("de", "Indikationen", "Erwachsene mit therapierefraktärer chronischer Migräne oder Okzipitalneuralgie, die auf "
     "eine Prophylaxe nicht ansprechen.",
     {"text:therapierefraktärer chronischer migräne", "text:okzipitalneuralgie"}),
    ("es", "Indicaciones", "Pacientes adultos con migraña crónica refractaria o neuralgia occipital.",
     {"text:migraña crónica refractaria", "text:neuralgia occipital"}),
    ("it", "Indicazioni", "Pazienti adulti affetti da emicrania cronica refrattaria o nevralgia occipitale.",
     {"text:emicrania cronica refrattaria", "text:nevralgia occipitale"}),
    ("nl", "Indicaties", "Volwassenen met refractaire chronische migraine of occipitale neuralgie.",
     {"text:refractaire chronische migraine", "text:occipitale neuralgie"}),
])
def test_sentence_without_cue_lists_its_conditions(language, heading, sentence, expected):
    assert _positive(f"# IFU\n\n## {heading}\n\n{sentence}\n", language) == expected


def test_elided_noun_and_qualifying_clauses_stay_one_item():
    text = ("# IFU\n\n## Indications\n\nSymptomatic pelvic organ prolapse stage III–IV of the anterior, apical or "
            "posterior compartment (cystocele, uterine prolapse, rectocele), recurrent after native tissue repair, "
            "in adult women.\n")
    found = _positive(text)
    assert len(found) == 1
    (only,) = found
    assert "posterior compartment" in only and "recurrent" not in only and "women" not in only


def test_list_item_loses_its_qualifying_clause():
    text = ("# CER\n\n## Indications\n\n- Symptomatic pelvic organ prolapse stage III–IV of the anterior or apical "
            "compartment, recurrent after native tissue repair\n")
    (only,) = _positive(text)
    assert "apical compartment" in only and "recurrent" not in only


def test_indicated_for_free_text_splits_like_a_list():
    text = ("# SSCP\n\n## Indications\n\nThe device is indicated for refractory chronic migraine, chronic cluster "
            "headache or occipital neuralgia.\n")
    assert _positive(text) == {"text:refractory chronic migraine", "text:chronic cluster headache",
                               "text:occipital neuralgia"}


@pytest.mark.parametrize("sentence", [
    "The device has been evaluated in 120 patients over two years.",
    "See section 4 of the IFU for the indications.",
    "Same indications as the predicate device.",
    "Treatment should be performed by trained surgeons only.",
    "Posterior compartment repair is not an indication.",
    "Nicht indiziert bei Clusterkopfschmerz.",
])
def test_prose_in_an_indications_section_is_no_list(sentence):
    assert not {i for i in _positive(f"# CER\n\n## Indications\n\n{sentence}\n") if "cluster" in i or
                "posterior" in i or "patients" in i or "surgeons" in i or "predicate" in i or "section" in i}


def test_lead_in_is_no_item():
    text = "# IFU\n\n## Indications\n\nThe device is indicated for the management of:\n\n- diabetic foot ulcers\n"
    assert not any("management" in i for i in _positive(text))


def test_other_languages_keep_the_cue_reading():
    text = "# IFU\n\n## Wskazania\n\nWkładka nie jest przeznaczona do antykoncepcji awaryjnej.\n"
    assert not _positive(text, "pl")


@pytest.mark.parametrize("heading", ["Purpose of the product", "Purpose", "2 Purpose", "Intended purpose of the product",
                                     "Zweckbestimmung des Produkts", "Finalité du produit", "Zweck des Produkts"])
def test_purpose_headings(heading):
    assert "intended_purpose" in heading_kinds(heading)


@pytest.mark.parametrize("heading", ["Purpose of this report", "Purpose and scope", "Purpose of the study",
                                     "Purpose of this PMCF plan"])
def test_document_purpose_headings_are_not_the_intended_purpose(heading):
    assert "intended_purpose" not in heading_kinds(heading)


@pytest.mark.parametrize("language, heading, sentence, excluded", [
    ("en", "Indications", "Posterior compartment repair is not an indication; no data are available for it.",
     {"text:posterior compartment repair"}),
    ("en", "Intended purpose", "The device is intended for chronic migraine. Other headache disorders (cluster "
     "headache, occipital neuralgia) are not included in the intended purpose.",
     {"text:other headache disorders", "text:cluster headache", "text:occipital neuralgia"}),
    ("en", "Indications", "Chronic migraine. The system is not indicated for occipital neuralgia or cluster headache.",
     {"text:occipital neuralgia", "text:cluster headache"}),
    ("de", "Indikationen", "Nicht indiziert bei Okzipitalneuralgie, da keine Daten vorliegen.", {"text:okzipitalneuralgie"}),
    ("de", "Zweckbestimmung", "Clusterkopfschmerz ist keine Indikation.", {"text:clusterkopfschmerz"}),
    ("fr", "Indications", "La névralgie occipitale n'est pas une indication.", {"text:névralgie occipitale"}),
    ("es", "Indicaciones", "La neuralgia occipital no es una indicación.", {"text:neuralgia occipital"}),
    ("it", "Indicazioni", "La nevralgia occipitale non è un'indicazione.", {"text:nevralgia occipitale"}),
])
def test_excluded_indications_are_negated(language, heading, sentence, excluded):
    text = f"# CER\n\n## {heading}\n\n{sentence}\n"
    assert excluded <= _negated(text, language)
    assert not excluded & _positive(text, language)


@pytest.mark.parametrize("sentence", [
    "The device is not indicated for use in children.",
    "Safety and performance are not included in this section.",
    "This document is not an indication of clinical benefit.",
    "The device is indicated for chronic migraine.",
])
def test_no_excluded_condition(sentence):
    assert not {i for i in _negated(f"# CER\n\n## Indications\n\n{sentence}\n") if i != "none"}


@pytest.mark.parametrize("sentence", [
    "Skeletally mature adults with a body weight of 50 kg or more.",
    "Use the remote and charger at home.",
    "Implantation in hospitals by orthopaedic surgeons trained in total knee arthroplasty.",
    "Term and preterm newborn infants with a body weight of 1 000 g or more.",
    "New York Heart Association class III.",
])
def test_a_sentence_without_a_condition_states_no_indication(sentence):
    text = f"# IFU\n\n## Indications\n\n{sentence}\n"
    document = document_from_text(text, "IFU_en.md")
    assert not [f for f in extract(document) if f.kind is FactKind.INDICATION]


def test_an_age_written_y_o_is_part_of_the_population():
    text = ("# IFU\n\n## Indications to use\n\nAdults 18 y.o. and older with refractory chronic "
            "migraine, chronic cluster headache or occipital neuralgia.\n")
    found = [f.value.id for f in extract(document_from_text(text, "IFU_en.md")) if f.kind is FactKind.INDICATION]
    assert found == ["text:refractory chronic migraine", "text:chronic cluster headache",
                     "text:occipital neuralgia"]


def test_coordinated_numbers_of_one_noun_are_not_split():
    text = ("# IFU\n\n## Indications\n\nThe cage is indicated for intervertebral body fusion at one or two "
            "contiguous levels from L2 to S1 in skeletally mature patients with degenerative disc disease.\n")
    found = [f.value.id for f in extract(document_from_text(text, "IFU_en.md")) if f.kind is FactKind.INDICATION]
    assert "text:intervertebral body fusion at one" not in found
