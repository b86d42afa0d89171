"""Render a simple block model to PDF (fpdf2), DOCX (python-docx) or Markdown, and extract text back."""
import re
from pathlib import Path

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def _pdf(path, title, blocks, meta):
    from fpdf import FPDF
    from fpdf.fonts import FontFace
    pdf = FPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 1))
    pdf.add_font("DV", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DV", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    pdf.set_font("DV", "B", 14)
    pdf.multi_cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8)
    pdf.multi_cell(0, 4.5, meta, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for kind, val in blocks:
        if kind == "h1":
            pdf.ln(2); pdf.set_font("DV", "B", 12)
            pdf.multi_cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
        elif kind == "h2":
            pdf.set_font("DV", "B", 10)
            pdf.multi_cell(0, 5.5, val, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("DV", "", 9.5)
            pdf.multi_cell(0, 5, val, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1.5)
        elif kind == "ul":
            pdf.set_font("DV", "", 9.5)
            for it in val:
                pdf.set_x(22)
                pdf.multi_cell(0, 5, "\u2022 " + it, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "table":
            pdf.set_font("DV", "", 8.5)
            with pdf.table(text_align="LEFT", line_height=4.6,
                           headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225))) as t:
                for r in val:
                    row = t.row()
                    for c in r:
                        row.cell(str(c))
            pdf.ln(2)
    pdf.output(str(path))


def _docx(path, title, blocks, meta):
    import docx
    d = docx.Document()
    d.core_properties.created = __import__("datetime").datetime(2025, 3, 1)
    d.add_heading(title, 0)
    d.add_paragraph(meta)
    for kind, val in blocks:
        if kind == "h1":
            d.add_heading(val, 1)
        elif kind == "h2":
            d.add_heading(val, 2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=0, cols=len(val[0]))
            t.style = "Table Grid"
            for r in val:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = str(c)
            d.add_paragraph("")
    d.save(str(path))


def _md(path, title, blocks, meta):
    out = [f"# {title}", "", meta, ""]
    for kind, val in blocks:
        if kind == "h1":
            out += [f"## {val}", ""]
        elif kind == "h2":
            out += [f"### {val}", ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "ul":
            out += [f"- {it}" for it in val] + [""]
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for r in val[1:]:
                out.append("| " + " | ".join(str(c) for c in r) + " |")
            out.append("")
    Path(path).write_text("\n".join(out), encoding="utf-8")


def render(path, title, blocks, meta):
    ext = Path(path).suffix
    {".pdf": _pdf, ".docx": _docx, ".md": _md}[ext](path, title, blocks, meta)


def extract(path):
    path = Path(path)
    if path.suffix == ".pdf":
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(str(path))
        parts = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
        doc.close()
        return "\n".join(parts)
    if path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts += [c.text for c in r.cells]
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def norm(s):
    return re.sub(r"\s+", " ", s).strip()
