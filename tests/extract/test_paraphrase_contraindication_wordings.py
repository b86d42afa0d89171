"""Contraindications restated in other words (anaesthesia fitness, pseudophakia, a specialist's
agreement, angles, reach of a beam) are one item; real differences stay apart."""

import pytest

from panelproof.extract._paraphrase import restated
from panelproof.rules.intended_use.common import _covers_item, leftovers_alike


@pytest.mark.parametrize("first, second", [
    ("medical conditions that do not allow general anaesthesia and posterior fossa surgery",
     "inability to undergo general anaesthesia and posterior fossa surgery"),
    ("conditions precluding general anesthesia", "patients unable to undergo general anaesthesia"),
    ("previous cataract surgery in the eye to be implanted", "pseudophakia in the eye to be implanted"),
    ("prior cataract extraction in the study eye", "pseudophakic study eye"),
    ("hydrocephalus with a shunt, unless the neurosurgeon agrees",
     "hydrocephalus with shunt unless approved by the neurosurgeon"),
    ("shunted hydrocephalus unless cleared by the neurosurgeon", "shunted hydrocephalus unless the neurosurgeon consents"),
    ("malalignment over 10 degrees", "varus or valgus malalignment > 10°"),
    ("fibroids not accessible to the ultrasound beam", "fibroids not reachable by the beam"),
    ("lesions not reachable by the beam", "lesions inaccessible to the ultrasound beam"),
])
def test_restated(first, second):
    assert restated(first, second)


@pytest.mark.parametrize("first, second", [
    ("previous cataract surgery in the eye to be implanted", "previous glaucoma surgery in the eye to be implanted"),
    ("malalignment over 10 degrees", "malalignment over 15°"),
    ("fibroids not accessible to the ultrasound beam", "fibroids accessible to the ultrasound beam"),
    ("upper respiratory infection", "lower respiratory infection"),
    ("inability to undergo general anaesthesia", "inability to undergo posterior fossa surgery"),
])
def test_not_restated(first, second):
    assert not restated(first, second)


def test_an_item_with_one_more_alternative_covers_the_item():
    assert _covers_item("active nasal or sinus infection", "active nasal infection")
    assert not _covers_item("active nasal or sinus infection", "active ear infection")
    assert not _covers_item("hypersensitivity to nickel or titanium", "hypersensitivity to nickel")


def test_leftovers_differing_by_a_negation_only_stay_apart():
    assert not leftovers_alike("fibroids not accessible to the ultrasound beam",
                               "fibroids accessible to the ultrasound beam")
    assert leftovers_alike("heavy annular calcification preventing secure suturing",
                           "heavily calcified annulus that does not permit secure placement of sutures")
