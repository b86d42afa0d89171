"""Lay wording of the SSCP's patient section: "newborn babies" are neonates, not the infants
and toddlers group that "babies" alone names."""

from __future__ import annotations

from panelproof.extract.intended_use import vocabulary


def test_newborn_babies_are_neonates() -> None:
    found = {m.id for m in vocabulary("population_groups").find(
        "A thin tube placed in a vein of newborn babies to give fluids for a few days.")}
    assert found == {"neonates"}


def test_babies_alone_are_infants() -> None:
    found = {m.id for m in vocabulary("population_groups").find("Suitable for babies and toddlers.")}
    assert "neonates" not in found and found
