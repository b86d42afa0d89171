"""Documentation facts: figures and tables, references to them, heading numbers, and references
to other controlled documents (knowledge/documentation.yaml).

- FIGURE: a caption that gives a figure or table its number ("Figure 3: ...", "Tab. 2 -",
  "Abbildung 4", "Tableau 1 :"), from caption blocks and caption-like short paragraphs.
- FIGURE_REFERENCE: a mention of a figure or table of the same document ("see Figure 3",
  "(Fig. 2)", "Tables 4 and 5", "voir le tableau 2"); mentions of another work's figure
  ("Table 2 of ISO 14971", "Smith et al., Fig. 3") are not references to check.
- HEADING_NUMBER: the number of a numbered heading ("3.2.1 Exclusion criteria" -> "3.2.1").
- DOCUMENT_REFERENCE: a controlled document cited with its number or revision ("CER-0042
  rev. C", "PMCF plan v2.0", "document no. RMF-001, revision 3"), and the document's own
  number and revision from its header (`self_declared=True`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from panelproof.extract._terms import (compile_terms, flatten_terms, load_optional, may_match,
                                       term_anchors)
from panelproof.extract.common import (ExtractionContext, blocks_containing, lowered_pattern,
                                       make_fact, sentence_around)
from panelproof.extract.model import DocumentReference, Fact, FactKind, Label
from panelproof.ingest.layout import is_reference_heading, looks_like_citation
from panelproof.ingest.model import Block, BlockKind, Document, Role

_NUMBER = r"(?:[A-Z]\.)?\d{1,3}(?:\.\d{1,3}){0,3}[a-z]?"
_JOINER = r"\s*(?:,|&|and|or|to|et|ou|à|und|oder|bis|-)\s*"
# What follows the number of a mention that is a sentence, not a caption ("Figure 3 shows").
_REFERENCE_WORDS = {
    "shows", "show", "showed", "shown", "summarises", "summarizes", "summarised", "summarized",
    "presents", "presented", "lists", "listed", "gives", "provides", "illustrates", "depicts",
    "compares", "contains", "describes", "displays", "reports", "is", "are", "was", "were",
    "and", "or", "to", "in", "of", "above", "below", "also", "zeigt", "stellt", "fasst",
    "enthält", "gibt", "ist", "sind", "und", "montre", "présente", "résume", "illustre",
    "donne", "contient", "est", "sont", "et", "ci-dessus", "ci-dessous", "oben", "unten"}
# A mention of another work's figure: "Table 2 of ISO 14971", "Figure 3 in Smith et al.".
_FOREIGN_AFTER = re.compile(
    r"^\s*(?:of|in|from|de|du|des|der|aus|im|dans)\s+(?:the\s+|la\s+|le\s+|l'|les\s+|dem\s+|den\s+)?"
    r"(?:[A-Z]{2,}|Annex|Appendix|Anhang|annexe|ref\b|reference|référence|\[|\d|"
    r"[A-Z][\w'-]+\s+(?:et\s+al|and|&|\(?\d{4}))")
_FOREIGN_BEFORE = re.compile(
    r"(?:et\s+al\.?,?|\b(?:19|20)\d{2}[a-z]?\s*[,;:]|\]\s*,?|\bp{1,2}\.\s*\d*,?|"
    r"(?:Annex|Annexe|Anhang|Appendix|Article|Art\.|ISO|IEC|EN|MDCG|MEDDEV)\s*[\w.:\- ]{0,20},|"
    # a standard or guidance named right before: "MDCG 2020-13 Table 1", "ISO 10993-1 Table A.1"
    r"\b(?:ISO|IEC|EN|MDCG|MEDDEV|ASTM|IMDRF|GHTF)(?:/[A-Z]+)?\s*\d[\w.:/\-]*(?:\s+rev\.?\s*\d+)?)\s*$")
_TOC_LINE = re.compile(r"(?:\.{3,}|…|\s{2,}|\t)\s*\d+\s*$")
_HEADING_NUMBER = re.compile(
    r"^\s*(?:(?:section|chapter|chapitre|kapitel|abschnitt|partie|teil)\s+)?"
    r"(\d{1,2}(?:\.\d{1,3}){0,5})\.?(?=\s+\S|\s*$)", re.IGNORECASE)
_REVISION = re.compile(
    r"(?<![\w])(?:rev(?:ision)?\.?|révision|revisión|revisione|revisie|version|versione|versión|"
    r"versie|ver\.|index|indice|ausgabe|édition|edition|edizione|edición|uitgave|issue|ed\.)"
    # a separator, or a digit straight after: "Revisionen" is a word, not revision "EN"
    r"(?:\s*[:.#]\s*|\s+|(?<=\.)|(?=\d))(?:v\.?\s?(?=\d))?"
    r"(?P<rev>[A-Z]{1,2}\d{0,2}|\d{1,3}(?:\.\d{1,3}){0,3})(?![\w.]\w)(?!\d)"
    # "Revision 18 %": the rate of revision surgery, not a document's revision
    r"(?!\s*(?:%|per\s?cent|percent|pour\s?cent|prozent|por\s?ciento|per\s?cento|procent))"
    r"|(?<![\w/])v\.?\s?(?P<vrev>\d{1,3}(?:\.\d{1,3}){0,3})(?![\w.]\w)",
    re.IGNORECASE)
# A capital first lets the regex engine skip every other position fast; the character before
# it is tested after it ("(?<![\w/-].)": not a word character, "/" or "-"), which is twice as
# fast in CPython as a look-behind or a look-ahead in front.
# A revision may be glued to the number as its last segment ("ABC-CER-012_Rev03",
# "XY-IFU-7-rev.B", "PMCF-PL-01_v2.1"): the code takes it, `split_glued_revision` parts them.
_CODE = re.compile(r"([A-Z](?<![\w/-].)[A-Z0-9]{1,9}(?:[-_./][A-Z0-9]{1,12}){1,5}"
                   r"(?:[-_](?:[Rr]ev|[Vv]er|[Vv])\.?(?:\d{1,3}(?:\.\d{1,3}){0,2}|[A-Z]{1,2})(?![\w.]\w))?)"
                   r"(?![\w/-])")
_GLUED_REVISION = re.compile(
    r"^(?P<id>[^-_./]+[-_./].+?)[-_](?:(?:rev|ver)\.?(?P<rev>\d{1,3}(?:\.\d{1,3}){0,2}|[A-Z]{1,2})|"
    r"v\.?(?P<vrev>\d{1,3}(?:\.\d{1,3}){0,2}))$", re.IGNORECASE)


def split_glued_revision(code: str) -> tuple[str, str | None]:
    """("ABC-CER-012", "03") for "ABC-CER-012_Rev03"; (code, None) when no revision is glued.
    The number before the revision keeps two segments, so "CER_REV" alone is left whole."""
    match = _GLUED_REVISION.match(code)
    if match is None:
        return code, None
    return match.group("id"), match.group("rev") or match.group("vrev")
_ID_KEYS = re.compile(
    r"^(?:document(?:\s*(?:no\.?|number|id|identifier|reference|ref\.?))?|doc\.?\s*(?:no\.?|id|ref\.?)|"
    r"reference|ref\.|référence|réf\.?|numéro(?:\s+du\s+document)?|n°(?:\s+de\s+document)?|"
    r"dokument(?:en)?nummer|dokument-nr\.?|dok\.?-?nr\.?|nummer|id)$", re.IGNORECASE)
_REV_KEYS = re.compile(
    r"^(?:rev(?:ision)?\.?|version|ver\.?|révision|indice|index|ausgabe|revisionsstand|"
    r"versionsnummer|[ée]dition|ed\.|issue|revisione|edizione|versione|revisión|edición|versión|"
    r"revisie|versie|uitgave|document\s+(?:revision|version|edition|issue))$", re.IGNORECASE)
_REV_VALUE = re.compile(r"^\s*(?:rev\.?\s*|v\.?\s?(?=\d))?([A-Z]{1,2}\d{0,2}|\d{1,3}(?:\.\d{1,3}){0,3})\b",
                        re.IGNORECASE)
_HEADER_LIMIT = 30


@dataclass(frozen=True)
class _Knowledge:
    figure_words: tuple[str, ...]
    table_words: tuple[str, ...]
    label: re.Pattern
    list_sections: re.Pattern | None
    history_sections: re.Pattern | None
    superseded: re.Pattern | None
    study_documents: re.Pattern | None
    names: tuple[tuple[re.Pattern, Role, tuple[str, ...] | None], ...]
    label_anchors: tuple[str, ...] | None
    codes: dict[str, Role]
    not_codes: frozenset[str]


def _role(value: str) -> Role | None:
    try:
        return Role(value)
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _knowledge() -> _Knowledge:
    data = load_optional("documentation") or {}
    labels = data.get("labels") or {}
    figure_words = flatten_terms({k: v for k, v in (labels.get("figure") or {}).items()})
    table_words = flatten_terms({k: v for k, v in (labels.get("table") or {}).items()})
    words = sorted(set(figure_words) | set(table_words), key=lambda t: (-len(t), t))
    label = re.compile(
        r"(?<![\w.])(?P<word>" + "|".join(re.escape(w).replace(r"\.", r"\.?") if w.endswith(".")
                                          else re.escape(w) for w in words) + r")"
        + r"(?!\w)\s*(?P<nums>" + _NUMBER + r"(?:" + _JOINER + _NUMBER + r"(?![\w.]\w))*)(?![\w])",
        re.IGNORECASE)
    names: list[tuple[re.Pattern, Role, tuple[str, ...] | None]] = []
    codes: dict[str, Role] = {}
    for entry in data.get("document_types") or []:
        role = _role(str(entry.get("role")))
        if role is None:
            continue
        terms = flatten_terms(entry.get("names"))
        pattern = compile_terms(terms)
        if pattern is not None:
            names.append((pattern, role, term_anchors(terms)))
        for code in entry.get("codes") or []:
            codes[str(code).upper()] = role

    def terms(key: str) -> re.Pattern | None:
        return compile_terms(flatten_terms((data.get(key) or {}).get("terms")))

    return _Knowledge(
        figure_words=tuple(w.lower().rstrip(".") for w in figure_words),
        table_words=tuple(w.lower().rstrip(".") for w in table_words),
        label=label,
        label_anchors=term_anchors(tuple(w.rstrip(".") for w in words)),
        list_sections=terms("list_sections"),
        history_sections=terms("history_sections"),
        superseded=terms("superseded_cues"),
        study_documents=terms("study_document_cues"),
        names=tuple(names),
        codes=codes,
        not_codes=frozenset(str(c).upper() for c in (data.get("not_document_codes") or {}).get("codes", [])),
    )


# --- figures and tables -------------------------------------------------------------------

def label_kind(word: str) -> str | None:
    k = _knowledge()
    key = word.lower().rstrip(".")
    if key in k.table_words:
        return "table"
    if key in k.figure_words:
        return "figure"
    return None


def label_pattern() -> re.Pattern:
    """The pattern of a figure or table label ("Table 3", "Abb. 2"): groups `word` and `nums`."""
    return _knowledge().label


_HYPHEN_PAIR = re.compile(r"(\d{1,3})\s*-\s*(\d{1,3})")


def _numbers(nums: str, chapter_labels: frozenset[str] = frozenset()) -> list[str]:
    """"2", "2 and 3", "2-4" -> the numbers they name (a range of at most 10 is expanded).

    "6-1" is the first table of chapter 6, not a range, when the second number is not above
    the first, or when the document captions a table or figure "2-3" (`chapter_labels`)."""
    pair = _HYPHEN_PAIR.fullmatch(nums.strip())
    if pair and (int(pair.group(2)) <= int(pair.group(1))
                 or f"{pair.group(1)}-{pair.group(2)}" in chapter_labels):
        return [f"{pair.group(1)}-{pair.group(2)}"]
    found = re.findall(_NUMBER, nums)
    if len(found) == 2 and re.search(r"\d\s*(?:-|to|à|bis)\s*\d", nums) and all(f.isdigit() for f in found):
        low, high = int(found[0]), int(found[1])
        if 0 < high - low <= 10:
            return [str(n) for n in range(low, high + 1)]
    return found


def _in_list_section(block: Block) -> bool:
    return bool(block.heading_path) and _is_list_heading(block.heading_path[-1])


@lru_cache(maxsize=4096)
def _is_list_heading(heading: str) -> bool:
    pattern = _knowledge().list_sections
    return bool(pattern and pattern.fullmatch(_strip_heading(heading)))


def _strip_heading(text: str) -> str:
    return re.sub(r"^\s*(?:\d+(?:\.\d+)*\.?|[A-Z]\.)\s+", "", text).strip(" *_:#")


_LEADING_MARKUP = re.compile(r"[\s*_]*")


def caption_match(block: Block) -> re.Match | None:
    """The leading label of a caption block, or None when the block is not a caption.

    A caption set in bold above its table is often read as a heading ("Tbl. 2 – Clinical
    data", "Figure 4: Delivery system"): a heading is a caption when its label and number
    stand alone before a separator or at its end."""
    if block.kind not in (BlockKind.CAPTION, BlockKind.PARAGRAPH, BlockKind.HEADING):
        return None
    text = block.normalized
    lead = _LEADING_MARKUP.match(text).end()
    match = _knowledge().label.match(text, lead)
    if not match or _TOC_LINE.search(text):
        return None
    rest = text[match.end():]
    rest_stripped = rest.lstrip(" *_")
    if re.search(_JOINER.strip() + r"\s*\d", match.group("nums")) and len(_numbers(match.group("nums"))) > 1:
        if not (_HYPHEN_PAIR.fullmatch(match.group("nums").strip()) and rest_stripped[:1] in tuple(":.|—–")):
            return None  # "Figures 2 and 3 show ..." is a reference; "Table 2-3: Results" a caption
    if not rest_stripped or rest_stripped[0] in ":.-|—–(":
        return match
    if block.kind is BlockKind.HEADING:
        return None
    first_word = rest_stripped.split()[0].lower().strip(",;")
    words = len(text.split())
    if first_word in _REFERENCE_WORDS:
        return None
    if block.kind is BlockKind.CAPTION or words <= 25:
        return match
    return None


def _figure_facts(document: Document, block: Block) -> tuple[list[Fact], tuple[int, int] | None]:
    match = caption_match(block)
    if match is None or _in_list_section(block):
        return [], None
    kind = label_kind(match.group("word"))
    if kind is None:
        return [], None
    pair = _HYPHEN_PAIR.fullmatch(match.group("nums").strip())
    number = f"{pair.group(1)}-{pair.group(2)}" if pair else _numbers(match.group("nums"))[0]
    caption = block.quote(0, len(block.normalized))
    fact = make_fact(document, block, FactKind.FIGURE, Label(kind, number, caption))
    return [fact], (match.start(), match.end())


def _reference_facts(document: Document, block: Block, skip: tuple[int, int] | None,
                     may_name_label: bool, chapter_labels: frozenset[str] = frozenset()) -> Iterator[Fact]:
    """`may_name_label`: whether the block holds an anchor of the label words (see `extract`);
    `chapter_labels`: the document's captions numbered by chapter ("Table 2-3")."""
    if not may_name_label or _in_list_section(block):
        return
    text = block.normalized
    if not _has_digit(text):
        return
    for match in _knowledge().label.finditer(text):
        if skip and match.start() < skip[1] and match.end() > skip[0]:
            continue
        target = _target_document(text, match.start(), match.end())
        if target is not None and target is document.role:
            target = None  # "Table 2 of this CER" in the CER: its own table
        elif target is None and (_FOREIGN_AFTER.match(text[match.end():])
                                 or _FOREIGN_BEFORE.search(text[max(0, match.start() - 40):match.start()])):
            continue
        kind = label_kind(match.group("word"))
        if kind is None:
            continue
        # "table 2" in lower case could be ordinary prose in English only when no number follows;
        # the regex already requires a number.
        for number in _numbers(match.group("nums"), chapter_labels):
            label = Label(kind, number, target=target.value if target is not None else "")
            yield make_fact(document, block, FactKind.FIGURE_REFERENCE, label,
                            (match.start(), match.end()))


# "Table 9 of the CER", "Tableau 9 du REC", "Tabelle 9 des klinischen Bewertungsberichts";
# "the CER's Table 9", "CER, Table 9", "CER (Table 9)", "in the CER, table 9".
_OF_DOCUMENT = re.compile(
    r"\s*(?:of|in|from|de|du|des|der|aus|im|dans|within)\s+"
    r"(?:the\s+|this\s+|la\s+|le\s+|l'|l’|les\s+|ce\s+|cette\s+|dem\s+|den\s+|des\s+|der\s+|diese[sm]?\s+)?",
    re.IGNORECASE)
_DOCUMENT_BEFORE = re.compile(r"(?:['’]s|,|\s*\(|\s*:)\s*(?:see\s+|voir\s+(?:le\s+|la\s+)?|siehe\s+)?$",
                              re.IGNORECASE)


# A section between the document and the label: "IFU section 8, Table 2", "IFU (§ 8, Table 2)",
# "Gebrauchsanweisung, Abschnitt 8, Tabelle 2", "CER chapter 6 (Table 4)".
_LOCATOR_BEFORE = re.compile(
    r"(?:,|\s*\()?\s*(?:sections?|sect\.|chapters?|chap\.|clause|§|paragraph|part|annex|appendix|"
    r"chapitre|partie|annexe|abschnitt|kapitel|teil|anhang|sezione|capitolo|secci[óo]n|"
    r"cap[íi]tulo|hoofdstuk|sectie|bijlage)?\s*§?\s*[A-Z]?\d+(?:\.\d+)*\s*(?:[,;(]\s*)?$",
    re.IGNORECASE)


def _target_document(text: str, start: int, end: int) -> Role | None:
    """The dossier document a figure or table mention belongs to, when it names one: by name
    or by its code ("NV-IFU-031"), after the label ("Table 9 of the CER") or before it ("CER
    Table 4", "the CER's Table 9", "IFU section 8, Table 2")."""
    after = _OF_DOCUMENT.match(text, end)
    if after:
        role = _document_name_at(text, after.end(), anchored_start=True) or _code_at(text, after.end())
        if role is not None:
            return role
    window_start = max(0, start - 80)
    before = _DOCUMENT_BEFORE.search(text, window_start, start)
    stop = before.start() if before else len(text[:start].rstrip())
    locator = _LOCATOR_BEFORE.search(text, window_start, stop)
    if locator and locator.start() < stop and re.search(r"[^\d\s,;(]", locator.group(0)):
        stop = locator.start()
    elif not before and stop == start:
        return None  # "…CERTable 2": no separation at all
    head = text[window_start:stop]
    return _document_name_at(head, None, anchored_start=False) or _code_before(head)


def _code_at(text: str, position: int) -> Role | None:
    code = _CODE.match(text, position)
    return _code_role(code.group(1)) or None if code else None


def _code_before(text: str) -> Role | None:
    code = re.search(r"(?<![\w/-])([A-Z][A-Z0-9]{1,9}(?:[-_./][A-Z0-9]{1,12}){1,5})\s*$", text)
    return _code_role(code.group(1)) or None if code else None


def _document_name_at(text: str, position: int | None, anchored_start: bool) -> Role | None:
    """The role whose document name starts at `position` (or ends `text` when not anchored)."""
    lowered = text.lower()
    for pattern, role, anchors in _knowledge().names:
        if not may_match(anchors, lowered):
            continue
        if anchored_start:
            found = pattern.match(text, position)
            if found:
                return role
        else:
            for found in pattern.finditer(text):
                if found.end() == len(text.rstrip()):
                    return role
    return None


# --- heading numbers -----------------------------------------------------------------------

def heading_number(text: str) -> tuple[str, int] | None:
    """("3.2.1", end offset) of a numbered heading's number, or None."""
    match = _HEADING_NUMBER.match(text)
    if not match:
        return None
    rest = text[match.end():].strip()
    if rest and not re.match(r"[^\W\d_]", rest):
        return None  # "2017/745 ..." or "3 %" is not a numbered heading
    return match.group(1), match.end()


def _misread_heading(block: Block, end: int) -> bool:
    """A "heading" whose number is not a section number: an entry of a reference list or of a
    table of contents, or a citation a reader took for a heading."""
    if any(is_reference_heading(h) or _is_list_heading(h) for h in block.heading_path):
        return True
    text = block.normalized
    rest = text[end:].strip()
    if _NUMBERED_PARAGRAPH.match(rest) or (len(rest.split()) >= 8 and _FINITE_VERB.search(rest)):
        return True  # "4. We note that ...", "5. Observation: the manufacturer is invited to ...":
        #              a numbered paragraph of a reviewer's letter (headings state no verb)
    return bool(_TOC_LINE.search(text)) or looks_like_citation(rest)


# A finite verb in a long "heading": a sentence ("4. The clinical data consist of ...").
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|consists?|agree|note|notes|invited|considered|"
                          r"demonstrates?|shows?|remains?|contains?|should|shall|must|can|will)\b", re.IGNORECASE)
