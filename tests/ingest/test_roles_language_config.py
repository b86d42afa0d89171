"""Roles (title, file name), languages, dossier.yaml."""

from __future__ import annotations

import pytest

from panelproof.ingest import DossierConfigError, load_dossier
from panelproof.ingest.language import language_from_file_name, language_from_text
from panelproof.ingest.model import Role
from panelproof.ingest.roles import detect_role, file_name_tokens, role_from_file_name
from panelproof.ingest.text import document_from_text


def doc(title: str, path: str = "document.md", body: str = "Some body text.") -> object:
    return document_from_text(f"# {title}\n\n{body}\n", path)


@pytest.mark.parametrize("title, role", [
    ("Clinical Evaluation Report – BreezeLine 40", Role.CER),
    ("Rapport d'évaluation clinique du ventilateur X5", Role.CER),
    ("Klinischer Bewertungsbericht", Role.CER),
    ("Clinical Evaluation Plan", Role.CEP),
    ("Plan d'évaluation clinique", Role.CEP),
    ("Klinischer Bewertungsplan für das X5", Role.CEP),
    ("Post-Market Clinical Follow-up (PMCF) Plan", Role.PMCF_PLAN),
    ("PMCF Plan – X5", Role.PMCF_PLAN),
    ("Plan de suivi clinique après commercialisation (SCAC)", Role.PMCF_PLAN),
    ("PMCF Evaluation Report 2024", Role.PMCF_REPORT),
    ("Post-Market Clinical Follow-up Evaluation Report", Role.PMCF_REPORT),
    ("Instructions for Use", Role.IFU),
    ("Notice d'utilisation", Role.IFU),
    ("Mode d'emploi du X5", Role.IFU),
    ("Gebrauchsanweisung", Role.IFU),
    ("SomnoTone Physician's Manual", Role.IFU),
    ("Handleiding voor de arts", Role.IFU),
    ("Manual del médico – sistema X", Role.IFU),
    ("Arzthandbuch", Role.IFU),
    ("Summary of Safety and Clinical Performance", Role.SSCP),
    ("Résumé des caractéristiques de sécurité et des performances cliniques", Role.SSCP),
    ("Kurzbericht über Sicherheit und klinische Leistung", Role.SSCP),
    ("Clinical Evaluation Assessment Report (CEAR)", Role.CEAR),
    ("Risk Management Report", Role.RMF),
    ("Risikomanagementakte", Role.RMF),
    ("Label", Role.LABEL),
])
def test_role_from_title(title, role):
    assert detect_role(doc(title)) == (role, "title")


@pytest.mark.parametrize("name, role", [
    ("CER_v3.pdf", Role.CER), ("IFU_en.docx", Role.IFU), ("ifu-fr.pdf", Role.IFU),
    ("CEAR_NB.docx", Role.CEAR), ("PMCF-plan.pdf", Role.PMCF_PLAN), ("SSCP.md", Role.SSCP),
    ("cep.md", Role.CEP), ("PMCF_report_2024.pdf", Role.PMCF_REPORT),
    ("PMCFER.pdf", Role.PMCF_REPORT), ("Gebrauchsanweisung_de.pdf", Role.IFU),
    ("reports/ClinicalEvaluationReport.pdf", Role.CER), ("RMF.docx", Role.RMF),
    ("IFU/manual_fr.pdf", Role.IFU),
    ("SomnoTone_PhysicianManual_EN.pdf", Role.IFU), ("X_ManualMedico_ES.pdf", Role.IFU),
    ("X_Handleiding_NL.docx", Role.IFU),
])
def test_role_from_file_name(name, role):
    assert role_from_file_name(name) is role


@pytest.mark.parametrize("name", ["concerns.pdf", "cerebral_study.pdf", "notes.md",
                                  "CEARLY.pdf", "Literature.docx", "cerner_export.pdf"])
def test_file_name_without_role(name):
    assert role_from_file_name(name) is None


def test_cer_inside_cear_is_not_a_cer():
    assert file_name_tokens("CEAR_NB.docx") == ("cear", "nb")
    assert role_from_file_name("CEAR_NB.docx") is Role.CEAR


def test_body_text_does_not_decide_the_role():
    document = doc("Device description", "notes.md",
                   body="This section refers to the instructions for use and the clinical "
                        "evaluation report in detail, with many words to make it long enough "
                        "to be a paragraph rather than a title of anything at all.")
    assert detect_role(document) == (Role.UNKNOWN, None)


def test_weak_title_gives_way_to_a_specific_file_name():
    document = doc("Assessment of the clinical evaluation", "CEAR.md")
    assert detect_role(document) == (Role.CEAR, "file name")


def test_title_and_file_name_agree():
    assert detect_role(doc("Instructions for use", "IFU_de.md")) == (Role.IFU, "title and file name")


