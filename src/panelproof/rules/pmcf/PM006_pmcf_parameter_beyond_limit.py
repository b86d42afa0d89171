"""PM006: the PMCF plan studies the device beyond a limit the intended-use documents state."""

from __future__ import annotations

from typing import Iterable

from panelproof import knowledge
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.extract.parameters import parameter_name
from panelproof.ingest.model import Role
from panelproof.rules.identity._compare import document_label, reference_document
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.pmcf.common import INTENDED_USE_ROLES
from panelproof.rules.specification.SP001_parameter_ranges_differ import (ROUNDING, describe,
                                                                 label_groups, label_key)


def _plain(fact: Fact) -> bool:
    """A range or a single value, not a list of sizes or a typical value."""
    value = fact.value
    return not value.values and not value.typical and not value.name.startswith("tolerance:")


def _reference(limits: list[Fact], facts: FactBase) -> Fact:
    """The limit to quote: the one in the document the identity rules quote first."""
    path = reference_document([f.document for f in limits], facts)
    return next(f for f in limits if f.document == path)


def _groups(names: set[str]) -> dict[str, str]:
    """SP001's grouping, with a free label that is a term of a vocabulary parameter ("a flow
    rate of 70 L/min", read as the label "flow rate") joined to that parameter."""
    group_of = label_groups(sorted(names))
    vocabulary = knowledge.load("vocabulary/parameters")["parameters"]
    known = {}
    for pid in names:
        if pid.startswith("text:") or pid not in vocabulary:
            continue
        entry = vocabulary[pid]
        words = [t for terms in (entry.get("terms") or {}).values() for t in terms]
        known[pid] = [str(w) for w in words] + [entry.get("name") or pid.replace("_", " ")]
    for name in names:
        if name.startswith("text:"):
            pid = next((p for p, labels in sorted(known.items())
                        if any(label_key(name) == label_key(f"text:{label}") for label in labels)),
                       None)
            if pid is not None:
                group_of[name] = pid
    return group_of


class PmcfParameterBeyondLimit(Rule):
    """The PMCF plan studies a parameter of the device (dwell time, flow, pressure, dose, size)
    beyond the largest (or below the smallest) value the CER, IFU, CEP, SSCP or CEAR allow.

    What it finds:
        A technical parameter the PMCF plan states (read with the same vocabulary and units as
        every specification, knowledge/vocabulary/parameters.yaml) whose upper end exceeds the
        highest upper end any intended-use document states for the same parameter, or whose
        lower end lies below the lowest lower end of ranges those documents state ("up to 21
        days" of dwell time in the PMCF objectives against "maximum dwell time 10 days" in the
        IFU; "flows up to 80 L/min" against "2–60 L/min"). Differences within rounding (2.5 %)
        and lists of sizes are left alone; documents disagreeing among themselves are SP001's.

    Why a panel cares:
        The PMCF confirms the safety and performance of the device used as intended (MDR Annex
        XIV Part B §5, §6.1). A plan that studies a use the IFU does not allow either collects
        off-label data that cannot confirm the claimed performance, or reveals that the
        manufacturer intends a wider use than the one evaluated and labelled.

    Example:
        IFU: "Maximum dwell time: 10 days". PMCF plan objective: "To evaluate catheter
        complications with dwell times up to 21 days in preterm infants."

    Use instead:
        Keep the PMCF within the intended use ("dwell times up to 10 days"), or extend the
        intended use, its clinical evaluation and the IFU first.

    References:
        MDR Annex XIV Part B §5 and §6.1; MDR Annex I 23.4; MDCG 2020-7 section B.
    """

    code = "PM006"
    name = "pmcf-parameter-beyond-limit"
    # A technical parameter stated differently by two documents, as SP001 reports it for the
    # intended-use documents (SP001 leaves PMCF plans out).
    category = Category.SPECIFICATION
    severity = Severity.MAJOR
    title = "The PMCF plan studies the device beyond a stated limit"
    references = ("MDR Annex XIV Part B §5", "MDR Annex XIV Part B §6.1", "MDR Annex I 23.4")
    recommendation = ("Keep the PMCF objectives and design within the limits of the intended "
                      "use, or extend the intended use, its clinical evaluation and the IFU first.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        stated: dict[tuple[str, str], list[Fact]] = {}
        planned: dict[tuple[str, str], list[Fact]] = {}
        params = [f for f in facts.of(FactKind.PARAMETER) if _plain(f)]
        # "flow rate: 5-60 L/min" and "a flow rate of 70 L/min": one parameter, as in SP001
        group_of = _groups({f.value.name for f in params})
        for fact in params:
            key = (group_of.get(fact.value.name, fact.value.name), fact.value.unit)
            if fact.role in INTENDED_USE_ROLES:
                stated.setdefault(key, []).append(fact)
            elif fact.role is Role.PMCF_PLAN:
                planned.setdefault(key, []).append(fact)
        for key, plan_facts in sorted(planned.items()):
            limits = stated.get(key)
            if not limits:
                continue
            finding = self._above(facts, plan_facts, limits) or self._below(facts, plan_facts, limits)
            if finding is not None:
                yield finding

    def _above(self, facts: FactBase, plan: list[Fact], limits: list[Fact]) -> Finding | None:
        if any(f.value.high is None for f in limits):
            return None  # an open upper end ("at least 5 days") sets no maximum
        top = max(f.value.high for f in limits)
        over = [f for f in plan if f.value.high is not None
                and f.value.high > top * (1 + ROUNDING) + 1e-9]
        if not over:
            return None
        worst = max(over, key=lambda f: f.value.high)
        limit = _reference([f for f in limits if f.value.high == top], facts)
        return self._finding(facts, worst, limit, "beyond the maximum")

    def _below(self, facts: FactBase, plan: list[Fact], limits: list[Fact]) -> Finding | None:
        # Only a closed range has a minimum: "maximum dwell time 14 days" has none.
        if not all(f.value.low is not None and f.value.high is not None
                   and f.value.low < f.value.high for f in limits):
            return None
        bottom = min(f.value.low for f in limits)
        under = [f for f in plan if f.value.low is not None
                 and f.value.low < bottom * (1 - ROUNDING) - 1e-9]
        if not under:
            return None
        worst = min(under, key=lambda f: f.value.low)
        limit = _reference([f for f in limits if f.value.low == bottom], facts)
        return self._finding(facts, worst, limit, "below the minimum")

    def _finding(self, facts: FactBase, plan: Fact, limit: Fact, side: str) -> Finding:
        label = (parameter_name(limit.value.name) or parameter_name(plan.value.name)
                 or plan.value.label)
        plan_doc = document_label(facts.document(plan.document), plan.document)
        limit_doc = document_label(facts.document(limit.document), limit.document)
        return self.finding(
            f"{plan_doc[:1].upper()}{plan_doc[1:]} studies {label} of {describe(plan)} "
            f"(“{plan.location.quote}”), {side} that {limit_doc} states ({describe(limit)}: "
            f"“{limit.location.quote}”): the PMCF would collect data on a use outside the "
            f"intended use instead of confirming the intended one.",
            [plan, limit])
