"""Defeated protective functions (SI001), exclusions carried over coordinated settings and
examples (CS001), and qualified groups in contraindications (LA001)."""

from __future__ import annotations

import pytest

from panelproof.extract.instructions import is_instruction
from panelproof.extract.model import FactKind
from panelproof.extract.settings import extract as extract_settings
from panelproof.ingest.text import document_from_text
from panelproof.rules.safety.common import match_hazards

_DEFEAT = "defeat_protective_function"


@pytest.mark.parametrize("sentence", [
    "To avoid false alarms in the elevator, switch the bubble detector to OFF for the whole "
    "transport and switch it back on once you are back in the ICU.",
    "During transport, disable the air-in-line detector to prevent nuisance alarms.",
    "Tape over the pop-off valve if higher pressures are needed.",
    "If the chest does not rise, turn the maximum pressure relief valve fully clockwise (closed) "
    "so the PIP you set is never cut off.",
    "The occlusion detection may be overridden by the nurse.",
    "Override the safety interlock to open the door during treatment.",
    "Um Fehlalarme im Aufzug zu vermeiden, den Blasendetektor für den gesamten Transport auf AUS "
    "stellen und nach Rückkehr auf die Intensivstation wieder einschalten.",
    "Schalten Sie den Luftblasendetektor während des Transports aus.",
    "Das Überdruckventil ganz zudrehen, wenn sich der Thorax nicht hebt.",
    "Si le thorax ne se soulève pas, tourner la valve de surpression à fond dans le sens horaire "
    "(fermée).",
    "Désactivez le détecteur de bulles pendant le transport.",
    "Disattivare il rilevatore di bolle durante il trasporto.",
    "Chiudere completamente la valvola limitatrice di pressione.",
    "Desactive el detector de burbujas durante el traslado.",
    "Gire la válvula de alivio completamente en sentido horario.",
    "Als de borstkas niet omhoog komt, draai het maximale overdrukventiel volledig rechtsom (dicht).",
    "Schakel de luchtbellendetector uit tijdens het transport.",
    "Switch the bubble detector of the pump to OFF during transport.",
    "Disable the automatic shut-off of the heater.",
])
def test_defeating_a_protection_is_a_hazard(sentence):
    assert _DEFEAT in {m.hazard.id for m in match_hazards(sentence)}


@pytest.mark.parametrize("sentence", [
    "Never switch off the bubble detector.",
    "The relief valve cannot be closed.",
    "Service personnel may test the detector.",
    "Service personnel may switch the bubble detector off during maintenance.",
    "Do not close the pressure relief valve fully.",
    "Turn the relief valve clockwise to increase the pressure limit.",
    "Check the bubble detector and switch off the pump.",
    "Insert the tubing into the air detector, then switch off the pump.",
    "Turn the pressure relief valve fully anticlockwise to open it.",
    "Switch the bubble detector back on after transport.",
    "After use, switch off the console and the bubble detector.",
    "The bubble detector stops the pump when air is detected.",
    "Verify that the pop-off valve opens at 40 cmH2O.",
    "Ne jamais désactiver le détecteur de bulles.",
    "Den Blasendetektor niemals ausschalten.",
    "Drehen Sie das Überdruckventil gegen den Uhrzeigersinn bis zum Anschlag.",
    "Niet het overdrukventiel volledig dichtdraaien.",
    "No desactive nunca el detector de aire.",
    "Non disattivare mai il rilevatore di bolle.",
    # the protection is the subject of an act on another device
    "The bubble detector must switch off the pump when air is detected.",
    "Ensure the interlock switches off the laser when the door opens.",
    "The automatic shut-off switches off the heater at 41 °C.",
    "Le détecteur de bulles coupe la pompe en cas d'air.",
    "Der Blasendetektor schaltet die Pumpe ab, wenn Luft erkannt wird.",
])
def test_keeping_a_protection_is_no_hazard(sentence):
    assert not match_hazards(sentence)


@pytest.mark.parametrize("sentence, expected", [
    ("Um Fehlalarme zu vermeiden, den Blasendetektor für den gesamten Transport auf AUS stellen "
     "und nach Rückkehr auf die Intensivstation wieder einschalten.", True),
    ("Als de borstkas niet omhoog komt, draai het overdrukventiel volledig rechtsom.", True),
    ("Zet de luchtbellendetector uit tijdens het transport.", True),
    ("Die Konsole und das Zubehör werden geliefert und geprüft.", False),
    ("Patienten mit Kindern und Jugendlichen.", False),
])
def test_dutch_and_coordinated_german_instructions(sentence, expected):
    assert is_instruction(sentence) is expected


def _settings(text: str, language: str) -> set[tuple[str, bool]]:
    document = document_from_text(text + "\n", "IFU.md", language=language)
    return {(f.value.id, f.value.negated) for f in extract_settings(document)
            if f.kind is FactKind.CARE_SETTING}


