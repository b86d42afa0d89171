"""Document model, renderers (PDF via fpdf2, DOCX via python-docx, Markdown) and text extraction
for the held-out set E.  Everything is deterministic: fixed creation dates, fixed zip timestamps.
"""

from __future__ import annotations

import datetime as _dt
import io
import json
import re
import zipfile
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = _dt.datetime(2025, 3, 14, 9, 30, 0, tzinfo=_dt.timezone.utc)


class Doc:
    """A document as a list of blocks; rendered to PDF, DOCX or Markdown."""

    def __init__(self, title, subtitle=None, meta=None, header=None, lang="en"):
        self.title = title
        self.subtitle = subtitle
        self.meta = meta or []          # list of (key, value) shown as a small table
        self.header = header or title   # running header (PDF)
        self.lang = lang
        self.blocks = []

    def h(self, text, level=1):
        self.blocks.append(("h", level, text))
        return self

    def p(self, *texts):
        for t in texts:
            self.blocks.append(("p", t))
        return self

    def note(self, text):
        self.blocks.append(("note", text))
        return self

    def ul(self, items):
        self.blocks.append(("ul", list(items)))
        return self

    def ol(self, items, style="1."):
        self.blocks.append(("ol", list(items), style))
        return self

    def table(self, header, rows, widths=None):
        self.blocks.append(("table", list(header) if header else None, [list(r) for r in rows], widths))
        return self

    def kv(self, rows, widths=(35, 65)):
        self.blocks.append(("table", None, [list(r) for r in rows], widths))
        return self


def _ol_prefix(i, style):
    if style == "a)":
        return f"{chr(96 + i)}) "
    if style == "(i)":
        roman = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]
        return f"({roman[i - 1]}) "
    if style == "1)":
        return f"{i}) "
    return f"{i}. "


