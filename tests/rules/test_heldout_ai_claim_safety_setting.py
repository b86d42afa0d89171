"""Failure classes of the blind set heldout_ai (Japanese-English manufacturer documents):
a diagnostic monitor claimed to prevent disease by early detection (CL003), a claim after a
"※" note mark (CL002), unsafe responses to warning signs (SI001: filling a gastric band on
obstructive symptoms, going on with RF on an impedance rise), a patient told to have MRI
without telling the staff (SI004), use restricted to one hospital unit while another names a
further unit (CS001), and courteous imperatives ("Kindly ...", "Por favor, ...")."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract.claims import red_flag
from panelproof.extract.common import _split_sentences
from panelproof.extract.instructions import opens_with_imperative
from panelproof.pipeline import run_check
from panelproof.rules.safety.common import match_hazards


def _run(tmp_path: Path, files: dict[str, str], select: set[str]) -> list:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return run_check([tmp_path], select=select, workers=1).findings


# --- CL003: a diagnostic or monitoring device said to prevent disease through detection -----

@pytest.mark.parametrize("text", [
    "The said device prevents recurrent stroke in patients after cryptogenic stroke, by the early detection of AF.",
    "The device prevents a new stroke, because atrial fibrillation is found early.",
    "Thanks to continuous monitoring, the implant protects patients from sudden cardiac death.",
    "Through early detection of arrhythmias the monitor reduces the risk of stroke.",
    "The patch lowers mortality by the early recognition of ventricular arrhythmia.",
    "Le dispositif prévient la récidive d'AVC grâce à la détection précoce de la fibrillation atriale.",
    "Das Gerät verhindert Schlaganfälle durch die frühzeitige Erkennung von Vorhofflimmern.",
    "El dispositivo previene el ictus gracias a la detección precoz de la fibrilación auricular.",
    "Il dispositivo previene l'ictus grazie alla rilevazione precoce della fibrillazione atriale.",
])
def test_prevention_by_detection_is_a_red_flag(text: str) -> None:
    assert red_flag(text, "The insertable cardiac monitor records the ECG.") == \
        "diagnostic_monitor_prevents_disease"


@pytest.mark.parametrize("text", [
    "Early detection of AF allows anticoagulation to be started, which prevents stroke.",
    "The occluder prevents stroke in patients whose AF was detected by ECG.",
    "Long-term monitoring by ILR did not reduce recurrent stroke in the LOOP study, although AF detection and anticoagulation were increased.",
    "The device does not prevent stroke; early detection of AF is its only purpose.",
    "The monitor detects atrial fibrillation early so that the physician can decide on treatment to reduce the risk of stroke.",
    "Early detection of syncope causes helps to treat patients.",
])
def test_detection_without_a_prevention_claim_is_no_red_flag(text: str) -> None:
    assert red_flag(text, "The insertable cardiac monitor records the ECG.") != \
        "diagnostic_monitor_prevents_disease"


_ILR_IFU = """# Instructions for Use
HeartBeat ICM-3 insertable cardiac monitor

## Chapter 1 Usage purpose
The said device is a subcutaneously inserted ECG monitor. It records the ECG and does not deliver any therapy.

## Chapter 5 Usage environment
Hospital procedure room.

### Warning
{claim}
"""
_ILR_CER = """# Clinical Evaluation Report
HeartBeat ICM-3 insertable cardiac monitor

