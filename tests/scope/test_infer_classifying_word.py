"""A trait denied in its classifying word outweighs the noun or verb used in passing."""

from __future__ import annotations

from pathlib import Path

from panelproof.pipeline import run_check


def _dossier(tmp_path: Path, cer: str, ifu: str) -> Path:
    (tmp_path / "CER.md").write_text(f"# Clinical Evaluation Report\n\n## Device\n\n{cer}\n",
                                     encoding="utf-8")
    (tmp_path / "IFU_en.md").write_text(f"# Instructions for Use\n\n## Use\n\n{ifu}\n",
                                        encoding="utf-8")
    return tmp_path


def test_a_device_called_non_implantable_is_not_implantable_for_a_stent_mentioned_in_passing(
        tmp_path: Path) -> None:
    result = run_check([_dossier(
        tmp_path,
        "The CoroFlex DCB is a class III device (Rule 6), non-implantable; it delivers paclitaxel "
        "to the vessel wall without leaving a permanent implant.",
        "Implant a stent only in case of a flow-limiting dissection.")], workers=1)
    assert result.profile.implantable is False


def test_a_device_called_implantable_stays_implantable(tmp_path: Path) -> None:
    result = run_check([_dossier(
        tmp_path,
        "The NeuroPace S2 is an active implantable device; the lead is not implantable without "
        "the tunnelling tool.",
        "The stimulator is implanted in a subcutaneous pocket.")], workers=1)
    assert result.profile.implantable is True
