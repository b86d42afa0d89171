"""A surgical act ("arthroplasty", "artroplastica", "gastrectomy") is not the condition whose
word shares its five-letter stem ("arthrosis", "artrosi", "gastritis")."""

from __future__ import annotations

import pytest

from panelproof.extract._paraphrase import same_item
from panelproof.extract.intended_use import paraphrased_concept


@pytest.mark.parametrize("phrase", [
    "chirurgia dell'arto inferiore, compresa l'artroplastica totale di ginocchio",
    "cirugía de la extremidad inferior, incluida la artroplastia total de rodilla",
    "chirurgie du membre inférieur, y compris l'arthroplastie totale du genou",
    "protesi di ginocchio dopo artroplastica di revisione",
])
def test_a_knee_procedure_is_not_knee_osteoarthritis(phrase: str) -> None:
    assert paraphrased_concept(phrase) != "knee_osteoarthritis"


@pytest.mark.parametrize("phrase, concept", [
    # the conditions themselves are still read
    ("artrosi del ginocchio in fase avanzata", "knee_osteoarthritis"),
    ("arthrose du genou symptomatique", "knee_osteoarthritis"),
])
def test_the_condition_is_still_read(phrase: str, concept: str) -> None:
    assert paraphrased_concept(phrase) == concept


@pytest.mark.parametrize("first, second, same", [
    ("prior gastrectomy", "chronic gastritis", False),
    ("percutaneous valvuloplasty", "rheumatic valvulopathy", False),
    ("total hip arthroplasty", "total hip arthroplasties", True),
    ("after arthroscopy of the knee", "knee arthroscopy", True),
])
def test_procedures_and_conditions_in_other_words(first: str, second: str, same: bool) -> None:
    assert same_item(first, second) is same
