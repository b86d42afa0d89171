"""Intended use: intended purpose, indications, contraindications, patient interfaces, warnings.

INTENDED_PURPOSE: the sentences under an "Intended purpose" / "Destination" / "Zweckbestimmung"
heading, and sentences elsewhere that say what the device "is intended for/to", "est destiné à",
"ist ... bestimmt/vorgesehen" (not what a document or study is intended to do).

INDICATION / CONTRAINDICATION: `Concept`s from list items, table cells and sentences under
Indications / Contraindications headings (en/fr/de), and inline "indicated for ...",
"contraindicated in ...". Known conditions get their id from `vocabulary/clinical_terms.yaml`
(the same id in every language); anything else keeps `text:<normalised phrase>`.
"There are no known contraindications" gives the id `none`; "no contraindications were
observed in the study" does not.

INTERFACE: patient interfaces and modes of use (`vocabulary/interfaces.yaml`) where the
document states its intended use (intended purpose, indications, modes of use, interfaces), with
`negated` for "not for use with tracheostomy tubes" and for interfaces listed as
contraindications.

WARNING: sentences under Warnings / Precautions / Avertissements / Warnhinweise headings or
starting with "Warning:", "Caution", "Achtung"...: one fact per `vocabulary/warnings.yaml`
concept, else one `text:` concept per sentence.

The vocabulary matcher and the section classifier live here and are reused by `settings`.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import Iterable, Iterator

from panelproof import knowledge
from panelproof.extract import _questions as questions
from panelproof.extract._questions import question_role
from panelproof.extract._indication_sentence import (CONTINUATION_CUE, EXCLUSION_CUE, PERMISSION_CUE,
                                                     permitted_items, bare_items, excluded_items,
                                                      qualified_item_end)
from panelproof.extract._eligibility import is_selection_criterion, work_up_start
from panelproof.extract._population_terms import data_terms
from panelproof.extract._paraphrase import modifier_tokens, ordered_tokens, paraphrase_key, site_tokens
from panelproof.extract import _paraphrase as _paraphrase_module, _terms as _terms_module
from panelproof.extract._terms import (abbreviation_pattern, abbreviations_of, flatten_terms, is_roman_numeral,
                                      language_bound, roman_numeral_as_number)
from panelproof.extract._indication_text import (COMPARISON_CUE, abbreviations, comparison_spans,
                                                 expand_abbreviations, is_access_route, known_abbreviations,
                                                 other_therapy_subject,
                                                 without_access, without_population)
from panelproof.extract.common import ExtractionContext, cell_spans, is_appraisal_criteria, make_fact, sentences
from panelproof.extract.model import Concept, Fact, FactKind
from panelproof.ingest.model import Block, BlockKind, Document, heading_title

# --- vocabulary matching -----------------------------------------------------------------------


@dataclass(frozen=True)
class VocabularyMatch:
    id: str
    start: int
    end: int
    abbreviation: bool = False  # matched by one of the entry's `abbreviations` ("IV", "SC")


# What `_term_regex` turns into a flexible gap: one whitespace character, a hyphen, an apostrophe.
_TERM_SEPARATOR = re.compile(r"\s|-|['’]")


# Languages whose multi-word terms put the noun first and form its plural with -s/-x.
_PLURAL_S_HEAD_FIRST = frozenset({"fr", "es", "pt"})


# Optional endings, written so that the engine tests a letter that starts none of them once or
# twice, not once per ending: the vocabularies' terms are tried at every word start of every
# evidence row ("(?:e|en|er|es|em|n|r|s)?" cost ten tests at each "in..." word for each German
# term starting "in"). The same strings, and as a word boundary or separator follows, the same
# matches: "e", "en", "er", "es", "em", "n", "r", "s"; "s", "es", "e", "en", "n", "x".
_GERMAN_ENDING = r"(?:e[nrsm]?|[nrs])?"
_PLURAL_ENDING = r"(?:e[ns]?|[snx])?"


def _term_regex(term: str, language: str = "") -> str:
    """A term as a regex: flexible spaces/hyphens/apostrophes, tolerant plural, whole words.

    German terms also tolerate adjective endings inside the term ("chronisch obstruktive
    Lungenerkrankung" matches "der chronisch obstruktiven Lungenerkrankung"), and a German
    noun of eight letters or more also matches at the end or start of a compound
    ("Spannungspneumothorax", "Diathermiebehandlung"). French, Spanish and Portuguese terms
    tolerate a plural on every word, not only the last ("centros de cirugía ambulatoria").
    """
    prefix = term.endswith("*")
    term = term.strip("*")  # a leading `*` is handled by `_compound_split`
    german = language == "de"
    head_first = language in _PLURAL_S_HEAD_FIRST
    # A hyphenated German word whose last part is lower case is an adjective ("MR-sicher",
    # "HIV-positiv"), not a noun: it heads no compound, and "MR-Sicherheit" (the field name
    # "MR safety") is not "MR-sicher".
    compound = (german and " " not in term and len(term) >= 8 and term[:1].isupper()
                and term.rsplit("-", 1)[-1][:1].isupper() and not prefix)
    pieces = []
    position = 0
    # The characters between separators are escaped a run at a time (`re.escape` maps each
    # character on its own): a call per character cost a third of the vocabularies' warm-up.
    for separator in _TERM_SEPARATOR.finditer(term):
        index = separator.start()
        pieces.append(re.escape(term[position:index]))
        ch = term[index]
        if ch.isspace():
            if german and term[index - 1:index].isalpha():
                pieces.append(_GERMAN_ENDING)
            elif head_first and term[index - 1:index].isalpha() and term[index - 1] not in "sx":
                # the head noun comes first and takes the plural ("centres de chirurgie
                # ambulatoire" is the plural of "centre de chirurgie ambulatoire")
                pieces.append(r"[sx]?")
            pieces.append(r"[\s\-]+")
        elif ch == "-":
            pieces.append(r"[\s\-]?")
        else:
            pieces.append(r"['’]?")
        position = index + 1
    pieces.append(re.escape(term[position:]))
    body = "".join(pieces)
    if prefix:
        body += r"\w*"
    elif term[-1:].isalnum():
        body += _PLURAL_ENDING
    capitals = [c for c in term if c.isalpha()]
    if len(capitals) >= 2 and all(c.isupper() for c in capitals):
        body = f"(?-i:{body})"  # "NIV", "ETT", "ICU" only in capitals
    if compound:
        return rf"(?:(?<!\w){body}\w*|\w+{body}(?!\w))"
    return rf"(?<!\w){body}(?!\w)"


def _compound_split(term: str, language: str) -> tuple[str, str | None]:
    """(regex for the term as a word or word start, regex of its body as a compound's end).

    A term with a leading `*` ("*karzinom", any language) is a compound end by definition.

    A German compound ending ("Spannungspneumothorax") is matched word by word, not inside
    the big alternation: there, "any word characters, then the body" backtracks over every
    word for every such term, which made the search quadratic in word length.
    """
    if term.startswith("*") and len(term.strip("*")) >= 3:
        # "*karzinom": the word itself here, any word ending with it ("Prostatakarzinom") as
        # a compound end, matched word by word like the German compounds below
        full = _term_regex(term[1:], language)
        if full.startswith(_WORD_START):
            return full, full[len(_WORD_START):]
    full = _term_regex(term, language)
    if not full.startswith("(?:(?<!\\w)") or "|\\w+" not in full:
        return full, None
    prefix_part, _, suffix_part = full[3:-1].partition("|\\w+")
    return prefix_part, suffix_part


_LONG_WORD = re.compile(r"\w{9,}")
_WORD_START = r"(?<!\w)"


# "(?P<t12>intensiv" ...: the plain ASCII letters and digits an alternative's body starts with
# (one followed by a quantifier is not plain: "s?").
# "(?P<t12>": a term's group, as `_vocabulary_parts` names them.
_NAMED_GROUP = re.compile(r"\(\?P<t\d+>")
# Vocabularies of more terms (groups) than this are searched in two steps (`Vocabulary._matches`).
_MANY_GROUPS = 1000
_PLAIN_START = re.compile(r"\(\?P<t\d+>([a-zA-Z0-9]*)")
_QUANTIFIED = re.compile(r"[?*+{]")
# A group of more alternatives than this, sharing their first characters, is split again by
# the next one; no deeper than _MAX_DISPATCH_DEPTH characters.
_SPLIT_GROUPS_ABOVE = 6
_MAX_DISPATCH_DEPTH = 6


def _start_alternations(by_letter: dict[str, list[str]]) -> dict[str, str]:
    """Per start of a word (its first one or two letters, lower case ASCII), the alternation of
    the terms that may match there, in their order (for `Vocabulary._matches`): those of its
    first letter whose second letter is that word's second one or is not plain. Under the
    first letter alone, those whose second letter is not plain."""
    starts: dict[str, str] = {}
    for letter, alternatives in by_letter.items():
        if not (letter.isascii() and letter.isalnum()):
            continue
        prefixes = [_plain_prefix(alternative) for alternative in alternatives]
        for second in {prefix[1] for prefix in prefixes if len(prefix) >= 2} | {""}:
            kept = [alternative for alternative, prefix in zip(alternatives, prefixes)
                    if len(prefix) < 2 or prefix[1] == second]
            if kept:
                starts[letter + second] = "|".join(_by_next_letter(kept))
    return starts


def _plain_prefix(alternative: str) -> str:
    match = _PLAIN_START.match(alternative)
    if match is None:
        return ""
    prefix = match.group(1)
    if _QUANTIFIED.match(alternative, match.end()):
        prefix = prefix[:-1]  # "s?" may be absent
    return prefix.lower()


def _by_next_letter(alternatives: list[str], depth: int = 1) -> list[str]:
    """The alternatives of one first letter (`depth` 1), or of the same first `depth` letters,
    grouped by their next letter behind one look-ahead each, and large groups split again by
    the letter after: at a word start the engine then tries a few look-aheads instead of every
    term that shares the word's beginning (care-setting terms starting "int" alone are forty,
    in a dozen languages), and the vocabularies are searched in every evidence row of a long
    CER.

    Same matches: only alternatives with different letters at the same place change order,
    and those cannot match at the same position. An alternative whose letter there is not
    plain (an acronym's "(?-i:", an optional letter, a letter outside ASCII) stays where it
    was, between the groups.
    """
    out: list[str] = []
    groups: dict[str, list[str]] = {}  # letter at `depth` -> alternatives, of the current run

    def flush() -> None:
        for letter, alts in groups.items():
            if len(alts) == 1:
                out.append(alts[0])
                continue
            if len(alts) > _SPLIT_GROUPS_ABOVE and depth + 1 < _MAX_DISPATCH_DEPTH:
                alts = _by_next_letter(alts, depth + 1)
            skip = "." if depth == 1 else f".{{{depth}}}"
            out.append(f"(?={skip}{re.escape(letter)})(?:{'|'.join(alts)})")
        groups.clear()

    for alternative in alternatives:
        prefix = _plain_prefix(alternative)
        if len(prefix) <= depth:
            flush()  # keeps its place relative to every alternative that may match with it
            out.append(alternative)
        else:
            groups.setdefault(prefix[depth], []).append(alternative)
    flush()
    return out


# The "language" of an entry's `abbreviations` among the alternatives: matched as written.
_ABBREVIATION = "=abbr"


def _abbreviation_languages(entry: dict) -> dict[tuple[str, str], list[str]]:
    """(abbreviation, id) -> the languages it is listed under, for `abbreviations` given per language."""
    listed = entry.get("abbreviations")
    if not isinstance(listed, dict):
        return {}
    out: dict[tuple[str, str], list[str]] = {}
    for language, abbreviations in listed.items():
        for abbreviation in abbreviations or ():
            out.setdefault((str(abbreviation), entry["id"]), []).append(str(language))
    return out


# This module and the term helpers it uses: an edit to either derives the vocabularies again.
_DERIVING_FILES = (__file__, _terms_module.__file__)


def _vocabulary_parts(entries: dict[str, dict]) -> dict:
    """What `Vocabulary` matches with, as plain values (kept between runs by
    `knowledge.derived`): the source text of its alternations and the maps of their groups."""
    alternatives: list[tuple[str, str, str]] = []
    bound: set[tuple[str, str, str]] = set()  # (term, language, id) of `language_bound` terms
    abbreviation_languages: dict[tuple[str, str], list[str]] = {}  # (abbreviation, id) -> languages
    for entry in entries.values():
        terms = entry.get("terms", {})
        pairs = ([(lang, t) for lang, ts in terms.items() for t in (ts or [])]
                 if isinstance(terms, dict) else [("", t) for t in terms])
        alternatives += [(str(t), lang, entry["id"]) for lang, t in pairs]
        bound |= {(t, lang, entry["id"]) for t, lang in language_bound(entry).items()}
        # `abbreviations` ("IV", "SC", "ET tube") match only as written: language "=abbr"
        alternatives += [(str(a), _ABBREVIATION, entry["id"]) for a in dict.fromkeys(abbreviations_of(entry))]
        abbreviation_languages.update(_abbreviation_languages(entry))
    # Longest terms first, so "nasal mask" wins over "mask" at the same position.
    alternatives.sort(key=lambda item: len(item[0].strip("*")), reverse=True)
    group_ids = {f"t{i}": entry_id for i, (_, _, entry_id) in enumerate(alternatives)}
    # group -> the languages an abbreviation is listed under ("SC" is "surface corporelle" in
    # French text: listed under en and de, not fr)
    abbreviation_groups = {f"t{i}": abbreviation_languages[(term, entry_id)]
                           for i, (term, lang, entry_id) in enumerate(alternatives)
                           if lang == _ABBREVIATION and (term, entry_id) in abbreviation_languages}
    # abbreviations that are Roman numerals too ("IV"): not where they number something
    roman_groups = sorted(f"t{i}" for i, (term, lang, _) in enumerate(alternatives)
                          if lang == _ABBREVIATION and is_roman_numeral(term))
    # group -> the only language whose text it may match in ("RSA" in Italian text only)
    group_languages = {f"t{i}": item[1] for i, item in enumerate(alternatives) if item in bound}
    # Alternatives are grouped by their first letter behind one look-ahead each: the regex
    # engine tries every alternative at every position, so a vocabulary of 700 terms cost
    # ~15 ms per sentence; with the dispatch only the terms of one letter are tried.
    by_letter: dict[str, list[str]] = {}
    compounds = []
    suffixes = []  # compound ends of `*suffix` terms, searched apart (see `find`)
    for i, (term, lang, _) in enumerate(alternatives):
        if lang == _ABBREVIATION:
            first = term.strip()[:1].lower()
            body = abbreviation_pattern(term)
            by_letter.setdefault(first if first.isalnum() else "", []).append(f"(?P<t{i}>{body})")
            continue
        word_regex, compound_end = _compound_split(term, lang)
        first = term.lstrip("*")[:1].lower()
        if word_regex.startswith(_WORD_START) and first.isalnum():
            body = word_regex[len(_WORD_START):]
            by_letter.setdefault(first, []).append(f"(?P<t{i}>{body})")
        else:
            by_letter.setdefault("", []).append(f"(?P<t{i}>{word_regex})")
        if compound_end and term.startswith("*"):
            suffixes.append(f"(?P<t{i}>{compound_end})")
        elif compound_end:
            compounds.append(f"(?P<t{i}>{compound_end})")
    branches = [f"(?={re.escape(letter)})(?:{'|'.join(_by_next_letter(alts))})"
                for letter, alts in by_letter.items() if letter]
    main = ([rf"(?<!\w)(?:{'|'.join(branches)})"] if branches else []) + by_letter.get("", [])
    # `*suffix` terms ("*krebs": "Hautkrebs", "longkanker"): their own small regex, tried on
    # the words long enough to hold one, and only in a text that contains a suffix at all
    suffix_terms = [t.strip("*") for t, _, _ in alternatives if t.startswith("*") and len(t.strip("*")) >= 3]
    return {
        "group_ids": group_ids,
        "group_languages": group_languages,
        "roman_groups": roman_groups,
        "abbreviation_groups": abbreviation_groups,
        "abbreviation_group_ids": sorted(f"t{i}" for i, (_, lang, _) in enumerate(alternatives)
                                         if lang == _ABBREVIATION),
        "main": "|".join(main) or r"(?!x)x",
        "starts": _start_alternations(by_letter) if len(alternatives) > _MANY_GROUPS else {},
        "compounds": "|".join(compounds) if compounds else None,
        "suffixes": "|".join(suffixes) if suffixes else None,
        "suffix_anchors": tuple(sorted({t.lower() for t in suffix_terms})),
        "suffix_word": rf"\w{{{min(len(t) for t in suffix_terms) + 1},}}" if suffix_terms else None,
    }


class Vocabulary:
    """The entries of one `knowledge/vocabulary/<name>.yaml` (its list `section`), matchable in text.

    An id may carry a qualifier of the `qualifiers` section after "@"
    ("aortic_stenosis@intermediate_surgical_risk"): its label names both, and it is narrower
    than the unqualified id.
    """

    def __init__(self, name: str, section: str = "entries") -> None:
        data = knowledge.load(f"vocabulary/{name}") or {}
        self.entries: dict[str, dict] = {e["id"]: e for e in data.get(section) or []}
        self.qualifiers: dict[str, dict] = {e["id"]: e for e in data.get("qualifiers") or []}
        # population_groups.yaml keeps its entries as a mapping id -> entry
        if section == "entries":
            self.entries.update({k: {"id": k, **v} for k, v in (data.get("groups") or {}).items()})
        # The alternations' source text and group maps are derived from the YAML once and
        # kept between runs (0.2 s for the 13 vocabularies); the patterns come from regex_cache.
        parts = knowledge.derived(f"vocabulary--{name}--{section}",
                                  lambda: _vocabulary_parts(self.entries), [f"vocabulary/{name}"],
                                  _DERIVING_FILES)
        self._group_ids: dict[str, str] = parts["group_ids"]
        # group -> the only language whose text it may match in ("RSA" in Italian text only)
        self._group_languages: dict[str, str] = parts["group_languages"]
        self._roman_groups: frozenset[str] = frozenset(parts.get("roman_groups") or ())
        self._abbreviation_groups: dict[str, frozenset[str]] = {
            group: frozenset(languages) for group, languages in (parts.get("abbreviation_groups") or {}).items()}
        self._abbreviation_group_set = frozenset(parts.get("abbreviation_group_ids") or ())
        self._main_source: str = parts["main"]
        # The same alternation without its named groups, to find where terms start (see
        # `_matches`); a vocabulary of few terms is searched as it is, which is faster there.
        self._finder = (re.compile(_NAMED_GROUP.sub("(?:", parts["main"]), re.IGNORECASE)
                        if len(self._group_ids) > _MANY_GROUPS else None)
        self._start_sources: dict[str, str] = parts["starts"]
        self._start_patterns: dict[str, re.Pattern[str] | None] = {}
        self._compound_regex = (re.compile(parts["compounds"], re.IGNORECASE)
                                if parts["compounds"] is not None else None)
        # `*suffix` terms ("*krebs": "Hautkrebs", "longkanker"): their own small regex, tried on
        # the words long enough to hold one, and only in a text that contains a suffix at all
        self._suffix_regex = (re.compile(parts["suffixes"], re.IGNORECASE)
                              if parts["suffixes"] is not None else None)
        self._suffix_anchors: tuple[str, ...] = tuple(parts["suffix_anchors"])
        self._suffix_word = (re.compile(parts["suffix_word"])
                             if parts["suffix_word"] is not None else None)

    @cached_property
    def _regex(self) -> re.Pattern[str]:
        """The whole alternation with a named group per term. A large vocabulary needs it only
        for the rare match its start patterns do not reproduce (`_matches`): compiled when
        first needed, as its parse costs about a second on a run without the pattern cache."""
        return re.compile(self._main_source, re.IGNORECASE)

    def find(self, text: str, start: int = 0, end: int | None = None,
             language: str | None = None) -> list[VocabularyMatch]:
        """Matches of the entries' terms in `text[start:end]`; with the text's `language`, a
        `language_bound` term of another language does not match, nor an abbreviation listed
        only under other languages."""
        end = len(text) if end is None else end
        found = [VocabularyMatch(self._group_ids[m.lastgroup], m.start(), m.end(),
                                 m.lastgroup in self._abbreviation_group_set)
                 for m in (self._matches(text, start, end) if self._finder is not None
                           else self._regex.finditer(text, start, end))
                 if (language is None or (self._group_languages.get(m.lastgroup, language) == language
                                          and language in self._abbreviation_groups.get(m.lastgroup, (language,))))
                 and not (m.lastgroup in self._roman_groups
                          and roman_numeral_as_number(text, m.start(), m.end()))]
        extra = []
        if self._compound_regex is not None:
            extra = self._compound_matches(text, start, end, found, _LONG_WORD, self._compound_regex)
        if self._suffix_regex is not None:
            lowered = text[start:end].lower()
            if any(anchor in lowered for anchor in self._suffix_anchors):
                extra += self._compound_matches(text, start, end, found + extra, self._suffix_word,
                                                self._suffix_regex)
        if extra:
            found += extra
            found.sort(key=lambda match: match.start)
        return found

    def _matches(self, text: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """What `self._regex.finditer(text, start, end)` finds, found faster.

        CPython's regex engine, entering capture group number n with no group set yet, first
        clears the marks of groups 1 to n: in an alternation of 1,400 named terms, each term
        tried at a word start cost that much ("int..." tried 40 terms: 0.1 ms a word). So the
        terms are found by the same alternation without groups, and each match is read again
        with the groups of the terms that may start like it (`_start_alternations`): the same
        alternatives in the same order, of which only these can match there. A match at a
        word that does not start with two ASCII letters or digits, or that these do not
        reproduce (a term outside the letter dispatch), is read with the whole alternation.
        """
        for hit in self._finder.finditer(text, start, end):
            position = hit.start()
            pattern = self._start_pattern(text[position:min(position + 2, end)])
            match = pattern.match(text, position, end) if pattern is not None else None
            if match is None or match.end() != hit.end():
                match = self._regex.match(text, position, end)
            yield match

    def _start_pattern(self, start: str) -> re.Pattern[str] | None:
        if start in self._start_patterns:
            return self._start_patterns[start]
        pattern = None
        # Only ASCII: there, a case-insensitive match is a match of the lower case
        # ("ı" and "ſ" match "i" and "s" case-insensitively, and would not be looked up right).
        if start.isascii() and start[:1].isalnum():
            key = start.lower()
            source = self._start_sources.get(key) or self._start_sources.get(key[:1])
            if source is not None:
                pattern = re.compile(rf"{_WORD_START}(?:{source})", re.IGNORECASE)
        self._start_patterns[start] = pattern
        return pattern

    def _compound_matches(self, text: str, start: int, end: int, taken: list[VocabularyMatch],
                          words: re.Pattern, ends: re.Pattern) -> list[VocabularyMatch]:
        """Words (not already matched) that end with a German compound term or a `*suffix`."""
        out = []
        for word in words.finditer(text, start, end):
            if any(m.start < word.end() and word.start() < m.end for m in taken):
                continue
            m = ends.search(text, word.start() + 1, word.end())
            if m and m.end() == word.end():
                out.append(VocabularyMatch(self._group_ids[m.lastgroup], word.start(), word.end()))
        return out

    def label(self, entry_id: str) -> str:
        base, _, qualifier = entry_id.partition("@")
        label = self.entries.get(base, {}).get("label", base)
        if qualifier:
            label += f" ({self.qualifiers.get(qualifier, {}).get('label', qualifier)})"
        return label

    def broader(self, entry_id: str) -> set[str]:
        """Every id that `entry_id` is narrower than (transitively)."""
        found: set[str] = set()
        base, _, qualifier = entry_id.partition("@")
        if qualifier:
            found.add(base)
        current = self.entries.get(base, {}).get("broader")
        while current and current not in found:
            found.add(current)
            current = self.entries.get(current, {}).get("broader")
        return found


@lru_cache(maxsize=None)
def vocabulary(name: str, section: str = "entries") -> Vocabulary:
    return Vocabulary(name, section)


def qualified_id(base: str, qualifier: str | None) -> str:
    return f"{base}@{qualifier}" if qualifier else base


# --- sections ----------------------------------------------------------------------------------

INTENDED_PURPOSE = "intended_purpose"
INDICATIONS = "indications"
CONTRAINDICATIONS = "contraindications"
WARNINGS = "warnings"
USERS = "users"
ENVIRONMENT = "environment"
MODES = "modes"
# Clinical benefits, outcome parameters, acceptance criteria, objectives, endpoints: what the
# device is to achieve ("improved oxygenation", "pain relief"), never a condition it treats.
OUTCOMES = "outcomes"
OTHER = "other"  # literature, results, storage...: statements there are not the intended use

_SECTION_KEYWORDS: list[tuple[str, re.Pattern]] = [
    (CONTRAINDICATIONS, re.compile(
        r"contra-?indications?|contre-?indications?|kontra-?indikation(?:en|er)?|gegenanzeigen?|"
        r"contraindications? and limitations|contraindicaci(?:ones|ón|on)|controindicazion[ei]|"
        r"contra-?indicaties?|przeciwwskazani[ae]|kontraindikationer|kontraindikace|"
        # Portuguese: "Contraindicações", "Contra-indicações"
        r"contra-?indica(?:ções|ção|coes|cao)|"
        # Finnish, Croatian
        r"vasta-?aiheet|kontraindikacije", re.I)),
    (INDICATIONS, re.compile(
        r"indications?(?:\s*\(s\))?(?: for use| d'utilisation| d'emploi| thérapeutiques)?|indikation(?:en|er)?|"
        r"anwendungsgebiet(?:e)?|medical indications?|target conditions?|"
        r"indicaci(?:ones|ón|on)(?: de uso)?|indicazion[ei](?: d['’]uso)?|indicaties?|"
        r"wskazania(?: do (?:stosowania|użycia))?|indikationer|indikace|"
        r"indica(?:ções|ção|coes|cao)(?: (?:de (?:utilização|uso)|terapêuticas?|clínicas?))?|"
        # Finnish, Croatian
        r"käyttöaiheet|indikacije", re.I)),
    (INTENDED_PURPOSE, re.compile(
        r"intended (?:medical )?(?:purpose|use)s?(?:\s*\(s\))?|purpose of the device|destination|"
        # as documents written in Japanese-English habits title it
        r"usage purpose|purpose of use|use purpose|"

        r"usage prévu|utilisation prévue|usage préconisé|finalité|zweckbestimmung|verwendungszweck|"
        r"bestimmungsgemäße[rn]? (?:verwendung|gebrauch)|intended application|scope of use|"
        r"uso previsto|finalidad prevista|destino previsto|destinazione d['’]uso|"
        r"scopo previsto|finalità prevista|destinación de uso|beoogde? (?:gebruik|doel)|bedoeld gebruik|"
        r"przeznaczenie|(?:zamierzone|przewidziane) (?:zastosowanie|przeznaczenie)|cel stosowania|"
        r"tilsigtet (?:anvendelse|formål|brug)|beregnet (?:anvendelse|formål)|anvendelsesformål|"
        r"určený účel|určené použití|zamýšlený účel|účel použití|"
        r"finalidade(?: prevista| pretendida)?|utiliza(?:ção|cao) prevista|fim a que se destina|"
        r"uso pretendido|utiliza(?:ção|cao) pretendida|"
        # Swedish
        r"avsedd användning|avsett ändamål|användningsområde|"
        # Finnish, Croatian; "Scope of application", the usual translation of the intended-use
        # field of Chinese IFUs (适用范围)
        r"käyttötarkoitus|namjena|namjeravana (?:uporaba|svrha)|(?:scope|field) of application|"
        r"application scope|applicable scope", re.I)),
    (OUTCOMES, re.compile(
        r"(?:intended |expected |anticipated |claimed )?(?:clinical )?benefits?(?! ?[-–/] ?risk)|"
        r"(?:clinical |primary |secondary |safety |performance )?(?:outcomes?|endpoints?|end points?)"
        r"(?: (?:parameters?|measures?|criteria))?|outcome parameters?|"
        r"(?:acceptance|success|performance) criteri(?:a|on)|objectives?|aims?|goals?|"
        r"performance (?:claims?|outcomes?|parameters?)|"
        r"bénéfices?(?: cliniques?)?|paramètres? de résultats?|critères? d['’](?:acceptation|acceptabilité|"
        r"évaluation)|critères? de (?:jugement|succès|performance)|objectifs?|"
        r"(?:klinische[rn]? )?nutzen(?![-–]?\s?risiko)|endpunkte?|zielparameter|zielgrö(?:ß|ss)en?|akzeptanzkriterien|"
        r"erfolgskriterien|ziele|zielsetzung|"
        r"beneficios?(?: clínicos?)?|criterios? de (?:aceptación|valoración|éxito)|objetivos?|"
        r"benefici(?:o)?(?: clinic[oi])?|criteri(?:o)? di (?:accettazione|valutazione|successo)|"
        r"obiettivi|obiettivo|parametri di esito", re.I)),
    (WARNINGS, re.compile(
        r"warnings?|precautions?|cautions?|safety (?:information|instructions|notes|precautions)|"
        # the signal word of a caution box as a heading: "Attention", "Achtung", "Vorsicht"
        r"attention|achtung|vorsicht|attenzione|atenção|pozor|"
        r"avertissements?|mises? en garde|précautions?(?: d'emploi)?|consignes de sécurité|"
        r"warnhinweise?|warnungen|vorsichtsma(?:ß|ss)nahmen|sicherheitshinweise?|"
        r"advertencias?|precauciones|avvertenze|avvertenza|avvertimenti|precauzioni|"
        r"informations? de sécurité|sicherheitsinformationen|wichtige sicherheitshinweise|"
        r"informazioni (?:sulla|di) sicurezza|norme di sicurezza|indicazioni di sicurezza|"
        r"información de seguridad|instrucciones de seguridad|"
        r"waarschuwingen|waarschuwing|voorzorgsmaatregelen|veiligheidsinformatie|"
        r"veiligheidsvoorschriften|veiligheidsinstructies|"
        r"ostrzeżeni[ae]|środki ostrożności|informacje dotyczące bezpieczeństwa|"
        r"advarsler|advarsel|forsigtighedsregler|sikkerhedsinformation(?:er)?|"
        r"varování|upozornění|bezpečnostní (?:upozornění|informace|pokyny)|bezpečnostní opatření|"
        r"advertências?|precauções|avisos?(?: de segurança)?|informa(?:ções|ção) de segurança|"
        r"instruções de segurança|cuidados especiais|"
        # Swedish
        r"varningar|varning|försiktighetsåtgärder|säkerhetsinformation", re.I)),
    (USERS, re.compile(
        r"(?:intended |target )?(?:users?|operators?)(?: profile)?|user profile|"
        r"utilisateurs?(?: prévus| visés| cibles)?|profil (?:de l'|d')?utilisateur|"
        r"(?:vorgesehene )?(?:anwender|benutzer|bediener)(?:profil)?|anwenderkreis|"
        r"usuarios?(?: previstos)?|utilizzatori(?: previsti)?|utenti(?: previsti)?|"
        r"(?:przewidziani )?użytkownicy|(?:tilsigtede )?brugere|(?:určení |zamýšlení )?uživatelé|"
        r"utilizador(?:es)?(?: previstos?| pretendidos?| a que se destina)?|perfil do utilizador", re.I)),
    (ENVIRONMENT, re.compile(
        r"(?:intended |use |usage |operating |operational |clinical )?(?:environments?|settings?)(?: of (?:use|usage))?|"
        r"(?:care|use|clinical) settings?|conditions of use|place of use|environment of use|"
        r"environnement(?: d'utilisation)?|lieu d'utilisation|conditions d'utilisation|"
        r"(?:anwendungs|einsatz|betriebs)?umgebung|einsatzort|anwendungsort|einsatzbereich|"
        r"entorno(?: de uso)?|ambiente(?: d['’]uso| di utilizzo| de (?:utilização|uso))?|"
        r"local de utiliza(?:ção|cao)|condições de utiliza(?:ção|cao)|"
        # Dutch, Polish, Swedish, Danish, Czech
        r"(?:beoogde )?(?:gebruiks)?omgeving(?: van gebruik)?|"
        r"środowisko(?: (?:użytkowania|użycia|stosowania|pracy))?|miejsce (?:użytkowania|stosowania)|"
        r"warunki (?:użytkowania|stosowania)|(?:avsedd )?(?:användnings)?miljö|"
        r"(?:anvendelses|brugs)?miljø|prostředí(?: použití)?", re.I)),
    (MODES, re.compile(
        r"modes? of (?:use|operation|application|administration)|patient interfaces?|interfaces?|"
        r"routes? of administration|modes? d'utilisation|modes? d'application|interfaces? patient|"
        r"voies? d'administration|patientenschnittstellen?|anwendungsarten|applikationsarten|"
        r"(?:surgical |implantation |operative )?approach(?:es)?|access routes?|routes? of access|"
        r"voies? d'abord|abords? chirurgica(?:l|ux)|(?:operative[rn]? )?zugangswege?|operative zugänge|"
        r"abordajes?(?: quirúrgicos?)?|approcci(?:o)?(?: chirurgic[oi])?|vie di accesso|"
        r"vias? de (?:administração|acesso)|abordagens?(?: cirúrgicas?)?", re.I)),
    (OTHER, re.compile(
        r"literature|state of the art|clinical data|clinical investigations?|results?|studies|study|"
        r"appraisal|equivalen\w*|references|bibliography|storage|transport and storage|cleaning|"
        r"disinfection|disposal|maintenance|technical (?:data|specifications?)|specifications?|"
        r"post-market|pmcf|vigilance|complaints|revision history|abbreviations|"
        r"littérature|état de l'art|données cliniques|résultats|études|stockage|nettoyage|entretien|"
        r"spécifications?|literatur|stand der technik|klinische daten|ergebnisse|studien|lagerung|"
        r"reinigung|wartung|technische daten|entsorgung|"
        r"bibliografía|bibliografia|resultados|risultati|estudios|studi clinici|datos clínicos|"
        r"dati clinici|almacenamiento|conservazione|limpieza|pulizia|mantenimiento|manutenzione|"
        r"datos técnicos|dati tecnici|especificaciones|specifiche|"
        # other devices and therapies: what they treat is not what this device is indicated for
        r"state-of-the-art|alternative (?:treatments?|therap(?:y|ies)|options|methods|devices|procedures)|"
        r"(?:current |available |existing )?treatment (?:options|alternatives|landscape)|"
        r"therapeutic (?:options|alternatives)|standard of care|similar (?:devices|products)|"
        r"comparable (?:devices|products)|comparators?(?: devices?| products?)?|benchmark(?: devices?)?|"
        r"competitors?(?: devices?| products?)?|competing (?:devices|products)|predicate devices?|"
        r"alternatives? thérapeutiques?|options thérapeutiques|traitements? alternatifs?|"
        r"dispositifs? (?:similaires|comparables|concurrents)|"
        r"alternative (?:behandlung|therapie)\w*|behandlungsalternativen|therapiealternativen|"
        r"therapieoptionen|behandlungsoptionen|vergleich(?:s)?produkte|vergleichbare produkte|"
        r"stato dell['’]arte|alternative terapeutiche|dispositivi (?:simili|comparabili)|"
        r"estado del arte|estado de la técnica|alternativas terapéuticas|dispositivos similares|"
        # Portuguese
        r"especifica(?:ções|ção) técnicas?|dados técnicos|características técnicas|armazenamento|"
        r"limpeza|manutenção|elimina(?:ção|cao)|resultados|estudos(?: clínicos)?|literatura|"
        r"referências|bibliografia|dados clínicos|estado da arte|alternativas terapêuticas|"
        r"dispositivos semelhantes", re.I)),
]


def _with_data_headings(keywords: list[tuple[str, re.Pattern]]) -> list[tuple[str, re.Pattern]]:
    """The section keywords extended by the headings of the languages given as data
    (knowledge/vocabulary/population_quantities.yaml: Greek, Romanian, Hungarian, Bulgarian,
    Estonian, Latvian, Slovenian, Croatian ...)."""
    languages = knowledge.load("vocabulary/population_quantities")["languages"]
    # a technical-data heading ("Технически данни", "Tehnički podaci") is one of the sections
    # whose statements are not the intended use
    data_kinds = {OTHER: (OTHER, "technical")}
    extended = []
    for kind, pattern in keywords:
        terms = {t.lower() for entry in languages.values()
                 for data_kind in data_kinds.get(kind, (kind,))
                 for t in ((entry.get("headings") or {}).get(data_kind) or ())}
        if terms:
            alternation = "|".join(re.escape(t) for t in sorted(terms, key=lambda t: (-len(t), t)))
            pattern = re.compile(f"{pattern.pattern}|{alternation}", pattern.flags)
        extended.append((kind, pattern))
    return extended


_SECTION_KEYWORDS = _with_data_headings(_SECTION_KEYWORDS)
# Words that may stand before a section keyword without changing what the section is.
# A summary or an assessment of a section is that section: "Summary of the intended purpose as
# assessed", "Review of the indications", "Résumé de la destination", "Zusammenfassung der
# Zweckbestimmung".
_QUALIFIERS = re.compile(
    r"^(?:(?:general|specific|important|additional|other|further|clinical|medical|therapeutic|key|"
    r"known|relevant|device|product|system|allgemeine|wichtige|weitere|besondere|medizinische|"
    r"klinische|autres?|principales?|the|les?|la|die|der|"
    r"(?:summary|overview|review|assessment|evaluation|statement|description|verification|"
    r"résumé|synthèse|évaluation|zusammenfassung|bewertung|überprüfung|beschreibung|riepilogo|"
    r"sintesi|valutazione|resumen|evaluación|samenvatting|beoordeling)"
    r"\s+(?:of|de|du|des|der|des|dei|della|del|delle|van|on)(?:\s+(?:la|l['’]|the|het|de|il))?)\s+)*",
    re.I)
# "3.2", "III.", "III.2", "B.2", "IV", "2.a)", "A)", "2-5" (chapter-section, as in Japanese
# documents): mixed roman, letter and arabic numbering.
_HEADING_NUMBER = re.compile(r"^\s*(?:(?i:section|chapter|kapitel|chapitre|annex(?:ure|e)?|appendix|anhang|"
                             r"anlage|allegato|anexo|bijlage)\s+|§\s*)?"
                             r"(?:(?:[IVX]+|[A-Z]|\d+)(?:[.)]\s?(?:\d+|[a-z])(?![\w]))*[.)]?(?=\s)"
                             r"|[A-Za-z]\.|\d+(?:[.\-–]\d+)*\.?|[IVXivx]+\.)?\s*")
_SEGMENT_SPLIT = re.compile(r"\s*(?:,|/|&|;|:|\+|\band\b|\bet\b|\bund\b|\bor\b|\bou\b|\boder\b|"
                            r"\boraz\b|\blub\b|\bog\b|\beller\b|\bnebo\b|(?-i:\be\b))\s*", re.I)

_SHORT_JOIN = re.compile(r"\s+(?:a|i|y|u)\s+", re.I)


# "Purpose", "Purpose of the product", "Zweck des Produkts": only as the whole heading ("Purpose
# and scope", "Purpose of this report" state the document's purpose).
_BARE_PURPOSE = re.compile(
    r"(?:(?:product|device)\s+)?purpose(?:\s+of\s+the\s+(?:medical\s+)?(?:product|system|implant))?|"
    r"zweck(?:\s+des\s+(?:produkts|produktes|ger(?:ä|ae)tes|ger(?:ä|ae)ts|systems))?", re.I)


@lru_cache(maxsize=4096)
def _heading_title(heading: str) -> str:
    """The heading without its number and the separator after it; a bar is a separator too
    ("3 | Indications", "4 ‖ Warnings")."""
    return heading_title(_HEADING_NUMBER.sub("", heading_title(heading), count=1)).strip(" .:-–|‖¦")


def heading_kinds(heading: str) -> frozenset[str]:
    """What a heading announces: a set of section kinds, empty when it is none of ours.

    A keyword counts only at the start of the heading or of one of its parts ("Intended use
    and indications"), so "Alarm indications" or "Indication of battery status" stay apart.
    """
    text = _heading_title(heading)
    if _BARE_PURPOSE.fullmatch(text):
        return frozenset({INTENDED_PURPOSE})
    kinds: set[str] = set()
    segments = []
    for segment in _SEGMENT_SPLIT.split(text):
        # a one-letter "and" (Czech and Slovak "a", Polish and Croatian "i", Spanish "y"): a
        # join only between two section keywords ("Určený účel a indikace", "Varování a
        # opatření"), as the same letter is an article or a preposition elsewhere
        parts = _SHORT_JOIN.split(segment)
        if len(parts) > 1 and all(_segment_kind(p.strip()) is not None for p in parts):
            segments += parts
        else:
            segments.append(segment)
    for segment in segments:
        segment = segment.strip()
        # "Clinical data" and "Klinische Daten" are keywords of their own; "Clinical indications"
        # is "indications" once the qualifier is set aside
        for candidate in dict.fromkeys((segment, _QUALIFIERS.sub("", segment))):
            kind = _segment_kind(candidate)
            if kind is not None:
                kinds.add(kind)
                break
    if not kinds:
        # patient-facing headings of an SSCP or a lay IFU ask a question instead of naming the
        # section: "Who should not use the device?", "What is the device used for?"
        # (knowledge/vocabulary/question_headings.yaml)
        role = question_role(heading)
        if role is not None:
            return _QUESTION_KINDS.get(role, frozenset())
    return frozenset(kinds)


def _segment_kind(segment: str) -> str | None:
    if not segment:
        return None
    for kind, pattern in _SECTION_KEYWORDS:
        match = pattern.match(segment)
        if match and _ends_reasonably(segment, match.end(), kind):
            return kind
    return None


# Section kinds of the roles of question headings (extract/_questions.py). A question about the
# risks announces none of ours, like "Residual risks"; results and the PMCF's methods, size and
# schedule are no intended use.
_QUESTION_KINDS: dict[str, frozenset[str]] = {
    questions.CONTRAINDICATIONS: frozenset({CONTRAINDICATIONS}),
    questions.POPULATION: frozenset({INTENDED_PURPOSE, INDICATIONS}),
    questions.INTENDED_PURPOSE: frozenset({INTENDED_PURPOSE, INDICATIONS}),
    questions.INDICATIONS: frozenset({INDICATIONS}),
    questions.USERS: frozenset({USERS, INTENDED_PURPOSE}),
    questions.CLINICAL_RESULTS: frozenset({OTHER}),
    questions.PMCF_OBJECTIVES: frozenset({OUTCOMES}),
    questions.PMCF_ENDPOINTS: frozenset({OUTCOMES}),
    questions.PMCF_METHODS: frozenset({OTHER}),
    questions.PMCF_SAMPLE_SIZE: frozenset({OTHER}),
    questions.PMCF_TIMELINE: frozenset({OTHER}),
}


def _ends_reasonably(segment: str, end: int, kind: str) -> bool:
    """The keyword must be the segment's head: "Indications for use of the software" yes,
    "Indication of battery status" no."""
    rest = segment[end:].strip().lower()
    if not rest or kind == OTHER:
        return True
    if rest[0].isalpha() and segment[end - 1:end].isalpha() and not segment[end:end + 1].isspace():
        return False  # keyword is only the start of a longer word
    if (kind == INDICATIONS and re.match(r"(?:of|du|de la|des|af|da|do|dos|das)\s", rest)
            and segment[:end].strip().lower() in ("indication", "indications", "indikation",
                                                  "indicação", "indicacao")):
        return False
    return len(rest.split()) <= 6


def block_kinds(block: Block) -> frozenset[str]:
    """Section kinds of the innermost heading above `block` that announces one. A subsection
    on the target population ("3.4 Target population" under "3 Intended purpose") is a section
    of its own: it says who is treated, as it does where it is a chapter of its own, and does not
    take its parent's kinds ("incl. pregnant women in labour" names no indication)."""
    for heading in reversed(block.heading_path):
        kinds = heading_kinds(heading)
        if kinds:
            return kinds
        if _names_population(heading):
            return frozenset()
    return frozenset()


def in_population_section(block: Block, language: str | None = None) -> bool:
    """Whether the innermost heading above `block` that announces anything announces the target
    population ("2. Object patient", "Patient population", in the document's language
    "2. Patientpopulation", "Populacja pacjentów": vocabulary/population_quantities.yaml)."""
    titles = _population_titles(language) if language else frozenset()
    for heading in reversed(block.heading_path):
        if heading_kinds(heading):
            return False
        if _names_population(heading) or _heading_title(heading).strip().lower() in titles:
            return True
    return False


@lru_cache(maxsize=None)
def _population_titles(language: str) -> frozenset[str]:
    """The population section titles of a language (population_quantities.yaml `headings`)."""
    return frozenset(data_terms("headings", "population", language=language))


def _names_population(heading: str) -> bool:
    return bool(_POPULATION_LABEL.fullmatch(_heading_title(heading)))


# --- units: the pieces of text an extractor reads ------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """A sentence of a paragraph or list item, or a cell of a table row, with its section kinds.

    `item` is true for list items and table cells: there a phrase without a known term still
    names one indication or contraindication by itself.
    """

    block: Block
    start: int
    end: int
    kinds: frozenset[str]
    item: bool

    @property
    def text(self) -> str:
        return self.block.normalized[self.start:self.end]


_UNFINISHED_END = re.compile(r"[\w,)\-–]$")
_CONTINUATION_START = re.compile(r"^[a-zà-öø-ÿß(]")


def joined_blocks(document: Document) -> Iterator[Block]:
    """The document's blocks, with a paragraph that ingest split in two joined back.

    PDF text layers break a long line or a page into separate paragraphs ("... acute
    exacerbation of chronic" / "obstructive pulmonary disease; ..."). A paragraph or list item that ends
    without closing punctuation, followed under the same heading by one that starts in lower
    case, is one paragraph: the joined block's text is both texts separated by a newline, so its
    quotes stay verbatim (whitespace collapsed) and it keeps the first part's page.
    """
    pending: Block | None = None
    for block in document.blocks:
        if pending is not None and _continues(pending, block):
            pending = Block(kind=pending.kind, text=pending.text + "\n" + block.text,
                            page=pending.page, heading_path=pending.heading_path,
                            start=pending.start, end=block.end,
                            synthetic_separators=pending.synthetic_separators,
                            end_page=block.end_page or (block.page if block.page != pending.page
                                                        else pending.end_page))
            continue
        if pending is not None:
            yield pending
        pending = block
    if pending is not None:
        yield pending


def _continues(first: Block, second: Block) -> bool:
    # a list item's wrapped last line ("- Diathermy applied" / "over the implant.") too
    head = second.text[:8].lstrip()[:1]
    return (second.kind is BlockKind.PARAGRAPH and (head.islower() or head == "(")
            and first.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
            and first.heading_path == second.heading_path
            and not first.synthetic_separators and not second.synthetic_separators
            and bool(_UNFINISHED_END.search(first.text.rstrip()))
            and bool(_CONTINUATION_START.match(second.text.lstrip())))


# Each document's units, kept while the document lives: intended_use, indication_measures and
# settings all read them, and a worker that runs two of them on one document splits it once.
_UNITS: "weakref.WeakKeyDictionary[Document, tuple[int, tuple[Unit, ...]]]" = weakref.WeakKeyDictionary()


def units(document: Document) -> tuple[Unit, ...]:
    """The document's units with their section kinds.

    The innermost heading sets the kinds; a lead-in ("The device must not be used in the
    following situations:", "Indications:", "Gegenanzeigen:", a table row whose only cell is a
    label) overrides them for the items that follow it, until the next heading or lead-in or a
    prose paragraph. A heading that announces both indications and contraindications decides
    neither by itself.
    """
    cached = _UNITS.get(document)
    if cached is None or cached[0] != len(document.blocks):
        cached = _UNITS[document] = (len(document.blocks), tuple(_units(document)))
    return cached[1]


def _units(document: Document) -> Iterator[Unit]:
    column_kinds: dict[int, list[frozenset[str]]] = {}
    override: frozenset[str] | None = None
    path: tuple[str, ...] | None = None
    heading: frozenset[str] = frozenset()
    blocks = list(joined_blocks(document))
    # an inline numbered list's kinds, last number and the mark after its numbers
    carried: tuple[frozenset[str], int, str] | None = None
    for index, block in enumerate(blocks):
        previous, carried = carried, None
        if previous is not None and block.kind is not BlockKind.TABLE_ROW:
            following = _continued_numbering(block.normalized, previous[1], previous[2])
            if following is not None and not (block.kind is BlockKind.HEADING and heading_kinds(block.text)):
                # "Contraindications: 1) ... 3) Uncontrolled glaucoma" / "4) Microphthalmia":
                # the list goes on in the next block (a line break the reader took for a
                # numbered heading)
                for unit in _block_units(block, previous[0]):
                    yield Unit(unit.block, unit.start, unit.end, unit.kinds, True)  # items, as the list's
                carried = (previous[0], following, previous[2])
                continue
        if block.kind is BlockKind.HEADING:
            override = None
            continue
        if block.heading_path != path:
            override, path = None, block.heading_path
            heading = undecided(block_kinds(block))  # the same for every block under the path
        if OTHER in heading and override is None and not _may_matter_in_other(block):
            continue  # literature, results, storage: only warnings and "no contraindications"
        if block.kind is BlockKind.TABLE_ROW:
            label = table_label(block)
            if label is not None:
                override = label or None
                continue
            yield from _table_units(block, override if override is not None else heading,
                                    column_kinds)
            continue
        lead = lead_in_kinds(block.normalized)
        if lead is None and block.kind is BlockKind.PARAGRAPH and index + 1 < len(blocks) \
                and blocks[index + 1].kind is BlockKind.LIST_ITEM:
            lead = open_lead_in_kinds(block.normalized)
        if lead and OTHER in heading and _STUDY_SELECTION.search(block.folded):
            lead = frozenset()  # a literature search's or study's exclusion criteria end the list
        if lead is not None:
            yield from _block_units(block, override if override is not None and
                                    block.kind is BlockKind.LIST_ITEM else heading)
            override = undecided(lead) if lead else None
            continue
        if override is not None and block.kind is BlockKind.PARAGRAPH and not _item_like(block):
            override = None  # prose after the list: back to the heading's kinds
        carried = _inline_numbered_list(block.normalized)
        yield from _block_units(block, override if override is not None else heading)


# "1) ", "2. " opening an item of an inline numbered list
_INLINE_NUMBER = re.compile(r"(?:^|\s)(\d{1,2})([.)])\s")


def _inline_numbered_list(text: str) -> tuple[frozenset[str], int, str] | None:
    """The kinds and last number of a numbered list that an inline label opens and that runs to
    the block's end ("Contraindications: 1) Children 2) Ruptured capsule 3) Glaucoma")."""
    if ")" not in text and "." not in text:
        return None
    labels = inline_labels(text)
    if not labels:
        return None
    _, body, kinds = labels[-1]
    found = list(_INLINE_NUMBER.finditer(text, body))
    numbers = [int(m.group(1)) for m in found]
    kinds = undecided(kinds)
    if len(numbers) < 2 or numbers != list(range(1, len(numbers) + 1)) or not kinds \
            or len({m.group(2) for m in found}) > 1:
        return None
    return kinds, numbers[-1], found[0].group(2)


def _continued_numbering(text: str, last: int, mark: str) -> int | None:
    """The last number of a block that goes on with a numbered list ending at `last`, numbered
    with the same `mark` ("4) Microphthalmia" after "... 3) Glaucoma", not "4. Risks")."""
    found = list(_INLINE_NUMBER.finditer(text))
    numbers = [int(m.group(1)) for m in found]
    if not numbers or found[0].start() != 0 or numbers != list(range(last + 1, last + 1 + len(numbers))) \
            or any(m.group(2) != mark for m in found):
        return None
    return numbers[-1]


# "Exclusion criteria:" ("Exclusion reasons:") in a literature search, appraisal or study section
# selects studies or subjects ("animal or bench studies", "case reports with fewer than 10 patients"); the
# device's contraindications are stated elsewhere. Lower case: tested on `Block.folded`.
_STUDY_SELECTION = re.compile(
    r"\b(?:exclusion|inclusion|eligibility|selection)\s+(?:criteri|reasons?)|reasons?\s+for\s+(?:exclusion|inclusion)"
    r"|critères?\s+d['’](?:exclusion|inclusion|éligibilité)|motifs?\s+d['’]exclusion|ausschlussgr[üu]nde"
    r"|(?:ausschluss|einschluss)kriteri|criteri\s+di\s+(?:esclusione|inclusione)|criterios?\s+de\s+(?:exclusión|inclusión)")


# "Inclusion: clinical studies of 10 patients or more. Exclusion: case reports, animal studies":
# a bare exclusion label after an inclusion label selects studies or subjects, as "Exclusion
# criteria" does. Lower case: tested on `Block.folded`.
_INCLUSION_LABEL = re.compile(r"(?:inclusion|einschluss|inclusione|inclusión|inclusao|inclusão|inclusie)\s*[:：]")
_BARE_EXCLUSION_LABEL = re.compile(r"(?:exclusions?|ausschluss|esclusione|exclusión|exclusao|exclusão|exclusie)\s*[:：]")


def _selection_pair(folded: str, labels: list[tuple[int, int, frozenset[str]]], index: int) -> bool:
    label_start, body_start, _ = labels[index]
    return bool(_BARE_EXCLUSION_LABEL.match(folded, label_start, body_start)) and \
        _INCLUSION_LABEL.search(folded, 0, label_start) is not None


# In literature, results or storage sections a unit yields facts only when it is a warning or
# a statement about contraindications (or a lead-in to one): a substring test per block is far
# cheaper than splitting long annexes into sentences.
_OTHER_SECTION_STEMS = ("contra", "kontra", "gegenanzeig", "warn", "caution", "danger", "attention",
                        "important", "avertissement", "mise en garde", "précaution", "vorsicht",
                        "achtung", "gefahr", "indicat", "indikat", "indiqu", "anwendungsgebiet",
                        "interface", "mode", "voie", ":")


_OTHER_SECTION_CUE = re.compile("|".join(re.escape(stem) for stem in _OTHER_SECTION_STEMS))


def _may_matter_in_other(block: Block) -> bool:
    return ":" in block.normalized or _has_other_section_cue(block.folded)


# Cached by text: a clinical-data annex repeats its boilerplate paragraphs.
@lru_cache(maxsize=8192)
def _has_other_section_cue(folded: str) -> bool:
    return _OTHER_SECTION_CUE.search(folded) is not None


def announced_kinds(document: Document) -> frozenset[str]:
    """Every section kind the document announces: by a heading, a label or lead-in paragraph
    ("Contraindications:", "Do not use in:"), a table label cell, or an inline label
    ("Indications: a; b. Contraindications: c.")."""
    found: set[str] = set()
    for block in document.blocks:
        if block.kind is BlockKind.HEADING:
            found |= heading_kinds(block.text)
            continue
        if block.kind is BlockKind.TABLE_ROW:
            first_cell = block.normalized.split(" | ")[0].strip(" |")
            if len(first_cell.split()) <= 5:
                found |= heading_kinds(first_cell)
            continue
        found |= lead_in_kinds(block.normalized) or frozenset()
        for _, _, kinds in inline_labels(block.normalized):
            found |= kinds
    return frozenset(found)


def undecided(kinds: frozenset[str]) -> frozenset[str]:
    """ "Indications and contraindications" announces both: neither decides a list item's type."""
    if INDICATIONS in kinds and CONTRAINDICATIONS in kinds:
        return kinds - {INDICATIONS, CONTRAINDICATIONS}
    return kinds


def _item_like(block: Block) -> bool:
    """A short one-sentence paragraph: a list item written without list formatting."""
    spans = list(sentences(block))
    return len(spans) <= 1 and len(block.normalized.split()) <= 30


# What a lead-in says follows it. Contraindication cues are tried first: "not indicated",
# "contre-indiqué" and "Kontraindikationen" all contain an indication cue.
_CONTRA_CUE = re.compile(
    r"contra-?indic|contre-?indi|kontra-?indi|gegenanzeig|"
    r"\b(?:must|should|shall|may|can|could)(?:\s*not|n't)\s+(?:\w+\s+){0,2}?(?:use|used|apply|applied|"
    r"implant|implanted|connect|connected|employ|employed)\b|\bcannot\s+be\s+used\b|"
    r"\b(?:do|does)(?:\s+not|n't)\s+(?:use|apply|implant)\b|\bnot\s+(?:be\s+)?(?:to\s+be\s+)?"
    r"(?:used|for\s+use|suitable|intended|indicated|recommended|applied)\b|\bnever\s+(?:use|be\s+used)\b|"
    r"\bnot\s+(?:be\s+)?(?:allowed|permitted)\s+(?:to\s+be\s+|for\s+)(?:used|use|applied|implanted)\b|"
    r"\bunsuitable\b|\bexclu(?:ded|sion|s|e|es)?\b|\bne\s+(?:doit|doivent|peut|peuvent|pas|jamais)\b|"
    r"\bn['’](?:utilisez|est|sont|utiliser|employez)\b|\bnicht\b|\bkeinesfalls\b|\bniemals\b|"
    r"\bausgeschlossen\b|\bverboten\b|contraindic|controindic|"
    r"\bno\s+(?:debe|deben|se\s+debe|utilizar|usar|utilice|use)\b|"
    r"\bnon\s+(?:deve|devono|utilizzare|usare|impiegare)\b|"
    r"\bnão\s+(?:deve|devem|se\s+deve|utilizar|usar|utilize|use|implantar|pode\s+ser\s+utilizad)", re.I)
_INDICATION_CUE = re.compile(
    r"\bindica(?:ted|tions?)\b|\bindiqu\w*|\bindiziert|\bindikation\w*|\banwendungsgebiet\w*|"
    r"\bangezeigt\b|\b(?:intended|designed|suitable|approved|meant)\s+(?:for|to|in)\b|"
    r"\bdestiné\w*|\bbestimmt\b|\bvorgesehen\b|\bgeeignet\b|\bused\s+(?:for|in|to)\b|"
    r"\b(?:for|in)\s+the\s+(?:treatment|management|therapy)\b|\butilisée?s?\s+(?:pour|dans|chez)\b|"
    r"\b(?:anwendung|einsatz)\s+bei\b|\bangewendet\b|"
    r"\bindicad[oa]s?\b|\bindicat[oaie]\b|\bdestinad[oa]s?\b|\bdestinat[oaie]\b|"
    r"\butilizad[oa]s?\s+(?:para|em|no|na|nos|nas)\b", re.I)
_LABEL_TAIL = re.compile(r"\s*[:：]\s*$")


@lru_cache(maxsize=8192)
def lead_in_kinds(text: str) -> frozenset[str] | None:
    """The kinds a lead-in announces for the items after it; None when `text` is no lead-in.

    A lead-in ends with a colon: a label ("Contraindications:", "Contre-indications :") or a
    sentence ("The device is indicated for:", "Das Gerät darf nicht angewendet werden bei:").
    A lead-in that announces none of ours gives an empty set (it ends the previous list).
    """
    stripped = text.strip()
    if not _LABEL_TAIL.search(stripped) or len(stripped) > 300:
        return None
    body = _LABEL_TAIL.sub("", stripped)
    last = re.split(r"(?<=[.!?])\s+", body)[-1]
    if len(last.split()) <= 5:
        kinds = heading_kinds(last)
        if kinds:
            return kinds
    if _CONTRA_CUE.search(last):
        return frozenset({CONTRAINDICATIONS})
    cue = _INDICATION_CUE.search(last)
    if (cue and not _NOT_DEVICE_SUBJECT.search(last[:cue.start()])
            and not _DOCUMENT_PLACE.match(last, cue.end())):
        return frozenset({INDICATIONS})
    return frozenset()


# "The codes used in Table 5-1 are:", "les abréviations utilisées dans le tableau 3 :": what
# the cue points at is a place in the document, not a condition, so the items after the
# lead-in are no indications (a legend of appraisal codes, abbreviations, symbols).
_DOCUMENT_PLACE = re.compile(
    r"\s*(?:the|this|that|these|le|la|les|l'|der|die|dem|den|el|los|las|il|lo|gli|o|os|a|as|de|het)?\s*"
    r"(?:tables?|tab\.|sections?|sect\.|figures?|fig\.|appendi(?:x|ces)|annex(?:es)?|annexe|chapters?|"
    r"paragraphs?|pages?|tableau|tabelle|tabla|tabella|tabela|tabel|abschnitt|kapitel|anhang|abbildung|"
    r"secci[oó]n|sezione|se[cç][aã]o|chapitre|cap[ií]tulo|capitolo|figura|anexo|allegato|bijlage|"
    r"hoofdstuk|afbeelding)\b",
    re.I)


def open_lead_in_kinds(text: str) -> frozenset[str] | None:
    """A short paragraph without closing punctuation right before a list ("Not to be used if",
    "Indicated in") is a lead-in too."""
    stripped = text.strip()
    if not stripped or stripped[-1] in ".!?;)" or len(stripped.split()) > 15:
        return None
    return lead_in_kinds(stripped + ":")


def table_label(block: Block) -> frozenset[str] | None:
    """A table row whose only non-empty cell is a label ("| Contraindications | |") heads the
    rows below it; None for other rows."""
    cells = [c.strip() for c in block.normalized.split(" | ")]
    filled = [c for c in cells if c.strip(" |")]
    if len(filled) != 1 or block.row_index == 0 and len(cells) > 1 and len(filled) == len(cells):
        return None
    label = filled[0].strip(" |")
    if len(label.split()) > 5:
        return None
    kinds = lead_in_kinds(label if label.endswith(":") else label + ":")
    return kinds if kinds else None


def _block_units(block: Block, kinds: frozenset[str]) -> Iterator[Unit]:
    item = block.kind is BlockKind.LIST_ITEM
    labels = inline_labels(block.normalized)
    if labels and kinds & {INDICATIONS, CONTRAINDICATIONS} and _category_label(block, labels[0]):
        labels = labels[1:]
    if not labels:
        for start, end in sentences(block):
            yield Unit(block, start, end, kinds, item)
        return
    for start, end in sentences(block):
        if start >= labels[0][0]:
            break
        yield Unit(block, start, min(end, labels[0][0]), kinds, item)
    for index, (label_start, body_start, label_kinds) in enumerate(labels):
        end = labels[index + 1][0] if index + 1 < len(labels) else len(block.normalized)
        if label_kinds and (_STUDY_SELECTION.search(block.folded, label_start, body_start)
                            or _selection_pair(block.folded, labels, index)) and (
                not kinds - {OTHER} or any(OTHER in earlier for _, _, earlier in labels[:index])):
            # "Exclusion reasons: animal studies" in a literature search: under a heading that
            # announces none of our sections, or after another label of this block that is
            # none of ours ("Literature search: ... Inclusion criteria: ... Exclusion criteria:")
            label_kinds = frozenset()
        if label_kinds and _CASE_MIX.search(block.normalized, body_start, end):
            label_kinds = frozenset()  # a study's case mix: "Indications: high-risk PCI 41 %, shock 37 %"
        own = undecided(label_kinds) if label_kinds else kinds - {INDICATIONS, CONTRAINDICATIONS}
        yield from _label_units(block, body_start, end, own)


# What may open a list item before its first word: a number, a circled number, a bullet.
_ITEM_MARK = re.compile(r"\s*(?:[(（]?\d{1,2}[.)）]|[\u2460-\u2473\u2776-\u277f]|[-–•*·▪])?\s*")
# Labels that comment on an item instead of naming a group of conditions.
_REMARK_LABEL = re.compile(
    r"notes?|nb|n\.b\.|remarks?|caution|warning|attention|important|example|e\.g\.|"
    r"hinweis|achtung|beispiel|remarque|avertissement|exemple|nota|avvertenza|esempio|"
    r"advertencia|ejemplo|opmerking|let op|voorbeeld|huom(?:io|aa)?|obs|poznámka|napomena",
    re.IGNORECASE)


def _category_label(block: Block, label: tuple[int, int, frozenset[str]]) -> bool:
    """A label opening an item of an indications or contraindications list that names none of
    our sections ("Acute wounds: burns, donor sites", "Cardiac: unstable angina") groups the
    conditions it precedes: the whole item stays one item of the announced list, as it is when
    the author writes no colon or a full-width one."""
    start, body, kinds = label
    if kinds != frozenset({OTHER}) or not (block.kind is BlockKind.LIST_ITEM or _item_like(block)):
        return False
    text = block.normalized
    if not _ITEM_MARK.fullmatch(text, 0, start):
        return False
    name = text[start:body].rstrip(" \t:：")
    return not (_NOT_COVERED_LABEL.search(name) or _REMARK_LABEL.fullmatch(name.strip()))


# Items that each carry a share ("high-risk PCI 41 %, cardiogenic shock 37 %, other 7 %"): the
# distribution of a studied population, not the device's indications.
_CASE_MIX = re.compile(r"[^\W\d_][^,;:.]*?\s\d+(?:[.,]\d+)?\s?%\s*[,;]\s*[^\W\d_][^,;:.]*?\s\d+(?:[.,]\d+)?\s?%")


def _label_units(block: Block, start: int, end: int, kinds: frozenset[str]) -> Iterator[Unit]:
    """The text after an inline label: items ("a; b", "a, b") for our lists, else sentences."""
    text = block.normalized
    body = text[start:end]
    if not kinds & {INDICATIONS, CONTRAINDICATIONS}:
        position = start
        for piece in re.split(r"(?<=[.!?])\s+", body):
            if piece.strip():
                offset = position + len(piece) - len(piece.lstrip())
                yield Unit(block, offset, position + len(piece.rstrip()), kinds, False)
            position += len(piece) + 1
        return
    lead = len(body) - len(body.lstrip())
    numbered = _numbered_spans(text, start + lead, end)
    if numbered is not None and len(numbered) > 1:
        # "Contraindications: 1) A, with B 2) C": the numbers separate the items, not the commas
        for s, e in numbered:
            yield Unit(block, s, e, kinds, True)
        return
    separator = ";" if _top_level_positions(body, ";") else ","
    pieces, position = [], 0
    for piece in _split_top_level(body, separator):
        if piece:
            pieces.append((position, position + len(piece)))
        position += len(piece) + 1
    if len(pieces) == 1 and len(body.split()) > 12:
        yield Unit(block, start + len(body) - len(body.lstrip()), start + len(body.rstrip()), kinds,
                   False)
        return
    for s, e in pieces:
        piece = body[s:e]
        piece_start = start + s + len(piece) - len(piece.lstrip())
        piece_end = start + s + len(piece.rstrip().rstrip("."))
        if piece_end > piece_start:
            yield Unit(block, piece_start, piece_end, kinds, True)


# "Label:" inside a paragraph: one to five words, the first capitalised, before a colon
# ("Intended users and use environment:").
_LABEL_CANDIDATE = re.compile(r"(?P<label>[^\W\d_][\w’'\-]*(?:[ \t]+[\w’'\-]+){0,4})[ \t]*[:：](?=\s|$)")
_POPULATION_LABEL = re.compile(
    r"(?:target |patient |intended |object )?(?:groups?|populations?|patients?|age|weight|body weight)|"
    r"(?:population|groupe)s?(?: cible| de patients| visée)?|patients? cibles?|poids|âge|"
    r"(?:ziel|patienten)(?:gruppen?|population(?:en)?)|zielpopulation|gewicht|körpergewicht|alter", re.I)


# Plain-language labels of the use environment, only as a label before a colon ("Where:
# hospital delivery rooms only", "Où : à l'hôpital", "Einsatzort: Intensivstation"): as
# headings these words ask other questions ("Where to get help").
_ENVIRONMENT_LABEL = re.compile(
    r"where(?: (?:to use(?: it)?|used|it is used))?|sites?(?: of use)?|locations?(?: of use)?|"
    r"où|lieux?|wo|ort(?: der (?:anwendung|verwendung))?|dove|luog(?:o|hi)(?: di utilizzo)?|"
    r"dónde|donde|lugar(?:es)?(?: de uso)?|waar|gebruiksomgeving|plaats van gebruik", re.I)


def _label_kinds(label: str) -> frozenset[str] | None:
    """Kinds of an inline label; an empty set for a population label; None for no label."""
    kinds = heading_kinds(label)
    if kinds:
        return kinds
    if _ENVIRONMENT_LABEL.fullmatch(label.strip()):
        return frozenset({ENVIRONMENT})
    if _POPULATION_LABEL.fullmatch(label.strip()):
        return frozenset()
    return None


@lru_cache(maxsize=8192)
def _inline_labels_cached(text: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    labels: list[tuple[int, int, frozenset[str]]] = []
    for match in _LABEL_CANDIDATE.finditer(text):
        words = match.group("label").split()
        label_start = None
        # the longest capitalised tail of the words before the colon that is a known label
        for first in range(len(words)):
            candidate = " ".join(words[first:])
            if not candidate[:1].isupper():
                continue
            kinds = _label_kinds(candidate)
            if kinds is None:
                continue
            label_start = match.end("label") - len(match.group("label").split(None, first)[-1]) \
                if first else match.start("label")
            break
        if label_start is None and _NOT_COVERED_LABEL.search(match.group("label")):
            # "...; need for diathermy. Not studied and therefore not included: neurogenic
            # bladder": patients left out of the intended use, not contraindications
            sentence = text.rfind(". ", 0, match.start())
            labels.append((sentence + 2 if sentence >= 0 else 0, match.end(), frozenset({OTHER})))
            continue
        if label_start is None:
            # Any other label opening a sentence ("Intended users:", "Use environment:",
            # "Modes:") ends the items of the label before it.
            opening = match.start() == 0 or text[max(0, match.start() - 2):match.start()] in (
                ". ", "; ", ") ")
            if opening and words and words[0][:1].isupper() and len(words) <= 3:
                if _names_setting(match.group("label")) and not _DENIAL_AFTER_LABEL.match(text, match.end()):
                    # "Hospital only: operating room, ICU": the label is the restriction itself;
                    # it stays in the environment statement it opens
                    labels.append((match.start("label"), match.start("label"), frozenset({ENVIRONMENT})))
                    continue
                # a lead-in written as a label ("Indiziert bei:", "Indicated for:") keeps its kind
                lead = lead_in_kinds(text[match.start("label"):match.end()])
                labels.append((match.start("label"), match.end(), lead or frozenset({OTHER})))
            continue
        labels.append((label_start, match.end(), kinds))
    return tuple(labels)


# A label that says its items were left out of the evaluation or the intended use ("Not studied
# and therefore not included:", "Nicht untersucht:", "Non étudiés :").
_NOT_COVERED_LABEL = re.compile(
    r"\b(?:not (?:been )?(?:studied|included|evaluated|investigated|covered)|excluded|"
    r"nicht (?:untersucht|eingeschlossen|vorgesehen|bewertet)|ausgeschlossen|"
    r"non (?:étudiée?s?|inclus(?:es)?|évaluée?s?|studiat[ie]|inclus[ie])|esclus[ie]|"
    r"no (?:estudiad[oa]s|incluid[oa]s|evaluad[oa]s)|excluid[oa]s|niet (?:onderzocht|opgenomen))$",
    re.IGNORECASE)


# "Home use: not permitted", "Transport: no": the body denies what the label names.
_DENIAL_AFTER_LABEL = re.compile(
    r"\s*(?:not?\b|never\b|none\b|excluded|prohibited|forbidden|contra-?indicated|non\b|pas\b|interdit|"
    r"exclu|nicht\b|kein|verboten|ausgeschlossen|nein\b|vietat|prohibid|excluid|nee\b|niet\b|verboden)",
    re.IGNORECASE)


def _names_setting(label: str) -> bool:
    """A short label that is a care setting ("Hospital only", "Home use", "Uniquement à l'hôpital")."""
    return bool(vocabulary("care_settings").find(label))


def inline_labels(text: str) -> list[tuple[int, int, frozenset[str]]]:
    """(label start, body start, kinds) of the labels of our sections inside a paragraph."""
    if ":" not in text and "：" not in text:
        return []
    return list(_inline_labels_cached(text))


@lru_cache(maxsize=1024)
def _study_table_header(cells: tuple[str, ...]) -> bool:
    """A header row of a table of studies: a citation column beside design, size or follow-up
    columns (extract.evidence reads such tables as evidence)."""
    from panelproof.extract.evidence import column_roles, is_literature_header  # a sibling extractor

    return is_literature_header(column_roles(cells))


# The first column of a key-value table ("Parameter | Value"): its cells name attributes.
_KEY_COLUMN = "key-value-table"


@lru_cache(maxsize=1)
def _key_value_headers() -> tuple[frozenset[str], frozenset[str]]:
    data = knowledge.load("vocabulary/table_headers")["key_value_headers"]

    def words(group: str) -> frozenset[str]:
        return frozenset(str(t).lower() for terms in (data.get(group) or {}).values() for t in terms)

    return words("keys"), words("values")


@lru_cache(maxsize=4096)
def key_value_header(cells: tuple[str, ...]) -> bool:
    """Whether a header row names a key column and value columns: "Parameter | Value", "Item |
    Description | Comment", "Merkmal | Angabe" (knowledge/vocabulary/table_headers.yaml)."""
    if len(cells) < 2:
        return False
    keys, values = _key_value_headers()
    clean = [c.strip(" *_:").lower() for c in cells]
    return clean[0] in keys and all(c in values or c in keys for c in clean[1:] if c)


def _table_units(block: Block, kinds: frozenset[str],
                 column_kinds: dict[int, list[frozenset[str]]]) -> Iterator[Unit]:
    spans = cell_spans(block)
    cells = [block.normalized[s:e] for s, e in spans]
    table = block.table_index if block.table_index is not None else -1
    key_value = len(cells) == 2 and bool(heading_kinds(cells[0])) and not heading_kinds(cells[1])
    if block.row_index == 0 and key_value_header(tuple(cells)):
        column_kinds[table] = [frozenset({_KEY_COLUMN})] + [frozenset()] * (len(cells) - 1)
        return  # "Parameter | Value": the rows below are attributes, their first cells keys
    if block.row_index == 0 and not (key_value and len(cells[1].split()) > 2 or
                                     key_value and any(ch in cells[1] for ch in ";,")):
        column_kinds[table] = [heading_kinds(c) for c in cells]
        if _study_table_header(tuple(cells)):
            # "Ref. | Design | n | Population / indication | Follow-up": a table of studies
            # gives the studies' indications, not the device's
            column_kinds[table] = [k - {INDICATIONS, CONTRAINDICATIONS} or frozenset({OTHER})
                                   if k & {INDICATIONS, CONTRAINDICATIONS} else k
                                   for k in column_kinds[table]]
        if any(column_kinds[table]):
            return  # a header row of our columns: nothing to extract from the header itself
    header = column_kinds.get(table, [])
    first = heading_kinds(cells[0]) if cells else frozenset()
    if not first and len(spans) > 1 and not any(header) and 0 < len(cells[0].split()) <= 5:
        # "| Not intended for | ruptured aneurysms |", "| Indicated in | ... |": a label cell
        first = undecided(lead_in_kinds(cells[0].rstrip(" :") + ":") or frozenset())
    if first and len(spans) > 1:
        # key-value table: "| Indications | Chronic wounds, burns |"
        for s, e in spans[1:]:
            if e > s:
                yield Unit(block, s, e, first, True)
        return
    if header and _KEY_COLUMN in header[0]:
        return  # "| Age | adults |", "| Condition | ... |" under "Parameter | Value": not items
    for index, (s, e) in enumerate(spans):
        if e <= s:
            continue
        if any(header):
            # only the columns the header names as ours ("| Indication | Evidence |")
            if index < len(header) and header[index]:
                yield Unit(block, s, e, header[index], True)
            else:
                # a column of no kind ("Reviewer comment") may state the use under a label
                yield from _cell_label_units(block, s, e)
            continue
        labelled = list(_cell_label_units(block, s, e))
        if labelled:
            yield from labelled
            continue
        # a table under our heading: the first cell names the item, the others qualify it
        yield Unit(block, s, e, kinds, index == 0)


def _cell_label_units(block: Block, start: int, end: int) -> Iterator[Unit]:
    """The labelled statements inside one cell of a table that names none of our columns: a
    checklist's comment "Intended purpose: temporary support during ...", "Indications: a; b".
    A cell of a reviewer's checklist or of a form states the device's use there, under a label
    of its own, whatever the columns are called."""
    text = block.normalized[start:end]
    labels = [label for label in inline_labels(text) if label[2] and OTHER not in label[2]]
    for index, (_, body_start, kinds) in enumerate(labels):
        body_end = labels[index + 1][0] if index + 1 < len(labels) else len(text)
        yield from _label_units(block, start + body_start, start + body_end, undecided(kinds))


# --- intended purpose --------------------------------------------------------------------------

_PURPOSE_INLINE = re.compile(
    r"\b(?:is|are)\s+(?:(?:only|exclusively|solely|primarily)\s+)?(?:intended|designed|meant)\s+"
    r"(?:(?:only|exclusively|solely)\s+)?(?:for|to|as)\b|"
    r"\b(?:est|sont)\s+(?:(?:uniquement|exclusivement)\s+)?(?:destiné|destinée|destinés|destinées|"
    r"prévu|prévue|prévus|prévues|conçu|conçue|conçus|conçues)\s+(?:à|a|au|aux|pour)\b|"
    r"\b(?:ist|sind)\b[^.;]{0,200}?\b(?:bestimmt|vorgesehen)\b|\bdient\s+(?:zur|zum|der)\b|"
    r"\b(?:está|están|es|son)\s+(?:(?:únicamente|exclusivamente)\s+)?(?:destinad[oa]s?|previst[oa]s?|"
    r"diseñad[oa]s?)\s+(?:a|al|para)\b|"
    r"\b(?:è|sono)\s+(?:(?:unicamente|esclusivamente)\s+)?(?:destinat[oaie]|previst[oaie]|"
    r"progettat[oaie])\s+(?:a|al|ai|alla|per)\b", re.I)
# The subject of "is intended to" is a document, section, study or appraisal method, not the
# device ("Grading scheme used for suitability and contribution:").
_NOT_DEVICE_SUBJECT = re.compile(
    r"\b(?:document|report|plan|section|chapter|template|procedure|manual|instructions|summary|"
    r"scheme|method|methodology|criteri(?:a|on)|grading|scoring|score|scale|checklist|"
    r"sscp|cer|cep|cear|ifu|study|studies|investigation|evaluation|review|table|figure|form|"
    r"appendix|annex|search|analysis|survey|questionnaire|registry|training|course|"
    r"rapport|chapitre|étude|enquête|notice|dokument|bericht|kapitel|abschnitt|studie|"
    r"gebrauchsanweisung|anleitung|umfrage)\b", re.I)


# The subject of "is indicated for" / "is intended for" is another device or therapy: "Unlike
# hypoglossal nerve stimulators, which are indicated for obstructive sleep apnoea", "The
# equivalent device is intended for ...", "Comparable devices are indicated in ...".
_OTHER_DEVICE_SUBJECT = re.compile(
    r"\b(?:unlike|in contrast to|compared (?:to|with)|as opposed to|other|similar|alternative|conventional|"
    r"existing|competing|competitor'?s?|comparator|predicate|equivalent|benchmark|reference device|"
    r"et al|contrairement|par rapport|autres?|similaires?|équivalent|comparateur|concurrent|"
    r"im gegensatz|andere[nrs]?|vergleichs\w*|äquivalente?[nrs]?|ähnliche[nrs]?|"
    r"a differenza|altri|altre|equivalente|a diferencia|otros|otras)\b", re.I)


def _purpose_sentence(text: str) -> bool:
    match = _PURPOSE_INLINE.search(text)
    return bool(match) and not _NOT_DEVICE_SUBJECT.search(text[:match.start()]) and \
        not _OTHER_DEVICE_SUBJECT.search(text[:match.start()])


# --- indications and contraindications ---------------------------------------------------------

_INDICATED_INLINE = re.compile(
    r"(?<!not )(?<!contra)(?<!contre-)(?<!contro)(?<!no )(?<!non )(?<!nicht )(?<!pas )(?<!niet )\b(?:indicated|indiqué|indiquée|indiqués|"
    r"indiquées|indiziert|angezeigt|indicad[oa]s?|indicat[oaie]|geïndiceerd)\s+"
    r"(?:(?:only|uniquement|nur|solo|únicamente|unicamente)\s+)?"
    r"(?:for|in|as|to|pour|dans|chez|en cas de|bei|für|zur|zum|para|en|per|nel|nella|nei|in caso di|voor|bij)\b", re.I)
_CONTRAINDICATED_INLINE = re.compile(
    r"\b(?:contra-?indicated|contre-indiqué|contre-indiquée|contre-indiqués|contre-indiquées|"
    r"kontraindiziert|contraindicad[oa]s?|controindicat[oaie])\s+(?:(?:in|for|with|during|if|when|chez|"
    r"en cas de|dans|pour|pendant|avec|bei|für|während|en|para|con|durante|per|nei|nel|nella|"
    r"in caso di)\b)?|"
    r"\b(?:must not|should not|shall not|may not|do not|never)\s+(?:be\s+)?(?:use|used|apply|applied|implant|implanted)\s+"
    r"(?:the (?:device|system|product) )?(?:in|on|for)\s+(?:patients|persons|subjects|individuals|women)\b|"
    r"\bne (?:doit|doivent|pas) (?:pas )?(?:être )?(?:utilisé|utilisée|utilisés|utiliser|implanté)\w*\s+"
    r"(?:pas\s+)?chez\b|"
    r"\b(?:darf|dürfen|nicht)\b[^.;]{0,40}\bbei\s+(?:Patienten|Patientinnen|Personen)\b[^.;]{0,120}\b"
    r"(?:angewendet|angewandt|verwendet|eingesetzt|implantiert)\b", re.I)

_NO_CONTRAINDICATIONS = re.compile(
    r"\b(?:there\s+(?:are|is)\s+)?no\s+(?:known\s+)?(?:absolute\s+|relevant\s+|specific\s+)?"
    r"contra-?indications?(?:\s+(?:are|is)\s+known|\s+known|\s+(?:have|has)\s+been\s+(?:identified|"
    r"established|determined)(?:\s+for\s+(?:this|the)\s+device)?)?|"
    r"\bcontra-?indications?\s*:\s*(?:none|nil)\b|"
    r"\b(?:il\s+n'(?:existe|y\s+a)\s+)?(?:aucune|pas\s+de)\s+contre-?indications?(?:\s+connues?|"
    r"\s+n'a\s+été\s+(?:identifiée|établie|mise\s+en\s+évidence))?|"
    r"\bcontre-?indications?\s*:\s*aucune\b|"
    r"\bkeine\s+(?:bekannten\s+)?(?:kontraindikationen|gegenanzeigen)(?:\s+bekannt)?|"
    r"\b(?:kontraindikationen|gegenanzeigen)\s*:\s*keine\b", re.I)
# What follows "no contraindications" when it restricts the statement to something else.
_OBSERVED_TAIL = re.compile(
    r"^\W*(?:(?:other than|except|besides|apart from|beyond)\b|"
    r"(?:to|for|against|with)\s+(?!(?:the\s+|its\s+)?use\b|(?:this|the)\s+(?:device|product|system|"
    r"treatment|therapy|dressing|implant|ventilator|pump)\b|(?:the\s+|its\s+)?(?-i:[A-ZÀ-Þ]))|"
    r"(?:außer|ausser|sauf|hormis)\b)", re.I)
# "No contraindications were observed / reported / seen": an observation (in a study, in the
# literature, in vigilance data), not the device's labelling. "Have been identified", "are known",
# "festgestellt" state the labelling and stay.
_OBSERVATION_VERB = re.compile(
    r"\b(?:observed|reported|recorded|found|noted|seen|encountered|documented|detected|occurred|"
    r"observée?s?|rapportée?s?|signalée?s?|constatée?s?|relevée?s?|survenue?s?|"
    r"beobachtet|berichtet|gemeldet|dokumentiert|aufgetreten)\b", re.I)
_STUDY_CONTEXT = re.compile(r"\b(?:study|studies|trial|investigation|literature|cohort|enrolled|"
                            r"étude|essai|studie|literatur)\b", re.I)
_NONE_ITEM = re.compile(r"^\W*(?:none|none known|no known contraindications?|not known|nil|"
                        r"aucune|aucune connue|néant|keine|keine bekannt|ninguna|ninguna conocida|"
                        r"nessuna|nessuna nota)\W*$", re.I)

# Bullets that may open a list item's text where the reader kept them ("→ Cardiac surgery ...")
_BULLETS = "→➔➜➝➞➢➣➤►▸▹▪▫■□●○◦‣⁃✓✔☐☑"
_INTRO_PHRASE = re.compile(r"^(?:the |les? |la |die |der )?(?:following|suivant|folgend)", re.I)
_LEADING_FILLER = re.compile(
    r"^(?:[-–•*]\s*)?(?:(?:the|a|an|in|of|for|with|treatment of|the treatment of|management of|"
    r"the management of|use in|patients?|persons?|subjects?|with|suffering from|who have|who are|"
    r"having|presenting with|le|la|les|des|du|de|chez|pour|le traitement de|traitement de|"
    r"patients? (?:atteints?|souffrant|présentant)(?: de| d')?|bei|der|die|das|von|zur|zum|"
    r"behandlung von|patienten mit)\s+)+", re.I)
# An imperative prohibition that opens a contraindication item ("Do not use in ...", "Never
# implant ...", "Ne pas envelopper ..."): the item is what follows it.
# A courteous "Please do not use for ..." (as instructions translated from Japanese put every
# prohibition) names the same item.
_LEADING_PROHIBITION = re.compile(
    r"^(?:[-–•*]\s*)?(?:please\s*,?\s*)?(?:do not|don['’]t|never|must not|should not|ne pas|ne jamais|nunca)\s+"
    r"(?:(?:be\s+)?(?:use|used|utiliser|usar)\s+(?:it\s+|this device\s+|the (?:said |subject )?(?:device|product)\s+)?"
    r"(?:in (?:the )?cases? of|in|on|for|with|chez|sur|en)\s+)?"
    # "Not to be applied in the presence of active infection", "not to be used on ..."
    r"|^(?:[-–•*]\s*)?(?:(?:is|are)\s+)?not to be\s+(?:used|applied|implanted|placed|administered)\s+"
    r"(?:(?:in|on)\s+the\s+presence\s+of|in (?:the )?cases? of|in|on|to|for|with)\s+",
    re.I)
_POPULATION_WORDS = re.compile(
    r"\b(?:adults?|adult|children|child|infants?|neonates?|newborns?|adolescents?|elderly|"
    r"paediatric|pediatric|patients?|years?|kg|aged?|weighing|body|weight|from|to|and|or|with|of|"
    r"older|younger|than|over|under|above|below|least|more|less|all|ages|"
    r"enfants?|adultes?|nourrissons?|nouveau-nés?|ans|âgés?|plus|moins|de|et|"
    r"erwachsene\w*|kinder\w*|säugling\w*|neugeborene\w*|jahre\w*|patient\w*|ab|und|über|unter)\b"
    r"|[\d.,<>=≥≤+\-–]+", re.I)


# Words that cannot open a list item: a phrase starting with one is the rest of a sentence
# that a line break, a comma or a table cell cut off.
_FRAGMENT_START = re.compile(
    r"(?:over|under|above|below|beneath|near|around|onto|into|through|across|within|beside|"
    r"and|or|nor|but|which|whose|whereby|than|then|so|thus|therefore|"
    r"sur|sous|au-dessus|et|ou|mais|dont|qui|que|über|unter|oberhalb|und|oder|aber|welche[rsn]?|"
    r"sopra|sotto|ed|oppure|ma|sobre|bajo|debajo|pero)\b", re.I)


# A cause connector right before a condition (lower case: searched in `Block.folded`).
_CAUSE_BEFORE = re.compile(
    r"\b(?:associated with|secondary to|due to|caused by|resulting from|induced by|"
    r"in the (?:setting|context) of|li[ée]e?s? à|secondaires? à|d[uû]e?s? à|assoziiert mit|"
    r"bedingt durch|infolge(?: eine[rs]| von)?|aufgrund(?: eine[rs]| von)?|associat[oaie] a|"
    r"secondari[oaie] a|dovut[oaie] a|asociad[oa]s? a|secundari[oa]s? a|debid[oa]s? a|"
    r"geassocieerd met|ten gevolge van|secundair aan)\s+(?:(?:an?|the|une?|la|le|les|einer|"
    r"eines|einem|der|dem|un[oa]?|il|el|los|las|een|de|het)\s+)?(?:[\w-]+\s+){0,2}$")


# An item that opens by excluding ("not indicated for ...", "no indication for ...", "not
# intended for ...", "non indiqué pour ...", "nicht indiziert bei ...", "no indicado en ...").
# "Not suitable for surgery" is no exclusion: it describes the patient the device is for.
_NEGATED_ITEM = re.compile(
    r"\W*(?:(?:is|are|it is)\s+)?(?:"
    r"(?:not|never|nicht|nie|niet|non|ne)\s+(?:\w+\s+){0,2}?(?:indicat\w*|indiqu\w*|indiz\w*|indicad\w*|"
    r"ge[iï]ndiceerd|intended|destin\w*|bestimmt)|"
    r"(?:not|nicht|non|niet)\s+(?:for|pour|für|para|per|voor)|"
    r"(?:no|kein\w*|geen|aucune?|ninguna|nessuna)\s+(?:\w+\s+)?(?:indica\w*|indikation\w*|indicatie\w*))\b",
    re.I)

# "Patients whose craniofacial growth is not complete": the relative clause is the item (after
# the person it is about, "whose" opens no sentence tail, see `_FRAGMENT_START`).
_PERSON_WHOSE = re.compile(
    r"^(?:[-–•*]\s*)?(?:(?:the|les|des|die|i|le|los|las)\s+)?"
    r"(?:patients?|persons?|people|subjects?|individuals?|women|men|children|personnes?|sujets?|"
    r"patient(?:en|innen)|personen|pazienti|soggetti|pacientes|personas)\s*,?\s+"
    r"(?:whose|dont|deren|dessen|(?:il|la|i|le)\s+cui|cuy[oa]s?)\s+", re.I)


def text_concept_id(phrase: str) -> str | None:
    """`text:<phrase>` for a phrase no vocabulary knows; None for intros and bare populations."""
    phrase = " ".join(phrase.split()).strip(" .;:,-–•*" + _BULLETS)
    # "Do not wrap the sheet directly around an anastomosis" in a list of contraindications
    # names the act that is contraindicated ("direct wrapping around an anastomosis")
    phrase = _LEADING_PROHIBITION.sub("", phrase)
    phrase = _PERSON_WHOSE.sub("", phrase)
    phrase = _LEADING_FILLER.sub("", phrase).strip(" .;:,-–")
    if not phrase or _INTRO_PHRASE.match(phrase) or len(phrase.split()) > 15:
        return None
    if len(phrase.split()) <= 4 and heading_kinds(phrase):
        return None  # a column header or label ("Clinical benefit", "Indication"), no item
    if _FRAGMENT_START.match(phrase):
        return None  # "over the implant", "or heat applied ...": the tail of a sentence, no item
    if not re.search(r"[^\W\d_]{4,}", _POPULATION_WORDS.sub(" ", phrase)):
        return None  # only population words: the population extractor's business
    return "text:" + phrase.lower()[:100]


_CLAUSE_END = re.compile(r"[;:]|\(|\s[-–]\s|,\s+(?:such as|including|e\.g\.|wie|comme|notamment)")
# "End-stage temporomandibular joint (TMJ) disease", "estimated glomerular filtration rate
# (eGFR) < 25 mL/min": an abbreviation in brackets ends nothing
_BRACKETED_ABBREVIATION = re.compile(r"\([a-z]{0,2}[A-Z][A-Za-z0-9]{0,2}[A-Z][A-Za-z0-9]{0,6}s?\)")
# "intrauterine infection (chorioamnionitis) or ruptured membranes": a one-word gloss that the
# item goes on after ends nothing either
_BRACKETED_GLOSS = re.compile(r"\([^\W\d_][\w-]*\)\s+(?:or|and|ou|et|oder|und|o|y|e|of|en|lub|i|a|eller|og)\s+\w",
                              re.IGNORECASE)


def _first_clause(text: str) -> str:
    for end in _CLAUSE_END.finditer(text):
        if end.group() == "(" and (_BRACKETED_ABBREVIATION.match(text, end.start())
                                   or _BRACKETED_GLOSS.match(text, end.start())):
            continue
        return text[:end.start()]
    return text


def no_contraindications(unit: Unit) -> tuple[int, int] | None:
    """The span stating that there are no contraindications, if the unit says so."""
    text = unit.text
    if unit.kinds & {CONTRAINDICATIONS} and _NONE_ITEM.match(text):
        return unit.start, unit.end
    lower = text.lower()
    if not any(stem in lower for stem in ("contra", "contre", "kontra", "gegenanz")):
        return None  # cheap test first: most sentences do not speak of contraindications
    for match in _NO_CONTRAINDICATIONS.finditer(text):
        if (_OBSERVED_TAIL.match(text[match.end():]) or _STUDY_CONTEXT.search(text)
                or _OBSERVATION_VERB.search(text, match.end())):
            continue
        return unit.start + match.start(), unit.start + match.end()
    return None


# A numbered type, stage or class inside a term ("type 2 diabetes", "diabete di tipo 2", "Stadium
# III"), and another number coordinated with it whose noun is elided: "type 1 or type 2
# diabetes", "type 1 or 2 diabetes", "Typ-1- oder Typ-2-Diabetes", "diabete di tipo 1 o 2",
# "cukrzyca typu 1 lub 2", "stage II or III".
_DESIGNATOR = (r"(?:types?|typ|typu|typy|typen|tipo|tipi|stages?|stadium|stadi[ao]|stade|estadio|"
               r"grades?|grad|grado|stupe[nň]\w*|stopni[ea]|class|classe|klasse|clase|t[řr][ií]d[ay]|klas[ay])")
_TYPE_NUMBER = r"(?:\d{1,2}|[IVX]{1,4})(?![\w])"
_NUMBER_IN_TERM = re.compile(r"\b" + _DESIGNATOR + r"[\s-]*(" + _TYPE_NUMBER + ")", re.IGNORECASE)
_AND_OR = (r"(?:,|/|or|and|ou|et|oder|und|bzw\.?|o|y|e|lub|albo|i|nebo|a|of|en|eller|og|och|ja|tai|"
           r"vagy|és|alebo|ili|sau|și|või|arba|ir|vai|или|и|ή|και)")
_NUMBER_BEFORE_TERM = re.compile(r"(?<![\w-])(?:" + _DESIGNATOR + r"[\s-]*)?(" + _TYPE_NUMBER + r")-?\s*"
                                 + _AND_OR + r"\s+$", re.IGNORECASE)
_NUMBERS_COORDINATED = re.compile(r"\b(" + _DESIGNATOR + r")[\s-]*(" + _TYPE_NUMBER + r")-?\s*" + _AND_OR
                                  + r"\s+(" + _TYPE_NUMBER + ")", re.IGNORECASE)
_NUMBER_AFTER_TERM = re.compile(r"-?\s*" + _AND_OR + r"\s+(?:(?:di|de|del|du)\s+)?(?:" + _DESIGNATOR
                                + r"[\s-]*)?(" + _TYPE_NUMBER + ")", re.IGNORECASE)


def _numbered_ellipsis(text: str, start: int, end: int,
                       matches: list[VocabularyMatch]) -> list[VocabularyMatch]:
    """The other numbered terms a coordination names with one noun: "type 1 or type 2 diabetes"
    names type 1 diabetes too. The term is rebuilt with the other number and kept only when the
    vocabulary knows it as a whole; the fact quotes the whole coordination."""
    terms = vocabulary("clinical_terms")
    found: list[VocabularyMatch] = []
    known = {(m.id, m.start) for m in matches}
    for match in matches:
        term = text[match.start:match.end]
        numbered = _NUMBER_IN_TERM.search(term)
        if numbered is None:
            continue
        others = []
        if numbered.start() == 0:
            before = _NUMBER_BEFORE_TERM.search(text, max(start, match.start - 40), match.start)
            if before:
                others.append((before.group(1), before.start(), match.end))
        if numbered.end() == len(term):
            after = _NUMBER_AFTER_TERM.match(text, match.end, min(end, match.end + 30))
            if after:
                others.append((after.group(1), match.start, after.end()))
        for number, span_start, span_end in others:
            rebuilt = term[:numbered.start(1)] + number + term[numbered.end(1):]
            whole = [m for m in terms.find(rebuilt) if m.start == 0 and m.end == len(rebuilt)]
            if whole and whole[0].id != match.id and (whole[0].id, span_start) not in known:
                known.add((whole[0].id, span_start))
                found.append(VocabularyMatch(whole[0].id, span_start, span_end))
    # "type 1 or 2 diabetes": neither number stands beside the noun as a whole term
    for coordination in _NUMBERS_COORDINATED.finditer(text, start, end):
        designator = coordination.group(1)
        tail = text[coordination.end():min(end, coordination.end() + 60)]
        for number in (coordination.group(2), coordination.group(3)):
            prefix = f"{designator} {number}"
            whole = [m for m in terms.find(prefix + tail) if m.start == 0 and m.end > len(prefix) + 1]
            if not whole or (whole[0].id, coordination.start()) in known:
                continue
            known.add((whole[0].id, coordination.start()))
            found.append(VocabularyMatch(whole[0].id, coordination.start(),
                                         coordination.end() + whole[0].end - len(prefix)))
    return found



# Modifiers coordinated around one noun: "heridas agudas y crónicas", "ventilation non invasive
# ou invasive", "ferite acute e croniche" (the noun first, as in the Romance languages) and
# "acute and chronic wounds", "lung or liver metastases" (the noun last). The term the vocabulary
# matched names one modifier with the noun; the other modifier names a second concept only when
# the rebuilt phrase is a whole term of the vocabulary, so a coordinated noun ("heridas agudas y
# quemaduras") never counts.
_COORDINATOR = r"(?:and|or|ou|et|oder|und|bzw\.?|o|y|e|ed|od|lub|albo|i|nebo|en|ή|και|és|vagy|ir|arba|ali|och|eller|og)"
_MODIFIER = r"(?:(?:non|no|não|nie|nicht|nem|ne)[\s-]+)?[^\W\d_][\w-]*"
_MODIFIER_COORDINATION = r"(?:\s*[,/]\s*|(?:\s*,)?\s+" + _COORDINATOR + r"\s+)"
_MODIFIER_AFTER = re.compile(_MODIFIER_COORDINATION + r"(" + _MODIFIER + r")", re.IGNORECASE)
_MODIFIER_BEFORE = re.compile(r"(?<![\w-])(" + _MODIFIER + r")" + _MODIFIER_COORDINATION + r"$", re.IGNORECASE)


def coordinated_modifiers(vocab, text: str, start: int, end: int, matches: list[VocabularyMatch],
                          language: str | None = None) -> list[VocabularyMatch]:
    """The concepts a coordination of modifiers names with one noun beside the matched term:
    "heridas agudas y crónicas" names chronic wounds as well as acute wounds. The match quotes
    the whole coordination."""
    found: list[VocabularyMatch] = []
    known = {(m.id, m.start) for m in matches}
    for match in matches:
        words = text[match.start:match.end].split()
        if len(words) < 2:
            continue
        rebuilt: list[tuple[str, int, int]] = []
        after = _MODIFIER_AFTER.match(text, match.end, min(end, match.end + 40))
        if after:
            rebuilt += [(" ".join(words[:-k] + [after.group(1)]), match.start, after.end())
                        for k in range(1, min(2, len(words) - 1) + 1)]
        before = _MODIFIER_BEFORE.search(text, max(start, match.start - 40), match.start)
        if before:
            rebuilt += [(" ".join([before.group(1)] + words[k:]), before.start(), match.end)
                        for k in range(1, min(2, len(words) - 1) + 1)]
        for phrase, span_start, span_end in rebuilt:
            whole = [m for m in vocab.find(phrase, 0, None, language) if m.start == 0 and m.end == len(phrase)]
            if whole and whole[0].id != match.id and (whole[0].id, span_start) not in known:
                known.add((whole[0].id, span_start))
                found.append(VocabularyMatch(whole[0].id, span_start, span_end))
                break
    return found

# The marker that numbers an item written in running text or kept by the reader: "(iii) ",
# "f) ", "iv) ", "b. ", "2) ". A letter, a roman numeral or a number, closed by a bracket or a
# dot, then a space ("e.g." and "1.5 T" are no markers).
_LIST_MARKER = re.compile(r"\s*(?:\(?(?:[a-zA-Z]|[ivxIVX]{1,5}|\d{1,2})\)|(?:[a-z]|[ivx]{1,5}|\d{1,2})\.)\s+(?=\S)")


@lru_cache(maxsize=1)
def _negating_prefixes() -> tuple[str, ...]:
    entry = (knowledge.load("vocabulary/clinical_terms") or {}).get("negating_prefixes") or {}
    return tuple(sorted((t.lower() for t in entry.get("terms") or ()), key=len, reverse=True))


def _negating_prefix(text: str, start: int) -> bool:
    """The term is joined to a prefix that negates it: "non-pregnant adult women"."""
    before = text[max(0, start - 6):start].lower()
    return any(before.endswith(p) and (len(before) == len(p) or not before[-len(p) - 1].isalnum())
               for p in _negating_prefixes())


# A term followed by a place or a service names where care happens, not a condition: "follow-up
# in pacemaker clinics", "Herzschrittmacherambulanz", "the dialysis unit", "a stroke unit".
_PLACE_NOUN_AFTER_TERM = re.compile(
    r"[ -](?:clinics?|units?|wards?|centres?|centers?|services?|departments?|outpatient\s+clinics?|"
    r"Ambulanz(?:en)?|Sprechstunden?|consultations?|cliniques?|ambulatori[oa]s?|reparti|unità|"
    r"poliklinieken|polikliniek)\b", re.IGNORECASE)


def _condition_facts(document: Document, unit: Unit, kind: FactKind,
                     phrase_span: tuple[int, int] | None, fallback: bool,
                     skip_negated: bool = False) -> Iterator[Fact]:
    """Vocabulary concepts in the unit (or in `phrase_span`), else one `text:` concept."""
    block = unit.block
    start, end = phrase_span or (unit.start, unit.end)
    marker = _LIST_MARKER.match(block.normalized, start, end)
    if marker:
        start = marker.end()  # "(iii) insufficient soft-tissue coverage", "f) BMI above 35": the item
    matches = vocabulary("clinical_terms").find(block.normalized, start, end)
    elided = _numbered_ellipsis(block.normalized, start, end, matches)
    elided += coordinated_modifiers(vocabulary("clinical_terms"), block.normalized, start, end,
                                    matches, document.language)
    if elided:
        matches = sorted(matches + elided, key=lambda m: m.start)
    if matches and fallback:
        # "Severe bullous lung disease (e.g. bullae, recurrent pneumothorax)": the condition is
        # the phrase before the parenthesis; the examples inside it do not replace it.
        examples = _example_spans(block.normalized, start, end)
        if examples:
            matches = [m for m in matches if not any(a <= m.start < b for a, b in examples)]
    if matches:
        matches = [m for m in matches if not _negating_prefix(block.normalized, m.start)
                   and not _PLACE_NOUN_AFTER_TERM.match(block.normalized, m.end)]
    if skip_negated:
        matches = [m for m in matches
                   if not negated_at(block.normalized, m.start, unit.start, document.language)]
    compared = False
    if kind is FactKind.INDICATION and matches and COMPARISON_CUE.search(block.normalized, start, end):
        # "Unlike hypoglossal nerve stimulation in OSA, the system treats CSA": what the other
        # therapy treats is not this device's indication
        spans = comparison_spans(block.normalized, unit.start, unit.end, document)
        kept = [m for m in matches if not any(a <= m.start < b for a, b in spans)]
        compared, matches = len(kept) < len(matches), kept
    if kind is FactKind.INDICATION and matches:
        # "It is not intended for cosmetic purposes": a purpose of its own (vocabulary
        # `own_purpose`) that the sentence excludes is no indication
        entries = vocabulary("clinical_terms").entries
        matches = [m for m in matches if not (entries.get(m.id, {}).get("own_purpose")
                                              and _list_negated(block.normalized, m.start, unit.start))]
        # "performed in a hospital equipped with a compatible MR scanner": an exposure the
        # vocabulary marks `never_indication` (MRI, diathermy) is no condition the device treats
        matches = [m for m in matches if not entries.get(m.id, {}).get("never_indication")]
        # "central sleep apnoea, including CSA associated with heart failure", "pain secondary
        # to bone metastases": the condition after a cause connector says what causes the one
        # before it; it is no indication of its own
        matches = [m for index, m in enumerate(matches)
                   if not (index and _CAUSE_BEFORE.search(
                       block.folded, matches[index - 1].end, m.start))]
    for index, m in enumerate(matches):
        # a list item or cell is quoted whole ("Untreated pneumothorax"), a sentence by its term
        span = (unit.start, unit.end) if unit.item and unit.end - unit.start <= 200 else (m.start, m.end)
        window = (matches[index - 1].end if index else start,
                  matches[index + 1].start if index + 1 < len(matches) else end)
        grades = _grades_near(block.normalized, *window)
        qualifiers = [q for q in _qualifiers_near(block.normalized, *window) if _qualifies(q[0], m.id)]
        for qualifier, q_start, q_end in qualifiers or [(None, 0, 0)]:
            own = span
            if qualifier and own == (m.start, m.end):
                # a sentence is quoted by its term and the qualifier that restricts it
                own = (min(m.start, q_start), max(m.end, q_end))
            if grades and own == (m.start, m.end):
                # ... and by the grades of severity it states ("severely calcified coronary lesions")
                own = (min(own[0], grades[0][1]), max(own[1], grades[-1][2]))
            # a list item or cell names its substances anywhere, a sentence after its term
            substances = (_allergens_in(block.normalized, *(span if span == (unit.start, unit.end) else window))
                          if m.id == ALLERGY_ID else [])
            if substances and own == (m.start, m.end):
                # ... and by the substances ("known sensitivity to porcine gelatin")
                own = (min(own[0], substances[0].start), max(own[1], substances[-1].end))
            yield make_fact(document, block, kind,
                            Concept(qualified_id(m.id, qualifier), block.quote(m.start, m.end),
                                    grades=tuple(sorted({g for g, _, _ in grades})),
                                    substances=tuple(sorted({a.id for a in substances}))),
                            own)
    if matches or not fallback or compared:
        return
    text = block.normalized
    phrase = _first_clause(text[start:end])
    if phrase.rstrip().endswith(":") or text[start:end].rstrip().endswith(":"):
        return
    if kind is FactKind.INDICATION and skip_negated and _NEGATED_ITEM.match(text, start, end):
        # "not indicated for cardiac resynchronisation therapy", "no indication for CRT", "nicht
        # indiziert bei ...": an item of the indications list that excludes; it names no indication
        return
    if kind is FactKind.INDICATION:
        # "Adults, 18 years and older, chest circumference 66-142 cm": a selection criterion,
        # compared by the population rules and IU005; "... identified by video-EEG": the
        # work-up, not the condition (extract/_eligibility.py)
        if is_selection_criterion(text[start:end]):
            # "Conductive hearing loss in patients aged 5 years and older", "Patients >= 5 years
            # with SSD": a condition with its population bound stays an indication
            item = expand_abbreviations(text[start:end], known_abbreviations(document))
            condition = without_population(item)
            if condition == item or is_selection_criterion(condition):
                return
        work_up = work_up_start(phrase)
        if work_up:
            phrase = phrase[:work_up]
    label_end = start + len(phrase.rstrip(" .;,"))
    # "Elective repair of infrarenal aneurysms", "..., including ruptured aneurysms in
    # emergencies": the qualifiers of the whole item, the wording without them
    found = _qualifier_matches(text, start, end)
    kept, position = [], start
    for _, q_start, q_end in found:
        if start <= q_start and q_end <= label_end:
            kept.append(text[position:q_start])
            position = q_end
    kept.append(text[position:label_end])
    if not found and _FRAGMENT_START.match(text[start:label_end].lstrip(" .;:,-–•*")):
        # "... is contraindicated or has failed" cut after its cue: "or has failed" is the tail
        # of a clause, not a condition (only a removed qualifier may leave a leading "and")
        return
    # "symptomatic and asymptomatic carotid stenosis" without its qualifiers: no dangling "and"
    wording = _COORDINATOR_EDGE.sub("", " ".join(" ".join(kept).split()))
    if is_access_route(wording):
        return  # "via transfemoral or transjugular access": a mode of use, not a condition
    # the condition, not the population ("Adults, abdominal surgery") nor the access route,
    # with the document's abbreviations spelled out ("Adults with AHRF")
    condition = without_access(wording)
    wording = expand_abbreviations(condition, known_abbreviations(document))
    if kind is FactKind.INDICATION:
        # a contraindication's bounds ("within 6 months", "children under 2 years") are its own
        condition, wording = without_population(condition), without_population(wording)
    expanded = vocabulary("clinical_terms").find(wording) if wording != condition else []
    if expanded and not any(negated_at(wording, m.start) for m in expanded):
        grades = tuple(sorted({g for g, _, _ in _grades_near(text, start, end)}))
        for entry_id in dict.fromkeys(m.id for m in expanded):
            yield make_fact(document, block, kind,
                            Concept(entry_id, block.quote(start, label_end), grades=grades,
                                    substances=allergy_substances(entry_id, text, start, label_end)),
                            (start, max(label_end, start + 1)))
        return
    concept_id = text_concept_id(wording)
    if not concept_id:
        return
    known = paraphrased_concept(concept_id[5:]) or whole_item_concept(concept_id[5:])
    if known and not (kind is FactKind.INDICATION
                      and vocabulary("clinical_terms").entries.get(known, {}).get("never_indication")):
        concept_id = known  # "Labour analgesia in pregnant women" stays words, not "pregnancy"
    qualifiers = list(dict.fromkeys(q for q, _, _ in found if _qualifies(q, concept_id))) or [None]
    grades = tuple(sorted({g for g, _, _ in _grades_near(text, start, end)}))
    for qualifier in qualifiers:
        yield make_fact(document, block, kind,
                        Concept(qualified_id(concept_id, qualifier), block.quote(start, label_end),
                                grades=grades,
                                substances=allergy_substances(concept_id, text, start, label_end)),
                        (start, max(label_end, start + 1)))


# The concept whose substances are read (clinical_terms.yaml): an allergy or hypersensitivity
ALLERGY_ID = "material_allergy"


def allergy_substances(concept_id: str, text: str, start: int, end: int) -> tuple[str, ...]:
    """The substances (vocabulary/allergens.yaml ids) an allergy contraindication names in
    `text[start:end]` (its item, or its clause up to the next condition): "known hypersensitivity
    to chlorhexidine, silver sulfadiazine or sulfonamides" names three. Empty for any other
    concept, and for "any component of the device"."""
    if concept_id != ALLERGY_ID:
        return ()
    return tuple(sorted({m.id for m in _allergens_in(text, start, end)}))


def _allergens_in(text: str, start: int, end: int) -> list[VocabularyMatch]:
    return vocabulary("allergens").find(text, start, end)


# A subordinate clause whose subject (another treatment) is contraindicated: "when systemic
# thrombolysis is contraindicated", "in whom surgery is contra-indicated", "lorsque la chirurgie
# est contre-indiquée", "wenn eine Operation kontraindiziert ist". The clause has no device word.
_OTHER_THERAPY_CONTRAINDICATED = re.compile(
    r"\b(?:when|where|if|whenever|in\s+whom|for\s+whom|in\s+which|in\s+cases?\s+where|"
    r"lorsque|quand|si|chez\s+qui|pour\s+qui|wenn|falls|bei\s+denen|cuando|si|en\s+quienes|"
    r"quando|se|nei\s+quali|in\s+cui)\s+"
    r"(?!(?:the|this|its|le|la|ce|cet|cette|das|dieses|el|este|il|questo)\s+(?:device|system|product|"
    r"implant|dispositif|système|produit|implant|produkt|gerät|system|implantat|dispositivo|sistema|"
    r"producto|prodotto)\b)"
    r"(?:[^\W\d_][\w-]*\s+){1,5}(?:is|are|was|were|est|sont|ist|sind|es|son|è|sono)\s+"
    r"(?:(?:otherwise|also|either|absolutely|relatively|considered|deemed|aussi|également)\s+)?"
    r"(?:contra-?indicated|contre-indiqué\w*|kontraindiziert|contraindicad\w*|controindicat\w*)$", re.I)


# "None specific to the device beyond the general contraindications of surgery", "keine über
# die allgemeinen Gegenanzeigen der Beatmung hinaus", "aucune autre que les contre-indications
# habituelles de l'anesthésie": the item refers to a therapy's general contraindications.
_GENERAL_CONTRA_REFERENCE = re.compile(
    r"^\W*(?:none|no\b[^.;]{0,20}\bcontra-?indications?|nothing|nil|aucune?|keine|ninguna|nessuna|nenhuma)\b"
    r"[^.;]{0,60}?\b(?:beyond|other\s+than|besides|apart\s+from|except(?:\s+for)?|in\s+addition\s+to|"
    r"au-delà\s+d|autres?\s+que|hormis|en\s+dehors\s+d|über|außer|ausser|aparte\s+de|más\s+allá\s+de|"
    r"salvo|oltre|tranne|além\s+d)\w*[^.;]{0,40}?\b(?:general|usual|standard|generic|common|customary|"
    r"normal|known|généra\w*|habituel\w*|allgemein\w*|üblich\w*|generales?|generali|habituales?|"
    r"usuales?|consuete?|gerais)\b", re.I)


_COORDINATOR_EDGE = re.compile(
    r"^(?:\s*(?:,|/|\band\b|\bor\b|\bet\b|\bou\b|\bund\b|\boder\b|\by\b|\bo\b|\be\b)\s*)+|"
    r"(?:\s*(?:,|/|\band\b|\bor\b|\bet\b|\bou\b|\bund\b|\boder\b|\by\b|\bo\b|\be\b)\s*)+$", re.I)


@lru_cache(maxsize=1)
def _term_keys() -> tuple[tuple[frozenset[str], str], ...]:
    """(paraphrase key, id) of every multi-word clinical term (or one whose key is a canonical
    synonym token), largest keys first. Kept between runs (0.15 s to derive) until the terms,
    the paraphrase rules or the code that reads them change."""
    return knowledge.derived("clinical_term_keys", _derive_term_keys,
                             ["vocabulary/clinical_terms", "vocabulary/paraphrases"],
                             (*_DERIVING_FILES, _paraphrase_module.__file__))


def _derive_term_keys() -> tuple[tuple[frozenset[str], str], ...]:
    keys = []
    for entry_id, entry in vocabulary("clinical_terms").entries.items():
        for terms in (entry.get("terms") or {}).values():
            for term in terms or []:
                key = paraphrase_key(str(term).strip("*"))
                # one canonical token names the concept by itself ("allergy to" is ~allergy:
                # "known titanium allergy" restates it), unless it names only a body structure
                # ("nervous tissue" is ~neural: "spinal cord injury" does not restate it) or a
                # modifier ("haemodynamically unstable" is ~unstable: "unstable chest wall" is not it)
                # A compound whose first part is a synonym ("akutprævention": ~acute) is no
                # such token: only its first part was recognised.
                compound = " " not in str(term).strip() and len(str(term)) > 10
                if len(key) >= 2 or (len(key) == 1 and min(key).startswith("~") and "~no" not in key
                                     and min(key) not in site_tokens() and not compound
                                     and min(key) not in modifier_tokens()):
                    keys.append((key, entry_id))
    keys.sort(key=lambda item: -len(item[0]))
    return tuple(keys)


def warm_up() -> None:
    """Build the paraphrase keys of the whole vocabulary now (about 0.3 s), once, before
    worker processes are forked, rather than in each worker on its first unknown phrase."""
    _term_keys()
    _lead_words()


# Coordinated conditions: "H. pylori infection or peptic ulcer" names two.
_CONJUNCTION = re.compile(r"\s*(?:[,;/]|\b(?:or|and|ou|et|oder|und|o|y|e|of|en)\b)\s*", re.I)


def whole_item_concept(phrase: str) -> str | None:
    """The vocabulary id of an item that is one bare word of a concept ("Infection", "Infections
    of any kind"): clinical_terms.yaml `item_terms`, read only when they are the whole item, as
    inside a longer phrase they name something else ("H. pylori infection")."""
    return _item_terms().get(" ".join(_ITEM_EDGE.sub(" ", phrase.lower()).split()))


_ITEM_EDGE = re.compile(r"^\W+|\W+$|\b(?:any|all|of any kind|known|current|présente?s?|toute?s?)\b")


@lru_cache(maxsize=1)
def _item_terms() -> dict[str, str]:
    found: dict[str, str] = {}
    for entry_id, entry in vocabulary("clinical_terms").entries.items():
        for term in flatten_terms(entry.get("item_terms")):
            found.setdefault(" ".join(term.lower().split()), entry_id)
    return found


def paraphrased_concept(phrase: str) -> str | None:
    """The vocabulary id of a condition restated in other words ("end-stage kidney disease
    requiring dialysis" states the terms of "end-stage renal disease").

    The words of a term must stand in one of the coordinated conditions when each is a whole
    phrase of its own: "H. pylori infection or peptic ulcer" names no infected ulcer, while
    "renal or hepatic impairment" (an elided noun) still names renal impairment."""
    key = paraphrase_key(phrase)
    negated = "~no" in key
    pieces = [paraphrase_key(piece) for piece in _CONJUNCTION.split(phrase) if piece.strip()]
    whole_phrases = len(pieces) > 1 and all(len(piece) >= 2 for piece in pieces)
    for term_key, entry_id in _term_keys():
        if term_key <= key and ("~no" in term_key) == negated:
            if whole_phrases and not any(term_key <= piece for piece in pieces):
                continue
            if not _negation_bound(term_key, phrase):
                continue
            return entry_id
    return None


def _negation_bound(term_key: frozenset[str], phrase: str) -> bool:
    """Whether a term that is only the absence of one thing ("missing teeth", "Anatomie keine")
    finds that negation on that thing in the phrase. Its two tokens say little, and a longer
    phrase may negate something else beside the thing: "crossing unerupted tooth germs" denies
    eruption, not teeth; "landmarks not identifiable" denies identification, not anatomy. The
    negation must stand next to the thing (canonical synonym tokens between them aside)."""
    if len(term_key) != 2 or "~no" not in term_key:
        return True
    (thing,) = term_key - {"~no"}
    tokens = [t for t in ordered_tokens(phrase) if t == thing or not t.startswith("~") or t == "~no"]
    return any(token == "~no" and thing in tokens[max(0, index - 1):index + 2]
               for index, token in enumerate(tokens))


def _qualifier_find(text: str, start: int, end: int) -> list[VocabularyMatch]:
    """Qualifier terms in `text[start:end]`, except those inside a phrase that names a place,
    service or equipment ("emergency department", "emergency cardiac surgery" on site):
    clinical_terms.yaml `qualifier_exceptions`."""
    found = vocabulary("clinical_terms", "qualifiers").find(text, start, end)
    if not found:
        return found
    exceptions = vocabulary("clinical_terms", "qualifier_exceptions").find(text, start, end)
    encounter = _care_encounter()
    return [m for m in found if not any(e.start <= m.start and m.end <= e.end for e in exceptions)
            and not encounter[0].match(text, m.end, end) and not encounter[1].search(text, start, m.start)]


@lru_cache(maxsize=1)
def _care_encounter() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Patterns of a care encounter just after a qualifier ("urgent HF visit", "emergency
    hospital admission") or just before it ("hospitalisation en urgence", "ricovero urgente"):
    the qualifier then describes how the patient was seen, not the condition
    (clinical_terms.yaml `qualifier_care_encounters`)."""
    words = knowledge.load("vocabulary/clinical_terms").get("qualifier_care_encounters", {}).get("words", {})
    nouns = sorted({w for terms in words.values() for w in terms}, key=len, reverse=True)
    alternatives = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns)
    after = re.compile(rf"(?:[\s\-]+[^\W\d_][\w\-]*){{0,2}}?[\s\-]+(?:{alternatives})(?![^\W\d_])", re.IGNORECASE)
    trailing = sorted({w for language in ("fr", "it", "es") for w in words.get(language, [])}, key=len, reverse=True)
    before = re.compile(rf"(?<![^\W\d_])(?:{'|'.join(map(re.escape, trailing))})(?:\s+(?:en|d['’]|di|de|in|por|per))?\s*$",
                        re.IGNORECASE)
    return after, before


def _qualifier_matches(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(qualifier id, start, end) of the qualifiers in a span that no negation denies."""
    out = []
    for clause_start, clause_end in _clauses(text, start, end):
        for match in _qualifier_find(text, clause_start, clause_end):
            if not negated_at(text, match.start, clause_start):
                out.append((match.id, match.start, match.end))
    return out


_EXAMPLE_PARENTHESIS = re.compile(
    r"\(\s*(?:e\.\s?g\.|eg\b|i\.\s?e\.|such as|including|incl\.|for example|for instance|like\b|"
    r"z\.\s?B\.|p\.\s?ex\.|par exemple|tels? que|telles? que|comme\b|p\.\s?ej\.|por ejemplo|"
    r"ad es\.|ad esempio|come\b)[^()]*\)|"
    # a parenthesis listing several things elaborates the phrase before it
    r"\([^()]*(?:[,;]|\b(?:or|and|ou|et|oder|und|o|y|e)\b)[^()]*\)", re.I)


def _example_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Parentheses giving examples, when a phrase of the item's own stands before them."""
    spans = []
    for m in _EXAMPLE_PARENTHESIS.finditer(text, start, end):
        if re.search(r"[^\W\d_]{4,}", text[start:m.start()]):
            spans.append((m.start(), m.end()))
    return spans


def _grades_near(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(grade id, start, end) of the grades of severity ("moderada o severa", "severely") between
    two conditions, in one clause, that no negation denies (clinical_terms.yaml `grades`)."""
    grades = vocabulary("clinical_terms", "grades")
    found: list[tuple[str, int, int]] = []
    for clause_start, clause_end in _clauses(text, start, end):
        matches = grades.find(text, clause_start, clause_end)
        if not matches:
            continue
        # "riesgo quirúrgico moderado o alto", "moderate or high surgical risk": a level of
        # another qualifier, not a grade of the condition
        taken = [(s, e) for _, s, e in _qualifiers_near(text, clause_start, clause_end)]
        for match in matches:
            if any(s <= match.start and match.end <= e for s, e in taken):
                continue
            if not negated_at(text, match.start, clause_start):
                found.append((match.id, match.start, match.end))
    return found


def _qualifiers_near(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """(qualifier id, start, end) of the qualifiers ("intermediate_surgical_risk") between two
    conditions, in one clause."""
    found: list[tuple[str, int, int]] = []
    for clause_start, clause_end in _clauses(text, start, end):
        for match in _qualifier_find(text, clause_start, clause_end):
            if negated_at(text, match.start, clause_start):
                continue  # "not for ruptured aneurysms": no qualifier of the indication
            # "high or intermediate surgical risk": the level coordinated before the term;
            # "riesgo quirúrgico moderado o alto", "risque chirurgical intermédiaire ou élevé":
            # the level coordinated after it
            before = _COORDINATED_LEVEL.search(text, clause_start, match.start)
            after = _COORDINATED_LEVEL_AFTER.match(text, match.end, clause_end)
            for coordinated in (before, after):
                level = _level_of(coordinated.group("level"), _axis(match.id)) if coordinated else None
                if (level and _same_axis(level, match.id)
                        and all(level != f[0] for f in found)):
                    found.append((level, min(match.start, coordinated.start("level")),
                                  max(match.end, coordinated.end("level"))))
            if all(match.id != f[0] for f in found):
                found.append((match.id, match.start, match.end))
    return found


_COORDINATED_LEVEL = re.compile(r"(?<!\w)(?P<level>\w+)(?:,\s*|\s+)(?:or|and|to|oder|und|bis|ou|et|"
                                r"o|u|y|e|a)\s+\Z")
_COORDINATED_LEVEL_AFTER = re.compile(r"(?:,\s*|\s+)(?:or|and|to|oder|und|bis|ou|et|o|u|y|e|a)\s+"
                                      r"(?:(?:to|a|à)\s+)?(?P<level>\w+)\b")


def _level_of(word: str, axis: str | None = None) -> str | None:
    """The qualifier a level word names ("alto", "élevée", "hohem"), tolerating endings; on
    `axis` when given ("moderate" is a surgical risk and a grade of severity)."""
    words = _level_words()
    word = word.lower()
    for candidate in (word, word[:-1], word[:-2]):
        if len(candidate) >= 3 and candidate in words:
            ids = words[candidate]
            if axis is None:
                return ids[0]
            return next((i for i in ids if _axis(i) == axis), None)
    return None


def _axis(qualifier: str) -> str | None:
    return (vocabulary("clinical_terms", "qualifiers").qualifiers.get(qualifier) or {}).get("axis")


def _qualifies(qualifier: str, condition: str) -> bool:
    """Whether the qualifier may qualify the condition: a qualifier that lists its `conditions`
    (clinical_terms.yaml: the temporal pattern of atrial fibrillation) qualifies those only."""
    conditions = (vocabulary("clinical_terms", "qualifiers").qualifiers.get(qualifier) or {}).get("conditions")
    return not conditions or condition in conditions


def _same_axis(first: str, second: str) -> bool:
    return _axis(first) == _axis(second)


@lru_cache(maxsize=1)
def _level_words() -> dict[str, tuple[str, ...]]:
    """Level words of qualifiers ("high", "hohem", "faible", "alto") -> qualifier ids (one per
    axis at most): the entry's `levels` when it lists them, else the first words of its
    multi-word terms."""
    words: dict[str, list[str]] = {}

    def add(word: str, entry_id: str) -> None:
        ids = words.setdefault(word, [])
        if all(_axis(i) != _axis(entry_id) for i in ids):
            ids.append(entry_id)

    for entry_id, entry in vocabulary("clinical_terms", "qualifiers").qualifiers.items():
        if entry.get("levels"):
            for levels in entry["levels"].values():
                for level in levels or []:
                    add(str(level).lower(), entry_id)
            continue
        for language, terms in (entry.get("terms") or {}).items():
            for term in terms or []:
                first = re.split(r"[\s-]", term)[0].lower()
                if " " in term or "-" in term:
                    endings = ("", "e", "em", "en", "er", "es") if language == "de" else ("",)
                    for ending in endings:
                        add(first + ending, entry_id)
    return {word: tuple(ids) for word, ids in words.items()}


def _clauses(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    position = start
    for match in re.finditer(r"[;•]", text[start:end]):
        yield position, start + match.start()
        position = start + match.end()
    yield position, end


_INLINE_LIST = re.compile(r":\s+(?=\S)")


# A list number opening an item: "1) ", "(2) ", "3. ". Inside a paragraph only ")" numbers
# and numbers that follow a colon or the previous item's number in sequence count (see
# `_numbered_items`): "over 38 mm 2. Stretched" is a list, "aged 2. Patients" is not.
_ITEM_NUMBER = re.compile(r"(?<![\w.,])\(?(\d{1,2})[.)](?=\s+\S)\s+")


def _numbered_spans(text: str, start: int, end: int,
                   first_unnumbered: bool = False) -> list[tuple[int, int]] | None:
    """ "1) A 2) B 3) C" in `text[start:end]`: the items' spans without their numbers. A run of
    numbers counts when it starts at `start` with 1 and goes on 2, 3, ... in order; a single
    number at `start` gives the rest as one item. With `first_unnumbered` (a list item whose
    "1)" the reader took as its marker) a run 2, 3, ... after the first item's text counts.
    None when the text is no such list."""
    if first_unnumbered:
        for second in _ITEM_NUMBER.finditer(text, start, end):
            if second.group(1) != "2":
                continue
            rest = _numbered_run(text, second, end)
            item_end = start + len(text[start:second.start()].rstrip().rstrip(".;,").rstrip())
            if len(rest) >= 2 and item_end > start:
                return [(start, item_end), *rest]
        return None
    first = _ITEM_NUMBER.match(text, start, end)
    if first is None:
        return None
    spans = _numbered_run(text, first, end)
    if len(spans) > 1 and first.group(1) != "1":
        return None
    return spans or None


def _numbered_run(text: str, first: re.Match, end: int) -> list[tuple[int, int]]:
    """The items from the number `first` on, each up to the next number in sequence."""
    numbers = [first]
    for found in _ITEM_NUMBER.finditer(text, first.end(), end):
        if int(found.group(1)) == int(numbers[-1].group(1)) + 1:
            numbers.append(found)
    spans = []
    for index, number in enumerate(numbers):
        piece_end = numbers[index + 1].start() if index + 1 < len(numbers) else end
        piece = text[number.end():piece_end]
        piece_end = number.end() + len(piece.rstrip().rstrip(".;,").rstrip())
        if piece_end > number.end():
            spans.append((number.end(), piece_end))
    return spans


def _numbered_items(unit: Unit) -> list[Unit] | None:
    """ "Contraindications: 1) A 2) B 3) C" or a list item "1) A": the items without their
    numbers; None when the unit is no such list."""
    text = unit.block.normalized
    spans = _numbered_spans(text, unit.start, unit.end)
    if spans is None and unit.item:
        spans = _numbered_spans(text, unit.start, unit.end, first_unnumbered=True)
    if spans is None:
        colon = _INLINE_LIST.search(text, unit.start, unit.end)
        spans = _numbered_spans(text, colon.end(), unit.end) if colon else None
        if spans is not None and len(spans) == 1:
            return None  # "Note: 1) ..." with nothing after: not a list of ours
    elif len(spans) == 1 and not unit.item:
        return None  # "3. The device ..." opening a sentence: a paragraph number, not an item
    if spans is None:
        return None
    return [Unit(unit.block, s, e, unit.kinds, True) for s, e in spans]


def _enumerated(unit: Unit) -> list[Unit]:
    """ "Do not use in case of: untreated pneumothorax; MRI environment." gives one unit per
    item, as a list would; other units are returned unchanged."""
    if not unit.kinds & {INDICATIONS, CONTRAINDICATIONS}:
        return [unit]
    numbered = _numbered_items(unit)
    if numbered is not None:
        return [piece for item in numbered for piece in _item_pieces(item)]
    if unit.item:
        return _item_pieces(unit)
    colon = _INLINE_LIST.search(unit.text)
    if not colon:
        return _comma_list(unit) or [unit]
    rest_start = unit.start + colon.end()
    rest = unit.block.normalized[rest_start:unit.end]
    # Separators inside parentheses belong to the item: "AHI ≥ 15/h (or ≥ 5/h with symptoms)",
    # "bullous disease (bullae > 3 cm; recurrent pneumothorax)".
    separator = ";" if _top_level_positions(rest, ";") else ","
    pieces, position = [], rest_start
    for piece in _split_top_level(rest, separator):
        start = position + len(piece) - len(piece.lstrip())
        end = position + len(piece.rstrip().rstrip("."))
        if end > start:
            pieces.append(Unit(unit.block, start, end, unit.kinds, True))
        position += len(piece) + 1
    if len(pieces) == 1 and len(pieces[0].text.split()) > 12:
        return [unit]  # a colon inside a sentence, not a one-item list
    return pieces or [unit]


# A verb that makes a paragraph a sentence rather than a run of conditions (English, French,
# German, Italian, Spanish, Dutch auxiliaries and modal verbs).
_SENTENCE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|be|been|will|would|can|could|may|might|must|should|shall|"
    r"does|do|did|est|sont|doit|doivent|peut|peuvent|ist|sind|darf|dürfen|soll|sollte|wird|werden|"
    r"kann|können|è|sono|deve|devono|può|es|son|debe|deben|puede|zijn|mag|mogen|moet|moeten)\b",
    re.IGNORECASE)
# A comma list names conditions, each a short noun phrase.
_LIST_ITEM_MAX_WORDS = 10
_LIST_MIN_ITEMS = 3


def _comma_list(unit: Unit) -> list[Unit] | None:
    """A paragraph under a contraindications heading that is a run of conditions
    ("Extensive adhesions, active peritonitis or abdominal wall infection, bowel obstruction,
    allergy to titanium or silicone."), as summaries (SSCP, CEAR) write the IFU's list: one unit
    per condition, as a list would give. A sentence with a verb, or with an item too long to be
    one condition, stays one unit; so does a unit that is not the whole paragraph."""
    if CONTRAINDICATIONS not in unit.kinds or INDICATIONS in unit.kinds or unit.block.kind is BlockKind.TABLE_ROW:
        return None  # an indications paragraph's commas also join a population and its bounds
    text = unit.block.normalized
    if text[:unit.start].strip() or text[unit.end:].strip(" .\n"):
        return None
    body = text[unit.start:unit.end]
    # Semicolon runs are left to the sentence reading: their items are longer lay restatements
    # ("active infection of the eye or eyelids") that the comparison does not yet pair with the
    # IFU's clinical wording, and read one by one they turned minor differences into major ones.
    if "," not in body or _top_level_positions(body, ";") or _SENTENCE_VERB.search(body):
        return None
    pieces, position = [], unit.start
    for piece in _split_top_level(body, ","):
        start = position + len(piece) - len(piece.lstrip())
        end = position + len(piece.rstrip().rstrip("."))
        position += len(piece) + 1
        if end <= start or len(text[start:end].split()) > _LIST_ITEM_MAX_WORDS:
            return None
        pieces.append(Unit(unit.block, start, end, unit.kinds, True))
    return pieces if len(pieces) >= _LIST_MIN_ITEMS else None


# What continues the item before a comma or semicolon instead of starting a new one:
# "aneurysms, including ruptured aneurysms in emergencies", "ulcers, except infected ulcers".
_CONTINUATION_CUE = CONTINUATION_CUE


def _top_level_positions(text: str, separator: str) -> list[int]:
    """Positions of `separator` outside parentheses and brackets that start a new item."""
    depth, positions = 0, []
    for index, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch == separator and depth == 0 and not _CONTINUATION_CUE.match(text, index + 1):
            positions.append(index)
    return positions


def _split_top_level(text: str, separator: str) -> list[str]:
    """`text.split(separator)`, but never inside parentheses or brackets."""
    pieces, start = [], 0
    for position in _top_level_positions(text, separator):
        pieces.append(text[start:position])
        start = position + 1
    pieces.append(text[start:])
    return pieces


def _item_pieces(unit: Unit) -> list[Unit]:
    """A list item naming several conditions ("Central apnoea; obesity hypoventilation") gives
    one unit per condition; semicolons inside parentheses do not separate."""
    if ";" not in unit.text:
        return [unit]
    positions = _top_level_positions(unit.text, ";")
    if not positions:
        return [unit]
    pieces, start = [], unit.start
    for position in [*(unit.start + p for p in positions), unit.end]:
        piece = unit.block.normalized[start:position]
        piece_start = start + len(piece) - len(piece.lstrip())
        piece_end = start + len(piece.rstrip().rstrip("."))
        if piece_end > piece_start:
            pieces.append(Unit(unit.block, piece_start, piece_end, unit.kinds, True))
        start = position + 1
    return pieces or [unit]


def _indication_facts(document: Document, unit: Unit) -> Iterator[Fact]:
    # A legend or grading of the appraisal criteria ("A1 Application", "D1 | Device | Actual
    # device") describes how data were appraised, not what the device treats.
    if is_appraisal_criteria(unit.block.normalized if unit.block.kind is BlockKind.TABLE_ROW else unit.text):
        return
    for piece in _enumerated(unit):
        yield from _unit_indication_facts(document, piece)


# What a device achieves, not what it treats: "improved oxygenation", "reduced work of
# breathing", "pain relief", "glycaemic control", "réduction de la douleur", "verbesserte
# Wundheilung". Only read in a section that announces both indications and benefits.
_BENEFIT_PHRASE = re.compile(
    r"^\W*(?:improv\w*|better|reduc\w*|decreas\w*|increas\w*|lower\w*|higher|shorter|faster|fewer|"
    r"less|relief|restor\w*|maint\w*|enhanc\w*|prevent\w*|avoid\w*|"
    r"amélior\w*|réduction|diminution|augmentation|soulagement|meilleure?|"
    r"verbessert\w*|verbesserung|verringer\w*|reduzier\w*|reduktion|senkung|linderung|erhöh\w*|"
    r"mejor\w*|reducci[oó]n|disminuci[oó]n|aumento|alivio|miglior\w*|riduzion\w*|sollievo)\b|"
    r"\b(?:relief|control|improvement|reduction|outcomes?|rates?|comfort|quality of life|"
    r"soulagement|contrôle|amélioration|qualité de vie|kontrolle|verbesserung|lebensqualität|"
    r"control|mejora|calidad de vida|controllo|qualità della vita)\W*$", re.I)


# A sentence in a contraindications list that states a consequence for the device's output or
# function ("Readings may be falsely high in patients with anaemia", "Les mesures peuvent être
# faussées", "Messwerte können verfälscht sein"): a precaution, not an excluded condition.
_CONSEQUENCE_CUE = re.compile(r"\b(?:may|might|can|could|peu|peuv|kann|könn|può|posson|pued)")
_CONSEQUENCE = re.compile(
    r"^\W*(?:the\s+|les\s+|la\s+|le\s+|die\s+|der\s+|las\s+|los\s+|le\s+|i\s+)?(?:device\s+|sensor\s+)?"
    r"(?:readings?|results?|measurements?|measured values?|values?|signals?|accuracy|performance|"
    r"mesures?|résultats?|valeurs?|lectures?|messwerte?|messungen|ergebnisse|werte|letture|misur\w+|"
    r"risultati|valori|lecturas?|mediciones|resultados|valores)\b[^.;:]{0,40}?"
    r"\b(?:may|might|can|could|peu\w*|kann|können|può|possono|puede\w*)\b", re.I)


# A sentence that opens by naming contraindications, inside a section that states indications
# or the intended purpose
# ("Contraindications are identical to those of the IFU (mechanical valve, ...)",
# "Kontraindikationen sind: ...", "Les contre-indications sont ..."): its conditions are
# contraindications, whatever the section's heading says.
_OPENS_WITH_CONTRAINDICATIONS = re.compile(
    r"^\W*(?:the |les |die |le |las |los |de )?(?:contra-?indications?|contre-indications?|"
    r"gegenanzeigen|kontraindikationen|controindicazioni|contraindicaciones|contra-indicaties)\b"
    r"(?!\s+(?:were|was|have been|has been|did|of the study|of the trial))", re.I)


def _excluded_indication_facts(document: Document, unit: Unit) -> Iterator[Fact]:
    """ "Posterior compartment repair is not an indication", "Nicht indiziert bei X": the
    conditions a document excludes, as negated indications (IU001 reports an indication that
    another document lists)."""
    folded = unit.block.folded
    if not (EXCLUSION_CUE.search(folded, unit.start, unit.end)
            and _EXCLUSION_TOPIC.search(folded, unit.start, unit.end)):
        return
    text = unit.block.normalized
    for start, end in excluded_items(text, unit.start, unit.end, document.language):
        item = Unit(unit.block, start, end, unit.kinds, True)
        for fact in _condition_facts(document, item, FactKind.INDICATION, None, True):
            yield replace(fact, value=replace(fact.value, negated=True))


_EXCLUSION_TOPIC = re.compile(r"indica|indiqu|indiz|indikat|purpose|intended|destination|zweckbestimm|"
                              r"destinazione|finalidad|finalité|beoogd|anwendungsgebiet")


def _permitted_indication_facts(document: Document, unit: Unit) -> list[Fact]:
    """ "Das Implantat kann auch bei einseitiger Taubheit eingesetzt werden": the conditions
    a sentence of permission grants, as indications (known conditions only: "can also be used
    in the home" names a place, not a condition)."""
    if unit.item or not PERMISSION_CUE.search(unit.block.folded, unit.start, unit.end):
        return []
    facts: list[Fact] = []
    for start, end in permitted_items(unit.block.normalized, unit.start, unit.end, document.language):
        item = Unit(unit.block, start, end, unit.kinds, True)
        facts.extend(replace(f, value=replace(f.value, permitted=True))
                     for f in _condition_facts(document, item, FactKind.INDICATION, None, False,
                                               skip_negated=True))
    return facts


def _unit_indication_facts(document: Document, unit: Unit) -> Iterator[Fact]:
    text = unit.text
    excluded = False
    if OTHER not in unit.kinds or unit.kinds & {INDICATIONS, CONTRAINDICATIONS, INTENDED_PURPOSE}:
        permitted = _permitted_indication_facts(document, unit)
        if permitted:
            yield from permitted
            return
    if OTHER not in unit.kinds and not unit.item:
        for fact in _excluded_indication_facts(document, unit):
            excluded = True
            yield fact
    if unit.kinds & {INDICATIONS, INTENDED_PURPOSE} and not unit.kinds & {CONTRAINDICATIONS, OTHER} \
            and not unit.item:
        opening = _OPENS_WITH_CONTRAINDICATIONS.match(text)
        if opening:
            # known conditions only: the sentence may refer elsewhere ("are identical to those
            # of the IFU (...)") rather than list them
            yield from _condition_facts(document, unit, FactKind.CONTRAINDICATION,
                                        (unit.start + opening.end(), unit.end), False)
            return
    if CONTRAINDICATIONS in unit.kinds:
        span = no_contraindications(unit)
        if span:
            yield make_fact(document, unit.block, FactKind.CONTRAINDICATION,
                            Concept("none", unit.block.quote(*span), negated=True), span)
            return
        if _CONSEQUENCE_CUE.search(unit.block.folded) and _CONSEQUENCE.search(text):
            return  # "Readings may be falsely high in ...": what happens, not who is excluded
        if _GENERAL_CONTRA_REFERENCE.match(text):
            # "None other than the usual contraindications of anaesthesia": a reference to the
            # therapy's general contraindications, neither an item nor a statement of "none"
            return
        # an intro ending with ":" names nothing; a list item or cell names one condition
        yield from _condition_facts(document, unit, FactKind.CONTRAINDICATION, None, unit.item)
        return
    if INDICATIONS in unit.kinds and OTHER not in unit.kinds:
        if OUTCOMES in unit.kinds and _BENEFIT_PHRASE.search(text):
            return  # "Indications and clinical benefits": "pain relief" is a benefit
        inline = _INDICATED_INLINE.search(text)
        phrase = (unit.start + inline.end(), unit.end) if inline and not unit.item else None
        if not unit.item and not excluded:
            # "Adults with refractory chronic migraine, chronic cluster headache or occipital
            # neuralgia, who ...": a sentence without a cue verb, or the phrase after
            # "indicated for", lists its conditions as a list would
            items = bare_items(unit.block.normalized, phrase[0] if phrase else unit.start, unit.end,
                               document.language, after_cue=phrase is not None)
            if items and phrase and vocabulary("clinical_terms").find(unit.block.normalized, *phrase):
                items = None  # known conditions after "indicated for" keep their qualifiers' reading
            if items:
                for start, end in items:
                    yield from _condition_facts(document, Unit(unit.block, start, end, unit.kinds, True),
                                                FactKind.INDICATION, None, True, skip_negated=True)
                return
        if unit.item:
            # "Pelvic organ prolapse ..., recurrent after native tissue repair": the condition
            # before the qualifying clause
            cut = qualified_item_end(unit.block.normalized, unit.start, unit.end)
            if cut is not None:
                unit = Unit(unit.block, unit.start, cut, unit.kinds, True)
        # "It is not foreseen for emergency contraception", "nie jest przeznaczona do ...": a
        # condition the section excludes is no indication
        yield from _condition_facts(document, unit, FactKind.INDICATION, phrase,
                                    unit.item or phrase is not None, skip_negated=True)
        return
    span = no_contraindications(unit)
    if span:
        yield make_fact(document, unit.block, FactKind.CONTRAINDICATION,
                        Concept("none", unit.block.quote(*span), negated=True), span)
        return
    if OTHER in unit.kinds:
        return
    contra = _CONTRAINDICATED_INLINE.search(text)
    if contra and _OTHER_THERAPY_CONTRAINDICATED.search(text[:contra.end()]):
        # "Embolism when thrombolysis is contraindicated", "patients in whom surgery is
        # contraindicated": another treatment is contraindicated, which makes the patient a
        # candidate for the device; the sentence states no contraindication of the device
        contra = None
    if contra:
        yield from _condition_facts(document, unit, FactKind.CONTRAINDICATION,
                                    (unit.start + contra.end(), unit.end),
                                    bool(re.match(r"contra|contre|kontra", contra.group(0), re.I)))
        return
    inline = _INDICATED_INLINE.search(text)
    if inline and (_OTHER_DEVICE_SUBJECT.search(text[:inline.start()])
                   or other_therapy_subject(text[:inline.start()], document)):
        return  # "Unlike X, which is indicated for ...": another device's or therapy's indication
    if inline and not _NEGATION_BEFORE.search(text[max(0, inline.start() - 12):inline.start()]):
        # Outside an Indications section prose restates the indications in its own words
        # ("indicated for total hip arthroplasty"): only known conditions are taken from it.
        yield from _condition_facts(document, unit, FactKind.INDICATION,
                                    (unit.start + inline.end(), unit.end), False)
        return
    if INTENDED_PURPOSE in unit.kinds or _purpose_sentence(text):
        # "intended for the treatment of chronic wounds": known conditions only
        yield from _condition_facts(document, unit, FactKind.INDICATION, None, False,
                                    skip_negated=True)


# --- negation ----------------------------------------------------------------------------------

_CLAUSE_BREAK = re.compile(r"[;:,()]|\b(?:but|whereas|while|however|mais|alors que|aber|jedoch|sondern)\b",
                           re.I)
_NEGATION_BEFORE = re.compile(
    # "nicht-invasive", "not-for-profit": a hyphenated compound, no negation
    # "with or without training", "mit oder ohne", "avec ou sans": both, no negation
    r"\b(?:not|never|no|(?<!with or )without|except|excluding|excluded|ne|n'|pas|jamais|"
    # a prohibition before the use it forbids ("It is forbidden to use the product for enteral
    # feeding", as translated instructions put it; "Es ist verboten, ...", "Il est interdit de ...")
    r"forbidden|prohibited|verboten|untersagt|interdit|interdite|vietato|vietata|prohibido|"
    r"prohibida|verboden|zakázáno|zabranjeno|zabranjena|kielletty|förbjudet|förbjuden|"
    r"(?<!avec ou )sans|sauf|nicht|kein|"
    r"keine|keinen|keinesfalls|niemals|(?<!mit oder )ohne|außer|ausser|exclusion|exclut|ausgenommen|excludes?|excluye|esclude|"
    r"(?<!con o )sin|(?<!con o )senza|nunca|mai|"
    # Polish, Danish, Czech: "nie", "bez", "z wyjątkiem"; "ikke", "aldrig", "uden", "undtagen";
    # "není", "nejsou", "nikdy", "kromě"
    r"nie|bez|oprócz|z\s+wyjątkiem|ikke|aldrig|uden|undtagen|není|nejsou|nikdy|kromě|"
    # Czech verbs negated by their prefix ("nesmí být použit", "nepoužívejte"); Norwegian "ikkje",
    # "uten", "unntatt", "aldri"; Finnish "ei" before its verb ("ei ole tarkoitettu", "ei saa
    # käyttää"), "eivät", "eikä", "älä", "ilman" (without), "paitsi" (except)
    r"nesmí|nesmějí|nepoužívejte|nepoužívat|ikkje|uten|unntatt|aldri|"
    r"ei(?=\s+(?:ole|saa|sovellu|tule|käytetä|pidä|sovi))|eivät|eikä|älä|ilman|paitsi|"
    # Bulgarian "не", "без", "освен", "никога"; Estonian "ei" before its verb ("ei tohi", "ei
    # ole ette nähtud"); Latvian "nav", "nedrīkst", "nelietot", "izņemot"; Slovenian "ni"
    # before a participle, "niso", "brez", "razen"; Croatian "nije", "nisu", "nemojte", "osim"
    r"не|без|освен|никога|ei(?=\s+(?:tohi|sobi|kasutata|tohiks))|nav|nedrīkst|nelieto\w*|"
    r"neizmanto\w*|izņemot|nekad|ni(?=\s+(?:namenjen\w*|dovoljen\w*|predviden\w*|primer\w*|"
    r"indiciran\w*))|niso|brez|razen|nikoli|nije|nisu|nemojte|osim|nikada|"
    # Icelandic "ekki", "aldrei", "án" (without), "nema" (except), "undanskilin" (excepted)
    r"ekki|aldrei|án|nema|undanskil\w*|"
    # Dutch "geen", "nooit" ("geen intraveneuze toediening", "nooit intraveneus toedienen")
    r"geen|nooit|"
    # Swedish: "inte", "icke", "utan", "förutom"; "ej" only before a verb or participle ("p. ej."
    # is a Spanish abbreviation)
    r"inte|icke|utan|förutom|ej(?=\s+(?:avsedd|avsett|avsedda|för|att|användas|lämplig|tillåten|"
    r"tillåtet|godkänd|indicerad))|"
    # Portuguese "nunca", "exceto", "nenhum"; "sem" in lower case or at a sentence start ("SEM"
    # is a standard error in an English table)
    r"exceto|excepto|nenhum|nenhuma|(?<!com ou )(?-i:[Ss]em))\b(?![-‐‑])|\bn'"
    # Portuguese "não" before a verb or participle: "não está indicado", "não utilizar";
    # "não invasiva", "não tratado" write "não" as a prefix
    r"|\bnão\s+(?:(?:é|são|está|estão|deve|devem|pode|podem|se)\b|utiliz|usar|use\b|aplic|destin|"
    r"indicad|adequad|aprovad|previst|recomend|concebid|implant)"
    # French, Italian, Spanish "non destiné à", "non adatto"; "non-invasive" is no negation
    # (not "non invasive", "non traité": there "non" is a prefix)
    r"|\bnon\s+(?:(?:è|e|sono|deve|devono|può|possono|va|vanno|est|sont|doit|doivent|per)\b|utilizzare|usare|impiegare|destinat|indicat|adatt|approvat|previst|idone|destiné|indiqué|prévu|recommandé|adapté|autorisé|conçu)", re.I)
# A negation that closes the clause after a term: "intravenous administration is not intended",
# "eine intravenöse Anwendung ist ausgeschlossen", "la voie intraveineuse n'est pas autorisée".
# The negation must end the clause, so "mask ventilation is not suitable for patients who ..."
# (a condition on the mode, not its exclusion) is not read as one.
_NEGATION_AFTER = re.compile(
    r"[\w\s'’-]{0,30}?(?:\b(?:is|are|must|shall|should|may|can|ist|sind|darf|dürfen|wird|werden|"
    r"est|sont)\b|\bn['’](?:est|sont)\b|\bne\s+(?:doit|doivent|peut|peuvent|sont|est)\b)"
    r"\s*(?:be\s+|strictly\s+|absolument\s+|strikt\s+)?"
    r"(?:not|never|nicht|keinesfalls|niemals|pas|jamais|excluded|ausgeschlossen|exclue?s?|"
    r"contraindicated|kontraindiziert|contre-indiquée?s?|prohibited|forbidden|verboten|"
    r"interdite?s?|untersagt)\b"
    r"(?:\s+(?:be\s+)?(?:intended|suitable|permitted|allowed|indicated|foreseen|supported|used|"
    r"recommended|empfohlen|recommandée?s?|"
    r"vorgesehen|zulässig|erlaubt|bestimmt|geeignet|prévue?s?|autorisée?s?|permise?s?|"
    r"indiquée?s?|utilisée?s?|gestattet))?\s*(?:[.;,)]|$|\b(?:and|or|und|oder|et|ou)\s+(?:is|are|ist|sind|est|sont)\s+"
    r"(?:outside|beyond|not\s+(?:within|part)|nicht\s+(?:Teil|Bestandteil)|außerhalb|ausserhalb|hors|en\s+dehors))"
    # "immediate loading is outside the intended use", "liegt außerhalb der Zweckbestimmung"
    r"|[\w\s'’-]{0,30}?\b(?:is|are|falls?|lies?|ist|sind|liegt|liegen|est|sont)\s+"
    r"(?:outside|beyond|außerhalb|ausserhalb|hors|en\s+dehors)\s+(?:of\s+)?(?:the\s+|der\s+|de\s+l['’]\s*|du\s+|des\s+)?"
    r"(?:intended|scope|indicat|zweckbestimmung|bestimmungsgem|indikation|usage|utilisation|destination|champ|domaine)", re.I)
# What may stand between coordinated terms that share one negation: "not for intravenous,
# epidural or intra-arterial use".
_COORDINATION = re.compile(r"^(?:\s|,|/|\bor\b|\band\b|\bnor\b|\bou\b|\bet\b|\bni\b|"
                           r"\boder\b|\bund\b|\bnoch\b)*$", re.I)


def clause_before(text: str, position: int, floor: int = 0, window: int = 80) -> str:
    """The text of the clause before `position` (at most `window` characters)."""
    start = max(floor, position - window)
    before = text[start:position]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end():] if breaks else before


_WITHOUT = re.compile(r"\b(?:without|ohne|sans|sin|senza|(?-i:[Ss]em))\s+(?:\w+\s+){0,2}$", re.I)
# A preposition of place that opens a term ("at home", "à domicile", "no domicílio", "zu Hause").
_PLACE_PREPOSITION = re.compile(
    r"(?:at|in|à|au|aux|en|no|na|nos|nas|em|zu|im|bei|al|nel|nella|nei|nelle|a|op|te|thuis|w|we)\b", re.I)


# A negated purpose that heads a list: "is not intended for neonates, epidural administration
# or ...", "Not intended for neonates, for epidural ...", "n'est pas destinée aux nouveau-nés,
# à l'administration péridurale", "ist nicht für Neugeborene, epidurale Anwendung ... bestimmt",
# "non è destinata a neonati, somministrazione epidurale", "no está indicada para neonatos, ...".
_LIST_NEGATION = re.compile(
    r"\b(?:not|never)\s+(?:be\s+)?(?:intended|indicated|suitable|designed|approved|recommended|"
    r"foreseen|meant|to\s+be\s+used|for)\b"
    r"|\bnie\s+(?:jest\s+|są\s+|należy\s+)?(?:przeznaczon|wskazan|przewidzian|zalecan|stosować|do\b|dla\b)"
    r"|\bikke\s+(?:beregnet|bestemt|egnet|indiceret|godkendt|til)\b"
    r"|\b(?:není|nejsou)\s+(?:určen|indikován|vhodn|schválen|pro\b)"
    r"|\b(?:n['’]\s*(?:est|sont)|ne\s+(?:sont|doit|doivent|peut|peuvent)(?:\s+être)?)\s+pas\s+"
    r"(?:être\s+)?(?:destiné|indiqué|prévu|conçu|adapté|recommandé|utilisé|pour)"
    r"|\bnon\s+(?:(?:è|sono|deve|devono)\s+)?(?:destinat|indicat|previst|adatt|progettat|destiné|indiqué|prévu)"
    r"|\bnicht\s+(?:für|bestimmt|vorgesehen|geeignet|indiziert|zugelassen|zur|zum)\b"
    r"|\bno\s+(?:(?:está|están|es|son|debe|deben)\s+)?(?:destinad|indicad|previst|diseñad|apt|para)"
    r"|\bniet\s+(?:bedoeld|bestemd|geïndiceerd|geschikt|voor)\b"
    r"|\bnão\s+(?:(?:é|são|está|estão|deve|devem)\s+)?(?:destinad|indicad|previst|concebid|adequad|"
    r"apropriad|aprovad|recomendad|para\b)", re.I)
# What ends the scope of such a negation: the end of the sentence, a contrast, or a verb that
# states something new ("..., but is intended for intravenous use", "and can be used for ...").
_LIST_SCOPE_END = re.compile(
    r"[.;!?]\s|[.;!?]$|\b(?:but|however|whereas|instead|rather|only|mais|seulement|uniquement|aber|"
    r"sondern|jedoch|nur|ma|bensì|solo|pero|sino|solamente|maar|alleen|mas|apenas|somente)\b"
    r"|\b(?:is|are|can|may|must|should|shall|will|est|sont|peut|peuvent|doit|doivent|ist|sind|kann|"
    r"können|muss|müssen|wird|werden|è|sono|può|possono|deve|devono|viene|vengono|es|son|puede|pueden|debe|deben|"
    r"zijn|kan|moet|wordt|worden|é|são|pode|podem|devem|está|estão)\b"
    r"(?!\s+(?:not|never|pas|nicht|non|no|niet|ne|não|n['’]))", re.I)
_LIST_WINDOW = 240


def _list_negated(text: str, position: int, floor: int = 0) -> bool:
    """A negated purpose before `position` in the same sentence scopes over the whole list that
    follows it, not only over its first item."""
    start = max(floor, position - _LIST_WINDOW)
    window = text[start:position]
    heads = list(_LIST_NEGATION.finditer(window))
    if not heads:
        return False
    return not _LIST_SCOPE_END.search(window, heads[-1].end())


_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+")
_NOT_ONLY = re.compile(r"\bnot only\b|\bnon seulement\b|\bnicht nur\b|\bnão (?:só|apenas)\b", re.I)


def without_excluding_sentences(text: str) -> str:
    """`text` without its sentences that exclude a purpose ("It is not foreseen for emergency
    (post-coital) contraception", "nie jest przeznaczona do ..."): what such a sentence names
    is no part of what the text states."""
    if not _LIST_NEGATION.search(text):
        return text
    return " ".join(s for s in _SENTENCE_END.split(text) if not _LIST_NEGATION.search(s))


def without_permission_sentences(text: str) -> str:
    """`text` without its sentences that permit a use ("Der Helm kann auch bei Kraniosynostose
    eingesetzt werden"): what such a sentence names is granted, not excluded."""
    if not PERMISSION_CUE.search(text.lower()):
        return text
    kept = []
    for sentence in _SENTENCE_END.split(text):
        if not permitted_items(sentence, 0, len(sentence)):
            kept.append(sentence)
    return " ".join(kept)


def negated_at(text: str, position: int, floor: int = 0, language: str | None = None) -> bool:
    """Whether a negation of the clause before `position` governs it. In Portuguese text (when
    the `language` is known) "no" is "in the" ("no domicílio", "no hospital"), no negation."""
    clause = clause_before(text, position, floor)
    if _NOT_ONLY.search(clause):
        return False
    cues = list(_NEGATION_BEFORE.finditer(clause))
    if language == "pt":
        cues = [c for c in cues if c.group(0).lower() != "no"]
    if not cues:
        return _list_negated(text, position, floor)
    # "must not be operated without a mask", "darf nicht ohne Maske betrieben werden": two
    # negations require the term.
    without = _WITHOUT.search(clause)
    if without and len(cues) >= 2 and cues[-1].start() == without.start():
        # ... unless "without" has a noun of its own and the term is a place after it: in "Non
        # destiné à l'autotest sans supervision à domicile" the home is where the excluded use
        # would be, not what the use may not go without.
        return len(without.group().split()) > 1 and bool(_PLACE_PREPOSITION.match(text, position))
    return True


# --- interfaces --------------------------------------------------------------------------------

_INTERFACE_SECTIONS = {INTENDED_PURPOSE, INDICATIONS, CONTRAINDICATIONS, MODES}
# "Do not use the mask if the patient vomits", "Maske nicht verwenden, wenn ...", "No utilizar la
# mascarilla en pacientes con ...": a condition under which not to use the interface, not its
# exclusion from the intended use.
_CONDITION_AFTER = re.compile(
    r"[^.;:]{0,60}?(?:\b(?:if|when|whenever|unless|while|in case|in patients|on patients|for patients|"
    r"wenn|falls|sofern|solange|bei patienten|bei personen|si|lorsque|quand|en cas d|chez les? patients?|"
    r"cuando|en pacientes|se|quando|nei pazienti|in pazienti)\b)", re.I)


# A condition for an alternative mode is no exclusion: "by transfemoral access or, when the
# femoral route is not suitable, by subclavian access", "si la voie fémorale ne convient pas",
# "wenn der femorale Zugang ungeeignet ist", "se l'accesso femorale non è idoneo", "cuando la
# vía femoral no es adecuada". A mode named inside the condition is neither stated nor excluded,
# and a negation does not reach across the condition to the alternative.
_CONDITION_CUE = re.compile(
    r"\b(?:when|whenever|if|where|unless|in case|in cases where|in patients in whom|in whom|for whom|"
    r"si|s['’]|lorsque|lorsqu['’]|quand|en cas où|sauf si|chez qui|"
    r"wenn|falls|sofern|soweit|es sei denn|bei denen|"
    r"se|quando|qualora|nel caso in cui|a meno che|nei quali|in cui|"
    r"cuando|en caso de que|salvo que|a menos que|en quienes|en los que|en las que|indien|wanneer)\b"
    r"[^.;:,!?]{0,90}?"
    r"(?:\b(?:not|no longer)\s+(?:be\s+)?(?:suitable|possible|feasible|appropriate|available|accessible|"
    r"an option|advisable|adequate|usable|eligible)|\b(?:unsuitable|infeasible|impossible|"
    r"contraindicated|precluded|inadequate|inaccessible|prohibitive|hostile|too\s+(?:small|narrow|"
    r"tortuous|diseased|calcified))"
    r"|\bne\s+(?:convien(?:t|nent)|permet(?:tent)?)\s+pas|\bn['’](?:est|sont)\s+pas\s+(?:adaptée?s?|"
    r"possibles?|réalisables?|envisageables?|appropriée?s?|accessibles?|indiquée?s?)|\binadaptée?s?|"
    r"\bcontre-indiquée?s?|\btrop\s+(?:petite?s?|étroite?s?|tortueuse?s?)"
    r"|\b(?:ungeeignet|nicht\s+(?:geeignet|möglich|durchführbar|zugänglich|ratsam|verfügbar|angezeigt)|"
    r"unmöglich|kontraindiziert|zu\s+(?:klein|eng|gewunden|verkalkt))"
    r"|\bnon\s+(?:(?:è|sono|sia|siano|risulta|risultano)\s+)?(?:idone[oaie]|adatt[oaie]|possibile|"
    r"praticabile|percorribile|fattibile|indicat[oaie]|accessibile)|\b(?:inadatt[oaie]|controindicat[oaie]|"
    r"impraticabile)"
    r"|\bno\s+(?:(?:es|son|sea|sean|resulta|resultan)\s+)?(?:adecuad[oa]s?|posible|factible|viable|"
    r"apt[oa]s?|accesible|indicad[oa]s?)|\b(?:inadecuad[oa]s?|contraindicad[oa]s?|imposible)"
    r"|\bniet\s+(?:geschikt|mogelijk|haalbaar))"
    r"(?:\s+(?:is|are|ist|sind|est|sont|è|sono|es|son|sea|sean))?(?!\w)", re.I)
# A mode stated as the only one ("for subcutaneous use only", "uniquement par voie
# sous-cutanée", "nur subkutan", "esclusivamente per via sottocutanea", "solo por vía
# subcutánea") is a mode of use, even where a contraindication names the others.
_ONLY = (r"(?:only|solely|exclusively|uniquement|exclusivement|seulement|nur|ausschlie(?:ß|ss)lich|"
         r"soltanto|esclusivamente|unicamente|sólo|solo|únicamente|exclusivamente|solamente|"
         r"uitsluitend|alleen)")
_ONLY_BEFORE = re.compile(rf"(?<!not )(?<!nicht )(?<!non )\b{_ONLY}\b(?:\s+[\w'’.-]+){{0,3}}?\s*$", re.I)
_ONLY_AFTER = re.compile(rf"(?:\s+[\w'’-]+){{0,2}}?\s+{_ONLY}\b"
                         r"(?=\s*(?:[.;,:)!?]|$|\b(?:and|or|et|ou|und|oder|e|o|y)\b))", re.I)
_SENTENCE_BREAK = re.compile(r"[.;!?](?:\s|$)")
_ONLY_CUE = re.compile(rf"\b{_ONLY}\b", re.I)


def _same_sentence(text: str, first: VocabularyMatch, second: VocabularyMatch) -> bool:
    low, high = sorted((first, second), key=lambda m: m.start)
    return not _SENTENCE_BREAK.search(text, low.end, high.start)


def _condition_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _CONDITION_CUE.finditer(text, start, end)]


def _only_mode(text: str, match: VocabularyMatch, start: int, end: int) -> bool:
    return bool(_ONLY_BEFORE.search(text, max(start, match.start - 40), match.start)
                or _ONLY_AFTER.match(text, match.end, min(end, match.end + 40)))


def _is_protocol(entry_id: str) -> bool:
    """A protocol of use (`protocol: true` in vocabulary/interfaces.yaml): implant loading,
    placement, fixation, pump use."""
    return bool(vocabulary("interfaces").entries.get(entry_id, {}).get("protocol"))


_ADMINISTRATION_ROUTES = frozenset({"intravenous", "subcutaneous", "epidural", "intrathecal",
                                    "intra_arterial", "intra-arterial", "enteral"})
_PLACE_NOUN_AFTER = re.compile(
    r"(?:\s+|-)(?:pockets?|tunnels?|tissues?|fat|layers?|emphysema|space|spaces|implant\w*|placement|"
    r"position\w*|insertion|leads?|electrodes?|ports?|pouch\w*|poches?|tunnels?|gewebe\w*|tasche\w*|"
    r"poles?|stands?|rods?|ständer\w*|"  # "IV pole", "IV-Ständer": equipment, not a route
    r"tessut\w*|tasca|tejido\w*|bolsillo\w*|bolsa)\b", re.I)
# French, Italian and Spanish put the adjective after the noun: "implantation sous-cutanée",
# "poche sous-cutanée", "impianto sottocutaneo", "bolsillo subcutáneo"; and an adverb follows
# the verb that places the device: "the port is implanted subcutaneously", "implanté en
# sous-cutané", "impiantato per via sottocutanea".
_PLACE_NOUN_BEFORE = re.compile(
    r"\b(?:implantation|poches?|tunnels?|tissus?|pose|insertion|impianto|inserimento|tasca|tessuto|"
    r"implante|inserción|bolsillo|tejido|bolsa|"
    r"implanted|placed|positioned|inserted|tunnell?ed|located|buried|"
    r"implantée?s?|placée?s?|posée?s?|positionnée?s?|impiantat[oaie]|posizionat[oaie]|"
    r"implantad[oa]s?|colocad[oa]s?)\s+(?:(?:en|per\s+via|por\s+v[íi]a)\s+)?$", re.I)


@lru_cache(maxsize=1)
def _drug_patterns() -> tuple[re.Pattern, re.Pattern]:
    """Patterns for a drug class right after or right before a route (knowledge/drug_classes.yaml)."""
    stems = sorted({stem.lower() for entry in knowledge.load("drug_classes")["entries"]
                    for stem in entry["stems"]}, key=lambda t: (-len(t), t))
    drug = r"[^\W\d_]*(?:" + "|".join(re.escape(stem) for stem in stems) + r")[\w-]*"
    # "intravenous bisphosphonate therapy", "i.v. bisphosphonates", "Intravenózní léčba
    # bisfosfonáty", "intravenous therapy with antibiotics": only therapy nouns and
    # prepositions may stand between the route and the drug
    between = (r"(?:therap\w*|treatment|traitement|behandlung|léčb\w*|terapi\w*|tratamiento|"
               r"trattamento|behandeling|leczeni\w*|with|mit|par|avec|con|di|de|by|s|z|met)")
    after = re.compile(r"[\s-]*(?:" + between + r"\s+){0,2}" + drug + r"(?![\w-])", re.I)
    # "traitement par bisphosphonates intraveineux", "bisfosfonati per via endovenosa",
    # "Zoledronsäure i.v.": the drug right before the route
    before = re.compile(r"(?<![\w-])" + drug + r"\s+(?:(?:per|par|por)\s+(?:via|voie|vía)\s+|per\s+|par\s+)?$",
                        re.I)
    return after, before


def _drug_route(text: str, m, start: int, end: int) -> bool:
    """The route qualifies a drug the patient receives, not the device's mode of use."""
    after, before = _drug_patterns()
    return bool(after.match(text, m.end, min(end, m.end + 80))
                or before.search(text, max(start, m.start - 60), m.start))


# The therapy a patient is on, by route: "not controlled on topical medication", "despite
# maximal topical therapy", "non controllato con terapia topica", "no controlado con medicación
# tópica", "trotz topischer Therapie". A therapy noun with a route says nothing of the device
# unless the patient is said to be on it ("for intravenous medication" stays a mode of use).
_THERAPY_NOUN = (r"(?:medications?|medicines?|drugs?|drops|therap(?:y|ies)|treatments?|médicaments?|"
                 r"traitements?|collyres?|thérapie|medicaci[oó]n|medicamentos?|f[aá]rmacos|"
                 r"tratamientos?|farmaci|trattament[oi]|terapia|colliri|medikation|medikamente|"
                 r"therapie|behandlung|augentropfen)")
_ON_THERAPY = (r"\b(?:on|under|despite|refractory to|intolerant (?:of|to)|(?:un)?controlled (?:on|by|with)|"
               r"failure of|failed|sous|malgré|contrôlée? (?:par|sous)|réfractaire à|bajo|pese a|"
               # the therapy that failed: "tras fracaso de la terapia intravenosa", "après échec
               # du traitement", "nach Versagen der Therapie", "dopo fallimento della terapia"
               r"fracaso de|fallo de|échec d[eu]|échec de la|versagen|fallimento d[ie]l?l?[ao]?|"
               r"falha d[aoe]|selhání|niepowodzeniu|niepowodzenia|"
               r"controlad[oa]s? con|nonostante|controllat[oia] con|unter|trotz|ondanks)"
               r"(?:\s+(?:a|an|the|maximal|maximum|maximally tolerated|optimal|optimised|optimized|"
               r"conventional|standard|la|le|les|una?|el|il|de|der|die|einer|maximale[rn]?|massimal[ei]))*")
_THERAPY_NOUN_AFTER = re.compile(r"\s+" + _THERAPY_NOUN + r"\b", re.IGNORECASE)
_ON_THERAPY_BEFORE = re.compile(_ON_THERAPY + r"\s+$", re.IGNORECASE)
_ON_THERAPY_NOUN_BEFORE = re.compile(_ON_THERAPY + r"\s+" + _THERAPY_NOUN + r"\s+$", re.IGNORECASE)


def _patient_therapy_route(text: str, m, start: int, end: int) -> bool:
    """The route of a therapy the patient is on, not the device's mode of use."""
    window = max(start, m.start - 60)
    return bool((_THERAPY_NOUN_AFTER.match(text, m.end, min(end, m.end + 30))
                 and _ON_THERAPY_BEFORE.search(text, window, m.start))
                or _ON_THERAPY_NOUN_BEFORE.search(text, window, m.start))


_AVOIDED_BEFORE = re.compile(
    r"\b(?:avoid(?:s|ing)?|prevent(?:s|ing)?|obviat(?:e|es|ing)|spar(?:e|es|ing)|instead of|"
    r"(?:reduce|reduces|reducing|lower|lowers) the (?:need|rate) (?:for|of)|as an alternative to|"
    r"éviter|évite\w*|prévenir|au lieu d['’]|zu vermeiden|vermeid\w*|verhinder\w*|statt|anstelle|"
    r"evitar\w*|evitare|prevenire|invece d[ie]|en lugar de|vermijd\w*|voorkom\w*|in plaats van)"
    r"\s+(?:(?:the|a|an|la|le|les|die|der|den|eine?n?|il|lo|el|los|las|de|het|een)\s+|"
    r"[ld]['’]\s*)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


_NAME_WORD = re.compile(r"[^\W_][\w-]*")
_WORD_BEFORE = re.compile(r"([^\W_][\w-]*)\s+$")


def _in_device_name(document: Document, text: str, match: VocabularyMatch) -> bool:
    """True when an abbreviation and the capitalised word before it ("Palliflo SC", "Ventura
    IV") are both words of the document's title, that is of the device's name."""
    before = _WORD_BEFORE.search(text, max(0, match.start - 40), match.start)
    if before is None or not before.group(1)[:1].isupper():
        return False
    title = next((b.text for b in document.blocks if b.kind is BlockKind.HEADING), "")
    words = set(_NAME_WORD.findall(title))
    return text[match.start:match.end] in words and before.group(1) in words


# The therapies patients are (not) candidates for, listed beside surgery: "judged unsuitable
# for conventional surgery or transcatheter edge-to-edge repair", "weder für eine Operation noch
# für eine kathetergestützte Reparatur geeignet", "non éligibles à la chirurgie ni à une
# réparation percutanée". The route qualifies the alternative, not the device's use.
_ALTERNATIVE_THERAPY_BEFORE = re.compile(
    r"\b(?:eligible|ineligible|suitable|unsuitable|candidates?|geeignet\w*|ungeeignet\w*|weder|"
    r"éligibles?|inéligibles?|candidats?|idone[io]|candidat[oi]|elegibles?|candidatos?|"
    r"geschikt\w*|kandidaten)\b[^.;:]{0,60}?"
    r"\b(?:surgery|surgical|operation|chirurgie|chirurgical\w*|Operation|operativ\w*|chirurgia|"
    r"chirurgic\w*|cirugía|quirúrgic\w*|operatie|chirurgische)\b[^.;:]{0,25}?"
    r"\b(?:or|nor|ou|ni|noch|oder|o|né|ni|of|and|und|et|e|y|en)\b"
    # "... and not suitable for transcatheter repair", "et non éligibles à", "und nicht für"
    r"(?:\s+(?:not|nicht|non|pas|no|niet))?"
    r"(?:\s+(?:suitable|eligible|candidates?|geeignet\w*|éligibles?|idone[io]|adatt[oi]|"
    r"elegibles?|aptos?|geschikt))?(?:\s+(?:für|à|a|for|per|para|voor))?"
    r"(?:\s+(?:a|an|the|une?|la|le|l['’]|eine?r?n?|una?|el|de|een))?\s*(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE)


@lru_cache(maxsize=1)
def _combined_device_parts() -> frozenset[str]:
    data = (knowledge.load("vocabulary/section_titles") or {}).get("combined_device_parts") or {}
    return frozenset(" ".join(t.lower().split()) for t in flatten_terms(data.get("terms")))


@lru_cache(maxsize=4096)
def _device_and_purpose_heading(heading: str) -> bool:
    """A heading that names the device (or its description) and the intended purpose as one
    section: "2) Device and intended purpose", "B. Device description and intended purpose",
    "Produkt und Zweckbestimmung" (vocabulary/section_titles.yaml `combined_device_parts`)."""
    if INTENDED_PURPOSE not in heading_kinds(heading):
        return False
    parts = _combined_device_parts()
    return any(" ".join(segment.lower().split()) in parts
               for segment in _SEGMENT_SPLIT.split(_heading_title(heading)))


# verb-final: "um eine Intubation zu vermeiden", "om intubatie te voorkomen"
_AVOIDED_AFTER = re.compile(r"\s+(?:zu\s+|te\s+)?(?:vermeiden|verhindern|ersparen|voorkomen|vermijden)\b",
                            re.IGNORECASE)


def _interface_facts(document: Document, unit: Unit) -> Iterator[Fact]:
    if OTHER in unit.kinds:
        return
    # the target population's section names the interface as well: "Adults ventilated through
    # an endotracheal tube", "... surgery under general anaesthesia with endotracheal intubation"
    if not (unit.kinds & _INTERFACE_SECTIONS or _purpose_sentence(unit.text)
            or (not unit.kinds and in_population_section(unit.block, document.language))):
        return
    if not (unit.kinds & (_INTERFACE_SECTIONS - {INTENDED_PURPOSE})) and unit.block.heading_path \
            and unit.block.kind is BlockKind.TABLE_ROW and _device_and_purpose_heading(unit.block.heading_path[-1]) \
            and not _purpose_sentence(unit.text):
        # "2) Device and intended purpose": its component table ("Nasal cannula size M")
        # describes the device, as the device description of the other documents does, which
        # is not read for the intended use either. Its prose is read as under an intended
        # purpose heading: the same eligibility sentence ("adults eligible for percutaneous
        # coronary intervention") stands under "Intended purpose" in the other documents.
        return
    block = unit.block
    text = block.normalized
    matches = vocabulary("interfaces").find(text, unit.start, unit.end, document.language)
    coordinated = coordinated_modifiers(vocabulary("interfaces"), text, unit.start, unit.end,
                                        matches, document.language)
    if coordinated:
        matches = sorted(matches + coordinated, key=lambda m: m.start)
    # "Palliflo SC", "Ventura IV": an abbreviation that is part of the device's name
    matches = [m for m in matches if not (m.abbreviation and _in_device_name(document, text, m))]
    # "no subcutaneous pocket", "a subcutaneous tunnel": the adjective places a part of the
    # device or of the procedure, it does not name a route of administration
    matches = [m for m in matches
               if not (m.id in _ADMINISTRATION_ROUTES
                       and (_PLACE_NOUN_AFTER.match(text, m.end, unit.end)
                            or _PLACE_NOUN_BEFORE.search(text, max(unit.start, m.start - 20), m.start)
                            or _drug_route(text, m, unit.start, unit.end)))]
    # "Faire progresser le guide dans la veine", "en la vena femoral": a device part placed
    # in a vein, not a route of administration
    matches = [m for m in matches if not (m.id == "intravenous" and _vessel_placement(text, m, unit.start, unit.end))]
    # "to enable protective ventilation or avoid intubation": what the device spares the
    # patient is not its mode of use
    matches = [m for m in matches
               if not (_AVOIDED_BEFORE.search(text, max(unit.start, m.start - 40), m.start)
                       or _patient_therapy_route(text, m, unit.start, unit.end)
                       or _AVOIDED_AFTER.match(text, m.end, unit.end)
                       or _ALTERNATIVE_THERAPY_BEFORE.search(text, max(unit.start, m.start - 120),
                                                             m.start))]
    matches += _elliptic_matches(text, unit.start, unit.end, matches)
    matches = sorted(matches + _approach_modifiers(text, unit.start, unit.end, matches),
                     key=lambda m: m.start)
    if not matches:
        return
    conditions = _condition_spans(text, unit.start, unit.end)
    if conditions:
        matches = [m for m in matches if not any(s <= m.start < e for s, e in conditions)]
    negations = []
    for m in matches:
        floor = max([e for s, e in conditions if e <= m.start], default=unit.start)
        stop = min([s for s, e in conditions if s >= m.end], default=unit.end)
        negations.append(CONTRAINDICATIONS in unit.kinds
                         or (negated_at(text, m.start, floor, document.language)
                             and not _CONDITION_AFTER.match(text, m.end, stop))
                         or bool(_NEGATION_AFTER.match(text, m.end, stop)))
    only = ([_only_mode(text, m, unit.start, unit.end) for m in matches]
            if _ONLY_CUE.search(text, unit.start, unit.end) else [False] * len(matches))
    for i in range(1, len(matches)):
        if only[i] and _COORDINATION.match(text[matches[i - 1].end:matches[i].start]):
            only[i - 1] = True
    if any(only):
        # "Patients who need intravenous or epidural infusion: for subcutaneous use only",
        # "subcutaneous use only, never intravenous": the other modes are excluded
        alone = [m for m, is_alone in zip(matches, only) if is_alone]
        negations = [negated or (not is_alone and m.id not in {a.id for a in alone}
                                 and any(_same_sentence(text, m, a) for a in alone))
                     for m, negated, is_alone in zip(matches, negations, only)]
        negations = [negated and not is_alone for negated, is_alone in zip(negations, only)]
    # Coordinated terms share their negation, whether it stands before the first ("not for
    # intravenous, epidural or intra-arterial use") or after the last ("IV and epidural
    # administration are excluded").
    for i in range(1, len(matches)):
        if negations[i - 1] and not only[i] and _COORDINATION.match(text[matches[i - 1].end:matches[i].start]):
            negations[i] = True
    for i in range(len(matches) - 2, -1, -1):
        if negations[i + 1] and not only[i] and _COORDINATION.match(text[matches[i].end:matches[i + 1].start]):
            negations[i] = True
    circumstances = (_circumstantial(text, unit.start, matches, negations, only, document.language)
                     if CONTRAINDICATIONS in unit.kinds else [False] * len(matches))
    for m, negated, circumstance in zip(matches, negations, circumstances):
        if negated and _alternative_advice(text, m, unit.start, unit.end):
            # "Limited mouth opening (use fibreoptic intubation)", "(utiliser l'intubation
            # fibroscopique)": advice on the technique to use instead excludes no mode
            continue
        if negated and _PATIENT_CANNOT.search(text, max(unit.start, m.start - 40), m.start):
            # "Patients unable to remove the mask unaided": a patient's condition, the interface
            # itself stays the device's
            continue
        if negated and _authorised_route(text, m, unit.start, unit.end):
            # "Products not authorised for subcutaneous use", "nicht für die subkutane Gabe
            # zugelassene Arzneimittel": the route bounds which products may be given, the
            # device's own route is neither stated nor excluded
            continue
        if circumstance:
            # "Insufficient bone stock for cementless fixation", "Severe COPD (for subclavian
            # placement)", "Coagulopathy when the transseptal route is planned": a patient's
            # condition for a mode of use, which neither states nor excludes the mode
            continue
        yield make_fact(document, block, FactKind.INTERFACE,
                        Concept(m.id, block.quote(m.start, m.end), negated=negated), (m.start, m.end))


# Advice on the technique to use instead, after a bracket, dash, colon or semicolon, or after
# "instead" / "alternatively": "(use fibreoptic intubation)", "– consider awake fibreoptic
# intubation", "(utiliser l'intubation fibroscopique)", "(fiberoptische Intubation verwenden)",
# "(usare l'intubazione con fibroscopio)", "(utilice intubación con fibroscopio)", "(gebruik
# fiberoptische intubatie)", "(zastosować intubację fiberoskopową)", "(använd fiberoptisk
# intubation)". "Use of the subclavian route" (a contraindicated mode) is no advice.
_ADVICE_VERB = (r"(?:use(?!\s+of\b)|consider|prefer|choose|select|switch\s+to|resort\s+to|perform|"
                r"utiliser|utilisez|utilisez\s+plutôt|préférer|préférez|privilégier|privilégiez|"
                r"envisager|envisagez|recourir\s+(?:à|a)|opter\s+pour|"
                r"verwenden\s+sie|wählen\s+sie|erwägen\s+sie|"
                r"usare|utilizzare|preferire|considerare|ricorrere\s+a|"
                r"utilizar|utilice|usar|use|preferir|considerar|recurrir\s+a|"
                r"gebruik|gebruiken|overweeg|kies\s+voor|"
                r"użyć|użyj|zastosować|zastosuj|rozważyć|rozważ|"
                r"använd|använda|överväg|välj)")
_INSTEAD = (r"\b(?:instead|alternatively|otherwise|à la place|plutôt|sinon|stattdessen|alternativ|"
            r"ansonsten|invece|in alternativa|altrimenti|en su lugar|como alternativa|"
            r"in plaats daarvan|anders|zamiast tego|alternatywnie|istället|alternativt)\b")
# The words from a bracket, dash, colon, semicolon or "instead" up to the mode.
_ADVICE_SPAN = re.compile(
    rf"(?:[(\[–—:;→]|\s-\s|{_INSTEAD})[,:]?\s*(?:[^\W\d][\w'’-]*[\s,]+|[lLdD]['’]){{0,5}}$", re.I)
_ADVICE_CUE = re.compile(rf"{_INSTEAD}|\b{_ADVICE_VERB}\b", re.I)
_ADVICE_VERB_AFTER = re.compile(
    r"(?:\s+[^\W\d][\w'’-]*){0,2}\s+(?:verwenden|anwenden|einsetzen|durchführen|bevorzugen|"
    r"erwägen|wählen|vornehmen|gebruiken|toepassen|overwegen)\s*[)\].;]", re.I)


# A patient who cannot handle the interface: "unable to remove the mask", "cannot tolerate a
# nasal mask", "incapable de retirer le masque", "nicht in der Lage, die Maske abzunehmen".
# The route for which a product is authorised, approved, licensed or labelled, before it ("not
# authorised for subcutaneous administration", "no autorizados para vía subcutánea", "neschválené
# pro subkutánní podání", "niedopuszczone do podawania podskórnego") or, verb-final, after it
# ("nicht für die subkutane Anwendung zugelassen", "niet voor subcutaan gebruik geregistreerd").
_AUTHORISED = (r"(?:un|non-?|ne|nie)?(?:authori[sz]ed|approved|licen[sc]ed|label(?:l)?ed|registered|"
               r"autoris[ée]e?s?|approuv[ée]e?s?|homologu[ée]e?s?|zugelassen\w*|autorizad[oa]s?|"
               r"aprobad[oa]s?|aprovad[oa]s?|autorizzat[oiae]|approvat[oiae]|registrovan\w*|schválen\w*|"
               r"dopuszczon\w*|zarejestrowan\w*|zatwierdzon\w*|geregistreerd|goedgekeurd|toegelaten)")
_ROUTE_USE = (r"(?:for|pour|für|zur|para|per|pro|do|voor|the|la|le|les|l['’]|die|den|el|il|lo|a|à|"
              r"use|usage|uso|utilisation|utilizzo|administration|administración|administração|"
              r"somministrazione|anwendung|gabe|verabreichung|podání|použití|podawania|podania|"
              r"stosowania|gebruik|toediening|via|voie|vía|route|by)")
_AUTHORISED_BEFORE = re.compile(r"\b" + _AUTHORISED + r"\s+(?:" + _ROUTE_USE + r"\s+){1,4}$", re.IGNORECASE)
_AUTHORISED_AFTER = re.compile(r"\s+(?:" + _ROUTE_USE + r"\s+){0,2}" + _AUTHORISED + r"\b", re.IGNORECASE)


def _authorised_route(text: str, m, start: int, end: int) -> bool:
    """The route names what a product is authorised for, not how the device is used."""
    return bool(_AUTHORISED_BEFORE.search(text, max(start, m.start - 60), m.start)
                or _AUTHORISED_AFTER.match(text, m.end, min(end, m.end + 60)))


_PATIENT_CANNOT = re.compile(
    r"\b(?:unable|not able|inability|incapable|cannot|can ?not|unfähig|nicht in der lage|incapables?|"
    r"incapaci|incapaces|non in grado)\b[^.;:]{0,25}?\b(?:to|de|d'|zu|di|a)?\s*[\w'’-]+\s+"
    r"(?:(?:the|a|an|their|his|her|le|la|les|son|sa|ses|die|den|das|il|lo|el|los)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE)
# A patient's need for a mode, before it ("requiring", "who need", "nécessitant",
# "qui nécessitent", "che necessitano di", "que requieren", "die ... benötigen") or, verb-final,
# after it ("die eine invasive Beatmung benötigen", "die invasieve beademing nodig hebben").
_NEEDS_BEFORE = re.compile(
    r"\b(?:requir(?:e|es|ing)|need(?:s|ing)?|dependent on|dependant on|"
    r"nécessit(?:ant|e|ent)|requ(?:iert|ièrent|érant)|ayant besoin d['’e]|"
    r"richied(?:e|ono|ente|enti)|necessit(?:a|ano|ante|anti)|hanno bisogno d[i']|dipendenti da|"
    r"requier(?:e|en)|requiriendo|necesit(?:a|an|ando)|dependientes de|"
    r"necessit(?:am|ando)|requer(?:em|endo)|"
    r"benötig(?:en|t|end)|brauch(?:en|t)|angewiesen auf|erforder(?:n|t)|"
    r"nodig hebben|nodig heeft|afhankelijk van|vereis(?:en|t))\b"
    r"(?:\s+(?:of|di|de|d['’]|da|the|a|an|une?|la|le|l['’]|eine?n?|el|los|las|il|lo|een|de|het))*\s*"
    r"(?:[\w-]+\s+){0,1}$", re.IGNORECASE)
_NEEDS_AFTER = re.compile(
    r"\s*(?:benötig(?:en|t)|brauch(?:en|t)|erforder(?:n|t)|angewiesen|nodig hebben|nodig heeft|vereis(?:en|t)|"
    r"need|needs|require|requires)\b", re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(r"\b(?:die|der|who|that|welche)\b[^.;:,()]{0,30}$", re.IGNORECASE)


def _patient_needs(text: str, m, start: int, end: int) -> bool:
    """Whether the mode at `m` is one the patient needs ("requiring invasive ventilation")."""
    if _NEEDS_BEFORE.search(text, max(start, m.start - 40), m.start):
        return True
    return bool(_NEEDS_AFTER.match(text, m.end, end)
                and _RELATIVE_BEFORE.search(text, max(start, m.start - 40), m.start))


_EXCLUDING_WORDS = re.compile(r"\b(?:not|no|never|nor|without|nicht|kein\w*|ne|pas|jamais|sans|non|mai|"
                              r"senza|nunca|sin|niet|geen)\b|\bfor use\b|\bzur Anwendung\b", re.IGNORECASE)


def _alternative_advice(text: str, match: VocabularyMatch, start: int, end: int) -> bool:
    """Whether the mode at `match` is named as the technique to use instead."""
    span = _ADVICE_SPAN.search(text[max(start, match.start - 70):match.start])
    if span is None or _EXCLUDING_WORDS.search(span.group(0)):
        return False  # "; not for use with tracheostomy": an exclusion, not advice
    return bool(_ADVICE_CUE.search(span.group(0)) or _ADVICE_VERB_AFTER.match(text, match.end, end)
                or re.match(rf"[^.;]{{0,40}}?{_INSTEAD}", text[match.end:end], re.I))


# Words that may lead a contraindicated mode of use in its item, so that the item excludes
# the mode itself (a patient who needs the mode is a patient the device is not for): "Patients
# requiring intravenous infusion", "Transfemoral access", "Use of the subclavian route", "Implantation via the
# subclavian vein", "Der transseptale Zugang", "Voie sous-clavière", "L'accesso succlavio".
# Anything else before the mode (a condition: "Severe COPD (for subclavian placement)",
# "Schwere pAVK, die eine femorale Platzierung verhindert") makes the mode its circumstance.
_LEAD_WORDS = frozenset("""
the a an any all la le les un une des du de d l au aux à die der das den dem ein eine einen einer
eines il lo gli i uno una del della dello dei degli delle al alla el los las het een
use using usage utilisation utiliser emploi employer anwendung verwendung einsatz uso utilizzo
impiego empleo gebruik of via through by with per par pour über durch mittels mit con tramite
mediante por para van door met langs für voor for
implant implanting implantation implantations insertion inserting placement placing delivery
puncture approach access route pose ponction mise place abord voie voies accès implantieren
platzierung einführung punktion zugang zugangsweg impianto inserimento posizionamento puntura
accesso approccio implante colocación inserción punción acceso abordaje vía implantatie
plaatsing inbrenging toegang benadering procedure procedures procédure procédures eingriff
procedura procedimiento intervention interventions
or and nor ou et ni oder und noch o e y né of
patient patients who that which requiring require requires need needs needing dependent candidates
patienten benötigen brauchen erfordern bedürfen benötigt qui nécessitant nécessitent besoin ont
pazienti che richiedono necessitano richiedenti pacientes paciente que requieren requiere necesitan
patiënten nodig hebben vereisen
""".split())
_LEAD_WORD = re.compile(r"[^\W\d_]+")
_LEAD_GAP = re.compile(r"[\s\-–•*·:,/'’()]*")
# A contraindication that names the mode it excludes: "contraindicated for transfemoral use",
# "ist für den transseptalen Zugang kontraindiziert" (the negation after is read elsewhere).
_EXCLUDING_PREDICATE = re.compile(
    r"\b(?:contra-?indicated|kontraindiziert|contre-indiqu[ée]e?s?|controindicat[oaie]|"
    r"contraindicad[oa]s?|gecontra-?[ïi]ndiceerd|excluded|exclue?s?|ausgeschlossen|esclus[oaie]|"
    r"excluid[oa]s?|uitgesloten)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _lead_words() -> frozenset[str]:
    """`_LEAD_WORDS` with the nouns of use and approach words of vocabulary/interfaces.yaml."""
    data = knowledge.load("vocabulary/interfaces") or {}
    words = set(_LEAD_WORDS)
    for key in ("route_use_nouns", "approach_cues"):
        for language, terms in (data.get(key) or {}).items():
            if language != "source":
                words.update(w.lower() for t in terms or [] for w in _LEAD_WORD.findall(str(t)))
    return frozenset(words)


def _leads(text: str, start: int, end: int) -> bool:
    """Only lead words (articles, prepositions, nouns of use) stand in `text[start:end]`."""
    position = start
    words = _lead_words()
    for word in _LEAD_WORD.finditer(text, start, end):
        if not _LEAD_GAP.fullmatch(text, position, word.start()) or word.group(0).lower() not in words:
            return False
        position = word.end()
    return bool(_LEAD_GAP.fullmatch(text, position, end))


# What attaches a mode to the condition before it as that condition's circumstance: "Severe
# COPD (for subclavian placement)", "disease that prevents femoral placement", "Coagulopathy
# when the transseptal route is planned", "Schwere pAVK, die eine femorale Platzierung
# verhindert", "BPCO sévère (en cas de pose sous-clavière)", "EPOC grave (cuando se prevé ...)".
# The word before the cue must be part of the condition, not a coordinator: "pregnancy and for
# enteral feeding" lists a mode the item excludes.
_CIRCUMSTANCE_CUE = re.compile(
    r"([^\W\d_][\w-]*)\s*(?:(\(\s*)|(,\s*))?\b("
    r"for|when|whenever|if|where|in case of|during|that|which|preventing|precluding|prevents?|precludes?|"
    r"pour|lors|lorsque|lorsqu|si|en cas|quand|qui|empêchant|empêche|interdisant|"
    r"bei|wenn|falls|sofern|im falle|die|der|das|welche[rs]?|"
    r"per|in caso|quando|se|durante|che|impedendo|impedisce|"
    r"para|en caso|cuando|que|impidiendo|impide|"
    r"bij|voor|wanneer|indien|als|tijdens|dat)\b", re.IGNORECASE)
# After a comma a preposition starts the next item of a list ("pregnancy, for enteral
# feeding"); a conjunction or a relative pronoun still attaches ("Coagulopathy, when ...",
# "Koagulopathie, wenn ...", "Schwere pAVK, die ...").
_NOT_AFTER_COMMA = frozenset({"for", "pour", "per", "para", "voor", "bei", "bij", "during", "durante",
                              "tijdens", "lors"})


def _attached_circumstance(text: str, start: int, end: int) -> bool:
    """A cue in `text[start:end]` attaches what follows to the condition before it."""
    words = _lead_words()
    for cue in _CIRCUMSTANCE_CUE.finditer(text, start, end):
        before = cue.group(1).lower()
        if before in words and before not in ("die", "der", "das"):
            continue
        if cue.group(3) is not None and cue.group(4).lower() in _NOT_AFTER_COMMA:
            continue
        return True
    return False


def _circumstantial(text: str, start: int, matches: list[VocabularyMatch], negations: list[bool],
                    only: list[bool], language: str | None = None) -> list[bool]:
    """For each mode a contraindication names: True when the item names it only as the
    circumstance of a patient's condition, not as a mode it excludes. A mode is excluded when
    a negation governs it ("Do not implant via the subclavian vein", "Ne pas utiliser par voie
    sous-clavière", "Der transseptale Zugang ist kontraindiziert"), when it leads the item
    ("Transfemoral access", "Intravenous or epidural administration"), when an excluding
    predicate leads to it ("contraindicated for transfemoral use"), or when another mode is
    stated as the only one."""
    out = []
    anchor = start
    for m, negated, alone in zip(matches, negations, only):
        if not negated or alone:
            out.append(False)
            continue
        # an item of an inline list starts after its separator: "nicht anwenden bei: Gabe von
        # Blutprodukten; enterale Ernährung"
        anchor = max(anchor, max((text.rfind(sep, anchor, m.start) + 1 for sep in ";:"), default=anchor))
        predicate = None
        for predicate in _EXCLUDING_PREDICATE.finditer(text, anchor, m.start):
            pass
        leading = (_leads(text, anchor, m.start)
                   or (predicate is not None and _leads(text, predicate.end(), m.start)))
        # "Patients requiring intravenous infusion", "Lactantes que requieren ventilación
        # invasiva", "Säuglinge, die eine invasive Beatmung benötigen": a contraindicated need
        # for the mode excludes it, whether a participle or a relative clause states the need
        excluded = (leading or negated_at(text, m.start, start, language)
                    or bool(_NEGATION_AFTER.match(text, m.end, min(len(text), m.end + 120)))
                    or any(only) or _patient_needs(text, m, anchor, len(text)))
        # a protocol of use after a condition is its circumstance ("Insufficient bone stock for
        # cementless fixation"); a route, only where a cue attaches it to the condition
        out.append(not excluded and (_is_protocol(m.id) or _attached_circumstance(text, anchor, m.start)))
        if leading:
            anchor = m.end  # coordinated modes: "Intravenous or epidural administration"
    return out


@lru_cache(maxsize=1)
def _vessel_placement_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(a prepositional plain-language route, a device part before it, a named vessel after it,
    a device part right after it) from vocabulary/interfaces.yaml `vessel_placement`."""
    data = (knowledge.load("vocabulary/interfaces") or {}).get("vessel_placement") or {}

    def alternation(key: str) -> str:
        words = sorted({str(w) for lang, ws in (data.get(key) or {}).items() for w in ws or []},
                       key=lambda w: (-len(w), w))
        return "|".join(re.escape(w) for w in words) or r"(?!x)x"

    phrase = re.compile(r"(?:into|in|dans|en|nella|nelle|nel|in)\s", re.I)
    part = re.compile(rf"(?<!\w)(?:{alternation('device_parts')})(?:s|e|en|es|n)?(?!\w)[^.;:!?]{{0,60}}$", re.I)
    vessel = re.compile(rf"\s+(?:{alternation('vessel_words')})(?!\w)", re.I)
    part_after = re.compile(rf"\s+(?:{alternation('device_parts')})(?:s|e|en|es|n)?(?!\w)", re.I)
    return phrase, part, vessel, part_after


def _vessel_placement(text: str, m: VocabularyMatch, start: int, end: int) -> bool:
    """A plain-language "into the vein" that places a device part ("advance the guidewire into
    the vein") or names a vessel of access ("dans la veine fémorale")."""
    phrase, part, vessel, part_after = _vessel_placement_patterns()
    if phrase.match(text, m.start, m.end):
        return bool(vessel.match(text, m.end, end) or part.search(text, max(start, m.start - 80), m.start))
    # "de voerdraad wordt intraveneus opgevoerd", "the intravenous sheath": the adjective places
    # a part, unless a noun of use makes it the route ("sheath for intravenous administration")
    inside, after, _ = _use_noun_patterns()
    if inside.search(text, m.start, m.end) or after.match(text, m.end, end):
        return False
    return bool(part_after.match(text, m.end, end) or part.search(text, max(start, m.start - 80), m.start))


@lru_cache(maxsize=1)
def _use_noun_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(a noun of use inside a term, right after a term, right before a term)."""
    data = (knowledge.load("vocabulary/interfaces") or {}).get("route_use_nouns") or {}
    words = sorted({str(w) for lang, ws in data.items() if lang != "source" for w in ws or []},
                   key=lambda w: (-len(w), w))
    alternation = "|".join(re.escape(w) for w in words) or r"(?!x)x"
    return (re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.I),
            re.compile(rf"\s*(?:[\w'’-]+\s+){{0,2}}?(?:{alternation})(?!\w)", re.I),
            re.compile(rf"(?<!\w)(?:{alternation})\s+(?:[\w'’-]+\s+){{0,2}}$", re.I))


# Bare modifiers coordinated with an interface term whose head noun they share: "endotracheal
# or tracheostomy tube", "invasive (endotracheal, tracheostomy)", "nasal or full-face mask".
_COORDINATED_BEFORE = re.compile(
    r"((?:[^\W\d_][\w-]*\s*(?:(?:,|/|\bor\b|\band\b|\bou\b|\bet\b|\boder\b|\bund\b|\bo\b|\by\b|\be\b)\s*)+)+)$",
    re.I)
_COORDINATED_AFTER = re.compile(
    r"\s*(?:,|/|\bor\b|\band\b|\bou\b|\bet\b|\boder\b|\bund\b|\bo\b|\by\b|\be\b)\s*([^\W\d_][\w-]*)(?=\s*[,/);.]|\s*$)",
    re.I)
_BARE_WORD = re.compile(r"[^\W\d_][\w-]*")
_COORDINATED_NEXT = re.compile(
    r"\s*(?:,|/|\bor\b|\band\b|\bou\b|\bet\b|\boder\b|\bund\b|\bo\b|\by\b|\be\b)\s*([^\W\d_][\w-]*)", re.I)
_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w-]*)")
_PREVIOUS_WORD = re.compile(r"([^\W\d_][\w-]*)\s+$")
_COORDINATORS = frozenset({"or", "and", "ou", "et", "oder", "und", "o", "y", "e"})
# "Abdominal- oder Beckenchirurgie": the compound that completes a hyphen ellipsis.
_COMPOUND_ELLIPSIS = re.compile(r"[^\W\d_]+-\s+(?:oder|und|bzw\.?|of|en)\s+([^\W\d_][\w-]*)", re.I)


def _compound_tails(noun: str) -> tuple[str, ...]:
    """The tails of a German compound that may be nouns of their own ("Beckenchirurgie" ->
    "chirurgie", ...), longest first; nothing for a short word."""
    if len(noun) < 10:
        return ()
    return tuple(noun[k:] for k in range(3, len(noun) - 5))


@lru_cache(maxsize=1)
def _term_heads() -> dict[str, tuple[str, ...]]:
    """Single-word interface term -> the head nouns its longer terms add ("tracheostomy" ->
    "tube", from "tracheostomy tube")."""
    heads: dict[str, set[str]] = {}
    for entry in vocabulary("interfaces").entries.values():
        terms = entry.get("terms") or {}
        words_list = [str(t).lower().split()
                      for ts in (terms.values() if isinstance(terms, dict) else [terms]) for t in ts or []]
        singles = {w[0] for w in words_list if len(w) == 1}
        for words in words_list:
            if len(words) == 2 and words[0] in singles and not words[1].endswith("*"):
                heads.setdefault(words[0], set()).add(words[1])
    return {word: tuple(sorted(found)) for word, found in heads.items()}


# Languages whose adjective follows the noun it qualifies ("chirurgia aperta", "cirugía
# abierta"); elsewhere it stands before ("open surgery", "offene Chirurgie", "otevřená operace").
_ADJECTIVE_AFTER_NOUN = frozenset({"fr", "it", "es", "pt", "ro"})
# Inflection endings an adjective takes to agree with the noun it shares: "offene", "offener",
# "offenen"; "aperta", "aperto"; "ouverte", "ouvertes"; "abierta", "abiertos".
_ADJECTIVE_ENDING = re.compile(r"(?:en|er|es|em|as|os|e|a|o|i|s)$")


def _adjective_stem(word: str) -> str:
    word = word.lower()
    stem = _ADJECTIVE_ENDING.sub("", word)
    return stem if len(stem) >= 4 else word


@lru_cache(maxsize=1)
def _mode_adjectives() -> dict[str, str]:
    """Stem of the adjective of two-word terms of the surgical modes -> the mode it names in
    most of them ("offen" -> open_surgery, from "offene Chirurgie", "offener Eingriff", ...;
    "apert" -> open_surgery, from "chirurgia aperta", "intervento aperto").

    A term counts when its noun is one that several modes qualify ("surgery", "Eingriff",
    "chirurgia", "technique"): in "non cimenté", "nicht zementiert" or "chirurgia otwarta" the
    other word is no such noun. A stem must name its mode in two terms at least, and in most of
    the terms it opens."""
    pairs: list[tuple[str, str, str]] = []  # (mode, adjective stem, language + noun stem)
    for entry_id, entry in vocabulary("interfaces").entries.items():
        terms = entry.get("terms") or {}
        # the surgical modes and protocols ("open", "laparoscopic", "cemented", "one-stage"),
        # whose adjectives qualify the procedure any noun may name
        if not entry.get("protocol") or not isinstance(terms, dict):
            continue
        for language, language_terms in terms.items():
            for term in language_terms or ():
                words = str(term).split()
                if len(words) != 2 or any(not _BARE_WORD.fullmatch(w) for w in words):
                    continue
                adjective, noun = words[::-1] if language in _ADJECTIVE_AFTER_NOUN else words
                if len(adjective) >= 4:
                    pairs.append((entry_id, _adjective_stem(adjective),
                                  f"{language}:{_adjective_stem(noun)}"))
    modes_of_noun: dict[str, set[str]] = {}
    for entry_id, _, noun in pairs:
        modes_of_noun.setdefault(noun, set()).add(entry_id)
    counts: dict[str, dict[str, int]] = {}
    for entry_id, stem, noun in pairs:
        if len(modes_of_noun[noun]) >= 2:
            by_id = counts.setdefault(stem, {})
            by_id[entry_id] = by_id.get(entry_id, 0) + 1
    adjectives = {}
    for stem, by_id in counts.items():
        best = max(sorted(by_id), key=lambda i: by_id[i])
        if by_id[best] >= 2 and 2 * by_id[best] > sum(by_id.values()):
            adjectives[stem] = best
    return adjectives


def _elliptic_matches(text: str, start: int, end: int,
                      matches: list[VocabularyMatch]) -> list[VocabularyMatch]:
    """Interfaces named by a bare modifier that shares the head noun of a coordinated term."""
    if not matches:
        return []
    interfaces = vocabulary("interfaces")
    found: list[VocabularyMatch] = []
    taken = [(m.start, m.end) for m in matches]

    def resolve(word: str, heads: tuple[str, ...], leads: tuple[str, ...] = (),
                adjective: bool = False) -> str | None:
        if word.lower() in _COORDINATORS:
            return None
        for phrase in [f"{word} {head}" for head in heads] + [f"{lead} {word}" for lead in leads]:
            whole = [m for m in interfaces.find(phrase) if m.start == 0 and m.end == len(phrase)]
            if whole:
                return whole[0].id
        # An adjective coordinated with a mode adjective shares its noun, whatever the noun:
        # "offener und laparoskopischer Leberresektion", "resezione epatica aperta o
        # laparoscopica", "open and percutaneous spine surgery" name open surgery as well.
        return _mode_adjectives().get(_adjective_stem(word)) if adjective else None

    for match in matches:
        words = text[match.start:match.end].split()
        head = (" ".join(words[1:]),) if len(words) > 1 else _term_heads().get(words[0].lower(), ())
        lead: tuple[str, ...] = ()
        if len(words) == 1:
            # A coordinated adjective shares the noun of the matched one: "der offenen oder
            # laparoskopischen Chirurgie" (noun after), "chirurgie laparoscopique ou ouverte"
            # (noun before), also across other coordinated words: "offene oder laparoskopische
            # Abdominal- oder Beckenchirurgie" (the tail of a compound), "chirurgie abdominale
            # ou pelvienne ouverte ou laparoscopique" (a noun a few words back).
            following = _NEXT_WORD.match(text, match.end, end)
            if following:
                head = (*head, following.group(1))
                ellipsis = _COMPOUND_ELLIPSIS.match(text, following.start(1), end)
                noun = ellipsis.group(1) if ellipsis else following.group(1)
                head = (*head, *_compound_tails(noun))
            preceding = _PREVIOUS_WORD.search(text, max(start, match.start - 40), match.start)
            if preceding:
                lead = (preceding.group(1),)
            lead = (*lead, *(w.group(0) for w in _BARE_WORD.finditer(
                text, max(start, match.start - 60), match.start)
                if w.group(0).lower() not in _COORDINATORS))
        if not head and not lead:
            continue
        before = _COORDINATED_BEFORE.search(text, max(start, match.start - 80), match.start)
        if before:
            group_start = before.start(1)
            for word in reversed(list(_BARE_WORD.finditer(text, group_start, match.start))):
                if any(s <= word.start() < e for s, e in taken):
                    break
                entry_id = resolve(word.group(0), head, lead, len(words) == 1)
                if entry_id is None:
                    if word.group(0).lower() in _COORDINATORS:
                        continue
                    break
                found.append(VocabularyMatch(entry_id, word.start(), word.end()))
        after = _COORDINATED_AFTER.match(text, match.end, end)
        if after is None and lead:
            # "chirurgia laparoscopica o aperta dell'ernia": the noun stands before both
            after = _COORDINATED_NEXT.match(text, match.end, end)
        if after and not any(s <= after.start(1) < e for s, e in taken):
            entry_id = resolve(after.group(1), head, lead, len(words) == 1)
            if entry_id is not None:
                found.append(VocabularyMatch(entry_id, after.start(1), after.end(1)))
    return found


@lru_cache(maxsize=1)
def _approach_cue_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(any cue, a cue right after a run of position words, a cue right before one)."""
    data = knowledge.load("vocabulary/interfaces") or {}
    cues = data.get("approach_cues") or {}
    # longest first, then alphabetical: the same pattern on every run (a set's order is not)
    words = sorted({str(t) for lang, ts in cues.items() if lang != "source" for t in ts or []},
                   key=lambda w: (-len(w), w))
    alternation = "|".join(re.escape(w) for w in words) or r"(?!x)x"
    return (re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.I),
            re.compile(rf"^[\s)\],]*(?:(?:surgical|chirurgicale?|operative[nr]?|chirurgico|quirúrgico)\s+)?"
                       rf"(?:{alternation})(?!\w)", re.I),
            re.compile(rf"(?<!\w)(?:{alternation})(?:\s+(?:d['’]abord|de|von|par|by|from))?\s*[:,]?\s*"
                       rf"(?:(?:a|an|the|la|le|el|il|una?|het|de)\s+)?$", re.I))


_RUN_GAP = re.compile(r"^(?:\s|,|/|\(|\)|\bor\b|\band\b|\bou\b|\bet\b|\boder\b|\bund\b|\bo\b|\by\b|"
                      r"\be\b|\bof\b|\ben\b|\ba\b|\ban\b|\bvia\b|\bpar\b|\bvoie\b)*$", re.I)


def _approach_modifiers(text: str, start: int, end: int,
                        taken: list[VocabularyMatch]) -> list[VocabularyMatch]:
    """Position words ("posterior, transforaminal or lateral (retroperitoneal)") that name
    surgical approaches because an approach word stands right after or before their run."""
    any_cue, cue_after, cue_before = _approach_cue_patterns()
    # a run with a named route needs no cue in the unit ("Access routes: transfemoral, or
    # subclavian/axillary ...", whose label is a unit of its own)
    if not taken and not any_cue.search(text, start, end):
        return []
    found = [m for m in vocabulary("interfaces", "modifiers").find(text, start, end)
             if not any(t.start <= m.start < t.end for t in taken)]
    if not found:
        return []
    # runs of coordinated position words, approach terms included ("posterior or TLIF approach")
    items = sorted(found + list(taken), key=lambda m: m.start)
    runs: list[list[VocabularyMatch]] = [[items[0]]]
    for previous, current in zip(items, items[1:]):
        if _RUN_GAP.match(text[previous.end:current.start]):
            runs[-1].append(current)
        else:
            runs.append([current])
    kept = []
    siblings = _covered_siblings()
    for run in runs:
        after = text[run[-1].end:min(end, run[-1].end + 40)]
        before = text[max(start, run[0].start - 40):run[0].start]
        named = {m.id for m in run if m in taken}
        # A bare vessel word is a route beside a named route of its kind ("transfemoral, or
        # subclavian/axillary"), never beside another mode ("cementless femoral implantation").
        routes_fit = [m for m in run if m in found
                      and (m.id not in siblings or not named - siblings[m.id])]
        if cue_after.match(after) or cue_before.search(before):
            kept += routes_fit
        elif named:
            kept += [m for m in routes_fit if m.id not in siblings or named & siblings[m.id]]
    return kept


@lru_cache(maxsize=1)
def _covered_siblings() -> dict[str, frozenset[str]]:
    """Interface id -> the ids that a generic entry covers together with it (the access routes
    that `percutaneous` covers)."""
    siblings: dict[str, set[str]] = {}
    for entry in vocabulary("interfaces").entries.values():
        covered = set(entry.get("covers") or ())
        for entry_id in covered:
            siblings.setdefault(entry_id, set()).update(covered)
    return {entry_id: frozenset(ids) for entry_id, ids in siblings.items()}


# --- warnings ----------------------------------------------------------------------------------

_WARNING_START = re.compile(
    r"^\W*(?:warning|warnings|caution|danger|attention|important|avertissement|mise en garde|"
    r"précaution|warnung|vorsicht|achtung|gefahr|"
    r"avvertenza|attenzione|pericolo|precauzione|advertencia|precaución|atención|peligro|"
    r"waarschuwing|let op|voorzichtig|gevaar|opgelet)\b\s*[:!.\-–]?", re.I)


def _warning_facts(document: Document, unit: Unit) -> Iterator[Fact]:
    text = unit.text
    starts = _WARNING_START.match(text)
    # "ACHTUNG: Brandgefahr! Von offenen Flammen fernhalten.": the whole block is the warning
    if not (WARNINGS in unit.kinds or starts or _WARNING_START.match(unit.block.normalized)):
        return
    body_start = unit.start + (starts.end() if starts else 0)
    body = unit.block.normalized[body_start:unit.end]
    if len(re.findall(r"[^\W\d_]{2,}", body)) < 2 or body.rstrip().endswith(":"):
        return  # "Warning!" alone, or an intro to a list
    block = unit.block
    matches = vocabulary("warnings").find(block.normalized, body_start, unit.end)
    seen: set[str] = set()
    for m in matches:
        if m.id in seen:
            continue
        seen.add(m.id)
        yield make_fact(document, block, FactKind.WARNING,
                        Concept(m.id, block.quote(body_start, unit.end)), (body_start, unit.end))
        # conditions often follow in the next sentences ("MR Conditional. Head scans only.")
        for qualifier in _warning_qualifiers(m.id, block.normalized, body_start, len(block.normalized)):
            yield make_fact(document, block, FactKind.WARNING,
                            Concept(qualified_id(m.id, qualifier), block.quote(body_start, unit.end)),
                            (body_start, unit.end))
    if not matches:
        phrase = " ".join(body.split()).strip(" .;:!").lower()
        yield make_fact(document, block, FactKind.WARNING,
                        Concept("text:" + phrase[:160], block.quote(body_start, unit.end)),
                        (body_start, unit.end))


_FIELD_STRENGTH = re.compile(r"\d+(?:[.,]\d+)?\s*-?\s*(?:T|tesla)", re.IGNORECASE)


def _abbreviation_cut(text: str, start: int, end: int) -> bool:
    """A field strength matched as a word start ("3 T" in "3 tubes"): terms match word
    beginnings, a number with a unit must stand alone."""
    matched = text[start:end]
    if not matched[:1].isdigit():
        return False
    return not _FIELD_STRENGTH.fullmatch(matched) or (end < len(text) and text[end].isalnum())


def _warning_qualifiers(warning_id: str, text: str, start: int, end: int) -> list[str]:
    """Conditions of a warning stated in the same sentence ("MR Conditional for head scans
    only at 1.5 T"): language versions that state other conditions differ."""
    qualifiers = vocabulary("warnings", "qualifiers")
    if not any(warning_id in (q.get("applies_to") or []) for q in qualifiers.entries.values()):
        return []
    found: list[str] = []
    for match in qualifiers.find(text, start, end):
        if _abbreviation_cut(text, match.start, match.end):
            continue
        if warning_id in (qualifiers.entries[match.id].get("applies_to") or []) and match.id not in found:
            found.append(match.id)
    return found


# --- the extractor -----------------------------------------------------------------------------


def extract(document: Document, context: ExtractionContext | None = None) -> Iterable[Fact]:
    facts: list[Fact] = []
    seen: set[tuple] = set()
    for unit in units(document):
        produced: list[Fact] = []
        if OTHER not in unit.kinds and (INTENDED_PURPOSE in unit.kinds and not unit.kinds & {
                INDICATIONS, CONTRAINDICATIONS} or _purpose_sentence(unit.text)):
            if len(unit.text.split()) >= 3:
                produced.append(make_fact(document, unit.block, FactKind.INTENDED_PURPOSE,
                                          unit.block.quote(unit.start, unit.end),
                                          (unit.start, unit.end)))
        produced += _indication_facts(document, unit)
        produced += _interface_facts(document, unit)
        produced += _warning_facts(document, unit)
        for fact in produced:
            key = (fact.kind, getattr(fact.value, "id", fact.value), fact.location.quote,
                   getattr(fact.value, "negated", None))
            if key not in seen:
                seen.add(key)
                facts.append(fact)
    return facts
