"""What the plausibility rules share: the smallest (or largest) patient the dossier admits.

The population comes from POPULATION_BOUND and POPULATION_GROUP facts; weights of groups and
the weight of a child of a given age come from vocabulary/population_groups.yaml (`weight_kg`,
`age_years` per group), so no physiology is written here.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from panelproof import knowledge
from panelproof.extract.device_type import Pack, device_types, load_packs
from panelproof.extract.model import Fact, FactBase, FactKind, PopulationBound
from panelproof.extract.population import expand_groups
from panelproof.ingest.model import Role
from panelproof.rules.population.PO001_population_bounds_differ import Envelope, envelope

# A study or a PMCF plan population is not the intended population of the device.
POPULATION_ROLES = (Role.CER, Role.CEP, Role.CEAR, Role.IFU, Role.SSCP, Role.LABEL,
                    Role.OTHER, Role.UNKNOWN)


@dataclass(frozen=True)
class GroupSpan:
    id: str
    label: str
    age: tuple[float | None, float | None]
    weight: tuple[float | None, float | None]
    umbrella: bool


@lru_cache(maxsize=1)
def group_spans() -> dict[str, GroupSpan]:
    """Population groups with their typical age and weight spans (umbrella terms marked)."""
    try:
        data: Any = knowledge.load("vocabulary/population_groups")
    except FileNotFoundError:
        return {}
    spans = {}
    for gid, info in (data.get("groups") or {}).items():
        age = tuple(info.get("age_years") or (None, None))
        weight = tuple(info.get("weight_kg") or (None, None))
        if len(age) != 2 or len(weight) != 2:
            continue
        spans[gid] = GroupSpan(gid, str(info.get("label") or gid), age, weight,
                               bool(info.get("covers")) or weight == (None, None))
    return spans


def _specific_groups() -> list[GroupSpan]:
    """Groups that are not umbrellas, youngest first."""
    return sorted((g for g in group_spans().values() if not g.umbrella),
                  key=lambda g: (g.age[0] or 0.0, g.weight[0] or 0.0))


def lightest_at_age(age: float) -> float | None:
    """The lowest typical weight at `age` years, interpolated between the groups' lower ends."""
    points = sorted({(g.age[0] or 0.0, g.weight[0]) for g in _specific_groups()
                     if g.weight[0] is not None})
    if not points:
        return None
    below = [p for p in points if p[0] <= age]
    above = [p for p in points if p[0] > age]
    if not below:
        return points[0][1]
    a0 = max(a for a, _ in below)
    w0 = min(w for a, w in below if a == a0)
    if not above:
        return w0
    a1, w1 = min(above)
    return w0 + (age - a0) / (a1 - a0) * (w1 - w0)


def groups_at_weight(weight: float) -> list[str]:
    """Specific groups a patient of `weight` may belong to: the group's typical span holds the
    weight below its upper end. A span's upper end is the heaviest member (97th centile), so a
    population from that weight on leaves the group out ("> 5 kg", "from 5 kg" leave out term
    neonates, as PO002 reads it)."""
    found = []
    for g in _specific_groups():
        low, high = g.weight
        if (low is None or weight >= low) and (high is None or weight < high):
            found.append(g.id)
    return found


def _overlaps(span: tuple[float | None, float | None], env: Envelope) -> bool:
    """Whether a group's typical span leaves room inside an admitted interval."""
    g_low = span[0] if span[0] is not None else 0.0
    g_high = span[1] if span[1] is not None else math.inf
    return g_high > env.low and g_low < env.high


@dataclass(frozen=True)
class Admission:
    """A group a document admits, the fact that shows it, and how: "named" (the group or an
    umbrella covering it is named), or "weight" / "age" (a lower bound low enough for it)."""

    group: str
    fact: Fact
    basis: str


