"""EV001: a table row whose design cell holds only study-type words ("Bench/animal", "In vitro /
ex vivo", "Pre-clinical") states its own non-clinical design; a bench or animal finding stated in
the device description (what the device is and how it works) is a property of the device, not
clinical data. A claim that rests on such work is still reported."""

import pytest

from panelproof.pipeline import run_check
from panelproof.rules.evidence.EV001_non_clinical_evidence import _states_own_design


def _ev001(tmp_path, text: str):
    (tmp_path / "CER.md").write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path]).findings if f.rule == "EV001"]


_TABLE = ("# Clinical Evaluation Report\n\n## 6.1 Literature\n\n"
          "| Ref | Design | N | Population | Follow-up | Main results |\n"
          "| --- | --- | --- | --- | --- | --- |\n"
          "| [1] | Prospective registry | 140 | Adults 21-76 years | 12 months | success 96 % |\n")


@pytest.mark.parametrize("row", [
    "| [8] | Bench/animal | — | Porcine coronary arteries | 28 d | No dissection > type B |",
    "| [5] | In vitro / ex vivo | 30 | Explanted bovine tendons | acute | pull-out 410 N |",
    "| [6] | Pre-clinical | 12 | Ovine carotid arteries | 90 days | full endothelialisation |",
])
def test_design_cell_of_study_type_words_is_not_presented_as_clinical(tmp_path, row):
    assert _ev001(tmp_path, _TABLE + row + "\n") == []


@pytest.mark.parametrize(("text", "states"), [
    ("[8] | Bench/animal | — | Porcine coronary arteries", True),
    ("[5] | In vitro / ex vivo | 30 | Explanted bovine tendons", True),
    ("Smith 2019 | Sheep | 24 | 12 months", False),
    ("Jones 2020 | Pigs | 10 | 28 d", False),
])
def test_states_own_design(text, states):
    assert _states_own_design(text) is states


@pytest.mark.parametrize(("heading", "paragraph"), [
    ("2 Device description",
     "a Ex vivo porcine lung model, inflation to rupture of the sealant; n = 30, mean 78 ± 11 cmH2O."),
    ("2 Device description",
     "The matrix is repopulated by host fibroblasts and is remodelled into host tissue within 3 to 6 "
     "months, according to the animal studies in the chinchilla model [4]."),
    ("3. Technical specifications",
     "Burst strength was 310 mmHg in an in vitro model (n = 20 explanted porcine vessels)."),
])
def test_finding_in_device_description_is_not_clinical_data(tmp_path, heading, paragraph):
    text = (f"# Clinical Evaluation Report\n\n## {heading}\n\n{paragraph}\n\n"
            "## 6. Clinical data\n\nProspective registry of 140 adults, 12 months, success 96 % [1].\n\n"
            "## 9. References\n\n1. Registry of the device, 140 patients.\n"
            "4. Pre-clinical report OB-PRE-004 (chinchilla model).\n")
    assert _ev001(tmp_path, text) == []


def test_animal_study_in_clinical_data_section_is_still_reported(tmp_path):
    text = ("# Clinical Evaluation Report\n\n## 6. Clinical data\n\n"
            "In an ovine model (n = 9 sheep), cardiac output rose by 31 % under support; these results "
            "constitute the pivotal clinical evidence for the device.\n")
    assert _ev001(tmp_path, text)
