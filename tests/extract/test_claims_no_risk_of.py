"""A device said to bear no risk of a harm at all ("the ring has no risk of erosion") claims an
absolute safety that finite clinical data cannot show; patients or factors "with no risk" are
no claim."""

from __future__ import annotations

import pytest

from panelproof.extract.claims import analyse


@pytest.mark.parametrize("text", [
    "It is considered that the band has no risk of slippage, because its buckle locks in place.",
    "The stent carries no risk of migration once it is deployed.",
    "The lead poses no known risk for the myocardium.",
    "Le dispositif ne présente aucun risque de perforation.",
    "Der Clip birgt kein Risiko einer Blutung.",
])
def test_no_risk_of_a_harm_is_an_absolute_claim(text: str) -> None:
    claim = analyse(text)
    assert claim is not None and claim.absolute


@pytest.mark.parametrize("text", [
    "Patients with no risk of bleeding were included in the registry.",
    "The analysis found no risk factors for late thrombosis.",
])
def test_no_risk_outside_the_device_is_no_claim(text: str) -> None:
    claim = analyse(text)
    assert claim is None or not claim.absolute


@pytest.mark.parametrize("text", [
    "Kindly note that the implant is safe for a service life of 20 years.",
    "Please note that the coating prevents infection in all patients.",
])
def test_a_notice_opener_does_not_hide_a_claim(text: str) -> None:
    # "Kindly note that ..." orders only to take notice; the clause after it claims
    assert analyse(text) is not None
