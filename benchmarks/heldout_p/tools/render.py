"""Render simple block lists to PDF (fpdf2), DOCX (python-docx) or Markdown, and extract text back.

Blocks: ("h", text, level) | ("p", text) | ("b", [items]) | ("n", [items]) numbered | ("t", header, rows)
"""
import os
import re

FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def _pdf(blocks, path, title):
    from fpdf import FPDF
    from fpdf.fonts import FontFace
    pdf = FPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 15))
    pdf.set_title(title)
    pdf.add_font("DV", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DV", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    for b in blocks:
        kind = b[0]
        if kind == "h":
            size = {1: 14, 2: 12, 3: 10.5}.get(b[2], 10.5)
            pdf.set_font("DV", "B", size)
            pdf.ln(2)
            pdf.multi_cell(0, size * 0.55, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("DV", "", 9.5)
            pdf.multi_cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind in ("b", "n"):
            pdf.set_font("DV", "", 9.5)
            for i, it in enumerate(b[1], 1):
                mark = "\u2022" if kind == "b" else f"{i}."
                pdf.set_x(22)
                pdf.cell(6, 5, mark)
                pdf.multi_cell(0, 5, it, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "t":
            pdf.set_font("DV", "", 8.5)
            ncol = len(b[1])
            with pdf.table(headings_style=FontFace(emphasis="BOLD"), line_height=4.6,
                           text_align="LEFT", first_row_as_headings=True) as table:
                for row in [b[1]] + b[2]:
                    r = table.row()
                    for c in row:
                        r.cell(str(c))
            pdf.ln(2)
    pdf.output(path)


def _docx(blocks, path, title):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    d.core_properties.title = title
    d.core_properties.author = "Regulatory Medical Writing"
    import datetime
    d.core_properties.created = datetime.datetime(2025, 3, 15)
    d.core_properties.modified = datetime.datetime(2025, 3, 15)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    for b in blocks:
        kind = b[0]
        if kind == "h":
            d.add_heading(b[1], level=min(b[2], 3))
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "b":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "n":
            for it in b[1]:
                d.add_paragraph(it, style="List Number")
        elif kind == "t":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for i, h in enumerate(b[1]):
                t.rows[0].cells[i].text = str(h)
            for row in b[2]:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = str(c)
            d.add_paragraph("")
    import io
    import zipfile
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 15, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def _md(blocks, path, title):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "h":
            out.append("#" * b[2] + " " + b[1] + "\n")
        elif kind == "p":
            out.append(b[1] + "\n")
        elif kind == "b":
            out.append("\n".join("- " + it for it in b[1]) + "\n")
        elif kind == "n":
            out.append("\n".join(f"{i}. " + it for i, it in enumerate(b[1], 1)) + "\n")
        elif kind == "t":
            esc = lambda s: str(s).replace("|", "/")
            lines = ["| " + " | ".join(esc(h) for h in b[1]) + " |",
                     "|" + "---|" * len(b[1])]
            for row in b[2]:
                lines.append("| " + " | ".join(esc(c) for c in row) + " |")
            out.append("\n".join(lines) + "\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def render(blocks, path, title=""):
    ext = os.path.splitext(path)[1].lower()
    {".pdf": _pdf, ".docx": _docx, ".md": _md}[ext](blocks, path, title)


def extract(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".pdf":
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(path)
        txt = "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
        doc.close()
        return txt
    if ext == ".docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    s = s.replace("\u00a0", " ").replace("\ufffe", "").replace("\u00ad", "")
    return re.sub(r"\s+", " ", s).strip()
