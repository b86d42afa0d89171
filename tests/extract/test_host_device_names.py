"""A host or companion device named by its product name ("a module for the Lusair N3
neonatal ventilator", "mit dem Lusair HF2 Gerät") is neither the device's trade name nor its
device type; the device itself, named as subject, title or in a document title, still is."""

from __future__ import annotations

import pytest

from panelproof.extract import device_type, identity
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.extract.pmcf import analyse
from panelproof.ingest.model import Document, Role, assign_offsets
from panelproof.ingest.text import parse_markdown


def _document(markdown: str) -> Document:
    blocks = parse_markdown(markdown)
    assign_offsets(blocks)
    return Document(path="IFU_en.md", format="md", role=Role.IFU, blocks=blocks)


def _names(sentence: str) -> set[str]:
    document = _document(f"# Instructions for use\n\n## Intended purpose\n\n{sentence}\n")
    return {f.value for f in identity.extract(document, ExtractionContext())
            if f.kind is FactKind.DEVICE_NAME}


def _types(sentence: str) -> set[str]:
    document = _document(f"# OxyTune 3\n\n## Device description\n\n{sentence}\n")
    return {f.value.id for f in device_type.extract(document, ExtractionContext())
            if f.kind is FactKind.DEVICE_TYPE}


@pytest.mark.parametrize(("sentence", "host"), [
    ("Respiratory support is delivered by the Lusair N3 ventilator.", "Lusair N3"),
    ("The module is to be used with the Infusa SP-50 pump.", "Infusa SP-50"),
    ("The module is compatible with the X-200 console and connects to the Vigila 5 monitor.",
     "Vigila 5"),
    ("The sensor is mounted on the TheraBed X2 system.", "TheraBed X2"),
    ("For use with the Medora V5 ventilator only.", "Medora V5"),
    ("Patients ventilated with the Brisa V8 ventilator and the Brisa HF4 device are eligible.",
     "Brisa HF4"),
    ("OxyTune est un module de titration de l'oxygène pour le ventilateur Lusair N3.", "Lusair N3"),
    ("Le capteur est utilisé avec le dispositif Vigila 5.", "Vigila 5"),
    ("OxyTune ist ein Modul zur Sauerstofftitration für das Beatmungsgerät Lusair N3.",
     "Lusair N3"),
    ("OxyTune wird mit dem Lusair HF2 Gerät betrieben.", "Lusair HF2"),
    ("Das Modul wird an das Beatmungsgerät Lusair N3 angeschlossen.", "Lusair N3"),
])
def test_host_name_is_not_the_trade_name(sentence, host):
    assert host not in _names(sentence)


@pytest.mark.parametrize(("sentence", "name"), [
    ("The AirVent 60 ventilator is intended for adults.", "AirVent 60"),
    ("This report covers the AirVent 60 ventilator.", "AirVent 60"),
    ("The safety of the AirVent 60 ventilator was confirmed.", "AirVent 60"),
    ("Le ventilateur AirVent 60 est destiné aux adultes.", "AirVent 60"),
    ("Das Beatmungsgerät AirVent 60 ist für Erwachsene bestimmt.", "AirVent 60"),
    # a verb of being ends the host phrase: the second device is the subject
    ("The module is compatible with consoles and the AirVent 60 ventilator is a ventilator.",
     "AirVent 60"),
])
def test_own_name_is_still_read(sentence, name):
    assert name in _names(sentence)


@pytest.mark.parametrize("sentence", [
    "OxyTune is a closed-loop FiO2 titration module for the Lusair N3 neonatal ventilator.",
    "It is compatible with the Medora V5 and Medora V7 ventilators.",
    "Infants ventilated with the Brisa V8 ventilator are eligible.",
    "OxyTune est un module de titration pour le ventilateur Lusair N3.",
    "OxyTune ist ein Modul zur Sauerstofftitration für das Beatmungsgerät Lusair N3.",
    "Il modulo è un accessorio per il ventilatore Lusair N3.",
])
def test_module_for_a_named_ventilator_is_not_a_ventilator(sentence):
    assert "ventilator" not in _types(sentence)


@pytest.mark.parametrize("sentence", [
    "The AirVent 60 ventilator is intended for adults.",
    "AirVent 60 is a mechanical ventilator for use with a humidifier.",
    "Le AirVent 60 est un ventilateur de réanimation.",
    "Das AirVent 60 ist ein Beatmungsgerät für Erwachsene.",
])
def test_a_ventilator_is_still_a_ventilator(sentence):
    assert "ventilator" in _types(sentence)


def _groups(text: str) -> set[str]:
    return {c for c in analyse(text, "population").concepts
            if c in {"preterm_neonates", "neonates", "infants", "children", "adults"}}


@pytest.mark.parametrize(("text", "expected"), [
    ("Preterm infants treated with OxyTune in the NICU will be enrolled.", {"preterm_neonates"}),
    ("Extremely preterm infants and late-preterm infants are included.", {"preterm_neonates"}),
    ("Critically ill preterm babies on CPAP.", {"preterm_neonates"}),
    ("Nourrissons prématurés hospitalisés en néonatologie.", {"preterm_neonates"}),
    ("Frühgeborene Säuglinge auf der Intensivstation.", {"preterm_neonates"}),
    ("Lattanti prematuri in terapia intensiva neonatale.", {"preterm_neonates"}),
    ("Bebés prematuros en la UCIN.", {"preterm_neonates"}),
    ("Preterm and term infants.", {"neonates"}),
    # a group named in its own right beside the modified one is still read
    ("Preterm infants and infants up to 12 months.", {"preterm_neonates", "infants"}),
    ("Critically ill infants in the PICU.", {"infants"}),
    ("Adults and preterm neonates.", {"adults", "preterm_neonates"}),
])
def test_modifier_stays_with_the_group_word(text, expected):
    assert _groups(text) == expected


def _settings(markdown: str) -> set[str]:
    from panelproof.extract import settings
    document = _document(markdown)
    return {f.value.id for f in settings.extract(document, ExtractionContext())
            if f.kind is FactKind.CARE_SETTING and not f.value.negated}


@pytest.mark.parametrize("sentence", [
    "Programming takes place in the epilepsy clinic; the implanted patient then lives with the"
    " device in his or her usual\nenvironment, including home.",
    "After fitting in the clinic, patients use the processor in daily life.",
    "After implantation, the device is used by the patient at\nhome.",
    "Le patient utilise ensuite le dispositif dans sa vie quotidienne.",
    "Danach verwendet der Patient das System in seinem gewohnten Umfeld.",
    "Il paziente utilizza poi il dispositivo nella vita quotidiana.",
    "El paciente utiliza después el dispositivo en la vida diaria.",
])
def test_daily_life_is_the_home_setting(sentence):
    assert "home" in _settings(f"# NeuroVag X\n\n## Intended purpose\n\n{sentence}\n")


@pytest.mark.parametrize("sentence", [
    "The device is used in the epilepsy clinic by neurologists.",
    "Activities of daily living improved after surgery.",
    "The nursing home staff were trained.",
])
def test_no_home_without_daily_life_wording(sentence):
    assert "home" not in _settings(f"# NeuroVag X\n\n## Intended purpose\n\n{sentence}\n")
