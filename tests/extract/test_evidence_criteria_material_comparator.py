"""Literature-search criteria, animal-origin materials, dossier abbreviations, durations of use
and comparator arms: what is (and is not) evidence about another subject, field or population."""

from __future__ import annotations

import pytest

from panelproof.extract._indication_text import expand_abbreviations
from panelproof.extract.evidence import is_selection_criterion, prose_entry, subject_of
from panelproof.rules.evidence.EV006_evidence_context_mismatch import fields_of, without_comparator


@pytest.mark.parametrize("text", [
    "Exclusion reasons: animal or bench studies, case reports with fewer than 10 patients",
    "Ausschlussgründe: Tierstudien, In-vitro-Studien, Fallberichte mit weniger als 10 Patienten",
    "Critères d'exclusion : études animales, études in vitro",
    "- Exclusion criteria: animal studies (n = 12)",
    "Reasons for exclusion: animal studies, reviews",
    "Excluded: animal studies, in-vitro studies",
    "Animal studies, bench tests and case reports with fewer than 10 patients were excluded.",
    "Studies in animals or in vitro were not considered.",
    "We excluded animal and in vitro studies as well as reviews.",
    "Tierexperimentelle Studien und Fallberichte wurden ausgeschlossen.",
    "Les études animales et in vitro ont été exclues.",
    "Criteri di esclusione: studi su animali",
    "Motivos de exclusión: estudios en animales",
])
def test_selection_criteria_are_not_studies(text):
    assert is_selection_criterion(text)
    assert prose_entry(text) is None


@pytest.mark.parametrize("text", [
    "In the RCT [2], patients with diabetes were excluded and 60 patients were randomised.",
    "Berger 2019 randomised 60 patients with peri-implant defects [1].",
    "The ovine model of 12 sheep [5] showed bone fill of 80 %.",
    "Included were 45 patients followed for 24 months [2].",
    "Patients were excluded from analysis when lost to follow-up.",
])
def test_study_sentences_are_not_criteria(text):
    assert not is_selection_criterion(text)


@pytest.mark.parametrize("text", [
    "Biopsy sub-study at re-entry after 16 weeks (n = 20): residual collagen fibres in the grafted sites.",
    "Histological biopsies at re-entry (n = 20) showed residual collagen fibres of animal (porcine) origin.",
    "Bioptische Untersuchung beim Re-Entry nach 16 Wochen (n = 20): Restfasern tierischen Ursprungs.",
    "Biopsie lors de la réintervention (n = 20) : fibres de collagène d'origine animale.",
    "Core biopsies at re-entry in 20 subjects: residual membrane 4,1 % (animal tissue).",
    "RCT of the porcine-derived membrane versus a bovine bone substitute in 40 patients.",
    "Kontrollgruppe: Kollagenmembran vom Schwein bei 30 Patienten.",
    "Studio clinico: membrana di origine suina in 30 pazienti.",
])
def test_animal_origin_of_a_material_is_not_an_animal_study(text):
    assert subject_of(text) != "animal"


@pytest.mark.parametrize("text", [
    "Histology in an ovine model (12 sheep) at 16 weeks showed new bone.",
    "Biopsies from 8 minipigs at 12 weeks: residual membrane.",
    "The porcine collagen membrane was implanted in rats for 4 weeks [3].",
    "Implantation in the porcine model (n = 6) [4].",
    "Tierversuch an 12 Schafen über 16 Wochen.",
    "Étude chez le lapin (n = 10) : résorption.",
    "Animal study: porcine collagen membrane implanted in 12 rabbits.",
])
def test_animal_studies_stay_animal(text):
    assert subject_of(text) == "animal"


KNOWN = {"DFU": "diabetic foot ulcer", "PU": "pressure ulcer", "VLU": "venous leg ulcer"}


@pytest.mark.parametrize("text, expected", [
    ("DFU 74, PU 61, VLU 77", "diabetic foot ulcer 74, pressure ulcer 61, venous leg ulcer 77"),
    ("VLUs", "venous leg ulcers"),
    ("diabetic foot ulcers (DFUs)", "diabetic foot ulcers"),
    ("PUMP failure", "PUMP failure"),
])
def test_dossier_abbreviations_are_spelled_out(text, expected):
    assert expand_abbreviations(text, KNOWN) == expected


def _abbreviations_of(markdown: str, tmp_path) -> dict[str, str]:
    from panelproof.extract._indication_text import abbreviations
    from panelproof.ingest import read_document

    path = tmp_path / "CER.md"
    path.write_text(markdown, encoding="utf-8")
    return abbreviations(read_document(path, "CER.md"))


def test_glossary_forms_define_abbreviations(tmp_path):
    found = _abbreviations_of(
        "# CER\n## Abbreviations\n- DFU = diabetic foot ulcer\n- PU: pressure ulcer\n- VLU – venous leg ulcer\n\n"
        "| Abbreviation | Meaning |\n|---|---|\n| NPWT | negative pressure wound therapy |\n"
        "| RCT | yes |\n\n- DFU: 74 patients\n- LOS: 3 days\n", tmp_path)
    assert found["DFU"] == "diabetic foot ulcer"
    assert found["PU"] == "pressure ulcer"
    assert found["VLU"] == "venous leg ulcer"
    assert found["NPWT"] == "negative pressure wound therapy"
    assert "RCT" not in found and "LOS" not in found


@pytest.mark.parametrize("text", [
    "RCT comparing OsteoMem with a CE-marked porcine collagen wound membrane (n = 60) at implants",
    "Randomised controlled trial: OsteoMem vs. CE-marked collagen wound dressing in 60 patients at implants",
    "Control group: a CE-marked collagen wound matrix; 40 patients with alveolar defects",
    "Kontrollgruppe: CE-zertifizierte Wundauflage bei 30 Patienten mit Alveolardefekten",
])
def test_comparator_arm_names_no_field(text):
    assert "wound_care" not in fields_of(without_comparator(text))


@pytest.mark.parametrize("text", [
    "Hyperbaric oxygen in recreational divers versus controls (n = 40) [3]",
    "Ozonated oil in acne vulgaris compared with placebo [4]",
    "patients at home versus in hospital",
])
def test_study_field_outside_the_comparator_stays(text):
    assert without_comparator(text).split()[0] == text.split()[0]
    if "home" in text:
        assert "hospital" in without_comparator(text)
    else:
        assert fields_of(without_comparator(text))
