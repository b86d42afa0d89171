"""Ventricular assist devices are recognised in en/de/fr/it/es; a passing word is not one."""

from __future__ import annotations

import pytest

from panelproof.extract.device_type import find_terms


@pytest.mark.parametrize("text", [
    "KidHeart P is a paediatric ventricular assist device.",
    "The VAD is implanted via median sternotomy.",
    "CorAssist is a left ventricular assist device (LVAD).",
    "PediaPump ist ein pädiatrisches Herzunterstützungssystem.",
    "Das Linksherzunterstützungssystem besteht aus Pumpe und Controller.",
    "Dispositif d'assistance ventriculaire gauche implantable.",
    "Système d'assistance ventriculaire pour enfants.",
    "Dispositivo di assistenza ventricolare sinistra.",
    "Dispositivo de asistencia ventricular pediátrico.",
])
def test_vad_wording_names_the_type(text):
    assert "ventricular_assist_device" in {pack for pack, _, _ in find_terms(text)}


@pytest.mark.parametrize("text", [
    "The invader strain was not detected.",
    "Ventricular function improved in 40 % of patients.",
    "Flush the CVAD (central venous access device) daily.",
])
def test_other_words_do_not(text):
    assert "ventricular_assist_device" not in {pack for pack, _, _ in find_terms(text)}
