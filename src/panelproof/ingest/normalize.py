"""Text normalisation for matching, with a map back to the verbatim text.

Extractors match patterns on normalised text ("5\u00a0kg", "5kg" and "5 kg" all read
"5 kg"), but every quote in a finding must be copied from the document. `NormalizedText`
keeps, for each normalised character, the index of the verbatim character it came from, so
a match on the normalised text can always be turned back into a verbatim quote.

Speed matters here: every block of a 1,000-page dossier is normalised. The normalised text is
built with C-level string operations (`re.sub`, `str.translate`); the origin map, which only
quotes need, is built on first use from the few places where the text changes (runs of
unchanged characters become `range`s), never character by character.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cached_property

# Ligatures and typographic characters that PDF text layers and Word documents carry.
_REPLACEMENTS: dict[str, str] = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2212": "-",
    "\u301c": "~",  # wave dash, as the full-width tilde becomes by NFKC
    "\u2264": "<=",
    "\u2265": ">=",
    "\u2026": "...",
    "\u00b5": "µ",  # micro sign and Greek mu read the same
    "\u03bc": "µ",
}
# Circled numbers ("①", "❶", "➀", "➊", "㉑") number list items in East Asian typography. NFKC
# writes "①" as a bare "1", which glues it to the item ("①Infection" -> "1Infection") or reads
# as a quantity ("① 2 mL" -> "1 2 mL"); as "(1)" it stays a marker, like the parenthesised "⑴".
_CIRCLED = {**{chr(0x2460 + i): f"({i + 1})" for i in range(20)},
            **{chr(0x2776 + i): f"({i + 1})" for i in range(10)},
            **{chr(0x2780 + i): f"({i + 1})" for i in range(10)},
            **{chr(0x278A + i): f"({i + 1})" for i in range(10)},
            **{chr(0x3251 + i): f"({i + 21})" for i in range(15)},
            **{chr(0x32B1 + i): f"({i + 36})" for i in range(15)}}
_REPLACEMENTS.update({ch: f"{number} " for ch, number in _CIRCLED.items()})
# Characters that carry no text at all.
_DROPPED = {"\u00ad", "\u200b", "\u200c", "\u200d", "\ufeff", "\x00"}

# "ventila-\ntion": a hyphen at the end of a line followed by a lower-case letter is a
# hyphenation break, not a hyphen; "anti-\nInflammatory" keeps its hyphen.
# The hyphen comes first, the letter before it checked by a look-behind over both: the regex
# engine finds a pattern that starts with a literal by a fast scan for that character, but
# tries one that starts with a look-behind at every position (0.14 s -> 0.01 s on the blocks
# of a 440-page PDF annex). Same matches.
# A hyphen before a conjunction is no break but the elision of a compound's shared part
# ("unter Ultraschall-\nund/oder Durchleuchtungskontrolle", "Hüft- und Kniegelenk"): it stays.
_HYPHEN_BREAK = re.compile(r"-(?<=[^\W\d_]-)[ \t]*\r?\n[ \t]*(?=[a-zà-öø-ÿ])"
                           r"(?!(?:und|oder|bzw|sowie|and|or|en|of|og|och|eller|ja|tai|nebo|alebo|lub|oraz|"
                           r"ili|és|vagy|või)\b)")
# "5kg", "5mL", "10cmH2O": a number glued to a unit gets a space, as everywhere else.
_NUMBER_UNIT = re.compile(r"(?<=\d)(?=[a-zA-Zµ°%][a-zA-Z]?)")
_UNIT_STARTS = re.compile(
    r"(kg|g\b|mg|µg|mcg|ml|mL|l\b|L\b|cm|mm|µm|nm|m\b|h\b|hrs?\b|min|s\b|sec|ms|ms\b|bpm|"
    r"mbar|hPa|kPa|Pa\b|cmH|mmHg|psi|bar\b|%|°|years?\b|yrs?\b|y\b|months?\b|days?\b|weeks?\b|"
    r"ans?\b|Jahre|mois|Monate|jours?\b|Tage|kHz|Hz|mA|V\b|W\b|J\b|lpm|l/min|L/min)"
)
_SPACE_RUN = re.compile(" {2,}")
# Greek mu reads as the micro sign ("5 μg" is "5 µg"), but inside a Greek word it is a letter:
# "μήνα", "σωματικό", "μεταξύ" keep it, so that Greek vocabularies match. One character for one.
_GREEK_LETTER = "\u0370-\u03ff\u1f00-\u1fff"
_GREEK_MU = re.compile(f"µ(?=[{_GREEK_LETTER}])|(?<=[{_GREEK_LETTER}])µ")
# "18~65 years", "22~46mm", "3 ~ 4": a tilde between two numbers writes a range (East Asian
# typography, also the full-width "～" and the wave dash "〜"); it reads as a hyphen, one
# character for one. "~5 kg" (about 5 kg) keeps its tilde.
_TILDE_RANGE = re.compile(r"(?<=\d)~(?= ?\d)|(?<=\d )~(?= ?\d)")


def _replacement(ch: str) -> str:
    """What one verbatim character becomes: "" (dropped), " " (any space), or its text."""
    if ch in _DROPPED:
        return ""
    if ch.isspace():
        return " "
    replacement = _REPLACEMENTS.get(ch)
    if replacement is None:
        replacement = unicodedata.normalize("NFKC", ch) if not ch.isascii() else ch
    # NFKC turns some characters into a space plus a mark ("\u00a8" -> " \u0308"); that space
    # collapses like any other.
    return "".join(" " if piece.isspace() else piece for piece in replacement)


def _changing_characters() -> dict[int, str]:
    """Every Basic Multilingual Plane character that normalisation changes (a few thousand)."""
    table: dict[int, str] = {}
    is_normalized = unicodedata.is_normalized
    for code in range(0x10000):
        ch = chr(code)
        if ch == " " or 0xD800 <= code <= 0xDFFF:
            continue
        # Most characters are left alone by `_replacement`: neither dropped, nor a space, nor
        # replaced, and already in NFKC. Telling so by `is_normalized` (in C) instead of
        # building their NFKC form makes this loop, run at every import, three times faster.
        if (ch not in _DROPPED and ch not in _REPLACEMENTS and not ch.isspace()
                and is_normalized("NFKC", ch)):
            continue
        replacement = _replacement(ch)
        if replacement != ch:
            table[code] = replacement
    return table


# str.translate table for the text; the same characters as a regex class for the origin map.
_TRANSLATION = _changing_characters()
# The replacements that keep the length: with only these, the origin map is the identity.
_ONE_FOR_ONE = {code: r for code, r in _TRANSLATION.items() if len(r) == 1}


def _character_class(codes) -> str:
    ranges: list[tuple[int, int]] = []
    for code in sorted(codes):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                   for a, b in ranges)


# The places where the normalised text differs from the verbatim text: hyphenation breaks,
# whitespace other than a lone " ", characters that change, and (rare) astral characters.
_CHANGES = re.compile(
    rf"(?P<hyphen>{_HYPHEN_BREAK.pattern})"
    rf"|(?P<space>[^\S ]\s*| \s+)"
    rf"|(?P<char>[{_character_class(c for c in _TRANSLATION if not chr(c).isspace())}"
    r"\U00010000-\U0010ffff])"
)


class NormalizedText:
    """Normalised text plus, for each of its characters, the verbatim index it came from.

    `text` is computed at once; `origin` on first use (most blocks are never quoted).
    """

    __slots__ = ("verbatim", "text", "__dict__")

    def __init__(self, verbatim: str, text: str | None = None,
                 origin: tuple[int, ...] | None = None) -> None:
        self.verbatim = verbatim
        self.text = _normalized_text(verbatim) if text is None else text
        if origin is not None:
            self.__dict__["origin"] = origin

    @cached_property
    def origin(self) -> Sequence[int]:
        # Most blocks only had single characters replaced (a line break by a space), or none
        # (then the plain comparison, several times cheaper than the translation, tells): each
        # character comes from the same index, and the map is the identity.
        if self.verbatim == self.text or (len(self.text) == len(self.verbatim)
                                          and self.verbatim.translate(_ONE_FOR_ONE) == self.text):
            return range(len(self.text))
        text, origin = _normalize_with_origin(self.verbatim)
        assert text == self.text, "normalisation paths disagree"
        return origin

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, NormalizedText) and self.verbatim == other.verbatim
                and self.text == other.text)

    def __hash__(self) -> int:
        return hash((self.verbatim, self.text))

    def __repr__(self) -> str:
        return f"NormalizedText(verbatim={self.verbatim!r}, text={self.text!r})"

    def verbatim_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text to the verbatim text."""
        if not self.text:
            return (0, 0)
        start = max(0, min(start, len(self.text) - 1))
        end = max(start + 1, min(end, len(self.text)))
        origin = self.origin
        return origin[start], origin[end - 1] + 1

    def quote(self, start: int, end: int) -> str:
        """The verbatim text behind a span of the normalised text, whitespace collapsed."""
        v_start, v_end = self.verbatim_span(start, end)
        return collapse_whitespace(self.verbatim[v_start:v_end])


