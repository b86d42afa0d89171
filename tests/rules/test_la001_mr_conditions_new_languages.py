"""LA001 MR conditions in languages whose words for "MR Conditional" and the examination the
warnings vocabulary did not know (Hungarian, Czech, Slovak, Romanian, Estonian, Finnish, Swedish,
Greek, Bulgarian): their own statement of the conditions must be read, not only a technical-data
row copied in English."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check

_ENGLISH = ("# Instructions for Use\n\n## Technical data\n\n| Item | Value |\n|---|---|\n"
            "| MRI | MR conditional 3T (see section 6) |\n\n## 6 Precautions\n"
            "- MR conditional: 3T or 1.5T, max. whole-body SAR 2 W/kg, 15 minutes scanning.\n")

# (language, title, precautions heading, the version's own MR statement: 3 T and 1.5 T)
_AGREEING = [
    ("hu", "Használati utasítás", "6 Óvintézkedések", "MR-kondicionális: 3T vagy 1,5T, max. SAR 2 W/kg."),
    ("cs", "Návod k použití", "6 Bezpečnostní opatření", "Podmíněně bezpečné v MR: 3T nebo 1,5T, SAR max. 2 W/kg."),
    ("sk", "Návod na použitie", "6 Bezpečnostné opatrenia", "Podmienečne bezpečné v MR: 3 T alebo 1,5 T, SAR max. 2 W/kg."),
    ("et", "Kasutusjuhend", "6 Ettevaatusabinõud", "MR-tingimuslik: 3 T või 1,5 T, SAR kuni 2 W/kg."),
    ("fi", "Käyttöohjeet", "6 Varotoimet", "MR-ehdollinen: magneettikuvaus 3 T tai 1,5 T, SAR enintään 2 W/kg."),
    ("sv", "Bruksanvisning", "6 Försiktighetsåtgärder", "MR-villkorlig: MR-undersökning vid 3 T eller 1,5 T, SAR högst 2 W/kg."),
    ("el", "Οδηγίες χρήσης", "6 Προφυλάξεις", "Μαγνητική τομογραφία υπό όρους: 3 T ή 1,5 T, SAR έως 2 W/kg."),
    ("bg", "Инструкции за употреба", "6 Предпазни мерки", "Условно безопасен при ЯМР: 3 T или 1,5 T, SAR до 2 W/kg."),
]


def _version(title: str, heading: str, statement: str) -> str:
    return (f"# {title}\n\n## Technical data\n\n| Item | Value |\n|---|---|\n"
            f"| MRI | MR conditional 3T (see section 6) |\n\n## {heading}\n- {statement}\n")


def _mr_findings(tmp_path: Path, language: str, text: str):
    (tmp_path / "IFU_en.md").write_text(_ENGLISH, encoding="utf-8")
    (tmp_path / f"IFU_{language}.md").write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1, select={"LA001"}).findings
            if f.rule == "LA001" and "MR conditions" in f.message]


@pytest.mark.parametrize(("language", "title", "heading", "statement"), _AGREEING)
def test_a_translation_stating_the_same_field_strengths_in_its_own_words_agrees(
        tmp_path, language, title, heading, statement):
    assert _mr_findings(tmp_path, language, _version(title, heading, statement)) == []


@pytest.mark.parametrize(("language", "title", "heading", "statement"), [
    ("hu", "Használati utasítás", "6 Óvintézkedések", "MR-kondicionális: csak 1,5T, max. SAR 2 W/kg."),
    ("sk", "Návod na použitie", "6 Bezpečnostné opatrenia", "Vyšetrenie MR len pri 1,5 T."),
    ("fi", "Käyttöohjeet", "6 Varotoimet", "Magneettikuvaus vain 1,5 T:n laitteella."),
])
def test_a_translation_limiting_the_field_strength_in_its_own_words_differs(
        tmp_path, language, title, heading, statement):
    # no copied English row: the translation's own words are all it says about MR
    text = f"# {title}\n\n## {heading}\n- {statement}\n"
    assert _mr_findings(tmp_path, language, text)
