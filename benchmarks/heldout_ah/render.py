"""Writers (PDF via fpdf2, DOCX via python-docx, Markdown) and text extraction.
Blocks: ("h1", t) ("h2", t) ("p", t) ("list", [items]) ("table", title, header, rows, ruled)"""
import re
from fpdf import FPDF
from fpdf.fonts import FontFace
import docx

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


FW = {"：": ": ", "，": ", ", "（": " (", "）": ") "}


def _fw(x):
    if isinstance(x, str):
        for a, b in FW.items():
            x = x.replace(a, b)
        return x.replace("  ", " ")
    if isinstance(x, (list, tuple)):
        return type(x)(_fw(i) for i in x)
    return x


def write_pdf(path, title, blocks):
    # DejaVu has no full-width glyphs: the PDF typesetter substitutes ASCII punctuation
    title, blocks = _fw(title), _fw(blocks)
    pdf = FPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 6, 1))
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONTB)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("DV", "B", 14)
    pdf.multi_cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for b in blocks:
        k = b[0]
        if k == "h1":
            pdf.ln(3); pdf.set_font("DV", "B", 12)
            pdf.multi_cell(0, 6, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "h2":
            pdf.ln(1); pdf.set_font("DV", "B", 10.5)
            pdf.multi_cell(0, 5.5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif k == "p":
            pdf.set_font("DV", "", 10.5)
            pdf.multi_cell(0, 5.6, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "list":
            pdf.set_font("DV", "", 10)
            for it in b[1]:
                pdf.multi_cell(0, 5, it, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif k == "pagebreak":
            pdf.add_page()
        elif k == "table":
            _, ttl, head, rows, ruled = b
            pdf.set_font("DV", "B", 10)
            pdf.multi_cell(0, 5, ttl, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DV", "", 8.5)
            with pdf.table(borders_layout="ALL" if ruled else "NONE", line_height=4.5,
                           headings_style=FontFace(emphasis="BOLD"), text_align="LEFT") as t:
                for r in [head] + rows:
                    row = t.row()
                    for c in r:
                        row.cell(str(c))
            pdf.ln(2)
    pdf.output(path)


def write_docx(path, title, blocks):
    d = docx.Document()
    d.core_properties.created = __import__("datetime").datetime(2025, 6, 1)
    d.add_heading(title, 0)
    for b in blocks:
        k = b[0]
        if k == "h1":
            d.add_heading(b[1], 1)
        elif k == "h2":
            d.add_heading(b[1], 2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "list":
            for it in b[1]:
                d.add_paragraph(it)
        elif k == "pagebreak":
            d.add_page_break()
        elif k == "table":
            _, ttl, head, rows, ruled = b
            d.add_paragraph(ttl).runs[0].bold = True
            t = d.add_table(rows=0, cols=len(head))
            if ruled:
                t.style = "Table Grid"
            for r in [head] + rows:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = str(c)
    d.save(path)


def write_md(path, title, blocks):
    out = ["# " + title, ""]
    for b in blocks:
        k = b[0]
        if k == "h1":
            out += ["## " + b[1], ""]
        elif k == "h2":
            out += ["### " + b[1], ""]
        elif k == "p":
            out += [b[1], ""]
        elif k == "list":
            out += ["- " + i for i in b[1]] + [""]
        elif k == "pagebreak":
            out += ["---", ""]
        elif k == "table":
            _, ttl, head, rows, ruled = b
            out += ["**" + ttl + "**", "", "| " + " | ".join(head) + " |",
                    "|" + "---|" * len(head)]
            out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows] + [""]
    open(path, "w", encoding="utf-8").write("\n".join(out))


def write(path, title, blocks):
    if path.endswith(".pdf"):
        write_pdf(path, title, blocks)
    elif path.endswith(".docx"):
        write_docx(path, title, blocks)
    else:
        write_md(path, title, blocks)


def extract(path):
    if path.endswith(".pdf"):
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(path)
        txt = "\n".join(p.get_textpage().get_text_range() for p in doc)
    elif path.endswith(".docx"):
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        txt = "\n".join(parts)
    else:
        txt = open(path, encoding="utf-8").read()
    return re.sub(r"\s+", " ", txt).strip()
