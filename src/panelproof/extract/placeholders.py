"""PLACEHOLDER facts: template text left in a document (knowledge/template_markers.yaml).

Three kinds, in `TemplateText.marker`:
- "placeholder": an unfilled field ("[Insert device name]", "<device name>", "{{product}}",
  "TBD", "xxx", a "Label:" row with nothing after it);
- "guidance": the template's instructions to the author (a paragraph opening "Describe the
  ...", a Markdown block quote or italic paragraph addressing "you", "this template");
- "alternatives": both options of a choice left in ("Yes/No", "[Option A] / [Option B]",
  "class IIa / IIb / III", "(for MDD) // ... (for MDR)").

False positives matter more than recall here: "< 5 kg" is a comparator, "XXXL" a size,
"[12]" a citation, "[text](url)" a link, "e.g." in ordinary prose is not guidance.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import Iterable, Iterator

from panelproof.extract._reviewer_queries import is_reviewer_query
from panelproof.extract._terms import (compile_terms, flatten_terms, load_optional,
                                       term_anchors)
from panelproof.extract.common import ExtractionContext, blocks_containing, make_fact, sentences
from panelproof.extract.instructions import opens_courteously
from panelproof.extract.model import Fact, FactKind, TemplateText
from panelproof.ingest.model import Block, BlockKind, Document, Role, is_bracketed_heading

_HTML_TAG = re.compile(
    r"^\\?</?\s*(?:br|p|b|i|u|em|strong|sup|sub|span|div|img|a|table|tr|td|th|thead|tbody|ul|ol|li|"
    r"hr|h[1-6]|code|pre|small|mark|del|ins|center|font|blockquote|details|summary|section|figure)"
    r"\b[^>]*>$", re.IGNORECASE)
_AUTOLINK = re.compile(r"^\\?<(?:https?:|mailto:|ftp:|www\.)|@", re.IGNORECASE)
_VALUE_WRAPPING = " \t*_()[]\"'"
_BLOCK_QUOTE = re.compile(r"^\s*>")
_ITALIC_BLOCK = re.compile(r"^\s*([*_])(?!\1)\S.*\S\1\s*$", re.DOTALL)


@dataclass(frozen=True)
class _Marker:
    id: str
    kind: str  # placeholder, alternatives
    pattern: re.Pattern
    value_only: bool
    # Lower-case substrings one of which a match must contain (None: no cheap test).
    anchors: tuple[str, ...] | None = None

    @cached_property
    def anchor_pattern(self) -> re.Pattern | None:
        """The anchors as one literal pattern for `Block.folded`: one scan in C per block."""
        return _literal_pattern(self.anchors)


def _literal_pattern(anchors: tuple[str, ...] | None) -> re.Pattern | None:
    if anchors is None:
        return None
    return re.compile("|".join(re.escape(a) for a in sorted(anchors, key=lambda t: (-len(t), t))))


def _may_match(pattern: re.Pattern | None, folded: str) -> bool:
    return pattern is None or pattern.search(folded) is not None


@dataclass(frozen=True)
class _Knowledge:
    markers: tuple[_Marker, ...]
    guidance_starts: tuple[str, ...]
    guidance_phrases: re.Pattern | None
    guidance_anchors: tuple[str, ...] | None

    @cached_property
    def guidance_anchor_pattern(self) -> re.Pattern | None:
        return _literal_pattern(self.guidance_anchors)
    quoted_cues: re.Pattern | None
    # Openings that also start a study objective ("Describe speech outcomes at 12-24 months"),
    # what makes such a text concrete, and what marks it as addressed to the author after all.
    objective_starts: tuple[str, ...] = ()
    # "[Describe ...]", "<Insert ...>": a bracket opened on an imperative to the author
    bracketed_imperative: re.Pattern | None = None
    concrete: re.Pattern | None = None
    author_cues: re.Pattern | None = None
    # In a reviewer's document (the notified body's CEAR), what still marks a request to the
    # manufacturer as a template's guidance ("here", a field to fill).
    request_template_cues: re.Pattern | None = None


def _keyword_bracket_regex(keywords: tuple[str, ...]) -> str:
    words = sorted({re.escape(k.strip()) for k in keywords if k.strip()}, key=lambda t: (-len(t), t))
    # "[" keyword ... "]" not followed by "(" (a Markdown link) and not a citation.
    return (r"\\?\[\s*(?:" + "|".join(words) + r")(?![^\W_])[^\[\]\n]{0,120}\\?\](?!\()")


@lru_cache(maxsize=1)
def _knowledge() -> _Knowledge:
    data = load_optional("template_markers") or {}
    markers: list[_Marker] = []
    for kind, key in (("alternatives", "alternatives"), ("placeholder", "placeholders")):
        for entry in data.get(key) or []:
            flags = 0 if entry.get("case_sensitive") else re.IGNORECASE
            value_only = entry.get("where") == "value"
            anchors: tuple[str, ...] | None = None
            if entry.get("keywords"):
                regex = _keyword_bracket_regex(flatten_terms(entry["keywords"]))
                anchors = ("[",)
            elif entry.get("terms"):
                terms = sorted(flatten_terms(entry["terms"]), key=lambda t: (-len(t), t))
                regex = "(?:" + "|".join(re.escape(t) for t in terms) + ")"
                # A match is one of the terms, so it holds every word of one: without anchors
                # a value-only list would be tested on the values of every block.
                anchors = term_anchors(tuple(terms))
            elif entry.get("regex"):
                regex = entry["regex"]
            else:
                continue
            if entry.get("requires"):
                anchors = tuple(str(a).lower() for a in entry["requires"])
            if value_only:
                regex = rf"^(?:{regex})$"
            markers.append(_Marker(entry.get("id", key), kind, re.compile(regex, flags), value_only,
                                   anchors))
    guidance = data.get("guidance") or {}
    starts = flatten_terms({k: v for k, v in (guidance.get("starts") or {}).items() if k != "source"})
    phrases = flatten_terms({k: v for k, v in (guidance.get("phrases") or {}).items() if k != "source"})
    cues = (guidance.get("quoted_cues") or {}).get("regex")
    return _Knowledge(
        markers=tuple(markers),
        guidance_starts=tuple(starts),
        guidance_phrases=compile_terms(tuple(phrases)),
        guidance_anchors=term_anchors(tuple(phrases)),
        quoted_cues=re.compile(cues) if cues else None,
        objective_starts=tuple(flatten_terms(
            {k: v for k, v in (guidance.get("objective_starts") or {}).items() if k != "source"})),
        concrete=_optional_regex(guidance.get("concrete")),
        author_cues=_optional_regex(guidance.get("author_cues")),
        request_template_cues=_optional_regex(guidance.get("request_template_cues")),
        bracketed_imperative=_bracketed_imperative(guidance.get("bracketed_starts")),
    )


def _bracketed_imperative(entry: dict | None) -> re.Pattern | None:
    """A block that opens with a bracket and an imperative to the author, and closes the bracket:
    "[Describe the acceptance criteria here, with reference to ...]" is the template's
    instruction put in a field, however long it runs."""
    verbs = flatten_terms({k: v for k, v in (entry or {}).items() if k != "source"})
    if not verbs:
        return None
    words = "|".join(sorted((re.escape(v) for v in verbs), key=len, reverse=True))
    return re.compile(rf"\[\s*(?:{words})\s[^\[\]]*\]|<\s*(?:{words})\s[^<>]*>|"
                      rf"\{{\s*(?:{words})\s[^{{}}]*\}}")


def _optional_regex(entry: dict | None) -> re.Pattern | None:
    regex = (entry or {}).get("regex")
    return re.compile(regex, re.IGNORECASE) if regex else None


def _objective(block: Block, body: str, k: _Knowledge) -> bool:
    """An objective or task written with a template's verb but filled in: "Describe speech and
    language outcomes after implantation at 12-24 months" (a time frame, a measure), or the
    first cell of a table row whose other cells are filled (endpoint, time point). Guidance
    stays guidance when it speaks to the author ("[...]", "e.g.", "as applicable", "you")."""
    if not body.startswith(k.objective_starts):
        return False
    sentence = block.normalized[slice(*_first_sentence(block))]
    if k.author_cues is not None and k.author_cues.search(sentence):
        return False
    if block.kind is BlockKind.TABLE_ROW and sum(1 for c in block.cells if c.strip()) >= 2:
        return True
    return k.concrete is not None and k.concrete.search(sentence) is not None


def _request(block: Block, k: _Knowledge) -> bool:
    """A reviewer's request to the manufacturer ("Please provide the validation against
    polysomnography."): a reviewer's query (vocabulary/reviewer_queries.yaml) that holds no
    mark of a template."""
    sentence = block.normalized[slice(*_first_sentence(block))]
    if not is_reviewer_query(sentence):
        return False
    cues = k.request_template_cues
    return cues is None or not cues.search(sentence)


def _courteous_instruction(block: Block, body: str, k: _Knowledge) -> bool:
    """An instruction to the user written with a template's opening ("Please enter the settings
    given by your diabetes team"), holding no mark of a template (a field, "here", "this
    section"; the second person is no sign in instructions for use)."""
    # a courteous imperative to the reader ("Please insert the device ...", "Veuillez insérer
    # ...", "Bitte geben Sie ... ein"), as IFUs translated from Japanese write every step
    if not opens_courteously(body):
        return False
    sentence = block.normalized[slice(*_first_sentence(block))]
    cues = k.request_template_cues
    return cues is None or not cues.search(sentence)


