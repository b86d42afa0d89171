"""Quantities written as words, and a conversion in parentheses, read like figures.

An author may write "patients eighteen years and older", "weighing two and a half kilograms or
more", "ab achtzehn Jahren", "deux kilogrammes et demi", "diez años"; or give an imperial
conversion beside the value: "2 kg (4.4 lb) or more", "at least 110 lb (50 kg)", "from 22 lb /
10 kg". The quantity readers (population bounds, device parameters, durations) match figures
next to their units and comparators. `numeral_view(text, language)` gives them a view of a
sentence of normalised text in which

- each number written in words is replaced by its figures ("eighteen" -> "18", "two and a half"
  -> "2.5", "zweihundertfünfzig" -> "250"), and
- a quantity followed by the same quantity in other units, in parentheses or after a slash,
  reads as the metric one alone ("110 lb (50 kg)" -> "50 kg", "2 kg (4.4 lb)" -> "2 kg"),

so that the readers' comparator and unit logic applies unchanged. `NumeralView.span` maps a span
of the view back to the sentence, so quotes are still cut from the document's own text (through
`Block.quote`). The number words are data (knowledge/vocabulary/number_words.yaml).

Cost: a sentence without a digit-free number word or a parenthesised unit pair is returned as it
is after one search of a compiled alternation; views are cached by text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from panelproof import knowledge
from panelproof.ingest.normalize import fold_case

_LETTER = r"[^\W\d_]"


@dataclass(frozen=True)
class NumeralView:
    """`text`: the sentence with figures for number words; `pieces`: each replaced part as
    (view start, view end, source start, source end), in order."""

    source: str
    text: str
    pieces: tuple[tuple[int, int, int, int], ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.pieces)

    def start(self, position: int) -> int:
        """The source index of the view index `position`, as the start of a span."""
        if not self.pieces:
            return position
        index = bisect.bisect_right([p[0] for p in self.pieces], position) - 1
        if index < 0:
            return position
        v_start, v_end, s_start, s_end = self.pieces[index]
        if position < v_end:
            return s_start
        return position - v_end + s_end

    def end(self, position: int) -> int:
        """The source index of the view index `position`, as the (exclusive) end of a span."""
        if not self.pieces:
            return position
        index = bisect.bisect_left([p[0] for p in self.pieces], position) - 1
        if index < 0:
            return position
        v_start, v_end, s_start, s_end = self.pieces[index]
        if position <= v_end:
            return s_end
        return position - v_end + s_end

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.start(start), self.end(end)


# --- the number words ----------------------------------------------------------------------------

@dataclass(frozen=True)
class _Language:
    code: str
    word: re.Pattern[str]          # a whole word made of number parts ("zweihundertfünfzig")
    part: re.Pattern[str]          # one part
    values: dict[str, tuple[str, float]]  # part -> (kind, value); kinds n, h (100), t (1000), f (0.5), j
    ambiguous: frozenset[str]
    joiners: frozenset[str]


_DATA = knowledge.load("vocabulary/number_words")
_SUPPORTED = tuple(_DATA["languages"])


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


@lru_cache(maxsize=None)
def _language(code: str) -> _Language:
    entry = _DATA["languages"][code]
    values: dict[str, tuple[str, float]] = {w: ("n", float(v)) for w, v in entry["words"].items()}
    values.update({w: ("h", 100.0) for w in entry.get("hundred") or []})
    values.update({w: ("t", 1000.0) for w in entry.get("thousand") or []})
    values.update({w: ("f", 0.5) for w in entry.get("fraction") or []})
    parts = _trie(values)
    # German joins inside a compound ("einundzwanzig"); elsewhere a joiner stands between words.
    inner = _trie([*values, *(entry.get("joiners") or [])]) if code == "de" else parts
    # parts written together ("zweihundertfünfzig", "duecentocinquanta"); words written apart
    # or hyphenated are joined by `_joins`, which checks that they make one number
    word = re.compile(rf"(?<!\w)(?:{parts})(?:{inner})*(?!\w)")
    part = re.compile(rf"{_alternation([*values, *(entry.get('joiners') or [])])}|-")
    return _Language(code, word, part, values, frozenset(entry.get("ambiguous") or []),
                     frozenset(entry.get("joiners") or []))


_QUANTITY_NOUN = re.compile(rf"[\s-]+(?:{_alternation(_DATA['quantity_nouns'])})(?!{_LETTER})")
# "sixty-five", "dix-huit", "vingt et un", "treinta y cinco", "two hundred and fifty"
_GAP = re.compile(r"\s*-\s*|-et-|\s+(?:and|et|y|und)\s+|\s+")
# "two and a half", "trois et demi", "zwei und ein halb", "due e mezzo", "dos y medio"
_AND_A_HALF = re.compile(r"\s+(?:and|et|und|e|y)\s+(?:(?:a|ein|un|une)\s+)?"
                         rf"(?:half|demie?|halbe?|mezz[oa]|medi[oa])(?!{_LETTER})")
# "deux kilogrammes et demi", "two years and a half": the half after the unit
_UNIT_THEN_HALF = re.compile(rf"\s+{_LETTER}+(?={_AND_A_HALF.pattern})")
# "half a litre", "a half-litre", "un demi-litre", "ein halber Liter", "mezzo litro", "medio litro"
_LONE_HALF = re.compile(
    rf"(?<![\w-])(?:(?:a|one)\s+half|half(?:\s+an?)?|(?:une?\s+)?demie?|"
    rf"(?:ein(?:e[nmrs]?)?\s+)?halbe[nmrs]?|halb|(?:un\s+)?mezz[oa]|(?:un\s+)?medi[oa])(?!{_LETTER})")
_HALF_STEMS = re.compile(r"half|halb|demi|mezz|medi")
# "twenty-first", "vingt-et-unième", "achtzehnte": an ordinal, not a quantity
_ORDINAL_AFTER = re.compile(rf"-?(?:first|second|third|{_LETTER}*(?:th|ième|ièmes|esimo|esima|avo|ava))"
                            rf"(?!{_LETTER})")


ANY_LANGUAGE = "*"


def _languages(language: str | None) -> tuple[str, ...]:
    # English beside the document's language: dossiers quote English terms everywhere. Other
    # languages only where the document is written in them ("due to" is not "2 to" in English),
    # or for a reader of durations that needs a time unit right after the number anyway.
    if language == ANY_LANGUAGE:
        return ("en", *(code for code in _SUPPORTED if code != "en"))
    if language in _SUPPORTED and language != "en":
        return (language, "en")
    if language is None or language == "en":
        return ("en",)
    return ()  # another language's words are not English ones: Dutch "ten minste" is "at least"


@lru_cache(maxsize=None)
def _cue(languages: tuple[str, ...]) -> re.Pattern[str]:
    words: set[str] = set()
    for code in languages:
        entry = _DATA["languages"][code]
        words.update(entry["words"])
        words.update(entry.get("hundred") or [])
        words.update(entry.get("thousand") or [])
        words.update(entry.get("fraction") or [])
    # word starts only: German and Italian compounds begin with a number part. A trie, not a
    # flat alternation: the engine then tries one branch per first letter at each word start.
    return re.compile(rf"\b{_trie(words)}")


def _trie(words) -> str:
    """A regex matching any of `words`, branching letter by letter (greedy: the longest)."""
    tree: dict = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items())
                    if char]
        if not branches:
            return ""
        if "" not in node:
            return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # a word ends here, or goes on
        return (branches[0] if len(branches[0]) == 1 and len(branches) == 1
                else "(?:" + "|".join(branches) + ")") + "?"

    return pattern(tree)


def _parts(lang: _Language, word: str) -> list[tuple[str, float]]:
    return [lang.values[p] if p in lang.values else ("j", 0.0)
            for p in lang.part.findall(word) if p != "-"]


def _value(parts: list[tuple[str, float]]) -> float:
    total = current = 0.0
    for kind, value in parts:
        if kind == "n" or kind == "f":
            current += value
        elif kind == "h":
            current = (current or 1.0) * 100.0
        elif kind == "t":
            total += (current or 1.0) * 1000.0
            current = 0.0
    return total + current


def _joins(before: list[tuple[str, float]], after: list[tuple[str, float]], gap: str,
           lang: _Language) -> bool:
    """Whether the word `after` continues the number that ends with `before` across `gap`."""
    gap = gap.strip()
    last_kind, last = before[-1]
    first_kind, first = after[0]
    if first_kind in "ht":
        return gap in ("", "-") and last_kind in "nh" and (first_kind == "t" or last < 100)
    if first_kind != "n":
        return False
    if last_kind == "n" and 20 <= last < 100 and last % 10 == 0:
        # tens then units: "sixty-five", "treinta y cinco", "vingt et un", "quatre-vingt-onze"
        limit = 20 if lang.code == "fr" and last in (60.0, 80.0) else 10
        return first < limit and (gap in ("", "-", "y", "et", "-et-"))
    if last_kind in "ht" or (last_kind == "n" and last >= 100):
        scale = 1000.0 if last_kind == "t" else 100.0
        return first < scale and gap in ("", "-", "and", "y")
    return False


def _number_words(folded: str, languages: tuple[str, ...]) -> list[tuple[int, int, float]]:
    """(start, end, value) of each number written in words in `folded`, left to right."""
    found: list[tuple[int, int, float]] = []
    for code in languages:
        lang = _language(code)
        words = list(lang.word.finditer(folded))
        index = 0
        while index < len(words):
            first = words[index]
            parts = _parts(lang, first.group())
            start, end, count = first.start(), first.end(), 1
            while index + 1 < len(words):
                following = words[index + 1]
                gap = folded[end:following.start()]
                following_parts = _parts(lang, following.group())
                if not (_GAP.fullmatch(gap) and _joins(parts, following_parts, gap, lang)):
                    break
                parts += following_parts
                end, count, index = following.end(), count + 1, index + 1
            index += 1
            half = _AND_A_HALF.match(folded, end)
            if half:
                parts, end, count = [*parts, ("f", 0.5)], half.end(), count + 1
            if (count == 1 and len(parts) == 1 and first.group() in lang.ambiguous
                    and not _QUANTITY_NOUN.match(folded, end)):
                continue
            if _ORDINAL_AFTER.match(folded, end) or not any(k in "nhtf" for k, _ in parts):
                continue
            if all(k == "f" for k, _ in parts):
                continue  # a half alone: the lone-half reader below needs its unit
            found.append((start, end, _value(parts)))
    for match in (_LONE_HALF.finditer(folded) if _HALF_STEMS.search(folded) else ()):
        if _QUANTITY_NOUN.match(folded, match.end()):
            found.append((match.start(), match.end(), 0.5))
    return _without_overlaps(found)


def _without_overlaps(spans: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    kept: list[tuple[int, int, float]] = []
    for span in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def _figures(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


# --- a quantity and its conversion ---------------------------------------------------------------

# unit -> (dimension, factor to the base unit, offset added before the factor, metric?)
_UNITS: dict[str, tuple[str, float, float, bool]] = {}
for _names, _dimension, _factor, _offset, _metric in (
        (("kg", "kilograms", "kilogram", "kilogrammes", "kilogramme", "kilogramm"), "mass", 1.0, 0.0, True),
        (("g", "grams", "gram", "grammes", "gramme", "gramm"), "mass", 0.001, 0.0, True),
        (("lb", "lbs", "pounds", "pound", "livres"), "mass", 0.45359237, 0.0, False),
        (("oz", "ounces", "ounce"), "mass", 0.028349523125, 0.0, False),
        (("m",), "length", 1.0, 0.0, True),
        (("cm",), "length", 0.01, 0.0, True),
        (("mm",), "length", 0.001, 0.0, True),
        (("in", "inch", "inches", '"'), "length", 0.0254, 0.0, False),
        (("ft", "feet", "foot"), "length", 0.3048, 0.0, False),
        (("°c", "° c", "degc"), "temperature", 1.0, 0.0, True),
        (("°f", "° f", "degf"), "temperature", 5 / 9, -32.0, False),
        (("ml", "millilitres", "milliliters"), "volume", 0.001, 0.0, True),
        (("l", "litres", "liters", "litre", "liter"), "volume", 1.0, 0.0, True),
        (("fl oz", "fl. oz", "fl. oz."), "volume", 0.0295735295625, 0.0, False)):
    for _name in _names:
        _UNITS[_name] = (_dimension, _factor, _offset, _metric)
_CONVERSION_UNIT = rf"(?:{_alternation(_UNITS)})(?!{_LETTER})"
_QUANTITY = rf"(\d+(?:[.,]\d+)?)\s*({_CONVERSION_UNIT})"
_PAIR = re.compile(
    rf"{_QUANTITY}(?:\s*[(\[]\s*(?:approx\.?\s*|ca\.?\s*|about\s*|env\.?\s*|etwa\s*|≈\s*|~\s*)?"
    rf"{_QUANTITY}\s*[)\]]|\s*/\s*{_QUANTITY})")
_PAIR_CUE = re.compile(r"\d\s*[^\d(\[/]{0,12}[(\[/]\s*(?:approx|ca|about|env|etwa|≈|~|[<>≤≥]=?)?\.?\s*\d")
# A range, or a bound with its comparator, followed by the same in other units restates it:
# "40–180 kg (88–397 lb)", "88 to 397 lb (40 to 180 kg)", "≥ 40 kg (≥ 88 lb)". The bracket adds
# no bound; the pair reads as its metric part alone.
_RANGE_SEP = (r"\s*(?:-|–|—|to|bis|à|a|až|și|és|έως|ως|and|und|et|y|e|en|και|i|og)\s*")
_NUMBER = r"\d+(?:[.,]\d+)?"
_SPAN = (rf"((?:[<>≤≥]=?\s*)?({_NUMBER})\s*(?:({_CONVERSION_UNIT})?{_RANGE_SEP}({_NUMBER}))?"
         rf"\s*({_CONVERSION_UNIT}))")
_RANGE_PAIR = re.compile(
    rf"{_SPAN}\s*[(\[]\s*(?:approx\.?\s*|ca\.?\s*|about\s*|env\.?\s*|etwa\s*|≈\s*|~\s*)?"
    rf"{_SPAN}\s*[)\]]")
_TOLERANCE = 0.06  # "110 lb (50 kg)" is 49.9 kg: conversions are rounded


def _base(number: str, unit: str) -> tuple[str, float, bool]:
    dimension, factor, offset, metric = _UNITS[unit]
    return dimension, (float(number.replace(",", ".")) + offset) * factor, metric


def _conversions(text: str, folded: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) of each "quantity (same quantity in other units)" in `text`:
    the pair reads as its metric quantity ("110 lb (50 kg)" -> "50 kg")."""
    found: list[tuple[int, int, str]] = []
    for m in _PAIR.finditer(folded):
        n1, u1 = m.group(1), m.group(2)
        n2, u2 = (m.group(3), m.group(4)) if m.group(3) else (m.group(5), m.group(6))
        (d1, v1, metric1), (d2, v2, metric2) = _base(n1, u1), _base(n2, u2)
        if d1 != d2 or metric1 == metric2:
            continue
        if abs(v1 - v2) > _TOLERANCE * max(abs(v1), abs(v2), 1e-9) + (0.6 if d1 == "temperature" else 0):
            continue
        index = 1 if metric1 else (3 if m.group(3) else 5)
        found.append((m.start(), m.end(), text[m.start(index):m.end(index + 1)]))
    for m in _RANGE_PAIR.finditer(folded):
        if any(s < m.end() and m.start() < e for s, e, _ in found):
            continue
        kept = _restated_span(m)
        if kept is not None:
            found.append((m.start(), m.end(), text[kept[0]:kept[1]]))
    return found


