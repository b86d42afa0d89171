"""PL005: the device's sizes, variants or accessories do not reach the smallest (or largest)
patients of the stated population."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Iterable

from panelproof.extract.model import Fact, FactBase, FactKind, quantity
from panelproof.rules.identity._compare import document_label
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.plausibility.common import POPULATION_ROLES, group_label, group_spans
from panelproof.rules.population.PO001_population_bounds_differ import envelope

# A gap at least this share of the nearest size's own end is major even when no whole group
# falls into it: a 0.5 kg neonate against a sensor from 3 kg.
MAJOR_SHARE = 0.5
# Smaller differences are rounding ("from 2.5 kg" against "2.5–5 kg").
_TOLERANCE = 1e-6


@dataclass(frozen=True)
class _End:
    value: float
    fact: Fact


class SizesDoNotCoverPopulation(Rule):
    """The union of the weight (or age) ranges of the device's sizes, variants or accessories
    leaves the smallest or largest patients of the stated population without a size.

    What it finds:
        Documents list the sizes of the device with the patients each is for, in a size table
        ("Size | Patient weight | Max. cuff volume": "1.5 | 5–10 kg | 7 ml") or in list items
        ("Neonatal adhesive sensor, for patients from 3 kg up to 15 kg", "Größe 2: 10–20 kg").
        The rule joins those ranges (all documents, per dimension: weight or age) and compares
        their lowest and highest ends with the smallest lower and largest upper bound the
        intended population states in the same dimension. A population that reaches below the
        smallest size or above the largest is reported, quoting the population statement and
        the nearest size. It is major when a whole population group (typical spans in
        vocabulary/population_groups.yaml) falls into the gap, or when the gap is at least half
        of the nearest size's own end; minor otherwise.

    Why a panel cares:
        A patient for whom no size exists cannot be treated with the device as claimed: the
        intended population and the device description contradict each other (MDR Annex I 1,
        23.4(b); Annex II 1.1), and the clinical data for that group are usually missing too.

    Example:
        IFU: "intended for neonates, children and adults from 2 kg"; size table: smallest size
        "1.5 | 5–10 kg".

    Use instead:
        Offer a size for the smallest patients ("Size 1 | < 5 kg | 4 ml") or restrict the
        intended population to the sizes available ("for patients from 5 kg").

    References:
        MDR Annex I 1 and 23.4(b); MDR Annex II 1.1(e) and (f); MDCG 2020-13 section D.
    """

    code = "PL005"
    name = "sizes-do-not-cover-population"
    category = Category.PLAUSIBILITY
    severity = Severity.MAJOR
    title = "No size of the device for the smallest or largest patients claimed"
    references = ("MDR Annex I 1 and 23.4(b)", "MDR Annex II 1.1(e)-(f)")
    recommendation = ("Offer a size, variant or accessory for every patient of the intended "
                      "population, or restrict the population to the sizes available, in every "
                      "document.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        findings = []
        for dimension in ("weight", "age"):
            sizes = [f for f in facts.of(FactKind.SIZE_RANGE) if f.value.bound.dimension == dimension]
            if not sizes:
                continue
            low, high = _population_ends(facts, dimension)
            size_low = min(sizes, key=lambda f: _low(f))
            size_high = max(sizes, key=lambda f: _high(f))
            if low is not None and low.value < _low(size_low) - _TOLERANCE:
                findings.append(self._finding(facts, dimension, low, size_low, "low"))
            if high is not None and high.value > _high(size_high) + _TOLERANCE:
                findings.append(self._finding(facts, dimension, high, size_high, "high"))
        return findings

    def _finding(self, facts: FactBase, dimension: str, end: _End, size: Fact,
                 side: str) -> Finding:
        size_end = _low(size) if side == "low" else _high(size)
        gap = (end.value, size_end) if side == "low" else (size_end, end.value)
        left_out = _groups_in_gap(dimension, gap, side)
        share = abs(size_end - end.value) / size_end if size_end else math.inf
        major = bool(left_out) or share >= MAJOR_SHARE
        who = document_label(facts.document(end.fact.document), end.fact.document)
        where = document_label(facts.document(size.document), size.document)
        extreme = "smallest" if side == "low" else "largest"
        starts = "starts at" if side == "low" else "ends at"
        groups = f" ({', '.join(group_label(g) for g in left_out)})" if left_out else ""
        message = (f"{who[:1].upper()}{who[1:]} admits patients down to "
                   if side == "low" else f"{who[:1].upper()}{who[1:]} admits patients up to ")
        message += (f"{quantity(dimension, end.value)} (“{end.fact.location.quote}”), but the "
                    f"{extreme} size in {where}, {size.value.label}, {starts} "
                    f"{quantity(dimension, size_end)} (“{size.location.quote}”): patients of "
                    f"{quantity(dimension, gap[0])} to {quantity(dimension, gap[1])}{groups} "
                    f"have no size of the device.")
        return self.finding(message, [end.fact, size],
                            severity=Severity.MAJOR if major else Severity.MINOR)


def _low(fact: Fact) -> float:
    bound = fact.value.bound
    return bound.low if bound.low is not None else 0.0


def _high(fact: Fact) -> float:
    bound = fact.value.bound
    return bound.high if bound.high is not None else math.inf


def _population_ends(facts: FactBase, dimension: str) -> tuple[_End | None, _End | None]:
    """The smallest stated lower end and the largest stated upper end of the population in one
    dimension, each document's bounds read together (its exclusions narrow its inclusions)."""
    by_doc: dict[str, list[Fact]] = {}
    for fact in facts.of(FactKind.POPULATION_BOUND):
        if fact.role in POPULATION_ROLES:
            by_doc.setdefault(fact.document, []).append(fact)
    lows, highs = [], []
    for doc_facts in by_doc.values():
        env = envelope(doc_facts, dimension)
        if env is None:
            continue
        if env.low_fact is not None and (env.low > 0 or dimension == "age"):
            lows.append(_End(env.low, env.low_fact))
        if env.high_fact is not None and not math.isinf(env.high):
            highs.append(_End(env.high, env.high_fact))
    return (min(lows, key=lambda e: e.value) if lows else None,
            max(highs, key=lambda e: e.value) if highs else None)


def _groups_in_gap(dimension: str, gap: tuple[float, float], side: str) -> list[str]:
    """Specific groups the population admits (at least half of their typical span lies on its
    side of the population's end) whose admitted part lies wholly in the gap: "from 2 kg" with
    sizes from 5 kg leaves the neonates (2-5 kg of their 0.4-5 kg) without a size, sizes from
    3 kg leave only the heaviest preterm neonates' tail, which is not a group."""
    out = []
    for gid, span in group_spans().items():
        if span.umbrella:
            continue
        g_low, g_high = span.weight if dimension == "weight" else span.age
        if g_low is None or g_high is None and side == "low":
            continue
        g_high = math.inf if g_high is None else g_high
        if side == "low":
            part = (max(g_low, gap[0]), g_high)
        else:
            part = (g_low, min(g_high, gap[1]))
        if part[1] <= part[0]:
            continue
        whole = g_high - g_low
        admitted_share = 1.0 if math.isinf(whole) else (part[1] - part[0]) / whole
        if admitted_share >= 0.5 and gap[0] <= part[0] and part[1] <= gap[1]:
            out.append(gid)
    return out
