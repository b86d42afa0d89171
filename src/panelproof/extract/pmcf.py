"""PMCF facts: the elements of a PMCF plan (objectives, design, criteria, sample size, ...).

A plan states its elements under headings ("3.2 Exclusion criteria", "Fallzahl"), in two-column
tables ("| Sample size | 120 patients |"), in tables with one column per element ("| Activity |
Objective | Timeline |"), or as "Label: value" paragraphs. Each element's text becomes one
`PmcfItem` per sentence (paragraphs) or per block (list items, table cells), with:

- `concepts`: ids of the shared vocabularies found in it (care settings, interfaces, population
  groups) plus PMCF markers from knowledge/pmcf.yaml, prefixed "pmcf:": `pmcf:survey`,
  `pmcf:active` (study, registry), `pmcf:retrospective`, `pmcf:statistical` (a statistical
  rationale), `pmcf:deferred` ("to be defined later"), `pmcf:quantified` (a number),
  `pmcf:dated` (a date, year, quarter or duration), `pmcf:sample` (a number of subjects),
  `pmcf:negated`;
- `generic`: boilerplate objectives restating Annex XIV Part B, or a deferral.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from panelproof.extract._terms import (compile_terms, find_terms, flatten_terms, load_optional,
                                       vocabulary_entries)
from panelproof.extract.common import ExtractionContext, make_fact, sentences
from panelproof.extract.model import Fact, FactKind, PmcfItem
from panelproof.ingest.model import Block, BlockKind, Document, Role

VOCABULARIES = ("vocabulary/care_settings", "vocabulary/interfaces", "vocabulary/population_groups")
# Order decides ties between aspects named at the same position of a label.
ASPECTS = ("exclusion", "inclusion", "sample_size", "endpoint", "objective", "timeline", "budget",
           "population", "setting", "design", "method")
# Aspects whose text is read sentence by sentence for an exclusion wording.
_CRITERIA = {"inclusion", "population", "exclusion", "setting", "design", "method"}

_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?(?![\w.])|\bn\s*=\s*\d+")
_DATE = re.compile(
    r"\b(?:19|20)\d{2}\b|\bQ[1-4]\b|\b\d+\s*(?:months?|years?|weeks?|mois|ans?|années?|Monate?n?|Jahre?n?|Wochen)\b"
    r"|\b(?:annual(?:ly)?|yearly|quarterly|semi-annual(?:ly)?|every\s+\w+\s+(?:months?|years?)|"
    r"annuel(?:le)?(?:ment)?|trimestriel(?:le)?(?:ment)?|jährlich|quartalsweise|halbjährlich)\b"
    r"|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"januar|februar|märz|juni|juli|oktober|dezember)\b",
    re.IGNORECASE)
# "120 patients", "n = 200", "300 Patienten": a number of subjects, i.e. a sample size.
_SAMPLE = re.compile(
    r"\b\d{2,6}\s+(?:\w+\s+){0,2}(?:patients?|subjects?|participants?|cases|devices|procedures|users|"
    r"patientes?|sujets|utilisateurs|Patienten|Patientinnen|Probanden|Teilnehmer(?:innen)?|Fälle|Anwender)\b"
    r"|\bn\s*=\s*\d+", re.IGNORECASE)
_LEADING_NUMBER = re.compile(r"^\s*(?:[A-Z]\.|\d+(?:\.\d+)*\.?|[A-Z]\.\d+(?:\.\d+)*\.?)\s+")
_LABEL_VALUE = re.compile(r"^\s*\**([^:|]{2,60}?)\**\s*:\s*\**\s*(\S.*)$")


@dataclass(frozen=True)
class _Knowledge:
    aspects: dict[str, re.Pattern | None]
    generic: re.Pattern | None
    deferral: re.Pattern | None
    markers: dict[str, re.Pattern | None]
    concepts: dict[str, re.Pattern | None]
    exclusion: re.Pattern | None
    negation: re.Pattern | None


@lru_cache(maxsize=1)
def _knowledge() -> _Knowledge:
    data = load_optional("pmcf") or {}

    def pattern(key: str) -> re.Pattern | None:
        return compile_terms(flatten_terms((data.get(key) or {}).get("terms")))

    aspects = {name: compile_terms(flatten_terms(entry.get("terms")))
               for name, entry in (data.get("aspects") or {}).items()}
    concepts: dict[str, list[str]] = {}
    for name in VOCABULARIES:
        for concept_id, entry in vocabulary_entries(load_optional(name)):
            concepts.setdefault(concept_id, []).extend(flatten_terms(entry.get("terms")))
    for concept_id, terms in ((data.get("concept_terms") or {}).get("terms") or {}).items():
        concepts.setdefault(concept_id, []).extend(flatten_terms(terms))
    return _Knowledge(
        aspects=aspects,
        generic=pattern("generic_objectives"),
        deferral=pattern("deferrals"),
        markers={"pmcf:survey": pattern("survey_methods"), "pmcf:active": pattern("active_methods"),
                 "pmcf:retrospective": pattern("retrospective"),
                 "pmcf:statistical": pattern("statistical_rationale")},
        concepts={cid: compile_terms(tuple(terms)) for cid, terms in concepts.items()},
        exclusion=pattern("exclusion_cues"),
        negation=pattern("negation_cues"),
    )


def aspect_of_label(label: str) -> str | None:
    """The plan element a heading or a row label names ("3.2 Exclusion criteria" -> exclusion)."""
    text = _LEADING_NUMBER.sub("", label).strip(" *_:#").strip()
    if not text or len(text.split()) > 10:
        return None
    best: tuple[int, int, int, str] | None = None
    for rank, aspect in enumerate(ASPECTS):
        for match in find_terms(_knowledge().aspects.get(aspect), text):
            key = (match.start(), -(match.end() - match.start()), rank, aspect)
            if best is None or key < best:
                best = key
    return best[3] if best else None


def analyse(text: str, aspect: str) -> PmcfItem:
    """A `PmcfItem` for `text` (normalised) under `aspect`, with its concepts and markers."""
    k = _knowledge()
    found: list[str] = []
    for concept_id, pattern in k.concepts.items():
        if pattern is not None and pattern.search(text):
            found.append(concept_id)
    for marker, pattern in k.markers.items():
        if pattern is not None and pattern.search(text):
            found.append(marker)
    deferred = bool(k.deferral and k.deferral.search(text))
    if deferred:
        found.append("pmcf:deferred")
    if _NUMBER.search(_DATE.sub(" ", text)):
        found.append("pmcf:quantified")
    if _DATE.search(text):
        found.append("pmcf:dated")
    if _SAMPLE.search(text):
        found.append("pmcf:sample")
    if k.negation is not None and k.negation.search(text):
        found.append("pmcf:negated")
    generic = deferred or bool(k.generic and k.generic.search(text))
    return PmcfItem(aspect=aspect, text=text, concepts=tuple(dict.fromkeys(found)), generic=generic)


def _refine(aspect: str, text: str) -> str:
    """A criterion that says "excluded" is an exclusion, whatever heading it stands under."""
    k = _knowledge()
    if aspect in _CRITERIA and k.exclusion is not None and k.exclusion.search(text):
        return "exclusion"
    return aspect


def _section_aspect(block: Block, cache: dict[str, str | None]) -> str | None:
    for heading in reversed(block.heading_path):
        if heading not in cache:
            cache[heading] = aspect_of_label(heading)
        if cache[heading]:
            return cache[heading]
    return None


def _items_of_span(document: Document, block: Block, aspect: str,
                   span: tuple[int, int]) -> Iterator[Fact]:
    text = block.normalized[span[0]:span[1]].strip(" |*_")
    if len(re.sub(r"\W", "", text)) < 2:
        return
    item = analyse(text, _refine(aspect, text))
    quote_item = PmcfItem(item.aspect, block.quote(*span), item.concepts, item.generic)
    yield make_fact(document, block, FactKind.PMCF, quote_item, span)


def _cell_spans(block: Block) -> list[tuple[int, int]]:
    """Spans of the cells of a table row on `block.normalized` (cells are joined by " | ")."""
    spans: list[tuple[int, int]] = []
    start = 0
    text = block.normalized
    for piece in text.split("|"):
        end = start + len(piece)
        left = start + (len(piece) - len(piece.lstrip()))
        right = end - (len(piece) - len(piece.rstrip()))
        spans.append((left, right))
        start = end + 1
    return spans


def _table_headers(document: Document) -> dict[int, list[str | None]]:
    """For each table, the aspect each column's header names (None when it names none)."""
    headers: dict[int, list[str | None]] = {}
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_ROW and block.row_index == 0 and block.table_index is not None:
            headers[block.table_index] = [aspect_of_label(c) for c in block.cells]
    return headers


