"""CL005: an outcome word that is part of a study's name in capitals ("HL-DETECT",
"DETECT-AF", "SURVIVE-2") names no outcome; the same word as an outcome still does."""

from __future__ import annotations

import pytest

from panelproof.rules.claim.CL005_claim_contradicts_results import figures


@pytest.mark.parametrize("text", [
    "Infection requiring explant 0.5 % (HL-DETECT, 6 months) and 0.6 % (ILR-5 vigilance).",
    "In the DETECT-AF registry, 2.1 % of patients had a pocket haematoma.",
    "Migration occurred in 1.0 % of SURVIVE-2 patients.",
])
def test_an_outcome_word_in_a_study_name_is_no_outcome(text):
    assert [f for f in figures(text) if "detection" in f.outcome or "survival" in f.outcome] == []


@pytest.mark.parametrize(("text", "outcome"), [
    ("The device detects 97.1 % of AF episodes (HL-DETECT).", "detection"),
    ("AF detection rate 97 % at 6 months.", "detection"),
    ("DETECTION RATE 97 % AT 6 MONTHS.", "detection"),
])
def test_the_outcome_itself_is_still_read(text, outcome):
    assert [f.value for f in figures(text) if outcome in f.outcome][:1] == [97.1 if "97.1" in text else 97.0]
