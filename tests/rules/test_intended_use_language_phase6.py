"""Phase 6 classes I1-I5: clinical benefits are not indications (I1); a concept recognised inside
a longer, more specific item is not missing from another language version (I2); surgical-risk
qualifiers in every language (I3); one item fewer in aligned lists (I4); use environments and
lay users of a translation against its master (I5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract import intended_use
from panelproof.extract.intended_use import OUTCOMES, heading_kinds
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text
from panelproof.pipeline import run_check


def _indications(text: str, language: str = "en") -> list[str]:
    document = document_from_text(text, "CEP.md", role=Role.CEP, language=language)
    return [f.value.id for f in intended_use.extract(document) if f.kind is FactKind.INDICATION]


def _run(tmp_path: Path, files: dict[str, str], rules: set[str]):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1, select=rules).findings]


# --- I1: clinical benefits, outcome parameters, objectives -------------------------------------

@pytest.mark.parametrize("heading", [
    "Clinical benefits and outcome parameters", "3.2 Expected clinical benefits", "Clinical benefit",
    "Outcome parameters", "Acceptance criteria", "Objectives", "Primary endpoint",
    "Bénéfices cliniques attendus", "Critères d'acceptation", "Klinischer Nutzen und Endpunkte",
    "Akzeptanzkriterien", "Benefici clinici", "Beneficios clínicos", "Criterios de aceptación"])
def test_benefit_headings_announce_outcomes(heading):
    assert heading_kinds(heading) == frozenset({OUTCOMES})


@pytest.mark.parametrize("heading", ["Benefit-risk analysis", "Benefit–risk determination",
                                     "Nutzen-Risiko-Bewertung", "Indications", "Indication of battery status"])
def test_benefit_risk_and_other_headings_are_not_outcomes(heading):
    assert OUTCOMES not in heading_kinds(heading)


BENEFIT_SECTIONS = {
    "table under an indications chapter": """# CEP
## 2 Indications
- Acute hypoxaemic respiratory failure
### 2.1 Clinical benefits and outcome parameters
| Clinical benefit | Outcome parameter | Acceptance criterion |
|---|---|---|
| Improved oxygenation | SpO2/FiO2 ratio at 1 h | Improvement of at least 20 % |
| Reduced work of breathing | Respiratory rate at 1 h | Reduction of 5 breaths/min |
""",
    "list under a mixed heading": """# CEP
## 3 Intended purpose, indications and clinical benefits
- Acute hypoxaemic respiratory failure
- Pain relief
- Glycaemic control
- Improved quality of life
""",
    "lead-in after the indications list": """# CEP
## Indications
- Acute hypoxaemic respiratory failure

Clinical benefits:
- Improved oxygenation
- Shorter length of stay
""",
    "pseudo-heading paragraph before a table": """# CEP
## Indications
- Acute hypoxaemic respiratory failure

Clinical benefits and outcome parameters

| Clinical benefit | Outcome parameter |
|---|---|
| Improved patient comfort | Comfort score |
""",
    "key-value rows": """# CEP
## Indications
| Indication | Acute hypoxaemic respiratory failure |
|---|---|
| Clinical benefit | Reduced work of breathing |
| Outcome parameter | Respiratory rate |
""",
}


@pytest.mark.parametrize("name", sorted(BENEFIT_SECTIONS))
def test_benefits_are_not_indications(name):
    ids = _indications(BENEFIT_SECTIONS[name])
    assert "respiratory_failure" in ids
    assert not [i for i in ids if i.startswith("text:")], ids


def test_benefits_in_french_and_german_are_not_indications():
    french = """# Plan d'évaluation clinique
## Indications
- Insuffisance respiratoire aiguë hypoxémique
### Bénéfices cliniques attendus
- Amélioration de l'oxygénation
- Réduction du travail respiratoire
"""
    german = """# Klinischer Bewertungsplan
