"""PL003: a setting the dossier recommends lies outside the range the device can be set to."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.extract.parameters import convert
from panelproof.rules.identity._compare import INTENDED_USE_ROLES, document_label
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.specification.SP001_parameter_ranges_differ import describe

# Values within 2.5 % of an end are that end, rounded or converted (20 mbar = 20.4 cmH2O).
ROUNDING = 0.025


def _in_unit(fact: Fact, unit: str) -> tuple[float | None, float | None] | None:
    value = fact.value
    if value.unit == unit:
        return value.low, value.high
    ends = [None if v is None else convert(v, value.unit, unit) for v in (value.low, value.high)]
    if any(v is None and w is not None for v, w in zip(ends, (value.low, value.high))):
        return None
    return ends[0], ends[1]


def _below(value: float, bound: float) -> bool:
    return value < bound - ROUNDING * max(abs(bound), 1e-9)


def _above(value: float, bound: float) -> bool:
    return value > bound + ROUNDING * max(abs(bound), 1e-9)


def _outside(setting: tuple[float | None, float | None], low: float, high: float) -> bool:
    return any(v is not None and (_below(v, low) or _above(v, high)) for v in setting)


class RecommendedSettingOutsideRange(Rule):
    """A value the dossier recommends or tells the user to set lies outside the device's range.

    **What it finds**
    Recommended, starting, target or instructed values of a parameter ("For preterm babies,
    start with a PEEP of 5 to 6 cmH2O", "a PEEP of about 5 to 6 cmH2O is recommended", "Stel
    de PIP in op 30 cmH2O", "PEEP auf 5 cmH2O einstellen", "régler la PEP à 5 cmH2O",
    "(8 to 10 L/min recommended)", rows under "Recommended settings"), compared with the range
    the same dossier gives for that parameter ("PEEP range 8 to 20 cmH2O", "PEEP : 8 à
    20 cmH2O", "8 tot 20 cmH2O"), converted to one unit. A recommended value below the minimum
    or above the maximum of every range the CER, IFU, SSCP or CEAR states is reported, quoting
    the recommendation and the range. Ranges that are only an upper or lower bound, and single
    values, are not ranges and are not used.

    **Why a panel cares**
    A user who follows the IFU cannot set a value the device does not offer: either the
    device cannot serve the patients the recommendation is for (a PEEP of 5 cmH2O for preterm
    babies on a device whose PEEP starts at 8 cmH2O), or one of the two statements describes
    another device. The panel checks that the instructions can be followed safely and that
    the specification suits the target groups (MDR Annex I 14.6 and 23.4, Annex XIV Part A).

    **Example**
    IFU specification: "PEEP range | 8 to 20 cmH2O". IFU instructions: "For preterm babies,
    start with a PEEP of 5 to 6 cmH2O, as recommended by current resuscitation guidelines."

    **Use instead**
    Recommend only values the device can be set to, or give the range that the device
    actually offers ("PEEP range 5 to 20 cmH2O") and the evidence for it.

    **References**
    MDR Annex I 14.6 and 23.4(b); MDR Annex XIV Part A 1(a); MDR Annex II 1.1.
    """

    code = "PL003"
    name = "recommended-setting-outside-range"
    category = Category.PLAUSIBILITY
    severity = Severity.MAJOR
    title = "A recommended setting lies outside the device's settable range"
    references = ("MDR Annex I 14.6", "MDR Annex I 23.4(b)", "MDR Annex XIV Part A 1(a)")
    recommendation = ("Recommend only values the device can be set to, or correct the stated "
                      "range; state the same range and recommendations in every document.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        settings = [f for f in facts.of(FactKind.PARAMETER_SETTING) if f.role in INTENDED_USE_ROLES]
        if not settings:
            return []
        ranges: dict[str, list[Fact]] = {}
        for fact in facts.of(FactKind.PARAMETER):
            value = fact.value
            if (fact.role in INTENDED_USE_ROLES and not value.values and not value.typical
                    and value.low is not None and value.high is not None and value.low < value.high):
                ranges.setdefault(value.name, []).append(fact)
        findings = []
        for name in sorted({f.value.name for f in settings} & set(ranges)):
            stated = ranges[name]
            outside = []
            for setting in (f for f in settings if f.value.name == name):
                ends = [(_in_unit(setting, r.value.unit), r) for r in stated]
                if all(e is not None and _outside(e, r.value.low, r.value.high) for e, r in ends):
                    outside.append(setting)
            if outside:
                findings.append(self._finding(facts, stated, outside))
        return findings

    def _finding(self, facts: FactBase, stated: list[Fact], outside: list[Fact]) -> Finding:
        widest = max(stated, key=lambda f: (f.value.high - f.value.low, len(f.location.quote)))
        seen: set[tuple[str, str]] = set()
        recommended = []
        for fact in outside:
            key = (fact.location.document, fact.location.quote)
            if key not in seen:
                seen.add(key)
                recommended.append(fact)
        label = widest.value.label
        if label[:1].isupper() and not label[1:2].isupper():
            label = label[0].lower() + label[1:]
        said = "; ".join(
            f"{document_label(facts.document(f.location.document), f.location.document)} "
            f"recommends {describe(f)} (\"{f.location.quote}\")" for f in recommended)
        range_doc = document_label(facts.document(widest.location.document), widest.location.document)
        return self.finding(
            f"A recommended {label} lies outside the range the device can be set to: {said}, "
            f"but {range_doc} gives a range of {describe(widest)} (\"{widest.location.quote}\"). "
            f"Either the recommendation cannot be followed with this device or the range is wrong.",
            [*recommended, widest])
