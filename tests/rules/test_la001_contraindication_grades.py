"""LA001: a contraindication whose grade of severity differs between language versions (a
translation that contraindicates only the severe form excludes fewer patients)."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check


def _la001(tmp_path: Path, files: dict[str, str]) -> list:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == "LA001"]


_EN = ("# Instructions for Use\n\n## Indications\nThe pump is indicated for haemodynamic support "
       "in cardiogenic shock.\n\n## Contraindications\n- Moderate or severe aortic regurgitation\n"
       "- Uncontrolled sepsis\n")


@pytest.mark.parametrize("name, text", [
    ("IFU_de.md", "## Indikationen\nDie Pumpe ist indiziert zur hämodynamischen Unterstützung bei "
                  "kardiogenem Schock.\n\n## Kontraindikationen\n- Schwere Aorteninsuffizienz\n"
                  "- Unkontrollierte Sepsis\n"),
    ("IFU_fr.md", "## Indications\nLa pompe est indiquée pour l'assistance hémodynamique en cas de "
                  "choc cardiogénique.\n\n## Contre-indications\n- Insuffisance aortique sévère\n"
                  "- Sepsis non contrôlé\n"),
    ("IFU_it.md", "## Indicazioni\nLa pompa è indicata per il supporto emodinamico nello shock "
                  "cardiogeno.\n\n## Controindicazioni\n- Insufficienza aortica grave\n"
                  "- Sepsi non controllata\n"),
])
def test_a_translation_contraindicating_only_the_severe_form(tmp_path: Path, name: str, text: str) -> None:
    findings = _la001(tmp_path, {"IFU_en.md": _EN, name: "# IFU\n\n" + text})
    assert any(f.severity.value == "major" and "grade a contraindication differently" in f.message
               and "excludes fewer patients" in f.message for f in findings)


def test_the_same_grade_is_silent(tmp_path: Path) -> None:
    text = ("# IFU\n\n## Indikationen\nDie Pumpe ist indiziert zur hämodynamischen Unterstützung bei "
            "kardiogenem Schock.\n\n## Kontraindikationen\n- Mittelgradige oder schwere "
            "Aorteninsuffizienz\n- Unkontrollierte Sepsis\n")
    findings = _la001(tmp_path, {"IFU_en.md": _EN, "IFU_de.md": text})
    assert not any("grade a contraindication" in f.message for f in findings)
