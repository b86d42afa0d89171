"""Writers for PDF (fpdf2 + DejaVu), DOCX (python-docx) and Markdown.

A document is a list of blocks:
  ("title", text) ("h1", text) ("h2", text) ("p", text) ("list", [items], style)
  ("table", [header], [[row], ...], [widths]) ("box", label, text)
"""
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace
import datetime
import zipfile
import docx
from docx.shared import Pt

FONT = "/usr/share/fonts/truetype/dejavu/"
CIRC = "①②③④⑤⑥⑦⑧⑨⑩"
FW = {"（": "(", "）": ")", "、": ", ", "：": ": ", "～": "~"}


def _items(items, style):
    out = []
    for i, it in enumerate(items):
        if style == "circ":
            out.append(f"{CIRC[i]} {it}")
        elif style == "paren":
            out.append(f"({i + 1}) {it}")
        else:
            out.append(f"- {it}")
    return out


def _pdfsafe(t):
    for a, b in FW.items():
        t = t.replace(a, b)
    return t


def write_pdf(blocks, path):
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, 18)
    pdf.set_margins(20, 18, 20)
    pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
    pdf.set_creation_date(datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc))
    pdf.set_creator("Microsoft Word")
    pdf.add_page()
    W = pdf.epw
    for b in blocks:
        kind = b[0]
        if kind == "title":
            pdf.set_font("DejaVu", "B", 15)
            pdf.multi_cell(W, 8, _pdfsafe(b[1]), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(3)
        elif kind == "h1":
            pdf.ln(3)
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(W, 7, _pdfsafe(b[1]), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "h2":
            pdf.ln(1)
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(W, 6, _pdfsafe(b[1]), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(W, 5, _pdfsafe(b[1]), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        elif kind == "list":
            pdf.set_font("DejaVu", "", 10)
            for it in _items(b[1], b[2] if len(b) > 2 else "paren"):
                pdf.set_x(pdf.l_margin + 4)
                pdf.multi_cell(W - 4, 5, _pdfsafe(it), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        elif kind == "box":
            pdf.set_font("DejaVu", "", 10)
            pdf.set_fill_color(240, 240, 240)
            pdf.multi_cell(W, 5, _pdfsafe(f"{b[1]} {b[2]}"), border=1, fill=True,
                           new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
        elif kind == "table":
            head, rows = b[1], b[2]
            widths = b[3] if len(b) > 3 and b[3] else None
            pdf.set_font("DejaVu", "", 8.5)
            with pdf.table(col_widths=widths, text_align="LEFT", line_height=4.5,
                           headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225))) as t:
                r = t.row()
                for c in head:
                    r.cell(_pdfsafe(str(c)))
                for row in rows:
                    r = t.row()
                    for c in row:
                        r.cell(_pdfsafe(str(c)))
            pdf.ln(3)
    pdf.output(path)


def write_docx(blocks, path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
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
        elif kind == "list":
            for it in _items(b[1], b[2] if len(b) > 2 else "paren"):
                d.add_paragraph(it)
        elif kind == "box":
            t = d.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            t.cell(0, 0).text = f"{b[1]} {b[2]}"
            d.add_paragraph("")
        elif kind == "table":
            head, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(head))
            t.style = "Table Grid"
            for i, c in enumerate(head):
                t.rows[0].cells[i].text = str(c)
            for row in rows:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = str(c)
            d.add_paragraph("")
    fixed = datetime.datetime(2025, 1, 1)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.author = "Regulatory Affairs"
    d.save(path)
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite the DOCX zip with fixed timestamps so that builds are byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            z.writestr(zipfile.ZipInfo(name, (2025, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)


def write_md(blocks, path):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"# {b[1]}\n")
        elif kind == "h1":
            out.append(f"## {b[1]}\n")
        elif kind == "h2":
            out.append(f"### {b[1]}\n")
        elif kind == "p":
            out.append(b[1] + "\n")
        elif kind == "list":
            out.extend(_items(b[1], b[2] if len(b) > 2 else "paren"))
            out.append("")
        elif kind == "box":
            out.append(f"> **{b[1]}** {b[2]}\n")
        elif kind == "table":
            head, rows = b[1], b[2]
            out.append("| " + " | ".join(map(str, head)) + " |")
            out.append("|" + "---|" * len(head))
            for row in rows:
                out.append("| " + " | ".join(str(c).replace("|", "/") for c in row) + " |")
            out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


WRITERS = {"pdf": write_pdf, "docx": write_docx, "md": write_md}


def write(blocks, path, fmt):
    WRITERS[fmt](blocks, path)
