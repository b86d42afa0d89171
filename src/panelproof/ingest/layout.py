"""Layout cues shared by the PDF and DOCX readers: headings, list items, captions.

A reader knows the geometry or the styles; these helpers know what the words look like.
"""

from __future__ import annotations

import re
from dataclasses import replace

from panelproof.ingest.model import HEADING_ORNAMENT, Block, BlockKind, assign_offsets, heading_title

# "2.1 Intended purpose", "A.3 Annex", "IV. Results", "Section 3 Clinical data", "Annex B – ...".
_NUMBERED_HEADING = re.compile(
    r"^(?:(?i:chapter|section|annex|appendix|anhang|annexe|kapitel|chapitre|abschnitt|partie|part|"
    r"teil)\s+|§\s*)?"
    r"(?P<number>\d{1,2}(?:\.\d{1,3}){0,5}|[A-Z](?:\.\d{1,3}){0,5}|[IVX]{1,5})"
    r"(?P<dot>[.)])?[ \t\u00a0]+(?:[-–—:][ \t]+)?(?P<title>[^\W\d_][^\n]{0,150})$"
)
# A unit right after a leading number means a measurement ("5 kg body weight"), not a heading.
_MEASURE = re.compile(r"^\d+(?:[.,]\d+)?\s*(?:kg|g|mg|ml|mL|l|cm|mm|h|min|s|years?|ans|Jahre|%|°)\b")
# Enclosed numbers and letters mark list items in East Asian typography (and in some Western
# forms): "①", "⑴", "⒈", "❶", "➀", "➊", "ⓐ", "⒜", "㉑". Each is one character that marks an
# item whatever follows it, a space or not; normalisation (NFKC) later writes "①" as a bare "1".
ENCLOSED_MARKERS = "\u2460-\u24ff\u2776-\u2793\u3251-\u325f\u32b1-\u32bf"
# Check marks, crosses and arrow heads that writers (and their word processors' "bullet
# library") set before list items: "✓ Pregnancy", "✔ ...", "☑ ...", "✗ ...", "➤ ...", "➢ ...".
# Like an enclosed number, each is one character that marks an item whatever follows it.
SYMBOL_MARKERS = "✓✔☑☒✗✘➢➣➤➔➜➝➞➙➛"
# The ones that also separate items run together on one line ("✓ Pregnancy ✓ Need for MRI"):
# a check mark or an arrow head inside a sentence is no prose ("→" is, "Hb → 12 g/dL").
_RUN_TOGETHER_ITEM = re.compile(f"\\s+(?=[{SYMBOL_MARKERS}]\\s)")
# "•", "-", "–", "*", "o", "▪", "1.", "1)", "(a)", "a)", "i.", "①"
_LIST_MARKER = re.compile(
    r"^(?:[•●○◦▪■□►▸‣⁃∙·\-–—*](?=\s)|\(?\d{1,2}[.)](?=\s)|\(?[a-z][.)](?=\s)|\(?[ivx]{1,4}\)(?=\s)|"
    f"[{ENCLOSED_MARKERS}{SYMBOL_MARKERS}])"
)
_CAPTION = re.compile(
    r"^(?:figure|fig\.|abbildung|abb\.|table|tab\.|tableau|tabelle|tabla|tabella|tabel|figura|"
    r"afbeelding|illustration|image|graphique|diagram|chart)\s*[A-Z]?\d+(?:[.\-]\d+)*"
    # a caption goes on with a separator, a capitalised title or nothing: "Figure 1 shows"
    # and "Table 2 lists" are references in prose
    r"(?:\s*[:.\-–—]|\s+(?-i:[A-ZÀ-Ý(])|\s*$)",
    re.IGNORECASE,
)
_FRONT_MATTER_HEADINGS = re.compile(
    r"^(?:table of contents|contents|inhaltsverzeichnis|inhalt|sommaire|table des matières|"
    r"abbreviations|abkürzungen|abréviations|glossary|glossar|glossaire|references|literatur|"
    r"literaturverzeichnis|références|bibliographie|bibliography|annex(?:es)?|anhang|annexes?|"
    r"appendix|appendices|summary|executive summary|zusammenfassung|résumé|conclusions?|"
    r"schlussfolgerung(?:en)?|introduction|einleitung|einführung|scope|champ d'application|"
    r"geltungsbereich|revision history|änderungshistorie|historique des révisions)\s*:?$",
    re.IGNORECASE,
)


