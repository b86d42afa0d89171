"""The document model every later stage reads: documents made of blocks, with provenance.

A `Document` is one file of the dossier. Its text is a sequence of `Block`s (headings,
paragraphs, list items, table rows, captions), each knowing its page (PDF), the headings it
stands under and its character offsets in `Document.text`. Blocks keep the verbatim text;
`Block.normalized` is the form extractors match on, and `Block.quote()` turns a match back into
verbatim text, so no stage after ingest ever has to reopen a file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property

from panelproof.ingest.normalize import NormalizedText, collapse_whitespace, fold_case, normalize


class Role(StrEnum):
    """What a document is in the dossier (output contract: `documents[].role`)."""

    CER = "CER"
    CEP = "CEP"
    PMCF_PLAN = "PMCF-plan"
    PMCF_REPORT = "PMCF-report"
    IFU = "IFU"
    SSCP = "SSCP"
    CEAR = "CEAR"
    RMF = "RMF"
    LABEL = "label"
    OTHER = "other"
    UNKNOWN = "unknown"


class BlockKind(StrEnum):
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    TABLE_ROW = "table_row"
    CAPTION = "caption"


# A heading written in brackets, as IFUs translated from Chinese lay out their fields
# ("[Indications]", "【Contraindications】", "［Storage］"): its title is the text inside.
_BRACKETED_HEADING = re.compile(r"^\s*[\[【〔［]\s*(?P<title>[^\[\]【】〔〕［］]{2,100}?)\s*[\]】〕］]\s*[:：]?\s*$")


# "■ 1. Usage purpose", "◆ Contraindication": an ornament set before headings, as documents
# written in Japanese or Chinese typographic habits do; it is no part of the title.
HEADING_ORNAMENT = re.compile(r"^\s*[■□◆◇◼◻▶▷●◎★☆]\s*")


def heading_title(text: str) -> str:
    """A heading's title as the headings above a block keep it: whitespace collapsed, and
    without the brackets of a bracketed heading or an ornament before it."""
    text = HEADING_ORNAMENT.sub("", text, count=1)
    bracketed = _BRACKETED_HEADING.match(text)
    return " ".join((bracketed.group("title") if bracketed else text).split())


def is_bracketed_heading(text: str) -> bool:
    """"[Indications]", "【产品名称】": a heading written in brackets."""
    return bool(_BRACKETED_HEADING.match(HEADING_ORNAMENT.sub("", text, count=1)))


@dataclass(frozen=True)
class Location:
    """Where a fact or a finding stands: the output contract's `locations[]` entry."""

    document: str
    page: int | None
    section: str | None
    quote: str

    def as_dict(self) -> dict:
        return {"document": self.document, "page": self.page, "section": self.section,
                "quote": self.quote}


@dataclass(eq=False)
class Block:
    """A unit of text as the author laid it out.

    `text` is verbatim (as the PDF text layer or the DOCX run text holds it). For a table row,
    `cells` holds each cell's verbatim text and `text` joins them with " | ". In PDF and DOCX
    that separator is not in the document (`synthetic_separators`), so quotes replace it
    with a space; in Markdown the pipes are the author's own and stay.
    """

    kind: BlockKind
    text: str
    page: int | None = None
    heading_path: tuple[str, ...] = ()
    start: int = 0
    end: int = 0
    level: int | None = None  # heading level, 1 = top
    cells: tuple[str, ...] = ()
    table_index: int | None = None  # which table of the document a row belongs to
    row_index: int | None = None  # 0 = header row
    synthetic_separators: bool = False  # the " | " between cells was added by ingest
    run_in: bool = False  # a heading ingest split from the start of a paragraph (ingest/runin.py)
    # PDF: the page a paragraph ends on when a page break splits it (`page` is where it starts)
    end_page: int | None = None

    @property
    def section(self) -> str | None:
        """The nearest heading above this block (a heading's own section is itself)."""
        if self.kind is BlockKind.HEADING:
            return heading_title(self.text) or None
        return self.heading_path[-1] if self.heading_path else None

    @cached_property
    def norm(self) -> NormalizedText:
        return normalize(self.text)

    @property
    def normalized(self) -> str:
        return self.norm.text

    @cached_property
    def folded(self) -> str:
        """`normalized` in lower case, character for character (spans carry over).

        Searching this with a lower-case pattern is several times faster in CPython than
        searching `normalized` with re.IGNORECASE, which defeats the regex engine's literal
        prefix scan; extractors use it for their cheap cue tests.
        """
        return fold_case(self.normalized)

    def quote(self, start: int, end: int) -> str:
        """Verbatim text behind the span [start, end) of `normalized`, whitespace collapsed."""
        v_start, v_end = self.norm.verbatim_span(start, end)
        text = self.text
        if self.synthetic_separators:
            text = self._text_without_separators
        return collapse_whitespace(text[v_start:v_end])

    @property
    def full_quote(self) -> str:
        """The whole block as a quote."""
        return self.quote(0, len(self.normalized)) if self.normalized else ""

    @cached_property
    def _text_without_separators(self) -> str:
        """`text` with the " | " cell separators ingest inserted blanked out (same length)."""
        return self.text.replace(" | ", "   ")


@dataclass(frozen=True)
class Image:
    """An image placed in a document, with what is needed to judge its legibility."""

    page: int | None
    pixel_width: int
    pixel_height: int
    # Size at which the document displays it, in points (1/72 inch); None when unknown.
    display_width_pt: float | None = None
    display_height_pt: float | None = None
    section: str | None = None
    caption: str | None = None

    @property
    def effective_dpi(self) -> float | None:
        """Pixels per displayed inch (the lower of the two axes), or None without a size."""
        if not self.display_width_pt or not self.display_height_pt:
            return None
        dpi_x = self.pixel_width / (self.display_width_pt / 72.0)
        dpi_y = self.pixel_height / (self.display_height_pt / 72.0)
        return min(dpi_x, dpi_y)