# The first words of a numbered paragraph a PDF reader may take for a heading: a letter's "we" or
# "I" opening a sentence (headings do not speak in the first person; "4.1 Our own investigations"
# is a heading).
_NUMBERED_PARAGRAPH = re.compile(r"(?:we|i|nous|wir|noi|nosotros)\s+(?:\S+\s+){3}", re.IGNORECASE)


# --- document references -------------------------------------------------------------------

def normalize_revision(revision: str | None) -> str | None:
    """Comparable form: "rev. c" -> "C", "v2.0" -> "2", "02" -> "2"."""
    if not revision:
        return None
    value = revision.strip().upper()
    if re.fullmatch(r"\d+(?:\.\d+)*", value):
        parts = [str(int(p)) for p in value.split(".")]
        while len(parts) > 1 and parts[-1] == "0":
            parts.pop()
        return ".".join(parts)
    return value


def normalize_identifier(identifier: str) -> str:
    return re.sub(r"[\s\-_./]", "", identifier.upper())


def document_type_codes() -> frozenset[str]:
    """The parts of controlled document codes that name a document type ("CER", "IFU", "PMCF",
    "RMP"), from knowledge/documentation.yaml: "ABC-IFU-XY12" numbers a document, not a device."""
    return frozenset(part for code in _knowledge().codes for part in re.split(r"[-_./]", code)
                     if part)


