"""Helpers every extractor uses: sentences, and facts whose quotes are verbatim."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterator

from panelproof.extract.model import Fact, FactKind
from panelproof.ingest.model import Block, Document, DossierConfig

# A sentence ends at . ! ? ; followed by a space and an upper-case letter, digit or quote, but
# not after common abbreviations ("e.g.", "approx.", "Fig.", "Art.", "No.", "vs.").
_ABBREVIATIONS = ("e.g", "i.e", "approx", "fig", "figs", "art", "no", "nr", "vs", "cf", "ref",
                  "refs", "et al", "ca", "incl", "max", "min", "resp", "vol", "z.b", "bzw",
                  "ggf", "env", "cf", "p", "pp", "dr", "prof", "sect", "tab", "abb")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(\[A-ZÀ-ÖØ-Ý0-9•-])")
# The text before a candidate end finishing with an abbreviation (as a word of its own).
_ABBREVIATION_END = re.compile(
    r"(?:^| )(?:" + "|".join(re.escape(a) for a in sorted(set(_ABBREVIATIONS), key=len, reverse=True))
    + r")$")
_LONGEST_ABBREVIATION = max(len(a) for a in _ABBREVIATIONS)


def sentences(block: Block) -> Iterator[tuple[int, int]]:
    """Spans (on `block.normalized`) of the sentences of a block."""
    text = block.normalized
    start = 0
    for match in _SENTENCE_END.finditer(text):
        # Only the last few characters can hold an abbreviation (and the space before it).
        window_start = max(start, match.start() - _LONGEST_ABBREVIATION - 8)
        before = text[window_start:match.start()].rstrip(".!?").lower()
        if window_start > start:
            before = "#" + before  # a cut inside the sentence is not its beginning
        if _ABBREVIATION_END.search(before):
            continue
        if match.start() > start:
            yield start, match.start()
        start = match.end()
    if start < len(text):
        yield start, len(text)


def sentence_around(block: Block, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence of `block` that contains [start, end)."""
    for s, e in sentences(block):
        if s <= start < e or (s < end <= e):
            return s, max(e, end)
    return 0, len(block.normalized)


@dataclass
class ExtractionContext:
    """What an extractor may know beyond its document: the dossier's declared configuration."""

    config: DossierConfig = field(default_factory=DossierConfig)


def make_fact(document: Document, block: Block, kind: FactKind, value: Any,
              span: tuple[int, int] | None = None) -> Fact:
    """A fact quoting `block` verbatim: the span of `block.normalized`, or the whole block."""
    if span is None:
        quote = block.full_quote
    else:
        quote = block.quote(*span)
    return Fact(kind=kind, value=value, location=document.location(block, quote),
                role=document.role, language=document.language)
