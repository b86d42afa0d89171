"""EV006: a sentence declaring data of another product type or another indication applicable to
the device's own indication, without an equivalence."""

import pytest

from panelproof.rules.evidence.EV006_evidence_context_mismatch import transferred_source

DECLARED = [
    "These aesthetic dermal filler data are considered directly applicable clinical evidence for the "
    "vocal fold indication.",
    "Results obtained with coronary stents are transferable to the renal indication.",
    "The experience gathered with balloon catheters in the superficial femoral artery can be "
    "extrapolated to below-the-knee use of the device.",
    "Les résultats obtenus avec d'autres implants mammaires sont directement transposables à la "
    "population de reconstruction.",
    "Die Daten der Koronarstents sind direkt auf die Indikation Nierenarterienstenose übertragbar.",
    "I dati ottenuti con altri dispositivi sono direttamente applicabili alla popolazione pediatrica.",
]

NOT_DECLARED = [
    "Results obtained with the implant in adults are applicable to adolescents.",
    "Data of the equivalent device are applicable to the intended population.",
    "The filler data are not transferable to the vocal fold indication.",
    "It is unclear whether results obtained with coronary stents are transferable to the renal indication.",
    "The test results are valid for all sizes of the device.",
    "Coronary stents are applicable to many lesion types.",
]


@pytest.mark.parametrize("sentence", DECLARED)
def test_other_product_or_indication_declared_applicable(sentence):
    assert transferred_source(sentence) is not None


@pytest.mark.parametrize("sentence", NOT_DECLARED)
def test_own_negated_equivalent_or_no_data_is_not(sentence):
    assert transferred_source(sentence) is None
