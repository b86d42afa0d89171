"""Contraindication and indication lists numbered "1) ... 2) ..." are compared by their items,
whatever the numbers and however the items are laid out; a contraindicated grade of a condition
does not contradict the other grades that are indicated."""

from __future__ import annotations

import pytest

from panelproof.extract.model import FactKind
from panelproof.rules.intended_use.IU002_contraindications_differ import ContraindicationsDiffer
from panelproof.rules.intended_use.IU004_indication_contraindicated import (IndicationContraindicated,
                                                                            stated_grades)
from tests.rules.intended_use_facts import intended_use_facts

_ITEMS = ["Uncorrectable bleeding disorder", "Vessel diameter above 30 mm, measured by CT",
          "Known allergy to nickel"]


def _contraindications(text: str) -> set[str]:
    facts = intended_use_facts({"IFU.md": text})
    return {f.location.quote for f in facts.of(FactKind.CONTRAINDICATION)}


@pytest.mark.parametrize("layout", [
    "# Contraindications\n\n1) {0}\n\n2) {1}\n\n3) {2}\n",
    "# Contraindications\n\n(1) {0}\n\n(2) {1}\n\n(3) {2}\n",
    "# Safety\n\nContraindications: 1) {0} 2) {1} 3) {2}\n",
    "# Contraindications\n\n1) {0} 2) {1} 3) {2}\n",
])
def test_numbered_items_are_read_without_their_numbers(layout):
    assert _contraindications(layout.format(*_ITEMS)) == set(_ITEMS)


def test_a_number_inside_an_item_does_not_split_it():
    # "2)" does not follow a "1)": no run of item numbers
    assert _contraindications("# Contraindications\n\n- Shunt flow over 2) litres per minute\n") == {
        "Shunt flow over 2) litres per minute"}


def test_numbered_and_plain_lists_of_the_same_items_do_not_differ():
    plain = "# Contraindications\n\n" + "".join(f"- {item}\n" for item in _ITEMS)
    numbered = "# Safety\n\nContraindications: " + " ".join(f"{n}) {item}" for n, item in enumerate(_ITEMS, 1)) + "\n"
    facts = intended_use_facts({"CER.md": plain, "IFU.md": numbered})
    assert list(ContraindicationsDiffer().check(facts)) == []


def test_a_numbered_list_that_really_lacks_an_item_still_differs():
    plain = "# Contraindications\n\n" + "".join(f"- {item}\n" for item in _ITEMS)
    numbered = "# Safety\n\nContraindications: 1) " + _ITEMS[0] + " 2) " + _ITEMS[2] + "\n"
    facts = intended_use_facts({"CER.md": plain, "IFU.md": numbered})
    assert list(ContraindicationsDiffer().check(facts))


@pytest.mark.parametrize("text, grades", [
    ("Grade IV haemorrhoids", {4}),
    ("internal haemorrhoids grade I ~ III", {1, 2, 3}),
    ("pressure ulcers stage 2 to 4", {2, 3, 4}),
    ("NYHA class II-IV", {2, 3, 4}),
    ("Grad III und IV", {3, 4}),
    ("chronic venous ulcers", set()),
])
def test_stated_grades(text, grades):
    assert stated_grades(text) == grades


@pytest.mark.parametrize("indication, contraindication, contradicts", [
    ("Symptomatic internal haemorrhoids grade I ~ III", "Grade IV haemorrhoids", False),
    ("Pressure ulcers stage 2-3", "Pressure ulcers stage 4", False),
    ("Symptomatic internal haemorrhoids grade II to IV", "Grade IV haemorrhoids", True),
    ("Pressure ulcers stage 2-3", "Pressure ulcers", True),
])
def test_another_grade_is_no_contradiction(indication, contraindication, contradicts):
    facts = intended_use_facts({"CER.md": f"# Indications\n\n- {indication}\n",
                                "IFU.md": f"# Contraindications\n\n- {contraindication}\n"})
    assert bool(list(IndicationContraindicated().check(facts))) is contradicts
