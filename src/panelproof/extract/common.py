"""Helpers every extractor uses: sentences, and facts whose quotes are verbatim."""

from __future__ import annotations

import re
import weakref
from re import _constants as _re_constants, _parser as _re_parser  # to read a pattern's literals
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable, Iterator

from panelproof import regex_cache
from panelproof.extract.model import Fact, FactKind
from panelproof.ingest.model import Block, Document, DossierConfig
from panelproof.ingest.normalize import fold_case

# A sentence ends at . ! ? ; followed by a space and an upper-case letter, digit or quote, but
# not after common abbreviations ("e.g.", "approx.", "Fig.", "Art.", "No.", "vs.").
_ABBREVIATIONS = ("e.g", "i.e", "approx", "fig", "figs", "art", "no", "nr", "vs", "cf", "ref",
                  "refs", "et al", "ca", "incl", "max", "min", "resp", "vol", "z.b", "bzw",
                  "ggf", "env", "cf", "p", "pp", "dr", "prof", "sect", "tab", "abb",
                  # legal citations: "Art. 54 Abs. 2 lit. b", "Article 54 para. 2"
                  "abs", "para", "lit",
                  # document versions and parts: "IFU Rev. G", "Ver. 2", "Ed. 3", "Doc. No.", "Sec. 4"
                  "rev", "ver", "vers", "ed", "doc", "sec", "ch", "nos")
# Group 1 is the space that ends the sentence. The pattern starts with the punctuation, not a
# look-behind on it, so that CPython skips to the next "." "!" "?" quickly (twice as fast).
# Warning signs, arrows and bullets start a sentence too: "… attendu. ⚠ Compatible IRM …";
# so do the note and list marks of Japanese-style documents: the reference mark "※" (kome-jirushi,
# a note), circled numbers "①②③" and "◎☆" ("… before use. ※ The use of the said system …").
_SENTENCE_END = re.compile(r"[.!?](\s+)(?=[\"'(\[A-ZÀ-ÖØ-Ý0-9•\-⚠▲►▶→➔✓✔✗✘★■□▪●○◆◇※◎☆\u2460-\u2473])")
# The text before a candidate end finishing with an abbreviation (as a word of its own, or
# opening a bracket: "(max. 16 yrs)", "(approx. 5 cm)", "(cf. Table 3)").
_ABBREVIATION_END = re.compile(
    r"(?:^|[ (\[])(?:" + "|".join(re.escape(a) for a in sorted(set(_ABBREVIATIONS), key=lambda t: (-len(t), t)))
    + r")$")
# A German ordinal after its article is no sentence end: "ab der 34. Schwangerschaftswoche",
# "vor dem 18. Lebensjahr", "bis zur 37. SSW".
_ORDINAL_END = re.compile(r"(?:^|[ #])(?:der|dem|den|des|zur|zum|vom|am|im)\s+\d{1,3}$")
_LONGEST_ABBREVIATION = max(len(a) for a in _ABBREVIATIONS)
# "CardioNova Inc. (Minneapolis, USA) has been ...": a company's legal form followed by its
# seat in parentheses continues the sentence; "Acme Inc. The device ..." does end one.
_COMPANY_FORM_END = re.compile(r"(?:^| )(?:inc|ltd|corp|co|llc|plc|s\.a|s\.p\.a|b\.v|n\.v|ag|gmbh)$")


def sentences(block: Block) -> tuple[tuple[int, int], ...]:
    """Spans (on `block.normalized`) of the sentences of a block."""
    return _sentence_spans(block.normalized)


# Cached by text: several extractors split the same blocks, and a long annex repeats its
# boilerplate paragraphs (a generated 1,000-page dossier has half as many texts as blocks).
@lru_cache(maxsize=16384)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(_split_sentences(text))


