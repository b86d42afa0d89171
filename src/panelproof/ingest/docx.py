"""Word documents (.docx) with python-docx: paragraphs and tables in document order.

Headings come from paragraph styles (built-in "Heading n" / "Title", their localised names,
styles based on them, or an outline level), list items from numbering properties or list
styles, captions from the Caption style. Inline and floating images report their pixel size
(read from the image header with Pillow) and displayed size (the drawing's extent).

Before python-docx sees the file, `check_zip` verifies that the package is a ZIP whose
members do not expand beyond `Limits.max_decompressed_bytes` (a zip bomb is refused
without being expanded in memory).
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from panelproof.ingest.base import Deadline, IngestError, ReadResult
from panelproof.ingest.layout import HeadingStack, heading_block, is_caption, list_marker
from panelproof.ingest.model import Block, BlockKind, Image, assign_offsets

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_EMU_PER_POINT = 12700

_HEADING_STYLE = re.compile(
    r"^(?:heading|überschrift|uberschrift|titre|título|titulo|titolo|kop|nagłówek|rubrik|"
    r"otsikko|overskrift)\s*(\d)$", re.IGNORECASE)
_TITLE_STYLE = re.compile(r"^(?:title|titel|titre|título|titolo|tytuł)$", re.IGNORECASE)
_LIST_STYLE = re.compile(r"^(?:list|liste|listen|aufzählung|puce|lista)", re.IGNORECASE)
_CAPTION_STYLE = re.compile(r"^(?:caption|beschriftung|légende|legende|didascalia|leyenda)$",
                            re.IGNORECASE)
# Zip entries stream-read in chunks this large when checking the real uncompressed size.
_CHUNK = 1 << 20
# A member expanding more than this ratio past a few MB is a bomb, whatever its header says.
_BOMB_RATIO = 200
_BOMB_MIN_BYTES = 20 * 1024 * 1024


def check_zip(path: Path, limits) -> None:
    """Refuse a package that is not a ZIP or that expands beyond the limit."""
    try:
        with zipfile.ZipFile(path) as package:
            members = package.infolist()
            declared = sum(member.file_size for member in members)
            if declared > limits.max_decompressed_bytes:
                raise IngestError(_too_big(declared, limits))
            if "word/document.xml" not in package.namelist():
                raise IngestError("it is a ZIP archive but not a Word document "
                                  "(word/document.xml is missing)")
            actual = 0
            for member in members:
                with package.open(member) as stream:
                    read = 0
                    while chunk := stream.read(_CHUNK):
                        read += len(chunk)
                        actual += len(chunk)
                        if actual > limits.max_decompressed_bytes:
                            raise IngestError(_too_big(actual, limits, more=True))
                        if read > _BOMB_MIN_BYTES and read > _BOMB_RATIO * max(member.compress_size, 1):
                            raise IngestError("it looks like a zip bomb (a part expands more than "
                                              f"{_BOMB_RATIO} times), so it was not opened")
    except zipfile.BadZipFile:
        raise IngestError("it is not a valid Word document (damaged or not a ZIP package)") from None
    except (zipfile.LargeZipFile, NotImplementedError, RuntimeError, EOFError, OSError) as exc:
        raise IngestError(f"its ZIP package cannot be read ({exc})") from None


def _too_big(size: int, limits, more: bool = False) -> str:
    amount = "more than " if more else ""
    return (f"it expands to {amount}{size / 2**20:,.0f} MiB when unpacked, above the limit of "
            f"{limits.max_decompressed_bytes / 2**20:,.0f} MiB (max_decompressed_bytes); "
            "possibly a zip bomb, so it was not opened")


def read_docx(path: Path, limits, deadline: Deadline) -> ReadResult:
    check_zip(path, limits)
    import docx  # python-docx; imported late so that a bad package never reaches it

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises many kinds on malformed packages
        raise IngestError(f"it is not a valid Word document ({type(exc).__name__})") from None
    styles = _StyleTable(document)
    reader = _BodyReader(document, styles, deadline)
    reader.read(document.element.body)
    assign_offsets(reader.blocks)
    return ReadResult(blocks=reader.blocks, images=reader.images, pages=None, format="docx")


class _StyleTable:
    """Style id -> (kind, heading level), resolved once through `basedOn` chains."""

    def __init__(self, document) -> None:
        self._by_id: dict[str, tuple[str, str | None, int | None, bool]] = {}
        root = document.styles.element
        for style in root.findall(f"{{{_W}}}style"):
            style_id = style.get(f"{{{_W}}}styleId")
            name_el = style.find(f"{{{_W}}}name")
            based = style.find(f"{{{_W}}}basedOn")
            outline = style.find(f"{{{_W}}}pPr/{{{_W}}}outlineLvl")
            numbered = style.find(f"{{{_W}}}pPr/{{{_W}}}numPr") is not None
            self._by_id[style_id] = (
                name_el.get(f"{{{_W}}}val") if name_el is not None else style_id,
                based.get(f"{{{_W}}}val") if based is not None else None,
                int(outline.get(f"{{{_W}}}val")) if outline is not None
                and (outline.get(f"{{{_W}}}val") or "").isdigit() else None,
                numbered,
            )
        self._cache: dict[str | None, tuple[str, int | None]] = {}

    def classify(self, style_id: str | None) -> tuple[str, int | None]:
        """("heading", level) / ("title", 1) / ("list", None) / ("caption", None) / ("body", None)."""
        if style_id not in self._cache:
            self._cache[style_id] = self._resolve(style_id, depth=0)
        return self._cache[style_id]

    def _resolve(self, style_id: str | None, depth: int) -> tuple[str, int | None]:
        if style_id is None or depth > 10 or style_id not in self._by_id:
            return _classify_name(style_id or "", None, False) if style_id else ("body", None)
        name, based, outline, numbered = self._by_id[style_id]
        own = _classify_name(name, outline, numbered)
        if own[0] == "body":
            own = _classify_name(style_id, outline, False)
        if own[0] != "body" or based is None:
            return own
        return self._resolve(based, depth + 1)


def _classify_name(name: str, outline: int | None, numbered: bool) -> tuple[str, int | None]:
    name = name.strip()
    heading = _HEADING_STYLE.match(name.replace("_", " "))
    if heading and heading.group(1) != "0":
        return "heading", int(heading.group(1))
    if _TITLE_STYLE.match(name):
        return "title", 1
    if _CAPTION_STYLE.match(name):
        return "caption", None
    if outline is not None and outline < 9:
        return "heading", outline + 1
    if _LIST_STYLE.match(name) or numbered:
        return "list", None
    return "body", None


# What python-docx's `Paragraph.text` and `_Cell.text` return, read by walking the children.
# python-docx finds them with `element.xpath(...)`, which compiles its expression on every
# call: that was two thirds of the time to read a long DOCX annex.
_RUN, _HYPERLINK, _PARAGRAPH = f"{{{_W}}}r", f"{{{_W}}}hyperlink", f"{{{_W}}}p"
_TABLE_CELL = f"{{{_W}}}tc"
# Run children with a text equivalent; python-docx's element classes give it (`str(child)`:
# a page break is "", a line break "\n", a tab "\t", a non-breaking hyphen "-").
_RUN_TEXT = frozenset(f"{{{_W}}}{tag}" for tag in ("br", "cr", "noBreakHyphen", "ptab", "t", "tab"))


# Inline containers whose runs are part of the paragraph's text: besides hyperlinks, simple
# fields (a caption's number "Table {SEQ Table}" and a cross-reference "{REF _Ref5}" are
# `w:fldSimple` in files Word and LibreOffice write), tracked insertions, smart tags and inline
# content controls. python-docx's `Paragraph.text` leaves the fields out, and with them the
# number of every captioned table and cross-reference.
_INLINE_CONTAINERS = frozenset(f"{{{_W}}}{tag}" for tag in (
    "hyperlink", "fldSimple", "ins", "smartTag", "sdt", "sdtContent", "customXml", "moveTo"))


def paragraph_text(p) -> str:
    """The text of the paragraph's runs, including those inside hyperlinks, simple fields,
    tracked insertions, smart tags and inline content controls."""
    parts: list[str] = []
    _runs_text(p, parts, 0)
    return "".join(parts)


def _runs_text(element, parts: list[str], depth: int) -> None:
    for child in element:
        if child.tag == _RUN:
            parts += [str(e) for e in child if e.tag in _RUN_TEXT]
        elif child.tag in _INLINE_CONTAINERS and depth < 8:
            _runs_text(child, parts, depth + 1)


# A cell merged with its neighbours: these make python-docx's `row.cells` repeat a cell
# (horizontal span) or stand for the cell above (vertical merge).
_CELL_MERGES = (f"{{{_W}}}tcPr/{{{_W}}}gridSpan", f"{{{_W}}}tcPr/{{{_W}}}vMerge")


def _row_cells(row) -> list:
    """The row's cells (`w:tc` elements) as python-docx's `row.cells` gives them, each once.

    `row.cells` works out every cell's span and vertical merge through python-docx's element
    classes, a third of the time of reading a long DOCX annex; a row without any merged cell,
    the usual one, simply has its `w:tc` children as its cells.
    """
    tcs = row._tr.findall(_TABLE_CELL)  # what python-docx's `tr.tc_lst` finds
    if any(tc.find(merge) is not None for tc in tcs for merge in _CELL_MERGES):
        tcs = [cell._tc for cell in row.cells]
    unique: dict[int, object] = {}
    for tc in tcs:
        unique.setdefault(id(tc), tc)  # a horizontally merged cell repeats itself
    return list(unique.values())


def cell_text(tc) -> str:
    """`docx.table._Cell(tc).text.strip()`: its paragraphs' text, one per line."""
    return "\n".join(paragraph_text(p) for p in tc if p.tag == _PARAGRAPH).strip()


