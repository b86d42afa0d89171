"""Layout cues shared by the PDF and DOCX readers: headings, list items, captions.

A reader knows the geometry or the styles; these helpers know what the words look like.
"""

from __future__ import annotations

import re

from panelproof.ingest.model import Block, BlockKind

# "2.1 Intended purpose", "A.3 Annex", "IV. Results", "Section 3 Clinical data", "Annex B – ...".
_NUMBERED_HEADING = re.compile(
    r"^(?:(?i:chapter|section|annex|appendix|anhang|annexe|kapitel|chapitre|abschnitt|partie|part|"
    r"teil)\s+)?"
    r"(?P<number>\d{1,2}(?:\.\d{1,3}){0,5}|[A-Z](?:\.\d{1,3}){0,5}|[IVX]{1,5})"
    r"(?P<dot>[.)])?[ \t\u00a0]+(?:[-–—:][ \t]+)?(?P<title>[^\W\d_][^\n]{0,150})$"
)
# A unit right after a leading number means a measurement ("5 kg body weight"), not a heading.
_MEASURE = re.compile(r"^\d+(?:[.,]\d+)?\s*(?:kg|g|mg|ml|mL|l|cm|mm|h|min|s|years?|ans|Jahre|%|°)\b")
# "•", "-", "–", "*", "o", "▪", "1.", "1)", "(a)", "a)", "i."
_LIST_MARKER = re.compile(
    r"^(?:[•●○◦▪■□►▸‣⁃∙·\-–—*](?=\s)|\(?\d{1,2}[.)](?=\s)|\(?[a-z][.)](?=\s)|\(?[ivx]{1,4}\)(?=\s))"
)
_CAPTION = re.compile(
    r"^(?:figure|fig\.|abbildung|abb\.|table|tableau|tabelle|tabla|illustration|image|graphique|"
    r"diagram|chart)\s*[A-Z]?\d+(?:[.\-]\d+)*"
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


def numbered_heading(text: str) -> tuple[int, str] | None:
    """(level, text) when `text` looks like a numbered heading, else None.

    The level is the depth of the number ("2" -> 1, "2.1" -> 2, "A.1.2" -> 3).
    """
    stripped = text.strip()
    if len(stripped) > 160 or _MEASURE.match(stripped):
        return None
    match = _NUMBERED_HEADING.match(stripped)
    if not match:
        return None
    title = match.group("title").strip()
    if not title or title[0].islower() or title.endswith((",", ";", ".")):
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


def is_caption(text: str) -> bool:
    return bool(_CAPTION.match(text.strip()))


def looks_like_sentence_end(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", ":", ";"))


class HeadingStack:
    """The headings a block stands under, maintained across pages and tables."""

    def __init__(self) -> None:
        self._stack: list[tuple[int, str]] = []

    @property
    def path(self) -> tuple[str, ...]:
        return tuple(text for _, text in self._stack)

    def push(self, level: int, text: str) -> tuple[str, ...]:
        """Enter a heading; returns the path above it (the heading's own heading_path)."""
        self._stack[:] = [(lvl, t) for lvl, t in self._stack if lvl < level]
        above = self.path
        self._stack.append((level, " ".join(text.split())))
        return above


def heading_block(stack: HeadingStack, text: str, level: int, page: int | None) -> Block:
    above = stack.push(level, text)
    return Block(BlockKind.HEADING, text, page=page, heading_path=above, level=level)
