"""The consistency matrix as a PNG image, for slides and review minutes."""

from __future__ import annotations

import io
import textwrap

from PIL import Image, ImageDraw, ImageFont

from panelproof.report.readiness import ConsistencyMatrix

_CONFLICT = (253, 226, 226)
_STATED = (236, 246, 236)
_EMPTY = (246, 246, 246)
_HEADER = (40, 55, 71)
_GRID = (190, 190, 190)


def _font(size: int) -> ImageFont.ImageFont:
    for name in ("DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default()


def matrix_png(matrix: ConsistencyMatrix, *, cell_width: int = 190, label_width: int = 200,
               font_size: int = 13) -> bytes:
    """Render the matrix: one column per document, conflicting cells in red."""
    font = _font(font_size)
    bold = _font(font_size + 1)
    line_height = font_size + 5
    wrap = max(10, cell_width // (font_size // 2 + 2))

    def lines_of(values: list[str]) -> list[str]:
        out: list[str] = []
        for value in values[:6]:
            out.extend(textwrap.wrap(value, wrap) or [""])
        if len(values) > 6:
            out.append(f"(+{len(values) - 6} more)")
        return out or ["—"]

    header_lines = [textwrap.wrap(f"{d.role.value} · {d.path}", wrap)[:3]
                    for d in matrix.documents]
    header_height = line_height * max([len(h) for h in header_lines] + [1]) + 12
    row_heights = []
    for row in matrix.rows:
        tallest = max([len(lines_of(matrix.cell(row.key, d.path).values))
                       for d in matrix.documents] + [1])
        row_heights.append(line_height * tallest + 10)

    width = label_width + cell_width * max(1, len(matrix.documents)) + 1
    height = header_height + sum(row_heights) + 1
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)

    draw.rectangle([0, 0, width, header_height], fill=_HEADER)
    draw.text((8, 8), "Fact", font=bold, fill="white")
    for i, lines in enumerate(header_lines):
        x = label_width + i * cell_width
        for j, line in enumerate(lines):
            draw.text((x + 6, 6 + j * line_height), line, font=bold, fill="white")

    y = header_height
    for row, row_height in zip(matrix.rows, row_heights):
        draw.rectangle([0, y, label_width, y + row_height], fill=(232, 236, 240), outline=_GRID)
        draw.text((8, y + 5), row.label, font=bold, fill="black")
        for i, document in enumerate(matrix.documents):
            x = label_width + i * cell_width
            cell = matrix.cell(row.key, document.path)
            fill = _CONFLICT if cell.conflict else _STATED if cell.values else _EMPTY
            draw.rectangle([x, y, x + cell_width, y + row_height], fill=fill, outline=_GRID)
            for j, line in enumerate(lines_of(cell.values)):
                draw.text((x + 6, y + 5 + j * line_height), line, font=font, fill="black")
        y += row_height

    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()
