"""A reviewer's checklist states the device's use inside a comment cell, under a label of its
own ("Intended purpose: ...", "Indications: ..."), whatever the table's columns are called; the
conditions named there are the CEAR's indications."""

import pytest

from panelproof.extract import intended_use
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text

HEADER = ("| No. | Item checked | Result (Yes / No / N.A.) | Assessor's note |\n"
          "|---|---|---|---|\n")


def _indications(rows: str) -> list[str]:
    text = f"# Assessment report\n\n## Checklist\n\n{HEADER}{rows}"
    document = document_from_text(text, "CEAR.md", role=Role.CEAR)
    return [f.value.id for f in intended_use.extract(document, ExtractionContext())
            if f.kind is FactKind.INDICATION and not f.value.negated]


@pytest.mark.parametrize("row, expected", [
    ("| 2.3 | Intended purpose consistent? | Yes | Intended purpose: circulatory support in "
     "cardiogenic shock, up to 5 days. |\n", ["cardiogenic_shock"]),
    ("| 2.3 | Intended purpose consistent? | Partially | Intended use: haemodynamic support in "
     "patients with coronary artery disease only. |\n", ["coronary_artery_disease"]),
    ("| 2.4 | Indications listed? | Yes | Indications: heart failure; cardiogenic shock. |\n",
     ["heart_failure", "cardiogenic_shock"]),
])
def test_a_labelled_statement_in_a_checklist_cell_is_read(row, expected):
    assert _indications(row) == expected


def test_a_comment_without_a_label_names_no_indication():
    row = "| 2.3 | Intended purpose consistent? | Yes | Consistent with the CER and IFU. |\n"
    assert _indications(row) == []
