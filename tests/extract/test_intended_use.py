"""Intended purpose, indications, contraindications, interfaces and warnings on varied phrasings."""

from __future__ import annotations

import pytest

from panelproof.extract.intended_use import extract, heading_kinds
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text


def facts_of(text: str, kind: FactKind, language: str = "en", path: str = "IFU_en.md"):
    document = document_from_text(text, path, language=language)
    found = [f for f in extract(document) if f.kind is kind]
    for fact in found:  # provenance: every quote is verbatim document text
        assert " ".join(fact.location.quote.split()) in " ".join(document.text.split())
    return found


def ids(text: str, kind: FactKind, **kw) -> set[str]:
    return {f.value.id for f in facts_of(text, kind, **kw) if not getattr(f.value, "negated", False)
            or f.value.id == "none"}


# --- headings -------------------------------------------------------------------------------

@pytest.mark.parametrize("heading, kind", [
    ("Indications", "indications"),
    ("3.2 Indications for use", "indications"),
    ("Indications for use of the software", "indications"),
    ("Indication(s) and target population(s)", "indications"),
    ("Clinical indications", "indications"),
    ("Intended use and indications", "indications"),
    ("Indications d'utilisation", "indications"),
    ("Anwendungsgebiete", "indications"),
    ("Indikationen", "indications"),
    ("Contraindications", "contraindications"),
    ("2.3 Contra-indications and limitations", "contraindications"),
    ("Contre-indications", "contraindications"),
    ("Gegenanzeigen", "contraindications"),
    ("Zweckbestimmung", "intended_purpose"),
    ("Usage prévu", "intended_purpose"),
    ("B. Device description and intended purpose", "intended_purpose"),
    # mixed roman, letter and arabic numbering
    ("III.2 Contraindications", "contraindications"),
    ("B.2 Contraindications", "contraindications"),
    ("IV Contraindications", "contraindications"),
    ("2.a) Indications", "indications"),
    # chapter-section numbering with a hyphen ("2-5", as in Japanese documents)
    ("2-5 Contraindications", "contraindications"),
    ("3-1 Intended Purpose", "intended_purpose"),
    ("4–2 Indications", "indications"),
    ("Warnings and precautions", "warnings"),
    ("Mises en garde", "warnings"),
    ("Warnhinweise", "warnings"),
    # a summary or an assessment of a section is that section
    ("1 Summary of the intended purpose as assessed", "intended_purpose"),
    ("Review of the indications", "indications"),
    ("Zusammenfassung der Zweckbestimmung", "intended_purpose"),
    ("Résumé de la destination", "intended_purpose"),
])
def test_heading_kinds(heading: str, kind: str) -> None:
    assert kind in heading_kinds(heading)


@pytest.mark.parametrize("heading", ["Alarm indications", "Indication of battery status",
                                     "Status indicators", "Literature review", "Device description",
                                     "Summary of the indication of battery status",
                                     "Summary of safety and clinical performance"])
def test_headings_that_announce_no_indications(heading: str) -> None:
    assert not heading_kinds(heading) & {"indications", "contraindications"}


def test_contraindications_heading_is_not_indications() -> None:
    assert heading_kinds("Contraindications") == frozenset({"contraindications"})


# --- indications ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("## Indications\n- Chronic wounds\n- Diabetic foot ulcers\n", {"chronic_wounds", "diabetic_foot_ulcers"}),
    ("## Indications for use\nThe dressing is indicated for the management of venous leg ulcers and pressure ulcers.\n",
     {"venous_leg_ulcers", "pressure_ulcers"}),
    ("The device is indicated for the treatment of all wound types.\n", {"all_wounds"}),
    ("## Indications d'utilisation\n- Insuffisance respiratoire aiguë\n- BPCO\n", {"respiratory_failure", "copd"}),
    ("## Indikationen\n- Respiratorische Insuffizienz\n- ARDS\n", {"respiratory_failure", "ards"}),
    ("## Anwendungsgebiete\nDas Implantat ist indiziert bei Coxarthrose.\n", {"hip_osteoarthritis"}),
    ("| Indications | Parkinson's disease; essential tremor |\n| --- | --- |\n", {"parkinsons_disease", "essential_tremor"}),
    ("| Indication | Evidence |\n| --- | --- |\n| Severe aortic stenosis | Table 4 |\n", {"aortic_stenosis"}),
    ("## Intended purpose\nNeuroStim is intended for deep brain stimulation in patients with idiopathic Parkinson's disease.\n",
     {"parkinsons_disease"}),
    ("## Indications\n- Weaning from prolonged mechanical ventilation\n", {"text:weaning from prolonged mechanical ventilation"}),
    ("Le dispositif est indiqué pour le traitement des escarres.\n", {"pressure_ulcers"}),
    ("## 2.2 Indication(s) and target population(s)\nPartially edentulous adults who need a single-tooth restoration.\n",
     {"edentulism"}),
])
def test_indications(text: str, expected: set[str]) -> None:
    assert ids(text, FactKind.INDICATION) == expected