def _code_role(code: str) -> Role | None | bool:
    """The role a coded identifier names, None when unknown, False when it names a standard."""
    k = _knowledge()
    head = re.split(r"[-_./]", code)[0].upper()
    if head in k.not_codes or not re.search(r"\d", code):
        return False
    prefixes = sorted(k.codes, key=lambda t: (-len(t), t))
    compact = normalize_identifier(code)
    for prefix in prefixes:
        if head == prefix or compact.startswith(normalize_identifier(prefix)) and head.startswith(prefix):
            return k.codes[prefix]
    # A company prefix first, the document type inside: "KST-CER-031", "OVM-IFU-LSA1". Not
    # PMCF: "EXU-PMCF-01" is as often a PMCF study as the plan.
    for segment in re.split(r"[-_./]", code)[1:]:
        role = k.codes.get(segment.upper())
        if role is not None and role not in (Role.PMCF_PLAN, Role.PMCF_REPORT):
            return role
    return None


# A guidance document or standard between a document and a revision carries that revision
# itself ("the CEP and MEDDEV 2.7/1 rev. 4": rev. 4 is MEDDEV's, not the CEP's).
_GUIDANCE_BETWEEN = re.compile(r"(?i:\bmeddev\b|\bmdcg\b|\bimdrf\b|\bghtf\b)|"
                               r"\b(?:ISO|IEC|EN|ASTM|DIN|NF|BS|CLSI|AAMI)\s?\d")


