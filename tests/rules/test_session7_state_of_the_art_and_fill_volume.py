"""EV004 does not take a time point of the state of the art (other therapies' results) for the
CER's report of a criterion; SP001 names a parameter matched by a verb ("filled with") by its
vocabulary name."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check

_CEP = ("# Clinical Evaluation Plan X\n## Acceptance criteria\n"
        "- Freedom from major complications at 12 months ≥ 83 %\n")


def _check(tmp_path: Path, files: dict[str, str], code: str) -> list:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return run_check([tmp_path], select={code}, workers=1).findings


def test_ev004_state_of_the_art_time_point_is_not_the_cer_report(tmp_path: Path) -> None:
    cer = ("# Clinical Evaluation Report X\n"
           "## 4. State of the art\n"
           "Transvenous systems have major complications, dominated by lead dislodgement and "
           "pocket infection, in 9.5 % at 24 months [6].\n"
           "## 5. Clinical data\n"
           "Freedom from major complications was 96.4 % at 12 months (lower bound 93 %).\n")
    assert _check(tmp_path, {"CEP.md": _CEP, "CER.md": cer}, "EV004") == []


def test_ev004_still_reports_a_criterion_reported_only_earlier(tmp_path: Path) -> None:
    cer = ("# Clinical Evaluation Report X\n"
           "## 4. State of the art\n"
           "Transvenous systems have major complications in 9.5 % at 24 months [6].\n"
           "## 5. Clinical data\n"
           "Freedom from major complications was 96.4 % at 6 months (lower bound 93 %).\n")
    findings = _check(tmp_path, {"CEP.md": _CEP, "CER.md": cer}, "EV004")
    assert len(findings) == 1
    assert "6 months" in findings[0].message and "[6]" not in findings[0].message


def test_sp001_names_a_fill_volume_read_from_a_verb(tmp_path: Path) -> None:
    files = {
        "CER.md": "# Clinical Evaluation Report X\n## Device description\nThe silicone balloon is "
                  "placed endoscopically and filled in situ with 500-700 mL of saline.\n",
        "IFU_en.md": "# Instructions for use X\n## Technical data\n| Parameter | Value |\n|---|---|\n"
                     "| Fill volume | 450 mL – 650 mL sterile saline |\n",
    }
    findings = _check(tmp_path, files, "SP001")
    assert len(findings) == 1
    assert findings[0].message.startswith("The documents disagree on fill volume:")
    assert any("filled in situ with 500-700 mL" in loc.quote for loc in findings[0].locations)


def test_pm001_a_group_word_qualifying_a_place_excludes_no_patients(tmp_path: Path) -> None:
    files = {
        "IFU_en.md": "# Instructions for use X\n## Intended purpose\nNon-invasive respiratory support "
                     "for preterm and term neonates and infants weighing 500 g to 10 kg.\n",
        "PMCF_plan.md": "# PMCF plan X\n## Patients and sites\nExclusion criteria:\n\n"
                        "- Contraindications of the IFU\n\nNeonatal intensive care and intermediate "
                        "care units of participating hospitals.\n",
    }
    assert _check(tmp_path, files, "PM001") == []


def test_pm001_still_reports_excluded_neonates(tmp_path: Path) -> None:
    files = {
        "IFU_en.md": "# Instructions for use X\n## Intended purpose\nNon-invasive respiratory support "
                     "for preterm and term neonates and infants weighing 500 g to 10 kg.\n",
        "PMCF_plan.md": "# PMCF plan X\n## Patients and sites\nExclusion criteria:\n\n"
                        "- Neonates below 1 000 g\n- Neonatal patients in intensive care units\n",
    }
    quotes = {loc.quote for f in _check(tmp_path, files, "PM001") for loc in f.locations}
    assert "Neonatal patients in intensive care units" in quotes


@pytest.mark.parametrize("cep_row", [
    "| PA-1 | Time in target range 33,0 – 34,0 °C during maintenance | ≥ 90 % of measured time |",
    "| PA-1 | Time in target range 33.0–34.0 °C during maintenance | ≥ 90 % of measured time |",
])
def test_ev004_criterion_id_with_dashes_and_signs_is_reported_by_its_id(tmp_path: Path,
                                                                         cep_row: str) -> None:
    cep = ("# Clinical Evaluation Plan X\n## Acceptance criteria\n"
           "| ID | Outcome parameter | Acceptance criterion |\n|---|---|---|\n" + cep_row + "\n")
    cer = ("# Clinical Evaluation Report X\n## Results against the acceptance criteria\n"
           "| ID | Criterion | Result | Met |\n|---|---|---|---|\n"
           "| PA-1 | ≥ 90 % time in 33,0 – 34,0 °C | 97,6 % | yes |\n")
    assert _check(tmp_path, {"CEP.md": cep, "CER.md": cer}, "EV004") == []


def test_the_identifier_of_an_item_in_a_list_of_criteria() -> None:
    from panelproof.rules.evidence._criterion_ids import _own_identifier
    text = ("PA-1 Time in target range 33,0 – 34,0 °C: ≥ 90 % of measured time "
            "PA-2 Rewarming rate: ≤ 0,5 °C/h in ≥ 95 % of rewarming phases")
    assert _own_identifier(text, text.find("Rewarming rate")) == (
        "PA-2", " Rewarming rate: ≤ 0,5 °C/h in ≥ 95 % of rewarming phases")
    assert _own_identifier(text, text.find("Time in target"))[0] == "PA-1"
    assert _own_identifier(text, text.find("measured time")) is None  # not right after an id


def test_ev001_data_the_cer_itself_calls_preclinical_are_not_presented_as_clinical(tmp_path: Path) -> None:
    cer = ("# Clinical Evaluation Report X\n## Clinical data\n"
           "3-year data (n = 68): implant survival 98,5 %. Biopsy sub-study at re-entry after 16 "
           "weeks (n = 20): residual collagen fibres in 2 of 20 biopsies; supplementary preclinical "
           "data (minipig, TR-CDB-09).\n")
    assert _check(tmp_path, {"CER.md": cer}, "EV001") == []


def test_ev006_dehiscence_and_fenestration_are_dental_bone_defects(tmp_path: Path) -> None:
    ifu = ("# Instructions for use X\n## Intended purpose\nResorbable barrier membrane for guided "
           "bone regeneration in dental implantology.\n")
    cer = ("# Clinical Evaluation Report X\n## Intended purpose\nResorbable barrier membrane for "
           "guided bone regeneration in dental implantology.\n## Clinical data\n"
           "| Ref | Study | Design | Patients | Follow-up |\n|---|---|---|---|---|\n"
           "| [4] | MEMBRA-1, X vs. CE-marked collagen membrane | RCT, 4 university clinics | 80 "
           "patients (50 dehiscence/fenestration, 30 horizontal augmentation) | 12 months |\n")
    findings = _check(tmp_path, {"IFU_en.md": ifu, "CER.md": cer}, "EV006")
    assert not [f for f in findings if "wound" in f.message]


@pytest.mark.parametrize("header", ["| Outcome | Result at 3 years | CEP criterion | Notes |",
                                    "| Endpunkt | Ergebnis nach 3 Jahren | Kriterium | Bemerkung |"])
def test_ev004_a_table_header_gives_its_rows_time_point(tmp_path: Path, header: str) -> None:
    cep = ("# Clinical Evaluation Plan X\n## Acceptance criteria\n"
           "- Freedom from MR of grade 2+ or more at 3 years (echocardiography): 85 % or more\n")
    cer = ("# Clinical Evaluation Report X\n## Clinical data\n" + header + "\n|---|---|---|---|\n"
           "| Freedom from MR grade 2+ or more | 91.4 % | 85 % or more | Kaplan-Meier |\n"
           "| 30-day mortality | 1.4 % (3/214) | 3 % or less | none device related |\n")
    assert _check(tmp_path, {"CEP.md": cep, "CER.md": cer}, "EV004") == []


def test_ev004_still_reports_a_table_whose_header_names_an_earlier_time_point(tmp_path: Path) -> None:
    cep = ("# Clinical Evaluation Plan X\n## Acceptance criteria\n"
           "- Freedom from MR of grade 2+ or more at 3 years (echocardiography): 85 % or more\n")
    cer = ("# Clinical Evaluation Report X\n## Clinical data\n"
           "| Outcome | Result at 12 months | CEP criterion |\n|---|---|---|\n"
           "| Freedom from MR grade 2+ or more | 91.4 % | 85 % or more |\n")
    findings = _check(tmp_path, {"CEP.md": cep, "CER.md": cer}, "EV004")
    assert len(findings) == 1 and "12 months" in findings[0].message


def test_where_around_a_site_does_not_make_two_contraindications() -> None:
    from panelproof.rules.intended_use.common import same_text
    assert same_text("infection or skin disease at or near the injection site",
                     "infection or skin disease in the area of the injection site")
    assert not same_text("infection at the injection site", "skin disease at the injection site")
