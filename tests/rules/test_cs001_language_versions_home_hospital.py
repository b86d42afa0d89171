"""CS001 between language versions of one IFU: one version restricts use to the hospital or
excludes home use, the other admits home use. Reported once, quoting both versions; a version
silent on the setting, or stating the same setting in its own words, is no disagreement."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check

_HEADINGS = {
    "en": ("Instructions for use", "Intended purpose", "Use environment",
           "The CardioPort 5 is a monitor intended to display the ECG of adult patients."),
    "fr": ("Notice d'utilisation", "Destination", "Environnement d'utilisation",
           "Le CardioPort 5 est un moniteur destiné à afficher l'ECG des patients adultes."),
    "de": ("Gebrauchsanweisung", "Zweckbestimmung", "Einsatzumgebung",
           "Der CardioPort 5 ist ein Monitor zur Anzeige des EKG erwachsener Patienten."),
    "it": ("Istruzioni per l'uso", "Destinazione d'uso", "Ambiente di utilizzo",
           "Il CardioPort 5 è un monitor destinato a visualizzare l'ECG di pazienti adulti."),
    "es": ("Instrucciones de uso", "Finalidad prevista", "Entorno de uso",
           "El CardioPort 5 es un monitor destinado a mostrar el ECG de pacientes adultos."),
    "nl": ("Gebruiksaanwijzing", "Beoogd doel", "Gebruiksomgeving",
           "De CardioPort 5 is een monitor bedoeld om het ECG van volwassen patiënten te tonen."),
    "pl": ("Instrukcja używania", "Przeznaczenie", "Środowisko użytkowania",
           "CardioPort 5 jest monitorem przeznaczonym do wyświetlania EKG dorosłych pacjentów."),
    "sv": ("Bruksanvisning", "Avsedd användning", "Användningsmiljö",
           "CardioPort 5 är en monitor avsedd att visa EKG hos vuxna patienter."),
}


def _ifu(language: str, environment: str) -> str:
    title, purpose, env, sentence = _HEADINGS[language]
    return (f"# {title} – CardioPort 5\n\n## 1 {purpose}\n{sentence}\n\n"
            f"## 2 {env}\n{environment}\n")


def _cs001(tmp_path: Path, versions: dict[str, str]) -> list:
    for language, environment in versions.items():
        (tmp_path / f"IFU_{language}.md").write_text(_ifu(language, environment), encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule in ("CS001", "LA001")]


@pytest.mark.parametrize("language, restricted, home", [
    ("pl", "Do stosowania wyłącznie w placówkach opieki zdrowotnej; nie jest przeznaczony do "
           "użytku domowego.", "placówkach"),
    ("pl", "Wyrób może być używany tylko w szpitalu.", "szpitalu"),
    ("sv", "Får endast användas på sjukhus. Produkten är inte avsedd för hemmabruk.", "sjukhus"),
    ("sv", "Ej avsedd för användning i hemmet.", "hemmet"),
    ("it", "Il monitor non è destinato all'uso domestico.", "domestico"),
    ("de", "Ausschließlich für den klinischen Gebrauch bestimmt.", "klinischen Gebrauch"),
])
def test_version_restricting_what_the_english_admits_is_reported_once(
        tmp_path: Path, language: str, restricted: str, home: str) -> None:
    findings = _cs001(tmp_path, {"en": "Hospital wards, intensive care units and home use.",
                                 language: restricted})
    assert len(findings) == 1 and findings[0].rule == "CS001"
    quotes = {loc.document: loc.quote for loc in findings[0].locations}
    assert set(quotes) == {"IFU_en.md", f"IFU_{language}.md"}
    assert home in quotes[f"IFU_{language}.md"] and "home" in quotes["IFU_en.md"]


@pytest.mark.parametrize("language, admitting", [
    ("pl", "Szpitale oraz opieka domowa po przeszkoleniu opiekuna."),
    ("sv", "Avsedd för användning på sjukhus och i hemmiljö."),
    ("it", "Uso ospedaliero e domiciliare."),
    ("nl", "Ziekenhuis en thuiszorg."),
])
def test_version_admitting_home_against_hospital_only_english_is_reported(
        tmp_path: Path, language: str, admitting: str) -> None:
    findings = _cs001(tmp_path, {"en": "For hospital use only.", language: admitting})
    assert [f.rule for f in findings] == ["CS001"]
    assert {loc.document for loc in findings[0].locations} == {"IFU_en.md", f"IFU_{language}.md"}


@pytest.mark.parametrize("language, environment", [
    # silent on the setting
    ("sv", "Produkten används av utbildad vårdpersonal."),
    ("pl", "Wyrób jest obsługiwany przez przeszkolony personel medyczny."),
    # the same environment in the version's own words
    ("sv", "Sjukhus (vårdavdelningar, intensivvård) och hemmabruk."),
    ("pl", "Szpital (oddziały, intensywna terapia) i użytek domowy."),
    # a negation of something else in the same section
    ("sv", "Sjukhus och hemmiljö. Produkten får inte användas utan utbildning."),
    ("pl", "Szpital i warunki domowe. Nie używać bez przeszkolenia."),
])
def test_silent_or_equal_version_is_no_disagreement(tmp_path: Path, language: str,
                                                    environment: str) -> None:
    assert _cs001(tmp_path, {"en": "Hospital wards, intensive care units and home use.",
                             language: environment}) == []


def test_spanish_example_abbreviation_is_no_negation(tmp_path: Path) -> None:
    findings = _cs001(tmp_path, {"en": "For hospital use only.",
                                 "es": "Solo para uso hospitalario (p. ej. en la UCI o en quirófano)."})
    assert findings == []
