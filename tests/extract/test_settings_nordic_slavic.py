"""Care settings in Czech, Polish, Danish, Swedish, Finnish and Norwegian IFUs: inflected words
for home, hospital, intensive care, emergency and operating room, restrictions ("only") and
negations ("not for home use") in each language."""

from __future__ import annotations

import pytest

from panelproof.extract.model import FactKind
from panelproof.extract.settings import extract
from panelproof.ingest.text import document_from_text


def settings_of(text: str, language: str) -> set[tuple[str, str]]:
    document = document_from_text(text, "IFU.md", language=language)
    found = set()
    for fact in extract(document):
        assert " ".join(fact.location.quote.split()) in " ".join(document.text.split())
        if fact.kind is FactKind.CARE_SETTING:
            flag = "negated" if fact.value.negated else "exclusive" if fact.value.exclusive else ""
            found.add((fact.value.id, flag))
    return found


@pytest.mark.parametrize("text, language, expected", [
    # home, affirmed, in inflected forms
    ("## Prostředí použití\n\nSystém je možné používat rovněž v domácí péči.\n", "cs", ("home", "")),
    ("## Určený účel\n\nOdsávačku lze používat v domácích podmínkách pacienta.\n", "cs", ("home", "")),
    ("## Käyttöympäristö\n\nLaitetta voidaan käyttää myös kotihoidossa.\n", "fi", ("home", "")),
    ("## Bruksmiljø\n\nApparatet kan brukes i hjemmet av opplærte pasienter.\n", "no", ("home", "")),
    ("## Anvendelsesmiljø\n\nPumpen kan også anvendes til hjemmebehandling.\n", "da", ("home", "")),
    # hospital restrictions
    ("## Prostředí použití\n\nPřístroj je určen pouze pro nemocniční použití.\n", "cs", ("hospital", "exclusive")),
    ("## Käyttöympäristö\n\nLaite on tarkoitettu käytettäväksi vain sairaalassa.\n", "fi", ("hospital", "exclusive")),
    ("## Bruksmiljø\n\nSkal kun brukes på sykehus.\n", "no", ("hospital", "exclusive")),
    ("## Anvendelsesmiljø\n\nMå kun anvendes på sygehuse.\n", "da", ("hospital", "exclusive")),
    # negated home
    ("## Prostředí použití\n\nPřístroj není určen k použití v domácím prostředí.\n", "cs", ("home", "negated")),
    ("## Käyttöympäristö\n\nLaitetta ei ole tarkoitettu kotikäyttöön.\n", "fi", ("home", "negated")),
    ("## Bruksmiljø\n\nIkke til hjemmebruk.\n", "no", ("home", "negated")),
    ("## Anvendelsesmiljø\n\nHjemmebehandling er ikke tilladt.\n", "da", ("home", "negated")),
    # units of a hospital
    ("## Prostředí použití\n\nPoužívá se na operačních sálech a urgentním příjmu.\n", "cs", ("operating_room", "")),
    ("## Prostředí použití\n\nPoužívá se na operačních sálech a urgentním příjmu.\n", "cs", ("emergency", "")),
    ("## Käyttöympäristö\n\nLaitetta käytetään teho-osastoilla ja leikkaussaleissa.\n", "fi", ("icu", "")),
    ("## Bruksmiljø\n\nBrukes i akuttmottaket og på intensivavdelingen.\n", "no", ("emergency", "")),
    ("## Środowisko użytkowania\n\nUrządzenie jest stosowane na SOR i w OIT.\n", "pl", ("icu", "")),
])
def test_nordic_and_slavic_care_settings(text, language, expected):
    assert expected in settings_of(text, language)


@pytest.mark.parametrize("text, language", [
    # acronyms of one language do not match in another
    ("## Use environment\n\nThe device is used with the SOR protocol and the JIP kit.\n", "en"),
    # a family doctor ("lekarz domowy") is no home setting
    ("## Środowisko użytkowania\n\nWyniki można przekazać lekarzowi rodzinnemu.\n", "pl"),
])
def test_no_setting_from_foreign_acronyms_or_persons(text, language):
    assert not {s for s, _ in settings_of(text, language)} & {"icu", "emergency", "home"}
