"""PL001 on a device pack's size parameter (intra-aortic balloon volume) and SP001 on free
labels stated in prose in one language and in a table in another."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check


def findings(tmp_path: Path, rule: str, files: dict[str, str]):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == rule]


IABP = "# Instructions for Use – PulsaCor\n\n## Intended purpose\n\n{population}\n\n## Balloons\n\n{sizes}\n"


@pytest.mark.parametrize(("population", "sizes"), [
    ("The PulsaCor intra-aortic balloon pump is intended for children from 15 kg and adults.",
     "The intra-aortic balloon of 40 ml is sized for patients 152–162 cm tall."),
    ("PulsaCor intra-aortic balloon counterpulsation is indicated in patients aged 2 years and "
     "older.", "Balloon sizes: 30, 40 and 50 cc."),
    ("The PulsaCor IABP is intended for adolescents and adults in cardiogenic shock.",
     "| Balloon volume | 40 / 50 ml |"),
])
def test_balloon_too_large_for_the_smallest_patient(tmp_path, population, sizes):
    (finding,) = findings(tmp_path, "PL001",
                          {"IFU_en.md": IABP.format(population=population, sizes=sizes)})
    assert "balloon volume" in finding.message


@pytest.mark.parametrize(("population", "sizes"), [
    ("The PulsaCor intra-aortic balloon pump is intended for adult patients.",
     "The intra-aortic balloon of 40 ml is sized for patients 162–182 cm tall."),
    ("The PulsaCor intra-aortic balloon pump is intended for adults (18 years and older).",
     "Balloon sizes: 25, 34, 40 and 50 ml."),
    ("The PulsaCor intra-aortic balloon pump is intended for children from 15 kg.",
     "Paediatric balloon volumes: 5, 7, 12 and 20 ml."),
])
def test_balloon_that_fits_is_not_reported(tmp_path, population, sizes):
    assert findings(tmp_path, "PL001",
                    {"IFU_en.md": IABP.format(population=population, sizes=sizes)}) == []


def test_angioplasty_balloon_without_iabp_type_is_not_checked(tmp_path):
    assert findings(tmp_path, "PL001", {"IFU_en.md": (
        "# Instructions for Use – FlexDil\n\n## Intended purpose\n\nThe FlexDil dilatation "
        "catheter is intended for children from 5 kg.\n\n## Data\n\nBalloon volume: 1, 2 and 4 ml.\n")}) == []


@pytest.mark.parametrize(("cer", "ifu_fr", "reported"), [
    ("Treatable proximal neck diameter 19–30 mm.",
     "Le diamètre du collet proximal traitable est compris entre 18 et 32 mm.", True),
    ("Treatable proximal neck diameter 18–32 mm.",
     "Le diamètre du collet proximal traitable est compris entre 18 et 32 mm.", False),
    ("The lockout interval can be programmed from 5 to 60 minutes.",
     "| Intervalle de verrouillage | 10 à 99 min |", True),
    ("The lockout interval can be programmed from 5 to 60 minutes.",
     "| Diamètre du collet | 18 à 32 mm |", False),
])
def test_free_labels_across_languages(tmp_path, cer, ifu_fr, reported):
    found = findings(tmp_path, "SP001", {
        "CER.md": f"# Clinical Evaluation Report\n\n## Device description\n\n{cer}\n",
        "IFU_fr.md": f"# Notice d'utilisation\n\n## Caractéristiques techniques\n\n{ifu_fr}\n"})
    assert bool(found) is reported