@pytest.mark.parametrize("text", [
    "## Indications\nThe device is indicated for the following conditions:\n",
    "## Alarm indications\n- Low battery\n- Disconnection\n",
    "## Literature review\nThe study included patients with COPD and ARDS.\n",
    "The ventilator is not indicated for neonates.\n",
    "## Indications\n- Adults and adolescents from 12 years\n",
])
def test_not_indications(text: str) -> None:
    assert ids(text, FactKind.INDICATION) == set()


# --- contraindications ----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("## Contraindications\n- Untreated pneumothorax\n- Raised intracranial pressure\n",
     {"pneumothorax", "raised_intracranial_pressure"}),
    ("## Contre-indications\n- Pneumothorax non traité\n- Hypertension intracrânienne\n",
     {"pneumothorax", "raised_intracranial_pressure"}),
    ("## Kontraindikationen\n- Unbehandelter Pneumothorax\n- Erhöhter Hirndruck\n",
     {"pneumothorax", "raised_intracranial_pressure"}),
    ("The implant is contraindicated in patients with active infection or severe osteoporosis.\n",
     {"implant_site_infection", "insufficient_bone"}),
    ("Do not use the device in patients with known hypersensitivity to polyurethane.\n", {"material_allergy"}),
    ("## Contraindications\n- Patients who cannot tolerate a mask\n", {"text:who cannot tolerate a mask"}),
    ("## Gegenanzeigen\n| Gegenanzeige | Grund |\n| --- | --- |\n| Schwangerschaft | keine Daten |\n", {"pregnancy"}),
    ("## Contraindications\nThere are no known contraindications.\n", {"none"}),
    ("## Contraindications\nNone known.\n", {"none"}),
    ("Contraindications: none.\n", {"none"}),
    ("## Contre-indications\nAucune contre-indication connue.\n", {"none"}),
    ("## Gegenanzeigen\nKeine Kontraindikationen bekannt.\n", {"none"}),
    ("## Contraindications\nThere are no contraindications for the use of the device.\n", {"none"}),
])
def test_contraindications(text: str, expected: set[str]) -> None:
    assert ids(text, FactKind.CONTRAINDICATION) == expected


@pytest.mark.parametrize("text", [
    "No contraindications were observed in the study.\n",
    "## Clinical data\nNo contraindications have been reported in the literature.\n",
    "There are no contraindications other than those listed in section 4.\n",
    "Aucune contre-indication n'a été observée au cours de l'étude.\n",
    "In der Studie wurden keine Kontraindikationen beobachtet.\n",
    "## Contraindications\nDo not use the device in patients with:\n",
])
def test_not_no_contraindications(text: str) -> None:
    assert "none" not in ids(text, FactKind.CONTRAINDICATION)
    assert ids(text, FactKind.CONTRAINDICATION) == set()


# --- intended purpose -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "## Intended purpose\nThe AirVent 60 provides ventilatory support to adults.\n",
    "AirVent 60 is intended for the ventilation of adults.\n",
    "The system is designed to deliver insulin subcutaneously.\n",
    "Le dispositif est destiné à la ventilation des adultes.\n",
    "Das Gerät ist zur Beatmung von Erwachsenen bestimmt.\n",
    "Das Implantat ist für die Versorgung zahnloser Kiefer vorgesehen.\n",
    "## Zweckbestimmung\nBeatmung erwachsener Patienten in Kliniken.\n",
    "## 2.1 Usage prévu\nVentilation invasive et non invasive des adultes.\n",
    "The pumps are intended to be used for continuous infusion.\n",
    "## Destination\nHydroHeal est un pansement pour plaies chroniques.\n",
])
def test_intended_purpose(text: str) -> None:
    assert facts_of(text, FactKind.INTENDED_PURPOSE)


