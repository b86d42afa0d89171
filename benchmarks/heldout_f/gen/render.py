"""Render a document (a list of blocks) to PDF (fpdf2), DOCX (python-docx) or Markdown.

Blocks
    ("title", text)                     document title
    ("subtitle", text)                  line under the title
    ("meta", [(key, value), ...])       document-control table (no heading row)
    ("h1", text) / ("h2", text)         headings (numbering is already part of the text)
    ("p", text)                         paragraph
    ("ul", [text, ...])                 bullet list
    ("ol", [text, ...])                 numbered list
    ("table", caption, header, rows)    table; caption may be None
    ("note", text)                      small italic paragraph
    ("pagebreak",)
"""

from __future__ import annotations

import os
import re

FONT_DIR = "/usr/share/fonts/truetype/dejavu"


# --------------------------------------------------------------------------- PDF
def _pdf(blocks, path, header_text, font="DejaVuSans"):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Pdf(FPDF):
        def header(self):
            self.set_font("body", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, header_text, align="R")
            self.ln(7)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-12)
            self.set_font("body", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = Pdf(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 1, 9, 0, 0,
                                                          tzinfo=__import__("datetime").timezone.utc))
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(20, 16, 20)
    serif = font.startswith("DejaVuSerif")
    base = "DejaVuSerif" if serif else ("DejaVuSansCondensed" if "Condensed" in font else "DejaVuSans")
    pdf.add_font("body", "", os.path.join(FONT_DIR, base + ".ttf"))
    pdf.add_font("body", "B", os.path.join(FONT_DIR, base + "-Bold.ttf"))
    ital = {"DejaVuSerif": "DejaVuSerif-Italic.ttf", "DejaVuSans": "DejaVuSans-Oblique.ttf",
            "DejaVuSansCondensed": "DejaVuSansCondensed-Oblique.ttf"}[base]
    pdf.add_font("body", "I", os.path.join(FONT_DIR, ital))
    pdf.set_title(header_text)
    pdf.set_author("")
    pdf.add_page()
    w = pdf.epw

    def para(text, size=9.5, style="", h=4.8, after=2.2):
        pdf.set_font("body", style, size)
        pdf.multi_cell(w, h, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    for b in blocks:
        kind = b[0]
        if kind == "title":
            para(b[1], size=15, style="B", h=7, after=1.5)
        elif kind == "subtitle":
            para(b[1], size=10.5, style="", h=5.5, after=3)
        elif kind == "h1":
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            pdf.ln(2)
            para(b[1], size=12, style="B", h=6, after=1.5)
        elif kind == "h2":
            if pdf.get_y() > pdf.h - 35:
                pdf.add_page()
            pdf.ln(1)
            para(b[1], size=10.5, style="B", h=5.4, after=1)
        elif kind == "p":
            para(b[1])
        elif kind == "note":
            para(b[1], size=8.5, style="I", h=4.2)
        elif kind in ("ul", "ol"):
            pdf.set_font("body", "", 9.5)
            for i, item in enumerate(b[1], 1):
                mark = "\u2022" if kind == "ul" else f"{i}."
                pdf.set_x(pdf.l_margin + 3)
                pdf.cell(6, 4.8, mark)
                pdf.multi_cell(w - 9, 4.8, item, align="L", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.8)
            pdf.ln(1.5)
        elif kind in ("table", "meta"):
            if kind == "table":
                caption, header, rows = b[1], b[2], b[3]
                if pdf.get_y() > pdf.h - 60:
                    pdf.add_page()
                if caption:
                    para(caption, size=9, style="B", h=4.6, after=1)
                data = [header] + rows
                first = True
            else:
                data = [[k, v] for k, v in b[1]]
                first = False
            ncol = len(data[0])
            widths = _widths(data, ncol, w)
            pdf.set_font("body", "", 8.5)
            with pdf.table(col_widths=widths, text_align="LEFT", line_height=4.4,
                           first_row_as_headings=first, width=w, padding=1.2,
                           headings_style=FontFace(emphasis="BOLD", fill_color=(225, 230, 238))) as t:
                for row in data:
                    r = t.row()
                    for cell in row:
                        r.cell(str(cell))
            pdf.ln(3)
        elif kind == "pagebreak":
            pdf.add_page()
        else:
            raise ValueError(kind)
    pdf.output(path)


def _widths(data, ncol, total=170.0):
    """Column widths in mm: every column at least as wide as its longest word, the rest shared by text length."""
    cw = 1.75  # average character width (mm) at 8.5 pt, with margin
    minw, want = [], []
    for i in range(ncol):
        cells = [str(r[i]) for r in data]
        longest_word = max(len(w) for c in cells for w in (c.split() or [""]))
        minw.append(longest_word * cw + 4)
        want.append(max(minw[-1], min(60, max(len(c) for c in cells)) * cw + 4))
    if sum(want) <= total:
        k = total / sum(want)
        return tuple(x * k for x in want)
    spare = total - sum(minw)
    if spare <= 0:
        k = total / sum(minw)
        return tuple(x * k for x in minw)
    extra = [w - m for w, m in zip(want, minw)]
    k = spare / sum(extra) if sum(extra) else 0
    return tuple(m + e * k for m, e in zip(minw, extra))


# -------------------------------------------------------------------------- DOCX
def _docx(blocks, path, header_text, font="Calibri"):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10)
    core = d.core_properties
    core.title = header_text
    core.author = ""
    import datetime
    core.created = datetime.datetime(2025, 3, 1, 9, 0, 0)
    core.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    core.last_modified_by = ""
    core.revision = 1
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header_text

    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], level=0)
        elif kind == "subtitle":
            p = d.add_paragraph(b[1])
            p.runs[0].bold = True
        elif kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "note":
            p = d.add_paragraph(b[1])
            p.runs[0].italic = True
        elif kind in ("ul", "ol"):
            style = "List Bullet" if kind == "ul" else "List Number"
            for item in b[1]:
                d.add_paragraph(item, style=style)
        elif kind in ("table", "meta"):
            if kind == "table":
                caption, header, rows = b[1], b[2], b[3]
                if caption:
                    p = d.add_paragraph(caption)
                    p.runs[0].bold = True
                data = [header] + rows
            else:
                data = [[k, v] for k, v in b[1]]
            t = d.add_table(rows=len(data), cols=len(data[0]))
            t.style = "Table Grid"
            for i, row in enumerate(data):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
                    if kind == "table" and i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_page_break()
        else:
            raise ValueError(kind)
    d.save(path)
    _fix_zip_times(path)


