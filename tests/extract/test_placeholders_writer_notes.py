"""A bracketed note to a writer names its addressee and the work ("[QA to add the complaint
rates]"), or asks for text "here": a field left for someone to fill in."""

from __future__ import annotations

import pytest

from panelproof.extract import placeholders
from panelproof.extract.common import ExtractionContext
from panelproof.ingest.text import document_from_text


def _quotes(text: str) -> list[str]:
    document = document_from_text(text, "CER.md")
    return [f.location.quote for f in placeholders.extract(document, ExtractionContext())]


@pytest.mark.parametrize("text, quote", [
    ("Sales volume: [QA to add the units distributed in 2023, by region — see the ERP export]",
     "[QA to add the units distributed in 2023, by region — see the ERP export]"),
    ("The complaint rate was [CA to update with the figures of Q4] per 1,000 units.",
     "[CA to update with the figures of Q4]"),
    ("Search strings: [medical writer to include the Embase query and the hit counts]",
     "[medical writer to include the Embase query and the hit counts]"),
    ("Serious incidents in the reporting period: [paste the vigilance table from the PSUR here].",
     "[paste the vigilance table from the PSUR here]"),
])
def test_writer_notes_are_placeholders(text: str, quote: str) -> None:
    assert quote in _quotes(text)


@pytest.mark.parametrize("text", [
    "Patients were asked to complete the questionnaire at every visit [12].",
    "The additive manufacturing process [see section 4] is validated here and in the DHF.",
    "The device was used by ICU staff [nurses to insert the catheter under ultrasound guidance in 9 cases].",
    "Data from the EU registry [Smith 2020; n = 412] support the claim here.",
])
def test_bracketed_prose_is_no_writer_note(text: str) -> None:
    assert _quotes(text) == []
