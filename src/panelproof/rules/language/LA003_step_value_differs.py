"""LA003: language versions give the same instruction step with a different value."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable

from panelproof.extract.common import sentences
from panelproof.extract.model import FactBase
from panelproof.ingest.model import Block, BlockKind, Document, Location, Role
from panelproof.rules.identity._compare import master_version
from panelproof.rules.intended_use.common import describe_document
from panelproof.rules.language._quantities import Quantity, quantities, same_quantity
from panelproof.rules.model import Category, Finding, Rule, Severity

_COMPARED_BLOCKS = (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH, BlockKind.TABLE_ROW)
_KIND_NAMES = {"duration": "time", "volume": "volume", "volume_rate": "rate",
               "mass": "amount", "concentration": "concentration",
               "mass_concentration": "concentration", "pressure": "pressure",
               "temperature": "temperature", "length": "length", "dose_rate": "dose rate",
               "current": "current", "energy": "energy"}
_SECTION_NUMBER = re.compile(r"^\s*(?:chapter\s+|kapitel\s+|chapitre\s+|bölüm\s+)?(\d+(?:\.\d+)*)\b",
                             re.IGNORECASE)
# words every language writes alike (drug and lab abbreviations, product codes, "DMSO", "iCa")
_SHARED_TOKEN = re.compile(r"\b(?=\w*[A-Z]\w*[A-Z])[A-Za-z][\w-]{1,}\b")


@dataclass
class _Step:
    block: Block
    section: str
    ordinal: int  # place among the blocks of its kind in its section
    quantities: list[Quantity]
    total: int = 0  # blocks of its kind in its section
    kind: BlockKind = BlockKind.PARAGRAPH  # how the step is laid out (`_layout`)


def _layout(block: Block) -> BlockKind:
    """The block's kind for aligning steps: a table row of one cell is a boxed paragraph (a
    "Note:" or warning box), which another language version may set as a plain paragraph."""
    if block.kind is BlockKind.TABLE_ROW and len([c for c in block.cells if c.strip()]) <= 1:
        return BlockKind.PARAGRAPH
    return block.kind


class StepValueDiffers(Rule):
    """Language versions give the same instruction step with a different number.

    What it finds:
        For documents of one role in several languages (IFU_en, IFU_fr, IFU_tr), a step (a list
        item, paragraph or table row) that states the same quantities in each version but a
        different value for one of them: "measure post-filter calcium every 6 hours" in one
        version against "toutes les 12 heures" in another; "inject 0.25 ml over at least 90
        seconds" against "0,25 ml en 30 segundos". Steps are aligned by their section (its
        number, or its place among the headings) and their place in it, and compared only when
        they state quantities of the same kinds (time, volume, rate, concentration, pressure,
        temperature ...: vocabulary/instruction_quantities.yaml, units in each language,
        converted so "1 h" and "60 min", "12 months" and "1 år" agree) and share something that shows they are the same
        step: another quantity of equal value, the same place in lists of as many items, or a
        term every language writes alike ("DMSO", "iCa"). A one-cell table row (a boxed note)
        aligns with a paragraph, as another version may set the same warning without a box. Each translation is compared with its master version (the English one); when the
        master stands alone against translations that agree, the master is reported once.
        Two versions that write the same numbers in the same order with the same units state
        the same values, however their sentences read ("FIGO Typ 0 und 1 bis 3 cm" is no range
        of 1 to 3 cm against "FIGO type 0 and 1 up to 3 cm").

    Why a panel cares:
        Each language version is the device's labelling in its Member State (MDR Art. 10(11),
        Annex I 23.1, 23.4): a monitoring interval doubled or an injection made three times
        faster in one language exposes those patients to the very hazard the instruction
        controls, and shows the versions were not checked against one master text.

    Example:
        IFU_en: "Check the activated clotting time 30 min after the bolus and then every 4 hours."
        IFU_de: "Die ACT 30 min nach dem Bolus und danach alle 8 Stunden kontrollieren."

    Use instead:
        Translate every version from one controlled master text and verify each number of each
        step against it before release.

    References:
        MDR Art. 10(11); MDR Annex I 23.1(a) and 23.4; IEC 82079-1:2019 clause 5.11.
    """

    code = "LA003"
    name = "step-value-differs"
    category = Category.LANGUAGE
    severity = Severity.MAJOR
    title = "Language versions give a step with a different value"
    references = ("MDR Art. 10(11)", "MDR Annex I 23.1(a)", "MDR Annex I 23.4",
                  "IEC 82079-1:2019 clause 5.11")
    recommendation = ("Correct the value in the deviating language version and verify every number "
                      "of every step against one controlled master text.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        findings: list[Finding] = []
        for role in Role:
            documents = sorted((d for d in facts.documents_with_role(role) if d.language),
                               key=lambda d: d.path)
            if len({d.language for d in documents}) < 2:
                continue
            master_path = master_version(facts, documents[0].path)
            master = next((d for d in documents if d.path == master_path), None)
            if master is None:
                continue
            master_steps = _steps(master)
            # master block -> [(translation, its step, the differing kind)]
            differences: dict[int, list[tuple[Document, _Step, _Step, str]]] = {}
            agreeing: dict[int, int] = Counter()
            for document in documents:
                if document.language == master.language:
                    continue
                steps = _steps(document)
                for ours in master_steps:
                    theirs = _counterpart(ours, steps)
                    if theirs is None:
                        continue
                    kind = _differing_kind(ours, theirs)
                    if kind is None:
                        agreeing[id(ours.block)] += 1
                    else:
                        differences.setdefault(id(ours.block), []).append(
                            (document, ours, theirs, kind))
            for key, found in differences.items():
                translations = [d for d in documents if d.language != master.language]
                values = {tuple(sorted(q.value for q in t.quantities if q.kind == kind))
                          for _, _, t, kind in found}
                if len(found) >= 2 and len(found) == len(translations) and len(values) == 1:
                    # every translation agrees against the master: the master deviates
                    document, ours, theirs, kind = found[0]
                    findings.append(self._finding(master, ours, document, theirs, kind))
                    continue
                for document, ours, theirs, kind in found:
                    findings.append(self._finding(document, theirs, master, ours, kind))
        return findings

    def _finding(self, deviant: Document, step: _Step, reference: Document, ref_step: _Step,
                 kind: str) -> Finding:
        own = _differing(step, ref_step, kind)
        ref = _differing(ref_step, step, kind)
        where = describe_document(deviant, with_language=True)
        where_ref = describe_document(reference, with_language=True)
        quote, ref_quote = _sentence(deviant, step, own), _sentence(reference, ref_step, ref)
        what = _KIND_NAMES.get(kind, kind)
        message = (f"{where[:1].upper()}{where[1:]} gives the step as “{quote.quote}”, while "
                   f"{where_ref} gives it as “{ref_quote.quote}”: the same step states a different "
                   f"{what} ({', '.join(q.written for q in own)} against "
                   f"{', '.join(q.written for q in ref)}). One of them is not a faithful "
                   f"translation of the master text.")
        return self.finding(message, [ref_quote, quote])


def _steps(document: Document) -> list[_Step]:
    headings = [b for b in document.blocks if b.kind is BlockKind.HEADING]
    by_text = {h.text.strip(): i for i, h in enumerate(headings)}
    counters: Counter = Counter()
    steps = []
    for block in document.blocks:
        if block.kind not in _COMPARED_BLOCKS:
            continue
        heading = block.section or ""
        number = _SECTION_NUMBER.match(heading)
        section = number.group(1) if number else f"#{by_text.get(heading.strip(), -1)}"
        kind = _layout(block)
        key = (section, kind)
        ordinal = counters[key]
        counters[key] += 1
        found = quantities(block.normalized, document.language)
        if found:
            steps.append(_Step(block, section, ordinal, found, kind=kind))
    for step in steps:
        step.total = counters[(step.section, step.kind)]
    return steps


def _counterpart(ours: _Step, steps: list[_Step]) -> _Step | None:
    """The step of another version that is `ours`: same section, same kind of block, at most
    one place away, stating quantities of the same kinds, and sharing an equal quantity or a
    term written alike; the nearest such step. Failing that, a step where one version adds a
    clause the other lacks ("3 mm per day ... Check X-ray every 2 weeks" against "1 mm al
    giorno"): the kinds the two share are stated as often in each, and an equal quantity of a
    shared kind anchors them."""
    near = [s for s in steps if s.section == ours.section and s.kind is ours.kind
            and abs(s.ordinal - ours.ordinal) <= 1]
    kinds = sorted(q.kind for q in ours.quantities)
    candidates = [s for s in near if sorted(q.kind for q in s.quantities) == kinds
                  and _anchored(ours, s)]
    if not candidates:
        candidates = [s for s in near if _added_clause(ours, s)]
    if not candidates:
        return None
    return min(candidates, key=lambda s: abs(s.ordinal - ours.ordinal))


def _added_clause(a: _Step, b: _Step) -> bool:
    """Whether the quantities of one step are those of the other plus quantities of kinds the
    other does not state, with an equal quantity in common."""
    count_a = Counter(q.kind for q in a.quantities)
    count_b = Counter(q.kind for q in b.quantities)
    shared = set(count_a) & set(count_b)
    if not shared or count_a == count_b:
        return False
    if any(count_a[k] != count_b[k] for k in shared):
        return False
    if not (set(count_a) <= set(count_b) or set(count_b) <= set(count_a)):
        return False
    return any(same_quantity(p, q) for p in a.quantities for q in b.quantities)


def _anchored(a: _Step, b: _Step) -> bool:
    if any(same_quantity(p, q) for p in a.quantities for q in b.quantities):
        return True
    if a.ordinal != b.ordinal:
        return False
    if a.total == b.total and a.total > 1:
        return True  # lists of as many items translate item by item
    return bool(set(_SHARED_TOKEN.findall(a.block.normalized))
                & set(_SHARED_TOKEN.findall(b.block.normalized)))


def _unmatched(step: _Step, other: _Step, kind: str) -> list[Quantity]:
    """The quantities of `kind` in `step` that no quantity of `other` states (each matched once)."""
    theirs = [q for q in other.quantities if q.kind == kind]
    own = []
    for q in step.quantities:
        if q.kind != kind:
            continue
        match = next((t for t in theirs if same_quantity(q, t)), None)
        if match is None:
            own.append(q)
        else:
            theirs.remove(match)
    return own


_WRITTEN_NUMBER = re.compile(r"\d+(?:[.,\u202f\u00a0]\d+)*")


def _digits(block: Block) -> list[str]:
    """Every number of the block as its digits, in order ("2,5" and "2.5" alike)."""
    return [re.sub(r"\D", "", n) for n in _WRITTEN_NUMBER.findall(block.normalized)]


def _differing_kind(a: _Step, b: _Step) -> str | None:
    """The first kind both steps state whose values differ (a kind only one states is a clause
    the other version leaves out, not a different value)."""
    # The same numbers in the same order, with the same units, state the same values: a
    # difference is then in how the sentences were read ("FIGO Typ 0 und 1 bis 3 cm" is no
    # range 1-3 cm against "type 0 and 1 up to 3 cm"), not in the translation.
    if _digits(a.block) == _digits(b.block) and (
            sorted(q.unit.lower() for q in a.quantities) == sorted(q.unit.lower() for q in b.quantities)):
        return None
    for kind in sorted({q.kind for q in a.quantities} & {q.kind for q in b.quantities}):
        if (sum(q.kind == kind for q in a.quantities) != sum(q.kind == kind for q in b.quantities)
                or _unmatched(a, b, kind)):
            return kind
    return None


def _differing(step: _Step, other: _Step, kind: str) -> list[Quantity]:
    """The quantities of `kind` in `step` that differ from `other`'s: place by place when both
    state as many ("3 mm per day (1 mm three times)" against "1 mm (0,33 mm three times)" differ
    in both places, though 1 mm appears in each), else those no quantity of `other` states."""
    own = [q for q in step.quantities if q.kind == kind]
    theirs = [q for q in other.quantities if q.kind == kind]
    if len(own) == len(theirs):
        placed = [q for q, t in zip(own, theirs) if not same_quantity(q, t)]
        if placed:
            return placed
    return _unmatched(step, other, kind) or own


def _sentence(document: Document, step: _Step, differing: list[Quantity]) -> Location:
    """The sentence of the step that holds its differing value (the whole step if none)."""
    position = differing[0].start if differing else 0
    for start, end in sentences(step.block):
        if start <= position < end:
            return document.location(step.block, step.block.quote(start, end))
    return document.location(step.block, step.block.full_quote)
