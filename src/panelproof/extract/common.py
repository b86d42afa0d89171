"""Helpers every extractor uses: sentences, and facts whose quotes are verbatim."""

from __future__ import annotations

import re
import weakref
from bisect import bisect_right
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
    r"(?:^| )(?:" + "|".join(re.escape(a) for a in sorted(set(_ABBREVIATIONS), key=lambda t: (-len(t), t)))
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


class _FoldedText:
    """A document's blocks' folded texts joined once, for finding literals across all blocks."""

    def __init__(self, document: Document) -> None:
        parts = [block.folded for block in document.blocks]
        self.text = "\x00".join(parts)  # no literal spans two blocks
        self.starts: list[int] = []
        position = 0
        for part in parts:
            self.starts.append(position)
            position += len(part) + 1
        self.found: dict[str, frozenset[int]] = {}

    def blocks_with(self, literal: str) -> frozenset[int]:
        if literal not in self.found:
            hits: set[int] = set()
            index = self.text.find(literal)
            while index != -1:
                block = bisect_right(self.starts, index) - 1
                hits.add(block)
                # Skip to the next block: one hit is enough for this one.
                next_start = self.starts[block + 1] if block + 1 < len(self.starts) else len(self.text)
                index = self.text.find(literal, max(index + 1, next_start))
            self.found[literal] = frozenset(hits)
        return self.found[literal]


_FOLDED: "weakref.WeakKeyDictionary[Document, _FoldedText]" = weakref.WeakKeyDictionary()


def blocks_containing(document: Document, literals) -> frozenset[int]:
    """Indices of the blocks whose `folded` text contains any of the lower-case `literals`.

    One `str.find` scan of the whole document per literal (cached), instead of a test per
    block: on a 1,000-page annex a per-block cue test costs more than the work it saves.
    """
    folded = _FOLDED.get(document)
    if folded is None or len(folded.starts) != len(document.blocks):
        folded = _FOLDED[document] = _FoldedText(document)
    hits: set[int] = set()
    for literal in literals:
        hits |= folded.blocks_with(literal)
    return frozenset(hits)