def fold_case(text: str) -> str:
    """`text` in lower case with the same length, so that spans on it are spans on `text`.

    `str.lower` keeps the length except for a few characters ("İ" becomes two); those stay
    as they are.
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(low if len(low := char.lower()) == 1 else char for char in text)


def strip_accents(text: str) -> str:
    """`text` without diacritics ("épilepsie" -> "epilepsie"), for comparing letters across
    languages; lengths may change, so spans on the result are not spans on `text`."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def collapse_whitespace(text: str) -> str:
    """Collapse every run of whitespace into one space; the only change a quote may carry."""
    return " ".join(text.split())


def normalize(verbatim: str) -> NormalizedText:
    """Normalise `verbatim` for matching; the origin map follows when a quote needs it."""
    return NormalizedText(verbatim)


# --- the two paths: text only (fast), text with origin (on demand) --------------------------

def _normalized_text(verbatim: str) -> str:
    if not verbatim.isascii() and max(verbatim) > "\uffff":
        return _normalize_with_origin(verbatim)[0]  # astral characters: rare, per character
    text = verbatim
    if "\n" in text and "-" in text:
        text = _HYPHEN_BREAK.sub("", text)
    if not (text.isascii() and text.isprintable()):
        text = text.translate(_TRANSLATION)
        if "µ" in text:
            text = _greek_mu(text)
    if "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    text = text.strip(" ")
    if "~" in text:
        text = _TILDE_RANGE.sub("-", text)
    return _NUMBER_UNIT.sub(_unit_space, text) if _has_digit_letter(text) else text


