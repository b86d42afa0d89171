"""Rendering of the heldout_ai documents (PDF, DOCX, Markdown) and text extraction.

A document is a list of blocks (tuples):
  ("title", text) ("sub", text) ("h1", text) ("h2", text) ("p", text)
  ("list", [items], marker)   marker: "(1)", "①", "■", "・", "-", "1." ...
  ("table", rows, {"lines": bool, "first_col_header": bool, "widths": [...]})
  ("note", text)              rendered with a leading "※"
  ("box", label, text)        e.g. "Warning", "Caution"
  ("break",)                  page break (PDF, DOCX)
"""
import re
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮"


def _markers(marker, n):
    if marker == "(1)":
        return [f"({i + 1})" for i in range(n)]
    if marker == "1.":
        return [f"{i + 1}." for i in range(n)]
    if marker == "a)":
        return [f"{chr(97 + i)})" for i in range(n)]
    if marker == "①":
        return [CIRCLED[i] for i in range(n)]
    return [marker] * n


# ---------------------------------------------------------------- PDF
def write_pdf(path, blocks, header="", footer="", size=10):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class PDF(FPDF):
        def header(self):
            if header:
                self.set_font("DejaVu", "", 7.5)
                self.set_text_color(90, 90, 90)
                self.cell(0, 5, header, align="R", new_x="LMARGIN", new_y="NEXT")
                self.set_text_color(0, 0, 0)
                self.ln(2)

        def footer(self):
            self.set_y(-13)
            self.set_font("DejaVu", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"{footer}   {self.page_no()}/{{nb}}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = PDF(format="A4")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.alias_nb_pages()
    pdf.add_page()
    W = pdf.epw
    lh = size * 0.5
    for b in blocks:
        kind = b[0]
        pdf.set_x(pdf.l_margin)
        if kind == "title":
            pdf.set_font("DejaVu", "B", size + 5)
            pdf.multi_cell(W, lh * 1.6, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "sub":
            pdf.set_font("DejaVu", "", size)
            pdf.multi_cell(W, lh, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h1":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", size + 2)
            pdf.multi_cell(W, lh * 1.3, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h2":
            pdf.ln(1)
            pdf.set_font("DejaVu", "B", size)
            pdf.multi_cell(W, lh * 1.2, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("DejaVu", "", size)
            pdf.multi_cell(W, lh, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "note":
            pdf.set_font("DejaVu", "I", size - 1)
            pdf.multi_cell(W, lh, "※ " + b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "list":
            items, marker = b[1], b[2]
            pdf.set_font("DejaVu", "", size)
            for m, it in zip(_markers(marker, len(items)), items):
                pdf.set_x(pdf.l_margin + 3)
                pdf.cell(9, lh, m)
                pdf.multi_cell(W - 12, lh, it, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.6)
            pdf.ln(1)
        elif kind == "box":
            label, text = b[1], b[2]
            pdf.set_font("DejaVu", "B", size)
            pdf.set_fill_color(235, 235, 235)
            pdf.multi_cell(W, lh * 1.2, label, border="LTR", fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", size)
            pdf.multi_cell(W, lh, text, border="LBR", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            rows, opt = b[1], (b[2] if len(b) > 2 else {})
            lines = opt.get("lines", True)
            fch = opt.get("first_col_header", True)
            pdf.set_font("DejaVu", "", size - 1)
            ncol = len(rows[0])
            widths = opt.get("widths") or ([0.34] + [0.66 / (ncol - 1)] * (ncol - 1) if ncol > 1 else [1])
            with pdf.table(
                col_widths=tuple(w * 100 for w in widths),
                borders_layout="ALL" if lines else "NONE",
                first_row_as_headings=opt.get("header_row", False),
                line_height=lh,
                text_align="LEFT",
            ) as t:
                for row in rows:
                    r = t.row()
                    for j, cell in enumerate(row):
                        style = FontFace(emphasis="BOLD") if (fch and j == 0) else None
                        r.cell(cell, style=style)
            pdf.ln(3)
        elif kind == "break":
            pdf.add_page()
        else:
            raise ValueError(kind)
    pdf.output(str(path))


# ---------------------------------------------------------------- DOCX
def write_docx(path, blocks, header="", footer=""):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.enum.text import WD_BREAK

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = d.add_heading(b[1], level=0)
        elif kind == "sub":
            p = d.add_paragraph(b[1])
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "note":
            p = d.add_paragraph()
            r = p.add_run("※ " + b[1])
            r.italic = True
        elif kind == "list":
            for m, it in zip(_markers(b[2], len(b[1])), b[1]):
                p = d.add_paragraph(f"{m}\t{it}")
                p.paragraph_format.left_indent = Pt(18)
                p.paragraph_format.first_line_indent = Pt(-18)
        elif kind == "box":
            t = d.add_table(rows=2, cols=1)
            t.style = "Table Grid"
            t.cell(0, 0).text = b[1]
            for r in t.cell(0, 0).paragraphs[0].runs:
                r.bold = True
            t.cell(1, 0).text = b[2]
            d.add_paragraph("")
        elif kind == "table":
            rows, opt = b[1], (b[2] if len(b) > 2 else {})
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if opt.get("lines", True):
                t.style = "Table Grid"
            fch = opt.get("first_col_header", True)
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    c = t.cell(i, j)
                    c.text = cell
                    if (fch and j == 0) or (opt.get("header_row") and i == 0):
                        for r in c.paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph("")
        elif kind == "break":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    d.save(str(path))


# ---------------------------------------------------------------- Markdown
def write_md(path, blocks, header="", footer=""):
    out = []
    if header:
        out.append(f"<!-- {header} -->\n")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"# {b[1]}\n")
        elif kind == "sub":
            out.append(f"{b[1]}\n")
        elif kind == "h1":
            out.append(f"## {b[1]}\n")
        elif kind == "h2":
            out.append(f"### {b[1]}\n")
        elif kind == "p":
            out.append(f"{b[1]}\n")
        elif kind == "note":
            out.append(f"※ {b[1]}\n")
        elif kind == "list":
            for m, it in zip(_markers(b[2], len(b[1])), b[1]):
                out.append(f"- {m} {it}" if m not in ("-", "・") else f"- {it}")
            out.append("")
        elif kind == "box":
            out.append(f"> **{b[1]}**\n>\n> {b[2]}\n")
        elif kind == "table":
            rows = b[1]
            n = len(rows[0])
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * n)
            for r in rows[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
        elif kind == "break":
            out.append("")
    if footer:
        out.append(f"\n---\n{footer}\n")
    Path(path).write_text("\n".join(out), encoding="utf-8")


def write(path, blocks, header="", footer=""):
    path = Path(path)
    ext = path.suffix.lower()
    if ext == ".pdf":
        write_pdf(path, blocks, header, footer)
    elif ext == ".docx":
        write_docx(path, blocks, header, footer)
    elif ext == ".md":
        write_md(path, blocks, header, footer)
    else:
        raise ValueError(path)


# ---------------------------------------------------------------- extraction
def extract(path):
    path = Path(path)
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(str(path))
        parts = []
        for i in range(len(doc)):
            tp = doc[i].get_textpage()
            parts.append(tp.get_text_range())
        return "\n".join(parts), len(doc)
    if ext == ".docx":
        from docx import Document
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        d = Document(str(path))
        parts = []
        for el in d.element.body.iterchildren():
            tag = el.tag.split("}")[-1]
            if tag == "p":
                parts.append(Paragraph(el, d).text)
            elif tag == "tbl":
                for row in Table(el, d).rows:
                    for c in row.cells:
                        parts.append(c.text)
        return "\n".join(parts), None
    return path.read_text(encoding="utf-8"), None


def norm(s):
    s = s.replace("\u00ad", "").replace("\ufffe", "").replace("\x02", "")
    return re.sub(r"\s+", " ", s).strip()
