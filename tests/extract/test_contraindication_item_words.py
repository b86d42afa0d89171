"""Contraindication items that name one concept in other words: "sensitivity to <substance>"
is the allergy (but reduced sensitivity to heat is not), a bone "deficiency" is insufficient
bone, a bare "Infection" item is the infection contraindication (only as a whole item), and an
imperative prohibition ("Do not place ...") names the act that is contraindicated."""

from __future__ import annotations

import pytest

from panelproof.extract import intended_use
from panelproof.extract.intended_use import text_concept_id
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text


def contraindication_ids(items: list[str]) -> list[str]:
    body = "\n".join(f"- {item}" for item in items)
    document = document_from_text(f"# Contraindications\n\n{body}\n", "IFU_en.md", language="en")
    found = [f for f in intended_use.extract(document) if f.kind is FactKind.CONTRAINDICATION]
    for fact in found:  # provenance: every quote is verbatim
        assert " ".join(fact.location.quote.split()) in " ".join(document.text.split())
    return [f.value.id for f in found]


@pytest.mark.parametrize("item", [
    "Sensitivity to ovine collagen",
    "sensitivities to nickel or cobalt",
    "Patients with sensitivity to polyether ether ketone",
])
def test_sensitivity_to_a_substance_is_the_allergy(item):
    assert contraindication_ids([item]) == ["material_allergy"]


@pytest.mark.parametrize("item", [
    "Reduced sensitivity to heat in the treated area",
    "Loss of sensation in the feet",
])
def test_loss_of_sensation_is_no_allergy(item):
    assert "material_allergy" not in contraindication_ids([item])


@pytest.mark.parametrize("item", [
    "Alveolar bone deficiency that cannot be grafted",
    "Deficient bone stock",
    "Inadequate bone volume at the planned site",
])
def test_bone_deficiency_is_insufficient_bone(item):
    assert contraindication_ids([item]) == ["insufficient_bone"]


@pytest.mark.parametrize("item", ["Infection", "Infections.", "Any infection"])
def test_bare_infection_item_is_the_infection_contraindication(item):
    assert contraindication_ids([item]) == ["implant_site_infection"]


def test_infection_inside_a_longer_item_names_another_condition():
    assert "implant_site_infection" not in contraindication_ids(["Helicobacter pylori infection"])


@pytest.mark.parametrize(("item", "expected"), [
    ("Do not fold the patch around a fresh vascular suture line", "text:fold the patch around a fresh vascular suture line"),
    ("Never implant across an open growth plate", "text:implant across an open growth plate"),
    ("Do not use in patients with untreated pneumothorax", "text:untreated pneumothorax"),
    ("Must not be used on broken skin", "text:broken skin"),
])
def test_imperative_prohibition_names_the_act(item, expected):
    assert text_concept_id(item) == expected


def test_no_at_the_start_is_no_prohibition():
    assert text_concept_id("No suitable vascular access") == "text:no suitable vascular access"
