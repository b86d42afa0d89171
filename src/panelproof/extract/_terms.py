"""Term matching for knowledge YAML: whole words, plural-tolerant, `*` for prefixes.

Shared by the PMCF and documentation extractors. The conventions follow the vocabulary files:
case-insensitive on normalised text; an all-capitals term ("TBD", "NIV") matches only in
capitals; a trailing `*` means "any word starting with", a leading `*` "any word ending with"
("*karzinom": "Karzinom", "Prostatakarzinom"); a space or hyphen in a term matches
either; a plural ending (s, es) is tolerated.

A vocabulary entry may also list `abbreviations` ("IV", "SC", "i.m.", "ET tube"): they match
only as written (case-sensitive), as whole words, with a plural only on a final
lower-case word ("ET tubes"; `abbreviation_pattern`); one that is also a Roman numeral ("IV") does not match where it
numbers something ("NYHA class IV", "Annex IV", "grades III-IV", a heading "IV. Results"; see
`roman_numeral_as_number` and vocabulary/roman_numerals.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable, Iterator

from panelproof import knowledge, regex_cache


def word_alternation(terms) -> str:
    """One whole-word alternation of `terms` (lower-cased, longest first); a trailing `*`
    matches any word starting so ("sarcin*"). "" for no terms."""
    parts = []
    for term in sorted({str(t).lower() for t in terms}, key=lambda t: (-len(t), t)):
        if term.endswith("*"):
            parts.append(rf"{re.escape(term[:-1])}\w*")
        else:
            parts.append(rf"{re.escape(term)}(?![\w])")
    return rf"(?<![\w])(?:{'|'.join(parts)})" if parts else ""


def term_pattern(term: str) -> str:
    words = [w for w in re.split(r"[\s-]+", term.strip()) if w]
    # A `*` ends a word with "any continuation"; other words tolerate a plural ending.
    parts = [re.escape(w.strip("*")) + (r"\w*" if w.endswith("*") else r"(?:s|es)?")
             for w in words]
    if words and words[0].startswith("*"):
        parts[0] = r"\w*" + parts[0]
    body = r"[\s-]*".join(parts)
    return rf"(?<!\w){body}(?!\w)"


@lru_cache(maxsize=None)
def compile_terms(terms: tuple[str, ...]) -> re.Pattern | None:
    """One regex for a set of terms; longer terms first so the longest wins."""
    if not terms:
        return None
    # The source text is kept between runs with the compiled patterns (building it for the
    # hundred term sets of the extractors cost about 0.05 s per run), until this file changes.
    return re.compile(regex_cache.derived(_terms_source_kind(), "\x00".join(terms),
                                          lambda _key: _terms_source(terms)))


@lru_cache(maxsize=1)
def _terms_source_kind() -> str:
    return f"term alternation {knowledge.stamps([], [__file__])}"


def _terms_source(terms: tuple[str, ...]) -> str:
    lower = sorted({t for t in terms if not _all_caps(t)}, key=lambda t: (-len(t), t))
    caps = sorted({t for t in terms if _all_caps(t)}, key=lambda t: (-len(t), t))
    # "*karzinom" may start with any letter: its own alternative, so that the look-ahead on
    # the first letters still serves the other terms
    suffixes = [t for t in lower if t.lstrip().startswith("*")]
    lower = [t for t in lower if t not in suffixes]
    pieces = []
    if lower:
        pieces.append("(?i:" + _first_letters(lower) + "(?:" + "|".join(term_pattern(t) for t in lower) + "))")
    if suffixes:
        pieces.append("(?i:" + "|".join(term_pattern(t) for t in suffixes) + ")")
    if caps:
        pieces.append(_first_letters(caps) + "(?:" + "|".join(term_pattern(t) for t in caps) + ")")
    return "|".join(pieces)


def _first_letters(terms: list[str]) -> str:
    """A look-ahead on the characters the terms start with ("" when a term may start with any
    letter): CPython's regex engine then skips every other position fast, instead of trying each
    term there. Inside "(?i:...)" it ignores case like the terms."""
    firsts = set()
    for term in terms:
        word = next((w for w in re.split(r"[\s-]+", term.strip()) if w), "").rstrip("*")
        if not word:
            return ""
        firsts.add(word[0])
    return "(?=[" + "".join(re.escape(c) for c in sorted(firsts)) + "])"


def _all_caps(term: str) -> bool:
    letters = [c for c in term.rstrip("*") if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def flatten_terms(terms: Any) -> tuple[str, ...]:
    """Terms of any language from `{en: [...], fr: [...]}` or a plain list."""
    if isinstance(terms, dict):
        out: list[str] = []
        for value in terms.values():
            out.extend(flatten_terms(value))
        return tuple(out)
    if isinstance(terms, (list, tuple)):
        return tuple(str(t) for t in terms if t)
    if isinstance(terms, str):
        return (terms,)
    return ()


def language_bound(entry: Any) -> dict[str, str]:
    """Term -> language for the terms of a vocabulary entry listed in its `language_bound`: short
    words and acronyms that mean something else in another language or field (Italian "RSA", a
    nursing home, is radiostereometric analysis in an English orthopaedic study). They match only
    in text of the language they are listed under, when that language is known."""
    if not isinstance(entry, dict) or not entry.get("language_bound"):
        return {}
    bound = {str(t) for t in entry["language_bound"]}
    terms = entry.get("terms")
    if not isinstance(terms, dict):
        return {}
    return {str(t): str(language) for language, ts in terms.items() for t in (ts or ()) if str(t) in bound}


def terms_for_language(entry: Any, language: str | None) -> tuple[str, ...]:
    """An entry's terms that may match in text of `language`: all of them when the language is
    unknown (None), else all but the `language_bound` terms of other languages."""
    terms = flatten_terms(entry.get("terms") if isinstance(entry, dict) else entry)
    bound = language_bound(entry)
    if not bound or language is None:
        return terms
    return tuple(t for t in terms if bound.get(t, language) == language)


def find_terms(pattern: re.Pattern | None, text: str) -> Iterator[re.Match]:
    if pattern is None:
        return iter(())
    return pattern.finditer(text)


def load_optional(name: str) -> Any:
    """A knowledge file, or None while it does not exist yet (files land independently)."""
    try:
        return knowledge.load(name)
    except (FileNotFoundError, OSError, ModuleNotFoundError):
        return None
    except Exception:  # a malformed file must not stop extraction
        return None


def vocabulary_entries(data: Any) -> Iterable[tuple[str, dict]]:
    """(id, entry) pairs from either vocabulary layout: `entries: [{id: ...}]` or `groups: {id: {}}`."""
    if not isinstance(data, dict):
        return []
    pairs: list[tuple[str, dict]] = []
    entries = data.get("entries")
    if isinstance(entries, list):
        pairs += [(str(e["id"]), e) for e in entries if isinstance(e, dict) and e.get("id")]
    for key in ("groups", "concepts", "settings", "interfaces"):
        mapping = data.get(key)
        if isinstance(mapping, dict):
            pairs += [(str(k), v) for k, v in mapping.items() if isinstance(v, dict)]
        elif isinstance(mapping, list):
            pairs += [(str(e["id"]), e) for e in mapping if isinstance(e, dict) and e.get("id")]
    return pairs


@lru_cache(maxsize=None)
def term_anchors(terms: tuple[str, ...]) -> tuple[str, ...] | None:
    """Lower-case substrings one of which any match of `terms` must contain, or None.

    A cheap `in` test on lower-cased text before a case-insensitive regex with look-behinds,
    which Python scans position by position. The anchor of a term is its longest word (without
    the `*`s); a match contains every word of its term, so a text without any anchor cannot match.
    """
    anchors: set[str] = set()
    for term in terms:
        words = [w.strip("*").lower() for w in re.split(r"[\s-]+", term.strip()) if w.strip("*")]
        if not words:
            return None
        anchors.add(max(words, key=len))
    # An anchor containing a shorter anchor adds nothing: the shorter one is found first.
    kept = [a for a in anchors if not any(b != a and b in a for b in anchors)]
    return tuple(sorted(kept, key=len))


def may_match(anchors: tuple[str, ...] | None, lowered: str) -> bool:
    """False when `lowered` (lower-cased text) contains none of the anchors."""
    return anchors is None or any(anchor in lowered for anchor in anchors)


# --- abbreviations -------------------------------------------------------------------------------

def abbreviations_of(entry: Any) -> tuple[str, ...]:
    """The `abbreviations` of a vocabulary entry (`{en: [IV, SC], de: [i.v.]}` or a list)."""
    return flatten_terms(entry.get("abbreviations")) if isinstance(entry, dict) else ()


def abbreviation_pattern(abbreviation: str) -> str:
    """An abbreviation as a regex that matches it only as written, as a whole word: "IV" not in
    "iv", "IVF" or "XIV"; "i.v." also as "i. v."; a space in "ET tube" also as a hyphen, and its plural "ET tubes"."""
    pieces = []
    for ch in abbreviation.strip():
        if ch.isspace() or ch == "-":
            pieces.append(r"[\s\-]+")
        elif ch == ".":
            pieces.append(r"\.\s?")
        else:
            pieces.append(re.escape(ch))
    body = "".join(pieces)
    if body.endswith(r"\.\s?"):
        body = body[:-3]  # "i.v." ends with its dot, whatever follows
    elif abbreviation.strip()[-1:].islower():
        body += "s?"  # "ET tubes", "PEG tubes"
    # before: no letter, digit or abbreviation dot ("p.i.v."); after: no letter or digit. Nor
    # part of a hyphenated code ("ORTHAX-SC-01", "ACAG-IV-03", "SC-CER-031"), while "IV-Zugang"
    # still is one.
    return rf"(?-i:(?<![\w.])(?<!\w-){body}(?!\w|-\d|-[A-Z]{{2,}}(?![a-z])))"


_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def is_roman_numeral(text: str) -> bool:
    """True for an upper-case Roman numeral of two letters or more ("IV", "XII", "CD")."""
    return len(text) >= 2 and _ROMAN.fullmatch(text) is not None


@lru_cache(maxsize=1)
def _roman_contexts() -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    """(numbering word right before, a Roman numeral joined before, one joined after)."""
    data = load_optional("vocabulary/roman_numerals") or {}
    words = sorted({str(w) for w in flatten_terms(data.get("numbered"))}, key=lambda t: (-len(t), t))
    joiners = sorted({str(w) for w in flatten_terms(data.get("joiners"))}, key=lambda t: (-len(t), t))
    if not words:
        return None
    word = "|".join(r"[\s\-]*".join(re.escape(part) for part in re.split(r"[\s-]+", w)) for w in words)
    join = "|".join(rf"\s*{re.escape(j)}\s*" if not j[0].isalpha() else rf"\s+{re.escape(j)}\s+"
                    for j in joiners)
    # the other numeral is a strict one: "IV/IM" and "IV, SC" are lists of routes
    numeral = r"(?=[IVXLCDM])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})[a-cA-C]?"
    before = re.compile(rf"(?<!\w)(?:{word})(?:s|es|n|en|e)?\.?:?\s*$", re.IGNORECASE)
    joined_before = re.compile(rf"(?<![\w.]){numeral}(?:{join})$")
    joined_after = re.compile(rf"[a-cA-C]?(?:{join}){numeral}(?!\w)")
    return before, joined_before, joined_after


# "IV. Results", "IV) Risks": a numeral opening its line, with its marker, then a capital, a
# figure or the end of the line
_SUBSECTION = re.compile(r"\.\d")
_LINE_OPENING = re.compile(r"[\s(\[]*")
_MARKER_AFTER = re.compile(r"[.)\]](?:[^\S\n]*(?:\n|$)|\s+(\S))")


def roman_numeral_as_number(text: str, start: int, end: int) -> bool:
    """True when `text[start:end]`, a Roman numeral, numbers something instead of abbreviating
    a word: a class, grade, stage, annex or scale value ("NYHA class IV", "Clavien IV", "Anhang
    IV"), one of a range or list of numerals ("III-IV", "II und IV"), or a heading or list
    number ("IV. Results", "IV) Risks", "IV.2 Contraindications"). A numeral alone in a table cell stays an abbreviation:
    a "Route" column says "IV" as often as a "NYHA class" column does."""
    if not is_roman_numeral(text[start:end]):
        return False
    contexts = _roman_contexts()
    head = text[max(0, start - 40):start]
    tail = text[end:end + 20]
    if _SUBSECTION.match(tail):
        return True  # "IV.2 Contraindications", "see IV.3.1"
    if contexts is not None:
        before, joined_before, joined_after = contexts
        if before.search(head) or joined_before.search(head) or joined_after.match(tail):
            return True
    line_start = text.rfind("\n", 0, start) + 1
    if _LINE_OPENING.fullmatch(text, line_start, start) is None:
        return False
    marker = _MARKER_AFTER.match(tail)
    return bool(marker) and (marker.group(1) is None or marker.group(1)[0].isupper()
                             or marker.group(1)[0].isdigit())
