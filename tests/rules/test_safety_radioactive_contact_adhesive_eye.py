"""SI001: close contact with children or pregnant women right after a permanent radioactive
implant; a topical skin adhesive placed into the wound; use near the eye without protection."""

import pytest

from panelproof.rules.safety.common import match_hazards


def _hazards(sentence: str) -> set[str]:
    return {m.hazard.id for m in match_hazards(sentence)}


@pytest.mark.parametrize("sentence", [
    "Patients can cuddle babies and toddlers straight away after the seeds have been implanted.",
    "Close contact with pregnant women is allowed without any restriction from the day of the brachytherapy implant.",
    "Les enfants peuvent être pris sur les genoux sans restriction dès le jour de l'implantation des grains.",
    "Kleinkinder dürfen unmittelbar nach der Implantation der Seeds auf den Schoß genommen werden.",
    "Los nietos pueden sentarse en el regazo sin restricción justo después del implante radiactivo.",
    "Zwangere vrouwen mogen direct na de implantatie van de zaadjes in nauw contact komen.",
])
def test_close_contact_after_radioactive_implant_is_a_hazard(sentence):
    assert "close_contact_after_radioactive_implant" in _hazards(sentence)


@pytest.mark.parametrize("sentence", [
    "Avoid holding infants on your lap for 2 months after the seed implant.",
    "For the first two months after implantation, do not let children sit on your lap for long.",
    "Two months after the seed implant, children may be held on the lap without restriction.",
    "Pendant 2 mois après l'implantation, ne pas prendre de jeunes enfants sur les genoux.",
    "Nach der Implantation der Seeds zwei Monate lang keine Kleinkinder längere Zeit auf den Schoß nehmen.",
    "Tras 2 meses desde el implante, puede tener a los niños en brazos sin restricción.",
    "Children may hold the toy immediately after unpacking it.",
])
def test_restrictions_and_waiting_periods_are_safe(sentence):
    assert "close_contact_after_radioactive_implant" not in _hazards(sentence)


@pytest.mark.parametrize("sentence", [
    "Squeeze a few drops of the glue deep into the laceration before approximating the skin.",
    "Work the adhesive down between the skin edges so that it fills the gap.",
    "Appliquer la colle entre les berges de la plaie avant de les rapprocher.",
    "Den Gewebekleber zuerst in die Wunde geben und dann die Wundränder adaptieren.",
    "Aplique una primera capa de adhesivo dentro de la herida y después aproxime los bordes.",
    "Stendere uno strato di adesivo nel letto della ferita, poi avvicinare i margini.",
])
def test_skin_adhesive_into_wound_is_a_hazard(sentence):
    assert "skin_adhesive_into_wound" in _hazards(sentence)


@pytest.mark.parametrize("sentence", [
    "Apply the adhesive on the skin surface over the approximated wound edges; never apply it into the wound.",
    "Do not place adhesive between the wound edges.",
    "Ne pas appliquer la colle dans la plaie.",
    "Den Kleber nicht in die Wunde einbringen.",
    "No aplique el adhesivo dentro de la herida.",
    "Place the alginate dressing into the wound cavity and cover with a secondary dressing.",
    "Apply the fibrin sealant layer into the wound bed to control oozing.",
])
def test_adhesive_on_skin_and_wound_fillers_are_safe(sentence):
    assert "skin_adhesive_into_wound" not in _hazards(sentence)


@pytest.mark.parametrize("sentence", [
    "The adhesive can be used around the eyes and on the eyelids without any particular protection.",
    "Peut être appliqué près de l'œil et sur les paupières sans protection.",
    "Das Spray kann in Augennähe ohne Augenschutz angewendet werden.",
    "Puede utilizarse alrededor de los ojos sin proteger el ojo.",
    "Può essere applicato sulle palpebre senza protezione particolare.",
])
def test_use_near_eye_without_protection_is_a_hazard(sentence):
    assert "near_eye_without_protection" in _hazards(sentence)


@pytest.mark.parametrize("sentence", [
    "Near the eye, protect the eye with gauze and position the patient so the adhesive cannot run into it.",
    "Do not use near the eye without eye protection.",
    "Ne jamais appliquer près des yeux sans protection.",
    "Nicht ohne Augenschutz in Augennähe anwenden.",
    "No aplicar cerca del ojo sin protección.",
    "Apply the adhesive on the forearm without covering the dressing.",
])
def test_protected_or_prohibited_eye_use_is_safe(sentence):
    assert "near_eye_without_protection" not in _hazards(sentence)
