"""A warning that says what a use can cause names a residual risk (RESIDUAL_RISK facts), in
every language; the hazardous situation before the causal link and negated harms do not."""

from __future__ import annotations

import pytest

from panelproof.extract.model import FactKind
from panelproof.extract.risks import extract
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def _risk_ids(markdown: str, language: str) -> set[str]:
    document = document_from_text(markdown, "IFU.md", Role.IFU, language=language)
    return {f.value.id for f in extract(document, None) if f.kind is FactKind.RESIDUAL_RISK}


@pytest.mark.parametrize(("heading", "sentence", "language", "expected"), [
    ("Warnings", "Stopping the pump abruptly can cause withdrawal reactions.", "en", "withdrawal_syndrome"),
    ("Precautions", "A kinked line may lead to under-infusion of the drug.", "en", "underdose"),
    ("Cautions", "Injecting air into the line carries a risk of air embolism.", "en", "air_embolism"),
    ("Mises en garde", "Un mauvais remplissage peut entraîner un surdosage.", "fr", "overdose"),
    ("Warnhinweise", "Eine Unterbrechung kann zu Entzugserscheinungen führen.", "de", "withdrawal_syndrome"),
])
def test_harm_a_warning_names_is_a_risk(heading, sentence, language, expected):
    assert expected in _risk_ids(f"# IFU\n\n## {heading}\n\n- {sentence}\n", language)


@pytest.mark.parametrize("markdown", [
    # no causal link: an instruction about a risk is not a statement of the harm
    "# IFU\n\n## Warnings\n\n- Check the line for air before connecting it.\n",
    # the harm is negated
    "# IFU\n\n## Warnings\n\n- Correct priming cannot cause air embolism.\n",
    # not a warnings section
    "# IFU\n\n## Description\n\n- The valve can cause no overdose because it limits the flow.\n",
])
def test_no_risk_without_a_warned_harm(markdown):
    assert not ({"air_embolism", "overdose"} & _risk_ids(markdown, "en"))
