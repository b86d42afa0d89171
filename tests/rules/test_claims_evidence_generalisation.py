"""Generalisation cases (phase 3): claims and evidence in phrasings other than the corpus's."""

from __future__ import annotations

import pytest

from panelproof.extract.claims import analyse, is_fragment
from panelproof.extract.evidence import (equivalence_in, is_evidence_gap, risk_strata, sample_size,
                                         animal_count, subject_of)
from panelproof.rules.evidence.EV003_follow_up_too_short import time_point_months
from panelproof.rules.evidence._outcome_match import measured_stems, outcome_stems
from panelproof.rules.evidence.EV006_evidence_context_mismatch import fields_of, setting_families
from panelproof.rules.claim._support import outcome_phrases


# ---------------------------------------------------------------- claims

@pytest.mark.parametrize("text", [
    "HerniaGuard eliminates the risk of hernia recurrence.",
    "The mesh is 100 % infection-free.",
    "Das Netz ist zu 100 % infektionsfrei.",
    "NasoFlo eliminates the need for intubation in bronchiolitis.",
    "Le système élimine le besoin d'intubation.",
    "DermaSeal heals all chronic wounds within 14 days.",
    "The gel heals every diabetic foot ulcer.",
    "Das Gel heilt alle chronischen Wunden in zwei Wochen.",
])
def test_absolute_claims_in_other_words(text):
    claim = analyse(text)
    assert claim is not None and claim.absolute


@pytest.mark.parametrize("text", [
    "The glove is completely latex-free.",
    "The pump reduces medication errors by 40 % compared with manual infusion.",
])
def test_not_absolute(text):
    claim = analyse(text)
    assert claim is None or not claim.absolute


@pytest.mark.parametrize("text", [
    "The ventilator protects the brain by lowering intracranial pressure.",
    "With PEEP, the pressure inside the skull drops in patients with head injury.",
    "Die Beatmung schützt das Gehirn, indem sie den Hirndruck senkt.",
    "La ventilation abaisse la pression intracrânienne des patients traumatisés.",
])
def test_red_flag_in_other_words_is_a_claim(text):
    claim = analyse(text, device_types=["ventilator"])
    assert claim is not None and claim.red_flag == "ventilation_reduces_icp"


@pytest.mark.parametrize("text", [
    "PEEP does not lower intracranial pressure.",
    "Monitor intracranial pressure during ventilation.",
    "Lowering the head of the bed is recommended.",
])
def test_no_red_flag_claim(text):
    claim = analyse(text, device_types=["ventilator"])
    assert claim is None or claim.red_flag is None


@pytest.mark.parametrize("text", [
    "as the principal evidence for the clinical benefit of reduced adhesions in humans.",
    "and improves the quality of life of the patients.",
    "which reduces the number of dressing changes.",
    "pour réduire la douleur postopératoire.",
    "und verbessert die Heilung.",
    "Contraindications: inability to maintain daily hygiene; known allergy to silicone.",
    "Gegenanzeigen: Schwangerschaft; Kinder, die noch wachsen.",
])
def test_fragments_and_labels_are_no_claims(text):
    assert analyse(text) is None


def test_fragment_test_keeps_sentences_with_subjects():
    assert not is_fragment("The dressing reduces pain.")
    assert not is_fragment("eCath reduces occlusions.") and analyse("eCath reduces occlusions by half.")


def test_claims_extractor_skips_list_items_after_a_non_claim_lead_in(tmp_path):
    from panelproof.pipeline import run_check
    from panelproof.extract.model import FactKind
    (tmp_path / "IFU_en.md").write_text(
        "# Instructions for use StomaCare\n## Intended purpose\nStomaCare protects the skin around a stoma.\n"
        "The device must not be used in the following situations:\n"
        "- inability to maintain daily hygiene, which reduces adhesion\n"
        "- known allergy that improves with antihistamines\n"
        "StomaCare offers the following benefits:\n- StomaCare reduces skin irritation.\n",
        encoding="utf-8")
    facts = run_check([tmp_path]).facts
    texts = [f.value.text for f in facts.of(FactKind.CLAIM)]
    assert "StomaCare reduces skin irritation." in texts
    assert not any("hygiene" in t or "antihistamines" in t for t in texts)


def test_each_coordinated_outcome_needs_data():
    assert outcome_phrases("PainBlock reduces postoperative pain and opioid consumption after surgery.") == [
        "postoperative pain", "opioid consumption"]
    assert outcome_phrases("Le pansement réduit la douleur et l'exsudat (réf. 3).") == ["la douleur", "l'exsudat"]


def test_opioid_claim_unsupported_by_pain_data(tmp_path):
    from panelproof.pipeline import run_check
    (tmp_path / "CER.md").write_text(
        "# Clinical Evaluation Report PainBlock\n## Clinical data\n"
        "| Reference | Population | Outcome |\n|---|---|---|\n"
        "| [1] Lee 2020 | 80 patients after hernia repair | postoperative pain (VAS) at 24 h |\n",
        encoding="utf-8")
    (tmp_path / "IFU_en.md").write_text(
        "# Instructions for use PainBlock\n## Benefits\nPainBlock reduces postoperative pain and opioid consumption.\n",
        encoding="utf-8")
    findings = [f for f in run_check([tmp_path]).findings if f.rule == "CL001"]
    assert any('concerns "opioid consumption"' in f.message for f in findings)


