"""Time and energy per treated area: a dose written per cm² in en/de/fr/it/es."""

from __future__ import annotations

import pytest

from panelproof.extract import parameters
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text


def _read(text: str, path: str = "IFU_en.md"):
    document = document_from_text("# Technical data\n\n" + text + "\n", path)
    return [(f.value.name, f.value.low, f.value.high)
            for f in parameters.extract(document, ExtractionContext())
            # "The recommended application time is 60 s/cm2" is a recommended setting
            if f.kind in (FactKind.PARAMETER, FactKind.PARAMETER_SETTING)]


@pytest.mark.parametrize(("text", "seconds"), [
    ("| Treatment time | 30 s per cm² |", 30),
    ("Treatment time 90 s per cm² of wound surface.", 90),
    ("The recommended application time is 60 s/cm2.", 60),
    ("- Exposure time: 2 min per cm²", 120),
    ("Die Behandlungsdauer beträgt 90 Sekunden pro cm² Wundfläche.", 90),
    ("Durée de traitement 90 s par cm².", 90),
    ("Tempo di trattamento 30 s per cm²", 30),
    ("Tiempo de tratamiento: 30 s por cm²", 30),
])
def test_treatment_time_per_area(text, seconds):
    assert ("treatment_time_per_area", seconds, seconds) in _read(text)


@pytest.mark.parametrize("text", [
    "Treatment time 30 min",
    "Treatment time 30 s",
    "Wound area up to 25 cm².",
])
def test_a_time_or_an_area_alone_is_not_a_time_per_area(text):
    assert not [r for r in _read(text) if r[0] == "treatment_time_per_area"]


@pytest.mark.parametrize(("text", "joules"), [
    ("Fluence 4 J/cm²", 4.0),
    ("| Energiedichte | 0,25 mJ/cm² |", 0.00025),
])
def test_energy_density(text, joules):
    assert ("energy_density", joules, joules) in _read(text)