## Indikationen
- Akute hypoxämische respiratorische Insuffizienz
### Klinischer Nutzen und Endpunkte
| Klinischer Nutzen | Endpunkt | Akzeptanzkriterium |
|---|---|---|
| Verbesserte Oxygenierung | SpO2/FiO2 nach 1 h | Anstieg um 20 % |
"""
    assert not [i for i in _indications(french, "fr") if i.startswith("text:")]
    assert not [i for i in _indications(german, "de") if i.startswith("text:")]


def test_indications_without_benefit_section_keep_free_wording():
    text = """# IFU
## Indications
- Relief of intractable phantom limb sensations
- Improved tolerance of enteral feeding in short bowel syndrome
"""
    ids = _indications(text)
    assert "text:relief of intractable phantom limb sensations" in ids
    assert any("enteral feeding" in i for i in ids)


def test_mixed_section_keeps_its_conditions():
    text = """# CEP
## Indications and clinical benefits
- Chronic venous leg ulcers
- Pilonidal sinus wounds after excision
- Faster wound closure
"""
    ids = _indications(text)
    assert "venous_leg_ulcers" in ids and "text:pilonidal sinus wounds after excision" in ids
    assert not [i for i in ids if "closure" in i]


IFU_HFNC = """# Instructions for Use – AeroFlow
## Intended purpose
AeroFlow is intended for the delivery of warmed and humidified high-flow oxygen to spontaneously breathing patients.
## Indications
- Acute hypoxaemic respiratory failure
"""


def test_iu001_ignores_the_ceps_benefit_table(tmp_path):
    files = {"CEP.md": BENEFIT_SECTIONS["table under an indications chapter"], "IFU_en.md": IFU_HFNC}
    assert not _run(tmp_path, files, {"IU001"})


def test_iu001_still_reports_an_indication_the_ifu_adds(tmp_path):
    files = {"CEP.md": BENEFIT_SECTIONS["table under an indications chapter"],
             "IFU_en.md": IFU_HFNC + "- Post-extubation respiratory support in bronchiolitis\n"}
    findings = _run(tmp_path, files, {"IU001"})
    assert len(findings) == 1 and "post-extubation" in findings[0].message
    assert "oxygenation" not in findings[0].message


# --- I2: a concept inside a longer, more specific item ------------------------------------------

STENT_EN = """# Instructions for Use – CoroStent
## Intended purpose
The CoroStent stent is intended to improve coronary luminal diameter in adult patients.
## Contraindications
- Known hypersensitivity to sirolimus or cobalt-chromium
- {item}
- Lesions that prevent complete inflation of an angioplasty balloon
"""
STENT_TRANSLATIONS = {
    "fr": """# Notice d'utilisation – CoroStent
## Destination
Le stent CoroStent est destiné à améliorer le diamètre luminal coronaire chez les patients adultes.
## Contre-indications
- Hypersensibilité connue au sirolimus ou au cobalt-chrome
- {item}
- Lésions empêchant le gonflage complet d'un ballonnet d'angioplastie
""",
    "de": """# Gebrauchsanweisung – CoroStent
