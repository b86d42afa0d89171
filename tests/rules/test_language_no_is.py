"""LA001, PO00x and CS001 between an English IFU and its Norwegian (Bokmål) or Icelandic version:
a faithful translation gives no finding; one that changes the age bound, adds an indication or a
population group, drops a contraindication or admits home use does. Icelandic has no langdetect
profile: it is known from the file name ("IFU_IS.md") only."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check

_EN = """# Instructions for Use – HydroHeal dressing

## Intended purpose
The HydroHeal dressing is intended for the management of chronic wounds such as diabetic foot ulcers and venous leg ulcers in adult patients aged 18 years and older.

## Contraindications
- Known allergy to silver
- Active infection at the wound site
- Pregnancy
- Bleeding disorders

## Use environment
For use in hospitals and intensive care units only. Not intended for home use.
"""

_TRANSLATIONS = {
    "no": """# Bruksanvisning – HydroHeal bandasje

## Tiltenkt bruk
HydroHeal-bandasjen er beregnet for behandling av kroniske sår som diabetiske fotsår og venøse leggsår{indication} hos voksne pasienter fra {age} år.{group}

## Kontraindikasjoner
- Kjent allergi mot sølv
- Aktiv infeksjon i sårområdet
{pregnancy}- Blødningsforstyrrelser

## Bruksmiljø
{environment}
""",
    "is": """# Notkunarleiðbeiningar – HydroHeal umbúðir

## Ætluð notkun
HydroHeal umbúðirnar eru ætlaðar til meðferðar á langvinnum sárum eins og sykursýkisfótasárum og bláæðasárum{indication} hjá fullorðnum sjúklingum {age} ára og eldri.{group}

## Frábendingar
- Þekkt ofnæmi fyrir silfri
- Virk sýking á sárasvæðinu
{pregnancy}- Blæðingasjúkdómar

## Notkunarumhverfi
{environment}
""",
}
# an Icelandic IFU whose name does not say its language is known by its letters
_FILE_NAMES = {"no": "IFU_no.md", "is": "IFU_IS.md", "is-unnamed": "IFU_HydroHeal.md"}
_PRESSURE_ULCERS = {"no": " og trykksår", "is": " og þrýstingssárum"}
_CHILDREN = {"no": " Bandasjen kan også brukes hos barn.", "is": " Umbúðirnar má einnig nota hjá börnum."}
_PREGNANCY = {"no": "- Graviditet\n", "is": "- Meðganga\n"}
_HOSPITAL_ONLY = {
    "no": "Kun til bruk på sykehus og intensivavdelinger. Ikke beregnet for hjemmebruk.",
    "is": "Eingöngu til notkunar á sjúkrahúsum og gjörgæsludeildum. Ekki ætlað til heimanotkunar.",
}
_WITH_HOME = {
    "no": "Til bruk på sykehus, intensivavdelinger og hjemme.",
    "is": "Til notkunar á sjúkrahúsum, gjörgæsludeildum og í heimahúsum.",
}
_LANGUAGES = sorted(_FILE_NAMES)
_RULES = {"LA001", "CS001", "PO001", "PO002", "PO003", "PO004", "IU001", "IU002"}


def _findings(tmp_path: Path, language: str, age: int = 18, pregnancy: bool = True,
              home: bool = False, indication: bool = False, children: bool = False) -> list:
    (tmp_path / "IFU_en.md").write_text(_EN, encoding="utf-8")
    name, language = _FILE_NAMES[language], language.split("-")[0]
    text = _TRANSLATIONS[language].format(
        age=age, pregnancy=_PREGNANCY[language] if pregnancy else "",
        indication=_PRESSURE_ULCERS[language] if indication else "",
        group=_CHILDREN[language] if children else "",
        environment=(_WITH_HOME if home else _HOSPITAL_ONLY)[language])
    (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule in _RULES]


@pytest.mark.parametrize("language", _LANGUAGES)
def test_faithful_translation_gives_no_finding(tmp_path: Path, language: str) -> None:
    assert _findings(tmp_path, language) == []


@pytest.mark.parametrize("language", _LANGUAGES)
def test_translation_changing_the_age_bound_is_reported(tmp_path: Path, language: str) -> None:
    found = _findings(tmp_path, language, age=16)
    assert [f.rule for f in found] == ["LA001"]
    assert "16" in found[0].message and "18" in found[0].message


@pytest.mark.parametrize("language", _LANGUAGES)
def test_translation_adding_an_indication_is_reported(tmp_path: Path, language: str) -> None:
    found = _findings(tmp_path, language, indication=True)
    assert [f.rule for f in found] == ["LA001"]
    assert "pressure" in found[0].message


@pytest.mark.parametrize("language", _LANGUAGES)
def test_translation_adding_a_population_group_is_reported(tmp_path: Path, language: str) -> None:
    found = _findings(tmp_path, language, children=True)
    assert found and {f.rule for f in found} <= {"LA001", "PO001", "PO002", "PO003", "PO004"}
    assert any("child" in f.message.lower() for f in found)


@pytest.mark.parametrize("language", _LANGUAGES)
def test_translation_dropping_a_contraindication_is_reported(tmp_path: Path, language: str) -> None:
    found = _findings(tmp_path, language, pregnancy=False)
    assert [f.rule for f in found] == ["LA001"]
    assert "pregnancy" in found[0].message


@pytest.mark.parametrize("language", _LANGUAGES)
def test_translation_admitting_home_use_is_reported(tmp_path: Path, language: str) -> None:
    found = _findings(tmp_path, language, home=True)
    assert [f.rule for f in found] == ["CS001"]
