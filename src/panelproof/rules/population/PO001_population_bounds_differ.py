"""PO001: the age, weight or body-surface-area bounds of the target population differ between documents."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Iterable, Iterator

from panelproof.extract.model import Fact, FactBase, FactKind, PopulationBound
from panelproof.extract.population import admitted, implied_low
from panelproof.rules.identity._compare import (
    INTENDED_USE_ROLES, document_label, facts_by_document, translation_differs,
    reference_document, reference_group)
from panelproof.rules.model import Category, Finding, Rule, Severity

# Bounds closer than this (relative) are the same bound written with other units or rounding
# ("11 lb" and "5 kg").
TOLERANCE = 0.02


@dataclass(frozen=True)
class Envelope:
    """The population a document admits in one dimension, with the facts that set each end."""

    low: float
    high: float
    low_fact: Fact | None
    high_fact: Fact | None
    low_inclusive: bool = True
    high_inclusive: bool = True

    def signature(self) -> tuple:
        return (_rounded(self.low), _rounded(self.high))

    def describe(self, dimension: str) -> str:
        bound = PopulationBound(dimension, low=self.low or None,
                                high=None if math.isinf(self.high) else self.high,
                                low_inclusive=self.low_inclusive,
                                high_inclusive=self.high_inclusive)
        if not bound.low and bound.high is None:
            return "no bound"
        return bound.describe()


def _rounded(value: float) -> float:
    if math.isinf(value) or value == 0:
        return value
    return round(value, 2 - int(math.floor(math.log10(abs(value)))))


def envelope(facts: list[Fact], dimension: str) -> Envelope | None:
    """Widest interval the document's inclusions admit, narrowed by its exclusions."""
    bounds = [(f, f.value) for f in facts if f.value.dimension == dimension]
    if not bounds:
        return None
    low, high, low_fact, high_fact = math.inf, -math.inf, None, None
    low_inclusive = high_inclusive = True
    included = [(f, b) for f, b in bounds if not b.excluded]
    # An age bound open below beside a stated age floor it reaches above is a subgroup of the
    # admitted patients ("adults and children from 1 year ...; children under 4 years use the
    # child mask"): it admits no one younger than the floor. One below the floor ("adults from
    # 18; children under 12 under supervision") still widens the population. A weight range
    # is often written as a floor and a ceiling apart ("minimum 500 g ... up to 5 kg"): there
    # the ceiling closes the range.
    included = _closed_ranges(included)
    floors = [b.low for _, b in included if b.low is not None and b.high is None]
    if floors and dimension == "age":
        included = [(f, b) for f, b in included
                    if not (b.low is None and b.high is not None and b.high > min(floors))]
    for fact, bound in included:
        b_low = bound.low if bound.low is not None else implied_low(bound)
        b_high = bound.high if bound.high is not None else math.inf
        if b_low < low:
            low, low_fact = b_low, (fact if bound.low is not None else None)
            low_inclusive = bound.low_inclusive
        if b_high > high:
            high, high_fact = b_high, (fact if bound.high is not None else None)
            high_inclusive = bound.high_inclusive
    if not included:
        low, high = 0.0, math.inf
    for fact, bound in bounds:
        if not bound.excluded:
            continue
        allowed = admitted(bound)
        if allowed is None:
            continue
        if allowed.low is not None and allowed.low > low:
            low, low_fact, low_inclusive = allowed.low, fact, allowed.low_inclusive
        if allowed.high is not None and allowed.high < high:
            high, high_fact, high_inclusive = allowed.high, fact, allowed.high_inclusive
    return Envelope(low, high, low_fact, high_fact, low_inclusive, high_inclusive)


