"""Rendering of document block lists to PDF (fpdf2 + DejaVu), DOCX (python-docx) and Markdown,
plus the text extraction used by the quote check."""
import os
import re

import datetime

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED_DATE = datetime.datetime(2025, 6, 30, 12, 0, 0, tzinfo=datetime.timezone.utc)

# A document is a list of blocks:
#   ("title", text) ("h1", text) ("h2", text) ("p", text) ("bullets", [text, ...])
#   ("call", text)  – ALL-CAPS call-out line, boxed in PDF
#   ("table", rows, ruled)  – rows[0] is the header row
#   ("pagebreak",)


def _pdf(blocks, path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(format="Letter")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.add_page()
    w = pdf.epw
    for b in blocks:
        kind = b[0]
        if kind == "title":
            pdf.set_font("DejaVu", "B", 15)
            pdf.multi_cell(w, 8, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h1":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(w, 7, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h2":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(w, 6, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(w, 5.2, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "bullets":
            pdf.set_font("DejaVu", "", 10)
            for t in b[1]:
                pdf.set_x(pdf.l_margin + 4)
                pdf.multi_cell(w - 4, 5.2, "• " + t, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "call":
            pdf.set_font("DejaVu", "B", 10)
            pdf.multi_cell(w, 5.6, b[1], border=1, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            rows, ruled = b[1], b[2]
            pdf.set_font("DejaVu", "", 9)
            ncol = len(rows[0])
            widths = None
            if ncol == 2:
                widths = (w * 0.4, w * 0.6)
            with pdf.table(
                borders_layout="ALL" if ruled else "NONE",
                col_widths=widths,
                line_height=5,
                headings_style=FontFace(emphasis="BOLD"),
                text_align="LEFT",
            ) as t:
                for r in rows:
                    row = t.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(3)
        elif kind == "pagebreak":
            pdf.add_page()
        else:
            raise ValueError(kind)
    pdf.output(path)


def _docx(blocks, path):
    import docx
    from docx.enum.text import WD_BREAK

    d = docx.Document()
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], 0)
        elif kind == "h1":
            d.add_heading(b[1], 1)
        elif kind == "h2":
            d.add_heading(b[1], 2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "bullets":
            for t in b[1]:
                d.add_paragraph(t, style="List Bullet")
        elif kind == "call":
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
        elif kind == "table":
            rows, ruled = b[1], b[2]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if ruled:
                t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    d.core_properties.created = FIXED_DATE
    d.core_properties.modified = FIXED_DATE
    d.core_properties.author = "Regulatory Affairs"
    d.save(path)
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite the DOCX package with fixed member timestamps so rebuilds are byte-identical."""
    import io
    import zipfile

    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2025, 6, 30, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def _md(blocks, path):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("# " + b[1])
        elif kind == "h1":
            out.append("## " + b[1])
        elif kind == "h2":
            out.append("### " + b[1])
        elif kind == "p":
            out.append(b[1])
        elif kind == "bullets":
            out.append("\n".join("- " + t for t in b[1]))
        elif kind == "call":
            out.append("**" + b[1] + "**")
        elif kind == "table":
            rows = b[1]
            lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
            lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("\n".join(lines))
        elif kind == "pagebreak":
            out.append("---")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n\n".join(out) + "\n")


def render(blocks, path):
    ext = path.rsplit(".", 1)[1].lower()
    {"pdf": _pdf, "docx": _docx, "md": _md}[ext](blocks, path)


def extract(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(doc)):
            tp = doc[i].get_textpage()
            parts.append(tp.get_text_range())
        text = "\n".join(parts)
    elif ext == "docx":
        import docx

        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        text = "\n".join(parts)
    else:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    return norm(text)


def norm(s):
    s = s.replace("\ufffe", "").replace("\u00ad", "").replace("\x02", "")
    return re.sub(r"\s+", " ", s).strip()


def pages(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium

        return len(pdfium.PdfDocument(path))
    return None
