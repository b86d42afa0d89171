"""A group the data are said to lack is not a studied group: "performance in paediatric patients
is less documented", "no pediatric recordings were used", "limited data are available in children
under 6 years". Such a sentence is the CER's own admission (EV002 quotes it)."""

import pytest

from panelproof.extract.evidence import not_studied, population_groups


@pytest.mark.parametrize("sentence", [
    "Deep-learning algorithms reach 95 % sensitivity, but performance in pediatric patients is "
    "less documented (Smith 2019).",
    "No paediatric recordings were used for training or validation of the classifier.",
    "None of the images were acquired in children.",
    "Limited data are available in children under 6 years.",
    "Insufficient clinical evidence exists for neonates; the device is not recommended for them.",
    "Effectiveness has not been established in adolescents aged 12 to 17 years.",
    "Outcomes in elderly patients remain poorly characterised.",
])
def test_a_group_said_to_lack_data_is_not_studied(sentence):
    assert not_studied(sentence)
    assert not set(population_groups(sentence)) & {"children", "paediatric", "infants", "neonates",
                                                    "adolescents", "elderly"}


@pytest.mark.parametrize("sentence, group", [
    ("The study enrolled 40 children aged 2-11 years.", "children"),
    ("Efficacy in adolescents is well documented in two randomised trials.", "adolescents"),
    ("No serious adverse events were observed in children.", "children"),
    ("Effectiveness has not been established in children aged 2 to 5 years; 120 adults were "
     "studied.", "adults"),
])
def test_a_studied_group_is_kept(sentence, group):
    assert group in population_groups(sentence)
