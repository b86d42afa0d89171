"""Device identity facts on varied phrasings, with negatives."""

from __future__ import annotations

import pytest

from panelproof.extract import identity
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import DossierConfig
from panelproof.ingest.text import document_from_text


def values(text: str, kind: FactKind, context: ExtractionContext | None = None):
    document = document_from_text(text + "\n", "CER.md")
    return [f.value for f in identity.extract(document, context or ExtractionContext())
            if f.kind is kind]


@pytest.mark.parametrize(("text", "name"), [
    ("# Clinical Evaluation Report – AirVent 60", "AirVent 60"),
    ("# AirVent 60 Instructions for Use", "AirVent 60"),
    ("The AirVent 60 ventilator is intended for invasive ventilation.", "AirVent 60"),
    ("Device name: AirVENT60", "AirVENT60"),
    ("Trade name: NeuroStim X Pro 2", "NeuroStim X Pro 2"),
    ("| Device | Vent 2 |", "Vent 2"),
    ("Nom commercial : Airvent-60", "Airvent-60"),
    ("Handelsname: AirVent 60", "AirVent 60"),
    ("Le ventilateur AirVent 60 est destiné aux patients adultes.", "AirVent 60"),
    ("Das AirVent 60 Beatmungsgerät ist für Erwachsene bestimmt.", "AirVent 60"),
    ("# Gebrauchsanweisung AirVENT60", "AirVENT60"),
])
def test_device_name(text, name):
    assert values(text, FactKind.DEVICE_NAME) == [name]


@pytest.mark.parametrize("text", [
    "The Notified Body reviewed the clinical evaluation.",
    "The European system of vigilance applies.",
    "The Clinical Evaluation was updated.",
    "## 4. Equivalence\n\nThe Hamilton C6 ventilator was considered.",
])
def test_no_device_name(text):
    assert values(text, FactKind.DEVICE_NAME) == []


def test_declared_name_and_alias_are_found_as_written():
    context = ExtractionContext(config=DossierConfig(device_name="AirVent 60", aliases=("Vent 2",)))
    assert values("Use the AirVent-60 and the vent 2 with care.", FactKind.DEVICE_NAME,
                  context) == ["AirVent-60", "vent 2"]


def test_name_key_merges_spellings_not_devices():
    assert identity.name_key("AirVent 60") == identity.name_key("AirVENT60") == \
        identity.name_key("Airvent-60") == identity.name_key("AirVent 60 ventilator")
    assert identity.name_key("NeuroStim X Pro") != identity.name_key("NeuroStim X Pro 2")


