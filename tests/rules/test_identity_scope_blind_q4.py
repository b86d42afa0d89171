"""Blind-set failure classes: names with model and descriptor, German noun phrases, PMCF study
codes, revision histories, short-term use and renewals of Directive certificates."""

import re

import pytest

from panelproof.extract.documentation import find_references
from panelproof.extract.identity import (common_words_only, strip_descriptors,
                                         trait_short_term_patterns)
from panelproof.ingest.model import Role
from panelproof.rules.identity.ID001_device_name_differs import model_extension_bases


@pytest.mark.parametrize("name, kept", [
    ("CardioLift P5 Percutaneous Heart Pump", "CardioLift P5 Percutaneous Heart Pump"),
    ("AirVent 60 Ventilator", "AirVent 60"),
    ("Spirelle® Detachable Coil System", "Spirelle® Detachable Coil"),
    ("AirVent 60 Instructions for Use", "AirVent 60"),
    ("CardioLift Heart Pump Instructions for Use", "CardioLift Heart Pump"),
])
def test_descriptive_phrases_are_not_cut_before_their_noun(name, kept):
    assert strip_descriptors(name) == kept


@pytest.mark.parametrize("names, linked", [
    (["CardioLift", "CardioLift P5 Percutaneous Heart Pump"], {"CardioLift P5 Percutaneous Heart Pump"}),
    (["MagnoFix", "MagnoFix 3.5 Resorbable Compression Screw"], {"MagnoFix 3.5 Resorbable Compression Screw"}),
    (["Vagalis", "Vagalis V2 Vagus Nerve Stimulation System"], {"Vagalis V2 Vagus Nerve Stimulation System"}),
    (["OrthoLoc", "OrthoLoc 7 Schraubensystem"], {"OrthoLoc 7 Schraubensystem"}),
    # two models of one family stay two devices
    (["CardioLift", "CardioLift P5 Percutaneous Heart Pump", "CardioLift P6 Percutaneous Heart Pump"], set()),
    (["CardioLift", "CardioLift P5 Heart Pump", "CardioLift P6"], set()),
    # a base that already carries a model: "X Pro" and "X Pro 2" are not one device
    (["NeuroStim X Pro", "NeuroStim X Pro 2 Stimulator"], set()),
    # a model alone, without descriptive words, is a variant
    (["Vent", "Vent 2"], set()),
])
def test_model_and_descriptor_extension(names, linked):
    assert set(model_extension_bases(names)) == linked


@pytest.mark.parametrize("text, common", [
    ("Kopflose Schrauben Ø 2,5 mm", True),
    ("Resorbierbare Kompressionsschraube", True),
    ("Kanülierte Knochen-Schraube", True),
    ("MagnoFix Schraube", False),
    ("Spirelle® Spulen", False),
    ("Vent 60", False),
    ("OSTEOFIX Schraube", False),
])
def test_german_common_word_phrases(text, common):
    end = text.index(" Ø") if " Ø" in text else len(text)
    assert common_words_only(text, 0, end) is common


def _roles(text):
    return {r.identifier: r.role for r in find_references(text)}


@pytest.mark.parametrize("text, code", [
    ("Results are in the NOTE-SYNC registry interim report PMCF-CN-R1, 2024 (on file).", "PMCF-CN-R1"),
    ("See the survey protocol PMCF-SV-02 for the questionnaire.", "PMCF-SV-02"),
    ("Les données de l'étude PMCF-ET-01 confirment la sécurité.", "PMCF-ET-01"),
    ("Der Zwischenbericht PMCF-ZB-3 des Registers liegt vor.", "PMCF-ZB-3"),
    ("Data from PMCF-REG-07 registry were analysed.", "PMCF-REG-07"),
])
def test_pmcf_study_codes_are_not_the_plan(text, code):
    assert _roles(text)[code] is None


@pytest.mark.parametrize("text, code", [
    ("PMCF is described in the PMCF plan SEN-PMCF-0100 Rev. B.", "SEN-PMCF-0100"),
    ("The PMCF plan PMCF-004 rev. 2 defines the registry.", "PMCF-004"),
    ("Le plan PMCF PMCF-PL-3 version 2.0 décrit l'étude.", "PMCF-PL-3"),
])
def test_codes_named_as_the_plan_are_the_plan(text, code):
    assert _roles(text)[code] is Role.PMCF_PLAN


@pytest.mark.parametrize("text", [
    "The pump is used for up to 14 days of haemodynamic support.",
    "It remains in place for a maximum of 10 days.",
    "It is intended for temporary haemodynamic support in the catheterisation laboratory.",
    "Short-term use (< 30 days) in patients with cardiogenic shock.",
    "Die Anwendung ist auf bis zu 7 Tage beschränkt.",
    "Utilisation pendant au plus 6 jours.",
    "Supporto emodinamico temporaneo fino alla stabilizzazione.",
    "Duración de uso: hasta 14 días.",
])
def test_short_term_use_is_read(text):
    assert trait_short_term_patterns()["implantable"].search(text)


@pytest.mark.parametrize("text", [
    "The implantation procedure lasts up to 2 hours.",
    "Patients are discharged after up to 5 days.",
    "The device is used for up to 30 days.",
    "The stem remains in the body permanently.",
    "Follow-up of up to 14 days showed no migration.",
    "The screw provides temporary fixation until the fracture heals.",
])
def test_permanent_implant_wording_is_not_short_term(text):
    assert not trait_short_term_patterns()["implantable"].search(text)


@pytest.mark.parametrize("history, revision", [
    ("| Revision | Date | Description of change |\n| --- | --- | --- |\n| A | 2023-01-10 | First issue |\n"
     "| B | 2024-05-06 | Timeline updated |", "B"),
    ("| Version | Datum | Änderung |\n| --- | --- | --- |\n| 2.0 | 2024-05-06 | Stichprobe |\n"
     "| 1.0 | 2023-01-10 | Erstausgabe |", "2"),
    ("- Issue A (2023-01-10) – first issue\n- Issue C (2024-05-06) – sample size recalculated", "C"),
    ("- Indice B (2024-05-06) : mise à jour du calendrier\n- Indice A : création", "B"),
    ("- Ausgabe 3 – Zeitplan aktualisiert\n- Ausgabe 2 – Stichprobe", "3"),
])
def test_revision_from_revision_history(tmp_path, history, revision):
    from panelproof.extract.documentation import normalize_revision
    from panelproof.extract.model import FactKind
    from panelproof.pipeline import run_check
    (tmp_path / "PMCF_plan.md").write_text(
        "# Post-Market Clinical Follow-up Plan\n\n## 1. Purpose\n\nThe plan describes the "
        f"registry.\n\n## 2. Revision history\n\n{history}\n", encoding="utf-8")
    facts = run_check([str(tmp_path)]).facts
    own = [f.value.revision for f in facts.of(FactKind.DOCUMENT_REFERENCE)
           if f.value.self_declared and f.value.revision]
    assert [normalize_revision(r) for r in own] == [revision]
