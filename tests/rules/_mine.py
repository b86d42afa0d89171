"""Build a FactBase from in-memory documents with the identity/population/parameter extractors."""

from __future__ import annotations

from panelproof.extract import identity, parameters, population
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactBase
from panelproof.ingest.model import DossierConfig, Role
from panelproof.ingest.text import document_from_text


def facts_from(docs: dict[str, tuple[Role, str]], config: DossierConfig | None = None) -> FactBase:
    config = config or DossierConfig()
    documents = []
    for path, (role, text) in docs.items():
        language = "fr" if path.endswith("_fr.md") else "de" if path.endswith("_de.md") else "en"
        documents.append(document_from_text(text, path, role=role, language=language))
    base = FactBase(documents=documents, config=config)
    context = ExtractionContext(config=config)
    for document in documents:
        for module in (identity, population, parameters):
            base.extend(module.extract(document, context))
    return base