# A field label and its value inside prose: "Summary of vigilance data: to be completed." The
# value runs to the end of its clause (a full stop followed by a space, a semicolon, a cell).
_LABEL_COLON = re.compile(r"(?:^|(?<=[.;|]))\s*[^:|.;]{2,80}?\s*:\s*")
_CLAUSE_END = re.compile(r"(?<![.…])[.;](?=\s|$)|\|")
# Punctuation that closes a sentence after a value ("to be completed.").
_CLOSING = ".;,"


@lru_cache(maxsize=4096)
def _segments_of(text: str, table_row: bool) -> tuple[tuple[int, int], ...]:
    """Spans of `text` that stand alone as values: the block, cells, text after "Label:"."""
    spans: list[tuple[int, int]] = [(0, len(text))]
    if table_row:
        start = 0
        for piece in text.split("|"):
            end = start + len(piece)
            spans.append((start, end))
            start = end + 1
    if ":" in text:
        for label in _LABEL_COLON.finditer(text):
            end = _CLAUSE_END.search(text, label.end())
            value_end = end.start() if end else len(text)
            if value_end > label.end():
                spans.append((label.end(), value_end))
    return tuple(dict.fromkeys(spans))


def _segments(block: Block) -> tuple[tuple[int, int], ...]:
    return _segments_of(block.normalized, block.kind is BlockKind.TABLE_ROW)


