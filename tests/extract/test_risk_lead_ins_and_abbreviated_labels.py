"""Risk lists announced by a lead-in paragraph or under "Risks & ..." headings; abbreviated
table and figure labels ("Tbl.", "Tabl.", "Abbn.") and captions read as headings."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof.extract import documentation, risks
from panelproof.extract.common import ExtractionContext
from panelproof.extract.model import FactKind
from panelproof.ingest.model import Role
from panelproof.ingest.text import document_from_text
from panelproof.pipeline import run_check

FIXTURES = Path(__file__).parent.parent / "fixtures" / "rules"


def _risk_ids(text: str, language: str = "en") -> set[str]:
    document = document_from_text(text, "SSCP.md", Role.SSCP, language=language)
    return {f.value.id for f in risks.extract(document, ExtractionContext())}


@pytest.mark.parametrize(("text", "language"), [
    ("# SSCP\n\n## 3 | Risks & Warnings\n\n- Wound infection\n- Fat embolism\n", "en"),
    ("# SSCP\n\n## Risks / precautions\n\n- Wound infection\n- Fat embolism\n", "en"),
    ("# SSCP\n\n## 6 Safety\n\nKnown complications and side effects of the implant (see CER, Tab. 4):\n\n"
     "- Wound infection\n- Fat embolism\n", "en"),
    ("# SSCP\n\n## 4 Sicherheit\n\nMögliche Komplikationen:\n\n- Wundinfektion\n- Fettembolie\n", "de"),
    ("# SSCP\n\n## 4 Sécurité\n\nEffets indésirables possibles :\n\n- infection de la plaie\n- embolie graisseuse\n", "fr"),
])
def test_list_announced_as_risks_is_read(text: str, language: str) -> None:
    ids = _risk_ids(text, language)
    assert "infection" in ids and any("embol" in i for i in ids), ids


@pytest.mark.parametrize("text", [
    # a lead-in that lists risk factors or contraindications, not the device's risks
    "# SSCP\n\n## 6 Patients\n\nRisk factors for complications:\n\n- Smoking\n- Obesity\n",
    "# SSCP\n\n## 6 Patients\n\nContraindications (risk of complications):\n\n- Smoking\n- Obesity\n",
    # a list after an ordinary paragraph
    "# SSCP\n\n## 6 Device\n\nThe kit contains:\n\n- Smoking pipe\n- Obesity scale\n",
])
def test_other_lead_ins_announce_no_risks(text: str) -> None:
    assert _risk_ids(text) == set()


def test_lead_in_and_pointer_are_no_risk_names() -> None:
    text = ("# SSCP\n\n## 4 Risks & warnings\n\nResidual risks (source: CER Tab. 3, literature):\n\n"
            "- Nail breakage\n\nWarnings: see the IFU, section 6.\n")
    ids = _risk_ids(text)
    assert ids and not any(i.startswith("text:") and ("cer" in i or "ifu" in i) for i in ids)


def test_ss001_message_names_what_the_sscp_lists() -> None:
    result = run_check([FIXTURES / "SS001" / "bad_risks_after_lead_in"])
    [finding] = [f for f in result.findings if f.rule == "SS001"]
    assert "lists none" not in finding.message
    assert "Heterotopic ossification" in finding.message or "heterotopic ossification" in finding.message.lower()
    assert "Wound infection" not in finding.message.split(";")[0]


def _labels(text: str, kind: FactKind):
    document = document_from_text(text, "CER.md", Role.CER)
    return [(f.value.kind, f.value.number) for f in documentation.extract(document, ExtractionContext())
            if f.kind is kind]


@pytest.mark.parametrize(("text", "expected"), [
    ("# CER\n\nSubgroups are given in Tbl. 7.", [("table", "7")]),
    ("# CER\n\nSiehe Tbl 4 und Abbn. 2 und 3.", [("table", "4"), ("figure", "2"), ("figure", "3")]),
    ("# CER\n\nDonnées détaillées : Tabl. 5.", [("table", "5")]),
    ("# CER\n\nThe curves (Figs. 1-2) and Tbls. 3 and 4 agree.",
     [("figure", "1"), ("figure", "2"), ("table", "3"), ("table", "4")]),
])
def test_abbreviated_references(text: str, expected) -> None:
    assert sorted(_labels(text, FactKind.FIGURE_REFERENCE)) == sorted(expected)


@pytest.mark.parametrize(("heading", "kind", "number"), [
    ("## Tbl. 2 – Clinical data", "table", "2"),
    ("### Table 3: Residual risks", "table", "3"),
    ("## Abb. 1 – Aufbau des Systems", "figure", "1"),
])
def test_caption_read_as_heading(heading: str, kind: str, number: str) -> None:
    text = f"# CER\n\n{heading}\n\n| A | B |\n| --- | --- |\n| x | y |\n"
    assert _labels(text, FactKind.FIGURE) == [(kind, number)]
    assert _labels(text, FactKind.FIGURE_REFERENCE) == []


def test_heading_naming_a_table_in_prose_is_no_caption() -> None:
    assert _labels("# CER\n\n## Results of Table 3 compared\n\nText.", FactKind.FIGURE) == []
