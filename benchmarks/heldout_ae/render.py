"""Writers for the heldout_ae corpus: a document is a list of blocks.

Blocks:
  ("title", text)            document title
  ("h1", text) / ("h2", text) headings
  ("p", text)                paragraph
  ("ul", [items])            numbered sub-items, rendered as given (caller puts "1)" etc.)
  ("table", header, rows, ruled)   header may be None; ruled=False -> no ruling lines
"""
import datetime
import io
import zipfile

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FIXED = datetime.datetime(2025, 6, 1, 9, 0, 0, tzinfo=datetime.timezone.utc)


def to_pdf(blocks, path, footer):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class P(FPDF):
        def footer(self):
            self.set_y(-12)
            self.set_font("dv", "", 7.5)
            self.cell(0, 5, f"{footer}    Page {self.page_no()}/{{nb}}", align="C")

    pdf = P(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(footer)
    pdf.add_font("dv", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("dv", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    w = pdf.epw
    for b in blocks:
        kind = b[0]
        if kind == "title":
            pdf.set_font("dv", "B", 14)
            pdf.multi_cell(w, 7, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h1":
            pdf.ln(2)
            pdf.set_font("dv", "B", 11.5)
            pdf.multi_cell(w, 6, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h2":
            pdf.set_font("dv", "B", 10)
            pdf.multi_cell(w, 5.5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("dv", "", 9.5)
            pdf.multi_cell(w, 5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "ul":
            pdf.set_font("dv", "", 9.5)
            for it in b[1]:
                pdf.set_x(pdf.l_margin + 4)
                pdf.multi_cell(w - 4, 5, it, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "table":
            header, rows, ruled = b[1], b[2], b[3]
            ncol = len(rows[0]) if rows else len(header)
            pdf.set_font("dv", "", 8.5)
            if ncol == 2:
                cw = (30, 70)
            elif ncol == 3 and header and header[0].startswith("No"):
                cw = (8, 30, 62)
            elif header and header[0].startswith("No") and ncol > 3:
                cw = (6,) + (94 / (ncol - 1),) * (ncol - 1)
            else:
                cw = None
            kw = dict(width=w, line_height=4.6, text_align="LEFT",
                      borders_layout="ALL" if ruled else "NONE",
                      first_row_as_headings=bool(header),
                      headings_style=FontFace(emphasis="BOLD"))
            if cw:
                kw["col_widths"] = cw
            with pdf.table(**kw) as t:
                if header:
                    r = t.row()
                    for c in header:
                        r.cell(c)
                for row in rows:
                    r = t.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(3)
    pdf.output(path)


def to_docx(blocks, path, footer):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    cp = d.core_properties
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "RA"
    cp.author = "RA"
    cp.title = footer
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
                p = d.add_paragraph(it)
                p.paragraph_format.left_indent = Pt(14)
        elif kind == "table":
            header, rows, ruled = b[1], b[2], b[3]
            ncol = len(rows[0]) if rows else len(header)
            t = d.add_table(rows=0, cols=ncol)
            if ruled:
                t.style = "Table Grid"
            allrows = ([header] if header else []) + list(rows)
            for i, row in enumerate(allrows):
                cells = t.add_row().cells
                for j, c in enumerate(row):
                    cells[j].text = c
                    if header and i == 0:
                        for run in cells[j].paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
    d.add_paragraph(footer)
    buf = io.BytesIO()
    d.save(buf)
    # normalise zip timestamps so that the build is byte-deterministic
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 6, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def to_md(blocks, path, footer):
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
            out.append("\n".join(b[1]) + "\n")
        elif kind == "table":
            header, rows, ruled = b[1], b[2], b[3]
            ncol = len(rows[0]) if rows else len(header)
            h = header or [""] * ncol
            out.append("| " + " | ".join(h) + " |")
            out.append("|" + "---|" * ncol)
            for r in rows:
                out.append("| " + " | ".join(c.replace("|", "/") for c in r) + " |")
            out.append("")
    out.append("---\n" + footer + "\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


WRITERS = {"pdf": to_pdf, "docx": to_docx, "md": to_md}


def render(blocks, path, fmt, footer):
    WRITERS[fmt](blocks, path, footer)


def extract(path):
    """Plain text of a document (PDF via pypdfium2, DOCX incl. table cells, Markdown raw)."""
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(doc)):
            tp = doc[i].get_textpage()
            parts.append(tp.get_text_range())
        return "\n".join(parts)
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()
