"""Evidence rules on a new author's habits: a safety outcome the CER reports under a clinical
synonym (severe perineal trauma as third- or fourth-degree tears, OASIS), a bullet typed into a
CEP list item, a sentence describing the PMCF read as a long-term claim (EV003), umbrella and
age-class groups of one paediatric gap (EV002), data of the state of the art counted as data on
the device's patients, and a not-reported finding that quotes the CEP row's acceptance
criterion and the reviewer's own remark (EV004)."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract.evidence import is_deferred
from panelproof.pipeline import run_check


def _write(tmp_path: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")


def _run(tmp_path: Path, rule: str) -> list:
    return [f for f in run_check([tmp_path], select={rule}, workers=1).findings if f.rule == rule]


def _ev004(tmp_path: Path, cep_line: str, cer_body: str) -> list:
    _write(tmp_path, {
        "CEP.md": "# Clinical Evaluation Plan Z\n## Safety acceptance criteria\n- " + cep_line + "\n",
        "CER.md": f"# Clinical Evaluation Report Z\n## Clinical safety\n{cer_body}\n",
    })
    return _run(tmp_path, "EV004")


@pytest.mark.parametrize("cep_line, cer_body", [
    ("Severe perineal trauma ≤ 5 %", "Third- and fourth-degree perineal tears occurred in 3.1 % of deliveries."),
    ("Severe perineal trauma ≤ 5 %", "Obstetric anal sphincter injuries: 2.4 % of births."),
    ("Rate of OASIS ≤ 4 %", "Severe perineal lacerations were recorded in 2.8 % of the women."),
    ("Obstetric anal sphincter injury ≤ 4 %", "Maternal 3rd- or 4th-degree\nlacerations were seen in 2.2 %."),
    ("Höhergradige Dammrisse ≤ 5 %.", "Dammrisse III. und IV. Grades traten bei 3 % der Geburten auf."),
    ("Déchirures périnéales sévères ≤ 5 %.", "Des lésions obstétricales du sphincter anal sont survenues chez 2 % des femmes."),
])
def test_severe_perineal_trauma_is_reported_in_other_words(tmp_path: Path, cep_line: str, cer_body: str) -> None:
    assert _ev004(tmp_path, cep_line, cer_body) == []


def test_perineal_outcome_still_missing_when_the_cer_gives_another_event(tmp_path: Path) -> None:
    found = _ev004(tmp_path, "Severe perineal trauma ≤ 5 %", "Neonatal scalp abrasions occurred in 4.0 %.")
    assert len(found) == 1


def test_typed_bullet_is_not_part_of_the_outcome(tmp_path: Path) -> None:
    from docx import Document as Docx

    docx = Docx()
    docx.add_heading("Clinical Evaluation Plan Z", 0)
    docx.add_heading("Safety endpoints and acceptance criteria", 1)
    docx.add_paragraph("▪ Device-related retinal detachment ≤ 1 %")
    docx.save(tmp_path / "CEP.docx")
    (tmp_path / "CER.md").write_text("# Clinical Evaluation Report Z\n## Clinical safety\n"
                                     "Intraocular pressure fell by 6 mmHg.\n", encoding="utf-8")
    found = _run(tmp_path, "EV004")
    assert len(found) == 1
    quote = found[0].locations[0].quote
    assert quote.startswith("Device-related retinal detachment")
    assert "▪" not in found[0].message


@pytest.mark.parametrize("sentence", [
    "PMCF is a 5-year registry of 300 patients to assess long-term stability.",
    "The PMCF study follows 150 eyes to 10 years.",
    "Post-market clinical follow-up consists of a 7-year survey of implanted patients.",
    "Le SCAC consiste en un registre de 5 ans.",
    "Die PMCF-Studie umfasst 200 Patienten über 5 Jahre.",
])
def test_a_sentence_describing_the_pmcf_is_a_plan(sentence: str) -> None:
    assert is_deferred(sentence)


@pytest.mark.parametrize("sentence", [
    "The implant provides stable correction for 10 years.",
    "PMCF data show 97 % survival at 10 years.",
])
def test_a_result_or_claim_is_no_plan(sentence: str) -> None:
    assert not is_deferred(sentence)


def test_pmcf_registry_duration_is_no_long_term_claim(tmp_path: Path) -> None:
    _write(tmp_path, {
        "CER.md": ("# Clinical Evaluation Report Z\n## Clinical data\n"
                   "| Study | N | Follow-up | Result |\n|---|---|---|---|\n"
                   "| Trial A | 180 | 12 months | success 91 % |\n\n"
                   "## Post-market clinical follow-up\n"
                   "The PMCF is a 10-year registry in adults to confirm long-term stability.\n"),
    })
    assert _run(tmp_path, "EV003") == []


_PAEDIATRIC_DOSSIER = {
    "IFU.md": ("# Instructions for use Z\n## Intended purpose\n"
               "The Z valve is intended for adults and for pediatric patients 3 years and older with "
               "hydrocephalus.\n"),
    "CER.md": ("# Clinical Evaluation Report Z\n"
               "## Device description\nThe Z valve comes in an adult model and a pediatric model.\n"
               "## State of the art\nPublished series report shunt survival of 70 % in adults and "
               "60 % in children at 1 year.\n"
               "## Clinical data\n| Study | N | Population | Follow-up | Result |\n|---|---|---|---|---|\n"
               "| Z-1 | 140 | Adults aged 19-80 years | 12 months | shunt survival 84 % |\n"),
}


def test_state_of_the_art_series_cover_no_group_of_the_device(tmp_path: Path) -> None:
    _write(tmp_path, _PAEDIATRIC_DOSSIER)
    found = _run(tmp_path, "EV002")
    assert found, "adult data only, paediatric patients admitted"


def test_one_paediatric_gap_one_finding(tmp_path: Path) -> None:
    _write(tmp_path, _PAEDIATRIC_DOSSIER)
    found = [f for f in _run(tmp_path, "EV002") if "covers only" in f.message]
    assert len(found) == 1


_ROW_DOSSIER = {
    "CEP.md": ("# Clinical Evaluation Plan Z\n## Clinical benefits and outcome parameters\n"
               "| Clinical benefit | Outcome parameter | Acceptance criterion |\n|---|---|---|\n"
               "| Pain relief | VAS pain reduction at 6 months | Mean reduction of at least 30 mm |\n"
               "| Mobility | Walking distance at 6 months | Gain of 100 m or more in 80 % of patients |\n"),
    "CER.md": ("# Clinical Evaluation Report Z\n## Results\n"
               "VAS pain fell by 41 mm at 6 months in 120 patients.\n"),
    "CEAR.md": ("# Clinical Evaluation Assessment Report\n## Assessment of the clinical evaluation\n"
                "Mobility outcome defined in the CEP is missing from the CER.\n"),
}


def test_not_reported_outcome_quotes_its_criterion_and_the_reviewer(tmp_path: Path) -> None:
    _write(tmp_path, _ROW_DOSSIER)
    found = _run(tmp_path, "EV004")
    assert len(found) == 1
    quotes = [location.quote for location in found[0].locations]
    assert "Walking distance at 6 months" in quotes
    assert "Gain of 100 m or more in 80 % of patients" in quotes
    assert "Mobility outcome defined in the CEP is missing from the CER." in quotes
