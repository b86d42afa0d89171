"""Rendering and re-extraction helpers for the heldout_c evaluation set.

A document is a list of blocks:
  ("h", level, text)  heading      ("p", text) paragraph
  ("li", text)        bullet item  ("ol", text) numbered item (number is part of text)
  ("t", [[cells], ...]) table, first row is the header
"""
from __future__ import annotations

import re
from pathlib import Path

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def render_md(blocks, path: Path):
    out = []
    for b in blocks:
        if b[0] == "h":
            out.append("#" * b[1] + " " + b[2] + "\n")
        elif b[0] == "p":
            out.append(b[1] + "\n")
        elif b[0] == "li":
            out.append("- " + b[1])
        elif b[0] == "ol":
            out.append(b[1])
        elif b[0] == "t":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
    text = "\n".join(out)
    text = re.sub(r"\n(- |\d+[.)] )", r"\n\1", text)
    path.write_text(text + "\n", encoding="utf-8")


def render_docx(blocks, path: Path):
    import docx

    d = docx.Document()
    for b in blocks:
        if b[0] == "h":
            d.add_heading(b[2], level=min(b[1], 4) if b[1] > 1 else 1)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] == "li":
            d.add_paragraph(b[1], style="List Bullet")
        elif b[0] == "ol":
            d.add_paragraph(b[1])
        elif b[0] == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            d.add_paragraph("")
    d.core_properties.author = ""
    # drop optional heavy parts of the default template (keeps files small)
    for rel in list(d.part.rels.values()):
        if rel.reltype.endswith("/stylesWithEffects"):
            d.part.drop_rel(rel.rId)
    pkg_rels = d.part.package.rels
    for rid, rel in list(pkg_rels.items()):
        if rel.reltype.endswith("/thumbnail"):
            del pkg_rels[rid]
    d.save(str(path))


def render_pdf(blocks, path: Path, header: str = ""):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(format="A4")
    pdf.add_font("dv", "", FONT)
    pdf.set_compression(True)
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_margins(18, 18, 18)
    if header:
        def _hdr(self=pdf):
            self.set_font("dv", "", 7)
            self.cell(0, 4, header, new_x="LMARGIN", new_y="NEXT")
            self.ln(2)
        pdf.header = _hdr
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for b in blocks:
        if b[0] == "h":
            size = {1: 14, 2: 12, 3: 10.5}.get(b[1], 10)
            pdf.set_font("dv", "", size)
            pdf.ln(2)
            pdf.multi_cell(w, size * 0.55, b[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif b[0] in ("p", "li", "ol"):
            pdf.set_font("dv", "", 9.5)
            text = ("• " + b[1]) if b[0] == "li" else b[1]
            pdf.multi_cell(w, 5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        elif b[0] == "t":
            pdf.set_font("dv", "", 8.5)
            rows = b[1]
            with pdf.table(width=w, line_height=4.6, first_row_as_headings=True,
                           headings_style=FontFace(emphasis=None, fill_color=(225, 225, 225))) as table:
                for r in rows:
                    row = table.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(2)
    pdf.output(str(path))


def render(blocks, path: Path, header: str = ""):
    suffix = path.suffix.lower()
    if suffix == ".md":
        render_md(blocks, path)
    elif suffix == ".docx":
        render_docx(blocks, path)
    elif suffix == ".pdf":
        render_pdf(blocks, path, header)
    else:
        raise ValueError(path)


def extract(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".md":
        return path.read_text(encoding="utf-8")
    if suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    if suffix == ".pdf":
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(path))
        parts = []
        for i in range(len(doc)):
            tp = doc[i].get_textpage()
            parts.append(tp.get_text_range())
        return "\n".join(parts)
    raise ValueError(path)


def squash(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("\u00ad", "").replace("\ufffe", "")
    return re.sub(r"\s+", " ", text).strip().lower()
