"""PL007: the battery does not last as long as the device is instructed or claimed to be used."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from panelproof import knowledge
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.extract.parameters import convert
from panelproof.rules.identity._compare import INTENDED_USE_ROLES, document_label
from panelproof.rules.model import Category, Finding, Rule, Severity

# A use period within 2.5 % of the battery life is the same time, rounded or converted.
ROUNDING = 0.025


@lru_cache(maxsize=1)
def _endurance() -> tuple[str, tuple[str, ...], re.Pattern]:
    data = knowledge.load("battery_endurance")
    patterns = [p for words in (data.get("renewal") or {}).values() for p in words or []]
    renewal = re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!x)x", re.IGNORECASE)
    return data["battery"], tuple(data.get("use_periods") or ()), renewal


def _longest(fact: Fact) -> float | None:
    """The longest time a fact states: a battery's "up to 7 days" lasts 7 days at most, a
    "≥ 15 days" recording claims 15 days at least."""
    value = fact.value
    return value.high if value.high is not None else value.low


def _in_hours(fact: Fact, unit: str) -> float | None:
    value = _longest(fact)
    if value is None:
        return None
    return value if fact.value.unit == unit else convert(value, fact.value.unit, unit)


def _duration(fact: Fact, unit: str) -> str:
    """"7 days", "12 h", "at least 15 days": in days where the time is whole days of two or more."""
    hours = _in_hours(fact, unit) or 0.0
    days = hours / 24
    text = f"{days:.3g} days" if days >= 3 and abs(days - round(days)) < 0.05 else f"{hours:.3g} h"
    value = fact.value
    if value.high is None:
        return "at least " + text
    if value.low is None:
        return "up to " + text
    return text


class BatteryShorterThanUse(Rule):
    """The device's battery runs out before the use the dossier instructs or claims ends.

    **What it finds**
    A battery life (battery run time, autonomy, "non-rechargeable battery life: 7 days",
    "Akkulaufzeit 4 h") shorter than a period of continuous use the same dossier instructs or
    claims for the device: a wear time ("wear the patch for 14 days", "Tragedauer 14 Tage",
    "durée de port : 14 jours") or a recording or operating time ("recording time ≥ 15 days",
    "Aufzeichnungsdauer 14 Tage"), in any document, converted to one unit. Both passages are
    quoted. Nothing is reported where a document tells the user to replace or recharge the
    battery during use ("replace the battery every 7 days"), and shelf life, service life and
    charging time are not battery life (vocabulary/parameters.yaml `not_near`).

    **Why a panel cares**
    A wearable monitor whose battery is empty after 7 days records nothing in the second week
    of a 14-day wear: either the device cannot deliver the performance the clinical evaluation
    relies on, or one of the statements describes another device. The limited life of an
    energy source is a risk the design must address and the IFU must state (MDR Annex I 14.2(d),
    18.1 and 23.4(b)); the panel checks that the instructions can be followed with the device.

    **Example**
    IFU: "Non-rechargeable battery life: 7 days" and "Wear the patch continuously for 14 days."

    **Use instead**
    A battery life at least as long as the instructed wear or recording time, or instructions
    for replacing the device or its battery within that time ("replace the patch after 7 days").

    **References**
    MDR Annex I 14.2(d), 18.1 and 23.4(b); IEC 60601-1 clause 15.4.3.
    """

    code = "PL007"
    name = "battery-shorter-than-use"
    category = Category.PLAUSIBILITY
    severity = Severity.MAJOR
    title = "The battery does not last as long as the instructed or claimed use"
    references = ("MDR Annex I 14.2(d)", "MDR Annex I 18.1", "MDR Annex I 23.4(b)")
    recommendation = ("State a battery life that covers the instructed wear or recording time, "
                      "or instruct when to replace the device or its battery; correct whichever "
                      "statement describes another device.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        battery_id, use_ids, renewal = _endurance()
        stated = [f for f in facts.of(FactKind.PARAMETER) if f.role in INTENDED_USE_ROLES]
        batteries = [f for f in stated if f.value.name == battery_id and _longest(f) is not None]
        uses = [f for f in stated if f.value.name in use_ids and _longest(f) is not None]
        if not batteries or not uses:
            return []
        if any(renewal.search(d.text) for d in facts.documents_with_role(*INTENDED_USE_ROLES)):
            return []  # the battery is replaced or recharged during use: planned for
        unit = batteries[0].value.unit
        # the battery at its longest, the use at its longest: a finding means no reading fits
        battery = max(batteries, key=lambda f: (_in_hours(f, unit) or 0.0, len(f.location.quote)))
        life = _in_hours(battery, unit)
        longer = [f for f in uses if (hours := _in_hours(f, unit)) is not None and life is not None
                  and hours > life * (1 + ROUNDING)]
        if not longer:
            return []
        seen: set[tuple[str, str]] = set()
        periods = []
        for fact in sorted(longer, key=lambda f: -(_in_hours(f, unit) or 0.0)):
            key = (fact.location.document, fact.location.quote)
            if key not in seen:
                seen.add(key)
                periods.append(fact)
        said = "; ".join(
            f"{document_label(facts.document(f.location.document), f.location.document)} states "
            f"{_duration(f, unit)} (\"{f.location.quote}\")" for f in periods)
        battery_doc = document_label(facts.document(battery.location.document),
                                     battery.location.document)
        return [self.finding(
            f"The battery does not last as long as the device is to be used: {battery_doc} gives "
            f"a battery life of {_duration(battery, unit)} (\"{battery.location.quote}\"), but {said}. "
            f"Either the device stops before the instructed or claimed use ends, or one of the "
            f"statements describes another device.",
            [battery, *periods])]
