"""A tiny document model and three renderers (PDF with fpdf2, DOCX with python-docx, Markdown).

A document is a list of blocks; the same blocks give the same text in each format, so the
label quotes can be checked on the extracted text of the rendered file.
"""
from __future__ import annotations

import datetime as _dt
import re
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


class Doc:
    def __init__(self, filename: str, role: str, lang: str):
        self.filename = filename
        self.role = role
        self.lang = lang
        self.fmt = filename.rsplit(".", 1)[1].lower()
        self.blocks: list[tuple] = []
        self.running = ""  # running header text (PDF only)

    # block builders -----------------------------------------------------------------
    def title(self, text, sub=None):
        self.blocks.append(("title", text, sub))

    def meta(self, rows):
        self.blocks.append(("meta", [tuple(r) for r in rows]))

    def h(self, text, level=1):
        self.blocks.append(("h", level, text))

    def p(self, text):
        if text:
            self.blocks.append(("p", text))

    def ul(self, items, marker="-"):
        items = [i for i in items if i]
        if items:
            self.blocks.append(("ul", items, marker))

    def table(self, header, rows, widths=None, group=None, notes=None):
        self.blocks.append(("table", list(header), [list(r) for r in rows], widths, group, notes or []))

    def note(self, text):
        self.blocks.append(("note", text))


