import pytest

from panelproof.extract.model import FactKind
from panelproof.ingest.model import DossierConfig, Role
from panelproof.rules.identity.ID001_device_name_differs import DeviceNameDiffers
from panelproof.rules.identity.ID002_basic_udi_di_differs import BasicUdiDiDiffers
from panelproof.rules.identity.ID003_manufacturer_differs import ManufacturerDiffers, manufacturer_key
from panelproof.rules.identity.ID004_class_or_rule_differs import ClassOrRuleDiffers
from panelproof.rules.model import Category
from panelproof.rules.model import Severity

from tests.rules._mine import facts_from


def names(cer: str, cear: str, config=None):
    base = facts_from({"CER.md": (Role.CER, f"# Clinical Evaluation Report – {cer}\n"),
                       "CEAR.md": (Role.CEAR, f"# CEAR\n\nDevice name: {cear}\n")}, config)
    return list(DeviceNameDiffers().check(base))


def test_different_names_are_major_and_quote_both_sides():
    (finding,) = names("AirVent 60", "Vent 2")
    assert finding.severity is Severity.MAJOR
    assert {loc.document for loc in finding.locations} == {"CER.md", "CEAR.md"}


def test_spelling_variant_is_minor():
    (finding,) = names("AirVent 60", "Airvent-60")
    assert finding.severity is Severity.MINOR


def test_pro_and_pro_2_are_different_devices():
    (finding,) = names("NeuroStim X Pro", "NeuroStim X Pro 2")
    assert finding.severity is Severity.MAJOR


def test_declared_alias_is_not_reported():
    assert names("AirVent 60", "Vent 2",
                 DossierConfig(device_name="AirVent 60", aliases=("Vent 2",))) == []
    assert names("AirVent 60", "AirVent 60") == []


def test_udi_manufacturer_class():
    base = facts_from({
        "CER.md": (Role.CER, "Basic UDI-DI: 4260ABC123XY\n\nManufacturer: Breathe Medical GmbH\n\n"
                             "Class IIb according to Rule 12.\n"),
        "SSCP.md": (Role.SSCP, "Basic UDI-DI: 4260ABC-123XY\n\nManufacturer: Breathe Medical SAS\n\n"
                               "Class IIa according to Rule 11.\n")})
    assert list(BasicUdiDiDiffers().check(base)) == []
    assert list(ManufacturerDiffers().check(base)) == []
    differs = list(ClassOrRuleDiffers().check(base))
    assert len(differs) == 1  # class and rule of one disagreement: one finding
    assert "class IIb, Rule 12" in differs[0].message and "class IIa, Rule 11" in differs[0].message
    assert differs[0].category is Category.SCOPE  # Rule 12 (IIb) is in Art. 54(1)(b), Rule 11 is not
    assert manufacturer_key("Acme Devices Ltd.") == manufacturer_key("Acme Devices")


def test_generation_or_variant_word_is_another_device_not_a_spelling():
    (finding,) = names("OrthoFlex Hip", "OrthoFlex Hip II")
    assert finding.severity is Severity.MAJOR
    (finding,) = names("CardioPace Plus", "CardioPace")
    assert finding.severity is Severity.MAJOR


# --- generalisation: descriptors, Unicode letters, separators, misspellings, swapped UDI digits

@pytest.mark.parametrize("short, long", [
    ("Infusa SP-50", "Infusa SP-50 Spritzenpumpe"),
    ("OxyNova HF40", "OxyNova HF40 High-Flow-Sauerstoffsystem"),
    ("GlucoLoop Patch", "GlucoLoop Patch Insulin-Patchpumpe"),
    ("GlucoLoop Patch", "GlucoLoop Patch CGM-coupled"),
    ("Nutria E2", "Nutria E2 Ernährungspumpe"),
])
def test_descriptor_after_the_name_is_the_same_device(short, long):
    assert [f for f in names(short, long) if f.severity is Severity.MAJOR] == []


@pytest.mark.parametrize("short, long", [
    ("Infusa SP", "Infusa SP Pro"), ("Infusa SP", "Infusa SP Mini"), ("Cardio Vent", "Cardio Vent II"),
    ("Cardio Vent", "Cardio Vent XL"), ("Cardio Vent", "Cardio Vent Gen 2"),
])
def test_variant_words_after_the_name_are_another_device(short, long):
    assert names(short, long), (short, long)


def test_name_with_non_ascii_letters_is_read_whole():
    base = facts_from({"CER.md": (Role.CER, "# CER\n\nDevice name: Enterale Ernährungspumpe EP7\n")})
    assert [f.value for f in base.of(FactKind.DEVICE_NAME)] == ["Enterale Ernährungspumpe EP7"]


@pytest.mark.parametrize("a, b", [("Osseon Connect", "Osseon-Connect"), ("Vita Flow 3", "Vita-Flow 3")])
def test_hyphen_for_space_is_not_reported(a, b):
    assert names(a, b) == []


