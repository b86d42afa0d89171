"""Writers for the heldout_aa corpus: PDF (fpdf2 + DejaVu), DOCX (python-docx), Markdown.

A document is a list of blocks:
  ("h1", text) / ("h2", text) / ("p", text) / ("ul", [items]) / ("table", [header], [[cells]])
"""
from __future__ import annotations

from pathlib import Path

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def write_pdf(path: Path, title: str, blocks: list) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 1))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for b in blocks:
        kind = b[0]
        if kind == "h1":
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(0, 6, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h2":
            pdf.set_font("DejaVu", "B", 10)
            pdf.multi_cell(0, 5.5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "ul":
            pdf.set_font("DejaVu", "", 10)
            for item in b[1]:
                pdf.set_x(24)
                pdf.multi_cell(0, 5, "- " + item, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "table":
            pdf.set_font("DejaVu", "", 8.5)
            with pdf.table(text_align="LEFT", line_height=4.6) as table:
                row = table.row()
                for c in b[1]:
                    row.cell(c)
                for r in b[2]:
                    row = table.row()
                    for c in r:
                        row.cell(str(c))
            pdf.ln(3)
    pdf.output(str(path))


def write_docx(path: Path, title: str, blocks: list) -> None:
    import docx

    d = docx.Document()
    d.core_properties.created = __import__("datetime").datetime(2025, 3, 1)
    d.add_heading(title, level=0)
    for b in blocks:
        kind = b[0]
        if kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for item in b[1]:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for i, c in enumerate(b[1]):
                t.rows[0].cells[i].text = c
            for r in b[2]:
                cells = t.add_row().cells
                for i, c in enumerate(r):
                    cells[i].text = str(c)
            d.add_paragraph("")
    import io
    import zipfile

    d.core_properties.modified = __import__("datetime").datetime(2025, 3, 1)
    d.core_properties.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(str(path), "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():  # fixed timestamps: deterministic output
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))


def write_md(path: Path, title: str, blocks: list) -> None:
    out = [f"# {title}", ""]
    for b in blocks:
        kind = b[0]
        if kind == "h1":
            out += [f"## {b[1]}", ""]
        elif kind == "h2":
            out += [f"### {b[1]}", ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "ul":
            out += [f"- {i}" for i in b[1]] + [""]
        elif kind == "table":
            out.append("| " + " | ".join(b[1]) + " |")
            out.append("|" + "---|" * len(b[1]))
            for r in b[2]:
                out.append("| " + " | ".join(str(c) for c in r) + " |")
            out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


WRITERS = {"pdf": write_pdf, "docx": write_docx, "md": write_md}


def write(path: Path, title: str, blocks: list) -> None:
    WRITERS[path.suffix.lstrip(".")](path, title, blocks)


def extract(path: Path) -> str:
    suf = path.suffix.lower()
    if suf == ".pdf":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        parts = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            parts.append(tp.get_text_range())
        pdf.close()
        return "\n".join(parts)
    if suf == ".docx":
        import docx

        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for c in row.cells:
                    parts.append(c.text)
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")
