"""PL001: a device parameter cannot serve the smallest (or largest) patient the dossier admits."""

from __future__ import annotations

import re

from typing import Any, Iterable

from panelproof.extract.device_type import Pack
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.rules.identity._compare import document_label
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.plausibility.common import (pack_checks,
    Patient, display_unit, group_label, largest_patient, smallest_patient)

# Beyond this multiple of the recommended per-kg bound the device is plainly unusable for
# the patient, not merely at the edge of practice.
GROSS_FACTOR = 2.0


class ParameterImplausibleForPopulation(Rule):
    """A technical parameter, divided by the body weight of the smallest patient admitted,
    falls outside the physiological range per kilogram for that patient.

    What it finds:
        For every parameter check of the device-type knowledge pack (knowledge/devices/*.yaml),
        the device's smallest settable value (e.g. minimum tidal volume, minimum infusion rate,
        extracorporeal volume) divided by the lowest body weight the CER, IFU, SSCP or CEAR
        admits, compared with the cited per-kg range for that patient's group. When the dossier
        states only an age or a group ("from 1 year", "neonates"), the lightest typical weight
        of that age or group (vocabulary/population_groups.yaml) is used. Above the range is
        major; more than twice its upper end is critical.

    Why a panel cares:
        A device that cannot deliver a safe dose to the patients it claims cannot have a
        positive benefit-risk for them. In a 2025 CECP opinion the panel noted that the
        ventilator's tidal volumes did not suit the neonates and infants its CER claimed.

    Example:
        CER: "The device is intended for patients weighing from 1 kg."
        IFU: "Tidal volume: 50–2000 ml." (50 ml/kg at 1 kg, against 4–6 ml/kg for neonates)

    Use instead:
        Restrict the population to what the device can serve ("patients weighing 10 kg and
        more"), or document the small-volume capability (e.g. "Tidal volume: 2–2000 ml") and
        the clinical data in that population.

    References:
        MDR Annex I 1 and 8 (benefit-risk); MDR Annex XIV Part A 1(a) (target groups);
        MDR Art. 61(1); the source of each pack check (e.g. ARDSNet, NEJM 2000; Pilbeam's
        Mechanical Ventilation Ch. 6 and 22).
    """

    code = "PL001"
    name = "parameter-implausible-for-population"
    category = Category.PLAUSIBILITY
    severity = Severity.MAJOR
    title = "Device parameter cannot serve the stated population"
    references = ("MDR Annex I 1 and 8", "MDR Annex XIV Part A 1(a)", "MDR Art. 61(1)")
    recommendation = ("Align the population with what the device can deliver: restrict the "
                      "intended population (weight or age), or show in the IFU and CER that the "
                      "device's range and clinical data cover the smallest patients claimed.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        parameters = facts.of(FactKind.PARAMETER)
        if not parameters:
            return []
        smallest = smallest_patient(facts)
        largest = largest_patient(facts)
        findings = []
        for check, source_pack in _checks(facts):
            patient = smallest if check["bound"] == "low" else largest
            if patient is None:
                continue
            finding = self._check_one(facts, check, source_pack, patient, parameters)
            if finding:
                findings.append(finding)
        return findings

    def _check_one(self, facts: FactBase, check: dict[str, Any], pack: Pack, patient: Patient,
                   parameters: list[Fact]) -> Finding | None:
        stated = [f for f in parameters if f.value.name == check["parameter"]]
        per_kg: dict[str, list[float]] = check["per_kg"]
        groups = [g for g in patient.groups if g in per_kg]
        if not stated or not groups:
            return None
        if check["bound"] == "low":
            # Where a pack says so (a blood pump's "Maximum flow 10 l/min", "up to 4.3 l/min",
            # its label often in another table cell), a single value says nothing about the
            # lowest setting unless it is called a minimum
            stated = [f for f in stated if f.value.low is not None
                      and (check.get("single_value_is_minimum", True)
                           or f.value.low != f.value.high
                           or _MINIMUM.search(f.location.quote + " " + f.value.label))]
            if not stated:
                return None
            fact = min(stated, key=lambda f: f.value.low)
            value = fact.value.low
            # The most lenient range among the groups this patient may belong to: a finding
            # must hold whichever group the author meant.
            group = max(groups, key=lambda g: per_kg[g][1])
            low, high = per_kg[group]
            ratio = value / patient.weight
            if ratio <= high:
                return None
            severity = Severity.CRITICAL if ratio > GROSS_FACTOR * high else Severity.MAJOR
            extreme = "minimum"
        else:
            stated = [f for f in stated if f.value.high is not None]
            if not stated:
                return None
            fact = max(stated, key=lambda f: f.value.high)
            value = fact.value.high
            group = min(groups, key=lambda g: per_kg[g][0])
            low, high = per_kg[group]
            ratio = value / patient.weight
            if ratio >= low:
                return None
            severity = Severity.CRITICAL if ratio * GROSS_FACTOR < low else Severity.MAJOR
            extreme = "maximum"
        message = _message(facts, check, pack, patient, fact, value, ratio, group, low, high,
                           extreme)
        return self.finding(message, [patient.fact, fact], severity=severity)


_MINIMUM = re.compile(r"(?<![/\w])(?:min\b|min\.|minim\w*|lowest|at least|from|mindest\w*|ab\b|"
                      r"au moins|à partir de|almeno|da\b|desde|como mínimo|vanaf)", re.I)


def _checks(facts: FactBase) -> list[tuple[dict[str, Any], Pack]]:
    return pack_checks(facts, "parameter_checks", "bound")


def _num(x: float) -> str:
    return f"{x:.3g}" if abs(x) < 10 else f"{x:.0f}"


def _message(facts: FactBase, check: dict[str, Any], pack: Pack, patient: Patient,
             fact: Fact, value: float, ratio: float, group: str, low: float, high: float,
             extreme: str) -> str:
    ratio_unit = str(check.get("ratio_unit") or "per kg")
    value_unit = (ratio_unit.replace("/kg", "") if "/kg" in ratio_unit
                  else display_unit(fact.value.unit, fact.location.quote))
    quantity = str(check.get("quantity") or check["parameter"].replace("_", " "))
    who = document_label(facts.document(patient.fact.document), patient.fact.document)
    where = document_label(facts.document(fact.document), fact.document)
    weight = _num(patient.weight)
    if patient.basis == "weight":
        if extreme == "minimum":
            start = "from" if patient.inclusive else "of more than"
        else:
            start = "up to"
        admits = f"admits patients {start} {weight} kg body weight"
    elif patient.basis == "age":
        years = "year" if patient.age == 1 else "years"
        admits = (f"admits patients from {_num(patient.age or 0)} {years} of age, who may weigh "
                  f"as little as {weight} kg")
    else:
        admits = (f"names {group_label(patient.groups[0])} as a target group, who may weigh as "
                  f"little as {weight} kg")
    verdict = "above" if extreme == "minimum" else "below"
    recommended = f"{_num(low)}–{_num(high)} {ratio_unit}" if low > 0 else f"at most {_num(high)} {ratio_unit}"
    source = check.get("source") or pack.data.get("source")
    message = (f"{_capital(who)} {admits}; {where} gives a {extreme} {quantity} of "
               f"{_num(value)} {value_unit}, i.e. {_num(ratio)} {ratio_unit} at {weight} kg, "
               f"{verdict} the {recommended} recommended for {group_label(group)} ({source}).")
    if extreme == "minimum":
        message += (f" The device cannot deliver a physiological {quantity} to the smallest "
                    f"patients claimed.")
    return message


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
