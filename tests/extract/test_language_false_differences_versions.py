"""Readings that made faithful language versions of one IFU look different (LA001): an acrylic
adhesive read as bone cement, a specific check ("monitor for bleeding") read as continuous
monitoring, a negation of another word read as the absence of a thing ("unerupted teeth" as
missing teeth), the route a product is authorised for read as an excluded mode of use, a
coordination of numbered types whose noun is elided ("type 1 or 2 diabetes"), and an indication
with its age bound in brackets read as a bare selection criterion."""

from __future__ import annotations

import pytest

from panelproof.extract import intended_use
from panelproof.extract._eligibility import is_selection_criterion
from panelproof.extract.intended_use import paraphrased_concept
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text

CONTRA = {"en": "Contraindications", "fr": "Contre-indications", "de": "Kontraindikationen",
          "it": "Controindicazioni", "es": "Contraindicaciones", "nl": "Contra-indicaties",
          "pt": "Contraindicações", "cs": "Kontraindikace", "pl": "Przeciwwskazania"}
INDIC = {"en": "Indications", "fr": "Indications", "de": "Indikationen", "it": "Indicazioni",
         "es": "Indicaciones", "pl": "Wskazania"}
WARN = {"en": "Warnings", "es": "Advertencias", "de": "Warnhinweise", "fr": "Avertissements",
        "it": "Avvertenze", "pl": "Ostrzeżenia", "cs": "Varování"}


def facts(body: str, language: str, heading: str, kind: FactKind):
    document = document_from_text(f"# {heading}\n\n{body}\n", f"IFU_{language}.md", language=language)
    found = [f for f in intended_use.extract(document) if f.kind is kind]
    for fact in found:  # provenance
        assert " ".join(fact.location.quote.split()) in " ".join(document.text.split())
    return found


# --- an acrylic adhesive is no bone cement ----------------------------------------------------

@pytest.mark.parametrize(("body", "language"), [
    ("- Known allergy to acrylate adhesives or to silicone", "en"),
    ("- Hypersensitivity to the acrylic adhesive of the drape", "en"),
    ("- Alergia conocida a los adhesivos acrílicos o a la silicona", "es"),
    ("- Allergie connue aux adhésifs acryliques", "fr"),
    ("- Bekannte Allergie gegen Acrylatkleber", "de"),
    ("- Allergia nota agli adesivi acrilici", "it"),
    ("- Známá alergie na akrylátová lepidla", "cs"),
    ("- Znana alergia na kleje akrylowe", "pl"),
])
def test_an_acrylic_adhesive_allergy_names_acrylates_not_bone_cement(body, language):
    named = {s for f in facts(body, language, CONTRA[language], FactKind.CONTRAINDICATION)
             for s in f.value.substances}
    assert "acrylates" in named and "pmma" not in named


@pytest.mark.parametrize(("body", "language"), [
    ("- Known hypersensitivity to bone cement (PMMA)", "en"),
    ("- Hypersensibilité connue au ciment osseux", "fr"),
    ("- Nadwrażliwość na cement kostny", "pl"),
])
def test_bone_cement_allergy_still_names_pmma(body, language):
    named = {s for f in facts(body, language, CONTRA[language], FactKind.CONTRAINDICATION)
             for s in f.value.substances}
    assert "pmma" in named


# --- a specific check is not continuous monitoring -------------------------------------------

@pytest.mark.parametrize(("body", "language"), [
    ("- Patients taking anticoagulants must be monitored for signs of bleeding.", "en"),
    ("- Monitor the patient for signs of infection at every dressing change.", "en"),
    ("- Überwachen Sie Patienten unter Antikoagulation auf Blutungen.", "de"),
])
def test_a_specific_check_is_not_continuous_monitoring(body, language):
    found = {f.value.id for f in facts(body, language, WARN[language], FactKind.WARNING)}
    assert "continuous_monitoring" not in found


@pytest.mark.parametrize(("body", "language"), [
    ("- The infant must be monitored continuously during therapy.", "en"),
    ("- Never leave the patient unattended while the pump is running.", "en"),
    ("- El paciente debe estar bajo vigilancia constante durante el tratamiento.", "es"),
    ("- Il paziente deve restare sotto sorveglianza costante.", "it"),
    ("- Pacjent musi pozostawać pod stałym nadzorem; nie pozostawiać bez nadzoru.", "pl"),
    ("- Pacienta nenechávejte bez dozoru.", "cs"),
])
def test_continuous_monitoring_is_still_read(body, language):
    found = {f.value.id for f in facts(body, language, WARN[language], FactKind.WARNING)}
    assert "continuous_monitoring" in found


