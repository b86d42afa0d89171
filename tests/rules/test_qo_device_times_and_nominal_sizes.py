"""Operating, recording and wear times as parameters; nominal size lists; PL007 battery life
against the instructed or claimed use."""

from __future__ import annotations

import pytest

from panelproof.extract import parameters
from panelproof.extract.common import ExtractionContext
from panelproof.ingest.text import document_from_text
from panelproof.rules.specification.SP001_parameter_ranges_differ import same_label


def _found(text: str, language: str = "en", heading: str = "Technical data"):
    document = document_from_text(f"# Doc\n\n## {heading}\n\n{text}\n", "IFU.md", language=language)
    return [(f.value.name, f.value.low, f.value.high)
            for f in parameters.extract(document, ExtractionContext())]


@pytest.mark.parametrize(("text", "language", "name", "low", "high"), [
    ("Recording duration: up to 72 hours", "en", "operating_time", None, 72),
    ("Operating time ≥ 10 h", "en", "operating_time", 10, None),
    ("Durée d'enregistrement : 7 jours", "fr", "operating_time", 168, 168),
    ("Aufzeichnungsdauer: bis zu 30 Tage", "de", "operating_time", None, 720),
    ("Tempo di registrazione: 14 giorni", "it", "operating_time", 336, 336),
    ("Wear time: up to 10 days", "en", "wear_time", None, 240),
    ("The sensor must be worn continuously for 15 days.", "en", "wear_time", 360, 360),
    ("Tragedauer: 7 Tage", "de", "wear_time", 168, 168),
    ("Draagduur 14 dagen", "nl", "wear_time", 336, 336),
])
def test_device_times_are_parameters(text, language, name, low, high):
    found = _found(text, language)
    assert len(found) == 1, found
    got_name, got_low, got_high = found[0]
    assert got_name == name
    assert (got_low is None and low is None) or got_low == pytest.approx(low, rel=0.01)
    assert (got_high is None and high is None) or got_high == pytest.approx(high, rel=0.01)


@pytest.mark.parametrize("text", [
    "Shelf life: 3 years",
    "Operating time: 5 years",
    "Charging time of the recorder: 3 h",
    "Wear gloves for 10 minutes before handling.",
])
def test_other_times_are_not_use_periods(text):
    assert not [f for f in _found(text) if f[0] in ("operating_time", "wear_time")]


@pytest.mark.parametrize(("a", "b", "same"), [
    ("text:nominal diameters", "text:diameters", True),
    ("text:Nenndurchmesser", "text:Durchmesser", True),
    ("text:diamètres nominaux", "text:diameters", True),
    ("text:nominal balloon diameter", "text:balloon diameters", True),
    ("text:nominal diameters", "text:nominal lengths", False),
    ("text:stent length", "text:catheter working length", False),
    ("text:nominal pressure", "text:rated burst pressure", False),
])
def test_nominal_qualifies_a_size_label(a, b, same):
    assert same_label(a, b) is same
