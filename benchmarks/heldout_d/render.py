"""Render a simple block list into PDF (fpdf2), DOCX (python-docx) or Markdown.

Blocks:
  ("title", text)          document title
  ("meta", text)           small line under the title
  ("h1", text) / ("h2", text)
  ("p", text)
  ("bul", [items])
  ("num", [items])         numbered list
  ("tbl", [header, row, row, ...])
"""
import os

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
HAVE_FONT = os.path.exists(FONT) and os.path.exists(FONT_B)


def _latin(s):
    if HAVE_FONT:
        return s
    rep = {"≥": ">=", "≤": "<=", "–": "-", "—": "-", "’": "'", "“": '"', "”": '"', "µ": "u", "±": "+/-", "•": "-"}
    for a, b in rep.items():
        s = s.replace(a, b)
    return s.encode("latin-1", "replace").decode("latin-1")


def to_pdf(blocks, path, footer=""):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            self.set_y(-13)
            self.set_font(self._fam, "", 7.5)
            self.cell(0, 8, _latin(f"{footer}    Page {self.page_no()} of {{nb}}"), align="C")

    pdf = P(format="A4")
    if HAVE_FONT:
        pdf.add_font("DJ", "", FONT)
        pdf.add_font("DJ", "B", FONT_B)
        pdf._fam = "DJ"
    else:
        pdf._fam = "Helvetica"
    fam = pdf._fam
    pdf.alias_nb_pages()
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    w = pdf.w - 40
    for b in blocks:
        kind = b[0]
        if kind == "title":
            pdf.set_font(fam, "B", 15)
            pdf.multi_cell(w, 8, _latin(b[1]))
            pdf.ln(1)
        elif kind == "meta":
            pdf.set_font(fam, "", 8.5)
            pdf.multi_cell(w, 4.5, _latin(b[1]))
            pdf.ln(1)
        elif kind in ("h1", "h2"):
            pdf.ln(2)
            pdf.set_font(fam, "B", 12 if kind == "h1" else 10.5)
            pdf.multi_cell(w, 6, _latin(b[1]))
            pdf.ln(0.5)
        elif kind == "p":
            pdf.set_font(fam, "", 9.5)
            pdf.multi_cell(w, 4.8, _latin(b[1]))
            pdf.ln(1.5)
        elif kind in ("bul", "num"):
            pdf.set_font(fam, "", 9.5)
            for i, it in enumerate(b[1], 1):
                mark = "•" if kind == "bul" else f"{i}."
                pdf.set_x(24)
                pdf.multi_cell(w - 4, 4.8, _latin(f"{mark} {it}"))
            pdf.ln(1.5)
        elif kind == "tbl":
            rows = b[1]
            ncol = len(rows[0])
            pdf.set_font(fam, "", 8.5)
            widths = b[2] if len(b) > 2 else None
            with pdf.table(col_widths=widths or tuple([1] * ncol), text_align="LEFT",
                           line_height=4.4, first_row_as_headings=True) as t:
                for r in rows:
                    row = t.row()
                    for c in r:
                        row.cell(_latin(str(c)))
            pdf.ln(2)
    pdf.output(path)


def to_docx(blocks, path, footer=""):
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    if footer:
        doc.sections[0].footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
        elif kind == "meta":
            p = doc.add_paragraph(b[1])
            for r in p.runs:
                r.font.size = Pt(8.5)
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "bul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "num":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "tbl":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
    doc.save(path)


def to_md(blocks, path, footer=""):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"# {b[1]}\n")
        elif kind == "meta":
            out.append(f"*{b[1]}*\n")
        elif kind == "h1":
            out.append(f"## {b[1]}\n")
        elif kind == "h2":
            out.append(f"### {b[1]}\n")
        elif kind == "p":
            out.append(b[1] + "\n")
        elif kind == "bul":
            out.append("\n".join(f"- {x}" for x in b[1]) + "\n")
        elif kind == "num":
            out.append("\n".join(f"{i}. {x}" for i, x in enumerate(b[1], 1)) + "\n")
        elif kind == "tbl":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(str(c) for c in r) + " |")
            out.append("")
    if footer:
        out.append(f"\n---\n{footer}\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def render(blocks, path, footer=""):
    ext = os.path.splitext(path)[1].lower()
    {".pdf": to_pdf, ".docx": to_docx, ".md": to_md}[ext](blocks, path, footer)


def extract(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".pdf":
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        txt = []
        for i in range(len(pdf)):
            txt.append(pdf[i].get_textpage().get_text_range())
        return "\n".join(txt)
    if ext == ".docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()
