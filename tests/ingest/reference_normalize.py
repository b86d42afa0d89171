"""The original character-by-character normalize(), kept as an oracle for the fast one."""
from __future__ import annotations

import re
import unicodedata

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
    "\u301c": "~",
    "\u2264": "<=",
    "\u2265": ">=",
    "\u2026": "...",
    "\u00b5": "µ",  # micro sign and Greek mu read the same
    "\u03bc": "µ",
}
# Characters that carry no text at all.
_DROPPED = {"\u00ad", "\u200b", "\u200c", "\u200d", "\ufeff", "\x00"}
_SPACES = {"\u00a0", "\u2007", "\u2009", "\u202f", "\u2002", "\u2003", "\u2004", "\u2005",
           "\u2006", "\u2008", "\u200a", "\t", "\r", "\n", "\x0b", "\x0c", " "}

# "ventila-\ntion": a hyphen at the end of a line followed by a lower-case letter is a
# hyphenation break, not a hyphen; "anti-\nInflammatory" keeps its hyphen.
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[a-zà-öø-ÿ])")
# "5kg", "5mL", "10cmH2O": a number glued to a unit gets a space, as everywhere else.
_NUMBER_UNIT = re.compile(r"(?<=\d)(?=[a-zA-Zµ°%][a-zA-Z]?)")




def reference_normalize(verbatim: str):
    """Normalise `verbatim` for matching and remember where each character came from."""
    out: list[str] = []
    origin: list[int] = []
    hyphen_breaks = {m.start(): m.end() for m in _HYPHEN_BREAK.finditer(verbatim)}
    i = 0
    n = len(verbatim)
    while i < n:
        if i in hyphen_breaks:
            i = hyphen_breaks[i]
            continue
        ch = verbatim[i]
        if ch in _DROPPED:
            i += 1
            continue
        if ch in _SPACES or ch.isspace():
            if out and out[-1] != " ":
                out.append(" ")
                origin.append(i)
            i += 1
            continue
        replacement = _REPLACEMENTS.get(ch)
        if replacement is None:
            replacement = unicodedata.normalize("NFKC", ch) if not ch.isascii() else ch
        for piece in replacement:
            # NFKC turns some characters into a space plus a mark ("\u00a8" -> " \u0308");
            # that space collapses like any other.
            if piece.isspace():
                if out and out[-1] != " ":
                    out.append(" ")
                    origin.append(i)
                continue
            out.append(piece)
            origin.append(i)
        i += 1
    # Trim a trailing space so matches do not end on whitespace.
    while out and out[-1] == " ":
        out.pop()
        origin.pop()
    if out and out[0] == " ":
        out.pop(0)
        origin.pop(0)
    # Beside a Greek letter the micro sign is the Greek letter mu ("μήνα"), one for one.
    def greek(c: str) -> bool:
        return "\u0370" <= c <= "\u03ff" or "\u1f00" <= c <= "\u1fff"
    before_mu = list(out)
    for k, ch in enumerate(before_mu):
        if ch == "µ" and ((k + 1 < len(before_mu) and greek(before_mu[k + 1]))
                          or (k > 0 and greek(before_mu[k - 1]))):
            out[k] = "μ"
    # A tilde between two numbers (a space allowed on each side) is a range dash.
    for k, ch in enumerate(out):
        if ch != "~":
            continue
        before = "".join(out[max(0, k - 2):k])
        after = "".join(out[k + 1:k + 3])
        digit_before = before[-1:].isdigit() or (before[-1:] == " " and before[:1].isdigit())
        digit_after = after[:1].isdigit() or (after[:1] == " " and after[1:2].isdigit())
        if digit_before and digit_after:
            out[k] = "-"
    joined = "".join(out)
    # Insert the number-unit space last, keeping the origin map aligned.
    if _NUMBER_UNIT.search(joined):
        spaced: list[str] = []
        spaced_origin: list[int] = []
        cuts = {m.start() for m in _NUMBER_UNIT.finditer(joined)}
        for k, piece in enumerate(joined):
            if k in cuts and _glued_unit(joined, k):
                spaced.append(" ")
                spaced_origin.append(origin[k])
            spaced.append(piece)
            spaced_origin.append(origin[k])
        joined = "".join(spaced)
        origin = spaced_origin
    return joined, list(origin)


_UNIT_STARTS = re.compile(
    r"(kg|g\b|mg|µg|mcg|ml|mL|l\b|L\b|cm|mm|µm|nm|m\b|h\b|hrs?\b|min|s\b|sec|ms|ms\b|bpm|"
    r"mbar|hPa|kPa|Pa\b|cmH|mmHg|psi|bar\b|%|°|years?\b|yrs?\b|y\b|months?\b|days?\b|weeks?\b|"
    r"ans?\b|Jahre|mois|Monate|jours?\b|Tage|kHz|Hz|mA|V\b|W\b|J\b|lpm|l/min|L/min)"
)


def _glued_unit(text: str, index: int) -> bool:
    """True when the letters at `index`, right after a digit, start a known unit."""
    # "2nd", "3rd" and model numbers like "X5b" must not be split.
    return bool(_UNIT_STARTS.match(text, index))
