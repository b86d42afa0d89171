"""A group word that qualifies a thing (a sensor, a cuff, a mode, the skin, a registry, a
study) names a product variant, a setting or a document, not the intended population; a group
word that qualifies persons or their use still states it."""

from __future__ import annotations

import pytest

from panelproof.extract import population
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def _groups(text: str, heading: str = "Intended purpose", role: Role = Role.IFU,
            language: str = "en") -> list[str]:
    document = document_from_text(f"# Document\n\n## {heading}\n\n{text}\n", "doc.md", role=role,
                                  language=language)
    return [f.value.id for f in population.extract(document, ExtractionContext())
            if f.kind is FactKind.POPULATION_GROUP]


@pytest.mark.parametrize("sentence, language", [
    ("The follow-up focuses on paediatric cuff fit and inflation pressure.", "en"),
    ("Adult probe accuracy was verified on the bench.", "en"),
    ("Interim results of the infant pressure-injury registry are expected in March.", "en"),
    ("The neonatal and paediatric breathing circuits were validated separately.", "en"),
    ("Alarm limits: the neonatal preset is 85 %, the adult default 90 %.", "en"),
    ("Summary of the paediatric validation study is acceptable.", "en"),
    ("Check the neonatal skin under the electrode every shift.", "en"),
    ("Le rapport du registre pédiatrique est attendu en 2026.", "fr"),
    ("Les capteurs néonatals et pédiatriques sont à usage unique.", "fr"),
    ("Il sensore neonatale va sostituito ogni 24 ore.", "it"),
    ("Der pädiatrische Modus begrenzt den Spitzendruck.", "de"),
    ("Den neonatala sensorn byts var 24:e timme.", "sv"),
])
def test_a_group_word_qualifying_a_thing_names_no_population(sentence, language):
    # a remark in a table row of a population section needs no cue word to be read
    row = f"| Item | Remark |\n|---|---|\n| 1 | {sentence} |"
    assert _groups(row, heading="Target population", role=Role.CEAR, language=language) == []


@pytest.mark.parametrize("sentence, expected", [
    ("The device is intended for paediatric patients and adults.", {"paediatric", "adults"}),
    ("Intended for paediatric use in hospitals.", {"paediatric"}),
    ("Neonates requiring ventilation modes with high rates are included.", {"neonates"}),
    ("For adults, paediatric sensors are available separately.", {"adults"}),
    ("Le dispositif est destiné aux enfants et aux adultes.", {"children", "adults"}),
    ("Adults and children: use the adult or paediatric cuff.", {"adults", "children"}),
])
def test_a_group_word_qualifying_persons_still_states_the_population(sentence, expected):
    language = "fr" if sentence.startswith("Le ") else "en"
    assert set(_groups(sentence, language=language)) == expected


@pytest.mark.parametrize("sentence, language", [
    ("Each unit ships with adult and paediatric earhooks.", "en"),
    ("For small ears the paediatric ear-hooks and domes are supplied.", "en"),
    ("The neonatal catheters have a 1 mm shorter tip.", "en"),
    ("Paediatric sheaths are marked in blue.", "en"),
    ("Der pädiatrische Ohrhaken verhindert das Abrutschen.", "de"),
    ("Le crochet pédiatrique est livré avec l'appareil.", "fr"),
    ("El catéter pediátrico se suministra estéril.", "es"),
])
def test_a_group_word_qualifying_a_device_part_names_no_population(sentence, language):
    assert _groups(sentence, heading="Device description", role=Role.CER,
                   language=language) == []


@pytest.mark.parametrize("sentence, language", [
    ("The hearing aid is intended for paediatric patients with moderate hearing loss.", "en"),
    ("The catheter is intended for paediatric and adult patients.", "en"),
])
def test_a_group_word_qualifying_patients_still_names_them(sentence, language):
    assert "paediatric" in _groups(sentence, language=language)
