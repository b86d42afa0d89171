"""Permissions that extend use into a situation the dossier excludes (rules SI008, CL006).
The words are knowledge/permission_exclusions.yaml; this module only knows how a sentence is
cut.

A permission ("X can (also) be used/applied ... with/in S") is compared with
  - requirements of the same document on the state of an object ("only after rupture of
    membranes", "the cuff must be completely deflated before ..."): the permission names the
    opposite state of the same object, or the same state only in part where the requirement
    asks for it in full;
  - contraindications of the dossier: the permitted situation names the contraindication's
    specific words.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from panelproof import knowledge
from panelproof.extract._paraphrase import generic_tokens, paraphrase_key
from panelproof.rules.safety.common import Token, find_phrase, phrase_parts, tokenize

Phrases = tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class _Vocab:
    permission: Phrases
    negations: Phrases
    extension: Phrases
    exits: Phrases
    requirement: Phrases
    restricting: Phrases
    states: tuple[tuple[Phrases, Phrases], ...]
    full: Phrases
    partial: Phrases
    function_words: frozenset[str]


def _phrases(entry: Any) -> Phrases:
    if isinstance(entry, dict):
        items = [p for key, ps in entry.items() if key != "source" for p in ps or []]
    else:
        items = list(entry or [])
    return tuple(phrase_parts(str(p)) for p in items)


@lru_cache(maxsize=1)
def vocabulary() -> _Vocab:
    data = knowledge.load("permission_exclusions")
    states = tuple((_phrases(e["sides"][0]), _phrases(e["sides"][1]))
                   for e in data.get("opposite_states") or [])
    degrees = data.get("degrees") or {}
    return _Vocab(_phrases(data.get("permission")),
                  _phrases((data.get("negations") or {}).get("words")),
                  _phrases((data.get("extension") or {}).get("words")),
                  _phrases((data.get("exits") or {}).get("words")),
                  _phrases((data.get("requirement") or {}).get("words")),
                  _phrases((data.get("restricting") or {}).get("words")),
                  states, _phrases(degrees.get("full")), _phrases(degrees.get("partial")),
                  frozenset(str(w) for w in (data.get("function_words") or {}).get("words") or []))


def _find(phrases: Phrases, words: list[str]) -> list[list[int]]:
    return [m for parts in phrases for m in find_phrase(parts, words)]


def _negated_before(tokens: list[Token], index: int, words: list[str], v: _Vocab,
                    window: int = 4) -> bool:
    clause = tokens[index].clause
    return any(index - window <= m[0] < index and tokens[m[0]].clause == clause
               for m in _find(v.negations, words))


def permission_at(sentence: str) -> list[int] | None:
    """The words of a permission of use in the sentence, if it is not negated."""
    v = vocabulary()
    tokens = tokenize(sentence)
    words = [t.word for t in tokens]
    for match in _find(v.permission, words):
        if not _negated_before(tokens, match[0], words, v):
            return match
    return None


def extends(sentence: str) -> bool:
    v = vocabulary()
    return bool(_find(v.extension, [t.word for t in tokenize(sentence)]))


def is_requirement(sentence: str) -> bool:
    v = vocabulary()
    return bool(_find(v.requirement, [t.word for t in tokenize(sentence)]))


@dataclass(frozen=True)
class State:
    pair: int
    side: int  # 0 or 1 of the pair; flipped when negated ("not inflated")
    full: bool
    partial: bool
    objects: frozenset[str]
    words: str  # the words that state it, for messages


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _is_state_word(word: str, v: _Vocab) -> bool:
    return any(_find(side, [word]) for pair in v.states for side in pair)


def states(sentence: str) -> list[State]:
    """Every state of an object the sentence names, with the content words near it (the
    object: "intact membranes", "the cuff partly inflated", "rupture of membranes")."""
    v = vocabulary()
    tokens = tokenize(sentence)
    words = [t.word for t in tokens]
    found = []
    for pair_index, pair in enumerate(v.states):
        for side_index, side in enumerate(pair):
            for match in _find(side, words):
                clause = tokens[match[0]].clause
                near = (_nearest(tokens, range(match[0] - 1, max(-1, match[0] - 6), -1), clause, v)
                        + _nearest(tokens, range(match[-1] + 1, min(len(tokens), match[-1] + 6)),
                                   clause, v))
                if not near:
                    continue
                near.sort()
                objects = frozenset(_stem(words[i]) for i in near)
                lo, hi = max(0, match[0] - 4), min(len(tokens), match[-1] + 4)
                window = words[lo:hi]
                partial = bool(_find(v.partial, window))
                full = bool(_find(v.full, window)) and not partial
                negated = _negated_before(tokens, match[0], words, v, window=2) and not partial
                side_now = 1 - side_index if negated else side_index
                found.append(State(pair_index, side_now, full, partial, objects,
                                   " ".join(words[min(near[0], match[0]):max(near[-1], match[-1]) + 1])))
    return found


def _nearest(tokens: list[Token], indices: range, clause: int, v: _Vocab) -> list[int]:
    """Up to two content words of the clause, nearest first: the object of a state."""
    found = []
    for i in indices:
        word = tokens[i].word
        if tokens[i].clause != clause or len(found) == 2:
            break
        if (word in v.function_words or word.isdigit() or len(word) <= 2
                or _find(v.full + v.partial, [word])):
            continue
        if _is_state_word(word, v):
            break
        found.append(i)
    return found


@dataclass(frozen=True)
class Relaxation:
    permitted: State
    required: State


def relaxed(permission: str, requirement: str) -> Relaxation | None:
    """A state the permission allows that the requirement excludes, on the same object, where
    both sentences also share a word outside the states (the device or the act: "valve",
    "electrode")."""
    v = vocabulary()
    allowed, demanded = states(permission), states(requirement)
    if not allowed or not demanded:
        return None
    shared = _content(permission, v) & _content(requirement, v)
    for need in demanded:
        for give in allowed:
            if give.pair != need.pair or not give.objects & need.objects:
                continue
            if not shared - (give.objects & need.objects):
                continue
            if give.side != need.side or (need.full and give.partial):
                return Relaxation(give, need)
    return None


def _content(sentence: str, v: _Vocab) -> set[str]:
    return {_stem(t.word) for t in tokenize(sentence)
            if t.word not in v.function_words and len(t.word) > 2 and not t.word.isdigit()
            and not _is_state_word(t.word, v)}


def names_contraindication(permission: str, contraindication: str) -> frozenset[str] | None:
    """The specific words of a contraindication that the permitted situation names ("can also
    be used in patients with known nickel allergy" against "Known allergy to nickel or
    titanium"): at least two, and two thirds of them (half with "also", "even"). A permission
    for afterwards or for the others ("after the acute phase", "except in severe disease")
    keeps within the contraindication."""
    v = vocabulary()
    words = [t.word for t in tokenize(permission)]
    if _find(v.exits, words):
        return None  # "after the acute phase of a thrombosis": outside the contraindication
    if _find(v.restricting, words):
        return None  # "only short-acting agents may be used": it narrows, it does not widen
    generic = generic_tokens()
    wanted = {t for t in paraphrase_key(contraindication) if t not in generic}
    wanted -= {t for w in v.function_words for t in paraphrase_key(w)}
    if len(wanted) < 2:
        return None
    named = wanted & set(paraphrase_key(permission))
    share = 0.5 if extends(permission) else 2 / 3
    if len(named) >= 2 and len(named) >= share * len(wanted):
        return frozenset(named)
    return None
