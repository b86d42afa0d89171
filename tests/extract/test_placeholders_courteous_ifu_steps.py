"""In instructions for use, a courteous step ("Please insert the device with the insertion tool",
"Please enter the settings given by your diabetes team") is an instruction to the user, not
template guidance; the same opening with a mark of a template ("Please insert the device name
here", "[...]") still is, and in a CER or a PMCF plan "Please insert ..." stays guidance."""

from __future__ import annotations

import pytest

from panelproof.extract import placeholders
from panelproof.extract.common import ExtractionContext
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def _guidance(text: str, name: str, role: Role) -> list[str]:
    document = document_from_text(f"# Document\n\n## Section\n\n{text}\n", name, role)
    return [f.value.text for f in placeholders.extract(document, ExtractionContext())
            if f.value.marker == "guidance"]


@pytest.mark.parametrize("text", [
    "Please insert the device with the insertion tool, electrodes facing outwards, and close the wound.",
    "Please enter the settings given by your diabetes team (TDD, insulin-to-carbohydrate ratio).",
    "Please add 1 mL of saline through the port only after the contrast swallow.",
    "Bitte geben Sie die vom Diabetesteam festgelegten Einstellungen ein.",
])
def test_a_courteous_step_of_an_ifu_is_no_guidance(text):
    assert _guidance(text, "IFU_EN.md", Role.IFU) == []


@pytest.mark.parametrize("text", [
    "Please insert the device name here.",
    "Please enter the [indications] as stated in the CER.",
])
def test_a_template_mark_keeps_it_guidance_in_an_ifu(text):
    assert _guidance(text, "IFU_EN.md", Role.IFU) != []


def test_the_same_opening_in_a_cer_is_guidance():
    assert _guidance("Please insert the list of the clinical investigations of the device.",
                     "CER.md", Role.CER) != []