@pytest.mark.parametrize("text", [
    "This report is intended to summarise the clinical data.\n",
    "This document is intended for the Notified Body.\n",
    "The study is intended to confirm safety.\n",
    "Ce rapport est destiné à l'organisme notifié.\n",
    "## Literature\nThe device is intended for adults.\n",
])
def test_not_intended_purpose(text: str) -> None:
    assert not facts_of(text, FactKind.INTENDED_PURPOSE)


# --- interfaces -----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The ventilator is intended for ventilation via face mask, endotracheal tube or tracheostomy.\n",
     {"mask", "endotracheal_tube", "tracheostomy"}),
    ("## Intended purpose\nFor non-invasive ventilation (NIV) and for intubated patients.\n", {"mask", "endotracheal_tube"}),
    ("## Modes of use\n- Invasive ventilation via ETT\n- Tracheostomised patients\n", {"endotracheal_tube", "tracheostomy"}),
    ("Le ventilateur est destiné à la ventilation par masque ou sonde d'intubation.\n", {"mask", "endotracheal_tube"}),
    ("Das Gerät ist zur Beatmung über Maske, Endotrachealtubus oder Tracheostoma bestimmt.\n",
     {"mask", "endotracheal_tube", "tracheostomy"}),
    ("## Zweckbestimmung\nBeatmung tracheotomierter Patienten.\n", {"tracheostomy"}),
    ("The pump is intended for intravenous and subcutaneous infusion.\n", {"intravenous", "subcutaneous"}),
    ("## Patient interfaces\n| Interface | Size |\n| --- | --- |\n| Nasal mask | S, M, L |\n| Nasal cannula | one size |\n",
     {"mask", "nasal_cannula"}),
    ("## Cleaning\nClean the mask after each use.\n", set()),
    ("## Literature\nPatients were intubated in 12 studies.\n", set()),
])
def test_interfaces(text: str, expected: set[str]) -> None:
    assert ids(text, FactKind.INTERFACE) == expected


def test_interface_negated() -> None:
    found = facts_of("The device is intended for mask ventilation; it is not intended for use with "
                     "endotracheal tubes.\n", FactKind.INTERFACE)
    assert {(f.value.id, f.value.negated) for f in found} == {("mask", False), ("endotracheal_tube", True)}


# --- warnings -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("## Warnings\n- Keep an alternative means of ventilation available.\n", {"alternative_ventilation"}),
    ("WARNING: Do not use in the MRI environment.\n", {"mri_safety"}),
    ("Caution: for single use only. Do not reuse.\n", {"single_use"}),
    ("## Avertissements\n- Ne pas réutiliser. Dispositif à usage unique.\n", {"single_use"}),
    ("## Mises en garde\n- Ne pas utiliser en présence d'anesthésiques inflammables.\n", {"flammable_anaesthetics"}),
    ("## Warnhinweise\n- Nicht in der MR-Umgebung verwenden.\n", {"mri_safety"}),
    ("ACHTUNG: Brandgefahr! Von offenen Flammen fernhalten.\n", {"oxygen_fire_hazard"}),
    ("## Precautions\n| Precaution | Reason |\n| --- | --- |\n| Set the alarm limits for every patient | safety |\n",
     {"alarm_settings"}),
    ("## Warnings\n- Check the patient's skin under the dressing daily.\n", {"text:check the patient's skin under the dressing daily"}),
    ("## Warnings and precautions\nThe patient must be continuously monitored.\n", {"continuous_monitoring"}),
])
def test_warnings(text: str, expected: set[str]) -> None:
    assert ids(text, FactKind.WARNING) == expected


@pytest.mark.parametrize("text", [
    "## Description\nThe device has a battery.\n",
    "Warning!\n",
    "## Warnings\nObserve the following warnings:\n",
])
def test_not_warnings(text: str) -> None:
    assert ids(text, FactKind.WARNING) == set()


