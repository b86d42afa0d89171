"""CEP outcomes, CER results and claims matched on what is measured: abbreviations spelt by
initials either way, the label before an outcome's colon, criteria listed as met (EV004);
narratives of completed studies are no outcome parameters; results at a time point prove
follow-up (EV003); disease-specific instruments support claims (CL001)."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract._clinical_terms import outcome_concepts
from panelproof.extract.evidence import (describes_completed_studies, durations_months, follow_up_months,
                                         result_time_point_months)
from panelproof.pipeline import run_check


def _check(tmp_path: Path, files: dict[str, str], code: str) -> list:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return run_check([tmp_path], select={code}, workers=1).findings


def _cep(line: str) -> str:
    if line.startswith("|"):
        return ("# Clinical Evaluation Plan X\n## Outcome parameters and acceptance criteria\n"
                "| Outcome parameter | Acceptance criterion |\n|---|---|\n" + line + "\n")
    return "# Clinical Evaluation Plan X\n## Outcome parameters and acceptance criteria\n- " + line + "\n"


def _ev004(tmp_path: Path, cep_line: str, cer_body: str) -> list:
    cer = f"# Clinical Evaluation Report X\n## Results\n{cer_body}\n"
    return _check(tmp_path, {"CEP.md": _cep(cep_line), "CER.md": cer}, "EV004")


_SGRQ_CEP = "St George's Respiratory Questionnaire: improvement ≥ 4 points (MCID) versus control"
_GLOSSARY = ("## List of abbreviations\n| Abbreviation | Meaning |\n|---|---|\n"
             "| SGRQ | St George's Respiratory Questionnaire |\n| FEV1 | Forced expiratory volume in 1 second |\n")


@pytest.mark.parametrize(("cep", "cer"), [
    (_SGRQ_CEP, "The SGRQ difference was −7.3 points (MCID 4)."),
    (_SGRQ_CEP, "| Outcome | Valve | Control |\n|---|---|---|\n| SGRQ | −7.9 | −0.6 |"),
    ("St George’s Respiratory Questionnaire total score: improvement ≥ 4 points", "SGRQ −7.9 vs −0.6."),
    ("| St George's Respiratory Questionnaire | improvement ≥ 4 points versus control |",
     "Quality of life: SGRQ −7.9 vs −0.6."),
    # the reverse: the CEP abbreviates, the CER spells out
    ("| Change in SGRQ | ≥ 4 points versus control |",
     "St. George's Respiratory Questionnaire: −7.9 vs −0.6 points."),
    ("| SGRQ improvement | ≥ 4 points versus control |",
     "St George's Respiratory Questionnaire score improved by 7.9 points versus 0.6 in controls."),
    # defined in the CER's list of abbreviations, reported under the long form
    ("| SGRQ | ≥ 4 points versus control |",
     "St George's Respiratory Questionnaire: −7.9 vs −0.6 points.\n" + _GLOSSARY),
    ("Questionnaire respiratoire de St George (SGRQ) : amélioration ≥ 4 points",
     "SGRQ : −7,9 contre −0,6 points."),
    # the label before the colon names the outcome; hyphenated compounds are spaced words
    ("Adequate gas exchange: SpO2 within the target range set by the clinician and pCO2 35–55 mmHg "
     "during 90 % of ventilation time", "Gas-exchange target reached in 57/64 (89 %)."),
    ("Wound bed preparation: granulation tissue covering ≥ 75 % of the wound area at week 4",
     "| Endpoint | Result |\n|---|---|\n| Wound-bed preparation achieved | 41/52 (79 %) |"),
    ("Ausreichender Gasaustausch: SpO2 im Zielbereich und pCO2 35–55 mmHg während 90 % der Beatmungszeit",
     "Gasaustausch-Ziel bei 57/64 (89 %) erreicht."),
])
def test_ev004_reported_under_abbreviation_or_label(tmp_path: Path, cep: str, cer: str) -> None:
    assert _ev004(tmp_path, cep, cer) == []


@pytest.mark.parametrize(("cep", "cer"), [
    # a validated instrument's usual abbreviation, used in the CER without being defined
    ("| Oxford Knee Score at 12 months | ≥ 35 |",
     "| Study | N | Follow-up | Main results |\n|---|---|---|---|\n| [3] | 120 | 12 months | Revision 1 %; OKS 41 |"),
    ("Kansas City Cardiomyopathy Questionnaire overall summary score: improvement ≥ 5 points at 6 months",
     "At 6 months the KCCQ overall summary score improved by 11 points (n = 54)."),
    ("International Prostate Symptom Score reduction ≥ 30 % at 12 months",
     "Mean IPSS fell from 22 to 11 at 12 months (−50 %)."),
])
def test_ev004_reported_under_an_instruments_usual_abbreviation(tmp_path: Path, cep: str, cer: str) -> None:
    assert _ev004(tmp_path, cep, cer) == []


@pytest.mark.parametrize(("cep", "row"), [
    # two instruments that share words ("knee ... score", "disability index") are two outcomes
    ("| Oxford Knee Score at 12 months | ≥ 35 |", "| [3] | 120 | 12 months | KSS 85 |"),
    ("| Harris Hip Score at 12 months | ≥ 70 |", "| [3] | 120 | 12 months | Oxford Hip Score 41 |"),
    ("| Oswestry Disability Index improvement at 12 months | ≥ 15 points |",
     "| [3] | 120 | 12 months | Neck Disability Index −14 points |"),
])
def test_ev004_a_sibling_instrument_does_not_report_the_outcome(tmp_path: Path, cep: str, row: str) -> None:
    cer = "| Study | N | Follow-up | Main results |\n|---|---|---|---|\n" + row
    assert [f.rule for f in _ev004(tmp_path, cep, cer)] == ["EV004"]


def test_ev004_instrument_abbreviation_does_not_stand_for_another_outcome(tmp_path: Path) -> None:
    # "OKS" reports the Oxford Knee Score, not the CEP's radiological union
    findings = _ev004(tmp_path, "| Radiological union at 12 months | ≥ 95 % |",
                      "| Study | N | Follow-up | Main results |\n|---|---|---|---|\n"
                      "| [3] | 120 | 12 months | Revision 1 %; OKS 41 |")
    assert [f.rule for f in findings] == ["EV004"]


_OCCLUSION = "| Occlusion alarms reaching the nurse within the time stated in the IFU | ≥ 98 % |"


@pytest.mark.parametrize("cer", [
    "All four acceptance criteria of the CEP were met: delivery accuracy within ± 5 %, occlusion alarms in "
    "99.2 % of events, no free flow and no serious injury.",
    # a PDF line break: the sentence goes on in the next block
    "All four acceptance criteria of the CEP were met: delivery accuracy within ± 5 %, occlusion alarms in\n\n"
    "99.2 % of events, no free flow and no serious injury.",
    "The pump met all pre-specified acceptance criteria: (a) delivery accuracy; (b) occlusion alarms; (c) no free flow.",
    "All acceptance criteria defined in the CEP have been fulfilled:\n\n- delivery accuracy within ± 5 %\n"
    "- occlusion alarms within the stated time\n- no free flow",
])
def test_ev004_criteria_listed_as_met_are_reported(tmp_path: Path, cer: str) -> None:
    assert _ev004(tmp_path, _OCCLUSION, cer) == []


def test_ev004_criteria_listed_as_met_fr(tmp_path: Path) -> None:
    cep = "| Alarmes d'occlusion parvenant à l'infirmière dans le délai indiqué dans la notice | ≥ 98 % |"
    cer = ("Tous les critères d'acceptation du PEC ont été atteints : précision du débit ± 5 %, "
           "alarmes d'occlusion dans 99,2 % des cas et absence de débit libre.")
    assert _ev004(tmp_path, cep, cer) == []


@pytest.mark.parametrize(("cep", "cer"), [
    # never mentioned
    (_SGRQ_CEP, "FEV1 improved by 12 % versus baseline."),
    # the abbreviation stands only in the list of abbreviations
    (_SGRQ_CEP, "FEV1 improved by 12 % versus baseline.\n" + _GLOSSARY),
    ("| SGRQ improvement | ≥ 4 points versus control |", "FEV1 improved by 12 % versus baseline.\n" + _GLOSSARY),
    ("| Change in SGRQ total score | ≥ 4 points versus control |", "FEV1 improved by 12 % versus baseline."),
    # a label and a definition the CER reports neither of
    ("Adequate gas exchange: SpO2 within the target range and pCO2 35–55 mmHg during 90 % of ventilation time",
     "Tidal volume delivery was within ± 10 % in 98 % of breaths."),
    # a generic label is no name of its own
    ("Primary performance: occlusion alarms reaching the nurse within the time stated in the IFU ≥ 98 %",
     "Primary performance was good: delivery accuracy within ± 5 % in 98 % of infusions."),
])
def test_ev004_not_reported_still_found(tmp_path: Path, cep: str, cer: str) -> None:
    assert len(_ev004(tmp_path, cep, cer)) == 1


@pytest.mark.parametrize("cer", [
    "All acceptance criteria of the CEP were met: delivery accuracy within ± 5 %, no free flow and no serious injury.",
    "Not all acceptance criteria were met: occlusion alarms could not be evaluated.",
    "The acceptance criteria are listed in the CEP: delivery accuracy, occlusion alarms and free flow.",
])
def test_ev004_criteria_met_lists_other_outcomes(tmp_path: Path, cer: str) -> None:
    assert len(_ev004(tmp_path, _OCCLUSION, cer)) == 1


@pytest.mark.parametrize(("text", "narrative"), [
    ("The first-in-human study FIH-01 (36 patients, 12 months) has been followed by the pivotal study PIV-02 "
     "(312 patients, primary endpoints at 6 months).", True),
    ("L'étude de première utilisation chez l'homme (36 patients, 12 mois) a été suivie de l'étude pivot "
     "(312 patients, critères principaux à 6 mois).", True),
    ("Die First-in-Human-Studie (36 Patienten, 12 Monate) wurde von der Zulassungsstudie (312 Patienten, "
     "primäre Endpunkte nach 6 Monaten) gefolgt.", True),
    ("Two randomised trials enrolled 420 patients (primary endpoint at 12 months).", True),
    ("The clinical development comprises the first-in-human study FIH-1 (N = 60, follow-up to 5 years) and "
     "the pivotal study PIV-2 (N = 412, primary endpoint at 12 months).", True),
    ("The primary endpoint comprises target lesion failure at 12 months (acceptance ≤ 8.5 %) in 412 patients "
     "of the pivotal study.", False),
    ("The pivotal evidence is the prospective single-arm investigation PIV-7, 170 patients, 36-month "
     "follow-up (12-month primary endpoint).", True),
    ("The primary endpoint of the pivotal study (312 patients) was freedom from MAE at 30 days.", False),
    ("In the pivotal study (312 patients) freedom from MAE at 30 days must be at least 90 %.", False),
    ("Success criterion: ≥ 90 % of 312 patients free from MAE at 30 days.", False),
    ("The PMCF study will enrol 300 patients with a primary endpoint at 12 months.", False),
    # a design sheet written telegraphically: the study, its size and sites, when its endpoint falls
    ("Pivotal study ARC-3, n = 210, 11 sites in BE, NL and PL; primary endpoint at 6 months, "
     "follow-up until 3 years.", True),
    ("Registry REG-2: 600 patients, 25 centres, follow-up 3 years.", True),
    ("Primary endpoint: all-cause mortality at 12 months in the pivotal study (n = 300, 20 sites).", False),
    ("Pivotal study, 300 patients, 20 sites: freedom from reintervention at 12 months ≥ 90 %.", False),
])
def test_completed_study_narrative_is_no_outcome(text: str, narrative: bool) -> None:
    assert describes_completed_studies(text) is narrative


def test_ev004_narrative_of_the_cep_is_no_criterion(tmp_path: Path) -> None:
    cep = ("# Clinical Evaluation Plan HipZ\n## Clinical development plan and outcome parameters\n"
           "The first-in-human study FIH-01 (36 patients, 12 months) has been followed by the pivotal study "
           "PIV-02 (312 patients, primary endpoints at 6 months).\n\n"
           "Primary endpoint: Harris Hip Score improvement ≥ 20 points at 6 months.\n")
    cer = "# Clinical Evaluation Report HipZ\n## Results\nHarris Hip Score improved by 34 points at 6 months.\n"
    assert _check(tmp_path, {"CEP.md": cep, "CER.md": cer}, "EV004") == []


@pytest.mark.parametrize(("text", "months"), [
    ("10-year survival 89 %", 120),
    ("survivorship 94.2 % at 7 years", 84),
    ("At 10 years, 91 % were free from revision", 120),
    ("survie à 10 ans de 92 %", 120),
    ("10-Jahres-Überlebensrate 93 %", 120),
    ("sopravvivenza a 10 anni del 90 %", 120),
    ("La supervivencia a los 10 años fue del 91 %", 120),
    ("Na 10 jaar was de overleving 92 %", 120),
    ("Acceptance criterion: 10-year survival ≥ 90 %", None),
    ("patients aged 67 years, 45 % women", None),
    ("a 65-year-old cohort, 45 % women", None),
    ("10-year survival of 95 % is the state of the art benchmark", None),
    ("10-year survival is expected to exceed 90 %", None),
    ("Survival at 10 years will be 90 %", None),
    ("The hip stem achieves 10-year survival above 95 % (Jones et al., 2018).", None),
])
def test_result_time_points(text: str, months: float | None) -> None:
    assert result_time_point_months(text) == months


@pytest.mark.parametrize(("text", "months"), [
    ("mean follow-up 6.1 years (2–9)", 108),
    ("mean follow-up 6.1 (range 2-9) years", 108),
    ("mean follow-up 6.1 years (range: 2 to 9)", 108),
    ("follow-up 12 months (6–24)", 24),
    ("follow-up 6.1 years (95 % CI 5.8–6.4)", 73.2),
    ("follow-up 8 years (2-4)", 96),  # not a range around the mean
    ("mean follow-up 8.2 years; 10-year survival 89 % [3]", 120),
    ("mean follow-up 8.2 years [3]; survival data at ten years are pending.", 98.4),
])
def test_follow_up_reaches_range_top_and_result_time_points(text: str, months: float) -> None:
    assert follow_up_months(text) == pytest.approx(months)


def test_durations_with_spread() -> None:
    assert durations_months("12 months (n = 40)") == [12.0]


@pytest.mark.parametrize(("text", "concept"), [
    ("FEV1 responders 47.7 %", "lung_function"), ("improved lung function", "lung_function"),
    ("forced vital capacity rose", "lung_function"), ("VEMS +12 %", "lung_function"),
    ("6-minute walk distance +36 m", "functional_status"), ("peak VO2 rose by 2 ml/kg/min", "functional_status"),
    ("SGRQ −7.9", "quality_of_life"), ("CAT score −3", "quality_of_life"),
    ("Chronic Respiratory Questionnaire", "quality_of_life"),
    ("AHI fell from 32 to 8", "sleep"), ("Epworth Sleepiness Scale 7", "sleep"),
    ("VAS pain 2.1", "pain"), ("NRS 3", "pain"), ("échelle visuelle analogique", "pain"),
    ("Oxford Knee Score 41", "joint_function"), ("KOOS +28", "joint_function"), ("AOFAS 88", "joint_function"),
    ("mRS 0-2 in 54 %", "neurological_outcome"), ("NIHSS improved by 8", "neurological_outcome"),
])
def test_instruments_name_their_outcome(text: str, concept: str) -> None:
    assert concept in outcome_concepts(text)


@pytest.mark.parametrize("text", ["vascular access", "the catheter", "essential performance", "cat", "a vast area",
                                  "transfer to the ward"])
def test_instrument_abbreviations_match_whole_words_only(text: str) -> None:
    assert outcome_concepts(text) == set()


_CER_LUNG = """# Clinical Evaluation Report LungValve
## Clinical benefits
{claim}
## Results
| Outcome | Valve (n = 128) | Control (n = 62) |
|---|---|---|
| FEV1 responders (≥ 15 %) | 47.7 % | 16.8 % |
| 6-minute walk distance change | +36 m | -2 m |
| SGRQ change | -7.9 | -0.6 |
"""


@pytest.mark.parametrize(("claim", "found"), [
    ("Benefits: improved lung function, exercise capacity and quality of life.", 0),
    ("The valve improves pulmonary function and walking distance.", 0),
    ("The valve improves lung function and reduces daytime sleepiness.", 1),
    ("The valve reduces mortality and improves lung function.", 1),
])
def test_cl001_disease_specific_measures_support_claims(tmp_path: Path, claim: str, found: int) -> None:
    assert len(_check(tmp_path, {"CER.md": _CER_LUNG.format(claim=claim)}, "CL001")) == found


@pytest.mark.parametrize("row", [
    "| Daytime sleepiness | Epworth Sleepiness Scale improvement ≥ 3 points at 3 months |",
    "| Daytime sleepiness | ESS improvement of at least 3 points at 3 months |",
])
def test_ev004_a_criterion_restated_in_a_table_is_no_result(tmp_path: Path, row: str) -> None:
    cer = ("## Appraisal plan\n| Benefit | Criterion |\n|---|---|\n" + row +
           "\n\n## Results\nThe residual apnoea-hypopnoea index fell to 3.8 events per hour.")
    findings = _ev004(tmp_path, "Epworth Sleepiness Scale improvement of 3 points or more at 3 months", cer)
    assert [f.rule for f in findings] == ["EV004"]


def test_ev004_a_criterion_row_with_its_result_reports_it(tmp_path: Path) -> None:
    cer = ("| Criterion | Result | Met |\n|---|---|---|\n"
           "| Epworth Sleepiness Scale improvement ≥ 3 points at 3 months | 78 % of patients | yes |")
    assert _ev004(tmp_path, "Epworth Sleepiness Scale improvement of 3 points or more at 3 months", cer) == []
