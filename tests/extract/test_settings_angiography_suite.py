"""An angiography suite is a hospital room (the radiology counterpart of the catheterisation
laboratory): a translation that names it with an outpatient centre, without the word
"hospital", still names a hospital setting."""

from __future__ import annotations

import pytest

from panelproof.extract.model import FactKind
from panelproof.extract.settings import extract
from panelproof.ingest.text import document_from_text
from panelproof.pipeline import run_check


@pytest.mark.parametrize(("text", "language"), [
    ("Use in an angiography suite or an outpatient vascular access centre.", "en"),
    ("Sala de angiografía o centro ambulatorio con fluoroscopia.", "es"),
    ("Angiografilaboratorium eller poliklinisk senter med gjennomlysning.", "no"),
    ("Im Angiographieraum oder in einem ambulanten Gefäßzentrum.", "de"),
    ("In sala angiografica o in un centro ambulatoriale.", "it"),
])
def test_angiography_suite_is_a_hospital_setting(text, language):
    document = document_from_text(f"# IFU\n\n## Use environment\n\n{text}\n", "IFU.md", language=language)
    ids = {f.value.id for f in extract(document) if f.kind is FactKind.CARE_SETTING}
    assert "catheterisation_laboratory" in ids


def test_translation_naming_the_suite_without_the_word_hospital_agrees(tmp_path):
    head = "# {t} – VenaLink\n\n## Use environment\n\n{s}\n"
    (tmp_path / "IFU_en.md").write_text(head.format(
        t="Instructions for use", s="Hospital angiography suite or outpatient vascular access center."), encoding="utf-8")
    (tmp_path / "IFU_es.md").write_text(head.format(
        t="Instrucciones de uso", s="Sala de angiografía o centro ambulatorio con fluoroscopia."), encoding="utf-8")
    assert not [f for f in run_check([tmp_path], workers=1).findings if f.rule == "CS001"]


@pytest.mark.parametrize(("text", "language", "heading"), [
    ("Urológ v nemocnici alebo v centre jednodňovej chirurgie.", "sk", "Používatelia a prostredie použitia"),
    ("Urolog v nemocnici nebo v centru jednodenní chirurgie.", "cs", "Uživatelé a prostředí použití"),
    ("Urolog u bolnici ili u centru jednodnevne kirurgije.", "hr", "Korisnici i okruženje"),
])
def test_day_surgery_centres_in_inflected_forms_are_outpatient(text, language, heading):
    document = document_from_text(f"# IFU\n\n## {heading}\n\n{text}\n", "IFU.md", language=language)
    ids = {f.value.id for f in extract(document) if f.kind is FactKind.CARE_SETTING}
    assert {"hospital", "outpatient"} <= ids


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Vyškolení ORL chirurgovia na operačnej sále alebo v jednodňovej chirurgii.", "sk", {"operating_room", "outpatient"}),
    ("ENT surgeons in hospital operating theatres or ENT day-surgery suites.", "en", {"operating_room", "outpatient"}),
    ("Chirurgi instruiți, în sala de operație.", "ro", {"operating_room"}),
])
def test_operating_rooms_and_day_surgery_suites(text, language, expected):
    document = document_from_text(f"# IFU\n\n## Use environment\n\n{text}\n", "IFU.md", language=language)
    ids = {f.value.id for f in extract(document) if f.kind is FactKind.CARE_SETTING}
    assert expected <= ids