def _revision_after(text: str, start: int, limit: int = 45) -> re.Match | None:
    window = text[start:start + limit]
    match = _REVISION.search(window)
    if match and match.end() == len(window) and text[start + limit:start + limit + 1].isalnum():
        # the window cut a word: "patient version p|rovided" names no revision "p"
        match = None
    if (match and not re.search(r"[.;]\s", window[:match.start()])
            and not _GUIDANCE_BETWEEN.search(window, 0, match.start())):
        return match
    return None


@dataclass(frozen=True)
class _Reference:
    span: tuple[int, int]
    identifier: str
    revision: str | None
    role: Role | None


# Cheap tests before the revision regex (keep in step with `_REVISION`): a substring of each
# of its keywords, or "v" before a digit ("v2.0").
_REVISION_KEYS = ("rev", "vision", "version", "ver.", "index", "indice", "ausgabe", "dition",
                  "versi", "dizione", "dición", "uitgave", "issue", "ed.")
_V_NUMBER = re.compile(r"v\.?\s?\d")
_DIGIT = re.compile(r"\d")


def _has_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None


def _may_name_revision(lowered: str) -> bool:
    return any(key in lowered for key in _REVISION_KEYS) or _V_NUMBER.search(lowered) is not None


def _blocks_naming_revisions(document: Document) -> set[int]:
    """Indices of the blocks for which `_may_name_revision` holds: one scan of the document for
    the keywords, then the "v2.0" test on the other blocks."""
    found = set(blocks_containing(document, _REVISION_KEYS))
    for index, block in enumerate(document.blocks):
        if index not in found and _V_NUMBER.search(block.folded) is not None:
            found.add(index)
    return found


