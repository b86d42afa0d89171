"""A stepped range under a label naming a target is the device's range, not a recommended
setting; "filled with 500–700 mL" states a fill volume; a sentence that opens by naming
contraindications inside the intended purpose states no indication."""

from __future__ import annotations

import pytest

from panelproof.extract import intended_use, parameters
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text


def _parameters(text: str, path: str = "IFU_en.md", heading: str = "Technical data"):
    document = document_from_text(f"# {heading}\n\n{text}\n", path)
    return [(f.kind, f.value.name, f.value.low, f.value.high)
            for f in parameters.extract(document, ExtractionContext())]


@pytest.mark.parametrize(("text", "path"), [
    ("| Oscillatory tidal volume (HFOV-VT target) | 6 mL to 80 mL (step 0.5 mL) |", "IFU_en.md"),
    ("| Tidal volume target | 2 – 150 ml in steps of 1 ml |", "IFU_en.md"),
    ("| Tidalvolumen (Zielwert) | 6 mL bis 80 mL (Schritt 0,5 mL) |", "IFU_de.md"),
    ("| Volume courant cible | 6 à 80 ml par pas de 0,5 ml |", "IFU_fr.md"),
])
def test_a_stepped_range_under_a_target_label_is_the_device_range(text, path):
    read = _parameters(text, path)
    assert any(kind is FactKind.PARAMETER and name == "tidal_volume" and low < high
               for kind, name, low, high in read), read


@pytest.mark.parametrize("text", [
    "Set the tidal volume to 6 ml/kg.",
    "| Recommended settings | |\n| Tidal volume target | 5 ml/kg |",
    "The target tidal volume is 6 ml (recommended).",
])
def test_a_recommended_or_instructed_value_stays_a_setting(text):
    assert not any(kind is FactKind.PARAMETER and name == "tidal_volume"
                   for kind, name, *_ in _parameters(text))


@pytest.mark.parametrize(("text", "path", "low", "high"), [
    ("The balloon is placed endoscopically and filled in situ with 500-700 mL of saline.",
     "CER.md", 500, 700),
    ("The band is filled with 4 to 9 ml of saline through the access port.", "CER.md", 4, 9),
    ("Der Ballon wird in situ befüllt mit 450 bis 650 ml Kochsalzlösung.", "IFU_de.md", 450, 650),
    ("Le ballon est ensuite rempli de 450 à 650 ml de sérum physiologique.", "IFU_fr.md", 450, 650),
])
def test_filled_with_a_volume_states_the_fill_volume(text, path, low, high):
    assert (FactKind.PARAMETER, "fill_volume", low, high) in _parameters(text, path, "Device")


@pytest.mark.parametrize("text", [
    "The syringe is filled with the medicinal product before use.",
    "The defect was filled with bone graft in 12 patients.",
])
def test_filled_without_a_volume_is_no_parameter(text):
    assert not [r for r in _parameters(text, "CER.md", "Device") if r[1] == "fill_volume"]


def _indications(text: str, heading: str = "Intended purpose"):
    document = document_from_text(f"# CER\n\n## {heading}\n\n{text}\n", "CER.md")
    facts = list(intended_use.extract(document))
    for fact in facts:
        assert " ".join(fact.location.quote.split()) in " ".join(document.text.split())
    return ({f.value.id for f in facts if f.kind is FactKind.INDICATION},
            {f.value.id for f in facts if f.kind is FactKind.CONTRAINDICATION})


@pytest.mark.parametrize("sentence", [
    "Contraindications are identical to those of the IFU (mechanical tricuspid valve, femoral "
    "anatomy not suitable for the 25 Fr sheath, pregnancy).",
    "Contraindications include pregnancy and femoral anatomy that cannot accommodate the sheath.",
    "Les contre-indications sont la grossesse et une anatomie fémorale inadaptée à la gaine.",
    "Kontraindikationen sind eine Schwangerschaft und eine für die Schleuse ungeeignete Anatomie.",
])
def test_contraindications_named_in_the_intended_purpose_are_no_indications(sentence):
    text = ("The device is intended for patients with symptomatic bradycardia. " + sentence)
    indications, contraindications = _indications(text)
    assert "pregnancy" not in indications
    assert not any("anatomy" in i for i in indications), indications
    assert "pregnancy" in contraindications or not contraindications