def _fix_zip_times(path):
    """python-docx writes the current time into the zip entries; pin it so rebuilds are byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data)


# ---------------------------------------------------------------------- Markdown
def _md(blocks, path, header_text, font=None):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"# {b[1]}\n")
        elif kind == "subtitle":
            out.append(f"**{b[1]}**\n")
        elif kind == "h1":
            out.append(f"## {b[1]}\n")
        elif kind == "h2":
            out.append(f"### {b[1]}\n")
        elif kind == "p":
            out.append(b[1] + "\n")
        elif kind == "note":
            out.append(f"_{b[1]}_\n")
        elif kind == "ul":
            out.append("\n".join(f"- {i}" for i in b[1]) + "\n")
        elif kind == "ol":
            out.append("\n".join(f"{n}. {i}" for n, i in enumerate(b[1], 1)) + "\n")
        elif kind in ("table", "meta"):
            if kind == "table":
                caption, header, rows = b[1], b[2], b[3]
                if caption:
                    out.append(f"**{caption}**\n")
            else:
                header, rows = ["Item", "Entry"], [[k, v] for k, v in b[1]]
            esc = lambda s: str(s).replace("|", "\\|")
            lines = ["| " + " | ".join(esc(h) for h in header) + " |",
                     "|" + "|".join(" --- " for _ in header) + "|"]
            lines += ["| " + " | ".join(esc(c) for c in r) + " |" for r in rows]
            out.append("\n".join(lines) + "\n")
        elif kind == "pagebreak":
            out.append("---\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def render(blocks, path, fmt, header_text, font=None):
    if fmt == "pdf":
        _pdf(blocks, path, header_text, font or "DejaVuSans")
    elif fmt == "docx":
        _docx(blocks, path, header_text, font or "Calibri")
    elif fmt == "md":
        _md(blocks, path, header_text)
    else:
        raise ValueError(fmt)


# -------------------------------------------------------------------- extraction
def extract_text(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(doc)):
            page = doc[i]
            tp = page.get_textpage()
            parts.append(tp.get_text_range())
            tp.close()
            page.close()
        doc.close()
        return "\n".join(parts)
    if ext == "docx":
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        d = docx.Document(path)
        parts = []
        for el in d.element.body.iterchildren():
            tag = el.tag.rsplit("}", 1)[-1]
            if tag == "p":
                parts.append(Paragraph(el, d).text)
            elif tag == "tbl":
                for row in Table(el, d).rows:
                    parts.append("\n".join(c.text for c in row.cells))
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()
