"""Writers for the heldout_af corpus: PDF (fpdf2 + DejaVu), DOCX (python-docx), Markdown.

A document is a list of blocks:
  ("title", text) ("h1", text) ("h2", text) ("p", text) ("ul", [items])
  ("tbl", caption, header, rows, ruled)
"""
from fpdf import FPDF
from fpdf.fonts import FontFace
import docx
from docx.shared import Pt

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _bullet(item):
    if item.startswith("– "):
        return "    " + item
    return "• " + item


def write_pdf(blocks, path, meta=""):
    pdf = FPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 11, 28))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(24, 22, 24)
    pdf.add_page()
    w = pdf.epw
    for b in blocks:
        kind = b[0]
        if kind == "title":
            pdf.set_font("DejaVu", "B", 15)
            pdf.multi_cell(w, 8, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h1":
            pdf.ln(3)
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(w, 7, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h2":
            pdf.ln(1)
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(w, 6, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(w, 5.8, b[1], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "ul":
            pdf.set_font("DejaVu", "", 10.5)
            for it in b[1]:
                pdf.multi_cell(w, 5.8, _bullet(it), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "tbl":
            _, cap, head, rows, ruled = b
            pdf.set_font("DejaVu", "B", 9.5)
            pdf.multi_cell(w, 5.5, cap, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", 9)
            with pdf.table(borders_layout="ALL" if ruled else "NONE",
                           headings_style=FontFace(emphasis="BOLD"),
                           line_height=5.4, text_align="LEFT",
                           first_row_as_headings=bool(head)) as t:
                for r in ([head] if head else []) + rows:
                    row = t.row()
                    for c in r:
                        row.cell(str(c))
            pdf.ln(3)
    pdf.output(str(path))


def write_docx(blocks, path, meta=""):
    d = docx.Document()
    d.core_properties.author = "Regulatory Affairs"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], level=0)
        elif kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                d.add_paragraph(_bullet(it).strip() if it.startswith("– ") else _bullet(it))
        elif kind == "tbl":
            _, cap, head, rows, ruled = b
            p = d.add_paragraph()
            p.add_run(cap).bold = True
            allrows = ([head] if head else []) + rows
            ncol = max(len(r) for r in allrows)
            t = d.add_table(rows=0, cols=ncol)
            if ruled:
                t.style = "Table Grid"
            for r in allrows:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = str(c)
            d.add_paragraph("")
    import datetime, io, zipfile
    fixed = datetime.datetime(2025, 11, 28, 9, 0, 0)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.last_modified_by = "Regulatory Affairs"
    d.core_properties.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(str(path), "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 11, 28, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def write_md(blocks, path, meta=""):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("# " + b[1] + "\n")
        elif kind == "h1":
            out.append("## " + b[1] + "\n")
        elif kind == "h2":
            out.append("### " + b[1] + "\n")
        elif kind == "p":
            out.append(b[1] + "\n")
        elif kind == "ul":
            out.append("\n".join(_bullet(it) for it in b[1]) + "\n")
        elif kind == "tbl":
            _, cap, head, rows, ruled = b
            out.append("**" + cap + "**\n")
            h = head or [""] * len(rows[0])
            out.append("| " + " | ".join(h) + " |")
            out.append("|" + "---|" * len(h))
            for r in rows:
                out.append("| " + " | ".join(str(c) for c in r) + " |")
            out.append("")
    open(path, "w", encoding="utf-8").write("\n".join(out) + "\n")


WRITERS = {"pdf": write_pdf, "docx": write_docx, "md": write_md}


def extract(path):
    p = str(path)
    if p.endswith(".pdf"):
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(p)
        parts = []
        for page in doc:
            parts.append(page.get_textpage().get_text_range())
        text = "\n".join(parts)
    elif p.endswith(".docx"):
        d = docx.Document(p)
        parts = []
        body = d.element.body
        for el in body.iterchildren():
            tag = el.tag.split("}")[1]
            if tag == "p":
                parts.append("".join(t.text or "" for t in el.iter() if t.tag.endswith("}t")))
            elif tag == "tbl":
                for t in el.iter():
                    if t.tag.endswith("}p"):
                        parts.append("".join(x.text or "" for x in t.iter() if x.tag.endswith("}t")))
        text = "\n".join(parts)
    else:
        text = open(p, encoding="utf-8").read()
    return " ".join(text.split())
