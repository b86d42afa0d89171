"""Swedish, Finnish and Portuguese wordings of two standard contraindications, so that a
language version that states them is not reported as lacking them (LA001)."""

import pytest

from panelproof.extract.intended_use import vocabulary


@pytest.mark.parametrize(("text", "concept"), [
    ("Känd infektion på implantationsstället.", "implant_site_infection"),
    ("Infektio implantointikohdassa", "implant_site_infection"),
    ("inflamação ou infeção aguda ou crónica do segmento anterior do olho", "implant_site_infection"),
    ("Känd överkänslighet mot ePTFE.", "material_allergy"),
    ("Tunnettu yliherkkyys silikonille", "material_allergy"),
])
def test_nordic_and_portuguese_contraindication_terms(text, concept):
    assert concept in {m.id for m in vocabulary("clinical_terms").find(text)}
