"""SI005: an instruction permits a value above the limit a warning of the same document sets."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

from panelproof import knowledge
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.extract.parameters import NUMBER, UNIT_SPELLINGS, _unit_for, convert, parse_number
from panelproof.rules.identity._compare import document_label
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.safety.common import find_phrase, phrase_parts, tokenize

# Values within 2.5 % are the same value rounded or converted (as in SP001).
ROUNDING = 0.025
# Between a limit word and its value only a few words stand ("do not exceed a tourniquet time
# of 2 hours").
_WINDOW = 60
# Quantities a percentage may measure are too many to compare (a volume added, a duty cycle).
_NOT_COMPARED = {"percent"}


@dataclass(frozen=True)
class _Value:
    number: float
    unit: str
    start: int


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, Any]:
    data = knowledge.load("limit_statements")

    def words(key: str) -> re.Pattern:
        entry = data.get(key) or {}
        items = entry if isinstance(entry, list) else [w for ws in entry.values() for w in ws or []]
        alternatives = sorted({str(w) for w in items}, key=lambda t: (-len(t), t))
        return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in alternatives) + r")(?![\w])",
                          re.IGNORECASE)

    units = "|".join(re.escape(u) for u in sorted(UNIT_SPELLINGS, key=lambda t: (-len(t), t)))
    span = data.get("range") or {}

    def alternatives(key: str) -> str:
        return "|".join(re.escape(str(w)) for w in sorted(span.get(key) or [], key=lambda t: (-len(str(t)), str(t))))

    return {
        "limit_before": words("limit_before"), "limit_after": words("limit_after"),
        "permission": words("permission"), "negation": words("negation"),
        "setting": words("setting_verbs"),
        # "between 20 and 30 cmH2O", "entre 20 et 30 cmH2O", "20-30 cmH2O": the upper end
        "range": re.compile(rf"(?<![\w.,])(?:(?:{alternatives('openers')})\s+)?(?P<a>{NUMBER})\s*"
                            rf"(?:(?P<ua>{units})\s*)?(?:{alternatives('joiners')})\s*(?P<n>{NUMBER})\s*"
                            rf"(?P<u>{units})(?![\w/²³])", re.IGNORECASE),
        "comparative": words("comparative"),
        "generic": frozenset(_fold(str(w)) for w in data.get("generic_words") or []),
        "own_quantity": frozenset(_fold(str(w)) for w in data.get("own_quantity_words") or []),
        "relative": _relative_increase(data.get("relative_increase") or {}),
        "limit_reference": words("limit_reference"),
        "condition": re.compile(r"^\W*(?:\(?\w{1,3}[.)]\s*)?(?:" + words("condition_opener").pattern
                                + r")[^,;:]{0,160}[,;:]\s*", re.IGNORECASE),
        "exceeding": words("exceeding"), "continuation": words("continuation"),
        "condition_word": words("condition_opener"),
        "value": re.compile(rf"(?<![\d.,])(?P<n>{NUMBER})\s*(?P<u>{units})(?![\w/²³])", re.IGNORECASE),
    }


def _relative_increase(entry: dict[str, Any]) -> re.Pattern:
    """One pattern for the relative-increase phrases: `{n}` a number, `*` up to four words,
    "%" with or without a space before it."""
    def phrase(text: str) -> str:
        parts = []
        for word in text.split():
            if word == "{n}":
                parts.append(rf"(?:{NUMBER})")
            elif word == "*":
                parts.append(r"(?:[^\W\d_][\w'’-]*\s+){0,4}?")
                continue
            elif word == "%":
                parts.append(r"(?:%|percent|per cent|pour cent|prozent|por ciento|per cento|procent)")
            else:
                parts.append(re.escape(word))
            parts.append(r"\s*")
        return "".join(parts[:-1])
    alternatives = sorted({str(w) for lang, ws in entry.items() if lang != "source" for w in ws or []},
                          key=lambda t: (-len(t), t))
    return re.compile(r"(?<![\w])(?:" + "|".join(phrase(a) for a in alternatives) + r")(?![\w])",
                      re.IGNORECASE)


def relative_increase_over_limit(sentence: str) -> str | None:
    """The phrase by which an instruction goes beyond the limit it takes as its base ("inflate
    with the maximum volume, then add a further 50 %", "double the maximum dose"), or None. A
    negated sentence ("never add a further 10 % above the maximum") keeps within the limit."""
    vocab = _vocabulary()
    found = vocab["relative"].search(sentence)
    if found is None or not vocab["limit_reference"].search(sentence):
        return None
    clause_start = max(sentence.rfind(mark, 0, found.start()) for mark in ";:,.") + 1
    if vocab["negation"].search(sentence, clause_start, found.start()):
        return None  # "a manometer is not needed" in another clause negates nothing here
    return found.group(0)


@dataclass(frozen=True)
class _ProcedureLimit:
    id: str
    label: str
    unit: str  # pint's name, for conversion
    shown_unit: str  # as the knowledge writes it, for messages
    max: float
    explanation: str
    source: str
    act: tuple[tuple[str, ...], ...]
    per: tuple[tuple[str, ...], ...]
    context: tuple[tuple[str, ...], ...]
    harm: tuple[tuple[str, ...], ...]


@lru_cache(maxsize=1)
def _procedure_limits() -> tuple[_ProcedureLimit, ...]:
    """The limits clinical guidance sets on a procedure (knowledge/procedure_limits.yaml)."""
    def phrases(entry: Any) -> tuple[tuple[str, ...], ...]:
        items = entry.values() if isinstance(entry, dict) else [entry or []]
        return tuple(phrase_parts(str(p)) for ps in items for p in ps or [])
    data = knowledge.load("procedure_limits") or {}
    return tuple(_ProcedureLimit(str(e["id"]), str(e.get("label", e["id"])),
                                 _unit_for(str(e["unit"])) or str(e["unit"]), str(e["unit"]),
                                 float(e["max"]), str(e.get("explanation", "")),
                                 str(e.get("source", "")), phrases(e.get("act")),
                                 phrases(e.get("per")), phrases(e.get("context")),
                                 phrases(e.get("harm")))
                 for e in data.get("limits") or [])


def _mentions(phrases: tuple[tuple[str, ...], ...], words: list[str]) -> bool:
    return any(find_phrase(parts, words) for parts in phrases)


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if c.isalnum())


def _values(text: str, start: int = 0, end: int | None = None,
            language: str | None = None) -> list[_Value]:
    found = []
    for m in _vocabulary()["value"].finditer(text, start, len(text) if end is None else end):
        unit = _unit_for(m.group("u"))
        if unit and unit not in _NOT_COMPARED:
            found.append(_Value(parse_number(m.group("n"), language), unit, m.start()))
    return found


def limit_values(sentence: str) -> list[_Value]:
    """The values a sentence sets as a limit: after a limit word ("do not exceed 2 hours",
    "maximum cuff volume 7 ml"), before one ("2 hours maximum"), or after a comparative in a
    negated sentence ("must not stay on one site for more than 4 hours")."""
    vocab = _vocabulary()
    cues = [m.end() for m in vocab["limit_before"].finditer(sentence)]
    if vocab["negation"].search(sentence):
        cues += [m.end() for m in vocab["comparative"].finditer(sentence)]
    limits: list[_Value] = []
    for cue in sorted(cues):
        values = _values(sentence, cue)
        if values and values[0].start - cue <= _WINDOW and not re.search(r"\d", sentence[cue:values[0].start]):
            # the first value and those of its quantity after it ("2 hours on the lower limb
            # or 1.5 hours on the upper limb")
            limits += [v for v in values if convert(v.number, v.unit, values[0].unit) is not None]
    for m in vocab["limit_after"].finditer(sentence):
        before = [v for v in _values(sentence, max(0, m.start() - 20), m.start())]
        limits += before[-1:]
    # one value read by two cues ("do not exceed" and the negated "exceed") is one limit
    return list({v.start: v for v in limits}.values())


def range_limits(sentence: str) -> list[_Value]:
    """The upper ends of the ranges a warning keeps a quantity within ("Keep the cuff pressure
    between 20 and 30 cmH2O", "zwischen 20 und 30 cmH2O", "20-30 cmH2O"): leaving the range
    upwards breaks the warning."""
    found = []
    for m in _vocabulary()["range"].finditer(sentence):
        unit = _unit_for(m.group("u"))
        low, high = parse_number(m.group("a"), None), parse_number(m.group("n"), None)
        if unit and unit not in _NOT_COMPARED and low is not None and high is not None and low < high:
            found.append(_Value(high, unit, m.start("n")))
    return found


@lru_cache(maxsize=65536)
def continued_beyond(sentence: str, language: str | None = None) -> tuple[_Value, ...]:
    """The values past which a sentence lets an act go on: "If the fluid deficit exceeds 2 500
    mL, the procedure may be continued", "Wenn das Defizit 2.500 ml überschreitet, kann der
    Eingriff fortgesetzt werden", "even when more than 1.5 L has been drained, continue". The
    value follows an `exceeding` word in a condition (a condition word earlier in its clause),
    a `continuation` word stands in another clause, and neither clause is negated ("If the
    deficit does not exceed 2 500 mL, continue"; "..., do not continue"). Numbers are read with
    the separators of `language` ("2.500 ml" in German is 2,500 mL)."""
    vocab = _vocabulary()
    going_on = list(vocab["continuation"].finditer(sentence))
    if not going_on:
        return ()

    def clause(at: int) -> tuple[int, int]:
        start = max(sentence.rfind(mark, 0, at) for mark in ",;:") + 1
        ends = [i for i in (sentence.find(mark, at) for mark in ",;:") if i != -1]
        return start, min(ends, default=len(sentence))

    found = []
    for cue in vocab["exceeding"].finditer(sentence):
        values = _values(sentence, cue.end(), language=language)
        if not values or values[0].start - cue.end() > _WINDOW or re.search(r"\d", sentence[cue.end():values[0].start]):
            # a verb-final condition: "wenn das Defizit 2.500 ml überschreitet"
            values = _values(sentence, max(0, cue.start() - 20), cue.start(), language)[-1:]
            if not values:
                continue
        value = values[0]
        start, end = clause(cue.start())
        conditions = list(vocab["condition_word"].finditer(sentence, start, min(cue.start(), value.start)))
        if not conditions or vocab["negation"].search(sentence, start, end):
            continue
        condition = (conditions[-1].start(), max(value.start, cue.start()))
        for word in going_on:
            if condition[0] <= word.start() <= condition[1]:
                continue  # "if the going on exceeds ..." is the condition, not the order
            w_start, w_end = clause(word.start())
            if not vocab["negation"].search(sentence, w_start, w_end):
                found.append(value)
                break
    return tuple(found)


def permitted_values(sentence: str) -> list[_Value]:
    return list(_permitted_values(sentence))


@lru_cache(maxsize=65536)
def _permitted_values(sentence: str) -> tuple[_Value, ...]:
    """The values a sentence permits or instructs: a permission or setting word ("may", "up to",
    "continuously", "increase ... to", "or more", "darf", "jusqu'à", "inflate the cuff to") and
    no limit word, nor a negation before the end of the value's clause ("inflate the cuff to 40
    cmH2O, as a higher pressure ensures that no secretions pass" instructs 40 cmH2O). A leading
    condition ("If the flow is not sufficient, ...") is not the order: its negation negates
    nothing, its values are not instructed."""
    vocab = _vocabulary()
    condition = vocab["condition"].match(sentence)
    start = condition.end() if condition else 0
    order = sentence[start:]
    if not (vocab["permission"].search(order) or vocab["setting"].search(order)) \
            or vocab["limit_before"].search(sentence) or vocab["limit_after"].search(sentence):
        return ()
    negations = [m.start() for m in vocab["negation"].finditer(sentence, start)]
    kept = []
    for value in _values(sentence, start):
        ends = [i for i in (sentence.find(mark, value.start) for mark in ",;:") if i != -1]
        if not any(n < min(ends, default=len(sentence)) for n in negations):
            kept.append(value)
    return tuple(kept)


def _subject_words(sentence: str) -> frozenset[str]:
    """Words of substance, cut to five letters: "cuff", "inflat", "sensor"."""
    vocab = _vocabulary()
    text = vocab["value"].sub(" ", sentence)
    for key in ("limit_before", "limit_after", "permission", "negation", "comparative"):
        text = vocab[key].sub(" ", text)
    words = (_fold(w) for w in re.findall(r"[^\W\d_][\w'’-]*", text))
    return frozenset(w[:5] for w in words if len(w) >= 4 and w not in vocab["generic"])


# Languages whose adjectives mostly follow the noun ("ballonnet vaginal", "balón vaginal").
_ADJECTIVE_AFTER = frozenset({"fr", "it", "es", "pt", "ro", "ca", "mt"})


def _modifiers(sentence: str, stem: str, language: str | None = None) -> frozenset[str]:
    """The words of substance right before each word of `stem` in `sentence` ("vaginal" in
    "Inflate the vaginal balloon"), or right after it in a language whose adjectives follow
    the noun ("vaginal" in "gonfler le ballonnet vaginal"); a limit or permission word beside
    it modifies nothing."""
    vocab = _vocabulary()
    # limit, permission and setting words become a gap: nothing beside them is a modifier
    for key in ("limit_before", "limit_after", "permission", "negation", "comparative", "setting"):
        sentence = vocab[key].sub(" | ", sentence)
    tokens = re.findall(r"[^\W\d_][\w'’-]*|\S", sentence)
    found = set()
    for i, token in enumerate(tokens):
        if _fold(token)[:5] != stem:
            continue
        for j in ((i + 1,) if language in _ADJECTIVE_AFTER else (i - 1,)):
            if not 0 <= j < len(tokens):
                continue
            word = _fold(tokens[j])
            # five letters at least: "with", "avec", "über", "into" are no modifiers
            if len(word) >= 5 and word[0].isalpha() and word not in vocab["generic"]:
                found.add(word)
    return frozenset(found)


def _other_objects(one: str, other: str, shared: frozenset[str], language: str | None = None) -> bool:
    """True when a word the two sentences share names another object in each: "the vaginal
    balloon" against "the intrauterine balloon", "ballonnet vaginal" against "ballonnet
    intra-utérin", "proximal cuff" against "distal cuff". A word without a modifier on one
    side ("the balloon") may be either object."""
    for stem in shared:
        a, b = _modifiers(one, stem, language), _modifiers(other, stem, language)
        if a and b and not any(x in y or y in x for x in a for y in b):  # not "inflate" / "overinflate"
            return True
    return False


def _own_quantities(sentence: str) -> frozenset[str]:
    words = (_fold(w) for w in re.findall(r"[^\W\d_][\w-]*", sentence))
    return frozenset(w for w in words if w in _vocabulary()["own_quantity"])


def _exceeds(value: _Value, limit: _Value) -> bool:
    converted = convert(value.number, value.unit, limit.unit)
    return converted is not None and converted > limit.number * (1 + ROUNDING)


class InstructionExceedsStatedLimit(Rule):
    """An instruction or permission allows a duration, pressure or volume above the limit a
    warning of the same document sets.

    What it finds:
        In one document, a sentence that sets a numeric limit ("do not exceed", "maximum",
        "never more than", "höchstens", "ne pas dépasser", "non superare", "no más de", or a
        negated "more than" / "longer than") and a sentence that permits or instructs a larger
        value of the same quantity ("may be kept inflated continuously for up to 4 hours",
        "darf bis zu 8 Stunden belassen werden", "(3) If the drape does not seal, raise the
        vacuum to -250 mmHg or higher": a setting verb or an open upper end instructs a value,
        a leading condition's negation negates nothing; signed pressures compare by
        magnitude), converted to one unit (h and min, mmHg and
        kPa, ml and l). The two must share a word of substance ("cuff", "inflation",
        "sensor") that names the same object in both ("the vaginal balloon" is not "the
        intrauterine balloon", nor "ballonnet vaginal" "ballonnet intra-utérin"), so a
        battery's run time is not held against a tourniquet time, and a
        storage, battery or charging time is compared only with another one. Where the
        limit names several values ("2 hours on the lower limb or 1.5 hours on the upper
        limb"), the largest is the limit. An instruction that takes the maximum as its base and
        adds to it ("inflate the cuff with the maximum volume, then add a further 50 %",
        "increase the volume by 25 %", "double the maximum dose", "ajouter encore 20 %",
        "weitere 30 %") is beyond the limit by its own words; it is quoted with the document's
        limit or stated maximum of the same subject ("Maximum cuff volume: 7 ml"). A negated
        increase ("never add a further 10 % above the maximum") and filling to the maximum
        are not reported. A warning that keeps a quantity within a range ("Keep the cuff
        pressure between 20 and 30 cmH2O", "entre 20 et 30 cmH2O", "5 bis 10 ml") limits it to
        the upper end, and an imperative setting verb instructs a value ("Inflate the cuff to
        40 to 50 cmH2O, as a higher pressure ensures that no secretions pass": a negation in a
        later clause does not negate it). The limit, permission, setting-verb, range and
        relative-increase words are knowledge/limit_statements.yaml.
        Limits of a procedure that clinical guidance sets (knowledge/procedure_limits.yaml,
        each with its published source) bound a per-session amount in a document about that
        procedure: "Drain up to 2,000 mL per session" in a pleural catheter IFU is above the
        1.5 L at which guidance stops a drainage (re-expansion pulmonary oedema); the
        document's own mention of the harm is quoted. Going on once the quantity exceeds or
        reaches such a limit is beyond it too ("If the fluid deficit exceeds 2 500 mL of
        saline, the procedure may be continued after furosemide" in a hysteroscopy IFU, "wenn
        das Flüssigkeitsdefizit 2.500 ml überschreitet, kann der Eingriff fortgesetzt werden":
        guidance ends the procedure there); a stop, a negated going on, or a threshold below the
        limit is not reported.

    Why a panel cares:
        An instruction that breaks the document's own limit exposes patients to the harm the
        limit controls (ischaemia, pressure injury, over-inflation), and shows that the IFU was
        not checked against the risk analysis (EN ISO 14971 information for safety).

    Example:
        IFU warning: "Do not exceed an inflation time of 2 hours on the lower limb."
        IFU procedure: "The cuff may be kept inflated continuously for up to 4 hours."

    Use instead:
        "The cuff may be kept inflated for up to 2 hours on the lower limb (1.5 hours on the
        upper limb); deflate it before that time."

    References:
        MDR Annex I 23.4(g) and (h); MDR Annex I 4; EN ISO 14971:2019 clause 7.
    """

    code = "SI005"
    name = "instruction-exceeds-stated-limit"
    category = Category.SAFETY_INSTRUCTION
    severity = Severity.MAJOR
    title = "Instruction permits a value above the document's own limit"
    references = ("MDR Annex I 23.4(g) and (h)", "MDR Annex I 4", "EN ISO 14971:2019 clause 7")
    recommendation = ("Bring the instruction within the limit the warnings set (or correct the "
                      "limit where the risk analysis supports the instruction), in every "
                      "document and language.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        by_doc: dict[str, dict[str, Fact]] = {}
        # An instruction worded in a warnings section ("If the deficit exceeds 2 500 mL, the
        # procedure may be continued") is read as a warning above; against guidance it is
        # still an instruction.
        under_warning: dict[str, list[Fact]] = {}
        for kind in (FactKind.WARNING, FactKind.INSTRUCTION):
            for fact in facts.of(kind):
                kept = by_doc.setdefault(fact.document, {}).setdefault(fact.location.quote, fact)
                if kept is not fact and kept.kind is not fact.kind:
                    under_warning.setdefault(fact.document, []).append(fact)
        # A stated maximum of the specifications ("Maximum cuff volume: 7 ml") bounds a relative
        # increase over "the maximum volume"; absolute permissions keep to warnings.
        stated: dict[str, dict[str, Fact]] = {}
        for fact in facts.of(FactKind.PARAMETER):
            stated.setdefault(fact.document, {}).setdefault(fact.location.quote, fact)
        findings = []
        for doc, sentences in sorted(by_doc.items()):
            limits = [(fact, value) for fact in sentences.values()
                      for value in limit_values(fact.location.quote)
                      + (range_limits(fact.location.quote) if fact.kind is FactKind.WARNING else [])]
            maxima = list((stated.get(doc) or {}).values())
            if not limits and not maxima and not _procedure_limits() and not any(
                    relative_increase_over_limit(f.location.quote) for f in sentences.values()
                    if f.kind is FactKind.INSTRUCTION):
                continue
            for fact in sentences.values():
                if fact.kind is not FactKind.INSTRUCTION:
                    continue
                finding = (self._absolute(facts, fact, limits)
                           or self._relative(facts, fact, maxima, [f for f, _ in limits])
                           or self._beyond_guidance(facts, fact))
                if finding is not None:
                    findings.append(finding)
            for fact in under_warning.get(doc, []):
                finding = self._beyond_guidance(facts, fact)
                if finding is not None:
                    findings.append(finding)
        return findings

    def _absolute(self, facts: FactBase, instruction: Fact,
                  limits: list[tuple[Fact, _Value]]) -> Finding | None:
        permitted = permitted_values(instruction.location.quote)
        if not permitted:
            return None
        subject = _subject_words(instruction.location.quote)
        for warning in dict.fromkeys(f for f, _ in limits):
            if warning.location.quote == instruction.location.quote:
                continue
            shared = subject & _subject_words(warning.location.quote)
            language = facts.document(instruction.document).language
            if not shared or _other_objects(instruction.location.quote, warning.location.quote, shared,
                                            language):
                continue
            if _own_quantities(instruction.location.quote) != _own_quantities(warning.location.quote):
                continue  # a storage or battery time is not a time of use
            own = [v for f, v in limits if f is warning]
            for value in permitted:
                comparable = [v for v in own if convert(v.number, v.unit, value.unit) is not None]
                if not comparable:
                    continue
                limit = max(comparable, key=lambda v: convert(v.number, v.unit, value.unit))
                if _exceeds(value, limit):
                    where = document_label(facts.document(instruction.document), instruction.document)
                    message = (f"{where[:1].upper()}{where[1:]} permits “{instruction.location.quote}”, "
                               f"beyond the limit it sets itself: “{warning.location.quote}”.")
                    return self.finding(message, [instruction, warning])
        return None

    def _beyond_guidance(self, facts: FactBase, instruction: Fact) -> Finding | None:
        """A per-session amount above the limit clinical guidance sets for the procedure
        (knowledge/procedure_limits.yaml: "Drain up to 2,000 mL per session" through a pleural
        catheter), when the instruction's document is about that procedure. The document's own
        mention of the harm the limit prevents is quoted."""
        quote = instruction.location.quote
        permitted = None
        for limit in _procedure_limits():
            if permitted is None:
                permitted = permitted_values(quote)
                # going on past a value at or above the limit exceeds it, per session or not
                beyond = continued_beyond(quote, instruction.language)
                if not permitted and not beyond:
                    return None
                words = [t.word for t in tokenize(quote)]
            over = [v for v in permitted if (c := convert(v.number, v.unit, limit.unit)) is not None
                    and c > limit.max * (1 + ROUNDING)]
            if over and limit.per and not _mentions(limit.per, words):
                over = []
            over += [v for v in beyond if (c := convert(v.number, v.unit, limit.unit)) is not None
                     and c >= limit.max * (1 - ROUNDING)]
            if not over or not _mentions(limit.act, words):
                continue
            document = facts.document(instruction.document)
            blocks = [b.text for b in (document.blocks if document is not None else [])]
            if not _mentions(limit.context, words) and not any(
                    _mentions(limit.context, [t.word for t in tokenize(text)]) for text in blocks):
                continue
            harm = next((text.strip() for text in blocks
                         if _mentions(limit.harm, [t.word for t in tokenize(text)])), None)
            where = document_label(document, instruction.document)
            message = (f"{where[:1].upper()}{where[1:]} permits “{quote}”, above the largest "
                       f"{limit.label} clinical guidance accepts "
                       f"({limit.max:g} {limit.shown_unit}): {limit.explanation} ({limit.source}).")
            if harm is not None:
                message += f" The document itself names the harm: “{harm}”."
            return self.finding(message, [instruction])
        return None

    def _relative(self, facts: FactBase, instruction: Fact, stated: list[Fact],
                  limits: list[Fact]) -> Finding | None:
        """An instruction that takes the maximum as its base and adds to it ("the maximum
        volume, then a further 50 %") goes beyond it by its own words. The message quotes the
        limit or stated value of the same subject in its document: a warning's limit, or a
        specification (a table row "Maximum balloon fill volume | 12 ml" keeps only "balloon
        fill volume | 12 ml", so a specification sharing two words of substance counts)."""
        increase = relative_increase_over_limit(instruction.location.quote)
        if increase is None:
            return None
        quote = instruction.location.quote
        subject = _subject_words(quote)

        def shared(fact: Fact) -> int:
            return len(subject & _subject_words(fact.location.quote))

        # a value read inside a warning ("pression du ballonnet de 40 cmH2O" in "Ne pas dépasser
        # une pression du ballonnet de 40 cmH2O") is that warning: the warning is quoted whole
        stated = [f for f in stated if not any(f.location.quote in w.location.quote
                                               and f.location.quote != w.location.quote for w in limits)]
        candidates = [f for f in dict.fromkeys(stated + limits)
                      if f.location.quote != quote and _own_quantities(quote) == _own_quantities(f.location.quote)
                      and (shared(f) >= 2 or (shared(f) and limit_values(f.location.quote)))]
        where = document_label(facts.document(instruction.document), instruction.document)
        if not candidates:
            # The maximum is named, not stated ("the maximum cuff volume printed on the tube"):
            # a further increase over it is beyond it by the instruction's own words. A limit of
            # another quantity on the same part ("keep the cuff pressure at or below 60 cmH2O",
            # which over-inflation breaks) is quoted with it when the document sets one.
            related = [f for f in dict.fromkeys(limits) if f.location.quote != quote and shared(f)]
            if related:
                warning = max(related, key=shared)
                message = (f"{where[:1].upper()}{where[1:]} instructs “{quote}”: “{increase}” over the "
                           f"maximum it names is beyond that maximum, against the document's own "
                           f"limit on the same part: “{warning.location.quote}”.")
                return self.finding(message, [instruction, warning])
            message = (f"{where[:1].upper()}{where[1:]} instructs “{quote}”: “{increase}” over the "
                       f"maximum it names is beyond that maximum by its own words.")
            return self.finding(message, [instruction])
        warning = max(candidates, key=shared)  # the first of equals
        message = (f"{where[:1].upper()}{where[1:]} instructs “{quote}”: “{increase}” over the "
                   f"maximum is beyond the limit the document sets: “{warning.location.quote}”.")
        return self.finding(message, [instruction, warning])
