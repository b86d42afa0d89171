"""Writers for PDF (fpdf2), DOCX (python-docx) and Markdown.

A document is a list of blocks:
  ("title", text) ("h", level, text) ("p", text) ("ul", [items]) ("ol", [items])
  ("table", header, rows, widths-or-None) ("kv", [(key, value), ...])
"""
import os
import datetime

FIXED = datetime.datetime(2025, 12, 1, 9, 0, 0, tzinfo=datetime.timezone.utc)
from fpdf import FPDF
from fpdf.fonts import FontFace
import docx
from docx.shared import Pt

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


class _PDF(FPDF):
    footer_text = ""

    def footer(self):
        self.set_y(-12)
        self.set_font("dv", "", 8)
        self.cell(0, 6, f"{self.footer_text}   Page {self.page_no()}/{{nb}}", align="R")


def write_pdf(path, blocks, footer):
    pdf = _PDF(format="A4")
    pdf.footer_text = footer
    pdf.set_creation_date(FIXED)
    pdf.add_font("dv", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    w = pdf.w - 40
    for b in blocks:
        kind = b[0]
        if kind == "title":
            pdf.set_font("dv", "B", 15)
            pdf.multi_cell(w, 8, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("dv", "B", 12 if b[1] == 1 else 10.5)
            pdf.multi_cell(w, 6, b[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("dv", "", 9.5)
            pdf.multi_cell(w, 5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind in ("ul", "ol"):
            pdf.set_font("dv", "", 9.5)
            for i, it in enumerate(b[1], 1):
                mark = "–" if kind == "ul" else f"{i}."
                pdf.set_x(24)
                pdf.cell(6, 5, mark)
                pdf.multi_cell(w - 10, 5, it, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind in ("table", "kv"):
            if kind == "kv":
                header, rows, widths = None, [list(r) for r in b[1]], (35, 65)
            else:
                header, rows, widths = b[1], b[2], (b[3] if len(b) > 3 else None)
            pdf.set_font("dv", "", 8.5)
            kw = dict(line_height=4.6, text_align="LEFT", first_row_as_headings=header is not None,
                      headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)))
            if widths:
                kw["col_widths"] = widths
            with pdf.table(**kw) as t:
                for r in ([header] if header else []) + rows:
                    row = t.row()
                    for c in r:
                        row.cell(str(c))
            pdf.ln(3)
    pdf.alias_nb_pages()
    pdf.output(path)


def write_docx(path, blocks, footer=None):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], 0)
        elif kind == "h":
            d.add_heading(b[2], b[1])
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind in ("ul", "ol"):
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet" if kind == "ul" else "List Number")
        elif kind in ("table", "kv"):
            if kind == "kv":
                header, rows = None, [list(r) for r in b[1]]
            else:
                header, rows = b[1], b[2]
            allrows = ([header] if header else []) + rows
            t = d.add_table(rows=len(allrows), cols=len(allrows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(allrows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
                    if header and i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
    if footer:
        d.add_paragraph(footer)
    cp = d.core_properties
    cp.created = cp.modified = FIXED.replace(tzinfo=None)
    cp.author = cp.last_modified_by = "RA Malmö/Gdańsk"
    cp.revision = 1
    d.save(path)
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite the DOCX zip with fixed entry timestamps (deterministic output)."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 12, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def write_md(path, blocks, footer=None):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("# " + b[1] + "\n")
        elif kind == "h":
            out.append("#" * (b[1] + 1) + " " + b[2] + "\n")
        elif kind == "p":
            out.append(b[1] + "\n")
        elif kind == "ul":
            out.append("\n".join("- " + it for it in b[1]) + "\n")
        elif kind == "ol":
            out.append("\n".join(f"{i}. {it}" for i, it in enumerate(b[1], 1)) + "\n")
        elif kind in ("table", "kv"):
            if kind == "kv":
                header, rows = ["Item", "Value"], [list(r) for r in b[1]]
            else:
                header, rows = b[1], b[2]
            out.append("| " + " | ".join(header) + " |")
            out.append("|" + "---|" * len(header))
            for r in rows:
                out.append("| " + " | ".join(str(c) for c in r) + " |")
            out.append("")
    if footer:
        out.append("---\n" + footer + "\n")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))


def write(path, fmt, blocks, footer):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    {"pdf": write_pdf, "docx": write_docx, "md": write_md}[fmt](path, blocks, footer)
