"""Ranges of vertebral levels named where a document states its intended purpose or indications.

VERTEBRAL_LEVELS: one `Concept` per range of levels ("C2-T1", "from C3 to C7", "C3/C4 to C6/C7",
"L5–S1", "between C3 and C7", "zwischen C3 und C7", "de C3 à C7", "da D10 a S1") that an
intended-purpose or indication sentence, item or cell names. The id is the canonical range
("C3-C7"): a range written as disc segments covers the vertebrae of both ends ("C3/C4 to C6/C7"
is C3-C7), so one range written differently has one id. The quote is the clause that names it.

Reuses the anatomical-site reading of `body_sites`: ranges in warnings, contraindications,
study or literature sentences, or negated ("not for use from C1 to C2"), are not the device's
levels and are left out. A single level ("at C2") is no range, and a document that names no
spine ("T1-T3" tumour stages, "S1 to S4" heart sounds) has no levels. The vocabulary (regions, prefixes,
connectors by language) is vocabulary/vertebral_levels.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

from panelproof import knowledge
from panelproof.extract.body_sites import _NOT_PURPOSE, _clause, _stating_unit
from panelproof.extract.common import ExtractionContext, distinct_facts, make_fact
from panelproof.extract.intended_use import Unit, negated_at, units
from panelproof.extract.model import Concept, Fact, FactKind
from panelproof.ingest.model import Document

VOCABULARY = "vocabulary/vertebral_levels"


@lru_cache(maxsize=1)
def _data() -> dict:
    return knowledge.load(VOCABULARY) or {}


@lru_cache(maxsize=1)
def _regions() -> tuple[tuple[str, int, int], ...]:
    """(region id, number of levels, position of its first level) in cranio-caudal order."""
    found, offset = [], 0
    for region in _data().get("regions") or []:
        found.append((region["id"], int(region["levels"]), offset))
        offset += int(region["levels"])
    return tuple(found)


def _words(words: Iterable[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda t: (-len(t), t)))


@lru_cache(maxsize=8)
def _range_pattern(language: str | None) -> re.Pattern[str]:
    prefixes: dict[str, str] = {}
    for region in _data().get("regions") or []:
        for lang, letters in (region.get("prefixes") or {}).items():
            if lang in ("*", language):
                for letter in letters:
                    prefixes[letter] = region["id"]
    prefix = "(?:" + _words(prefixes) + ")"
    # a level or a disc segment: "C3", "Th12", "C3/C4", "C3/4"
    level = rf"{prefix}\s?\d{{1,2}}(?:\s?/\s?(?:{prefix})?\s?\d{{1,2}})?"
    connectors = _data().get("connectors") or {}
    to = _words(connectors.get("to") or ())
    opening = _words(connectors.get("open_with") or ())
    between = _words(connectors.get("between") or ())
    conjunction = _words(connectors.get("and") or ())
    end = rf"(?:{prefix})?\s?\d{{1,2}}(?:\s?/\s?(?:{prefix})?\s?\d{{1,2}})?"
    return re.compile(
        rf"(?<![\w/-])(?:"
        rf"(?:(?:{between})\s+(?:the\s+|les\s+|den\s+)?(?P<b1>{level})\s+(?:{conjunction})\s+(?P<b2>{level}))"
        rf"|(?:(?:(?:{opening})\s+)?(?P<a1>{level})\s*(?:[-–—]|(?<=\s)(?:{to})(?=\s))\s*(?P<a2>{end}))"
        rf")(?![\w/])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _prefix_regions() -> dict[str, str]:
    found = {}
    for region in _data().get("regions") or []:
        for letters in (region.get("prefixes") or {}).values():
            for letter in letters:
                found[letter.lower()] = region["id"]
    return found


_LEVEL = re.compile(r"([A-Za-z]{1,2})?\s?(\d{1,2})")


def _positions(text: str, inherited: str | None = None) -> list[int] | None:
    """Spine positions of the levels in "C3", "C3/C4", "C3/4" (a bare number keeps the region
    of the level before it); None when a number is not a level of its region ("C9", "L7")."""
    positions = []
    region = inherited
    for letters, number in _LEVEL.findall(text):
        if letters:
            region = _prefix_regions().get(letters.lower())
        bounds = next(((count, offset) for rid, count, offset in _regions() if rid == region), None)
        if bounds is None or not 1 <= int(number) <= bounds[0]:
            return None
        positions.append(bounds[1] + int(number))
    return positions or None


def _name(position: int) -> str:
    for region, count, offset in _regions():
        if offset < position <= offset + count:
            return f"{region}{position - offset}"
    return str(position)


def level_range(match: re.Match[str]) -> tuple[int, int] | None:
    """The first and last spine positions a matched range covers, or None."""
    first_text = match.group("b1") or match.group("a1")
    last_text = match.group("b2") or match.group("a2")
    first = _positions(first_text)
    if first is None:
        return None
    region = _prefix_regions().get((re.match(r"[A-Za-z]{1,2}", first_text.strip()) or [""])[0].lower())
    last = _positions(last_text, region)
    if last is None:
        return None
    low, high = min(first + last), max(first + last)
    return (low, high) if low < high else None


def range_id(low: int, high: int) -> str:
    """"C3-C7": the canonical name of a range of spine positions."""
    return f"{_name(low)}-{_name(high)}"


def covered(range_ids: Iterable[str]) -> frozenset[str]:
    """The levels ("C3", "C4" ...) a set of range ids covers together."""
    names = {_name(p): p for p in range(1, sum(c for _, c, _ in _regions()) + 1)}
    levels: set[str] = set()
    for rid in range_ids:
        low, _, high = rid.partition("-")
        if low in names and high in names:
            levels.update(_name(p) for p in range(names[low], names[high] + 1))
    return frozenset(levels)


def _range_facts(document: Document, unit: Unit) -> Iterator[Fact]:
    if not _stating_unit(unit):
        return
    block = unit.block
    text = block.normalized
    for match in _range_pattern(document.language).finditer(text, unit.start, unit.end):
        span = level_range(match)
        if span is None:
            continue
        first, last = _clause(text, match.start(), match.end(), unit.start, unit.end)
        if _NOT_PURPOSE.search(text, first, last) or negated_at(text, match.start(), first, document.language):
            continue
        yield make_fact(document, block, FactKind.VERTEBRAL_LEVELS,
                        Concept(range_id(*span), block.quote(match.start(), match.end())), (first, last))


@lru_cache(maxsize=1)
def _spine_context() -> re.Pattern[str]:
    words = [w for terms in (_data().get("context") or {}).values() for w in terms or ()]
    return re.compile(r"(?<!\w)(?:" + _words(words) + ")", re.IGNORECASE)


def extract(document: Document, context: ExtractionContext | None = None) -> Iterable[Fact]:
    if not _spine_context().search(document.text):
        return []  # "T1-T3" tumours, "S1 to S4" heart sounds: no levels without a spine
    return distinct_facts(fact for unit in units(document) for fact in _range_facts(document, unit))
