"""A restriction written as a label ("Hospital only: operating room, ICU") and a "Usage
environment" section name the use environment."""

from __future__ import annotations

import pytest

from panelproof.extract.settings import extract
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def _settings(markdown: str, name: str = "IFU_en.md"):
    document = document_from_text(markdown, name, Role.IFU)
    return {(f.value.id, f.value.exclusive, f.value.negated) for f in extract(document)}


@pytest.mark.parametrize(("markdown", "expected"), [
    ("# IFU\n\n## Usage environment\n\nHospital only: operating room, emergency department and "
     "intensive care unit. Not for pre-hospital or transport use.\n",
     {("hospital", True, False), ("icu", False, False), ("transport", False, True)}),
    ("# IFU\n\n## Usage environment and users\n\nThe device is used in hospital operating rooms.\n",
     {("hospital", False, False)}),
    ("# Notice\n\n## Environnement\n\nUniquement à l'hôpital : bloc opératoire, réanimation.\n",
     {("hospital", True, False)}),
])
def test_restriction_labels_and_usage_environment_sections(markdown, expected):
    name = "IFU_fr.md" if "Notice" in markdown else "IFU_en.md"
    assert expected <= _settings(markdown, name)


def test_a_label_whose_body_denies_it_names_no_setting():
    found = _settings("# IFU\n\n## Intended purpose\n\nThe pump infuses warmed fluids. Home use: not permitted.\n")
    assert ("home", False, False) not in found


def test_remote_monitoring_from_the_patients_flat_is_home():
    document = document_from_text("# Gebrauchsanweisung\n\n## Anwender und Anwendungsumgebung\n\n"
                                  "Nachsorge in Schrittmacherambulanzen und per Fernüberwachung aus der "
                                  "Wohnung des Patienten.\n", "IFU_de.md", Role.IFU)
    assert "home" in {f.value.id for f in extract(document)}
