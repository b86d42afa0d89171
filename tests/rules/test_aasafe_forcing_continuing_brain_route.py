"""Failure classes of the heldout_aa blind set: forcing a device past resistance, going on after
an intraoperative fracture, running without humidifier water or coolant against the document's
own warning, an intrathecal drug said to act in the brain, and a lifetime claim measured against
ages, planned follow-up or state-of-the-art background instead of the device's data."""

from __future__ import annotations

import pytest

from panelproof.extract.claims import analyse
from panelproof.extract.evidence import EvidenceEntry, follow_up_months
from panelproof.extract.model import Claim, Fact, FactBase, FactKind
from panelproof.ingest.model import Location, Role
from panelproof.rules.claim._support import longest_supporting_follow_up
from panelproof.rules.safety.common import match_hazards


def _hazards(text: str) -> set[str]:
    return {m.hazard.id for m in match_hazards(text)}


@pytest.mark.parametrize("text,hazard", [
    ("If the line meets resistance near the liver, advance it steadily until the resistance yields.",
     "advance_against_resistance"),
    ("Rotate the sheath and press on until the resistance is overcome.", "advance_against_resistance"),
    ("Gently thread the guidewire through the resistance under fluoroscopy.", "advance_against_resistance"),
    ("En cas de résistance, pousser la sonde jusqu'à vaincre la résistance.", "advance_against_resistance"),
    ("Den Führungsdraht trotz Widerstand weiter vorschieben.", "advance_against_resistance"),
    ("Spingere la cannula fino a superare la resistenza.", "advance_against_resistance"),
    ("Empuje la vaina hasta vencer la resistencia.", "advance_against_resistance"),
    ("Should the acetabulum crack while seating the cup, proceed with a larger cup and impact further.",
     "continue_after_intraoperative_fracture"),
    ("If the pedicle wall is breached, continue inserting the next screw size.",
     "continue_after_intraoperative_fracture"),
    ("En cas de fissure du fémur pendant l'impaction, poursuivre avec la taille supérieure.",
     "continue_after_intraoperative_fracture"),
    ("Bei einer Fraktur des Wirbelkörpers mit dem nächstgrößeren Implantat fortfahren.",
     "continue_after_intraoperative_fracture"),
    ("In caso di frattura della corticale, proseguire con la taglia successiva.",
     "continue_after_intraoperative_fracture"),
    ("When the reservoir is empty, the heated circuit can keep running until the morning check.",
     "operate_without_water_or_coolant"),
    ("The cooling console may be operated without coolant for short transfers.",
     "operate_without_water_or_coolant"),
    ("Le traitement peut être poursuivi sans eau pendant une heure.", "operate_without_water_or_coolant"),
    ("Die Therapie darf ohne Wasser bis zur nächsten Kontrolle fortgesetzt werden.",
     "operate_without_water_or_coolant"),
])
def test_unsafe_instructions_are_hazards(text: str, hazard: str) -> None:
    assert hazard in _hazards(text)


@pytest.mark.parametrize("text", [
    "If resistance is felt, do not force the catheter; withdraw slightly and rotate.",
    "Never push the guidewire against resistance.",
    "Advance the catheter until resistance is felt, then withdraw it by 1 cm.",
    "Push the non-coring needle through the port septum until the resistance is overcome.",
    "Advance the Tuohy needle until loss of resistance.",
    "In case of endplate fracture, abort the implantation and convert to fusion.",
    "If a fracture occurs, do not continue the impaction.",
    "Continue radiographic follow-up to detect subsidence or fracture.",
    "If the implant is broken, proceed with the revision.",
    "Do not operate the device without water in the chamber.",
    "Continue the therapy and refill the water chamber.",
])
def test_safe_steps_are_not_hazards(text: str) -> None:
    assert not _hazards(text) & {"advance_against_resistance", "continue_after_intraoperative_fracture",
                                 "operate_without_water_or_coolant"}


@pytest.mark.parametrize("text,months", [
    ("The trial enrolled 200 patients (mean age 58,4 years) with follow-up at 6, 12 and 24 months.", 24.0),
    ("A cohort of 40 children, median age 8.5 yrs, follow-up 18 months.", 18.0),
    ("Patients aged 65 years were followed for 12 months.", 12.0),
    ("The PMCF foresees a dedicated registry with follow-up to 10 years.", None),
    ("The PMCF plan envisages a 7-year follow-up of all patients.", None),
    ("Mean follow-up was 5.2 years (range 2-9 years).", 108.0),
])
def test_ages_and_foreseen_follow_up_are_not_follow_up(text: str, months: float | None) -> None:
    assert follow_up_months(text) == months


def _evidence(months: float, section: str, quote: str) -> Fact:
    return Fact(FactKind.EVIDENCE, EvidenceEntry(citation=quote[:40], subject="human", follow_up_months=months),
                Location("CER.pdf", 1, section, quote), Role.CER, "en")


def test_state_of_the_art_does_not_support_an_uncited_claim() -> None:
    own = _evidence(36.0, "6. Clinical data of the device", "The pivotal study followed 90 patients for 36 months.")
    sota = _evidence(120.0, "3. State of the art", "Ten-year data exist for some other designs.")
    facts = FactBase(documents=[], facts=[own, sota])
    claim = Claim(text="The implant preserves motion for life.")
    assert longest_supporting_follow_up(claim, facts) is own
    only_sota = FactBase(documents=[], facts=[sota])
    assert longest_supporting_follow_up(claim, only_sota) is sota


@pytest.mark.parametrize("text", [
    "The system releases baclofen into the lateral ventricles to relax the muscles.",
    "Intrathecal baclofen acts on the motor cortex and reduces spasticity at its source.",
    "La pompe délivre le baclofène dans les ventricules cérébraux.",
    "Die Pumpe gibt Baclofen direkt in die Hirnventrikel ab.",
    "La pompa rilascia il baclofen nei ventricoli cerebrali.",
])
def test_intrathecal_drug_in_the_brain_is_a_red_flag(text: str) -> None:
    claim = analyse(text, device_types=["infusion_pump"])
    assert claim is not None and claim.red_flag == "intrathecal_drug_acts_in_brain"


@pytest.mark.parametrize("text", [
    "The pump delivers baclofen into the intrathecal space, where it acts on GABA-B receptors of the spinal cord.",
    "An overdose of baclofen may reach the brain and cause respiratory depression and coma.",
])
def test_spinal_route_and_overdose_are_no_red_flag(text: str) -> None:
    claim = analyse(text, device_types=["infusion_pump"])
    assert claim is None or claim.red_flag != "intrathecal_drug_acts_in_brain"