def _code_revisions(text: str, codes: list[re.Match], table_row: bool) -> list[tuple[str | None, int]]:
    """(revision, end of the quote) for each code: the revision that goes with it, or None.

    In prose a revision follows its code closely. A table row with several codes pairs them
    by order with the row's revisions ("CER-1 | Rev. 2 | IFU-4 | Rev. 3"); when the counts differ
    (PDF text that ran two rows into one, a missing cell) the pairing is unknown and no
    revision is taken, rather than the neighbour row's. The quote runs to the revision when no
    other code stands between them.
    """
    if not table_row or len(codes) < 2:
        out: list[tuple[str | None, int]] = []
        for code in codes:
            revision = _revision_after(text, code.end(), 30)
            if revision and _other_document_between(text, code.end(), code.end() + revision.start()):
                revision = None  # "CEP X-CEP-1, CER X-CER-1 Rev.02": Rev.02 is the CER's
            out.append((_revision_value(revision), code.end() + revision.end()) if revision
                       else (None, code.end()))
        return out
    # "Documents reviewed | CEP X-CEP-1 Rev. B; CER X-CER-1 Rev. D dated ...": each code with
    # the revision that follows it in its own cell, as in prose
    in_cell = [_revision_after(text, code.end(), 30) for code in codes]
    in_cell = [r if r and "|" not in text[code.end():code.end() + r.start()]
               and not _CODE.search(text, code.end(), code.end() + r.start()) else None
               for code, r in zip(codes, in_cell)]
    if any(in_cell):
        return [(_revision_value(r), code.end() + r.end()) if r else (None, code.end())
                for code, r in zip(codes, in_cell)]
    revisions = list(_REVISION.finditer(text, codes[0].end()))
    revisions = [r for r in revisions if not any(c.start() <= r.start() < c.end() for c in codes)]
    if len(revisions) != len(codes):
        return [(None, code.end()) for code in codes]
    paired: list[tuple[str | None, int]] = []
    for code, revision in zip(codes, revisions):
        adjacent = revision.start() >= code.end() and not _CODE.search(text, code.end(), revision.start())
        paired.append((_revision_value(revision), revision.end() if adjacent else code.end()))
    return paired


_LIST_SEPARATOR = re.compile(r"[,;/+&]|\b(?:and|und|et|e|y|en|og|och|i|a)\b", re.IGNORECASE)


def _other_document_between(text: str, start: int, end: int) -> bool:
    """Whether another document stands between a code and the revision after it, the next item
    of a list ("CEP X-CEP-1, CER X-CER-1 Rev.02", "PMCF X-PMCF-1, IFU EN/ES Rev.02"): another
    code, or a document-type word after a list separator. The revision is that document's."""
    between = text[start:end]
    if not between.strip():
        return False
    if _CODE.search(between):
        return True
    separator = _LIST_SEPARATOR.search(between)
    if separator is None:
        return False
    types = document_type_codes()
    return any(word.upper() in types for word in re.findall(r"[A-Za-z]{2,6}", between[separator.end():]))


def _revision_value(match: re.Match | None) -> str | None:
    return (match.group("rev") or match.group("vrev")) if match else None


_CLAUSE_END = re.compile(r"[.;:!?]\s|[()\[\]|]")


