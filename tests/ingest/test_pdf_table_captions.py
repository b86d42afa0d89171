"""Table captions set above a table in a PDF (bold or not, ruled or unruled table, en dash,
em dash or colon separator, several languages) are read as captions, not headings, so that
DC002 and DC003 see the tables they number."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from panelproof.ingest import read_document
from panelproof.ingest.model import BlockKind
from panelproof.pipeline import run_check

from .conftest import DEJAVU

DEJAVU_BOLD = DEJAVU.with_name("DejaVuSans-Bold.ttf")
CAPTIONS = ["Table 1 – key parameters (full list: IFU NV-IFU-031, section 8).",
            "Table 2 — SotA benchmarks", "Table 3: Results", "Tab. 4 – adverse events",
            "Tableau 5 – résultats", "Tabelle 6: Ergebnisse", "Table 7 - Residual risks"]


def _cer_pdf(path: Path, captions: list[str], *, bold: bool, ruled: bool,
             cited: tuple[str, ...] = ()) -> Path:
    pdf = FPDF()
    pdf.add_font("dv", "", str(DEJAVU))
    pdf.add_font("dv", "B", str(DEJAVU_BOLD))
    pdf.add_page()
    pdf.set_font("dv", "B", 14)
    pdf.cell(0, 8, "Clinical Evaluation Report", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "B", 12)
    pdf.cell(0, 8, "1 Device data", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 11)
    numbers = [c.split()[1].rstrip(":") for c in captions] + list(cited)
    pdf.multi_cell(0, 5, "The data are given in " + ", ".join(f"Table {n}" for n in numbers) + ".",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for caption in captions:
        pdf.set_font("dv", "B" if bold else "", 11)
        pdf.multi_cell(0, 5, caption, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 10)
        with pdf.table(borders_layout="ALL" if ruled else "NONE",
                       first_row_as_headings=False) as table:
            for values in [("Parameter", "Value", "Unit"), ("Flow rate", "0.5 - 10", "l/min"),
                           ("Weight", "2.4", "kg")]:
                row = table.row()
                for value in values:
                    row.cell(value)
        pdf.ln(4)
        pdf.set_font("dv", "", 11)
        pdf.multi_cell(0, 5, "The values above are those of the marketed configuration.",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("bold", [True, False])
@pytest.mark.parametrize("ruled", [True, False])
def test_captions_above_tables_are_captions(tmp_path, bold, ruled):
    path = _cer_pdf(tmp_path / "CER.pdf", CAPTIONS, bold=bold, ruled=ruled)
    document = read_document(path, path.name)
    captions = [" ".join(b.text.split()) for b in document.blocks if b.kind is BlockKind.CAPTION]
    assert captions == CAPTIONS
    assert not any(b.text.startswith(("Table", "Tab", "Tabelle"))
                   for b in document.blocks if b.kind is BlockKind.HEADING)


def _documentation_findings(folder: Path) -> list:
    return [f for f in run_check([folder]).findings if f.rule in ("DC002", "DC003")]


@pytest.mark.parametrize("bold", [True, False])
def test_consistent_tables_give_no_documentation_finding(tmp_path, bold):
    _cer_pdf(tmp_path / "CER.pdf", CAPTIONS, bold=bold, ruled=True)
    assert _documentation_findings(tmp_path) == []


def test_a_real_gap_is_still_found(tmp_path):
    gap = [c for c in CAPTIONS if not c.startswith("Table 2 ")]
    _cer_pdf(tmp_path / "CER.pdf", gap, bold=True, ruled=False)
    findings = _documentation_findings(tmp_path)
    assert {f.rule for f in findings} == {"DC003"}
    assert "table 3 follows table 1" in findings[0].message


def test_a_reference_to_a_missing_table_is_still_found(tmp_path):
    _cer_pdf(tmp_path / "CER.pdf", CAPTIONS, bold=True, ruled=True, cited=("8",))
    findings = _documentation_findings(tmp_path)
    assert [f.rule for f in findings] == ["DC002"]
    assert "table 8" in findings[0].message


def _caption_below_pdf(path: Path, caption: str, *, ruled: bool) -> Path:
    """A table whose caption is set directly below it, as many authors do."""
    pdf = FPDF()
    pdf.add_font("dv", "", str(DEJAVU))
    pdf.add_page()
    pdf.set_font("dv", "", 11)
    pdf.multi_cell(0, 5, "The state of the art is summarised below.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 10)
    with pdf.table(borders_layout="ALL" if ruled else "NONE", first_row_as_headings=False) as table:
        for values in [("Outcome", "SotA range", "Source"), ("Air leak", "6 – 10 %", "[1, 5]"),
                       ("IVH ≥ grade 3", "8 – 12 %", "[2]")]:
            row = table.row()
            for value in values:
                row.cell(value)
    pdf.set_font("dv", "", 10)
    pdf.multi_cell(0, 5, caption, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("ruled", [True, False])
@pytest.mark.parametrize("caption", ["Table 2 – SotA benchmarks", "Tabelle 2: Vergleichswerte",
                                     "Figure 3 – Benchmarks"])
def test_a_caption_right_under_a_table_is_not_its_last_row(tmp_path, ruled, caption):
    path = _caption_below_pdf(tmp_path / "CER.pdf", caption, ruled=ruled)
    document = read_document(path, path.name)
    assert [" ".join(b.text.split()) for b in document.blocks if b.kind is BlockKind.CAPTION] == [caption]
    assert not any(caption.split()[0] in b.text for b in document.blocks
                   if b.kind is BlockKind.TABLE_ROW)


@pytest.mark.parametrize("heading, caption", [
    ("1.3 Evaluators", "Table 1-1 Clinical evaluation team"),
    ("Chapter 4 Clinical data", "Tabelle 4 – Studien"),
    ("Device description", "Figure 2: Components of the pump"),
])
def test_caption_right_under_a_bold_heading_is_its_own_block(tmp_path, heading, caption):
    """A bold caption set straight under a bold heading, with no spacing: the heading does not
    swallow it, so the table or figure it numbers exists for DC002."""
    pdf = FPDF()
    pdf.add_font("dv", "", str(DEJAVU))
    pdf.add_font("dv", "B", str(DEJAVU_BOLD))
    pdf.add_page()
    pdf.set_font("dv", "", 10)
    pdf.multi_cell(0, 5, "This report evaluates the clinical data of the device. " * 4,
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("dv", "B", 11)
    pdf.cell(0, 5, heading, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, caption, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 10)
    with pdf.table(borders_layout="ALL", first_row_as_headings=False) as table:
        for values in [("Name", "Role"), ("A. Author", "Writer")]:
            row = table.row()
            for value in values:
                row.cell(value)
    pdf.ln(4)
    pdf.multi_cell(0, 5, "The team is qualified as required by MDR Annex XIV. " * 4,
                   new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "CER.pdf"
    pdf.output(str(path))
    document = read_document(path, "CER.pdf")
    assert [b.text for b in document.blocks if b.kind is BlockKind.CAPTION] == [caption]
    assert not any(caption in b.text for b in document.blocks if b.kind is BlockKind.HEADING)
