"""SS001: an SSCP that omits only events not serious by their nature (pain, skin irritation;
ICH E2A) is a minor finding, one that omits a serious risk a major one; an IFU item naming
several risks ("encrustation, urinary retention") is not omitted when the SSCP names each;
a broader risk ("pulmonary complications") covers the narrower ones ("pneumothorax")."""

from __future__ import annotations

import pytest

from panelproof.pipeline import run_check
from panelproof.rules.model import Severity

_IFU = ("# Instructions for use – UroLift X\n\nUroLift X is an implant for adults with benign "
        "prostatic hyperplasia.\n\n## Undesirable side-effects\n{risks}\n")
_SSCP = ("# Summary of Safety and Clinical Performance – UroLift X\n\nUroLift X is an implant for "
         "adults with benign prostatic hyperplasia.\n\n## Residual risks and undesirable side-effects\n{risks}\n")


def _ss001(tmp_path, ifu: str, sscp: str) -> list:
    (tmp_path / "IFU.md").write_text(_IFU.format(risks=ifu), encoding="utf-8")
    (tmp_path / "SSCP.md").write_text(_SSCP.format(risks=sscp), encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == "SS001"]


@pytest.mark.parametrize("omitted", ["- Pain", "- Pain and discomfort in the pelvis", "- Skin redness at the site",
                                     "- Pain\n- Skin irritation"])
def test_omitting_only_non_serious_events_is_minor(tmp_path, omitted):
    found = _ss001(tmp_path, f"- Infection\n- Haematuria\n{omitted}", "- Infection\n- Haematuria")
    assert len(found) == 1 and found[0].severity is Severity.MINOR


@pytest.mark.parametrize("omitted", ["- Pain\n- Bleeding", "- Pneumothorax", "- Pain\n- Device migration"])
def test_omitting_a_serious_risk_stays_major(tmp_path, omitted):
    found = _ss001(tmp_path, f"- Infection\n{omitted}", "- Infection")
    assert len(found) == 1 and found[0].severity is Severity.MAJOR


@pytest.mark.parametrize(("ifu", "sscp"), [
    ("- Encrustation, urinary retention\n- Infection",
     "- Implant encrustation and stone formation\n- Urinary retention after procedure\n- Infection"),
    ("- Stone formation / urinary retention\n- Infection",
     "- Urinary retention in the first days\n- Stone formation on the implant\n- Infection"),
    ("- Pneumothorax\n- Infection", "- Pulmonary complications\n- Infection"),
])
def test_each_risk_of_a_combined_item_named_is_no_omission(tmp_path, ifu, sscp):
    assert _ss001(tmp_path, ifu, sscp) == []


def test_a_combined_item_with_one_risk_left_out_is_still_reported(tmp_path):
    found = _ss001(tmp_path, "- Encrustation, urinary retention\n- Infection",
                   "- Implant encrustation and stone formation\n- Infection")
    assert len(found) == 1 and "retention" in found[0].message