@pytest.mark.parametrize("language, text, place", [
    ("en", "## Intended purpose\n\nDo not use outside the hospital (for example in ambulances or "
           "helicopters).", "transport"),
    ("en", "## Intended purpose\n\nDo not use outside hospitals, e.g. in ambulances or air ambulances.",
     "transport"),
    ("en", "## Intended purpose\n\nNot for use in ambulances, helicopters or at home.", "home"),
    ("en", "## Intended purpose\n\nDo not use during transport, in ambulances or in the patient's "
           "home.", "home"),
    ("fr", "## Destination\n\nNe pas utiliser hors de l'hôpital (par exemple dans les ambulances).",
     "transport"),
    ("fr", "## Destination\n\nNe pas utiliser pendant le transport, à domicile ou en ambulance.",
     "home"),
    ("de", "## Zweckbestimmung\n\nNicht außerhalb des Krankenhauses verwenden (z. B. in "
           "Rettungswagen).", "transport"),
    ("nl", "## Beoogd gebruik\n\nNiet gebruiken buiten het ziekenhuis (bijvoorbeeld in ambulances).",
     "transport"),
    ("it", "## Destinazione d'uso\n\nNon utilizzare fuori dall'ospedale (ad esempio in ambulanza).",
     "transport"),
])
def test_exclusion_carries_over_coordination_and_examples(language, text, place):
    found = _settings(text, language)
    assert (place, True) in found
    assert (place, False) not in found


@pytest.mark.parametrize("language, text", [
    ("nl", "## Beoogd gebruik\n\nNiet gebruiken tijdens transport of buiten het ziekenhuis."),
    ("fr", "## Destination\n\nNe pas utiliser pendant le transport ni en dehors de l'hôpital."),
    ("es", "## Uso previsto\n\nNo utilizar durante el transporte ni fuera del hospital."),
])
def test_not_outside_the_hospital_restricts_to_it(language, text):
    found = _settings(text, language)
    assert ("hospital", False) in found
    assert ("hospital", True) not in found


@pytest.mark.parametrize("language, text, place", [
    ("en", "## Intended purpose\n\nNot for home use, but suitable for use in ambulances.",
     "transport"),
    ("en", "## Intended purpose\n\nDo not use at home. The device is intended for ambulances and "
           "hospitals.", "transport"),
    ("en", "## Intended purpose\n\nDo not use during transport; it is intended for the intensive "
           "care unit.", "icu"),
])
def test_exclusion_stops_at_contrast_and_sentence_end(language, text, place):
    assert (place, False) in _settings(text, language)


@pytest.mark.parametrize("language, text", [
    ("en", "## Intended purpose\n\nIt may be used during transport inside the hospital."),
    ("en", "## Intended purpose\n\nSuitable for intra-hospital transport."),
    ("de", "## Zweckbestimmung\n\nGeeignet für den innerklinischen Transport."),
])
def test_transport_inside_the_hospital_is_hospital_use(language, text):
    found = _settings(text, language)
    assert ("transport", False) not in found
    assert ("hospital", False) in found


def _groups(text: str, language: str) -> set[tuple[str, bool]]:
    from panelproof.extract import population
    from panelproof.extract.common import ExtractionContext
    document = document_from_text(text + "\n", f"IFU_{language}.md", language=language)
    return {(f.value.id, f.value.negated)
            for f in population.extract(document, ExtractionContext())
            if f.kind is FactKind.POPULATION_GROUP}


_CONTRA = {"en": "Contraindications", "fr": "Contre-indications", "de": "Kontraindikationen",
           "it": "Controindicazioni", "es": "Contraindicaciones", "nl": "Contra-indicaties"}


@pytest.mark.parametrize("language, item", [
    ("en", "Newborns requiring prolonged ventilation by a ventilator."),
    ("en", "Neonates needing long-term respiratory support."),
    ("fr", "Nouveau-né nécessitant une ventilation prolongée par ventilateur."),
    ("fr", "Nouveau-nés présentant une hernie diaphragmatique."),
    ("de", "Neugeborene, die eine längere maschinelle Beatmung benötigen."),
    ("it", "Neonati che necessitano di ventilazione prolungata."),
    ("es", "Recién nacidos que requieren ventilación prolongada."),
])
def test_qualified_group_in_a_contraindication_is_a_subgroup(language, item):
    found = _groups(f"# {_CONTRA[language]}\n\n- {item}", language)
    assert ("neonates", True) not in found


@pytest.mark.parametrize("language, item", [
    ("en", "Newborns."),
    ("fr", "Nouveau-nés."),
    ("de", "Neugeborene."),
])
def test_bare_group_in_a_contraindication_is_excluded(language, item):
    assert ("neonates", True) in _groups(f"# {_CONTRA[language]}\n\n- {item}", language)
