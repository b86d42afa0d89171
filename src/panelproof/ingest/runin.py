"""Run-in headings: a section title written at the start of a paragraph or list item.

Authors who do not use heading styles (and DOCX files built without them) write "3. Intended
use The system is intended to ...", "IV. TARGET POPULATION Adults with ...", "Objectives a)
Confirm ... b) Evaluate ...", "Sample size 300 children ..." or a lone "Objectives" line. Read as
one paragraph, the section's text would stand under the previous heading. `split_run_in_headings`
makes the title a heading block and the rest a paragraph under it; both are substrings of the
original text, on the same page, so quotes stay verbatim.

A block is split only when its leading words are a known section title (vocabulary/
section_titles.yaml), optionally numbered ("3.", "IV.", "Chapter 3 –"), and what follows is a
capitalised word, a figure or a list marker ("a)"); never before a lower-case word ("Design of
the study was ..."), never in a table. An all-capitals title after a number ("II. DEVICE
DESCRIPTION The ...") is a heading without the vocabulary.
"""

from __future__ import annotations

import re
from functools import lru_cache

from panelproof.ingest.layout import heading_number_parts
from panelproof.ingest.model import Block, BlockKind, assign_offsets

_SPLITTABLE = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
_UPPER = "A-ZÀ-ÖØ-Þ"
# "3.", "3.2", "IV.", "Chapter 3 –", "Kapitel 3:", "Capítulo 3." before the title.
_NUMBER = (
    r"(?:(?i:chapter|section|part|chapitre|partie|kapitel|abschnitt|teil|cap[íi]tulo|capitolo|"
    r"sezione|secci[óo]n|hoofdstuk|deel)\s+(?:\d{1,2}|[IVX]{1,5})\.?\s*(?:[-–—:.]\s*)?"
    r"|(?:\d{1,2}(?:\.\d{1,2}){0,3}|[IVX]{1,5})\b[.)]?\s*(?:[-–—:]\s*)?)"
)
# What may follow a title in a run-in heading: a capitalised word, a figure, a list marker,
# a quote; a separator (":", " – ") only after a numbered title. Not a bracket: "Contra-
# indications, warnings (contraception, ...) and side effects agree with the CER" is a sentence.
_FOLLOW = rf"(?:\s+(?=[{_UPPER}0-9\"“«]|[a-z]\)\s)|\s*$)"
_SEPARATED_FOLLOW = rf"(?:\s*[:–—-]\s*(?=\S)|{_FOLLOW})"
_CAPS_TITLE = re.compile(
    rf"^(?P<number>{_NUMBER})(?P<title>[{_UPPER}][{_UPPER}'’/&-]+(?:\s+(?:[{_UPPER}][{_UPPER}'’/&-]*|&|/))*)"
    # a dash separates only between spaces: "HELIX-EU" is one name
    rf"(?P<sep>\s*:\s*(?=\S)|\s+[–—-]\s+(?=\S)|\s+(?=[{_UPPER}][a-zà-ÿ]|\d)|\s*$)"
)
# An all-capitals word right after an all-capitals title continues it.
_CAPS_RUN_GOES_ON = re.compile(rf"[{_UPPER}]{{2,}}\b")
_HEADING_NUMBER = re.compile(r"^(?:\D*?\s)?(\d{1,2}(?:\.\d{1,2}){0,3})[.)]?\s")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, frozenset[str]]:
    """The run-in pattern over the vocabulary's titles, and the first words of the titles
    (the cheap pre-filter)."""
    from panelproof import knowledge

    data = knowledge.load("vocabulary/section_titles")
    terms = {t.strip() for entry in data["titles"].values()
             for words in entry["terms"].values() for t in words if t and t.strip()}
    ordered = sorted(terms, key=lambda t: (-len(t), t))
    title = "(?:" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in ordered) + ")"
    joins = "|".join(re.escape(c) for c in data.get("connectors", ()))
    titles = rf"{title}(?:(?:\s*,\s*|\s+(?:{joins})\s+){title}){{0,3}}"
    pattern = re.compile(
        rf"^(?:(?P<number>{_NUMBER})(?P<ntitle>(?i:{titles}))(?P<nsep>{_SEPARATED_FOLLOW})"
        rf"|(?P<title>(?i:{titles}))(?P<sep>{_FOLLOW}))"
    )
    firsts = frozenset(t.split()[0].lower().split("-")[0].split("'")[0] for t in terms)
    return pattern, firsts


_FIRST_WORD = re.compile(r"^(?:(?:(?:\d{1,2}(?:\.\d{1,2}){0,3}|[IVX]{1,5})\b[.)]?|[-–—:])\s*)*(\w+)")
_LEADING_WORD = re.compile(r"[^\W\d_]+")
_ROMAN = re.compile(r"[IVX]{1,5}")
_CHAPTER_WORDS = frozenset({"chapter", "section", "part", "chapitre", "partie", "kapitel",
                            "abschnitt", "teil", "capítulo", "capitulo", "capitolo", "sezione",
                            "sección", "seccion", "hoofdstuk", "deel"})


