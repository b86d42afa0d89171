"""A negated "outside X" / "other than X" / "except in X" restricts the use TO X; it does not
exclude X."""

from __future__ import annotations

import pytest

from panelproof.extract import settings
from panelproof.extract.common import ExtractionContext
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def _settings(sentence: str, language: str) -> list:
    document = document_from_text(f"# IFU\n\n## Intended use\n\n{sentence}\n", "IFU.md",
                                  Role.IFU, language)
    found = [f for f in settings.extract(document, ExtractionContext())
             if f.kind.value == "care_setting"]
    for fact in found:
        assert " ".join(fact.location.quote.split()) in " ".join(document.text.split())
    return [f.value for f in found]


@pytest.mark.parametrize(("sentence", "language", "setting"), [
    ("Eine Anwendung außerhalb von Krankenhäusern ist nicht vorgesehen.", "de", "hospital"),
    ("Das System darf außerhalb des Krankenhauses nicht betrieben werden.", "de", "hospital"),
    ("Die Verwendung in anderen Einrichtungen als Krankenhäusern ist nicht vorgesehen.", "de",
     "hospital"),
    ("Nicht außerhalb der Intensivstation verwenden.", "de", "icu"),
    ("Use in settings other than hospitals is not intended.", "en", "hospital"),
    ("It must not be operated except in a hospital.", "en", "hospital"),
    ("The device is not intended for use in any environment other than a hospital.", "en",
     "hospital"),
    ("The monitor is not to be used outside intensive care units.", "en", "icu"),
    ("L'appareil n'est pas destiné à être utilisé ailleurs qu'en réanimation.", "fr", "icu"),
    ("L'utilisation en dehors de l'hôpital n'est pas prévue.", "fr", "hospital"),
    ("Gebruik buiten het ziekenhuis is niet bedoeld.", "nl", "hospital"),
    ("L'impiego al di fuori delle strutture ospedaliere non è consentito.", "it", "hospital"),
    ("El uso fuera del entorno hospitalario no está permitido.", "es", "hospital"),
    ("A utilização fora do hospital não está prevista.", "pt", "hospital"),
])
def test_a_negated_place_beyond_restricts_to_the_place(sentence: str, language: str,
                                                       setting: str) -> None:
    found = [s for s in _settings(sentence, language) if s.id == setting]
    assert found and all(not s.negated for s in found)
    assert all(s.exclusive for s in found)


@pytest.mark.parametrize(("sentence", "language", "setting"), [
    ("Thuisgebruik is niet toegestaan.", "nl", "home"),
    ("L'uso domiciliare non è consentito.", "it", "home"),
    ("Utilização no domicílio não está prevista.", "pt", "home"),
])
def test_a_negation_after_the_place_excludes_it(sentence: str, language: str,
                                                setting: str) -> None:
    found = [s for s in _settings(sentence, language) if s.id == setting]
    assert found and all(s.negated for s in found)


def test_outside_a_place_without_negation_restricts_nothing() -> None:
    found = _settings("The device is also suitable for use outside the hospital, e.g. in "
                      "ambulances.", "en")
    assert not any(s.exclusive for s in found)


@pytest.mark.parametrize("sentence", [
    "The laser is used in hospital and ambulatory ophthalmic operating theatres.",
    "For use by surgeons in ambulatory surgical units.",
    "Intended for ambulatory operating rooms and hospital theatres.",
])
def test_ambulatory_theatres_are_outpatient_care(sentence: str) -> None:
    assert any(s.id == "outpatient" for s in _settings(sentence, "en"))


def test_ambulatory_measurement_is_no_setting() -> None:
    found = _settings("The device is intended for ambulatory blood pressure monitoring.", "en")
    assert not any(s.id == "outpatient" for s in found)
