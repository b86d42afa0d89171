"""Contact force in grams (force-sensing catheters) and a tolerance written after a parameter's
value ("0 – 60 g (accuracy ±5 g)", "0 to 100 g with an accuracy of ±2 g"): the tolerance is the
parameter's, named `tolerance:<parameter>`, so two documents' tolerances are compared."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract import parameters
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text
from panelproof.pipeline import run_check


def _read(text: str, path: str = "IFU_en.md"):
    document = document_from_text("# Technical data\n\n" + text + "\n", path)
    return [(f.value.name, f.value.low, f.value.high)
            for f in parameters.extract(document, ExtractionContext())
            if f.kind in (FactKind.PARAMETER, FactKind.PARAMETER_SETTING)]


@pytest.mark.parametrize(("text", "path", "low", "high"), [
    ("| Contact force | 0 – 60 g (accuracy ±5 g) |", "IFU_en.md", 0, 60),
    ("Contact force is measured from 0 to 100 g with an accuracy of ±2 g.", "CER_en.md", 0, 100),
    ("The tip contact force range is 1–80 g.", "IFU_en.md", 1, 80),
    ("| Kontaktkraft | 0 bis 70 g |", "IFU_de.md", 0, 70),
    ("| Force de contact | 0 à 60 g (précision ± 5 g) |", "IFU_fr.md", 0, 60),
    ("| Kontakto jėga | 0 – 60 g (tikslumas ±5 g) |", "IFU_lt.md", 0, 60),
    ("| Prítlačná sila | 0 – 60 g |", "IFU_sk.md", 0, 60),
])
def test_contact_force_in_grams_is_a_parameter(text, path, low, high):
    assert ("contact_force", low, high) in _read(text, path)


@pytest.mark.parametrize(("text", "path", "name", "value"), [
    ("| Contact force | 0 – 60 g (accuracy ±5 g) |", "IFU_en.md", "tolerance:contact_force", 5),
    ("Contact force is measured from 0 to 100 g with an accuracy of ±2 g.", "CER_en.md",
     "tolerance:contact_force", 2),
    ("| Force de contact | 0 à 60 g (précision ± 5 g) |", "IFU_fr.md", "tolerance:contact_force", 5),
    ("RF power 20–50 W, tolerance ±10 %.", "IFU_en.md", "tolerance:output_power", 10),
    ("Die Flussrate ist von 0,5 bis 10 ml/h einstellbar, Genauigkeit ± 5 %.", "IFU_de.md",
     "tolerance:infusion_rate", 5),
])
def test_a_tolerance_after_a_value_is_the_parameters(text, path, name, value):
    assert (name, value, value) in _read(text, path)


@pytest.mark.parametrize(("text", "path"), [
    # the accuracy has a label of its own in another cell or clause: not the value's
    ("| Contact force | 0 – 60 g | Display accuracy ±5 g |", "IFU_en.md"),
    ("RF power 20–50 W. The temperature accuracy is ±2 °C.", "IFU_en.md"),
])
def test_a_tolerance_with_its_own_label_is_not_the_previous_values(text, path):
    assert not [n for n, _, _ in _read(text, path) if n.startswith("tolerance:") and
                n.removeprefix("tolerance:") in ("contact_force", "output_power")]


def test_sp001_reports_contact_force_range_and_accuracy(tmp_path: Path) -> None:
    (tmp_path / "CER.md").write_text(
        "# Clinical evaluation report – TipSense ablation catheter\n## Device description\n"
        "Contact force is measured from 0 to 100 g with an accuracy of ±2 g.\n", encoding="utf-8")
    (tmp_path / "IFU.md").write_text(
        "# Instructions for use – TipSense ablation catheter\n## Technical data\n"
        "| Parameter | Value |\n|---|---|\n| Contact force | 0 – 60 g (accuracy ±5 g) |\n",
        encoding="utf-8")
    messages = [f.message for f in run_check([tmp_path], select={"SP001"}, workers=1).findings]
    assert any("contact force accuracy" in m and "±2 g" in m and "±5 g" in m for m in messages)
    assert any("0–100 g" in m and "0–60 g" in m for m in messages)
