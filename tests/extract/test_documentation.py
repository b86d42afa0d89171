"""Documentation extractor: figures, references to them, heading numbers, document references."""

from __future__ import annotations

import pytest

from panelproof.extract import documentation
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text


def _facts(text: str, role: Role = Role.CER, kind: FactKind | None = None):
    document = document_from_text(text, "CER.md", role)
    facts = list(documentation.extract(document, ExtractionContext()))
    flat = " ".join(document.text.split())
    for fact in facts:
        assert " ".join(fact.location.quote.split()) in flat
    return [f for f in facts if kind is None or f.kind is kind]


@pytest.mark.parametrize(("text", "kind", "number"), [
    ("Figure 3: Device overview", "figure", "3"),
    ("Fig. 2 - Pressure curve", "figure", "2"),
    ("Table 4. Alarm limits", "table", "4"),
    ("**Table 1.** Specifications", "table", "1"),
    ("Abbildung 2: Gerät", "figure", "2"),
    ("Tableau 3 : Résultats", "table", "3"),
    ("Tabelle 5 – Alarme", "table", "5"),
    ("Figure 2.1 Patient circuit", "figure", "2.1"),
])
def test_captions(text: str, kind: str, number: str) -> None:
    figures = _facts("# CER\n\n" + text, kind=FactKind.FIGURE)
    assert [(f.value.kind, f.value.number) for f in figures] == [(kind, number)]


@pytest.mark.parametrize("text", [
    "Table 2 shows the results of the bench tests in detail for all modes.",
    "Figures 2 and 3 show the device.",
    "## List of figures\nFigure 1: Device overview ....... 3",
])
def test_not_captions(text: str) -> None:
    assert _facts("# CER\n\n" + text, kind=FactKind.FIGURE) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The results are shown in Figure 3.", [("figure", "3")]),
    ("Results (Fig. 2) were positive.", [("figure", "2")]),
    ("See Tables 4 and 5.", [("table", "4"), ("table", "5")]),
    ("See Figures 2-4.", [("figure", "2"), ("figure", "3"), ("figure", "4")]),
    ("Voir le tableau 2 ci-dessous.", [("table", "2")]),
    ("Siehe Abbildung 6.", [("figure", "6")]),
    ("siehe Tab. 3", [("table", "3")]),
    ("Table 2 of ISO 14971 lists hazards.", []),
    ("Smith et al., Fig. 4 shows a similar device.", []),
    ("(Jones 2019, Table 3)", []),
    ("The table of contents is above.", []),
])
def test_figure_references(text: str, expected: list[tuple[str, str]]) -> None:
    refs = _facts("# CER\n\n" + text, kind=FactKind.FIGURE_REFERENCE)
    assert [(r.value.kind, r.value.number) for r in refs] == expected


@pytest.mark.parametrize(("heading", "number"), [
    ("# 1 Scope", "1"), ("## 3.2.1 Exclusion criteria", "3.2.1"), ("## 2. Device", "2"),
    ("## Section 4 Results", "4"), ("## Intended purpose", None), ("## 2017/745 overview", None),
    ("## 2024 update", None),
])
def test_heading_numbers(heading: str, number: str | None) -> None:
    facts = _facts(heading + "\n\nText.", kind=FactKind.HEADING_NUMBER)
    assert [f.value for f in facts] == ([number] if number else [])


@pytest.mark.parametrize(("text", "identifier", "revision", "role"), [
    ("We assessed CER-0042 rev. C in full.", "CER-0042", "C", Role.CER),
    ("The PMCF plan v2.0 was provided.", "PMCF plan", "2.0", Role.PMCF_PLAN),
    ("See document no. RMF-001, revision 3.", "RMF-001", "3", Role.RMF),
    ("The clinical evaluation report, version 4.1, was reviewed.", "clinical evaluation report", "4.1", Role.CER),
    ("Le rapport d'évaluation clinique révision B a été évalué.", "rapport d'évaluation clinique", "B", Role.CER),
    ("Die Gebrauchsanweisung Version 3 liegt vor.", "Gebrauchsanweisung", "3", Role.IFU),
    ("The SSCP-12 Rev. 2 was validated.", "SSCP-12", "2", Role.SSCP),
])
def test_document_references(text: str, identifier: str, revision: str, role: Role) -> None:
    body = "# CEAR\n\n## 1. Documents\n" + text
    refs = [f.value for f in _facts(body, Role.CEAR, FactKind.DOCUMENT_REFERENCE)]
    assert any(r.identifier == identifier and r.revision == revision and r.role is role
               and not r.self_declared for r in refs), refs


@pytest.mark.parametrize("text", [
    "Risk management follows EN ISO 14971:2019 and IEC-60601-1.",
    "MDCG 2020-7 gives the template.",
    "The CER was reviewed.",
    "This report supersedes CER-0040 rev. A.",
])
def test_no_document_reference(text: str) -> None:
    body = "# CEAR\n\n## 1. Documents\n" + text
    assert _facts(body, Role.CEAR, FactKind.DOCUMENT_REFERENCE) == []


