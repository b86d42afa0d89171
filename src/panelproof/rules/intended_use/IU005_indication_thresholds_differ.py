"""IU005: the thresholds of an indication (AHI range, LVEF, NYHA class ...) differ between
documents or language versions."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.indication_measures import population_measure
from panelproof.extract.model import Fact, FactBase, FactKind, MeasureBound
from panelproof.ingest.model import Document
from panelproof.rules.identity._compare import reference_group, translation_differs
from panelproof.rules.intended_use.common import INTENDED_USE_ROLES, describe_document, join_names
from panelproof.rules.model import Category, Finding, Rule, Severity


class IndicationThresholdsDiffer(Rule):
    """The severity scores or thresholds of an indication differ between documents.

    What it finds:
        A clinical measure that qualifies the indicated population (apnoea-hypopnoea index,
        LVEF, NYHA class, FEV1 % predicted, ankle-brachial index, HbA1c, degree of stenosis,
        Kellgren-Lawrence grade, ostium or vessel diameter; `vocabulary/clinical_measures.yaml`)
        with another interval in one document or language version than in another: "AHI 15-65
        events/h" in the English and Spanish IFUs, "AHI 15-100" in the Dutch IFU. Every
        document that states the intended use is compared (CEP, CER, IFU in each language,
        SSCP, CEAR, label), since numbers need no translation; a translation that departs from
        its master version while the master agrees with the other documents is a translation
        defect, reported by LA001. The same interval written
        otherwise ("15 <= AHI <= 65", "IAH 15-65", "AHI from 15 to 65 events per hour") is no
        difference; study populations, response criteria ("AHI reduction >= 50 %") and results
        are evidence, not indications, and are not read. Major when two documents state
        different values for the same end of the interval (one of them indicates the device for
        patients the other excludes); minor when one document leaves an end open that another
        states, or only the inclusiveness of a limit differs.

    Why a panel cares:
        The thresholds are part of the indication: a device shown safe and effective for AHI
        15-65 is not shown for AHI up to 100. Expert panels criticise indications that differ
        between language versions and between the IFU and the CER, and the SSCP must match the
        IFU.

    Example:
        IFU (en): "moderate to severe obstructive sleep apnoea (AHI 15–65 events/h)"
        IFU (nl): "matig tot ernstig obstructief slaapapneu (AHI 15–100)"

    Use instead:
        State one interval per measure and use it in every document and language version.

    References:
        MDR Annex I 23.4(b); MDR Annex XIV Part A 1(a); MDR Art. 32(2)(b); MDR Art. 10(11);
        MDCG 2020-13 section C.
    """

    code = "IU005"
    name = "indication-thresholds-differ"
    category = Category.INTENDED_USE
    severity = Severity.MAJOR
    title = "Indication thresholds differ between documents"
    references = ("MDR Annex I 23.4(b)", "MDR Annex XIV Part A 1(a)", "MDR Art. 32(2)(b)",
                  "MDR Art. 10(11)", "MDCG 2020-13 section C")
    recommendation = ("State the same interval of each measure that defines the indicated population "
                      "(severity score, threshold, anatomical size) in the CEP, CER, IFU in every "
                      "language, SSCP and CEAR, and show clinical data for the whole interval.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        for (measure, _unit), stated in indication_intervals(facts).items():
            if not self.compares(measure):
                continue
            signatures = {path: interval.key() for path, interval in stated.items()}
            reference = reference_group(signatures, facts) if len(signatures) > 1 else None
            distinct: dict[tuple, list[tuple[Document, _Interval]]] = {}
            for path, interval in stated.items():
                # a translation whose master states the common interval: LA001 reports it
                if reference is not None and translation_differs(facts, path, signatures, reference):
                    continue
                distinct.setdefault(interval.key(), []).append((facts.document(path), interval))
            if len(distinct) < 2:
                continue
            yield self._finding(list(distinct.values()))

    def compares(self, measure: str) -> bool:
        """Measures of the disease; those of the patient's body (BMI) are PO004's."""
        return not population_measure(measure)

    def _finding(self, groups: list[list[tuple[Document, "_Interval"]]]) -> Finding:
        roles = [d.role for group in groups for d, _ in group]
        with_language = len(roles) != len(set(roles))  # language versions of one role
        first = groups[0][0][1]
        label = first.label()
        parts = []
        for group in groups:
            names = join_names([describe_document(d, with_language=with_language) for d, _ in group])
            parts.append(f"{group[0][1].describe()} in {names}")
        conflicting = any(conflict(a[0][1], b[0][1]) for i, a in enumerate(groups) for b in groups[i + 1:])
        wider = _widest(groups, with_language)
        message = f"The indicated {label} differs between documents: " + "; ".join(parts) + "."
        if wider:
            message += f" {wider[0].upper()}{wider[1:]}"
        locations = []
        for group in groups:
            for _, interval in group:
                for fact in interval.facts[:2]:
                    if fact.location not in locations:
                        locations.append(fact.location)
        return self.finding(message, locations, severity=None if conflicting else Severity.MINOR)


def indication_intervals(facts: FactBase) -> dict[tuple[str, str], dict[str, "_Interval"]]:
    """(measure, unit) -> {document path: the interval it indicates}, for every document that
    states the intended use (also used by LA001 for language versions)."""
    documents = [d for role in INTENDED_USE_ROLES
                 for d in sorted(facts.documents_with_role(role), key=lambda d: d.path)]
    by_measure: dict[tuple[str, str], dict[str, _Interval]] = {}
    for document in documents:
        own: dict[tuple[str, str], _Interval] = {}
        for fact in facts.of(FactKind.INDICATION_MEASURE, document=document.path):
            value: MeasureBound = fact.value
            own.setdefault((value.measure, value.unit), _Interval()).narrow(fact)
        for key, interval in own.items():
            if not interval.empty():
                by_measure.setdefault(key, {})[document.path] = interval
    return by_measure


class _Interval:
    """The intersection of the intervals one document states for one measure."""

    def __init__(self) -> None:
        self.low: float | None = None
        self.high: float | None = None
        self.low_inclusive = True
        self.high_inclusive = True
        self.facts: list[Fact] = []
        self.value: MeasureBound | None = None

    def narrow(self, fact: Fact) -> None:
        v: MeasureBound = fact.value
        self.value = self.value or v
        self.facts.append(fact)
        if v.low is not None and (self.low is None or v.low > self.low
                                  or (v.low == self.low and not v.low_inclusive)):
            self.low, self.low_inclusive = v.low, v.low_inclusive
        if v.high is not None and (self.high is None or v.high < self.high
                                   or (v.high == self.high and not v.high_inclusive)):
            self.high, self.high_inclusive = v.high, v.high_inclusive

    def empty(self) -> bool:
        return self.low is not None and self.high is not None and self.low > self.high

    def key(self) -> tuple:
        return (self.low, self.high, self.low_inclusive if self.low is not None else True,
                self.high_inclusive if self.high is not None else True)

    def label(self) -> str:
        from panelproof.extract.indication_measures import _measures

        assert self.value is not None
        return _measures().get(self.value.measure, {}).get("label", self.value.measure)

    def describe(self) -> str:
        assert self.value is not None
        return MeasureBound(self.value.measure, self.low, self.high, self.low_inclusive,
                            self.high_inclusive, self.value.unit, ordinal=self.value.ordinal).describe()


def conflict(a: "_Interval", b: "_Interval") -> bool:
    """Both state a limit at the same end, with different values."""
    return ((a.low is not None and b.low is not None and a.low != b.low)
            or (a.high is not None and b.high is not None and a.high != b.high))


def _widest(groups: list[list[tuple[Document, _Interval]]], with_language: bool) -> str:
    """"the Dutch IFU (IFU_nl.md) indicates the device for a wider population." when one
    interval contains all others."""
    intervals = [g[0][1] for g in groups]
    for index, candidate in enumerate(intervals):
        if all(_contains(candidate, other) for other in intervals):
            names = [describe_document(d, with_language=with_language) for d, _ in groups[index]]
            verb = "indicates" if len(names) == 1 else "indicate"
            return f"{join_names(names)} {verb} the device for a wider population than the other documents."
    return ""


def _contains(outer: _Interval, inner: _Interval) -> bool:
    low_ok = outer.low is None or (inner.low is not None and inner.low >= outer.low)
    high_ok = outer.high is None or (inner.high is not None and inner.high <= outer.high)
    return low_ok and high_ok
