"""Builders for PDF and DOCX test documents (fpdf2, python-docx, Pillow), all in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF
from PIL import Image as PILImage

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def make_png(path: Path, width: int, height: int) -> Path:
    PILImage.new("RGB", (width, height), (200, 220, 240)).save(path)
    return path


class ReportPdf(FPDF):
    """A4 pages with a running header and a "Page n of N" footer, like a real report."""

    header_text = "ACME Ventilator X5 - Clinical Evaluation Report - Rev. C"

    def header(self):
        if self.header_text:
            self.set_font("Helvetica", "", 8)
            self.cell(0, 5, self.header_text, new_x="LMARGIN", new_y="NEXT")
            self.ln(3)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.cell(0, 10, f"Page {self.page_no()} of {{nb}}", align="C")

    def heading(self, text: str, size: int = 13):
        self.set_font("Helvetica", "B", size)
        self.cell(0, 8, text, new_x="LMARGIN", new_y="NEXT")
        self.set_font("Helvetica", "", 11)

    def para(self, text: str, gap: float = 3):
        self.set_font("Helvetica", "", 11)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(gap)

    def table_rows(self, rows):
        self.set_font("Helvetica", "", 11)
        with self.table() as table:
            for values in rows:
                row = table.row()
                for value in values:
                    row.cell(value)
        self.ln(3)


@pytest.fixture
def report_pdf():
    return ReportPdf


@pytest.fixture
def png(tmp_path):
    def _png(width: int, height: int, name: str = "picture.png") -> Path:
        return make_png(tmp_path / name, width, height)
    return _png
