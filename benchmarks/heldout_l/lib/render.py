"""Tiny markup -> PDF / DOCX / Markdown renderer, plus text extraction for the quote check.

Markup (one block per blank-line-separated chunk, except lists/tables which are line based):
  # H1 / ## H2 / ### H3
  - bullet          (**Lead:** bold lead-ins allowed)
  1. numbered step
  > CAUTION: callout text (rendered as a boxed paragraph)
  | a | b |         table; first row is the header; a cell "<" merges into the cell on its
                    left, a cell "^" merges into the cell above
  !pagebreak
  anything else     paragraph (consecutive lines are joined)
"""
from __future__ import annotations

import datetime as _dt
import io
import re
import zipfile
from pathlib import Path

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = _dt.datetime(2025, 6, 30, 9, 0, 0, tzinfo=_dt.timezone.utc)


# ----------------------------------------------------------------------------- parsing
def parse(text: str) -> list[tuple]:
    blocks: list[tuple] = []
    lines = text.strip("\n").splitlines()
    i = 0
    para: list[str] = []

    def flush():
        if para:
            blocks.append(("p", " ".join(s.strip() for s in para)))
            para.clear()

    while i < len(lines):
        ln = lines[i].rstrip()
        s = ln.strip()
        if not s:
            flush(); i += 1; continue
        if s == "!pagebreak":
            flush(); blocks.append(("pagebreak",)); i += 1; continue
        m = re.match(r"^(#{1,3}) (.*)$", s)
        if m:
            flush(); blocks.append(("h%d" % len(m.group(1)), m.group(2).strip())); i += 1; continue
        if s.startswith("- "):
            flush(); items = []
            while i < len(lines) and lines[i].strip().startswith("- "):
                items.append(lines[i].strip()[2:].strip()); i += 1
                while i < len(lines) and lines[i].startswith("    ") and lines[i].strip():
                    items[-1] += " " + lines[i].strip(); i += 1
            blocks.append(("ul", items)); continue
        if re.match(r"^\d+\. ", s):
            flush(); items = []
            while i < len(lines) and re.match(r"^\d+\. ", lines[i].strip()):
                items.append(re.sub(r"^\d+\. ", "", lines[i].strip())); i += 1
                while i < len(lines) and lines[i].startswith("    ") and lines[i].strip():
                    items[-1] += " " + lines[i].strip(); i += 1
            blocks.append(("ol", items)); continue
        if s.startswith("> "):
            flush(); parts = []
            while i < len(lines) and lines[i].strip().startswith("> "):
                parts.append(lines[i].strip()[2:]); i += 1
            blocks.append(("callout", " ".join(parts))); continue
        if s.startswith("|"):
            flush(); rows = []
            while i < len(lines) and lines[i].strip().startswith("|"):
                row = [c.strip() for c in lines[i].strip().strip("|").split("|")]
                rows.append(row); i += 1
            blocks.append(("table", rows)); continue
        para.append(s); i += 1
    flush()
    return blocks


def spans(rows):
    """Return {(r,c): (rowspan, colspan)} for anchor cells; merged cells are omitted."""
    out = {}
    nr, nc = len(rows), max(len(r) for r in rows)
    for r in range(nr):
        for c in range(nc):
            v = rows[r][c] if c < len(rows[r]) else ""
            if v in ("<", "^"):
                continue
            cs = 1
            while c + cs < nc and (rows[r][c + cs] if c + cs < len(rows[r]) else "") == "<":
                cs += 1
            rs = 1
            while r + rs < nr and (rows[r + rs][c] if c < len(rows[r + rs]) else "") == "^":
                rs += 1
            out[(r, c)] = (rs, cs)
    return out


def strip_md(t: str) -> str:
    return t.replace("**", "")


