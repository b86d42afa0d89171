"""A place where a procedure on the patient is performed stays a procedure's place when the
clause names at length who performs it: "implantation by interventional cardiologists
experienced in transseptal puncture in a catheterisation laboratory". A use at home after a
clause break is still a use environment."""

from __future__ import annotations

import pytest

from panelproof.extract.settings import _procedure_at


def _procedure(text: str, place: str) -> bool:
    start = text.index(place)
    return _procedure_at(text, start, start + len(place), 0, len(text))


@pytest.mark.parametrize(("text", "place"), [
    ("Implantation by interventional cardiologists experienced in transseptal puncture in a "
     "catheterisation laboratory; daily readings taken by the patient at home.", "catheterisation laboratory"),
    ("Implantation durch interventionelle Kardiologen mit Erfahrung in der transseptalen "
     "Punktion und im Umgang mit Schleusen im Herzkatheterlabor.", "Herzkatheterlabor"),
    ("Insertion by trained vascular surgeons or interventional radiologists with experience in "
     "ultrasound-guided femoral access in an angiography suite.", "angiography suite"),
])
def test_the_place_of_a_long_procedure_clause(text, place):
    assert _procedure(text, place)


@pytest.mark.parametrize(("text", "place"), [
    ("Implantation by interventional cardiologists in a catheterisation laboratory; daily "
     "readings taken by the patient at home.", "home"),
    ("After implantation the patient uses the charger at home.", "home"),
])
def test_a_use_after_the_procedure_is_no_procedure(text, place):
    assert not _procedure(text, place)