def admitted_groups(facts: FactBase) -> list[Admission]:
    """Per document, the specific groups its intended population admits.

    A document admits what it names (umbrellas such as "paediatric" expanded, negations
    removed) and what its own lower age or weight bound reaches, always within its own bounds:
    "paediatric patients and adults > 5 kg" admits infants to adults, not neonates; "patients
    from 1 kg" admits preterm neonates. Exclusions are read through `population.admitted`
    (via the PO001 envelope), so "not for patients under 5 kg" admits from 5 kg.
    """
    spans = group_spans()
    by_doc: dict[str, dict[FactKind, list[Fact]]] = {}
    for kind in (FactKind.POPULATION_GROUP, FactKind.POPULATION_BOUND):
        for fact in facts.of(kind):
            if fact.role in POPULATION_ROLES:
                by_doc.setdefault(fact.document, {}).setdefault(kind, []).append(fact)
    out: list[Admission] = []
    for kinds in by_doc.values():
        bounds = kinds.get(FactKind.POPULATION_BOUND, [])
        envelopes = {dim: env for dim in ("weight", "age") if (env := envelope(bounds, dim))}

        def fits(gid: str) -> bool:
            span = spans.get(gid)
            if span is None:
                return False
            return all(_overlaps(span.weight if dim == "weight" else span.age, env)
                       for dim, env in envelopes.items())

        admitted: dict[str, Admission] = {}
        group_facts = kinds.get(FactKind.POPULATION_GROUP, [])
        negated = expand_groups(f.value.id for f in group_facts if f.value.negated)
        for fact in group_facts:
            if fact.value.negated:
                continue
            for gid in sorted(expand_groups([fact.value.id])):
                if gid not in negated and gid not in admitted and fits(gid):
                    admitted[gid] = Admission(gid, fact, "named")
        for dim, env in envelopes.items():
            if env.low_fact is None:
                continue  # only a stated lower bound says how small the patients are
            for span in _specific_groups():
                if span.id not in admitted and span.id not in negated and fits(span.id):
                    admitted[span.id] = Admission(span.id, env.low_fact, dim)
        out.extend(admitted.values())
    return out


@dataclass(frozen=True)
class Patient:
    """The extreme patient the dossier admits, and why we think so."""

    weight: float  # kg
    fact: Fact
    basis: str  # "weight", "age" or "group"
    groups: tuple[str, ...]  # groups that patient may belong to
    age: float | None = None
    inclusive: bool = True  # "from 1 kg" rather than "more than 1 kg"


def _bounds(facts: FactBase, dimension: str) -> list[tuple[Fact, PopulationBound]]:
    out = []
    for fact in facts.of(FactKind.POPULATION_BOUND):
        bound = fact.value
        if fact.role not in POPULATION_ROLES or bound.dimension != dimension:
            continue
        if bound.excluded:
            # "not for patients under 5 kg" admits patients from 5 kg.
            if bound.low is None and bound.high is not None:
                bound = PopulationBound(dimension, low=bound.high, group=bound.group)
            else:
                continue
        out.append((fact, bound))
    return out


def named_groups(facts: FactBase) -> list[Fact]:
    return [f for f in facts.of(FactKind.POPULATION_GROUP)
            if f.role in POPULATION_ROLES and not f.value.negated
            and f.value.id in group_spans()]


def _lowest_ends(facts: FactBase, dimension: str) -> list[tuple[Fact, PopulationBound]]:
    """Per document, the lower end of what its bounds admit in one dimension (inclusions
    widened, exclusions narrowing them), as a bound with the fact that sets it."""
    by_doc: dict[str, list[Fact]] = {}
    for fact in facts.of(FactKind.POPULATION_BOUND):
        if fact.role in POPULATION_ROLES:
            by_doc.setdefault(fact.document, []).append(fact)
    out = []
    for doc_facts in by_doc.values():
        env = envelope(doc_facts, dimension)
        if env is None or env.low_fact is None or (dimension == "weight" and env.low <= 0):
            continue
        out.append((env.low_fact, PopulationBound(dimension, low=env.low,
                                                  low_inclusive=env.low_inclusive,
                                                  group=env.low_fact.value.group)))
    return out


def _tie_break(prefer_document: str | None):
    """Of equally small bounds: the preferred document's, then a manufacturer's document
    before the notified body's CEAR, which restates it."""
    def key(fact: Fact) -> tuple[int, int]:
        return (0 if fact.document == prefer_document else 1, 1 if fact.role is Role.CEAR else 0)
    return key


def smallest_patient(facts: FactBase, prefer_document: str | None = None) -> Patient | None:
    """The lightest patient the dossier admits: a weight bound, else an age bound (via the
    groups' typical weights), else the youngest named group's typical lower weight. Each
    document's bounds are read together, so that its exclusions narrow its inclusions. Of
    equal bounds, the one `prefer_document` states, else a manufacturer's document's."""
    named = {f.value.id for f in named_groups(facts)}
    tie = _tie_break(prefer_document)
    weights = _lowest_ends(facts, "weight")
    if weights:
        fact, bound = min(weights, key=lambda fb: (fb[1].low, tie(fb[0])))
        candidates = _stated_group(bound.group, bound.low) or groups_at_weight(bound.low)
        return Patient(bound.low, fact, "weight", tuple(_prefer_named(candidates, named)),
                       inclusive=bound.low_inclusive)
    ages = _lowest_ends(facts, "age")
    if ages:
        fact, bound = min(ages, key=lambda fb: (fb[1].low, tie(fb[0])))
        weight = lightest_at_age(bound.low)
        if weight is not None:
            candidates = _stated_group(bound.group, weight) or groups_at_weight(weight)
            return Patient(weight, fact, "age", tuple(_prefer_named(candidates, named)),
                           age=bound.low)
    spans = group_spans()
    group_facts = [f for f in named_groups(facts)
                   if not spans[f.value.id].umbrella and spans[f.value.id].weight[0] is not None]
    if group_facts:
        fact = min(group_facts, key=lambda f: spans[f.value.id].weight[0])
        return Patient(spans[fact.value.id].weight[0], fact, "group", (fact.value.id,))
    return None