def test_inline_enumeration_in_contraindications_paragraph() -> None:
    text = ("## 4. Contraindications\nDo not use the device in case of: untreated tension pneumothorax; "
            "severe facial trauma.\n")
    assert ids(text, FactKind.CONTRAINDICATION) == {"pneumothorax", "text:severe facial trauma"}


def test_single_item_after_colon() -> None:
    text = "## C. Contraindications\nDo not use the device in case of: enteral feeding.\n"
    assert ids(text, FactKind.CONTRAINDICATION) == {"text:enteral feeding"}


# --- "no contraindications" as labelling vs as an observation --------------------------------

@pytest.mark.parametrize("text", [
    "## Contraindications\n\nNo contraindications have been identified.\n",
    "## Safety information\n\nNo contraindications have been established for this device.\n",
    "## Contre-indications\n\nAucune contre-indication n'a été identifiée.\n",
    "## Gegenanzeigen\n\nEs wurden keine Kontraindikationen festgestellt.\n",
])
def test_no_contraindications_identified_is_none(text):
    assert ids(text, FactKind.CONTRAINDICATION) == {"none"}


@pytest.mark.parametrize("text", [
    "## Results\n\nNo contraindications were observed in the study.\n",
    "## Summary of safety\n\nNo contraindications were reported by the investigators.\n",
    "## Sicherheit\n\nEs wurden keine Kontraindikationen beobachtet.\n",
    "## Sécurité\n\nAucune contre-indication n'a été observée.\n",
    "## Contraindications\n\nNo contraindications other than those listed below.\n",
])
def test_no_contraindications_observed_is_not_none(text):
    assert "none" not in ids(text, FactKind.CONTRAINDICATION)


# --- qualifiers that make a distinct indication ----------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("## Indications\n\n- severe aortic stenosis at intermediate surgical risk\n"
     "- severe aortic stenosis at high surgical risk\n",
     {"aortic_stenosis@intermediate_surgical_risk", "aortic_stenosis@high_surgical_risk"}),
    ("## Indications\n\n| Indication | Evidence |\n|---|---|\n"
     "| Aortic stenosis in patients at high or intermediate risk for surgery | PARTNER 2 |\n",
     {"aortic_stenosis@intermediate_surgical_risk", "aortic_stenosis@high_surgical_risk"}),
    ("## Indikationen\n\nIndiziert bei: Aortenstenose mit mittlerem Operationsrisiko; "
     "Aortenstenose bei inoperablen Patienten.\n",
     {"aortic_stenosis@intermediate_surgical_risk", "aortic_stenosis@prohibitive_surgical_risk"}),
    ("## Indications\n\n- sténose aortique sévère chez les patients à faible risque chirurgical\n",
     {"aortic_stenosis@low_surgical_risk"}),
    # no qualifier: the plain concept ("severe" is no qualifier)
    ("## Indications\n\n- severe aortic stenosis\n", {"aortic_stenosis"}),
    # symptoms are an axis of their own (symptomatic / asymptomatic)
    ("## Indications\n\n- severe symptomatic aortic stenosis\n", {"aortic_stenosis@symptomatic"}),
])
def test_surgical_risk_is_part_of_the_indication(text, expected):
    language = "de" if "Indikationen" in text else "fr" if "sténose" in text else "en"
    assert ids(text, FactKind.INDICATION, language=language) == expected


def test_qualifier_of_one_condition_does_not_spill_onto_the_next():
    text = ("## Indications\n\nIndicated for: aortic stenosis at high surgical risk; "
            "chronic obstructive pulmonary disease.\n")
    assert ids(text, FactKind.INDICATION) == {"aortic_stenosis@high_surgical_risk", "copd"}


# --- a paragraph split by PDF layout is read as one ------------------------------------------

@pytest.mark.parametrize("first, second", [
    ("The X is indicated for: respiratory failure; acute exacerbation of chronic",
     "obstructive pulmonary disease; post-operative respiratory insufficiency."),
    ("Do not use the device in case of: known hypersensitivity to the adhesive; known",
     "hypersensitivity to insulin."),
    ("L'appareil est indiqué dans : insuffisance respiratoire ; bronchopneumopathie chronique",
     "obstructive."),
])
def test_split_paragraph_is_joined(first, second):
    heading = "## Indications" if "indiqu" in first or "indicated" in first else "## Contraindications"
    text = f"{heading}\n\n{first}\n\n{second}\n"
    found = facts_of(text, FactKind.INDICATION if "ndica" in first else FactKind.CONTRAINDICATION,
                     language="fr" if "L'" in first else "en")
    quotes = [f.location.quote for f in found]
    assert not any(q.rstrip().endswith(("chronic", "known", "chronique")) for q in quotes), quotes


