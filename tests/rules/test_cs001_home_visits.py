"""CS001: "midwife home visits" and "visites à domicile des sages-femmes", "postnatal outpatient
clinics" and "consultations postnatales" are the same use environments."""

from __future__ import annotations

from pathlib import Path

from panelproof.pipeline import run_check


def test_home_visits_and_outpatient_clinics_in_two_languages(tmp_path: Path) -> None:
    (tmp_path / "IFU_en.md").write_text(
        "# Instructions for use – Bilo TC\n## Use environment\nMaternity wards, postnatal outpatient clinics and "
        "midwife home visits.\n", encoding="utf-8")
    (tmp_path / "IFU_fr.md").write_text(
        "# Notice d'utilisation – Bilo TC\n## Environnement d'utilisation\nMaternités, consultations postnatales et "
        "visites à domicile des sages-femmes.\n", encoding="utf-8")
    assert run_check([tmp_path], select={"CS001"}, workers=1).findings == []


def test_italian_not_for_home_dialysis_is_an_exclusion(tmp_path: Path) -> None:
    (tmp_path / "IFU_en.md").write_text(
        "# Operator manual – Dialo 9\n## Use environment\nHospital and satellite dialysis units; not for home "
        "dialysis.\n", encoding="utf-8")
    (tmp_path / "IFU_it.md").write_text(
        "# Istruzioni per l'uso – Dialo 9\n## Ambiente d'uso\nCentri dialisi ospedalieri e ad assistenza limitata; "
        "non per la dialisi domiciliare.\n", encoding="utf-8")
    assert run_check([tmp_path], select={"CS001"}, workers=1).findings == []