def _values(block: Block) -> list[tuple[int, int]]:
    """The block's segments with their wrapping trimmed, empty ones left out."""
    text = block.normalized
    if block.kind is not BlockKind.TABLE_ROW and ":" not in text:
        # Most blocks: the whole block is the only segment (see `_segments_of`).
        start, end = _trim(text, 0, len(text))
        return [(start, end)] if end > start else []
    return [(s, e) for s, e in (_trim(text, *seg) for seg in _segments(block)) if e > s]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _VALUE_WRAPPING:
        start += 1
    while end > start and text[end - 1] in _VALUE_WRAPPING:
        end -= 1
    # A value closing its sentence keeps "..." (itself a placeholder) but not one full stop.
    if end - start > 1 and text[end - 1] in _CLOSING and text[end - 2] not in _CLOSING:
        end -= 1
        while end > start and text[end - 1] in _VALUE_WRAPPING:
            end -= 1
    return start, end


def _is_false_angle(match_text: str) -> bool:
    return bool(_HTML_TAG.match(match_text) or _AUTOLINK.search(match_text))


def _marker_spans(block: Block, markers: tuple[_Marker, ...] | None = None) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every placeholder or alternatives match, overlaps resolved.

    `markers`: the markers that may match this block (all by default).
    """
    if markers is not None and not markers:
        return []
    text = block.normalized
    # (start, end, text) of the block's values, computed when a value-only marker needs them
    values: list[tuple[int, int, str]] | None = None
    found: list[tuple[int, int, str]] = []
    for marker in _knowledge().markers if markers is None else markers:
        if markers is None and not _may_match(marker.anchor_pattern, block.folded):
            continue
        if marker.value_only:
            if values is None:
                values = [(s, e, text[s:e]) for s, e in _values(block)]
            found += [(s, e, marker.kind) for s, e, value in values if marker.pattern.match(value)]
            continue
        # Segments lie inside the block and the patterns stop at cell separators and line
        # ends, so one scan of the whole block finds what scans of its segments would.
        for match in marker.pattern.finditer(text):
            if marker.id == "angle_brackets" and _is_false_angle(match.group(0)):
                continue
            if marker.id == "tbd_tokens" and _explained_pending(text, match):
                continue
            s, e = _strip_spaces(text, match.start(), match.end())
            if e > s:
                found.append((s, e, marker.kind))
    return _resolve_overlaps(found) if found else []


# What follows a "TBD"/"TBC" that the author explains in place: a parenthesised reason
# ("TBD (reporting period not yet closed)", "TBC (Q3 2026)") or a reason after a dash, colon or
# comma that gives a date ("TBD – report due 03/2026", "TBC, after data lock in 2026").
_PAREN_AFTER = re.compile(r"\s*\(([^()\n]{3,120})\)")
_DATED_AFTER = re.compile(r"\s*[-–—:,;]\s*[^|\n]{0,60}?(?:\b(?:19|20)\d\d\b|\bQ[1-4]\b|\bH[12]\b)")
_WORD = re.compile(r"[^\W\d_]+")
_DATE_IN = re.compile(r"\b(?:19|20)\d\d\b|\bQ[1-4]\b|\bH[12]\b|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")


def _explained_pending(text: str, match: re.Match) -> bool:
    """A pending value the author explains in place is no unfilled template field: "TBD
    (reporting period not yet closed)" in the current period's row of a PMS table, "TBC (Q2
    2026)", "TBD – report due 2027". A parenthesis that only spells the abbreviation out ("TBD
    (to be determined)") explains nothing: its words' initials are the token's letters."""
    after = text[match.end():]
    paren = _PAREN_AFTER.match(after)
    if paren is not None:
        inside = paren.group(1)
        if _DATE_IN.search(inside):
            return True
        words = _WORD.findall(inside)
        initials = "".join(w[0] for w in words).lower()
        token = "".join(c for c in match.group(0) if c.isalpha()).lower()
        return len(words) >= 2 and not initials.startswith(token)
    return _DATED_AFTER.match(after) is not None