# Sections whose numbered entries are citations, not headings: "References", "4. Literatur".
_REFERENCE_SECTION = re.compile(
    r"^(?:(?:\d{1,2}(?:\.\d{1,3}){0,4}|[A-Z](?:\.\d{1,3}){0,4}|[IVX]{1,5})[.)]?\s+(?:[-–—:]\s+)?)?"
    r"(?:(?:list\s+of\s+|cited\s+|bibliographic\s+)?references(?:\s+cited\b[^\n]{0,30})?|"
    r"reference\s+list|referenced\s+documents|"
    r"bibliography|literature(?:\s+(?:references|cited|list))?|cited\s+literature|works\s+cited|"
    r"literatur(?:verzeichnis|angaben|liste)?|quellen(?:verzeichnis|angaben)?|"
    r"bibliographie|références(?:\s+bibliographiques)?|liste\s+des\s+références|"
    r"bibliograf[íi]a|referencias(?:\s+bibliogr[áa]ficas)?|riferimenti(?:\s+bibliografici)?)"
    r"\s*(?::|\([^)\n]{0,40}\))?\s*$",
    re.IGNORECASE,
)
# Sections after which a document numbers its headings afresh.
_ANNEX_SECTION = re.compile(
    r"^(?:(?:\d{1,2}(?:\.\d{1,3}){0,4}|[A-Z]|[IVX]{1,5})[.)]?\s+(?:[-–—:]\s+)?)?"
    r"(?:annex(?:e|es)?|appendix|appendices|appendice|anhang|anlage|anexo|allegato|attachment|"
    r"pièce\s+jointe)\b",
    re.IGNORECASE,
)
# What only a bibliographic citation holds: "et al.", a DOI or PMID, "2021;22:101-9",
# "46(3): 455-463", "pp. 12-19", "Vol. 4".
_CITATION_STRONG = re.compile(
    r"\bet\s+al\b|\bdoi\s*[:.]|\bdoi\.org\b|\bpmid\b|\b(?:19|20)\d{2}\s*;\s*\d+|"
    r"\b\d{1,4}\s*(?:\(\d{1,4}\))?\s*:\s*[a-z]?\d{1,5}\s*[-–]\s*[a-z]?\d{1,5}\b|"
    r"\bpp?\.\s*\d+\s*[-–]\s*\d+|\bvol\.\s*\d+",
    re.IGNORECASE,
)
# Weaker signs, two of which make a citation: authors with initials first ("Moreau B, Dupont
# C."), a year in brackets or after a full stop, a title and a journal (two inner full stops).
_CITATION_AUTHORS = re.compile(
    r"^[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+)?,?\s+[A-Z]{1,3}\.?"
    r"(?:\s*[,;]|\s+(?:and|&|und|et|y|e)\s|\.\s+[A-ZÀ-Þ][a-zà-ÿ])")
_CITATION_YEAR = re.compile(r"\((?:19|20)\d{2}[a-z]?\)|\b(?:19|20)\d{2}[a-z]?\s*(?:[;.,:(]|$)")
_INNER_STOP = re.compile(r"\w{3,}\.\s+[A-ZÀ-Þ]")


def looks_like_citation(text: str) -> bool:
    """Whether `text` reads like a bibliographic reference rather than a title."""
    if _CITATION_STRONG.search(text):
        return True
    weak = (bool(_CITATION_AUTHORS.match(text)) + bool(_CITATION_YEAR.search(text))
            + (len(_INNER_STOP.findall(text)) >= 2))
    return weak >= 2


def is_reference_heading(text: str) -> bool:
    """Whether a heading opens a list of references ("References", "5 Bibliographie")."""
    return bool(_REFERENCE_SECTION.match(text.strip()))


def is_annex_heading(text: str) -> bool:
    """Whether a heading opens an annex or appendix ("Annex B – Clinical data", "Anhang 2")."""
    return bool(_ANNEX_SECTION.match(text.strip()))


def heading_number_parts(text: str) -> tuple[int, ...] | None:
    """(2, 1) for "2.1 Device description", None for a heading without an arabic number."""
    match = _NUMBERED_HEADING.match(HEADING_ORNAMENT.sub("", text.strip(), count=1))
    if not match or not match.group("number")[:1].isdigit():
        return None
    return tuple(int(p) for p in match.group("number").split("."))


def continues_numbering(path: tuple[str, ...], parts: tuple[int, ...]) -> bool:
    """Whether a heading numbered `parts` may follow the headings of `path`: the next sibling
    of one of them or the first child of the last; 1 when none is numbered."""
    numbered = [p for p in (heading_number_parts(h) for h in path) if p]
    if not numbered:
        return parts in ((1,), (0,))
    expected = {numbered[-1] + (1,)}
    expected.update(p[:-1] + (p[-1] + 1,) for p in numbered)
    return parts in expected


