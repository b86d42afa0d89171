"""Render a generated document (a list of elements) as PDF (fpdf2) or DOCX (python-docx).

Elements are plain tuples so that the composer stays free of any file-format concern:
``("h", level, text)``, ``("p", text)``, ``("ul", [items])``, ``("table", [header, *rows])``,
``("fig", png_bytes, width_mm, caption)``.
"""

from __future__ import annotations

import io
from pathlib import Path

_FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu")]


def _unicode_font() -> tuple[Path, Path] | None:
    """DejaVu Sans regular and bold if the system has them (Debian's fonts-dejavu-core)."""
    for folder in _FONT_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.exists() and bold.exists():  # bold only for non-latin-1 headings
            return regular, bold
    return None


def _latin1(text: str) -> str:
    """Core PDF fonts only know latin-1: replace what they cannot show."""
    table = {"≥": ">=", "≤": "<=", "–": "-", "—": "-", "µ": "µ", "₂": "2", "’": "'",
             "“": '"', "”": '"', "…": "...", "×": "x"}
    text = "".join(table.get(ch, ch) for ch in text)
    return text.encode("latin-1", "replace").decode("latin-1")


def _is_latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


def write_pdf(elements: list[tuple], path: Path, *, title: str, core_fonts: bool = False) -> None:
    """`core_fonts` uses Helvetica (no embedded font, latin-1 text only) for very small files."""
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    pdf = FPDF(format="A4")
    pdf.set_title(title)
    pdf.set_auto_page_break(True, margin=18)
    font = None if core_fonts else _unicode_font()
    if font:
        pdf.add_font("DejaVu", "", str(font[0]))
        pdf.add_font("DejaVu", "B", str(font[1]))
        family, clean = "DejaVu", (lambda s: s)
    else:
        family, clean = "Helvetica", _latin1
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    nl = {"new_x": XPos.LMARGIN, "new_y": YPos.NEXT}
    for element in elements:
        kind = element[0]
        if kind == "h":
            level, text = element[1], element[2]
            size = {0: 17, 1: 14, 2: 12}.get(level, 11)
            pdf.ln(2)
            # Core Helvetica bold for latin-1 headings keeps each PDF ~10 KB smaller than a
            # second embedded TTF; headings outside latin-1 use DejaVu bold.
            if _is_latin1(text):
                pdf.set_font("Helvetica", "B", size)
            else:
                pdf.set_font(family, "B", size)
                text = clean(text)
            pdf.multi_cell(width, size * 0.5, text, **nl)
            pdf.ln(1)
        elif kind == "p":
            pdf.set_font(family, "", 10)
            pdf.multi_cell(width, 5, clean(element[1]), **nl)
            pdf.ln(1.5)
        elif kind == "ul":
            pdf.set_font(family, "", 10)
            for item in element[1]:
                pdf.set_x(pdf.l_margin + 4)
                pdf.multi_cell(width - 4, 5, clean(("• " if font else "- ") + item), **nl)
            pdf.ln(1.5)
        elif kind == "table":
            pdf.set_font(family, "", 9)
            with pdf.table(width=width, line_height=4.6, first_row_as_headings=True) as table:
                for row in element[1]:
                    cells = table.row()
                    for cell in row:
                        cells.cell(clean(str(cell)))
            pdf.ln(2)
        elif kind == "fig":
            png, width_mm, caption = element[1], element[2], element[3]
            pdf.image(io.BytesIO(png), w=width_mm)
            pdf.set_font(family, "", 9)
            pdf.multi_cell(width, 4.6, clean(caption), **nl)
            pdf.ln(2)
    pdf.output(str(path))


def write_docx(elements: list[tuple], path: Path, *, title: str) -> None:
    import docx
    from docx.shared import Mm

    document = docx.Document()
    document.core_properties.title = title
    for element in elements:
        kind = element[0]
        if kind == "h":
            document.add_heading(element[2], level=element[1])
        elif kind == "p":
            document.add_paragraph(element[1])
        elif kind == "ul":
            for item in element[1]:
                document.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            rows = element[1]
            table = document.add_table(rows=len(rows), cols=len(rows[0]))
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = str(cell)
            document.add_paragraph("")
        elif kind == "fig":
            png, width_mm, caption = element[1], element[2], element[3]
            document.add_picture(io.BytesIO(png), width=Mm(width_mm))
            document.add_paragraph(caption, style="Caption")
    _drop_optional_parts(document)
    document.save(str(path))


def _drop_optional_parts(document) -> None:
    """Leave out the default template's Word 2010 style copy, thumbnail and custom XML.

    They hold no content and would triple the size of every DOCX (examples must stay small).
    """
    from docx.oxml.ns import qn

    latent = document.styles.element.find(qn("w:latentStyles"))
    if latent is not None:  # 260 latent style switches, optional in WordprocessingML
        document.styles.element.remove(latent)
    optional = ("stylesWithEffects", "thumbnail", "customXml")
    for rels in (document.part.rels, document.part.package.rels):
        for r_id, rel in list(rels.items()):
            if rel.reltype.endswith(optional):
                del rels[r_id]


def write(elements: list[tuple], path: Path, *, title: str, core_fonts: bool = False) -> None:
    if path.suffix == ".pdf":
        write_pdf(elements, path, title=title, core_fonts=core_fonts)
    elif path.suffix == ".docx":
        write_docx(elements, path, title=title)
    else:
        raise ValueError(f"unsupported format {path.suffix}")


def chart_png(pixels: tuple[int, int], seed: int) -> bytes:
    """A small bar chart as PNG; `pixels` decides whether it is legible once placed."""
    import random

    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    w, h = pixels
    image = Image.new("RGB", (w, h), "white")
    draw = ImageDraw.Draw(image)
    bars = 6
    for i in range(bars):
        x0 = int(w * (0.08 + i * 0.14))
        top = int(h * (0.15 + 0.6 * rng.random()))
        draw.rectangle([x0, top, x0 + int(w * 0.09), int(h * 0.9)], fill=(40, 90, 160))
    draw.line([int(w * 0.05), int(h * 0.9), int(w * 0.95), int(h * 0.9)], fill="black")
    draw.line([int(w * 0.05), int(h * 0.05), int(w * 0.05), int(h * 0.9)], fill="black")
    out = io.BytesIO()
    image = image.convert("P", palette=Image.Palette.ADAPTIVE, colors=4)
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()
