"""A mention of "the equivalent device" in search criteria, under a condition ("where claimed",
"if applicable") or as an alternative to the device ("the device or an equivalent device") names a
category of data; it claims no equivalence of the device under evaluation."""

import pytest

from panelproof.extract.evidence import equivalence_in, states_equivalence

GENERIC = [
    "Inclusion criteria: clinical data on the device, on the equivalent device where claimed, or on the same "
    "clinical condition and alternative treatments (SOTA); any study design.",
    "Eligible were publications reporting clinical data of the equivalent device, if applicable, or of similar devices.",
    "Sources: clinical investigations, PMCF data and data of equivalent devices (if any).",
    "The appraisal covers data on the device under evaluation or an equivalent device.",
    "Studies on the subject device and/or any equivalent device were retrieved from PubMed and Embase.",
    "Selection criteria: publications on the equivalent device and on alternative treatment options.",
    "Critères d'inclusion : données cliniques sur le dispositif ou sur un dispositif équivalent, le cas échéant.",
    "Einschlusskriterien: klinische Daten zum Produkt oder zu einem gleichartigen Produkt, sofern zutreffend.",
    "Criteri di inclusione: dati clinici sul dispositivo o su un dispositivo equivalente, ove applicabile.",
    "Criterios de inclusión: datos clínicos del dispositivo o de un dispositivo equivalente, cuando proceda.",
]


@pytest.mark.parametrize("text", GENERIC)
def test_generic_mentions_claim_no_equivalence(text: str) -> None:
    assert not states_equivalence(text)
    assert equivalence_in(text, in_section=True) is None


STILL_CLAIMS = [
    "Clinical data from the equivalent device AquaPump 200 are used.",
    "Inclusion criteria: clinical data on the equivalent device AquaPump 200 (Fluidic SA) and on the device.",
    "The device is equivalent to the Zeta pump; data of the equivalent device were appraised where relevant to safety.",
    "Clinical equivalence to the NovaFlow 3 is claimed, and its data are used where applicable.",
    "Long-term data of an equivalent scaffold are used.",
]


@pytest.mark.parametrize("text", STILL_CLAIMS)
def test_real_claims_beside_such_wording_still_claim(text: str) -> None:
    assert states_equivalence(text)
    assert equivalence_in(text, in_section=True) is not None


@pytest.mark.parametrize("text", [
    "The device is equivalent to the Zeta pump; data of the equivalent device are used where claimed benefits apply.",
    "Equivalence to the AquaPump 200 is claimed; inclusion of data on the equivalent device where relevant.",
])
def test_a_claim_and_a_generic_mention_in_one_sentence_still_claim(text: str) -> None:
    assert states_equivalence(text)
