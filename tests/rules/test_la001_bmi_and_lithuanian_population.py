"""LA001: a language version that changes the BMI bound of the target population, stated in a
population section with no word of intent ("2. Object patient", "Populația de pacienți"), or
that adds children to an adult population in Lithuanian."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract import indication_measures
from panelproof.extract.common import ExtractionContext
from panelproof.extract.indication_measures import measures_in
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text
from panelproof.pipeline import run_check


@pytest.mark.parametrize(("text", "low"), [
    ("adults with a body mass index (BMI) of 40 kg/m² or more", 40),
    ("Obesity with type 2 diabetes, when BMI is 35 kg/m2 or more", 35),
    ("Adulți cu un indice de masă corporală (IMC) de 30 kg/m² sau mai mult", 30),
    ("felnőttek, akiknek testtömegindexe (BMI) legalább 40 kg/m²", 40),
    ("adultos com índice de massa corporal (IMC) igual ou superior a 35 kg/m²", 35),
    ("dorośli z wskaźnikiem masy ciała (BMI) co najmniej 40 kg/m²", 40),
    ("suaugusieji, kurių kūno masės indeksas (KMI) ne mažiau kaip 35 kg/m²", 35),
])
def test_bmi_lower_bound_in_several_languages(text, low):
    assert [(v.measure, v.low, v.high) for _, _, v in measures_in(text)] == [("bmi", low, None)]


@pytest.mark.parametrize(("text", "path"), [
    ("# IFU\n\n## 2. Object patient\n\nAdults from 18 to 65 years with a body mass index (BMI) of "
     "40 kg/m² or more.\n", "IFU_en.md"),
    ("# IFU\n\n## Target population\n\nAdults with BMI ≥ 40 kg/m².\n", "IFU_en.md"),
    ("# Instrucțiuni\n\n## 2. Populația de pacienți\n\nAdulți cu vârsta între 18 și 65 de ani cu un "
     "indice de masă corporală (IMC) de 40 kg/m² sau mai mult.\n", "IFU_ro.md"),
])
def test_a_population_section_states_the_bmi_bound(text, path):
    document = document_from_text(text, path, language=path[4:6])
    found = [f.value for f in indication_measures.extract(document, ExtractionContext())
             if f.kind is FactKind.INDICATION_MEASURE]
    assert [(v.measure, v.low) for v in found] == [("bmi", 40)]


def test_a_population_section_reads_no_disease_measure_without_intent():
    document = document_from_text("# IFU\n\n## Patient population\n\nPatients had an AHI of 30 events/h "
                                  "on average.\n", "IFU_en.md")
    assert not list(indication_measures.extract(document, ExtractionContext()))


EN = ("# Instructions for use – SlimRing band\n\n## 2. Object patient\n\nAdults from 18 to 65 years of "
      "age with a body mass index (BMI) of 40 kg/m² or more.\n")
RO = ("# Instrucțiuni de utilizare – SlimRing band\n\n## 2. Populația de pacienți\n\nAdulți cu vârsta "
      "între 18 și 65 de ani cu un indice de masă corporală (IMC) de {bmi} kg/m² sau mai mult.\n")


def _language_findings(tmp_path: Path, files: dict[str, str]):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == "LA001"]


def test_romanian_ifu_lowering_the_bmi_bound_is_reported(tmp_path: Path) -> None:
    found = _language_findings(tmp_path, {"IFU_en.md": EN, "IFU_ro.md": RO.format(bmi=30)})
    assert any("30" in f.message and "40" in f.message for f in found)


def test_romanian_ifu_with_the_same_bmi_bound_is_no_finding(tmp_path: Path) -> None:
    assert _language_findings(tmp_path, {"IFU_en.md": EN, "IFU_ro.md": RO.format(bmi=40)}) == []


EN_ADULTS = ("# Instructions for use – TipSense catheter\n\n## 2. Object patient\n\n"
             "Adult patients (18 years or older).\n")


@pytest.mark.parametrize("lithuanian", [
    "Suaugę pacientai (18 metų ir vyresni) ir vaikai nuo 12 metų, sveriantys daugiau kaip 40 kg.",
    "Suaugusieji ir vaikai nuo 12 metų.",
    "Suaugę pacientai ir paaugliai nuo 14 metų.",
])
def test_lithuanian_ifu_adding_children_is_reported(tmp_path: Path, lithuanian: str) -> None:
    lt = ("# Naudojimo instrukcija – TipSense catheter\n\n## 2. Pacientų populiacija\n\n"
          + lithuanian + "\n")
    found = _language_findings(tmp_path, {"IFU_en.md": EN_ADULTS, "IFU_lt.md": lt})
    assert found and all("IFU_lt.md" in {loc.document for loc in f.locations} for f in found)


def test_lithuanian_ifu_with_the_same_adults_is_no_finding(tmp_path: Path) -> None:
    lt = ("# Naudojimo instrukcija – TipSense catheter\n\n## 2. Pacientų populiacija\n\n"
          "Suaugę pacientai (18 metų ir vyresni).\n")
    assert _language_findings(tmp_path, {"IFU_en.md": EN_ADULTS, "IFU_lt.md": lt}) == []


EN_FROM_1 = ("# Instructions for use – MistCup nebuliser\n\n## 2. Object patient\n\nAdults and children "
             "from 1 year of age. Children under 4 years use the child mask with the help of a caregiver.\n")


@pytest.mark.parametrize(("name", "text"), [
    ("IFU_ro.md", "# Instrucțiuni de utilizare – MistCup nebuliser\n\n## 2. Populația de pacienți\n\n"
                  "Adulți și copii cu vârsta de la 1 an. Copiii sub 4 ani folosesc masca pentru copii "
                  "cu ajutorul unui îngrijitor.\n"),
    ("IFU_lt.md", "# Naudojimo instrukcija – MistCup nebuliser\n\n## 2. Pacientų populiacija\n\n"
                  "Suaugusieji ir vaikai nuo 1 metų. Jaunesni nei 4 metų vaikai naudoja vaikišką kaukę "
                  "padedami globėjo.\n"),
])
def test_a_subgroup_above_the_floor_widens_no_population(tmp_path: Path, name: str, text: str) -> None:
    assert _language_findings(tmp_path, {"IFU_en.md": EN_FROM_1, name: text}) == []


def test_a_group_below_the_floor_still_widens_the_population(tmp_path: Path) -> None:
    en = ("# Instructions for use – MistCup nebuliser\n\n## 2. Object patient\n\n"
          "Adults from 18 years of age.\n")
    ro = ("# Instrucțiuni de utilizare – MistCup nebuliser\n\n## 2. Populația de pacienți\n\n"
          "Adulți cu vârsta de la 18 ani. Copiii sub 12 ani folosesc masca pentru copii.\n")
    assert _language_findings(tmp_path, {"IFU_en.md": en, "IFU_ro.md": ro})
