"""Pain syndromes that are indications of their own (low back pain, migraine), not "chronic
pain" in general."""

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
     "- Chronic lumbar pain and refractory migraine\n", "IFU_en.md", {"low_back_pain", "migraine"}),
    ("# 2 Indikationen\n\n- Chronische Kreuzschmerzen\n- Chronische Migräne\n", "IFU_de.md",
     {"low_back_pain", "migraine"}),
    ("# 2 Indications\n\n- Lombalgie chronique réfractaire\n", "IFU_fr.md", {"low_back_pain"}),
])
def test_pain_syndromes_are_indications_of_their_own(text, path, expected):
    assert expected <= _indications(text, path)
