"""SS001: the SSCP states the IFU's risks in lay words ("clotting of the new fistula" for
"thrombosis of the fistula", "bleeding around the brain" for "subdural hematoma"): a broader or
lay term of the same risk is no omission. A risk the SSCP leaves out is still reported."""

from __future__ import annotations

import pytest

from panelproof.extract.risks import known_risks
from panelproof.pipeline import run_check

_IFU = ("# Instructions for use – VenaJoin\n\nVenaJoin is a catheter system that creates an "
        "arteriovenous fistula in adults.\n\n## Adverse events\n{risks}\n")
_SSCP = ("# Summary of Safety and Clinical Performance – VenaJoin\n\nVenaJoin is a catheter system "
         "that creates an arteriovenous fistula in adults.\n\n## Residual risks and side-effects\n{risks}\n")


def _ss001(tmp_path, ifu: str, sscp: str) -> list:
    (tmp_path / "IFU.md").write_text(_IFU.format(risks=ifu), encoding="utf-8")
    (tmp_path / "SSCP.md").write_text(_SSCP.format(risks=sscp), encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == "SS001"]


@pytest.mark.parametrize(("text", "risk"), [
    ("Clotting of the new fistula within 3 months", "thrombosis"),
    ("A blood clot may form in the vein", "thrombosis"),
    ("formation de caillots sanguins", "thrombosis"),
    ("Bildung von Blutgerinnseln", "thrombosis"),
])
def test_lay_words_of_thrombosis(text, risk):
    assert risk in {r for r, _ in known_risks(text)}


@pytest.mark.parametrize(("ifu", "sscp"), [
    ("- Thrombosis of the fistula (8 %)\n- Infection", "- Clotting of the new fistula (about 8 in 100)\n- Infection"),
    ("- Deep vein thrombosis\n- Infection", "- Blood clots in the leg veins\n- Infection"),
    ("- Overdrainage with subdural hematoma (1 %)\n- Infection", "- Bleeding around the brain from too much drainage (about 1 in 100)\n- Infection"),
    ("- Access-site haematoma (4 %)\n- Infection", "- Bleeding at the puncture site (about 4 in 100)\n- Infection"),
])
def test_lay_or_broader_words_are_no_omission(tmp_path, ifu, sscp):
    assert _ss001(tmp_path, ifu, sscp) == []


def test_an_omitted_risk_is_still_reported(tmp_path):
    found = _ss001(tmp_path, "- Thrombosis of the fistula (8 %)\n- Infection", "- Infection (2 in 100)")
    assert len(found) == 1 and "hrombosis" in found[0].message
