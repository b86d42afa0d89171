"""PO002: a group named in the population is not cancelled by one negated mention elsewhere, and
a ward that acts ("trained by the neonatal unit") names no patient group."""

from __future__ import annotations

from pathlib import Path

from panelproof.pipeline import run_check

_IFU = """# Instructions for use – Lulla AM apnoea monitor
## Intended purpose
The monitor is intended for monitoring breathing and heart rate in infants at home.
## Patient population, users and environment
Infants from 1 month to 12 months of age.
Parents are trained by the neonatal unit; alarm limits are set by the neonatal unit.
## Warnings
- The monitor does not prevent sudden infant death syndrome.
"""
_CEAR = """# Clinical Evaluation Assessment Report – Lulla AM
## Target population
Target population as assessed: infants from 1 month to 12 months of age.
"""


def test_one_population_in_both_documents_gives_no_finding(tmp_path: Path) -> None:
    (tmp_path / "IFU.md").write_text(_IFU, encoding="utf-8")
    (tmp_path / "CEAR.md").write_text(_CEAR, encoding="utf-8")
    assert run_check([tmp_path], select={"PO002"}, workers=1).findings == []


def test_a_group_only_excluded_is_still_left_out(tmp_path: Path) -> None:
    ifu = _IFU.replace("Infants from 1 month to 12 months of age.",
                       "Infants from 1 month to 12 months of age. Not for use in children.")
    cear = _CEAR.replace("infants from 1 month to 12 months", "infants and children from 1 month to 6 years")
    (tmp_path / "IFU.md").write_text(ifu, encoding="utf-8")
    (tmp_path / "CEAR.md").write_text(cear, encoding="utf-8")
    assert {f.rule for f in run_check([tmp_path], select={"PO002"}, workers=1).findings} == {"PO002"}


def test_a_place_named_after_a_group_beside_the_patients_names_no_group(tmp_path: Path) -> None:
    en = ("# Instructions for use – Nido 3 incubator\n## Intended use\nThe incubator provides a controlled "
          "thermal environment for neonates weighing from 500 g up to 5,000 g. It is intended for use by "
          "trained staff in neonatal intensive care units and special care baby units of hospitals.\n")
    fr = ("# Notice d'utilisation – Nido 3\n## Utilisation prévue\nL'incubateur offre un environnement "
          "thermique contrôlé aux nouveau-nés de 500 g à 5 000 g. Il est destiné au personnel formé des "
          "unités de soins intensifs néonatals.\n")
    (tmp_path / "IFU_en.md").write_text(en, encoding="utf-8")
    (tmp_path / "IFU_fr.md").write_text(fr, encoding="utf-8")
    assert run_check([tmp_path], select={"PO002", "LA001"}, workers=1).findings == []


def test_grams_with_grouped_thousands() -> None:
    from panelproof.extract.population import find_bounds

    for text in ("neonates weighing from 500 g up to 5,000 g", "Frühgeborene von 500 g bis 5.000 g"):
        assert [(m.bound.low, m.bound.high) for m in find_bounds(text, "en")] == [(0.5, 5.0)]


def test_a_definition_names_no_population_group(tmp_path: Path) -> None:
    cep = ("# Clinical Evaluation Plan – Oxi 2\n## 2 Definitions\nPreterm infant: an infant born before 37 weeks of "
           "gestation.\n## 4 Intended purpose\nThe controller is intended for preterm infants on respiratory "
           "support; it is not intended for term infants.\n")
    cear = "# Clinical Evaluation Assessment Report – Oxi 2\n## 1 Intended purpose\nPreterm infants on respiratory support.\n"
    (tmp_path / "CEP.md").write_text(cep, encoding="utf-8")
    (tmp_path / "CEAR.md").write_text(cear, encoding="utf-8")
    assert run_check([tmp_path], select={"PO002"}, workers=1).findings == []