class _BodyReader:
    def __init__(self, document, styles: _StyleTable, deadline: Deadline) -> None:
        self.part = document.part
        self.styles = styles
        self.deadline = deadline
        self.stack = HeadingStack()
        self.blocks: list[Block] = []
        self.images: list[Image] = []
        self._pending_images: list[tuple[int, int, float | None, float | None, int]] = []
        self.table_index = -1
        self._count = 0

    def read(self, body) -> None:
        for child in body.iterchildren():
            self._count += 1
            if self._count % 200 == 0:
                self.deadline.check()
            tag = child.tag
            if tag == f"{{{_W}}}p":
                self._paragraph(child)
            elif tag == f"{{{_W}}}tbl":
                self._table(child)
            elif tag == f"{{{_W}}}sdt":  # content controls (a table of contents, cover fields)
                content = child.find(f"{{{_W}}}sdtContent")
                if content is not None:
                    self.read(content)
        self._place_images()

    def _paragraph(self, p) -> None:
        self._collect_images(p)
        text = paragraph_text(p)
        if not text.strip():
            return
        style_el = p.find(f"{{{_W}}}pPr/{{{_W}}}pStyle")
        kind, level = self.styles.classify(style_el.get(f"{{{_W}}}val") if style_el is not None else None)
        outline = p.find(f"{{{_W}}}pPr/{{{_W}}}outlineLvl")
        if kind == "body" and outline is not None and (outline.get(f"{{{_W}}}val") or "").isdigit():
            if int(outline.get(f"{{{_W}}}val")) < 9:
                kind, level = "heading", int(outline.get(f"{{{_W}}}val")) + 1
        has_numbering = p.find(f"{{{_W}}}pPr/{{{_W}}}numPr") is not None
        if kind in ("heading", "title") and len(text) <= 300:
            self.blocks.append(heading_block(self.stack, " ".join(text.split()), level or 1, None))
            return
        if kind == "caption" or (kind == "body" and is_caption(text)):
            block_kind = BlockKind.CAPTION
        elif kind == "list" or has_numbering or list_marker(text):
            block_kind = BlockKind.LIST_ITEM
        else:
            block_kind = BlockKind.PARAGRAPH
        self.blocks.append(Block(block_kind, text, heading_path=self.stack.path))

    def _table(self, tbl) -> None:
        from docx.table import Table

        self.table_index += 1
        table = Table(tbl, self.part)
        row_index = 0
        for row in table.rows:
            self.deadline.check() if row_index % 100 == 99 else None
            cells: list[str] = []
            for tc in _row_cells(row):
                cells.append(cell_text(tc))
                self._collect_images(tc)
            if not any(c.strip() for c in cells):
                continue
            self.blocks.append(Block(BlockKind.TABLE_ROW, " | ".join(cells), cells=tuple(cells),
                                     heading_path=self.stack.path, table_index=self.table_index,
                                     row_index=row_index, synthetic_separators=True))
            row_index += 1

    # --- images ---------------------------------------------------------------------------

    def _collect_images(self, element) -> None:
        for drawing in element.iter(f"{{{_W}}}drawing"):
            extent = drawing.find(f".//{{{_WP}}}extent")
            blip = drawing.find(f".//{{{_A}}}blip")
            if blip is None:
                continue
            size = _pixel_size(self.part, blip.get(f"{{{_R}}}embed"))
            if size is None:
                continue
            width_pt = height_pt = None
            if extent is not None:
                try:
                    width_pt = int(extent.get("cx")) / _EMU_PER_POINT
                    height_pt = int(extent.get("cy")) / _EMU_PER_POINT
                except (TypeError, ValueError):
                    pass
            self._pending_images.append((size[0], size[1], width_pt, height_pt, len(self.blocks)))

    def _place_images(self) -> None:
        """Give each image the section it stands in and its caption, if any."""
        claimed: set[int] = set()
        above_first = _captions_above(self.blocks, [p[-1] for p in self._pending_images])
        for width_px, height_px, width_pt, height_pt, position in self._pending_images:
            before = self.blocks[position - 1] if position > 0 else None
            caption = _caption_for(self.blocks, position, claimed, above_first)
            if caption is not None:
                claimed.add(id(caption))
            section = before.section if before else None
            self.images.append(Image(page=None, pixel_width=width_px, pixel_height=height_px,
                                     display_width_pt=width_pt, display_height_pt=height_pt,
                                     section=section,
                                     caption=" ".join(caption.text.split()) if caption else None))


