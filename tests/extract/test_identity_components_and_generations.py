"""Identity: chapter labels are not names, Basic UDI-DIs on the line after their label, devices
named as the object of an assessment, and measurand tokens (FiO2) as descriptors."""

from __future__ import annotations

import pytest

from panelproof.extract import identity
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text
from panelproof.rules.identity.ID001_device_name_differs import descriptor_base, model_extension_bases


def values(text: str, kind: FactKind):
    document = document_from_text(text + "\n", "CER.md")
    return [f.value for f in identity.extract(document, ExtractionContext()) if f.kind is kind]


@pytest.mark.parametrize("text", [
    "# Clinical Evaluation Report\n\nChapter 4 – Clinical data",
    "# Clinical Evaluation Report\n\nKapitel 2 – Klinische Daten",
    "# Clinical Evaluation Report\n\nCapítulo 3 – Datos clínicos",
    "# Clinical Evaluation Report\n\nPart 2 - Device description",
])
def test_chapter_labels_are_not_device_names(text):
    assert values(text, FactKind.DEVICE_NAME) == []


@pytest.mark.parametrize("text", [
    "Nordic Certification AB (Notified Body 2961) CEAR No. NC-CEAR-24-0388 Date: 2025/03/27",
    "Clinical Evaluation Report Nr. CER-2025-014, approved 2025-02-01",
    "CER Number CER-88-01 (second issue)",
    "PMCF Plan Ref. PMCF-AX-02 Rev. 3",
])
def test_document_number_labels_are_not_device_names(text):
    # "CEAR No. ...": the document number's label after a title names no device
    assert values(text, FactKind.DEVICE_NAME) == []


def test_cover_line_still_names_the_device():
    assert values("# Clinical Evaluation Report\n\nOXYTEC 3 – CER-012, revision 2",
                  FactKind.DEVICE_NAME) == ["OXYTEC 3"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Basic UDI-DI (catheter):\n\n8431234ABCL93FX.", ["8431234ABCL93FX"]),
    ("Basic UDI-DI:\n\n8431234ABTC500K", ["8431234ABTC500K"]),
    ("Basic UDI-DI (catheter): 8431234ABCL93FX. Basic UDI-DI (console): 8431234ABTC500K.",
     ["8431234ABCL93FX", "8431234ABTC500K"]),
    # negatives: a label followed by prose, a number without letters and digits mixed
    ("Basic UDI-DI:\n\nSee the EUDAMED registration.", []),
    ("Basic UDI-DI (catheter):\n\nTBD", []),
])
def test_basic_udi_di_after_its_label(text, expected):
    assert values(text, FactKind.BASIC_UDI_DI) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("This CEAR assesses Vagalis II implantable stimulator, model VGL-200.", ["Vagalis II"]),
    ("The notified body reviewed OrthoFlex Hip II system in 2024.", ["OrthoFlex Hip II"]),
    # negatives: no device noun after the name, or a common word
    ("This CEAR assesses Clinical data of the device.", []),
    ("The reviewer assessed Section 4 in detail.", []),
])
def test_device_named_as_the_object_of_an_assessment(text, expected):
    assert values(f"## 1 Device\n\n{text}", FactKind.DEVICE_NAME) == expected


@pytest.mark.parametrize(("name", "others", "base"), [
    ("OXYTEC Automated FiO2 Control Module", ["OXYTEC"], "OXYTEC"),
    ("PulseGuard SpO2 Monitor", ["PulseGuard"], "PulseGuard"),
    ("Capnoline EtCO2 Sensor", ["Capnoline"], "Capnoline"),
    # a number is a model, not a measurand
    ("NeuroStim X Pro 2", ["NeuroStim X Pro"], None),
    ("OXYTEC 2 Control Module", ["OXYTEC"], None),
])
def test_measurand_tokens_are_descriptors(name, others, base):
    assert descriptor_base(name, others) == base


def test_measurand_is_not_a_model_designation():
    assert model_extension_bases(["OXYTEC", "OXYTEC FiO2 Controller"]) == {}
