"""A device used with, added to or connected to a ventilator (or other host equipment) is not
that equipment: its own description outweighs mentions of the host."""

from __future__ import annotations

import pytest

from panelproof.extract.common import ExtractionContext
from panelproof.extract.device_type import extract
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Document, Role, assign_offsets
from panelproof.ingest.text import parse_markdown


def _types(markdown: str) -> set[str]:
    blocks = parse_markdown(markdown)
    assign_offsets(blocks)
    document = Document(path="IFU_en.md", format="md", role=Role.IFU, blocks=blocks)
    return {f.value.id for f in extract(document, ExtractionContext())
            if f.kind is FactKind.DEVICE_TYPE}


@pytest.mark.parametrize("sentence", [
    "OxyLoop is an add-on module that adjusts the FiO2 of a connected ventilator.",
    "NOxa delivers nitric oxide into the inspiratory limb of the ventilator circuit.",
    "The system is intended for neonates receiving mechanical ventilation.",
    "The controller is used with compatible ventilators from several manufacturers.",
    "Le module est connecté au ventilateur de réanimation.",
    "Das Modul wird an ein externes Beatmungsgerät angeschlossen.",
    "Das System dosiert NO in den Inspirationsschenkel des Beatmungsgeräts.",
    "Le système délivre le NO chez les patients sous ventilation mécanique.",
    "The dosing unit attaches to the breathing circuit of any ICU ventilator.",
    "Finding 3: only two compatible ventilators were tested in the cross-over study.",
    "The module is connected between the air/oxygen supply and the ventilator or CPAP driver.",
    "The controller adjusts the FiO2 in invasive ventilation, nasal CPAP or NIPPV.",
    "Le module ajuste la FiO2 en ventilation invasive ou en VNI.",
    "Das Modul arbeitet mit allen kompatiblen Beatmungsgeräten.",
])
def test_host_equipment_is_not_the_device(sentence):
    assert "ventilator" not in _types(f"# NOxa 3 nitric oxide delivery\n\n## Intended purpose\n\n{sentence}\n")


@pytest.mark.parametrize("markdown", [
    "# Instructions for use of the AirVent 60 ventilator\n\nText.\n",
    "# AirVent 60\n\n## Intended purpose\n\nThe AirVent 60 is a ventilator for adults.\n",
    "# AirVent 60\n\n## Device description\n\nAirVent 60 provides invasive ventilation.\n",
    "# AirVent 60\n\n## Zweckbestimmung\n\nDas AirVent 60 ist ein Intensivbeatmungsgerät.\n",
    "# AirVent 60\n\n## Description du dispositif\n\nL'AirVent 60 est un ventilateur de réanimation.\n",
    "# AirVent MR\n\n## Intended purpose\n\nAirVent MR is an MR-compatible ventilator for transport.\n",
    "# AirVent 60\n\n## Intended purpose\n\nAirVent 60 is an ICU ventilator for use in invasive and non-invasive ventilation.\n",
])
def test_the_device_itself_is_still_named(markdown):
    assert "ventilator" in _types(markdown)
