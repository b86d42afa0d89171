"""Warnings read as action + object + forbidden condition, and the instructions that do the
action on the object under that condition (rule SI006). The words are
knowledge/warning_conditions.yaml; this module only knows how a sentence is cut.

A warning is one of:
  - continuity: "never stop / disable X", "X must remain on at all times", "interrupting X can
    cause ..." (condition "always"), or with an abrupt cue, "abrupt discontinuation of X"
    (condition "abrupt": only stopping without tapering is forbidden);
  - presence: "a backup X shall remain available at all times";
  - substitution: "never use A instead of B", "only B may be used", "B is the only ...".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from panelproof import knowledge
from panelproof.extract.instructions import is_permission
from panelproof.rules.safety.common import Token, find_phrase, phrase_parts, tokenize

Phrases = tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Obj:
    head: str
    modifiers: frozenset[str]
    words: tuple[str, ...]
    span: tuple[int, int] = field(default=(0, 0), compare=False)  # token indices, inclusive

    def text(self) -> str:
        return " ".join(self.words)


@dataclass(frozen=True)
class Prohibition:
    kind: str  # "continuity", "presence", "substitution"
    condition: str  # "always", "abrupt", "presence", "substitution"
    groups: frozenset[str]  # action groups forbidden (continuity)
    obj: Obj  # what must go on, be present, or be used
    substitute: Obj | None = None  # the forbidden substitute, when named


@dataclass(frozen=True)
class _Vocab:
    actions: dict[str, Phrases]
    protective: Phrases
    negations: Phrases
    permanence: Phrases
    consequences: Phrases
    conditions: frozenset[str]
    step_conditions: Phrases
    states: Phrases
    abrupt_warning: Phrases
    abrupt_instruction: Phrases
    abrupt_safe: Phrases
    presence: Phrases
    waived: Phrases
    instead: Phrases
    only: Phrases
    unavailable: Phrases
    use: Phrases
    critical: Phrases
    safe: Phrases
    not_object: frozenset[str]


def _phrases(entry: Any) -> Phrases:
    if isinstance(entry, dict):
        items = [p for key, ps in entry.items() if key != "source" for p in ps or []]
    else:
        items = list(entry or [])
    return tuple(phrase_parts(str(p)) for p in items)


@lru_cache(maxsize=1)
def vocabulary() -> _Vocab:
    data = knowledge.load("warning_conditions")
    actions = {name: _phrases(entry) for name, entry in (data.get("actions") or {}).items()}
    cont, abrupt = data.get("continuity") or {}, data.get("abrupt") or {}
    pres, sub = data.get("presence") or {}, data.get("substitution") or {}
    return _Vocab(
        actions, _phrases((data.get("protective_heads") or {}).get("words")),
        _phrases(cont.get("negations")), _phrases(cont.get("permanence")),
        _phrases(cont.get("consequences")), frozenset(str(w) for w in cont.get("conditions") or []),
        _phrases(cont.get("step_conditions")),
        _phrases(cont.get("states")), _phrases(abrupt.get("warning")),
        _phrases(abrupt.get("instruction")), _phrases(abrupt.get("safe")),
        _phrases(pres.get("warning")), _phrases(pres.get("waived")),
        _phrases(sub.get("instead")), _phrases(sub.get("only")), _phrases(sub.get("unavailable")),
        _phrases(sub.get("use")), _phrases((data.get("critical_harms") or {}).get("words")),
        _phrases((data.get("safe_contexts") or {}).get("words")),
        frozenset(str(w) for w in (data.get("not_object_words") or {}).get("words") or []))


def _find(phrases: Phrases, words: list[str]) -> list[list[int]]:
    return [m for parts in phrases for m in find_phrase(parts, words)]


def _stem(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _is_cue(word: str, v: _Vocab) -> bool:
    words = [word]
    return any(_find(p, words) for p in (*v.actions.values(), v.negations, v.permanence,
                                          v.abrupt_warning, v.abrupt_instruction, v.presence,
                                          v.waived, v.use, v.only))


def _collect(tokens: list[Token], indices: range, clause: int, v: _Vocab,
             skip_leading: frozenset[str]) -> Obj | None:
    """Content words from `indices` (in reading or reverse order): leading function words
    skipped, then the words up to the next function word, cue or clause break."""
    found: list[str] = []
    positions: list[int] = []
    started = False
    for i in indices:
        t = tokens[i]
        if t.clause != clause:
            break
        word = t.word
        if not started and (word in v.not_object or word in skip_leading):
            continue
        if word in v.not_object or word.isdigit() or _is_cue(word, v):
            break
        started = True
        found.append(word)
        positions.append(i)
        if len(found) == 4:
            break
    if not found:
        return None
    ordered = found if indices.step > 0 else list(reversed(found))
    parts = [p for w in ordered for p in w.split("-") if p and p not in v.not_object]
    if not parts:
        return None
    return Obj(_stem(parts[-1]), frozenset(_stem(p) for p in parts[:-1]), tuple(ordered),
               (min(positions), max(positions)))


_PASSIVE = frozenset({"be", "is", "are", "been", "being", "was", "were", "get", "gets", "remain",
                      "remains", "stay", "stays", "kept", "etre", "est", "sont", "werden", "wird"})
_SKIP_BEFORE = frozenset({"not", "never", "be", "been", "is", "are", "can", "may", "must",
                          "shall", "should", "remain", "remains", "stay", "stays", "kept", "be", "always"})


def object_of(tokens: list[Token], act: list[int], v: _Vocab) -> Obj | None:
    """The object of an action: before it in a passive ("the alarm may be muted"), else the
    noun phrase after it ("disable the patient temperature alarm", "discontinuation of X")."""
    clause = tokens[act[0]].clause
    before = [t.word for t in tokens[max(0, act[0] - 3):act[0]] if t.clause == clause]
    after = object_after(tokens, act[-1] + 1, clause, v)
    if _PASSIVE.intersection(before) or after is None:
        found = _collect(tokens, range(act[0] - 1, -1, -1), clause, v, _SKIP_BEFORE)
        if found is not None:
            return found
    return after


def object_after(tokens: list[Token], start: int, clause: int, v: _Vocab) -> Obj | None:
    return _collect(tokens, range(start, len(tokens)), clause, v, frozenset())


def same_object(warned: Obj, other: Obj) -> bool:
    """One head noun; where both name modifiers, one shared ("high-temperature alarm" is the
    "patient temperature alarm", the "low battery alarm" is not)."""
    if warned.head != other.head:
        return False
    if warned.modifiers and other.modifiers:
        return bool(warned.modifiers & other.modifiers)
    return True


def _protective(obj: Obj, v: _Vocab) -> bool:
    return bool(_find(v.protective, [obj.head]))


def _negated_before(tokens: list[Token], index: int, v: _Vocab, words: list[str]) -> bool:
    clause = tokens[index].clause
    return any(m[0] < index and tokens[m[0]].clause == clause for m in _find(v.negations, words))


def prohibitions(sentence: str) -> list[Prohibition]:
    """What a warning sentence forbids, as action + object + condition."""
    v = vocabulary()
    tokens = tokenize(sentence)
    words = [t.word for t in tokens]
    if not words:
        return []
    found: list[Prohibition] = []
    abrupt = bool(_find(v.abrupt_warning, words))
    permanent = bool(_find(v.permanence, words))
    consequence = _find(v.consequences, words)
    for group, phrases in v.actions.items():
        for act in _find(phrases, words):
            negated = _negated_before(tokens, act[0], v, words)
            follows = any(m[0] > act[-1] or _in_condition(words, m[-1], act[0], v)
                          for m in consequence)
            if not (negated or permanent or follows or abrupt):
                continue
            obj = object_of(tokens, act, v)
            if obj is None or (group == "deactivate" and not _protective(obj, v)):
                continue
            groups = frozenset(v.actions) if _protective(obj, v) else frozenset({group})
            found.append(Prohibition("continuity", "abrupt" if abrupt else "always", groups, obj))
    if permanent:
        for cue in _find(v.states, words):
            obj = _collect(tokens, range(cue[0] - 1, -1, -1), tokens[cue[0]].clause, v,
                           _SKIP_BEFORE)
            if obj is not None:
                groups = frozenset(v.actions) if _protective(obj, v) else frozenset({"stop"})
                found.append(Prohibition("continuity", "always", groups, obj))
    if _find(v.presence, words) and (permanent or _find(v.negations, words)):
        for cue in _find(v.presence, words):
            obj = _present_object(tokens, cue, v)
            if obj is not None:
                found.append(Prohibition("presence", "presence", frozenset(), obj))
    found += _substitutions(tokens, words, v)
    return list(dict.fromkeys(found))


_LEADING_VERBS = frozenset({"keep", "have", "ensure", "make", "sure", "that", "always", "check",
                            "gardez", "garder", "assurez", "halten", "sie", "stets", "immer"})


def _present_object(tokens: list[Token], cue: list[int], v: _Vocab) -> Obj | None:
    """What must be present: the subject of the clause ("A spare tracheostomy tube of the same
    size must be kept at hand"), or the object of "keep" ("Always keep a manual resuscitator
    at hand"), else the words just before the cue."""
    clause = tokens[cue[0]].clause
    start = next(i for i, t in enumerate(tokens) if t.clause == clause)
    subject = _collect(tokens, range(start, cue[0]), clause, v, _LEADING_VERBS)
    if subject is not None:
        return subject
    return _collect(tokens, range(cue[0] - 1, -1, -1), clause, v, _SKIP_BEFORE)


def _in_condition(words: list[str], after: int, act: int, v: _Vocab) -> bool:
    """A condition word between a stated consequence and the action ("... may occur when X is
    interrupted"): the action is the cause of the harm."""
    return after < act and any(w in v.conditions for w in words[after + 1:act])


def _substitutions(tokens: list[Token], words: list[str], v: _Vocab) -> list[Prohibition]:
    found = []
    negated = bool(_find(v.negations, words))
    for cue in _find(v.instead, words):
        prescribed = object_after(tokens, cue[-1] + 1, tokens[cue[0]].clause, v)
        substitute = _collect(tokens, range(cue[0] - 1, -1, -1), tokens[cue[0]].clause, v,
                              frozenset())
        if negated and prescribed is not None:
            found.append(Prohibition("substitution", "substitution", frozenset(), prescribed,
                                     substitute))
    for cue in _find(v.only, words):
        clause = tokens[cue[0]].clause
        if cue[0] >= 2 and words[cue[0] - 1] == "the" and words[cue[0] - 2] in {"is", "are"}:
            prescribed = _collect(tokens, range(cue[0] - 3, -1, -1), clause, v, frozenset())
        else:
            prescribed = object_after(tokens, cue[-1] + 1, clause, v)
        if prescribed is not None and (_find(v.use, words) or "is" in words or "are" in words):
            found.append(Prohibition("substitution", "substitution", frozenset(), prescribed))
    return found


@dataclass(frozen=True)
class Breach:
    prohibition: Prohibition
    words: str  # the words of the instruction that do it


def breaches(sentence: str, prohibition: Prohibition) -> Breach | None:
    """Whether an instruction does what the prohibition forbids, under its condition."""
    v = vocabulary()
    tokens = tokenize(sentence)
    words = [t.word for t in tokens]
    if not words:
        return None
    # a safe context excuses, unless it names what the warning requires ("without a
    # resuscitation bag" waives the bag, it does not use it)
    if any(prohibition.obj.head not in {_stem(words[i]) for i in m} for m in _find(v.safe, words)):
        return None
    if prohibition.kind == "continuity":
        return _breaks_continuity(tokens, words, prohibition, v)
    if prohibition.kind == "presence":
        return _waives_presence(tokens, words, prohibition, v)
    return _substitutes(tokens, words, prohibition, v)


def _breaks_continuity(tokens, words, prohibition, v) -> Breach | None:
    if prohibition.condition == "abrupt":
        if not _find(v.abrupt_instruction, words) or _find(v.abrupt_safe, words):
            return None
    elif not is_permission(" ".join(words)) and _find(v.step_conditions, words):
        return None
    for group in prohibition.groups:
        for act in _find(v.actions[group], words):
            if _negated_before(tokens, act[0], v, words):
                continue
            obj = object_of(tokens, act, v)
            if obj is not None and same_object(prohibition.obj, obj):
                start, end = min(act[0], obj.span[0]), max(act[-1], obj.span[1])
                return Breach(prohibition, " ".join(words[start:end + 1]))
    return None


def _waives_presence(tokens, words, prohibition, v) -> Breach | None:
    for cue in _find(v.waived, words):
        clause = tokens[cue[0]].clause
        near = [t.word for t in tokens if t.clause == clause]
        heads = {_stem(p) for w in near for p in w.split("-")}
        if prohibition.obj.head in heads:
            return Breach(prohibition, " ".join(near))
    for i, word in enumerate(words):
        if word in {"without", "sans", "ohne"} and not _negated_before(tokens, i, v, words):
            obj = object_after(tokens, i + 1, tokens[i].clause, v)
            if obj is not None and same_object(prohibition.obj, obj):
                return Breach(prohibition, f"{word} {obj.text()}")
    return None


def _substitutes(tokens, words, prohibition, v) -> Breach | None:
    uses = [m for m in _find(v.use, words) if not _negated_before(tokens, m[0], v, words)]
    if not uses:
        return None
    for cue in _find(v.instead, words):
        named = object_after(tokens, cue[-1] + 1, tokens[cue[0]].clause, v)
        if named is not None and same_object(prohibition.obj, named):
            return Breach(prohibition, " ".join(words[cue[0]:cue[-1] + 1]) + " " + named.text())
    for cue in _find(v.unavailable, words):
        clause = tokens[cue[0]].clause
        subject = _collect(tokens, range(cue[0] - 1, -1, -1), clause, v, frozenset({"no"}))
        if subject is None or not same_object(prohibition.obj, subject):
            continue
        substitute = next((object_of(tokens, m, v) for m in uses), None)
        if substitute is None or (substitute.head == prohibition.obj.head and (
                not substitute.modifiers or substitute.modifiers & prohibition.obj.modifiers)):
            continue
        return Breach(prohibition, f"{subject.text()} … {substitute.text()}")
    return None


def critical(sentence: str) -> bool:
    """The warning names death or a life-threatening harm."""
    v = vocabulary()
    return bool(_find(v.critical, [t.word for t in tokenize(sentence)]))