def _restated_span(m: re.Match) -> tuple[int, int] | None:
    """The span of the metric part of a "range (same range in other units)" match, or None when
    the two parts are not the same quantities (one metric, one not, each number within the
    rounding of a conversion)."""
    def values(first: int) -> tuple[bool, list[tuple[str, float]]] | None:
        low, low_unit, high, unit = (m.group(first + i) for i in range(1, 5))
        if low_unit and low_unit != unit:
            return None
        numbers = [low] + ([high] if high else [])
        based = [_base(n, unit) for n in numbers]
        return based[0][2], [(d, v) for d, v, _ in based]

    one, other = values(1), values(6)
    if one is None or other is None or one[0] == other[0] or len(one[1]) != len(other[1]):
        return None
    for (d1, v1), (d2, v2) in zip(one[1], other[1]):
        if d1 != d2 or d1 == "temperature" or abs(v1 - v2) > _TOLERANCE * max(abs(v1), abs(v2), 1e-9):
            return None
    first = 1 if one[0] else 6
    return m.start(first), m.end(first)


# --- the view ------------------------------------------------------------------------------------

def numeral_view(text: str, language: str | None = None) -> NumeralView:
    """`text` (normalised) with figures for its number words and metric for its unit pairs."""
    languages = _languages(language)
    return _view(text, languages)


