"""Low back pain is an indication of its own, not "chronic pain" in general; migraine keeps
its item's words ("chronic migraine" and "episodic migraine" differ)."""

from __future__ import annotations

import pytest

from panelproof.extract import intended_use
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text


def _indications(text: str, path: str = "IFU_en.md") -> set[str]:
    document = document_from_text(text, path)
    return {f.value.id for f in intended_use.extract(document, ExtractionContext())
            if f.kind is FactKind.INDICATION}


@pytest.mark.parametrize(("text", "path", "expected"), [
    ("# 3 Indications\n\n- Persistent pain after thoracotomy or mastectomy\n"
     "- Chronic lumbar pain\n", "IFU_en.md", {"low_back_pain"}),
    ("# 2 Indikationen\n\n- Chronische Kreuzschmerzen\n", "IFU_de.md", {"low_back_pain"}),
    ("# 2 Indications\n\n- Lombalgie chronique réfractaire\n", "IFU_fr.md", {"low_back_pain"}),
])
def test_pain_syndromes_are_indications_of_their_own(text, path, expected):
    assert expected <= _indications(text, path)


def test_migraine_keeps_its_qualifier():
    found = _indications("# 3 Indications\n\n- Chronic migraine\n- Episodic cluster headache\n")
    assert not {"migraine", "chronic_pain"} & found