def _named_as_study_document(text: str, start: int, end: int) -> bool:
    """Whether the words right before or after a code name a study document rather than a plan:
    "NOTE-SYNC registry interim report PMCF-CN-R1", "PMCF-SV-02 survey protocol". The nearest
    document noun before the code decides: "the PMCF plan PMCF-004" names the plan."""
    pattern = _knowledge().study_documents
    if pattern is None:
        return False
    window_start = max(0, start - 50)
    before = text[window_start:start]
    breaks = list(_CLAUSE_END.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    cues = [m for m in pattern.finditer(before)]
    if cues:
        nearest = cues[-1]
        between = before[nearest.end():]
        plan = re.search(r"(?i)\bplan\b|\bplans?\b", between)
        if plan is None and len(between.split()) <= 3:
            return True
    after = text[end:end + 30]
    cue = pattern.match(after.lstrip(" ,-–"))
    return cue is not None and not re.match(r"(?i)\s*[,-–]?\s*plan\b", after)


def _found_role(text: str, match: re.Match) -> Role | None:
    role = _code_role(match.group(1)) or None
    if role is Role.PMCF_PLAN and _named_as_study_document(text, match.start(), match.end()):
        return None  # a PMCF study, registry or its report: not the PMCF plan
    return role


# The code a document name is followed by: "the CER (no. CER-012)", "CER reference: CER-012",
# and in a table row the next cell, "Related CER | QM-CE-0312 rev. 04".
_CODE_AFTER_NAME = re.compile(
    r"^\s*(?:(?i:reference|ref\.|document|doc\.|id)\s*)?[(,:|]?\s*(?i:no\.?|number|nr\.?|n°)?\s*:?\s*"
    r"([A-Z][A-Z0-9]{1,9}(?:[-_./][A-Z0-9]{1,12}){1,5})\)?")


def find_references(text: str, table_row: bool = False, lowered: str | None = None,
                    may_name_revision: bool | None = None) -> list[_Reference]:
    """Document references in normalised text: coded identifiers and named documents.

    `lowered`: the text in lower case (`Block.folded`) and `may_name_revision`: whether it holds
    a revision keyword, when the caller already has them."""
    found: list[_Reference] = []
    taken: list[tuple[int, int]] = []
    # A code that names a document has a digit (see `_code_role`): most blocks need no search.
    codes = ([m for m in _CODE.finditer(text) if _code_role(m.group(1)) is not False]
             if _has_digit(text) else [])
    if lowered is None:
        lowered = text.lower()
    if may_name_revision is None:
        may_name_revision = _may_name_revision(lowered)
    # A named document counts only with a code or a revision after it: without either in the
    # block, the name patterns (the costly part) need not run.
    if not codes and not may_name_revision:
        return found
    for match, (rev, end) in zip(codes, _code_revisions(text, codes, table_row)):
        identifier, glued = split_glued_revision(match.group(1))
        found.append(_Reference((match.start(), end), identifier, glued or rev, _found_role(text, match)))
        taken.append((match.start(), end))
    for pattern, role, anchors in _knowledge().names:
        if not may_match(anchors, lowered):
            continue
        for match in pattern.finditer(text):
            tail = text[match.end():match.end() + 60]
            code = _CODE_AFTER_NAME.match(tail)
            identifier = match.group(0)
            end = match.end()
            if code and _code_role(code.group(1)) is not False:
                identifier = code.group(1)
                end = match.end() + code.end()
                # "the PMCF plan SEN-PMCF-0100 Rev. B": the name says what the code numbers
                code_start = match.end() + code.start(1)
                for i, ref in enumerate(found):
                    if ref.span[0] == code_start and ref.role is None:
                        found[i] = _Reference((match.start(), ref.span[1]), ref.identifier,
                                              ref.revision, role)
                        taken.append(found[i].span)
            revision = _revision_after(text, end)
            if revision and _other_document_between(text, end, end + revision.start()):
                revision = None
            if revision is None and identifier == match.group(0):
                continue  # "the CER" alone names no revision to check
            rev = (revision.group("rev") or revision.group("vrev")) if revision else None
            if revision:
                end = end + revision.end()
            if any(match.start() < e and end > s for s, e in taken):
                continue
            found.append(_Reference((match.start(), end), identifier, rev, role))
            taken.append((match.start(), end))
    return sorted(found, key=lambda r: r.span)


def _header_blocks(document: Document) -> set[int]:
    """Indexes of the blocks before the document's first numbered or second-level heading."""
    zone: set[int] = set()
    blocks = document.blocks[:_HEADER_LIMIT]
    title_lines = True  # only headings so far
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.HEADING and index > 0 and (
                heading_number(block.normalized)
                or ((block.level or 1) >= 2 and not (title_lines and _over_cover_table(blocks, index)))):
            break
        title_lines = title_lines and block.kind is BlockKind.HEADING
        zone.add(index)
    return zone


def _over_cover_table(blocks: list[Block], index: int) -> bool:
    """Whether the heading at `index` is a subtitle of the title (the device's name) standing
    right over the cover table ("Document number | ...", "Revision | B")."""
    following = blocks[index + 1:index + 2]
    return bool(following) and following[0].kind is BlockKind.TABLE_ROW


def _history_tables(document: Document) -> set[int]:
    """Tables that record a revision history (header row with a revision and a date/change column)."""
    tables: set[int] = set()
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_ROW and block.row_index == 0 and block.table_index is not None:
            cells = [c.strip().lower() for c in block.cells]
            has_rev = any(_HISTORY_REV_COLUMN.match(c) for c in cells)
            has_change = any(_HISTORY_CHANGE_COLUMN.search(c) for c in cells)
            has_date = any(re.search(r"date|datum|fecha|data\b", c) for c in cells)
            # "Document | Number | Revision | Date": a list of the documents assessed, each
            # with its revision, not this document's history
            lists_documents = any(_DOCUMENT_COLUMN.fullmatch(c.strip(" *_:")) for c in cells)
            if has_rev and (has_change or (has_date and not lists_documents)):
                tables.add(block.table_index)
    return tables


_HISTORY_CHANGE_COLUMN = re.compile(
    r"change|modif|änderung|description|beschreibung|author|auteur|autor|reason|motif|grund|"
    r"summary|résumé|zusammenfassung")
# A column that names or numbers the documents a table lists.
_DOCUMENT_COLUMN = re.compile(
    r"(?:documents?|document\s+(?:title|name|no\.?|number|reference|ref\.?|id|code)|doc\.?\s*(?:no\.?|id|ref\.?)?|"
    r"title|titre|titel|bezeichnung|dokument(?:e|name|nummer)?|n°|no\.?|number|nummer|numéro|"
    r"reference|référence|ref\.?|réf\.?|identifier|identifiant|kennung|code|documento|titolo|título|"
    r"report|rapport|bericht)")


_HISTORY_REV_COLUMN = re.compile(
    r"^(?:rev|version|ver\b|révision|revisión|revisione|revisie|versie|versione|versión|indice|"
    r"index|ausgabe|issue|édition|edition|stand|fassung)", re.IGNORECASE)
# A revision at the start of a history row or entry: "Rev. B (2024-05-06) – ...", "Version 2.0",
# "Issue C", "Ausgabe 3", "Indice B", "v1.2". A bare value only in the table's revision column.
_HISTORY_REVISION = re.compile(
    r"^\W{0,3}(?:(?:rev(?:ision)?|révision|revisión|revisione|revisie|versie|versione|versión|"
    r"version|ver|issue|indice|index|ausgabe|édition|edition|stand|fassung)\b\.?\s*[:#]?\s*|"
    r"v\.?\s?(?=\d))(?P<rev>[A-Z]{1,2}\d{0,2}|\d{1,3}(?:\.\d{1,3}){0,3})(?![\w-]|\.\d)",
    re.IGNORECASE)
_BARE_REVISION = re.compile(r"^\W{0,3}(?P<rev>[A-Z]{1,2}|\d{1,3}(?:\.\d{1,3}){0,3})\W{0,3}$")


def _history_revisions(document: Document, history_tables: set[int]
                       ) -> Iterator[tuple[str, Block, tuple[int, int]]]:
    """(revision, block, span) of each entry of the document's revision history: the rows of
    a history table (the revision column, or a cell that starts with a revision keyword) and
    the list items or paragraphs under a history heading that start with one."""
    columns: dict[int, int] = {}
    for block in document.blocks:
        if (block.kind is BlockKind.TABLE_ROW and block.table_index in history_tables
                and block.row_index == 0):
            column = next((i for i, c in enumerate(block.cells)
                           if _HISTORY_REV_COLUMN.match(c.strip())), None)
            if column is not None:
                columns[block.table_index] = column
    for block in document.blocks:
        text = block.normalized
        if block.kind is BlockKind.TABLE_ROW and block.table_index in history_tables:
            if block.row_index == 0 or not block.cells:
                continue
            column = columns.get(block.table_index, 0)
            offset = 0
            for i, cell in enumerate(text.split("|")):
                if i == column or (i == 0 and column >= len(block.cells)):
                    match = _HISTORY_REVISION.match(cell) or _BARE_REVISION.match(cell)
                    if match:  # the whole row: the revision with its date and change
                        yield match.group("rev"), block, (0, len(text))
                    break
                offset += len(cell) + 1
        elif block.kind in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH) and block.heading_path \
                and _is_history_heading(block.heading_path[-1]):
            match = _HISTORY_REVISION.match(text)
            if match:
                yield match.group("rev"), block, (match.start(), match.end("rev"))


def _revision_rank(revision: str) -> tuple:
    value = normalize_revision(revision) or ""
    if re.fullmatch(r"\d+(?:\.\d+)*", value):
        return (1, tuple(int(p) for p in value.split(".")))
    return (0, (len(value), value))


