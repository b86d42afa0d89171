"""Rendering of simple block documents to PDF (fpdf2 + DejaVu), DOCX (python-docx) and Markdown,
plus text extraction for the quote check. Blocks: ("h", text), ("h2", text), ("p", text),
("ul", [items]), ("table", rows, ruled), ("pb",) page break."""
import os
import re

FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def _pdf(path, title, blocks, footer):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class P(FPDF):
        def footer(self):
            self.set_y(-12)
            self.set_font("dv", "", 7.5)
            self.cell(0, 5, f"{footer}   |   page {self.page_no()}", align="C")

    pdf = P(format="A4")
    pdf.add_font("dv", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    pdf.set_font("dv", "B", 14)
    pdf.multi_cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for b in blocks:
        kind = b[0]
        if kind == "h":
            pdf.ln(2)
            pdf.set_font("dv", "B", 11.5)
            pdf.multi_cell(0, 6, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h2":
            pdf.set_font("dv", "B", 10)
            pdf.multi_cell(0, 5.5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("dv", "", 9.5)
            pdf.multi_cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "ul":
            pdf.set_font("dv", "", 9.5)
            for it in b[1]:
                pdf.set_x(24)
                pdf.multi_cell(0, 5, "✓ " + it, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "table":
            rows, ruled = b[1], b[2]
            pdf.set_font("dv", "", 8.5)
            with pdf.table(borders_layout="ALL" if ruled else "NONE",
                           headings_style=FontFace(emphasis="BOLD"),
                           line_height=5, padding=1.2, text_align="LEFT") as t:
                for r in rows:
                    row = t.row()
                    for c in r:
                        row.cell(str(c))
            pdf.ln(2)
        elif kind == "pb":
            pdf.add_page()
    pdf.output(path)


def _docx(path, title, blocks, footer):
    import docx
    d = docx.Document()
    d.sections[0].footer.paragraphs[0].text = footer
    d.add_heading(title, level=0)
    for b in blocks:
        kind = b[0]
        if kind == "h":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            rows, ruled = b[1], b[2]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            if ruled:
                t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
        elif kind == "pb":
            d.add_page_break()
    d.save(path)


def _md(path, title, blocks, footer):
    out = [f"# {title}", ""]
    for b in blocks:
        kind = b[0]
        if kind == "h":
            out += [f"## {b[1]}", ""]
        elif kind == "h2":
            out += [f"### {b[1]}", ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "ul":
            out += [f"- {it}" for it in b[1]] + [""]
        elif kind == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows[1:]]
            out.append("")
    out += ["---", f"*{footer}*", ""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def render(path, title, blocks, footer):
    ext = path.rsplit(".", 1)[1].lower()
    {"pdf": _pdf, "docx": _docx, "md": _md}[ext](path, title, blocks, footer)


def extract(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(path)
        parts = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
        n = len(doc)
        doc.close()
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
        text = open(path, encoding="utf-8").read()
        n = None
    return re.sub(r"\s+", " ", text.replace("\ufffe", "").replace("\x02", "")), n


def pdf_pages(path):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(path)
    n = len(doc)
    doc.close()
    return n
