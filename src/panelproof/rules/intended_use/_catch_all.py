"""Lists of indications or modes of use that a catch-all leaves open.

"to facilitate tracheal intubation and other airway procedures", "... and related procedures",
"conditions such as ...", "..., etc.": a document whose list ends with a catch-all of a kind (or
whose items are examples of a kind) does not omit the further items of that kind that another
document names. The words are data (`vocabulary/catch_alls.yaml`); a catch-all counts only in a
sentence, item or cell that states one of the document's own items of the fact kind, and only
when it is not negated ("not for other procedures").
"""

from __future__ import annotations

import re
from functools import lru_cache

from panelproof import knowledge
from panelproof.extract.model import Fact, FactKind
from panelproof.ingest.model import Document

_KIND_NAMES = {FactKind.INTERFACE: "interface", FactKind.INDICATION: "indication"}
_WORDS = r"(?:[^\W\d][\w'’-]*\s+){0,3}?"


def _alternation(terms) -> str:
    ordered = sorted({t.lower() for t in terms}, key=lambda t: (-len(t), t))
    return "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in ordered)


def _all_terms(section) -> list[str]:
    return [t for terms in (section or {}).values() if isinstance(terms, list) for t in terms]


@lru_cache(maxsize=None)
def _patterns(kind_name: str) -> tuple[re.Pattern, ...]:
    data = knowledge.load("vocabulary/catch_alls") or {}
    nouns = _alternation(t for entry in data.get("kind_nouns") or ()
                         if kind_name in (entry.get("kinds") or ())
                         for t in _all_terms(entry.get("terms")))
    before = _alternation(_all_terms(data.get("open_before")))
    after = _alternation(_all_terms(data.get("open_after")))
    closers = _alternation(_all_terms(data.get("closers")))
    examples = _alternation(_all_terms(data.get("exemplifiers")))
    end = r"(?![\w'’])"
    return (
        # "and other airway procedures", "et d'autres gestes", "und weitere Eingriffe"
        re.compile(rf"(?<![\w'’])(?:{before}){end}\s+{_WORDS}(?:{nouns}){end}", re.I),
        # "procédures apparentées", "procedimientos relacionados"
        re.compile(rf"(?<![\w'’])(?:{nouns})\s+{_WORDS}(?:{after}){end}", re.I) if after else None,
        # "..., etc.", "among others"
        re.compile(rf"(?<![\w'’])(?:{closers})(?!\w)", re.I),
        # "procedures such as ...": the items after it are examples
        re.compile(rf"(?<![\w'’])(?:{nouns})\s*,?\s+(?:{examples})(?!\w)", re.I),
    )


def _stated_positions(text: str, facts: list[Fact]) -> list[int]:
    lowered = text.lower()
    return [p for f in facts for p in [lowered.find(f.location.quote.lower())] if p >= 0]


def _opens(text: str, positions: list[int], kind_name: str, language: str | None) -> bool:
    from panelproof.extract.intended_use import negated_at

    other, related, closer, example = _patterns(kind_name)
    for pattern in (other, related, closer):
        if pattern is None:
            continue
        for match in pattern.finditer(text):
            # an item of the list stands before the catch-all, and no negation governs it
            if any(p < match.start() for p in positions) and not negated_at(text, match.start(),
                                                                            0, language):
                return True
    for match in example.finditer(text):
        if any(p >= match.end() for p in positions) and not negated_at(text, match.start(), 0, language):
            return True
    return False


def open_documents(statements_: list, kind: FactKind) -> set[str]:
    """Paths of the documents whose list of `kind` is left open by a catch-all."""
    from panelproof.extract.intended_use import OTHER, units

    kind_name = _KIND_NAMES.get(kind)
    if kind_name is None:
        return set()
    found: set[str] = set()
    for statement in statements_:
        document: Document = statement.document
        facts = [f for f in statement.all_facts if f.kind is kind]
        for unit in units(document):
            if OTHER in unit.kinds:
                continue
            positions = _stated_positions(unit.text, facts)
            if positions and _opens(unit.text, positions, kind_name, document.language):
                found.add(document.path)
                break
    return found