def _row_facts(document: Document, block: Block, section: str | None,
               headers: dict[int, list[str | None]]) -> Iterator[Fact]:
    spans = _cell_spans(block)
    if not spans:
        return
    label_aspect = aspect_of_label(block.normalized[spans[0][0]:spans[0][1]])
    if label_aspect and len(spans) >= 2:
        for span in spans[1:]:
            yield from _items_of_span(document, block, label_aspect, span)
        return
    columns = headers.get(block.table_index, []) if block.table_index is not None else []
    if block.row_index and any(columns):
        for column, span in enumerate(spans):
            aspect = columns[column] if column < len(columns) else None
            if aspect:
                yield from _items_of_span(document, block, aspect, span)
        return
    if section and block.row_index:
        for span in spans:
            yield from _items_of_span(document, block, section, span)


def _text_facts(document: Document, block: Block, section: str | None) -> Iterator[Fact]:
    text = block.normalized
    label = _LABEL_VALUE.match(text)
    if label:
        aspect = aspect_of_label(label.group(1))
        if aspect:
            yield from _items_of_span(document, block, aspect, (label.start(2), len(text)))
            return
    if section is None:
        return
    if block.kind is BlockKind.LIST_ITEM:
        yield from _items_of_span(document, block, section, (0, len(text)))
        return
    for span in sentences(block):
        yield from _items_of_span(document, block, section, span)


def extract(document: Document, context: ExtractionContext) -> Iterable[Fact]:
    if document.role is not Role.PMCF_PLAN:
        return []
    facts: list[Fact] = []
    cache: dict[str, str | None] = {}
    headers = _table_headers(document)
    for block in document.blocks:
        if block.kind is BlockKind.HEADING:
            continue
        section = _section_aspect(block, cache)
        if block.kind is BlockKind.TABLE_ROW:
            facts.extend(_row_facts(document, block, section, headers))
        else:
            facts.extend(_text_facts(document, block, section))
    return facts
