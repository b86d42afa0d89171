"""Care settings: restrictions in many phrasings (en/fr/de/it/es/nl), Dutch terms, and the place
of a procedure on the patient told apart from the use environment."""

from __future__ import annotations

import pytest

from panelproof.extract.model import FactKind
from panelproof.extract.settings import extract
from panelproof.ingest.text import document_from_text


def settings_of(text: str, language: str = "en") -> set[tuple[str, str]]:
    document = document_from_text(text, "IFU.md", language=language)
    found = set()
    for fact in extract(document):
        assert " ".join(fact.location.quote.split()) in " ".join(document.text.split())
        if fact.kind is FactKind.CARE_SETTING:
            flag = "negated" if fact.value.negated else "exclusive" if fact.value.exclusive else ""
            found.add((fact.value.id, flag))
    return found


def procedures_of(text: str) -> dict[str, bool]:
    document = document_from_text(text, "IFU.md", language="en")
    return {f.value.id: f.value.procedure for f in extract(document) if f.kind is FactKind.CARE_SETTING}


@pytest.mark.parametrize("text, expected", [
    ("The device may only be used by trained physiotherapists in hospital rehabilitation units.\n",
     {("hospital", "exclusive")}),
    ("The device must be used in a hospital environment under medical supervision.\n",
     {("hospital", "exclusive")}),
    ("The pump shall be operated in intensive care units.\n", {("icu", "exclusive")}),
    ("Use outside healthcare facilities is not permitted.\n", {("hospital", "exclusive")}),
    ("Intended for use in the home and in long-term care facilities only.\n",
     {("home", "exclusive"), ("nursing_home", "exclusive")}),
    ("Intended exclusively for home use and for use in care homes.\n",
     {("home", "exclusive"), ("nursing_home", "exclusive")}),
    ("Not intended for domestic use.\n", {("home", "negated")}),
    ("Uso exclusivo en hospitales.\n", {("hospital", "exclusive")}),
    ("El dispositivo solo debe utilizarse en el entorno hospitalario.\n", {("hospital", "exclusive")}),
    ("Il dispositivo è destinato esclusivamente all'uso ospedaliero.\n", {("hospital", "exclusive")}),
    ("Uitsluitend voor gebruik in ziekenhuizen.\n", {("hospital", "exclusive")}),
    ("Niet voor thuisgebruik.\n", {("home", "negated")}),
    ("Het hulpmiddel is bestemd voor gebruik thuis en in verpleeghuizen.\n",
     {("home", ""), ("nursing_home", "")}),
])
def test_restrictions_and_terms(text: str, expected: set[tuple[str, str]]) -> None:
    assert settings_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plain statement of the environment restricts nothing
    ("The pump is intended for use in hospitals by nurses.\n", {("hospital", "")}),
    ("It is intended to be used at home and in outpatient settings.\n", {("home", ""), ("outpatient", "")}),
    # "only" binding the users, not the place
    ("Only trained staff may set up the ventilator in the hospital.\n", {("hospital", "")}),
    ("The device can be used not only in hospitals but also at home.\n", {("hospital", ""), ("home", "")}),
])
def test_no_restriction(text: str, expected: set[tuple[str, str]]) -> None:
    assert settings_of(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("## Intended purpose\nThe stimulator is implanted by neurosurgeons in the operating room.\n",
     {"operating_room": True}),
    ("## Intended purpose\nImplantation must only be performed in hospitals with cardiac surgery on site.\n",
     {"hospital": True}),
    ("## Zweckbestimmung\nDas Implantat wird im Operationssaal implantiert; der Patient lädt es zu Hause.\n",
     {"operating_room": True, "home": False}),
    ("## Destination\nL'implantation est réalisée exclusivement au bloc opératoire.\n", {"operating_room": True}),
    ("## Intended purpose\nThe catheter is inserted in hospital; the pump is then used at home.\n",
     {"hospital": True, "home": False}),
    # the use environment of an implanted patient, and of an anaesthesia ventilator
    ("## Intended purpose\nAfter implantation, adult patients recharge the implant at home.\n", {"home": False}),
    ("## Intended purpose\nImplanted patients use the patient programmer at home.\n", {"home": False}),
    ("## Intended purpose\nThe ventilator is used in the operating room during surgery.\n",
     {"operating_room": False}),
])
def test_procedure_places(text: str, expected: dict[str, bool]) -> None:
    assert procedures_of(text) == expected
