"""IU002: a contraindication written as a limit of a clinical measure ("eGFR < 25 mL/min") is
the same item as the condition that limit names in another document ("severe renal failure";
clinical_measures.yaml `states`, KDIGO G4-G5); a limit that names no such condition is not."""

from __future__ import annotations

import pytest

from panelproof.pipeline import run_check
from panelproof.rules.intended_use.common import measured_conditions

_DOC = "# {title} – AtriaSense\n\n## Contraindications\n\n- Active systemic infection\n- {item}\n"


@pytest.mark.parametrize("text", [
    "Estimated glomerular filtration rate (eGFR) < 25 mL/min/1.73 m²",
    "eGFR below 20 ml/min",
    "GFR < 15 ml/min/1.73 m²",
])
def test_a_low_egfr_limit_names_renal_failure(text):
    assert measured_conditions(text) == {"renal_failure"}


@pytest.mark.parametrize("text", ["eGFR < 60 mL/min", "eGFR 30-60 mL/min", "LVEF < 25 %"])
def test_other_limits_name_no_condition(text):
    assert measured_conditions(text) == set()


@pytest.mark.parametrize(("cer", "sscp"), [
    ("Estimated glomerular filtration rate (eGFR) < 25 mL/min/1.73 m²", "Severe renal failure"),
    ("eGFR below 20 ml/min", "Kidney failure"),
])
def test_the_measured_form_and_the_condition_agree(tmp_path, cer, sscp):
    (tmp_path / "CER.md").write_text(_DOC.format(title="Clinical evaluation report", item=cer), encoding="utf-8")
    (tmp_path / "SSCP.md").write_text(_DOC.format(title="Summary of safety and clinical performance", item=sscp),
                                      encoding="utf-8")
    assert not [f for f in run_check([tmp_path], workers=1).findings if f.rule == "IU002"]


def test_a_moderate_limit_against_renal_failure_still_differs(tmp_path):
    (tmp_path / "CER.md").write_text(_DOC.format(title="Clinical evaluation report", item="eGFR < 60 mL/min"),
                                     encoding="utf-8")
    (tmp_path / "SSCP.md").write_text(_DOC.format(title="Summary of safety and clinical performance",
                                                  item="Severe renal failure"), encoding="utf-8")
    assert [f for f in run_check([tmp_path], workers=1).findings if f.rule == "IU002"]
