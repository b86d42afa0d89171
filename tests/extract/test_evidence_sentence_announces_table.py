"""A CEP sentence that points to where the outcome parameters are given (a table below, a list
that follows, "see Table 3") names no outcome parameter itself."""

import pytest

from panelproof.extract.evidence import is_outcome_statement

ANNOUNCEMENTS = [
    "The clinical benefits to be shown for the implant, together with their outcome parameters and "
    "the acceptance thresholds, are set out in the table below.",
    "The outcome parameters chosen for each claimed benefit and their acceptance criteria are "
    "presented in Table 6.",
    "Performance endpoints with their success criteria are compiled in the following overview.",
    "The following table lists the primary and secondary endpoints with their success criteria.",
    "Table 4 summarizes the outcome parameters and the thresholds derived from the state of the art.",
    "The primary endpoints and the corresponding acceptance criteria are as follows:",
    "Acceptance criteria for the safety endpoints: see Table 5.",
    "Les paramètres de résultat et les critères d'acceptation sont résumés dans le tableau suivant.",
    "Die Endpunkte und die Akzeptanzkriterien sind in Tabelle 3 zusammengefasst.",
]

OUTCOMES = [
    "The primary endpoint is freedom from reintervention at 12 months, with an acceptance criterion "
    "of at least 90 % (see Table 3).",
    "The primary endpoint is technical success, as listed in Table 4, with a threshold of ≥ 95 %.",
    "Secondary endpoint: patient satisfaction (see Table 5).",
    "Secondary endpoint: change in pain on the VAS from baseline to 6 months.",
]


@pytest.mark.parametrize("text", ANNOUNCEMENTS)
def test_announcement_of_a_table_is_no_outcome(text: str) -> None:
    assert not is_outcome_statement(text, in_section=True)


@pytest.mark.parametrize("text", OUTCOMES)
def test_outcome_pointing_to_a_table_is_still_an_outcome(text: str) -> None:
    assert is_outcome_statement(text, in_section=True)
