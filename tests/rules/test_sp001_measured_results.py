"""SP001: a measured result ("the mean wear time was 22.6 hours") is no specification to compare
with an instruction or a technical value."""

from __future__ import annotations

from pathlib import Path

from panelproof.pipeline import run_check


def test_a_measured_wear_time_is_no_specification(tmp_path: Path) -> None:
    (tmp_path / "SSCP.md").write_text(
        "# Summary of safety and clinical performance – Vesta WCD\n## Clinical performance\nAll 11 episodes in "
        "312 ambulatory patients were terminated by the first shock. Median wear time was 22.6 hours per day.\n", encoding="utf-8")
    (tmp_path / "IFU.md").write_text(
        "# Instructions for use – Vesta WCD\n## Warnings\n- Wear the garment 24 hours a day; "
        "remove it only to shower.\n",
        encoding="utf-8")
    assert run_check([tmp_path], select={"SP001"}, workers=1).findings == []