@pytest.mark.parametrize(("text", "kind", "expected"), [
    ("Model: AV-60-EU", FactKind.MODEL, ["AV-60-EU"]),
    ("REF 4056869123", FactKind.MODEL, ["4056869123"]),
    ("Basic UDI-DI: 426012345AIRVENT60XY", FactKind.BASIC_UDI_DI, ["426012345AIRVENT60XY"]),
    ("| Basic UDI-DI | 426012345AIRVENT60XY |", FactKind.BASIC_UDI_DI, ["426012345AIRVENT60XY"]),
    ("Manufacturer: Breathe Medical GmbH, Musterstraße 1, Berlin", FactKind.MANUFACTURER,
     ["Breathe Medical GmbH"]),
    ("The device is manufactured by Acme Devices Ltd.", FactKind.MANUFACTURER, ["Acme Devices Ltd."]),
    ("Fabricant : Breathe Medical SAS", FactKind.MANUFACTURER, ["Breathe Medical SAS"]),
    ("Hersteller: Breathe Medical GmbH", FactKind.MANUFACTURER, ["Breathe Medical GmbH"]),
    ("The device is a Class IIb device according to Rule 12 of Annex VIII.", FactKind.DEVICE_CLASS, ["IIb"]),
    ("Risk class: IIb", FactKind.DEVICE_CLASS, ["IIb"]),
    ("Le dispositif est de classe IIb selon la règle 12.", FactKind.DEVICE_CLASS, ["IIb"]),
    ("Das Produkt ist der Klasse III zugeordnet.", FactKind.DEVICE_CLASS, ["III"]),
    ("The FDA issued a Class I recall in 2020.", FactKind.DEVICE_CLASS, []),
    ("Protection class II equipment.", FactKind.DEVICE_CLASS, []),
    ("Class III evidence supports the claim.", FactKind.DEVICE_CLASS, []),
    ("The device is a Class IIb device according to Rule 12 of Annex VIII.", FactKind.CLASSIFICATION_RULE, [12]),
    ("Das Produkt ist der Klasse IIb gemäß Regel 12 zugeordnet.", FactKind.CLASSIFICATION_RULE, [12]),
    ("Classified as class III under Annex VIII, rule 8.", FactKind.CLASSIFICATION_RULE, [8]),
    ("As a rule, 12 patients were enrolled.", FactKind.CLASSIFICATION_RULE, []),
    ("The manufacturer shall update the report.", FactKind.MANUFACTURER, []),
    # the word in prose before a quotation, not a field label
    ("Intended purpose as stated by the Manufacturer: The NeoSat N3 is intended for SpO2 "
     "monitoring.", FactKind.MANUFACTURER, []),
    ("Selon le fabricant : Le dispositif X est destiné aux adultes.", FactKind.MANUFACTURER, []),
    ("Legal manufacturer: Kyprimed Diagnostics Ltd.", FactKind.MANUFACTURER,
     ["Kyprimed Diagnostics Ltd."]),
])
def test_identity_fields(text, kind, expected):
    assert values(text, kind) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("It is an active device that delivers medical oxygen.",
     {("active", False), ("administers_medicinal_product", False)}),
    ("It is a non-implantable, non-active device.", {("implantable", True), ("active", True)}),
    ("An implantable device for spinal cord stimulation.", {("implantable", False)}),
    ("Pompe pour l'administration de médicaments.", {("administers_medicinal_product", False)}),
    ("The ventilator provides breathing support.", set()),
    # "implant" as the verb of an instruction says nothing about the device
    ("Do not implant the sensor in anyone with a known allergy to dexamethasone.", set()),
    ("Never implant a damaged lead.", set()),
    ("The implant remains in the subcutaneous tissue for 180 days.", {("implantable", False)}),
])
def test_device_traits(text, expected):
    assert {(c.id, c.negated) for c in values(text, FactKind.DEVICE_TRAIT)} == expected


@pytest.mark.parametrize("heading", [
    "Benefit-risk acceptance criteria",   # "cep" inside "acceptance"
    "Cerebral palsy outcomes",            # "cer" at the start of a word
    "Concerns raised by the CEAR reviewer",
])
def test_document_abbreviations_inside_words_are_not_titles(heading: str) -> None:
    from panelproof.extract import identity
    from panelproof.extract.common import ExtractionContext
    from panelproof.ingest.model import Role
    from panelproof.ingest.text import document_from_text

    document = document_from_text(f"# {heading}\n", "CEP.md", Role.CEP)
    names = [f.value for f in identity.extract(document, ExtractionContext())
             if f.kind.value == "device_name"]
    assert names == []


@pytest.mark.parametrize(("text", "name"), [
    # cover lines under the document title
    ("# Post-Market Clinical Follow-up Plan\n\nOrthoFlex Hip II — PMCF-OF-036, revision 3", "OrthoFlex Hip II"),
    ("# Plan de SCAC\n\nNephroLine S | PMCF-NL-021", "NephroLine S"),
    ("# Klinischer Bewertungsplan\n\nCardioPace 3: Fassung 2", "CardioPace 3"),
    # the subject of a sentence defining the device or its purpose
    ("## Description\n\nThe NephroLine S (model NL-895) is a haemodialysis machine.", "NephroLine S"),
    ("## Scope\n\nOzoHeal is intended for the treatment of chronic wounds.", "OzoHeal"),
    ("## Description\n\nLe GlucoPatch 2 est destiné au traitement du diabète.", "GlucoPatch 2"),
    ("## Beschreibung\n\nDas Produkt CardioPace 3 ist ein Herzschrittmacher.", "CardioPace 3"),
])
def test_device_name_from_cover_line_and_subject(text, name):
    assert values(text, FactKind.DEVICE_NAME) == [name]


