"""Writers for the heldout_y corpus: PDF (fpdf2 + DejaVu), DOCX (python-docx), Markdown.

A document is a list of blocks: ("title", text), ("h1", text), ("h2", text), ("p", text),
("bullets", [text, ...]), ("table", [[header...], [row...], ...]).
"""
from fpdf import FPDF
from fpdf.enums import XPos, YPos
import docx
from docx.shared import Pt

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def write_pdf(path, blocks, meta):
    pdf = FPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 15))
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(24, 20, 24)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, val in blocks:
        if kind == "title":
            pdf.set_font("DejaVu", "B", 15)
            pdf.multi_cell(w, 8, val, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
            pdf.set_font("DejaVu", "", 9)
            pdf.multi_cell(w, 5, meta, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(4)
        elif kind == "h1":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(w, 7, val, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "h2":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(w, 6, val, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(w, 5.8, val, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        elif kind == "bullets":
            pdf.set_font("DejaVu", "", 10)
            for b in val:
                pdf.set_x(pdf.l_margin + 4)
                pdf.multi_cell(w - 4, 5.2, "\u2022 " + b, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        elif kind == "table":
            pdf.set_font("DejaVu", "", 8.5)
            ncol = len(val[0])
            if ncol >= 2 and val[0][0].startswith(("Sr", "Nr", "N.", "Lp", "Nº", "Nr.")):
                first = 12
                rest = (w - first) / (ncol - 1)
                widths = [first] + [rest] * (ncol - 1)
            else:
                widths = [w / ncol] * ncol
            with pdf.table(col_widths=tuple(widths), width=w, line_height=4.6,
                           text_align="LEFT") as t:
                for r in val:
                    row = t.row()
                    for c in r:
                        row.cell(str(c))
            pdf.ln(3)
    pdf.output(path)


def write_docx(path, blocks, meta):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    d.core_properties.created = __import__("datetime").datetime(2025, 3, 15)
    d.core_properties.modified = __import__("datetime").datetime(2025, 3, 15)
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
            d.add_paragraph(meta)
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "bullets":
            for b in val:
                d.add_paragraph(b, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, r in enumerate(val):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
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


def write_md(path, blocks, meta):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out += ["# " + val, "", "_" + meta + "_", ""]
        elif kind == "h1":
            out += ["## " + val, ""]
        elif kind == "h2":
            out += ["### " + val, ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "bullets":
            out += ["- " + b for b in val] + [""]
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for r in val[1:]:
                out.append("| " + " | ".join(str(c) for c in r) + " |")
            out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


WRITERS = {"pdf": write_pdf, "docx": write_docx, "md": write_md}
