"""Helpers shared by the cross-document consistency rules (identity, population, specification).

These rules pick, for each document, the value it states, group documents that agree, and report
each document that disagrees with the reference group: the group most documents share, ties
broken in favour of the group holding the CEAR (the document the panel is sure to read), then
the IFU, then the CER.
"""

from __future__ import annotations

from collections import Counter
from typing import Callable, Hashable, Iterable, TypeVar

from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.ingest.model import Document, Role

T = TypeVar("T")

# Documents that state the device and its intended use to the panel or the user.
IDENTITY_ROLES = (Role.CER, Role.CEP, Role.CEAR, Role.IFU, Role.SSCP, Role.PMCF_PLAN,
                  Role.PMCF_REPORT, Role.LABEL, Role.RMF, Role.OTHER, Role.UNKNOWN)
# The population and specification of the intended use; a PMCF plan's study population is
# compared by the PMCF rules, not here.
INTENDED_USE_ROLES = (Role.CER, Role.CEP, Role.CEAR, Role.IFU, Role.SSCP, Role.LABEL,
                      Role.OTHER, Role.UNKNOWN)
_PRIORITY = {Role.CEAR: 0, Role.IFU: 1, Role.CER: 2, Role.CEP: 3, Role.SSCP: 4}


def document_label(document: Document | None, path: str) -> str:
    """"the CER (CER_device.pdf)": how messages name a document."""
    if document is None or document.role in (Role.UNKNOWN, Role.OTHER):
        return path
    role = document.role.value
    language = f" [{document.language}]" if document.role is Role.IFU and document.language else ""
    return f"the {role}{language} ({path})"


def facts_by_document(facts: FactBase, kind: FactKind, roles: Iterable[Role]) -> dict[str, list[Fact]]:
    allowed = set(roles)
    grouped: dict[str, list[Fact]] = {}
    for fact in facts.of(kind):
        if fact.role in allowed:
            grouped.setdefault(fact.document, []).append(fact)
    return grouped


def most_common(values: Iterable[T]) -> T:
    counts = Counter(values)
    return max(counts, key=lambda v: counts[v])


def reference_group(signatures: dict[str, Hashable], facts: FactBase) -> Hashable:
    """The signature most documents share; ties go to the CEAR's, the IFU's, then the CER's."""
    counts = Counter(signatures.values())

    def rank(signature: Hashable) -> tuple:
        roles = [facts.document(p).role for p, s in signatures.items()
                 if s == signature and facts.document(p)]
        best = min((_PRIORITY.get(r, 9) for r in roles), default=9)
        # between language versions of one role, the English (usual master) text wins a tie
        english = any(facts.document(p) and facts.document(p).language == "en"
                      for p, s in signatures.items() if s == signature)
        return (-counts[signature], best, not english)

    return min(counts, key=rank)


def reference_document(paths: Iterable[str], facts: FactBase) -> str:
    def rank(path: str) -> tuple:
        document = facts.document(path)
        return (_PRIORITY.get(document.role, 9) if document else 9, path)
    return min(paths, key=rank)


def first(facts: list[Fact], predicate: Callable[[Fact], bool]) -> Fact | None:
    return next((f for f in facts if predicate(f)), None)



def first_per_id(facts: list[Fact]) -> list[Fact]:
    """The first fact of each concept id, in order: one quote per setting, risk or group."""
    seen: set[str] = set()
    chosen = []
    for fact in facts:
        if fact.value.id not in seen:
            seen.add(fact.value.id)
            chosen.append(fact)
    return chosen


def master_version(facts: FactBase, path: str) -> str | None:
    """The version other language versions of `path`'s role are translated from: the English
    one, else the first by path; None when the role has a single language."""
    document = facts.document(path)
    if document is None or not document.language:
        return None
    versions = sorted(d.path for d in facts.documents_with_role(document.role) if d.language)
    if len({facts.document(p).language for p in versions}) < 2:
        return None
    english = [p for p in versions if facts.document(p).language == "en"]
    return (english or versions)[0]


def translation_differs(facts: FactBase, path: str, signatures: dict[str, Hashable],
                        reference: Hashable) -> bool:
    """True when `path` is a translation whose master version states the reference value.

    The difference then lies between the translations (a translation defect), which LA001
    reports in the language category; the cross-document rules leave that pair alone. When the
    master itself departs from the other documents, the cross-document rule reports it.
    """
    master = master_version(facts, path)
    return master is not None and master != path and signatures.get(master) == reference


def join_labels(labels: list[str]) -> str:
    if len(labels) <= 1:
        return "".join(labels)
    return ", ".join(labels[:-1]) + " and " + labels[-1]


def grouped_difference(facts: FactBase, ref_side: list[str], odd_side: list[str], ref_value: str,
                       odd_value: str, verb: str, show: Callable[[str], str] = str) -> str:
    """One message for one differing value, however many documents give it.

    The side fewer documents take is named first, so that a panel reads "the CEAR gives X; the
    CER, CEP, IFUs and PMCF plan give Y" rather than one finding per agreeing document.
    """
    def named(paths: list[str]) -> str:
        return join_labels([document_label(facts.document(p), p) for p in paths])

    def clause(paths: list[str], value: str) -> str:
        return f"{named(paths)} {verb}{'s' if len(paths) == 1 else ''} {show(value)}"

    if len(ref_side) < len(odd_side):
        first_clause, second_clause = clause(ref_side, ref_value), clause(odd_side, odd_value)
    else:
        first_clause, second_clause = clause(odd_side, odd_value), clause(ref_side, ref_value)
    return f"{first_clause[0].upper()}{first_clause[1:]}; {second_clause}."
