"""EV006: data of a predecessor (earlier generation, previous model) or of other procedures
declared applicable to the device's indication, without an equivalence, are reported; the
device's own data and an equivalence statement are not."""

from __future__ import annotations

import pytest

from panelproof.rules.evidence.EV006_evidence_context_mismatch import transferred_source


@pytest.mark.parametrize("sentence", [
    "Clinical results obtained with the earlier generation of the clip in mitral repair are fully applicable to the tricuspid indication.",
    "Data from the predecessor model XR-1 used in varicose veins are considered transferable to the patients of the present device.",
    "Outcomes collected with our former version in paediatric airways can be extrapolated to the adult population.",
    "Results in other procedures such as hernia repair are transferable to the present indication.",
    "Die Daten des Vorgängermodells sind direkt auf die Indikation übertragbar.",
])
def test_predecessor_or_other_procedure_data_declared_applicable(sentence):
    assert transferred_source(sentence)


@pytest.mark.parametrize("sentence", [
    "The data of the device are applicable to the intended population.",
    "The results of the equivalent previous generation device are applicable to the patients, as equivalence was demonstrated.",
    "It was assessed whether the data of the earlier generation are applicable to the indication.",
])
def test_own_or_equivalent_data_is_not_transferred(sentence):
    assert not transferred_source(sentence)
