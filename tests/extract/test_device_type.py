"""DEVICE_TYPE facts from pack terms, in titles and descriptive sections, in en/fr/de."""

from __future__ import annotations

import pytest

from panelproof.extract.common import ExtractionContext
from panelproof.extract.device_type import device_types, extract, find_terms
from panelproof.extract.model import FactBase, FactKind
from panelproof.ingest.model import Document, DossierConfig, Role, assign_offsets
from panelproof.ingest.text import parse_markdown


def _doc(markdown: str, path: str = "IFU_en.md", role: Role = Role.IFU) -> Document:
    blocks = parse_markdown(markdown)
    assign_offsets(blocks)
    return Document(path=path, format="md", role=role, blocks=blocks)


@pytest.mark.parametrize(("text", "pack"), [
    ("AirVent 60 ventilator", "ventilator"),
    ("Ventilateur de soins intensifs", "ventilator"),
    ("Intensivbeatmungsgerät AirVent", "ventilator"),
    ("device for mechanical ventilation", "ventilator"),
    ("InfuMax syringe pump", "infusion_pump"),
    ("la pompe à perfusion volumétrique", "infusion_pump"),
    ("Spritzenpumpen der Serie S", "infusion_pump"),
    ("an insulin pump for type 1 diabetes", "insulin_pump"),
    ("Insulinpumpe", "insulin_pump"),
    ("haemodialysis system", "dialysis_machine"),
    ("spinal cord stimulator", "implantable_neurostimulator"),
    ("neurostimulateur implantable", "implantable_neurostimulator"),
    ("Total hip arthroplasty system", "orthopaedic_implant"),
    ("Hüftendoprothesen", "orthopaedic_implant"),
    ("prothèse totale de genou", "orthopaedic_implant"),
    ("xenogeneic bone substitute", "dental_implant_or_graft"),
    ("Zahnimplantat", "dental_implant_or_graft"),
    ("transcatheter aortic valve", "heart_valve_or_stent"),
    ("negative pressure wound therapy unit", "wound_device"),
    ("Unterdruck-Wundtherapie", "wound_device"),
    ("AeroFlow HF60 High-Flow-Sauerstoffsystem", "high_flow_oxygen_therapy"),
    ("heated humidified nasal high flow for infants", "high_flow_oxygen_therapy"),
    ("système d'oxygénothérapie nasale à haut débit", "high_flow_oxygen_therapy"),
    ("Vitalis ECMO-Konsole", "extracorporeal_life_support"),
    ("veno-arterial extracorporeal life support", "extracorporeal_life_support"),
    ("oxygénation par membrane extracorporelle", "extracorporeal_life_support"),
    ("Infusa Enterale Ernährungspumpe", "enteral_feeding_pump"),
    ("pompe de nutrition entérale", "enteral_feeding_pump"),
    ("an auto-CPAP device for obstructive sleep apnoea", "cpap_device"),
    ("Cochlea-Implantat-System", "cochlear_implant"),
    ("implant cochléaire", "cochlear_implant"),
    ("lightweight polypropylene hernia mesh", "surgical_mesh"),
    ("Herniennetz aus Polypropylen", "surgical_mesh"),
    ("silicone gel breast implants", "breast_implant"),
    ("prothèses mammaires", "breast_implant"),
    ("PCA-Pumpe", "infusion_pump"),
    ("patient-controlled analgesia pump", "infusion_pump"),
])
def test_terms_name_their_pack(text: str, pack: str) -> None:
    assert pack in [p for p, _, _ in find_terms(text)]


@pytest.mark.parametrize("text", [
    "The results were konsistent across sites.",   # "stent" inside a word
    "acute respiratory failure",                   # "respirator" inside "respiratory"
    "ventilatory support",                          # not "ventilator"
    "The study included 40 patients.",
])
def test_no_pack_named(text: str) -> None:
    assert list(find_terms(text)) == []


def test_insulin_pump_is_not_read_as_a_generic_pump() -> None:
    assert [p for p, _, _ in find_terms("insulin infusion pump")] == ["insulin_pump"]


