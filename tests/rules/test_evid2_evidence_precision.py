"""EV001 files data the CER labels pre-clinical as such; EV004 reads an acceptance table keyed
by the CEP's parameter labels."""

import pytest

from panelproof.extract.evidence import _sentence_subject, clause_before
from panelproof.rules.evidence.EV001_non_clinical_evidence import _labelled_where_cited
from panelproof.rules.evidence._criterion_labels import _gives_result, label_key


@pytest.mark.parametrize("text", [
    "Clinical data: the prospective study MF-01 (52 patients, 24 months) [1], supportive pre-clinical "
    "studies [3] [4] and the literature on equivalent devices [2].",
    "The clinical data comprise 48 patients [1]; bench testing [3] and an ovine model [4] are supportive.",
    "Klinische Daten: die Studie MF-01 mit 52 Patienten [1] sowie präklinische Daten [3].",
])
def test_clinical_study_beside_labelled_preclinical_data_is_human(text):
    assert _sentence_subject(text) == "human"


@pytest.mark.parametrize("text", [
    "Wound healing was faster in 24 rats [3] than in controls [4].",
    "Faster healing was shown in 24 rats [3] and in 40 patients [4].",
    "A study on 24 diabetic rats showed faster healing (Moreau et al., 2018).",
])
def test_animal_study_sentences_stay_animal(text):
    assert _sentence_subject(text) == "animal"


def test_clause_before_stops_outside_parentheses():
    text = "Clinical data: the study MF-01 (52 patients, 24 months) [1], supportive pre-clinical studies [3] [4]"
    assert clause_before(text, text.index("[4]")).strip() == "supportive pre-clinical studies [3]"
    assert clause_before(text, text.index("[1]")).strip() == "the study MF-01 (52 patients, 24 months)"


@pytest.mark.parametrize("text, labelled", [
    ("Clinical data: the study MF-01 (52 patients) [1], supportive pre-clinical studies [3] [4].", True),
    ("Supportive data: in vitro testing [4] and the registry [1].", True),
    ("Données : l'étude MF-01 [1] ; les études précliniques complémentaires [4].", True),
    ("The clinical evidence comprises the study of Rossi [1] and the cell seeding report [4].", False),
    ("MeniFlex regenerates meniscal tissue [4].", False),
])
def test_citation_in_a_clause_labelled_preclinical(text, labelled):
    assert _labelled_where_cited(text, {"4"}, set()) is labelled


@pytest.mark.parametrize("label, key", [
    ("Quality of life", "quality of life"), ("2. Lebensqualität", "lebensqualität"),
    ("  Durability:", "durability"), ("a) Safety", "safety"),
])
def test_label_key(label, key):
    assert label_key(label) == key


@pytest.mark.parametrize("cells, gives", [
    (("Quality of life", "≥ +10 points", "+14 points"), True),
    (("Durability", "≥ 60 %", "71 % (61/86)"), True),
    (("Durability", "≥ 60 %", "pending (24-month visits ongoing)"), False),
    (("Durability", "≥ 60 %", ""), False),
    (("Durability", "≥ 60 %", "n/a"), False),
])
def test_acceptance_row_gives_result(cells, gives):
    assert _gives_result(cells) is gives
