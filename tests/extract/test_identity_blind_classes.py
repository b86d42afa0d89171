"""Identity facts on the failure classes of the blind evaluation: document codes, language
codes, abbreviations and model codes, organisation names, trade marks, and classes that are
not the MDR risk class. Devices and codes are invented."""

from __future__ import annotations

import pytest

from panelproof.extract import identity
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import DossierConfig, Role
from panelproof.ingest.text import document_from_text


def facts(text: str, kind: FactKind, path: str = "IFU_en.md", role: Role = Role.IFU,
          config: DossierConfig | None = None):
    document = document_from_text(text + "\n", path, role=role)
    return [f for f in identity.extract(document, ExtractionContext(config=config or DossierConfig()))
            if f.kind is kind]


def names(text: str, **kw) -> list[str]:
    return [f.value for f in facts(text, FactKind.DEVICE_NAME, **kw)]


def classes(text: str) -> list[str]:
    return [f.value for f in facts(text, FactKind.DEVICE_CLASS, "CER.md", Role.CER)]


# 1. Document reference codes, revisions and language codes are never names.
@pytest.mark.parametrize("text", [
    "Leaflet | KLM-IFU-QT7 v5",
    "# KLM-IFU-QT7 v5 EN",
    "# Istruzioni per l'uso\n\nGT-IFU-01 rev. 4 – IT",
    "# Instructions for Use – IT",
    "# Gebrauchsanweisung – DE",
    "# Mode d'emploi – FR\n\nRéférence : TRV-IFU-88 indice C",
    "| Reference | QRS-CER-ZZ |",
    "# Clinical Evaluation Assessment Report ZNB-CEAR-25-0072",
    "# IFU LMN-EN rev B",
    "Document: HVN-SSCP-003 Version 2.0 (NL)",
    "# PMCF Plan – OPQ-PMCF-7 issue 3",
])
def test_document_and_language_codes_are_not_names(text):
    assert names(text) == []


@pytest.mark.parametrize("token", ["KLM-IFU-QT7", "QRS-CER-ZZ", "ABC-SSCP-XY", "TT-PMCF-AB",
                                   "ZNB-CEAR-25-0072", "GT-IFU-01"])
def test_document_codes_with_a_document_type_part(token):
    assert identity.document_number(token)


@pytest.mark.parametrize("token", ["Cer-Flex", "AirVent-60", "NL-895", "IFU", "CEREBRO-2"])
def test_not_document_codes(token):
    assert not identity.document_number(token)


# 2. Abbreviations and model codes are not competing trade names.
@pytest.mark.parametrize("text", [
    "# Instructions for Use – N3",
    "## Description\n\nThe N3 is intended for neonates.",
    "## Description\n\nThe OXH is a high-flow oxygen system.",
    "| Device | OXH-2 |",
    "# Clinical Evaluation Report – NL-895",
    "## Beschreibung\n\nDas QV7 Beatmungsgerät ist für Erwachsene bestimmt.",
])
def test_codes_and_abbreviations_are_not_names(text):
    assert names(text) == []


@pytest.mark.parametrize(("text", "name"), [
    ("# Instructions for Use – AORTASEAL EVAR", "AORTASEAL EVAR"),
    ("# Clinical Evaluation Report – NeoNest 3", "NeoNest 3"),
    ("Device name: Sirius-2000", "Sirius-2000"),
])
def test_names_in_capitals_or_with_numbers_stay_names(text, name):
    assert names(text) == [name]


def test_declared_code_stays_a_name():
    config = DossierConfig(device_name="QV7")
    assert names("The QV7 is a ventilator.", config=config) == ["QV7"]


@pytest.mark.parametrize(("text", "alias", "name"), [
    ("# NeoNest 3 Infant Incubator (N3)", "N3", "NeoNest 3 Infant Incubator"),
    ("The OxyHaven 5 (OXH) is a high-flow oxygen system.", "OXH", "OxyHaven 5"),
    ("The OxyHaven 5 (hereafter “OxyH”) is used at home.", "OxyH", "OxyHaven 5"),
    ("Der NeoNest 3 (im Folgenden „N3“) ist ein Inkubator.", "N3", "NeoNest 3"),
    ("Le dispositif OxyHaven 5 (ci-après « OXH ») est destiné aux adultes.", "OXH", "OxyHaven 5"),
    ("Il NeoNest 3 (di seguito \"NN3\") è un incubatore.", "NN3", "NeoNest 3"),
])
def test_abbreviation_in_parentheses_declares_an_alias(text, alias, name):
    found = facts(text, FactKind.DEVICE_ALIAS)
    assert [f.value for f in found] == [(alias, name)]
    assert found[0].location.quote.startswith(name) and found[0].location.quote.endswith(")")


