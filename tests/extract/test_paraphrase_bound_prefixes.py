"""Stems after a bound prefix, and concepts whose terms reduce to a modifier alone.

"intraocular" and "intracranial" share only "intra", which says where, not what; "unstable" says
how a thing is, not which thing: neither may make one condition restate another.
"""

from __future__ import annotations

import pytest

from panelproof.extract._paraphrase import paraphrase_key
from panelproof.extract.intended_use import paraphrased_concept


@pytest.mark.parametrize("first, second", [
    ("intraocular lens", "intracranial lesion"),
    ("chirurgia intraoculare", "chirurgia intracranica"),
    ("hypertension", "hyperkalaemia"),
    ("transapical access", "transfemoral access"),
    ("contraception", "contraindication"),
])
def test_bound_prefix_keeps_the_words_apart(first, second):
    assert paraphrase_key(first) != paraphrase_key(second)


@pytest.mark.parametrize("phrase", [
    "Chirurgie intraoculaire du segment antérieur",
    "implantation d'une lentille intraoculaire après phacoémulsification",
    "intraoperative Blutung im Augenhintergrund",
])
def test_intra_words_do_not_name_neurosurgery(phrase):
    assert paraphrased_concept(phrase) != "neurosurgery"


@pytest.mark.parametrize("phrase", [
    "Instabiles Sternum nach Sternotomie",
    "unstable angina pectoris",
    "fractura vertebral inestable",
    "épaule instable récidivante",
])
def test_unstable_structure_is_no_haemodynamic_instability(phrase):
    assert paraphrased_concept(phrase) != "haemodynamic_instability"


@pytest.mark.parametrize("phrase", [
    "intracranial hypertension with papilloedema",
    "intractable pain of the lower back",
])
def test_prefixed_terms_still_restate_their_concept(phrase):
    assert paraphrased_concept(phrase) is not None
