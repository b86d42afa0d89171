"""device_type reads a long annex only up to its reading budget; ordinary documents whole."""

from __future__ import annotations

from panelproof.extract import device_type
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Document, Role, assign_offsets
from panelproof.ingest.text import parse_markdown


def _doc(markdown: str) -> Document:
    blocks = parse_markdown(markdown)
    assign_offsets(blocks)
    return Document(path="CER_annex.md", format="md", role=Role.CER, blocks=blocks)


def _kinds(document: Document) -> dict[FactKind, set[str]]:
    found: dict[FactKind, set[str]] = {}
    for fact in device_type.extract(document, ExtractionContext()):
        found.setdefault(fact.kind, set()).add(fact.value.id)
    return found


FILLER = "".join(f"## Summary of study {i}\n\nThe cohort was followed for a year and the "
                 f"outcomes were recorded in the registry.\n\n" for i in range(40))


def test_types_and_features_late_in_a_long_annex_are_not_read(monkeypatch):
    monkeypatch.setattr(device_type, "_READ_BUDGET", 2_000)
    document = _doc("# Annex B: clinical data\n\n" + FILLER +
                    "## Summary of study 41\n\nAn infusion pump with a proximal flow sensor.\n")
    assert _kinds(document) == {}


def test_types_and_features_within_the_budget_are_read(monkeypatch):
    monkeypatch.setattr(device_type, "_READ_BUDGET", 2_000)
    document = _doc("# Annex B: clinical data\n\n## Summary\n\nAn infusion pump with a "
                    "proximal flow sensor.\n\n" + FILLER)
    found = _kinds(document)
    assert found[FactKind.DEVICE_TYPE] == {"infusion_pump"}
    assert found[FactKind.DEVICE_FEATURE] == {"proximal_flow_sensor"}


def test_an_ordinary_document_is_read_whole():
    document = _doc("# Clinical evaluation report\n\n" + FILLER +
                    "## Device description\n\nThe device is an infusion pump.\n")
    assert _kinds(document)[FactKind.DEVICE_TYPE] == {"infusion_pump"}
