"""In the notified body's CEAR, "Please provide ..." is a request to the manufacturer, not
template guidance left in; the same opening in a manufacturer's document, or a request that
still holds a field to fill, is guidance."""

import pytest

from panelproof.extract import placeholders
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text

REQUESTS = [
    "Please provide the sample size rationale of the PMCF registry.",
    "Please provide the number of children 10...20 kg in the clinical investigation.",
    "Please justify the exclusion of patients with renal impairment from the registry.",
    "Veuillez fournir le taux de kératite avec sa période de référence.",
    "Bitte geben Sie die Validierung gegen die Polysomnographie an.",
]


def _guidance(text: str, role: Role, name: str) -> list[str]:
    document = document_from_text(f"# Report\n\n## Question 3 (round 1)\n\n{text}\n", name, role=role)
    return [f.location.quote for f in placeholders.extract(document, ExtractionContext())
            if f.kind is FactKind.PLACEHOLDER]


@pytest.mark.parametrize("text", REQUESTS)
def test_a_reviewers_request_in_the_cear_is_no_guidance(text):
    assert _guidance(text, Role.CEAR, "CEAR.md") == []


@pytest.mark.parametrize("text", REQUESTS[:2])
def test_the_same_opening_in_a_manufacturers_document_is_guidance(text):
    assert _guidance(text, Role.CER, "CER.md")


@pytest.mark.parametrize("text", [
    "Please provide the name of the reviewer here.",
    "Please provide [the sample size rationale] of the PMCF registry.",
])
def test_a_request_holding_a_field_to_fill_stays_guidance_in_the_cear(text):
    assert _guidance(text, Role.CEAR, "CEAR.md")
