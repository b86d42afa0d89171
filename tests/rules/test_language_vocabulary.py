"""LA001 compares language versions by vocabulary id: a concept whose terms exist in one language
only, or a term broad enough to catch unrelated wording in one language, makes a faithful
translation look as if it dropped or added an indication, contraindication or interface."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof import knowledge
from panelproof.extract.intended_use import extract
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text
from panelproof.pipeline import run_check

LANGUAGES = ("en", "fr", "de", "it", "es", "nl")
# The vocabularies and sections LA001 compares by id.
COMPARED = (("clinical_terms", "entries"), ("clinical_terms", "qualifiers"),
            ("clinical_terms", "qualifier_exceptions"), ("interfaces", "entries"),
            ("warnings", "entries"))


def _untranslated() -> list[str]:
    """'<vocabulary>/<id>: <languages>' for every entry with English terms and none in some
    other language LA001 compares."""
    out = []
    for name, section in COMPARED:
        for entry in (knowledge.load(f"vocabulary/{name}") or {}).get(section) or []:
            terms = entry.get("terms")
            if not isinstance(terms, dict) or not terms.get("en"):
                continue
            missing = [lang for lang in LANGUAGES[1:] if not terms.get(lang)]
            if missing:
                out.append(f"{name}/{entry['id']}: {', '.join(missing)}")
    return out


def test_every_compared_concept_has_terms_in_all_six_languages() -> None:
    assert _untranslated() == []


def _ids(text: str, kind: FactKind, language: str) -> set[str]:
    document = document_from_text(text, f"IFU_{language}.md", language=language)
    found = [f for f in extract(document) if f.kind is kind]
    for fact in found:
        assert " ".join(fact.location.quote.split()) in " ".join(document.text.split())
    return {f.value.id for f in found}


CONTRA = {"en": "Contraindications", "fr": "Contre-indications", "de": "Kontraindikationen",
          "it": "Controindicazioni", "es": "Contraindicaciones", "nl": "Contra-indicaties"}
INDIC = {"en": "Indications", "fr": "Indications", "de": "Indikationen", "it": "Indicazioni",
         "es": "Indicaciones", "nl": "Indicaties"}
PURPOSE = {"en": "Intended use", "fr": "Destination", "de": "Zweckbestimmung",
           "it": "Destinazione d'uso", "es": "Uso previsto", "nl": "Beoogd gebruik"}
TITLE = {"en": "Instructions for use", "fr": "Notice d'utilisation", "de": "Gebrauchsanweisung",
         "it": "Istruzioni per l'uso", "es": "Instrucciones de uso", "nl": "Gebruiksaanwijzing"}


# --- class 1: a structure of the nervous system is not neurosurgery ----------------------------

@pytest.mark.parametrize(("language", "item"), [
    ("en", "Spinal cord injury at levels T4 to L5"),
    ("en", "Disorders of the central nervous system"),
    ("en", "Tumours of the nervous system"),
    ("fr", "Lésion de la moelle épinière de niveau T4 à L5"),
    ("de", "Verletzung des Rückenmarks"),
    ("it", "Lesione del midollo spinale"),
    ("es", "Lesión de la médula espinal"),
    ("nl", "Letsel van het ruggenmerg"),
])
def test_a_condition_of_the_nervous_system_is_not_neurosurgery(language, item) -> None:
    text = f"# {TITLE[language]}\n\n## {CONTRA[language]}\n- {item}\n"
    assert "neurosurgery" not in _ids(text, FactKind.CONTRAINDICATION, language)


@pytest.mark.parametrize(("language", "item"), [
    ("en", "Cerebrospinal fluid leak or recent cranial surgery"),
    ("en", "Recent craniotomy"),
    ("fr", "Fuite de liquide céphalorachidien ou chirurgie crânienne récente"),
    ("de", "Liquorleck oder kürzlich erfolgte Schädeloperation"),
    ("de", "Zustand nach Kraniotomie"),
    ("it", "Perdita di liquido cerebrospinale o recente chirurgia cranica"),
    ("es", "Fuga de líquido cefalorraquídeo o cirugía craneal reciente"),
    ("nl", "Lekkage van hersenvocht of recente schedeloperatie"),
    ("en", "Use in neurosurgical procedures or in contact with nervous tissue"),
    ("fr", "Utilisation en neurochirurgie"),
])
def test_cranial_surgery_is_neurosurgery_in_every_language(language, item) -> None:
    text = f"# {TITLE[language]}\n\n## {CONTRA[language]}\n- {item}\n"
    assert "neurosurgery" in _ids(text, FactKind.CONTRAINDICATION, language)


# --- class 2: known sensitivity / hypersensitivity to a material ------------------------------

@pytest.mark.parametrize(("language", "item"), [
    ("en", "Known sensitivity to silver or to any component of the dressing"),
    ("en", "Known hypersensitivity to bovine collagen"),
    ("fr", "Sensibilité connue à l'argent ou à l'un des composants du pansement"),
    ("fr", "Sensibilité connue au collagène bovin"),
    ("fr", "Hypersensibilité à l'argent"),
    ("de", "Bekannte Überempfindlichkeit gegen Silber"),
    ("de", "Überempfindlichkeit gegenüber Rinderkollagen"),
    ("de", "Unverträglichkeit gegen Bestandteile des Verbands"),
    ("it", "Sensibilità nota all'argento o a uno dei componenti della medicazione"),
    ("it", "Ipersensibilità al collagene bovino"),
    ("es", "Sensibilidad conocida a la plata o a cualquiera de los componentes del apósito"),
    ("es", "Hipersensibilidad conocida al colágeno bovino"),
    ("nl", "Bekende gevoeligheid voor zilver of voor een van de componenten van het verband"),
    ("nl", "Overgevoeligheid voor runderkollageen"),
])
def test_material_sensitivity_in_every_language(language, item) -> None:
    text = f"# {TITLE[language]}\n\n## {CONTRA[language]}\n- {item}\n"
    assert "material_allergy" in _ids(text, FactKind.CONTRAINDICATION, language)


@pytest.mark.parametrize(("language", "item"), [
    ("en", "Reduced sensitivity to pain or heat"),
    ("en", "Patients who cannot tolerate a mask"),
    ("fr", "Sensibilité réduite à la douleur"),
    ("de", "Unverträglichkeit gegen Antikoagulanzien"),
])
def test_other_sensitivities_are_no_material_allergy(language, item) -> None:
    text = f"# {TITLE[language]}\n\n## {CONTRA[language]}\n- {item}\n"
    assert "material_allergy" not in _ids(text, FactKind.CONTRAINDICATION, language)


# --- class 3: interfaces in every language ----------------------------------------------------

@pytest.mark.parametrize(("language", "sentence", "expected"), [
    ("de", "Die Therapie erfolgt über Nasenprongs.", "nasal_cannula"),
    ("de", "Die Therapie erfolgt über nasale Prongs.", "nasal_cannula"),
    ("de", "Die Therapie erfolgt über eine Nasenbrille.", "nasal_cannula"),
    ("nl", "De therapie wordt toegediend via neusprongs of een neuscanule.", "nasal_cannula"),
    ("es", "La terapia se administra mediante puntas nasales.", "nasal_cannula"),
    ("it", "La terapia viene somministrata tramite prong nasali.", "nasal_cannula"),
    ("nl", "De beademing gebeurt via een neusmasker of volgelaatsmasker.", "mask"),
    ("es", "La ventilación se realiza con máscara facial completa.", "mask"),
    ("it", "La ventilazione avviene tramite maschera oronasale.", "mask"),
    ("de", "Die Beatmung erfolgt über eine Full-Face-Maske.", "mask"),
    ("nl", "Voor patiënten met een endotracheale tube.", "endotracheal_tube"),
    ("es", "Para pacientes con tubo traqueal.", "endotracheal_tube"),
    ("nl", "Voor patiënten met een tracheacanule.", "tracheostomy"),
    ("it", "Per pazienti con cannula tracheale.", "tracheostomy"),
    ("it", "La terapia si somministra tramite boccaglio.", "mouthpiece"),
    ("es", "La terapia se administra mediante boquilla.", "mouthpiece"),
    ("nl", "De therapie wordt toegediend via een mondstuk.", "mouthpiece"),
    ("it", "La ventilazione avviene tramite casco.", "helmet"),
    ("es", "La ventilación se realiza con casco.", "helmet"),
    ("nl", "De beademing gebeurt via een beademingshelm.", "helmet"),
    ("de", "Die Beatmung erfolgt als Helmbeatmung.", "helmet"),
    ("de", "Die Therapie erfolgt über Nasalprongs.", "nasal_cannula"),
    ("en", "The therapy is delivered via nasal pillows.", "mask"),
    ("fr", "La thérapie est délivrée par des coussinets narinaires.", "mask"),
    ("de", "Die Therapie erfolgt über eine Nasenpolstermaske.", "mask"),
    ("nl", "De therapie wordt toegediend via neuskussentjes.", "mask"),
])
def test_interfaces_in_every_language(language, sentence, expected) -> None:
    text = f"# {TITLE[language]}\n\n## {PURPOSE[language]}\n{sentence}\n"
    assert expected in _ids(text, FactKind.INTERFACE, language)


# --- class 4: an emergency department is no emergency presentation ---------------------------

@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "CardioPump is indicated for high-risk PCI in haemodynamically stable patients with severe "
           "coronary artery disease, in the catheterisation laboratory or emergency department."),
    ("en", "CardioPump is indicated for high-risk PCI in patients with coronary artery disease when "
           "emergency cardiac surgery is available on site."),
    ("de", "CardioPump ist indiziert für Hochrisiko-PCI bei Patienten mit schwerer koronarer "
           "Herzkrankheit im Herzkatheterlabor oder in der Notfallaufnahme."),
    ("fr", "CardioPump est indiqué pour l'ICP à haut risque chez les patients atteints de maladie "
           "coronaire, en salle de cathétérisme ou au service des urgences."),
    ("es", "CardioPump está indicado para ICP de alto riesgo en pacientes con enfermedad coronaria, "
           "en el laboratorio de hemodinámica o en el servicio de urgencias."),
])
def test_emergency_department_is_no_qualifier(language, sentence) -> None:
    text = f"# {TITLE[language]}\n\n## {INDIC[language]}\n{sentence}\n"
    assert _ids(text, FactKind.INDICATION, language) == {"coronary_artery_disease@high_surgical_risk"}


@pytest.mark.parametrize(("language", "sentence"), [
    ("en", "CardioPump is indicated for urgent high-risk PCI in patients with coronary artery disease."),
    ("de", "CardioPump ist indiziert für dringliche Hochrisiko-PCI bei Patienten mit KHK."),
    ("de", "CardioPump ist indiziert bei dringender Hochrisiko-PCI bei Patienten mit koronarer Herzerkrankung."),
    ("fr", "CardioPump est indiqué pour l'ICP urgente à haut risque chez les patients atteints de coronaropathie."),
    ("it", "CardioPump è indicato per PCI urgente ad alto rischio chirurgico nei pazienti con coronaropatia."),
])
def test_urgent_pci_keeps_its_qualifier(language, sentence) -> None:
    text = f"# {TITLE[language]}\n\n## {INDIC[language]}\n{sentence}\n"
    found = _ids(text, FactKind.INDICATION, language)
    assert "coronary_artery_disease@emergency" in found


@pytest.mark.parametrize(("language", "phrase"), [
    ("de", "schwerer koronarer Herzkrankheit"), ("de", "koronarer Herzerkrankung"), ("de", "KHK"),
    ("fr", "maladie coronaire"), ("es", "enfermedad de las arterias coronarias"),
    ("nl", "coronaire hartziekte"), ("it", "malattia coronarica"),
])
def test_coronary_artery_disease_in_every_language(language, phrase) -> None:
    text = f"# {TITLE[language]}\n\n## {INDIC[language]}\n- {phrase}\n"
    assert "coronary_artery_disease" in _ids(text, FactKind.INDICATION, language)


# --- LA001 end to end: faithful translations agree, real differences still fire -------------

def _la001(tmp_path: Path, files: dict[str, str]):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return [f for f in run_check([tmp_path], workers=1, select={"LA001"}).findings]


def _ifu(language: str, contraindications: list[str], purpose: str = "") -> str:
    text = f"# {TITLE[language]} – ArgentoFoam\n\n"
    if purpose:
        text += f"## {PURPOSE[language]}\n{purpose}\n\n"
    text += f"## {CONTRA[language]}\n" + "".join(f"- {c}\n" for c in contraindications)
    return text


SILVER = {
    "en": ["Known sensitivity to silver or to any component of the dressing", "Third-degree burns"],
    "fr": ["Sensibilité connue à l'argent ou à l'un des composants du pansement", "Brûlures du troisième degré"],
    "de": ["Bekannte Überempfindlichkeit gegen Silber oder einen der Bestandteile des Verbands",
           "Verbrennungen dritten Grades"],
    "it": ["Sensibilità nota all'argento o a uno qualsiasi dei componenti della medicazione",
           "Ustioni di terzo grado"],
    "es": ["Sensibilidad conocida a la plata o a cualquiera de los componentes del apósito",
           "Quemaduras de tercer grado"],
    "nl": ["Bekende gevoeligheid voor zilver of voor een van de componenten van het verband",
           "Derdegraads brandwonden"],
}


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_translated_material_sensitivity_agrees(tmp_path, language) -> None:
    findings = _la001(tmp_path, {"IFU_en.md": _ifu("en", SILVER["en"]),
                                 f"IFU_{language}.md": _ifu(language, SILVER[language])})
    assert not [f for f in findings if "contraindications" in f.message]


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_translation_dropping_the_allergy_still_fires(tmp_path, language) -> None:
    findings = _la001(tmp_path, {"IFU_en.md": _ifu("en", SILVER["en"] + ["Pneumothorax"]),
                                 f"IFU_{language}.md": _ifu(language, SILVER[language][1:] + ["Pneumothorax"])})
    assert any(f.severity.value == "major" and "allergy" in f.message for f in findings)


CPAP = {
    "en": ("Cerebrospinal fluid leak or recent cranial surgery", "Pneumothorax",
           "SomnoAir is used with a nasal mask or nasal prongs."),
    "fr": ("Fuite de liquide céphalorachidien ou chirurgie crânienne récente", "Pneumothorax",
           "SomnoAir s'utilise avec un masque nasal ou des canules nasales."),
    "de": ("Liquorleck oder kürzlich erfolgte Schädeloperation", "Pneumothorax",
           "SomnoAir wird mit einer Nasenmaske oder Nasenprongs verwendet."),
    "it": ("Perdita di liquido cerebrospinale o recente chirurgia cranica", "Pneumotorace",
           "SomnoAir si utilizza con una maschera nasale o prong nasali."),
    "es": ("Fuga de líquido cefalorraquídeo o cirugía craneal reciente", "Neumotórax",
           "SomnoAir se utiliza con una mascarilla nasal o puntas nasales."),
    "nl": ("Lekkage van hersenvocht of recente schedeloperatie", "Pneumothorax",
           "SomnoAir wordt gebruikt met een neusmasker of neusprongs."),
}


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_translated_cpap_ifu_agrees(tmp_path, language) -> None:
    en, other = CPAP["en"], CPAP[language]
    findings = _la001(tmp_path, {"IFU_en.md": _ifu("en", list(en[:2]), en[2]),
                                 f"IFU_{language}.md": _ifu(language, list(other[:2]), other[2])})
    assert not [f for f in findings if f.severity.value == "major"], [f.message for f in findings]


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_translation_adding_a_helmet_still_fires(tmp_path, language) -> None:
    helmet = {"fr": " ou un casque", "de": " oder einen Beatmungshelm", "it": " o un casco",
              "es": " o un casco", "nl": " of een beademingshelm"}[language]
    en, other = CPAP["en"], CPAP[language]
    findings = _la001(tmp_path, {"IFU_en.md": _ifu("en", list(en[:2]), en[2]),
                                 f"IFU_{language}.md": _ifu(language, list(other[:2]),
                                                            other[2].rstrip(".") + helmet + ".")})
    assert any(f.severity.value == "major" and "helmet" in f.message for f in findings)


@pytest.mark.parametrize("language", LANGUAGES[1:])
def test_translation_dropping_cranial_surgery_still_fires(tmp_path, language) -> None:
    en, other = CPAP["en"], CPAP[language]
    findings = _la001(tmp_path, {"IFU_en.md": _ifu("en", ["Raised intracranial pressure", *en[:2]], en[2]),
                                 f"IFU_{language}.md": _ifu(language, [other[1]], other[2])})
    assert any(f.severity.value == "major" and "neurosurgery" in f.message for f in findings)