@lru_cache(maxsize=16384)
def _view(text: str, languages: tuple[str, ...]) -> NumeralView:
    folded = fold_case(text)
    replacements: list[tuple[int, int, str]] = []
    if ("(" in text or "/" in text or "[" in text) and _PAIR_CUE.search(folded):
        replacements += _conversions(text, folded)
    if languages and _cue(languages).search(folded):
        for start, end, value in _number_words(folded, languages):
            if any(s < end and start < e for s, e, _ in replacements):
                continue
            replacements.append((start, end, _figures(value)))
            # "deux kilogrammes et demi": the half after the unit belongs to the number
            after = _UNIT_THEN_HALF.match(folded, end)
            if after and _QUANTITY_NOUN.match(folded, end) and "." not in replacements[-1][2]:
                half = _AND_A_HALF.match(folded, after.end())
                replacements[-1] = (start, end, _figures(value + 0.5))
                replacements.append((after.end(), half.end(), ""))
    if not replacements:
        return NumeralView(text, text)
    pieces: list[tuple[int, int, int, int]] = []
    out: list[str] = []
    position = length = 0
    for start, end, replacement in sorted(replacements):
        out.append(text[position:start])
        length += start - position
        out.append(replacement)
        pieces.append((length, length + len(replacement), start, end))
        length += len(replacement)
        position = end
    out.append(text[position:])
    return NumeralView(text, "".join(out), tuple(pieces))


def warm_up() -> None:
    """Compile every language's patterns once (before the pipeline forks its workers)."""
    for code in _SUPPORTED:
        _language(code)
        _cue(_languages(code))