def run_in_split(text: str) -> tuple[int, int] | None:
    """(end of the heading, start of the text after it) when `text` opens with a run-in
    heading; (end, len) when the whole text is the title; None otherwise."""
    stripped = text.lstrip()
    if not stripped or len(stripped) < 3:
        return None
    lead = len(text) - len(stripped)
    pattern, firsts = _patterns()
    if stripped[0].isalpha():
        # the cheap pre-filter: most paragraphs open with a word no title starts with
        word = _LEADING_WORD.match(stripped)
        lowered = word.group().lower() if word else ""
        if lowered not in firsts and lowered not in _CHAPTER_WORDS \
                and not (word and _ROMAN.fullmatch(word.group())):
            return None
    elif not stripped[0].isdigit():
        return None
    first = _FIRST_WORD.match(stripped)
    match = None
    if first and (first.group(1).lower() in firsts or first.group(1).lower() in _CHAPTER_WORDS):
        match = pattern.match(stripped)
        if match and match.group("title") and not match.group("title")[0].isupper():
            match = None  # an unnumbered title opens the paragraph with a capital
    if match:
        name = "n" if match.group("number") is not None else ""
        head_end = match.end(f"{name}title")
        rest = match.end(f"{name}sep")
        if _CAPS_RUN_GOES_ON.match(stripped, rest) and match.group(f"{name}title").isupper():
            return None  # "PMCF PLAN – X": a title in capitals goes on, it is not a run-in one
    else:
        caps = _CAPS_TITLE.match(stripped) if stripped[:1].isdigit() or stripped[:1] in "IVX" \
            else None
        # without the vocabulary, an all-caps title needs two words: one capitalised word
        # after a number is as often a trade name ("1. HELIX The pump ...")
        if not caps or len(caps.group("title").replace(" ", "")) < 4 \
                or len(caps.group("title").split()) < 2:
            return None
        head_end, rest = caps.end("title"), caps.end("sep")
    if rest < len(stripped) and len(stripped) - rest < 2:
        return None
    return lead + head_end, lead + rest


def split_run_in_headings(blocks: list[Block]) -> list[Block]:
    """The blocks with each run-in heading made a heading block (see the module docstring).
    Returns `blocks` itself when there is none."""
    out: list[Block] | None = None
    stack: list[tuple[int, str, bool]] = []  # the headings above, as `_rebuild_paths` keeps them
    for i, block in enumerate(blocks):
        parts = _split(block, blocks, i)
        if parts is not None and not _numbering_continues(parts, stack):
            parts = None  # "3. Post-market follow-up: ..." in a list under "7. Clinical plan"
        for heading in (b for b in (parts or [block]) if b.kind is BlockKind.HEADING):
            _push(stack, heading)
        if parts is None:
            if out is not None:
                out.append(block)
            continue
        if out is None:
            out = list(blocks[:i])
        out.extend(parts)
    if out is None:
        return blocks
    _rebuild_paths(out)
    assign_offsets(out)
    return out


def _split(block: Block, blocks: list[Block], i: int) -> list[Block] | None:
    if block.kind is BlockKind.HEADING:
        return _split_title_block(block)
    if block.kind not in _SPLITTABLE or block.cells or len(block.text) > 20000:
        return None
    if block.kind is BlockKind.PARAGRAPH and _ends_with_title_line(block, blocks, i):
        return _split_title_block(block, keep=BlockKind.PARAGRAPH)
    where = run_in_split(block.text)
    if where is None:
        return None
    head_end, rest = where
    heading_text = block.text[:head_end].strip()
    remainder = block.text[rest:].strip() if rest < len(block.text) else ""
    if i == 0 and remainder:
        return None  # the document's title ("PMCF Plan XY-01 – ..."), not a run-in heading
    if not remainder and not _lone_title_heads_section(blocks, i):
        return None
    heading = Block(BlockKind.HEADING, heading_text, page=block.page,
                    heading_path=block.heading_path, run_in=True)
    if not remainder:
        return [heading]
    body = Block(block.kind, remainder, page=block.page, heading_path=block.heading_path,
                 end_page=block.end_page)
    return [heading, body]


