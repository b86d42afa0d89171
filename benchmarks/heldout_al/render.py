"""Rendering of document block lists to PDF (fpdf2 + DejaVu), DOCX (python-docx) and Markdown,
and text extraction for the quote check. Blocks: ("title", t) ("h1", t) ("h2", t) ("p", t)
("table", rows, ruled) ("break",). A table cell may be (text, colspan)."""
import re
from pathlib import Path

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def _pdf(blocks, path, footer):
    from fpdf import FPDF

    class P(FPDF):
        def footer(self):
            self.set_y(-12)
            self.set_font("DV", "", 7.5)
            self.cell(0, 5, f"{footer}    Page {self.page_no()}/{{nb}}", align="C")

    pdf = P(format="A4")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_auto_page_break(True, 18)
    pdf.alias_nb_pages()
    pdf.add_page()
    for b in blocks:
        k = b[0]
        if k == "break":
            pdf.add_page()
            continue
        if k == "table":
            rows, ruled = b[1], b[2]
            pdf.set_font("DV", "", 8.5)
            ncol = max(sum(c[1] if isinstance(c, tuple) else 1 for c in r) for r in rows)
            with pdf.table(borders_layout="ALL" if ruled else "NONE", text_align="LEFT",
                           line_height=4.6, first_row_as_headings=False,
                           col_widths=tuple([1] * ncol)) as t:
                for r in rows:
                    row = t.row()
                    for c in r:
                        if isinstance(c, tuple):
                            row.cell(c[0], colspan=c[1])
                        else:
                            row.cell(c)
            pdf.ln(2)
            continue
        size, style, lh, gap = {"title": (14, "B", 7, 3), "h1": (11.5, "B", 6, 1.5),
                                "h2": (10, "B", 5, 1), "p": (9.5, "", 4.8, 1.5)}[k]
        if k in ("h1", "title"):
            pdf.ln(1.5)
        pdf.set_font("DV", style, size)
        pdf.multi_cell(0, lh, b[1], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)
    pdf.output(str(path))


def _docx(blocks, path, footer):
    import docx
    d = docx.Document()
    d.sections[0].footer.paragraphs[0].text = footer
    for b in blocks:
        k = b[0]
        if k == "break":
            d.add_page_break()
        elif k == "title":
            d.add_heading(b[1], 0)
        elif k == "h1":
            d.add_heading(b[1], 1)
        elif k == "h2":
            d.add_heading(b[1], 2)
        elif k == "p":
            d.add_paragraph(b[1])
        elif k == "table":
            rows, ruled = b[1], b[2]
            ncol = max(sum(c[1] if isinstance(c, tuple) else 1 for c in r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            if ruled:
                t.style = "Table Grid"
            for i, r in enumerate(rows):
                j = 0
                for c in r:
                    text, span = (c if isinstance(c, tuple) else (c, 1))
                    cell = t.cell(i, j)
                    if span > 1:
                        cell = cell.merge(t.cell(i, j + span - 1))
                    cell.text = text
                    j += span
            d.add_paragraph("")
    d.save(str(path))


def _md(blocks, path, footer):
    out = []
    for b in blocks:
        k = b[0]
        if k == "title":
            out.append(f"# {b[1]}\n")
        elif k == "h1":
            out.append(f"## {b[1]}\n")
        elif k == "h2":
            out.append(f"### {b[1]}\n")
        elif k == "p":
            out.append(b[1] + "\n")
        elif k == "table":
            rows = b[1]
            ncol = max(sum(c[1] if isinstance(c, tuple) else 1 for c in r) for r in rows)
            lines = []
            for i, r in enumerate(rows):
                cells = []
                for c in r:
                    text, span = (c if isinstance(c, tuple) else (c, 1))
                    cells += [text] + [""] * (span - 1)
                lines.append("| " + " | ".join(cells) + " |")
                if i == 0:
                    lines.append("|" + "---|" * ncol)
            out.append("\n".join(lines) + "\n")
    out.append(f"\n---\n{footer}\n")
    Path(path).write_text("\n".join(out), encoding="utf-8")


def render(blocks, path, footer):
    path = Path(path)
    {".pdf": _pdf, ".docx": _docx, ".md": _md}[path.suffix](blocks, path, footer)


def extract(path):
    path = Path(path)
    if path.suffix == ".pdf":
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(str(path))
        text = " ".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
        doc.close()
    elif path.suffix == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                for c in r.cells:
                    parts.append(c.text)
        text = "\n".join(parts)
    else:
        text = path.read_text(encoding="utf-8")
    return re.sub(r"\s+", " ", text)


def page_count(path):
    path = Path(path)
    if path.suffix != ".pdf":
        return None
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(str(path))
    n = len(doc)
    doc.close()
    return n
