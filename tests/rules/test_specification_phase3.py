"""SP001 on vocabulary parameters written with 'to'/dashes, and on labels no vocabulary knows."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract import parameters
from panelproof.extract.common import ExtractionContext
from panelproof.ingest.text import document_from_text
from panelproof.pipeline import run_check


def sp001(tmp_path: Path, cer_row: str, ifu_row: str):
    (tmp_path / "CER.md").write_text(f"# Clinical Evaluation Report\n\n## Device description\n\n{cer_row}\n",
                                     encoding="utf-8")
    (tmp_path / "IFU_en.md").write_text(f"# Instructions for Use\n\n## Technical data\n\n{ifu_row}\n",
                                        encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == "SP001"]


@pytest.mark.parametrize(("cer", "ifu"), [
    ("The ECMO flow ranges from 0.5 to 8 L/min.", "| Flow range | 0.5–7 L/min |"),
    ("Basal rate: 0.05 to 30 U/h.", "The basal rate can be set between 0.1 and 25 U/h."),
    ("Blood flow: 30 through 500 mL/min.", "| Blood flow | 30–450 ml/min |"),
    ("| Sweep gas ratio | 0.5 to 2 L/min |", "Sweep gas ratio: 0.5–3 L/min"),
    ("Heparin syringe rate: 0.1–10 ml/h.", "| Heparin syringe rate | 0.5 to 10 mL/h |"),
])
def test_different_ranges_are_reported(tmp_path, cer, ifu):
    assert len(sp001(tmp_path, cer, ifu)) == 1


@pytest.mark.parametrize(("cer", "ifu"), [
    ("| Sweep gas ratio | 0.5 to 2 L/min |", "Sweep gas ratio: 500–2000 ml/min"),
    ("Heparin syringe rate: 0.1–10 ml/h.", "| Heparin syringe rate | 0.1 to 10 mL/h |"),
    ("| Sweep gas ratio | 0.5 to 2 L/min |", "| Oxygenator surface | 1.8 m2 |"),
    ("Heparin syringe rate: 0.1–10 ml/h.", "| Heparin bolus | 0.5 to 5 ml |"),
])
def test_same_ranges_or_other_labels_are_not_reported(tmp_path, cer, ifu):
    assert sp001(tmp_path, cer, ifu) == []


@pytest.mark.parametrize(("text", "name"), [
    ("| Sweep gas ratio | 0.5–10 L/min |", "text:sweep gas ratio"),
    ("Vitesse de rinçage : 5 à 50 ml/h", "text:vitesse de rinçage"),
    ("| Spülrate (ml/h) | 5 bis 50 |", "text:spülrate"),
])
def test_unknown_labels_get_text_ids(text, name):
    document = document_from_text(f"# Technical data\n\n{text}\n", "IFU_en.md", language="en")
    found = [f.value for f in parameters.extract(document, ExtractionContext())]
    assert [v.name for v in found] == [name]


@pytest.mark.parametrize("text", ["| Version | 2.1 |", "Note: see Table 3.", "| Accuracy | ± 5 % |",
                                  "Date: 2024-05-01", "| Storage time | 12 h |"])
def test_no_text_parameter_from_generic_or_unitless_labels(text):
    document = document_from_text(f"# Technical data\n\n{text}\n", "IFU_en.md", language="en")
    assert list(parameters.extract(document, ExtractionContext())) == []


def test_a_single_value_at_the_end_of_a_range_agrees() -> None:
    from panelproof.extract.model import Fact, FactKind, ParameterRange
    from panelproof.ingest.model import Location, Role
    from panelproof.rules.specification.SP001_parameter_ranges_differ import agree

    def fact(low, high):
        return Fact(FactKind.PARAMETER, ParameterRange("reservoir_capacity", low, high, "U"),
                    Location("x", None, None, "q"), Role.IFU)

    assert agree(fact(200, 200), fact(85, 200))
    assert agree(fact(85, 200), fact(200, 200))
    assert not agree(fact(300, 300), fact(85, 200))
    assert not agree(fact(50, 2000), fact(10, 2000))
