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
    return {
        "limit_before": words("limit_before"), "limit_after": words("limit_after"),
        "permission": words("permission"), "negation": words("negation"),
        "comparative": words("comparative"),
        "generic": frozenset(_fold(str(w)) for w in data.get("generic_words") or []),
        "own_quantity": frozenset(_fold(str(w)) for w in data.get("own_quantity_words") or []),
        "value": re.compile(rf"(?<![\d.,])(?P<n>{NUMBER})\s*(?P<u>{units})(?![\w/²³])", re.IGNORECASE),
    }


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if c.isalnum())


def _values(text: str, start: int = 0, end: int | None = None) -> list[_Value]:
    found = []
    for m in _vocabulary()["value"].finditer(text, start, len(text) if end is None else end):
        unit = _unit_for(m.group("u"))
        if unit and unit not in _NOT_COMPARED:
            found.append(_Value(parse_number(m.group("n"), None), unit, m.start()))
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


def permitted_values(sentence: str) -> list[_Value]:
    """The values a sentence permits or instructs: a permission word ("may", "up to",
    "continuously", "darf", "jusqu'à") and no negation or limit word."""
    vocab = _vocabulary()
    if not vocab["permission"].search(sentence) or vocab["negation"].search(sentence) \
            or vocab["limit_before"].search(sentence) or vocab["limit_after"].search(sentence):
        return []
    return _values(sentence)


def _subject_words(sentence: str) -> frozenset[str]:
    """Words of substance, cut to five letters: "cuff", "inflat", "sensor"."""
    vocab = _vocabulary()
    text = vocab["value"].sub(" ", sentence)
    for key in ("limit_before", "limit_after", "permission", "negation", "comparative"):
        text = vocab[key].sub(" ", text)
    words = (_fold(w) for w in re.findall(r"[^\W\d_][\w'’-]*", text))
    return frozenset(w[:5] for w in words if len(w) >= 4 and w not in vocab["generic"])


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
        "darf bis zu 8 Stunden belassen werden"), converted to one unit (h and min, mmHg and
        kPa, ml and l). The two must share a word of substance ("cuff", "inflation",
        "sensor"), so a battery's run time is not held against a tourniquet time, and a
        storage, battery or charging time is compared only with another one. Where the
        limit names several values ("2 hours on the lower limb or 1.5 hours on the upper
        limb"), the largest is the limit. The limit and permission words are
        knowledge/limit_statements.yaml.

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
        for kind in (FactKind.WARNING, FactKind.INSTRUCTION):
            for fact in facts.of(kind):
                by_doc.setdefault(fact.document, {}).setdefault(fact.location.quote, fact)
        findings = []
        for doc, sentences in sorted(by_doc.items()):
            limits = [(fact, value) for fact in sentences.values()
                      for value in limit_values(fact.location.quote)]
            if not limits:
                continue
            for fact in sentences.values():
                if fact.kind is not FactKind.INSTRUCTION:
                    continue
                finding = self._check_one(facts, fact, limits)
                if finding is not None:
                    findings.append(finding)
        return findings

    def _check_one(self, facts: FactBase, instruction: Fact,
                   limits: list[tuple[Fact, _Value]]) -> Finding | None:
        permitted = permitted_values(instruction.location.quote)
        if not permitted:
            return None
        subject = _subject_words(instruction.location.quote)
        for warning in dict.fromkeys(f for f, _ in limits):
            if warning.location.quote == instruction.location.quote:
                continue
            if not subject & _subject_words(warning.location.quote):
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