def test_contraindications_observed_in_a_study_are_not_read_as_a_list():
    text = ("The device is intended for patients with symptomatic bradycardia. Contraindications "
            "were not observed in the study population.")
    _, contraindications = _indications(text)
    assert "pregnancy" not in contraindications


@pytest.mark.parametrize(("text", "path"), [
    ("| Target tidal volume (NIPPV-VT mode) | 20–150 ml |", "IFU_en.md"),
    ("In the NIPPV-VT mode the target tidal volume can be set between 20 ml and 150 ml.", "CER.md"),
    ("| Volume courant cible | 20 à 150 ml |", "IFU_fr.md"),
    ("| Tidalvolumen (Zielwert) | 20 bis 150 ml |", "IFU_de.md"),
])
def test_a_target_range_is_the_device_range(text, path):
    read = _parameters(text, path)
    assert (FactKind.PARAMETER, "tidal_volume", 20, 150) in read, read


@pytest.mark.parametrize("text", [
    "| Target tidal volume | 6 ml/kg |",
    "Use a target tidal volume of 5 ml/kg in preterm infants.",
])
def test_a_single_target_value_is_a_setting(text):
    assert not any(kind is FactKind.PARAMETER and name == "tidal_volume"
                   for kind, name, *_ in _parameters(text))


@pytest.mark.parametrize(("text", "language"), [
    ("The evaluators must have a degree in medicine and at least 5 years of experience in "
     "neonatal respiratory care.", "en"),
    ("Users: neonatologists with at least 2 years of clinical experience with neonates.", "en"),
    ("Anwender: Ärzte mit mindestens 5 Jahren Berufserfahrung in der Neonatologie.", "de"),
    ("Les évaluateurs ont au moins 5 ans d'expérience en néonatologie.", "fr"),
])
def test_years_of_experience_are_no_age_bound(text, language):
    from panelproof.extract import population
    document = document_from_text(f"# CEP\n## Intended population\n{text}\n", "CEP.md",
                                  language=language)
    assert not [f for f in population.extract(document, ExtractionContext())
                if f.kind is FactKind.POPULATION_BOUND]


def test_an_age_in_years_is_still_a_bound():
    from panelproof.extract import population
    document = document_from_text("# CEP\n## Intended population\nChildren aged 5 years and "
                                  "older with at least 2 years of disease history.\n", "CEP.md")
    bounds = [f.value for f in population.extract(document, ExtractionContext())
              if f.kind is FactKind.POPULATION_BOUND]
    assert [(b.dimension, b.low) for b in bounds] == [("age", 5.0)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Intended purpose: long-term reversible intrauterine contraception (Standard up to 10 years, "
     "Mini up to 5 years)", []),
    ("Langzeitverhütung (bis zu 10 Jahre).", []),
    ("Contraception for women aged 18 to 45 years.", [(18.0, 45.0)]),
    ("Treatment for women aged 18 to 45 years.", [(18.0, 45.0)]),
])
def test_duration_of_contraception_is_no_age_but_an_age_in_the_same_sentence_is(text, expected):
    from panelproof.extract import population
    document = document_from_text(f"# CEP\n## Intended purpose\n{text}\n", "CEP.md")
    bounds = [(f.value.low, f.value.high) for f in population.extract(document, ExtractionContext())
              if f.kind is FactKind.POPULATION_BOUND]
    assert bounds == expected


