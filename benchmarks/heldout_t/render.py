"""Renderers for the heldout_t corpus: one block list -> PDF (fpdf2), DOCX (python-docx) or Markdown.

A document is a list of blocks:
  ("title", text)          document title
  ("h1", text) / ("h2", text)
  ("p", text)              paragraph
  ("ul", [items])          bullet list
  ("ol", [items])          items are written as given (numbering is part of the text)
  ("table", [[header...], [row...], ...])
"""

from __future__ import annotations

import re
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


def to_pdf(blocks, path: Path, serif: bool = False) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=18)
    fam = "DJS" if serif else "DJ"
    regular = "DejaVuSerif.ttf" if serif else "DejaVuSans.ttf"
    bold = "DejaVuSerif-Bold.ttf" if serif else "DejaVuSans-Bold.ttf"
    pdf.add_font(fam, "", str(FONT_DIR / regular))
    pdf.add_font(fam, "B", str(FONT_DIR / bold))
    pdf.set_creation_date(__import__("datetime").datetime(2025, 5, 1))
    pdf.add_page()
    pdf.set_margins(18, 16, 18)
    w = pdf.w - 36
    for kind, content in blocks:
        if kind == "title":
            pdf.set_font(fam, "B", 14)
            pdf.multi_cell(w, 7, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h1":
            pdf.ln(2)
            pdf.set_font(fam, "B", 11.5)
            pdf.multi_cell(w, 6, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h2":
            pdf.set_font(fam, "B", 10)
            pdf.multi_cell(w, 5.5, content, new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font(fam, "", 9.5)
            pdf.multi_cell(w, 5, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind in ("ul", "ol"):
            pdf.set_font(fam, "", 9.5)
            for item in content:
                lead = "• " if kind == "ul" else ""
                pdf.set_x(22)
                pdf.multi_cell(w - 4, 5, lead + item, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "table":
            pdf.set_font(fam, "", 8.5)
            with pdf.table(line_height=4.5, text_align="LEFT", first_row_as_headings=True,
                           headings_style=__import__("fpdf").FontFace(emphasis="BOLD")) as t:
                for row in content:
                    r = t.row()
                    for cell in row:
                        r.cell(cell)
            pdf.ln(2)
        else:
            raise ValueError(kind)
    pdf.output(str(path))


def to_docx(blocks, path: Path) -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.author = "EU Regulatory Affairs"
    d.core_properties.created = __import__("datetime").datetime(2025, 5, 1)
    d.core_properties.modified = __import__("datetime").datetime(2025, 5, 1)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    for kind, content in blocks:
        if kind == "title":
            d.add_heading(content, level=0)
        elif kind == "h1":
            d.add_heading(content, level=1)
        elif kind == "h2":
            d.add_heading(content, level=2)
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "ul":
            for item in content:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in content:
                d.add_paragraph(item)
        elif kind == "table":
            t = d.add_table(rows=0, cols=len(content[0]))
            t.style = "Table Grid"
            for i, row in enumerate(content):
                cells = t.add_row().cells
                for j, cell in enumerate(row):
                    cells[j].text = cell
                    if i == 0:
                        for run in cells[j].paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
        else:
            raise ValueError(kind)
    d.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path: Path) -> None:
    """Rewrite the DOCX container with fixed timestamps so rebuilds are byte-identical."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2025, 5, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def to_md(blocks, path: Path) -> None:
    out = []
    for kind, content in blocks:
        if kind == "title":
            out.append(f"# {content}\n")
        elif kind == "h1":
            out.append(f"## {content}\n")
        elif kind == "h2":
            out.append(f"### {content}\n")
        elif kind == "p":
            out.append(content + "\n")
        elif kind == "ul":
            out.append("\n".join(f"- {i}" for i in content) + "\n")
        elif kind == "ol":
            out.append("\n".join(content) + "\n")
        elif kind == "table":
            rows = [[c.replace("|", "/") for c in r] for r in content]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("| " + " | ".join("---" for _ in rows[0]) + " |")
            for r in rows[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def render(blocks, path: Path, serif: bool = False) -> None:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        to_pdf(blocks, path, serif=serif)
    elif suffix == ".docx":
        to_docx(blocks, path)
    elif suffix == ".md":
        to_md(blocks, path)
    else:
        raise ValueError(path)


def extract(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(str(path))
        parts = []
        for page in doc:
            parts.append(page.get_textpage().get_text_range())
        text = "\n".join(parts)
    elif suffix == ".docx":
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
    return collapse(text)


def collapse(s: str) -> str:
    s = s.replace("\ufffe", "").replace("\u00ad", "").replace("\x02", "")
    return re.sub(r"\s+", " ", s).strip()
