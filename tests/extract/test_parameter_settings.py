"""Recommended and instructed settings, tolerances and count limits per device (en/fr/de/it/es/nl)."""

from __future__ import annotations

import pytest

from panelproof.extract import parameters
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.text import document_from_text


def _facts(text: str, path: str = "IFU_en.md", heading: str = "Technical data"):
    document = document_from_text(f"# {heading}\n\n{text}\n", path)
    return list(parameters.extract(document, ExtractionContext()))


def _read(text: str, path: str = "IFU_en.md", kind: FactKind = FactKind.PARAMETER, **kw):
    return [(f.value.name, f.value.low, f.value.high)
            for f in _facts(text, path, **kw) if f.kind is kind]


# --- delivery accuracy: a tolerance is the parameter's value ----------------------------------

@pytest.mark.parametrize(("text", "path", "value"), [
    ("The mechanism gives a delivery accuracy of ± 2 % (nominal, with recommended syringes).",
     "CER.md", 2),
    ("| Delivery accuracy | ± 5 % (with recommended syringes) |", "IFU_en.md", 5),
    ("Delivery accuracy: ±5%", "IFU_en.md", 5),
    ("The dosing accuracy is within 3 %.", "IFU_en.md", 3),
    ("- Flow rate accuracy +/- 4 %", "IFU_en.md", 4),
    ("| Precisión de administración | ± 5 % (con jeringas recomendadas) |", "IFU_es.md", 5),
    ("Précision du débit : ± 5 %", "IFU_fr.md", 5),
    ("Fördergenauigkeit ± 5 %", "IFU_de.md", 5),
    ("Accuratezza di erogazione: ± 3 %", "IFU_it.md", 3),
    ("Doseernauwkeurigheid ± 4 %", "IFU_nl.md", 4),
])
def test_delivery_accuracy_is_read_as_a_tolerance(text, path, value):
    assert ("delivery_accuracy", value, value) in _read(text, path)


@pytest.mark.parametrize("text", [
    "Oxygen concentration accuracy ± 3 %",
    "FiO2 deviation of more than 3 %",
    "Pressure measurement accuracy ± 2 cmH2O",
    "Accuracy of the flow sensor display ± 10 % of reading",
])
def test_other_accuracies_are_not_delivery_accuracy(text):
    assert not [r for r in _read(text) if r[0] in ("delivery_accuracy", "fio2")]


# --- maxima of pulses, cycles, uses per device ------------------------------------------------

@pytest.mark.parametrize(("text", "path", "name", "low", "high"), [
    ("It delivers up to a maximum of 80 pulses per catheter (8 cycles of 10 pulses).", "CER.md",
     "max_count:pulse/catheter", None, 80),
    ("- Maximum 120 pulses per catheter (12 cycles of 10 pulses)", "IFU_en.md",
     "max_count:pulse/catheter", None, 120),
    ("Maximal 120 Impulse pro Katheter.", "IFU_de.md", "max_count:pulse/catheter", None, 120),
    ("Nombre maximal d'impulsions par cathéter : 120", "IFU_fr.md", "max_count:pulse/catheter",
     None, 120),
    ("Il sistema eroga fino a 60 impulsi per catetere.", "IFU_it.md", "max_count:pulse/catheter",
     None, 60),
    ("El sistema permite hasta 60 pulsos por catéter.", "IFU_es.md", "max_count:pulse/catheter",
     None, 60),
    ("Het systeem geeft maximaal 60 pulsen per katheter.", "IFU_nl.md",
     "max_count:pulse/catheter", None, 60),
    ("| Maximum number of activations per handpiece | 50 |", "IFU_en.md",
     "max_count:activation/handpiece", None, 50),
    ("| Cycles per patient | 3 |", "IFU_en.md", "max_count:cycle/patient", 3, 3),
    ("The probe is validated for 20 uses per probe.", "IFU_en.md", "max_count:use/probe", 20, 20),
])
def test_count_limits_per_device(text, path, name, low, high):
    assert (name, low, high) in _read(text, path)


@pytest.mark.parametrize("text", [
    "Each treatment consists of 8 cycles of 10 pulses.",
    "The generator delivers 10 pulses per cycle.",
    "Pulses are delivered at 40 pulses per second.",
    "The pulse width is 100 µs.",
    "Up to 3 patients per day were treated in the study.",
])
def test_counts_that_are_not_limits_per_device(text):
    assert not [r for r in _read(text) if r[0].startswith("max_count:")]


