"""Acceptance criteria reported under the CEP's parameter labels.

A CER often reports the CEP's criteria in an acceptance table keyed by the labels the CEP gives
its parameters, without repeating the measure or the time point: the CEP row "Quality of life |
SAQ angina frequency change at 6 months | >= +10 points" is reported by the CER row "Quality of
life | >= +10 points | +14 points" of a table "Parameter | CEP criterion | Result". The label,
not the wording, ties the result to the criterion, as a criterion identifier does
(`_criterion_ids`). Only a label that names one CEP outcome ties it; only a row of a table whose
header speaks of criteria (or of the CEP) and that gives a result reports it.
"""

from __future__ import annotations

import re

from panelproof.extract.model import Fact
from panelproof.ingest.model import BlockKind, Document

# A header of an acceptance table: "Parameter | CEP criterion | Result", "Critère d'acceptation",
# "Akzeptanzkriterium", "Criterio di accettazione", "Umbral", "Target".
_CRITERIA_HEADER = re.compile(
    r"criteri|acceptance|accept|threshold|target|\bcep\b|\bpec\b|critère|seuil|akzeptanz|kriteri|zielwert|"
    r"soglia|umbral|objetivo|obiettivo|aanvaarding|grenzwert")
_DIGIT = re.compile(r"\d")
# A cell that only restates the criterion ("≥ +10 points", "<= 5 %", "at least 60 %").
_CRITERION_CELL = re.compile(r"^\s*(?:[≥≤<>]=?|>=|<=|at least|at most|no more than|not more than|min(?:imum)?\.?|"
                             r"max(?:imum)?\.?|mindestens|höchstens|au moins|au plus|almeno|al menos)")
# A result not given: "pending", "not assessed", "n/a", "to be reported", "TBD".
_NO_RESULT = re.compile(r"\b(?:pending|not (?:yet )?(?:assessed|available|reported|evaluated|measured)|"
                        r"n/?a|tbd|to be (?:reported|determined|confirmed)|en attente|non évalué|ausstehend|"
                        r"nicht (?:erhoben|bewertet|verfügbar)|in corso|pendiente)\b")
_LEADING_NUMBER = re.compile(r"^\s*(?:\(?[0-9]+(?:\.[0-9]+)*[.)]?|\(?[a-z][.)])\s+")
_NOT_WORD = re.compile(r"[^\w%+]+")


def label_key(text: str) -> str:
    """A parameter label as compared: lower case, numbering and punctuation dropped."""
    text = _LEADING_NUMBER.sub("", text.casefold())
    return " ".join(_NOT_WORD.sub(" ", text).split())


def _label_of(fact: Fact, rows: dict[str, list]) -> str | None:
    """The label the CEP gives the outcome: the first cell of its table row, the words before
    the colon of its line, or the label cell it is. `rows`: each CEP's table rows."""
    value = fact.value.strip()
    quote = fact.location.quote
    for block in rows.get(fact.document, ()):
        if block.section == fact.location.section and quote and quote in block.text:
            first = block.cells[0].strip()
            return first if first else None
    if " | " in value:
        return value.split(" | ", 1)[0]
    if ":" in value:
        label = value.split(":", 1)[0]
        return label if len(label.split()) <= 6 else None
    return value if len(value.split()) <= 6 else None


def outcome_labels(outcomes: list[Fact], ceps: list[Document]) -> dict[int, str]:
    """id(outcome fact) -> its label key, for labels that name exactly one CEP outcome."""
    labels = {}
    rows = {document.path: [block for block in document.blocks if block.kind is BlockKind.TABLE_ROW and block.cells]
            for document in ceps}
    for fact in outcomes:
        label = _label_of(fact, rows)
        key = label_key(label) if label else ""
        if len(key) >= 3 and any(c.isalpha() for c in key):
            labels[id(fact)] = key
    counts: dict[str, int] = {}
    for key in labels.values():
        counts[key] = counts.get(key, 0) + 1
    return {fact_id: key for fact_id, key in labels.items() if counts[key] == 1}


def _gives_result(cells: tuple[str, ...]) -> bool:
    rest = [cell for cell in cells[1:] if cell.strip()]
    if any(_NO_RESULT.search(cell.casefold()) for cell in rest):
        return False
    return any(_DIGIT.search(cell) and not _CRITERION_CELL.match(cell) for cell in rest)


def labelled_rows(cers: list[Document], keys: set[str]):
    """Label key -> the first CER row of an acceptance table that names it in its first cell and
    gives a result."""
    found = {}
    if not keys:
        return found
    for document in cers:
        headers: dict[int | None, bool] = {}
        for block in document.blocks:
            if block.kind is not BlockKind.TABLE_ROW or not block.cells:
                continue
            if block.row_index == 0:
                headers[block.table_index] = bool(_CRITERIA_HEADER.search(block.folded))
                continue
            if not headers.get(block.table_index):
                continue
            key = label_key(block.cells[0])
            if key in keys and key not in found and _gives_result(block.cells):
                found[key] = (document, block)
    return found