## Zweckbestimmung
Der CoroStent ist zur Vergrößerung des koronaren Lumendurchmessers bei erwachsenen Patienten bestimmt.
## Kontraindikationen
- Bekannte Überempfindlichkeit gegen Sirolimus oder Kobalt-Chrom
- {item}
- Läsionen, die eine vollständige Dilatation eines Angioplastieballons verhindern
""",
}
EMBEDDED = [
    ("Unprotected left main coronary artery disease", "fr", "Lésion du tronc commun gauche non protégé"),
    ("Unprotected left main coronary artery disease", "de", "Ungeschützte Hauptstammstenose links"),
    ("Severe calcified coronary artery disease in a saphenous vein graft", "fr",
     "Greffon veineux saphène fortement calcifié"),
]


@pytest.mark.parametrize("english, language, translated", EMBEDDED)
def test_concept_inside_a_specific_item_is_not_reported_missing(tmp_path, english, language, translated):
    files = {"IFU_en.md": STENT_EN.format(item=english),
             f"IFU_{language}.md": STENT_TRANSLATIONS[language].format(item=translated)}
    assert not [f for f in _run(tmp_path, files, {"LA001"}) if f.severity.value == "major"]


def test_left_out_specific_item_is_a_minor_count_hint(tmp_path):
    french = STENT_TRANSLATIONS["fr"].replace("- {item}\n", "")
    files = {"IFU_en.md": STENT_EN.format(item="Unprotected left main coronary artery disease"),
             "IFU_fr.md": french}
    findings = _run(tmp_path, files, {"LA001"})
    assert [f.severity.value for f in findings] == ["minor"]
    assert "(the English IFU (IFU_en.md) 3; the French IFU (IFU_fr.md) 2)" in findings[0].message


def test_bare_concept_missing_from_an_understood_version_is_still_major(tmp_path):
    english = """# Instructions for Use
## Contraindications
- Coronary artery disease
- Untreated pneumothorax
"""
    french = """# Notice d'utilisation
