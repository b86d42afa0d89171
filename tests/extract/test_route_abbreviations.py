"""Routes and modes of use written as upper-case clinical abbreviations ("IV", "SC", "ET tube",
"i.v.-Gabe", "voie IV") are read as the route they abbreviate, only as written and as whole
words; an abbreviation that is also a Roman numeral ("IV") is not read where it numbers a
class, grade, stage, annex, phase or heading."""

from __future__ import annotations

import re

import pytest

from panelproof.extract._terms import abbreviation_pattern, is_roman_numeral, roman_numeral_as_number
from panelproof.extract.intended_use import extract, vocabulary
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text

PURPOSE = {"en": "Intended purpose", "fr": "Destination", "de": "Zweckbestimmung",
           "it": "Destinazione d'uso", "es": "Finalidad prevista"}


def interface_ids(body: str, language: str) -> set[str]:
    document = document_from_text(f"# {PURPOSE[language]}\n\n{body}\n", f"IFU_{language}.md",
                                  language=language)
    return {f.value.id for f in extract(document) if f.kind is FactKind.INTERFACE}


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Programmable pump for IV, epidural or SC delivery of analgesics in adults.", "en",
     {"intravenous", "epidural", "subcutaneous"}),
    ("The set is intended for IV administration and for SQ hydration of elderly patients.", "en",
     {"intravenous", "subcutaneous"}),
    ("Syringe driver for I.V. infusion of antibiotics in hospital wards.", "en", {"intravenous"}),
    ("Pompe destinée à la perfusion IV ou s.c. de médicaments chez l'adulte.", "fr",
     {"intravenous", "subcutaneous"}),
    ("Pousse-seringue pour l'administration de solutés en IV continue.", "fr", {"intravenous"}),
    ("Pumpe zur i.v.-Gabe und s.c.-Gabe von Schmerzmitteln bei Erwachsenen.", "de",
     {"intravenous", "subcutaneous"}),
    ("Infusionssystem für die IV-Therapie auf Normalstationen.", "de", {"intravenous"}),
    ("Pompa per la somministrazione EV di farmaci negli adulti.", "it", {"intravenous"}),
    ("Bomba para la administración IV o s.c. de analgésicos en adultos.", "es",
     {"intravenous", "subcutaneous"}),
    ("Ventilator for adults ventilated through an ET tube in the ICU.", "en", {"endotracheal_tube"}),
    ("Feeding pump for enteral nutrition via NG tube or PEG tube.", "en", {"enteral"}),
])
def test_route_abbreviation_is_read(body, language, expected):
    assert expected <= interface_ids(body, language)


@pytest.mark.parametrize(("body", "language"), [
    ("Wearable pump for subcutaneous diuretics in adults with NYHA class IV heart failure.", "en"),
    ("For subcutaneous use in patients with grade IV mucositis or Clavien IV complications.", "en"),
    ("Subcutaneous port, class IIb per Annex VIII; the CER follows Part IV and Chapter IV.", "en"),
    ("For subcutaneous use; data from phase IV studies (level IV evidence, Section IV).", "en"),
    ("For subcutaneous use in stage III–IV or type IV disease, Fontaine stages II/IV.", "en"),
    ("Pompe pour perfusion sous-cutanée chez l'adulte en insuffisance cardiaque de classe III ou IV.", "fr"),
    ("Perfusion sous-cutanée ; escarres de stade IV exclues (annexe IV).", "fr"),
    ("Pumpe zur subkutanen Gabe bei Tumoren im Stadium IV, Grad IV nach CTCAE (Anhang IV).", "de"),
    ("Pompa per infusione sottocutanea in pazienti di classe IV NYHA (allegato IV).", "it"),
    ("Pump for subcutaneous infusion. Collagen type iv, XIV and IVF are not routes.", "en"),
])
def test_roman_numeral_is_no_route(body, language):
    assert "intravenous" not in interface_ids(body, language)


@pytest.mark.parametrize(("body", "language"), [
    ("Pompe pour adultes dont la surface corporelle (SC) est d'au moins 1,5 m2.", "fr"),
    ("Bomba para adultos con una SC mayor de 1,6 m2.", "es"),
])
def test_sc_is_body_surface_area_in_romance_languages(body, language):
    assert "subcutaneous" not in interface_ids(body, language)
    assert "subcutaneous" not in {m.id for m in vocabulary("interfaces").find(body, language=language)}
    # the same letters in English text are the route
    assert "subcutaneous" in {m.id for m in vocabulary("interfaces").find(body, language="en")}


@pytest.mark.parametrize("heading", ["IV. Clinical data", "IV) Residual risks", "  IV. Résultats",
                                     "IV.2 Contraindications", "IV.3.1 Target population"])
def test_roman_heading_number_is_no_route(heading):
    text = f"Pump for subcutaneous infusion.\n{heading}"
    assert "intravenous" not in {m.id for m in vocabulary("interfaces").find(text)}


@pytest.mark.parametrize(("abbreviation", "text", "found"), [
    ("IV", "for IV use", ["IV"]),
    ("IV", "for iv use, XIV, IVF, IVs", []),
    ("SC", "study KNEE-SC-02 and SC-01, SC-arm, SC-CER-012", ["SC"]),
    ("IV", "Bayley-IV, IV-Zugang", ["IV"]),
    ("i.v.", "zur i.v.-Gabe, i. v. gegeben", ["i.v.", "i. v."]),
    ("i.v.", "p.i.v. and I.V.", []),
    ("ET tube", "an ET-tube, two ET tubes, et tube", ["ET-tube", "ET tubes"]),
])
def test_abbreviation_matches_only_as_written(abbreviation, text, found):
    pattern = re.compile(abbreviation_pattern(abbreviation), re.IGNORECASE)
    assert [m.group() for m in pattern.finditer(text)] == found


@pytest.mark.parametrize(("text", "number"), [
    ("NYHA functional class IV", True), ("Klasse IV", True), ("grades III to IV", True),
    ("IIIb/IV", True), ("IV or V", True), ("NYHA-klasse II tot en met IV", True), ("Anlage IV", True), ("annexes IV", True),
    ("Controlled IV, epidural", False), ("by IV/IM injection", False), ("voie IV", False),
    ("IV, SC or IM", False), ("Route: IV", False),
])
def test_roman_numeral_as_number(text, number):
    start = text.index("IV")
    assert roman_numeral_as_number(text, start, start + 2) is number


def test_only_roman_numerals_are_guarded():
    assert is_roman_numeral("IV") and is_roman_numeral("XII") and not is_roman_numeral("SC")
    assert not is_roman_numeral("IM") and not is_roman_numeral("I")


def test_abbreviation_in_the_device_name_is_no_route():
    text = ("# Instructions for use – Kestrel SC syringe driver\n\n## Intended purpose\n\n"
            "Kestrel SC delivers medicinal products by intravenous infusion to adults.\n")
    document = document_from_text(text, "IFU_en.md", language="en")
    ids = [f.value.id for f in extract(document) if f.kind is FactKind.INTERFACE]
    assert "intravenous" in ids and "subcutaneous" not in ids


@pytest.mark.parametrize(("body", "language"), [
    ("The warmer is intended for subcutaneous fluids and is mounted on an IV pole.", "en"),
    ("Der Wärmer ist für subkutane Flüssigkeiten bestimmt und wird am IV-Ständer befestigt.", "de"),
])
def test_iv_pole_is_equipment_not_a_route(body, language):
    assert "intravenous" not in interface_ids(body, language)
