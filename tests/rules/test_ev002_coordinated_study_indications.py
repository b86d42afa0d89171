"""EV002 reads a study indication whose modifiers share one noun ("acute and chronic
wounds") as each of the conditions it coordinates, so an intended-use indication that is one of
them (a surgical wound is an acute wound) is studied. An indication no study names is still
found."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check
from panelproof.rules.evidence.EV002_population_without_data import with_coordinated_modifiers

_IFU = "# Instructions for use Q\n## Indications\nQ is indicated for:\n{items}\n"
_CER = ("# Clinical Evaluation Report Q\n## Clinical data\n| Reference | Design | Indication | Patients | Follow-up |\n"
        "|---|---|---|---|---|\n{rows}\n")


def _ev002(tmp_path: Path, items: str, rows: str) -> list[str]:
    (tmp_path / "IFU_en.md").write_text(_IFU.format(items=items), encoding="utf-8")
    (tmp_path / "CER.md").write_text(_CER.format(rows=rows), encoding="utf-8")
    return [f.message for f in run_check([tmp_path], select={"EV002"}, workers=1).findings
            if "states the indication" in f.message]


@pytest.mark.parametrize(("item", "row"), [
    ("- post-surgical wounds", "| [1] Berg 2022 | cohort | acute and chronic wounds | 96 adults | 6 weeks |"),
    ("- lacerations", "| [3] Moreau 2020 | RCT | acute or chronic wounds of the lower limb | 70 adults | 4 weeks |"),
    ("- traumatic wounds", "| Q-01 | prospective | acute and hard-to-heal chronic wounds | 44 adults | 8 weeks |"),
])
def test_a_condition_coordinated_with_another_is_studied(tmp_path: Path, item: str, row: str) -> None:
    assert _ev002(tmp_path, item, row) == []


def test_an_indication_no_study_names_is_still_found(tmp_path: Path) -> None:
    messages = _ev002(tmp_path, "- surgical wounds",
                      "| [1] Berg 2022 | cohort | diabetic and venous ulcers | 96 adults | 6 weeks |")
    assert any("surgical wounds" in m for m in messages)


def test_the_written_indication_is_kept() -> None:
    text = with_coordinated_modifiers("acute and chronic wounds, burns")
    assert text.startswith("acute and chronic wounds, burns") and "acute wounds" in text
    assert with_coordinated_modifiers("venous leg ulcers") == "venous leg ulcers"