# ---------------------------------------------------------------------------------- PDF
def render_pdf(doc: Doc, path: Path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class P(FPDF):
        def header(self_inner):
            if doc.running:
                self_inner.set_font("DV", "I", 7.5)
                self_inner.set_text_color(90, 90, 90)
                self_inner.cell(0, 5, doc.running, new_x="LMARGIN", new_y="NEXT", align="R")
                self_inner.set_text_color(0, 0, 0)
                self_inner.ln(2)

        def footer(self_inner):
            self_inner.set_y(-13)
            self_inner.set_font("DV", "", 7.5)
            self_inner.cell(0, 5, f"Page {self_inner.page_no()}/{{nb}}", align="C")

    pdf = P(format="A4")
    pdf.set_creation_date(_dt.datetime(2025, 6, 1, tzinfo=_dt.timezone.utc))
    pdf.add_font("DV", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DV", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DV", "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    W = pdf.epw

    for b in doc.blocks:
        kind = b[0]
        if kind == "title":
            pdf.set_font("DV", "B", 14)
            pdf.multi_cell(W, 7, b[1], new_x="LMARGIN", new_y="NEXT")
            if b[2]:
                pdf.set_font("DV", "", 10)
                pdf.multi_cell(W, 5.5, b[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "meta":
            pdf.set_font("DV", "", 8.5)
            with pdf.table(col_widths=(35, 65), first_row_as_headings=False, text_align="LEFT",
                           line_height=4.6, padding=1.2) as t:
                for k, v in b[1]:
                    r = t.row()
                    r.cell(k, style=FontFace(emphasis="BOLD"))
                    r.cell(v)
            pdf.ln(3)
        elif kind == "h":
            level, text = b[1], b[2]
            pdf.ln(1.5)
            pdf.set_font("DV", "B", 11.5 if level == 1 else 10)
            pdf.multi_cell(W, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        elif kind == "p":
            pdf.set_font("DV", "", 9.3)
            pdf.multi_cell(W, 4.7, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.6)
        elif kind == "note":
            pdf.set_font("DV", "I", 7.8)
            pdf.multi_cell(W, 4, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        elif kind == "ul":
            pdf.set_font("DV", "", 9.3)
            for it in b[1]:
                pdf.set_x(pdf.l_margin + 3)
                pdf.cell(5, 4.7, b[2])
                pdf.multi_cell(W - 8, 4.7, it, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.6)
            pdf.ln(1.2)
        elif kind == "table":
            _, header, rows, widths, group, notes = b
            pdf.set_font("DV", "", 8.2)
            nh = 2 if group else 1
            with pdf.table(col_widths=widths, num_heading_rows=nh, text_align="LEFT", line_height=4.2,
                           padding=1.2, headings_style=FontFace(emphasis="BOLD", fill_color=(228, 233, 240))) as t:
                if group:
                    r = t.row()
                    for text, span in group:
                        r.cell(text, colspan=span, align="CENTER")
                r = t.row()
                for c in header:
                    r.cell(c)
                for row in rows:
                    r = t.row()
                    for c in row:
                        r.cell(c)
            for n in notes:
                pdf.set_font("DV", "I", 7.6)
                pdf.multi_cell(W, 3.8, n, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
    pdf.alias_nb_pages()
    pdf.output(str(path))


# --------------------------------------------------------------------------------- DOCX
def render_docx(doc: Doc, path: Path):
    import docx
    from docx.shared import Pt, Cm

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.0)
        if doc.running:
            s.header.paragraphs[0].text = doc.running
    d.core_properties.created = _dt.datetime(2025, 6, 1)
    d.core_properties.modified = _dt.datetime(2025, 6, 1)
    d.core_properties.last_modified_by = ""
    d.core_properties.author = ""

    def mk_table(header, rows, group=None, bold_first_col=False):
        ncol = len(header) or len(rows[0])
        t = d.add_table(rows=0, cols=ncol)
        t.style = "Table Grid"
        if group:
            cells = t.add_row().cells
            i = 0
            for text, span in group:
                c = cells[i]
                if span > 1:
                    c = c.merge(cells[i + span - 1])
                c.text = text
                for p in c.paragraphs:
                    for r in p.runs:
                        r.bold = True
                i += span
        if header:
            cells = t.add_row().cells
            for c, text in zip(cells, header):
                c.text = text
                for r in c.paragraphs[0].runs:
                    r.bold = True
        for row in rows:
            cells = t.add_row().cells
            for j, (c, text) in enumerate(zip(cells, row)):
                c.text = text
                if bold_first_col and j == 0:
                    for r in c.paragraphs[0].runs:
                        r.bold = True
        return t

    for b in doc.blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], level=0)
            if b[2]:
                d.add_paragraph(b[2])
        elif kind == "meta":
            mk_table([], [list(r) for r in b[1]], bold_first_col=True)
            d.add_paragraph("")
        elif kind == "h":
            d.add_heading(b[2], level=min(b[1], 3))
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "note":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
            r.font.size = Pt(8)
        elif kind == "ul":
            for it in b[1]:
                d.add_paragraph(f"{b[2]} {it}")
        elif kind == "table":
            _, header, rows, widths, group, notes = b
            mk_table(header, rows, group)
            for n in notes:
                p = d.add_paragraph()
                r = p.add_run(n)
                r.italic = True
                r.font.size = Pt(8)
            d.add_paragraph("")
    d.save(str(path))
    _fix_zip(path)


def _fix_zip(path: Path):
    """Rewrite the DOCX zip with fixed timestamps so that builds are byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 6, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


# ----------------------------------------------------------------------------- Markdown
def render_md(doc: Doc, path: Path):
    out = []
    for b in doc.blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"# {b[1]}\n")
            if b[2]:
                out.append(f"{b[2]}\n")
        elif kind == "meta":
            out.append("| | |\n|---|---|")
            for k, v in b[1]:
                out.append(f"| {k} | {v} |")
            out.append("")
        elif kind == "h":
            out.append(f"{'#' * (b[1] + 1)} {b[2]}\n")
        elif kind == "p":
            out.append(b[1] + "\n")
        elif kind == "note":
            out.append(f"_{b[1]}_\n")
        elif kind == "ul":
            for it in b[1]:
                out.append(f"{'-' if b[2] == '-' else '- ' + b[2]} {it}")
            out.append("")
        elif kind == "table":
            _, header, rows, widths, group, notes = b
            if group:
                g = []
                for text, span in group:
                    g += [text] + [""] * (span - 1)
                out.append("| " + " | ".join(g) + " |")
                out.append("|" + "---|" * len(header))
                out.append("| " + " | ".join(header) + " |")
            else:
                out.append("| " + " | ".join(header) + " |")
                out.append("|" + "---|" * len(header))
            for r in rows:
                out.append("| " + " | ".join(c.replace("|", "/") for c in r) + " |")
            out.append("")
            for n in notes:
                out.append(n + "  ")
            out.append("")
    path.write_text("\n".join(out).rstrip() + "\n", encoding="utf-8")


def render(doc: Doc, folder: Path) -> Path:
    path = folder / doc.filename
    {"pdf": render_pdf, "docx": render_docx, "md": render_md}[doc.fmt](doc, path)
    return path


# ---------------------------------------------------------------------------- extraction
def extract_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(str(path))
        parts = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            parts.append(tp.get_text_range())
            tp.close()
        pdf.close()
        return "\n".join(parts)
    if ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                seen = []
                for c in row.cells:
                    tc = c._tc
                    if any(tc is s for s in seen):
                        continue
                    seen.append(tc)
                    parts.append(c.text)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs]
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def norm(s: str) -> str:
    s = s.replace("\u00ad", "").replace("\ufffe", "").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", s).strip()
