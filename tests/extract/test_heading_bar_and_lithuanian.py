"""Section headings numbered with a bar ("3 | Indications") and Lithuanian section headings and
clinical terms, as the language and intended-use rules read them."""

import pytest

from panelproof.extract.intended_use import heading_kinds, vocabulary


@pytest.mark.parametrize("heading, kind", [
    ("3 | Indications", "indications"),
    ("4 | Contre-indications", "contraindications"),
    ("2.1 | Zweckbestimmung", "intended_purpose"),
    ("6 ‖ Warnings and precautions", "warnings"),
    ("3 | Indikacijos", "indications"),
    ("Kontraindikacijos", "contraindications"),
    ("7. Įspėjimai ir atsargumo priemonės", "warnings"),
    ("1 | Numatytoji paskirtis", "intended_purpose"),
])
def test_numbered_and_lithuanian_headings(heading, kind):
    assert kind in heading_kinds(heading)


@pytest.mark.parametrize("text, concept", [
    ("Netinka širdies ir kraujagyslių chirurgijai", "cardiovascular_surgery"),
    ("Naudojama širdies ir kraujagyslių audiniuose", "cardiovascular_surgery"),
    ("Draudžiama naudoti nervų audinyje", "neurosurgery"),
    ("Not for use on neurological tissue", "neurosurgery"),
    ("Contraindicated on cardiac tissue", "cardiovascular_surgery"),
    ("Non utilizzare sui tessuti cardiovascolari", "cardiovascular_surgery"),
])
def test_cardiovascular_and_neural_tissue_concepts(text, concept):
    assert concept in {m.id for m in vocabulary("clinical_terms").find(text)}
