"""PDF documents with pypdfium2: text lines with their geometry, then blocks.

Per page we ask pdfium for its text rectangles (one per run of text on a line), the text inside
each and the font size, weight and baseline of the first character of each line: a few calls
per line instead of one per character, which keeps a 1,000-page PDF within seconds. Lines are
then grouped into headings, paragraphs, list items, table rows and captions; lines repeated at
the top or bottom of most pages (running headers, footers, "Page 3 of 12") are dropped.
"""

from __future__ import annotations

import ctypes
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from math import ceil
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from panelproof.ingest.base import Deadline, IngestError, ReadResult
from panelproof.ingest.layout import (HeadingStack, continues_numbering, heading_block,
                                      heading_number_parts, is_caption,
                                      is_reference_heading, is_unnumbered_heading_text,
                                      list_marker, looks_like_citation, looks_like_sentence_end, numbered_heading,
                                      ornamented_title,
                                      ENCLOSED_MARKERS, SYMBOL_MARKERS)
from panelproof.ingest.model import Block, BlockKind, Image, assign_offsets
from panelproof.ingest.normalize import collapse_whitespace

# pdfium marks a hyphen at a line end, where it joins the word, with these characters.
_HYPHEN_MARKS = str.maketrans({"\x02": "-", "\ufffe": "-", "\r": " ", "\n": " "})
_PAGE_NUMBER = re.compile(
    r"^(?:[-–—]\s*)?(?:(?:page|seite|pag(?:e|ina)?\.?|p\.|s\.|folio)\s*)?\d{1,4}"
    r"(?:\s*(?:of|von|sur|de|di|/|aus)\s*\d{1,4})?(?:\s*[-–—])?$",
    re.IGNORECASE,
)
_BOLD_NAME = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
_FORCE_BOLD_FLAG = 1 << 18


@lru_cache(maxsize=1024)
def _bold_name(name: bytes) -> bool:
    """Whether a font's name says bold; a document uses a few fonts on thousands of lines."""
    return bool(_BOLD_NAME.search(name.decode("latin-1", "ignore")))
_LIST_MARKER_PREFIX = re.compile(r"^\s*(?:(?:[•●○◦▪■□►▸‣⁃∙·\-–—*o]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}\))\s+|"
                                 f"[{ENCLOSED_MARKERS}{SYMBOL_MARKERS}]\\s*)")
# Smaller images are rules, bullets and logos' slivers, not figures anyone reads.
_MIN_IMAGE_PT = 12.0


@dataclass
class _Line:
    segments: list[tuple[float, float, str]]  # (x0, x1, text), left to right
    top: float
    bottom: float
    baseline: float
    size: float
    bold: bool
    cells: tuple[str, ...] = ()  # two or more when the line is a table row
    cell_x0: tuple[float, ...] = ()
    text: str = ""
    whole_row: bool = False  # one complete table row assembled from several lines

    @property
    def x0(self) -> float:
        return self.segments[0][0]

    @property
    def x1(self) -> float:
        return self.segments[-1][1]


@dataclass
class _Page:
    number: int
    height: float
    lines: list[_Line]
    images: list[tuple[int, int, tuple[float, float, float, float]]] = field(default_factory=list)
    # y positions of horizontal rules and cell edges drawn on the page (table row borders)
    rules: list[float] = field(default_factory=list)
    text: str = ""  # the page's text in the file's order, whitespace collapsed
    # (lines kept, their table rows and bands) worked out ahead by a page-range reader, for
    # the lines it expected to survive the running-line drop (see `_prepare_layout`)
    layout: tuple[list[_Line], list[_Line]] | None = None


def read_pdf(path: Path, limits, deadline: Deadline, pages: list[_Page] | None = None) -> ReadResult:
    """The PDF's blocks and images. `pages`: its pages already read (see `read_page_range`)."""
    if pages is None:
        pages = _read_pages(path, limits, deadline)
    if not any(sum(len(line.text) for line in page.lines) >= 10 for page in pages):
        raise IngestError("it has no text layer (scanned?); OCR is not enabled, so its text "
                          "cannot be checked")
    _drop_running_lines(pages)
    blocks, anchors = _build_blocks(pages, deadline)
    images = _images(pages, anchors)
    assign_offsets(blocks)
    return ReadResult(blocks=blocks, images=images, pages=len(pages), format="pdf",
                      page_texts={page.number: page.text for page in pages})


# --- reading pages ---------------------------------------------------------------------------

