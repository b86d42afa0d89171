"""Writers for the heldout_ad corpus: PDF (fpdf2, DejaVu), DOCX (python-docx), Markdown.

A document is a dict: {"title", "code", "blocks": [...]}; blocks are tuples
("h1", text) | ("h2", text) | ("p", text) | ("ul", [items]) | ("table", [header, row, ...]).
"""
import datetime
import os
from fpdf import FPDF
import docx
from docx.shared import Pt

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


class _PDF(FPDF):
    code = ""

    def footer(self):
        self.set_y(-12)
        self.set_font("dv", "", 7)
        self.cell(0, 5, f"{self.code} | page {self.page_no()}", align="C")


def _pdf_base(doc):
    pdf = _PDF(format="A4")
    pdf.code = doc["code"]
    pdf.set_creation_date(datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc))
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("dv", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_page()
    pdf.set_font("dv", "B", 14)
    pdf.multi_cell(0, 7, doc["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9)
    pdf.multi_cell(0, 5, doc["code"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    return pdf


def write_pdf(doc, path):
    pdf = _pdf_base(doc)
    for kind, val in doc["blocks"]:
        if kind == "h1":
            pdf.ln(2)
            pdf.set_font("dv", "B", 11.5)
            pdf.multi_cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
        elif kind == "h2":
            pdf.set_font("dv", "B", 10)
            pdf.multi_cell(0, 5.5, val, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("dv", "", 10)
            pdf.multi_cell(0, 5.4, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        elif kind == "ul":
            pdf.set_font("dv", "", 10)
            for it in val:
                pdf.set_x(22)
                pdf.multi_cell(0, 5.4, "\u2022 " + it, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        elif kind == "table":
            pdf.set_font("dv", "", 9)
            with pdf.table(line_height=5, text_align="LEFT", first_row_as_headings=True) as t:
                for row in val:
                    r = t.row()
                    for c in row:
                        r.cell(str(c))
            pdf.ln(2)
    pdf.output(path)


def write_pdf_columns(doc, path):
    """Printed-leaflet layout: two text columns."""
    pdf = _pdf_base(doc)
    with pdf.text_columns(ncols=2, gutter=7, text_align="LEFT") as cols:
        for kind, val in doc["blocks"]:
            if kind in ("h1", "h2"):
                pdf.set_font("dv", "B", 10 if kind == "h1" else 9)
                with cols.paragraph(top_margin=2, bottom_margin=1) as par:
                    par.write(val)
            elif kind == "p":
                pdf.set_font("dv", "", 8.5)
                with cols.paragraph(bottom_margin=1.5) as par:
                    par.write(val)
            elif kind == "ul":
                pdf.set_font("dv", "", 8.5)
                for it in val:
                    with cols.paragraph(bottom_margin=0.8) as par:
                        par.write("\u2022 " + it)
            elif kind == "table":
                pdf.set_font("dv", "", 8.5)
                hdr, rows = val[0], val[1:]
                for row in rows:
                    with cols.paragraph(bottom_margin=0.8) as par:
                        par.write(": ".join(str(c) for c in row))
    pdf.output(path)


def write_docx(doc, path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    d.add_heading(doc["title"], level=0)
    d.add_paragraph(doc["code"])
    for kind, val in doc["blocks"]:
        if kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=0, cols=len(val[0]))
            t.style = "Table Grid"
            for row in val:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = str(c)
            d.add_paragraph("")
    d.core_properties.author = "Regulatory Affairs"
    d.core_properties.title = doc["title"]
    d.core_properties.created = datetime.datetime(2025, 1, 1)
    d.core_properties.modified = datetime.datetime(2025, 1, 1)
    d.core_properties.last_modified_by = "Regulatory Affairs"
    d.save(path)
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite the DOCX zip with fixed timestamps so the build is byte-reproducible."""
    import io
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def write_md(doc, path):
    out = [f"# {doc['title']}", "", doc["code"], ""]
    for kind, val in doc["blocks"]:
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
            for row in val[1:]:
                out.append("| " + " | ".join(str(c) for c in row) + " |")
            out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def write(doc, path, fmt):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if fmt == "pdf":
        write_pdf(doc, path)
    elif fmt == "pdf2col":
        write_pdf_columns(doc, path)
    elif fmt == "docx":
        write_docx(doc, path)
    else:
        write_md(doc, path)


def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(pdf)):
            parts.append(pdf[i].get_textpage().get_text_range())
        txt = "\n".join(parts)
    elif path.endswith(".docx"):
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        txt = "\n".join(parts)
    else:
        txt = open(path, encoding="utf-8").read()
    return " ".join(txt.split())
