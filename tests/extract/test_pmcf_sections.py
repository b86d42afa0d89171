"""PMCF extractor: plan elements under labels set as plain text, in unnamed sections, in table
columns and in it/es/nl, and the sentences that set a sample or an endpoint wherever they stand."""

from __future__ import annotations

import pytest

from panelproof.extract import pmcf
from panelproof.extract.common import ExtractionContext
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text

# A section that names no plan element, so that nothing is read by inheritance.
_OTHER = "## 1. General information\nManufacturer: Optica SA.\n\n"


def _items(text: str):
    document = document_from_text("# PMCF plan\n\n" + text, "PMCF_plan.md", Role.PMCF_PLAN)
    facts = list(pmcf.extract(document, ExtractionContext()))
    for fact in facts:
        assert " ".join(fact.location.quote.split()) in " ".join(document.text.split())
    return [f.value for f in facts]


def _has(items, aspect: str | None, text: str, marker: str | None = None) -> bool:
    return any((aspect is None or i.aspect == aspect) and text in i.text
               and (marker is None or marker in i.concepts) for i in items)


@pytest.mark.parametrize(("text", "aspect", "snippet"), [
    ("4. Endpoints\n\n- Freedom from capsulotomy\n- Visual acuity\n", "endpoint", "Visual acuity"),
    ("**4. Endpoints**\n\nFreedom from capsulotomy and visual acuity, both assessed at every visit by the "
     "investigator and reported in the annual PMCF evaluation report.\n", "endpoint", "Freedom from capsulotomy"),
    ("3. Sample size and statistical rationale\n\n250 eyes.\n", "sample_size", "250 eyes"),
    ("**Sample size and rationale**\n\nThe study will follow 250 eyes; this allows a rate of 8 % to be "
     "estimated with a precision of 3.5 % at 95 % confidence.\n", "sample_size", "250 eyes"),
    ("3. PMCF objectives\n\nTo confirm the safety and performance of the device.\n\n- Estimate the "
     "incidence of glare.\n", "objective", "incidence of glare"),
    ("**Objectives of the PMCF study**\n\n- Estimate the incidence of glare.\n", "objective", "glare"),
    ("A.2 Timeline\n\nEnrolment Q1 2026 to Q4 2027.\n", "timeline", "Q1 2026"),
    ("5. Critères de jugement\n\n- Taux de capsulotomie\n", "endpoint", "Taux de capsulotomie"),
    ("5. Endpunkte\n\n- Kapsulotomierate\n", "endpoint", "Kapsulotomierate"),
])
def test_labels_set_as_plain_text_head_what_follows(text: str, aspect: str, snippet: str) -> None:
    items = _items("## 0. Schedule\nAnnual reports.\n\n" + text)
    assert _has(items, aspect, snippet), items


@pytest.mark.parametrize(("text", "aspect"), [
    ("## Obiettivi\n- Stimare l'incidenza dell'endoftalmite.\n", "objective"),
    ("## Objetivos\n- Estimar la incidencia de endoftalmitis.\n", "objective"),
    ("## Doelstellingen\n- De incidentie van endoftalmitis schatten.\n", "objective"),
    ("## Criteri di valutazione\n- Tasso di capsulotomia\n", "endpoint"),
    ("## Variables de resultado\n- Tasa de capsulotomía\n", "endpoint"),
    ("## Criterios de valoración\n- Tasa de capsulotomía\n", "endpoint"),
    ("## Eindpunten\n- Capsulotomie\n", "endpoint"),
    ("## Numerosità campionaria\n300 pazienti\n", "sample_size"),
    ("## Calcolo della dimensione campionaria\n300 pazienti\n", "sample_size"),
    ("## Tamaño muestral\n300 pacientes\n", "sample_size"),
    ("## Nombre de sujets nécessaire\n300 patients\n", "sample_size"),
    ("## Stichprobenumfang\n300 Patienten\n", "sample_size"),
    ("## Cronoprogramma\nArruolamento 2026-2027\n", "timeline"),
    ("## Cronograma\nReclutamiento 2026-2027\n", "timeline"),
])
def test_italian_spanish_dutch_headings(text: str, aspect: str) -> None:
    items = _items(text)
    assert any(i.aspect == aspect for i in items), items