def test_abbreviations_run_together_in_one_paragraph():
    from panelproof.extract._indication_text import abbreviations
    document = document_from_text(
        "# CER\n## Abbreviations\nDFU diabetic foot ulcer; PU pressure ulcer; VLU = venous leg "
        "ulcer; MRSA methicillin-resistant Staphylococcus aureus\n\nThe study enrolled 40 "
        "patients; RCT data were used; HIV status was unknown.\n", "CER.md")
    found = abbreviations(document)
    assert found["DFU"] == "diabetic foot ulcer" and found["VLU"] == "venous leg ulcer"
    assert found["PU"] == "pressure ulcer"
    assert "RCT" not in found and "HIV" not in found


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Patienten erreichen einen Übergewichtsverlust von ca. 60 %, der für mindestens 10 Jahre "
     "erhalten bleibt.", "de", []),
    ("Perte de poids maintenue pour au moins 10 ans.", "fr", []),
    ("Das Implantat ist für Patienten ab 18 Jahren bestimmt.", "de", [(18.0, None)]),
    ("Il dispositivo è indicato per pazienti di età pari o superiore a 18 anni.", "it", [(18.0, None)]),
])
def test_for_at_least_n_years_is_a_duration_in_other_languages(text, language, expected):
    from panelproof.extract import population
    document = document_from_text(f"# IFU\n## Intended purpose\n{text}\n", f"IFU_{language}.md",
                                  language=language)
    bounds = [(f.value.low, f.value.high) for f in population.extract(document, ExtractionContext())
              if f.kind is FactKind.POPULATION_BOUND]
    assert bounds == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("REQ-PMCF-01: confirm the rate of device-related SAEs (filter occlusion, bronchospasm) ≤ 2 %", True),
    ("Confirm that the rate of serious adverse events stays below 3 %.", True),
    ("Bestätigung, dass die Rate der schwerwiegenden unerwünschten Ereignisse unter 3 % liegt.", True),
    ("Confirmer que le taux d’événements indésirables graves reste inférieur à 3 %.", True),
    ("To confirm the safety and performance of the device.", False),
    ("Monitor the incidence of previously unknown side-effects.", False),
])
def test_a_rate_held_to_a_threshold_is_an_outcome(text, expected):
    from panelproof.extract.pmcf import names_outcome
    assert names_outcome(text) is expected


@pytest.mark.parametrize(("text", "language"), [
    ("Die Pumpe dient der kontrollierten Verabreichung von enteraler Ernährung und Wasser.", "de"),
    ("La pompe est destinée à l'administration de nutrition entérale.", "fr"),
    ("La pompa è destinata alla somministrazione di nutrizioni enterali.", "it"),
])
def test_inflected_enteral_adjectives_name_the_enteral_route(text, language):
    document = document_from_text(f"# IFU\n## Intended purpose\n{text}\n", f"IFU_{language}.md",
                                  language=language)
    found = {f.value.id for f in intended_use.extract(document) if f.kind is FactKind.INTERFACE}
    assert "enteral" in found


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("- Offene oder laparoskopische Abdominal- oder Beckenchirurgie", "de", {"open_surgery", "laparoscopic"}),
    ("- Chirurgie abdominale ou pelvienne ouverte ou laparoscopique", "fr", {"open_surgery", "laparoscopic"}),
    ("- Open or laparoscopic abdominal or pelvic surgery", "en", {"open_surgery", "laparoscopic"}),
    ("- Laparoskopische Beckenchirurgie", "de", {"laparoscopic"}),
    ("- Chirurgie abdominale laparoscopique", "fr", {"laparoscopic"}),
])
def test_coordinated_approaches_across_other_coordinated_words(text, language, expected):
    document = document_from_text(f"# IFU\n## Indications\n{text}\n", f"IFU_{language}.md",
                                  language=language)
    found = {f.value.id for f in intended_use.extract(document)
             if f.kind is FactKind.INTERFACE and not f.value.negated}
    assert found == expected


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Extracorporeal CO2 removal in adults with acute hypercapnic respiratory failure to enable "
     "protective ventilation or avoid intubation.", "en", set()),
    ("Pour éviter l'intubation chez les patients sous VNI.", "fr", {"mask"}),
    ("Um eine Intubation zu vermeiden, bei NIV-Patienten.", "de", {"mask"}),
    ("The ventilator is intended for invasive ventilation via endotracheal tube or tracheostomy.",
     "en", {"invasive_ventilation", "endotracheal_tube", "tracheostomy"}),
])
def test_an_interface_the_device_helps_avoid_is_no_mode_of_use(text, language, expected):
    document = document_from_text(f"# CER\n## Intended purpose\n{text}\n", f"CER_{language}.md",
                                  language=language)
    found = {f.value.id for f in intended_use.extract(document) if f.kind is FactKind.INTERFACE}
    assert found == expected


