"""PMCF criteria typed by the lead-in sentence or label before them, not only by the heading."""

from __future__ import annotations

import pytest

from panelproof.extract import pmcf
from panelproof.extract.common import ExtractionContext
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def _aspects(text: str) -> dict[str, str]:
    document = document_from_text("# PMCF plan\n\n" + text, "PMCF_plan.md", Role.PMCF_PLAN)
    return {f.location.quote.strip(): f.value.aspect for f in pmcf.extract(document, ExtractionContext())}


@pytest.mark.parametrize("text", [
    "## Eligibility\nPatients are eligible if they:\n\n- are adults\n- are ventilated in the ICU\n\n"
    "Patients will not be enrolled if they:\n\n- are intubated\n- have a tracheostomy",
    "## Study population\nThe following patients are included:\n\n- are adults\n- are ventilated in the ICU\n\n"
    "The following patients cannot take part:\n\n- are intubated\n- have a tracheostomy",
    "## Inclusion and exclusion criteria\nInclusion:\n\n- are adults\n- are ventilated in the ICU\n\n"
    "Exclusion:\n\n- are intubated\n- have a tracheostomy",
])
def test_lead_in_sets_type_of_following_items(text: str) -> None:
    aspects = _aspects(text)
    assert aspects["are adults"] == aspects["are ventilated in the ICU"] == "inclusion"
    assert aspects["are intubated"] == aspects["have a tracheostomy"] == "exclusion"


@pytest.mark.parametrize(("text", "included", "excluded"), [
    ("## Critères\nPeuvent être inclus :\n\n- les adultes\n\nNe peuvent pas être inclus :\n\n"
     "- les patients trachéotomisés", "les adultes", "les patients trachéotomisés"),
    ("## Population\nEinschluss:\n\n- Erwachsene\n\nNicht eingeschlossen werden:\n\n"
     "- tracheotomierte Patienten", "Erwachsene", "tracheotomierte Patienten"),
    ("## Population\nAll adults in the ICU qualify, except those who:\n\n- are intubated",
     None, "are intubated"),
])
def test_lead_in_fr_de(text: str, included: str | None, excluded: str) -> None:
    aspects = _aspects(text)
    if included:
        assert aspects[included] == "inclusion"
    assert aspects[excluded] == "exclusion"


def test_lead_in_ends_at_next_heading() -> None:
    aspects = _aspects("## Population\nThe following patients are excluded:\n\n- are intubated\n\n"
                       "## Study setting\n- intensive care units")
    assert aspects["are intubated"] == "exclusion"
    assert aspects["intensive care units"] == "setting"


@pytest.mark.parametrize("sentence", [
    "The registry has two arms:",  # introduces a list, but not of criteria
    "Patients are eligible if they are adults.",  # a sentence, no list follows
    "Enrolment will run in three waves over the following years, as detailed in the schedule of "
    "activities agreed with the participating centres and the sponsor of this post-market clinical "
    "follow-up registry, whose protocol is appended:",  # too long for a lead-in
])
def test_not_a_criteria_lead_in(sentence: str) -> None:
    assert pmcf.lead_in_aspect(sentence) is None
