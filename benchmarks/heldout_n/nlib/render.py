"""Rendering of the light-weight markup used by the dossier modules into PDF, DOCX and Markdown.

Markup (one block per paragraph, blank lines separate blocks, consecutive lines are joined):
    = Title                       document title
    # Heading / ## Sub / ### Sub-sub
    - item                        bulleted list item (continuation lines are joined)
    (i) text / (a) text           indented list paragraph, marker kept as written
    | a | b | c |                 table row; the first row is the header; |---| rows ignored
    ::pagebreak                   page break (PDF and DOCX only)
    > text                        indented quotation / signature block line
"""

from __future__ import annotations

import datetime as _dt
import io
import re
import zipfile
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = _dt.datetime(2025, 6, 2, 9, 0, 0, tzinfo=_dt.timezone.utc)
_MARK = re.compile(r"^\((?:[ivxlc]+|[a-z])\)\s")


def parse(markup: str) -> list[tuple]:
    blocks: list[tuple] = []
    cur: list[str] = []
    kind = None

    def flush():
        nonlocal cur, kind
        if cur:
            text = " ".join(s.strip() for s in cur)
            blocks.append((kind, text))
        cur, kind = [], None

    table: list[list[str]] | None = None
    for raw in markup.strip("\n").splitlines():
        line = raw.rstrip()
        s = line.strip()
        if s.startswith("|"):
            flush()
            if table is None:
                table = []
            if re.fullmatch(r"\|[\s|:-]+\|", s):
                continue
            table.append([c.strip() for c in s.strip("|").split("|")])
            continue
        if table is not None:
            blocks.append(("table", table))
            table = None
        if not s:
            flush()
            continue
        if s == "::pagebreak":
            flush()
            blocks.append(("pagebreak", ""))
            continue
        m = re.match(r"^(=|###|##|#)\s+(.*)$", s)
        if m:
            flush()
            blocks.append(({"=": "title", "#": "h1", "##": "h2", "###": "h3"}[m.group(1)], m.group(2)))
            continue
        if s.startswith("- "):
            flush()
            kind, cur = "bullet", [s[2:]]
            continue
        if _MARK.match(s):
            flush()
            kind, cur = "item", [s]
            continue
        if s.startswith("> "):
            flush()
            blocks.append(("quote", s[2:]))
            continue
        if kind is None:
            kind = "p"
        cur.append(s)
    flush()
    if table is not None:
        blocks.append(("table", table))
    return blocks


