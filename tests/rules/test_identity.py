from panelproof.ingest.model import DossierConfig, Role
from panelproof.rules.identity.ID001_device_name_differs import DeviceNameDiffers
from panelproof.rules.identity.ID002_basic_udi_di_differs import BasicUdiDiDiffers
from panelproof.rules.identity.ID003_manufacturer_differs import ManufacturerDiffers, manufacturer_key
from panelproof.rules.identity.ID004_class_or_rule_differs import ClassOrRuleDiffers
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
    assert len(list(ClassOrRuleDiffers().check(base))) == 2
    assert manufacturer_key("Acme Devices Ltd.") == manufacturer_key("Acme Devices")


def test_generation_or_variant_word_is_another_device_not_a_spelling():
    (finding,) = names("OrthoFlex Hip", "OrthoFlex Hip II")
    assert finding.severity is Severity.MAJOR
    (finding,) = names("CardioPace Plus", "CardioPace")
    assert finding.severity is Severity.MAJOR
