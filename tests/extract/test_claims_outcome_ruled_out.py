"""An outcome "excluded" or "ruled out" by using the device is an absolute claim; patients
excluded from a study are not."""

from __future__ import annotations

import pytest

from panelproof.extract.claims import analyse


@pytest.mark.parametrize("text", [
    "Because fertilisation is prevented, an ectopic pregnancy is excluded with CuprAnna 380.",
    "A recurrence of the hernia is completely ruled out with the MeshPro implant.",
    "Eine Eileiterschwangerschaft ist mit CuprAnna 380 sicher ausgeschlossen.",
    "Une grossesse extra-utérine est totalement exclue avec CuprAnna 380.",
])
def test_an_outcome_ruled_out_by_the_device_is_absolute(text):
    claim = analyse(text)
    assert claim is not None and claim.absolute


@pytest.mark.parametrize("text", [
    "Patients with prior surgery are excluded from the study.",
    "Patients with diabetes were excluded by the protocol.",
    "Patienten mit Diabetes sind ausgeschlossen.",
    "If a pregnancy occurs with the IUD in place, an ectopic pregnancy must be ruled out immediately.",
])
def test_exclusions_and_instructions_are_not_absolute_claims(text):
    claim = analyse(text)
    assert claim is None or not claim.absolute
