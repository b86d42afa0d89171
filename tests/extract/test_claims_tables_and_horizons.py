"""Claims stated in a "Claim | Supporting data" table, long-term horizons, author-year lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract.claims import citations
from panelproof.extract.model import FactKind
from panelproof.pipeline import run_check
from panelproof.rules.claim.CL004_long_term_short_follow_up import claim_horizon_months


def _cer(tmp_path: Path, table: str, prose: str = "") -> Path:
    (tmp_path / "CER.md").write_text(
        "# Clinical Evaluation Report\n\n## Clinical data\n\n"
        "The pivotal study KX-01 followed 120 patients for 12 months.\n\n"
        f"## Performance and safety claims\n\n{prose}\n\n{table}\n", encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("header", ["Claim", "Performance claim", "Claims", "Allégation",
                                    "Aussage", "Afirmación", "Dichiarazione"])
def test_every_cell_of_a_claim_column_is_a_claim(tmp_path: Path, header: str) -> None:
    table = (f"| {header} | Supporting data |\n| --- | --- |\n"
             "| Implant survivorship of 98 % at 15 years | KX-01 (12-month follow-up) |\n")
    result = run_check([_cer(tmp_path, table)], workers=1)
    claims = [f.value.text for f in result.facts.of(FactKind.CLAIM)]
    assert any("survivorship of 98 %" in text for text in claims)
    assert any(f.rule == "CL004" for f in result.findings)


@pytest.mark.parametrize("header", ["Outcome parameter", "Clinical benefit", "Risk"])
def test_rows_of_other_tables_need_claim_wording(tmp_path: Path, header: str) -> None:
    table = (f"| {header} | Value |\n| --- | --- |\n"
             "| Implant survivorship at 15 years | revision for any reason |\n")
    result = run_check([_cer(tmp_path, table)], workers=1)
    assert not any("15 years" in f.value.text for f in result.facts.of(FactKind.CLAIM))


@pytest.mark.parametrize("text, months", [
    ("Implant survivorship of 98 % at 15 years", 180),
    ("Durable reduction of mitral regurgitation maintained for at least 10 years", 120),
    ("Sustained pain relief over 5 years", 60),
    ("Fixation remains stable after 7 years in 95 % of hips", 84),
])
def test_long_term_horizons_in_other_words(text: str, months: float) -> None:
    horizon = claim_horizon_months(text)
    assert horizon is not None and horizon[0] == months


@pytest.mark.parametrize("text", ["Safety was assessed in children at 15 years of age.",
                                  "Results at 12 months were good.",
                                  "Patients 10 years old and above were enrolled."])
def test_ages_and_short_times_are_no_long_term_horizon(text: str) -> None:
    assert claim_horizon_months(text) is None


def test_a_list_of_author_year_citations_is_a_citation() -> None:
    assert citations("Reduced wear compared with conventional polyethylene Hollis 2017; Moreau 2019")
    assert not citations("In 2019; the device improved outcomes.")


def _claim_and_plan(tmp_path: Path, study_follow_up: str) -> Path:
    (tmp_path / "CER.md").write_text(
        "# Clinical Evaluation Report\n\n## Clinical data\n\n"
        f"The registry study HX-2 [2] followed 800 patients for {study_follow_up}.\n\n"
        "## Conclusions\n\nClinical data show that the HipX achieves implant survival of 98 % "
        "at 5 years [2].\n", encoding="utf-8")
    (tmp_path / "PMCF_plan.md").write_text(
        "# PMCF plan\n\n## Activities\n\nA prospective study of 150 patients with a follow-up "
        "of 24 months confirms the survival and the residual risks.\n", encoding="utf-8")
    return tmp_path


def test_pmcf_shorter_than_a_claim_the_data_do_not_cover_is_reported(tmp_path: Path) -> None:
    result = run_check([_claim_and_plan(tmp_path, "12 months")], workers=1)
    assert any(f.rule == "PM005" for f in result.findings)


def test_pmcf_shorter_than_a_claim_the_data_already_cover_is_not(tmp_path: Path) -> None:
    result = run_check([_claim_and_plan(tmp_path, "5 years")], workers=1)
    assert not any(f.rule == "PM005" for f in result.findings)