def test_misspelling_in_a_minority_mention_is_minor():
    base = facts_from({
        "CER.md": (Role.CER, "# Clinical Evaluation Report – NeuroVela\n\nDevice name: NeuroVela\n"),
        "SSCP.md": (Role.SSCP, "# SSCP – NeuroVela\n\nDevice name: NeuroVela\n\n"
                               "Trade name: NeuroVella\n\nProduct name: NeuroVela\n"),
        "CEAR.md": (Role.CEAR, "# CEAR\n\nDevice name: NeuroVela\n")})
    findings = list(DeviceNameDiffers().check(base))
    assert [f.severity for f in findings] == [Severity.MINOR]
    assert any("NeuroVella" in loc.quote for loc in findings[0].locations)


def test_swapped_udi_digits_in_one_mention_are_reported():
    base = facts_from({
        "CER.md": (Role.CER, "Basic UDI-DI: 4260123456NV01KQ\n\nSee also: the Basic UDI-DI is 4260123465NV01KQ.\n"),
        "SSCP.md": (Role.SSCP, "Basic UDI-DI: 4260123456NV01KQ\n"),
        "CEAR.md": (Role.CEAR, "| Basic UDI-DI | 4260123456NV01KQ |\n")})
    findings = list(BasicUdiDiDiffers().check(base))
    assert len(findings) == 1 and "4260123465NV01KQ" in findings[0].message


def test_different_udi_of_the_same_length_everywhere_agreeing_is_silent():
    base = facts_from({"CER.md": (Role.CER, "Basic UDI-DI: 4260123456NV01KQ\n"),
                       "SSCP.md": (Role.SSCP, "Basic UDI-DI: 4260123456NV01KQ\n")})
    assert list(BasicUdiDiDiffers().check(base)) == []


def test_descriptors_in_other_languages_and_positions_are_the_same_device() -> None:
    from panelproof.rules.identity.ID001_device_name_differs import descriptor_base

    names = ["Infusa SP-50", "Infusa SP-50 Spritzenpumpe", "Enterale Ernährungspumpe Infusa SP-50",
             "Infusa SP-50 CGM-coupled"]
    for name in names[1:]:
        assert descriptor_base(name, names) == "Infusa SP-50"
    assert descriptor_base("Infusa SP-50 Pro", ["Infusa SP-50"]) is None
    assert descriptor_base("Infusa SP-50 2", ["Infusa SP-50"]) is None


# Blind-evaluation classes: what may and may not make two names (invented devices).
def _id001(docs: dict[str, tuple[Role, str]]):
    return list(DeviceNameDiffers().check(facts_from(docs)))


@pytest.mark.parametrize(("ifu", "cer"), [
    ("# Spirelle™ Detachable Coils Instructions for Use\n",
     "# Clinical Evaluation Report – Spirelle Neurovascular Coil\n\nThe coil is detachable and "
     "neurovascular.\n"),
    ("# Instructions for Use – NeoNest 3 Infant Incubator\n\nThe infant incubator warms.\n",
     "# Clinical Evaluation Report – NeoNest 3 Incubators\n\nClosed incubators.\n"),
    ("# Instructions for Use – Spirelle™\n", "# Clinical Evaluation Report – Spirelle\n"),
])
def test_trade_name_with_generic_descriptors_is_one_device(ifu, cer):
    assert _id001({"IFU_en.md": (Role.IFU, ifu), "CER.md": (Role.CER, cer)}) == []


def test_different_head_nouns_stay_two_devices():
    findings = _id001({
        "IFU_en.md": (Role.IFU, "# Instructions for Use – OrthoFlex Hip\n\nFor the hip.\n"),
        "CER.md": (Role.CER, "# Clinical Evaluation Report – OrthoFlex Knee\n\nFor the knee.\n")})
    assert [f.severity for f in findings] == [Severity.MAJOR]


def test_pro_and_pro_2_with_descriptors_stay_two_devices():
    findings = _id001({
        "IFU_en.md": (Role.IFU, "# Instructions for Use – NeuroStim X Pro Stimulator\n"),
        "CER.md": (Role.CER, "# Clinical Evaluation Report – NeuroStim X Pro 2 Stimulator\n")})
    assert [f.severity for f in findings] == [Severity.MAJOR]


def test_abbreviation_declared_in_one_document_holds_for_the_dossier():
    findings = _id001({
        "CER.md": (Role.CER, "# Clinical Evaluation Report – NeoNest 3\n\nThe NeoNest 3 Infant "
                             "Incubator (NeoN) is intended for neonates.\n"),
        "CEAR.md": (Role.CEAR, "# CEAR\n\nDevice name: NeoN\n")})
    assert findings == []


def test_abbreviation_undeclared_is_still_reported():
    findings = _id001({
        "CER.md": (Role.CER, "# Clinical Evaluation Report – NeoNest 3\n"),
        "CEAR.md": (Role.CEAR, "# CEAR\n\nDevice name: NeoCradle\n")})
    assert [f.severity for f in findings] == [Severity.MAJOR]


