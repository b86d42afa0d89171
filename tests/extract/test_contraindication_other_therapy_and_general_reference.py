"""Sentences that mention a contraindication without stating one of the device: another
treatment that is contraindicated makes the patient a candidate ("when surgery is
contraindicated"), and the cut tail of such a clause ("or has failed") is no item; an item
that refers to a therapy's general contraindications ("none beyond the usual contraindications
of anaesthesia") is neither an item nor a statement of "none"."""

from __future__ import annotations

import pytest

from panelproof.extract import intended_use
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text


def contraindications(markdown: str) -> list[str]:
    document = document_from_text(markdown, "SSCP_en.md", language="en")
    return [f.value.id for f in intended_use.extract(document) if f.kind is FactKind.CONTRAINDICATION]


@pytest.mark.parametrize("item", [
    "Symptomatic carotid stenosis when endarterectomy is contraindicated or has been unsuccessful.",
    "Severe aortic stenosis in patients in whom open surgery is contra-indicated or declined.",
    "Drug-resistant hypertension where renal surgery is considered contraindicated or was refused.",
    "Chronic wounds for which split-skin grafting is contraindicated.",
])
def test_other_treatment_contraindicated_states_no_contraindication(item):
    # an item under a mixed heading and the same sentence as prose
    assert contraindications(f"# Indications and contraindications\n\n- {item}\n") == []
    assert contraindications(f"# Intended use\n\n{item}\n") == []


def test_device_contraindicated_in_a_condition_still_read():
    found = contraindications("# Intended use\n\nThe implant is contraindicated in active "
                              "systemic infection.\n")
    assert found


def test_fragment_after_a_cue_is_no_item():
    found = contraindications("# Contraindications\n\n- or has failed previously\n"
                              "- and has not responded\n- Known allergy to nickel\n")
    assert found == ["material_allergy"]


@pytest.mark.parametrize("item", [
    "None specific to the system beyond the general contraindications of mechanical ventilation",
    "None other than the usual contraindications of general anaesthesia.",
    "No device-specific contraindications apart from the standard contraindications for endoscopy",
    "Nothing in addition to the known contraindications of spinal surgery",
])
def test_reference_to_general_contraindications_is_no_item(item):
    assert contraindications(f"# Contraindications\n\n- {item}\n") == []
    assert contraindications(f"# Intended purpose\n\nContraindications: {item}\n") == []


def test_plain_none_still_read_as_none():
    assert contraindications("# Contraindications\n\nNone known.\n") == ["none"]
