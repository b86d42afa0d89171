"""Tiny markup renderer to PDF (fpdf2), DOCX (python-docx) and Markdown, plus text extraction."""
from __future__ import annotations

import datetime
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def parse(text: str):
    """Yield blocks: ('h1'|'h2'|'p', str), ('ul', [str]), ('table', [[str]])."""
    blocks = []
    para: list[str] = []
    lines = text.strip("\n").splitlines()

    def flush():
        if para:
            blocks.append(("p", " ".join(x.strip() for x in para)))
            para.clear()

    for raw in lines:
        line = raw.rstrip()
        s = line.strip()
        if not s:
            flush()
            continue
        if s.startswith("## "):
            flush(); blocks.append(("h2", s[3:]))
        elif s.startswith("# "):
            flush(); blocks.append(("h1", s[2:]))
        elif s.startswith("- "):
            flush()
            if blocks and blocks[-1][0] == "ul":
                blocks[-1][1].append(s[2:])
            else:
                blocks.append(("ul", [s[2:]]))
        elif s.startswith("|"):
            flush()
            cells = [c.strip() for c in s.strip("|").split("|")]
            if all(set(c) <= set("-: ") for c in cells):
                continue
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
        elif para == [] and blocks and blocks[-1][0] == "ul" and raw.startswith("  "):
            blocks[-1][1][-1] += " " + s
        else:
            para.append(s)
    flush()
    return blocks


def _pdf(blocks, path: Path):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 3, 1, tzinfo=datetime.timezone.utc))
    pdf.add_font("DV", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DV", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    for kind, val in blocks:
        if kind == "h1":
            pdf.ln(3); pdf.set_font("DV", "B", 13)
            pdf.multi_cell(0, 7, val, new_x="LMARGIN", new_y="NEXT"); pdf.ln(1)
        elif kind == "h2":
            pdf.ln(2); pdf.set_font("DV", "B", 11)
            pdf.multi_cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("DV", "", 10)
            pdf.multi_cell(0, 5, val, new_x="LMARGIN", new_y="NEXT"); pdf.ln(2)
        elif kind == "ul":
            pdf.set_font("DV", "", 10)
            for it in val:
                pdf.set_x(25)
                pdf.multi_cell(0, 5, "\u2013 " + it, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "table":
            pdf.set_font("DV", "", 9)
            ncol = max(len(r) for r in val)
            with pdf.table(line_height=5, text_align="LEFT", first_row_as_headings=True) as t:
                for r in val:
                    row = t.row()
                    for c in r + [""] * (ncol - len(r)):
                        row.cell(c)
            pdf.ln(3)
    pdf.output(str(path))


def _docx(blocks, path: Path):
    import docx
    d = docx.Document()
    d.core_properties.created = datetime.datetime(2025, 3, 1)
    d.core_properties.modified = datetime.datetime(2025, 3, 1)
    for kind, val in blocks:
        if kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = d.add_table(rows=len(val), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(val):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
    d.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path: Path):
    """Rewrite the DOCX zip with fixed timestamps so rebuilds are byte-identical."""
    import io
    import zipfile
    src = zipfile.ZipFile(path)
    items = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def _md(text: str, path: Path):
    out = []
    for line in text.strip("\n").splitlines():
        out.append(line.strip() if not line.startswith("  ") or line.strip().startswith("|") else line)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render(text: str, path: Path):
    ext = path.suffix.lower()
    if ext == ".md":
        _md(text, path)
    else:
        blocks = parse(text)
        (_pdf if ext == ".pdf" else _docx)(blocks, path)


def extract(path: Path) -> str:
    ext = path.suffix.lower()
    if ext == ".md":
        return path.read_text(encoding="utf-8")
    if ext == ".pdf":
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(str(path))
        parts = []
        for page in doc:
            tp = page.get_textpage()
            parts.append(tp.get_text_range())
        return "\n".join(parts)
    import docx
    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            for c in r.cells:
                parts.append(c.text)
    return "\n".join(parts)
