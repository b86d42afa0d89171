"""LA001 on Polish, Danish and Czech IFUs (headings, conditions, population groups, negations)
and on an indication whose grade of severity admits more in one language than in another."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract.intended_use import (CONTRAINDICATIONS, INDICATIONS, INTENDED_PURPOSE,
                                             WARNINGS, heading_kinds, vocabulary)
from panelproof.extract.population import find_groups
from panelproof.pipeline import run_check


def _la001(tmp_path: Path, files: dict[str, str]) -> list:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == "LA001"]


# --- headings ----------------------------------------------------------------------------------

@pytest.mark.parametrize("heading, kind", [
    ("Wskazania", INDICATIONS), ("3. Wskazania do stosowania", INDICATIONS),
    ("Przeciwwskazania", CONTRAINDICATIONS), ("4.2 Przeciwwskazania", CONTRAINDICATIONS),
    ("Ostrzeżenia", WARNINGS), ("Ostrzeżenia i środki ostrożności", WARNINGS),
    ("Przeznaczenie", INTENDED_PURPOSE),
    ("Indikationer", INDICATIONS), ("2 Kontraindikationer", CONTRAINDICATIONS),
    ("Advarsler", WARNINGS), ("Tilsigtet anvendelse", INTENDED_PURPOSE),
    ("Indikace", INDICATIONS), ("5. Kontraindikace", CONTRAINDICATIONS),
    ("Varování", WARNINGS), ("Určený účel", INTENDED_PURPOSE),
    ("Indikace a kontraindikace", INDICATIONS),
    # plain-language questions (knowledge/vocabulary/question_headings.yaml)
    ("Kto nie powinien stosować wyrobu?", CONTRAINDICATIONS),
    ("Hvem må ikke bruge enheden?", CONTRAINDICATIONS),
    ("Kdo nesmí prostředek používat?", CONTRAINDICATIONS),
    ("3. Do czego służy wkładka?", INTENDED_PURPOSE),
    ("Hvad bruges enheden til?", INTENDED_PURPOSE),
    ("K čemu slouží prostředek?", INTENDED_PURPOSE),
])
def test_polish_danish_czech_headings(heading: str, kind: str) -> None:
    assert kind in heading_kinds(heading)


@pytest.mark.parametrize("heading", ["Dane techniczne", "Rengøring", "Skladování a přeprava",
                                     "Bibliografia", "Wskazanie poziomu naładowania baterii",
                                     "Indikation af batteristatus", "Kto produkuje wyrób?",
                                     "Kdy byl prostředek vyroben?"])
def test_other_headings_announce_no_intended_use(heading: str) -> None:
    assert not heading_kinds(heading) & {INDICATIONS, CONTRAINDICATIONS, INTENDED_PURPOSE}


# --- vocabulary --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, concept", [
    ("Potwierdzona lub podejrzewana ciąża", "pregnancy"),
    ("Kendt eller formodet graviditet", "pregnancy"),
    ("Těhotenství nebo podezření na těhotenství", "pregnancy"),
    ("Stwierdzona alergia na miedź", "material_allergy"),
    ("Kendt allergi over for kobber", "material_allergy"),
    ("Známá alergie na měď", "material_allergy"),
    ("Nowotwór złośliwy macicy", "malignancy"),
    ("Skaza krwotoczna lub zaburzenia krzepnięcia", "bleeding_disorder"),
    ("Blødningsforstyrrelser", "bleeding_disorder"),
    ("Porucha srážlivosti krve", "bleeding_disorder"),
    ("Ostre zapalenie narządów miednicy mniejszej", "pelvic_inflammatory_disease"),
    ("Akut underlivsbetændelse", "pelvic_inflammatory_disease"),
    ("Antykoncepcja awaryjna", "emergency_contraception"),
    ("Nødprævention inden for 5 dage", "emergency_contraception"),
    ("Nouzová antikoncepce", "emergency_contraception"),
    ("It is not for emergency contraception", "emergency_contraception"),
    ("Niewydolność serca", "heart_failure"),
    ("Hjertesvigt", "heart_failure"),
    ("Srdeční selhání", "heart_failure"),
    ("Obturacyjny bezdech senny", "obstructive_sleep_apnoea"),
    ("Obstruktiv søvnapnø", "obstructive_sleep_apnoea"),
    ("Neléčený pneumotorax", "pneumothorax"),
    ("Odleżyny", "pressure_ulcers"),
    ("Tryksår", "pressure_ulcers"),
    ("Diabetiske fodsår", "diabetic_foot_ulcers"),
])
def test_polish_danish_czech_conditions(text: str, concept: str) -> None:
    assert concept in {m.id for m in vocabulary("clinical_terms").find(text)}


@pytest.mark.parametrize("text", ["Prawidłowe przechowywanie wyrobu", "Rengør enheden efter brug",
                                  "Návod k použití"])
def test_ordinary_sentences_name_no_condition(text: str) -> None:
    assert not vocabulary("clinical_terms").find(text)


@pytest.mark.parametrize("text, group", [
    ("przeznaczony dla dorosłych pacjentów", "adults"), ("dorośli i młodzież", "adolescents"),
    ("u noworodków i niemowląt", "neonates"), ("stosowanie u dzieci", "children"),
    ("beregnet til voksne", "adults"), ("nyfødte og spædbørn", "infants"), ("børn", "children"),
    ("určen pro dospělé pacienty", "adults"), ("novorozenci a kojenci", "infants"),
    ("děti a dospívající", "paediatric"),
])
def test_polish_danish_czech_population_groups(text: str, group: str) -> None:
    assert group in {g for _, _, g, _ in find_groups(text)}


# --- LA001 on pl / da / cs -----------------------------------------------------------------------

_EN = ("# Instructions for Use\n\n## Intended purpose\nThe HydraFoam dressing is intended for the "
       "management of exuding wounds in adults.\n\n## Indications\n- Venous leg ulcers\n"
       "- Pressure ulcers\n\n## Contraindications\n- Known allergy to silicone\n")


@pytest.mark.parametrize("name, text", [
    ("IFU_pl.md", "# Instrukcja używania\n\n## Przeznaczenie\nOpatrunek HydraFoam jest przeznaczony do "
                  "leczenia ran sączących u dorosłych.\n\n## Wskazania\n- Owrzodzenia żylne podudzi\n"
                  "- Odleżyny\n- Oparzenia\n\n## Przeciwwskazania\n- Znana alergia na silikon\n"),
    ("IFU_da.md", "# Brugsanvisning\n\n## Tilsigtet anvendelse\nHydraFoam er beregnet til behandling af "
                  "væskende sår hos voksne.\n\n## Indikationer\n| Indikation |\n|---|\n| Venøse bensår |\n"
                  "| Tryksår |\n| Forbrændinger |\n\n## Kontraindikationer\n- Kendt allergi over for silikone\n"),
    ("IFU_cs.md", "# Návod k použití\n\nUrčený účel: Krytí HydraFoam je určeno k ošetřování secernujících "
                  "ran u dospělých.\n\nIndikace: žilní bércové vředy, proleženiny a popáleniny.\n\n"
                  "Kontraindikace:\n1. Známá alergie na silikon\n"),
])
def test_la001_translation_adds_an_indication(tmp_path: Path, name: str, text: str) -> None:
    findings = _la001(tmp_path, {"IFU_en.md": _EN, name: text})
    assert any(f.severity.value == "major" and "burns" in f.message for f in findings)


@pytest.mark.parametrize("name, text", [
    ("IFU_pl.md", "# Instrukcja używania\n\n## Przeznaczenie\nOpatrunek HydraFoam jest przeznaczony do "
                  "leczenia ran sączących u dorosłych.\n\n## Wskazania\n- Owrzodzenia żylne podudzi\n"
                  "- Odleżyny\n\nOpatrunek nie jest przeznaczony do leczenia oparzeń.\n\n"
                  "## Przeciwwskazania\n- Znana alergia na silikon\n"),
    ("IFU_da.md", "# Brugsanvisning\n\n## Tilsigtet anvendelse\nHydraFoam er beregnet til behandling af "
                  "væskende sår hos voksne.\n\n## Indikationer\n| Indikation |\n|---|\n| Venøse bensår |\n"
                  "| Tryksår |\n\n## Kontraindikationer\n- Kendt allergi over for silikone\n"),
    ("IFU_cs.md", "# Návod k použití\n\nUrčený účel: Krytí HydraFoam je určeno k ošetřování secernujících "
                  "ran u dospělých.\n\nIndikace: žilní bércové vředy a proleženiny.\n\n"
                  "Kontraindikace:\n1. Známá alergie na silikon\n"),
])
def test_la001_faithful_translation_is_silent(tmp_path: Path, name: str, text: str) -> None:
    assert not [f for f in _la001(tmp_path, {"IFU_en.md": _EN, name: text}) if f.severity.value == "major"]


# --- severity qualifiers -------------------------------------------------------------------------

_EN_SEVERE = ("# Instructions for Use\n\n## Indications\nThe system is indicated for patients with "
              "symptomatic severe aortic stenosis.\n")


@pytest.mark.parametrize("name, indication", [
    ("IFU_es.md", "## Indicaciones\nEl sistema está indicado para pacientes con estenosis aórtica "
                  "sintomática moderada o severa.\n"),
    ("IFU_fr.md", "## Indications\nLe système est indiqué chez les patients atteints d'une sténose "
                  "aortique symptomatique modérée à sévère.\n"),
    ("IFU_de.md", "## Indikationen\nDas System ist indiziert bei Patienten mit symptomatischer "
                  "mittelgradiger oder hochgradiger Aortenstenose.\n"),
    ("IFU_it.md", "## Indicazioni\nIl sistema è indicato per pazienti con stenosi aortica sintomatica "
                  "moderata o grave.\n"),
    ("IFU_nl.md", "## Indicaties\nHet systeem is geïndiceerd voor patiënten met symptomatische matige "
                  "tot ernstige aortastenose.\n"),
])
def test_la001_milder_grade_admitted_in_one_language(tmp_path: Path, name: str, indication: str) -> None:
    findings = _la001(tmp_path, {"IFU_en.md": _EN_SEVERE, name: "# IFU\n\n" + indication})
    assert any(f.severity.value == "major" and "graded moderate" in f.message for f in findings)


@pytest.mark.parametrize("name, indication", [
    ("IFU_es.md", "## Indicaciones\nEl sistema está indicado para pacientes con estenosis aórtica "
                  "grave sintomática.\n"),
    ("IFU_fr.md", "## Indications\nLe système est indiqué chez les patients atteints d'une sténose "
                  "aortique sévère symptomatique.\n"),
    ("IFU_de.md", "## Indikationen\nDas System ist indiziert bei Patienten mit symptomatischer "
                  "hochgradiger Aortenstenose.\n"),
    ("IFU_it.md", "## Indicazioni\nIl sistema è indicato per pazienti con stenosi aortica grave "
                  "sintomatica.\n"),
    ("IFU_nl.md", "## Indicaties\nHet systeem is geïndiceerd voor patiënten met symptomatische "
                  "ernstige aortastenose.\n"),
    ("IFU_fr.md", "## Indications\nLe système est indiqué en cas de rétrécissement aortique serré "
                  "symptomatique.\n"),
    # no grade at all: neither states nor contradicts one
    ("IFU_de.md", "## Indikationen\nDas System ist indiziert bei Patienten mit symptomatischer "
                  "Aortenstenose.\n"),
])
def test_la001_same_grade_is_silent(tmp_path: Path, name: str, indication: str) -> None:
    assert not _la001(tmp_path, {"IFU_en.md": _EN_SEVERE, name: "# IFU\n\n" + indication})
