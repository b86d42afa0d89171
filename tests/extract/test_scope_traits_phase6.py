"""Phase 6 (scope2): device traits that decide Art. 54(1), Directive-era classes, PMCF endpoints
and sample sizes, objectives that open with a template verb."""

from __future__ import annotations

import pytest

from panelproof.extract import identity, placeholders
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.extract.pmcf import names_endpoint, sample_in
from panelproof.ingest.text import document_from_text


def traits(text: str) -> set[tuple[str, bool]]:
    document = document_from_text(text + "\n", "CER.md")
    return {(f.value.id, f.value.negated) for f in identity.extract(document, ExtractionContext())
            if f.kind is FactKind.DEVICE_TRAIT}


def classes(text: str) -> list[str]:
    document = document_from_text(text + "\n", "CER.md")
    return [f.value for f in identity.extract(document, ExtractionContext())
            if f.kind is FactKind.DEVICE_CLASS]


@pytest.mark.parametrize("text", [
    "The pump removes wound exudate into a disposable canister.",
    "Intended for the administration of enteral nutrition through a feeding tube.",
    "| Intended purpose | Delivery of enteral feeds and water |",
    "L'appareil aspire les exsudats de la plaie.",
    "Pumpe zur enteralen Ernährung über eine Sonde.",
    "Pompa per nutrizione enterale.",
    "Bomba de nutrición enteral para pacientes hospitalizados.",
])
def test_non_medicinal_substances_deny_the_medicinal_product_trait(text):
    assert traits(text) & {("administers_medicinal_product", True)}
    assert ("administers_medicinal_product", False) not in traits(text)


@pytest.mark.parametrize("text", [
    "The pump is intended for the infusion of drugs, blood and enteral nutrition.",
    "It delivers analgesics and enteral feeds.",
    "Pompe destinée à la perfusion de médicaments et à la nutrition entérale.",
    "Infusionspumpe zur Verabreichung von Arzneimitteln.",
    "Pompa per la somministrazione di farmaci.",
    "Bomba para la administración de medicamentos.",
])
def test_a_medicinal_product_stated_wins(text):
    assert ("administers_medicinal_product", False) in traits(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("It is not intended for the infusion of drugs.", ("administers_medicinal_product", True)),
    ("The balloon is withdrawn without leaving a permanent implant.", ("implantable", True)),
    ("The catheter is intended for transient use.", ("implantable", True)),
    ("Le cathéter est retiré à la fin de la procédure.", ("implantable", True)),
    ("Der Ballon wird nach dem Eingriff wieder entfernt, ohne ein dauerhaftes Implantat.",
     ("implantable", True)),
    ("The stimulator is implanted subcutaneously.", ("implantable", False)),
])
def test_trait_negated_in_its_clause(text, expected):
    assert expected in traits(text)


@pytest.mark.parametrize("text", [
    "Contraindicated in patients with an implanted pacemaker.",
    "Patienten mit einem implantierten Defibrillator.",
])
def test_another_devices_implant_is_no_trait(text):
    assert not {t for t in traits(text) if t[0] == "implantable"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Class IIb according to Rule 12 (previously class IIa under MDD 93/42/EEC).", ["IIb"]),
    ("The device was class IIa under the MDD and is class IIb under the MDR.", ["IIb"]),
    ("Klasse IIb nach MDR; bisher Klasse IIa.", ["IIb"]),
    ("| Risk class and rule | Class IIb, Rule 12 |", ["IIb"]),
    ("Classe IIa selon la directive 93/42/CEE, désormais classe IIb.", ["IIb"]),
])
def test_directive_classes_are_not_the_device_class(text, expected):
    assert classes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Prospective single-arm study with 150 neonates.", True),
    ("80 Kinder werden eingeschlossen.", True),
    ("Follow-up of 300 eyes.", True),
    ("Outcome at 12 months in children.", False),
    ("Rate per 100 children.", False),
    ("In 2024 children were enrolled elsewhere.", False),
])
def test_sample_named_by_group(text, expected):
    assert sample_in(text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Confirm long-term safety, measured as the all-cause revision rate at 10 years.", True),
    ("Confirm performance, assessed by the change in Oxford Knee Score.", True),
    ("Confirmer la performance, évaluée par le score de Harris à 2 ans.", True),
    ("Bestätigung der Sicherheit, gemessen an der Revisionsrate nach 5 Jahren.", True),
    ("Confirm the safety and performance of the device.", False),
    ("Identify emerging risks.", False),
])
def test_objective_naming_its_endpoint(text, expected):
    assert names_endpoint(text) is expected


def _guidance(text: str) -> list[str]:
    document = document_from_text(text, "PMCF_plan.md")
    return [f.location.quote for f in placeholders.extract(document, ExtractionContext())
            if f.value.marker == "guidance"]


@pytest.mark.parametrize("text", [
    "- Describe speech and language outcomes after implantation at 12–24 months.\n",
    "| Objective | Endpoint |\n|---|---|\n| Describe speech outcomes after implantation | CAP score |\n",
    "- Décrire l'évolution du langage chez les enfants implantés à 12 mois.\n",
    "Summarise device failures per 1 000 implant-years at 5 years.\n",
])
def test_filled_objectives_are_not_guidance(text):
    assert _guidance(text) == []


@pytest.mark.parametrize("text", [
    "Describe the clinical benefits of the device.\n",
    "Describe the PMCF activities [e.g. registry, survey] at 12 months.\n",
    "- Describe the outcomes you expect at 12 months.\n",
    "| Describe the objective | |\n|---|---|\n",
])
def test_guidance_stays_guidance(text):
    assert _guidance(text)