def test_finished_paragraphs_are_not_joined():
    text = ("## Indications\n\nIndicated for respiratory failure.\n\n"
            "copd is listed separately in the annex.\n\n## Other\n\nwhatever\n")
    quotes = [f.location.quote for f in facts_of(text, FactKind.INDICATION)]
    assert all("annex" not in q for q in quotes)


# --- lead-ins, label paragraphs and inline labels decide the type of the items ----------------

_COMBINED_EN = """# IFU

## 4 Indications and contraindications

The PulmoCare unit may be used for:

- acute hypoxaemic respiratory failure
- weaning after cardiac surgery

It must not be used in the following situations:

- untreated pneumothorax
- recent upper airway surgery
"""
_COMBINED_FR = """# Notice

## Indications et contre-indications

Le dispositif est indiqué dans les cas suivants :

- insuffisance respiratoire aiguë
- sevrage ventilatoire

Contre-indications :

- pneumothorax non traité
- chirurgie récente des voies aériennes
"""
_COMBINED_DE = """# Gebrauchsanweisung

## Indikationen und Gegenanzeigen

Anwendungsgebiete:

- akute respiratorische Insuffizienz

Das Gerät darf in folgenden Fällen nicht angewendet werden:

- unbehandelter Pneumothorax
- Schwangerschaft
"""


@pytest.mark.parametrize("text, language", [(_COMBINED_EN, "en"), (_COMBINED_FR, "fr"),
                                            (_COMBINED_DE, "de")])
def test_lead_ins_under_a_combined_heading_set_the_item_type(text, language):
    path = f"IFU_{language}.md"
    indications = ids(text, FactKind.INDICATION, language=language, path=path)
    contraindications = ids(text, FactKind.CONTRAINDICATION, language=language, path=path)
    assert "respiratory_failure" in indications
    assert "pneumothorax" in contraindications
    assert "pneumothorax" not in indications and "respiratory_failure" not in contraindications


def test_open_lead_in_without_colon_and_label_paragraphs():
    text = ("# IFU\n\n## Intended purpose\n\nIndications:\n\n- chronic venous leg ulcers\n\n"
            "Not to be used if\n\n- the wound bed is necrotic\n- osteomyelitis is present\n")
    indications = ids(text, FactKind.INDICATION)
    contraindications = ids(text, FactKind.CONTRAINDICATION)
    assert any("ulcer" in i for i in indications)
    assert any("necrotic" in c for c in contraindications) and not any("necrotic" in i for i in indications)


def test_table_label_row_heads_the_rows_below():
    text = ("# IFU\n\n## Indications and contraindications\n\n| Contraindications | |\n|---|---|\n"
            "| Untreated pneumothorax | |\n| Facial burns | |\n")
    assert "pneumothorax" in ids(text, FactKind.CONTRAINDICATION)
    assert "pneumothorax" not in ids(text, FactKind.INDICATION)


@pytest.mark.parametrize("text, language", [
    ("Indications: acute bronchiolitis; hypercapnic COPD exacerbation. Contraindications: "
     "pregnancy; children in whom further growth is expected. Target groups: adults (≥ 18 years).", "en"),
    ("Indications : bronchiolite aiguë ; exacerbation de BPCO. Contre-indications : grossesse ; "
     "enfants en croissance Population cible : adultes de 18 ans et plus", "fr"),
    ("Indikationen: akute Bronchiolitis; COPD-Exazerbation Gegenanzeigen: Schwangerschaft; "
     "Kinder im Wachstum Zielgruppe: Erwachsene ab 18 Jahren", "de"),
])
def test_inline_labels_end_the_previous_items(text, language):
    document = f"# IFU\n\n## Intended purpose\n\n{text}\n"
    path = f"IFU_{language}.md"
    contra = facts_of(document, FactKind.CONTRAINDICATION, language=language, path=path)
    indic = facts_of(document, FactKind.INDICATION, language=language, path=path)
    assert any(f.value.id == "pregnancy" for f in contra)
    assert not any(f.value.id == "pregnancy" for f in indic)
    assert any(f.value.id == "copd" for f in indic)
    for fact in contra + indic:  # no item swallows the next label
        assert not any(word in fact.location.quote for word in ("Target", "Population", "Zielgruppe"))


