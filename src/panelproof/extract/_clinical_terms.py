"""Term matching shared by the clinical extractors (claims, evidence, risks) and their rules.

Knowledge YAML gives terms as regular expressions per language. Dossiers mix languages (an
English CER quotes a German study title), so every language's terms are matched everywhere.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Mapping

from panelproof.knowledge import load

# A clause ends at these; negation and hedges do not reach across them.
_CLAUSE_BREAK = re.compile(r"[;:,()]|\b(?:but|whereas|while|however|mais|alors que|aber|jedoch|während)\b",
                           re.IGNORECASE)


def flatten(terms: Mapping[str, Iterable[str]] | Iterable[str] | None) -> tuple[str, ...]:
    """All patterns of a {language: [patterns]} mapping (or a plain list)."""
    if not terms:
        return ()
    if isinstance(terms, Mapping):
        return tuple(p for patterns in terms.values() for p in (patterns or ()))
    return tuple(terms)


@lru_cache(maxsize=None)
def _compile(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    if not patterns:
        return None
    # Longest first, so "wound infection" wins over "infection" at the same position.
    ordered = sorted(patterns, key=lambda t: (-len(t), t))
    return re.compile(r"(?<![\w])(?:" + "|".join(f"(?:{p})" for p in ordered) + r")(?![\w])",
                      re.IGNORECASE)


# Knowledge terms are long-lived objects (the YAML loader caches them); remember each one's
# pattern so that a hot loop does not flatten the same mapping again. The object itself is kept
# with its pattern, so an id reused by a new object is never mistaken for the old one.
_BY_OBJECT: dict[int, tuple[object, re.Pattern[str] | None]] = {}


def term_regex(terms: Mapping[str, Iterable[str]] | Iterable[str] | None) -> re.Pattern[str] | None:
    known = _BY_OBJECT.get(id(terms))
    if known is not None and known[0] is terms:
        return known[1]
    pattern = _compile(flatten(terms))
    if isinstance(terms, (dict, list)):
        _BY_OBJECT[id(terms)] = (terms, pattern)
    return pattern


def find_terms(terms, text: str) -> list[re.Match[str]]:
    pattern = term_regex(terms)
    return list(pattern.finditer(text)) if pattern else []


def has_term(terms, text: str) -> bool:
    pattern = term_regex(terms)
    return bool(pattern and pattern.search(text))


def clause_before(text: str, position: int, window: int = 60) -> str:
    """The text of the clause leading up to `position` (at most `window` characters)."""
    head = text[max(0, position - window):position]
    breaks = list(_CLAUSE_BREAK.finditer(head))
    return head[breaks[-1].end():] if breaks else head


@lru_cache(maxsize=1)
def claim_language() -> dict:
    return load("claim_language")


def negation_regex() -> re.Pattern[str] | None:
    return term_regex(claim_language()["negations"]["patterns"])


# French "ne ... pas" and German "... nicht" put the negation after the verb.
_NEGATION_AFTER = re.compile(r"^\S*(?:\s+\S+){0,4}?\s+(?:pas|jamais|plus|nicht|nie)\b", re.IGNORECASE)


_CLAUSE_AFTER_END = re.compile(r"[;:,.()]|\b(?:but|mais|aber|sondern)\b")


def clause_after(text: str, position: int, window: int = 50) -> str:
    tail = text[position:position + window]
    cut = _CLAUSE_AFTER_END.search(tail)
    return tail[:cut.start()] if cut else tail


_NE_BEFORE = re.compile(r"\b(?:ne|n')\s*$", re.IGNORECASE)
_N_APOSTROPHE_BEFORE = re.compile(r"\bn'\S*$")


def is_negated(text: str, position: int) -> bool:
    """True when a negation stands in the same clause shortly before `position` (or, for
    French "ne ... pas" and German "... nicht", shortly after it)."""
    pattern = negation_regex()
    before = clause_before(text, position, 45)
    if pattern and pattern.search(before):
        return True
    if _NE_BEFORE.search(before) or _N_APOSTROPHE_BEFORE.search(before):
        return True
    return bool(_NEGATION_AFTER.match(clause_after(text, position)))


# Function words and generic clinical words that say nothing about what a claim is about.
_STOPWORDS = set("""
a an the of in on at to for from by with without and or but not no is are was were be been
being this that these those it its as than then which who whom whose into over under per via
all any each every more most less least very much many such can may might will would should
has have had do does did using use used device devices product system patient patients
subject subjects study studies clinical data treatment therapy significantly significant
statistically compared versus vs also both between during after before within up about
le la les un une des du de d l et ou en dans par pour sur avec sans est sont au aux ce cette
ces qui que dispositif patients étude produit traitement plus
der die das den dem des ein eine einer eines und oder in im mit ohne von zu zur zum bei ist
sind wird werden durch für auf als nach vor produkt patienten studie behandlung
""".split())


_WORD = re.compile(r"[^\W\d_][\w-]*")


@lru_cache(maxsize=65536)
def _content_words(text: str) -> frozenset[str]:
    """The distinct lower-cased words of a text longer than two letters, stopwords left out.

    Cached: the claim and evidence rules compare the same CER sentences (facts, blocks,
    result statements) again and again."""
    return frozenset(w for w in _WORD.findall(text.lower()) if len(w) > 2 and w not in _STOPWORDS)


def key_stems(text: str, extra_stop: Iterable[str] = ()) -> set[str]:
    """Content-word stems (first 5 letters) of a text, for topic comparison."""
    words = _content_words(text)
    if extra_stop:
        stop = {w.lower() for w in extra_stop}
        return {w[:5] for w in words if w not in stop}
    return {w[:5] for w in words}


@lru_cache(maxsize=1)
def _outcome_concepts() -> dict[str, re.Pattern[str]]:
    concepts = outcome_concept_terms()
    return {cid: re.compile(r"(?<!\w)(?:" + "|".join(_term_pattern(t) for t in terms) + r")", re.IGNORECASE)
            for cid, terms in concepts.items()}


# An instrument's abbreviation ("VAS", "CAT", "AHI", "FEV1") is matched as written and as a
# whole word: "vascular", "catheter" and "cat" name none.
_ACRONYM_TERM = re.compile(r"[A-Z0-9][A-Z0-9-]*[A-Z][A-Z0-9-]*")


def _term_pattern(term: str) -> str:
    if _ACRONYM_TERM.fullmatch(term):
        return f"(?-i:{re.escape(term)})(?![^\\W_])"
    return re.escape(term)


def outcome_concept_terms() -> dict[str, list[str]]:
    """The literal terms (all languages) of each outcome concept, by concept id."""
    return claim_language().get("outcome_terms", {}).get("concepts", {})


def outcome_concepts(text: str) -> set[str]:
    """Cross-language outcome concepts (healing, infection, pain ...) a text mentions."""
    return set(_outcome_concepts_of(text))


@lru_cache(maxsize=65536)
def _outcome_concepts_of(text: str) -> frozenset[str]:
    # Cached for the same reason as `_content_words`.
    return frozenset(cid for cid, pattern in _outcome_concepts().items() if pattern.search(text))
