"""SI007: an instruction permits more attempts of a step than a warning allows before stopping."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

from panelproof import knowledge
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.ingest.model import Role
from panelproof.rules.identity._compare import document_label
from panelproof.rules.model import Category, Finding, Rule, Severity

_ROLES = (Role.IFU,)


@dataclass(frozen=True)
class _Count:
    fact: Fact
    count: int
    words: str


def _alternatives(entry: Any) -> list[str]:
    if isinstance(entry, dict):
        return [str(w) for ws in entry.values() for w in ws or []]
    return [str(w) for w in entry or []]


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, Any]:
    data = knowledge.load("repetition_limits")
    numbers = {str(k).lower(): int(v) for k, v in (data.get("number_words") or {}).items()}
    number = r"(?P<n>\d{1,2}|" + "|".join(re.escape(w) for w in sorted(numbers, key=len, reverse=True)) + r")"

    def words(key: str) -> re.Pattern[str]:
        items = sorted(set(_alternatives(data.get(key))), key=lambda t: (-len(t), t))
        return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in items) + r")(?![\w])", re.IGNORECASE)

    def counted(key: str) -> list[re.Pattern[str]]:
        return [re.compile(r"(?<![\w.,])" + p.replace("{n}", number), re.IGNORECASE)
                for p in _alternatives(data.get(key))]

    return {
        "stop": words("stop_verbs"), "repeat": words("repeat_verbs"),
        "limit_counts": counted("count_patterns"), "permitted": counted("permitted_count"),
        "frequency": re.compile("|".join(f"(?:{p})" for p in _alternatives(data.get("frequency"))), re.IGNORECASE),
        "numbers": numbers,
        "unit_after": re.compile(str(data.get("unit_after") or r"(?!)"), re.IGNORECASE),
    }


def _value(text: str) -> int:
    return int(text) if text.isdigit() else _vocabulary()["numbers"].get(text.lower(), 0)


def stop_limit(sentence: str) -> tuple[int, str] | None:
    """The number of events after which a sentence stops the procedure ("give up the vacuum
    delivery after two pop-offs", "após 2 tentativas falhadas, interromper", "nach 2
    Fehlversuchen abbrechen"), with its words, or
    None."""
    vocab = _vocabulary()
    if not vocab["stop"].search(sentence) or vocab["frequency"].search(sentence):
        return None
    found = [(m.start(), _value(m.group("n")), m.group(0)) for p in vocab["limit_counts"]
             for m in p.finditer(sentence) if not vocab["unit_after"].match(sentence, m.end("n"))]
    found = [f for f in found if f[1] >= 1]
    if not found:
        return None
    _, count, words = min(found, key=lambda f: (f[1], f[0]))
    return count, words


def permitted_attempts(sentence: str) -> tuple[int, str] | None:
    """The number of attempts an instruction permits for a step done again ("the applicator can
    be repositioned up to 5 times", "la ponction peut être répétée jusqu'à 4 fois"), or None. A
    dosing frequency ("repeat up to 3 times a day") and a stop order are no permission."""
    vocab = _vocabulary()
    if not vocab["repeat"].search(sentence) or vocab["frequency"].search(sentence) or vocab["stop"].search(sentence):
        return None
    found = [(_value(m.group("n")), m.group(0)) for p in vocab["permitted"] for m in p.finditer(sentence)]
    found = [f for f in found if f[0] >= 1]
    return max(found) if found else None


class MoreAttemptsThanLimit(Rule):
    """An instruction permits more attempts of a step than a warning allows before stopping.

    What it finds:
        An IFU instruction that lets the user do a step again a number of times ("the suction
        cup can be re-attached up to 5 times", "the puncture may be repeated up to 4 times",
        "jusqu'à 5 fois", "bis zu 5-mal"), while an IFU warning of the same or another language
        version stops the procedure after fewer such events ("give up after two pop-offs",
        "após 2 tentativas falhadas, interromper", "nach 2 Fehlversuchen abbrechen"). A dosing
        frequency ("up to 3 times a day") is no count of attempts. A number with a unit ("stop
        after 3 minutes") is a duration, not a count (SI005 compares durations). The
        stop, count and repetition words are knowledge/repetition_limits.yaml.

    Why a panel cares:
        Repeated attempts of an invasive step (vacuum cup reapplications, intubation or
        cannulation attempts) raise the risk of injury steeply; guidelines limit them (RCOG
        Green-top Guideline 26: abandon after three cup detachments), and language versions that
        disagree on the limit give one group of users the unsafe instruction (MDR Annex I 23.4).

    Example:
        English IFU: "Should the cup come off, the cup may be reapplied up to 5 times."
        Spanish IFU: "Abandonar el procedimiento tras 2 desprendimientos de la copa."

    Use instead:
        One limit, the guideline's, in every language version: "After two pop-offs, give up
        the vacuum delivery and choose another mode of birth."

    References:
        MDR Annex I 23.4(g); MDR Annex I 4; EN ISO 14971:2019 clause 7; RCOG Green-top
        Guideline No. 26 (2020).
    """

    code = "SI007"
    name = "more-attempts-than-limit"
    category = Category.SAFETY_INSTRUCTION
    severity = Severity.MAJOR
    title = "Instruction permits more attempts than a warning allows"
    references = ("MDR Annex I 23.4(g)", "MDR Annex I 4", "EN ISO 14971:2019 clause 7",
                  "RCOG Green-top Guideline No. 26")
    recommendation = ("State one limit on the number of attempts, the one the risk analysis and "
                      "the clinical guidelines support, in every document and language.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        sentences: dict[tuple[str, str], Fact] = {}
        for kind in (FactKind.WARNING, FactKind.INSTRUCTION):
            for fact in facts.of(kind):
                if fact.role in _ROLES:
                    sentences.setdefault((fact.document, fact.location.quote), fact)
        limits, permissions = [], []
        for fact in sentences.values():
            limit = stop_limit(fact.location.quote)
            if limit is not None:
                limits.append(_Count(fact, *limit))
            elif fact.kind is FactKind.INSTRUCTION:
                permitted = permitted_attempts(fact.location.quote)
                if permitted is not None:
                    permissions.append(_Count(fact, *permitted))
        for permission in permissions:
            below = [limit for limit in limits if limit.count < permission.count]
            if not below:
                continue
            limit = min(below, key=lambda c: (c.count, c.fact.document != permission.fact.document))
            where = document_label(facts.document(permission.fact.document), permission.fact.document)
            other = document_label(facts.document(limit.fact.document), limit.fact.document)
            if limit.fact.document == permission.fact.document:
                other = "its own warning"
            yield self.finding(
                f"{where[:1].upper()}{where[1:]} permits “{permission.fact.location.quote}” "
                f"({permission.words}), while {other} stops after {limit.count} "
                f"(“{limit.fact.location.quote}”).", [permission.fact, limit.fact])
