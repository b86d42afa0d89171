"""Pre-hospital emergency care (paramedics, EMS, SAMU, Rettungsdienst) is a use environment of its
own, not the transport that continues a care already described."""

from __future__ import annotations

import pytest

from panelproof.extract.model import FactKind
from panelproof.extract.settings import extract
from panelproof.ingest.text import document_from_text


def _settings(text: str, language: str) -> set[str]:
    document = document_from_text(text, "IFU.md", language=language)
    return {f.value.id for f in extract(document)
            if f.kind is FactKind.CARE_SETTING and not f.value.negated}


@pytest.mark.parametrize("text, language", [
    ("## Intended use\nThe cannula is intended for use by paramedics at the scene of an accident and "
     "in the emergency department.\n", "en"),
    ("## Use environment\nThe splint is designed for use by emergency medical services (EMS) crews "
     "and in hospital trauma units.\n", "en"),
    ("## Intended purpose\nFor use in out-of-hospital cardiac arrest by emergency medical technicians.\n",
     "en"),
    ("## Environnement d'utilisation\nLe dispositif est destiné à être utilisé par les équipes du SAMU "
     "en intervention préhospitalière.\n", "fr"),
    ("## Einsatzumgebung\nDas Produkt ist für den Einsatz im Rettungsdienst durch Notfallsanitäter "
     "bestimmt.\n", "de"),
    ("## Ambiente d'uso\nIl dispositivo è destinato all'uso nel soccorso extraospedaliero.\n", "it"),
    ("## Entorno de uso\nDestinado a utilizarse en emergencias extrahospitalarias.\n", "es"),
])
def test_pre_hospital_care_is_its_own_setting(text: str, language: str) -> None:
    assert "pre_hospital" in _settings(text, language)


@pytest.mark.parametrize("text, language", [
    # transport between hospitals continues the care: it stays transport
    ("## Intended use\nFor use in intensive care units and during inter-hospital transport by "
     "ambulance.\n", "en"),
    # EMS is electrical muscle stimulation in German
    ("## Beschreibung\nDas Gerät ist für die EMS-Anwendung im Fitnessstudio bestimmt.\n", "de"),
])
def test_transport_and_other_meanings_are_not_pre_hospital(text: str, language: str) -> None:
    assert "pre_hospital" not in _settings(text, language)
