"""Render a simple block model to PDF (fpdf2), DOCX (python-docx) or Markdown, and extract text back.

Blocks: ("title", text) ("meta", text) ("h", text) ("p", text) ("ul", [items]) ("t", [header], [[row], ...])
"""
from __future__ import annotations

import re
from pathlib import Path

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def to_pdf(blocks, path: Path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 15))
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    w = pdf.epw
    for b in blocks:
        kind = b[0]
        if kind == "title":
            pdf.set_font("DV", "B", 15)
            pdf.multi_cell(w, 8, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "meta":
            pdf.set_font("DV", "", 9)
            pdf.multi_cell(w, 5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "h":
            pdf.ln(3)
            pdf.set_font("DV", "B", 12)
            pdf.multi_cell(w, 7, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("DV", "", 10)
            pdf.multi_cell(w, 5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "ul":
            pdf.set_font("DV", "", 10)
            for it in b[1]:
                pdf.multi_cell(w, 5, "• " + it, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "t":
            pdf.set_font("DV", "", 9)
            head, rows = b[1], b[2]
            ncol = len(head)
            if ncol == 2 and head[0] in ("ID", "Nr.", "N.", "Nº", "Nr", "No."):
                widths = (18, 100)
            else:
                widths = None
            with pdf.table(col_widths=widths, headings_style=FontFace(emphasis="BOLD"),
                           line_height=5, text_align="LEFT") as table:
                r = table.row()
                for c in head:
                    r.cell(str(c))
                for row in rows:
                    r = table.row()
                    for c in row:
                        r.cell(str(c))
            pdf.ln(2)
    pdf.output(str(path))


def to_docx(blocks, path: Path):
    import docx

    d = docx.Document()
    d.core_properties.created = __import__("datetime").datetime(2025, 3, 15)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], level=0)
        elif kind == "meta":
            d.add_paragraph(b[1])
        elif kind == "h":
            d.add_heading(b[1], level=1)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "t":
            head, rows = b[1], b[2]
            t = d.add_table(rows=1 + len(rows), cols=len(head))
            t.style = "Table Grid"
            for i, c in enumerate(head):
                t.cell(0, i).text = str(c)
            for j, row in enumerate(rows):
                for i, c in enumerate(row):
                    t.cell(j + 1, i).text = str(c)
    d.save(str(path))


def to_md(blocks, path: Path):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("# " + b[1] + "\n")
        elif kind == "meta":
            out.append(b[1] + "  ")
        elif kind == "h":
            out.append("\n## " + b[1] + "\n")
        elif kind == "p":
            out.append(b[1] + "\n")
        elif kind == "ul":
            out.extend("- " + it for it in b[1])
            out.append("")
        elif kind == "t":
            head, rows = b[1], b[2]
            out.append("| " + " | ".join(map(str, head)) + " |")
            out.append("|" + "---|" * len(head))
            for row in rows:
                out.append("| " + " | ".join(str(c).replace("|", "/") for c in row) + " |")
            out.append("")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render(blocks, path: Path):
    ext = path.suffix.lower()
    {".pdf": to_pdf, ".docx": to_docx, ".md": to_md}[ext](blocks, path)


def extract(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(path))
        parts = []
        for page in doc:
            tp = page.get_textpage()
            parts.append(tp.get_text_range())
        return "\n".join(parts)
    if ext == ".docx":
        import docx

        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\ufffe", "").replace("\x02", "")).strip()