@pytest.mark.parametrize("sentence", [
    "There are no contraindications for the VentoMax 2.",
    "There are no contraindications to the use of the VentoMax 2.",
    "Es sind keine Kontraindikationen bekannt.",
    "Il n'existe aucune contre-indication connue.",
])
def test_no_contraindications_statements(sentence):
    assert "none" in ids(f"# IFU\n\n## Intended use\n\n{sentence}\n", FactKind.CONTRAINDICATION)


@pytest.mark.parametrize("sentence", [
    "No contraindications were observed in the study.",
    "In the PIVOT trial no contraindications were identified.",
    "No contraindications were identified in the study population.",
])
def test_observed_absence_of_contraindications_is_not_none(sentence):
    assert "none" not in ids(f"# CER\n\n## Clinical data\n\n{sentence}\n", FactKind.CONTRAINDICATION)


def test_any_label_opening_a_sentence_ends_the_contraindication_items() -> None:
    from panelproof.extract import intended_use
    from panelproof.extract.common import ExtractionContext
    from panelproof.ingest.model import Role
    from panelproof.ingest.text import document_from_text

    text = ("Indications: sinus node dysfunction; AV block. Contraindications: asynchronous "
            "pacing in patients with competing rhythm. Intended users: cardiologists. Use "
            "environment: follow-up in pacemaker clinics and by remote monitoring at home.")
    document = document_from_text(f"# IFU\n\n## Intended purpose\n\n{text}\n", "IFU.md", Role.IFU)
    contraindications = [f.location.quote for f in intended_use.extract(document, ExtractionContext())
                         if f.kind.value == "contraindication"]
    assert contraindications == ["asynchronous pacing in patients with competing rhythm"]


@pytest.mark.parametrize("text", [
    "Grading scheme used for suitability and contribution:",
    "The appraisal method used for the included studies:",
    "The scoring scale designed for weighting the data:",
])
def test_method_lead_in_announces_no_indications(text: str) -> None:
    # The subject is an appraisal method, not the device: its table is no indication list.
    from panelproof.extract.intended_use import lead_in_kinds
    assert lead_in_kinds(text) == frozenset()


@pytest.mark.parametrize("text", [
    "used in Table 5-1 are:",
    "The appraisal codes used in the table below are:",
    "Les abréviations utilisées dans le tableau 3 :",
    "Os códigos utilizados na tabela 5-1 são:",
    "Abbreviations used in Appendix C:",
])
def test_lead_in_pointing_at_a_place_in_the_document_announces_no_indications(text: str) -> None:
    # "The codes used in Table 5-1 are:" introduces a legend (D1 actual device; A2 minor
    # deviation ...), not the conditions the device is used in.
    from panelproof.extract.intended_use import INDICATIONS, lead_in_kinds
    assert INDICATIONS not in (lead_in_kinds(text) or frozenset())


def test_appraisal_code_legend_after_a_broken_line_gives_no_indications() -> None:
    text = ("## 5. Stage 2 - Appraisal\n\nEach data set was appraised against MEDDEV 2.7/1 "
            "rev. 4 Appendix A6. The codes\n\nused in Table 5-1 are:\n\n"
            "- Appropriate device: D1 actual device; D2 comparable device; D3 other device\n"
            "- Appropriate application: A1 same use; A2 minor deviation; A3 major deviation\n"
            "- Appropriate patient group: P1 applicable; P2 limited; P3 different population\n")
    assert facts_of(text, FactKind.INDICATION, path="CER.md") == []


@pytest.mark.parametrize("text", [
    "The device is used in:",
    "The device is suitable for the following patients:",
    "The system is intended for use in:",
    "Indicated for:",
])
def test_device_lead_in_still_announces_indications(text: str) -> None:
    from panelproof.extract.intended_use import lead_in_kinds
    assert lead_in_kinds(text) == frozenset({"indications"})