@pytest.mark.parametrize("text", [
    "# Clinical Evaluation Plan\n\nVersion 3, 2025-06-12",
    "# Clinical Evaluation Plan\n\nDate: 2025-06-12",
    "# CER\n\nRev. 04 — approved",
    "## Methods\n\nThe Sponsor is a company based in Lyon.",
    "## Methods\n\nThe Study is designed to confirm safety.",
    "## 4. Equivalence\n\nThe Hamilton C6 is a ventilator of the same type.",
    # a cover-like line deep in the document is not the cover
    "# CER\n\n## 1\n\n## 2\n\nText.\n\nMore.\n\nEven more.\n\nStill more.\n\nAirVent 60 — CER-012",
])
def test_no_device_name_from_cover_or_subject(text):
    assert values(text, FactKind.DEVICE_NAME) == []


@pytest.mark.parametrize(("text", "trait", "negated"), [
    ("The device is an active implantable medical device.", "implantable", False),
    ("Le dispositif est alimenté par batterie.", "active", False),
    ("Das Gerät ist netzbetrieben.", "active", False),
    ("It is a non-active device.", "active", True),
    ("Die Pumpe dient der Verabreichung von Insulin.", "administers_medicinal_product", False),
    ("Le ventilateur délivre de l'oxygène médical.", "administers_medicinal_product", False),
    # a cytostatic the device instils, recirculates or heats in a body cavity (Rule 12)
    ("The system is intended to deliver and recirculate a mitomycin C solution in the urinary bladder.",
     "administers_medicinal_product", False),
    ("The console delivers RF chemohyperthermia for non-muscle-invasive bladder cancer.",
     "administers_medicinal_product", False),
    ("The pump perfuses heated oxaliplatin through the peritoneal cavity.",
     "administers_medicinal_product", False),
])
def test_device_traits_come_from_the_vocabulary(text, trait, negated):
    found = {(c.id, c.negated) for c in values(text, FactKind.DEVICE_TRAIT)}
    assert (trait, negated) in found


def test_every_device_trait_has_terms_in_three_languages_and_a_source():
    from panelproof import knowledge
    entries = knowledge.load("vocabulary/device_traits")["entries"]
    assert {e["id"] for e in entries} == {"implantable", "active", "administers_medicinal_product",
                                       "viable_organisms"}
    for entry in entries:
        assert set(entry["terms"]) >= {"en", "fr", "de"} and entry["source"]


@pytest.mark.parametrize(("text", "cls"), [
    ("| Risk class | IIb (Rule 12) |", "IIb"),
    ("Risk class: III", "III"),
    ("Klasse IIa nach Regel 11.", "IIa"),
])
def test_device_class_in_table_rows_and_prose(text, cls):
    assert values(text, FactKind.DEVICE_CLASS) == [cls]


def test_laser_class_is_not_a_device_class():
    assert values("The aiming beam is a laser class II product.", FactKind.DEVICE_CLASS) == []


@pytest.mark.parametrize(("text", "rules"), [
    ("| Classification | Class III, Rule 7/8 (central circulation) |", [7, 8]),
    ("Class III according to Rules 7 and 8 of Annex VIII MDR.", [7, 8]),
    ("Classified as class III under Annex VIII, Rule 8 (and 7).", [8, 7]),
    ("Dispositif de classe III, règles 7 et 8 de l'annexe VIII.", [7, 8]),
    ("Medizinprodukt der Klasse III nach den Regeln 7 und 8 (Anhang VIII MDR).", [7, 8]),
    ("Class IIb under the MDR, rules 11, 12 and 22.", [11, 12, 22]),
    ("Class III under the MDR, Rule 8 and 12 months of follow-up.", [8]),
    ("Class III device (MDR), Rule 8, 2 sizes available.", [8]),
])
def test_classification_rule_lists(text, rules):
    assert values(text, FactKind.CLASSIFICATION_RULE) == rules