# --- settings and recommendations are not the device's range ----------------------------------

@pytest.mark.parametrize(("text", "path", "name", "low", "high"), [
    ("Set the PIP to 30 cmH2O.", "IFU_en.md", "inspiratory_pressure", 30, 30),
    ("Set PEEP to 5 cmH2O.", "IFU_en.md", "peep", 5, 5),
    ("Stel de PIP in op 30 cmH2O.", "IFU_nl.md", "inspiratory_pressure", 30, 30),
    ("| PIP in: | 30 cmH2O |", "IFU_nl.md", "inspiratory_pressure", 30, 30),
    ("Stel de flow in op 8 tot 10 l/min.", "IFU_nl.md", "flow_rate", 8, 10),
    ("For preterm babies, start with a PEEP of 5 to 6 cmH2O, as recommended by current "
     "resuscitation guidelines.", "IFU_en.md", "peep", 5, 6),
    ("The manufacturer recommends a PEEP of about 5 to 6 cmH2O for preterm babies.", "CER.md",
     "peep", 5, 6),
    ("A PEEP of 5 cmH2O is recommended for preterm infants.", "IFU_en.md", "peep", 5, 5),
    ("Stellen Sie den PEEP auf 5 cmH2O ein.", "IFU_de.md", "peep", 5, 5),
    ("Den PEEP auf 5 cmH2O einstellen.", "IFU_de.md", "peep", 5, 5),
    ("Réglez la PEP à 5 cmH2O.", "IFU_fr.md", "peep", 5, 5),
    ("Impostare la PEEP a 5 cmH2O.", "IFU_it.md", "peep", 5, 5),
    ("Ajuste la PEEP a 5 cmH2O.", "IFU_es.md", "peep", 5, 5),
    ("PEEP recomendada: 5 cmH2O", "IFU_es.md", "peep", 5, 5),
    ("Flow range 5 to 15 L/min (8 to 10 L/min recommended)", "IFU_en.md", "flow_rate", 8, 10),
    ("Plage de débit 5 à 15 l/min (recommandé : 8 à 10 l/min)", "IFU_fr.md", "flow_rate", 8, 10),
])
def test_settings_are_read_as_settings(text, path, name, low, high):
    assert (name, low, high) in _read(text, path, FactKind.PARAMETER_SETTING)
    assert (name, low, high) not in _read(text, path)


@pytest.mark.parametrize(("text", "path", "name", "low", "high"), [
    # a German or Dutch instruction ends in its verb, after the value and its bracket
    ("Mit niedrigem Flow (≤ 2 l/min) beginnen, bis die korrekte Lage der Veress-Nadel "
     "bestätigt ist.", "IFU_de.md", "flow_rate", None, 2),
    ("Mit einem PEEP von 5 cmH2O starten und nach Blutgasanalyse anpassen.", "IFU_de.md",
     "peep", 5, 5),
    ("Bei Frühgeborenen ist mit einem PEEP von 5 cmH2O zu beginnen.", "IFU_de.md", "peep", 5, 5),
    ("Met een lage flow (2 l/min) beginnen tot de naald correct ligt.", "IFU_nl.md",
     "flow_rate", 2, 2),
])
def test_instructions_ending_in_their_verb_are_settings(text, path, name, low, high):
    assert (name, low, high) in _read(text, path, FactKind.PARAMETER_SETTING)
    assert (name, low, high) not in _read(text, path)


def test_rows_under_a_recommended_settings_heading_are_settings():
    text = "| Parameter | Value |\n| --- | --- |\n| PEEP | 5 cmH2O |"
    assert ("peep", 5, 5) in _read(text, "IFU_en.md", FactKind.PARAMETER_SETTING,
                                   heading="Recommended settings")
    assert ("peep", 5, 5) in _read(text, "IFU_en.md", heading="Specifications")