def largest_patient(facts: FactBase) -> Patient | None:
    """The heaviest patient a weight bound admits (only stated upper weights are used)."""
    weights = [(f, b) for f, b in _bounds(facts, "weight") if b.high is not None]
    if not weights:
        return None
    fact, bound = max(weights, key=lambda fb: fb[1].high)
    candidates = _stated_group(bound.group, bound.high) or groups_at_weight(bound.high)
    return Patient(bound.high, fact, "weight", tuple(candidates))


def _stated_group(group: str | None, weight: float) -> list[str]:
    """The group a bound is attached to, if a patient of that weight can belong to it
    ("patients and adults more than 1 kg" does not make a 1 kg patient an adult)."""
    if group and group in groups_at_weight(weight):
        return [group]
    return []


def _prefer_named(candidates: list[str], named: set[str]) -> list[str]:
    """Of the groups a weight may belong to, those the dossier names, if any."""
    both = [c for c in candidates if c in named]
    return both or candidates


def group_label(group_id: str) -> str:
    span = group_spans().get(group_id)
    return span.label.lower() if span else group_id.replace("_", " ")


# Canonical units of parameters.yaml, written as specifications write them. pint's own short
# form is used for the rest; the dossier-specific insulin unit reads "U".
_UNIT_SYMBOLS = {"insulin_unit": "U", "cmH2O": "cmH2O", "1/minute": "/min", "percent": "%", "degC": "°C",
                 "delta_degC": "°C", "microsecond": "µs"}


@lru_cache(maxsize=256)
def _unit_symbol(unit: str) -> str:
    if unit in _UNIT_SYMBOLS:
        return _UNIT_SYMBOLS[unit]
    power = re.fullmatch(r"(\w+)\s*\*\*\s*([23])", unit)
    if power:  # "centimeter**2" -> "cm²"
        return _unit_symbol(power.group(1)) + {"2": "²", "3": "³"}[power.group(2)]
    parts = re.split(r"(\s*(?:/|(?<!\*)\*(?!\*))\s*)", unit)
    if len(parts) > 1:  # "insulin_unit/hour" -> "U/h", each factor on its own
        return "".join(p.strip() if re.fullmatch(r"\s*(?:/|\*)\s*", p) else _unit_symbol(p)
                       for p in parts)
    from panelproof.extract.parameters import pint_symbol

    symbol = pint_symbol(unit)
    return unit if symbol is None else symbol  # an unknown expression is shown as written


_PER_MINUTE = re.compile(r"(?<![^\W\d_])(?:rpm|U/min|tr/min|giri/min|rev/min|bpm|breaths/min|b/min)"
                         r"(?![^\W\d_])", re.IGNORECASE)


def display_unit(unit: str, quote: str = "") -> str:
    """A canonical pint unit as a reader writes it ("milliliter" -> "ml", "insulin_unit/hour"
    -> "U/h"), in the author's own case when the quoted text spells it ("mL/min", "L/min")."""
    symbol = _unit_symbol(unit)
    if quote and unit == "1/minute":
        # per minute of what: revolutions ("rpm") or breaths ("bpm"), as the author wrote it
        spelled = _PER_MINUTE.search(quote)
        if spelled:
            return spelled.group(0)
    if quote and symbol:
        spaced = r"\s*".join(re.escape(c) for c in symbol if not c.isspace())
        match = re.search(rf"(?<![^\W\d_]){spaced}(?![^\W\d_])", quote, re.IGNORECASE)
        if match:
            return match.group(0)
    return symbol


def pack_checks(facts: FactBase, attribute: str, kind_key: str) -> list[tuple[dict[str, Any], Pack]]:
    """The checks a device pack lists under `attribute` (`parameter_checks`, `range_checks`)
    for the dossier's device types, one per (parameter, `kind_key` value); with no type
    detected, every pack's checks except those marked `needs_device_type` (a tidal volume is a
    tidal volume whatever the device is called; a priming volume or a measuring range in mmHg
    may be another device's)."""
    types = set(device_types(facts))
    packs = [p for p in load_packs() if p.id in types]
    typed = bool(packs)
    packs = packs or list(load_packs())
    seen: set[tuple[str, str]] = set()
    out = []
    for pack in packs:
        for check in getattr(pack, attribute):
            if not typed and check.get("needs_device_type"):
                continue
            key = (str(check["parameter"]), str(check[kind_key]))
            if key not in seen:
                seen.add(key)
                out.append((check, pack))
    return out
