"""Three classes of false findings on clean dossiers: a translation of an item whose English
words reach a concept by their stems, a comparison with "the best" comparator read as a
superlative, and a size that passes a lumen without limits read against another lumen named
in the same sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract.calibres import _nearest_lumen
from panelproof.extract.intended_use import paraphrased_concept, vocabulary
from panelproof.pipeline import run_check


def _rules(folder: Path, files: dict[str, str], code: str) -> list:
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([folder], workers=1).findings if f.rule == code]


@pytest.mark.parametrize("item", [
    "Hartchirurgie met extracorporale circulatie",
    "Herzchirurgie mit Herz-Lungen-Maschine",
    "Cardiochirurgia con circolazione extracorporea",
    "Cirugía cardíaca con circulación extracorpórea",
])
def test_cardiac_surgery_translated_names_the_concept_the_english_stems_reach(item):
    # "Cardiac surgery with ..." reaches cardiovascular surgery by its stems ("cardi", "surge"):
    # its translations must name it too, or LA001 reports the item as missing from them
    assert paraphrased_concept("cardiac surgery with cardiopulmonary bypass") == "cardiovascular_surgery"
    assert "cardiovascular_surgery" in {m.id for m in vocabulary("clinical_terms").find(item)}


@pytest.mark.parametrize("sentence, flagged", [
    ("The device relieves pain similar to the best implants in the literature.", False),
    ("Results are comparable to the best published series.", False),
    ("The device is the best implant for shoulder arthroplasty.", True),
])
def test_the_best_comparator_is_no_superlative(tmp_path, sentence, flagged):
    files = {"CER.md": f"# Clinical Evaluation Report\n\n## Benefits\n\n{sentence}\n"}
    found = [f for f in _rules(tmp_path, files, "CL002") if "best" in f.message]
    assert bool(found) is flagged


def test_the_lumen_a_size_passes_is_the_nearest_one():
    text = ("visualisation of the urinary tract (urethra, bladder, ureter and kidney) in children "
            "whose ureter admits a 9.5 F instrument")
    start = text.index("9.5 F")
    assert _nearest_lumen(text, start, start + 5) == "ureter"
    other = "a urethral catheter of 12 Fr for the urethra"
    assert _nearest_lumen(other, other.index("12 Fr"), other.index("12 Fr") + 5) == "urethra"
