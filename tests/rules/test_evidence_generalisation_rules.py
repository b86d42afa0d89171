"""Evidence and long-term claim rules on dossiers in other authors' words (whole pipeline)."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check


def _check(tmp_path: Path, files: dict[str, str], code: str) -> list:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return run_check([tmp_path], select={code}, workers=1).findings


_ADULT_DATA = """# CER InfuStar
## Clinical data
| Reference | Population | Follow-up |
|---|---|---|
| Smith et al. 2019 | 120 adults aged 18-80 years | 12 months |
| Jones et al. 2020 | 80 adult patients | 6 months |
"""


@pytest.mark.parametrize("purpose", [
    "InfuStar is intended for patients weighing at least 8 kg.",
    "InfuStar is intended for adults and children from 8 kg body weight.",
    "For patients from 2 years of age.",
    "Patients from 10 kg body weight.",
    "InfuStar est destiné aux patients à partir de 10 kg.",
])
def test_ev002_bound_admitting_minors_without_paediatric_data(tmp_path: Path, purpose: str) -> None:
    ifu = f"# IFU InfuStar\n## Intended purpose\n{purpose}\n"
    findings = _check(tmp_path, {"IFU_en.md": ifu, "CER.md": _ADULT_DATA}, "EV002")
    assert len(findings) == 1 and "adults" in findings[0].message


def test_ev002_bound_down_to_neonates_with_only_older_paediatric_data_is_minor(tmp_path: Path) -> None:
    ifu = "# IFU\n## Intended purpose\nFor paediatric patients and adults weighing more than 1 kg.\n"
    cer = _ADULT_DATA + "| Ito et al. 2022 | 58 children 5-40 kg | 14 days |\n"
    findings = _check(tmp_path, {"IFU_en.md": ifu, "CER.md": cer}, "EV002")
    assert [f.severity.value for f in findings] == ["minor"] and "neonates" in findings[0].message


@pytest.mark.parametrize("purpose", [
    "For patients aged 18 years and older.",
    "For adults weighing at least 40 kg.",
    "For patients up to 150 kg.",
])
def test_ev002_adult_bounds_need_no_paediatric_data(tmp_path: Path, purpose: str) -> None:
    ifu = f"# IFU InfuStar\n## Intended purpose\n{purpose}\n"
    assert _check(tmp_path, {"IFU_en.md": ifu, "CER.md": _ADULT_DATA}, "EV002") == []


@pytest.mark.parametrize("population", [
    "41 children aged 3-11 years", "paediatric cohort (n = 41)", "patients aged 2 to 17 years",
    "infants and toddlers (n = 30)", "41 children", "30 adolescents", "35 pediatric patients",
])
def test_ev002_paediatric_data_in_other_words(tmp_path: Path, population: str) -> None:
    ifu = "# IFU\n## Intended purpose\nInfuStar is intended for adults and children from 8 kg body weight.\n"
    cer = _ADULT_DATA + f"| Lee et al. 2021 | {population} | 6 months |\n"
    assert _check(tmp_path, {"IFU_en.md": ifu, "CER.md": cer}, "EV002") == []


_OWN_12_MONTHS = """# CER AortoSeal
## Clinical data
| Study | Patients | Follow-up |
|---|---|---|
| AORTO-1 (own investigation) | 38 patients | 12 months |

