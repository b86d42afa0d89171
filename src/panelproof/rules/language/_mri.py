"""MR conditions stated by language versions (LA001).

An MR Conditional labelling states the conditions of a safe scan: the body region ("head scans
only", "full-body") and the static field strength (1.5 T, 3 T). Each language version must state
the same conditions; a French IFU that allows head scans only while the English one allows
full-body scans at 1.5 T puts patients of one country at risk, or denies them an examination.

Conditions are read wherever a version states them (a Warnings list, an "MRI safety information"
section, a table of MR conditions), from the terms of `vocabulary/warnings.yaml` (`mri_safety`
and its `qualifiers`). Versions are compared only on an aspect both of them state: a version
silent on the field strength does not contradict one that names it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

from panelproof.extract import mri_status
from panelproof.extract.common import sentence_around
from panelproof.extract.intended_use import negated_at, vocabulary
from panelproof.extract.model import FactBase
from panelproof.ingest.model import BlockKind, Document, Location, Role
from panelproof.rules.identity._compare import master_version
from panelproof.rules.intended_use.common import describe_document, join_names

_ROLES = (Role.IFU, Role.SSCP, Role.LABEL)
_ASPECTS = {"head_only": "region", "full_body": "region", "field_1_5_t": "field", "field_3_t": "field"}
_ASPECT_NAMES = {"region": "scan region", "field": "field strength"}
# Cheap pre-filter: a block that contains none of these says nothing about MR safety.
_MR_CUE = re.compile(r"\bmr|\birm\b|\brm\b|magn|kernspin|tesla|\d\s?t\b", re.IGNORECASE)
# "full-body scans are not permitted", "Ganzkörper-MRT ist nicht zulässig": a negated condition.
_NEGATED_AFTER = re.compile(
    r"[^.;:]{0,40}?\b(?:not|never|nicht|keine?|pas|jamais|non|no|niet|geen|prohibited|forbidden|"
    r"verboten|interdit\w*|untersagt|vietat\w*|prohibid\w*|contra-?indicat\w*|contre-indiqu\w*|"
    r"kontraindiziert|controindicat\w*|contraindicad\w*|gecontra-?indiceerd)\b", re.IGNORECASE)


@dataclass
class Conditions:
    document: Document
    by_aspect: dict[str, dict[str, Location]] = field(default_factory=dict)

    def values(self, aspect: str) -> frozenset[str]:
        return frozenset(self.by_aspect.get(aspect, {}))


def _mentions_mri(text: str, start: int = 0, end: int | None = None) -> bool:
    return any(m.id == "mri_safety" for m in vocabulary("warnings").find(text, start, end))


@lru_cache(maxsize=4096)
def _mr_section(heading_path: tuple[str, ...]) -> bool:
    return any(_mentions_mri(h) for h in heading_path)


def _field_cut(text: str, start: int, end: int) -> bool:
    """A field strength matched as a word start ("3 T" in "3 tubes") is no field strength."""
    matched = text[start:end]
    return matched[:1].isdigit() and end < len(text) and text[end].isalnum()


def conditions_of(document: Document) -> Conditions:
    found = Conditions(document)
    qualifiers = vocabulary("warnings", "qualifiers")
    for block in document.blocks:
        if block.kind is BlockKind.HEADING:
            continue
        text = block.normalized
        in_mr_section = _mr_section(tuple(block.heading_path))
        if not in_mr_section and not (_MR_CUE.search(text) and _mentions_mri(text)):
            continue
        for match in qualifiers.find(text):
            aspect = _ASPECTS.get(match.id)
            if aspect is None or _field_cut(text, match.start, match.end):
                continue
            if negated_at(text, match.start) or _NEGATED_AFTER.match(text, match.end):
                continue
            span = sentence_around(block, match.start, match.end)
            if not in_mr_section and not _mentions_mri(text, *span):
                # the sentence itself must speak of MR, or follow one that does ("MR Conditional.
                # Head scans only.")
                if not _mentions_mri(text, 0, span[0]):
                    continue
            found.by_aspect.setdefault(aspect, {}).setdefault(
                match.id, document.location(block, block.quote(*span)))
    return found


def _label(qualifier_id: str) -> str:
    return vocabulary("warnings", "qualifiers").label(qualifier_id)


def mri_condition_findings(facts: FactBase, documents: list[Document]
                           ) -> Iterator[tuple[str, list[Location]]]:
    """(message, locations) for each translation whose MR conditions differ from its master's."""
    versions = [d for d in documents if d.role in _ROLES]
    if len({d.language for d in versions}) < 2:
        return
    cache: dict[str, Conditions] = {}

    def conditions(document: Document) -> Conditions:
        if document.path not in cache:
            cache[document.path] = conditions_of(document)
        return cache[document.path]

    for document in versions:
        master_path = master_version(facts, document.path)
        if master_path is None or master_path == document.path:
            continue
        master = facts.document(master_path)
        if master is None:
            continue
        own, reference = conditions(document), conditions(master)
        parts: list[str] = []
        locations: list[Location] = []
        for aspect in ("region", "field"):
            mine, theirs = own.values(aspect), reference.values(aspect)
            if not mine or not theirs or mine == theirs:
                continue
            parts.append(f"{_ASPECT_NAMES[aspect]}: {describe_document(document, with_language=True)} "
                         f"states {join_names([_label(q) for q in sorted(mine)])}, "
                         f"{describe_document(master, with_language=True)} "
                         f"{join_names([_label(q) for q in sorted(theirs)])}")
            for loc in (*reference.by_aspect[aspect].values(), *own.by_aspect[aspect].values()):
                if loc not in locations:
                    locations.append(loc)
        status = _status_difference(document, master)
        if status is not None:
            yield status
            continue
        if parts:
            yield ("Language versions state different MR conditions (" + "; ".join(parts)
                   + "): patients of one language are scanned under conditions the other version "
                     "does not allow.", locations)