def numbered_heading(text: str) -> tuple[int, str] | None:
    """(level, text) when `text` looks like a numbered heading, else None.

    The level is the depth of the number ("2" -> 1, "2.1" -> 2, "A.1.2" -> 3).
    """
    stripped = text.strip()
    if len(stripped) > 160 or _MEASURE.match(stripped):
        return None
    match = _NUMBERED_HEADING.match(HEADING_ORNAMENT.sub("", stripped, count=1))
    if not match:
        return None
    title = match.group("title").strip()
    # A sentence ends with a full stop, a heading does not; but a title in capitals is no
    # sentence, whatever its punctuation ("7. TIMELINE.", "3.2. CLINICAL DATA.").
    capitals = title.rstrip(".") and not any(c.islower() for c in title) and len(title.split()) <= 12
    if not title or title[0].islower() or title.endswith((",", ";")) \
            or (title.endswith(".") and not capitals) or looks_like_citation(title):
        return None
    number = match.group("number")
    if number.upper() in {"A", "I"} and not match.group("dot"):
        return None  # "A patient ..." / "I. " ambiguity: a bare article is no number
    return number.count(".") + 1, stripped


def is_unnumbered_heading_text(text: str) -> bool:
    """Headings that usually carry no number: contents, abbreviations, references..."""
    return bool(_FRONT_MATTER_HEADINGS.match(text.strip()))


def list_marker(text: str) -> bool:
    return bool(_LIST_MARKER.match(text.lstrip()))


def split_run_together_items(blocks: list[Block]) -> list[Block]:
    """A paragraph or list item holding several items each opened by a check mark or arrow
    head ("✓ Known allergy ✓ Pregnancy ✓ Need for MRI") as one block per item, each keeping its
    marker's text verbatim. Returns `blocks` itself when there is none."""
    out: list[Block] | None = None
    for i, block in enumerate(blocks):
        parts = _run_together_parts(block)
        if parts is None:
            if out is not None:
                out.append(block)
            continue
        if out is None:
            out = list(blocks[:i])
        out.extend(replace(block, kind=BlockKind.LIST_ITEM, text=part) for part in parts)
    if out is None:
        return blocks
    assign_offsets(out)
    return out


def _run_together_parts(block: Block) -> list[str] | None:
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or block.cells:
        return None
    text = block.text
    if not any(marker in text for marker in SYMBOL_MARKERS):
        return None  # the common case, skipped without a regex
    # A paragraph opens with its first item's marker; a list item's own marker may have been
    # taken off by the reader (PDF), so its run-together items are the ones after it.
    if block.kind is BlockKind.PARAGRAPH and text.lstrip()[:1] not in SYMBOL_MARKERS:
        return None
    parts = [part for part in _RUN_TOGETHER_ITEM.split(text.strip()) if part.strip()]
    return parts if len(parts) > 1 else None


def ornamented_title(text: str) -> bool:
    """"■ Contraindication", "◆ Warnings": an ornament then a short title with no closing
    punctuation, as documents in Japanese or Chinese typographic habits set their headings
    (in emphasis; a plain "■ Infection" is a list item)."""
    ornament = HEADING_ORNAMENT.match(text)
    if not ornament:
        return False
    title = text[ornament.end():].strip()
    return (0 < len(title.split()) <= 8 and title[:1].isupper()
            and not title.endswith((".", ",", ";", ":")))


def is_caption(text: str) -> bool:
    return bool(_CAPTION.match(text.strip()))


def looks_like_sentence_end(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", ":", ";"))


class HeadingStack:
    """The headings a block stands under, maintained across pages and tables."""

    def __init__(self) -> None:
        self._stack: list[tuple[int, str]] = []
        # The headings' texts, made once per heading rather than for each of the (thousands
        # of) blocks below it; the blocks then share one tuple, which they also pickle once.
        self.path: tuple[str, ...] = ()
        # The number of the numbered list item just read ("2." -> 2), for a reader to tell the
        # list's next item from a numbered heading; None after anything else.
        self.list_number: int | None = None
        # The last numbered heading entered, even if an unnumbered one set at its level has
        # closed it since ("■ 3. Indication", "■ Contraindication", then "■ 4. ..."): the
        # document's numbering goes on from it.
        self._last_numbered: str | None = None

    def push(self, level: int, text: str) -> tuple[str, ...]:
        """Enter a heading; returns the path above it (the heading's own heading_path)."""
        self._stack[:] = [(lvl, t) for lvl, t in self._stack if lvl < level]
        above = tuple(t for _, t in self._stack)
        self._stack.append((level, heading_title(text)))
        self.path = above + (self._stack[-1][1],)
        if heading_number_parts(text) is not None:
            self._last_numbered = self._stack[-1][1]
        return above

    @property
    def numbering_path(self) -> tuple[str, ...]:
        """The path, led by the last numbered heading when no heading of the path is numbered:
        what a new numbered heading's number must continue (`continues_numbering`)."""
        if self._last_numbered is None or any(heading_number_parts(t) for t in self.path):
            return self.path
        return (self._last_numbered,) + self.path


def heading_block(stack: HeadingStack, text: str, level: int, page: int | None) -> Block:
    above = stack.push(level, text)
    return Block(BlockKind.HEADING, text, page=page, heading_path=above, level=level)
