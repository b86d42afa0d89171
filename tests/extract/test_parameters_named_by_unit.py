"""A value whose unit alone names its quantity (J/cm²: an energy density) is read as that
parameter without a term, so an instruction can be compared with a specification table."""

import pytest

from panelproof.extract.parameters import size_lists, unit_named_parameters


@pytest.mark.parametrize("text, language, low, high, quote", [
    ("4. Apply 6 J/cm² per spot, then move the handpiece.", "en", 6.0, 6.0, "Apply 6 J/cm²"),
    ("Kindly deliver upto 25 J/cm2 on each lesion", "en", None, 25.0, "Kindly deliver upto 25 J/cm2"),
    ("Treat the zone with 3...5 J per cm2, two passes.", "en", 3.0, 5.0, "Treat the zone with 3...5 J per cm2"),
    ("Appliquer 12 J/cm² par segment.", "fr", 12.0, 12.0, "Appliquer 12 J/cm²"),
    ("Pro Feld 0,8 J/cm² abgeben.", "de", 0.8, 0.8, "Pro Feld 0,8 J/cm²"),
    ("Set 500 mJ/cm² for thin skin.", "en", 0.5, 0.5, "Set 500 mJ/cm²"),
])
def test_unit_names_the_parameter(text, language, low, high, quote):
    [match] = unit_named_parameters(text, language)
    assert match.value.name == "energy_density"
    assert (match.value.low, match.value.high) == (low, high)
    assert text[match.start:match.end] == quote


@pytest.mark.parametrize("text", [
    "In the study, lesions were treated at a median of 10 J/cm².",   # observed, not specified
    "Output power 40 W/cm² at the electrode.",                       # another quantity
    "The balloon is 30 mm long.",
])
def test_no_unit_named_parameter(text):
    assert unit_named_parameters(text, "en") == []


@pytest.mark.parametrize("text, language, label, low, high", [
    ("Bearing inserts are offered in thicknesses of 8 mm to 19 mm.", "en", "thicknesses", 8, 19),
    ("Spacer thickness 6, 8, 10 and 12 mm", "en", "Spacer thickness", 6, 12),
    ("Les cales sont disponibles en épaisseurs de 8 à 19 mm.", "fr", "épaisseurs", 8, 19),
    ("Inlays in Dicken von 9 mm bis 21 mm.", "de", "Dicken", 9, 21),
    ("Inserti disponibili in spessori 10-18 mm", "it", "spessori", 10, 18),
])
def test_thickness_series_are_size_lists(text, language, label, low, high):
    [match] = size_lists(text, language)
    assert match.value.label == label and (match.value.low, match.value.high) == (low, high)
