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


@pytest.mark.parametrize(("text", "setting"), [
    ("Pacientes y cuidadores formados, en el domicilio; enfermeros en clínicas ambulatorias.", "clinic"),
    ("Tratamiento en régimen ambulatorio o en consultas ambulatorias.", "outpatient"),
    ("Profesjonaliści korzystają z panelu w poradniach niewydolności serca.", "outpatient"),
    ("Cewnik może pozostać w ambulatoryjnej onkologii i w opiece domowej.", "outpatient"),
    ("Lekarze w gabinetach kardiologicznych.", "clinic"),
])
def test_outpatient_clinics_in_spanish_and_polish(text, setting):
    assert setting in {m.id for m in vocabulary("care_settings").find(text)}


def test_a_spanish_ambulance_is_no_slovak_outpatient_clinic():
    """Slovak "ambulancia" (an outpatient clinic) is Spanish for ambulance: the word is bound to
    Slovak text (`language_bound`), so a Spanish document's ambulance is no outpatient term."""
    assert "outpatient" not in {m.id for m in vocabulary("care_settings").find(
        "Uso en la ambulancia y en el hospital.", language="es")}
