"""Sentences of permission ("can also be used in X", "kann auch bei X eingesetzt werden") grant
their condition as an indication, in any section."""

import pytest

from panelproof.extract._indication_sentence import permitted_items


def _items(sentence: str) -> list[str]:
    return [sentence[s:e] for s, e in permitted_items(sentence, 0, len(sentence))]


@pytest.mark.parametrize("sentence, condition", [
    ("The implant can also be used in single-sided deafness.", "single-sided deafness"),
    ("The device may also be used for patients with single-sided deafness, if the surgeon agrees.",
     "single-sided deafness"),
    ("It is also suitable for untreated craniosynostosis.", "untreated craniosynostosis"),
    ("Das Implantat kann auch bei einseitiger Taubheit mit normalem Gehör auf dem anderen Ohr eingesetzt werden.",
     "einseitiger Taubheit mit normalem Gehör auf dem anderen Ohr"),
    ("Der Helm kann auch bei Kraniosynostose ohne vorherige Operation eingesetzt werden.",
     "Kraniosynostose ohne vorherige Operation"),
    ("Die Orthese darf ebenfalls auch für Patienten mit Hydrozephalus verwendet werden.", "Hydrozephalus"),
    ("Le casque peut aussi être utilisé en cas de craniosténose non opérée.", "craniosténose non opérée"),
    ("L'implant peut également être utilisé chez les patients atteints d'une surdité unilatérale.",
     "une surdité unilatérale"),
    ("Il casco può essere utilizzato anche in caso di craniosinostosi non operata.", "craniosinostosi non operata"),
    ("El casco puede utilizarse también en craneosinostosis no operada.", "craneosinostosis no operada"),
    ("Het implantaat kan ook worden gebruikt bij eenzijdige doofheid.", "eenzijdige doofheid"),
])
def test_permission_grants_its_condition(sentence, condition):
    assert _items(sentence) == [condition]


@pytest.mark.parametrize("sentence", [
    "The implant is not an indication for single-sided deafness.",
    "The device must not be used in patients with craniosynostosis.",
    "Das Implantat darf nicht bei einseitiger Taubheit eingesetzt werden, da auch das andere Ohr betroffen ist.",
    "Le casque ne doit pas être utilisé en cas de craniosténose.",
    "The helmet is used in infants with positional plagiocephaly.",
    "Also note that the device can be cleaned with alcohol.",
    "Das Implantat kann auch bei einseitiger Taubheit nicht eingesetzt werden.",
])
def test_no_permission(sentence):
    assert _items(sentence) == []