@pytest.mark.parametrize(("text", "expected"), [
    ("LarvaCare consists of sterile, live larvae of Lucilia sericata.", [False]),
    ("The product contains 200 living maggots per bag.", [False]),
    ("Das Produkt besteht aus sterilen, lebenden Larven der Goldfliege.", [False]),
    ("Le dispositif contient des larves vivantes stériles.", [False]),
    ("A suspension of viable bacteria (Lactobacillus crispatus).", [False]),
    ("Gel a base di batteri vivi liofilizzati.", [False]),
    ("Contiene larvas vivas estériles.", [False]),
    ("The matrix consists of non-viable, devitalised porcine dermis.", []),
    ("The implant is made of sterilised collagen of bovine origin.", []),
    ("Le dispositif contient des larves non vivantes.", []),
    ("Das Implantat enthält keine lebenden Zellen.", []),
    ("In the cytotoxicity test, the proportion of viable cells exceeded 70 %.", []),
    ("The dressing supports the growth of living cells in the wound bed.", []),
])
def test_viable_organisms_trait(text, expected):
    traits = [f.value for f in identity.extract(document_from_text(text + "\n", "CER.md"),
                                                ExtractionContext())
              if f.kind is FactKind.DEVICE_TRAIT and f.value.id == "viable_organisms"]
    assert [t.negated for t in traits] == expected


def test_names_in_numbered_tables_and_titles_with_an_abbreviation():
    from panelproof.extract.common import ExtractionContext
    from panelproof.extract.identity import extract as extract_identity
    from panelproof.extract.model import FactKind as Kind
    from panelproof.ingest.model import Role as DocumentRole
    from panelproof.ingest.text import document_from_text as from_text

    def names(markdown):
        document = from_text(markdown, "CEAR.md", DocumentRole.CEAR)
        return {f.value for f in extract_identity(document, ExtractionContext()) if f.kind is Kind.DEVICE_NAME}

    assert names("# Clinical Evaluation Assessment Report (CEAR) – Thyrona 250 RF System\n\nText.\n") \
        == {"Thyrona 250 RF"}
    assert names("# CEAR\n\n| No. | Item | Entry |\n|---|---|---|\n| 1 | Manufacturer | Ticinomed SA |\n"
                 "| 2 | Device | Thyrona 250 RF System |\n") == {"Thyrona 250 RF"}
    # a row number is no name, and a class is no name
    assert names("# CEAR\n\n| Sr. No. | Item | Details |\n|---|---|---|\n| 1 | Device | Class IIb |\n") == set()


def test_a_labelled_name_cell_keeps_plain_words_of_the_name():
    from panelproof.extract.common import ExtractionContext
    from panelproof.extract.identity import extract as extract_identity
    from panelproof.extract.model import FactKind as Kind
    from panelproof.ingest.model import Role as DocumentRole
    from panelproof.ingest.text import document_from_text as from_text

    document = from_text("# CEAR\n\n| No. | Item | Entry |\n|---|---|---|\n"
                         "| 2 | Device | Brisa TR Plus Neonatal Resuscitator |\n", "CEAR.md", DocumentRole.CEAR)
    names = {f.value for f in extract_identity(document, ExtractionContext()) if f.kind is Kind.DEVICE_NAME}
    assert names == {"Brisa TR Plus Neonatal Resuscitator"}


@pytest.mark.parametrize(("text", "codes"), [
    # prose that names what the code is for before giving it
    ("The Basic UDI-DI of the Lumora pump system is 4012345LMP01QZ.", ["4012345LMP01QZ"]),
    ("The Basic UDI-DI allocated to the whole catheter range is 5098765CAT7K2.", ["5098765CAT7K2"]),
    ("One Basic UDI-DI, 7612345ORT2B8, covers every size of the plate.", ["7612345ORT2B8"]),
    ("Basic UDI-DI for all variants = 7612345ORT2B8", ["7612345ORT2B8"]),
    ("Die Basis-UDI-DI der Produktfamilie lautet 4250001KX9P3.", ["4250001KX9P3"]),
    ("L'UDI-DI de base attribué à la gamme est 3701234GAM55T.", ["3701234GAM55T"]),
    # the code under a column header, one per row
    ("| Variant | Basic UDI-DI | Sterile |\n| --- | --- | --- |\n| Lumora S | 4012345LMP01QZ | yes |\n"
     "| Lumora L | 4012345LMP02QX | yes |", ["4012345LMP01QZ", "4012345LMP02QX"]),
    # no code: a description of the code, a gap, another device's code
    ("The Basic UDI-DI is allocated by GS1 and printed on the outer carton.", []),
    ("The Basic UDI-DI has not been allocated yet; it will have 14 characters.", []),
    ("The Basic UDI-DI of the equivalent device (Brand Q) is 0898765EQV11A.", []),
    ("| Variant | Sterile |\n| --- | --- |\n| Lumora S | 4012345LMP01QZ |", []),
])
def test_basic_udi_di_in_prose_and_under_a_column_header(text, codes):
    assert values(text, FactKind.BASIC_UDI_DI) == codes


