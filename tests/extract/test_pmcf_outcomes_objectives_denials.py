"""PMCF plans read as a panel reads them: objectives and design sentences that name measured
outcomes state endpoints without the word; objectives are found under varied headings, in lists
and in sentences outside any objectives section; "without exclusion other than ..." excludes
only the exception."""

from __future__ import annotations

import pytest

from panelproof.extract import pmcf
from panelproof.extract.common import ExtractionContext
from panelproof.extract.pmcf import exclusion_denial, names_outcome
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


@pytest.mark.parametrize("text, language", [
    ("Confirm reperfusion, sICH, mRS 0–2 and mortality in unselected routine use", "en"),
    ("Quantify vessel perforation and device fracture", "en"),
    ("Confirm FEV1 and SGRQ benefit at 12, 24 and 36 months", "en"),
    ("Estimate the rate of pneumothorax, valve migration and valve removal", "en"),
    ("The registry will confirm in routine use the rate of over- and under-infusion events", "en"),
    ("the frequency of occlusion alarms reported by the pump logs", "en"),
    ("Implant wear and patient-reported outcomes (AOFAS, FAAM)", "en"),
    ("Standing radiographs at loading, 1, 3 and 5 years", "en"),
    ("mRS at 90 days by certified assessors", "en"),
    ("To determine the proportion of patients with an AHI reduction of at least 50 %", "en"),
    ("Pocket infection rate and lead dislodgement", "en"),
    ("Estimer le taux d'infection du site d'implantation", "fr"),
    ("Mesurer la qualité de vie (EQ-5D) à 6 et 12 mois", "fr"),
    ("Quantifizierung der Häufigkeit von Gefäßperforationen", "de"),
    ("Revisionsrate und Lebensqualität", "de"),
    ("Stimare il tasso di migrazione della valvola", "it"),
    ("Estimar la tasa de neumotórax tras el implante", "es"),
    ("Het schatten van de incidentie van pneumothorax", "nl"),
])
def test_named_outcome_measures(text, language):
    assert names_outcome(text, language)


@pytest.mark.parametrize("text, language", [
    ("Confirm the safety and performance of the device throughout its expected lifetime.", "en"),
    ("Identify previously unknown side-effects and monitor the identified side-effects.", "en"),
    ("Estimate the incidence of previously unknown side-effects.", "en"),
    ("A satisfaction survey will be sent to 20 users after 12 months.", "en"),
    ("Collect clinical data on the device in routine use.", "en"),
    ("The survey response rate is expected to be 30 %.", "en"),
    ("Estimate the sample size needed for the registry.", "en"),
    ("A risk control measure in the IFU addresses this.", "en"),
    ("The sensor is accurate to 5 %.", "en"),
    ("Monitor the performance of the device in elderly patients.", "en"),
    ("Patients are followed for 5 years at home.", "en"),
    ("Confirmer la sécurité et les performances du dispositif.", "fr"),
    ("Bestätigung der Sicherheit und Leistung des Produkts im klinischen Alltag.", "de"),
    ("Confermare la sicurezza e le prestazioni del dispositivo.", "it"),
])
def test_general_aims_name_no_outcome(text, language):
    assert not names_outcome(text, language)


def _items(text: str) -> list:
    document = document_from_text(text, "PMCF_plan.md", Role.PMCF_PLAN)
    return [f.value for f in pmcf.extract(document, ExtractionContext())]


@pytest.mark.parametrize("heading", ["Aims", "Purpose", "Questions to be answered",
                                     "Research questions", "Zweck", "Fragestellungen",
                                     "Scopo", "Propósito", "Onderzoeksvragen"])
def test_objectives_under_varied_headings(heading):
    found = _items(f"# PMCF plan\n\n## 2. {heading}\n\n- To estimate the rate of tongue abrasion.\n")
    assert [i.aspect for i in found] == ["objective"]


@pytest.mark.parametrize("sentence", [
    "The aim of this PMCF study is to estimate the rate of lead dislodgement.",
    "The primary objective is to determine the revision rate.",
    "This registry aims to quantify tongue abrasion in routine use.",
    "L'objectif de l'étude est d'estimer le taux de déplacement de l'électrode.",
    "Ziel der Studie ist es, die Revisionsrate zu bestimmen.",
    "Lo scopo dello studio è di stimare il tasso di revisione.",
    "El objetivo del estudio es estimar la tasa de revisión.",
    "Het doel van deze studie is om de revisiefrequentie te bepalen.",
])
def test_objective_sentences_outside_objectives_section(sentence):
    found = _items(f"# PMCF plan\n\n## 1. Introduction\n\n{sentence}\n")
    assert "objective" in [i.aspect for i in found]


