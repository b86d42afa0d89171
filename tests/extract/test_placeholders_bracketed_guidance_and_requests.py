"""Bracketed imperative guidance ("[Describe ... here ...]") is template text, however long; a
reviewer asking the manufacturer to complete something is a request, not an unfilled field."""

import pytest

from panelproof.extract import placeholders
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def _template(text: str, role: Role, name: str) -> list[str]:
    document = document_from_text(f"# Document\n\n## 7 Section\n\n{text}\n", name, role=role)
    return [f.location.quote for f in placeholders.extract(document, ExtractionContext())
            if f.kind is FactKind.PLACEHOLDER]


@pytest.mark.parametrize("text", [
    "[Describe how the residual risks were weighed against the clinical benefits for each indication "
    "and patient group, citing the state-of-the-art sources that justify each threshold used here.]",
    "[Specify the sample size for every cohort of the registry, with the assumptions, the expected "
    "event rates, the power and the alpha used, and a justification of each of them here.]",
    "[Summarise the vigilance data of the last three years per market and per complaint code; "
    "remove this instruction before the document is approved.]",
])
def test_long_bracketed_guidance_is_template_text(text):
    assert _template(text, Role.CEP, "CEP.md")


@pytest.mark.parametrize("text", [
    "| Q 4.2 | Are the acceptance criteria justified? | No | We ask the manufacturer to complete the "
    "rationale for each threshold. |",
    "OP-3: It is requested to the manufacturer to complete the list of equivalent devices.",
    "The notified body invites the applicant to complete Section 9 of the PMCF plan.",
])
def test_a_reviewer_asking_the_manufacturer_to_complete_is_no_placeholder(text):
    assert _template(text, Role.CEAR, "CEAR.md") == []


@pytest.mark.parametrize("text", [
    "Clinical benefits: <<Manufacturer to complete>>",
    "Summary of PMCF results: Manufacturer to complete.",
])
def test_a_field_left_to_the_manufacturer_is_still_a_placeholder(text):
    assert _template(text, Role.CER, "CER.md")
