"""Phase 4: PMCF follow-up durations (PM005) in several phrasings; intervals and ages are not."""

from __future__ import annotations

import pytest

from panelproof.rules.pmcf.PM005_follow_up_shorter_than_claims import follow_up_months


@pytest.mark.parametrize(("text", "months"), [
    ("Each patient is followed for 12 months after implantation.", 12),
    ("| Follow-up | 1 year |", 12),
    ("Visits at 1, 6 and 12 months post-procedure.", 12),
    ("Les patients sont suivis pendant deux ans.", 24),
    ("Durée du suivi : 18 mois.", 18),
    ("Die Nachbeobachtung dauert zwei Jahre pro Patient.", 24),
    ("Nachbeobachtung über 5 Jahre mit jährlicher Bildgebung.", 60),
])
def test_follow_up_durations(text, months):
    assert follow_up_months(text) == months


@pytest.mark.parametrize("text", [
    "PMCF reports are issued every 12 months.",
    "Patients aged 18 years or older with an abdominal aneurysm.",
    "Des rapports sont établis tous les 12 mois.",
    "A registry of 200 patients in 8 centres.",
])
def test_intervals_ages_and_plain_numbers_are_no_follow_up(text):
    assert follow_up_months(text) is None


from panelproof.rules.pmcf.PM005_follow_up_shorter_than_claims import _explicit  # noqa: E402


@pytest.mark.parametrize(("words", "explicit"), [
    ("5-year durability", True), ("lifetime", True), ("à vie", True), ("ein Leben lang", True),
    ("long-term", False), ("durable", False), ("langfristig", False),
])
def test_only_explicit_horizons_count(words, explicit):
    assert _explicit(words) is explicit
