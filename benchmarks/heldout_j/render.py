"""Rendering of the small block model used by the dossiers, and text extraction for the check.

A document is a dict:
    {"title": str, "meta": [(key, value), ...], "blocks": [...], "style": {...}}
Blocks:
    ("h", level, text)            heading; numbered by the renderer according to style["num"]
    ("h", level, text, {"skip": n})  heading whose counter jumps n extra steps
    ("p", text)                   paragraph
    ("ul", [items])               bulleted list
    ("ol", [items])               numbered list
    ("table", header, rows, widths or None)
    ("box", label, text)          one-cell framed table (label on first line, text below)
    ("note", text)                small italic note
Styles: num = "para" (§ 3.2.1) | "dot" (3.2.1) | "alpha" (A.1) | "none";
        font = "sans" | "serif"; hf = running header/footer text or None (PDF and DOCX).
"""

from __future__ import annotations

import os
import re

FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED_DATE = __import__("datetime").datetime(2024, 7, 1, 9, 0, 0, tzinfo=__import__("datetime").timezone.utc)


def _normalize_zip(path):
    """Rewrite a DOCX with fixed member timestamps so that rebuilds are byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 7, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


class Numberer:
    def __init__(self, style):
        self.style = style
        self.c = [0, 0, 0, 0]

    def __call__(self, level, text, opts=None):
        lvl = level - 1
        self.c[lvl] += 1 + (opts or {}).get("skip", 0)
        for i in range(lvl + 1, 4):
            self.c[i] = 0
        parts = [str(x) for x in self.c[: lvl + 1]]
        if self.style == "none":
            return text
        if self.style == "alpha":
            first = chr(ord("A") + self.c[0] - 1)
            num = ".".join([first] + parts[1:])
            return f"{num}. {text}" if lvl == 0 else f"{num} {text}"
        num = ".".join(parts)
        if self.style == "para":
            return f"§ {num} {text}"
        return f"{num}. {text}" if lvl == 0 else f"{num} {text}"


# ---------------------------------------------------------------- PDF

def render_pdf(doc, path):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    st = doc.get("style", {})
    fam = "DejaVuSerif" if st.get("font") == "serif" else "DejaVuSans"
    hf = st.get("hf")

    class P(FPDF):
        def header(self):
            if hf:
                self.set_font(fam, "I", 7.5)
                self.set_text_color(90, 90, 90)
                self.cell(0, 4, hf[0], align="L")
                self.ln(7)
                self.set_text_color(0, 0, 0)

        def footer(self):
            if hf:
                self.set_y(-12)
                self.set_font(fam, "I", 7.5)
                self.set_text_color(90, 90, 90)
                self.cell(0, 5, f"{hf[1]} – Page {self.page_no()}/{{nb}}", align="C")
                self.set_text_color(0, 0, 0)

    pdf = P(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_title(doc["title"])
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(20, 16, 20)
    if fam == "DejaVuSerif":
        pdf.add_font(fam, "", f"{FONT_DIR}/DejaVuSerif.ttf")
        pdf.add_font(fam, "B", f"{FONT_DIR}/DejaVuSerif-Bold.ttf")
        pdf.add_font(fam, "I", f"{FONT_DIR}/DejaVuSerif-Italic.ttf")
    else:
        pdf.add_font(fam, "", f"{FONT_DIR}/DejaVuSans.ttf")
        pdf.add_font(fam, "B", f"{FONT_DIR}/DejaVuSans-Bold.ttf")
        pdf.add_font(fam, "I", f"{FONT_DIR}/DejaVuSans-Oblique.ttf")
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    base = st.get("size", 9.5)

    pdf.set_font(fam, "B", 14)
    pdf.multi_cell(W, 7, doc["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    if doc.get("meta"):
        pdf.set_font(fam, "", base - 1)
        with pdf.table(col_widths=(35, 105), width=140, align="LEFT", line_height=5,
                       headings_style=FontFace(emphasis=None)) as t:
            for k, v in doc["meta"]:
                r = t.row()
                r.cell(k)
                r.cell(v)
        pdf.ln(4)
    num = Numberer(st.get("num", "dot"))
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "h":
            lvl, text = b[1], b[2]
            label = num(lvl, text, b[3] if len(b) > 3 else None)
            pdf.ln(2 if lvl > 1 else 3)
            pdf.set_font(fam, "B", {1: base + 2.5, 2: base + 1, 3: base}[lvl])
            pdf.multi_cell(W, 6, label, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font(fam, "", base)
            pdf.multi_cell(W, 5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "note":
            pdf.set_font(fam, "I", base - 1)
            pdf.multi_cell(W, 4.5, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind in ("ul", "ol"):
            pdf.set_font(fam, "", base)
            for i, it in enumerate(b[1], 1):
                mark = "•" if kind == "ul" else f"{i})"
                pdf.set_x(pdf.l_margin + 3)
                pdf.cell(6, 5, mark)
                pdf.multi_cell(W - 9, 5, it, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif kind == "table":
            header, rows = b[1], b[2]
            widths = b[3] if len(b) > 3 and b[3] else None
            pdf.set_font(fam, "", base - 1)
            kw = {"width": W, "line_height": 4.6, "text_align": "LEFT"}
            if widths:
                kw["col_widths"] = widths
            with pdf.table(**kw) as t:
                r = t.row()
                for h in header:
                    r.cell(h)
                for row in rows:
                    r = t.row()
                    for c in row:
                        r.cell(c)
            pdf.ln(3)
        elif kind == "box":
            pdf.ln(1)
            y0 = pdf.get_y()
            pdf.set_font(fam, "B", base)
            pdf.multi_cell(W, 5.5, b[1], border="LTR", padding=(1.5, 2, 0, 2),
                           new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(fam, "", base)
            pdf.multi_cell(W, 5, b[2], border="LBR", padding=(0.5, 2, 2, 2),
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        else:
            raise ValueError(kind)
    pdf.output(path)


# ---------------------------------------------------------------- DOCX

def render_docx(doc, path):
    import docx
    from docx.shared import Pt

    st = doc.get("style", {})
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Cambria" if st.get("font") == "serif" else "Calibri"
    normal.font.size = Pt(10.5)
    hf = st.get("hf")
    if hf:
        sec = d.sections[0]
        sec.header.paragraphs[0].text = hf[0]
        sec.footer.paragraphs[0].text = hf[1]
    d.add_heading(doc["title"], level=0)
    if doc.get("meta"):
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in doc["meta"]:
            c = t.add_row().cells
            c[0].text, c[1].text = k, v
        d.add_paragraph("")
    num = Numberer(st.get("num", "dot"))
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "h":
            d.add_heading(num(b[1], b[2], b[3] if len(b) > 3 else None), level=b[1])
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "note":
            p = d.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
            r.font.size = Pt(9)
        elif kind == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                d.add_paragraph(it, style="List Number")
        elif kind == "table":
            header, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(header))
            t.style = "Table Grid"
            for i, h in enumerate(header):
                t.rows[0].cells[i].text = h
                for r in t.rows[0].cells[i].paragraphs[0].runs:
                    r.bold = True
            for row in rows:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = c
            d.add_paragraph("")
        elif kind == "box":
            t = d.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            cell = t.rows[0].cells[0]
            cell.paragraphs[0].add_run(b[1]).bold = True
            cell.add_paragraph(b[2])
            d.add_paragraph("")
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.title = doc["title"]
    cp.created = cp.modified = FIXED_DATE.replace(tzinfo=None)
    cp.last_modified_by = cp.author = "regulatory writer"
    cp.revision = 1
    d.save(path)
    _normalize_zip(path)


# ---------------------------------------------------------------- Markdown

def render_md(doc, path):
    st = doc.get("style", {})
    out = [f"# {doc['title']}", ""]
    if doc.get("meta"):
        out += ["| | |", "|---|---|"]
        out += [f"| {k} | {v} |" for k, v in doc["meta"]]
        out.append("")
    num = Numberer(st.get("num", "dot"))
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "h":
            out += ["#" * (b[1] + 1) + " " + num(b[1], b[2], b[3] if len(b) > 3 else None), ""]
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
            out.append("| " + " | ".join(header) + " |")
            out.append("|" + "---|" * len(header))
            out += ["| " + " | ".join(r) + " |" for r in rows]
            out.append("")
        elif kind == "box":
            out += [f"| {b[1]} |", "|---|", f"| {b[2]} |", ""]
        else:
            raise ValueError(kind)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


RENDER = {"pdf": render_pdf, "docx": render_docx, "md": render_md}


# ---------------------------------------------------------------- extraction

def extract(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".pdf":
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        parts = []
        for i in range(len(pdf)):
            tp = pdf[i].get_textpage()
            parts.append(tp.get_text_range())
            tp.close()
        pdf.close()
        return "\n".join(parts)
    if ext == ".docx":
        import docx
        d = docx.Document(path)
        parts = []
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        body = d.element.body
        for child in body.iterchildren():
            tag = child.tag.split("}")[1]
            if tag == "p":
                parts.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
            elif tag == "tbl":
                for t in child.iter():
                    if t.tag.endswith("}p"):
                        parts.append("".join(x.text or "" for x in t.iter() if x.tag.endswith("}t")))
        return "\n".join(parts)
    with open(path, encoding="utf-8") as f:
        return f.read()


def norm(s):
    s = s.replace("\u00ad", "").replace("\ufffe", "").replace("\x02", "")
    return re.sub(r"\s+", " ", s).strip().lower()
