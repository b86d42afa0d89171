"""Intended-use facts of small Markdown documents named by role ("CER.md", "IFU_de.md"), for
the intended-use rule tests."""

from __future__ import annotations

from panelproof.extract import intended_use
from panelproof.extract.model import FactBase
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text

_ROLES = {"CER": Role.CER, "IFU": Role.IFU, "CEAR": Role.CEAR, "SSCP": Role.SSCP, "CEP": Role.CEP}


def intended_use_facts(docs: dict[str, str]) -> FactBase:
    """Each "ROLE[_language].md" text read as that role (and language), with its facts."""
    documents = []
    for path, text in docs.items():
        stem = path[:-3]
        language = stem.rsplit("_", 1)[1] if "_" in stem else "en"
        documents.append(document_from_text(text, path, role=_ROLES[stem.split("_")[0]], language=language))
    base = FactBase(documents=documents)
    for document in documents:
        base.extend(intended_use.extract(document, None))
    return base
