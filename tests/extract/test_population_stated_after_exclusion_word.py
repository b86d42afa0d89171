"""A population stated after the word "contraindications" in a reviewer's sentence is admitted,
not excluded; a real exclusion still is."""

from __future__ import annotations

import pytest

from panelproof.extract import extract_document
from panelproof.extract.model import FactKind
from panelproof.ingest.model import DossierConfig, Role
from panelproof.ingest.text import document_from_text


def _bounds(sentence: str) -> list[tuple[float | None, float | None, bool]]:
    document = document_from_text(f"# Clinical Evaluation Assessment Report\n## Assessment\n{sentence}\n",
                                  "CEAR.md", Role.CEAR)
    return [(f.value.low, f.value.high, f.value.excluded)
            for f in extract_document(document, DossierConfig()) if f.kind is FactKind.POPULATION_BOUND]


@pytest.mark.parametrize("sentence", [
    "We note that the intended purpose, indications and contraindications are stated consistently in the "
    "CEP, the CER and the IFU, and that the target population is adults ≥ 18 years of age.",
    "We note that the indication, the contraindications and the population (adults ≥ 18 years of age) are "
    "stated identically in the CEP, CER and IFU.",
])
def test_population_after_a_contraindication_word_is_admitted(sentence: str) -> None:
    assert (18.0, None, False) in _bounds(sentence)


def test_a_contraindicated_age_is_still_excluded() -> None:
    assert [b[2] for b in _bounds("The device is contraindicated in patients younger than 18 years.")] == [True]
