"""Age and weight ranges in Lithuanian ("nuo 6 iki 80 metų", "tarp 40 ir 180 kg"), and a
range followed by a short word of another language that is no gestational-age abbreviation
(Croatian/Serbian "sa" = with, not French "SA", semaines d'aménorrhée)."""

import pytest

from panelproof.extract.population import find_bounds


@pytest.mark.parametrize(("text", "language", "low", "high"), [
    ("Pacientai nuo 6 iki 80 metų, turintys sausą lėtinę perforaciją.", "lt", 6, 80),
    ("Suaugusieji ir vaikai nuo 12 iki 17 metų.", "lt", 12, 17),
    ("Pacientai, sveriantys tarp 40 ir 180 kg.", "lt", 40, 180),
    ("Bolesnici u dobi od 6 do 80 godina sa suhom perforacijom.", "hr", 6, 80),
    ("Pacijenti od 18 do 65 godina sa kroničnom boli.", "hr", 18, 65),
    ("Bolniki od 18 do 75 let ga ne smejo uporabljati brez nadzora.", "sl", 18, 75),
])
def test_range(text, language, low, high):
    bounds = [m.bound for m in find_bounds(text, language)]
    assert any(b.low == low and b.high == high for b in bounds), bounds


@pytest.mark.parametrize(("text", "language"), [
    ("Nouveau-nés à partir de 28 SA", "fr"),
    ("Neonates born at 32 weeks GA or later", "en"),
    ("Frühgeborene ab 28 SSW", "de"),
])
def test_gestational_abbreviations_still_no_age(text, language):
    assert not [m for m in find_bounds(text, language) if m.bound.dimension == "age" and m.bound.low in (28, 32)]
