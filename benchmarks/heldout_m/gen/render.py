"""Tiny document model and renderers (PDF via fpdf2, DOCX via python-docx, Markdown).

A document is a dict: {"title": str, "footer": str, "font": "sans"|"serif", "blocks": [...]}
Blocks are tuples:
  ("h", level, text)          heading (level 1..3)
  ("p", text)                 paragraph
  ("ul", [items])             bullet list
  ("ol", [items])             numbered list (numbers written by the renderer)
  ("t", rows, opts)           table; opts: {"header": bool, "widths": [...], "caption": str}
  ("kv", [(k, v), ...])       two-column key/value table without header
"""
from __future__ import annotations

import datetime as _dt
import io
import zipfile
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED = _dt.datetime(2025, 4, 1, 9, 0, 0, tzinfo=_dt.timezone.utc)


def h(level, text):
    return ("h", level, text)


def p(text):
    return ("p", text)


def ul(*items):
    return ("ul", list(items))


def ol(*items):
    return ("ol", list(items))


def t(rows, header=True, widths=None, caption=None):
    return ("t", rows, {"header": header, "widths": widths, "caption": caption})


def kv(*pairs):
    return ("kv", list(pairs))


# ---------------------------------------------------------------- PDF
def render_pdf(doc, path: Path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    serif = doc.get("font") == "serif"
    base = "DejaVuSerif" if serif else "DejaVuSans"

    class _PDF(FPDF):
        def footer(self):
            self.set_y(-12)
            self.set_font("F", "", 7)
            self.cell(0, 5, f"{doc.get('footer', '')}    Page {self.page_no()} of {{nb}}", align="C")

    pdf = _PDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title(doc["title"])
    pdf.add_font("F", "", str(FONT_DIR / f"{base}.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / f"{base}-Bold.ttf"))
    pdf.add_font("F", "I", str(FONT_DIR / (f"{base}-Italic.ttf" if serif else f"{base}-Oblique.ttf")))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("F", "B", 15)
    pdf.multi_cell(0, 7, doc["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    size = 9.5
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "h":
            lvl, text = b[1], b[2]
            pdf.ln(2)
            pdf.set_font("F", "B", {1: 12.5, 2: 11, 3: 10}[lvl])
            pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("F", "", size)
            pdf.multi_cell(0, 4.8, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind in ("ul", "ol"):
            pdf.set_font("F", "", size)
            for i, item in enumerate(b[1], 1):
                mark = "•" if kind == "ul" else f"{i}."
                pdf.set_x(pdf.l_margin + 3)
                pdf.cell(6, 4.8, mark)
                pdf.multi_cell(0, 4.8, item, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind in ("t", "kv"):
            if kind == "kv":
                rows, opts = [list(x) for x in b[1]], {"header": False, "widths": (38, 62), "caption": None}
            else:
                rows, opts = b[1], b[2]
            if opts.get("caption"):
                pdf.set_font("F", "I", size - 0.5)
                pdf.multi_cell(0, 4.8, opts["caption"], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("F", "", size - 1)
            ncol = len(rows[0])
            widths = opts.get("widths") or tuple([1] * ncol)
            with pdf.table(col_widths=widths, line_height=4.4, text_align="LEFT",
                           first_row_as_headings=bool(opts.get("header")),
                           headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225))) as tab:
                for r in rows:
                    row = tab.row()
                    for c in r:
                        row.cell(str(c))
            pdf.ln(3)
        else:
            raise ValueError(kind)
    pdf.output(str(path))


# ---------------------------------------------------------------- DOCX
def render_docx(doc, path: Path):
    import docx
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Cambria" if doc.get("font") == "serif" else "Calibri"
    st.font.size = Pt(10)
    cp = d.core_properties
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.title = doc["title"]
    cp.author = doc.get("author", "")
    d.add_heading(doc["title"], 0)
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "h":
            d.add_heading(b[2], b[1])
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind in ("ul", "ol"):
            for i, item in enumerate(b[1], 1):
                if kind == "ul":
                    d.add_paragraph(item, style="List Bullet")
                else:
                    d.add_paragraph(f"{i}. {item}")
        elif kind in ("t", "kv"):
            if kind == "kv":
                rows, opts = [list(x) for x in b[1]], {"header": False}
            else:
                rows, opts = b[1], b[2]
            if opts.get("caption"):
                d.add_paragraph(opts["caption"], style="Caption")
            tab = d.add_table(rows=len(rows), cols=len(rows[0]))
            tab.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    cell = tab.cell(i, j)
                    cell.text = str(c)
                    if i == 0 and opts.get("header"):
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
        else:
            raise ValueError(kind)
    if doc.get("footer"):
        d.sections[0].footer.paragraphs[0].text = doc["footer"]
    buf = io.BytesIO()
    d.save(buf)
    _normalise_zip(buf.getvalue(), path)


def _normalise_zip(data: bytes, path: Path):
    """Rewrite the OOXML zip with fixed timestamps so the build is byte-stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 4, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(info.filename))


# ---------------------------------------------------------------- Markdown
def render_md(doc, path: Path):
    out = [f"# {doc['title']}", ""]
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "h":
            out += ["#" * (b[1] + 1) + " " + b[2], ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "ul":
            out += [f"- {x}" for x in b[1]] + [""]
        elif kind == "ol":
            out += [f"{i}. {x}" for i, x in enumerate(b[1], 1)] + [""]
        elif kind in ("t", "kv"):
            if kind == "kv":
                rows, opts = [["Item", "Content"]] + [list(x) for x in b[1]], {"header": True}
            else:
                rows, opts = b[1], b[2]
            if opts.get("caption"):
                out += [f"*{opts['caption']}*", ""]
            if not opts.get("header"):
                rows = [[""] * len(rows[0])] + rows
            out.append("| " + " | ".join(str(c) for c in rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(str(c).replace("|", "/") for c in r) + " |")
            out.append("")
    if doc.get("footer"):
        out += ["---", doc["footer"], ""]
    path.write_text("\n".join(out), encoding="utf-8")


def render(doc, path: Path):
    ext = path.suffix.lower()
    {".pdf": render_pdf, ".docx": render_docx, ".md": render_md}[ext](doc, path)


# ---------------------------------------------------------------- extraction (for the quote check)
def extract(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(str(path))
        parts = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            parts.append(tp.get_text_range())
        return "\n".join(parts)
    if ext == ".docx":
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        d = docx.Document(str(path))
        parts = []
        for el in d.element.body.iterchildren():
            tag = el.tag.rsplit("}", 1)[-1]
            if tag == "p":
                parts.append(Paragraph(el, d).text)
            elif tag == "tbl":
                for row in Table(el, d).rows:
                    for cell in row.cells:
                        parts.append(cell.text)
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def collapse(s: str) -> str:
    return " ".join(s.split())
