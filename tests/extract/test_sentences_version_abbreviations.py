"""A version abbreviation ("Rev. G", "Ver. 2", "Ed. 3") does not end a sentence."""

from __future__ import annotations

from panelproof.extract.common import sentences
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def test_version_abbreviations_do_not_split_sentences() -> None:
    text = "It was closed with IFU Rev. F; Rev. G keeps the warning. The CER Ver. 2 and the CEP Ed. 3 agree."
    document = document_from_text(f"# Report\n\n{text}\n", "CEAR.md", Role.CEAR)
    block = next(b for b in document.blocks if "Rev." in b.text)
    assert [block.normalized[s:e] for s, e in sentences(block)] == [
        "It was closed with IFU Rev. F; Rev. G keeps the warning.", "The CER Ver. 2 and the CEP Ed. 3 agree."]
