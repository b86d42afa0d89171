"""SI005: an instruction and a limit that share a noun but name another object each ("the
vaginal balloon" against "the intrauterine balloon") are not compared; the same object, or one
side without a modifier, still is."""

from __future__ import annotations

import pytest

from panelproof.pipeline import run_check


def _si005(tmp_path, language: str, instruction: str, warning: str) -> list:
    text = (f"# Instructions for use – UteroGuide\n\n## Method of use\n\n1) {instruction}\n\n"
            f"## Warnings\n\n- {warning}\n")
    (tmp_path / f"IFU_{language}.md").write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == "SI005"]


@pytest.mark.parametrize(("language", "instruction", "warning"), [
    ("en", "Inflate the vaginal balloon with 60 mL of air.", "Do not overinflate the intrauterine balloon over 10 mL."),
    ("en", "The distal cuff may be inflated up to 40 mmHg.", "Never inflate the proximal cuff above 30 mmHg."),
    ("fr", "Gonfler le ballonnet vaginal avec 60 ml d'air.", "Ne pas gonfler le ballonnet intra-utérin au-delà de 10 ml."),
    ("de", "Den vaginalen Ballon mit 60 ml Luft füllen.", "Den intrauterinen Ballon nicht über 10 ml füllen."),
])
def test_another_object_of_the_same_kind_is_not_compared(tmp_path, language, instruction, warning):
    assert _si005(tmp_path, language, instruction, warning) == []


@pytest.mark.parametrize(("language", "instruction", "warning"), [
    ("en", "The balloon may be filled with up to 60 mL.", "Do not overinflate the intrauterine balloon over 10 mL."),
    ("en", "The cuff may be inflated up to 40 mL.", "Do not inflate the cuff with more than 30 mL."),
    ("de", "Der Ballon darf bis zu 60 ml gefüllt werden.", "Den intrauterinen Ballon nicht über 10 ml füllen."),
    ("fr", "Le ballonnet peut être gonflé jusqu'à 60 ml.", "Ne pas gonfler le ballonnet au-delà de 10 ml."),
])
def test_the_same_object_is_still_compared(tmp_path, language, instruction, warning):
    assert len(_si005(tmp_path, language, instruction, warning)) == 1
