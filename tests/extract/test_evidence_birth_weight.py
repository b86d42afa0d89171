"""Evidence populations stated by a newborn's weight in grams or a low birth weight are preterm
and term neonates (WHO low birth weight < 2500 g); grams of a product are no body weight."""

import pytest

from panelproof.extract.evidence import population_groups, weight_spans


@pytest.mark.parametrize("text", [
    "300 infants including 84 infants below 1 000 g",
    "300 infants including 84 infants below 1,000 g",
    "96 infants, birth weight < 1500 g",
    "96 infants with a birth weight of less than 1500g",
    "64 nourrissons de moins de 1 500 g",
    "72 Säuglinge unter 1.500 g",
    "40 lattanti con peso inferiore a 1500 g",
    "40 lactantes de menos de 1500 g",
    "40 zuigelingen van minder dan 1500 g",
    "120 infants weighing 500-1500 g",
    "120 extremely low birth weight (ELBW) infants",
    "45 VLBW infants",
    "150 nourrissons de très faible poids de naissance",
    "60 Kinder mit sehr niedrigem Geburtsgewicht",
    "30 lactantes de muy bajo peso al nacer",
    "40 neonati di basso peso alla nascita",
])
def test_low_weights_are_preterm_neonates(text):
    assert "preterm_neonates" in population_groups(text)


@pytest.mark.parametrize("text", [
    "20 g of hydrogel per dressing",
    "bags of 500 g",
    "100 infants, mean weight 7.4 kg",
    "60 adults weighing 60-100 kg",
    "the elbow joint of 40 adults",
])
def test_other_weights_are_not_preterm(text):
    assert "preterm_neonates" not in population_groups(text)


def test_grams_below_a_limit_are_a_weight_span():
    assert weight_spans("infants below 1 000 g") == [(0.0, 1.0)]
    assert weight_spans("a 20 g sachet") == []