# --- a negation of another word is not the absence of the thing ------------------------------

@pytest.mark.parametrize("phrase", [
    "Placement over unerupted permanent teeth",
    "Screw path through undeveloped tooth buds",
    "Knöcherne Landmarken der Anatomie radiologisch nicht darstellbar",
    "Anatomical reference points not identifiable on imaging",
])
def test_a_negation_of_another_word_names_no_absence(phrase):
    assert paraphrased_concept(phrase) not in {"edentulism", "unsuitable_anatomy"}


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Several teeth missing in the posterior maxilla", "edentulism"),
    ("Lack of bone at the planned site", "insufficient_bone"),
])
def test_an_absence_next_to_its_thing_is_still_read(phrase, expected):
    assert paraphrased_concept(phrase) == expected


# --- the route a product is authorised for is no excluded mode -------------------------------

@pytest.mark.parametrize(("body", "language"), [
    ("- Drugs not approved for subcutaneous administration", "en"),
    ("- Solutions that are not licensed for subcutaneous use", "en"),
    ("- Medicamentos no aprobados para la vía subcutánea", "es"),
    ("- Médicaments non autorisés pour la voie sous-cutanée", "fr"),
    ("- Arzneimittel, die nicht für die subkutane Gabe zugelassen sind", "de"),
    ("- Farmaci non approvati per uso sottocutaneo", "it"),
    ("- Léčivé přípravky neschválené pro subkutánní podání", "cs"),
    ("- Leki niedopuszczone do podawania podskórnego", "pl"),
])
def test_a_products_authorised_route_is_not_excluded(body, language):
    excluded = {f.value.id for f in facts(body, language, CONTRA[language], FactKind.INTERFACE)
                if f.value.negated}
    assert "subcutaneous" not in excluded


@pytest.mark.parametrize(("body", "language"), [
    ("- Intravenous or intra-arterial infusion", "en"),
    ("- Not for subcutaneous use", "en"),
])
def test_an_excluded_route_is_still_excluded(body, language):
    excluded = {f.value.id for f in facts(body, language, CONTRA[language], FactKind.INTERFACE)
                if f.value.negated}
    assert excluded


# --- numbered types with an elided noun -------------------------------------------------------

@pytest.mark.parametrize(("body", "language"), [
    ("- Adults with type 1 or type 2 diabetes on insulin", "en"),
    ("- People living with type 1 or 2 diabetes", "en"),
    ("- Patients with type 1 and 2 diabetes mellitus", "en"),
    ("- Erwachsene mit Diabetes mellitus Typ 1 oder 2", "de"),
    ("- Adulti con diabete di tipo 1 o 2", "it"),
    ("- Adultos con diabetes tipo 1 o tipo 2", "es"),
    ("- Dorośli z cukrzycą typu 1 lub 2", "pl"),
])
def test_coordinated_numbered_types_name_each_type(body, language):
    found = {f.value.id for f in facts(body, language, INDIC[language], FactKind.INDICATION)}
    assert {"diabetes_type_1", "diabetes_type_2"} <= found


# --- an age bound in brackets beside a condition ---------------------------------------------

@pytest.mark.parametrize("item", [
    "Juvenile glaucoma after failed goniotomy (children 3 years and older)",
    "Hydrocephalus requiring shunt revision (patients aged 2 years or more)",
    "Kinder mit Skoliose (ab 10 Jahren)",
])
def test_a_condition_with_a_bracketed_age_bound_is_no_bare_criterion(item):
    assert not is_selection_criterion(item)


@pytest.mark.parametrize("item", [
    "Adults (18 years and older)",
    "Dorośli (od 18 lat)",
    "Dospělí (od 18 let)",
    ">= 4 disabling episodes per month (documented)",
])
def test_bare_selection_criteria_stay_criteria(item):
    assert is_selection_criterion(item)


# --- the route of a therapy that failed is no mode of use ------------------------------------

@pytest.mark.parametrize(("body", "language"), [
    ("- Inmunodeficiencia tras fracaso de la terapia intravenosa", "es"),
    ("- Déficit immunitaire après échec du traitement intraveineux", "fr"),
    ("- Immundefekt nach Versagen der intravenösen Therapie", "de"),
    ("- Immunodeficienza dopo fallimento della terapia endovenosa", "it"),
    ("- Immunodeficiency after failed intravenous therapy", "en"),
])
def test_the_route_of_a_failed_therapy_is_no_mode_of_use(body, language):
    stated = {f.value.id for f in facts(body, language, INDIC[language], FactKind.INTERFACE)
              if not f.value.negated}
    assert "intravenous" not in stated
