"""Renderers for the held-out corpus I: one small block model, three output formats.

Block model (a document is a list of tuples):
  ("title", text)                 document title
  ("h1" | "h2" | "h3", text)      headings
  ("p", text)                     paragraph
  ("ul", [items])                 bullet list
  ("ol", [items])                 numbered list (numbers written into the text: "1. ...")
  ("table", header, rows)         table; header is a list of cells, rows a list of lists
  ("note", text)                  small print / table footnote
  ("br",)                         page break (PDF, DOCX); ignored in Markdown
"""
from __future__ import annotations

import datetime as _dt
import io
import re
import zipfile

FIXED_DATE = _dt.datetime(2025, 3, 14, 9, 0, 0, tzinfo=_dt.timezone.utc)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


# ---------------------------------------------------------------- PDF (fpdf2)
def to_pdf(blocks, path, header_text="", serif=False):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class _PDF(FPDF):
        def header(self):
            if header_text:
                self.set_font("F", "", 7.5)
                self.set_text_color(90, 90, 90)
                self.cell(0, 4, header_text, new_x="LMARGIN", new_y="NEXT", align="R")
                self.set_text_color(0, 0, 0)
                self.ln(2)

        def footer(self):
            self.set_y(-12)
            self.set_font("F", "", 7.5)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = _PDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_producer("heldout_i build")
    fam = "DejaVuSerif" if serif else "DejaVuSans"
    pdf.add_font("F", "", FONT_DIR + f"{fam}.ttf")
    pdf.add_font("F", "B", FONT_DIR + f"{fam}-Bold.ttf")
    pdf.add_font("F", "I", FONT_DIR + (f"{fam}-Italic.ttf" if serif else f"{fam}-Oblique.ttf"))
    pdf.set_margins(18, 15, 18)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    for b in blocks:
        kind = b[0]
        if kind == "title":
            pdf.set_font("F", "B", 15)
            pdf.multi_cell(0, 7.5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind in ("h1", "h2", "h3"):
            size = {"h1": 12.5, "h2": 11, "h3": 10}[kind]
            pdf.ln(2.5 if kind == "h1" else 1.5)
            if pdf.get_y() > 255:
                pdf.add_page()
            pdf.set_font("F", "B", size)
            pdf.multi_cell(0, 6, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        elif kind == "p":
            pdf.set_font("F", "", 9.5)
            pdf.multi_cell(0, 4.8, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.6)
        elif kind in ("ul", "ol"):
            pdf.set_font("F", "", 9.5)
            for i, item in enumerate(b[1], 1):
                mark = "•" if kind == "ul" else f"{i}."
                pdf.set_x(pdf.l_margin + 3)
                pdf.cell(6, 4.8, mark)
                pdf.multi_cell(0, 4.8, item, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.6)
            pdf.ln(1.2)
        elif kind == "table":
            header, rows = b[1], b[2]
            pdf.set_font("F", "", 8.5)
            ncol = len(header)
            widths = b[3] if len(b) > 3 and b[3] else ((1, 2) if ncol == 2 else None)
            with pdf.table(col_widths=widths, text_align="LEFT", line_height=4.4,
                           headings_style=FontFace(emphasis="BOLD", fill_color=(225, 230, 236)),
                           padding=1.2) as t:
                r = t.row()
                for c in header:
                    r.cell(c)
                for row in rows:
                    assert len(row) == ncol, (header, row)
                    r = t.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(2)
        elif kind == "note":
            pdf.set_font("F", "I", 8)
            pdf.multi_cell(0, 4, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "br":
            pdf.add_page()
        else:
            raise ValueError(kind)
    pdf.output(path)


# ---------------------------------------------------------------- DOCX (python-docx)
def to_docx(blocks, path, header_text=""):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    cp = d.core_properties
    cp.author = "heldout_i"
    cp.created = FIXED_DATE.replace(tzinfo=None)
    cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.last_printed = FIXED_DATE.replace(tzinfo=None)
    cp.revision = 1
    if header_text:
        d.sections[0].header.paragraphs[0].text = header_text
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], level=0)
        elif kind in ("h1", "h2", "h3"):
            d.add_heading(b[1], level=int(kind[1]))
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for item in b[1]:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for i, item in enumerate(b[1], 1):
                d.add_paragraph(f"{i}. {item}")
        elif kind == "table":
            header, rows = b[1], b[2]
            t = d.add_table(rows=1 + len(rows), cols=len(header))
            t.style = "Table Grid"
            for j, c in enumerate(header):
                cell = t.cell(0, j)
                cell.text = c
                for run in cell.paragraphs[0].runs:
                    run.bold = True
            for i, row in enumerate(rows, 1):
                assert len(row) == len(header), (header, row)
                for j, c in enumerate(row):
                    t.cell(i, j).text = c
            d.add_paragraph("")
        elif kind == "note":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
            r.font.size = Pt(8)
        elif kind == "br":
            d.add_page_break()
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    d.save(buf)
    _zip_fixed_times(buf.getvalue(), path)


def _zip_fixed_times(data: bytes, path):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(zi, src.read(info.filename))


# ---------------------------------------------------------------- Markdown
def to_md(blocks, path, header_text=""):
    out = []
    if header_text:
        out.append(f"<!-- {header_text} -->\n")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"# {b[1]}\n")
        elif kind == "h1":
            out.append(f"## {b[1]}\n")
        elif kind == "h2":
            out.append(f"### {b[1]}\n")
        elif kind == "h3":
            out.append(f"#### {b[1]}\n")
        elif kind == "p":
            out.append(b[1] + "\n")
        elif kind == "ul":
            out.append("\n".join(f"- {i}" for i in b[1]) + "\n")
        elif kind == "ol":
            out.append("\n".join(f"{n}. {i}" for n, i in enumerate(b[1], 1)) + "\n")
        elif kind == "table":
            header, rows = b[1], b[2]
            lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
            for row in rows:
                assert len(row) == len(header), (header, row)
                lines.append("| " + " | ".join(c.replace("\n", " ") for c in row) + " |")
            out.append("\n".join(lines) + "\n")
        elif kind == "note":
            out.append(f"*{b[1]}*\n")
        elif kind == "br":
            continue
        else:
            raise ValueError(kind)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


# ---------------------------------------------------------------- text extraction (for the quote check)
def extract_text(path) -> str:
    p = str(path)
    if p.endswith(".pdf"):
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(p)
        parts = []
        for page in doc:
            tp = page.get_textpage()
            parts.append(tp.get_text_range())
            tp.close()
            page.close()
        doc.close()
        return "\n".join(parts)
    if p.endswith(".docx"):
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        d = docx.Document(p)
        parts = []
        for sec in d.sections:
            parts.extend(par.text for par in sec.header.paragraphs)
        for child in d.element.body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                parts.append(Paragraph(child, d).text)
            elif tag == "tbl":
                for row in Table(child, d).rows:
                    for cell in row.cells:
                        parts.append(cell.text)
        return "\n".join(parts)
    with open(p, encoding="utf-8") as f:
        return f.read()


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()
