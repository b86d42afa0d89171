"""PL002: the population includes neonates but the device's documents never mention a feature
its type needs for them (e.g. proximal flow sensing for neonatal ventilation)."""

from __future__ import annotations

from typing import Any, Iterable

from panelproof.extract.device_type import device_type_facts, device_types, pack_by_id
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.rules.identity._compare import document_label
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.plausibility.common import (
    Admission, admitted_groups, group_label, group_spans)


class MissingPopulationFeature(Rule):
    """The population includes a group for which the device-type pack lists a required
    feature, and no document mentions that feature.

    What it finds:
        Packs may list `required_features` with the groups that need them (ventilator:
        proximal flow sensor for neonates and preterm neonates). When a document admits one of
        those groups and no document mentions the feature in any language (or only says it is
        absent), the rule reports it. A document admits a group it names (an umbrella such as
        "paediatric" counts for the groups it covers) or one its lower weight or age bound
        reaches, always within its own bounds: "paediatric patients and adults > 5 kg" admits
        no neonates (their typical weight ends at 5 kg), "patients from 1 kg" does. A feature
        with `when_parameters` is required only of a device that states one of them (a
        nitric-oxide dosing module or a T-piece resuscitator sets no tidal volume, so needs no
        proximal flow sensor); modifiers may stand inside the feature's name ("proximal
        hot-wire flow sensor").

    Why a panel cares:
        The small tidal volumes of neonates cannot be measured accurately at the ventilator;
        proximal flow sensing is essential for them. A dossier claiming neonates without it
        either omits a design feature from its description or claims a population the device
        cannot serve safely.

    Example:
        CER: "for patients weighing from 1 kg"; no document mentions a proximal flow sensor.

    Use instead:
        Describe the neonatal flow sensor in the IFU and CER ("A proximal flow sensor at the
        Y-piece is used for patients under 10 kg"), or exclude neonates.

    References:
        MDR Annex I 1 and 23.4; Pilbeam's Mechanical Ventilation 7th ed., Ch. 22, Box 22.4.
    """

    code = "PL002"
    name = "missing-population-feature"
    category = Category.PLAUSIBILITY
    severity = Severity.MINOR
    title = "Population needs a device feature the documents never mention"
    references = ("MDR Annex I 1 and 23.4",)
    recommendation = ("Describe the feature the claimed population needs in the IFU and CER "
                      "(with its clinical data), or remove that population from the intended "
                      "purpose.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        present = {f.value.id for f in facts.of(FactKind.DEVICE_FEATURE) if not f.value.negated}
        parameters = {f.value.name for f in facts.of(FactKind.PARAMETER)}
        findings = []
        for pack_id in device_types(facts):
            pack = pack_by_id(pack_id)
            if pack is None:
                continue
            for feature in pack.data.get("required_features") or []:
                if feature["id"] in present:
                    continue
                serves = set(feature.get("when_parameters") or [])
                if serves and not serves & parameters:
                    continue  # the device sets and measures nothing the feature is for
                population = _population_fact(facts, set(feature.get("when_groups") or []))
                if population is None:
                    continue
                findings.append(self._finding(facts, pack.name, feature, population,
                                              device_type_facts(facts, pack_id)[:1]))
        return findings

    def _finding(self, facts: FactBase, pack_name: str, feature: dict[str, Any],
                 admission: Admission, type_facts: list[Fact]) -> Finding:
        fact, group = admission.fact, admission.group
        who = document_label(facts.document(fact.document), fact.document)
        if admission.basis == "named" and fact.value.id == group:
            why = f"“{fact.location.quote}”"
        elif admission.basis == "named":
            why = f"“{fact.location.quote}”, with no bound that leaves them out"
        else:
            span = group_spans()[group]
            low, high = span.weight if admission.basis == "weight" else span.age
            unit = "kg" if admission.basis == "weight" else "years"
            typical = "weigh" if admission.basis == "weight" else "are aged"
            why = (f"“{fact.location.quote}”, while {group_label(group)} typically {typical} "
                   f"{low:g}–{high:g} {unit}")
        feature_name = str(feature["id"]).replace("_", " ")
        message = (f"{who[:1].upper()}{who[1:]} includes {group_label(group)} ({why}), but no "
                   f"document of this {pack_name.split(' (')[0].lower()} dossier mentions a "
                   f"{feature_name}: {feature.get('explanation', '')} "
                   f"({feature.get('source', '')}).")
        return self.finding(message, [fact, *type_facts])


def _population_fact(facts: FactBase, wanted: set[str]) -> Admission | None:
    """A document's admission of one of the wanted groups: a group it names (itself rather
    than through an umbrella, if any) before one its bounds reach."""
    admissions = [a for a in admitted_groups(facts) if a.group in wanted]
    if not admissions:
        return None
    order = {"named": 0, "weight": 1, "age": 2}
    return min(admissions, key=lambda a: (a.fact.value.id != a.group if a.basis == "named"
                                          else True, order[a.basis]))
