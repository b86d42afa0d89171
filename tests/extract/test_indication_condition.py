"""The condition part of an indication item: population, access routes and abbreviations set
apart, and other devices' indications left out (extract/_indication_text.py, intended_use.py)."""

import pytest

from panelproof.extract._indication_text import (abbreviations, expand_abbreviations, is_access_route,
                                                 without_access, without_population)
from panelproof.extract.common import ExtractionContext
from panelproof.extract.intended_use import extract
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


@pytest.mark.parametrize("item, condition", [
    ("Adults, abdominal surgery", "abdominal surgery"),
    ("Abdominal surgery in adults", "Abdominal surgery"),
    ("Abdominal surgery (adult patients)", "Abdominal surgery"),
    ("Children and adolescents on continuous-flow VAD", "continuous-flow VAD"),
    ("Continuous-flow VAD support in children and adolescents", "Continuous-flow VAD support"),
    ("Patients >= 5 years with conductive/mixed hearing loss", "conductive/mixed hearing loss"),
    ("Conductive or mixed hearing loss in patients aged 5 years and older", "Conductive or mixed hearing loss"),
    ("Preterm infants 24–32 weeks gestational age with respiratory distress syndrome",
     "respiratory distress syndrome"),
    ("Respiratory distress syndrome in preterm infants (24 to 32 weeks of gestation)",
     "Respiratory distress syndrome"),
    ("Patients aged 18 years or older with chronic wounds", "chronic wounds"),
    ("Adults, end-stage TMJ disease", "end-stage TMJ disease"),
    ("Women with stress urinary incontinence", "stress urinary incontinence"),
    ("Chirurgie abdominale chez l'adulte", "Chirurgie abdominale"),
    ("Adultes atteints d'insuffisance respiratoire aiguë", "insuffisance respiratoire aiguë"),
    ("Enfants et adolescents sous assistance ventriculaire", "assistance ventriculaire"),
    ("Bauchchirurgie bei Erwachsenen", "Bauchchirurgie"),
    ("Kinder und Jugendliche mit angeborenem Herzfehler", "angeborenem Herzfehler"),
    ("Chirurgia addominale negli adulti", "Chirurgia addominale"),
    ("Adulti con insufficienza respiratoria", "insufficienza respiratoria"),
    ("Cirugía abdominal en adultos", "Cirugía abdominal"),
    ("Adultos con insuficiencia respiratoria", "insuficiencia respiratoria"),
])
def test_population_is_set_apart(item: str, condition: str) -> None:
    assert without_population(item) == condition


@pytest.mark.parametrize("item", [
    "Adult spinal deformity", "Paediatric cardiac surgery", "Neonatal jaundice", "Menopausal women",
    "Chronic pain of the back", "Intermittent claudication, 200 m walking distance",
    "Adults", "Children from 2 years",  # nothing but a population: left to the population rules
])
def test_population_words_that_name_the_condition_stay(item: str) -> None:
    assert without_population(item) == item


@pytest.mark.parametrize("item", [
    "via transfemoral or transjugular access", "Placement via transfemoral or transjugular access",
    "Via a transfemoral, transjugular or antecubital approach", "Transfemoral approach",
    "Transfemoral or transapical access", "Access via the femoral vein", "Par voie fémorale ou jugulaire",
    "Über einen transfemoralen Zugang", "Tramite accesso transfemorale", "Por vía transfemoral",
])
def test_access_routes_are_no_indication(item: str) -> None:
    assert is_access_route(item)


@pytest.mark.parametrize("item", [
    "Vascular access for haemodialysis", "Lack of adequate vascular access", "No suitable vascular access",
    "Difficult airway access", "Patients without adequate venous access", "Pulmonary embolism",
    "Deep vein thrombosis, via transfemoral or transjugular access",
])
def test_conditions_about_access_are_indications(item: str) -> None:
    assert not is_access_route(item)


@pytest.mark.parametrize("item, condition", [
    ("Deep vein thrombosis, via transfemoral or transjugular access", "Deep vein thrombosis"),
    ("Severe aortic stenosis, transfemoral access", "Severe aortic stenosis"),
    ("Lack of adequate vascular access", "Lack of adequate vascular access"),
])
def test_access_tail_is_cut(item: str, condition: str) -> None:
    assert without_access(item) == condition


