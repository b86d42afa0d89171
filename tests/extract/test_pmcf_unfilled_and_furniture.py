"""PMCF extractor: unfilled template fields, page furniture and numbers of subjects after their
noun (what a plan does not state must not count as stated, and vice versa)."""

from __future__ import annotations

import pytest

from panelproof.extract import pmcf
from panelproof.extract.common import ExtractionContext
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def _items(text: str):
    document = document_from_text(text, "PMCF_plan.md", Role.PMCF_PLAN)
    return [f.value for f in pmcf.extract(document, ExtractionContext())]


@pytest.mark.parametrize("text", [
    "The number of subjects to be enrolled is around 450.",
    "Planned number of participants: 1,250",
    "Anzahl der Patienten: 96",
    "Nombre de patients prévu : 320",
    "numero di pazienti previsto: 75",
    "Roughly 140 pts. across four centres",
])
def test_number_after_its_noun_is_a_sample(text: str) -> None:
    assert pmcf.sample_in(text)


@pytest.mark.parametrize("text", [
    "The number of patients with a revision at 24 months will be reported.",
    "The number of subjects followed until 2031 depends on sales.",
    "Number of devices returned: below 15 %.",
])
def test_durations_years_and_rates_after_the_noun_are_no_sample(text: str) -> None:
    assert not pmcf.sample_in(text)


@pytest.mark.parametrize("text", [
    "## Sample size\n[Enter the sample size rationale and the power calculation here]",
    "## Statistical considerations\nJustification: <to be completed by the statistician>",
    "| Element | Content |\n|---|---|\n| Sample size | {{sample size justification}} |",
])
def test_unfilled_field_is_no_statistical_rationale(text: str) -> None:
    items = [i for i in _items(text) if i.aspect == "sample_size"]
    assert items, text
    assert all("pmcf:statistical" not in i.concepts for i in items)
    assert any("pmcf:placeholder" in i.concepts for i in items)


def test_filled_rationale_keeps_its_marker() -> None:
    items = _items("## Sample size\n300 patients give a two-sided 95 % confidence interval of ± 2 %.")
    assert any("pmcf:statistical" in i.concepts and "pmcf:placeholder" not in i.concepts for i in items)


@pytest.mark.parametrize("footer", [
    "QX-PMCF-12 rev 4 – 2025-02-17 Page 3 of 9",
    "Dokument PL-77, Stand 03.2025, Seite 2 von 4",
    "Plan PMCF v1 — 12/01/2025 — page 1/6",
])
def test_page_furniture_is_no_plan_element(footer: str) -> None:
    items = _items(f"## Sample size and timeline\nNot applicable.\n\n{footer}")
    assert all(footer not in i.text for i in items)
    assert not any("pmcf:dated" in i.concepts or "pmcf:sample" in i.concepts for i in items)


@pytest.mark.parametrize("text", [
    "with 3 % expected events, 12 events give a lower 95 % bound of 70 %",
    "the upper 97.5% confidence limit stays below 4 %",
])
def test_bounds_with_their_level_are_statistical(text: str) -> None:
    assert pmcf.is_statistical(text)


def test_label_names_element_beside_another() -> None:
    assert pmcf.label_names("3 Sample size and timeline", "timeline")
    assert pmcf.label_names("4. Zeitplan und Fallzahl", "timeline")
    assert not pmcf.label_names("3 Sample size", "timeline")


@pytest.mark.parametrize("text", [
    "## Timeline\nTBD",
    "## Sample size\nRoughly 90 patients, TBC with the CRO.",
    "## Zeitplan\n[wird später festgelegt]",
])
def test_postponing_placeholder_still_postpones(text: str) -> None:
    items = _items(text)
    assert any("pmcf:deferred" in i.concepts for i in items), [i.concepts for i in items]


@pytest.mark.parametrize("text", [
    "Retrospective review of implant records at 4 sites; no formal statistical hypothesis or sample "
    "size calculation is planned.",
    "There is no statistical hypothesis, power calculation or sample size justification for this registry.",
])
def test_every_item_of_a_denied_rationale_is_denied(text):
    from panelproof.extract.pmcf import is_statistical

    assert not is_statistical(text)