def _greek_mu(text: str) -> str:
    return _GREEK_MU.sub("μ", text) if _GREEK_MU.search(text) else text


def _normalize_with_origin(verbatim: str) -> tuple[str, list[int]]:
    pieces: list[str] = []
    origin: list[int] = []
    position = 0
    for match in _CHANGES.finditer(verbatim):
        start = match.start()
        if start > position:
            pieces.append(verbatim[position:start])
            origin.extend(range(position, start))
        kind = match.lastgroup
        if kind == "space":
            pieces.append(" ")
            origin.append(start)
        elif kind == "char":
            replacement = _replacement(match.group())
            pieces.append(replacement)
            origin.extend([start] * len(replacement))
        position = match.end()  # a hyphenation break leaves nothing
    if position < len(verbatim):
        pieces.append(verbatim[position:])
        origin.extend(range(position, len(verbatim)))
    text = "".join(pieces)
    if "  " in text:
        text, origin = _collapse_spaces(text, origin)
    if text.endswith(" "):
        text, origin = text[:-1], origin[:-1]
    if text.startswith(" "):
        text, origin = text[1:], origin[1:]
    if "µ" in text:
        text = _greek_mu(text)  # one character for one: the origin map holds
    if "~" in text:
        text = _TILDE_RANGE.sub("-", text)  # one character for one: the origin map holds
    if _has_digit_letter(text):
        text, origin = _insert_unit_spaces(text, origin)
    return text, origin


def _collapse_spaces(text: str, origin: list[int]) -> tuple[str, list[int]]:
    """Keep the first space of each run (and its origin)."""
    kept: list[int] = []
    position = 0
    for match in _SPACE_RUN.finditer(text):
        kept.extend(origin[position:match.start() + 1])
        position = match.end()
    kept.extend(origin[position:])
    return _SPACE_RUN.sub(" ", text), kept


_DIGIT_LETTER = re.compile(r"\d[a-zA-Zµ°%]")


def _has_digit_letter(text: str) -> bool:
    return _DIGIT_LETTER.search(text) is not None


def _unit_space(match: re.Match) -> str:
    return " " if _glued_unit(match.string, match.start()) else ""


def _insert_unit_spaces(text: str, origin: list[int]) -> tuple[str, list[int]]:
    cuts = [m.start() for m in _NUMBER_UNIT.finditer(text) if _glued_unit(text, m.start())]
    if not cuts:
        return text, origin
    pieces: list[str] = []
    spaced: list[int] = []
    position = 0
    for cut in cuts:
        pieces += [text[position:cut], " "]
        spaced.extend(origin[position:cut])
        spaced.append(origin[cut])
        position = cut
    pieces.append(text[position:])
    spaced.extend(origin[position:])
    return "".join(pieces), spaced


def _glued_unit(text: str, index: int) -> bool:
    """True when the letters at `index`, right after a digit, start a known unit."""
    # "2nd", "3rd" and model numbers like "X5b" must not be split.
    return bool(_UNIT_STARTS.match(text, index))
