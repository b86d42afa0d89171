"""An outcome declared never to happen is absolute wording, and a benefit-risk section is where
a CER states its claims, not a list of risks."""

from __future__ import annotations

import pytest

from panelproof.extract import claims
from panelproof.extract.common import ExtractionContext
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


@pytest.mark.parametrize("text", [
    "After ablation with the probe, local tumour recurrence never occurs.",
    "With the drug-coated balloon, restenosis will never develop in the treated segment.",
    "Once repaired with the mesh, the hernia never recurs.",
    "Mit dem Implantat treten Rezidive niemals auf.",
])
def test_outcome_that_never_happens_is_absolute(text: str) -> None:
    assert any(entry["id"] == "total_freedom" for entry, _ in claims.absolute_hits(text))


@pytest.mark.parametrize("text", [
    "No recurrence occurred in the 40-patient case series.",
    "The lesion had never recurred before inclusion in the registry.",
    "Recurrence never occurred in the prospective study (n = 30).",
])
def test_observed_or_past_absence_is_not_a_promise(text: str) -> None:
    assert not any(entry["id"] == "total_freedom" for entry, _ in claims.absolute_hits(text))


@pytest.mark.parametrize("heading", ["Benefit-Risk Analysis", "Benefit/risk analysis", "Overall benefit-risk analysis"])
def test_claims_in_a_benefit_risk_section_are_read(heading: str) -> None:
    text = (f"# 7. {heading}\n\nThe stent achieves patency in every patient and restenosis never "
            "develops after implantation.\n")
    document = document_from_text(text, "CER.md")
    document.role = Role.CER
    found = [f.value for f in claims.extract(document, ExtractionContext())]
    assert any(c.absolute for c in found)


def test_a_risk_analysis_section_still_reads_red_flags_only() -> None:
    text = ("# 8. Risk analysis\n\nThe stent achieves patency in every patient and restenosis "
            "never develops after implantation.\n")
    document = document_from_text(text, "CER.md")
    document.role = Role.CER
    assert list(claims.extract(document, ExtractionContext())) == []