# A caption that names a table belongs to the table next to it, not to a picture.
_TABLE_CAPTION = re.compile(r"^\s*(?:table|tab\.|tableau|tabelle|tabla|tabella)\b", re.IGNORECASE)


def _figure_caption(blocks: list[Block], index: int, claimed: set[int] = frozenset()) -> Block | None:
    if not 0 <= index < len(blocks):
        return None
    block = blocks[index]
    if block.kind is not BlockKind.CAPTION or id(block) in claimed \
            or _TABLE_CAPTION.match(block.text):
        return None
    return block


def _captions_above(blocks: list[Block], positions: list[int]) -> bool:
    """Whether this document puts figure captions above its figures.

    Decided by the figures that have a caption on one side only; below (Word's default)
    unless more figures have theirs only above.
    """
    only_above = only_below = 0
    for position in positions:
        above = _figure_caption(blocks, position - 1) is not None
        below = _figure_caption(blocks, position) is not None
        only_above += above and not below
        only_below += below and not above
    return only_above > only_below


def _caption_for(blocks: list[Block], position: int, claimed: set[int],
                 above_first: bool = False) -> Block | None:
    """The caption of an image standing just before `blocks[position]`.

    Word puts figure captions below the figure (Insert Caption's default), so the caption
    right below wins unless the document's figures have theirs above; the other side is
    taken when there is none on the preferred side and it is not already the caption of the
    neighbouring figure. A "Table n" caption is a table's. The image's own paragraph, when it
    holds text, is `blocks[position]` itself.
    """
    sides = (position - 1, position) if above_first else (position, position - 1)
    for index in sides:
        caption = _figure_caption(blocks, index, claimed)
        if caption is not None:
            return caption
    return None


def _pixel_size(part, relationship_id: str | None) -> tuple[int, int] | None:
    if not relationship_id:
        return None
    try:
        blob = part.related_parts[relationship_id].blob
    except (KeyError, AttributeError):
        return None
    from PIL import Image as PILImage

    try:
        with PILImage.open(io.BytesIO(blob)) as picture:  # reads the header only
            return picture.size
    except Exception:  # EMF/WMF or a damaged picture: no size to judge
        return None