def _latest_history_revision(document: Document, history_tables: set[int]) -> Fact | None:
    """The document's own revision as its revision history records it: the highest revision
    of the history (tables run oldest-first or newest-first), of the kind most entries use."""
    entries = list(_history_revisions(document, history_tables))
    if not entries:
        return None
    numeric = [e for e in entries if _revision_rank(e[0])[0] == 1]
    lettered = [e for e in entries if _revision_rank(e[0])[0] == 0]
    pool = numeric if len(numeric) > len(lettered) else lettered
    revision, block, span = max(pool, key=lambda e: _revision_rank(e[0]))
    return make_fact(document, block, FactKind.DOCUMENT_REFERENCE,
                     DocumentReference("", revision, document.role, True), span)


def _in_history(block: Block, history_tables: set[int]) -> bool:
    if block.table_index is not None and block.table_index in history_tables and block.kind is BlockKind.TABLE_ROW:
        return True
    if block.heading_path and _is_history_heading(block.heading_path[-1]):
        return True
    return block.kind is BlockKind.HEADING and _is_history_heading(block.text)


@lru_cache(maxsize=4096)
def _is_history_heading(heading: str) -> bool:
    pattern = _knowledge().history_sections
    return bool(pattern and pattern.search(heading))


def _key_values(block: Block) -> Iterator[tuple[str, tuple[int, int]]]:
    """("Revision", value span) pairs of a metadata row or a "Key: value" line."""
    text = block.normalized
    if block.kind is BlockKind.TABLE_ROW:
        start = 0
        pieces = []
        for piece in text.split("|"):
            pieces.append((piece, start, start + len(piece)))
            start += len(piece) + 1
        for (key, _, _), (value, vs, ve) in zip(pieces, pieces[1:]):
            left = vs + len(value) - len(value.lstrip())
            yield key.strip(" *_:"), (left, ve - (len(value) - len(value.rstrip())))
        return
    for match in re.finditer(r"(?:^|[|,;]\s*|\s{2,})([^:|,;]{2,40}?)\s*:\s*([^|,;]+)", text):
        yield match.group(1).strip(" *_"), (match.start(2), match.end(2))


def _column_values(block: Block, columns: list[str]) -> Iterator[tuple[str, tuple[int, int]]]:
    """(column heading, cell span) pairs of a data row of a table whose first row names the
    columns: "Document | Revision | Date" over "OAX-CER-003 | D | 04/22/2025"."""
    text = block.normalized
    pieces = text.split("|")
    if len(pieces) != len(columns):
        return
    start = 0
    for column, piece in zip(columns, pieces):
        left = start + len(piece) - len(piece.lstrip())
        right = start + len(piece.rstrip())
        if right > left:
            yield column.strip(" *_:"), (left, right)
        start += len(piece) + 1


# The heading of a column that holds the document's number in a cover table.
_ID_COLUMN = re.compile(r"^(?:document|doc\.?|dokument|documento)$", re.IGNORECASE)
_TITLE_COLUMN = re.compile(r"^(?:(?:document\s+)?title|titre|titel|titolo|título|date|datum|data|fecha)$",
                           re.IGNORECASE)


def _self_declarations(document: Document, block: Block,
                       columns: list[str] | None = None) -> Iterator[Fact]:
    text = block.normalized
    pairs = list(_key_values(block))
    if columns:
        # "ID | Objective | Linked residual risk" lists items: a bare "ID" or "Reference" column
        # numbers the document only in a table that also names a document, title or revision
        metadata = any(_ID_COLUMN.match(c.strip(" *_")) or _REV_KEYS.match(c.strip(" *_"))
                       or _TITLE_COLUMN.match(c.strip(" *_")) for c in columns)
        pairs += [(key, span) for key, span in _column_values(block, columns)
                  if (metadata and _ID_KEYS.match(key)) or _ID_COLUMN.match(key) or _REV_KEYS.match(key)]
    for key, (start, end) in pairs:
        value = text[start:end].strip(" *_")
        start += len(text[start:end]) - len(text[start:end].lstrip(" *_"))
        if not value:
            continue
        if _ID_KEYS.match(key) or (columns and _ID_COLUMN.match(key)):
            code = _CODE.search(value)
            if code and _code_role(code.group(1)) is not False:
                s = start + code.start()
                identifier, glued = split_glued_revision(code.group(1))
                yield make_fact(document, block, FactKind.DOCUMENT_REFERENCE,
                                DocumentReference(identifier, glued, document.role, True),
                                (s, s + len(code.group(1))))
        elif _REV_KEYS.match(key):
            rev = _REV_VALUE.match(value)
            if rev:
                yield make_fact(document, block, FactKind.DOCUMENT_REFERENCE,
                                DocumentReference("", rev.group(1), document.role, True),
                                sentence_around(block, start, end) if block.kind is not BlockKind.TABLE_ROW
                                else (0, len(text)))


def _revision_column_cell(text: str, columns: list[str] | None) -> tuple[str, int, int] | None:
    """(revision, start, end) of a table row's revision cell, when the table's header names a
    revision column ("Document | Number | Revision" over "Clinical Evaluation Report |
    XYZ-CER-005 | 4") and the cell holds a bare revision ("4", "B", "Rev. 2", "v1.1")."""
    if not columns:
        return None
    column = next((i for i, c in enumerate(columns) if _HISTORY_REV_COLUMN.match(c.strip(" *_"))), None)
    if column is None:
        return None
    offset = 0
    for i, cell in enumerate(text.split("|")):
        if i == column:
            match = _BARE_REVISION.match(cell) or _REV_VALUE.match(cell)
            if not match or not cell.strip():
                return None
            value = match.group("rev") if "rev" in match.re.groupindex else match.group(1)
            return value, offset + len(cell) - len(cell.lstrip()), offset + len(cell.rstrip())
        offset += len(cell) + 1
    return None


