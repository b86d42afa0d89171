"""CS001, PM001, PM003 and PO003 on phrasings unlike the generator's: a care setting that merely
differs is no contradiction without a restriction; the place of an implantation is not a use
environment; PMCF sites and groups outside the intended use; samples fixed by a registry or by a
study's cohort; populations defined by their condition."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check


def _findings(tmp_path: Path, files: dict[str, str], code: str) -> list:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == code]


_IFU = "# Instructions for use\n\n## Intended purpose\n{}\n"
_CER = "# Clinical evaluation report\n\n## Intended purpose\n{}\n"


# --- CS001 -------------------------------------------------------------------------------------

@pytest.mark.parametrize("ifu, cer", [
    # neither restricts nor states the use environment: a different description
    ("The pump is intended for the infusion of insulin in adults; patients live at home.",
     "The pump is used in hospitals for adults."),
    # where the implant is put in vs where the implanted patient lives
    ("The NeuroStim implant is implanted by neurosurgeons in the operating room in adults.",
     "Adults with the NeuroStim implant recharge it at home once a week."),
    ("The implant must be implanted exclusively in an operating room under sterile conditions.",
     "After implantation, adult patients use the patient programmer at home."),
])
def test_cs001_silent_without_a_use_restriction(tmp_path: Path, ifu: str, cer: str) -> None:
    assert not _findings(tmp_path, {"IFU_en.md": _IFU.format(ifu), "CER.md": _CER.format(cer)}, "CS001")


@pytest.mark.parametrize("ifu, cer", [
    # without a restriction, statements of the use environment that differ: home added
    ("The pump is intended for use at home and in outpatient settings by adults.",
     "The pump is used in hospitals for adults."),
    ("| Use environment | Home care and ambulatory settings |",
     "The device is intended to be used in a hospital environment by nurses."),
])
def test_cs001_statements_of_the_environment_differ(tmp_path: Path, ifu: str, cer: str) -> None:
    findings = _findings(tmp_path, {"IFU_en.md": _IFU.format(ifu), "CER.md": _CER.format(cer)}, "CS001")
    assert [f.severity.value for f in findings] == ["major"]


@pytest.mark.parametrize("ifu, cer, quote", [
    ("For hospital use only.", "The pump is used in hospitals and at home by adults.", "For hospital use only"),
    ("The device may only be used by trained physiotherapists in hospital rehabilitation units.",
     "The device is used in hospitals, sports clinics and fitness studios.", "only be used by trained"),
    ("Use outside healthcare facilities is not permitted.", "Home care patients use the device daily.",
     "outside healthcare facilities"),
    ("Intended for use at home and in nursing homes only.", "The device is used in intensive care units.",
     "nursing homes only"),
    ("Uitsluitend voor gebruik in ziekenhuizen.", "The device is used at home.", "Uitsluitend"),
    ("Implantation must only be performed in hospitals with cardiac surgery on site.",
     "Implantation can also be performed in outpatient clinics.", "only be performed in hospitals"),
])
def test_cs001_restriction_against_extension(tmp_path: Path, ifu: str, cer: str, quote: str) -> None:
    found = _findings(tmp_path, {"IFU_en.md": _IFU.format(ifu), "CER.md": _CER.format(cer)}, "CS001")
    assert len(found) == 1 and found[0].severity.value == "major"
    assert any(quote in loc.quote for loc in found[0].locations)


# --- PM001 -------------------------------------------------------------------------------------

_PLAN = ("# PMCF plan\n\n## Objectives\nTo estimate the rate of device-related adverse events at 12 "
         "months.\n\n{}\n\n## Sample size\n300 patients, giving a 95 % CI of ± 3 %.\n\n## Endpoints\n"
         "Adverse events at 12 months.\n\n## Timeline\nEnrolment 2026-2027; annual report.\n")
_HOME = ("The OxyHome concentrator delivers oxygen to adults with chronic respiratory failure. It is "
         "intended for use in the home and in long-term care facilities.")
_HOSPITAL_UNITS = "The CryoTherm device is for adults. Use is restricted to hospital physiotherapy departments."
_ADULTS = "The device is indicated for adult patients with knee osteoarthritis."


@pytest.mark.parametrize("intended, plan", [
    (_HOME, "## Study sites\nThe registry recruits at 12 sites, including intensive care units and "
            "emergency departments of university hospitals."),
    (_HOME, "## Population\n\n| Item | Description |\n|---|---|\n| Setting | Emergency departments and ICUs "
            "of 6 hospitals |"),
    (_HOSPITAL_UNITS, "## Data sources\n- sports clinics\n- fitness centres\n- day spas"),
    (_HOSPITAL_UNITS, "## Population\nLes participants sont recrutés dans des centres de bien-être et des "
                      "salles de sport."),
    (_ADULTS, "## Inclusion criteria\n- adolescents and adults with knee osteoarthritis"),
    (_ADULTS, "## Study population\nPatients aged 14 to 80 years with knee osteoarthritis."),
    (_ADULTS, "## Population\nEingeschlossen werden Patienten ab 12 Jahren mit Gonarthrose."),
])
def test_pm001_plan_outside_intended_use(tmp_path: Path, intended: str, plan: str) -> None:
    found = _findings(tmp_path, {"IFU_en.md": _IFU.format(intended), "PMCF_plan.md": _PLAN.format(plan)},
                      "PM001")
    assert len(found) == 1 and found[0].severity.value == "major"


@pytest.mark.parametrize("intended, plan", [
    (_HOME, "## Study population\nAdults using the concentrator at home or in nursing homes."),
    (_HOME, "## Study population\nAdults starting home oxygen therapy, recruited on hospital pulmonology wards."),
    (_ADULTS, "## Inclusion criteria\n- adults aged 18 years or older with knee osteoarthritis"),
    (_ADULTS, "## Exclusion criteria\n- adolescents and children"),
    (_HOSPITAL_UNITS, "## Study sites\nPhysiotherapy departments of four university hospitals."),
])
def test_pm001_plan_within_intended_use(tmp_path: Path, intended: str, plan: str) -> None:
    assert not _findings(tmp_path, {"IFU_en.md": _IFU.format(intended), "PMCF_plan.md": _PLAN.format(plan)},
                         "PM001")


# --- PM003 -------------------------------------------------------------------------------------

_HIP_CER = ("# Clinical evaluation report\n\n## Clinical data\nThe ORTHO-1 study enrolled 212 patients "
            "with total hip arthroplasty; 5-year follow-up is ongoing.\n\n## Residual risks\nAseptic "
            "loosening and dislocation remain.\n")
_HIP_PLAN = ("# PMCF plan\n\n## Objectives\nTo estimate the revision rate for aseptic loosening at 10 "
             "years.\n\n## Endpoints\nRevision for any reason at 10 years.\n\n## Timeline\nAnnual reports "
             "from 2026 to 2035.\n\n{}\n")


@pytest.mark.parametrize("activity", [
    "## PMCF activities\nContinued follow-up of all patients of the ORTHO-1 study to 10 years.",
    "## Sample size\nThe sample is the ORTHO-1 cohort; all enrolled patients continue to be followed.",
    "## PMCF activities\nParticipation in the German Arthroplasty Registry (EPRD), which records all "
    "implanted patients.",
    "## Methods\nData on every implanted stem are collected through the National Joint Registry (NJR).",
    "## Méthodes\nParticipation au registre national des prothèses de hanche.",
    "## Sample size\n400 patients, based on the expected event rate of 2 % at 5 years.",
    "## Sample size\n300 patients; the study is powered to detect a revision rate above 3 %.",
    "## Fallzahl\n350 Patienten, ausgehend von der erwarteten Revisionsrate von 2 %.",
])
def test_pm003_samples_fixed_or_justified(tmp_path: Path, activity: str) -> None:
    assert not _findings(tmp_path, {"CER.md": _HIP_CER, "PMCF_plan.md": _HIP_PLAN.format(activity)}, "PM003")


@pytest.mark.parametrize("activity, gap", [
    ("## Methods\nClinical data will be collected from users of the device during routine use.", "sample size"),
    ("## PMCF activities\nContinued follow-up of all patients of the HIPSTAR-2 study.", "sample size"),
    ("## Objectives (2)\nConfirm the 2 % dislocation rate seen in 120 patients.\n\n## Methods\nData will be "
     "collected from users.", "sample size"),
    ("## Sample size\n100 patients.", "rationale"),
])
def test_pm003_still_reports_missing_samples(tmp_path: Path, activity: str, gap: str) -> None:
    found = _findings(tmp_path, {"CER.md": _HIP_CER, "PMCF_plan.md": _HIP_PLAN.format(activity)}, "PM003")
    assert len(found) == 1 and gap in found[0].message


# --- PO003 -------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, text", [
    ("IFU_en.md", "# Instructions for use\n\n## Intended purpose\nThe HipStem is intended for total hip "
                  "arthroplasty.\n\n## Indications\nSkeletally mature patients with degenerative joint disease.\n"),
    ("CER.md", "# Clinical evaluation report\n\n## Intended purpose\nThe HipStem is intended for patients "
               "requiring total hip arthroplasty due to osteoarthritis.\n"),
    ("SSCP.md", "# SSCP\n\n## Intended purpose\n\n| Item | Description |\n|---|---|\n| Intended purpose | "
                "Replacement of the hip joint |\n| Target population | People with end-stage hip osteoarthritis |\n"),
    ("CEP.md", "# CEP\n\n## 1 Intended purpose\nThe WoundPad is intended for the management of exuding "
               "wounds.\n\n## 3 Target population\nPersons with venous leg ulcers or diabetic foot ulcers.\n"),
    ("IFU_fr.md", "# Notice\n\n## Destination\nLa tige est destinée à l'arthroplastie totale de la hanche chez "
                  "les patients ayant atteint la maturité squelettique.\n"),
    ("IFU_es.md", "# Instrucciones de uso\n\n## Finalidad prevista\nEl vástago está destinado a pacientes que "
                  "requieren artroplastia total de cadera.\n"),
])
def test_po003_population_defined_by_condition(tmp_path: Path, name: str, text: str) -> None:
    assert not _findings(tmp_path, {name: text}, "PO003")


@pytest.mark.parametrize("text", [
    "# Instructions for use\n\n## Intended purpose\nThe device is intended to deliver oxygen to patients.\n",
    "# Instructions for use\n\n## Intended purpose\nThe device is intended to deliver oxygen.\n\n"
    "## Contraindications\nPatients with untreated pneumothorax.\n",
    "# Instructions for use\n\n## Intended purpose\nThe device is intended to deliver oxygen.\n\n"
    "## Literature\nSmith et al. treated 40 patients with COPD in a randomised study.\n",
])
def test_po003_still_reports_no_population(tmp_path: Path, text: str) -> None:
    assert len(_findings(tmp_path, {"IFU_en.md": text}, "PO003")) == 1
