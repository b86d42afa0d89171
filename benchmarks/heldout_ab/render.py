"""Writers for the heldout_ab corpus: a document is a list of blocks.

Blocks: ("h1", text) ("h2", text) ("p", text) ("bullets", [text, ...]) ("table", [[hdr...], [row...], ...])
"""
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def write_pdf(path, title, blocks, footer=None):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    pdf = FPDF(format="Letter")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 14, 9, 0, 0,
                          tzinfo=__import__("datetime").timezone.utc))
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 7, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    for kind, content in blocks:
        if kind == "h1":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(0, 6.5, content, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "h2":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(0, 6, content, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5.2, content, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        elif kind == "bullets":
            pdf.set_font("DejaVu", "", 10)
            for b in content:
                pdf.set_x(pdf.l_margin + 4)
                pdf.multi_cell(0, 5.2, "• " + b, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        elif kind == "table":
            pdf.set_font("DejaVu", "", 8.5)
            with pdf.table(line_height=4.6, first_row_as_headings=True) as t:
                for row in content:
                    r = t.row()
                    for cell in row:
                        r.cell(str(cell))
            pdf.ln(3)
        else:
            raise ValueError(kind)
    if footer:
        pdf.set_font("DejaVu", "", 8)
        pdf.ln(4)
        pdf.multi_cell(0, 4.5, footer, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(str(path))


def write_docx(path, title, blocks, footer=None):
    import docx

    d = docx.Document()
    d.core_properties.author = "Regulatory Affairs"
    d.core_properties.created = __import__("datetime").datetime(2025, 3, 14, 9, 0, 0)
    d.add_heading(title, level=0)
    for kind, content in blocks:
        if kind == "h1":
            d.add_heading(content, level=1)
        elif kind == "h2":
            d.add_heading(content, level=2)
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "bullets":
            for b in content:
                d.add_paragraph("• " + b)
        elif kind == "table":
            t = d.add_table(rows=len(content), cols=len(content[0]))
            t.style = "Table Grid"
            for i, row in enumerate(content):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
            d.add_paragraph("")
        else:
            raise ValueError(kind)
    if footer:
        d.add_paragraph(footer)
    d.core_properties.modified = __import__("datetime").datetime(2025, 3, 14, 9, 0, 0)
    d.core_properties.revision = 1
    _save_docx_deterministic(d, path)


def _save_docx_deterministic(d, path):
    """python-docx writes current timestamps into the zip; rewrite entries with a fixed date."""
    import io
    import zipfile

    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(str(path), "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(item.filename))


def write_md(path, title, blocks, footer=None):
    out = ["# " + title, ""]
    for kind, content in blocks:
        if kind == "h1":
            out += ["## " + content, ""]
        elif kind == "h2":
            out += ["### " + content, ""]
        elif kind == "p":
            out += [content, ""]
        elif kind == "bullets":
            out += ["- " + b for b in content] + [""]
        elif kind == "table":
            out.append("| " + " | ".join(content[0]) + " |")
            out.append("|" + "---|" * len(content[0]))
            for row in content[1:]:
                out.append("| " + " | ".join(str(c) for c in row) + " |")
            out.append("")
    if footer:
        out += ["---", footer, ""]
    Path(path).write_text("\n".join(out), encoding="utf-8")


WRITERS = {"pdf": write_pdf, "docx": write_docx, "md": write_md}


def write(path, title, blocks, footer=None):
    ext = Path(path).suffix.lstrip(".")
    WRITERS[ext](path, title, blocks, footer)


def extract_text(path):
    path = Path(path)
    ext = path.suffix.lower()
    if ext == ".pdf":
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(str(path))
        parts = []
        for page in doc:
            tp = page.get_textpage()
            parts.append(tp.get_text_range())
            tp.close()
            page.close()
        doc.close()
        text = "\n".join(parts)
    elif ext == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        text = "\n".join(parts)
    else:
        text = path.read_text(encoding="utf-8")
    return " ".join(text.split())