# ----------------------------------------------------------------------------------------- PDF
def render_pdf(doc: Doc, path: Path, serif=False, base=10, accent=(30, 60, 110)):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    fam = "DejaVuSerif" if serif else "DejaVuSans"

    class P(FPDF):
        def header(self):
            self.set_font("F", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, doc.header, new_x="LMARGIN", new_y="NEXT", align="R")
            self.set_text_color(0, 0, 0)
            self.ln(2)

        def footer(self):
            self.set_y(-12)
            self.set_font("F", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, f"{self.page_no()} / {{nb}}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = P(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(doc.title)
    pdf.set_lang(doc.lang)
    pdf.add_font("F", "", str(FONT_DIR / f"{fam}.ttf"))
    pdf.add_font("F", "B", str(FONT_DIR / f"{fam}-Bold.ttf"))
    pdf.add_font("F", "I", str(FONT_DIR / (f"{fam}-Italic.ttf" if serif else f"{fam}-Oblique.ttf")))
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(20, 15, 20)
    pdf.add_page()
    lh = base * 0.5
    pdf.set_font("F", "B", base + 6)
    pdf.set_text_color(*accent)
    pdf.multi_cell(0, (base + 6) * 0.5, doc.title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    if doc.subtitle:
        pdf.set_font("F", "", base + 1)
        pdf.multi_cell(0, lh + 0.5, doc.subtitle, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    if doc.meta:
        _pdf_table(pdf, None, doc.meta, (32, 68), base - 1, accent)
        pdf.ln(3)
    for b in doc.blocks:
        kind = b[0]
        if kind == "h":
            level, text = b[1], b[2]
            size = {1: base + 3, 2: base + 1.5, 3: base + 0.5}.get(level, base)
            pdf.ln(2 if level > 1 else 3)
            if pdf.will_page_break(size * 1.6):
                pdf.add_page()
            pdf.set_font("F", "B", size)
            if level == 1:
                pdf.set_text_color(*accent)
            pdf.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            pdf.ln(1)
        elif kind in ("p", "note"):
            pdf.set_font("F", "I" if kind == "note" else "", base)
            pdf.multi_cell(0, lh, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "ul":
            pdf.set_font("F", "", base)
            for it in b[1]:
                pdf.set_x(24)
                pdf.cell(4, lh, "•")
                pdf.multi_cell(0, lh, it, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.6)
            pdf.ln(1)
        elif kind == "ol":
            pdf.set_font("F", "", base)
            for i, it in enumerate(b[1], 1):
                pdf.set_x(24)
                pref = _ol_prefix(i, b[2]).strip()
                pdf.cell(7, lh, pref)
                pdf.multi_cell(0, lh, it, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.6)
            pdf.ln(1)
        elif kind == "table":
            _pdf_table(pdf, b[1], b[2], b[3], base - 1, accent)
            pdf.ln(3)
    pdf.output(str(path))


def _pdf_table(pdf, header, rows, widths, size, accent):
    from fpdf.fonts import FontFace

    ncol = len(header) if header else len(rows[0])
    widths = widths or tuple([1] * ncol)
    pdf.set_font("F", "", size)
    head_style = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=accent)
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=size * 0.48,
                   first_row_as_headings=bool(header), headings_style=head_style,
                   padding=1.2) as t:
        if header:
            r = t.row()
            for c in header:
                r.cell(str(c))
        for row in rows:
            r = t.row()
            for c in row:
                r.cell(str(c))


# ---------------------------------------------------------------------------------------- DOCX
def render_docx(doc: Doc, path: Path, font="Calibri", base=10.5):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(base)
    cp = d.core_properties
    cp.title = doc.title
    cp.author = ""
    cp.created = FIXED_DATE.replace(tzinfo=None)
    cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.last_modified_by = ""
    cp.revision = 1
    sec = d.sections[0]
    sec.header.paragraphs[0].text = doc.header
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_heading(doc.title, level=0)
    if doc.subtitle:
        d.add_paragraph(doc.subtitle)
    if doc.meta:
        _docx_table(d, None, doc.meta)
        d.add_paragraph("")
    for b in doc.blocks:
        kind = b[0]
        if kind == "h":
            d.add_heading(b[2], level=min(b[1], 4))
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "note":
            para = d.add_paragraph()
            run = para.add_run(b[1])
            run.italic = True
        elif kind == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for i, it in enumerate(b[1], 1):
                d.add_paragraph(_ol_prefix(i, b[2]) + it)
        elif kind == "table":
            _docx_table(d, b[1], b[2])
            d.add_paragraph("")
    buf = io.BytesIO()
    d.save(buf)
    _fix_zip(buf.getvalue(), path)


def _docx_table(d, header, rows):
    ncol = len(header) if header else len(rows[0])
    t = d.add_table(rows=0, cols=ncol)
    t.style = "Table Grid"
    if header:
        cells = t.add_row().cells
        for i, c in enumerate(header):
            cells[i].text = ""
            run = cells[i].paragraphs[0].add_run(str(c))
            run.bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, c in enumerate(row):
            cells[i].text = str(c)


def _fix_zip(data: bytes, path: Path):
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 14, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            out.writestr(zi, src.read(info.filename))


# ------------------------------------------------------------------------------------ Markdown
def render_md(doc: Doc, path: Path):
    out = [f"# {doc.title}", ""]
    if doc.subtitle:
        out += [doc.subtitle, ""]
    if doc.meta:
        out += ["| Field | Value |", "| --- | --- |"]
        out += [f"| {k} | {v} |" for k, v in doc.meta]
        out.append("")
    for b in doc.blocks:
        kind = b[0]
        if kind == "h":
            out += ["#" * (b[1] + 1) + " " + b[2], ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "note":
            out += [f"_{b[1]}_", ""]
        elif kind == "ul":
            out += [f"- {it}" for it in b[1]] + [""]
        elif kind == "ol":
            out += [f"{i}. {it}" for i, it in enumerate(b[1], 1)] + [""]
        elif kind == "table":
            header, rows = b[1], b[2]
            if not header:
                header = [""] * len(rows[0])
            out.append("| " + " | ".join(header) + " |")
            out.append("|" + "|".join([" --- "] * len(header)) + "|")
            for r in rows:
                out.append("| " + " | ".join(str(c).replace("|", "/") for c in r) + " |")
            out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def render(doc: Doc, path: Path, **kw):
    ext = path.suffix.lower()
    if ext == ".pdf":
        render_pdf(doc, path, **kw)
    elif ext == ".docx":
        render_docx(doc, path, **kw)
    elif ext == ".md":
        render_md(doc, path)
    else:
        raise ValueError(path)


# ---------------------------------------------------------------------------------- extraction
def extract_text(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        parts = []
        for page in pdf:
            tp = page.get_textpage()
            parts.append(tp.get_text_range())
            tp.close()
            page.close()
        pdf.close()
        return "\n".join(parts)
    if ext == ".docx":
        import docx

        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


class Dossier:
    """Collects the documents of one dossier, renders them and records the labels."""

    def __init__(self, did, device, device_class, root: Path):
        self.id = did
        self.device = device
        self.device_class = device_class
        self.dir = root / did / "dossier"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.documents = {}
        self.labels = []

    def add(self, name, role, doc: Doc, lang="en", **kw):
        doc.lang = lang
        render(doc, self.dir / name, **kw)
        self.documents[name] = {"role": role, "language": lang}

    def label(self, defect, category, documents, quotes, description, accept=()):
        for d in documents:
            assert d in self.documents, (self.id, d)
        self.labels.append({"defect": defect, "category": category, "rule": None,
                            "documents": list(documents), "quotes": list(quotes),
                            "description": description, "accept": list(accept)})

    def write(self):
        data = {"dossier": self.id, "device": self.device, "device_class": self.device_class,
                "seed": None, "clean": not self.labels, "documents": self.documents,
                "labels": self.labels}
        (self.dir.parent / "labels.json").write_text(
            json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        return data
