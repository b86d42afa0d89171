"""Rendering of the light markup used by the dossier modules into PDF, DOCX and Markdown.

Markup (one line = one block; blank lines are ignored):
  # Title / ## Heading / ### Sub-heading
  - bullet item
  | cell | cell |      (consecutive lines form one table, first line is the header)
  anything else        paragraph
"""
from __future__ import annotations

import datetime as _dt
import io
import zipfile
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED = _dt.datetime(2025, 6, 2, 9, 0, 0, tzinfo=_dt.timezone.utc)


def parse(text: str) -> list[tuple]:
    blocks: list[tuple] = []
    table: list[list[str]] | None = None
    for raw in text.strip("\n").splitlines():
        line = raw.strip()
        if line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if table is None:
                table = []
                blocks.append(("table", table))
            table.append(cells)
            continue
        table = None
        if not line:
            continue
        if line.startswith("### "):
            blocks.append(("h3", line[4:]))
        elif line.startswith("## "):
            blocks.append(("h2", line[3:]))
        elif line.startswith("# "):
            blocks.append(("h1", line[2:]))
        elif line.startswith("- "):
            blocks.append(("li", line[2:]))
        else:
            blocks.append(("p", line))
    return blocks


# ---------------------------------------------------------------- PDF
def render_pdf(text: str, path: Path, footer: str, serif: bool = False) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    family = "DejaVuSerif" if serif else "DejaVu"
    regular = "DejaVuSerif.ttf" if serif else "DejaVuSans.ttf"
    bold = "DejaVuSerif-Bold.ttf" if serif else "DejaVuSans-Bold.ttf"

    class Doc(FPDF):
        def footer(self):  # noqa: D401
            self.set_y(-12)
            self.set_font(family, size=7)
            self.cell(0, 5, f"{footer} | page {self.page_no()}/{{nb}}", align="C")

    pdf = Doc(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("fpdf2")
    pdf.add_font(family, "", str(FONT_DIR / regular))
    pdf.add_font(family, "B", str(FONT_DIR / bold))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.alias_nb_pages()
    pdf.add_page()
    for kind, content in parse(text):
        if kind == "h1":
            pdf.set_font(family, "B", 14)
            pdf.multi_cell(0, 7, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind in ("h2", "h3"):
            pdf.ln(2)
            pdf.set_font(family, "B", 12 if kind == "h2" else 10.5)
            pdf.multi_cell(0, 6, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font(family, "", 10)
            pdf.multi_cell(0, 5, content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "li":
            pdf.set_font(family, "", 10)
            pdf.set_x(24)
            pdf.multi_cell(0, 5, "\u2022 " + content, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)
        elif kind == "table":
            pdf.set_font(family, "", 8.5)
            ncol = max(len(r) for r in content)
            with pdf.table(
                line_height=4.6,
                padding=1.2,
                headings_style=FontFace(emphasis="BOLD", fill_color=(225, 230, 235)),
                text_align="LEFT",
            ) as table:
                for r in content:
                    row = table.row()
                    for c in r + [""] * (ncol - len(r)):
                        row.cell(c)
            pdf.ln(2)
    pdf.output(str(path))


# ---------------------------------------------------------------- DOCX
def _fix_zip(path: Path) -> None:
    data = path.read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def render_docx(text: str, path: Path, footer: str, font: str = "Calibri") -> None:
    import docx
    from docx.shared import Pt

    d = docx.Document()
    d.core_properties.created = FIXED.replace(tzinfo=None)
    d.core_properties.modified = FIXED.replace(tzinfo=None)
    d.core_properties.author = ""
    d.core_properties.last_modified_by = ""
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    d.sections[0].footer.paragraphs[0].text = footer
    for kind, content in parse(text):
        if kind == "h1":
            d.add_heading(content, level=0)
        elif kind == "h2":
            d.add_heading(content, level=1)
        elif kind == "h3":
            d.add_heading(content, level=2)
        elif kind == "p":
            d.add_paragraph(content)
        elif kind == "li":
            d.add_paragraph(content, style="List Bullet")
        elif kind == "table":
            ncol = max(len(r) for r in content)
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(content):
                cells = t.add_row().cells
                for j, c in enumerate(r + [""] * (ncol - len(r))):
                    cells[j].text = c
                    if i == 0:
                        for run in cells[j].paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
    d.save(str(path))
    _fix_zip(path)


# ---------------------------------------------------------------- Markdown
def render_md(text: str, path: Path, footer: str) -> None:
    out: list[str] = []
    prev = None
    for kind, content in parse(text):
        if kind == "table":
            out.append("")
            ncol = max(len(r) for r in content)
            for i, r in enumerate(content):
                r = r + [""] * (ncol - len(r))
                out.append("| " + " | ".join(r) + " |")
                if i == 0:
                    out.append("|" + "---|" * ncol)
            out.append("")
        elif kind == "li":
            if prev != "li":
                out.append("")
            out.append("- " + content)
        else:
            prefix = {"h1": "# ", "h2": "## ", "h3": "### ", "p": ""}[kind]
            out.append("")
            out.append(prefix + content)
        prev = kind
    out.append("")
    out.append("---")
    out.append(footer)
    path.write_text("\n".join(out).lstrip("\n") + "\n", encoding="utf-8")


# ---------------------------------------------------------------- extraction (for the quote check)
def extract_text(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
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
    if suffix == ".docx":
        import docx

        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def render(text: str, path: Path, footer: str) -> None:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        render_pdf(text, path, footer, serif="CEAR" in path.name)
    elif suffix == ".docx":
        render_docx(text, path, footer, font="Cambria" if "CEAR" in path.name else "Calibri")
    elif suffix == ".md":
        render_md(text, path, footer)
    else:
        raise ValueError(path)
