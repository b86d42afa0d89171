"""Question-style headings map to the section roles of plain-language documents."""

from __future__ import annotations

import pytest

from panelproof.extract._questions import question_role

ROLES = {
    # English, numbered and not
    "Who is this device for?": "population",
    "2.2 Who is the implant intended for?": "population",
    "Which patients can be treated with it?": "population",
    "Who should use it?": "users",
    "Who can operate the pump?": "users",
    "What is it for?": "intended_purpose",
    "What is the device used for?": "intended_purpose",
    "1. What does OrthoFlex do?": "intended_purpose",
    "What conditions does it treat?": "indications",
    "When is the device used?": "indications",
    "When should it not be used?": "contraindications",
    "Who should not use it?": "contraindications",
    "3.2 When is the implant not to be used?": "contraindications",
    "Who can't receive the implant?": "contraindications",
    "What are the risks?": "residual_risks",
    "What side effects can happen?": "residual_risks",
    "4. What are the possible side effects?": "residual_risks",
    "Are there any risks?": "residual_risks",
    "What could go wrong?": "residual_risks",
    "What did the studies show?": "clinical_results",
    "What did the clinical investigations find?": "clinical_results",
    "How well does it work?": "clinical_results",
    "What remains open after the CER (residual risks and open questions)?": "pmcf_objectives",
    "What do we want to learn?": "pmcf_objectives",
    "Which questions remain open?": "pmcf_objectives",
    "What is still unknown?": "pmcf_objectives",
    "How will we collect the data?": "pmcf_methods",
    "How will patients be followed?": "pmcf_methods",
    "How many patients?": "pmcf_sample_size",
    "How many implants will be followed?": "pmcf_sample_size",
    "What will we measure?": "pmcf_endpoints",
    "How will success be measured?": "pmcf_endpoints",
    "When?": "pmcf_timeline",
    "How long will patients be followed?": "pmcf_timeline",
    "When will results be available?": "pmcf_timeline",
    # French
    "À qui s'adresse ce dispositif ?": "population",
    "Pour qui est ce dispositif ?": "population",
    "À quoi sert ce dispositif ?": "intended_purpose",
    "Quand ne pas l'utiliser ?": "contraindications",
    "Qui ne doit pas utiliser ce dispositif ?": "contraindications",
    "Quels sont les risques ?": "residual_risks",
    "Quels effets indésirables peuvent survenir ?": "residual_risks",
    "Qu'ont montré les études ?": "clinical_results",
    "Que voulons-nous savoir ?": "pmcf_objectives",
    "Combien de patients ?": "pmcf_sample_size",
    "Comment les données seront-elles collectées ?": "pmcf_methods",
    "Quand ?": "pmcf_timeline",
    # German
    "Für wen ist das Produkt bestimmt?": "population",
    "Wofür wird es verwendet?": "intended_purpose",
    "Wann darf es nicht angewendet werden?": "contraindications",
    "Wer darf das Implantat nicht erhalten?": "contraindications",
    "Welche Nebenwirkungen können auftreten?": "residual_risks",
    "Was haben die Studien gezeigt?": "clinical_results",
    "Was wollen wir herausfinden?": "pmcf_objectives",
    "Wie viele Patienten?": "pmcf_sample_size",
    "Wie werden die Daten erhoben?": "pmcf_methods",
    "Wann?": "pmcf_timeline",
    # Italian, Spanish
    "A chi è destinato?": "population",
    "A cosa serve?": "intended_purpose",
    "Quando non deve essere usato?": "contraindications",
    "Quali sono i rischi?": "residual_risks",
    "Cosa vogliamo sapere?": "pmcf_objectives",
    "Quanti pazienti?": "pmcf_sample_size",
    "¿Para quién es?": "population",
    "¿Para qué sirve?": "intended_purpose",
    "¿Cuándo no debe usarse?": "contraindications",
    "¿Cuáles son los efectos secundarios?": "residual_risks",
    "¿Qué queremos saber?": "pmcf_objectives",
    "¿Cuántos pacientes?": "pmcf_sample_size",
    "¿Cuándo?": "pmcf_timeline",
}

NOT_QUESTIONS = [
    "Risks", "Intended purpose", "Contraindications", "Loosening of the implant", "Clinical data",
    "Timeline", "Results of the PIVOT study", "What we changed in revision 3", "MRI conditions",
    "Howmedica instruments", "Wann-Test", "Quality management", "Who we are",
    "When the alarm sounds", "How to clean the device", "What to do in case of a malfunction",
    "How the device works", "Qui sommes-nous", "Wie das Gerät funktioniert",
]


@pytest.mark.parametrize("heading,role", sorted(ROLES.items()))
def test_question_heading_role(heading: str, role: str) -> None:
    assert question_role(heading) == role


@pytest.mark.parametrize("heading", NOT_QUESTIONS)
def test_other_headings_have_no_role(heading: str) -> None:
    assert question_role(heading) is None