def test_fact_quotes_the_term_verbatim_from_descriptive_places_only() -> None:
    doc = _doc("# AirVent 60 Ventilator\n\n## Intended purpose\n\nThe device is a ventilator.\n\n"
               "## State of the art\n\n" + "Filler paragraph.\n\n" * 8 +
               "Infusion pumps are not compared here.\n")
    facts = list(extract(doc, ExtractionContext()))
    assert [f.value.id for f in facts] == ["ventilator"]
    assert facts[0].kind is FactKind.DEVICE_TYPE
    assert facts[0].location.quote == "Ventilator"


def test_device_types_prefers_the_type_most_documents_name() -> None:
    docs = [_doc("# AirVent ventilator\n\nUse with the wound dressing kit.", "IFU_en.md"),
            _doc("# Ventilateur AirVent\n", "IFU_fr.md"),
            _doc("# CER of the AirVent ventilator\n", "CER.md", Role.CER)]
    base = FactBase(documents=docs)
    for d in docs:
        base.extend(extract(d, ExtractionContext()))
    assert device_types(base) == ["ventilator"]


def test_declared_type_wins() -> None:
    base = FactBase(documents=[], config=DossierConfig(device_type="insulin_pump"))
    assert device_types(base) == ["insulin_pump"]


@pytest.mark.parametrize(("text", "negated"), [
    ("Tidal volume is measured by a proximal flow sensor.", False),
    ("Le volume est mesuré par un capteur de débit proximal.", False),
    ("Das Volumen wird mit einem proximalen Flowsensor gemessen.", False),
    ("The device has no proximal flow sensor.", True),
    # modifiers inside the feature's name
    ("Volumes come from a proximal hot-wire flow sensor at the wye.", False),
    ("A proximal, single-use flow sensor is placed at the tube connector.", False),
    ("Gemessen wird mit einem proximalen Hitzdraht-Flowsensor.", False),
    ("It works without any proximal heated flow sensor.", True),
])
def test_required_feature_mentions(text: str, negated: bool) -> None:
    from panelproof.extract.device_type import find_features
    found = list(find_features(text))
    assert [(f[0], f[3]) for f in found] == [("proximal_flow_sensor", negated)]


def test_generic_flow_sensor_is_not_the_proximal_one() -> None:
    from panelproof.extract.device_type import find_features
    assert list(find_features("The expiratory flow sensor is in the exhalation valve.")) == []
    # "proximal" in another sentence or too far away is not the feature's name
    assert list(find_features("Connect at the proximal end. The flow sensor sits in the valve.")) == []
    assert list(find_features("proximal to the patient wye sits the expiratory flow sensor")) == []


# --- an apheresis system is not an infusion pump -------------------------------------------------

import pytest as _pytest


@_pytest.mark.parametrize("text", [
    "The SepraCell is a therapeutic apheresis system intended for plasma exchange. An infusion system delivers ACD-A.",
    "Cell separator for cytapheresis; the anticoagulant infusion device is integrated.",
    "Le système d'aphérèse est destiné à l'échange plasmatique ; un système de perfusion délivre l'anticoagulant.",
    "Das Apheresesystem ist für den Plasmaaustausch bestimmt; ein Infusionssystem fördert das Antikoagulans.",
])
def test_an_apheresis_system_naming_an_infusion_system_is_no_infusion_pump(text):
    from panelproof.extract.device_type import device_types, extract as extract_types
    from panelproof.extract.model import FactBase
    from panelproof.ingest.text import document_from_text

    document = document_from_text(f"# IFU\n\n## Intended purpose\n\n{text}\n", "IFU.md")
    base = FactBase(documents=[document])
    base.extend(extract_types(document, None))
    assert device_types(base) == ["apheresis_system"]


def test_an_infusion_pump_stays_an_infusion_pump():
    from panelproof.extract.device_type import device_types, extract as extract_types
    from panelproof.extract.model import FactBase
    from panelproof.ingest.text import document_from_text

    document = document_from_text("# IFU\n\n## Intended purpose\n\nThe volumetric infusion pump delivers fluids.\n", "IFU.md")
    base = FactBase(documents=[document])
    base.extend(extract_types(document, None))
    assert device_types(base) == ["infusion_pump"]
