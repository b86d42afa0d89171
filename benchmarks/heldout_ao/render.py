"""Rendering of document block lists to PDF (fpdf2 + DejaVu), DOCX (python-docx) and Markdown,
and text extraction for the quote check.  A document is a dict: title, header, blocks, where a
block is ("h1"|"h2"|"p"|"li", text) or ("table", rows, ruled) with rows[0] the header row."""
import os
import re

FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def _pdf(path, doc):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class P(FPDF):
        def header(self):
            self.set_font("DV", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, doc.get("header", ""), new_x="LMARGIN", new_y="NEXT")
            self.ln(2)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-12)
            self.set_font("DV", "", 7.5)
            self.cell(0, 5, f"Seite / Page {self.page_no()} von / of {{nb}}", align="C")

    pdf = P(format="A4")
    pdf.add_font("DV", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DV", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DV", "B", 14)
    pdf.multi_cell(0, 7, doc["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "h1":
            pdf.ln(2)
            pdf.set_font("DV", "B", 11.5)
            pdf.multi_cell(0, 6, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h2":
            pdf.set_font("DV", "B", 10)
            pdf.multi_cell(0, 5.5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("DV", "", 9.5)
            pdf.multi_cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "li":
            pdf.set_font("DV", "", 9.5)
            pdf.set_x(26)
            pdf.multi_cell(0, 5, "– " + b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            rows, ruled = b[1], b[2]
            pdf.set_font("DV", "", 8.5)
            ncol = len(rows[0])
            with pdf.table(borders_layout="ALL" if ruled else "NONE", line_height=4.6,
                           headings_style=FontFace(emphasis="BOLD"),
                           first_row_as_headings=True, text_align="LEFT",
                           col_widths=b[3] if len(b) > 3 else None) as t:
                for r in rows:
                    row = t.row()
                    for c in r:
                        row.cell(str(c))
            pdf.ln(3)
        elif kind == "pb":
            pdf.add_page()
    pdf.output(path)


def _docx(path, doc):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = doc.get("header", "")
    d.add_heading(doc["title"], level=0)
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif kind == "table":
            rows, ruled = b[1], b[2]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if ruled:
                t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
        elif kind == "pb":
            d.add_page_break()
    d.save(path)


def _md(path, doc):
    out = [f"# {doc['title']}", "", f"_{doc.get('header', '')}_", ""]
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "h1":
            out += [f"## {b[1]}", ""]
        elif kind == "h2":
            out += [f"### {b[1]}", ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "li":
            out += [f"- {b[1]}"]
        elif kind == "table":
            rows = b[1]
            out += [""]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(str(c) for c in r) + " |")
            out += [""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def write(path, doc):
    ext = path.rsplit(".", 1)[1]
    {"pdf": _pdf, "docx": _docx, "md": _md}[ext](path, doc)


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "pdf":
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(pdf)):
            parts.append(pdf[i].get_textpage().get_text_range())
        n = len(pdf)
        pdf.close()
        text = "\n".join(parts)
    elif ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        text = "\n".join(parts)
        n = None
    else:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        n = None
    return re.sub(r"\s+", " ", text).strip(), n


def pages(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        n = len(pdf)
        pdf.close()
        return n
    return None
