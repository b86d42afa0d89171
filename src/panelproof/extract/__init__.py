"""Extract: documents to facts.

Each module in this package (other than `model` and `common`) is an extractor exposing
`extract(document, context) -> Iterable[Fact]`. `extract_facts` runs all of them over every
readable document; adding an extractor is adding a module.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from types import ModuleType

from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.ingest.model import Dossier

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


def extract_facts(dossier: Dossier) -> FactBase:
    context = ExtractionContext(config=dossier.config)
    base = FactBase(documents=dossier.documents, config=dossier.config)
    for document in dossier.readable:
        for module in extractors():
            base.extend(module.extract(document, context))
    return base


__all__ = ["ExtractionContext", "Fact", "FactBase", "FactKind", "extract_facts", "extractors"]