@pytest.mark.parametrize(("phrase", "expected"), [
    ("active h pylori infection or peptic ulcer", None),  # two conditions, no infected ulcer
    ("infection of the ulcer or of the wound", "infected_ulcer"),
    ("end-stage kidney disease requiring dialysis", "renal_failure"),
])
def test_paraphrased_terms_stay_within_one_coordinated_condition(phrase, expected):
    from panelproof.extract.intended_use import paraphrased_concept
    found = paraphrased_concept(phrase)
    if expected is None:
        assert found != "infected_ulcer"
    else:
        assert found == expected


@pytest.mark.parametrize("heading, kind", [
    ("Annex 1 – Literature search protocol (extract)", "other"),
    ("Annexure 4 Indications", "indications"),
    ("Appendix A Contraindications", "contraindications"),
    ("Anhang 2 Gegenanzeigen", "contraindications"),
])
def test_annex_and_appendix_numbers_are_not_the_heading(heading, kind):
    assert kind in heading_kinds(heading)


@pytest.mark.parametrize("label", ["Exclusion reasons", "Reasons for exclusion", "Exclusion criteria"])
def test_study_selection_labels_in_a_literature_section_are_no_contraindications(label):
    text = ("# Clinical Evaluation Report\n\n## Clinical data\n\nThe search covered 2010 to 2024. "
            f"{label}: animal or bench studies, case reports with fewer than 10 patients.\n")
    assert not facts_of(text, FactKind.CONTRAINDICATION, path="CER.md")


@pytest.mark.parametrize("heading, lead", [
    ("3.2 Methodology of the clinical evaluation", "Databases: Medline and Cochrane. Inclusion criteria: "
                                                   "randomised or cohort studies of the device."),
    ("Data identification", "Search strings were run in PubMed on 02/03/2025."),
])
def test_study_selection_labels_under_a_heading_of_none_of_our_sections_are_no_contraindications(heading, lead):
    text = (f"# Clinical Evaluation Report\n\n## {heading}\n\n{lead} Exclusion criteria: in vitro "
            "or cadaver studies, single case reports, reviews without original data.\n")
    assert not facts_of(text, FactKind.CONTRAINDICATION, path="CER.md")


@pytest.mark.parametrize("heading, body", [
    ("6.1 Literature search methodology", "Searches were run in PubMed and Embase. Inclusion: clinical "
     "studies with 10 patients or more. Exclusion: case reports, animal and bench studies, duplicate cohorts."),
    ("Patient selection", "Inclusion: adults with a first episode. Exclusions: in vitro studies, reviews."),
    ("Recherche bibliographique", "Inclusion : études cliniques. Exclusion : études animales, cas isolés."),
    ("Literaturrecherche", "Einschluss: klinische Studien. Ausschluss: Tierstudien, Fallberichte."),
])
def test_a_bare_exclusion_label_after_an_inclusion_label_selects_studies(heading, body):
    """"Inclusion: ... Exclusion: ..." is a selection pair, like "Exclusion criteria": what it
    excludes are studies or subjects, not the device's contraindications."""
    text = f"# Clinical Evaluation Report\n\n## {heading}\n\n{body}\n"
    assert not facts_of(text, FactKind.CONTRAINDICATION, path="CER.md")


def test_a_bare_exclusions_label_without_an_inclusion_label_is_still_read():
    text = "# IFU\n\n## Contraindications\n\nExclusions: pregnancy; active infection at the implant site.\n"
    assert facts_of(text, FactKind.CONTRAINDICATION, path="IFU.md")


def test_exclusion_criteria_in_an_intended_purpose_stay_contraindications():
    text = ("# Clinical Evaluation Report\n\n## Intended purpose\n\nTarget population: adults with "
            "chronic wounds. Exclusion criteria: pregnancy; active infection of the wound.\n")
    assert facts_of(text, FactKind.CONTRAINDICATION, path="CER.md")


def test_an_exposure_to_avoid_is_never_an_indication():
    text = ("# CEAR\n\n## Intended purpose\n\nThalamotomy by MR-guided focused ultrasound in adults with "
            "essential tremor. The treatment is performed in a hospital equipped with a compatible "
            "MR scanner.\n\n## Contraindications\n\n- MRI other than head MRI\n")
    assert "mri" not in ids(text, FactKind.INDICATION, path="CEAR.md")
    assert "mri" in ids(text, FactKind.CONTRAINDICATION, path="CEAR.md")


