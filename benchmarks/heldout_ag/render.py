"""Writers for the heldout_ag corpus: PDF (fpdf2 + DejaVu), DOCX (python-docx), Markdown.

A document is a list of blocks:
  ("title", text) ("h1", text) ("h2", text) ("p", text) ("bullets", [text, ...])
  ("table", title, rows, ruled)   rows[0] is the header row
"""
import re
from fpdf import FPDF
from docx import Document
from docx.shared import Pt

FONT = "/usr/share/fonts/truetype/dejavu/"


class _PDF(FPDF):
    footer_text = ""

    def footer(self):
        self.set_y(-13)
        self.set_font("DV", "", 7.5)
        self.cell(0, 5, f"{self.footer_text}    Page {self.page_no()}", align="C")


def write_pdf(blocks, path, footer=""):
    p = _PDF(format="A4")
    p.footer_text = footer
    p.add_font("DV", "", FONT + "DejaVuSans.ttf")
    p.add_font("DV", "B", FONT + "DejaVuSans-Bold.ttf")
    p.set_margins(20, 18, 20)
    p.set_auto_page_break(True, 20)
    p.set_creation_date(__import__("datetime").datetime(2025, 11, 28))
    p.add_page()
    for b in blocks:
        k = b[0]
        if k == "title":
            p.set_font("DV", "B", 14)
            p.multi_cell(0, 7.5, b[1], new_x="LMARGIN", new_y="NEXT")
            p.ln(3)
        elif k == "h1":
            p.ln(2)
            p.set_font("DV", "B", 11.5)
            p.multi_cell(0, 6.5, b[1], new_x="LMARGIN", new_y="NEXT")
            p.ln(1)
        elif k == "h2":
            p.set_font("DV", "B", 10)
            p.multi_cell(0, 5.5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "p":
            p.set_font("DV", "", 9.5)
            p.multi_cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
            p.ln(1.8)
        elif k == "bullets":
            p.set_font("DV", "", 9.5)
            for t in b[1]:
                p.set_x(24)
                p.multi_cell(0, 5, "\u2013 " + t, new_x="LMARGIN", new_y="NEXT")
            p.ln(1.8)
        elif k == "table":
            _, title, rows, ruled = b
            p.set_font("DV", "B", 9.5)
            p.multi_cell(0, 5.5, title, new_x="LMARGIN", new_y="NEXT")
            p.set_font("DV", "", 8.5)
            with p.table(borders_layout="ALL" if ruled else "NONE", line_height=4.6,
                         text_align="LEFT", padding=1.2) as t:
                for row in rows:
                    r = t.row()
                    for c in row:
                        r.cell(str(c))
            p.ln(3)
    p.output(path)


def write_docx(blocks, path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for b in blocks:
        k = b[0]
        if k == "title":
            d.add_heading(b[1], level=0)
        elif k == "h1":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "bullets":
            for t in b[1]:
                d.add_paragraph(t, style="List Bullet")
        elif k == "table":
            _, title, rows, ruled = b
            tp = d.add_paragraph()
            tp.add_run(title).bold = True
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if ruled:
                t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, c in enumerate(row):
                    t.cell(i, j).text = str(c)
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph("")
    d.core_properties.author = "Regulatory Affairs"
    import datetime
    d.core_properties.created = datetime.datetime(2025, 11, 28)
    d.core_properties.modified = datetime.datetime(2025, 11, 28)
    d.save(path)
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the DOCX zip with fixed timestamps so that builds are byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 11, 28, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def write_md(blocks, path):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out += ["# " + b[1], ""]
        elif k == "h1":
            out += ["## " + b[1], ""]
        elif k == "h2":
            out += ["### " + b[1], ""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "bullets":
            out += ["- " + t for t in b[1]] + [""]
        elif k == "table":
            _, title, rows, ruled = b
            out += [title, ""]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(str(c) for c in r) + " |")
            out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def write(blocks, path, footer=""):
    if path.endswith(".pdf"):
        write_pdf(blocks, path, footer)
    elif path.endswith(".docx"):
        write_docx(blocks, path)
    else:
        write_md(blocks, path)


def extract(path):
    """Document text with whitespace collapsed (the form label quotes are checked against)."""
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(path)
        parts = [pg.get_textpage().get_text_range() for pg in doc]
        text = "\n".join(parts)
    elif path.endswith(".docx"):
        d = Document(path)
        parts = []
        body = d.element.body
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        for el in body.iterchildren():
            tag = el.tag.split("}")[-1]
            if tag == "p":
                parts.append(Paragraph(el, d).text)
            elif tag == "tbl":
                for row in Table(el, d).rows:
                    for c in row.cells:
                        parts.append(c.text)
        text = "\n".join(parts)
    else:
        text = open(path, encoding="utf-8").read()
    return re.sub(r"\s+", " ", text).strip()