def test_document_codes_and_organisations_make_no_second_name():
    findings = _id001({
        "IFU_en.md": (Role.IFU, "Leaflet | KLM-IFU-QT7 v5 EN\n\n# Instructions for Use – IT\n\n"
                                "The OxyHaven 5 (OXH) is a high-flow oxygen system.\n"),
        "CEAR.md": (Role.CEAR, "# Clinical Evaluation Assessment Report ZNB-CEAR-25-0072\n\n"
                               "Notified Body: Qerta Medizinprodukte-Zertifizierung GmbH\n\n"
                               "Device name: OxyHaven 5\n\nThe OXH is intended for adults.\n")})
    assert findings == []


@pytest.mark.parametrize(("cer", "cear", "differs"), [
    ("The device is class IIb under the MDR (Rule 12).", "Class III device under Annex VIII.", True),
    ("The device is class IIb under the MDR (Rule 12).",
     "Class IIb under the MDR. Patients in NYHA class III and ASA class III were included; "
     "class I or III antiarrhythmic drugs were allowed.", False),
    ("Klasse IIb gemäß MDR. Schutzklasse I, Laserklasse 1.", "Risk class: IIb", False),
])
def test_class_differs_only_between_device_classes(cer, cear, differs):
    base = facts_from({"CER.md": (Role.CER, f"# CER\n\n{cer}\n"),
                       "CEAR.md": (Role.CEAR, f"# CEAR\n\n{cear}\n")})
    found = [f for f in ClassOrRuleDiffers().check(base) if "class" in f.title.lower()
             and "rule" not in f.title.lower()]
    assert bool(found) is differs


def test_an_abbreviation_of_the_device_type_after_the_name_is_descriptive():
    from panelproof.rules.identity.ID001_device_name_differs import descriptor_base

    assert descriptor_base("Vagalis VNS Therapy", ["Vagalis"]) == "Vagalis"
    assert descriptor_base("Cardiva ICD", ["Cardiva"]) == "Cardiva"
    # a model's letters or a roman numeral make another model
    assert descriptor_base("Cardiva VR", ["Cardiva"]) is None
    assert descriptor_base("Cardiva III", ["Cardiva"]) is None


def test_one_document_departing_from_all_others_is_one_finding_naming_every_document():
    base = facts_from({
        "CEAR.md": (Role.CEAR, "Device: Lumiscope 7, Basic UDI-DI 5012345LUMI7ZQ.\n"),
        "CER.md": (Role.CER, "| Basic UDI-DI | 5012345LUMI7AB |\n"),
        "PMCF.md": (Role.PMCF_PLAN, "Basic UDI-DI: 5012345-LUMI7-AB\n"),
        "IFU_de.md": (Role.IFU, "Basis-UDI-DI: 5012345LUMI7AB\n"),
        "SSCP.md": (Role.SSCP, "| Basic UDI-DI | 5012345LUMI7AB |\n")})
    (finding,) = BasicUdiDiDiffers().check(base)
    assert {loc.document for loc in finding.locations} == {
        "CEAR.md", "CER.md", "PMCF.md", "IFU_de.md", "SSCP.md"}
    # the odd one out is named first, against the documents that agree
    assert finding.message.startswith("The CEAR (CEAR.md) gives the Basic UDI-DI 5012345LUMI7ZQ;")


def test_two_different_wrong_udis_stay_two_findings():
    base = facts_from({
        "CEAR.md": (Role.CEAR, "Basic UDI-DI: 5012345LUMI7AB\n"),
        "CER.md": (Role.CER, "Basic UDI-DI: 5012345LUMI7AB\n"),
        "SSCP.md": (Role.SSCP, "Basic UDI-DI: 7700001XYZ99KK\n"),
        "PMCF.md": (Role.PMCF_PLAN, "Basic UDI-DI: 9900002QRS11PP\n")})
    findings = list(BasicUdiDiDiffers().check(base))
    assert len(findings) == 2


def test_one_notified_body_naming_another_manufacturer_is_one_finding():
    base = facts_from({
        "CEAR.md": (Role.CEAR, "Manufacturer: Kestrel Surgical Pvt. Ltd.\n"),
        "CER.md": (Role.CER, "Manufacturer: Orbis Ophthalmics Ltd.\n"),
        "SSCP.md": (Role.SSCP, "Manufacturer: Orbis Ophthalmics Limited\n"),
        "IFU_fr.md": (Role.IFU, "Fabricant : Orbis Ophthalmics Ltd.\n")})
    (finding,) = ManufacturerDiffers().check(base)
    assert {loc.document for loc in finding.locations} == {"CEAR.md", "CER.md", "SSCP.md", "IFU_fr.md"}
    assert finding.message.startswith("The CEAR (CEAR.md) names the manufacturer")
