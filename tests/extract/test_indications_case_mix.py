"""A study's case mix after an "Indications:" label is the distribution of a studied population,
not the device's indications."""

from __future__ import annotations

from panelproof.extract import extract_document
from panelproof.extract.model import FactKind
from panelproof.ingest.model import DossierConfig, Role
from panelproof.ingest.text import document_from_text


def _indications(text: str) -> list[str]:
    document = document_from_text(text, "CER.md", Role.CER)
    return [f.location.quote for f in extract_document(document, DossierConfig()) if f.kind is FactKind.INDICATION]


def test_case_mix_is_no_indication() -> None:
    text = ("# Clinical Evaluation Report\n## 6 Clinical data\nThe registry included 498 adults [1]. "
            "Indications: high-risk PCI 41 %, cardiogenic shock 37 %, cardiac surgery 15 %, other 7 %. "
            "Median duration of support 46 h.\n")
    assert _indications(text) == []


def test_an_inline_indication_list_still_counts() -> None:
    text = ("# Clinical Evaluation Report\n## 3 Intended purpose\nIndications: cardiogenic shock, "
            "high-risk percutaneous coronary intervention.\n")
    assert _indications(text)
