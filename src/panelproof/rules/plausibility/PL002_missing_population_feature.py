"""PL002: the population includes neonates but the device's documents never mention a feature
its type needs for them (e.g. proximal flow sensing for neonatal ventilation)."""

from __future__ import annotations

from typing import Any, Iterable

from panelproof.extract.device_type import device_type_facts, device_types, pack_by_id
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.rules.identity._compare import document_label
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.plausibility.common import (
    group_label, group_spans, groups_at_weight, named_groups, smallest_patient)


class MissingPopulationFeature(Rule):
    """The population includes a group for which the device-type pack lists a required
    feature, and no document mentions that feature.

    What it finds:
        Packs may list `required_features` with the groups that need them (ventilator:
        proximal flow sensor for neonates and preterm neonates). When the dossier admits one of
        those groups (named, or through a weight or age bound low enough) and no document
        mentions the feature in any language (or only says it is absent), the rule reports it.

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
        findings = []
        for pack_id in device_types(facts):
            pack = pack_by_id(pack_id)
            if pack is None:
                continue
            for feature in pack.data.get("required_features") or []:
                if feature["id"] in present:
                    continue
                population = _population_fact(facts, set(feature.get("when_groups") or []))
                if population is None:
                    continue
                findings.append(self._finding(facts, pack.name, feature, population,
                                              device_type_facts(facts, pack_id)[:1]))
        return findings

    def _finding(self, facts: FactBase, pack_name: str, feature: dict[str, Any],
                 population: tuple[Fact, str], type_facts: list[Fact]) -> Finding:
        fact, group = population
        who = document_label(facts.document(fact.document), fact.document)
        feature_name = str(feature["id"]).replace("_", " ")
        message = (f"{who[:1].upper()}{who[1:]} includes {group_label(group)} "
                   f"(“{fact.location.quote}”), but no document of this "
                   f"{pack_name.split(' (')[0].lower()} dossier mentions a {feature_name}: "
                   f"{feature.get('explanation', '')} ({feature.get('source', '')}).")
        return self.finding(message, [fact, *type_facts])


def _population_fact(facts: FactBase, wanted: set[str]) -> tuple[Fact, str] | None:
    """A fact admitting one of the wanted groups, and the group it admits."""
    for fact in named_groups(facts):
        if fact.value.id in wanted:
            return fact, fact.value.id
    patient = smallest_patient(facts)
    if patient is None or patient.basis == "group":
        return None
    spans = group_spans()
    for group in groups_at_weight(patient.weight):
        if group in wanted and spans[group].weight[1] is not None:
            return patient.fact, group
    return None
