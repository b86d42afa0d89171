"""Artefacts that made language versions of one IFU look different (LA001): a negation that
post-positive adjectives put before the noun ("non per infusione ..."), a therapy the patient
needs read as an excluded mode in one word order only (now in all), an alternative therapy after "and not
suitable for", the adjective of open surgery after its noun, "ventilatory support" for
ventilation, an adjective of malfunction read as organ failure, and cancer words of Polish and
Czech."""

from __future__ import annotations

import pytest

from panelproof.extract import intended_use
from panelproof.extract.intended_use import paraphrased_concept, vocabulary
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text

PURPOSE = {"en": "Intended purpose", "fr": "Destination", "de": "Zweckbestimmung",
           "it": "Destinazione d'uso", "es": "Finalidad prevista", "nl": "Beoogd doel"}
CONTRA = {"en": "Contraindications", "fr": "Contre-indications", "de": "Kontraindikationen",
          "it": "Controindicazioni", "es": "Contraindicaciones", "nl": "Contra-indicaties"}


def routes(body: str, language: str, heading: str) -> tuple[set[str], set[str]]:
    document = document_from_text(f"# {heading}\n\n{body}\n", f"IFU_{language}.md", language=language)
    facts = [f for f in intended_use.extract(document) if f.kind is FactKind.INTERFACE]
    return ({f.value.id for f in facts if not f.value.negated},
            {f.value.id for f in facts if f.value.negated})


@pytest.mark.parametrize(("body", "language"), [
    ("- non per somministrazione endovenosa", "it"),
    ("- Non per uso endovenoso.", "it"),
    ("- geen intraveneuze toediening", "nl"),
    ("- nooit intraveneus toedienen", "nl"),
    ("- not for intravenous injection", "en"),
])
def test_an_excluded_route_is_read_in_every_word_order(body, language):
    stated, excluded = routes(body, language, CONTRA[language])
    assert "intravenous" in excluded and "intravenous" not in stated


@pytest.mark.parametrize(("body", "language"), [
    ("- Neonates requiring invasive ventilation for apnoea", "en"),
    ("- Patients who need invasive mechanical ventilation", "en"),
    ("- Nouveau-nés qui nécessitent une ventilation invasive", "fr"),
    ("- Patients nécessitant une ventilation mécanique invasive", "fr"),
    ("- Neugeborene, die eine invasive Beatmung benötigen", "de"),
    ("- Kinder, die auf eine invasive Beatmung angewiesen sind", "de"),
    ("- Neonati che necessitano di ventilazione invasiva", "it"),
    ("- Pazienti che richiedono ventilazione meccanica invasiva", "it"),
    ("- Recién nacidos que requieren ventilación invasiva", "es"),
    ("- Pacientes que necesitan ventilación mecánica invasiva", "es"),
    ("- Pasgeborenen die invasieve beademing nodig hebben", "nl"),
])
def test_a_contraindicated_need_excludes_the_mode_in_every_word_order(body, language):
    stated, excluded = routes(body, language, CONTRA[language])
    assert "invasive_ventilation" in excluded and "invasive_ventilation" not in stated


@pytest.mark.parametrize(("body", "language"), [
    ("Adults judged unsuitable for conventional surgery and not suitable for transcatheter "
     "repair.", "en"),
    ("Adults who are not candidates for surgery and not eligible for percutaneous repair.", "en"),
])
def test_an_alternative_therapy_after_and_is_no_mode(body, language):
    stated, excluded = routes(body, language, "Indications")
    assert "percutaneous" not in stated | excluded


@pytest.mark.parametrize(("text", "language"), [
    ("ablación percutánea, laparoscópica o quirúrgica abierta", "es"),
    ("résection chirurgicale ouverte", "fr"),
    ("exérèse à ciel ouvert", "fr"),
    ("resezione chirurgica aperta", "it"),
    ("intervento a cielo aperto", "it"),
    ("im offen-chirurgischen Eingriff", "de"),
    ("open chirurgische resectie", "nl"),
    ("ressecção cirúrgica aberta", "pt"),
])
def test_open_surgery_after_its_noun(text, language):
    assert "open_surgery" in {m.id for m in vocabulary("interfaces").find(text, language=language)}


@pytest.mark.parametrize(("text", "language", "mode"), [
    ("invasive and non-invasive ventilatory support", "en", "mask"),
    ("supporto ventilatorio non invasivo", "it", "mask"),
    ("soporte ventilatorio no invasivo", "es", "mask"),
    ("assistance ventilatoire non invasive", "fr", "mask"),
    ("nicht-invasive Beatmungsunterstützung", "de", "mask"),
    ("soporte ventilatorio invasivo", "es", "invasive_ventilation"),
    ("assistance ventilatoire invasive", "fr", "invasive_ventilation"),
])
def test_ventilatory_support_is_ventilation(text, language, mode):
    assert mode in {m.id for m in vocabulary("interfaces").find(text, language=language)}


@pytest.mark.parametrize("phrase", [
    "remplacement d'une valve aortique native ou prothétique dysfonctionnelle",
    "sostituzione di una valvola aortica protesica disfunzionale",
    "Ersatz einer dysfunktionalen biologischen Aortenklappe",
])
def test_a_malfunctioning_valve_is_no_regurgitation(phrase):
    assert paraphrased_concept(phrase) != "aortic_regurgitation"


def test_organ_failure_nouns_still_restate_the_concept():
    assert paraphrased_concept("dysfonction rénale sévère") == paraphrased_concept("severe renal failure")


@pytest.mark.parametrize(("text", "language"), [
    ("Rak szyjki macicy", "pl"),
    ("Karcinom endometria", "cs"),
    ("Rakovina děložního hrdla", "cs"),
])
def test_cancer_words_of_polish_and_czech(text, language):
    assert "malignancy" in {m.id for m in vocabulary("clinical_terms").find(text, language=language)}