def _split_sentences(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start(1)
        # Only the last few characters can hold an abbreviation (and the space before it).
        window_start = max(start, end - _LONGEST_ABBREVIATION - 8)
        before = text[window_start:end].rstrip(".!?").lower()
        if window_start > start:
            before = "#" + before  # a cut inside the sentence is not its beginning
        if _ABBREVIATION_END.search(before) or _ORDINAL_END.search(before):
            continue
        if text.startswith("(", match.end()) and _COMPANY_FORM_END.search(before):
            continue
        if end > start:
            yield start, end
        start = match.end()
    if start < len(text):
        yield start, len(text)


# (id(pattern), folded) -> (pattern, {heading: whether it matches}). Keyed by the pattern's
# identity, not the pattern: hashing a re.Pattern hashes its whole compiled code, tens of
# microseconds for a vocabulary alternation, more than the search it would save. The entry
# holds the pattern, so its id cannot be reused while the entry lives.
_HEADING_RESULTS: dict[tuple[int, bool], tuple[re.Pattern[str], dict[str, bool]]] = {}
_MAX_HEADING_PATTERNS = 512
_MAX_HEADINGS_PER_PATTERN = 32768


def _heading_results(pattern: re.Pattern[str], folded: bool) -> tuple[re.Pattern[str], bool, dict[str, bool]]:
    """(the pattern to search with, whether it searches `fold_case` text, the answers so far)."""
    key = (id(pattern), folded)
    entry = _HEADING_RESULTS.get(key)
    if entry is None or entry[0] is not pattern:
        if len(_HEADING_RESULTS) >= _MAX_HEADING_PATTERNS:
            _HEADING_RESULTS.clear()
        lowered = None if folded else case_folded(pattern)
        searcher = (pattern, folded) if lowered is None else (lowered, True)
        entry = _HEADING_RESULTS[key] = (pattern, searcher, {})
    elif len(entry[2]) >= _MAX_HEADINGS_PER_PATTERN:
        entry[2].clear()
    return (*entry[1], entry[2])


def heading_matches(pattern: re.Pattern[str], heading: str, folded: bool = False) -> bool:
    """Whether `pattern` occurs in one heading (in its `fold_case` form when `folded`).

    Cached per heading, not per heading path: a 1,000-page annex has thousands of paths, but
    each path repeats the headings above its last one."""
    searcher, on_folded, results = _heading_results(pattern, folded)
    found = results.get(heading)
    if found is None:
        found = results[heading] = bool(searcher.search(fold_case(heading) if on_folded else heading))
    return found


def any_heading(pattern: re.Pattern[str], headings: tuple[str, ...], folded: bool = False) -> bool:
    """Whether `pattern` occurs in any of `headings` (see `heading_matches`)."""
    searcher, on_folded, results = _heading_results(pattern, folded)
    for heading in headings:
        found = results.get(heading)
        if found is None:
            found = results[heading] = bool(searcher.search(fold_case(heading) if on_folded else heading))
        if found:
            return True
    return False


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


def cell_spans(block: Block) -> list[tuple[int, int]]:
    """Spans (on `block.normalized`) of the cells of a table row, whose cells are joined by
    " | ", without their surrounding spaces."""
    text = block.normalized
    spans, position = [], 0
    for piece in text.split(" | "):
        start = position + (len(piece) - len(piece.lstrip()))
        end = position + len(piece.rstrip())
        spans.append((start, end))
        position += len(piece) + 3
    return spans


def distinct_facts(facts: Iterable[Fact]) -> list[Fact]:
    """`facts` in order, without repeats of the same concept id on the same quote (a unit read
    twice, e.g. as a sentence and as a list item)."""
    out: list[Fact] = []
    seen: set[tuple[str, str]] = set()
    for fact in facts:
        key = (fact.value.id, fact.location.quote)
        if key not in seen:
            seen.add(key)
            out.append(fact)
    return out


def make_fact(document: Document, block: Block, kind: FactKind, value: Any,
              span: tuple[int, int] | None = None) -> Fact:
    """A fact quoting `block` verbatim: the span of `block.normalized`, or the whole block."""
    if span is None:
        quote = block.full_quote
    else:
        quote = block.quote(*span)
    return Fact(kind=kind, value=value, location=document.location(block, quote),
                role=document.role, language=document.language)


class JoinedTexts:
    """Texts (a document's blocks' folded texts, say) joined once, for finding which of them
    contain a literal with one `str.find` scan of them all."""

    def __init__(self, parts: list[str]) -> None:
        self.text = "\x00".join(parts)  # no literal spans two texts
        self.starts: list[int] = []
        position = 0
        for part in parts:
            self.starts.append(position)
            position += len(part) + 1
        self.found: dict[str, frozenset[int]] = {}
        self.ascii = self.text.isascii()
        self._tokens: str | None = None

    # Above this length a text's distinct whitespace-separated tokens are collected once, so that
    # a literal absent from them costs a scan of the (much shorter) token list, not of the text.
    _TOKENS_FROM = 200_000

    def _absent(self, literal: str) -> bool:
        """Whether `literal` is certainly absent: non-ASCII in an ASCII text, or (a literal
        without whitespace lies inside one token) absent from a long text's distinct tokens."""
        if self.ascii and not literal.isascii():
            return True  # an ASCII text holds no "ergänz", "modèle" ...
        if len(self.text) < self._TOKENS_FROM or any(ch.isspace() for ch in literal):
            return False
        if self._tokens is None:
            # Most of the hundreds of cue literals (other languages' words, rare terms) are
            # absent from a given annex; on a 1,000-page annex this saves most of a second.
            self._tokens = "\x00".join(set(self.text.split()))
        return literal not in self._tokens

    def blocks_with(self, literal: str) -> frozenset[int]:
        """Indices of the texts that contain `literal` (cached)."""
        if literal not in self.found and self._absent(literal):
            self.found[literal] = frozenset()
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


_FOLDED: "weakref.WeakKeyDictionary[Document, JoinedTexts]" = weakref.WeakKeyDictionary()


def blocks_containing(document: Document, literals) -> frozenset[int]:
    """Indices of the blocks whose `folded` text contains any of the lower-case `literals`.

    One `str.find` scan of the whole document per literal (cached), instead of a test per
    block: on a 1,000-page annex a per-block cue test costs more than the work it saves.
    """
    folded = _FOLDED.get(document)
    if folded is None or len(folded.starts) != len(document.blocks):
        folded = _FOLDED[document] = JoinedTexts([block.folded for block in document.blocks])
    hits: set[int] = set()
    for literal in literals:
        hits |= folded.blocks_with(literal)
    return frozenset(hits)


# --- literal pre-filters derived from a cue pattern ------------------------------------------

_MAX_VARIANTS = 16  # "randomi[sz]ed": a short character class multiplies the literal


@lru_cache(maxsize=None)
def required_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of `pattern` contains, read from the pattern itself;
    None when that cannot be told (a case-insensitive pattern, a branch that may match without
    any literal of two characters or more).

    Derived rather than written by hand, so that it can never fall out of step with a pattern
    someone edits. Meant for lower-case patterns searched on `Block.folded`."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    flags = pattern.flags & ~re.UNICODE
    # Kept with the compiled patterns between runs: parsing the vocabularies' large
    # alternations again on every run would cost more than the compiled-pattern cache saves.
    return regex_cache.derived(f"required literals, flags {flags}", pattern.pattern,
                               lambda source: _required_literals(source, flags))


def _required_literals(source: str, flags: int) -> tuple[str, ...] | None:
    try:
        parsed = _re_parser.parse(source, flags)
    except Exception:  # noqa: BLE001 - a construct this reader does not know: no pre-filter
        return None
    found = _sequence_literals(list(parsed))
    if found is None or min(len(literal) for literal in found) < 2:
        return None
    return tuple(sorted(found))


def _sequence_literals(items: list) -> frozenset[str] | None:
    """The best set of literals one of which a match of the sequence `items` must contain."""
    candidates: list[frozenset[str]] = []
    run: set[str] = {""}

    def flush() -> None:
        nonlocal run
        if run != {""}:
            candidates.append(frozenset(run))
        run = {""}

    for op, argument in items:
        if op is _re_constants.LITERAL:
            run = {text + chr(argument) for text in run}
            continue
        if op is _re_constants.IN:
            chars = _literal_class(argument)
            if chars is not None and len(run) * len(chars) <= _MAX_VARIANTS:
                run = {text + char for text in run for char in chars}
                continue
        flush()
        found = _element_literals(op, argument)
        if found is not None:
            candidates.append(found)
    flush()
    if not candidates:
        return None
    # The set whose shortest literal is longest (the rarest in text), then the smallest set.
    return max(candidates, key=lambda c: (min(len(t) for t in c), -len(c)))


def _literal_class(argument) -> tuple[str, ...] | None:
    """The characters of a class made of plain characters only ("[sz]"), else None."""
    chars = []
    for kind, value in argument:
        if kind is not _re_constants.LITERAL:
            return None
        chars.append(chr(value))
    return tuple(chars)


def _element_literals(op, argument) -> frozenset[str] | None:
    if op is _re_constants.SUBPATTERN:
        _, add_flags, _, items = argument
        if add_flags & re.IGNORECASE:
            return None
        return _sequence_literals(list(items))
    if op is _re_constants.BRANCH:
        union: set[str] = set()
        for branch in argument[1]:
            found = _sequence_literals(list(branch))
            if found is None:
                return None
            union |= found
        return frozenset(union)
    if op in (_re_constants.MAX_REPEAT, _re_constants.MIN_REPEAT,
              getattr(_re_constants, "POSSESSIVE_REPEAT", None)):
        low, _, items = argument
        return _sequence_literals(list(items)) if low >= 1 else None
    if op is getattr(_re_constants, "ATOMIC_GROUP", None):
        return _sequence_literals(list(argument))
    return None  # anchors, look-arounds, classes, back-references: no literal of their own


def cue_candidates(document: Document, pattern: re.Pattern[str]) -> frozenset[int] | None:
    """Indices of the blocks whose `folded` text may match `pattern` (a superset: the caller
    still searches them), or None when the pattern gives no literal to look for.

    One `blocks_containing` scan of the document instead of a regex search of every block:
    CPython's regex engine tries an alternation of words at every position of the text."""
    literals = required_literals(pattern)
    return None if literals is None else blocks_containing(document, literals)


def folded_pattern(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A lower-case pattern compiled with re.IGNORECASE, without it, for `fold_case` text
    (`Block.folded`): the same matches, several times faster, as re.IGNORECASE defeats the
    regex engine's literal scans. A pattern with upper-case letters is refused."""
    if pattern.pattern != pattern.pattern.lower():
        raise ValueError(f"not a lower-case pattern: {pattern.pattern!r}")
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def first_characters(source: str) -> str | None:
    """The characters a match of `source` can start with, or None when that cannot be told
    (then the pattern is used as it is). Kept between runs, as `required_literals` is."""
    return regex_cache.derived("first characters", source, _first_characters)


def _first_characters(source: str) -> str | None:
    from re import _constants as sre, _parser  # the parser of the re module itself
    found: set[str] = set()

    def first(items) -> bool:  # adds what `items` can start with; False when unknown
        for op, argument in items:
            if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
                continue  # \b, ^, look-arounds: zero-width, the next item starts the match
            if op is sre.LITERAL:
                found.add(chr(argument))
                return True
            if op is sre.IN:
                for kind, value in argument:
                    if kind is sre.LITERAL:
                        found.add(chr(value))
                    elif kind is sre.RANGE and value[1] - value[0] < 64:
                        found.update(chr(c) for c in range(value[0], value[1] + 1))
                    elif kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
                        found.update("0123456789")
                    else:
                        return False
                return True
            if op is sre.SUBPATTERN:
                if argument[1] & re.IGNORECASE:
                    return False  # "(?i:...)": the look-ahead would not share the local flag
                return first(argument[-1])
            if op is sre.BRANCH:
                return all(first(branch) for branch in argument[1])
            if op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
                low, _, repeated = argument
                if not first(repeated):
                    return False
                if low:
                    return True
                continue  # optional: what follows may start the match too
            return False
        return False

    try:
        known = first(_parser.parse(source))
    except Exception:  # noqa: BLE001 - an unknown construct: no shortcut
        return None
    return "".join(sorted(found)) if known and found else None


def with_first_character_lookahead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` led by a look-ahead on the characters a match can start with: CPython's regex
    engine then skips every other position quickly (same matches)."""
    first = first_characters(pattern.pattern)
    if first is None:
        return pattern
    escaped = "".join(re.escape(c) for c in first)
    return re.compile(f"(?=[{escaped}])(?:{pattern.pattern})", pattern.flags)


def lowered_pattern(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` (case-insensitive) for `fold_case` text: its literals lower-cased and no
    re.IGNORECASE, which CPython searches several times faster: it can no longer test each
    branch of an alternation by its first letter under re.IGNORECASE."""
    source = _lowered_source(pattern.pattern)
    if source is None:
        raise ValueError(f"a pattern that cannot be lower-cased: {pattern.pattern!r}")
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


@lru_cache(maxsize=None)
def case_folded(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """`lowered_pattern` of a pattern compiled with re.IGNORECASE, or None when there is no
    such copy (no re.IGNORECASE, or a pattern `_lowered_source` refuses): for helpers that
    search whatever pattern they are given (`any_heading`). For a 60-character heading and a
    list of section names in eight languages: 15 µs against 70 µs."""
    if not (pattern.flags & re.IGNORECASE) or not isinstance(pattern.pattern, str):
        return None
    source = _lowered_source(pattern.pattern)
    try:
        return None if source is None else re.compile(source, pattern.flags & ~re.IGNORECASE)
    except re.error:  # a construct this reader did not foresee: search as it is
        return None


# Inline flags ("(?-i:CE)", "(?x)") change what lower-casing a pattern means, and a character
# written by its code ("\x41", "\u00C9", "\N{...}") escapes lower-casing: such patterns are
# not lower-cased.
_NOT_LOWERABLE = re.compile(r"\(\?(?:[aiLmsux]+(?:-[imsx]+)?|-[imsx]+)[:)]|\\[xuUN]")


def _lowered_source(source: str) -> str | None:
    """`source` lower-cased as `fold_case` lower-cases a text, escapes kept as they are ("\\S",
    "\\W", "\\B" are not "\\s", "\\w", "\\b") and group names too; None when that would
    change what the pattern means (`_NOT_LOWERABLE`)."""
    if _NOT_LOWERABLE.search(source):
        return None
    out: list[str] = []
    escaped = False
    for char in source:
        if escaped:
            out.append(char)
            escaped = False
        elif char == "\\":
            out.append(char)
            escaped = True
        else:
            low = char.lower()
            out.append(low if len(low) == 1 else char)
    return "".join(out).replace("(?p<", "(?P<").replace("(?p=", "(?P=")


# --- appraisal criteria codes (MEDDEV 2.7/1 rev 4, GHTF SG5/N2R8 Appendix D) ------------------

# "D1", "A3", "O1": a criterion code (upper case, a family letter and a grade), not part of a
# word or a number ("D1.2", "AD1", "C1q").
_CRITERION_CODE = re.compile(r"(?<![\w.])([DAPRTOFSC])([1-3])(?!\w)(?!\.\d)")
# A cell of a table row that holds only codes: "| D2 |", "| D2 A1 P1 |".
_CODE_CELL = re.compile(r"(?:^|\|)\s*(?:[DAPRTOFSC][1-3](?:\s*[,;/]\s*|\s+)?)+\s*(?=\||$)")
# What may stand between a code and the label that names it: "D1 | Device", "D2 (equivalent
# device)", "A1: same use", "P2 = limited", "O1 – Outcomes".
_CODE_GAP = r"\s*(?:[|:=(–—-]\s*)*"
_SET_OFF = re.compile(r"\s*[|:=(–—-]")


@lru_cache(maxsize=1)
def _appraisal_patterns() -> tuple[dict[str, re.Pattern[str]], re.Pattern[str]]:
    from panelproof.knowledge import load
    data = load("vocabulary/appraisal_criteria")
    grades = "|".join(data["grades"])
    labels = {family: re.compile(_CODE_GAP + r"(?:the\s+|le\s+|la\s+|das\s+|die\s+)?(?:"
                                 + "|".join(t for terms in by_language.values() for t in terms)
                                 + "|" + grades + r")(?!\w)", re.IGNORECASE)
              for family, by_language in data["families"].items()}
    cues = re.compile(r"(?<![\w-])(?:" + "|".join(data["cues"]) + r")", re.IGNORECASE)
    return labels, cues


@lru_cache(maxsize=8192)
def is_appraisal_criteria(text: str) -> bool:
    """True when a text (a sentence, a list item or a table row as `Block.normalized` joins it)
    is a legend of the criteria with which a CER appraises its data sets, or a data set graded
    with them: "D1 | Device | Actual device | Equivalent device | Other device", "Data sets
    were graded D1 (actual device) or D2 (equivalent device)", "Smith 2019 | D2 A1 P2 R1 | T1 O1".
    Such a text describes the appraisal: it claims no equivalence and states no indication.
    Codes alone elsewhere are no appraisal ("C1-C2 instability", "T1-weighted images")."""
    if not _CRITERION_CODE.search(text):
        return False  # cheap: no code at all
    codes = {(m.group(1), m.group(2)) for m in _CRITERION_CODE.finditer(text)}
    families = {family for family, _ in codes}
    if len(families) >= 3:
        return True  # "D3 A1 P2 R1", "D1-D3, A1-A3, P1-P3"
    labels, cues = _appraisal_patterns()
    for match in _CRITERION_CODE.finditer(text):
        label = labels[match.group(1)].match(text, match.end())
        # The code with its own label, at the head of the text or of a cell ("D1 | Device", "O1
        # Outcomes") or set off from it ("graded D1 (actual device)"); "the D2 device" names one.
        head = text[:match.start()].rstrip()
        if label and (not head or head.endswith("|") or _SET_OFF.match(text, match.end())):
            return True
    if len(codes) >= 2:
        if cues.search(text):
            return True  # "appraised as D1 or D2"
        if sum(len(_CRITERION_CODE.findall(cell.group(0))) for cell in _CODE_CELL.finditer(text)) >= 2:
            return True  # "Smith 2019 | D2 | A1"
    return False
