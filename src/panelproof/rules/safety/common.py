"""The hazard matcher: knowledge/hazards.yaml patterns applied to one sentence.

The patterns are data; this module only knows the phrase syntax (see the YAML header):
word stems ("disconnect*"), gaps ("switch* ... off"), slots that must all match within a
window of words, negation in the same clause ("never switch off the alarm" is safe advice),
consequence statements ("switching off ... may cause") and safe contexts ("after use").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import product
from typing import Any, Iterator

from panelproof import knowledge
from panelproof.extract.device_type import fold
from panelproof.extract.instructions import is_permission
from panelproof.extract.model import Fact, FactBase, FactKind

_GAP = "..."
_GAP_MARK = "\x00"
_MAX_GAP_WORDS = 4
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]]|\s[-–]\s")
_ELIDED = {"n", "l", "s", "d", "j", "c", "m"}  # French elisions: n', l', s', d' ...


@dataclass(frozen=True)
class Token:
    word: str
    clause: int


@dataclass(frozen=True)
class Hazard:
    id: str
    severity: str
    explanation: str
    source: str
    # Hazards whose prohibition this instruction contradicts besides its own ("ventilate
    # without oxygen" contradicts "never switch off the oxygen"), and warning vocabulary ids.
    contradicts: tuple[str, ...] = ()
    contradicts_warnings: tuple[str, ...] = ()
    # A hazard only in the face of the document's own warning ("reconnect the set" against
    # "single use"): rule SI003 reports it, SI001 does not.
    only_against_warnings: bool = False
    # Phrases naming the harm the defeated protection prevents ("air embolism", "pneumothorax"):
    # a warning of the dossier naming one is the hazard the instruction re-creates.
    warned_by: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class HazardMatch:
    hazard: Hazard
    words: tuple[str, ...]  # the matched words, for messages and tests


def _words(text: str) -> list[str]:
    """Folded words; "n't" reads "not", an elided article its full form ("l'" -> "le")."""
    text = fold(text)
    text = re.sub(r"n't\b", " not", text)
    text = text.replace("'", " ").replace("\u2019", " ")
    words = re.findall(_GAP_MARK + r"|\*?[^\W_]+(?:-[^\W_]+)*\*?", text)
    return [w + "e" if w in _ELIDED else w for w in words]


def tokenize(sentence: str) -> list[Token]:
    """Folded words with the index of the clause they stand in."""
    tokens: list[Token] = []
    for clause, part in enumerate(_CLAUSE_BREAK.split(sentence)):
        tokens.extend(Token(w.strip("*"), clause) for w in _words(part) if w != _GAP_MARK)
    return tokens


# Cached: the hazard patterns share their safe contexts, so `_knowledge` parses some 8,400
# phrases of which fewer than half are distinct, in every rule worker that needs it.
@lru_cache(maxsize=None)
def phrase_parts(phrase: str) -> tuple[str, ...]:
    """"switch* ... off" -> ("switch*", "...", "off"), words cut as `tokenize` cuts them."""
    return tuple(_GAP if w == _GAP_MARK else w
                 for w in _words(phrase.replace(_GAP, f" {_GAP_MARK} ")))


def _word_matches(pattern: str, word: str) -> bool:
    if pattern.startswith("*"):
        # "*alarm" ends a compound ("Low-Flow-Alarm", "Apnoealarm"); "*alarm*" lies inside one.
        return pattern[1:-1] in word if pattern.endswith("*") else word.endswith(pattern[1:])
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    return word == pattern


def find_phrase(parts: tuple[str, ...], words: list[str] | tuple[str, ...]) -> list[list[int]]:
    """For each match of a phrase, the indices of the words it consists of (gaps left out)."""
    found = []
    for start in _starts(parts[0], words) if parts and parts[0] != _GAP else range(len(words)):
        indices = _match_from(parts, 0, words, start)
        if indices:
            found.append(indices)
    return found


def _starts(first: str, words: list[str] | tuple[str, ...]) -> list[int]:
    """Where a phrase may start: the positions of its first word (a cheap filter, so that the
    recursive matcher only runs where it can succeed)."""
    if first.startswith("*"):
        return [i for i, w in enumerate(words) if _word_matches(first, w)]
    if first.endswith("*"):
        stem = first[:-1]
        return [i for i, w in enumerate(words) if w.startswith(stem)]
    # A membership test first (a C loop): the first word of most phrases tried is absent.
    if first not in words:
        return []
    return [i for i, w in enumerate(words) if w == first]


def _match_from(parts: tuple[str, ...], p: int, words: list[str] | tuple[str, ...],
                w: int) -> list[int] | None:
    if p == len(parts):
        return []
    if w >= len(words):
        return None
    if parts[p] == _GAP:
        for skip in range(_MAX_GAP_WORDS + 1):
            rest = _match_from(parts, p + 1, words, w + skip)
            if rest is not None:
                return rest
        return None
    if not _word_matches(parts[p], words[w]):
        return None
    rest = _match_from(parts, p + 1, words, w + 1)
    return None if rest is None else [w, *rest]


def _all_phrases(entry: dict[str, Any] | None) -> tuple[tuple[str, ...], ...]:
    """Every phrase of a {language: [phrases]} mapping, parsed (the `source` key skipped)."""
    if not entry:
        return ()
    parsed = _parsed_phrases()
    return tuple(parsed.get(str(phrase)) or phrase_parts(str(phrase))
                 for lang, phrases in entry.items()
                 if lang not in _NOT_PHRASES for phrase in phrases or [])


@lru_cache(maxsize=1)
def _parsed_phrases() -> dict[str, tuple[str, ...]]:
    """`phrase_parts` of every string listed in hazards.yaml, kept between runs (parsing the
    8,000 phrases cost about 0.04 s per run) until hazards.yaml or the code that cuts words
    (this module, `fold` and the accent stripping it uses) changes."""
    from panelproof.extract import device_type
    from panelproof.ingest import normalize

    def derive() -> dict[str, tuple[str, ...]]:
        return {phrase: phrase_parts(phrase) for phrase in _listed_strings(knowledge.load("hazards"))}

    return knowledge.derived("hazard_phrases", derive, ["hazards"],
                             [__file__, device_type.__file__, normalize.__file__])


def _listed_strings(data: Any) -> Iterator[str]:
    """Every string in a list anywhere inside `data` (the phrases, and a few other words)."""
    if isinstance(data, dict):
        for value in data.values():
            yield from _listed_strings(value)
    elif isinstance(data, list):
        for item in data:
            if isinstance(item, str):
                yield item
            else:
                yield from _listed_strings(item)


_NOT_PHRASES = frozenset({"source", "long_duration", "only_if_short", "safeguard", "cancelled_by"})


@dataclass(frozen=True)
class _Pattern:
    hazard: Hazard
    slots: tuple[tuple[tuple[str, ...], ...], ...]
    window: int
    unless: tuple[tuple[str, ...], ...]
    # The first slot must be an action the sentence tells someone to take (`action: verb`),
    # not a noun naming a situation ("for power cuts", "en cas de coupure") or a condition
    # ("if the oxygen supply is interrupted, ...").
    verb_action: bool = False
    # Safe when one of these phrases stands in the clause of the first slot's match (the act)
    # nearer to it than the second slot's match: "the console is reprocessed" next to
    # "dispose of single-use components" reprocesses the console, not the single-use part.
    unless_nearer: tuple[tuple[str, ...], ...] = ()
    # Safe contexts that excuse only when no long duration stands near the act ("for 2
    # minutes" is an audio pause, "for up to 30 minutes" is not).
    unless_if_short: tuple[tuple[str, ...], ...] = ()
    # Slots (by index) that a stated duration over the limit also matches.
    long_duration_slots: frozenset[int] = frozenset()
    # The second slot (the object) stands before the first (the act) in the same clause with
    # no coordinating word between: passives and verb-final clauses.
    object_first: bool = False
    # The act names its object by a pronoun ("parents may deactivate it", "ihn ...
    # deaktivieren", "la désactiver"): the second slot (the antecedent, "the low-flow alarm")
    # must stand before the act, in any clause, with none of these nouns (another possible
    # antecedent: "stop the pump and switch it off") between them.
    antecedent_first: bool = False
    other_antecedents: tuple[tuple[str, ...], ...] = ()
    # The phrases of the pattern's `unless` contexts marked `safeguard: true` (a back-up
    # delivery, manual ventilation): a sentence naming one beside the pattern's object gives
    # the step the safe way (rule LA002).
    safeguards: tuple[tuple[str, ...], ...] = ()
    # The act and its object stand in one clause with no coordinating word between them, in
    # either order ("switch the bubble detector to OFF", "den Blasendetektor ... auf AUS
    # stellen"; not "check the bubble detector and switch off the pump").
    same_phrase: bool = False
    # Phrases that take the excuse of the `only_if_short` contexts away wherever they stand in
    # the sentence (their `cancelled_by`): an alarm switched off because it "is repeated" is
    # silenced as a nuisance, not answered.
    if_short_cancelled_by: tuple[tuple[str, ...], ...] = ()
    # Per slot, per phrase, the exact words (no gap, no stem) the phrase needs in a sentence:
    # `_may_match` tests them as one set inclusion, in C. It runs for every pattern on every
    # instruction sentence (half a million word tests on the 1,000-page benchmark).
    slot_words: tuple[tuple[frozenset[str], ...], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "slot_words", tuple(
            tuple(frozenset(w for w in parts if w != _GAP and "*" not in w) for parts in slot)
            for slot in self.slots))


@dataclass(frozen=True)
class _ActionReading:
    """Knowledge/hazards.yaml `action_reading`: the cues that an action word is a noun or a
    condition rather than an instructed act."""
    nominal_suffixes: tuple[str, ...] = ()
    noun_markers: frozenset[str] = frozenset()
    verbal_endings: tuple[str, ...] = ()
    conditions: tuple[tuple[str, ...], ...] = ()
    auxiliaries: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _Durations:
    """Knowledge/hazards.yaml `durations`: how a stated duration is read."""
    limit_seconds: float = 120
    units: dict[str, float] | None = None
    numbers: dict[str, float] | None = None
    long_phrases: tuple[tuple[str, ...], ...] = ()
    not_after: tuple[tuple[str, ...], ...] = ()
    # "until the end of the shift", "pendant la garde": spans that carry their own preposition, so
    # no "after"/"in" before them makes them a delay.
    spans: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class _Knowledge:
    patterns: tuple[_Pattern, ...]
    negations: tuple[tuple[str, ...], ...]
    consequences: tuple[tuple[str, ...], ...]
    action_reading: _ActionReading = _ActionReading()
    durations: _Durations = _Durations()
    coordinators: frozenset[str] = frozenset()
    hazard_statements: tuple[tuple[str, ...], ...] = ()


@lru_cache(maxsize=1)
def _knowledge() -> _Knowledge:
    data = knowledge.load("hazards")
    contexts = data.get("safe_contexts") or {}
    patterns = []
    entries = data.get("patterns") or []
    by_id = {entry["id"]: entry for entry in entries}
    for entry in entries:
        # A variant (`reports_as`) is another phrasing of a hazard: it has its own slots and
        # safe contexts, and reports as the hazard it names, with that hazard's text.
        shown = by_id[entry["reports_as"]] if entry.get("reports_as") else entry
        hazard = Hazard(id=shown["id"], severity=shown.get("severity", "major"),
                        explanation=shown.get("explanation", ""), source=shown.get("source", ""),
                        contradicts=tuple(shown.get("contradicts") or ()),
                        contradicts_warnings=tuple(shown.get("contradicts_warnings") or ()),
                        only_against_warnings=bool(shown.get("only_against_warnings")),
                        warned_by=_all_phrases(shown.get("warned_by")))
        slots = tuple(_all_phrases(slot) for slot in entry["all"])
        names = entry.get("unless") or []
        unless = tuple(p for name in names if not (contexts.get(name) or {}).get("only_if_short")
                       for p in _all_phrases(contexts.get(name)))
        if_short = tuple(p for name in names if (contexts.get(name) or {}).get("only_if_short")
                         for p in _all_phrases(contexts.get(name)))
        nearer = tuple(p for name in entry.get("unless_nearer") or []
                       for p in _all_phrases(contexts.get(name)))
        long_slots = frozenset(i for i, slot in enumerate(entry["all"]) if slot.get("long_duration"))
        others = tuple(p for name in entry.get("other_antecedents") or []
                       for p in _all_phrases(contexts.get(name)))
        patterns.append(_Pattern(hazard, slots, int(entry.get("window", 8)), unless,
                                 entry.get("action") == "verb", nearer, if_short, long_slots,
                                 bool(entry.get("object_first")),
                                 bool(entry.get("antecedent_first")), others,
                                 tuple(p for name in names if (contexts.get(name) or {}).get("safeguard")
                                       for p in _all_phrases(contexts.get(name))),
                                 bool(entry.get("same_phrase")),
                                 tuple(p for name in names if (contexts.get(name) or {}).get("only_if_short")
                                       for p in _all_phrases((contexts.get(name) or {}).get("cancelled_by")))))
    return _Knowledge(tuple(patterns), _all_phrases(data.get("negations")),
                      _all_phrases(data.get("consequence_markers")),
                      _action_reading(data.get("action_reading") or {}),
                      _durations(data.get("durations") or {}),
                      frozenset(_flat_words(data.get("coordinators"))),
                      _all_phrases(data.get("hazard_statements")))


def _durations(data: dict[str, Any]) -> _Durations:
    units = {fold(str(word)): float(seconds) for seconds, words in (data.get("units") or {}).items()
             for word in words or []}
    numbers = {fold(str(word)): float(value) for lang, words in (data.get("number_words") or {}).items()
               if lang != "source" for word, value in (words or {}).items()}
    return _Durations(float(data.get("limit_seconds", 120)), units, numbers,
                      _all_phrases(data.get("long_phrases")), _all_phrases(data.get("not_after")),
                      _all_phrases(data.get("shifts")) + _all_phrases(data.get("journeys"))
                      + _all_phrases(data.get("open_ended")))


_NUMBER_TOKEN = re.compile(r"(\d+)(?:-(\d+))?(?:-?([a-z]+))?")


def long_durations(words: list[str] | tuple[str, ...], durations: _Durations) -> list[list[int]]:
    """The stated durations longer than the limit, as word indices: a number (digits, a range
    "10-30" or a number word) and a unit ("30 minutes", "30-minute", "30min", "eine Stunde"),
    or a phrase without a number ("half an hour")."""
    found = [m for parts in durations.long_phrases for m in find_phrase(parts, words)]
    units, numbers = durations.units or {}, durations.numbers or {}
    for i, word in enumerate(words):
        number = _NUMBER_TOKEN.fullmatch(word)
        if number:
            value = float(number.group(2) or number.group(1))
            if number.group(3):
                unit, span = units.get(number.group(3)), [i]
            else:
                unit = units.get(words[i + 1]) if i + 1 < len(words) else None
                span = [i, i + 1]
        elif word in numbers and i + 1 < len(words):
            value, unit, span = numbers[word], units.get(words[i + 1]), [i, i + 1]
        else:
            continue
        if unit is not None and value * unit > durations.limit_seconds:
            found.append(span)
    found = [span for span in found if not _delay(words, span[0], durations.not_after)]
    return found + [m for parts in durations.spans for m in find_phrase(parts, words)]


def _delay(words: list[str] | tuple[str, ...], start: int,
           markers: tuple[tuple[str, ...], ...]) -> bool:
    """The duration starting at `start` follows "after", "every", "nach", "après" ... (up to
    "after about", "nach etwa": one word between)."""
    before = words[max(0, start - 4):start]
    for parts in markers:
        for found in find_phrase(parts, before):
            if len(before) - 1 - found[-1] <= 1:
                return True
    return False


def _flat_words(entry: dict[str, Any] | None) -> tuple[str, ...]:
    return tuple(str(w) for lang, words in (entry or {}).items() if lang != "source"
                 for w in words or [])


def _action_reading(data: dict[str, Any]) -> _ActionReading:
    return _ActionReading(
        nominal_suffixes=_flat_words(data.get("nominal_suffixes")),
        noun_markers=frozenset(_flat_words(data.get("noun_markers"))),
        verbal_endings=_flat_words(data.get("verbal_endings")),
        conditions=_all_phrases(data.get("conditions")),
        auxiliaries=frozenset(_flat_words(data.get("auxiliaries"))))


def _is_nominal(tokens: list[Token], index: int, reading: _ActionReading) -> bool:
    """The action word reads as a noun: a nominalisation ("interruption", "coupure",
    "Unterbrechung") or a bare form after a determiner, a preposition or a noun it modifies
    ("a power cut", "for power cuts", "en cas d'arrêt"). Gerunds and infinitives after a
    preposition ("before switching off", "avant de couper") stay verbs."""
    word = tokens[index].word
    if any(word.endswith(suffix) and len(word) > len(suffix) + 3
           for suffix in reading.nominal_suffixes):
        return True
    if index == 0 or tokens[index - 1].clause != tokens[index].clause:
        return False
    if word.endswith(reading.verbal_endings):
        return False
    return tokens[index - 1].word in reading.noun_markers


def _is_condition(tokens: list[Token], match: list[int], reading: _ActionReading) -> bool:
    """The action stands in a conditional clause that describes a situation ("if the oxygen
    supply is interrupted", "si l'alimentation est coupée", "wenn die Zufuhr unterbrochen
    wird"): a condition marker earlier in its clause and an auxiliary or a finite form
    between them. "If necessary, switch off ..." keeps its imperative."""
    first = match[0]
    clause = tokens[first].clause
    words = [t.word for t in tokens]
    for parts in reading.conditions:
        for found in find_phrase(parts, words):
            start = found[0]
            if tokens[start].clause != clause or not 0 < first - start <= 10:
                continue
            following = range(found[-1] + 1, min(len(tokens), match[-1] + 3))
            if any(words[i] in reading.auxiliaries and tokens[i].clause == clause
                   for i in following):
                return True
            if words[first].endswith(("s", "ed")) and not words[first].endswith("ss"):
                return True  # "if the concentrator stops", "when the power is cut" above
    return False


def _instructed(tokens: list[Token], match: list[int], sentence: str,
                reading: _ActionReading) -> bool:
    if _is_condition(tokens, match, reading):
        return False
    if _is_nominal(tokens, match[0], reading):
        # "Interruption of the oxygen for up to 30 s is acceptable" still permits the act.
        return is_permission(sentence)
    return True


def _contains(phrases: tuple[tuple[str, ...], ...], words: list[str]) -> bool:
    return any(find_phrase(p, words) for p in phrases)


def _negated(tokens: list[Token], matches: list[list[int]],
             negations: tuple[tuple[str, ...], ...]) -> bool:
    """A negation in the clause of the first slot (the action), before or inside the match,
    that is not itself a matched word ("with no oxygen" is not a prohibition)."""
    clause = tokens[matches[0][0]].clause
    last = max(i for m in matches for i in m)
    matched = {i for m in matches for i in m}
    words = [t.word for t in tokens]
    for parts in negations:
        for negation in find_phrase(parts, words):
            first = negation[0]
            if first not in matched and tokens[first].clause == clause and first <= last:
                return True
    return False


_COMPANION = frozenset({"with", "together", "avec", "mit", "samt", "con", "insieme", "junto", "met"})


def _other_object_nearer(tokens: list[Token], matches: list[list[int]],
                         phrases: tuple[tuple[str, ...], ...]) -> bool:
    """A phrase of `phrases` in the clause of the act (the first slot's match), nearer to the
    act than the second slot's match: the act concerns that object, not the other one."""
    act, other = matches[0], matches[1]
    clause = tokens[act[0]].clause
    other_distance = (min(abs(i - j) for i in act for j in other)
                      if tokens[other[0]].clause == clause else len(tokens) + 1)
    words = [t.word for t in tokens]
    for parts in phrases:
        for found in find_phrase(parts, words):
            if tokens[found[0]].clause != clause or set(found) & set(act):
                continue
            if _COMPANION.intersection(words[max(0, found[0] - 2):found[0]]):
                continue  # "reprocessed with the console": the console is not what is reprocessed
            if min(abs(i - j) for i in act for j in found) < other_distance:
                return True
    return False


def _closest(per_slot: list[list[list[int]]], window: int) -> list[list[int]] | None:
    """One match per slot, the tightest combination within `window` words."""
    best: tuple[int, list[list[int]]] | None = None
    for combo in product(*per_slot):
        span = max(m[-1] for m in combo) - min(m[0] for m in combo)
        if span <= window and (best is None or span < best[0]):
            best = (span, list(combo))
    return best[1] if best else None


def match_hazards(sentence: str) -> list[HazardMatch]:
    """The hazard patterns an instruction matches, safe readings left out."""
    return [m for m, negated, safe in _analyse(sentence) if not negated and not safe]


def match_hazards_after(sentence: str, before: str) -> list[HazardMatch]:
    """The hazards an instruction raises when its anaphor ("the same may be switched off", "it
    can be disabled", "elle peut être désactivée") takes its antecedent from the sentence
    before ("The occlusion alarm may sound repeatedly at night."): patterns whose act, anaphor
    included, stands in `sentence` (`antecedent_first`) and that match neither sentence alone."""
    if not before:
        return []
    words = [t.word for t in tokenize(sentence)]
    vocabulary = frozenset(words)
    acts = {p.hazard.id for p in _knowledge().patterns
            if p.antecedent_first and _may_match(p.slot_words[0], vocabulary)
            and _contains(p.slots[0], words)}
    if not acts:
        return []
    alone = {m.hazard.id for m in match_hazards(sentence)} | {
        m.hazard.id for m, _n, _s in _analyse(before)}
    # A full stop between them: the clause break keeps negations and contexts of the sentence
    # before out of the instruction's clause.
    return [m for m in match_hazards(f"{before.rstrip(' .')}; {sentence}")
            if m.hazard.id in acts - alone]


def excused_hazards(sentence: str) -> list[HazardMatch]:
    """The hazard patterns a sentence matches that a safe context excuses ("connect the back-up
    delivery system, then stop NO delivery"): the safe way of doing the step."""
    return [m for m, negated, safe in _analyse(sentence) if safe and not negated]


@lru_cache(maxsize=65536)
def safeguarded_hazards(sentence: str) -> frozenset[str]:
    """The hazards whose step the sentence gives with its safeguard: a phrase of a safeguard
    context of the pattern and a phrase of its object (second slot), with no negation of the
    safeguard ("connect the back-up delivery system and keep NO delivery running")."""
    words = [t.word for t in tokenize(sentence)]
    if not words:
        return frozenset()
    vocabulary = frozenset(words)
    found = set()
    for pattern in _knowledge().patterns:
        if not pattern.safeguards or len(pattern.slots) < 2 or pattern.hazard.id in found:
            continue
        if not _may_match(pattern.slot_words[1], vocabulary):
            continue
        if _contains(pattern.safeguards, words) and _contains(pattern.slots[1], words):
            found.add(pattern.hazard.id)
    return frozenset(found)


def prohibited_hazards(sentence: str) -> list[HazardMatch]:
    """The hazard patterns a sentence forbids ("never ventilate without oxygen monitoring")."""
    return [m for m, negated, _safe in _analyse(sentence) if negated]


def _may_match(slot_words: tuple[frozenset[str], ...], vocabulary: frozenset[str]) -> bool:
    """Whether some phrase of a slot could match: each of its exact words occurs in the
    sentence (stems are left to the matcher). Cheap; rules most patterns out at once.
    `slot_words` is the slot's `_Pattern.slot_words` entry."""
    for words in slot_words:
        if words <= vocabulary:
            return True
    return False


@lru_cache(maxsize=65536)
def _analyse(sentence: str) -> tuple[tuple[HazardMatch, bool, bool], ...]:
    """Every hazard pattern the sentence matches, with whether the match is negated (a
    prohibition) and whether a safe context excuses it. SI001 and SI003 read the same
    sentences, and SI003 reads each in both ways: the work is done once per sentence."""
    known = _knowledge()
    tokens = tokenize(sentence)
    words = tuple(t.word for t in tokens)
    if not words:
        return ()
    # A sentence that states a consequence ("switching off the alarm may cause injury") gives no
    # instruction; a prohibition in another clause of it still forbids ("Do not operate the
    # handpiece without irrigation; this may cause a wound burn").
    consequence_clauses = frozenset(tokens[m[0]].clause for parts in known.consequences
                                    for m in find_phrase(parts, list(words)))
    vocabulary = frozenset(words)
    found: list[tuple[HazardMatch, bool, bool]] = []
    for pattern in known.patterns:
        if not all(i in pattern.long_duration_slots or _may_match(slot, vocabulary)
                   for i, slot in enumerate(pattern.slot_words)):
            continue
        per_slot = _slot_matches(pattern, words)
        if per_slot is None:
            continue
        for index in pattern.long_duration_slots:
            per_slot[index] += long_durations(words, known.durations)
        if pattern.object_first and per_slot[0] and per_slot[1]:
            per_slot[1] = [m for m in per_slot[1]
                           if any(_object_before(tokens, m, act, known.coordinators)
                                  for act in per_slot[0])]
        if pattern.same_phrase and per_slot[0] and per_slot[1]:
            per_slot[1] = [m for m in per_slot[1]
                           if any(_same_phrase(tokens, m, act, known.coordinators,
                                               pattern.other_antecedents)
                                  for act in per_slot[0])]
        if pattern.antecedent_first and per_slot[0] and per_slot[1]:
            per_slot[1] = [m for m in per_slot[1]
                           if any(_antecedent(words, m, act, pattern.other_antecedents)
                                  for act in per_slot[0])]
        if pattern.verb_action and per_slot[0]:
            per_slot[0] = [m for m in per_slot[0]
                           if _instructed(tokens, m, sentence, known.action_reading)]
        if not all(per_slot):
            continue
        matches = _closest(per_slot, pattern.window)
        if matches is None:
            continue
        negated = _negated(tokens, matches, known.negations)
        if consequence_clauses and (not negated
                                    or tokens[matches[0][0]].clause in consequence_clauses):
            continue
        safe = (_stated_as_hazard(tokens, matches, known.hazard_statements) or (bool(pattern.unless) and _contains(pattern.unless, list(words)))
                or (bool(pattern.unless_if_short) and _contains(pattern.unless_if_short, list(words))
                    and not _long_duration_near(words, matches, pattern.window, known.durations)
                    and not (pattern.if_short_cancelled_by
                             and _contains(pattern.if_short_cancelled_by, list(words))))
                or (bool(pattern.unless_nearer) and _other_object_nearer(tokens, matches,
                                                                         pattern.unless_nearer)))
        matched_words = tuple(" ".join(words[m[0]:m[-1] + 1]) for m in matches)
        found.append((HazardMatch(pattern.hazard, matched_words), negated, safe))
    return tuple(found)


def _slot_matches(pattern, words: tuple[str, ...]) -> list[list[list[int]]] | None:
    """The phrase matches of each slot of a pattern; None as soon as a slot has none and no long
    duration can fill it: the filters after only remove matches, so the pattern cannot match,
    and the phrases of the later slots need not be searched."""
    per_slot = []
    for index, slot in enumerate(pattern.slots):
        found = [m for parts in slot for m in find_phrase(parts, words)]
        if not found and index not in pattern.long_duration_slots:
            return None
        per_slot.append(found)
    return per_slot


def _stated_as_hazard(tokens: list[Token], matches: list[list[int]],
                      statements: tuple[tuple[str, ...], ...]) -> bool:
    """The clause of the act states the hazard ("...; ozone is toxic when inhaled", "l'ozone
    est toxique en cas d'inhalation"): the reason for a prohibition, not an instruction. Only
    that clause counts: "ventilate without oxygen; oxygen is harmful" still instructs."""
    clause = tokens[matches[0][0]].clause
    words = [t.word for t in tokens]
    return any(tokens[found[0]].clause == clause
               for parts in statements for found in find_phrase(parts, words))


def _object_before(tokens: list[Token], obj: list[int], act: list[int],
                   coordinators: frozenset[str]) -> bool:
    """The object stands before the act in its clause with no coordinating word between
    ("the apnoea alarm may be switched off", not "check the alarm and switch off the unit")."""
    if obj[-1] >= act[0] or tokens[obj[0]].clause != tokens[act[0]].clause:
        return False
    return not any(tokens[i].word in coordinators for i in range(obj[-1] + 1, act[0]))


def _same_phrase(tokens: list[Token], obj: list[int], act: list[int],
                 coordinators: frozenset[str],
                 other_objects: tuple[tuple[str, ...], ...] = ()) -> bool:
    """The object and the act stand in one clause, in either order, with no coordinating
    word between them. An object before the act with another device named in or right after
    the act is its subject, not its object ("the bubble detector switches off the pump", "der
    Blasendetektor schaltet die Pumpe ab")."""
    if tokens[obj[0]].clause != tokens[act[0]].clause or set(obj) & set(act):
        return False  # "automatic shut-off": the act word is part of the protection's name
    if obj[0] > act[-1]:
        between = range(act[-1] + 1, obj[0])
    elif act[0] > obj[-1]:
        between = range(obj[-1] + 1, act[0])
        clause = tokens[act[0]].clause
        after = [t.word for t in tokens[act[0] + 1:act[-1] + 5] if t.clause == clause]
        if other_objects and any(find_phrase(parts, after) for parts in other_objects):
            return False
    else:
        return True  # the object stands inside the act ("switch the detector to off")
    return not any(tokens[i].word in coordinators and not _english_of(tokens, i)
                   for i in between)


_ENGLISH_DETERMINERS = frozenset({"the", "a", "an", "this", "its", "your", "each", "every"})


def _english_of(tokens: list[Token], index: int) -> bool:
    """"of the pump" is an English preposition, not the Dutch "of" (or)."""
    return (tokens[index].word == "of" and index + 1 < len(tokens)
            and tokens[index + 1].word in _ENGLISH_DETERMINERS)


def warning_naming(hazard: Hazard, facts: FactBase, documents: list[str]) -> Fact | None:
    """The first warning that names the harm the hazard's protection prevents, preferably in
    one of `documents` (the instructions' own)."""
    if not hazard.warned_by:
        return None
    found: Fact | None = None
    for fact in facts.of(FactKind.WARNING):
        words = [t.word for t in tokenize(fact.location.quote)]
        if not _contains(hazard.warned_by, words):
            continue
        if fact.document in documents:
            return fact
        found = found or fact
    return found


def _antecedent(words: tuple[str, ...], antecedent: list[int], act: list[int],
                others: tuple[tuple[str, ...], ...]) -> bool:
    """The antecedent stands before the act with no other candidate noun between them."""
    if antecedent[-1] >= act[0]:
        return False
    between = words[antecedent[-1] + 1:act[0]]
    return not any(find_phrase(parts, between) for parts in others)


def _long_duration_near(words: tuple[str, ...], matches: list[list[int]], window: int,
                        durations: _Durations) -> bool:
    start = min(m[0] for m in matches) - window
    end = max(m[-1] for m in matches) + window
    return any(start <= d[0] <= end for d in long_durations(words, durations))


# Shared by SI001 (the dossier's own warning named in the message) and SI003.
def prohibitions(facts: FactBase) -> dict[str, tuple[int, Fact]]:
    """For each forbidden hazard id (and warning id), the first warning or prohibition that
    forbids it, with its rank in reading order (indexed once, not searched per instruction);
    also under "<document>\0<id>" for the first one of each document."""
    first: dict[str, tuple[int, Fact]] = {}
    for rank, fact in enumerate(facts.of(FactKind.WARNING) + facts.of(FactKind.INSTRUCTION)):
        forbidden = {m.hazard.id for m in prohibited_hazards(fact.location.quote)}
        if fact.kind is FactKind.WARNING and hasattr(fact.value, "id"):
            forbidden.add("warning:" + str(fact.value.id))
        for hazard_id in forbidden:
            first.setdefault(hazard_id, (rank, fact))
            first.setdefault(f"{fact.document}\0{hazard_id}", (rank, fact))
    return first


def contradicted(hazard: Hazard, prohibitions: dict[str, tuple[int, Fact]],
                 document: str | None = None) -> Fact | None:
    wanted = {hazard.id, *hazard.contradicts,
              *("warning:" + w for w in hazard.contradicts_warnings)}
    if document is not None:
        wanted = {f"{document}\0{w}" for w in wanted}
    hits = [prohibitions[w] for w in wanted if w in prohibitions]
    return min(hits, key=lambda hit: hit[0])[1] if hits else None