def test_self_declaration_from_header() -> None:
    text = ("# Clinical Evaluation Report\n\n| Document no. | CER-0042 |\n|---|---|\n| Revision | D |\n\n"
            "## 1. Scope\nText.\n\n## Revision history\n| Revision | Date | Change |\n|---|---|---|\n| C | 2024 | x |\n")
    refs = [f.value for f in _facts(text, Role.CER, FactKind.DOCUMENT_REFERENCE)]
    assert any(r.self_declared and r.identifier == "CER-0042" for r in refs)
    assert [r.revision for r in refs if r.self_declared and r.revision] == ["D"]


def test_a_related_document_in_the_header_is_cited_not_declared() -> None:
    # "Related CER | QM-CE-0312 rev. 04" on a PMCF plan's cover numbers the CER, not the plan
    text = ("# PMCF plan\n\nDocument: QM-CE-0313\n\n| Related CER | QM-CE-0312 rev. 04 |\n|---|---|\n"
            "| CEP reference: QM-CE-0311 rev. 03 | |\n\n## 1. Scope\nText.\n")
    refs = [f.value for f in _facts(text, Role.PMCF_PLAN, FactKind.DOCUMENT_REFERENCE)]
    assert {r.identifier for r in refs if r.self_declared} == {"QM-CE-0313"}
    assert {(r.identifier, r.revision, r.role) for r in refs if not r.self_declared} >= {
        ("QM-CE-0312", "04", Role.CER), ("QM-CE-0311", "03", Role.CEP)}


def test_revision_normalisation() -> None:
    assert documentation.normalize_revision("2.0") == documentation.normalize_revision("2")
    assert documentation.normalize_revision("c") == "C"
    assert documentation.normalize_revision("B") != documentation.normalize_revision("D")


def _table_refs(rows: str) -> dict[str, str | None]:
    body = "# CEAR\n\n## 1. Documents assessed\n| Document | Number | Revision |\n|---|---|---|\n" + rows
    refs = [f.value for f in _facts(body, Role.CEAR, FactKind.DOCUMENT_REFERENCE)]
    return {r.identifier: r.revision for r in refs if any(c.isdigit() for c in r.identifier)}


def test_reference_table_rows_pair_each_code_with_its_revision() -> None:
    refs = _table_refs("| Clinical evaluation report | CER-AV-011 | Rev. 02 |\n"
                       "| Notice d'utilisation | IFU-FR-AV-010 | Révision 5 |\n"
                       "| Gebrauchsanweisung | IFU-DE-AV-010 | Version 3.0 |\n")
    assert refs == {"CER-AV-011": "02", "IFU-FR-AV-010": "5", "IFU-DE-AV-010": "3.0"}


@pytest.mark.parametrize(("row", "expected"), [
    # PDF text of two rows run into one: codes and revisions in order, pairing by position
    ("| IFU (English) IFU (French) | IFU-NL-032 IFU-FR-NL-028 | Rev. 03 Rev. 05 |",
     {"IFU-NL-032": "03", "IFU-FR-NL-028": "05"}),
    # two documents side by side in one row
    ("| CEP-NL-018 | v2 | CER-NL-008 | v4 |", {"CEP-NL-018": "2", "CER-NL-008": "4"}),
    # a merged row that lost one revision: the pairing is unknown, no revision is guessed
    ("| IFU (English) IFU (French) | IFU-NL-032 IFU-FR-NL-028 | Rev. 03 |",
     {"IFU-NL-032": None, "IFU-FR-NL-028": None}),
])
def test_merged_reference_rows_never_borrow_a_neighbours_revision(row: str, expected: dict) -> None:
    assert _table_refs(row + "\n") == expected


@pytest.mark.parametrize(("code", "role"), [
    ("KST-CER-031", Role.CER), ("OVM-IFU-LSA1", Role.IFU), ("HCA-CEAR-0457", Role.CEAR),
    ("CER-2024-01", Role.CER), ("ACME-QP-12", None),
    ("EXU-PMCF-01", None)])  # a PMCF study as often as the plan
def test_the_document_type_inside_a_company_prefixed_code_names_the_role(code, role):
    from panelproof.extract.documentation import _code_role

    assert _code_role(code) == role


@pytest.mark.parametrize(("text", "revision"), [
    ("Document ABC_CER_v3.1 | Revision v3.1 | 2024-11-05", "3.1"),
    ("Revision: v2.0", "2.0"),
    ("Rev. C", "C"),
])
def test_a_v_before_a_revision_number_is_not_the_revision(text, revision):
    from panelproof.extract.documentation import _REVISION

    match = _REVISION.search(text)
    assert match and (match.group("rev") or match.group("vrev")) == revision
