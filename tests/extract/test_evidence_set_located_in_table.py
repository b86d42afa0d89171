"""A CEP sentence that names the outcome parameters or criteria only by where they stand ("the
criteria in Table 2", "the endpoints of Annex B") defines none itself; the table's rows do. A
sentence with a figure or bound of its own still defines one."""

import pytest

from panelproof.extract import evidence
from panelproof.extract.common import ExtractionContext
from panelproof.extract.evidence import is_outcome_statement
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text

POINTERS = [
    "Clinical performance is assessed using the parameters listed in Table 3.",
    "The device is considered beneficial if the thresholds of Table 4-1 are reached.",
    "Safety is acceptable provided that all endpoints in Annex C are met.",
    "Success requires that the criteria in the table below are fulfilled.",
    "Les performances sont jugées selon les critères du tableau 2.",
    "Der Nutzen gilt als nachgewiesen, wenn die Kriterien in Tabelle 5 erfüllt sind.",
    "Le prestazioni sono valutate con i parametri della tabella 1.",
    "The benefit is confirmed once all Annex B safety endpoints are satisfied.",
    "Performance is adequate if the Table 7 thresholds are achieved.",
]

OUTCOMES = [
    "Technical success of at least 95 % (criteria in Table 2).",
    "Freedom from re-intervention at 12 months, acceptance criterion see Table 1: at least 85 %.",
    "Secondary endpoint: device-related adverse events up to 30 days (see Table 6).",
    "Les critères du tableau 2 exigent un taux de succès d'au moins 90 %.",
]


@pytest.mark.parametrize("text", POINTERS)
def test_criteria_named_by_their_table_are_no_outcome(text: str) -> None:
    assert not is_outcome_statement(text, in_section=True)


@pytest.mark.parametrize("text", OUTCOMES)
def test_an_outcome_with_its_own_bound_stays_an_outcome(text: str) -> None:
    assert is_outcome_statement(text, in_section=True)


def test_the_rows_of_the_table_are_the_outcome_parameters() -> None:
    text = ("# Clinical evaluation plan\n\n## 6 Outcome parameters\n\n"
            "Clinical benefit is demonstrated with the endpoints in Table 2.\n\n"
            "| Endpoint | Criterion |\n|---|---|\n"
            "| Complete haemostasis at 24 hours | ≥ 88 % |\n"
            "| Rebleeding within 7 days | ≤ 10 % |\n")
    document = document_from_text(text, "CEP.md", role=Role.CEP)
    outcomes = [f.value for f in evidence.extract(document, ExtractionContext())
                if f.kind is FactKind.OUTCOME_PARAMETER]
    assert outcomes == ["Complete haemostasis at 24 hours", "Rebleeding within 7 days"]
