"""Rule 12 covers body liquids and other substances: only a medicinal product brings a class
IIb active device under Art. 54(1)(b); a transient device is not implantable."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check


def _scope(tmp_path: Path, text: str):
    (tmp_path / "CER.md").write_text(text, encoding="utf-8")
    return run_check([tmp_path], workers=1).scope


@pytest.mark.parametrize(("body", "required"), [
    ("The VacuHeal 3 is a class IIb active device (Rule 12) that removes wound exudate.", False),
    ("NutriFlow is a class IIb battery-powered pump (Rule 12) for enteral nutrition.", False),
    ("The unit is a class IIb active device (Rule 12).", None),
    ("The pump is a class IIb active device (Rule 12) for the infusion of drugs and enteral "
     "nutrition.", True),
    ("The PaxoGlide is a class III drug-coated balloon catheter (Rule 14), withdrawn without "
     "leaving a permanent implant.", False),
    ("The NeuroStim is a class III implantable neurostimulator (Rule 8).", True),
])
def test_rule_12_and_transient_use(tmp_path, body, required):
    assert _scope(tmp_path, f"# Clinical Evaluation Report\n\n{body}\n").cecp_required is required