## 3. State of the art
Long-term monitoring with an implantable loop recorder did not reduce stroke or systemic embolism in the LOOP study (Svendsen et al., 2021).
"""


@pytest.mark.parametrize("claim", [
    "The said device prevents recurrent stroke by the early detection of AF.",
    "By early detection of atrial fibrillation the said device protects the patient from a new stroke.",
])
def test_red_flag_claim_in_a_warning_box_is_reported_with_the_own_state_of_the_art(
        tmp_path: Path, claim: str) -> None:
    findings = _run(tmp_path, {"IFU_ICM3_EN.md": _ILR_IFU.format(claim=claim), "CER_ICM3.md": _ILR_CER},
                    {"CL003"})
    assert len(findings) == 1
    quotes = [loc.quote for loc in findings[0].locations]
    assert claim in quotes[0]
    assert any("did not reduce stroke" in q for q in quotes[1:])


# --- CL002: a claim after the Japanese note mark "※" -------------------------------------------

def test_note_and_circled_number_marks_start_a_sentence() -> None:
    text = ("Please read this manual before use. ※ The system eliminates the risk. "
            "① Connect the cable. ② Start.")
    assert [text[a:b] for a, b in _split_sentences(text)] == [
        "Please read this manual before use.", "※ The system eliminates the risk.",
        "① Connect the cable.", "② Start."]


@pytest.mark.parametrize("note", [
    "※ The use of the said system completely eliminates the risk of permanent recurrent laryngeal nerve palsy in thyroid surgery.",
    "※ With the said system, permanent nerve palsy is completely eliminated.",
])
def test_absolute_claim_after_a_courteous_instruction_and_note_mark(tmp_path: Path, note: str) -> None:
    ifu = ("# Instructions for Use\nNerveWatch NM-2 nerve monitoring system\n\n"
           f"Please read this manual carefully before use. {note}\n\n"
           "## Chapter 1 Usage purpose\nThe said system is for intraoperative nerve monitoring.\n")
    findings = _run(tmp_path, {"IFU_NM2_EN.md": ifu}, {"CL002"})
    assert [f.rule for f in findings] == ["CL002"]
    assert findings[0].locations[0].quote.startswith("※")


# --- SI001: unsafe responses to warning signs --------------------------------------------------

def _hazards(text: str) -> set[str]:
    return {m.hazard.id for m in match_hazards(text)}


@pytest.mark.parametrize("text,hazard", [
    ("In case of persistent vomiting or food obstruction, please add 1 to 2 mL of saline through the port so that the band becomes stable.", "tighten_band_on_obstruction"),
    ("If the patient vomits repeatedly, inject another 1 mL of saline into the port.", "tighten_band_on_obstruction"),
    ("For dysphagia after the adjustment, top up the band by 0.5 mL.", "tighten_band_on_obstruction"),
    ("Bei anhaltendem Erbrechen 1 ml Kochsalzlösung über den Port nachfüllen.", "tighten_band_on_obstruction"),
    ("En cas de vomissements persistants, injecter 1 ml de sérum dans le boîtier.", "tighten_band_on_obstruction"),
    ("If the impedance rises by more than 20 Ω during application, please continue the RF delivery and increase the power to 50 W.", "continue_rf_on_impedance_rise"),
    ("Should the impedance jump suddenly, raise the power to 50 W and continue the ablation.", "continue_rf_on_impedance_rise"),
    ("In the event of a rise in impedance of more than 15 ohms, keep delivering energy at higher power.", "continue_rf_on_impedance_rise"),
    ("Bei plötzlichem Impedanzanstieg die Leistung auf 50 W erhöhen.", "continue_rf_on_impedance_rise"),
    ("En cas d'augmentation brusque de l'impédance, poursuivre l'application à 50 W.", "continue_rf_on_impedance_rise"),
])
def test_unsafe_responses_to_warning_signs_are_hazards(text: str, hazard: str) -> None:
    assert hazard in _hazards(text)


@pytest.mark.parametrize("text", [
    "In case of persistent vomiting, remove 1 mL of saline and arrange a contrast swallow.",
    "If vomiting occurs, deflate the band.",
    "Add 0.5 mL of saline if the patient has no vomiting or dysphagia and is hungry.",
    "If impedance rises, do not continue the RF delivery.",
    "Monitor impedance during the application and increase the power in 5 W steps if the lesion is insufficient.",
    "An impedance fall of 10 ohms indicates good contact; continue the application for 30 s.",
])
def test_safe_responses_are_not_these_hazards(text: str) -> None:
    assert not _hazards(text) & {"tighten_band_on_obstruction", "continue_rf_on_impedance_rise"}


# --- SI004: MRI without telling the staff against MR Conditional ---------------------------

@pytest.mark.parametrize("language,permission,status", [
    ("en", "Information for the patient: MRI examination can be performed at any time without any notice to the hospital staff, because the said device is not affected by MRI.",
     "MR Conditional at 1.5 T and 3 T."),
    ("en", "You may have an MRI scan without informing the radiographer.", "MR Conditional at 1.5 T."),
    ("fr", "Vous pouvez passer une IRM sans prévenir le personnel.", "Compatible IRM sous conditions à 1,5 T."),
    ("de", "Eine MRT-Untersuchung ist ohne Rücksprache jederzeit möglich, da das Gerät von der MRT nicht beeinflusst wird.",
     "Bedingt MR-sicher bei 1,5 T."),
])
def test_mri_without_notice_exceeds_mr_conditional(tmp_path: Path, language: str, permission: str,
                                                   status: str) -> None:
    ifu = (f"# Instructions for Use\nCardioTrack CT-4 implantable monitor\n\n## MRI\n{status}\n\n"
           f"## Information for the patient\n{permission}\n")
    findings = _run(tmp_path, {f"IFU_CT4_{language.upper()}.md": ifu}, {"SI004"})
    assert [f.rule for f in findings] == ["SI004"]
    assert permission in [loc.quote for loc in findings[0].locations][0]


# --- CS001: use restricted to one hospital unit, another unit added ------------------------------

_NM_CER = ("# Clinical Evaluation Report\nNerveWatch NM-2\n\n## 2.4 Intended user and usage environment\n"
           "Head and neck surgeons; the system is used exclusively in the operating room during surgery.\n")


@pytest.mark.parametrize("name,ifu", [
    ("IFU_NM2_EN.md", "# Instructions for Use\nNerveWatch NM-2\n\n## Chapter 5 Usage environment\n"
                      "Usage environment: operating theatre, and also the intensive care unit for continuous "
                      "post-operative monitoring of the vocal cord function up to 72 hours.\n"),
    ("IFU_NM2_EN.md", "# Instructions for Use\nNerveWatch NM-2\n\n## Use environment\n"
                      "The system is intended for use in the operating room and in intensive care units.\n"),
    ("IFU_NM2_DA.md", "# Brugsanvisning\nNerveWatch NM-2\n\n## 5. Tilsigtede brugere og anvendelsesmiljø\n"
                      "Kirurger uddannet i IONM; operationsstue og intensivafdeling (postoperativ overvågning op til 72 timer).\n"),
])
def test_a_further_hospital_unit_contradicts_a_restriction_to_one_unit(tmp_path: Path, name: str,
                                                                        ifu: str) -> None:
    findings = _run(tmp_path, {"CER_NM2.md": _NM_CER, name: ifu}, {"CS001"})
    assert [f.rule for f in findings] == ["CS001"]
    assert findings[0].locations[0].quote == "exclusively in the operating room"


@pytest.mark.parametrize("ifu", [
    "## Use environment\nThe system is intended for use in the operating room by trained surgeons.\n",
    "## Use environment\nThe system is intended for use in the operating room of hospitals.\n",
])
def test_the_same_unit_or_the_hospital_is_no_contradiction(tmp_path: Path, ifu: str) -> None:
    findings = _run(tmp_path, {"CER_NM2.md": _NM_CER,
                               "IFU_NM2_EN.md": "# Instructions for Use\nNerveWatch NM-2\n\n" + ifu}, {"CS001"})
    assert findings == []


# --- courteous imperatives are instructions -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Kindly add 1 mL of saline.",
    "We kindly ask you to add 1 mL of saline.",
    "You are kindly requested to continue the application.",
    "Bitte fügen Sie 1 ml Kochsalzlösung hinzu.",
    "Por favor, añada 1 mL de suero.",
    "Si prega di aggiungere 1 mL di soluzione.",
    "Proszę dodać 1 ml soli fizjologicznej.",
])
def test_courteous_requests_open_with_an_imperative(text: str) -> None:
    assert opens_with_imperative(text)


@pytest.mark.parametrize("text", [
    "Please note that the device is safe for 10 years.",
    "Bitte beachten Sie, dass das Gerät sicher ist.",
    "Pleased patients reported less pain.",
])
def test_requests_to_take_notice_and_lookalikes_are_no_imperative(text: str) -> None:
    assert not opens_with_imperative(text)


def test_a_version_contradicting_itself_on_mri_is_no_language_difference(tmp_path: Path) -> None:
    english = ("# Instructions for Use\nCardioTrack CT-4\n\n## Specification\nMRI: MR Conditional at 1.5 T and 3 T.\n\n"
               "## Information for the patient\nAn MRI examination can be performed at any time without "
               "informing the hospital staff.\n")
    danish = ("# Brugsanvisning\nCardioTrack CT-4\n\n## Specifikation\nMR: MR-betinget ved 1,5 T og 3 T.\n")
    findings = _run(tmp_path, {"IFU_CT4_EN.md": english, "IFU_CT4_DA.md": danish}, {"LA001", "SI004"})
    assert [f.rule for f in findings] == ["SI004"]


def test_an_obstruction_in_another_device_is_no_band_to_tighten() -> None:
    # "inflow" is no Spanish "inflar": an LVAD's alarm handling names an obstruction but fills nothing
    assert "tighten_band_on_obstruction" not in _hazards(
        "Low flow: check for hypovolaemia, tamponade, arrhythmia or inflow obstruction; contact the implanting centre.")


def test_a_unit_the_restricting_document_names_itself_is_not_excluded(tmp_path: Path) -> None:
    # "operated only in the catheterisation laboratory or // intensive care unit": the line break
    # cuts the restriction short, but the same document names the unit for use
    cer = ("# Clinical Evaluation Report\nCardioLift P5\n\n## Intended users and use environment\n"
           "Operation and monitoring by ICU physicians. The pump is placed in the catheterisation "
           "laboratory and operated only in the catheterisation laboratory; it is then managed in "
           "the intensive care unit.\n")
    ifu = ("# Instructions for Use\nCardioLift P5\n\n## Use environment\n"
           "The pump is used in the catheterisation laboratory and in the intensive care unit.\n")
    assert _run(tmp_path, {"CER_CL.md": cer, "IFU_CL_EN.md": ifu}, {"CS001"}) == []
