"""Inter-hospital transport is transport, not hospital; outcome words are no setting."""

from __future__ import annotations

import pytest

from panelproof.extract.model import FactKind
from panelproof.extract.settings import extract
from panelproof.ingest.text import document_from_text


def settings_of(text: str, language: str) -> set[tuple[str, str]]:
    document = document_from_text("# Intended purpose\n\n" + text + "\n", "IFU.md", language=language)
    return {(f.value.id, "negated" if f.value.negated else "")
            for f in extract(document) if f.kind is FactKind.CARE_SETTING}


@pytest.mark.parametrize("language, text", [
    ("en", "It is not intended for home use nor for inter-hospital ambulance transport."),
    ("en", "Not for interhospital transport."),
    ("en", "Not intended for transport between hospitals."),
    ("en", "Not intended for secondary transport."),
    ("en", "Not for ambulance transfer between hospitals."),
    ("fr", "Il n'est pas destiné au transport inter-hospitalier."),
    ("fr", "Ne pas utiliser pour le transport interhospitalier ni à domicile."),
    ("de", "Nicht für den Interhospitaltransport bestimmt."),
    ("de", "Nicht für den interklinischen Transport noch für den Heimgebrauch."),
    ("it", "Non destinato al trasporto interospedaliero né per uso domiciliare."),
    ("es", "No destinado al transporte interhospitalario ni para uso domiciliario."),
    ("nl", "Niet voor interklinisch transport noch voor thuisgebruik."),
])
def test_inter_hospital_transport_is_transport(language, text):
    found = settings_of(text, language)
    assert ("transport", "negated") in found
    assert not any(setting == "hospital" for setting, _ in found)


@pytest.mark.parametrize("language, text", [
    ("en", "Intended for use in hospitals including intra-hospital transport."),
    ("fr", "Destiné à l'usage hospitalier, y compris le transport intrahospitalier."),
])
def test_intra_hospital_transport_stays_hospital(language, text):
    found = settings_of(text, language)
    assert ("hospital", "") in found
    assert ("transport", "") not in found


@pytest.mark.parametrize("language, text", [
    ("de", "Das Gerät wird zu Hause angewendet, um Krankenhausaufenthalte zu vermeiden."),
    ("de", "Es wird zu Hause angewendet, um Krankenhauseinweisungen und Rehospitalisierungen zu senken."),
    ("en", "The device is used at home to reduce the hospitalisation rate and re-hospitalisation."),
    ("en", "The device is used at home to reduce heart-failure hospitalisations and hospital admissions."),
    ("fr", "Le dispositif est utilisé à domicile pour réduire le nombre d'hospitalisations."),
    ("it", "Il dispositivo è utilizzato a domicilio per ridurre i ricoveri ospedalieri."),
    ("es", "El dispositivo se utiliza en casa para reducir las hospitalizaciones."),
    ("nl", "Het hulpmiddel wordt thuis gebruikt om ziekenhuisopnames te verminderen."),
])
def test_outcome_words_are_no_setting(language, text):
    found = settings_of(text, language)
    assert ("home", "") in found
    assert not any(setting == "hospital" for setting, _ in found)


@pytest.mark.parametrize("language, text", [
    ("de", "Zur Anwendung im Krankenhaus."),
    ("de", "Nur in der Krankenhausumgebung anwenden."),
    ("it", "Destinato all'uso in ambiente ospedaliero."),
    ("en", "It is intended for use in hospitals, not for home use."),
])
def test_hospital_still_found(language, text):
    assert ("hospital", "") in settings_of(text, language)