# ----------------------------------------------------------------------------- PDF
def render_pdf(blocks, path: Path, header_left: str, header_right: str, serif=False, col_widths=None):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    fam = "DejaVuSerif" if serif else "DejaVu"
    base = "DejaVuSerif" if serif else "DejaVuSans"

    class P(FPDF):
        def header(self):
            self.set_font(fam, "", 7.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, header_left, align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, header_right, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(3)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-12)
            self.set_font(fam, "", 7.5)
            self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = P(format="Letter" if not serif else "A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_producer("docgen")
    pdf.add_font(fam, "", str(FONT_DIR / f"{base}.ttf"))
    pdf.add_font(fam, "B", str(FONT_DIR / f"{base}-Bold.ttf"))
    ital = "Oblique" if not serif else "Italic"
    pdf.add_font(fam, "I", str(FONT_DIR / f"{base}-{ital}.ttf"))
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    for b in blocks:
        kind = b[0]
        if kind == "pagebreak":
            pdf.add_page(); continue
        if kind in ("h1", "h2", "h3"):
            size = {"h1": 15, "h2": 12, "h3": 10.5}[kind]
            pdf.ln(3 if kind != "h1" else 1)
            pdf.set_font(fam, "B", size)
            pdf.multi_cell(W, size * 0.5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
            continue
        pdf.set_font(fam, "", 9.5)
        if kind == "p":
            _check(b[1])
            pdf.multi_cell(W, 5, b[1], markdown=True, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind in ("ul", "ol"):
            for n, it in enumerate(b[1], 1):
                _check(it)
                mark = "\u2022" if kind == "ul" else f"{n}."
                pdf.set_x(pdf.l_margin + 3)
                pdf.cell(6, 5, mark)
                pdf.multi_cell(W - 9, 5, it, markdown=True, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(0.8)
            pdf.ln(1.5)
        elif kind == "callout":
            _check(b[1])
            pdf.set_fill_color(242, 242, 236)
            pdf.set_draw_color(120, 120, 120)
            pdf.multi_cell(W, 5, b[1], border=1, fill=True, markdown=True, padding=2,
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        elif kind == "table":
            rows = b[1]
            sp = spans(rows)
            nc = max(len(r) for r in rows)
            pdf.set_font(fam, "", 8.5)
            pdf.set_draw_color(100, 100, 100)
            with pdf.table(width=W, col_widths=col_widths if col_widths and len(col_widths) == nc else None,
                           headings_style=FontFace(emphasis="BOLD", fill_color=(225, 230, 236)),
                           line_height=4.4, text_align="LEFT", first_row_as_headings=True) as t:
                for r, row in enumerate(rows):
                    tr = t.row()
                    for c in range(nc):
                        if (r, c) not in sp:
                            continue
                        rs, cs = sp[(r, c)]
                        txt = strip_md(row[c] if c < len(row) else "")
                        tr.cell(txt, rowspan=rs, colspan=cs)
            pdf.ln(3)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def _check(t):
    assert "--" not in t and "__" not in t and "~~" not in t, t


# ----------------------------------------------------------------------------- DOCX
def _runs(par, text):
    parts = re.split(r"(\*\*[^*]+\*\*)", text)
    for p in parts:
        if not p:
            continue
        if p.startswith("**") and p.endswith("**"):
            par.add_run(p[2:-2]).bold = True
        else:
            par.add_run(p)


def render_docx(blocks, path: Path, header_left: str, header_right: str, font="Calibri"):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.created = FIXED_DATE.replace(tzinfo=None)
    cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.last_modified_by = "author"
    cp.author = "author"
    cp.revision = 1
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = f"{header_left}\t\t{header_right}"
    for b in blocks:
        kind = b[0]
        if kind == "pagebreak":
            d.add_page_break()
        elif kind in ("h1", "h2", "h3"):
            d.add_heading(b[1], level=int(kind[1]))
        elif kind == "p":
            _runs(d.add_paragraph(), b[1])
        elif kind == "ul":
            for it in b[1]:
                _runs(d.add_paragraph(style="List Bullet"), it)
        elif kind == "ol":
            for n, it in enumerate(b[1], 1):
                p = d.add_paragraph()
                _runs(p, it)
                p.style = d.styles["List Number"]
        elif kind == "callout":
            t = d.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            cell = t.rows[0].cells[0]
            _runs(cell.paragraphs[0], b[1])
            tcPr = cell._tc.get_or_add_tcPr()
            shd = OxmlElement("w:shd")
            shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), "F2F2EC")
            tcPr.append(shd)
            d.add_paragraph()
        elif kind == "table":
            rows = b[1]
            nc = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=nc)
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c in range(nc):
                    v = row[c] if c < len(row) else ""
                    if v in ("<", "^"):
                        continue
                    cell = t.cell(r, c)
                    par = cell.paragraphs[0]
                    if r == 0:
                        par.add_run(strip_md(v)).bold = True
                    else:
                        _runs(par, v)
            for (r, c), (rs, cs) in spans(rows).items():
                if rs > 1 or cs > 1:
                    t.cell(r, c).merge(t.cell(r + rs - 1, c + cs - 1))
            d.add_paragraph()
    buf = io.BytesIO()
    d.save(buf)
    _fix_zip(buf.getvalue(), path)


def _fix_zip(data: bytes, path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 6, 30, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))


# ----------------------------------------------------------------------------- Markdown
def render_md(blocks, path: Path, header_left: str, header_right: str):
    out = [f"<!-- {header_left} | {header_right} -->", ""]
    for b in blocks:
        kind = b[0]
        if kind == "pagebreak":
            out += ["---", ""]
        elif kind in ("h1", "h2", "h3"):
            out += ["#" * int(kind[1]) + " " + b[1], ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "ul":
            out += [f"- {it}" for it in b[1]] + [""]
        elif kind == "ol":
            out += [f"{n}. {it}" for n, it in enumerate(b[1], 1)] + [""]
        elif kind == "callout":
            out += [f"> {b[1]}", ""]
        elif kind == "table":
            rows = b[1]
            nc = max(len(r) for r in rows)
            for r, row in enumerate(rows):
                cells = [("" if (row[c] if c < len(row) else "") in ("<", "^") else row[c]) for c in range(nc)]
                out.append("| " + " | ".join(cells) + " |")
                if r == 0:
                    out.append("|" + "---|" * nc)
            out.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out), encoding="utf-8")


# ----------------------------------------------------------------------------- extraction
def extract(path: Path) -> str:
    suf = path.suffix.lower()
    if suf == ".pdf":
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(str(path))
        parts = []
        for page in doc:
            tp = page.get_textpage()
            parts.append(tp.get_text_range())
            tp.close(); page.close()
        doc.close()
        return "\n".join(parts)
    if suf == ".docx":
        import docx
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs]
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def norm(t: str) -> str:
    return re.sub(r"\s+", " ", t.replace("\u00ad", "")).strip().lower()
