"""Held-out classes of session 17 (ac): equivalence to a competitor's device without a contract
(a device name holding "IF"/"SI", a conditional contract sentence in the CEP, terse "technical
file not available"), lifelong claims after "It should be noted that", follow-up cells with a
planned duration in brackets, cancer-prevention and permanent disease-halting claims, and
touching the patient during a defibrillation shock. Own sentences, several languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract.claims import analyse
from panelproof.extract.evidence import denies_access, equivalence_in, follow_up_months, states_equivalence
from panelproof.pipeline import run_check
from panelproof.rules.safety.common import match_hazards, prohibited_hazards


# ---------------------------------------------------------------- EV005


@pytest.mark.parametrize("text", [
    "The OrthoLink IF is considered equivalent to the Spanfix rod of another manufacturer.",
    "Hence the Fixa SI implant is deemed equivalent to the SacroLock screw of a competitor.",
    "The Ilio IF system is regarded as equivalent to the PathWay stent made by a third party.",
])
def test_capitalised_if_or_si_in_a_device_name_is_no_condition(text: str) -> None:
    assert states_equivalence(text)
    value = equivalence_in(text)
    assert value is not None and value.own_device is False


@pytest.mark.parametrize("text", [
    "If equivalence is demonstrated, the data of the predicate may be used.",
    "Data of an equivalent device are used only if clinical, technical and biological equivalence is shown.",
])
def test_a_lower_case_condition_still_claims_nothing(text: str) -> None:
    assert not states_equivalence(text)


@pytest.mark.parametrize("text", [
    "Data of an equivalent device may be used only if, for a device of another manufacturer, a contract according to Art. 61(5) is in place.",
    "For a competitor's device, the MDR requires a contract allowing full access to the technical documentation.",
    "Equivalent device data are accepted provided that an agreement with its manufacturer exists.",
])
def test_a_contract_named_as_a_condition_is_no_contract(text: str) -> None:
    value = equivalence_in(text, in_section=True)
    assert value is None or value.contract is None


@pytest.mark.parametrize("text", [
    "A contract with Acme Medical Inc. grants full ongoing access to the technical documentation of the Xeno stent.",
    "An agreement with Nordic Implants AB gives us continuous access to the technical file of the equivalent device.",
])
def test_a_stated_contract_still_counts(text: str) -> None:
    value = equivalence_in(text, in_section=True)
    assert value is not None and value.contract is True


@pytest.mark.parametrize("text", [
    "Technical file of the comparator device not available; data taken from its IFU and SSCP.",
    "Equivalent device: Xeno stent (Acme Inc.), technical documentation: not accessible.",
])
def test_terse_admission_of_no_access(text: str) -> None:
    assert denies_access(text)


def _ev005(tmp_path: Path, cer: str, cep: str | None = None) -> list:
    (tmp_path / "CER.md").write_text(cer, encoding="utf-8")
    if cep:
        (tmp_path / "CEP.md").write_text(cep, encoding="utf-8")
    return run_check([tmp_path], select={"EV005"}, workers=1).findings


def test_ev005_competitor_device_with_capitalised_suffix(tmp_path: Path) -> None:
    findings = _ev005(tmp_path, "# Clinical Evaluation Report ArterPath IF\n\n"
                                "ArterPath IF is a class III implantable stent.\n\n"
                                "## 6 Clinical data\n\n"
                                "The ArterPath IF is considered equivalent to the Lumino stent of another "
                                "manufacturer, because both have the same design. The published data of the "
                                "Lumino stent are used; no agreement with that manufacturer is needed because "
                                "the information is public.\n")
    assert len(findings) == 1
    assert "Lumino" in findings[0].message


def test_ev005_conditional_contract_in_the_cep_does_not_veto(tmp_path: Path) -> None:
    findings = _ev005(
        tmp_path,
        "# Clinical Evaluation Report ValvaClip\n\nValvaClip is a class III implantable clip.\n\n"
        "## 6 Equivalence\n\n"
        "The data of the GripMax clip of Heartline Corp. are used as equivalent device data. "
        "An agreement with Heartline Corp. giving access to its technical documentation does not exist, "
        "since the information is public.\n",
        "# Clinical Evaluation Plan ValvaClip\n\n## 4 Methods\n\n"
        "Data of an equivalent device are used only if equivalence is demonstrated and, for a device of "
        "another manufacturer, if a contract according to Article 61(5) MDR is in place.\n")
    assert len(findings) == 1
    assert "does not exist" in findings[0].message
    assert all(loc.document == "CER.md" for loc in findings[0].locations)


# ---------------------------------------------------------------- CL004


@pytest.mark.parametrize("text", [
    "It should be noted that the shunt keeps the vessel patent for the whole life of the patient.",
    "It must be emphasised that the stent provides lifelong patency of the vein.",
    "It should be stressed that the repair remains durable for the rest of the patient's life.",
])
def test_discourse_should_be_noted_is_no_obligation(text: str) -> None:
    assert analyse(text) is not None


def test_an_obligation_is_still_no_claim() -> None:
    assert analyse("The stent should be implanted by trained physicians to achieve lifelong patency.") is None


@pytest.mark.parametrize("text, months", [
    ("follow-up 12 months (36 planned)", 12.0),
    ("Follow-up: 24 months (5 years foreseen)", 24.0),
    ("suivi de 6 mois (24 mois prévus)", 6.0),
])
def test_planned_duration_in_brackets_is_not_the_follow_up(text: str, months: float) -> None:
    assert follow_up_months(text) == months


def test_planned_follow_up_alone_is_still_no_follow_up() -> None:
    assert follow_up_months("patients will be followed for 5 years") is None


# ---------------------------------------------------------------- CL003


@pytest.mark.parametrize("text, flag", [
    ("The laser ablation of the thyroid nodule prevents the development of thyroid carcinoma.",
     "device_prevents_malignancy"),
    ("Thanks to the thermal treatment, the patient is protected against later prostate cancer.",
     "device_prevents_malignancy"),
    ("Das Verfahren verhindert die Entstehung von Krebs in der behandelten Zone.", "device_prevents_malignancy"),
    ("Le traitement prévient l'apparition d'un cancer de l'utérus.", "device_prevents_malignancy"),
    ("The radiofrequency procedure halts the progression of the disease permanently.",
     "symptomatic_therapy_halts_disease_permanently"),
    ("After the treatment, the growth of the gland is stopped for good.",
     None),  # passive of "stop": no "stops ... growth" form; kept as a documented gap
])
def test_prevention_and_permanent_halt_claims(text: str, flag: str | None) -> None:
    claim = analyse(text)
    assert (claim.red_flag if claim else None) == flag


@pytest.mark.parametrize("text", [
    "Removal of adenomatous polyps with the snare prevents colorectal cancer.",
    "The covered stent prevents tumour ingrowth.",
    "The wearable defibrillator prevents death from malignant ventricular arrhythmias.",
    "The retrieval bag prevents the spread of cancer cells during extraction.",
    "The device does not prevent cancer.",
    "Brachytherapy reduced the risk of local recurrence of the carcinoma.",
])
def test_legitimate_or_negated_cancer_sentences_are_no_red_flag(text: str) -> None:
    claim = analyse(text)
    assert claim is None or claim.red_flag not in {"device_prevents_malignancy",
                                                   "symptomatic_therapy_halts_disease_permanently"}


def test_red_flag_claim_in_a_risk_section_is_reported(tmp_path: Path) -> None:
    (tmp_path / "CER.md").write_text(
        "# Clinical Evaluation Report UroTherm\n\nUroTherm treats benign prostatic hyperplasia.\n\n"
        "## 7 Residual risks\n\nTransient dysuria occurred in 12 % of patients. "
        "Moreover, the UroTherm treatment prevents the later development of prostate cancer.\n",
        encoding="utf-8")
    findings = run_check([tmp_path], select={"CL003"}, workers=1).findings
    assert len(findings) == 1 and "prostate cancer" in findings[0].message


def test_ordinary_risk_sentences_stay_no_claims(tmp_path: Path) -> None:
    (tmp_path / "CER.md").write_text(
        "# Clinical Evaluation Report UroTherm\n\n## 7 Residual risks\n\n"
        "Transient dysuria occurred in 12 % of patients and resolved within 2 weeks.\n",
        encoding="utf-8")
    assert run_check([tmp_path], select={"CL003", "CL001", "CL002"}, workers=1).findings == []


# ---------------------------------------------------------------- SI001 / SI003


def _hazards(text: str) -> set[str]:
    return {m.hazard.id for m in match_hazards(text)}


@pytest.mark.parametrize("text", [
    "Relatives may continue to hold the patient during the shock, since the electrodes are insulated.",
    "Carers can stay in contact with the patient while the device delivers the shock.",
    "You can keep your hand on the patient during defibrillation.",
    "Sie dürfen den Patienten während des Schocks festhalten.",
    "Vous pouvez tenir le patient dans vos bras pendant le choc.",
    "Puede sostener al paciente durante la descarga.",
])
def test_contact_with_patient_during_shock_is_unsafe(text: str) -> None:
    assert "contact_patient_during_shock" in _hazards(text)


@pytest.mark.parametrize("text", [
    "Press and hold the shock button during defibrillation.",
    "After the shock, you may touch the patient and start chest compressions.",
    "Hold the electrode pads firmly during placement.",
])
def test_other_contacts_are_safe(text: str) -> None:
    assert "contact_patient_during_shock" not in _hazards(text)


@pytest.mark.parametrize("text", [
    "Do not touch the patient during the shock.",
    "Bystanders must never hold the patient while the device is delivering a shock.",
    "Den Patienten während der Defibrillation nicht berühren.",
])
def test_the_warning_is_a_prohibition(text: str) -> None:
    assert not _hazards(text)
    assert "contact_patient_during_shock" in {m.hazard.id for m in prohibited_hazards(text)}


@pytest.mark.parametrize("text", [
    "Review of access to the technical documentation pending.",
    "Verification of the agreement with the competitor is still outstanding.",
])
def test_a_pending_review_of_access_is_no_contract(text: str) -> None:
    value = equivalence_in(text, in_section=True)
    assert value is None or value.contract is not True
