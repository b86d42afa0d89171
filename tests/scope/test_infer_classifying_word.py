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


def _documents(tmp_path: Path, texts: dict[str, str]) -> Path:
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_denials_in_more_documents_outweigh_another_devices_classifying_word(tmp_path: Path) -> None:
    # A wearable defibrillator: the IFU names the implantable defibrillator the patients do not
    # get; the classifying statements of three documents deny the trait.
    result = run_check([_documents(tmp_path, {
        "CER.md": "# Clinical Evaluation Report\n\n## Regulatory status\n\nThe VestGuard is a "
                  "class III device under Rule 22, active but not implantable.\n",
        "CEP.md": "# Clinical Evaluation Plan\n\n## Device\n\n| Class | III, Rule 22 (active, "
                  "non-implantable) |\n| --- | --- |\n",
        "SSCP.md": "# Summary of safety and clinical performance\n\n## Classification\n\nClass III "
                   "(Rule 22), active, non-implantable.\n",
        "IFU_en.md": "# Instructions for Use\n\n## Intended use\n\nFor adults at temporary risk of "
                     "sudden cardiac arrest who are waiting for, or have refused, an "
                     "implantable defibrillator.\n",
    })], workers=1)
    assert result.profile.implantable is False
    assert result.scope.cecp_required is False


def test_one_denial_against_one_statement_keeps_the_trait(tmp_path: Path) -> None:
    result = run_check([_documents(tmp_path, {
        "CER.md": "# Clinical Evaluation Report\n\n## Device\n\nThe HeartLoop recorder is a class "
                  "III active implantable device.\n",
        "IFU_en.md": "# Instructions for Use\n\n## Device\n\nThe HeartLoop recorder is "
                     "non-implantable.\n",
    })], workers=1)
    assert result.profile.implantable is True