# ---------------------------------------------------------------- evidence subjects and fields

@pytest.mark.parametrize("text", [
    "Osseointegration was shown in an ovine model of 12 sheep.",
    "A porcine model (n = 18 animals, 28 days) confirmed patency.",
    "Im Schafmodell (12 Tiere) heilte der Defekt vollständig.",
    "Un modèle ovin de 10 brebis a été utilisé.",
    "Twenty beagles received the implant.",
])
def test_animal_models_by_species(text):
    assert subject_of(text) == "animal"


@pytest.mark.parametrize("text", [
    "The dressing contains porcine collagen.",
    "Leaflets are made of bovine pericardium and were implanted in 40 patients.",
])
def test_material_origin_is_not_an_animal_study(text):
    assert subject_of(text) != "animal"


def test_animal_counts():
    assert animal_count("an ovine model of 12 sheep") == 12
    assert animal_count("n = 18 animals") == 18
    assert sample_size("48 adult ICU patients") == 48


@pytest.mark.parametrize(("text", "field"), [
    ("hyperbaric oxygen in recreational divers", "diving_hyperbaric"),
    ("topical ozonated oil in acne vulgaris", "dermatology_non_wound"),
    ("Ozonöl bei Akne", "dermatology_non_wound"),
    ("oxygène chez les plongeurs", "diving_hyperbaric"),
    ("60 patients with venous leg ulcers", "wound_care"),
])
def test_clinical_fields(text, field):
    assert field in fields_of(text)


@pytest.mark.parametrize(("text", "family"), [
    ("chronic intermittent haemodialysis in stable outpatients", "non_hospital"),
    ("patients treated at home by their caregivers", "non_hospital"),
    ("48 adult ICU patients", "hospital"),
    ("48 patients en réanimation", "hospital"),
])
def test_setting_families(text, family):
    assert family in setting_families(text).values()


@pytest.mark.parametrize(("text", "strata"), [
    ("at any level of surgical risk, including low-risk patients", {"low", "intermediate", "high"}),
    ("All patients enrolled were at high surgical risk.", {"high"}),
    ("patients at intermediate or high surgical risk", {"intermediate", "high"}),
    ("low- to intermediate-risk patients", {"low", "intermediate"}),
    ("pour les patients à faible risque chirurgical", {"low"}),
    ("unabhängig vom operativen Risiko", {"low", "intermediate", "high"}),
    ("not for low-risk patients", set()),
])
def test_risk_strata(text, strata):
    assert risk_strata(text, admit_all=True) == strata


@pytest.mark.parametrize(("text", "months"), [
    ("provides sustained relief over 24 months", 24),
    ("durability of at least 15 years", 180),
    ("Schmerzlinderung über 24 Monate", 24),
    ("soulagement durable sur 24 mois", 24),
])
def test_claim_time_points(text, months):
    assert time_point_months(text)[0] == months


@pytest.mark.parametrize("text", ["in patients over 65 years", "bei Patienten über 65 Jahren", "adults aged up to 80 years"])
def test_ages_are_no_time_points(text):
    assert time_point_months(text) is None


@pytest.mark.parametrize("text", [
    "No clinical safety data specific to the device are available.",
    "There are no clinical data on the device itself.",
    "No device-specific clinical data exist.",
    "Aucune donnée clinique spécifique au dispositif n'est disponible.",
    "Es liegen keine produktspezifischen klinischen Daten vor.",
])
def test_admitted_absence_of_device_data(text):
    assert is_evidence_gap(text)


@pytest.mark.parametrize("text", [
    "No clinical data other than those of the equivalent device were used.",
    "No clinical data were excluded from the analysis.",
    "The clinical data on the device are summarised in Table 3.",
])
def test_not_an_absence_of_device_data(text):
    assert not is_evidence_gap(text)


@pytest.mark.parametrize("text", [
    "MedCo has no contract with OsteoCorp GmbH giving access to its technical documentation.",
    "Il n'existe pas de contrat avec OsteoCorp donnant accès à la documentation technique.",
    "Ein Vertrag mit OsteoCorp über den Zugang zur technischen Dokumentation besteht nicht.",
])
def test_denied_contract(text):
    value = equivalence_in(text, in_section=True)
    assert value is not None and value.contract is False


# ---------------------------------------------------------------- EV004 measured quantities

@pytest.mark.parametrize(("criterion", "result"), [
    ("Device failure rate below 2 % at 5 years", "Cumulative device survival at 12 months was 99.5 %."),
    ("Fluid balance error below 50 mL per 24 h", "Fluid balance error | 32 mL/24 h"),
    ("Incidence of severe hypoglycaemia < 5 per 100 patient-years", "Severe hypoglycemia rate | 2.1 per 100 patient-years"),
    ("Taux de défaillance du dispositif inférieur à 2 %", "La survie du dispositif était de 99 % à 1 an."),
])
def test_measured_quantity_matches_in_other_words(criterion, result):
    stems = outcome_stems(criterion)
    assert len(stems & measured_stems(result)) >= max(1, round(len(stems) * 0.5))


def test_measured_quantity_needs_the_same_quantity():
    stems = outcome_stems("Device failure rate below 2 % at 5 years")
    assert len(stems & measured_stems("Wound pain fell by 3 points.")) == 0