def _split_title_block(block: Block, keep: BlockKind = BlockKind.HEADING) -> list[Block] | None:
    """A PDF title block whose last line is a section title ("PMCF PLAN – Xyz – rev. 1" and
    "Objectives" below it): the title (a block of kind `keep`), then the section heading."""
    if block.run_in or "\n" not in block.text.strip() or len(block.text) > 400:
        return None
    text = block.text.rstrip()
    cut = text.rfind("\n")
    last = text[cut + 1:]
    where = run_in_split(last)
    if where is None or where[1] < len(last.rstrip()) or not text[:cut].strip():
        return None
    title = Block(keep, text[:cut].strip(), page=block.page, heading_path=block.heading_path,
                  level=block.level if keep is BlockKind.HEADING else None)
    section = Block(BlockKind.HEADING, last.strip(), page=block.page, run_in=True,
                    heading_path=block.heading_path)
    return [title, section]


# What a line may end with before a title line the PDF reader joined to it: a date, a number,
# a full stop or a bracket ("... rev. 1 – 20/07/2024" then "Objectives"), not a word the
# sentence goes on from ("see the\nWarnings").
_COMPLETE_LINE_END = re.compile(r"[\d.)\]]\s*$")


def _ends_with_title_line(block: Block, blocks: list[Block], i: int) -> bool:
    """A paragraph whose last line is only a section title, with list items or a paragraph
    after it: the PDF reader joined a heading to the block above it."""
    text = block.text.rstrip()
    cut = text.rfind("\n")
    if cut < 0 or not _COMPLETE_LINE_END.search(text[:cut]):
        return False
    following = blocks[i + 1] if i + 1 < len(blocks) else None
    if following is None or following.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
        return False
    return _is_lone_title_text(text[cut + 1:])


def _lone_title_heads_section(blocks: list[Block], i: int) -> bool:
    """A paragraph or list item that is only a title heads what follows when text follows it
    that is not another lone title (a list of titles is a table of contents)."""
    previous = blocks[i - 1] if i else None
    if previous is not None and previous.kind is blocks[i].kind and _is_lone_title(previous):
        return False
    following = blocks[i + 1] if i + 1 < len(blocks) else None
    if following is None or following.kind in (BlockKind.HEADING, BlockKind.CAPTION):
        return False
    if following.kind is BlockKind.TABLE_ROW:
        return True
    where = run_in_split(following.text)
    return where is None or where[1] < len(following.text.rstrip())


def _is_lone_title(block: Block) -> bool:
    return _is_lone_title_text(block.text)


def _is_lone_title_text(text: str) -> bool:
    where = run_in_split(text)
    return where is not None and where[1] >= len(text.rstrip())


def _number_depth(text: str) -> int | None:
    match = _HEADING_NUMBER.match(text + " ")
    return match.group(1).count(".") + 1 if match else None


# "Chapter 5 –", "Kapitel 5:": a heading by its word, whatever number it carries.
_CHAPTER = re.compile(rf"\s*(?i:{'|'.join(sorted(_CHAPTER_WORDS))})\s+\w")


def _numbering_continues(parts: list[Block], stack: list[tuple[int, str, bool]]) -> bool:
    """Whether a numbered run-in heading among `parts` goes forward from the numbered headings
    above it: a list's own numbers go back ("1. Pivotal investigation", "3. Post-market follow-
    up: ..." under "7. Clinical development plan"), a skipped number goes forward and stays a
    heading (DC003 reports the gap)."""
    numbered = [n for n in (heading_number_parts(t) for _, t, _ in stack) if n]
    if not numbered:
        return True
    last = numbered[-1]
    for block in parts:
        if block.kind is BlockKind.HEADING and block.run_in and not _CHAPTER.match(block.text):
            number = heading_number_parts(block.text)
            if number is None:
                continue
            if len(number) > len(last):
                if number[:len(last)] != last:
                    return False
            elif number <= last[:len(number)]:
                return False
    return True


def _push(stack: list[tuple[int, str, bool]], heading: Block) -> None:
    """Enter `heading` on `stack` (level, text, run-in), setting a run-in heading's level."""
    if heading.run_in:
        heading.level = _run_in_level(heading.text, stack)
    level = heading.level or 1
    stack[:] = [s for s in stack if s[0] < level]
    stack.append((level, " ".join(heading.text.split()), heading.run_in))


def _rebuild_paths(blocks: list[Block]) -> None:
    """Heading paths and levels again, with the run-in headings in them."""
    stack: list[tuple[int, str, bool]] = []
    for block in blocks:
        if block.kind is BlockKind.HEADING:
            _push(stack, block)
            block.heading_path = tuple(t for _, t, _ in stack[:-1])
        else:
            block.heading_path = tuple(t for _, t, _ in stack)


def _run_in_level(text: str, stack: list[tuple[int, str, bool]]) -> int:
    depth = _number_depth(text)
    if depth is not None:
        for level, title, _ in reversed(stack):
            other = _number_depth(title)
            if other == depth:
                return level
            if other is not None and other == depth - 1:
                return level + 1
    elif stack and stack[-1][2] and _number_depth(stack[-1][1]) is None:
        return stack[-1][0]  # a label after a label: its sibling
    return (stack[-1][0] + 1) if stack else 1
