"""A CEP sentence about the plan itself ("This plan defines the scope ...") is no outcome parameter."""

import pytest

from panelproof.extract.evidence import is_outcome_statement

ABOUT_THE_PLAN = [
    "This plan defines the scope, the data sources and the acceptance criteria of the clinical "
    "evaluation of the subject device.",
    "The present document describes the methods for appraisal of the clinical data and sets out "
    "the outcome parameters.",
    "In accordance with Annex XIV Part A, this CEP specifies the clinical benefits, the outcome "
    "parameters and the acceptance criteria.",
    "The purpose of this plan is to define the acceptance criteria for the clinical evaluation.",
    "The scope, the outcome parameters and the acceptance criteria are defined in this plan.",
    "Ce plan définit le périmètre, les sources de données et les critères d'acceptation de "
    "l'évaluation clinique.",
    "Dieser Plan legt den Umfang, die Datenquellen und die Akzeptanzkriterien der klinischen "
    "Bewertung fest.",
    "Der vorliegende Bewertungsplan beschreibt die Endpunkte und Akzeptanzkriterien.",
    "Il presente documento definisce gli endpoint e i criteri di accettazione.",
    "This section describes the primary and secondary endpoints of the clinical evaluation.",
]

OUTCOMES = [
    "This plan defines the primary endpoint as freedom from re-intervention at 12 months.",
    "The primary endpoint is freedom from re-intervention at 12 months (acceptance criterion ≥ 90%).",
    "Acceptance criterion for re-intervention: rate below 5% at 12 months.",
    "The document describes the outcome parameter: CVAI change at 6 months.",
    "Primary endpoint: the plan defines success as a CVAI reduction of at least 3 percentage points.",
]


@pytest.mark.parametrize("text", ABOUT_THE_PLAN)
def test_a_sentence_about_the_plan_is_no_outcome(text):
    assert not is_outcome_statement(text, in_section=True)


@pytest.mark.parametrize("text", OUTCOMES)
def test_an_outcome_stays_an_outcome(text):
    assert is_outcome_statement(text, in_section=True)
