"""Ambulatory surgical centres in Czech, Slovak and Polish are the office-based / ambulatory
centre outside a hospital (as in English, French, German), not a bare outpatient word; a
Spanish 'consulta ambulatoria' is outpatient care."""

import pytest

from panelproof.extract.intended_use import vocabulary


@pytest.mark.parametrize(("text", "setting"), [
    ("Operační sál nebo ambulantní chirurgické centrum se skiaskopií.", "office_practice"),
    ("Ambulantné chirurgické centrum so skiaskopiou.", "office_practice"),
    ("Sala operacyjna lub ambulatoryjny ośrodek chirurgiczny.", "office_practice"),
    ("Hospital o consulta ambulatoria de urología.", "outpatient"),
    ("Uso en consultas ambulatorias de ginecología.", "outpatient"),
    ("Sedenia v nemocnici alebo v ambulancii psychiatrie.", "outpatient"),
    ("Určené na ambulantné použitie v ambulantnej starostlivosti.", "outpatient"),
])
def test_setting(text, setting):
    assert setting in {m.id for m in vocabulary("care_settings").find(text)}