# --- the extractors read the sections a question heading opens ---------------------------------

from panelproof.extract import extract_document  # noqa: E402
from panelproof.extract.model import FactKind  # noqa: E402
from panelproof.ingest.model import DossierConfig, Role  # noqa: E402
from panelproof.ingest.text import document_from_text  # noqa: E402


def _facts(text: str, kind: FactKind, language: str, role: Role = Role.IFU, only=None):
    document = document_from_text(text, f"doc_{language}.md", role=role, language=language)
    found = [f for f in extract_document(document, DossierConfig(), only=only) if f.kind is kind]
    for fact in found:  # provenance: every quote is verbatim document text
        assert " ".join(fact.location.quote.split()) in " ".join(document.text.split())
    return found


@pytest.mark.parametrize("text,language", [
    ("# IFU\n\n## When should it not be used?\n- Active infection\n", "en"),
    ("# IFU\n\n## 3. Who should not receive the implant?\n\n- Active infection\n", "en"),
    ("# Notice\n\n## Quand ne pas l'utiliser ?\n- Infection active\n", "fr"),
    ("# Gebrauchsanweisung\n\n## Wann darf es nicht angewendet werden?\n- Aktive Infektion\n", "de"),
    ("# Istruzioni\n\n## Quando non deve essere usato?\n- Infezione attiva\n", "it"),
    ("# Instrucciones\n\n## ¿Cuándo no debe usarse?\n- Infección activa\n", "es"),
])
def test_contraindications_under_a_question(text: str, language: str) -> None:
    assert _facts(text, FactKind.CONTRAINDICATION, language, only=("intended_use",))


@pytest.mark.parametrize("text,language", [
    ("# IFU\n\n## What are the risks?\n- Loosening of the implant\n- Infection\n", "en"),
    ("# SSCP\n\n## 4. What side effects can happen?\nInfection and loosening may occur.\n", "en"),
    ("# Notice\n\n## Quels sont les risques ?\n- Descellement\n- Infection\n", "fr"),
    ("# Gebrauchsanweisung\n\n## Welche Nebenwirkungen können auftreten?\n- Lockerung\n- Infektion\n", "de"),
])
def test_risks_under_a_question(text: str, language: str) -> None:
    ids = {f.value.id for f in _facts(text, FactKind.RESIDUAL_RISK, language, only=("risks",))}
    assert {"loosening", "infection"} <= ids


def test_no_risks_under_other_questions() -> None:
    text = "# IFU\n\n## How do I clean it?\n- Wipe with a damp cloth\n- Let it dry\n"
    assert not _facts(text, FactKind.RESIDUAL_RISK, "en", only=("risks",))


@pytest.mark.parametrize("text,language", [
    ("# IFU\n\n## Who is this device for?\nAdults and adolescents over 40 kg.\n", "en"),
    ("# Notice\n\n## À qui s'adresse ce dispositif ?\nAux adultes de plus de 40 kg.\n", "fr"),
    ("# Gebrauchsanweisung\n\n## Für wen ist das Produkt bestimmt?\nFür Erwachsene ab 40 kg.\n", "de"),
    ("# Instrucciones\n\n## ¿Para quién es?\nPara adultos de más de 40 kg.\n", "es"),
])
def test_population_under_a_question(text: str, language: str) -> None:
    bounds = _facts(text, FactKind.POPULATION_BOUND, language, only=("population",))
    assert any(b.value.low == 40 for b in bounds)


def test_population_excluded_under_a_contraindication_question() -> None:
    text = "# IFU\n\n## Who should not use it?\n- Children under 12 years\n"
    groups = _facts(text, FactKind.POPULATION_GROUP, "en", only=("population",))
    bounds = _facts(text, FactKind.POPULATION_BOUND, "en", only=("population",))
    assert all(f.value.negated for f in groups) and all(b.value.excluded for b in bounds)
    assert groups or bounds


@pytest.mark.parametrize("text,aspect", [
    ("# PMCF plan\n\n## What remains open after the CER?\n1. What is the rate of aseptic loosening at 10 years?\n",
     "objective"),
    ("# PMCF plan\n\n## How many patients?\n400 consecutive patients.\n", "sample_size"),
    ("# PMCF plan\n\n## When?\nEnrolment 2026–2027; annual report.\n", "timeline"),
    ("# PMCF plan\n\n## How will we collect the data?\nA prospective registry at 6 sites.\n", "method"),
    ("# PMCF plan\n\n## What will we measure?\n- Oxford Knee Score at 1 and 5 years\n", "endpoint"),
    ("# Plan de SCAC\n\n## Que voulons-nous savoir ?\n- Le taux de descellement à 10 ans\n", "objective"),
])
def test_pmcf_elements_under_a_question(text: str, aspect: str) -> None:
    language = "fr" if "SCAC" in text else "en"
    items = _facts(text, FactKind.PMCF, language, role=Role.PMCF_PLAN, only=("pmcf",))
    assert items and items[0].value.aspect == aspect