"""


@pytest.mark.parametrize("claim", [
    "AortoSeal provides 5-year durability of the aneurysm repair.",
    "AortoSeal is safe for life.",
    "The implant offers lifetime safety.",
])
def test_cl004_long_term_claims_on_12_month_data(tmp_path: Path, claim: str) -> None:
    findings = _check(tmp_path, {"CER.md": _OWN_12_MONTHS + f"## Benefits\n{claim}\n"}, "CL004")
    assert len(findings) == 1 and "12 months" in findings[0].message


@pytest.mark.parametrize("statement", [
    "Durable repair: recurrence at 24 months.",
    "The 5-year criterion will be confirmed by the PMCF registry.",
    "Long-term durability will be confirmed in the PMCF registry over 10 years.",
    "Primary endpoint: freedom from reintervention at 5 years.",
])
def test_cl004_ev003_plans_and_endpoint_names_are_no_claims(tmp_path: Path, statement: str) -> None:
    files = {"CER.md": _OWN_12_MONTHS + f"## Benefits\n{statement}\n"}
    assert _check(tmp_path, files, "CL004") == []
    assert _check(tmp_path, files, "EV003") == []


def test_planned_registry_follow_up_is_not_the_longest_follow_up(tmp_path: Path) -> None:
    cer = (_OWN_12_MONTHS + "## Data sources\nThe PMCF registry will follow all patients for 5 years.\n\n"
           "## Benefits\nAortoSeal provides 5-year durability of the repair.\n")
    findings = _check(tmp_path, {"CER.md": cer}, "CL004")
    assert len(findings) == 1 and "12 months" in findings[0].message


def test_follow_up_from_a_label_value_table(tmp_path: Path) -> None:
    cer = ("# CER X\n## Own clinical investigation\n| Item | Value |\n|---|---|\n| Patients | 38 |\n"
           "| Follow-up | 12 months |\n\n## Benefits\nX provides 5-year durability of the repair.\n")
    assert len(_check(tmp_path, {"CER.md": cer}, "CL004")) == 1


@pytest.mark.parametrize(("criterion", "result"), [
    ("Device-related complication rate ≤ 8 % at 30 days",
     "The device-related complication rate at 30 days was 5.1 % (criterion ≤ 8 %)."),
    ("Technical success ≥ 97 %", "Technical success was achieved in 98.4 % of procedures."),
    ("Pressure accuracy ± 10 mmHg", "Measured pressures deviated by at most 7 mmHg from the reference."),
    ("Freedom from reintervention at 12 months ≥ 90 %", "The reintervention rate at 12 months was 4 %."),
    ("No unintended stop of ventilation", "No ventilation interruption occurred during the study."),
    ("Absence of unintended ventilation stops", "There were no interruptions of ventilation."),
    ("Rate of serious adverse device effects ≤ 5 %", "SADEs occurred in 2 of 120 patients (1.7 %)."),
])
def test_ev004_outcome_reported_in_other_words(tmp_path: Path, criterion: str, result: str) -> None:
    cep = f"# CEP X\n## Outcome parameters and acceptance criteria\n- {criterion}\n"
    assert _check(tmp_path, {"CEP.md": cep, "CER.md": f"# CER X\n## Results\n{result}\n"}, "EV004") == []


@pytest.mark.parametrize(("criterion", "result"), [
    ("Complete wound closure in ≥ 70 % of ulcers at 12 weeks", "Pain scores fell from 6 to 2."),
    ("Mean pain reduction ≥ 2 points on the VAS", "Wound closure was achieved in 75 % of ulcers."),
])
def test_ev004_other_outcome_is_not_reported(tmp_path: Path, criterion: str, result: str) -> None:
    cep = f"# CEP X\n## Outcome parameters and acceptance criteria\n- {criterion}\n"
    assert len(_check(tmp_path, {"CEP.md": cep, "CER.md": f"# CER X\n## Results\n{result}\n"}, "EV004")) == 1


_EQUIVALENCE = "# CER X\nX is a class III implantable device.\n\n## Equivalence\n"


@pytest.mark.parametrize("text", [
    "PulseAir 2 is equivalent to its predecessor PulseAir 1 of the same manufacturer (same design, materials and "
    "console). The intended purpose is unchanged.",
    "The DentaFix S implant is equivalent to our previous generation DentaFix: identical implant and abutment, "
    "same indications.",
    "Equivalence is claimed to the predecessor NeuroStim 3 (own device): unchanged materials, geometry and "
    "software; same clinical indication and patient population.",
])
def test_ev008_short_sameness_is_a_comparison(tmp_path: Path, text: str) -> None:
    assert _check(tmp_path, {"CER.md": _EQUIVALENCE + text + "\n"}, "EV008") == []


_SMOOTH_TEXTURED = ("SmoothForm is equivalent to the textured TexForm implant. Both implants are made of the same "
                    "silicone materials in contact with the same tissues, have the same design, and are used for the "
                    "same indications. SmoothForm has a smooth surface, TexForm a textured surface.")


def test_ev008_difference_without_justification(tmp_path: Path) -> None:
    findings = _check(tmp_path, {"CER.md": _EQUIVALENCE + _SMOOTH_TEXTURED + "\n"}, "EV008")
    assert len(findings) == 1 and '"smooth" and "textured"' in findings[0].message


def test_ev008_difference_with_justification(tmp_path: Path) -> None:
    text = _SMOOTH_TEXTURED + (" Bench testing and a literature review show that this difference has no clinically "
                               "significant effect on safety or performance.")
    assert _check(tmp_path, {"CER.md": _EQUIVALENCE + text + "\n"}, "EV008") == []


_AAA = ("# IFU AortaLine\n## Intended purpose\nAortaLine is an endovascular stent-graft intended for the treatment "
        "of infrarenal abdominal aortic aneurysms.\n")
_AAA_DATA = """# CER AortaLine
## Clinical data
| Study | Population | Follow-up |
|---|---|---|
| ALINE-1 (own) | 60 patients with abdominal aortic aneurysm | 12 months |
"""


@pytest.mark.parametrize("row", [
    "| THORAX registry (Berger 2019) | 420 patients treated with TEVAR for thoracic aortic aneurysm | 5 years |",
    "| Dupont 2018 | 300 patients, anévrisme de l'aorte thoracique | 4 years |",
    "| Maier 2017 | 150 Patienten mit thorakalem Aortenaneurysma, Aortenbogen | 5 years |",
])
def test_ev006_data_from_another_anatomical_site(tmp_path: Path, row: str) -> None:
    findings = _check(tmp_path, {"IFU_en.md": _AAA, "CER.md": _AAA_DATA + row + "\n"}, "EV006")
    assert len(findings) == 1 and "thoracic aorta" in findings[0].message
    assert findings[0].severity.value == "major"  # it holds the longest follow-up


@pytest.mark.parametrize("extra", [
    "| Keller 2020 | 200 patients with infrarenal AAA after EVAR | 3 years |\n",
    "| THORAX registry (Berger 2019) | 420 patients with thoracic aortic aneurysm | 5 years |\n\n"
    "## Equivalence\nAortaLine is equivalent to the THORAX stent-graft.\n",
    "\n## State of the art\nTEVAR for thoracic aortic aneurysms has a 5-year survival of 70 % [9].\n",
])
def test_ev006_same_site_equivalent_device_or_state_of_the_art(tmp_path: Path, extra: str) -> None:
    assert _check(tmp_path, {"IFU_en.md": _AAA, "CER.md": _AAA_DATA + extra}, "EV006") == []


_CRRT = ("# IFU RenaCare\n## Intended purpose\nRenaCare is intended for continuous renal replacement therapy in "
         "critically ill adults with acute kidney injury in intensive care units.\n")


@pytest.mark.parametrize("sentence", [
    "Filtration performance was shown in 120 patients on maintenance haemodialysis in three dialysis centres, "
    "followed for 12 months [4].",
    "Clearance was confirmed in a cohort of 80 ESRD patients [5].",
    "Une étude de 90 patients en hémodialyse chronique a confirmé la clairance [6].",
])
def test_ev006_chronic_dialysis_data_for_an_acute_device(tmp_path: Path, sentence: str) -> None:
    cer = f"# CER RenaCare\n## Clinical data\n{sentence}\n"
    findings = _check(tmp_path, {"IFU_en.md": _CRRT, "CER.md": cer}, "EV006")
    assert len(findings) == 1 and "chronic maintenance" in findings[0].message


def test_ev006_acute_data_for_an_acute_device(tmp_path: Path) -> None:
    cer = ("# CER RenaCare\n## Clinical data\nIn 64 critically ill patients with AKI, CRRT with RenaCare was "
           "followed for 28 days [6].\n")
    assert _check(tmp_path, {"IFU_en.md": _CRRT, "CER.md": cer}, "EV006") == []


@pytest.mark.parametrize(("ifu", "sentence", "fires"), [
    ("HealPad is intended for the management of diabetic foot ulcers and venous leg ulcers.",
     "In a randomised trial of 90 patients with closed surgical incisions, HealPad reduced dehiscence [3].", True),
    ("HealPad est destiné au traitement des ulcères du pied diabétique.",
     "In a randomised trial of 90 patients with closed surgical incisions, HealPad reduced dehiscence [3].", True),
    ("HealPad is intended for the management of diabetic foot ulcers.",
     "In 40 patients with ulcerative colitis, ozone therapy reduced inflammation [3].", True),
    ("HealPad is intended for the management of diabetic foot ulcers.",
     "In 80 patients with diabetic foot ulcers and heart failure, wound closure improved [5].", False),
    ("HealPad is intended for acute and chronic wounds.",
     "In a randomised trial of 90 patients with closed surgical incisions, HealPad reduced dehiscence [3].", False),
])
def test_ev006_wound_device_evidence(tmp_path: Path, ifu: str, sentence: str, fires: bool) -> None:
    name = "IFU_fr.md" if "destiné" in ifu else "IFU_en.md"
    files = {name: f"# IFU HealPad wound dressing\n## Intended purpose\n{ifu}\n",
             "CER.md": f"# CER HealPad wound dressing\n## Clinical data\n{sentence}\n"}
    assert bool(_check(tmp_path, files, "EV006")) is fires
