"""Observed, measured results are data; claims with numbers in the present tense are claims."""

from __future__ import annotations

import pytest

from panelproof.rules.claim._support import is_reported_result


@pytest.mark.parametrize("sentence", [
    "Mean word recognition in quiet rose from 9 % before implantation to 57 % at 12 months.",
    "The Oxford Knee Score improved by 19 points at two years.",
    "Median filter lifetime was 61 hours (IQR 40-72).",
    "Le score de douleur a diminué de 3,2 points à 6 mois.",
    "Der mittlere Blutverlust lag bei 240 ml.",
])
def test_observed_results(sentence: str) -> None:
    assert is_reported_result(sentence)


@pytest.mark.parametrize("sentence", [
    "OrthoFlex Hip shortens the length of hospital stay by 3 days.",
    "The dressing reduces treatment costs by 30 %.",
    "Improves speech understanding in quiet and in noise.",
    "The pump delivers 0.1 to 25 U/h.",
])
def test_claims_and_specifications_are_not_results(sentence: str) -> None:
    assert not is_reported_result(sentence)