@pytest.mark.parametrize("sentence", [
    "A total of 600 patients will be enrolled consecutively.",
    "Approximately 300 subjects will be enrolled in five centres.",
    "The study plans to follow 250 eyes of 250 patients.",
    "The enrolment target is 400 patients.",
    "Environ 300 patients seront inclus dans quatre centres.",
    "Es werden 300 Patienten eingeschlossen.",
    "Verranno arruolati circa 300 pazienti.",
    "Saranno arruolati 300 pazienti in cinque centri.",
    "Se incluirán 300 pacientes en cinco centros.",
])
def test_planned_sample_in_an_unnamed_section(sentence: str) -> None:
    items = _items(_OTHER + "## 5. Conduct of the study\nThe study is observational. " + sentence + "\n")
    assert any("pmcf:sample" in i.concepts for i in items), items


@pytest.mark.parametrize("sentence", [
    "The pivotal study enrolled 120 patients.",
    "A total of 80 patients were followed to 2 years in the feasibility study.",
    "The device has been implanted in 12,000 patients since 2019.",
    "The capsulotomy rate observed in 300 patients was 6 %.",
    "In der Zulassungsstudie wurden 120 Patienten eingeschlossen.",
])
def test_past_numbers_in_an_unnamed_section_are_no_sample(sentence: str) -> None:
    items = _items(_OTHER + "## 5. Background\n" + sentence + "\n")
    assert not any("pmcf:sample" in i.concepts for i in items), items


def test_rationale_beside_a_planned_sample_is_read() -> None:
    items = _items(_OTHER + "## 5. Conduct\nA total of 600 patients will be enrolled. This number "
                   "allows a rate of 8 % to be estimated with a precision of ± 2.2 %.\n")
    assert any("pmcf:statistical" in i.concepts for i in items), items


@pytest.mark.parametrize("sentence", [
    "The primary endpoint is freedom from Nd:YAG capsulotomy at 12 months.",
    "Secondary endpoints include best corrected visual acuity and glare.",
    "Primary outcome measure: freedom from endophthalmitis.",
    "Le critère de jugement principal est le taux de capsulotomie à 12 mois.",
    "Primärer Endpunkt ist die Kapsulotomierate nach 12 Monaten.",
    "L'endpoint primario è il tasso di capsulotomia a 12 mesi.",
    "La variable principal es la tasa de capsulotomía a los 12 meses.",
])
def test_endpoint_statement_anywhere(sentence: str) -> None:
    items = _items(_OTHER + "## 4. Assessments and visits\nPatients are seen at 12 months. " + sentence + "\n")
    assert any(("pmcf:endpoint" in i.concepts or i.aspect == "endpoint") and not i.generic
               for i in items), items


@pytest.mark.parametrize("sentence", [
    "No primary endpoint is defined for this registry.",
    "The primary endpoint will be defined later.",
    "Endpoints are to be determined.",
    "Patients are seen at 12 months and outcomes are recorded.",
])
def test_no_endpoint_statement(sentence: str) -> None:
    items = _items(_OTHER + "## 4. Assessments\n" + sentence + "\n")
    assert not any("pmcf:endpoint" in i.concepts and not i.generic for i in items), items


def test_columns_without_element_take_the_section() -> None:
    items = _items("## Study endpoints and assessments\n\n| Parameter | Method | Visit |\n|---|---|---|\n"
                   "| Freedom from capsulotomy | Slit lamp | 12 months |\n")
    assert _has(items, "endpoint", "Freedom from capsulotomy"), items
    assert _has(items, "method", "Slit lamp"), items


def test_criteria_tables_keep_to_their_named_columns() -> None:
    items = _items("## Study population\n\n| Criterion | Inclusion | Exclusion |\n|---|---|---|\n"
                   "| Setting | ICU patients | home-ventilated patients |\n")
    assert not any(i.text == "Setting" for i in items), items


@pytest.mark.parametrize(("lead_in", "aspect"), [
    ("Objective: To confirm the safety and performance of the device. In particular, the PMCF will:", "objective"),
    ("The specific objectives are:", "objective"),
    ("The endpoints are:", "endpoint"),
])
def test_list_after_a_colon_takes_the_element_it_introduces(lead_in: str, aspect: str) -> None:
    items = _items("## 2. Timeline\n2026-2028.\n\n" + lead_in + "\n\n- estimate the incidence of glare;\n")
    assert _has(items, aspect, "incidence of glare"), items


def test_a_list_of_labels_is_no_section() -> None:
    # A contents list: consecutive list items, none heads the prose that follows its list.
    items = _items("## 0. Contents\n- Objectives\n- Endpoints\n- Sample size\n\n## 1. Scope\n"
                   "The plan covers the lens.\n")
    assert not any(i.aspect == "sample_size" for i in items), items
