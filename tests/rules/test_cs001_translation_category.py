"""CS001: a disagreement where only a translation departs from its master is a language finding;
one between the manufacturer's documents stays a care-setting finding."""

from __future__ import annotations

from pathlib import Path

from panelproof.pipeline import run_check

_EN = "# Instructions for use – Nasa HF high-flow system\n## Use environment\nHospital (wards, ICU) and home use.\n"
_FR = ("# Notice d'utilisation – Nasa HF\n## Environnement d'utilisation\nUtilisation exclusivement en milieu "
       "hospitalier ; l'utilisation à domicile n'est pas prévue.\n")
_CER = "# Clinical Evaluation Report – Nasa HF\n## Intended use environment\nFor hospital use only.\n"


def _cs001(tmp_path: Path, files: dict[str, str]) -> list:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return run_check([tmp_path], select={"CS001"}, workers=1).findings


def test_a_translation_restricting_its_master_is_a_language_finding(tmp_path: Path) -> None:
    findings = _cs001(tmp_path, {"IFU_en.md": _EN, "IFU_fr.md": _FR})
    assert [(f.rule, f.category.value) for f in findings] == [("CS001", "language")]


def test_documents_of_different_roles_disagreeing_is_a_care_setting_finding(tmp_path: Path) -> None:
    findings = _cs001(tmp_path, {"IFU_en.md": _EN, "CER.md": _CER})
    assert [(f.rule, f.category.value) for f in findings] == [("CS001", "care-setting")]