@dataclass(eq=False)
class Document:
    """One file of the dossier, read or not.

    `path` is relative to the dossier folder. `status` is "ok" or "error"; a document that
    could not be read has no blocks and a plain-language `error`.
    """

    path: str
    format: str  # "pdf", "docx", "md", "txt", or the suffix of an unsupported file
    role: Role = Role.UNKNOWN
    language: str | None = None
    pages: int | None = None
    status: str = "ok"
    error: str | None = None
    title: str | None = None
    blocks: list[Block] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    # Why the role was chosen ("dossier.yaml", "title", "file name", ...), for the report.
    role_basis: str | None = None
    # Read, but part of it could not be analysed (an extractor failed on it): plain words.
    warnings: list[str] = field(default_factory=list)
    # PDF: each page's text in the order the file stores it, whitespace collapsed; quotes are
    # checked against it (see `location`).
    page_texts: dict[int, str] | None = None

    @property
    def ok(self) -> bool:
        return self.status == "ok"

    @cached_property
    def text(self) -> str:
        """All block texts joined by newlines; block offsets point into this string."""
        return "\n".join(block.text for block in self.blocks)

    @property
    def quotable_text(self) -> str:
        """What quotes of this document are taken from: every block's `full_quote`."""
        return "\n".join(block.full_quote for block in self.blocks)

    def location(self, block: Block, quote: str) -> Location:
        page = block.page
        if self.page_texts and block.page in self.page_texts:
            if block.end_page in self.page_texts and block.end_page != block.page:
                page, quote = _across_pages(quote, self.page_texts[block.page], block.page,
                                            self.page_texts[block.end_page], block.end_page)
            else:
                quote = held_by_page(quote, self.page_texts[block.page])
        return Location(document=self.path, page=page, section=block.section, quote=quote)

    def headings(self) -> list[Block]:
        return [b for b in self.blocks if b.kind is BlockKind.HEADING]


_HYPHEN_BREAK_MARKS = str.maketrans({"\x02": "-", "\ufffe": "-", "\u00ad": "-"})
_SPACE_AFTER_HYPHEN = re.compile(r"-\s+")


def _across_hyphen_breaks(text: str) -> str:
    return _SPACE_AFTER_HYPHEN.sub("-", text.translate(_HYPHEN_BREAK_MARKS))


def held_by_page(quote: str, page_text: str) -> str:
    """`quote`, or the longest run of its words that the page's own text holds.

    A PDF block is rebuilt line by line from where text stands on the page; where the file
    stores the text in another order (a table cell wrapped beside another column's wrapped
    cell), a quote across those lines would join pieces the file keeps apart. Such a quote is
    cut to the longest part the page holds verbatim, so that every quote can be found in the
    file.
    """
    if not quote or quote in page_text:
        return quote
    # Where a line ends in a hyphen, the page may join the lines with or without a space, or
    # mark the hyphen (pdfium's 0x02, a soft hyphen): the same text all the same.
    if _across_hyphen_breaks(quote) in _across_hyphen_breaks(page_text):
        return quote
    words = quote.split(" ")
    best = ""
    for first in range(len(words)):
        last = first + 1
        while last <= len(words) and " ".join(words[first:last]) in page_text:
            last += 1
        run = " ".join(words[first:last - 1])
        if len(run) > len(best):
            best = run
    return best or quote


def _held(quote: str, page_text: str) -> bool:
    return quote in page_text or _across_hyphen_breaks(quote) in _across_hyphen_breaks(page_text)


def _across_pages(quote: str, first_text: str, first: int, second_text: str,
                  second: int) -> tuple[int, str]:
    """(page, quote) for a quote from a paragraph that a page break splits: the page where the
    quote starts. A quote wholly on the second page cites that page; one across the break is
    cut at the break, and its longer part is quoted with its own page, because every quote must
    stand verbatim on the page it cites (a reader opens that page and finds it)."""
    if _held(quote, first_text):
        return first, quote
    if _held(quote, second_text):
        return second, quote
    words = quote.split(" ")
    for cut in range(len(words) - 1, 0, -1):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if _held(head, first_text) and _held(tail, second_text):
            return (first, head) if len(head) >= len(tail) else (second, tail)
    on_first, on_second = held_by_page(quote, first_text), held_by_page(quote, second_text)
    if on_first != quote and len(on_first) >= len(on_second if on_second != quote else ""):
        return first, on_first
    if on_second != quote:
        return second, on_second
    return first, quote


def assign_offsets(blocks: list[Block]) -> None:
    """Set `start`/`end` of each block to match `Document.text` ("\\n"-joined)."""
    position = 0
    for block in blocks:
        block.start = position
        block.end = position + len(block.text)
        position = block.end + 1


@dataclass
class DossierConfig:
    """What an optional `dossier.yaml` declares; everything else is inferred."""

    device_name: str | None = None
    aliases: tuple[str, ...] = ()
    device_class: str | None = None
    device_type: str | None = None
    roles: dict[str, Role] = field(default_factory=dict)  # relative path -> role
    languages: dict[str, str] = field(default_factory=dict)  # relative path -> ISO 639-1
    profile: dict = field(default_factory=dict)  # CECP scope profile fields, if given
    ignore: tuple[str, ...] = ()  # glob patterns of files to leave out


@dataclass
class Dossier:
    """The dossier after ingest: its folder, its configuration and its documents."""

    path: str
    documents: list[Document]
    config: DossierConfig = field(default_factory=DossierConfig)

    @property
    def readable(self) -> list[Document]:
        return [d for d in self.documents if d.ok]
