"""Shared reading of knowledge/stated_device_limits.yaml for PL009 and PL010: word
alternations, numbers and pint units of values the dossier states."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterator

from panelproof import knowledge
from panelproof.extract.common import any_heading, sentence_around
from panelproof.extract.parameters import NUMBER, OTHER_HEADING, parse_number, ureg
from panelproof.ingest.model import Block, Document, Location

KNOWLEDGE = "stated_device_limits"


def data() -> dict[str, Any]:
    return knowledge.load(KNOWLEDGE)


def words(by_language: dict[str, list[str]] | None) -> tuple[str, ...]:
    """Every word of a per-language list, lower case, longest first."""
    found = {str(w).lower() for ws in (by_language or {}).values() for w in ws or ()}
    return tuple(sorted(found, key=lambda w: (-len(w), w)))


def alternation(items) -> str:
    return "|".join(re.escape(w) for w in sorted({str(i).lower() for i in items},
                                                  key=lambda w: (-len(w), w)))


def term_pattern(items) -> str:
    """Whole words or phrases, with any run of spaces or hyphens between their words."""
    parts = [r"[\s-]+".join(re.escape(p) for p in w.split()) for w in
             sorted({str(i).lower() for i in items}, key=lambda w: (-len(w), w))]
    return r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])"


def unit_table(spellings: dict[str, list[str]]) -> dict[str, str]:
    """Lower-case spelling -> pint unit."""
    return {str(s).lower(): unit for unit, ss in spellings.items() for s in ss}


def unit_pattern(table: dict[str, str]) -> str:
    return r"(?:" + alternation(table) + r")(?![\w/·²³])"


NUM = rf"(?:{NUMBER})"


def number(text: str, language: str | None) -> float:
    return parse_number(text, language)


def to(value: float, unit: str, target: str) -> float:
    return float(ureg().Quantity(value, unit).to(target).magnitude)


@dataclass(frozen=True)
class Hit:
    document: Document
    block: Block
    match: re.Match[str]

    def location(self) -> Location:
        s, e = sentence_around(self.block, self.match.start(), self.match.end())
        return self.document.location(self.block, self.block.quote(s, e))


@lru_cache(maxsize=None)
def _literal_search(literals: tuple[str, ...]):
    """One search for any of the literals: a 1,000-page annex has thousands of blocks, and
    testing each literal in turn in Python was most of PL009's and PL010's time."""
    return re.compile("|".join(re.escape(lit) for lit in sorted(set(literals)))).search


def hits(documents: list[Document], pattern: re.Pattern[str], literals: tuple[str, ...]
         ) -> Iterator[Hit]:
    """Matches of `pattern` (lower case) in the folded text of blocks outside literature and
    results sections, skipping blocks that hold none of `literals`."""
    holds_literal = _literal_search(literals)
    for document in documents:
        for block in document.blocks:
            folded = block.folded
            if not holds_literal(folded):
                continue
            if any_heading(OTHER_HEADING, block.heading_path):
                continue
            for match in pattern.finditer(folded):
                yield Hit(document, block, match)