## Contre-indications
- Pneumothorax non traité
"""
    findings = _run(tmp_path, {"IFU_en.md": english, "IFU_fr.md": french}, {"LA001"})
    assert any(f.severity.value == "major" and "coronary artery disease" in f.message for f in findings)


# --- I3: surgical-risk qualifiers across language versions ----------------------------------------

@pytest.mark.parametrize("language, sentence, expected", [
    ("es", "Indicado para pacientes con estenosis aórtica grave con riesgo quirúrgico moderado o alto.",
     {"intermediate_surgical_risk", "high_surgical_risk"}),
    ("it", "Indicato per pazienti con stenosi aortica severa a rischio chirurgico intermedio o alto.",
     {"intermediate_surgical_risk", "high_surgical_risk"}),
    ("fr", "Indiqué chez les patients atteints de sténose aortique à risque chirurgical intermédiaire ou élevé.",
     {"intermediate_surgical_risk", "high_surgical_risk"}),
    ("en", "Indicated for patients with aortic stenosis at intermediate or high surgical risk.",
     {"intermediate_surgical_risk", "high_surgical_risk"}),
    ("es", "Indicado para pacientes con estenosis aórtica inoperables.", {"prohibitive_surgical_risk"}),
    ("it", "Indicato per pazienti con stenosi aortica a rischio chirurgico proibitivo.",
     {"prohibitive_surgical_risk"}),
    ("es", "Indicado para pacientes con estenosis aórtica de alto riesgo quirúrgico.", {"high_surgical_risk"}),
])
def test_surgical_risk_qualifiers_in_every_language(language, sentence, expected):
    text = "# IFU\n## Indications\n" + sentence + "\n"
    qualifiers = {i.partition("@")[2] for i in _indications(text, language) if "@" in i}
    assert qualifiers == expected


TAVI = {
    "en": ("# Instructions for Use – ValvoTrans\n## Indications\nThe ValvoTrans system is indicated for "
           "patients with symptomatic severe aortic stenosis who are at {risk} as judged by a heart team.\n"),
    "es": ("# Instrucciones de uso – ValvoTrans\n## Indicaciones\nEl sistema ValvoTrans está indicado para "
           "pacientes con estenosis aórtica grave sintomática con {risk} según el equipo cardiológico.\n"),
}


def test_translation_widening_the_surgical_risk_is_major(tmp_path):
    files = {"IFU_en.md": TAVI["en"].format(risk="prohibitive surgical risk"),
             "IFU_es.md": TAVI["es"].format(risk="riesgo quirúrgico moderado o alto")}
    findings = _run(tmp_path, files, {"LA001"})
    assert len(findings) == 1 and findings[0].severity.value == "major"
    message = findings[0].message
    assert "prohibitive surgical risk" in message and "intermediate surgical risk" in message
    assert "riesgo quirúrgico moderado o alto" in " ".join(loc.quote for loc in findings[0].locations)


def test_translation_with_the_same_surgical_risk_agrees(tmp_path):
    files = {"IFU_en.md": TAVI["en"].format(risk="intermediate or high surgical risk"),
             "IFU_es.md": TAVI["es"].format(risk="riesgo quirúrgico intermedio o alto")}
    assert not _run(tmp_path, files, {"LA001"})


# --- I4: one item fewer in otherwise aligned lists -------------------------------------------------

NASAL_EN = """# Instructions for Use – NasoFlow
## Intended purpose
NasoFlow delivers heated humidified high-flow oxygen through a nasal cannula to adults.
## Contraindications
- Suspected or confirmed base-of-skull fracture
- Complete obstruction of both nasal passages
- Recent nasal or facial surgery, or trauma to the nose
- Patients who cannot protect their airway
"""
NASAL_DE = """# Gebrauchsanweisung – NasoFlow
## Zweckbestimmung
NasoFlow liefert erwärmten, befeuchteten High-Flow-Sauerstoff über eine Nasenkanüle an Erwachsene.
## Kontraindikationen
{skull}- Vollständige Verlegung beider Nasengänge
- Kürzlich erfolgte Operation an Nase oder Gesicht oder Verletzung der Nase
- Patienten, die ihre Atemwege nicht schützen können
"""


def test_version_with_one_item_fewer_gets_a_minor_hint(tmp_path):
    findings = _run(tmp_path, {"IFU_en.md": NASAL_EN, "IFU_de.md": NASAL_DE.format(skull="")}, {"LA001"})
    assert [f.severity.value for f in findings] == ["minor"]
    assert "German IFU (IFU_de.md) may leave out" in findings[0].message


def test_aligned_lists_of_equal_length_give_no_hint(tmp_path):
    german = NASAL_DE.format(skull="- Verdacht auf oder nachgewiesene Schädelbasisfraktur\n")
    assert not _run(tmp_path, {"IFU_en.md": NASAL_EN, "IFU_de.md": german}, {"LA001"})


def test_merged_items_give_no_hint(tmp_path):
    german = NASAL_DE.format(skull="").replace(
        "- Vollständige Verlegung beider Nasengänge\n",
        "- Verdacht auf oder nachgewiesene Schädelbasisfraktur, vollständige Verlegung beider Nasengänge\n")
    assert not _run(tmp_path, {"IFU_en.md": NASAL_EN, "IFU_de.md": german}, {"LA001"})


# --- I5: use environment and users of a translation ------------------------------------------------

EXO_EN = """# Instructions for Use – StrideAssist
## Intended purpose
StrideAssist is a powered lower-limb exoskeleton intended for gait training of adults with spinal cord injury.
## Intended users
{users}
"""
EXO_TRANSLATIONS = {
    "fr": ("# Notice d'utilisation – StrideAssist\n## Destination\nStrideAssist est un exosquelette "
           "destiné à l'entraînement à la marche des adultes atteints de lésion médullaire.\n"
           "## Utilisateurs prévus\n{users}\n"),
    "de": ("# Gebrauchsanweisung – StrideAssist\n## Zweckbestimmung\nStrideAssist ist ein Exoskelett "
           "für das Gangtraining von Erwachsenen mit Rückenmarksverletzung.\n"
           "## Vorgesehene Anwender\n{users}\n"),
    "it": ("# Istruzioni per l'uso – StrideAssist\n## Destinazione d'uso\nStrideAssist è un esoscheletro "
           "destinato all'allenamento del cammino di adulti con lesione midollare.\n"
           "## Utilizzatori previsti\n{users}\n"),
}
CLINIC_ONLY = ("Training sessions take place in rehabilitation clinics and are supervised by "
               "healthcare professionals who have completed the manufacturer's training.")
HOME_USE = {
    "fr": "Après une formation, StrideAssist peut être utilisé à domicile et dans la vie quotidienne avec un aidant formé.",
    "de": "Nach einer Schulung kann StrideAssist auch zu Hause mit einem geschulten Angehörigen genutzt werden.",
    "it": "Dopo l'addestramento StrideAssist può essere utilizzato a domicilio con un familiare addestrato.",
}
CLINIC_TRANSLATED = {
    "fr": "Les séances ont lieu en clinique de rééducation sous la supervision de professionnels de santé formés.",
    "de": "Das Training findet in Rehabilitationskliniken unter Aufsicht von geschultem Fachpersonal statt.",
    "it": "Le sedute si svolgono in cliniche di riabilitazione sotto la supervisione di personale sanitario.",
}


@pytest.mark.parametrize("language", sorted(HOME_USE))
def test_translation_adding_home_use_is_major(tmp_path, language):
    files = {"IFU_en.md": EXO_EN.format(users=CLINIC_ONLY),
             f"IFU_{language}.md": EXO_TRANSLATIONS[language].format(users=HOME_USE[language])}
    findings = [f for f in _run(tmp_path, files, {"LA001", "CS001"}) if f.severity.value == "major"]
    assert len(findings) == 1
    assert "home" in findings[0].message
    assert any(loc.document == f"IFU_{language}.md" for loc in findings[0].locations)


@pytest.mark.parametrize("language", sorted(HOME_USE))
def test_translation_keeping_the_clinic_agrees(tmp_path, language):
    files = {"IFU_en.md": EXO_EN.format(users=CLINIC_ONLY),
             f"IFU_{language}.md": EXO_TRANSLATIONS[language].format(users=CLINIC_TRANSLATED[language])}
    assert not _run(tmp_path, files, {"LA001", "CS001"})


def test_master_naming_home_use_itself_agrees(tmp_path):
    english = CLINIC_ONLY + " After training, StrideAssist may also be used at home with a trained caregiver."
    files = {"IFU_en.md": EXO_EN.format(users=english),
             "IFU_fr.md": EXO_TRANSLATIONS["fr"].format(users=HOME_USE["fr"])}
    assert not _run(tmp_path, files, {"LA001"})


def test_restriction_against_home_is_reported_once(tmp_path):
    english = "StrideAssist may only be used in rehabilitation clinics under the supervision of trained staff."
    files = {"IFU_en.md": EXO_EN.format(users=english),
             "IFU_fr.md": EXO_TRANSLATIONS["fr"].format(users=HOME_USE["fr"])}
    findings = [f for f in _run(tmp_path, files, {"LA001", "CS001"}) if f.severity.value == "major"]
    assert len(findings) == 1


@pytest.mark.parametrize("shorter, language, longer, possible", [
    (["Grossesse, septicémie et pneumothorax non traité"], "fr", ["Pregnancy", "Sepsis", "Pneumothorax"], True),
    (["Schwangerschaft und Sepsis", "Pneumothorax"], "de", ["Pregnancy", "Sepsis", "Pneumothorax"], True),
    (["Embarazo", "Neumotórax"], "es", ["Pregnancy", "Sepsis", "Pneumothorax"], False),
    # a relative clause's comma joins nothing
    (["Patienten, die ihre Atemwege nicht schützen können", "Epistaxis"], "de",
     ["Base-of-skull fracture", "Patients who cannot protect their airway", "Epistaxis"], False),
    # coordination the longer version has inside its own item is no merge
    (["Hypersensibilité au sirolimus ou au cobalt-chrome", "Grossesse"], "fr",
     ["Hypersensitivity to sirolimus or cobalt-chromium", "Left main disease", "Pregnancy"], False),
])
def test_merge_possible(shorter, language, longer, possible):
    from panelproof.rules.language._translation import merge_possible

    assert merge_possible(shorter, language, longer, "en") is possible
