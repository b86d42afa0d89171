"""Extract: documents to facts.

Each module in this package (other than `model` and `common`) is an extractor exposing
`extract(document, context) -> Iterable[Fact]`, and optionally `warm_up()` for one-time
preparation the pipeline does before forking workers. `extract_facts` runs all of them over
every readable document; adding an extractor is adding a module.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from types import ModuleType

from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.ingest.model import Document, Dossier, DossierConfig

_NOT_EXTRACTORS = {"model", "common"}


@lru_cache(maxsize=1)
def extractors() -> tuple[ModuleType, ...]:
    modules = []
    for info in pkgutil.iter_modules(__path__):
        if info.name in _NOT_EXTRACTORS or info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(module, "extract"):
            modules.append(module)
    return tuple(modules)


def extract_facts(dossier: Dossier, progress=None) -> FactBase:
    """Run every extractor over every readable document.

    `progress(description, done, total)` is called after each document when given.
    """
    base = FactBase(documents=dossier.documents, config=dossier.config)
    readable = dossier.readable
    for done, document in enumerate(readable, start=1):
        base.extend(extract_document(document, dossier.config))
        if progress:
            progress(f"Extracting facts from {document.path}", done, len(readable))
    return base


def extractor_names() -> tuple[str, ...]:
    """The extractors' module names ("evidence", "population" ...), in the order they run."""
    return tuple(module.__name__.rsplit(".", 1)[-1] for module in extractors())


def extract_document(document: Document, config: DossierConfig,
                     only: tuple[str, ...] | None = None) -> list[Fact]:
    """Every extractor's facts for one document (or only the named extractors'), in order."""
    context = ExtractionContext(config=config)
    facts: list[Fact] = []
    for module in extractors():
        if only is None or module.__name__.rsplit(".", 1)[-1] in only:
            facts.extend(_extract_safely(module, document, context))
    return facts


def _extract_safely(module: ModuleType, document, context) -> list[Fact]:
    """One extractor's facts, or none and a warning on the document if the extractor fails.

    An unforeseen layout must cost one kind of fact in one document, never the whole check.
    """
    try:
        return list(module.extract(document, context))
    except Exception as error:  # noqa: BLE001 - reported on the document, not swallowed
        name = module.__name__.rsplit(".", 1)[-1]
        document.warnings.append(
            f"the {name} extractor failed on this document ({type(error).__name__}: {error}); "
            f"its {name.replace('_', ' ')} facts are missing from the check")
        return []


__all__ = ["ExtractionContext", "Fact", "FactBase", "FactKind", "extract_document",
           "extract_facts", "extractor_names", "extractors"]
