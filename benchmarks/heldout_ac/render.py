"""Writers for the heldout_ac corpus: PDF (fpdf2 + DejaVu), DOCX (python-docx), Markdown.

A document is a list of blocks:
  ("title", text) | ("h", text) | ("p", text) | ("ul", [items]) | ("table", [header], [[row], ...])
"""
from fpdf import FPDF
from fpdf.enums import XPos, YPos
import docx
from docx.shared import Pt

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def write_pdf(path, blocks, footer=None):
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 15))
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for b in blocks:
        kind = b[0]
        if kind == "title":
            pdf.set_font("DejaVu", "B", 14)
            pdf.multi_cell(w, 7, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(3)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(w, 6, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(w, 5.4, b[1], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
        elif kind == "ul":
            pdf.set_font("DejaVu", "", 10)
            for it in b[1]:
                pdf.multi_cell(w, 5, "- " + it, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
        elif kind == "table":
            pdf.set_font("DejaVu", "", 9)
            header, rows = b[1], b[2]
            with pdf.table(text_align="LEFT", line_height=5) as t:
                r = t.row()
                for c in header:
                    r.cell(str(c))
                for row in rows:
                    r = t.row()
                    for c in row:
                        r.cell(str(c))
            pdf.ln(3)
    pdf.output(path)


def write_docx(path, blocks):
    d = docx.Document()
    d.core_properties.created = __import__("datetime").datetime(2025, 3, 15)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], level=0)
        elif kind == "h":
            d.add_heading(b[1], level=1)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            header, rows = b[1], b[2]
            t = d.add_table(rows=1 + len(rows), cols=len(header))
            t.style = "Table Grid"
            for i, c in enumerate(header):
                t.rows[0].cells[i].text = str(c)
            for j, row in enumerate(rows):
                for i, c in enumerate(row):
                    t.rows[j + 1].cells[i].text = str(c)
    d.core_properties.modified = __import__("datetime").datetime(2025, 3, 15)
    d.core_properties.last_modified_by = "Clinical Affairs"
    d.core_properties.revision = 1
    d.save(path)
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the DOCX zip with fixed timestamps so builds are byte-identical."""
    import zipfile, io
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 15, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as fh:
        fh.write(buf.getvalue())


def write_md(path, blocks):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("# " + b[1] + "\n")
        elif kind == "h":
            out.append("## " + b[1] + "\n")
        elif kind == "p":
            out.append(b[1] + "\n")
        elif kind == "ul":
            out.append("\n".join("- " + it for it in b[1]) + "\n")
        elif kind == "table":
            header, rows = b[1], b[2]
            lines = ["| " + " | ".join(map(str, header)) + " |",
                     "|" + "---|" * len(header)]
            lines += ["| " + " | ".join(map(str, r)) + " |" for r in rows]
            out.append("\n".join(lines) + "\n")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))


def write(path, blocks):
    if path.endswith(".pdf"):
        write_pdf(path, blocks)
    elif path.endswith(".docx"):
        write_docx(path, blocks)
    else:
        write_md(path, blocks)


def extract(path):
    """Extracted text, whitespace collapsed."""
    import re
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(path)
        text = "\n".join(p.get_textpage().get_text_range() for p in doc)
        doc.close()
    elif path.endswith(".docx"):
        d = docx.Document(path)
        parts = []
        body = d.element.body
        for el in body.iterchildren():
            tag = el.tag.split("}")[1]
            if tag == "p":
                parts.append("".join(t.text or "" for t in el.iter() if t.tag.endswith("}t")))
            elif tag == "tbl":
                tbl = docx.table.Table(el, d)
                for row in tbl.rows:
                    parts.append(" | ".join(c.text for c in row.cells))
        text = "\n".join(parts)
    else:
        text = open(path, encoding="utf-8").read()
    return re.sub(r"\s+", " ", text).strip()