def _reference_facts_of_block(document: Document, block: Block, in_header: bool,
                              may_name_revision: bool, columns: list[str] | None = None
                              ) -> Iterator[Fact]:
    text = block.normalized
    superseded = _knowledge().superseded
    references = find_references(text, block.kind is BlockKind.TABLE_ROW, block.folded,
                                 may_name_revision or bool(columns))
    # A list of documents with a revision column: the row's one cited document takes the
    # revision of its cell ("Clinical Evaluation Report | XYZ-CER-005 | 4")
    if block.kind is BlockKind.TABLE_ROW and len(references) == 1 and references[0].revision is None:
        cell = _revision_column_cell(text, columns)
        if cell is not None and cell[1] >= references[0].span[1]:
            ref = references[0]
            references = [_Reference((ref.span[0], cell[2]), ref.identifier, cell[0], ref.role)]
    for ref in references:
        own = ref.role is not None and ref.role is document.role
        if in_header:
            if own or (ref.role is None and ref.revision):
                yield make_fact(document, block, FactKind.DOCUMENT_REFERENCE,
                                DocumentReference(ref.identifier, ref.revision, document.role, True),
                                ref.span)
                continue
        if own:
            continue  # a document citing itself or its previous revisions
        s, e = sentence_around(block, *ref.span)
        if superseded is not None and superseded.search(text[s:e]):
            continue
        yield make_fact(document, block, FactKind.DOCUMENT_REFERENCE,
                        DocumentReference(ref.identifier, ref.revision, ref.role), ref.span)


@lru_cache(maxsize=1)
def _folded_label() -> re.Pattern[str] | None:
    """The label pattern for `Block.folded` (see `lowered_pattern`), None if it cannot be."""
    try:
        return lowered_pattern(_knowledge().label)
    except ValueError:
        return None


def _naming_labels(document: Document, candidates: frozenset[int]) -> frozenset[int]:
    """Of the blocks holding a label anchor, those in which the label pattern matches.

    The anchor "tab" (of "Tab.") is also in "suitability", "stable": a long annex has
    thousands of such blocks. Searched on the folded text, without re.IGNORECASE, the pattern
    costs half what `caption_match` and `_reference_facts` would spend finding nothing."""
    pattern = _folded_label()
    if pattern is None:
        return candidates
    return frozenset(i for i in candidates if pattern.search(document.blocks[i].folded))


def extract(document: Document, context: ExtractionContext) -> Iterable[Fact]:
    facts: list[Fact] = []
    header = _header_blocks(document)
    history = _history_tables(document)
    # Cheap cue tests as one scan of the document each, not a test per block.
    anchors = _knowledge().label_anchors
    label_blocks = (None if anchors is None
                    else _naming_labels(document, blocks_containing(document, anchors)))
    revision_blocks = _blocks_naming_revisions(document)
    chapter_labels = _chapter_labels(document, label_blocks)
    column_names: dict[int, list[str]] = {}
    for index, block in enumerate(document.blocks):
        if not block.normalized:
            continue
        # A caption and a mention both need a label word ("Table", "Fig."), hence its anchor.
        may_name_label = label_blocks is None or index in label_blocks
        skip = None
        if block.kind is BlockKind.HEADING:
            number = heading_number(block.normalized)
            if number and not _misread_heading(block, number[1]):
                facts.append(make_fact(document, block, FactKind.HEADING_NUMBER, number[0]))
        if may_name_label:
            figures, skip = _figure_facts(document, block)
            facts.extend(figures)
        facts.extend(_reference_facts(document, block, skip, may_name_label, chapter_labels))
        if _in_history(block, history):
            continue
        in_header = index in header
        columns = None
        if block.kind is BlockKind.TABLE_ROW and block.table_index is not None:
            if block.row_index == 0:
                column_names[block.table_index] = block.normalized.split("|")
            else:
                columns = column_names.get(block.table_index)
        own = list(_self_declarations(document, block, columns)) if in_header else []
        cited = list(_reference_facts_of_block(document, block, in_header,
                                               index in revision_blocks, columns))
        # "Clinical evaluation report | OAX-CER-003 | Rev. B" on a cover: the revision of
        # the document cited, not this document's
        if in_header and not any(f.value.revision for f in own + cited):
            own += _loose_revision(document, block)
        facts.extend(own)
        facts.extend(cited)
    if not any(f.kind is FactKind.DOCUMENT_REFERENCE and f.value.self_declared
               and f.value.revision for f in facts):
        # no revision on the cover or in the header: the latest entry of the revision history
        latest = _latest_history_revision(document, history)
        if latest is not None:
            facts.append(latest)
    return _unique(facts)


def _chapter_labels(document: Document, label_blocks: set[int] | None) -> frozenset[str]:
    """Caption numbers of the form "2-3" (table 3 of chapter 2): a mention "Table 2-3" then
    names that table, not tables 2 and 3."""
    labels = set()
    indices = range(len(document.blocks)) if label_blocks is None else sorted(label_blocks)
    for index in indices:
        match = caption_match(document.blocks[index])
        pair = match and _HYPHEN_PAIR.fullmatch(match.group("nums").strip())
        if pair:
            labels.add(f"{pair.group(1)}-{pair.group(2)}")
    return frozenset(labels)


# Another work's revision in a header: "according to MDCG 2020-7 rev. 1", "ISO 14155:2020".
_STANDARD_BEFORE = re.compile(r"(?:\b[A-Z]{2,}[\w-]*\s*[\d/:.-]+\w*|\bof\s+(?:the\s+)?[A-Z][\w-]+)\s*[,(]?\s*$")


def _loose_revision(document: Document, block: Block) -> list[Fact]:
    """The document's own revision stated in its header without a "Key: value" layout:
    "Revision E, 12 March 2025", "**Revision:** E", "Document revision E – March 2025", "This
    is revision E of the report". Revisions of other works ("MDCG 2020-7 rev. 1") and earlier
    revisions ("supersedes revision D") are not the document's own."""
    text = block.normalized
    lowered = text.lower()
    if not _may_name_revision(lowered):
        return []
    superseded = _knowledge().superseded
    table_row = block.kind is BlockKind.TABLE_ROW
    for match in _REVISION.finditer(text):
        value = _revision_value(match)
        before = text[max(0, match.start() - 40):match.start()]
        if not value or _STANDARD_BEFORE.search(before):
            continue
        if table_row and text[text.rfind("|", 0, match.start()) + 1:match.start()].strip():
            continue  # inside a cell's text ("Target std Kt/V 2.3"): a value, not the row's revision
        s, e = sentence_around(block, match.start(), match.end())
        if superseded is not None and superseded.search(text[s:e]):
            continue
        return [make_fact(document, block, FactKind.DOCUMENT_REFERENCE,
                          DocumentReference("", value, document.role, True), (match.start(), match.end()))]
    return []


def _unique(facts: list[Fact]) -> list[Fact]:
    seen: set[tuple] = set()
    out: list[Fact] = []
    for fact in facts:
        key = (fact.kind, fact.value, fact.location)
        if key not in seen:
            seen.add(key)
            out.append(fact)
    return out
