"""PM001 names ages below a year in days, weeks or months, as a reader writes them."""

from __future__ import annotations

from pathlib import Path

from panelproof.pipeline import run_check


def test_a_plan_of_preterm_infants_against_children_names_days_not_fractions_of_a_year(tmp_path: Path):
    (tmp_path / "IFU_en.md").write_text(
        "# Instructions for Use – DuctoSeal\n\n## Target patient population\n\n"
        "Premature infants and children.\n", encoding="utf-8")
    (tmp_path / "PMCF_plan.md").write_text(
        "# PMCF plan – DuctoSeal\n\n## Study population\n\n"
        "Premature infants treated in neonatal intensive care units.\n", encoding="utf-8")
    findings = [f for f in run_check([tmp_path], workers=1).findings if f.rule == "PM001"]
    assert findings, "the plan leaves out the children the IFU admits"
    message = findings[0].message
    assert "28 days" in message and "0.07" not in message
