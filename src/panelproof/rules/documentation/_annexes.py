"""References to a document's own annexes ("see Table 5 of Annex 2", "voir l'annexe 3") that
the document does not hold: DC002 reads them from the blocks, as a claim of absence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from functools import lru_cache

from panelproof.extract._terms import compile_terms, flatten_terms, load_optional
from panelproof.extract.common import blocks_containing
from panelproof.extract.documentation import _in_list_section, _strip_heading, _target_document
from panelproof.ingest.model import Block, BlockKind, Document

# Lower-case patterns on `Block.folded` (same length as `Block.normalized`).
_WORDS = r"(?:annex|annexe|appendix|appendices|anhang|anlage|allegato|anexo|apendice|apéndice|bijlage)"
_CUES = ("annex", "appendi", "anhang", "anlage", "allegato", "anexo", "apendice", "apéndice", "bijlage")
# "Annex 2", "appendix 3", "Anhang 4"; a letter only where the document letters its own annexes.
_REFERENCE = re.compile(r"(?<![\w.-])" + _WORDS + r"\s+(?P<id>\d{1,2}|[a-h])(?!\w|[.,]\w|-\w)")
# A block that starts with the label defines the annex: a heading, a caption, a row of the list
# of annexes ("| Annex 2 | Literature search protocol |"), a line "10 Annex 2 – ...".
_DEFINITION = re.compile(r"^[\W_]*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?" + _WORDS
                         + r"\s+(?P<id>\d{1,2}|[a-h])\b")
# A list of annexes run into one paragraph defines each item it lists: "Annex 1: literature
# search; Annex 2: appraisal tables; Annex 3: CVs of the evaluators".
_LISTED = re.compile(r"[;•]\s*" + _WORDS + r"\s+(?P<id>\d{1,2}|[a-h])\s*[:–—]")
# Another work's annex: "ISO 14971:2019 Annex C", "Annex 2 of MDCG 2020-6", "Annex 1 to the
# Regulation", "(Smith et al. 2019, appendix 2)".
_FOREIGN_BEFORE = re.compile(
    r"(?:\biso\b|\biec\b|\ben\s+\d|\bmdr\b|\bivdr\b|\bmdcg\b|\bmeddev\b|regulation|directive|"
    r"règlement|reglement|verordnung|richtlinie|regolamento|reglamento|standard|\bnorm\b|"
    r"guidance|guideline|leitfaden|et al\.?|\b(?:19|20)\d{2}\b|\[\d+\])(?:[^.;]|\.(?=\d)){0,25}$")
_FOREIGN_AFTER = re.compile(
    r"^\s*(?:of|to|in|from|de|du|des|der|zu|zur|zum|del|della|dello)\s+(?:the\s+|la\s+|le\s+|l'|"
    r"dem\s+|den\s+)?(?:mdr|ivdr|mdcg|meddev|iso|iec|en\s|regulation|directive|règlement|"
    r"reglement|verordnung|richtlinie|regolamento|reglamento|standard|guidance|\[)")


# "Table 5 of Annex 2", "Figure 3 in Appendix 1", "Tabelle 2 in Anhang 1", "tableau 4 de l'annexe 2":
# the text before an annex reference names a numbered table or figure inside it.
_INTO_TABLE_OR_FIGURE = re.compile(
    r"(?:table|tab\.|figure|fig\.|tabelle|abbildung|abb\.|tableau|tabla|tabella|figura|tabel|figuur)"
    r"\s*[a-z]?\d{1,3}(?:[.-]\d{1,3})?\s+(?:of|in|from|de|du|der|des|im|in der|della|del|dell'|van|uit)"
    r"\s+(?:the\s+|l'|la\s+|dem\s+|den\s+)?$")


@dataclass(frozen=True)
class AnnexReference:
    annex: str          # "2", "b"
    block: Block
    span: tuple[int, int]


def dangling_annexes(document: Document, other_paths: list[str]) -> list[AnnexReference]:
    """References to an annex of this document that neither the document (a block starting
    with the annex's label) nor the dossier (a file named after it) holds."""
    indices = blocks_containing(document, _CUES)
    if not indices:
        return []
    defined: set[str] = set()
    references: list[AnnexReference] = []
    for index in sorted(indices):
        block = document.blocks[index]
        folded = block.folded
        definition = _DEFINITION.match(folded)
        listed: list[re.Match] = []
        if definition:
            defined.add(definition.group("id"))
            if folded[definition.end():definition.end() + 3].lstrip().startswith((":", "–", "—")):
                listed = list(_LISTED.finditer(folded, definition.end()))
                defined.update(item.group("id") for item in listed)
        if _in_list_section(block):
            continue
        for match in _REFERENCE.finditer(folded):
            if definition and match.start() < definition.end():
                continue  # the label that defines the annex
            if any(item.start() <= match.start() < item.end() for item in listed):
                continue  # an item of a run-in list of annexes
            if _foreign(folded, block.normalized, match.start(), match.end()):
                continue
            references.append(AnnexReference(match.group("id"), block, match.span()))
    if not references:
        return []
    if not defined and not _has_annex_section(document):
        # No annex of its own at all: its annexes are attachments filed beside it, and "appraisal
        # sheets in Annex 2" points to an attachment. Only a numbered table or figure said to be
        # in an annex ("Table 5 of Annex 2") is a cross-reference that must resolve somewhere in
        # the dossier.
        references = [r for r in references if _INTO_TABLE_OR_FIGURE.search(
            r.block.folded[max(0, r.span[0] - 40):r.span[0]])]
        if not references:
            return []
    lettered = any(not a.isdigit() for a in defined)
    files = " ".join(p.lower().replace("_", " ").replace("-", " ") for p in other_paths)
    missing = []
    for ref in references:
        if ref.annex in defined or (not ref.annex.isdigit() and not lettered):
            continue
        if re.search(_WORDS + r"\s*0?" + re.escape(ref.annex) + r"(?!\w)", files):
            continue  # the annex is a file of its own
        missing.append(ref)
    return missing


@lru_cache(maxsize=1)
def _annex_section_heading() -> re.Pattern | None:
    data = load_optional("documentation") or {}
    return compile_terms(flatten_terms((data.get("annex_sections") or {}).get("terms")))


def _has_annex_section(document: Document) -> bool:
    """Whether the document has a heading that opens its own annexes ("Annexes", "10
    Appendices", "Anhänge"), so that the annexes it names belong to its text."""
    pattern = _annex_section_heading()
    if pattern is None:
        return False
    for block in document.blocks:
        if block.kind is BlockKind.HEADING and pattern.fullmatch(_strip_heading(block.normalized)):
            return True
    return False


def _foreign(folded: str, normalized: str, start: int, end: int) -> bool:
    if _FOREIGN_BEFORE.search(folded, max(0, start - 40), start):
        return True
    if _FOREIGN_AFTER.match(folded[end:end + 40]):
        return True
    # "Annex 2 of the PMCF plan", "CEP Annex 3": an annex of another document of the dossier
    return _target_document(normalized, start, end) is not None
