"""Restoration-to-normal and reversal/cure of a chronic disease are absolute claims (CL002), in
en/fr/de/it/es/nl; measured changes, denials, lab values back to normal and the echocardiographic
term "reverse remodelling" are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract.claims import absolute_hits, analyse
from panelproof.pipeline import run_check


@pytest.mark.parametrize("sentence", [
    "The CardioLift system reverses heart failure.",
    "CardioLift therapy reversed their heart failure within six months.",
    "Normal left ventricular function is restored after implantation.",
    "With CardioLift, normal LV function is restored.",
    "The device restores normal LV function.",
    "CardioLift returns cardiac function to normal.",
    "LV function was restored to normal in treated patients.",
    "CardioLift rétablit une fonction normale du ventricule gauche.",
    "La fonction ventriculaire normale est rétablie après l'implantation.",
    "CardioLift inverse l'insuffisance cardiaque.",
    "CardioLift stellt die normale Pumpfunktion wieder her.",
    "Die normale linksventrikuläre Funktion wird vollständig wiederhergestellt.",
    "CardioLift kehrt die Herzinsuffizienz um.",
    "CardioLift ripristina la normale funzione ventricolare.",
    "CardioLift inverte l'insufficienza cardiaca.",
    "CardioLift restablece la función ventricular normal.",
    "La función ventricular normal se restablece tras el implante.",
    "CardioLift revierte la insuficiencia cardiaca.",
    "CardioLift herstelt de normale hartfunctie.",
])
def test_restoration_or_reversal_is_absolute(sentence: str) -> None:
    claim = analyse(sentence)
    assert claim is not None and claim.absolute
    assert "restoration_or_cure" in {entry["id"] for entry, _ in absolute_hits(sentence)}


@pytest.mark.parametrize("sentence", [
    "LVEF improved from 28 % to 33 % at 6 months.",
    "CardioLift improves LV function in patients with heart failure.",
    "Reverse remodelling was observed in 40 % of patients.",
    "The device does not restore normal LV function.",
    "Creatinine returned to normal within 48 hours.",
    "Reversal of anticoagulation was required in 2 patients.",
    "The defibrillator restores normal sinus rhythm.",
    "CardioLift ne rétablit pas une fonction normale.",
])
def test_measured_changes_and_denials_are_not_restoration(sentence: str) -> None:
    assert "restoration_or_cure" not in {entry["id"] for entry, _ in absolute_hits(sentence)}


def test_cl002_reports_restoration_in_the_sscp(tmp_path: Path) -> None:
    (tmp_path / "SSCP.md").write_text(
        "# Summary of safety and clinical performance\n\n## Clinical benefits\n"
        "CardioLift reverses heart failure and restores normal LV function.\n\n"
        "## Results\nMean LVEF rose from 27 % to 31 % at 12 months (n = 48).\n", encoding="utf-8")
    findings = [f for f in run_check([tmp_path], workers=1).findings if f.rule == "CL002"]
    assert findings and "reverses heart failure" in findings[0].message