@pytest.mark.parametrize(("text", "classes"), [
    ("The Lumora clip is a class IIb device and not a class III implantable device.", ["IIb"]),
    ("It is neither class III nor implantable; it is class IIa.", ["IIa"]),
    ("Das Produkt der Klasse IIb ist kein Produkt der Klasse III.", ["IIb"]),
    ("Le dispositif n'est pas un dispositif de classe III.", []),
    ("The Lumora clip is a class III device.", ["III"]),
    # the negation a few words before the class, leading to it through a preposition
    ("The product is of class IIa (Annex VIII Rule 10). It is neither an implantable device of "
     "class III nor an active device of class IIb intended to administer a medicinal product.",
     ["IIa"]),
    ("The device is class IIa acc. to Rule 10; the device is not of class IIb.", ["IIa"]),
    ("The camera does not fall into class IIb under Rule 12; it is class IIa.", ["IIa"]),
    ("Das Produkt ist der Klasse IIa zugeordnet (Regel 10); es ist kein aktives Produkt der "
     "Klasse IIb nach Regel 12.", ["IIa"]),
    ("Il dispositivo è di classe IIa (regola 10) e non è un dispositivo attivo di classe IIb.",
     ["IIa"]),
    ("Le dispositif relève de la classe IIa (règle 10) ; il n'est pas un dispositif actif de "
     "classe IIb.", ["IIa"]),
    # words that lead elsewhere end the negation's reach
    ("No changes to the device of class IIb were made since the last MDR certificate.", ["IIb"]),
])
def test_a_class_the_device_is_said_not_to_have_is_not_its_class(text, classes):
    assert values(text, FactKind.DEVICE_CLASS) == classes


@pytest.mark.parametrize(("text", "name"), [
    ("IFU PneumoSeal EN r1\n\nPneumoSeal absorbable lung sealant – Instructions for use", "PneumoSeal"),
    ("IFU Retinova SB LT rev. 5\n\nRetinova SB scleral buckling elements", "Retinova SB"),
    ("IFU EchoCore DE v2", "EchoCore"),
    ("IFU ArteriaLift NL rev. A", "ArteriaLift"),
    ("# Instructions for Use – TympaMatrix HR", "TympaMatrix"),
])
def test_a_language_code_after_the_name_in_a_header_is_not_part_of_it(text, name):
    """A running header "IFU <name> <language> <revision>" names the language version: "PneumoSeal
    EN" and "PneumoSeal SL" are one device, not two names without a declared alias."""
    assert set(values(text, FactKind.DEVICE_NAME)) == {name}


def test_a_model_letter_pair_without_a_revision_after_it_stays_in_the_name():
    assert values("The AirVent DE 60 ventilator is intended for invasive ventilation.",
                  FactKind.DEVICE_NAME) == ["AirVent DE 60"]


@pytest.mark.parametrize(("text", "name"), [
    ("| Device | KidShield FS Pit and Fissure Sealant |", "KidShield FS"),
    ("Device name: KidShield FS Pit and Fissure Sealant", "KidShield FS"),
    ("Device name: Ortholine Hip and Knee System", "Ortholine"),
    ("Trade name: Auriva Ear and Nose Dressing", "Auriva"),
])
def test_a_coordinated_description_after_the_name_is_not_part_of_it(text, name):
    """"Pit and Fissure Sealant" says what the device is: "KidShield FS Pit" is no second name."""
    assert values(text, FactKind.DEVICE_NAME) == [name]
