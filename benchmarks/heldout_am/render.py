"""Rendering of heldout_am documents (PDF via fpdf2/DejaVu, DOCX via python-docx, Markdown)
and text extraction for the quote check.

A document is a list of blocks:
  ("h1", text) ("h2", text) ("p", text) ("small", text) ("bul", [items])
  ("table", header, rows, ruled, footnote-or-None) ("pb",)
"""
import os
import re

FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def _find_font(name):
    p = os.path.join(FONT_DIR, name)
    if os.path.exists(p):
        return p
    for root, _d, files in os.walk("/usr/share/fonts"):
        if name in files:
            return os.path.join(root, name)
    raise SystemExit("DejaVu font %s not found" % name)


def to_pdf(path, title, ref, blocks):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class P(FPDF):
        def header(self):
            self.set_font("DV", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, ref, align="R")
            self.ln(7)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-12)
            self.set_font("DV", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, "Page %d of {nb}" % self.page_no(), align="C")
            self.set_text_color(0, 0, 0)

    pdf = P(format="A4")
    pdf.add_font("DV", "", _find_font("DejaVuSans.ttf"))
    pdf.add_font("DV", "B", _find_font("DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("DV", "B", 14)
    pdf.multi_cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for b in blocks:
        k = b[0]
        if k == "h1":
            pdf.ln(2)
            pdf.set_font("DV", "B", 12)
            pdf.multi_cell(0, 6.5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "h2":
            pdf.ln(1)
            pdf.set_font("DV", "B", 10.5)
            pdf.multi_cell(0, 6, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k in ("p", "small"):
            pdf.set_font("DV", "", 9.5 if k == "p" else 8)
            pdf.multi_cell(0, 5 if k == "p" else 4.2, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif k == "bul":
            pdf.set_font("DV", "", 9.5)
            for it in b[1]:
                pdf.set_x(24)
                pdf.multi_cell(0, 5, "• " + it, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif k == "table":
            _h, header, rows, ruled, foot = b
            pdf.set_font("DV", "", 8.5)
            with pdf.table(borders_layout="ALL" if ruled else "NONE",
                           headings_style=FontFace(emphasis="BOLD"),
                           line_height=4.6, text_align="LEFT", padding=1.2) as t:
                r = t.row()
                for c in header:
                    r.cell(c)
                for row in rows:
                    r = t.row()
                    for c in row:
                        r.cell(c)
            if foot:
                pdf.set_font("DV", "", 7.5)
                pdf.multi_cell(0, 4, foot, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif k == "pb":
            pdf.add_page()
        else:
            raise ValueError(k)
    pdf.output(path)


def to_docx(path, title, ref, blocks):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    d.sections[0].header.paragraphs[0].text = ref
    d.add_heading(title, level=0)
    for b in blocks:
        k = b[0]
        if k == "h1":
            d.add_heading(b[1], level=1)
        elif k == "h2":
            d.add_heading(b[1], level=2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "small":
            p = d.add_paragraph()
            run = p.add_run(b[1])
            run.font.size = Pt(8)
        elif k == "bul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif k == "table":
            _h, header, rows, ruled, foot = b
            t = d.add_table(rows=1 + len(rows), cols=len(header))
            if ruled:
                t.style = "Table Grid"
            for i, c in enumerate(header):
                t.cell(0, i).text = c
                for r in t.cell(0, i).paragraphs[0].runs:
                    r.bold = True
            for j, row in enumerate(rows, 1):
                for i, c in enumerate(row):
                    t.cell(j, i).text = c
            if foot:
                p = d.add_paragraph()
                run = p.add_run(foot)
                run.font.size = Pt(8)
        elif k == "pb":
            d.add_page_break()
        else:
            raise ValueError(k)
    d.save(path)


def to_md(path, title, ref, blocks):
    out = ["# " + title, "", "_" + ref + "_", ""]
    for b in blocks:
        k = b[0]
        if k == "h1":
            out += ["## " + b[1], ""]
        elif k == "h2":
            out += ["### " + b[1], ""]
        elif k in ("p", "small"):
            out += [b[1], ""]
        elif k == "bul":
            out += ["- " + it for it in b[1]] + [""]
        elif k == "table":
            _h, header, rows, ruled, foot = b
            out.append("| " + " | ".join(header) + " |")
            out.append("|" + "---|" * len(header))
            for row in rows:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
            if foot:
                out += [foot, ""]
        elif k == "pb":
            pass
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def render(path, title, ref, blocks):
    ext = path.rsplit(".", 1)[1].lower()
    {"pdf": to_pdf, "docx": to_docx, "md": to_md}[ext](path, title, ref, blocks)


def extract(path):
    ext = path.rsplit(".", 1)[1].lower()
    if ext == "pdf":
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(doc)):
            tp = doc[i].get_textpage()
            parts.append(tp.get_text_range())
            tp.close()
        doc.close()
        text = "\n".join(parts)
    elif ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        text = "\n".join(parts)
    else:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    return norm(text)


def norm(s):
    s = s.replace("\ufffe", "").replace("\u00ad", "").replace("\x02", "")
    return re.sub(r"\s+", " ", s).strip()


def page_count(path):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(path)
    n = len(doc)
    doc.close()
    return n
