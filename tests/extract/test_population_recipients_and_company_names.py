"""Exclusions of recipients written after a time phrase, and group words inside company names."""

from __future__ import annotations

import pytest

from panelproof.extract import population
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def facts(text: str, kind: FactKind, role: Role = Role.PMCF_PLAN, path: str = "PMCF_plan.md"):
    document = document_from_text("# Plan\n\n## Study population\n\n" + text + "\n", path, role)
    return [f for f in population.extract(document, ExtractionContext()) if f.kind is kind]


@pytest.mark.parametrize("text", [
    "Recipients younger than 18 years at the time of implantation are excluded from the PMCF study.",
    "Recipients younger than 18 years are excluded from the PMCF study.",
    "Participants who are younger than 18 years at implantation are excluded from enrolment.",
    "Subjects aged below 18 years at enrolment will be excluded.",
    "Patients younger than 18 years at the time of implantation are excluded from the PMCF study.",
])
def test_exclusion_after_a_time_phrase(text: str) -> None:
    bounds = [f.value for f in facts(text, FactKind.POPULATION_BOUND)]
    assert [(b.high, b.excluded) for b in bounds] == [(18.0, True)]


@pytest.mark.parametrize("text", [
    "Recipients aged 18 years or older at the time of implantation are eligible.",
    "Adults from 18 years at the time of implantation, whereas children are excluded.",
])
def test_inclusions_stay_inclusions(text: str) -> None:
    bounds = [f.value for f in facts(text, FactKind.POPULATION_BOUND)]
    assert bounds and all(not b.excluded and b.low == 18.0 for b in bounds)


@pytest.mark.parametrize("text", [
    "Manufacturer: Mamoto Paediatrics Co., Ltd.",
    "The device is manufactured by Neonatal Devices Inc. for hospital use in patients.",
    "Hersteller: Kinder Medizintechnik GmbH",
])
def test_group_word_in_a_company_name_is_no_population(text: str) -> None:
    groups = facts(text, FactKind.POPULATION_GROUP, Role.CER, "CER.md")
    assert groups == []


def test_group_word_not_before_a_legal_form_stays() -> None:
    groups = facts("The device is intended for Paediatric patients from 2 years.",
                   FactKind.POPULATION_GROUP, Role.CER, "CER.md")
    assert [g.value.id for g in groups] == ["paediatric"]