def _open(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        code = getattr(exc, "err_code", None)
        if code == pdfium_c.FPDF_ERR_PASSWORD:
            raise IngestError("it is password-protected (encrypted); remove the password and "
                              "check it again") from None
        if code == pdfium_c.FPDF_ERR_SECURITY:
            raise IngestError("it uses an encryption scheme that cannot be opened") from None
        raise IngestError("it is damaged or not a valid PDF (truncated or corrupt), so it "
                          "cannot be opened") from None


def _read_pages(path: Path, limits, deadline: Deadline) -> list[_Page]:
    pdf = _open(path)
    try:
        count = len(pdf)
        if count == 0:
            raise IngestError("the PDF has no pages")
        if count > limits.max_pages:
            raise IngestError(f"it has {count} pages, more than the limit of {limits.max_pages} "
                              "(max_pages)")
        pages = []
        for index in range(count):
            deadline.check()
            pages.append(_read_page(pdf, index))
        return pages
    finally:
        pdf.close()


def page_count(path: Path) -> int:
    """Number of pages (raises IngestError when the file cannot be opened)."""
    pdf = _open(path)
    try:
        return len(pdf)
    finally:
        pdf.close()


def read_page_range(path: Path, start: int, stop: int, limits) -> list[_Page]:
    """Pages [start, stop) of the PDF, for reading one long PDF in several processes.

    Pages are read independently of each other; only `read_pdf` joins them into blocks.
    Each page's table layout is worked out here too (`_prepare_layout`), in parallel, so
    that the one process joining the pages has less to do.
    """
    deadline = Deadline(limits.max_seconds_per_document)
    pdf = _open(path)
    try:
        pages = []
        for index in range(start, min(stop, len(pdf))):
            deadline.check()
            pages.append(_read_page(pdf, index))
    finally:
        pdf.close()
    _prepare_layout(pages)
    return pages


def _read_page(pdf: pdfium.PdfDocument, index: int) -> _Page:
    try:
        page = pdf[index]
    except pdfium.PdfiumError:
        raise IngestError(f"page {index + 1} is damaged and cannot be read") from None
    try:
        textpage = page.get_textpage()
        try:
            text = _page_text(textpage)
            lines = _page_lines(textpage, text)
            text = collapse_whitespace(text)
        finally:
            textpage.close()
        images, rules = _page_objects(page)
        return _Page(number=index + 1, height=page.get_height(), lines=lines,
                     images=images, rules=rules, text=text)
    finally:
        page.close()


def _page_text(textpage: pdfium.PdfTextPage) -> str:
    """The page's text, one character per pdfium character index when pdfium allows."""
    count = textpage.count_chars()
    return textpage.get_text_range(0, count) if count > 0 else ""


def _page_lines(textpage: pdfium.PdfTextPage, text: str) -> list[_Line]:
    segments = _segments(textpage, text)
    style = _Style(textpage)
    lines: list[_Line] = []
    for column in _columns(segments):
        lines += [_make_line(style, group) for group in _group_lines(column)]
    return lines


# pdfium ends each of its text lines with a generated line break.
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _segments(textpage: pdfium.PdfTextPage, text: str) -> list[tuple]:
    """(left, bottom, right, top, text, first char index) of each run of text on the page.

    The page text is read once (`get_text_range`, what any extractor does) and cut at pdfium's
    line breaks; each line's rectangles come from `FPDFText_CountRects` on its own characters.
    A line whose rectangles stand apart (table cells, two columns) is cut into them, reading
    each one's text from its rectangle. Per-rectangle text reading scans the whole page each
    time, so it is kept for those lines only.
    """
    count = textpage.count_chars()
    if count <= 0:
        return []
    if len(text) != count:  # pdfium inserted or left out characters: map text -> char index
        return _segments_by_rect(textpage)
    raw = textpage.raw
    left, bottom, right, top = (ctypes.c_double() for _ in range(4))
    refs = [ctypes.byref(v) for v in (left, top, right, bottom)]
    # The hyphen marks replaced in one pass over the page rather than line by line (tens of
    # thousands of `translate` calls on a long PDF). Each mark becomes one character, so the
    # offsets of `text` hold in `marked`; the line breaks are found in `text` itself.
    marked = text.translate(_HYPHEN_MARKS)
    segments = []
    position = 0
    for match in [*_LINE_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        start, position = position, (match.end() if match else len(text))
        line_text = marked[start:end]
        if not line_text.strip():
            continue
        rects = []
        for i in range(pdfium_c.FPDFText_CountRects(raw, start, end - start)):
            if pdfium_c.FPDFText_GetRect(raw, i, *refs):
                rects.append((left.value, bottom.value, right.value, top.value))
        if not rects:
            continue
        if len(rects) == 1 or _one_run(rects):
            first = start + len(line_text) - len(line_text.lstrip())
            # Most lines are one rectangle: its bounds as they are, without four scans.
            box = rects[0] if len(rects) == 1 else (
                min(r[0] for r in rects), min(r[1] for r in rects),
                max(r[2] for r in rects), max(r[3] for r in rects))
            segments.append((*box, line_text, first))
        else:
            segments += (_split_line(raw, start, line_text, rects)
                         or _rect_segments(textpage, rects))
    return segments


_SPACE_RUN = re.compile(r"\s+")


def _split_line(raw, start: int, text: str, rects) -> list[tuple]:
    """Cut one pdfium line (its hyphen marks already replaced) into its rectangles' texts
    (table cells, columns), without reading each rectangle's text from the page.

    Between two text objects pdfium puts a space; the space whose neighbouring characters end
    one rectangle and start the next is the cut. Only the boxes of characters next to spaces
    are asked for. [] when some cut is not found (the caller then reads each rectangle).
    """
    boxes = [ctypes.c_double() for _ in range(4)]
    refs = [ctypes.byref(v) for v in boxes]

    def box(index: int) -> tuple[float, float]:
        if not pdfium_c.FPDFText_GetCharBox(raw, start + index, *refs):
            return (float("nan"), float("nan"))
        return boxes[0].value, boxes[1].value  # left, right

    cuts: list[tuple[int, int]] = []
    boundary = 0  # between rects[boundary] and rects[boundary + 1]
    for space in _SPACE_RUN.finditer(text):
        if boundary == len(rects) - 1:
            break
        if space.start() == 0 or space.end() >= len(text):
            continue
        if abs(box(space.start() - 1)[1] - rects[boundary][2]) <= 0.5 \
                and abs(box(space.end())[0] - rects[boundary + 1][0]) <= 0.5:
            cuts.append((space.start(), space.end()))
            boundary += 1
    if boundary != len(rects) - 1:
        return []
    # Each piece keeps the space after it, as the rectangle's own text would.
    ends = [0] + [e for _, e in cuts]
    starts = [e for _, e in cuts] + [len(text)]
    segments = []
    for (left, bottom, right, top), a, b in zip(rects, ends, starts):
        piece = text[a:b]
        if piece.strip():
            first = start + a + len(piece) - len(piece.lstrip())
            segments.append((left, bottom, right, top, piece, first))
    return segments


def _one_run(rects: list[tuple[float, float, float, float]]) -> bool:
    """Whether a line's rectangles read as one run: on one baseline, left to right, no gap."""
    height = max(r[3] - r[1] for r in rects)
    wide = max(2.0 * height, 14.0)
    for a, b in zip(rects, rects[1:]):
        overlap = min(a[3], b[3]) - max(a[1], b[1])
        if overlap < 0.5 * max(min(a[3] - a[1], b[3] - b[1]), 0.1):
            return False
        if b[0] < a[0] or b[0] - a[2] > wide:
            return False
    return True


def _rect_segments(textpage: pdfium.PdfTextPage, rects) -> list[tuple]:
    segments = []
    for left, bottom, right, top in rects:
        text = textpage.get_text_bounded(left, bottom, right, top).translate(_HYPHEN_MARKS)
        if text.strip():
            segments.append((left, bottom, right, top, text, None))
    return segments


def _segments_by_rect(textpage: pdfium.PdfTextPage) -> list[tuple]:
    rects = [textpage.get_rect(i) for i in range(textpage.count_rects())]
    return _rect_segments(textpage, rects)


def _columns(segments):
    """The page's segments, split into a left and a right column when it is set in two.

    Reading order is geometric (top to bottom, left to right) because tables are often
    drawn cell by cell; a two-column page is read column after column.
    """
    if len(segments) < 12:
        return [segments]
    left_edge = min(s[0] for s in segments)
    right_edge = max(s[2] for s in segments)
    middle = (left_edge + right_edge) / 2
    left = [s for s in segments if s[2] < middle]
    right = [s for s in segments if s[0] > middle]
    crossing = len(segments) - len(left) - len(right)
    if crossing <= 0.1 * len(segments) and len(left) > 0.3 * len(segments) \
            and len(right) > 0.3 * len(segments) \
            and _gutter(left, right) <= 0.12 * (right_edge - left_edge) \
            and not (_has_cells(left) or _has_cells(right)):
        spanning = [s for s in segments if s[2] >= middle and s[0] <= middle]
        return [spanning + left, right] if spanning else [left, right]
    return [segments]


def _has_cells(segments) -> bool:
    """Whether many lines of one half hold several cells: a table's columns, not a column of
    text (whose lines are one run each)."""
    lines: list[list] = []
    for segment in sorted(segments, key=lambda s: -s[3]):
        if lines and lines[-1][0][3] - segment[3] <= 0.5 * (segment[3] - segment[1]):
            lines[-1].append(segment)
        else:
            lines.append([segment])
    with_cells = 0
    for band in lines:
        band.sort(key=lambda s: s[0])
        if any(b[0] - a[2] >= max(6.0, 0.6 * (b[3] - b[1])) for a, b in zip(band, band[1:])):
            with_cells += 1
    return with_cells >= 3 and with_cells >= 0.2 * len(lines)


def _gutter(left, right) -> float:
    """The usual white space between the left and the right half's text.

    Text set in two columns fills each column, so the left column's lines end close to where
    the right column's begin. A table's columns hold short cells: a wide gutter means the
    "columns" are table columns, to be read row by row.
    """
    left_ends = sorted(s[2] for s in left)
    right_starts = sorted(s[0] for s in right)
    return right_starts[len(right_starts) // 5] - left_ends[(4 * len(left_ends)) // 5]


def _group_lines(segments):
    """Segments sharing a line (vertical overlap of half the smaller height), top to bottom."""
    lines: list[list] = []
    top = bottom = 0.0  # the last band's extent, kept up to date rather than rescanned
    for segment in sorted(segments, key=lambda s: (-s[3], s[0])):
        if lines:
            overlap = min(top, segment[3]) - max(bottom, segment[1])
            smaller = max(min(top - bottom, segment[3] - segment[1]), 0.1)
            if overlap >= 0.5 * smaller:
                lines[-1].append(segment)
                top, bottom = max(top, segment[3]), min(bottom, segment[1])
                continue
        lines.append([segment])
        top, bottom = segment[3], segment[1]
    return lines


def _make_line(style: "_Style", group) -> _Line:
    if len(group) > 1:
        group = sorted(group, key=lambda s: s[0])
    size, bold, baseline = style(group[0])
    if bold:
        # A bold lead-in ("Where:", "Warning:") followed by body text on the same line is not a
        # bold line: the line's last character decides, whether or not pdfium split the line
        # into segments at the change of font.
        last = group[-1]
        bold = style((max(last[2] - 2.0, last[0]), last[1], last[2], last[3], None, None))[1]
    if len(group) == 1:  # most lines: one segment, its bounds as they are
        left, bottom, right, top, text, _ = group[0]
        line = _Line(segments=[(left, right, text)], top=top, bottom=bottom, baseline=baseline,
                     size=size, bold=bold)
    else:
        line = _Line(segments=[(s[0], s[2], s[4]) for s in group], top=max(s[3] for s in group),
                     bottom=min(s[1] for s in group), baseline=baseline, size=size, bold=bold)
    _assemble(line)
    return line


class _Style:
    """Font size, boldness and baseline of a segment's first character, on one text page.

    The ctypes buffers pdfium writes into are made once per page, not once per line.
    """

    def __init__(self, textpage: pdfium.PdfTextPage) -> None:
        self.textpage, self.raw = textpage, textpage.raw
        self.name = ctypes.create_string_buffer(96)
        self.flags = ctypes.c_int(0)
        self.flags_ref = ctypes.byref(self.flags)
        self.x, self.y = ctypes.c_double(), ctypes.c_double()

    def __call__(self, segment) -> tuple[float, bool, float]:
        left, bottom, right, top, _, index = segment
        height = top - bottom
        if index is None:
            index = self.textpage.get_index(min(left + 1.0, right), (top + bottom) / 2, 2.0,
                                            height / 2)
        if index is None:
            return height, False, bottom
        raw = self.raw
        size = pdfium_c.FPDFText_GetFontSize(raw, index) or height
        weight = pdfium_c.FPDFText_GetFontWeight(raw, index)
        bold = weight >= 600
        if not bold:  # the flags and the font's name only when the weight does not tell
            self.flags.value = 0
            pdfium_c.FPDFText_GetFontInfo(raw, index, self.name, 96, self.flags_ref)
            bold = bool(self.flags.value & _FORCE_BOLD_FLAG) or _bold_name(self.name.value)
        baseline = self.y.value if pdfium_c.FPDFText_GetCharOrigin(raw, index, self.x, self.y) \
            else bottom
        if size > 4 * height or size < height / 4:  # a font scaled by its text matrix
            size = height
        return float(size), bold, baseline


def _assemble(line: _Line) -> None:
    """Join the line's segments; a wide gap between them separates table cells."""
    if len(line.segments) == 1:  # most lines: one run of text, no gap to weigh
        line.text = " ".join(line.segments[0][2].split())
        return
    wide = max(2.0 * line.size, 14.0)
    cells: list[list[str]] = [[]]
    cell_x0 = [line.segments[0][0]]
    previous_x1 = None
    for x0, x1, text in line.segments:
        if previous_x1 is not None:
            gap = x0 - previous_x1
            if gap > wide:
                cells.append([])
                cell_x0.append(x0)
            elif cells[-1] and (gap > 0.15 * line.size or cells[-1][-1].endswith(" ")):
                cells[-1].append(" ")
        cells[-1].append(text)
        previous_x1 = x1
    joined = [" ".join("".join(parts).split()) for parts in cells]
    if len(joined) >= 2:
        line.cells = tuple(joined)
        line.cell_x0 = tuple(cell_x0)
        line.text = " | ".join(joined)
    else:
        line.text = " ".join("".join(cells[0]).split())


def _page_objects(page: pdfium.PdfPage) -> tuple[list, list[float]]:
    """The page's images (pixel size, bounds) and the heights of its drawn horizontal edges.

    One pass over the page objects with the raw API (a text-heavy page holds hundreds of text
    objects; wrapping each in a Python object cost more than reading the text). Images are
    looked for down to form XObjects nested three deep, rules two deep.
    """
    images: list[tuple[int, int, tuple[float, float, float, float]]] = []
    edges: set[float] = set()
    too_many = False
    bounds = [ctypes.c_float() for _ in range(4)]
    refs = [ctypes.byref(v) for v in bounds]
    width, height = ctypes.c_uint(), ctypes.c_uint()

    def visit(parent, form: bool, level: int) -> None:
        nonlocal too_many
        count = (pdfium_c.FPDFFormObj_CountObjects if form else pdfium_c.FPDFPage_CountObjects)(parent)
        get = pdfium_c.FPDFFormObj_GetObject if form else pdfium_c.FPDFPage_GetObject
        for i in range(max(count, 0)):
            obj = get(parent, i)
            if not obj:
                continue
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                if not pdfium_c.FPDFPageObj_GetBounds(obj, *refs):
                    continue
                left, bottom, right, top = (v.value for v in bounds)
                if right - left < _MIN_IMAGE_PT or top - bottom < _MIN_IMAGE_PT:
                    continue
                if pdfium_c.FPDFImageObj_GetImagePixelSize(obj, ctypes.byref(width),
                                                           ctypes.byref(height)):
                    images.append((width.value, height.value, (left, bottom, right, top)))
            elif kind == pdfium_c.FPDF_PAGEOBJ_PATH and level < 2 and not too_many:
                if pdfium_c.FPDFPageObj_GetBounds(obj, *refs):
                    left, bottom, right, top = (v.value for v in bounds)
                    if right - left >= 15.0:
                        edges.update((round(bottom, 1), round(top, 1)))
                    too_many = len(edges) > 2000  # a drawing, not a table
            elif kind == pdfium_c.FPDF_PAGEOBJ_FORM and level < 3:
                visit(obj, True, level + 1)

    visit(page.raw, False, 0)
    return images, ([] if too_many else sorted(edges))


# --- running headers and footers -------------------------------------------------------------

def _exact_key(text: str) -> str:
    return " ".join(text.lower().split())


def _masked_key(text: str) -> str:
    """The line with its numbers masked: "Rev. 3 - page 5" and "Rev. 3 - page 6" match."""
    return re.sub(r"\d+", "#", _exact_key(text))


def _edge_lines(page: _Page) -> tuple[list[_Line], list[_Line]]:
    """(outermost top and bottom lines, the three top-most and bottom-most lines).

    Only lines in the top or bottom sixth of the page qualify: running headers and footers
    sit in the margins, repeated table rows and headings do not.
    """
    ordered = sorted(page.lines, key=lambda line: -line.top)
    margin = page.height / 6
    edges = ordered[:3] + ordered[-3:] if len(ordered) > 6 else ordered
    edges = [line for line in edges
             if line.bottom >= page.height - margin or line.top <= margin]
    outer = [line for line in ordered[:1] + ordered[-1:] if line in edges]
    return outer, edges


def _drop_running_lines(pages: list[_Page]) -> None:
    """Drop page numbers, and lines repeated at the page edges on most pages (`_kept_lines`)."""
    for page, kept in zip(pages, _kept_lines(pages)):
        page.lines = kept


def _kept_lines(pages: list[_Page]) -> list[list[_Line]]:
    """Each page's lines without page numbers and lines repeated at the edges on most pages.

    A line repeated word for word among the three lines at a page edge is a running header or
    footer; one that differs only in its numbers ("Page 3", "Rev. 2 / 3") counts only as the
    outermost line, so that numbered headings starting each page are kept.
    """
    exact: Counter[str] = Counter()
    masked: Counter[str] = Counter()
    edge_lines = [_edge_lines(page) for page in pages]  # each page's, sorted once for both passes
    for outer, edges in edge_lines:
        exact.update({_exact_key(line.text) for line in edges})
        masked.update({_masked_key(line.text) for line in outer})
    needed = max(2, ceil(0.5 * len(pages)))

    def running(line: _Line, outer: set[int]) -> bool:
        if _PAGE_NUMBER.match(line.text.replace(" | ", " ")):
            return True
        if len(pages) < 2:
            return False
        return exact[_exact_key(line.text)] >= needed or (
            id(line) in outer and masked[_masked_key(line.text)] >= needed)

    kept = []
    for page, (outer, edges) in zip(pages, edge_lines):
        outer_ids = {id(line) for line in outer}
        edge_ids = {id(line) for line in edges}
        ordered = sorted(page.lines, key=lambda line: -line.top)
        dropped: set[int] = set()
        # Only lines contiguous with the page edge: a table header repeated at the top of
        # continuation pages goes, the same header below the table's heading stays.
        for sequence in (ordered, ordered[::-1]):
            for line in sequence:
                if id(line) not in edge_ids or not running(line, outer_ids):
                    break
                dropped.add(id(line))
        kept.append([line for line in page.lines if id(line) not in dropped])
    return kept


def _prepare_layout(pages: list[_Page]) -> None:
    """Work out each page's table rows and bands (`_page_layout`) ahead, for a page range.

    Which lines are running headers is decided over the whole document, later, by the process
    that joins the ranges; a range's reader can only guess it from its own pages. Over tens of
    pages the guess is almost always the same decision, and `_page_layout` uses the work done
    here only for a page where it is, exactly (the same line objects, pickled together).
    """
    for page, kept in zip(pages, _kept_lines(pages)):
        page.layout = (kept, _bands(_regions(kept, page.rules)))


def _page_layout(page: _Page) -> list[_Line]:
    """The page's lines with its tables' rows assembled and interleaved lines merged."""
    if page.layout is not None:
        expected, laid_out = page.layout
        page.layout = None
        if len(expected) == len(page.lines) and all(a is b for a, b in zip(expected, page.lines)):
            return laid_out
    return _bands(_regions(page.lines, page.rules))


# --- blocks ----------------------------------------------------------------------------------

@dataclass
class _Anchor:
    """Where a heading or caption stands on its page, to place images."""

    page: int
    top: float
    bottom: float
    block: Block


class _Metrics:
    """Document-wide typography: body size, line pitch, heading sizes."""

    def __init__(self, pages: list[_Page]) -> None:
        sizes: Counter[float] = Counter()
        bold_chars = 0
        for page in pages:
            for line in page.lines:
                sizes[round(line.size * 2) / 2] += len(line.text)
                bold_chars += len(line.text) if line.bold else 0
        total = sum(sizes.values()) or 1
        self.body = sizes.most_common(1)[0][0] if sizes else 10.0
        self.body_bold = bold_chars > 0.5 * total
        # Line pitch per font size: body text, table text and notes are often set in
        # different sizes, each with its own leading. Lines closer than 0.9 of their size
        # are interleaved table cells, not consecutive lines of text.
        # (A defaultdict: `setdefault(size, Counter())` built a Counter for every pair of lines.)
        pitches: defaultdict[int, Counter[float]] = defaultdict(Counter)
        for page in pages:
            for a, b in zip(page.lines, page.lines[1:]):
                if abs(a.size - b.size) < 0.6 and not a.cells and not b.cells:
                    pitch = a.baseline - b.baseline
                    if 0.9 * a.size <= pitch <= 2.5 * a.size:
                        pitches[round(a.size)][round(pitch * 2) / 2] += 1
        self._pitch = {size: counter.most_common(1)[0][0] for size, counter in pitches.items()}
        ratios = sorted(p / size for size, p in self._pitch.items() if size)
        self._ratio = ratios[len(ratios) // 2] if ratios else 1.2
        # The smallest size set larger than the text (`larger`), worked out once, not per line.
        self._larger_size = self.body + max(1.0, 0.12 * self.body)
        larger = sorted({round(line.size) for page in pages for line in page.lines
                         if line.size >= self._larger_size}, reverse=True)
        self.heading_levels = {size: rank + 1 for rank, size in enumerate(larger[:5])}
        self.bold_level = len(self.heading_levels) + 1

    def pitch(self, size: float) -> float:
        """The usual distance between baselines of consecutive lines set in `size`."""
        return self._pitch.get(round(size)) or self._ratio * size

    def larger(self, line: _Line) -> bool:
        return line.size >= self._larger_size

    def emphasised(self, line: _Line) -> bool:
        return self.larger(line) or (line.bold and not self.body_bold)

    def level(self, line: _Line) -> int:
        if self.larger(line):
            return self.heading_levels.get(round(line.size), 1)
        return min(self.bold_level, 6)


def _starts_block(prev: _Line | None, line: _Line, metrics: _Metrics, right: float,
                  width: float) -> bool:
    if prev is None:
        return True
    pitch = prev.baseline - line.baseline
    if pitch <= 0 or pitch > max(metrics.pitch(line.size), 1.05 * line.size) * 1.2 + 1.0:
        return True  # a new column, or paragraph spacing
    if abs(prev.size - line.size) > 0.9 or metrics.emphasised(prev) != metrics.emphasised(line):
        return True
    if list_marker(line.text):
        return True
    if is_caption(line.text) and (looks_like_sentence_end(prev.text) or metrics.emphasised(prev)):
        # "Table 2 – SotA benchmarks" right under the paragraph that cites it, or set like the
        # heading above it ("1.3 Evaluators" then "Table 1-1 Clinical evaluation team")
        return True
    # "Contraindications:" on a line of its own is a label: it neither continues the list item
    # above it nor absorbs the line below it.
    if _label_line(line.text) or _label_line(prev.text):
        return True
    # A short line ending a sentence ends its paragraph even without spacing.
    return looks_like_sentence_end(prev.text) and prev.x1 < right - 0.15 * width


def _label_line(text: str) -> bool:
    stripped = text.strip()
    return stripped.endswith((":", "：")) and len(stripped.split()) <= 6


def _split_runs(items: list, page: _Page, metrics: _Metrics) -> list:
    """Consecutive lines that belong together, and table rows (as blocks) between them."""
    lines = [item for item in items if isinstance(item, _Line)]
    if not lines:
        return [item for item in items if isinstance(item, Block)]
    right = max(line.x1 for line in lines)
    left = min(line.x0 for line in lines)
    width = max(right - left, 1.0)
    runs: list = []
    prev = None
    for item in items:
        if item is None:
            prev = None
            continue
        if isinstance(item, Block):
            runs.append(item)
            prev = None
            continue
        if _starts_block(prev, item, metrics, right, width) or not runs \
                or isinstance(runs[-1], Block) or _leaves_list_item(runs[-1], item, right, width):
            runs.append([])
        runs[-1].append(item)
        prev = item
    return runs


def _leaves_list_item(run: list, line: _Line, right: float, width: float) -> bool:
    """A list item's wrapped lines are indented past its marker; a line starting at the
    marker's own position or further left is the next paragraph."""
    if not run or not list_marker(run[0].text):
        return False
    # Some writers wrap flush with the marker: a lower-case start continues the sentence,
    # and so does any line after one filling the width in a citation ("... Pediatr Crit Care
    # Med." / "2021;22:101-109.").
    starts_anew = line.text.lstrip()[:1].isupper() or looks_like_sentence_end(run[-1].text)
    if starts_anew and run[-1].x1 >= right - 0.1 * width \
            and looks_like_citation(" ".join(part.text for part in run)):
        starts_anew = False
    # A capital after an unfinished line that the next line's first word could not have joined
    # is a wrap, not a new paragraph ("... when the stimulation is switched" / "OFF with ...").
    if starts_anew and not looks_like_sentence_end(run[-1].text) \
            and _first_word_overflows(run[-1], line, right):
        starts_anew = False
    return line.x0 <= run[0].x0 + 1.0 and starts_anew


def _first_word_overflows(prev: _Line, line: _Line, right: float) -> bool:
    """Whether `line`'s first word would not have fitted at the end of `prev` (so the writer's
    software wrapped there). A glyph is taken as at least 0.45 of the font size wide."""
    words = line.text.split()
    if not words or prev.text.rstrip().endswith((":", "；", ";")):
        return False
    needed = (len(words[0]) + 1) * 0.45 * line.size
    return right - prev.x1 < needed


def _heading_level(run: list[_Line], text: str, metrics: _Metrics,
                   path: tuple[str, ...] = (), list_number: int | None = None) -> int | None:
    if len(text) > 150 or run[0].cells or is_caption(text):
        return None  # a bold "Table 2 – SotA benchmarks" above a table is its caption
    emphasised = metrics.emphasised(run[0])
    numbered = numbered_heading(text) if len(run) == 1 or (
        emphasised and len(run) <= 3 and _wrapped_heading(run, text, metrics, path)) else None
    if numbered is None and emphasised and text.rstrip().endswith(".") \
            and _stopped_heading(run, text, metrics, path, list_number):
        # "4.1. Indications." set in bold under "4. INTENDED PURPOSE.": a heading with a full
        # stop, when its number continues the headings' numbering (a bold "1. Open the pouch."
        # under "3 Instructions" does not)
        numbered = numbered_heading(text.rstrip().rstrip("."))
        if numbered:
            return numbered[0]
    if numbered and not emphasised and _numbered_list_item(text, path, list_number):
        numbered = None  # "1. Acute kidney injury ..." under "3 Indications": a list, not 1 again
    if numbered and path and is_reference_heading(path[-1]) and not emphasised \
            and len(text.split()) > 5:
        numbered = None  # "2. Lindqvist A. Nasal high flow ..." under "References"
    if emphasised and len(run) <= 3 and not text.rstrip().endswith((".", ",", ";")):
        if list_marker(text) and not numbered and not ornamented_title(text):
            return None
        return numbered[0] if numbered else metrics.level(run[0])
    if numbered and len(text) <= 100:
        return numbered[0]
    if len(run) == 1 and is_unnumbered_heading_text(text):
        return metrics.bold_level if not metrics.heading_levels else 1
    return None


_LIST_NUMBER = re.compile(r"\s*\(?(\d{1,2})[.)]\s")
# Words that make a line a statement rather than a title: auxiliary and modal verbs and the
# copula, in the dossiers' languages ("7.3. The device is safe for use in children." is a
# numbered sentence; "7.2. Conformity with the general safety and performance requirements."
# a title).
_FINITE_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|does|did|shall|must|should|will|would|can|"
    r"could|might|ist|sind|war|waren|wird|werden|wurde|wurden|hat|haben|muss|müssen|soll|"
    r"sollen|kann|können|darf|est|sont|était|sera|seront|ont|doit|doivent|peut|peuvent|"
    r"es|fue|será|ha|han|debe|deben|puede|pueden|è|sono|sarà|hanno|deve|devono|può|"
    r"possono|é|são|foi|deverá|pode|podem|wordt|worden|moet|kan)\b",
    re.IGNORECASE)
# A bold numbered line ending with a full stop is a heading up to this many words, and up to
# `_LONG_STOPPED_HEADING` words when nothing in it reads as a finite verb.
_SHORT_STOPPED_HEADING = 8
_LONG_STOPPED_HEADING = 16
# The heading's number and what leads it ("7.2. ", "Section 4.1 "), to read the title alone.
_HEADING_NUMBER = re.compile(r"^\s*(?:\D+\s+)?\S*\d\S*\s+")


def _stopped_heading(run: list[_Line], text: str, metrics: _Metrics, path: tuple[str, ...],
                     list_number: int | None) -> bool:
    """Whether an emphasised numbered line that ends with a full stop is a heading: its number
    continues the headings' numbering, it is no next item of the numbered list just above it,
    and it is short, or (up to 16 words, on one line or wrapped like a heading) has no
    finite verb and no sentence inside it."""
    parts = heading_number_parts(text)
    if parts is None or not continues_numbering(path, parts):
        return False
    if list_number is not None and len(parts) == 1 and parts[0] == list_number + 1:
        return False
    words = len(text.split())
    if len(run) == 1 and words <= _SHORT_STOPPED_HEADING:
        return True
    if words > _LONG_STOPPED_HEADING or len(run) > 2:
        return False
    if len(run) == 2 and not _wrapped_heading(run, text.rstrip().rstrip("."), metrics, path):
        return False
    title = _HEADING_NUMBER.sub("", text, count=1).rstrip().rstrip(".")
    return not _FINITE_VERB.search(title) and not re.search(r"[.;:!?]\s", title)


def _numbered_list_item(text: str, path: tuple[str, ...], list_number: int | None) -> bool:
    """Whether a plain (not emphasised) line numbered "k." or "k)" is an item of a numbered list:
    the next number of the list just above it, or a "1." that cannot continue the headings' own
    numbering (under "3 Indications" a subsection is "3.1", not "1.")."""
    match = _LIST_NUMBER.match(text)
    if match is None:
        return False
    number = int(match.group(1))
    if list_number is not None and number == list_number + 1:
        return True
    return number == 1 and not continues_numbering(path, (1,))


def list_item_number(text: str) -> int | None:
    """The number of a list item's marker ("2." -> 2), None for a bullet or a letter."""
    match = _LIST_NUMBER.match(text)
    return int(match.group(1)) if match else None


def _wrapped_heading(run: list[_Line], text: str, metrics: _Metrics,
                     path: tuple[str, ...]) -> bool:
    """Whether an emphasised run of two or three lines is one numbered heading that wraps:
    the same size and weight on every line, the lines after the first no longer than it, and
    set larger than the text or numbered as the next heading ("2. General safety and
    performance requirements requiring clinical" / "data" after "1. Scope")."""
    first = run[0]
    if any(abs(line.size - first.size) > 0.5 or line.bold != first.bold
           or line.x1 > first.x1 + 2.0 or line.x0 < first.x0 - 2.0 for line in run[1:]):
        return False
    parts = heading_number_parts(text)
    if parts is None or numbered_heading(text) is None:
        return False
    return metrics.larger(first) or continues_numbering(path, parts)


class _Tables:
    """Turns table lines into rows: one row may span several lines of wrapped cells.

    Columns are the cell start positions of the line that opened the table. A line aligned
    with them belongs to the table; it continues the current row when it follows closely and
    does not repeat a complete row, and starts a new row otherwise.
    """

    def __init__(self, metrics: _Metrics | None = None) -> None:
        self.metrics = metrics
        self.columns: tuple[float, ...] = ()
        self.index = -1
        self.row: Block | None = None
        self.row_full = False
        self.last_baseline: float | None = None
        self.last_bottom: float | None = None
        self.last_size = 0.0
        self.rules: list[float] = []

    def start_page(self, page: _Page) -> None:
        self.rules = page.rules

    def _separated(self, line: _Line) -> bool | None:
        """Whether a drawn rule lies between the last row line and `line` (None: no rules)."""
        if not self.rules or self.last_bottom is None:
            return None
        return any(line.top - 0.5 <= y <= self.last_bottom + 0.5 for y in self.rules)

    def _split(self, line: _Line) -> tuple[tuple[float, ...], tuple[str, ...]]:
        """Cell starts and texts of a line, split where segments start at a known column."""
        if not self.columns:
            return line.cell_x0 or (line.x0,), line.cells or (line.text,)
        starts: list[float] = []
        parts: list[list] = []
        for segment in line.segments:
            x0 = segment[0]
            at_column = any(abs(x0 - c) <= 4.0 for c in self.columns)
            if not parts or (at_column and x0 - starts[-1] > 4.0):
                starts.append(x0)
                parts.append([])
            parts[-1].append(segment)
        return tuple(starts), tuple(_piece_text(p, line.size) for p in parts)

    def _next_line(self, size: float) -> float:
        """How far below the last row line the next line of the same cell may stand."""
        usual = self.metrics.pitch(size) * 1.2 + 1.0 if self.metrics else 0.0
        return max(1.45 * size, usual)

    def _crosses_columns(self, line: _Line) -> bool:
        """A line running across a column start is text below the table, not a cell."""
        return any(x0 + 4.0 < c < x1 - 4.0 for x0, x1, _ in line.segments for c in self.columns)

    def end(self) -> None:
        self.columns = ()
        self.row = None

    def _aligned(self, starts) -> bool:
        return bool(self.columns) and all(
            any(abs(x - c) <= 4.0 for c in self.columns) for x in starts)

    def take(self, line: _Line, page: int, path: tuple[str, ...], blocks: list[Block],
             following: _Line | None = None) -> bool:
        """Consume `line` if it belongs to a table; False when it is ordinary text.

        `following` is the next line on the page: a first-column line cut off from the row
        above by a rule opens a new row when the line below carries that row's other cells
        (cells set at the bottom or the middle of a ruled row).
        """
        if line.whole_row:
            same = len(line.cell_x0) == len(self.columns) and self._aligned(line.cell_x0)
            if not same:
                self.columns = line.cell_x0
                self.index += 1
                self.row = None
            self._new_row(line.cell_x0, line.cells, line, page, path, blocks, True)
            return True
        starts, texts = self._split(line)
        if len(starts) == 1 and is_caption(line.text):
            self.end()  # "Table 2 – Benchmarks" under a table is its caption, not its last row
            return False
        aligned = (self._aligned(starts) and len(starts) <= len(self.columns)
                   and not self._crosses_columns(line))
        same_page = self.row is not None and self.row.page == page
        separated = self._separated(line) if same_page else True
        full = aligned and len(starts) == len(self.columns)
        pitch = self.last_baseline - line.baseline if same_page and self.last_baseline else 0.0
        same_size = abs(line.size - self.last_size) <= 0.9
        if separated is None:
            close = 0 < pitch <= self._next_line(line.size) and not (full and self.row_full)
        else:
            close = not separated and 0 < pitch <= 2 * self._next_line(line.size)
        if aligned and close and same_size:
            self._extend(starts, texts, line, full)
            return True
        inner_column = aligned and min(starts) > self.columns[0] + 4.0
        if aligned and (len(starts) >= 2 or inner_column or self._opens_row(line, following)):
            self._new_row(starts, texts, line, page, path, blocks, full)
            return True
        if len(starts) >= 2:
            self.columns = tuple(starts)
            self.index += 1
            self.row = None
            self._new_row(starts, texts, line, page, path, blocks, True)
            return True
        self.end()
        return False

    def _opens_row(self, line: _Line, following: _Line | None) -> bool:
        if following is None or not self.rules or self.row is None:
            return False
        pitch = line.baseline - following.baseline
        if not 0 < pitch <= self._next_line(following.size):
            return False
        if any(following.top - 0.5 <= y <= line.bottom + 0.5 for y in self.rules):
            return False
        starts, _ = self._split(following)
        return self._aligned(starts) and (len(starts) >= 2 or min(starts) > self.columns[0] + 4.0)

    def _new_row(self, starts, texts, line, page, path, blocks, full) -> None:
        cells = [""] * len(self.columns)
        row_index = self.row.row_index + 1 if self.row is not None else 0
        self.row = Block(BlockKind.TABLE_ROW, "", page=page, heading_path=path,
                         table_index=self.index, row_index=row_index, cells=tuple(cells),
                         synthetic_separators=True)
        blocks.append(self.row)
        self.row_full = False
        self._extend(starts, texts, line, full)

    def _extend(self, starts, texts, line, full) -> None:
        cells = list(self.row.cells)
        for x, text in zip(starts, texts):
            column = min(range(len(self.columns)), key=lambda k: abs(self.columns[k] - x))
            cells[column] = f"{cells[column]}\n{text}" if cells[column] else text
        self.row.cells = tuple(cells)
        self.row.text = " | ".join(cells)
        self.row_full = self.row_full or full
        self.last_baseline = line.baseline
        self.last_bottom = line.bottom
        self.last_size = line.size


def _interleaved(a: _Line, b: _Line) -> bool:
    """Whether `b` stands beside `a`, less than a line lower: cells of one table row.

    A table whose cells are centred vertically sets a one-line cell half a line below the
    first line of a wrapped cell next to it. Consecutive lines of text are at least about
    their font size apart, and a superscript sits inside its line, not beside it.
    """
    pitch = a.baseline - b.baseline
    if not 0 < pitch < 0.75 * min(a.size, b.size):
        return False
    gap = max(b.x0 - a.x1, a.x0 - b.x1)
    return gap > 0.5 * min(a.size, b.size)


def _ruled_beside(a: _Line, b: _Line, rules: list[float]) -> bool:
    """Whether `b` stands beside `a` in one ruled table row whose cells are set with wide line
    spacing (fpdf2's tables: 1.5 lines and more): a one-line cell centred beside a wrapped one
    sits half that spacing lower, more than `_interleaved` allows, but still less than a line
    of text below, with no drawn rule between the two and one drawn just above the row or
    within the wrapped cell's next line below (a table ruled only between its rows)."""
    size = min(a.size, b.size)
    pitch = a.baseline - b.baseline
    if not 0.75 * size <= pitch < 0.95 * size or abs(a.size - b.size) > 0.6:
        return False
    if max(b.x0 - a.x1, a.x0 - b.x1) <= 0.5 * size:
        return False
    if any(b.top - 0.5 <= y <= a.bottom + 0.5 for y in rules if b.top > a.bottom) \
            or any(b.top < y < a.bottom for y in rules):
        return False
    return any(a.top < y <= a.top + 0.8 * size or b.bottom - 1.6 * size <= y < b.bottom
               for y in rules)


def _bands(lines: list[_Line]) -> list[_Line]:
    """The page's lines, with interleaved lines (one table row) merged into one line."""
    out: list[_Line] = []
    band: list[_Line] = []
    for line in lines:
        if band and not line.whole_row and not band[-1].whole_row \
                and _interleaved(band[-1], line):
            band.append(line)
            continue
        if band:
            out.append(_merge_band(band))
        band = [line]
    if band:
        out.append(_merge_band(band))
    return out


def _merge_band(band: list[_Line]) -> _Line:
    """One line from interleaved lines: segments starting at the same x stack up, in order."""
    if len(band) == 1:
        return band[0]
    stacks: list[list] = []  # [x0, x1, [texts]]
    for line in band:
        for x0, x1, text in line.segments:
            stack = next((c for c in stacks if abs(c[0] - x0) <= 4.0), None)
            if stack is None:
                stacks.append([x0, x1, [text]])
            else:
                stack[1] = max(stack[1], x1)
                stack[2].append(text)
    stacks.sort(key=lambda c: c[0])
    texts = ["\n".join(" ".join(t.split()) for t in parts) for _, _, parts in stacks]
    merged = _Line(segments=[(x0, x1, text) for (x0, x1, _), text in zip(stacks, texts)],
                   top=max(line.top for line in band), bottom=min(line.bottom for line in band),
                   baseline=min(line.baseline for line in band), size=band[0].size,
                   bold=all(line.bold for line in band))
    if len(texts) >= 2:
        merged.cells = tuple(texts)
        merged.cell_x0 = tuple(c[0] for c in stacks)
    merged.text = " | ".join(texts)
    return merged


# --- tables whose cells wrap -------------------------------------------------------------------
#
# A table whose cells wrap over several lines and are centred (or set at the bottom) in their
# row is not read line by line: the lines of one row stand at different heights in different
# columns. Such a table is taken as a whole: its columns are where segments start on any of
# its lines, its rows lie between drawn rules or around the cells of its first column, and
# each cell is the text of one column within one row, top to bottom.

def _pieces(line: _Line) -> list[list]:
    """The line's segments grouped where no gutter separates them: [x0, x1, gap before, segs]."""
    gutter = max(3.0, 0.45 * line.size)
    pieces: list[list] = []
    for segment in line.segments:
        if pieces and segment[0] - pieces[-1][1] < gutter:
            pieces[-1][1] = max(pieces[-1][1], segment[1])
            pieces[-1][3].append(segment)
        else:
            gap = segment[0] - pieces[-1][1] if pieces else float("inf")
            pieces.append([segment[0], segment[1], gap, [segment]])
    return pieces


class _Region:
    """Consecutive lines of one table, and where their pieces start."""

    def __init__(self, line: _Line) -> None:
        self.lines: list[_Line] = []
        self.size = line.size
        self.starts: list[list] = []  # [x, how many lines, after a wide gap or at a line start]
        self.add(line)

    @classmethod
    def of(cls, lines: list[_Line]) -> _Region:
        region = cls(lines[0])
        for line in lines[1:]:
            region.add(line)
        return region

    def add(self, line: _Line) -> None:
        self.lines.append(line)
        self.add_starts(line)

    def add_starts(self, line: _Line) -> None:
        wide = max(2.0 * line.size, 14.0)
        for x0, _x1, gap, _ in _pieces(line):
            start = next((s for s in self.starts if abs(s[0] - x0) <= 4.0), None)
            if start is None:
                self.starts.append([x0, 1, gap > wide])
            else:
                start[1] += 1
                start[2] = start[2] or gap > wide

    def columns(self) -> list[float]:
        return sorted(s[0] for s in self.starts if s[1] >= 2 or s[2])

    def takes(self, line: _Line) -> bool:
        """Whether `line` continues the table: close below, same size, across no column."""
        pitch = self.lines[-1].baseline - line.baseline
        if not 0 < pitch <= max(3.0 * line.size, 14.0) or abs(line.size - self.size) > 0.6:
            return False
        if not line.cells and is_caption(line.text):
            return False  # the caption set right under the table
        columns = self.columns()
        return not any(x0 + 4.0 < c < x1 - 4.0 for x0, x1, _, _ in _pieces(line) for c in columns)


def _regions(lines: list[_Line], rules: list[float]) -> list[_Line]:
    """The page's lines, each table with wrapped cells replaced by one line per table row."""
    out: list[_Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else None
        if not (line.cells or (following is not None and (_interleaved(line, following)
                                                          or _ruled_beside(line, following, rules)))):
            out.append(line)
            index += 1
            continue
        region = _Region(line)
        index += 1
        while index < len(lines) and region.takes(lines[index]):
            region.add(lines[index])
            index += 1
        # A wrapped heading cell centred in its row starts above the row's other cells.
        while out and _leads_row(out[-1], region, line.x0, rules):
            region.lines.insert(0, out.pop())
            region.add_starts(region.lines[0])
        header = _header_lines(region, rules)
        if header:
            out.append(_header_row(region, header))
            region = _Region.of(region.lines[header:])
        rows = _region_rows(region, rules) if len(region.lines) >= 2 else None
        out += rows if rows is not None else region.lines
    return out


def _header_lines(region: _Region, rules: list[float]) -> int:
    """How many of the region's first lines are a bold header row whose cells wrap: bold
    lines with no drawn rule between them (a bold group row below the header is cut off by
    one), then lines that are not bold (the body). 0 when there is no such header."""
    count = 0
    for line in region.lines:
        if not line.bold or line.whole_row:
            break
        if count and any(line.top - 0.5 <= y <= region.lines[count - 1].bottom + 0.5
                         for y in rules):
            break
        count += 1
    if count < 2 or count == len(region.lines) or not any(line.cells for line in region.lines[:count]):
        return 0
    return count


def _header_row(region: _Region, count: int) -> _Line:
    """One row from the region's first `count` lines, its cells in the region's columns."""
    lines = region.lines[:count]
    pieces = [(line, piece) for line in region.lines for piece in _pieces(line)]
    columns = [c for c in region.columns()
               if not any(p[0] + 4.0 < c < p[1] - 4.0 for _, p in pieces)] or [region.lines[0].x0]
    row: dict[int, list] = {}
    for line in lines:
        for piece in _pieces(line):
            column = max((k for k, c in enumerate(columns) if c <= piece[0] + 4.0), default=0)
            row.setdefault(column, []).append((line, piece))
    return _row_line(row, columns, region)


def _leads_row(above: _Line, region: _Region, left: float, rules: list[float]) -> bool:
    """Whether `above` is the first line of a cell beside the region's first line: one piece,
    right of the table's first column (a heading or caption above a table starts at its left
    edge), no wider than one column.

    Within a cell, lines are usually closer than 1.5 times their size; some writers set cells
    with double spacing (fpdf2's tables): a line up to 2.2 times its size above still belongs
    to the row when it starts where a cell of the row starts, or when a drawn rule closes the
    table above it and none separates it from the row.
    """
    line = region.lines[0]
    pitch = above.baseline - line.baseline
    if above.whole_row or above.cells or not 0 < pitch <= 2.2 * line.size \
            or abs(above.size - line.size) > 0.6 or above.x0 <= left + 4.0 \
            or len(_pieces(above)) != 1 \
            or any(above.x0 + 4.0 < x < above.x1 - 4.0 for x, _, _ in line.segments):
        return False
    if pitch <= 1.5 * line.size:
        return True
    if is_caption(above.text):
        return False
    starts = [s[0] for s in region.starts]
    if any(abs(above.x0 - x) <= 4.0 for x in starts if x > left + 4.0):
        return True
    if not rules:
        return False
    between = any(line.top - 0.5 <= y <= above.bottom + 0.5 for y in rules)
    closed = any(above.top - 0.5 <= y <= above.top + pitch for y in rules)
    return closed and not between


def _region_rows(region: _Region, rules: list[float]) -> list[_Line] | None:
    """One line per table row of the region, its cells in column order; None when the lines
    are each a row anyway (the line-by-line reading handles them)."""
    lines = region.lines
    pieces = [(line, piece) for line in lines for piece in _pieces(line)]
    columns = [c for c in region.columns()
               if not any(p[0] + 4.0 < c < p[1] - 4.0 for _, p in pieces)]
    if len(columns) < 2:
        return None
    # Rules between lines of the region (a rule through a line is an underline or a strike).
    high = max(line.top for line in lines)
    low = min(line.bottom for line in lines)
    ruled: list[float] = []
    for y in rules:
        if low < y < high and not any(line.bottom + 0.5 < y < line.top - 0.5 for line in lines):
            if not ruled or y - ruled[-1] > 2.0:
                ruled.append(y)
    entries: dict[int, list[tuple[_Line, list]]] = {}  # column -> (line, piece)
    for line, piece in pieces:
        column = max((k for k, c in enumerate(columns) if c <= piece[0] + 4.0), default=0)
        entries.setdefault(column, []).append((line, piece))
    if len(lines) == len({round(line.baseline) for line in lines}) and not ruled \
            and all(line.cells for line in lines) and len(entries.get(0, ())) == len(lines):
        return None  # one row per line
    pitch = _cell_pitch(entries, region.size)
    runs = {k: _runs(sorted({line.baseline for line, _ in v}, reverse=True), pitch, ruled)
            for k, v in entries.items()}
    ruled_cuts = [(y, True) for y in ruled]  # (y, drawn)
    anchors = runs.get(0, [])
    # A first-column cell beside two lines that fill the row is not told apart from rows of
    # one line each set without spacing: the line-by-line reading takes each full line as a
    # row, the common case.
    filled: Counter[float] = Counter()
    for found in entries.values():
        filled.update({line.baseline for line, _ in found})
    full = max(2, len(columns) - 1)
    if any(sum(1 for b in run if filled[b] >= full) >= 2 for run in anchors):
        return None
    open_pairs = [(upper, lower) for upper, lower in zip(anchors, anchors[1:])
                  if not any(lower[0] < y < upper[-1] for y in ruled)]
    best = None
    # Without a rule between two first-column cells, the row boundary depends on how cells
    # sit in their rows: the reading in which cells line up best with the first column's wins.
    for alignment in (("middle", "top", "bottom") if open_pairs else ("middle",)):
        cuts = list(ruled_cuts)
        for upper, lower in open_pairs:
            if alignment == "top":
                cuts.append((lower[0] + 1.0, False))
            elif alignment == "bottom":
                cuts.append((upper[-1] - 1.0, False))
            else:
                cuts.append(((upper[0] + upper[-1] + lower[0] + lower[-1]) / 4, False))
        rows = _assign(entries, cuts)
        score = _misalignment(rows, alignment) if open_pairs else 0.0
        if best is None or score < best[0] - 0.5:
            best = (score, rows)
    rows = best[1]
    return [_row_line(rows[r], columns, region) for r in sorted(rows)]


def _cell_pitch(entries, size: float) -> float:
    """The distance between the baselines of a wrapped cell's lines: the smallest step
    between lines of one column."""
    steps = []
    for found in entries.values():
        baselines = sorted({round(line.baseline, 1) for line, _ in found}, reverse=True)
        steps += [a - b for a, b in zip(baselines, baselines[1:]) if a - b >= 0.8 * size]
    return min(steps, default=float("inf"))


def _runs(baselines: list[float], pitch: float, ruled: list[float]) -> list[list[float]]:
    """Baselines of one column grouped into cells: lines one cell pitch apart, no rule between."""
    runs: list[list[float]] = []
    for b in baselines:
        if runs and runs[-1][-1] - b <= 1.25 * pitch + 0.5 \
                and not any(b < y < runs[-1][-1] for y in ruled):
            runs[-1].append(b)
        else:
            runs.append([b])
    return runs


def _assign(entries, cuts) -> dict[int, dict[int, list]]:
    """row -> column -> (line, piece): a line lies below each cut above its baseline (a
    drawn rule: above its middle)."""
    rows: dict[int, dict[int, list]] = {}
    for column, found in entries.items():
        for line, piece in found:
            middle = (line.top + line.bottom) / 2
            row = sum(1 for y, drawn in cuts if y > (middle if drawn else line.baseline))
            rows.setdefault(row, {}).setdefault(column, []).append((line, piece))
    return rows


def _misalignment(rows, alignment: str) -> float:
    """How far the cells of each row stand from the first column's cell (tops, centres or
    bottoms, by `alignment`)."""
    total = 0.0
    for row in rows.values():
        if 0 not in row:
            continue
        edges = []
        for column, found in row.items():
            baselines = [line.baseline for line, _ in found]
            high, low = max(baselines), min(baselines)
            edges.append(high if alignment == "top" else low if alignment == "bottom"
                         else (high + low) / 2)
        anchor = edges[list(row).index(0)]
        total += sum(abs(e - anchor) for e in edges)
    return total


def _row_line(row: dict[int, list], columns: list[float], region: _Region) -> _Line:
    texts = []
    segments = []
    members: list[_Line] = []
    for k, x in enumerate(columns):
        found = sorted(row.get(k, ()), key=lambda e: (-e[0].baseline, e[1][0]))
        parts: list[str] = []
        last_line = None
        for line, piece in found:
            text = _piece_text(piece[3], line.size)
            if not text:
                continue
            if last_line is line and parts:
                parts[-1] = f"{parts[-1]} {text}"
            else:
                parts.append(text)
            last_line = line
            if line not in members:
                members.append(line)
        texts.append("\n".join(parts))
        segments.append((x, max((e[1][1] for e in found), default=x), texts[-1]))
    return _Line(segments=segments, top=max(line.top for line in members),
                 bottom=min(line.bottom for line in members),
                 baseline=min(line.baseline for line in members), size=region.size,
                 bold=all(line.bold for line in members), cells=tuple(texts),
                 cell_x0=tuple(columns), text=" | ".join(texts), whole_row=True)


def _piece_text(segments, size: float) -> str:
    """Segments of one cell on one line joined: a space where they stand apart."""
    out: list[str] = []
    previous_x1 = None
    for x0, x1, text in segments:
        if previous_x1 is not None and out and (x0 - previous_x1 > 0.15 * size
                                                or out[-1].endswith(" ")):
            out.append(" ")
        out.append(text)
        previous_x1 = x1
    return " ".join("".join(out).split())


def _build_blocks(pages: list[_Page], deadline: Deadline) -> tuple[list[Block], list[_Anchor]]:
    metrics = _Metrics(pages)
    stack = HeadingStack()
    blocks: list[Block] = []
    anchors: list[_Anchor] = []
    tables = _Tables(metrics)
    unfinished: _Line | None = None  # the last line of a page's text when it ends mid-sentence
    for page in pages:
        deadline.check()
        tables.start_page(page)
        text_lines: list[_Line | None] = []  # None marks where a table interrupted the text
        lines = _page_layout(page)
        for line, following in zip(lines, [*lines[1:], None]):
            if tables.take(line, page.number, stack.path, blocks_buffer := [], following):
                text_lines.append(None)
                text_lines.extend(blocks_buffer)  # new rows, placed in order below
            else:
                text_lines.append(line)
        carried, unfinished = unfinished, None
        for run in _split_runs(text_lines, page, metrics):
            if isinstance(run, Block):
                run.heading_path = stack.path
                blocks.append(run)
                carried = unfinished = None
                continue
            list_number = stack.list_number
            block = _text_block(run, page.number, stack, metrics)
            if carried is not None and _continues_across_pages(carried, run, block, metrics):
                blocks[-1] = _joined(blocks[-1], block, page.number)
                stack.list_number = list_number
                block = blocks[-1]
            else:
                blocks.append(block)
            carried = None
            if block.kind in (BlockKind.HEADING, BlockKind.CAPTION):
                anchors.append(_Anchor(page.number, run[0].top, run[-1].bottom, block))
            unfinished = run[-1] if block.kind in _JOINABLE \
                and not looks_like_sentence_end(block.text) else None
    return blocks, anchors


_JOINABLE = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
# What a line broken mid-sentence may end with before a capitalised or numeric continuation:
# a comma, a dash or hyphen, a slash, an ampersand or an opening bracket.
_OPEN_END = (",", "-", "–", "—", "/", "&", "(", "[")


def _continues_across_pages(last: _Line, run: list[_Line], block: Block,
                            metrics: _Metrics) -> bool:
    """Whether the first text block of a page goes on with the sentence the previous page's
    last text block left unfinished (no closing . ! ? : ;): a paragraph, not a heading, list
    item, caption or table row, set like the line it continues and starting in lower case, or
    after a line that ends on a comma, a dash or an opening bracket."""
    if block.kind is not BlockKind.PARAGRAPH:
        return False
    first = run[0]
    if abs(first.size - last.size) > 0.9 or metrics.emphasised(first) != metrics.emphasised(last):
        return False
    if list_marker(first.text) or is_caption(first.text) or _label_line(last.text):
        return False
    start = first.text.lstrip()[:1]
    if not start:
        return False
    return start.islower() or last.text.rstrip().endswith(_OPEN_END)


def _joined(head: Block, tail: Block, page: int) -> Block:
    """One paragraph of the two halves a page break split; it starts on `head`'s page."""
    return Block(head.kind, head.text + "\n" + tail.text, page=head.page,
                 heading_path=head.heading_path, synthetic_separators=head.synthetic_separators,
                 end_page=page)


def _text_block(run: list[_Line], page: int, stack: HeadingStack, metrics: _Metrics) -> Block:
    first = run[0]
    text = "\n".join(line.text for line in run)
    level = _heading_level(run, " ".join(text.split()), metrics, stack.numbering_path, stack.list_number)
    stack.list_number = None
    if level is not None:
        return heading_block(stack, " ".join(text.split()), level, page)
    if is_caption(first.text):
        return Block(BlockKind.CAPTION, text, page=page, heading_path=stack.path,
                     synthetic_separators=True)
    if list_marker(first.text):
        stack.list_number = list_item_number(first.text)
        body = _LIST_MARKER_PREFIX.sub("", text, count=1)
        return Block(BlockKind.LIST_ITEM, body or text, page=page, heading_path=stack.path,
                     synthetic_separators=True)
    return Block(BlockKind.PARAGRAPH, text, page=page, heading_path=stack.path,
                 synthetic_separators=True)


# --- images ----------------------------------------------------------------------------------

def _images(pages: list[_Page], anchors: list[_Anchor]) -> list[Image]:
    images = []
    claimed: set[int] = set()
    by_page: dict[int, list[_Anchor]] = {}
    for anchor in anchors:
        by_page.setdefault(anchor.page, []).append(anchor)
    for page in pages:
        on_page = by_page.get(page.number, [])
        for width_px, height_px, (left, bottom, right, top) in page.images:
            headings = [a for a in on_page if a.block.kind is BlockKind.HEADING and a.top >= top]
            section = headings[-1].block.text if headings else _section_before(anchors, page.number)
            caption = _pdf_caption(on_page, bottom, top, claimed)
            if caption is not None:
                claimed.add(id(caption))
            images.append(Image(page=page.number, pixel_width=width_px, pixel_height=height_px,
                                display_width_pt=right - left, display_height_pt=top - bottom,
                                section=section,
                                caption=" ".join(caption.block.text.split()) if caption else None))
    return images


_TABLE_CAPTION = re.compile(r"^\s*(?:table|tab\.|tableau|tabelle|tabla|tabella)\b", re.IGNORECASE)


def _pdf_caption(on_page: list[_Anchor], bottom: float, top: float,
                 claimed: set[int]) -> _Anchor | None:
    """The caption of the image spanning [bottom, top]: the nearest figure caption within an
    inch below it, else the nearest within an inch above it (figure captions go below, as
    in Word's default; "Table n" captions belong to tables)."""
    captions = [a for a in on_page if a.block.kind is BlockKind.CAPTION
                and id(a) not in claimed and not _TABLE_CAPTION.match(a.block.text)]
    below = [a for a in captions if 0 <= bottom - a.top <= 72]
    above = [a for a in captions if 0 <= a.bottom - top <= 72]
    if below:
        return min(below, key=lambda a: bottom - a.top)
    return min(above, key=lambda a: a.bottom - top, default=None)


def _section_before(anchors: list[_Anchor], page: int) -> str | None:
    earlier = [a for a in anchors if a.page < page and a.block.kind is BlockKind.HEADING]
    return earlier[-1].block.text if earlier else None
