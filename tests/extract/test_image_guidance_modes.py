"""Image guidance (ultrasound, stereotactic, MRI, CT) is a mode of use: an IFU that adds MRI
guidance to the ultrasound and stereotactic guidance the CER evaluated states another mode."""

from __future__ import annotations

import pytest

from panelproof.extract.intended_use import extract
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text
from panelproof.pipeline import run_check


def _modes(sentence: str, language: str = "en") -> set[str]:
    text = f"# IFU\n\n## Intended purpose\n\n{sentence}\n"
    document = document_from_text(text, f"IFU_{language}.md", language=language)
    return {f.value.id for f in extract(document) if f.kind is FactKind.INTERFACE}


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    ("The system obtains breast tissue samples under ultrasound, stereotactic (mammography) or MRI guidance.",
     "en", {"ultrasound_guidance", "stereotactic_guidance", "mri_guidance"}),
    ("Biopsy needle for CT-guided or ultrasound-guided percutaneous lung biopsy.", "en",
     {"ct_guidance", "ultrasound_guidance"}),
    ("Système de biopsie échoguidée ou guidée par IRM du sein.", "fr", {"ultrasound_guidance", "mri_guidance"}),
    ("Zur ultraschallgesteuerten oder stereotaktischen Biopsie der Brust.", "de",
     {"ultrasound_guidance", "stereotactic_guidance"}),
    ("Sistema per biopsia mammaria sotto guida ecografica o stereotassica.", "it",
     {"ultrasound_guidance", "stereotactic_guidance"}),
    ("хистологична диагноза, под ехографски, стереотаксичен (мамографски) или ЯМР контрол.", "bg",
     {"ultrasound_guidance", "stereotactic_guidance", "mri_guidance"}),
])
def test_guidance_modalities_are_modes_of_use(sentence, language, expected):
    assert expected <= _modes(sentence, language)


def test_ifu_adding_mri_guidance_differs_from_the_cer(tmp_path):
    purpose = "The VacuCore system obtains breast tissue samples for histology {guidance}."
    (tmp_path / "CER.md").write_text(
        "# Clinical evaluation report – VacuCore\n\n## Intended purpose\n\n"
        + purpose.format(guidance="under ultrasound or stereotactic guidance") + "\n", encoding="utf-8")
    (tmp_path / "IFU_en.md").write_text(
        "# Instructions for use – VacuCore\n\n## Intended purpose\n\n"
        + purpose.format(guidance="under ultrasound, stereotactic or MRI guidance") + "\n", encoding="utf-8")
    findings = [f for f in run_check([tmp_path], workers=1).findings if f.rule == "IU003"]
    assert len(findings) == 1 and "MRI" in findings[0].message


@pytest.mark.parametrize(("sentence", "language", "expected"), [
    ("Restricția se reglează prin portul de acces subcutanat.", "ro", "subcutaneous"),
    ("Рестрикцията се регулира през подкожния порт за достъп.", "bg", "subcutaneous"),
    ("A szűkület a bőr alatti porton keresztül állítható.", "hu", "subcutaneous"),
    ("A sáv laparoszkópos beültetésre szolgál.", "hu", "laparoscopic"),
    ("Páska sa zavádza laparoskopicky.", "sk", "laparoscopic"),
    ("Das Produkt dient zur Drainage unter Ultraschall- und/oder Durchleuchtungskontrolle.", "de",
     "ultrasound_guidance"),
    ("sob orientação ecográfica, estereotáxica (mamografia) ou por ressonância magnética.", "pt",
     "mri_guidance"),
])
def test_modes_in_more_languages(sentence, language, expected):
    assert expected in _modes(sentence, language)
