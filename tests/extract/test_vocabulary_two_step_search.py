"""A large vocabulary is searched in two steps (`Vocabulary._matches`): without its named groups,
then each match again with the groups of the terms that may start like it. It must find exactly
what the whole alternation finds: the same terms, at the same places."""

import pytest

from panelproof.extract.intended_use import vocabulary

SENTENCES = [
    "Patients were treated in intensive care units, in the emergency department and at home.",
    "INTENSIVE CARE UNIT (ICU) and Neonatal ICU; home-care setting; outpatient clinics of the hospital.",
    "Anwendung auf der Intensivstation, in der häuslichen Umgebung und in Pflegeheimen.",
    "Utilisation en unité de soins intensifs, à domicile et en établissement d'hébergement.",
    "Uso in terapia intensiva, a domicilio, in ambulatorio; ámbito hospitalario y atención domiciliaria.",
    "İntensive ıntensive ſtation: odd letters whose case folds differently must still be found alike.",
    "a b c: one-letter words, ab-cd, x-ray room, day-case unit, 24/7 ICU, e-health at home",
    "Hypertension, chronic obstructive pulmonary disease, acute respiratory distress syndrome in adults.",
    "Obstruktive Lungenerkrankung, insuffisance respiratoire aiguë, ARDS, COPD and the NICU.",
]


@pytest.mark.parametrize("name", ["care_settings", "clinical_terms", "interfaces", "warnings"])
def test_the_two_step_search_finds_what_the_whole_alternation_finds(name):
    words = vocabulary(name)
    if words._finder is None:
        pytest.skip(f"{name} is small enough to be searched in one step")
    for sentence in SENTENCES:
        expected = [(m.lastgroup, m.span()) for m in words._regex.finditer(sentence)]
        found = [(m.lastgroup, m.span()) for m in words._matches(sentence, 0, len(sentence))]
        assert found == expected, sentence
        # and within a part of the text, as `find(text, start, end)` searches
        middle = len(sentence) // 3
        expected = [(m.lastgroup, m.span()) for m in words._regex.finditer(sentence, middle, 2 * middle)]
        found = [(m.lastgroup, m.span()) for m in words._matches(sentence, middle, 2 * middle)]
        assert found == expected, sentence


def test_large_vocabularies_are_searched_in_two_steps():
    assert vocabulary("care_settings")._finder is not None
    found = {m.id for m in vocabulary("care_settings").find("Used in intensive care units and at home.")}
    assert len(found) >= 2
