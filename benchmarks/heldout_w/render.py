"""Writers for the heldout_w corpus: PDF (fpdf2), DOCX (python-docx) and Markdown.

A document is a title plus a list of blocks:
  ("h1", text) ("h2", text) ("p", text) ("bullets", [text, ...]) ("table", [[cell, ...], ...])
The first table row is the header row.
"""
from fpdf import FPDF
from fpdf.enums import XPos, YPos
import docx
from docx.shared import Pt

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def write_pdf(path, title, blocks, footer=None):
    pdf = FPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 1, 1))
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(w, 7, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    for kind, val in blocks:
        if kind == "h1":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(w, 6, val, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "h2":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(w, 5.5, val, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(w, 5, val, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
        elif kind == "bullets":
            pdf.set_font("DejaVu", "", 10)
            for item in val:
                pdf.set_x(pdf.l_margin + 4)
                pdf.multi_cell(w - 4, 5, "• " + item, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
        elif kind == "table":
            pdf.set_font("DejaVu", "", 8.5)
            with pdf.table(line_height=4.5, text_align="LEFT") as t:
                for i, row in enumerate(val):
                    r = t.row()
                    for c in row:
                        r.cell(str(c))
            pdf.ln(3)
        else:
            raise ValueError(kind)
    if footer:
        pdf.set_font("DejaVu", "", 8)
        pdf.multi_cell(w, 4, footer, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(path)


def write_docx(path, title, blocks, footer=None):
    d = docx.Document()
    d.core_properties.created = __import__("datetime").datetime(2025, 1, 1)
    d.core_properties.modified = __import__("datetime").datetime(2025, 1, 1)
    d.core_properties.last_modified_by = "D. K. Whitfield"
    d.core_properties.author = "D. K. Whitfield"
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    d.add_heading(title, level=0)
    for kind, val in blocks:
        if kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "bullets":
            for item in val:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, c in enumerate(row):
                    t.cell(i, j).text = str(c)
            d.add_paragraph("")
        else:
            raise ValueError(kind)
    if footer:
        d.add_paragraph(footer)
    d.save(path)
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite a DOCX with fixed member timestamps so that rebuilds are byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def write_md(path, title, blocks, footer=None):
    out = ["# " + title, ""]
    for kind, val in blocks:
        if kind == "h1":
            out += ["## " + val, ""]
        elif kind == "h2":
            out += ["### " + val, ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "bullets":
            out += ["- " + i for i in val] + [""]
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                out.append("| " + " | ".join(str(c) for c in row) + " |")
            out.append("")
    if footer:
        out += ["---", footer, ""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


WRITERS = {"pdf": write_pdf, "docx": write_docx, "md": write_md}
