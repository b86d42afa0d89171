"""CL001: a claim naming its instrument in parentheses is supported by a result of that
instrument; a claim whose instrument the CER never reports is not."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check

_CER = """# Clinical Evaluation Report – Velora Gel implant
## 6 Clinical data
| Study | Design | N | Follow-up | Result |
|---|---|---|---|---|
| VG-01 (Holm et al. 2024) | prospective | 180 | 2 years | {result} |

## 8 Benefit-risk
- {claim}
"""


@pytest.mark.parametrize(("claim", "result"), [
    ("Improved breast-related satisfaction and psychosocial well-being (BREAST-Q).", "BREAST-Q +38 points"),
    ("Better physical functioning and vitality (SF-36).", "SF-36 physical component +9.4"),
])
def test_cl001_claim_supported_by_its_instruments_result(tmp_path: Path, claim: str, result: str) -> None:
    (tmp_path / "CER.md").write_text(_CER.format(claim=claim, result=result), encoding="utf-8")
    assert run_check([tmp_path], select={"CL001"}, workers=1).findings == []


def test_cl001_claim_whose_instrument_is_not_reported(tmp_path: Path) -> None:
    claim = "Improved sexual well-being and body image (BODY-Q)."
    (tmp_path / "CER.md").write_text(_CER.format(claim=claim, result="Capsular contracture 2.1 %"),
                                     encoding="utf-8")
    assert [f.rule for f in run_check([tmp_path], select={"CL001"}, workers=1).findings] == ["CL001"]
