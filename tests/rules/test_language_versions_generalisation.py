"""LA001 on translations written in words the vocabulary may not know (L1), MR conditions and
population bounds that differ between language versions (L2), Italian/Spanish/Dutch terms (L3)."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.pipeline import run_check
from panelproof.rules.language._translation import concept_stems, condition_count_range

IFU_HEAD = {
    "en": ("# Instructions for Use", "## Intended purpose", "## Contraindications", "## Warnings"),
    "fr": ("# Notice d'utilisation", "## Destination", "## Contre-indications", "## Avertissements"),
    "de": ("# Gebrauchsanweisung", "## Zweckbestimmung", "## Kontraindikationen", "## Warnhinweise"),
    "es": ("# Instrucciones de uso", "## Finalidad prevista", "## Contraindicaciones", "## Advertencias"),
    "it": ("# Istruzioni per l'uso", "## Destinazione d'uso", "## Controindicazioni", "## Avvertenze"),
}
PURPOSE = {
    "en": "The FiltraCare system is intended for continuous renal replacement therapy in adult patients.",
    "fr": "Le système FiltraCare est destiné à l'épuration extrarénale continue chez les patients adultes.",
    "de": "Das FiltraCare-System ist für die kontinuierliche Nierenersatztherapie bei erwachsenen Patienten bestimmt.",
    "es": "El sistema FiltraCare está destinado a la terapia renal sustitutiva continua en pacientes adultos.",
    "it": "Il sistema FiltraCare è destinato alla terapia sostitutiva renale continua in pazienti adulti.",
}
ENGLISH_CONTRAS = ["Allergy or hypersensitivity to device materials", "Haemodynamic instability",
                   "Renal failure not requiring dialysis", "Uncontrolled bleeding disorders"]


def ifu(language: str, contraindications: list[str] | str, warnings: list[str] = (),
        purpose: str | None = None) -> str:
    title, purpose_heading, contra_heading, warnings_heading = IFU_HEAD[language]
    body = contraindications if isinstance(contraindications, str) else "\n".join(
        f"- {c}" for c in contraindications)
    text = f"{title}\n\n{purpose_heading}\n{purpose or PURPOSE[language]}\n\n{contra_heading}\n{body}\n"
    if warnings:
        text += f"\n{warnings_heading}\n" + "\n".join(f"- {w}" for w in warnings) + "\n"
    return text


def la001(tmp_path: Path, versions: dict[str, str]):
    for language, text in versions.items():
        (tmp_path / f"IFU_{language}.md").write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1).findings if f.rule == "LA001"]


# --- L1: faithful translations in wording the vocabulary may not know -----------------------

@pytest.mark.parametrize(("language", "items"), [
    ("es", ["Alergia o hipersensibilidad conocida a los materiales del dispositivo",
            "Inestabilidad hemodinámica", "Fallo renal que no requiere diálisis",
            "Trastornos hemorrágicos no controlados"]),
    ("es", ["Hipersensibilidad a cualquiera de los componentes", "Pacientes hemodinámicamente inestables",
            "Insuficiencia de la función renal sin necesidad de diálisis", "Coagulopatía no controlada"]),
    ("it", ["Allergia o ipersensibilità ai materiali del dispositivo, instabilità emodinamica e "
            "insufficienza renale che non richiede dialisi", "Disturbi emorragici non controllati"]),
    ("it", ["Ipersensibilità nota ai materiali", "Pazienti emodinamicamente instabili",
            "Compromissione renale senza indicazione alla dialisi", "Diatesi emorragica non controllata"]),
    ("fr", ["Hypersensibilité connue aux matériaux du dispositif", "Patients hémodynamiquement instables",
            "Défaillance rénale ne nécessitant pas de dialyse", "Troubles de la coagulation non contrôlés"]),
    ("fr", "Allergie aux matériaux, instabilité hémodynamique, atteinte rénale sans dialyse et "
           "troubles hémorragiques non maîtrisés."),
    ("de", ["Bekannte Überempfindlichkeit gegen die Materialien", "Hämodynamisch instabile Patienten",
            "Nierenschwäche ohne Dialysepflicht", "Unkontrollierte Blutgerinnungsstörungen"]),
])
def test_faithful_translation_in_unknown_words_is_no_major_finding(tmp_path, language, items):
    found = la001(tmp_path, {"en": ifu("en", ENGLISH_CONTRAS), language: ifu(language, items)})
    assert [f for f in found if f.severity.value == "major"] == []


def test_merged_items_are_not_a_different_number_of_contraindications(tmp_path):
    english = ifu("en", ["Pregnancy", "Sepsis", "Untreated pneumothorax"])
    italian = ifu("it", "- Gravidanza, sepsi e pneumotorace non trattato")
    assert la001(tmp_path, {"en": english, "it": italian}) == []


# --- L1 negatives: what must still be reported ------------------------------------------------

@pytest.mark.parametrize(("language", "items"), [
    ("es", ["Alergia a los materiales del dispositivo", "Inestabilidad hemodinámica",
            "Insuficiencia renal que no requiere diálisis"]),
    ("it", ["Allergia ai materiali del dispositivo", "Instabilità emodinamica",
            "Insufficienza renale senza dialisi"]),
    ("nl", ["Allergie voor de materialen van het hulpmiddel", "Hemodynamische instabiliteit",
            "Nierfalen zonder dialyse"]),
])
def test_contraindication_left_out_of_a_translation_is_major(tmp_path, language, items):
    if language == "nl":
        text = ("# Gebruiksaanwijzing\n\n## Beoogd gebruik\nHet FiltraCare-systeem is bestemd voor "
                "volwassen patiënten.\n\n## Contraindications\n" + "\n".join(f"- {i}" for i in items) + "\n")
    else:
        text = ifu(language, items)
    found = la001(tmp_path, {"en": ifu("en", ENGLISH_CONTRAS), language: text})
    majors = [f for f in found if f.severity.value == "major"]
    assert majors and "bleeding disorder" in majors[0].message
    assert any(loc.document == "IFU_en.md" and "bleeding" in loc.quote for loc in majors[0].locations)


@pytest.mark.parametrize(("language", "indications", "extra"), [
    ("it", ["Insufficienza respiratoria acuta", "Riacutizzazione di BPCO",
            "Sindrome da distress respiratorio acuto"], "acute respiratory distress syndrome"),
    ("es", ["Insuficiencia respiratoria aguda", "Exacerbación de la EPOC", "Apnea obstructiva del sueño"],
     "obstructive sleep apnoea"),
    ("fr", ["Insuffisance respiratoire aiguë", "Exacerbation de BPCO", "Maladies neuromusculaires"],
     "neuromuscular disease"),
])
def test_translation_adding_an_indication_is_major(tmp_path, language, indications, extra):
    heading = {"it": "## Indicazioni", "es": "## Indicaciones", "fr": "## Indications"}[language]
    english = ("# Instructions for Use\n\n## Intended purpose\nThe device is intended for the ventilation "
               "of adult patients.\n\n## Indications\n- Acute respiratory failure\n- Exacerbation of COPD\n")
    other = (f"{IFU_HEAD[language][0]}\n\n{IFU_HEAD[language][1]}\n{PURPOSE[language]}\n\n{heading}\n"
             + "\n".join(f"- {i}" for i in indications) + "\n")
    found = la001(tmp_path, {"en": english, language: other})
    assert any(f.severity.value == "major" and extra in f.message for f in found), [f.message for f in found]


# --- L2: MR conditions ------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "text"), [
    ("fr", "- IRM autorisée uniquement pour la tête (tête uniquement), à 1,5 T."),
    ("fr", "- Compatible IRM sous conditions. Examens de la tête uniquement."),
    ("es", "- Implante RM condicional: solo exploraciones de la cabeza a 1,5 T."),
    ("it", "- Impianto a compatibilità RM condizionata: solo esami della testa, a 1,5 T."),
    ("de", "- Bedingt MR-sicher: MRT nur am Kopf bei 1,5 T."),
    ("nl", "- MR-voorwaardelijk: alleen hoofdscans bij 1,5 T."),
])
def test_translation_restricting_mri_to_head_scans_is_major(tmp_path, language, text):
    english = ifu("en", ["Pregnancy"], ["Warning: the implant is MR Conditional; full-body scans may be "
                                       "performed at 1.5 T."])
    if language == "nl":
        other = "# Gebruiksaanwijzing\n\n## Waarschuwingen\n" + text + "\n"
    else:
        title, _, _, warnings_heading = IFU_HEAD[language]
        other = f"{title}\n\n{warnings_heading}\n{text}\n"
    found = la001(tmp_path, {"en": english, language: other})
    mr = [f for f in found if "MR conditions" in f.message]
    assert mr and mr[0].severity.value == "major"
    assert {loc.document for loc in mr[0].locations} == {"IFU_en.md", f"IFU_{language}.md"}


def test_mr_conditions_in_a_table_under_an_mri_heading_are_compared(tmp_path):
    english = ("# Instructions for Use\n\n## MRI safety information\n\n| Condition | Value |\n|---|---|\n"
               "| Scan region | Full body |\n| Static field | 1.5 T |\n")
    french = ("# Notice d'utilisation\n\n## Informations de sécurité IRM\n\n| Condition | Valeur |\n|---|---|\n"
              "| Région examinée | Tête uniquement |\n| Champ statique | 1,5 T |\n")
    found = la001(tmp_path, {"en": english, "fr": french})
    assert any("MR conditions" in f.message for f in found)


@pytest.mark.parametrize(("en", "other_language", "other"), [
    ("Warning: MR Conditional, full-body scans at 1.5 T.", "fr",
     "- Avertissement : compatible IRM sous conditions, examens du corps entier à 1,5 T."),
    ("Warning: MR Conditional. Full-body scans are not permitted; head scans only at 1.5 T.", "es",
     "- Advertencia: RM condicional. Solo exploraciones de la cabeza a 1,5 T."),
    ("Warning: MR Conditional, full-body scans at 1.5 T.", "it",
     "- Avvertenza: RM condizionata. Le condizioni sono indicate nella scheda RM."),  # silent on conditions
    ("Keep the 3 tubes apart.", "de", "- Die 3 Schläuche getrennt halten."),
])
def test_equal_or_unstated_mr_conditions_are_no_finding(tmp_path, en, other_language, other):
    english = ifu("en", ["Pregnancy"], [en])
    title, _, _, warnings_heading = IFU_HEAD[other_language]
    found = la001(tmp_path, {"en": english, other_language: f"{title}\n\n{warnings_heading}\n{other}\n"})
    assert [f for f in found if "MR conditions" in f.message] == []


# --- L2: population of the translation ----------------------------------------------------------

@pytest.mark.parametrize(("language", "purpose"), [
    ("es", "El dispositivo está destinado a pacientes a partir de 12 años."),
    ("es", "Indicado para adolescentes y adultos mayores de 12 años."),
    ("it", "Il dispositivo è destinato a pazienti di età pari o superiore a 12 anni."),
    ("it", "Destinato a pazienti dai 12 anni in su."),
    ("nl", "Het hulpmiddel is bestemd voor patiënten vanaf 12 jaar."),
])
def test_translation_admitting_younger_patients_is_major(tmp_path, language, purpose):
    english = ifu("en", ["Pregnancy"], purpose="The device is intended for adults aged 18 years and older.")
    if language == "nl":
        other = f"# Gebruiksaanwijzing\n\n## Beoogd gebruik\n{purpose}\n"
    else:
        other = f"{IFU_HEAD[language][0]}\n\n{IFU_HEAD[language][1]}\n{purpose}\n"
    found = la001(tmp_path, {"en": english, language: other})
    assert any("admit different patients" in f.message and f.severity.value == "major" for f in found)


# --- helpers ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("concept", "text", "expected"), [
    ("haemodynamic_instability", "Pacientes hemodinámicamente inestables", True),
    ("haemodynamic_instability", "Hämodynamisch instabile Patienten", True),
    ("material_allergy", "Ipersensibilità nota ai materiali", True),
    ("renal_failure", "Insuffisance respiratoire", False),  # "insuffisance" names every organ's failure
    ("copd", "Neuromuscular weakness", False),
    ("pregnancy", "Known allergy", False),
])
def test_stems_pair_cognates_not_generic_words(concept, text, expected):
    assert concept_stems("clinical_terms").resembles(concept, text) is expected


def test_condition_count_range_counts_merged_items_generously():
    assert condition_count_range(["A, B and C", "D"]) == (2, 4)
    assert condition_count_range(["Pregnancy"]) == (1, 1)


def test_a_version_whose_conditions_could_not_be_read_is_not_counted_as_shorter(tmp_path):
    # The English indication is a known condition; the German one is written in words beyond
    # the vocabulary: nothing was read from it, which does not make it a shorter list.
    english = ("# Instructions for Use\n\n## Indications\nThe implants are indicated for patients "
               "with an edentulous maxilla and severe bone resorption.\n")
    german = ("# Gebrauchsanweisung\n\n## Indikationen\nDie Implantate sind bei Patienten mit "
              "zahnlosem, stark atrophiertem Oberkiefer indiziert.\n")
    found = la001(tmp_path, {"en": english, "de": german})
    assert not [f for f in found if "different numbers" in f.message]