# --------------------------------------------------------------------------------------- PDF
def to_pdf(markup: str, path: Path, header: str = "", serif: bool = False) -> None:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    fam = "DejaVuSerif" if serif else "DejaVuSans"

    class _PDF(FPDF):
        def header(self):  # noqa: D401
            if header:
                self.set_font(fam, "", 7.5)
                self.set_text_color(90, 90, 90)
                self.cell(0, 5, header, align="R")
                self.ln(7)
                self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-12)
            self.set_font(fam, "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")
            self.set_text_color(0, 0, 0)

    pdf = _PDF(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(20, 16, 20)
    if serif:
        pdf.add_font(fam, "", str(FONT_DIR / "DejaVuSerif.ttf"))
        pdf.add_font(fam, "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
        pdf.add_font(fam, "I", str(FONT_DIR / "DejaVuSerif-Italic.ttf"))
    else:
        pdf.add_font(fam, "", str(FONT_DIR / "DejaVuSans.ttf"))
        pdf.add_font(fam, "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
        pdf.add_font(fam, "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.add_page()
    w = pdf.epw
    for kind, val in parse(markup):
        if kind == "title":
            pdf.set_font(fam, "B", 15)
            pdf.multi_cell(w, 7.5, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind in ("h1", "h2", "h3"):
            size = {"h1": 12.5, "h2": 11, "h3": 10}[kind]
            if pdf.get_y() > pdf.h - 40:
                pdf.add_page()
            pdf.ln(2.5)
            pdf.set_font(fam, "B", size)
            pdf.multi_cell(w, 6, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font(fam, "", 9.5)
            pdf.multi_cell(w, 4.8, val, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind in ("bullet", "item"):
            pdf.set_font(fam, "", 9.5)
            pdf.set_x(pdf.l_margin + 6)
            txt = ("• " + val) if kind == "bullet" else val
            pdf.multi_cell(w - 6, 4.8, txt, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "quote":
            pdf.set_font(fam, "I", 9.5)
            pdf.set_x(pdf.l_margin + 10)
            pdf.multi_cell(w - 10, 4.8, val, new_x="LMARGIN", new_y="NEXT")
        elif kind == "pagebreak":
            pdf.add_page()
        elif kind == "table":
            rows = val
            ncol = max(len(r) for r in rows)
            rows = [r + [""] * (ncol - len(r)) for r in rows]
            # column widths proportional to the longest text (bounded)
            lens = [max(8, min(60, max(len(r[i]) for r in rows))) for i in range(ncol)]
            tot = sum(lens)
            widths = [l / tot * w for l in lens]
            pdf.set_font(fam, "", 8.3)
            pdf.ln(1)
            with pdf.table(col_widths=widths, width=w, line_height=4.2, text_align="LEFT",
                           headings_style=FontFace(emphasis="BOLD", fill_color=(228, 232, 238)),
                           padding=1.2) as t:
                for r in rows:
                    row = t.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(3)
    pdf.output(str(path))


# -------------------------------------------------------------------------------------- DOCX
def _fix_zip(path: Path) -> None:
    """Rewrite the DOCX archive with fixed timestamps so that builds are byte-stable."""
    data = path.read_bytes()
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    path.write_bytes(out.getvalue())


def to_docx(markup: str, path: Path, header: str = "", font: str = "Calibri") -> None:
    import docx
    from docx.shared import Pt, Cm

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.created = FIXED_DATE.replace(tzinfo=None)
    cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.last_modified_by = ""
    cp.author = ""
    cp.revision = 1
    if header:
        d.sections[0].header.paragraphs[0].text = header
    for kind, val in parse(markup):
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind in ("h1", "h2", "h3"):
            d.add_heading(val, level={"h1": 1, "h2": 2, "h3": 3}[kind])
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "bullet":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "item":
            p = d.add_paragraph(val)
            p.paragraph_format.left_indent = Cm(0.9)
        elif kind == "quote":
            p = d.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.2)
            p.add_run(val).italic = True
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind == "table":
            rows = val
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j in range(ncol):
                    cell = t.cell(i, j)
                    cell.text = r[j] if j < len(r) else ""
                    if i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
    d.save(str(path))
    _fix_zip(path)


# ---------------------------------------------------------------------------------- Markdown
def to_md(markup: str, path: Path, header: str = "") -> None:
    out: list[str] = []
    if header:
        out.append(f"<!-- {header} -->\n")
    for kind, val in parse(markup):
        if kind == "title":
            out.append(f"# {val}\n")
        elif kind == "h1":
            out.append(f"## {val}\n")
        elif kind == "h2":
            out.append(f"### {val}\n")
        elif kind == "h3":
            out.append(f"#### {val}\n")
        elif kind == "p":
            out.append(val + "\n")
        elif kind == "bullet":
            out.append(f"- {val}")
        elif kind == "item":
            out.append(f"{val}\n")
        elif kind == "quote":
            out.append(f"> {val}\n")
        elif kind == "table":
            rows = val
            ncol = max(len(r) for r in rows)
            rows = [r + [""] * (ncol - len(r)) for r in rows]
            out.append("")
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * ncol)
            for r in rows[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
    text = "\n".join(out)
    text = re.sub(r"\n{3,}", "\n\n", text)
    # a blank line after a run of bullets
    text = re.sub(r"(\n- [^\n]*)\n(?!- |\n)", r"\1\n\n", text)
    path.write_text(text.strip() + "\n", encoding="utf-8")


# ------------------------------------------------------------------------------ extraction
def extract(path: Path) -> str:
    suf = path.suffix.lower()
    if suf == ".pdf":
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        parts = []
        for i in range(len(pdf)):
            page = pdf[i]
            tp = page.get_textpage()
            parts.append(tp.get_text_range())
            tp.close()
            page.close()
        pdf.close()
        return "\n".join(parts)
    if suf == ".docx":
        import docx

        d = docx.Document(str(path))
        parts = []
        body = d.element.body
        for child in body.iterchildren():
            tag = child.tag.split("}")[-1]
            if tag == "p":
                parts.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
            elif tag == "tbl":
                for tc in child.iter():
                    if tc.tag.endswith("}tc"):
                        parts.append(" ".join(
                            "".join(t.text or "" for t in p.iter() if t.tag.endswith("}t"))
                            for p in tc.iter() if p.tag.endswith("}p")))
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()
