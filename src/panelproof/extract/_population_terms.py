"""The per-language word lists of knowledge/vocabulary/population_quantities.yaml, read once:
population.py (bounds, groups, headings) and intended_use.py (population section titles) both
read them here, so that neither keeps a loader of its own."""

from __future__ import annotations

import unicodedata

from panelproof import knowledge
from panelproof.ingest.normalize import strip_accents

QUANTITY_LANGUAGES: dict = knowledge.load("vocabulary/population_quantities")["languages"]


def data_terms(*keys: str, language: str | None = None) -> list[str]:
    """Every language's terms under `keys` (a path into a language's entry), lower case; with
    `language`, that language's only."""
    found: list[str] = []
    for code, entry in QUANTITY_LANGUAGES.items():
        if language is not None and code != language:
            continue
        value = entry
        for key in keys:
            value = (value or {}).get(key)
        if isinstance(value, dict):
            value = [t for terms in value.values() for t in terms]
        for term in value or ():
            term = str(term).lower()
            # Capitals drop the accents ("ΑΝΤΕΝΔΕΙΞΕΙΣ" for "αντενδείξεις"): the bare form too.
            found += dict.fromkeys((term, unicodedata.normalize("NFC", strip_accents(term))))
    return found
