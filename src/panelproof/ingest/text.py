"""Markdown and plain-text documents."""

from __future__ import annotations

import re

from panelproof.ingest.layout import SYMBOL_MARKERS
from panelproof.ingest.model import Block, BlockKind, Document, Role, assign_offsets, heading_title

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_LIST_ITEM = re.compile(rf"^\s*(?:[-*+•{SYMBOL_MARKERS}]|\d+[.)]|[a-z][.)])\s+(.*)$")
_TABLE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
# A plain-text heading: a short numbered line without a final full stop ("2.1 Intended purpose").
_TXT_HEADING = re.compile(r"^(\d+(?:\.\d+)*)\.?\s+([A-ZÀ-Ý][^.!?]{1,80})$")


def parse_markdown(text: str) -> list[Block]:
    """Blocks of a Markdown text: ATX headings, paragraphs, list items, pipe-table rows."""
    blocks: list[Block] = []
    headings: list[tuple[int, str]] = []
    paragraph: list[str] = []
    table_index = -1
    row_index = 0
    in_table = False

    def flush() -> None:
        if paragraph:
            blocks.append(Block(BlockKind.PARAGRAPH, " ".join(paragraph),
                                heading_path=tuple(h for _, h in headings)))
            paragraph.clear()

    for line in text.splitlines():
        stripped = line.strip()
        heading = _MD_HEADING.match(stripped)
        row = _TABLE_ROW.match(line)
        if not stripped:
            flush()
            in_table = False
            continue
        if heading:
            flush()
            in_table = False
            level = len(heading.group(1))
            title = heading.group(2)
            headings[:] = [(lvl, h) for lvl, h in headings if lvl < level]
            blocks.append(Block(BlockKind.HEADING, title, level=level,
                                heading_path=tuple(h for _, h in headings)))
            headings.append((level, heading_title(title)))
            continue
        if row:
            flush()
            if _TABLE_RULE.match(line):
                continue
            if not in_table:
                table_index += 1
                row_index = 0
                in_table = True
            cells = tuple(c.strip() for c in row.group(1).split("|"))
            blocks.append(Block(BlockKind.TABLE_ROW, " | ".join(cells), cells=cells,
                                table_index=table_index, row_index=row_index,
                                heading_path=tuple(h for _, h in headings)))
            row_index += 1
            continue
        in_table = False
        item = _LIST_ITEM.match(line)
        if item and not _TXT_HEADING.match(stripped):
            flush()
            blocks.append(Block(BlockKind.LIST_ITEM, item.group(1).strip(),
                                heading_path=tuple(h for _, h in headings)))
            continue
        if stripped.lower().startswith(("figure ", "fig. ", "table ", "abbildung ", "tableau ")) and not paragraph:
            blocks.append(Block(BlockKind.CAPTION, stripped,
                                heading_path=tuple(h for _, h in headings)))
            continue
        paragraph.append(stripped)
    flush()
    assign_offsets(blocks)
    return blocks


def parse_plain_text(text: str) -> list[Block]:
    """Blocks of plain text: paragraphs separated by blank lines; numbered short lines are headings."""
    blocks: list[Block] = []
    headings: list[tuple[int, str]] = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = [l.strip() for l in chunk.splitlines() if l.strip()]
        if not lines:
            continue
        heading = _TXT_HEADING.match(lines[0])
        if heading and len(lines) >= 1:
            level = heading.group(1).count(".") + 1
            headings[:] = [(lvl, h) for lvl, h in headings if lvl < level]
            blocks.append(Block(BlockKind.HEADING, lines[0], level=level,
                                heading_path=tuple(h for _, h in headings)))
            headings.append((level, lines[0]))
            lines = lines[1:]
        for line in lines:
            item = _LIST_ITEM.match(line)
            kind = BlockKind.LIST_ITEM if item else BlockKind.PARAGRAPH
            blocks.append(Block(kind, line, heading_path=tuple(h for _, h in headings)))
    assign_offsets(blocks)
    return blocks


def document_from_text(text: str, path: str = "document.md", role: Role = Role.UNKNOWN,
                       language: str | None = "en") -> Document:
    """A document from text already in memory; what tests and fixtures use."""
    parse = parse_plain_text if path.endswith(".txt") else parse_markdown
    from panelproof.ingest.runin import split_run_in_headings

    blocks = split_run_in_headings(parse(text))
    title = next((b.text for b in blocks if b.kind is BlockKind.HEADING), None)
    return Document(path=path, format=path.rsplit(".", 1)[-1], role=role, language=language,
                    blocks=blocks, title=title)
