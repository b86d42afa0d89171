"""Limb-circumference ranges of devices worn around a limb (SIZE_RANGE facts, dimension
"limb_circumference", in centimetres).

A blood-pressure cuff, tourniquet cuff or limb band is sized by the circumference of the limb
it goes round: "neonatal cuff #3 for a limb circumference of 6–11 cm", "Cuff range | 2.4–4.3 in
(6–11 cm) to 17.3–26 in (44–66 cm)", "Manschette für Armumfang 8–15 cm", "brassard pour tour de
bras de 3 à 6 cm", or a table "Cuff | Limb circumference (cm)" / "Neonatal 1 | 3–6". A statement
is read when it names a limb or arm circumference or a cuff range (knowledge/
limb_circumference.yaml `terms`, in its sentence, table row or the row's header); every
centimetre range in it is one size ("44–66 cm" as much as "6–11 cm"). Inches are converted
when the statement gives no centimetres ("2.4–4.3 in" beside "(6–11 cm)" is the same size).

Not read: other circumferences (head, abdomen, chest, neck, wound; `not_limb`), exclusions
("not for limbs below 6 cm"), literature, results and study sections.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from panelproof import knowledge
from panelproof.extract._sizes import table_header
from panelproof.extract.common import ExtractionContext, cue_candidates, folded_pattern, make_fact, sentences
from panelproof.extract.model import Fact, FactKind, PopulationBound, SizeRange
from panelproof.extract.population import (EXCLUSION_CUE, REPORTING_HEADING, STUDY_CONTEXT,
                                           in_literature_section)
from panelproof.ingest.model import Block, BlockKind, Document

DIMENSION = "limb_circumference"
_INCH_CM = 2.54
_NUM = r"\d{1,3}(?:[.,]\d{1,2})?"
_SEP = r"\s*(?:-|–|—|to|bis|à|a|al|tot|do|až)\s*"
_CM = re.compile(rf"(?<![\w.,])(?P<a>{_NUM}){_SEP}(?P<b>{_NUM})\s*cm\b", re.IGNORECASE)
_INCH = re.compile(rf"(?<![\w.,])(?P<a>{_NUM}){_SEP}(?P<b>{_NUM})\s*(?:in(?:ch(?:es)?)?\b\.?|\"|″)",
                   re.IGNORECASE)
# a header that states the column's unit: "Limb circumference (cm)"
_HEADER_CM = re.compile(r"\(\s*cm\s*\)|\bin\s+cm\b|\[\s*cm\s*\]", re.IGNORECASE)
_BARE = re.compile(rf"(?<![\w.,])(?P<a>{_NUM}){_SEP}(?P<b>{_NUM})(?![\w.,]|\s*(?:cm|mm|in|kg|g)\b)",
                   re.IGNORECASE)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    data = knowledge.load("limb_circumference")
    # Searched on `Block.folded` (lower case, same length): an IGNORECASE alternation tried at
    # every position of every block cost a second on a 1,000-page annex.
    terms = folded_pattern(re.compile("|".join(f"(?:{t})" for t in data["terms"]), re.IGNORECASE))
    not_limb = re.compile(rf"(?<![\w])(?:{'|'.join(data['not_limb'])})(?![\w])", re.IGNORECASE)
    return terms, not_limb


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def _ranges(text: str, bare_is_cm: bool) -> list[tuple[float, float, int, int]]:
    """(low cm, high cm, start, end) of each limb range in `text`."""
    found = [(m, 1.0) for m in _CM.finditer(text)]
    if not found:
        found = [(m, _INCH_CM) for m in _INCH.finditer(text)]
    if not found and bare_is_cm:
        found = [(m, 1.0) for m in _BARE.finditer(text)]
    out = []
    for m, factor in found:
        low, high = _number(m.group("a")) * factor, _number(m.group("b")) * factor
        if 0 < low < high <= 120:  # no limb is larger; "2–200 cm" is something else
            out.append((round(low, 1), round(high, 1), m.start(), m.end()))
    return out


def _skipped(block: Block) -> bool:
    return (in_literature_section(block)
            or any(REPORTING_HEADING.search(h) or STUDY_CONTEXT.search(h) for h in block.heading_path))


def extract(document: Document, context: ExtractionContext) -> Iterable[Fact]:
    terms, not_limb = _patterns()
    blocks = document.blocks
    candidates = cue_candidates(document, terms)  # one literal scan of the document
    # A row is read for what its table's header names, too ("Limb circumference (cm)").
    candidate_tables = {blocks[i].table_index for i in candidates or ()
                        if blocks[i].kind is BlockKind.TABLE_ROW and blocks[i].row_index == 0}
    for index, block in enumerate(blocks):
        if block.kind not in (BlockKind.TABLE_ROW, BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
            continue
        if candidates is not None and index not in candidates and not (
                block.kind is BlockKind.TABLE_ROW and block.table_index in candidate_tables):
            continue
        # the header row of the row's table (never the row itself)
        header = table_header(blocks, index) if block.kind is BlockKind.TABLE_ROW else None
        text, folded = block.normalized, block.folded
        header_text = header.folded if header is not None else ""
        if not (terms.search(folded) or terms.search(header_text)):
            continue
        if _skipped(block):
            continue
        units = ([(0, len(text))] if block.kind is BlockKind.TABLE_ROW else sentences(block))
        for s, e in units:
            sentence = text[s:e]
            if not (terms.search(folded[s:e]) or terms.search(header_text)):
                continue
            if not_limb.search(sentence) or EXCLUSION_CUE.search(sentence) or STUDY_CONTEXT.search(sentence):
                continue
            bare_is_cm = bool(header_text and terms.search(header_text) and _HEADER_CM.search(header_text))
            for low, high, a, b in _ranges(sentence, bare_is_cm):
                bound = PopulationBound(dimension=DIMENSION, low=low, high=high)
                # the whole statement is the quote: the range with what it sizes
                yield make_fact(document, block, FactKind.SIZE_RANGE,
                                SizeRange(label=_label(sentence, a), bound=bound),
                                None if block.kind is BlockKind.TABLE_ROW else (s, e))


_WORDS = re.compile(r"[^\W\d_][\w#'’-]*")


def _label(sentence: str, start: int) -> str:
    """The last few words before the range, for a reader: "cuff for a limb circumference of"."""
    words = _WORDS.findall(sentence[:start])
    return " ".join(words[-6:]) or "cuff"