def _strip_spaces(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _resolve_overlaps(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Alternatives win over the placeholders inside them; then the longest span wins."""
    priority = {"alternatives": 0, "placeholder": 1}
    kept: list[tuple[int, int, str]] = []
    for span in sorted(set(spans), key=lambda s: (priority[s[2]], -(s[1] - s[0]), s[0])):
        if all(span[1] <= k[0] or span[0] >= k[1] for k in kept):
            kept.append(span)
    return sorted(kept)


def _empty_field(block: Block) -> bool:
    """A form row "| Product name: | |": a label ending in ":" with every other cell empty."""
    if block.kind is not BlockKind.TABLE_ROW or len(block.cells) < 2:
        return False
    label, *values = block.cells
    return label.strip(" *_").endswith(":") and not any(v.strip() for v in values)


_LEADING_MARKUP = re.compile(r"[\s>*_]*")


def _first_sentence(block: Block) -> tuple[int, int]:
    return next(iter(sentences(block)), (0, len(block.normalized)))


def guidance_span(block: Block, phrases_possible: bool | None = None,
                  reviewer: bool = False, instructions: bool = False) -> tuple[int, int] | None:
    """The span to quote when the block is template guidance, else None.

    `phrases_possible`: whether the block holds an anchor of the guidance phrases, when the
    caller already knows (None: test here). `reviewer`: the block is in a reviewer's document
    (a CEAR), where "Please provide ..." asks the manufacturer for something. `instructions`:
    the block is in instructions for the user (an IFU), where "Please insert the device with the
    insertion tool" tells the user what to do.
    """
    k = _knowledge()
    text = block.normalized
    body = text[_LEADING_MARKUP.match(text).end():]
    opening = _LEADING_MARKUP.match(text).end()
    bracketed = (k.bracketed_imperative.match(text, opening)
                 if k.bracketed_imperative is not None else None)
    if bracketed:
        return bracketed.span()
    if body.startswith(k.guidance_starts) and not _objective(block, body, k) \
            and not (reviewer and _request(block, k)) \
            and not (instructions and _courteous_instruction(block, body, k)):
        return _first_sentence(block)
    quoted = bool(_BLOCK_QUOTE.match(block.text) or _ITALIC_BLOCK.match(block.text))
    if quoted and k.quoted_cues is not None and k.quoted_cues.search(text):
        return _first_sentence(block)
    if phrases_possible is None:
        phrases_possible = _may_match(k.guidance_anchor_pattern, block.folded)
    if k.guidance_phrases is not None and phrases_possible:
        match = k.guidance_phrases.search(text)
        if match:
            for s, e in sentences(block):
                if s <= match.start() < e:
                    return s, e
    return None


def template_texts(block: Block, markers: tuple[_Marker, ...] | None = None,
                   phrases_possible: bool | None = None, reviewer: bool = False,
                   instructions: bool = False) -> Iterator[tuple[tuple[int, int], str]]:
    """((start, end), marker) of the template leftovers of one block.

    `markers` and `phrases_possible`: what a document-wide anchor scan left possible for this
    block (by default everything is tested here). `reviewer`, `instructions`: see
    `guidance_span`.
    """
    guidance = guidance_span(block, phrases_possible, reviewer, instructions)
    if guidance is not None:
        yield guidance, "guidance"
        # Guidance may hold the field it asks for ("Describe the [DEVICE NAME] ..."): that is
        # an unfilled placeholder too, reported by its own rule.
        for start, end, kind in _marker_spans(block, markers):
            yield (start, end), kind
        return
    if _empty_field(block):
        yield (0, len(block.normalized)), "placeholder"
        return
    for start, end, kind in _marker_spans(block, markers):
        yield (start, end), kind


def _possible_markers(document: Document) -> tuple[list[tuple[_Marker, ...]], frozenset[int]]:
    """Per block, the markers whose anchors it holds; and the blocks holding a guidance anchor."""
    k = _knowledge()
    per_block: list[list[_Marker]] = [[] for _ in document.blocks]
    everywhere = range(len(document.blocks))
    for marker in k.markers:
        hits = everywhere if marker.anchors is None else \
            sorted(blocks_containing(document, marker.anchors))
        for index in hits:
            per_block[index].append(marker)
    guidance = (frozenset(everywhere) if k.guidance_anchors is None
                else blocks_containing(document, k.guidance_anchors))
    return [tuple(markers) for markers in per_block], guidance


def extract(document: Document, context: ExtractionContext) -> Iterable[Fact]:
    facts: list[Fact] = []
    possible, guidance_blocks = _possible_markers(document)
    scales = _answer_scales(document)
    for index, block in enumerate(document.blocks):
        if not block.normalized or _bracketed_field_label(document, index):
            continue
        for span, marker in template_texts(block, possible[index], index in guidance_blocks,
                                           reviewer=document.role is Role.CEAR,
                                           instructions=document.role is Role.IFU):
            quote = block.quote(*span)
            if not quote.strip():
                continue
            if marker == "alternatives" and (block.table_index, _fold_cell(quote)) in scales:
                continue
            if marker == "placeholder" and _defined_acronym(document, quote):
                continue
            facts.append(make_fact(document, block, FactKind.PLACEHOLDER,
                                   TemplateText(text=quote, marker=marker), span))
    return facts


def _defined_acronym(document: Document, quote: str) -> bool:
    """"TBC" where the document spells it out as an abbreviation of its own ("transcervical
    balloon catheter (TBC)", "(TBC: transcervical balloon catheter)") names a thing, it is no
    'to be confirmed'."""
    token = quote.strip()
    if not (2 <= len(token) <= 5 and token.isalpha() and token.isupper()):
        return False
    known = _acronyms(document)
    if token not in known:
        known[token] = _defines(document.text, token)
    return known[token]


def _acronyms(document: Document) -> dict[str, bool]:
    cached = _ACRONYM_CACHE.get(id(document))
    if cached is not None and cached[0] is document:
        return cached[1]
    _ACRONYM_CACHE.clear()
    _ACRONYM_CACHE[id(document)] = (document, {})
    return _ACRONYM_CACHE[id(document)][1]


def _defines(text: str, token: str) -> bool:
    """Whether the text spells the token out: "words (TBC)", "TBC (words)", "TBC: words",
    "TBC | words" (a glossary row)."""
    for match in re.finditer(rf"\(\s*{token}\s*\)", text):
        words = _WORD.findall(text[max(0, match.start() - 120):match.start()])[-len(token):]
        if _spells(token, words):
            return True
    for match in re.finditer(rf"(?<![\w-]){token}\s*(?:\(|[:=–|-])", text):
        words = _WORD.findall(text[match.end():match.end() + 120])[:len(token)]
        if _spells(token, words):
            return True
    return False


def _spells(token: str, words: list[str]) -> bool:
    if len(words) != len(token) or any(w[0].lower() != c.lower() for w, c in zip(words, token)):
        return False
    return " ".join(w.lower() for w in words) not in _pending_expansions()


@lru_cache(maxsize=1)
def _pending_expansions() -> frozenset[str]:
    entry = (load_optional("template_markers") or {}).get("pending_expansions") or {}
    return frozenset(" ".join(t.lower().split()) for t in
                     flatten_terms({k: v for k, v in entry.items() if k != "source"}))


_ACRONYM_CACHE: dict[int, tuple[Document, dict[str, bool]]] = {}


def _bracketed_field_label(document: Document, index: int) -> bool:
    """A heading written in brackets with its content below it: a field label, as IFUs
    translated from Chinese lay out their fields ("[Product name]" then the name, "[Indications]"
    then the list), not a template field left unfilled."""
    block = document.blocks[index]
    if block.kind is not BlockKind.HEADING or not is_bracketed_heading(block.text):
        return False
    # "[Insert product name]" is the template's instruction (its verbs: template_markers.yaml)
    imperative = _knowledge().bracketed_imperative
    if imperative is not None and imperative.search(block.text):
        return False
    following = document.blocks[index + 1] if index + 1 < len(document.blocks) else None
    return (following is not None and following.kind is not BlockKind.HEADING
            and bool(following.normalized.strip()) and following.normalized.lstrip()[:1] not in "[<{")


def _fold_cell(text: str) -> str:
    return " ".join(text.split()).lower()


@lru_cache(maxsize=1)
def _scale_headers() -> frozenset[str]:
    data = load_optional("template_markers") or {}
    entry = {k: v for k, v in (data.get("answer_scale_headers") or {}).items() if k != "source"}
    return frozenset(_fold_cell(t) for t in flatten_terms(entry))


def _answer_scales(document: Document) -> set[tuple[int | None, str]]:
    """(table, cell text) of an appraisal or scoring grid's answer scale: one short value
    repeated in the column under a heading such as "Weight" or "Grading" ("Criterion |
    Description | Weight" with "yes/no" on every row). The grid offers the choice by design; a
    form field left with both options is not under such a heading."""
    headers = _scale_headers()
    scale_columns: set[tuple[int, int]] = set()
    seen: dict[tuple[int, int, str], int] = {}
    for block in document.blocks:
        if block.kind is not BlockKind.TABLE_ROW or block.table_index is None:
            continue
        for column, cell in enumerate(block.cells):
            text = _fold_cell(cell)
            if block.row_index == 0:
                if text.rstrip(" :.") in headers:
                    scale_columns.add((block.table_index, column))
            elif 0 < len(text) <= 40:
                key = (block.table_index, column, text)
                seen[key] = seen.get(key, 0) + 1
    return {(table, text) for (table, column, text), count in seen.items()
            if count >= 2 and (table, column) in scale_columns}
