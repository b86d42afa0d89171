"""Rendering of document block lists to PDF (fpdf2), DOCX (python-docx) and Markdown,
and plain-text extraction for the quote check.

A document is a list of blocks:
    ("title", text)                 document title
    ("meta", [(key, value), ...])   small key/value table (revision, date ...)
    ("h", level, text)              heading, level 1-3
    ("p", text)                     paragraph
    ("ul", [items]) / ("ol", [items])
    ("table", caption|None, header|None, rows)
    ("note", text)                  footnote-like small print
    ("split", text_a, text_b)       one paragraph interrupted by a page break
    ("pb",)                         page break
"""

from __future__ import annotations

import datetime as _dt
import io
import re
import zipfile
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = _dt.datetime(2025, 3, 14, 9, 0, 0, tzinfo=_dt.timezone.utc)


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# ----------------------------------------------------------------------------- PDF
def render_pdf(blocks, path: Path, header: str = "", font: str = "sans") -> None:
    from fpdf import FPDF

    class _PDF(FPDF):
        def header(self):  # noqa: D401
            if header:
                self.set_font("body", "I", 7.5)
                self.set_text_color(90, 90, 90)
                self.cell(0, 5, header, align="R")
                self.ln(8)
                self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-12)
            self.set_font("body", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"{self.page_no()} / {{nb}}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = _PDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_producer("docgen")
    if font == "serif":
        names = ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf")
    elif font == "condensed":
        names = ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
                 "DejaVuSansCondensed-Oblique.ttf")
    else:
        names = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")
    pdf.add_font("body", "", str(FONT_DIR / names[0]))
    pdf.add_font("body", "B", str(FONT_DIR / names[1]))
    pdf.add_font("body", "I", str(FONT_DIR / names[2]))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.alias_nb_pages()
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    def para(text, size=10, style="", indent=0.0, lh=5.0):
        pdf.set_font("body", style, size)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(width - indent, lh, text, new_x="LMARGIN", new_y="NEXT")

    for b in blocks:
        kind = b[0]
        if kind == "title":
            para(b[1], size=15, style="B", lh=7)
            pdf.ln(3)
        elif kind == "meta":
            pdf.set_font("body", "", 8.5)
            with pdf.table(col_widths=(35, 85), width=120, align="LEFT",
                           line_height=4.5, first_row_as_headings=False) as t:
                for k, v in b[1]:
                    r = t.row()
                    r.cell(k)
                    r.cell(v)
            pdf.ln(4)
        elif kind == "h":
            size = {1: 12.5, 2: 11, 3: 10}[b[1]]
            pdf.ln(2)
            para(b[2], size=size, style="B", lh=6)
            pdf.ln(1)
        elif kind == "p":
            para(b[1])
            pdf.ln(2)
        elif kind in ("ul", "ol"):
            for i, item in enumerate(b[1], 1):
                mark = "•" if kind == "ul" else f"{i}."
                pdf.set_font("body", "", 10)
                y = pdf.get_y()
                pdf.set_x(pdf.l_margin + 3)
                pdf.cell(6, 5, mark)
                pdf.set_xy(pdf.l_margin + 9, y)
                pdf.multi_cell(width - 9, 5, item, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.8)
            pdf.ln(1.5)
        elif kind == "table":
            caption, head, rows = b[1], b[2], b[3]
            if caption:
                para(caption, size=9, style="B")
                pdf.ln(1)
            pdf.set_font("body", "", 8.5)
            ncol = len(rows[0])
            allrows = ([head] if head is not None else []) + list(rows)
            widths = []
            for i in range(ncol):
                longest = max(max((len(w) for w in r[i].split()), default=1) for r in allrows)
                total = max(len(r[i]) for r in allrows)
                widths.append(max(longest * 2.4 + 3, min(total, 60) ** 0.8 * 2.2) + 5)
            with pdf.table(width=width, col_widths=tuple(widths), line_height=4.6,
                           text_align="LEFT", first_row_as_headings=head is not None) as t:
                if head is not None:
                    r = t.row()
                    for c in head:
                        r.cell(c)
                for row in rows:
                    r = t.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(4)
            _ = ncol
        elif kind == "note":
            para(b[1], size=7.5, lh=3.8)
            pdf.ln(1.5)
        elif kind == "split":
            para(b[1])
            pdf.add_page()
            para(b[2])
            pdf.ln(2)
        elif kind == "pb":
            pdf.add_page()
        else:
            raise ValueError(kind)
    pdf.output(str(path))


