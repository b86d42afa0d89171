"""Phase 6 generalisation: absence criteria reported as zero counts (EV004), "equivalent"
that compares no devices (EV008), literature statements that are no claims (CL001), long
horizons ("15-year survivorship", "durable for at least 10 years"; CL004) and reconnecting a
single-use set against the document's own single-use statement (SI003)."""

import pytest

from panelproof.extract.claims import analyse
from panelproof.extract.evidence import equivalence_in, outcome_name, states_equivalence
from panelproof.extract.instructions import is_instruction
from panelproof.rules.claim._support import evidence_facts  # noqa: F401  (import check)
from panelproof.rules.evidence._outcome_match import _ABSENCE, outcome_stems, measured_stems
from panelproof.rules.safety.common import match_hazards


@pytest.mark.parametrize("criterion, report", [
    ("no device-related death", "No deaths occurred during the study."),
    ("no implant-related death", "There was no death related to the implant."),
    ("Device-related mortality", "0 deaths were reported in 120 patients."),
    ("no device-related death", "None of the patients died."),
    ("no excess all-cause mortality compared with control at 12 months",
     "All-cause mortality did not differ between groups at 12 months (HR 0.98)."),
    ("serious thermal injury", "No burns were observed."),
    ("no permanent neurological deficit", "No permanent deficits were observed."),
    ("absence de décès lié au dispositif", "Aucun patient n'est décédé (0/120)."),
    ("keine dauerhaften neurologischen Defizite", "Es traten keine bleibenden Defizite auf."),
    ("lesione termica grave", "Non si sono verificate ustioni; nessuna ustione è stata osservata."),
])
def test_absence_criterion_matches_absence_report(criterion, report):
    from panelproof.rules.evidence._outcome_match import _absence_qualifiers
    core = {s for s in outcome_stems(criterion) if s not in _absence_qualifiers()}
    assert core and _ABSENCE.search(report)
    assert len(core & measured_stems(report)) >= max(1, round(len(core) * 0.5)), (core, measured_stems(report))


@pytest.mark.parametrize("criterion, report", [
    ("stroke rate at 30 days", "No deaths occurred."),
    ("serious thermal injury", "No device malfunctions were observed."),
    ("device-related death", "No burns were observed."),
])
def test_absence_of_another_quantity_does_not_report(criterion, report):
    from panelproof.rules.evidence._outcome_match import _absence_qualifiers
    core = {s for s in outcome_stems(criterion) if s not in _absence_qualifiers()}
    assert len(core & measured_stems(report)) < max(1, round(len(core) * 0.5))


@pytest.mark.parametrize("row, name", [
    ("Safety | no device-related death or serious thermal injury", "no device-related death or serious thermal injury"),
    ("Primary safety endpoint | no permanent neurological deficit", "no permanent neurological deficit"),
    ("Wound closure | ≥ 60 %", "Wound closure"),
])
def test_category_cell_is_not_the_outcome(row, name):
    assert outcome_name(row) == name


@pytest.mark.parametrize("text", [
    "Opioid consumption was 32 morphine milligram equivalents lower at 24 h.",
    "Doses are expressed as morphine milligram equivalents (MME).",
    "Bench equivalence of pressure delivery was shown against the predicate.",
    "Bench testing demonstrated equivalence of the delivered pressure.",
    "The dose delivered is equivalent to 5 mL per hour.",
    "La consommation d'opioïdes (équivalent morphine) a diminué de 30 %.",
    "Der Morphinäquivalent-Verbrauch sank um 30 %.",
])
def test_equivalent_that_compares_no_devices(text):
    assert equivalence_in(text) is None and not states_equivalence(text)


@pytest.mark.parametrize("text", [
    "Clinical data come from GF-01 and from the equivalent Aequira Knee.",
    "The ACME pump is equivalent to the BetaFlow pump.",
    "Technical equivalence was demonstrated by bench testing against the ProFlow 2.",
    "Equivalence with the FlexiCath was shown in bench tests and a clinical comparison.",
    "Le dispositif est équivalent au CardioPlus (même conception).",
    "Das Produkt ist gleichartig mit dem Vorgänger ArthroFix.",
])
def test_device_equivalence_still_found(text):
    assert equivalence_in(text) is not None and states_equivalence(text)


@pytest.mark.parametrize("text", [
    "Cochrane reviews (2018–2022) report faster healing and fewer amputations with hyperbaric oxygen, with low-certainty evidence.",
    "A meta-analysis by Smith et al. (2020) found that negative pressure wound therapy reduces infection rates.",
    "Published studies show that nasal high flow reduces the need for intubation in bronchiolitis.",
    "Selon une revue Cochrane (2021), la thérapie accélère la cicatrisation.",
    "Laut einer Cochrane-Übersicht (2020) verkürzt die Therapie die Heilungsdauer.",
    "Según una revisión Cochrane, la terapia acelera la cicatrización.",
    "Secondo una revisione sistematica, la terapia riduce le amputazioni.",
    "Guidelines recommend compression because it reduces recurrence.",
])
def test_literature_statements_are_no_claims(text):
    assert analyse(text) is None


@pytest.mark.parametrize("text", [
    "WoundPad accelerates healing and reduces amputations.",
    "Randomised trials of the device show that it reduces amputations by 40 %.",
    "The device reduces amputations, as shown in a meta-analysis [4].",
    "KneeFlex is durable for at least 10 years [1].",
    "Survival | 15-year survivorship above 95 % | [2], [3]",
    "The cup offers 15-year survivorship of 96 % [2].",
])
def test_device_claims_stay_claims(text):
    assert analyse(text) is not None


@pytest.mark.parametrize("text", [
    "The set may be used for up to 72 hours and reconnected after disconnection.",
    "The giving set can be disconnected and reconnected for up to 72 hours.",
    "Le set peut être utilisé jusqu'à 72 heures et reconnecté après une déconnexion.",
    "Das Set kann bis zu 72 Stunden verwendet und wieder angeschlossen werden.",
    "Il set può essere utilizzato fino a 72 ore e ricollegato.",
    "El equipo puede usarse hasta 72 horas y volver a conectarse.",
])
def test_reconnecting_a_set_is_a_single_use_hazard(text):
    assert is_instruction(text), text
    assert "reconnect_single_use" in {m.hazard.id for m in match_hazards(text)}


@pytest.mark.parametrize("text", [
    "Do not reconnect the set after disconnection.",
    "Reconnect the power cable to the pump after transport.",
    "Schließen Sie das Netzkabel wieder an.",
    "Replace the giving set every 72 hours.",
])
def test_safe_reconnections(text):
    assert "reconnect_single_use" not in {m.hazard.id for m in match_hazards(text)}