def test_abbreviations_defined_either_way_are_spelled_out() -> None:
    doc = document_from_text(
        "# CER\n\nAcute hypoxaemic respiratory failure (AHRF) is common. Single-sided deafness (SSD) "
        "too. End-stage temporomandibular joint (TMJ) disease.\n\nCSA (central sleep apnoea) is rarer. "
        "The results (p < 0.05) and the study (NCT0123) are no definitions.\n", "CER.md", Role.CER)
    known = abbreviations(doc)
    assert known["AHRF"] == "Acute hypoxaemic respiratory failure"
    assert known["SSD"] == "Single-sided deafness"
    assert known["TMJ"] == "temporomandibular joint"
    assert known["CSA"] == "central sleep apnoea"
    assert "NCT0123" not in known
    assert expand_abbreviations("Adults with AHRF", known) == "Adults with Acute hypoxaemic respiratory failure"
    assert expand_abbreviations("Total TMJ replacement", known) == "Total temporomandibular joint replacement"
    assert expand_abbreviations("SSDX and ssd stay", known) == "SSDX and ssd stay"


def test_an_accented_long_form_defines_its_abbreviation() -> None:
    # "épilepsie pharmacorésistante (EPR)": the accent is no other letter
    doc = document_from_text(
        "# Notice\n\nPatients atteints d'épilepsie pharmacorésistante (EPR). Élévation du segment ST "
        "(ESTM) exclue.\n", "IFU_fr.md", Role.IFU)
    known = abbreviations(doc)
    assert known["EPR"] == "épilepsie pharmacorésistante"
    assert "ESTM" not in known  # its initials do not spell it


def _indications(markdown: str, path: str = "CER.md", role: Role = Role.CER) -> set[str]:
    doc = document_from_text(markdown, path, role)
    return {f.value.id for f in extract(doc, ExtractionContext()) if f.kind is FactKind.INDICATION}


def test_item_with_defined_abbreviation_gets_the_vocabulary_id() -> None:
    ids = _indications("# CER – FlowAir\n\n## Indications\n- Adults with AHRF\n\n"
                       "## Abbreviations\nAHRF: acute hypoxaemic respiratory failure (AHRF)\n")
    assert ids == {"respiratory_failure"}


def test_condition_with_age_bound_stays_an_indication() -> None:
    ids = _indications("# IFU – BoneBridge\n\n## Indications\n"
                       "- Conductive hearing loss in patients aged 5 years and older\n"
                       "- Adults, 18 years and older, chest circumference 66-142 cm\n", "IFU_en.md", Role.IFU)
    assert ids == {"text:conductive hearing loss"}


@pytest.mark.parametrize("section", [
    "## 4. State-of-the-art\nHypoglossal nerve stimulation is indicated for obstructive sleep apnoea.\n",
    "## 4 Alternative treatment options\nCPAP is intended for the treatment of obstructive sleep apnoea.\n",
    "## 4 Similar devices\nThe Inspire system is indicated for obstructive sleep apnoea.\n",
    "## 4 Comparator devices\nDevice X is indicated for obstructive sleep apnoea.\n",
    "## 4 Device description\nUnlike hypoglossal nerve stimulators, which are indicated for obstructive "
    "sleep apnoea, AirwayStim stimulates the phrenic nerve.\n",
    "## 4 Clinical background\nHypoglossal nerve stimulation is indicated for obstructive sleep apnoea.\n",
    "## 4 Alternatives thérapeutiques\nLa PPC est indiquée pour l'apnée obstructive du sommeil.\n",
    "## 4 Therapiealternativen\nCPAP ist bei obstruktiver Schlafapnoe indiziert.\n",
    "## 4 Estado del arte\nLa estimulación del nervio hipogloso está indicada en la apnea obstructiva del sueño.\n",
])
def test_other_devices_indications_are_not_ours(section: str) -> None:
    ids = _indications("# Clinical Evaluation Report – AirwayStim\n\n## 1 Intended purpose\n"
                       "AirwayStim is intended for the treatment of central sleep apnoea.\n\n"
                       "## 2 Indications\n- Central sleep apnoea\n\n" + section)
    assert ids == {"central_sleep_apnoea"}


@pytest.mark.parametrize("sentence", [
    "AirwayStim is indicated for obstructive sleep apnoea.",
    "The device is also indicated for obstructive sleep apnoea.",
    "AirwayStim therapy is indicated for obstructive sleep apnoea.",
])
def test_the_devices_own_indication_outside_its_section_is_read(sentence: str) -> None:
    ids = _indications("# Clinical Evaluation Report – AirwayStim\n\n## 2 Indications\n- Central sleep apnoea\n\n"
                       "## 4 Device description\n" + sentence + "\n")
    assert ids == {"central_sleep_apnoea", "obstructive_sleep_apnoea"}