# ----------------------------------------------------------------------------- DOCX
def render_docx(blocks, path: Path, header: str = "", font: str = "Calibri") -> None:
    import docx
    from docx.enum.text import WD_BREAK
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.created = FIXED_DATE.replace(tzinfo=None)
    cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.last_modified_by = ""
    cp.author = ""
    if header:
        hp = d.sections[0].header.paragraphs[0]
        hp.text = header
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], level=0)
        elif kind == "meta":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in b[1]:
                cells = t.add_row().cells
                cells[0].text = k
                cells[1].text = v
            d.add_paragraph("")
        elif kind == "h":
            d.add_heading(b[2], level=b[1])
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for item in b[1]:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in b[1]:
                d.add_paragraph(item, style="List Number")
        elif kind == "table":
            caption, head, rows = b[1], b[2], b[3]
            if caption:
                cp_ = d.add_paragraph()
                cp_.add_run(caption).bold = True
            ncol = len(rows[0])
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            if head is not None:
                cells = t.add_row().cells
                for i, c in enumerate(head):
                    cells[i].text = c
                    for r in cells[i].paragraphs[0].runs:
                        r.bold = True
            for row in rows:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = c
            d.add_paragraph("")
        elif kind == "note":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.font.size = Pt(8)
        elif kind == "split":
            p = d.add_paragraph()
            p.add_run(b[1])
            p.add_run().add_break(WD_BREAK.PAGE)
            p.add_run(" " + b[2])
        elif kind == "pb":
            d.add_page_break()
        else:
            raise ValueError(kind)
    buf = io.BytesIO()
    d.save(buf)
    _normalise_zip(buf.getvalue(), path)


def _normalise_zip(data: bytes, path: Path) -> None:
    """Rewrite the OOXML zip with fixed timestamps so that builds are byte-identical."""
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(info.filename))


# ----------------------------------------------------------------------------- Markdown
def render_md(blocks, path: Path, header: str = "", font: str = "") -> None:
    out = []
    if header:
        out.append(f"<!-- {header} -->\n")
    notes = 0
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"# {b[1]}\n")
        elif kind == "meta":
            out.extend(f"- {k}: {v}" for k, v in b[1])
            out.append("")
        elif kind == "h":
            out.append("#" * (b[1] + 1) + " " + b[2] + "\n")
        elif kind == "p":
            out.append(b[1] + "\n")
        elif kind == "ul":
            out.extend(f"- {i}" for i in b[1])
            out.append("")
        elif kind == "ol":
            out.extend(f"{n}. {i}" for n, i in enumerate(b[1], 1))
            out.append("")
        elif kind == "table":
            caption, head, rows = b[1], b[2], b[3]
            if caption:
                out.append(f"**{caption}**\n")
            ncol = len(rows[0])
            h = head if head is not None else [""] * ncol
            out.append("| " + " | ".join(h) + " |")
            out.append("|" + "---|" * ncol)
            for row in rows:
                out.append("| " + " | ".join(c.replace("|", "/") for c in row) + " |")
            out.append("")
        elif kind == "note":
            notes += 1
            out.append(f"<small>{b[1]}</small>\n")
        elif kind == "split":
            out.append(b[1])
            out.append("")
            out.append("<div style=\"page-break-after: always\"></div>")
            out.append("")
            out.append(b[2] + "\n")
        elif kind == "pb":
            out.append("\n---\n")
        else:
            raise ValueError(kind)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


RENDERERS = {"pdf": render_pdf, "docx": render_docx, "md": render_md}


# ----------------------------------------------------------------------------- extraction
def extract_text(path: Path) -> str:
    suf = path.suffix.lower()
    if suf == ".pdf":
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(path))
        parts = []
        for page in doc:
            tp = page.get_textpage()
            parts.append(tp.get_text_range())
            tp.close()
            page.close()
        doc.close()
        return "\n".join(parts)
    if suf == ".docx":
        import docx

        d = docx.Document(str(path))
        parts = []
        body = d.element.body
        for child in body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                parts.append("".join(t.text or "" for t in child.iter()
                                     if t.tag.endswith("}t")))
            elif tag == "tbl":
                for tc in child.iter():
                    if tc.tag.endswith("}tc"):
                        parts.append(" ".join(
                            "".join(t.text or "" for t in p.iter() if t.tag.endswith("}t"))
                            for p in tc.iter() if p.tag.endswith("}p")))
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")
