"""EV004 reads results the CER reports in other words than the CEP: events stated as
absences or rates, reinterventions named secondary or repeat procedures, scales and
questionnaires under their abbreviations at visits named "month 6" or "six weeks", and result
rows whose first cell paraphrases the parameter. A criterion reported only at an earlier time
point, or a parameter the CER never names, is still found."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check
from panelproof.rules.evidence._outcome_match import _months, _spell, _time_points

_FOLLOW_UP = "## Clinical data\nPivotal study, 240 patients, follow-up {months} months.\n"


def _cep(line: str) -> str:
    if line.startswith("|"):
        return ("# Clinical Evaluation Plan X\n## Outcome parameters and acceptance criteria\n"
                "| Outcome parameter | Acceptance criterion |\n|---|---|\n" + line + "\n")
    return "# Clinical Evaluation Plan X\n## Outcome parameters and acceptance criteria\n- " + line + "\n"


def _ev004(tmp_path: Path, cep_line: str, cer_body: str, follow_up: int | None = None) -> list:
    tail = _FOLLOW_UP.format(months=follow_up) if follow_up else ""
    (tmp_path / "CEP.md").write_text(_cep(cep_line), encoding="utf-8")
    (tmp_path / "CER.md").write_text(f"# Clinical Evaluation Report X\n## Results\n{cer_body}\n{tail}",
                                     encoding="utf-8")
    return run_check([tmp_path], select={"EV004"}, workers=1).findings


_REPORTED = [
    # (a) deaths and events stated as absences or rates
    ("No implant-related death.", "There were no deaths attributable to the implant."),
    ("No device-related death.", "Device-related mortality: 0 %."),
    ("No device-related death.", "| Safety endpoint | n (%) |\n|---|---|\n| Device-related deaths | 0 (0.0) |"),
    ("Freedom from implant-related mortality at 12 months.", "At one year, there were no implant-related deaths."),
    ("No excess all-cause mortality compared with control at 12 months.",
     "12-month all-cause mortality was 4.1 % vs 4.6 % in the control arm (non-inferior)."),
    ("No permanent neurological deficit.", "No patient had a lasting neurological deficit."),
    ("Aucun décès lié à l'implant.", "Aucun décès imputable à l'implant n'a été observé."),
    # (b) reinterventions and revisions in other words
    ("Reintervention at 12 months ≤ 8 %.", "The re-intervention rate was 5.1 % at one year."),
    ("Reintervention at 12 months ≤ 8 %.", "Secondary procedures: 5 % at 1 year."),
    ("Reintervention at 12 months ≤ 8 %.", "Secondary interventions were required in 5 % of patients within the first year."),
    ("Reintervention at 12 months ≤ 8 %.", "Repeat intervention was required in 5.1 % of patients by month 12."),
    ("Reintervention at 12 months ≤ 8 %.", "| Outcome | 12 months |\n|---|---|\n| Secondary procedures | 5.0 % |"),
    ("| Reintervention | ≤ 8 % at 12 months |",
     "| Outcome | 30 days | 1 year |\n|---|---|---|\n| Secondary procedures | 1.0 % | 5.0 % |"),
    ("Freedom from reoperation at 24 months ≥ 90 %.", "Reintervention-free survival at two years was 93 %."),
    ("Réintervention ≤ 8 % à 12 mois.", "Des procédures secondaires ont été nécessaires chez 5 % des patients à un an."),
    ("Reintervention ≤ 8 % nach 12 Monaten.", "Folgeeingriffe waren bei 5 % der Patienten nach einem Jahr erforderlich."),
    ("Catheter-related revision rate ≤ 15 % at 24 months.",
     "Catheter revisions were needed in 11 % of patients within two years."),
    # (c) abbreviations, scales, visits and time points in words
    ("Delayed neurological sequelae ≤ 25 % at 6 weeks.", "DNS occurred in 18 % at six weeks."),
    ("Delayed neurological sequelae ≤ 25 % at 6 weeks.", "| Outcome | Result |\n|---|---|\n| DNS at week 6 | 18 % |"),
    ("Mean Modified Ashworth Scale reduced by ≥ 1 point at 6 months.", "MAS improved by 1.6 points at month 6."),
    ("Mean Modified Ashworth Scale reduced by ≥ 1 point at 6 months.", "- MAS: −1.6 points (month 6)"),
    ("Mean Modified Ashworth Scale reduced by ≥ 1 point at 6 months.",
     "| Outcome | Baseline | Month 6 |\n|---|---|---|\n| MAS (mean) | 3.1 | 1.5 |"),
    ("MAS reduction ≥ 1 point at 6 months.",
     "The Modified Ashworth Scale score decreased by 1.6 points at six months."),
    ("KCCQ overall summary score change at 6 and 12 months.", "KCCQ-OSS improved by 14 points at 12 months."),
    ("Kansas City Cardiomyopathy Questionnaire (KCCQ) overall summary score at 12 months.",
     "KCCQ-OSS: +14 points at month 12."),
    ("Change in KCCQ overall summary score at 12 months ≥ 10 points.",
     "| Outcome | Baseline | 1 year |\n|---|---|---|\n| KCCQ-OSS | 52 | 66 |"),
    # (d) a result row whose first cell paraphrases the parameter
    ("Serious device-related adverse events ≤ 10 % per patient-year.",
     "| Endpoint | Result |\n|---|---|\n| Serious device-related AEs | 6.2 % per patient-year |"),
    ("| Serious device-related adverse events | ≤ 10 % per patient-year |",
     "| Safety | Result |\n|---|---|\n| Serious adverse events related to the device | 6.2 % per patient-year |"),
]


@pytest.mark.parametrize("follow_up", [None, 3])
@pytest.mark.parametrize(("cep", "cer"), _REPORTED)
def test_reported_in_other_words(tmp_path, cep, cer, follow_up):
    # a shorter follow-up stated elsewhere does not hide the result the CER gives at its time point
    assert _ev004(tmp_path, cep, cer, follow_up) == []


@pytest.mark.parametrize(("cep", "cer", "quote"), [
    ("Quality of life (EQ-5D) improvement ≥ 0.1 at 12 months.", "Secondary procedures: 5 % at 1 year.", None),
    ("Reintervention at 12 months ≤ 8 %.", "Secondary procedures: 2 % at 30 days.", "Secondary procedures: 2 % at 30 days."),
    ("Reintervention at 12 months ≤ 8 %.", "The re-intervention rate was 2.1 % at 30 days.", None),
    ("Mean Modified Ashworth Scale reduced by ≥ 1 point at 6 months.", "MAS improved by 1.6 points at month 1.",
     "MAS improved by 1.6 points at month 1."),
    ("KCCQ overall summary score change at 12 months.", "KCCQ-OSS improved by 9 points at 30 days.",
     "KCCQ-OSS improved by 9 points at 30 days."),
    ("Change in KCCQ overall summary score at 12 months ≥ 10 points.",
     "Quality of life improved: KCCQ-OSS +9 points at month 3.", None),
    ("Freedom from reoperation at 24 months ≥ 90 %.", "Reintervention-free survival at 30 days was 99 %.", None),
    ("Catheter-related revision rate ≤ 15 % at 24 months.",
     "Catheter revisions were needed in 4 % of patients at 30 days.", None),
])
def test_still_found(tmp_path, cep, cer, quote):
    findings = _ev004(tmp_path, cep, cer, 24)
    assert len(findings) == 1
    if quote is not None:
        assert findings[0].locations[-1].quote == quote


@pytest.mark.parametrize(("text", "months"), [
    ("MAS improved by 1.6 points at month 6.", 6),
    ("Week 6 visit: DNS in 18 %", 6 / 4.348),
    ("reintervention within the first year was 5 %", 12),
    ("Monat 12: 5 %", 12),
    ("à dix-huit mois", 18),
    ("nach vierundzwanzig Monaten", 24),
    ("a sei mesi", 6),
    ("at six months", 6),
    ("at eighteen months", 18),
])
def test_visit_and_word_time_points(text, months):
    assert _months(text) == pytest.approx(months, rel=0.01)


@pytest.mark.parametrize("text", ["year 2023", "Table 6", "once daily", "Month 6.5 of the protocol",
                                  "Figure 12 months"])
def test_no_visit_time_point(text):
    points = _time_points(text)
    assert (6.0, "mo") not in points and (2023.0, "y") not in points and (6.5, "mo") not in points
    if text == "Figure 12 months":
        assert points == {(12.0, "mo")}
    elif text != "Month 6.5 of the protocol":
        assert not points


def test_spell_singular():
    assert _spell(1) == "1 month"
    assert _spell(6) == "6 months"
    assert _spell(36) == "3 years"