def test_the_opening_paragraph_of_an_ifu_states_its_indication(tmp_path):
    from panelproof.pipeline import run_check
    (tmp_path / "CER.md").write_text(
        "# CER – CarbX\n## Intended purpose\nExtracorporeal CO2 removal in adults with acute "
        "hypercapnic respiratory failure.\n", encoding="utf-8")
    (tmp_path / "IFU_en.md").write_text(
        "# CarbX – Instructions for use\n\nThe CarbX removes CO2 from the blood of adults with acute "
        "hypercapnic respiratory failure.\n\n## 1 Indications\n\n- Hypercapnic COPD exacerbation "
        "despite NIV\n", encoding="utf-8")
    findings = run_check([tmp_path], select={"IU001"}, workers=1).findings
    assert not [f for f in findings if "respiratory failure, which the IFU" in f.message]


def test_a_compound_term_whose_first_part_is_a_synonym_lifts_nothing():
    # "akutprævention" (Danish: emergency contraception) must not turn any "acute ..." phrase
    # into emergency contraception
    assert intended_use.paraphrased_concept("elektrolytstörung, akute ischämie)") is None
    assert intended_use.paraphrased_concept("known allergy to titanium") == "material_allergy"


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Adults judged by the Heart Team unsuitable for conventional surgery or transcatheter "
     "edge-to-edge repair.", "en", set()),
    ("Erwachsene, die weder für eine Operation noch für eine kathetergestützte "
     "Edge-to-Edge-Reparatur als geeignet beurteilt werden.", "de", set()),
    ("Patients jugés non éligibles à la chirurgie ou à une réparation percutanée bord à bord.",
     "fr", set()),
    ("Patients whose iliofemoral anatomy is suitable for transfemoral access.", "en",
     {"transfemoral"}),
])
def test_a_route_of_an_alternative_therapy_is_no_mode_of_use(text, language, expected):
    document = document_from_text(f"# IFU\n## Intended purpose\n{text}\n", f"IFU_{language}.md",
                                  language=language)
    found = {f.value.id for f in intended_use.extract(document) if f.kind is FactKind.INTERFACE}
    assert found == expected


def test_a_hyphen_ellipsis_of_grades_names_both():
    grades = intended_use.vocabulary("clinical_terms", "grades")
    text = "symptomatischer mittel- bis hochgradiger Mitralklappeninsuffizienz"
    assert {m.id for m in grades.find(text)} == {"moderate", "severe"}


def test_a_needle_gauge_is_no_body_weight():
    from panelproof.extract.population import find_bounds
    assert find_bounds("Needle 18 G to 21 G", "en") == []
    assert [(m.bound.dimension, m.bound.low) for m in find_bounds(
        "neonates from 500 g body weight", "en")] == [("weight", 0.5)]


def test_a_limit_worded_with_not_is_no_negation_of_the_mr_status():
    from panelproof.extract import mri_status
    document = document_from_text("# IFU\n## MRI safety\nThe device is MR Conditional at 1.5 T only, "
                                  "in a spatial field gradient not exceeding 10 T/m.\n", "IFU_en.md")
    (reading,) = mri_status.readings(document)
    assert reading.field_max == 1.5 and not reading.negative
    document = document_from_text("# IFU\n## MRI safety\nDo not scan the patient at 3 T.\n", "IFU_en.md")
    (reading,) = mri_status.readings(document)
    assert reading.negative and reading.forbidden_fields == frozenset({3.0})
