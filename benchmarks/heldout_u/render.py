"""Writers for the heldout_u corpus: PDF (fpdf2 + DejaVu), DOCX (python-docx), Markdown.

A document is a list of blocks:
  ("h1"|"h2"|"h3", text), ("p", text), ("ul", [items]), ("table", [header_row, *rows])
"""
from fpdf import FPDF
from fpdf.enums import XPos, YPos
import docx
from docx.shared import Pt

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


class _PDF(FPDF):
    running = ""

    def header(self):
        if self.running:
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, f"{self.running} – Page {self.page_no()} of {{nb}}",
                      new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="R")
            self.ln(2)


def write_pdf(path, title, blocks, running=None):
    pdf = _PDF(format="A4")
    pdf.running = running or ""
    pdf.alias_nb_pages()
    pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(20, 15, 20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.multi_cell(0, 7, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    for kind, val in blocks:
        if kind in ("h1", "h2", "h3"):
            size = {"h1": 12, "h2": 11, "h3": 10}[kind]
            pdf.ln(2)
            pdf.set_font("DejaVu", "B", size)
            pdf.multi_cell(0, 6, val, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(0, 5.6, val, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        elif kind == "ul":
            pdf.set_font("DejaVu", "", 10.5)
            for it in val:
                pdf.set_x(24)
                pdf.multi_cell(0, 5.6, "• " + it, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.5)
        elif kind == "table":
            pdf.set_font("DejaVu", "", 9)
            with pdf.table(line_height=5, text_align="LEFT", first_row_as_headings=True) as t:
                for row in val:
                    r = t.row()
                    for c in row:
                        r.cell(str(c))
            pdf.ln(2)
    pdf.output(path)


def write_docx(path, title, blocks, running=None):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    d.add_heading(title, 0)
    if running:
        d.add_paragraph(running + " – Controlled copy")
    for kind, val in blocks:
        if kind in ("h1", "h2", "h3"):
            d.add_heading(val, {"h1": 1, "h2": 2, "h3": 3}[kind])
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=0, cols=len(val[0]))
            t.style = "Table Grid"
            for row in val:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = str(c)
            d.add_paragraph("")
    d.save(path)


def write_md(path, title, blocks, running=None):
    out = [f"# {title}", ""]
    if running:
        out += [f"*{running} – Controlled copy*", ""]
    for kind, val in blocks:
        if kind in ("h1", "h2", "h3"):
            out += ["#" * (int(kind[1]) + 1) + " " + val, ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "ul":
            out += [f"- {it}" for it in val] + [""]
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                out.append("| " + " | ".join(str(c) for c in row) + " |")
            out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


WRITERS = {"pdf": write_pdf, "docx": write_docx, "md": write_md}
