"""LA001 and CS001 between an English IFU and its Bulgarian, Estonian, Latvian, Slovenian or
Croatian version: a faithful translation gives no finding; one that changes the age bound, drops
a contraindication or admits home use does."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check

_EN = """# Instructions for Use – OrthoFix plate

## Intended purpose
The OrthoFix plate is intended for the fixation of fractures of the distal radius in patients aged 18 years and older with a body weight of at least 40 kg.

## Contraindications
- Active infection at the implant site
- Known allergy to titanium
- Pregnancy
- Bleeding disorders

## Use environment
For use in hospitals and in the operating room only. Not intended for home use.
"""

_TRANSLATIONS = {
    "bg": """# Инструкции за употреба – OrthoFix плака

## Предназначение
Плаката OrthoFix е предназначена за фиксация на фрактури на дисталния радиус при пациенти на възраст от {age} години с телесно тегло най-малко 40 кг.{group}

## Противопоказания
- Активна инфекция на мястото на имплантиране
- Известна алергия към титан
{pregnancy}- Нарушения на кръвосъсирването

## Среда на употреба
{environment}
""",
    "et": """# Kasutusjuhend – OrthoFix plaat

## Sihtotstarve
OrthoFix plaat on ette nähtud distaalse kodarluu murdude fikseerimiseks patsientidele vanuses vähemalt {age} aastat, kelle kehakaal on vähemalt 40 kg.{group}

## Vastunäidustused
- Aktiivne infektsioon implanteerimiskohas
- Teadaolev allergia titaani suhtes
{pregnancy}- Vere hüübimishäired

## Kasutuskeskkond
{environment}
""",
    "lv": """# Lietošanas instrukcija – OrthoFix plāksne

## Paredzētais nolūks
OrthoFix plāksne ir paredzēta distālā spieķa kaula lūzumu fiksācijai pacientiem vecumā no {age} gadiem ar ķermeņa masu vismaz 40 kg.{group}

## Kontrindikācijas
- Aktīva infekcija implantācijas vietā
- Zināma alerģija pret titānu
{pregnancy}- Asinsreces traucējumi

## Lietošanas vide
{environment}
""",
    "sl": """# Navodila za uporabo – plošča OrthoFix

## Predvideni namen
Plošča OrthoFix je namenjena fiksaciji zlomov distalnega radiusa pri bolnikih, starih {age} let ali več, s telesno maso najmanj 40 kg.{group}

## Kontraindikacije
- Aktivna okužba na mestu vsaditve
- Znana alergija na titan
{pregnancy}- Motnje strjevanja krvi

## Okolje uporabe
{environment}
""",
    "hr": """# Upute za uporabu – pločica OrthoFix

## Namjena
Pločica OrthoFix namijenjena je fiksaciji prijeloma distalnog radijusa kod pacijenata u dobi od {age} i više godina, tjelesne težine najmanje 40 kg.{group}

## Kontraindikacije
- Aktivna infekcija na mjestu implantacije
- Poznata alergija na titan
{pregnancy}- Poremećaji zgrušavanja krvi

## Okruženje uporabe
{environment}
""",
}
_PREGNANCY = {"bg": "- Бременност\n", "et": "- Rasedus\n", "lv": "- Grūtniecība\n",
              "sl": "- Nosečnost\n", "hr": "- Trudnoća\n"}
_HOSPITAL_ONLY = {
    "bg": "Само за употреба в болници и в операционна зала. Не е предназначено за домашна употреба.",
    "et": "Ainult kasutamiseks haiglas ja operatsioonisaalis. Ei ole ette nähtud koduseks kasutamiseks.",
    "lv": "Tikai lietošanai slimnīcās un operāciju zālē. Nav paredzēts lietošanai mājās.",
    "sl": "Samo za uporabo v bolnišnicah in v operacijski dvorani. Ni namenjeno za uporabo na domu.",
    "hr": "Samo za uporabu u bolnicama i u operacijskoj sali. Nije namijenjeno za kućnu uporabu.",
}
_WITH_HOME = {
    "bg": "За употреба в болници, в операционна зала и в домашни условия.",
    "et": "Kasutamiseks haiglas, operatsioonisaalis ja kodus.",
    "lv": "Lietošanai slimnīcās, operāciju zālē un mājās.",
    "sl": "Za uporabo v bolnišnicah, v operacijski dvorani in na domu.",
    "hr": "Za uporabu u bolnicama, u operacijskoj sali i kod kuće.",
}
_CHILDREN = {
    "bg": " Плаката може да се използва и при деца.",
    "et": " Plaati võib kasutada ka lastel.",
    "lv": " Plāksni var lietot arī bērniem.",
    "sl": " Ploščo se lahko uporablja tudi pri otrocih.",
    "hr": " Pločica se može koristiti i kod djece.",
}
_LANGUAGES = sorted(_TRANSLATIONS)


def _findings(tmp_path: Path, language: str, age: int = 18, pregnancy: bool = True,
              home: bool = False, children: bool = False) -> list:
    (tmp_path / "IFU_en.md").write_text(_EN, encoding="utf-8")
    text = _TRANSLATIONS[language].format(
        age=age, group=_CHILDREN[language] if children else "", pregnancy=_PREGNANCY[language] if pregnancy else "",
        environment=(_WITH_HOME if home else _HOSPITAL_ONLY)[language])
    (tmp_path / f"IFU_{language}.md").write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings
            if f.rule in {"LA001", "CS001", "PO001", "PO002", "IU001", "IU002"}]


@pytest.mark.parametrize("language", _LANGUAGES)
def test_faithful_translation_gives_no_finding(tmp_path: Path, language: str) -> None:
    assert _findings(tmp_path, language) == []


@pytest.mark.parametrize("language", _LANGUAGES)
def test_translation_changing_the_age_bound_is_reported(tmp_path: Path, language: str) -> None:
    found = _findings(tmp_path, language, age=16)
    assert [f.rule for f in found] == ["LA001"]
    assert "16" in found[0].message and "18" in found[0].message


@pytest.mark.parametrize("language", _LANGUAGES)
def test_translation_dropping_a_contraindication_is_reported(tmp_path: Path, language: str) -> None:
    found = _findings(tmp_path, language, pregnancy=False)
    assert [f.rule for f in found] == ["LA001"]
    assert "pregnancy" in found[0].message


@pytest.mark.parametrize("language", _LANGUAGES)
def test_translation_admitting_home_use_is_reported(tmp_path: Path, language: str) -> None:
    found = _findings(tmp_path, language, home=True)
    assert [f.rule for f in found] == ["CS001"]


@pytest.mark.parametrize("language", _LANGUAGES)
def test_translation_adding_a_population_group_is_reported(tmp_path: Path, language: str) -> None:
    found = _findings(tmp_path, language, children=True)
    assert found and {f.rule for f in found} <= {"LA001", "PO001", "PO002"}
    assert any("child" in f.message.lower() for f in found)
