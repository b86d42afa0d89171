"""Two extraction classes of the intended use.

An item numbered in running text or kept with its marker by the reader ("(iii) scant bone
stock", "f) BMI above 40", "ii. ...") names its condition without the marker: the marker is
neither part of the wording compared with other documents nor a reason to drop the item.

Under a heading that names the device and its intended purpose together ("Device and intended
purpose"), the component tables and how-it-works sentences describe the device (as the device
description of the other documents does) and state no mode of use; its purpose sentences do.
"""

from __future__ import annotations

import pytest

from panelproof.extract import intended_use
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text


def _facts(text: str, kind: FactKind, name: str = "CER_en.md"):
    document = document_from_text(text, name, language="en")
    found = [f for f in intended_use.extract(document) if f.kind is kind]
    for fact in found:  # provenance: every quote is verbatim
        assert " ".join(fact.location.quote.split()) in " ".join(document.text.split())
    return found


@pytest.mark.parametrize("text", [
    "# Contraindications\n\nThe contraindications are: (i) known allergy to cobalt; (ii) patients in whom "
    "skeletal growth is not complete; (iii) scant cortical bone stock at the fixation site; (iv) pregnancy.\n",
    "# Contraindications\n\n- a) pregnancy\n- b) scant cortical bone stock at the fixation site\n",
    "# Contraindications\n\n- ii. Scant cortical bone stock at the fixation site\n- iii. Pregnancy\n",
    "# Contraindications\n\n- 3) scant cortical bone stock at the fixation site\n",
])
def test_item_marker_is_not_part_of_the_item(text):
    ids = [f.value.id for f in _facts(text, FactKind.CONTRAINDICATION)]
    assert "text:scant cortical bone stock at the fixation site" in ids
    assert not any(i.startswith("text:(") or i[5:7] in {"a)", "b)", "ii", "3)"} for i in ids)


def test_marked_item_in_running_text_is_kept():
    text = ("# Intended purpose\n\nContraindications are: (i) active infection; (ii) thin soft-tissue cover "
            "over the plate; (iii) known sensitivity to PEEK.\n")
    ids = [f.value.id for f in _facts(text, FactKind.CONTRAINDICATION)]
    assert any(i.startswith("text:thin soft-tissue cover") for i in ids)


@pytest.mark.parametrize("heading", ["2) Device and intended purpose",
                                     "B. Device description and intended purpose",
                                     "3 Product and intended purpose"])
def test_component_table_of_a_combined_section_states_no_interface(heading):
    text = (f"# Clinical evaluation plan\n\n## {heading}\n\n"
            "| No. | Part | Description |\n| --- | --- | --- |\n| 1 | VM-OM-L | Oronasal mask size L |\n\n"
            "VentoMed V5 is intended to provide long-term ventilatory support to adults with chronic respiratory "
            "failure.\n")
    interfaces = [f.value.id for f in _facts(text, FactKind.INTERFACE, "CEP_en.md") if not f.value.negated]
    assert "mask" not in interfaces


@pytest.mark.parametrize("heading", ["B. Device description and intended purpose", "Intended purpose"])
def test_prose_of_a_combined_section_is_read_as_under_an_intended_purpose_heading(heading):
    # The same eligibility sentence stands under "Intended purpose" in one document and under
    # "Device description and intended purpose" in another: both must read it alike, or the
    # documents seem to differ on the mode of use.
    text = (f"# Clinical evaluation assessment report\n\n## {heading}\n\n"
            "Adults (18 years and older) eligible for percutaneous transluminal angioplasty of the femoral artery.\n")
    interfaces = [f.value.id for f in _facts(text, FactKind.INTERFACE, "CEAR.md") if not f.value.negated]
    assert "percutaneous" in interfaces


def test_purpose_sentence_of_a_combined_section_states_its_interface():
    text = ("# Clinical evaluation plan\n\n## 2 Device and intended purpose\n\n"
            "The VentoMed V5 is intended to provide long-term ventilatory support via an oronasal mask to adults "
            "with chronic respiratory failure.\n")
    interfaces = [f.value.id for f in _facts(text, FactKind.INTERFACE, "CEP_en.md") if not f.value.negated]
    assert "mask" in interfaces


def test_intended_purpose_section_still_states_interfaces():
    text = ("# Clinical evaluation plan\n\n## 2 Intended purpose\n\n"
            "| Patient interfaces | Oronasal mask, full-face mask |\n| --- | --- |\n")
    interfaces = [f.value.id for f in _facts(text, FactKind.INTERFACE, "CEP_en.md") if not f.value.negated]
    assert "mask" in interfaces
