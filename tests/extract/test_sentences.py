"""Sentence splitting (extract.common.sentences) around abbreviations and company names."""

import pytest

from panelproof.extract.common import sentences
from panelproof.ingest.model import Block, BlockKind


def _split(text: str) -> list[str]:
    block = Block(BlockKind.PARAGRAPH, text)
    return [block.normalized[s:e] for s, e in sentences(block)]


@pytest.mark.parametrize("text", [
    "Equivalence to the Occlusio device of CardioNova Inc. (Minneapolis, USA) has been shown.",
    "The data were supplied by Meditec GmbH. (Munich) under a contract.",
    "Data of the Valvo system of Heart Co. (Boston, MA) are used in addition.",
    "Gli studi di Cardio S.p.A. (Milano) sono stati usati.",
])
def test_a_company_form_before_its_seat_does_not_end_the_sentence(text):
    assert len(_split(text)) == 1


@pytest.mark.parametrize("text, count", [
    ("The device is made by Acme Inc. The clinical data come from two studies.", 2),
    ("The study ended in 2019. (The data are on file.)", 2),
    ("See e.g. the IFU. Then read the CER.", 2),
])
def test_real_sentence_ends_still_split(text, count):
    assert len(_split(text)) == count


@pytest.mark.parametrize("text", [
    "⚠ L'effet est progressif : aucun soulagement immédiat n'est attendu. ⚠ Compatible IRM "
    "sous conditions jusqu'à 3 T.",
    "Do not kink the line. → Flush with 10 ml of saline before use.",
    "Check the seal. ✓ The indicator turns green when the seal is tight.",
])
def test_a_warning_sign_or_arrow_starts_a_new_sentence(text):
    assert len(_split(text)) == 2