def test_a_not_studied_label_ends_the_contraindications():
    text = ("# CER\n\n## Intended purpose\n\nTreatment of overactive bladder in adults. Contraindications: "
            "implanted cardiac pacemaker; pregnancy; need for shortwave diathermy. Not studied and therefore "
            "not included: neurogenic bladder, primary stress urinary incontinence.\n")
    found = ids(text, FactKind.CONTRAINDICATION, path="CER.md")
    assert "diathermy" in found
    assert not any("incontinence" in i or "neurogenic" in i for i in found)


@pytest.mark.parametrize(("heading", "body", "language", "expected"), [
    ("Chapter 2 Object patient", "Adult patients undergoing thyroid surgery under general anaesthesia "
     "with endotracheal intubation.", "en", "endotracheal"),
    ("Patient population", "Adults and children of 10 kg or more ventilated through a tracheostomy tube.",
     "en", "tracheostomy"),
    ("Population cible", "Adultes ventilés par masque facial ou par sonde d'intubation.", "fr", "mask"),
    # a population title of the document's own language (population_quantities.yaml)
    ("2. Patientpopulation", "Voksne patienter, der gennemgår kirurgi i generel anæstesi med intubation.", "da",
     "endotracheal"),
    ("2. Populacja pacjentów", "Dorośli pacjenci poddawani operacji w znieczuleniu ogólnym, intubacja.", "pl",
     "endotracheal"),
])
def test_interfaces_named_in_the_target_population_section(heading, body, language, expected):
    """Where the population section names the interface, it is stated like one in the indications:
    the same sentence under "Object patient and indication" in the CER was read, under "Object
    patient" in the IFU it was not, and IU003 reported a difference."""
    document = document_from_text(f"# {heading}\n\n{body}\n", f"IFU_{language}.md", language=language)
    ids = {f.value.id for f in extract(document) if f.kind is FactKind.INTERFACE and not f.value.negated}
    assert any(expected in i for i in ids), ids


@pytest.mark.parametrize("label", ["Intended users and use environment", "Intended user and use environment"])
def test_a_five_word_label_ends_the_contraindications_before_it(label):
    """"Intended users and use environment: interventional cardiologists ..., in a catheterisation
    laboratory" after the contraindication items is a section of its own, not more items."""
    text = ("# CER\n\n## 2 Intended purpose\n\nContraindications:\n\n- Active infection\n- Pregnancy\n\n"
            f"{label}: interventional cardiologists with documented training, in a catheterisation laboratory.\n")
    quotes = [f.location.quote for f in facts_of(text, FactKind.CONTRAINDICATION, path="CER.md")]
    assert quotes and not any("cardiologists" in q or "laboratory" in q for q in quotes)


def test_a_term_naming_a_clinic_is_no_contraindication():
    """"Follow-up in pacemaker clinics" after a contraindication list names where follow-up
    happens; an implanted pacemaker is a contraindication only as the patient's own device."""
    text = ("# CEP\n\n## Intended purpose\n\nContraindications:\n\n- Unipolar pacing in patients with an "
            "implanted ICD\n\nImplantation by cardiologists in a catheterisation laboratory; follow-up in "
            "pacemaker clinics and by remote monitoring.\n")
    quotes = [f.location.quote for f in facts_of(text, FactKind.CONTRAINDICATION, path="CEP.md")]
    assert not any(q.strip().lower() == "pacemaker" for q in quotes), quotes
    text = "# IFU\n\n## Contraindications\n\n- Patients with an implanted pacemaker\n"
    assert "implanted_electronic_device" in ids(text, FactKind.CONTRAINDICATION, path="IFU.md")


@pytest.mark.parametrize(("text", "language"), [
    ("Personer med type 1- eller type 2-diabetes.", "da"),
    ("Personer med typ 1- eller typ 2-diabetes.", "sv"),
    ("Personer med type 1- eller type 2-diabetes.", "no"),
])
def test_numbered_types_coordinated_in_nordic_languages(text, language):
    found = ids(f"# IFU\n\n## Indications\n\n{text}\n", FactKind.INDICATION, language=language,
                path=f"IFU_{language}.md")
    assert {"diabetes_type_1", "diabetes_type_2"} <= found
