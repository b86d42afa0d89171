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
