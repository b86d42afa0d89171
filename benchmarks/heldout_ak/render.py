"""Rendering of block lists to PDF (fpdf2 + DejaVu), DOCX (python-docx) and Markdown,
plus text extraction used by the quote check.

A document is a dict: {"title": str, "header": str, "blocks": [...]}.
Blocks: ("h1", text) ("h2", text) ("p", text) ("ul", [text, ...]) ("ol", [text, ...])
("table", {"head": [...], "rows": [[...]], "lines": bool, "widths": [...] or None, "caption": str})
("note", text)  small footnote-like text
("fig", caption)  a placeholder box for a figure
"""
import datetime
import os
import re
import zipfile

from fpdf import FPDF
from fpdf.fonts import FontFace
import docx
from docx.shared import Pt
import pypdfium2 as pdfium

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED_DATE = datetime.datetime(2025, 8, 1, 9, 0, 0, tzinfo=datetime.timezone.utc)


def _normalise_zip(path):
    """Rewrite a DOCX with fixed member timestamps so that rebuilds are byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            z.writestr(zipfile.ZipInfo(name, date_time=(2025, 8, 1, 9, 0, 0)), data,
                       compress_type=zipfile.ZIP_DEFLATED)


def _font_files():
    reg = os.path.join(FONT_DIR, "DejaVuSerif.ttf")
    bold = os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf")
    ital = os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf")
    if not os.path.exists(reg):  # fall back to fc-list
        import subprocess
        out = subprocess.run(["fc-list"], capture_output=True, text=True).stdout
        paths = [l.split(":")[0] for l in out.splitlines() if "DejaVuSans" in l]
        reg = [p for p in paths if p.endswith("DejaVuSans.ttf")][0]
        bold = [p for p in paths if p.endswith("DejaVuSans-Bold.ttf")][0]
        ital = [p for p in paths if p.endswith("DejaVuSans-Oblique.ttf")][0]
    return reg, bold, ital


class _PDF(FPDF):
    hdr = ""

    def header(self):
        self.set_font("dv", "I", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, self.hdr, align="L")
        self.ln(7)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("dv", "I", 7.5)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")


def write_pdf(doc, path):
    pdf = _PDF(format="A4")
    pdf.hdr = doc.get("header", "")
    reg, bold, ital = _font_files()
    pdf.add_font("dv", "", reg)
    pdf.add_font("dv", "B", bold)
    pdf.add_font("dv", "I", ital)
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    pdf.set_font("dv", "B", 14)
    pdf.multi_cell(0, 7, doc["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for kind, val in doc["blocks"]:
        if kind == "h1":
            pdf.ln(2)
            pdf.set_font("dv", "B", 11.5)
            pdf.multi_cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h2":
            pdf.set_font("dv", "B", 10)
            pdf.multi_cell(0, 5.5, val, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("dv", "", 9.5)
            pdf.multi_cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "note":
            pdf.set_font("dv", "", 7.5)
            pdf.multi_cell(0, 4, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind in ("ul", "ol"):
            pdf.set_font("dv", "", 9.5)
            for i, item in enumerate(val, 1):
                mark = "•" if kind == "ul" else f"{i}."
                pdf.set_x(24)
                pdf.cell(6, 5, mark)
                pdf.multi_cell(0, 5, item, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "table":
            if val.get("caption"):
                pdf.set_font("dv", "B", 9)
                pdf.multi_cell(0, 5, val["caption"], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("dv", "", 8.5)
            lines = val.get("lines", True)
            kw = {}
            if val.get("widths"):
                kw["col_widths"] = val["widths"]
            with pdf.table(borders_layout="ALL" if lines else "NONE",
                           headings_style=FontFace(emphasis="BOLD"),
                           line_height=4.6, text_align="LEFT", **kw) as t:
                r = t.row()
                for c in val["head"]:
                    r.cell(c)
                for row in val["rows"]:
                    r = t.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(2)
        elif kind == "fig":
            pdf.set_draw_color(150, 150, 150)
            y = pdf.get_y()
            if y > 240:
                pdf.add_page()
                y = pdf.get_y()
            pdf.rect(40, y, 130, 35)
            pdf.set_y(y + 36)
            pdf.set_font("dv", "I", 8.5)
            pdf.multi_cell(0, 4.5, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        else:
            raise ValueError(kind)
    pdf.set_creation_date(FIXED_DATE)
    pdf.output(path)


def write_docx(doc, path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Cambria"
    st.font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = doc.get("header", "")
    d.add_heading(doc["title"], level=0)
    for kind, val in doc["blocks"]:
        if kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "note":
            p = d.add_paragraph()
            run = p.add_run(val)
            run.font.size = Pt(8)
        elif kind == "ul":
            for item in val:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in val:
                d.add_paragraph(item, style="List Number")
        elif kind == "table":
            if val.get("caption"):
                p = d.add_paragraph()
                p.add_run(val["caption"]).bold = True
            t = d.add_table(rows=1, cols=len(val["head"]))
            if val.get("lines", True):
                t.style = "Table Grid"
            for i, c in enumerate(val["head"]):
                t.rows[0].cells[i].text = c
                for r in t.rows[0].cells[i].paragraphs[0].runs:
                    r.bold = True
            for row in val["rows"]:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = c
            d.add_paragraph("")
        elif kind == "fig":
            p = d.add_paragraph("[figure]")
            p = d.add_paragraph()
            p.add_run(val).italic = True
        else:
            raise ValueError(kind)
    d.core_properties.created = FIXED_DATE
    d.core_properties.modified = FIXED_DATE
    d.save(path)
    _normalise_zip(path)


def write_md(doc, path):
    out = [f"# {doc['title']}", "", f"_{doc.get('header', '')}_", ""]
    for kind, val in doc["blocks"]:
        if kind == "h1":
            out += [f"## {val}", ""]
        elif kind == "h2":
            out += [f"### {val}", ""]
        elif kind in ("p", "note"):
            out += [val, ""]
        elif kind == "ul":
            out += [f"- {x}" for x in val] + [""]
        elif kind == "ol":
            out += [f"{i}. {x}" for i, x in enumerate(val, 1)] + [""]
        elif kind == "table":
            if val.get("caption"):
                out += [val["caption"], ""]
            out.append("| " + " | ".join(val["head"]) + " |")
            out.append("|" + "---|" * len(val["head"]))
            for row in val["rows"]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
        elif kind == "fig":
            out += ["![figure](figure-missing.png)", "", val, ""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def write(doc, path):
    ext = path.rsplit(".", 1)[1]
    {"pdf": write_pdf, "docx": write_docx, "md": write_md}[ext](doc, path)


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        pdf = pdfium.PdfDocument(path)
        parts = []
        for page in pdf:
            parts.append(page.get_textpage().get_text_range())
        pdf.close()
        text = "\n".join(parts)
    elif ext == "docx":
        d = docx.Document(path)
        parts = [s.header.paragraphs[0].text for s in d.sections]
        parts += [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        text = "\n".join(parts)
    else:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    return norm(text)


def norm(s):
    s = s.replace("\ufffe", "").replace("\u00ad", "").replace("\x02", "")
    return re.sub(r"\s+", " ", s).strip()