@pytest.mark.parametrize("name, language", [
    ("IFU_en.docx", "en"), ("ifu-fr.pdf", "fr"), ("IFU.de.pdf", "de"), ("IFU_it_v2.pdf", "it"),
    ("fr/IFU.pdf", "fr"), ("CER_v3.pdf", None), ("plan_de_suivi.pdf", None), ("de.pdf", None),
    ("IFU-014-ES_R2.pdf", "es"), ("IFU_PT_Rev3.pdf", "pt"),
    # an edition or issue after the language: "ed2", "Ed2", "issue3", "edition2"
    ("IFU_CES2_GA_ed2.pdf", "ga"), ("IFU-MW800-SK_Ed2.pdf", "sk"), ("IFU_X_DE_issue3.pdf", "de"),
    ("IFU_X_FR_edition2.pdf", "fr"), ("IFU_X_NL_ver2.docx", "nl"),
    # a model designation, not a language: "PT-7", "ES-400", "DA-3"
    ("CEP-007_Rev2_IschaStop_PT-7.pdf", None), ("CER-014_R2_Sealtron_ES-400.docx", None),
    ("CER-009_R1_Cortexa_DA-3.docx", None),
])
def test_language_from_file_name(name, language):
    assert language_from_file_name(name) == language


@pytest.mark.parametrize("text, language", [
    ("The device is intended for the ventilation of adult patients in intensive care units.",
     "en"),
    ("Le dispositif est destiné à la ventilation des patients adultes en soins intensifs.", "fr"),
    ("Das Gerät ist für die Beatmung erwachsener Patienten auf Intensivstationen bestimmt.",
     "de"),
    ("Short", None),
    ("", None),
])
def test_language_from_text(text, language):
    assert language_from_text(text) == language


def test_language_detected_for_document_and_overridden_by_name(tmp_path):
    folder = tmp_path / "d"
    folder.mkdir()
    german = "Das Gerät ist für die Beatmung erwachsener Patienten auf Intensivstationen bestimmt."
    (folder / "IFU.md").write_text(f"# Gebrauchsanweisung\n\n{german}\n", encoding="utf-8")
    (folder / "IFU_fr.md").write_text(f"# Notice\n\n{german}\n", encoding="utf-8")
    by_path = {d.path: d for d in load_dossier([folder]).documents}
    assert by_path["IFU.md"].language == "de"
    assert by_path["IFU_fr.md"].language == "fr"


CONFIG = """
device:
  name: BreezeLine 40
  aliases: [BL40, "BreezeLine-40"]
  class: IIb
  type: ventilator
documents:
  notes/main.md: {role: CER}
  guide.md: {role: instructions for use, language: de}
  followup.md: PMCF_plan
profile:
  implantable: false
ignore: ["drafts/**", "*.bak.md"]
"""


def test_dossier_yaml(tmp_path):
    folder = tmp_path / "d"
    (folder / "notes").mkdir(parents=True)
    (folder / "drafts").mkdir()
    (folder / "dossier.yaml").write_text(CONFIG, encoding="utf-8")
    (folder / "notes" / "main.md").write_text("# Notes\n\nText.\n", encoding="utf-8")
    (folder / "guide.md").write_text("# Guide\n\nThe device is for adults.\n", encoding="utf-8")
    (folder / "followup.md").write_text("# Follow-up\n\nText.\n", encoding="utf-8")
    (folder / "drafts" / "old.md").write_text("# Old\n", encoding="utf-8")
    (folder / "x.bak.md").write_text("# Old\n", encoding="utf-8")
    dossier = load_dossier([folder])
    config = dossier.config
    assert (config.device_name, config.aliases, config.device_class, config.device_type) == (
        "BreezeLine 40", ("BL40", "BreezeLine-40"), "IIb", "ventilator")
    assert config.profile == {"implantable": False}
    by_path = {d.path: d for d in dossier.documents}
    assert set(by_path) == {"notes/main.md", "guide.md", "followup.md"}
    assert (by_path["notes/main.md"].role, by_path["notes/main.md"].role_basis) == (
        Role.CER, "dossier.yaml")
    assert by_path["guide.md"].role is Role.IFU and by_path["guide.md"].language == "de"
    assert by_path["followup.md"].role is Role.PMCF_PLAN


@pytest.mark.parametrize("text, message", [
    ("device: [unclosed", "not valid YAML"),
    ("documents:\n  CER.pdf: {role: brochure}\n", "unknown role 'brochure'"),
    ("devise: {name: X}\n", "unknown key(s) devise"),
    ("- just\n- a list\n", "must be a mapping"),
    ("documents:\n  IFU.pdf: {language: french}\n", "not a two-letter"),
])
def test_invalid_dossier_yaml(tmp_path, text, message):
    (tmp_path / "dossier.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(DossierConfigError) as error:
        load_dossier([tmp_path])
    assert message in str(error.value)


@pytest.mark.parametrize("section", ["Chapter 3 – State of the art", "3. State of the art",
                                     "III. STATE OF THE ART", "2 Instructions for use"])
def test_numbered_section_heading_is_not_the_title(section):
    # a long title block the role words cannot be read from, then numbered chapters
    title = ("GASTRO-X Endoscopic Suturing System – clinical assessment dossier, reference "
             "GX-01, revision 2 of 10/10/2024, Endoterapia Ibérica S.L., Madrid, Spain, with the "
             "Basic UDI-DI 8434455GXSUT77M")
    document = document_from_text(f"{title}\n\n# Chapter 1 – Device\n\nText.\n\n# {section}\n\n"
                                  "Text.\n", "GX-CER-01_rev2.md")
    assert detect_role(document) == (Role.CER, "file name")