_STATUS_WORDS = {mri_status.UNRESTRICTED: "allows MR imaging without restriction",
                 mri_status.CONDITIONAL: "allows MR imaging only under conditions (MR Conditional)",
                 mri_status.UNSAFE: "excludes MR imaging (MR Unsafe or contraindicated)"}


def _status_difference(document: Document, master: Document
                       ) -> tuple[str, list[Location]] | None:
    """A version less restrictive than the other: "ohne Einschränkungen möglich" against "MR
    Conditional, 1.5 T only", or "MR Conditional" against "MR Unsafe"; not when the looser
    version also states the stricter status itself (its own contradiction, SI004's)."""
    own, theirs = mri_status.readings(document), mri_status.readings(master)
    for loose_doc, loose_found, strict_doc, strict_found in (
            (document, own, master, theirs), (master, theirs, document, own)):
        loose, strict = mri_status.loosest(loose_found), mri_status.loosest(strict_found)
        if loose is None:
            continue
        if loose.status == mri_status.UNRESTRICTED:
            if strict is not None and strict.status == mri_status.UNRESTRICTED:
                continue
            restriction = strict or next((r for r in strict_found if r.restricted), None)
            if restriction is None:
                continue
            strict_words = (_STATUS_WORDS[restriction.status] if restriction.status
                            else "restricts MR imaging")
        elif (loose.status == mri_status.CONDITIONAL and strict is not None
              and strict.status == mri_status.UNSAFE):
            restriction, strict_words = strict, _STATUS_WORDS[mri_status.UNSAFE]
        else:
            continue
        if any(r.restricted and r.status == restriction.status for r in loose_found):
            # the looser version states the other's status too ("MR Conditional" in its
            # technical data, "MRI at any time" for the patient): the version contradicts
            # itself (SI004), not the other language version
            continue
        return (f"Language versions state a different MR safety status: "
                f"{describe_document(loose_doc, with_language=True)} "
                f"{_STATUS_WORDS[loose.status]} (\u201c{loose.quote}\u201d), while "
                f"{describe_document(strict_doc, with_language=True)} {strict_words} "
                f"(\u201c{restriction.quote}\u201d). Patients who read the less restrictive version "
                f"may be scanned under conditions that can heat or move the implant.",
                [restriction.location, loose.location])
    return None
