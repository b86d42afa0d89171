"""Writers for PDF (fpdf2 + DejaVu), DOCX (python-docx) and Markdown.

A document is a title, a list of header lines and a list of blocks:
  ("h1", text) ("h2", text) ("p", text) ("ol", [items]) ("ul", [items])
  ("table", [header_row, row, ...])
"""
from fpdf import FPDF
import docx
from docx.shared import Pt

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def write_pdf(path, title, meta, blocks):
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DJ", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DJ", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 1, 1))
    pdf.add_page()
    pdf.set_font("DJ", "B", 14)
    pdf.multi_cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DJ", "", 9)
    for m in meta:
        pdf.multi_cell(0, 5, m, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for kind, body in blocks:
        if kind in ("h1", "h2"):
            pdf.ln(2)
            pdf.set_font("DJ", "B", 12 if kind == "h1" else 10.5)
            pdf.multi_cell(0, 6, body, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DJ", "", 10)
        elif kind == "p":
            pdf.set_font("DJ", "", 10.5)
            pdf.multi_cell(0, 5.4, body, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind in ("ol", "ul"):
            pdf.set_font("DJ", "", 10)
            for i, it in enumerate(body, 1):
                mark = f"{i}." if kind == "ol" else "-"
                pdf.set_x(pdf.l_margin + 3)
                pdf.multi_cell(0, 5, f"{mark} {it}", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "table":
            pdf.set_font("DJ", "", 9)
            n = len(body[0])
            if n == 2:
                widths = (60, 120)
            else:
                widths = None
            with pdf.table(col_widths=widths, text_align="LEFT", line_height=4.6,
                           first_row_as_headings=True) as t:
                for row in body:
                    r = t.row()
                    for c in row:
                        r.cell(str(c))
            pdf.ln(2)
            pdf.set_font("DJ", "", 10)
    pdf.output(path)


def write_docx(path, title, meta, blocks):
    d = docx.Document()
    d.core_properties.author = "Regulatory Affairs"
    import datetime
    d.core_properties.created = datetime.datetime(2025, 1, 1)
    d.core_properties.modified = datetime.datetime(2025, 1, 1)
    d.add_heading(title, level=0)
    for m in meta:
        p = d.add_paragraph(m)
        p.runs[0].font.size = Pt(9)
    for kind, body in blocks:
        if kind == "h1":
            d.add_heading(body, level=1)
        elif kind == "h2":
            d.add_heading(body, level=2)
        elif kind == "p":
            d.add_paragraph(body)
        elif kind in ("ol", "ul"):
            for i, it in enumerate(body, 1):
                d.add_paragraph(f"{i}. {it}" if kind == "ol" else f"- {it}")
        elif kind == "table":
            t = d.add_table(rows=len(body), cols=len(body[0]))
            t.style = "Table Grid"
            for i, row in enumerate(body):
                for j, c in enumerate(row):
                    t.cell(i, j).text = str(c)
            d.add_paragraph("")
    _save_fixed(d, path)


def _save_fixed(d, path):
    """save the DOCX with fixed zip timestamps so that builds are byte-identical."""
    import io, zipfile
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def write_md(path, title, meta, blocks):
    out = [f"# {title}", ""]
    out += [f"{m}  " for m in meta] + [""]
    for kind, body in blocks:
        if kind == "h1":
            out += [f"## {body}", ""]
        elif kind == "h2":
            out += [f"### {body}", ""]
        elif kind == "p":
            out += [body, ""]
        elif kind in ("ol", "ul"):
            out += [(f"{i}. {it}" if kind == "ol" else f"- {it}") for i, it in enumerate(body, 1)] + [""]
        elif kind == "table":
            out.append("| " + " | ".join(body[0]) + " |")
            out.append("|" + "---|" * len(body[0]))
            for row in body[1:]:
                out.append("| " + " | ".join(str(c) for c in row) + " |")
            out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


WRITERS = {"pdf": write_pdf, "docx": write_docx, "md": write_md}