def _closed_ranges(included: list) -> list:
    """A floor and a ceiling of one statement ("Min. 18 years old, under 70 years old": the
    ceiling's quote holds the floor's) are one closed range, not two open ones whose union
    admits everyone."""
    floors = [(f, b) for f, b in included if b.low is not None and b.high is None]
    merged, used = [], set()
    for fact, bound in included:
        if bound.low is None and bound.high is not None:
            floor = next(((f, b) for f, b in floors if id(f) not in used and f.document == fact.document
                          and f.location.section == fact.location.section
                          and f.location.quote in fact.location.quote and b.low < bound.high), None)
            if floor is not None:
                used.add(id(floor[0]))
                merged.append((fact, replace(bound, low=floor[1].low, low_inclusive=floor[1].low_inclusive)))
                continue
        merged.append((fact, bound))
    return [(f, b) for f, b in merged if id(f) not in used]


def same(a: float, b: float) -> bool:
    if math.isinf(a) or math.isinf(b):
        return a == b
    return abs(a - b) <= TOLERANCE * max(abs(a), abs(b), 1e-9)


class PopulationBoundsDiffer(Rule):
    """The age or weight range of the target population differs between documents.

    **What it finds**
    Age, weight and body-surface-area bounds of the intended population in the CER, CEP, IFU
    (each language), SSCP and CEAR, compared as intervals in years, kilograms and square metres
    (devices sized to the patient, such as ventricular assist devices, admit patients by
    BSA: "a BSA of 1.2 m² or more" and "BSA of at least 1.5 m²" differ): "18–75 years", "aged 18 to
    75" and "between 18 and 75 years of age" agree; "> 5 kg" and "from 1 kg" do not;
    "adolescents from 16" and "adults aged 18 and older" do not. A group word with only an upper
    bound keeps the group's own lower one: "adults not older than 65 years" agrees with "adults
    aged 18 to 65"; a floor and a ceiling written in one statement ("Min. 18 years old, under
    70 years old") are one closed range. Exclusions count too ("not
    for patients under 5 kg" admits 5 kg and more). "> 5 kg" and "≥ 5 kg" are taken as the
    same bound. Gestational ages are their own dimension, in weeks of gestation ("neonates ≥ 34
    weeks of gestation", "à partir de 32 semaines d'aménorrhée", "ab der 34. SSW", "età
    gestazionale ≥ 34 settimane"); a postmenstrual age is neither a gestational age nor an age. A
    bound that restricts one indication ("for distal humerus fractures only in patients of 65
    years or older", "bei Frakturen nur ab 65 Jahren") is not the population's bound and is left
    out. Each document's widest stated range is compared; a document whose widest range agrees
    but which restates one group's lower bound otherwise in another section ("children from
    8 kg" in its intended purpose, "children over 15 kg" in its target population) is reported
    too, as the widest range would hide the restatement. Bounds of study populations
    and PMCF plans are left to other rules. A language version that differs while another
    language version of the same document agrees is reported by LA001 (language), not here.

    **Why a panel cares**
    The target population is the first element of the intended purpose the clinical data must
    cover (MDR Annex XIV Part A 1(a)); in the June 2025 ventilator opinion the CEAR admitted
    patients over 5 kg and the CER patients over 1 kg, so the panel could not tell which
    population the evidence and the NB's assessment were about.

    **Example**
    CER: "neonatal patients from 1 kg body weight". CEAR: "patients weighing more than 5 kg".

    **Use instead**
    One age and weight range, stated identically in every document, supported by clinical data
    for its whole extent.

    **References**
    MDR Annex XIV Part A 1(a); MDR Art. 2(12); MDCG 2020-13 section C; MDCG 2019-9 section 2.
    """

    code = "PO001"
    name = "population-bounds-differ"
    category = Category.POPULATION
    severity = Severity.MAJOR
    title = "The target population's age or weight range differs between documents"
    references = ("MDR Annex XIV Part A 1(a)", "MDR Art. 2(12)", "MDCG 2020-13 section C",
                  "MDCG 2019-9 section 2")
    recommendation = ("State one age and weight range in every document and justify it with "
                      "clinical data covering the whole range.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        by_doc = facts_by_document(facts, FactKind.POPULATION_BOUND, INTENDED_USE_ROLES)
        for dimension in ("weight", "age", "bsa", "gestation"):
            envelopes = {doc: env for doc, fs in by_doc.items()
                         if (env := envelope(fs, dimension)) is not None}
            if len(envelopes) < 2:
                continue
            yield from self._compare(facts, dimension, envelopes)

    def _restated(self, facts: FactBase, dimension: str, doc: str, ref_doc: str,
                  ref: Envelope) -> Iterator[Finding]:
        """A document whose widest range agrees with the reference but which restates the lower
        bound of the same group otherwise elsewhere ("children from 8 kg" in its intended
        purpose, "children over 15 kg" in its target population): the widest range hides the
        second statement, which departs from every other document."""
        ref_fact = ref.low_fact
        if ref_fact is None or math.isinf(ref.low) or not ref.low:
            return
        included = [f for f in facts_by_document(facts, FactKind.POPULATION_BOUND,
                                                  INTENDED_USE_ROLES).get(doc, [])
                    if f.value.dimension == dimension and not f.value.excluded
                    and f.value.low is not None and f.value.high is None and f.value.group]
        for group in sorted({f.value.group for f in included}):
            own = [f for f in included if f.value.group == group]
            if not any(same(f.value.low, ref.low) for f in own):
                continue  # the group's bound is not the reference's end: nothing restated
            deviant = [f for f in own if not same(f.value.low, ref.low)]
            if len({_rounded(f.value.low) for f in deviant}) != 1:
                continue  # one restatement, not a list of bounds by size or indication
            fact = deviant[0]
            what = {"weight": "body weight", "bsa": "body surface area",
                    "gestation": "gestational age"}.get(dimension, "age")
            bound = PopulationBound(dimension, low=fact.value.low,
                                    low_inclusive=fact.value.low_inclusive)
            label = document_label(facts.document(doc), doc)
            message = (f"{label[0].upper()}{label[1:]} restates the {what} of {group} as "
                       f"{bound.describe()} (\"{fact.location.quote}\"), while "
                       f"{document_label(facts.document(ref_doc), ref_doc)}, like its own other "
                       f"statement, admits {ref.describe(dimension)} "
                       f"(\"{ref_fact.location.quote}\").")
            yield self.finding(message, [ref_fact, fact])

    def _compare(self, facts: FactBase, dimension: str,
                 envelopes: dict[str, Envelope]) -> Iterator[Finding]:
        signatures = {doc: env.signature() for doc, env in envelopes.items()}
        reference = reference_group(signatures, facts)
        ref_doc = reference_document([d for d, s in signatures.items() if s == reference], facts)
        ref = envelopes[ref_doc]
        for doc, env in sorted(envelopes.items()):
            if doc == ref_doc:
                continue
            differs_low = not same(env.low, ref.low)
            differs_high = not same(env.high, ref.high)
            if not (differs_low or differs_high):
                yield from self._restated(facts, dimension, doc, ref_doc, ref)
                continue
            if translation_differs(facts, doc, signatures, reference):
                continue  # between translations of one document: LA001 reports it
            end = "low" if differs_low else "high"
            ref_fact = getattr(ref, f"{end}_fact") or ref.low_fact or ref.high_fact
            fact = getattr(env, f"{end}_fact") or env.low_fact or env.high_fact
            if ref_fact is None or fact is None:
                continue
            what = {"weight": "body weight", "bsa": "body surface area",
                    "gestation": "gestational age"}.get(dimension, "age")
            other_label = document_label(facts.document(doc), doc)
            message = (f"{other_label[0].upper()}{other_label[1:]} admits patients by {what} "
                       f"{env.describe(dimension)} (\"{fact.location.quote}\"); "
                       f"{document_label(facts.document(ref_doc), ref_doc)} admits "
                       f"{ref.describe(dimension)} (\"{ref_fact.location.quote}\").")
            yield self.finding(message, [ref_fact, fact])

