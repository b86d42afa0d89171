"""Leftover contraindication items that restate each other, and ones that do not."""

import pytest

from panelproof.extract._paraphrase import quantities
from panelproof.rules.intended_use.common import leftovers_alike


@pytest.mark.parametrize("first, second", [
    ("heavy annular calcification preventing secure suturing",
     "heavily calcified annulus that does not permit secure placement of sutures"),
    ("septal anatomy not allowing stable placement",
     "an atrial septal aneurysm or septum that does not allow stable device placement"),
    ("vessels too small for a 10 Fr sheath", "vessel anatomy that does not allow a 10 Fr sheath"),
    ("Gefäße zu klein für eine 10-Fr-Schleuse", "Gefäßanatomie, die eine 10-Fr-Schleuse nicht zulässt"),
    ("blood clot inside the heart", "intracardiac thrombus"),
    ("caillot sanguin dans le cœur", "thrombus intracardiaque"),
    ("drugs not approved for nebulisation", "medicinal products not approved for nebulisation"),
    ("Cholesteatoma or active ear discharge", "Cholesteatoma or chronic otitis media with active otorrhoea"),
    ("any contraindication to vaginal delivery", "any contraindication to vaginal birth"),
    ("otorrhée active", "écoulement auriculaire actif"),
])
def test_restated_items_are_alike(first, second):
    assert leftovers_alike(first, second)


@pytest.mark.parametrize("first, second", [
    ("hypersensitivity to nickel", "known hypersensitivity to nickel or titanium"),
    ("irreversible renal failure", "irreversible hepatic failure"),
    ("severe aortic stenosis with bicuspid valve", "severe aortic stenosis with tricuspid valve"),
    ("left ventricular thrombus", "left atrial thrombus"),
    ("vessels too small for a 10 Fr sheath", "vessel anatomy that does not allow a 12 Fr sheath"),
    ("active infection at the implant site", "active infection at the injection site"),
    ("severe osteoporosis of the spine", "severe osteoporosis of the hip"),
])
def test_different_items_stay_apart(first, second):
    assert not leftovers_alike(first, second)


@pytest.mark.parametrize("first, second, same", [
    ("valve area below 1,7 cm²", "valve area below 170 mm²", True),
    ("diameter < 0.4 cm", "diameter less than 4 mm", True),
    ("weight over 2.5 kg", "weight above 2500 g", True),
    ("valve area below 1,5 cm²", "valve area below 170 mm²", False),
])
def test_quantities_meet_in_one_unit(first, second, same):
    assert (quantities(first) == quantities(second)) is same
