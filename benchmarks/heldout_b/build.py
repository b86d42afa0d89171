"""Held-out evaluation set B for panelproof (independent writer).

    python benchmarks/heldout_b/build.py

Writes 13 dossiers into benchmarks/heldout_b/<id>/dossier/ (CEP, CER, PMCF plan, IFU in one or
two languages, SSCP, CEAR; PDF, DOCX and Markdown mixed) and benchmarks/heldout_b/<id>/labels.json.
Every label quote is re-extracted from the rendered file (pypdfium2 for PDF, python-docx for DOCX,
raw text for Markdown) and the build fails loudly if a quote is not found verbatim.

The dossier texts live in dossiers.py; this file only renders and checks them.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

import docx
import pypdfium2
from fpdf import FPDF, FontFace

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from dossiers import DOSSIERS  # noqa: E402

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


# --------------------------------------------------------------------------- rendering
# A document is a list of blocks: ("h", level, text) | ("p", text) | ("ul", [items])
# | ("ol", [items]) | ("table", [header], [[cells], ...])

def render_md(blocks, path: Path) -> None:
    out = []
    for b in blocks:
        if b[0] == "h":
            out.append("#" * b[1] + " " + b[2])
        elif b[0] == "p":
            out.append(b[1])
        elif b[0] == "ul":
            out.append("\n".join("- " + i for i in b[1]))
        elif b[0] == "ol":
            out.append("\n".join(f"{n}. {i}" for n, i in enumerate(b[1], 1)))
        elif b[0] == "table":
            head, rows = b[1], b[2]
            lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
            lines += ["| " + " | ".join(r) + " |" for r in rows]
            out.append("\n".join(lines))
    path.write_text("\n\n".join(out) + "\n", encoding="utf-8")


def render_docx(blocks, path: Path) -> None:
    d = docx.Document()
    for b in blocks:
        if b[0] == "h":
            d.add_heading(b[2], level=min(b[1], 3) if b[1] > 0 else 0)
        elif b[0] == "p":
            d.add_paragraph(b[1])
        elif b[0] in ("ul", "ol"):
            style = "List Bullet" if b[0] == "ul" else "List Number"
            for i in b[1]:
                d.add_paragraph(i, style=style)
        elif b[0] == "table":
            head, rows = b[1], b[2]
            t = d.add_table(rows=1 + len(rows), cols=len(head))
            t.style = "Table Grid"
            for j, h in enumerate(head):
                t.cell(0, j).text = h
            for i, r in enumerate(rows, 1):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
    d.core_properties.author = "Regulatory Affairs"
    d.save(str(path))
    _slim_docx(path)


def _slim_docx(path: Path) -> None:
    """Drop the optional stylesWithEffects part and thumbnail of python-docx's default template
    (about 15 kB per file) so the committed corpus stays small."""
    import zipfile
    drop = {"word/stylesWithEffects.xml", "docProps/thumbnail.jpeg"}
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist() if i.filename not in drop]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for info, data in items:
            if info.filename in ("[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels"):
                text = data.decode("utf-8")
                text = re.sub(r'<(Override|Relationship)[^>]*(stylesWithEffects|thumbnail)[^>]*/>', "", text)
                data = text.encode("utf-8")
            z.writestr(info.filename, data, compress_type=zipfile.ZIP_DEFLATED)


class _PDF(FPDF):
    footer_text = ""

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 5, f"{self.footer_text}    Page {self.page_no()} of {{nb}}", align="C")


def render_pdf(blocks, path: Path, footer: str) -> None:
    pdf = _PDF(format="A4")
    pdf.footer_text = footer
    pdf.add_font("DejaVu", "", FONT)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    for b in blocks:
        if b[0] == "h":
            size = {0: 15, 1: 13, 2: 11}.get(b[1], 10)
            pdf.set_font("DejaVu", "", size)
            pdf.ln(2)
            pdf.multi_cell(0, size * 0.5, b[2], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif b[0] == "p":
            pdf.set_font("DejaVu", "", 9.5)
            pdf.multi_cell(0, 4.8, b[1], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif b[0] in ("ul", "ol"):
            pdf.set_font("DejaVu", "", 9.5)
            for n, i in enumerate(b[1], 1):
                mark = "•" if b[0] == "ul" else f"{n}."
                pdf.set_x(22)
                pdf.cell(6, 4.8, mark)
                pdf.multi_cell(0, 4.8, i, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        elif b[0] == "table":
            head, rows = b[1], b[2]
            pdf.set_font("DejaVu", "", 8.5)
            ncol = len(head)
            widths = (40, 134) if ncol == 2 else None
            with pdf.table(col_widths=widths, text_align="LEFT", line_height=4.4,
                           first_row_as_headings=True,
                           headings_style=FontFace(emphasis=None, fill_color=(225, 225, 225))) as t:
                for r in [head] + rows:
                    row = t.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(2)
    pdf.output(str(path))


# --------------------------------------------------------------------------- extraction

def extract(path: Path) -> str:
    if path.suffix == ".pdf":
        pdf = pypdfium2.PdfDocument(str(path))
        text = "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        pdf.close()
        return text
    if path.suffix == ".docx":
        d = docx.Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.extend(c.text for c in row.cells)
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u00ad", "")).strip().lower()


# --------------------------------------------------------------------------- build

def build() -> int:
    problems = []
    total_labels = 0
    for spec in DOSSIERS:
        root = HERE / spec["id"]
        folder = root / "dossier"
        if root.exists():
            shutil.rmtree(root)
        folder.mkdir(parents=True)
        texts = {}
        documents = {}
        for doc in spec["documents"]:
            path = folder / doc["file"]
            if path.suffix == ".md":
                render_md(doc["blocks"], path)
            elif path.suffix == ".docx":
                render_docx(doc["blocks"], path)
            else:
                render_pdf(doc["blocks"], path, doc.get("footer", doc["file"]))
            texts[doc["file"]] = squash(extract(path))
            documents[doc["file"]] = {"role": doc["role"], "language": doc["language"]}
        for lab in spec["labels"]:
            total_labels += 1
            for d in lab["documents"]:
                if d not in texts:
                    problems.append(f"{spec['id']}: label {lab['defect']} names unknown document {d}")
            for q in lab["quotes"]:
                if not any(squash(q) in texts[d] for d in lab["documents"] if d in texts):
                    problems.append(f"{spec['id']}: quote not found verbatim: {q!r}")
        record = {
            "dossier": spec["id"],
            "device": spec["device"],
            "device_class": spec["device_class"],
            "seed": None,
            "clean": not spec["labels"],
            "documents": documents,
            "labels": [
                {"defect": lab["defect"], "category": lab["category"], "rule": None,
                 "documents": lab["documents"], "quotes": lab["quotes"],
                 "description": lab["description"], "accept": lab.get("accept", [])}
                for lab in spec["labels"]
            ],
        }
        (root / "labels.json").write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n",
                                          encoding="utf-8")
    if problems:
        for p in problems:
            print("ERROR", p, file=sys.stderr)
        raise SystemExit(f"{len(problems)} label quote problem(s); nothing is trustworthy")
    print(f"wrote {len(DOSSIERS)} dossiers, {total_labels} labels, "
          f"{sum(1 for s in DOSSIERS if not s['labels'])} clean; all quotes verified")
    return 0


if __name__ == "__main__":
    raise SystemExit(build())