@pytest.mark.parametrize(("text", "path", "name", "low", "high"), [
    ("| PEEP range | 8 to 20 cmH2O (set with the PEEP cap) |", "IFU_en.md", "peep", 8, 20),
    ("Flow range 5 to 15 L/min (8 to 10 L/min recommended)", "IFU_en.md", "flow_rate", 5, 15),
    ("The PEEP can be set from 5 to 20 cmH2O.", "IFU_en.md", "peep", 5, 20),
    ("The PEEP is adjustable between 5 and 20 cmH2O.", "IFU_en.md", "peep", 5, 20),
    ("With the recommended circuits, the PEEP range is 5 to 20 cmH2O.", "IFU_en.md", "peep", 5, 20),
    ("PEEP : 8 à 20 cmH2O (réglée avec le capuchon PEEP)", "IFU_fr.md", "peep", 8, 20),
    ("| PEEP | 8 tot 20 cmH2O |", "IFU_nl.md", "peep", 8, 20),
    ("PIP range 10 to 60 cmH2O", "IFU_en.md", "inspiratory_pressure", 10, 60),
    ("| Set PEEP | 0 to 20 cmH2O |", "IFU_en.md", "peep", 0, 20),
    ("Der Flow ist von 0,1 bis 45 l/min wählbar.", "IFU_de.md", "flow_rate", 0.1, 45),
    ("Flow 0,1 – 45 l/min; beginnen Sie die Insufflation erst nach Lagekontrolle.", "IFU_de.md",
     "flow_rate", 0.1, 45),
])
def test_ranges_stay_ranges(text, path, name, low, high):
    assert (name, low, high) in _read(text, path)
    assert not [r for r in _read(text, path, FactKind.PARAMETER_SETTING) if r == (name, low, high)]


def test_delivery_accuracy_with_recommended_syringes_is_not_a_setting():
    text = "| Delivery accuracy | ± 5 % (with recommended syringes) |"
    assert not _read(text, kind=FactKind.PARAMETER_SETTING)


# --- counts of a component per part of the device ---------------------------------------------

@pytest.mark.parametrize(("text", "path", "name", "n"), [
    ("| Contacts | 8 platinum-iridium contacts per cuff |", "IFU_en.md", "count:contact/cuff", 8),
    ("| Contacts per cuff | 16 (platinum-iridium, 4 rings × 4) |", "CER.md", "count:contact/cuff", 16),
    ("Number of contacts per cuff: 16", "CER.md", "count:contact/cuff", 16),
    ("Silicone cuffs with 16 contacts each.", "SSCP.md", "count:contact/cuff", 16),
    ("The system uses a sixteen-contact nerve cuff.", "CER.md", "count:contact/cuff", 16),
    ("Each cuff carries sixteen contacts.", "CER.md", "count:contact/cuff", 16),
    ("| Kontakte | 8 Kontakte pro Manschette |", "IFU_de.md", "count:contact/cuff", 8),
    ("Die Manschette mit 16 Kontakten wird um den Nerv gelegt.", "IFU_de.md", "count:contact/cuff", 16),
    ("Le manchon à 16 contacts entoure le nerf.", "IFU_fr.md", "count:contact/cuff", 16),
    ("Nombre de contacts par manchon : 8", "IFU_fr.md", "count:contact/cuff", 8),
    ("| Contacten | 8 contacten per manchet |", "IFU_nl.md", "count:contact/cuff", 8),
    ("A 3-lumen catheter for central venous access.", "IFU_en.md", "count:lumen/catheter", 3),
    ("Il catetere con 3 lumi è radiopaco.", "IFU_it.md", "count:lumen/catheter", 3),
    ("Each lead has 8 electrodes.", "CER.md", "count:electrode/lead", 8),
])
def test_component_counts_per_holder(text, path, name, n):
    assert (name, n, n) in _read(text, path)


@pytest.mark.parametrize("text", [
    "In 2 of 8 contacts per cuff the impedance exceeded 5 kOhm.",
    "2 of the 16 contacts per cuff failed.",
    "Up to 2 cuffs are implanted per limb.",
    "A total of 24 patients per centre were enrolled.",
    "Cuff sizes per nerve: 3, 4 and 5 mm.",
    "Stop stimulation and contact your clinic if percepts become painful.",
])
def test_counts_that_are_not_component_counts(text):
    assert not [r for r in _read(text, "CER.md") if r[0].startswith("count:contact")
                or r[0].startswith("count:")]
