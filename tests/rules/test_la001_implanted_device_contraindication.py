"""LA001: the contraindication of an implanted electronic device (pacemaker, ICD,
neurostimulator) in many languages, and a version that leaves it out. Examples in brackets
after the item ("(pacemaker, ICD, cochlear implant)") narrow nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract.intended_use import vocabulary
from panelproof.pipeline import run_check


@pytest.mark.parametrize(("text", "language"), [
    ("Implanted electronic devices (pacemaker, ICD, neurostimulator)", "en"),
    ("Geïmplanteerde elektronische hulpmiddelen", "nl"),
    ("Vsajene elektronske naprave (srčni spodbujevalnik)", "sl"),
    ("Aktive Implantate wie Herzschrittmacher", "de"),
    ("Dispositivi elettronici impiantati", "it"),
    ("Implantované elektronické prostředky", "cs"),
    ("Implanterade elektroniska enheter", "sv"),
    ("Εμφυτευμένες ηλεκτρονικές συσκευές", "el"),
])
def test_terms(text, language):
    assert "implanted_electronic_device" in {m.id for m in vocabulary("clinical_terms").find(text, language=language)}


def _la001(tmp_path: Path, files: dict[str, str]) -> list:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == "LA001"]


_EN = ("# Instructions for Use\n\n## Indications\nThe stimulator is indicated for the treatment of "
       "insomnia in adults.\n\n## Contraindications\n- Implanted electronic devices (pacemaker, "
       "implantable cardioverter-defibrillator, cochlear implant)\n- Pregnancy\n")


@pytest.mark.parametrize("name, text", [
    ("IFU_sl.md", "# Navodila za uporabo\n\n## Indikacije\nStimulator je indiciran za zdravljenje "
                  "nespečnosti pri odraslih.\n\n## Kontraindikacije\n- Nosečnost\n"),
    # an item the vocabulary does not know beside it: the bracketed examples of the English
    # item do not make it a longer item that this one could translate
    ("IFU_sl.md", "# Navodila za uporabo\n\n## Indikacije\nStimulator je indiciran za zdravljenje "
                  "nespečnosti pri odraslih.\n\n## Kontraindikacije\n- Akutne samomorilne misli ali "
                  "psihoza\n- Nosečnost\n"),
    ("IFU_fr.md", "# Mode d'emploi\n\n## Indications\nLe stimulateur est indiqué pour le traitement "
                  "de l'insomnie chez l'adulte.\n\n## Contre-indications\n- Grossesse\n"),
])
def test_a_version_without_it_is_reported(tmp_path: Path, name: str, text: str) -> None:
    findings = _la001(tmp_path, {"IFU_en.md": _EN, name: text})
    assert any("implanted electronic device" in f.message and f.severity.value == "major"
               for f in findings), [f.message for f in findings]


def test_a_version_with_it_is_silent(tmp_path: Path) -> None:
    text = ("# Navodila za uporabo\n\n## Indikacije\nStimulator je indiciran za zdravljenje "
            "nespečnosti pri odraslih.\n\n## Kontraindikacije\n- Vsajene elektronske naprave\n- Nosečnost\n")
    findings = _la001(tmp_path, {"IFU_en.md": _EN, "IFU_sl.md": text})
    assert not any("implanted electronic device" in f.message for f in findings)