@pytest.mark.parametrize("text", [
    "The device is class IIb (Rule 12).",
    "Das Produkt Perfusa VP3 (Modell IM-398) ist eine Infusionspumpe.",
    "The AirVent 60 (2019) was studied.",
    "Acme Medical GmbH (AMG) manufactures the device.",
    "The Notified Body (NB) reviewed the CER.",
    "See the Clinical Evaluation Report (CER).",
])
def test_no_alias(text):
    assert facts(text, FactKind.DEVICE_ALIAS) == []


# 3. Organisations are not devices.
@pytest.mark.parametrize("text", [
    "# Clinical Evaluation Assessment Report\n\nNotified Body: Qerta Medizinprodukte-Zertifizierung GmbH",
    "## Assessment\n\nThe Qerta Medizinprodukte-Zertifizierung GmbH is a notified body.",
    "## Scope\n\nThe NordCert 9 Certification is accredited for medical devices.",
    "## Manufacturer\n\nThe Lumitec Medical S.r.l. system of quality management is certified.",
    "## Manufacturer\n\nThe BreathCo Ltd system is ISO 13485 certified.",
    "## Manufacturer\n\nThe MedAxis B.V. device portfolio is broad.",
    "## Manufacturer\n\nThe VitaPro SAS devices are sold in France.",
    "## Manufacturer\n\nThe KardioTech Inc. devices are sold in the US.",
])
def test_organisations_are_not_names(text):
    assert names(text, path="CEAR.md", role=Role.CEAR) == []


# 4. Trade mark signs inside a name.
@pytest.mark.parametrize(("text", "name"), [
    ("# Spirelle™ Detachable Coils Instructions for Use", "Spirelle™ Detachable Coils"),
    ("# Clinical Evaluation Report – Spirelle® Detachable Coil System", "Spirelle® Detachable Coil"),
    ("# Clinical Evaluation Report – Spirelle®", "Spirelle"),
])
def test_trade_mark_signs(text, name):
    assert names(text) == [name]
    assert identity.name_key(name).startswith("spirelle")


def test_trade_mark_sign_does_not_change_the_key():
    assert identity.name_key("Spirelle™") == identity.name_key("Spirelle®") == \
        identity.name_key("Spirelle")


# 5. Classes that are not the MDR risk class, and device classes in many phrasings.
@pytest.mark.parametrize("text", [
    "Patients received class I or III antiarrhythmic drugs.",
    "The device is compatible with class I and III antiarrhythmics.",
    "Raymond–Roy class I occlusion was achieved in 80% of aneurysms.",
    "Patients with NYHA class III heart failure were included.",
    "Patients in NYHA functional class II or III were included.",
    "Die Patienten hatten eine Herzinsuffizienz der NYHA-Klasse III.",
    "The aiming beam is a laser class 1 product.",
    "The aiming beam of the device is a class II laser product.",
    "Schutzklasse I nach IEC 60601-1.",
    "The device is protection class I equipment.",
    "The device is Class II (double insulated).",
    "Class II (double insulated) medical electrical equipment.",
    "ASA class III patients were excluded.",
    "A Mallampati class III airway predicts a difficult intubation.",
    "Kennedy class I partially edentulous arches were restored.",
    "Angle class II malocclusion was treated with the device.",
    "Patients with class III obesity (BMI ≥ 40) were excluded.",
    "Patients in class III were older.",
    "The device is used in patients with class II to IV heart failure.",
    "The FDA issued a Class I recall in 2020.",
    "Class III evidence supports the claim.",
])
def test_other_classes_are_not_device_classes(text):
    assert classes(text) == []


@pytest.mark.parametrize(("text", "cls"), [
    ("The NeoNest 3 is classified as class IIb under the MDR.", "IIb"),
    ("Klasse IIb gemäß Anhang VIII der Verordnung (EU) 2017/745.", "IIb"),
    ("Le dispositif relève de la classe III selon le règlement (UE) 2017/745.", "III"),
    ("Dispositivo medico di classe III secondo la regola 8.", "III"),
    ("Producto sanitario de clase IIb según la regla 12.", "IIb"),
    ("| Device class | IIb |", "IIb"),
    ("| Class | III |", "III"),
    ("| Klasse (MDR) | IIa |", "IIa"),
    ("| Class according to the MDR | IIb |", "IIb"),
    ("It is a class III implantable medical device.", "III"),
    ("The device class is IIb.", "IIb"),
    ("## Classification\n\nClass IIb.", "IIb"),
    ("## Produktidentifikation\n\nDas Produkt QV7 (Modell Q-7) ist ein Beatmungsgerät. Klasse IIb.", "IIb"),
    ("The sterile drapes are class Is devices under the MDR.", "I"),
    ("Risk class: Ir (reusable surgical instrument)", "I"),
    ("The PaxoGlide is a class III drug-coated balloon catheter (Rule 14).", "III"),
    ("The HipLine stem is a class III total hip replacement component.", "III"),
])
def test_device_classes(text, cls):
    assert classes(text) == [cls]
