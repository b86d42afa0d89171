"""PDF ingestion: blocks, headings across pages, tables, images, running headers, speed."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from panelproof.ingest import Limits, load_dossier, read_document
from panelproof.ingest.model import BlockKind

from .conftest import DEJAVU

INTENDED = ("The device is intended for invasive and non-invasive ventilation of adult and "
            "paediatric patients weighing more than 5 kg in hospital settings. ")


@pytest.fixture
def cer_pdf(tmp_path, report_pdf, png) -> Path:
    pdf = report_pdf()
    pdf.add_page()
    pdf.heading("Clinical Evaluation Report", size=16)
    pdf.heading("1 Scope")
    pdf.para(INTENDED * 3)
    pdf.para("A second paragraph, about something else entirely.")
    pdf.multi_cell(0, 5, "- first bullet item", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, "- second bullet item", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.heading("2 Technical data")
    pdf.table_rows([("Parameter", "Range", "Unit"), ("Tidal volume", "20 - 2000", "ml"),
                    ("PEEP", "0 - 25", "cmH2O")])
    pdf.image(str(png(600, 300)), w=100)  # 600 px over 100 mm: 152.4 dpi
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 6, "Figure 1: Device overview", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    pdf.heading("2.1 Alarms")
    pdf.para("The alarm sounds when the pressure exceeds the set limit.")
    pdf.add_page()
    pdf.heading("3 Clinical data")
    pdf.para("Twelve studies were found.")
    path = tmp_path / "CER_v3.pdf"
    pdf.output(str(path))
    return path


@pytest.fixture
def cer(cer_pdf):
    document = read_document(cer_pdf, cer_pdf.name)
    assert document.ok, document.error
    return document


def kinds(document, kind):
    return [b for b in document.blocks if b.kind is kind]


def test_pages_role_and_format(cer):
    assert cer.format == "pdf"
    assert cer.pages == 3
    assert cer.role.value == "CER"
    assert cer.language == "en"


def test_headings_levels_and_path_across_pages(cer):
    headings = {b.text: b for b in kinds(cer, BlockKind.HEADING)}
    assert {"1 Scope", "2 Technical data", "2.1 Alarms", "3 Clinical data"} <= set(headings)
    assert headings["2.1 Alarms"].level == 2
    assert headings["2.1 Alarms"].page == 2
    assert headings["2.1 Alarms"].heading_path[-1] == "2 Technical data"
    alarm = next(b for b in cer.blocks if b.text.startswith("The alarm sounds"))
    assert alarm.heading_path[-2:] == ("2 Technical data", "2.1 Alarms")
    assert alarm.section == "2.1 Alarms"
    studies = next(b for b in cer.blocks if b.text.startswith("Twelve"))
    assert studies.page == 3 and studies.heading_path[-1] == "3 Clinical data"
    assert "2.1 Alarms" not in studies.heading_path


def test_paragraph_spans_lines_and_keeps_verbatim_text(cer):
    scope = [b for b in kinds(cer, BlockKind.PARAGRAPH) if b.section == "1 Scope"]
    assert len(scope) == 2
    assert "\n" in scope[0].text  # three wrapped lines, one block
    assert "weighing more than 5 kg" in scope[0].normalized
    start = scope[0].normalized.index("more than 5 kg")
    assert scope[0].quote(start, start + len("more than 5 kg")) == "more than 5 kg"


def test_list_items(cer):
    items = [b.text for b in kinds(cer, BlockKind.LIST_ITEM)]
    assert items == ["first bullet item", "second bullet item"]


def test_table_rows_with_cells(cer):
    rows = kinds(cer, BlockKind.TABLE_ROW)
    assert [r.cells for r in rows] == [("Parameter", "Range", "Unit"),
                                       ("Tidal volume", "20 - 2000", "ml"),
                                       ("PEEP", "0 - 25", "cmH2O")]
    assert [r.row_index for r in rows] == [0, 1, 2]
    assert len({r.table_index for r in rows}) == 1
    assert rows[1].text == "Tidal volume | 20 - 2000 | ml"
    assert rows[1].section == "2 Technical data"


def test_running_header_and_page_numbers_dropped(cer):
    assert not any("ACME Ventilator X5" in b.text for b in cer.blocks)
    assert not any(b.text.startswith("Page ") for b in cer.blocks)


def test_image_effective_dpi_and_caption(cer):
    assert len(cer.images) == 1
    image = cer.images[0]
    assert (image.pixel_width, image.pixel_height) == (600, 300)
    assert image.page == 1
    assert image.effective_dpi == pytest.approx(152.4, rel=0.01)
    assert image.caption == "Figure 1: Device overview"
    assert image.section == "2 Technical data"
    assert kinds(cer, BlockKind.CAPTION)[0].text == "Figure 1: Device overview"


def test_offsets_point_into_document_text(cer):
    for block in cer.blocks:
        assert cer.text[block.start:block.end] == block.text


def test_hyphenation_across_lines_normalised_but_quoted_verbatim(tmp_path):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(60, 5, "Non-invasive ventila-\ntion is indicated for patients from 5 kg.",
                   new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "doc.pdf"
    pdf.output(str(path))
    block = read_document(path, "doc.pdf").blocks[0]
    assert "ventilation is indicated" in block.normalized
    assert "Non-invasive ventilation" in block.normalized  # a real hyphen stays
    start = block.normalized.index("ventilation")
    assert block.quote(start, start + len("ventilation")) == "ventila- tion"


@pytest.mark.skipif(not DEJAVU.exists(), reason="needs the DejaVu font for ligatures")
def test_ligatures_are_normalised(tmp_path):
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("dejavu", "", str(DEJAVU))
    pdf.set_font("dejavu", "", 11)
    pdf.multi_cell(0, 5, "The e\ufb03cacy and \ufb02ow were con\ufb01rmed in 5\u00a0kg patients.",
                   new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "lig.pdf"
    pdf.output(str(path))
    block = read_document(path, "lig.pdf").blocks[0]
    assert "efficacy and flow were confirmed in 5 kg patients" in block.normalized


def test_numbered_list_items_are_not_headings(tmp_path):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    for line in ["1. Connect the breathing circuit.", "2. Switch the device on.",
                 "3. Check the alarms."]:
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "steps.pdf"
    pdf.output(str(path))
    document = read_document(path, "steps.pdf")
    assert [b.kind for b in document.blocks] == [BlockKind.LIST_ITEM] * 3


def test_table_continues_across_pages_and_wrapped_cells_merge(tmp_path, report_pdf):
    pdf = report_pdf()
    pdf.add_page()
    pdf.heading("4 Literature")
    rows = [("Study", "Population", "Follow-up")]
    rows += [(f"Study {i}", "Adults in intensive care units of university hospitals in Europe",
              f"{i} months") for i in range(1, 40)]
    pdf.table_rows(rows)
    path = tmp_path / "lit.pdf"
    pdf.output(str(path))
    document = read_document(path, "lit.pdf")
    table = kinds(document, BlockKind.TABLE_ROW)
    assert document.pages >= 2
    assert len(table) == 40
    assert len({r.table_index for r in table}) == 1
    assert [r.row_index for r in table] == list(range(40))
    assert " ".join(table[5].cells[1].split()) == \
        "Adults in intensive care units of university hospitals in Europe"
    assert {r.page for r in table} == set(range(1, document.pages + 1))


def test_big_pdf_reads_every_page_and_heading(tmp_path, report_pdf):
    # Its speed is measured by benchmarks/speed.py, not here: a timed test fails on a busy machine.
    pdf = report_pdf()
    text = INTENDED * 4
    pages = 60
    for number in range(1, pages + 1):
        pdf.add_page()
        pdf.heading(f"{number} Section")
        for _ in range(5):
            pdf.para(text)
    path = tmp_path / "big.pdf"
    pdf.output(str(path))
    document = read_document(path, "big.pdf")
    assert document.pages == pages
    assert len(kinds(document, BlockKind.HEADING)) == pages


def test_folder_paths_are_relative_and_progress_is_reported(tmp_path, cer_pdf):
    sub = tmp_path / "dossier" / "reports"
    sub.mkdir(parents=True)
    cer_pdf.rename(sub / "CER_v3.pdf")
    (tmp_path / "dossier" / "IFU_en.md").write_text("# Instructions for use\n\nUse it well.\n")
    calls = []
    dossier = load_dossier([tmp_path / "dossier"], progress=lambda *a: calls.append(a))
    assert sorted(d.path for d in dossier.documents) == ["IFU_en.md", "reports/CER_v3.pdf"]
    assert [c[1:] for c in calls] == [(1, 2), (2, 2)]
    single = load_dossier([tmp_path / "dossier" / "reports" / "CER_v3.pdf"])
    assert single.documents[0].path == "CER_v3.pdf"


def test_max_pages_limit(cer_pdf):
    document = read_document(cer_pdf, "CER.pdf", Limits(max_pages=2))
    assert document.status == "error"
    assert "3 pages" in document.error and "max_pages" in document.error