@pytest.mark.parametrize("text", [
    "# PMCF plan\n\n## 2. What the PMCF will establish\n\n- To determine the rate of lead dislodgement.\n",
    "# PMCF plan\n\n## 2. Overview\n\nThe PMCF study will answer the following clinical questions:\n\n"
    "- Is the rate of tongue abrasion below 5 %?\n",
    "# PMCF plan\n\n## 2. Vue d'ensemble\n\n- Estimer le taux de déplacement de l'électrode.\n",
])
def test_objective_lists_outside_objectives_section(text):
    assert "objective" in [i.aspect for i in _items(text)]


@pytest.mark.parametrize("sentence", [
    "The purpose of this document is to describe the PMCF activities for the device.",
    "This plan describes the PMCF activities.",
    "Ce document décrit les activités de SCAC.",
])
def test_document_purpose_is_no_objective(sentence):
    found = _items(f"# PMCF plan\n\n## 1. Purpose\n\n{sentence}\n")
    assert "objective" not in [i.aspect for i in found]


def test_scheduled_outcome_outside_any_element_is_an_endpoint_item():
    found = _items("# PMCF plan\n\n## 4. Assessments\n\nmRS at 90 days by certified assessors.\n\n"
                   "The pivotal study showed a survival of 98 % at 5 years.\n")
    outcome = [i for i in found if "pmcf:outcome" in i.concepts]
    assert [i.text for i in outcome] == ["mRS at 90 days by certified assessors."]


@pytest.mark.parametrize("text, exception", [
    ("consecutive adult patients implanted in 40 European hospitals, without exclusion other than "
     "refusal of consent, so that patients on haemodialysis are included", "refusal of consent"),
    ("No exclusion criteria other than pregnancy and age under 18 years", "pregnancy and age under 18 years"),
    ("tous les patients adultes, sans critère d'exclusion autre que le refus de consentement",
     "le refus de consentement"),
    ("alle erwachsenen Patienten ohne Ausschlusskriterien außer fehlender Einwilligung; Dialyse",
     "fehlender Einwilligung"),
    ("tutti i pazienti adulti, senza criteri di esclusione tranne il rifiuto del consenso", "il rifiuto del consenso"),
    ("todos los pacientes adultos, sin criterios de exclusión salvo la negativa al consentimiento",
     "la negativa al consentimiento"),
    ("alle volwassen patiënten, zonder exclusiecriteria behalve weigering van toestemming",
     "weigering van toestemming"),
    ("There are no exclusion criteria.", None),
    ("Patients on dialysis are not excluded.", None),
])
def test_exclusion_denials(text, exception):
    found = exclusion_denial(text)
    assert found is not None
    assert (text[slice(*found[1])] if found[1] else None) == exception


@pytest.mark.parametrize("text", ["Patients under 18 are excluded.", "Exclusion: intubated patients",
                                  "Les patients intubés sont exclus.", "Ausgeschlossen sind Kinder."])
def test_true_exclusions_are_no_denials(text):
    assert exclusion_denial(text) is None


def test_all_comers_population_excludes_only_the_exception():
    found = _items("# PMCF plan\n\n## 2. Study population\n\nThe registry enrols consecutive adult "
                   "patients in 40 European hospitals, without exclusion other than refusal of "
                   "consent, so that patients on haemodialysis are included.\n")
    exclusions = [i for i in found if i.aspect == "exclusion"]
    assert [i.text for i in exclusions] == ["refusal of consent"]
    population = [i for i in found if i.aspect != "exclusion"]
    assert population and "adults" in population[0].concepts
    assert "pmcf:negated" not in population[0].concepts


def test_no_exclusion_criteria_under_exclusion_heading():
    found = _items("# PMCF plan\n\n## 3. Exclusion criteria\n\nThere are no exclusion criteria; "
                   "adults of any age are eligible.\n")
    assert all(i.aspect != "exclusion" for i in found)


@pytest.mark.parametrize("text", [
    "# PMCF plan\n\n## 2. Intended purpose\n\nThe device is indicated for filling bone defects in the maxilla.\n",
    "# PMCF plan\n\n## 1. Introduction\n\nThe intended purpose is to provide haemodialysis in hospitals.\n",
    "# PMCF-Plan\n\n## 2. Zweckbestimmung\n\nDas Produkt dient der Hämodialyse im Krankenhaus.\n",
    "# Plan SCAC\n\n## 2. Finalité prévue\n\nLe dispositif est destiné au comblement osseux.\n",
])
def test_intended_purpose_is_no_objective(text):
    assert "objective" not in [i.aspect for i in _items(text)]
