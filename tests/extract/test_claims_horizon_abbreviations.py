"""Long-term horizons written tersely: abbreviated units ("yrs", "mths"), lower bounds before the
number ("min.", ">=", "mindestens"), "upto", a lifetime "of" a number of years, "safe ... for N
years"; claim verbs "assures"; connective openers ("Further, ..."); follow-up in a bracket."""

from __future__ import annotations

import pytest

from panelproof.extract.claims import analyse, claim_horizon_months
from panelproof.extract.evidence import follow_up_months


@pytest.mark.parametrize(("sentence", "months"), [
    ("The cup assures stable fixation over a service life of min. 20 yrs.", 240),
    ("The prosthesis offers an implant lifetime of at least 30 years.", 360),
    ("Pain relief is sustained for >= 8 yrs after the procedure.", 96),
    ("Durable sealing is maintained upto 7 years after implantation.", 84),
    ("The filter is safe for permanent implantation upto 12 years.", 144),
    ("The shunt remains functional for a minimum of 6 yr.", 72),
    ("The stimulator is effective for ≥ 4 years.", 48),
    ("Die Stabilität bleibt über mindestens 10 Jahre erhalten.", 120),
    ("La prothèse assure une durée de vie de 25 ans.", 300),
])
def test_horizon_reads_abbreviations_and_bounds(sentence: str, months: float) -> None:
    horizon = claim_horizon_months(sentence)
    assert horizon is not None and horizon[0] == months, horizon


@pytest.mark.parametrize("sentence", [
    "The device is safe for use in patients up to 75 years.",
    "Safety was confirmed in adults aged up to 80 years.",
    "The stent is safe in children up to 12 years old.",
])
def test_an_age_limit_is_no_horizon(sentence: str) -> None:
    horizon = claim_horizon_months(sentence)
    assert horizon is None or horizon[0] <= 24, horizon


@pytest.mark.parametrize("sentence", [
    "The CarboLeaf valve assures freedom from reoperation for the patient's whole life.",
    "Further, the stent eliminates the need for repeat dilatation in all patients.",
    "Hence the valve eliminates the need for reoperation in every patient.",
    "Overall, the implant ensures durable fixation.",
])
def test_claim_verbs_and_connective_openers(sentence: str) -> None:
    assert analyse(sentence) is not None


@pytest.mark.parametrize(("text", "months"), [
    ("All 60 pts. were followed for 9 mths.", 9),
    ("Mean follow-up 14 mths (range 3-26 mths).", 26),
    ("The registry followed 380 patients for a mean of 11.2 yrs (max. 16 yrs).", 192),
])
def test_follow_up_reads_abbreviated_months_and_bracketed_maximum(text: str, months: float) -> None:
    assert follow_up_months(text) == months
