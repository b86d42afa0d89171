"""RESIDUAL_RISK facts: residual risks, side-effects and complications a document lists.

Read from sections headed "Residual risks", "Side effects", "Undesirable side-effects",
"Complications", "Adverse events", "Effets indésirables", "Risques résiduels",
"Nebenwirkungen", "Restrisiken" ... and from tables with a risk / side-effect column. Each
risk is a `Concept`: the id from knowledge/vocabulary/risks.yaml when the vocabulary knows it
(the same id in every language), otherwise `text:` + the lower-cased phrase. List items and
table cells give one risk each (or several vocabulary risks); prose gives the vocabulary
risks it names and the items of an enumeration ("may include infection, pain and swelling").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

from panelproof.extract._clinical_terms import clause_before, is_negated as _is_negated, term_regex
from panelproof.extract._questions import RESIDUAL_RISKS, question_role
from panelproof.extract.common import ExtractionContext, any_heading, make_fact, sentences
from panelproof.extract.model import Concept, Fact, FactKind
from panelproof.ingest.model import Block, BlockKind, Document
from panelproof.knowledge import load

_RISK_SECTION = re.compile(
    r"residual risk|side[- ]?effect|undesirable|complication|adverse (?:event|effect|reaction)|"
    r"known risks|possible risks|risks\s*(?:and|&|\+|/)|risques? résiduels?|effets? (?:indésirables?|secondaires?)|"
    r"complications?|événements? indésirables?|Restrisik\w*|Nebenwirkung\w*|unerwünschte|Komplikation\w*|"
    r"Risiken\s*(?:und|&|\+|/)|verbleibende Risiken|"
    # Dutch, Italian, Spanish SSCPs
    r"restrisico|bijwerking|complicaties|ongewenste|rischi residui|effetti (?:indesiderati|collaterali)|"
    r"complicanze|eventi avversi|riesgos residuales|efectos (?:adversos|secundarios|indeseables)|"
    r"complicaciones|(?:acontecimientos|eventos) adversos|"
    # Portuguese
    r"riscos residuais|efeitos (?:secundários|indesejáveis|adversos)|complicações|"
    r"(?:acontecimentos|eventos) adversos|reações adversas", re.IGNORECASE)
_RISK_COLUMN = re.compile(r"risk|side[- ]?effect|complication|adverse|hazard|harm|risque|effet|"
                          r"événement|Risiko|Risiken|Nebenwirkung|Komplikation|Schaden|"
                          r"risico|bijwerking|complicatie|rischi|effett|evento|complicanz|riesgo|efecto|"
                          r"complicaci|risco|efeito|complicaç", re.IGNORECASE)
# Enumerations in prose: the text after one of these is a list of risks.
_ENUMERATION = re.compile(r"\b(?:include|includes|including|such as|are|comprise|namely|comprennent|"
                          r"notamment|tels? que|sont|umfassen|wie|sind|insbesondere|incluem|incluindo|tais como|nomeadamente|são)\b\s*:?|:(?!//)",
                          re.IGNORECASE)
# A sentence that points to a document or web address ("The SSCP is available in EUDAMED
# (https://ec.europa.eu/tools/eudamed) linked to the Basic UDI-DI") lists no risks, whatever
# its punctuation.
_DOCUMENT_POINTER = re.compile(r"https?://|\bwww\.|\beudamed\b|\bsscp\b|summary of safety|"
                               r"résumé des caractéristiques de sécurité|kurzbericht über sicherheit|"
                               # "Warnings: see IFU §6", "Complications : voir la notice": a pointer
                               r"(?::|^)\s*(?:see|refer to|voir|siehe|vedere|véase|ver|zie)\b",
                               re.IGNORECASE)
_ITEM_SPLIT = re.compile(r"\s*(?:,|;|\bor\b|\band\b|\bet\b|\bou\b|\bund\b|\boder\b|(?-i:\be\b)|/)\s*",
                         re.IGNORECASE)
# Frequencies and qualifiers that are not part of the risk's name.
_QUALIFIER = re.compile(r"\s*(?:\(.*?\)|\[.*?\]|[<>≤≥]=?\s*\d.*|\d+(?:[.,]\d+)?\s*%.*|:\s.*)$")
_NOT_A_RISK = re.compile(r"^(?:none|no|n/a|not applicable|aucun\w*|keine?|nicht bekannt|unknown|"
                         r"other|others|autres?|sonstige|nenhum\w*|desconhecido|outros?)\b", re.IGNORECASE)
_MAX_WORDS = 6
# "No cases of thrombosis", "aucun hématome", "keine Infektion": the risk did not occur.
_NONE_BEFORE = re.compile(r"\b(?:no|none|without|aucune?|pas de|sans|kein\w*|ohne|nenhum\w*|sem)\b", re.IGNORECASE)


def is_negated(text: str, position: int) -> bool:
    return _is_negated(text, position) or bool(_NONE_BEFORE.search(clause_before(text, position, 40)))


@lru_cache(maxsize=1)
def _vocabulary() -> list[tuple[str, re.Pattern[str]]]:
    risks = load("vocabulary/risks")["risks"]
    return [(rid, term_regex(entry["terms"])) for rid, entry in risks.items()]


@lru_cache(maxsize=1)
def risk_cover() -> dict[str, frozenset[str]]:
    """Risk id -> the risks it stands for: itself and, transitively, those it `covers`.

    A broader risk covers a narrower one ("bleeding" covers "epistaxis", "vascular access
    complications" cover "groin haematoma"); the narrower never covers the broader.
    """
    risks = load("vocabulary/risks")["risks"]
    direct = {rid: set(entry.get("covers") or ()) for rid, entry in risks.items()}
    cover: dict[str, frozenset[str]] = {}
    for rid in direct:
        seen, todo = {rid}, list(direct[rid])
        while todo:
            narrower = todo.pop()
            if narrower not in seen:
                seen.add(narrower)
                todo.extend(direct.get(narrower, ()))
        cover[rid] = frozenset(seen)
    return cover


@lru_cache(maxsize=1)
def non_serious_risks() -> frozenset[str]:
    """Risk ids the vocabulary marks `non_serious` (pain, skin irritation): not serious by
    their nature in the sense of ICH E2A."""
    risks = load("vocabulary/risks")["risks"]
    return frozenset(rid for rid, entry in risks.items() if entry.get("non_serious"))


def covered_by(risk_id: str, listed: Iterable[str]) -> bool:
    """True when one of the `listed` risk ids is `risk_id` or a broader risk covering it."""
    cover = risk_cover()
    return any(risk_id == other or risk_id in cover.get(other, ()) for other in listed)


def known_risks(text: str) -> list[tuple[str, re.Match[str]]]:
    """Vocabulary risks in `text` with their matches, longest match first at overlaps."""
    hits = [(rid, m) for rid, pattern in _vocabulary() for m in pattern.finditer(text)]
    hits.sort(key=lambda h: (h[1].start(), -(h[1].end() - h[1].start())))
    kept: list[tuple[str, re.Match[str]]] = []
    for rid, match in hits:
        if any(match.start() < k.end() and k.start() < match.end() for _, k in kept):
            continue
        kept.append((rid, match))
    return kept


@lru_cache(maxsize=4096)
def _in_risk_section(headings: tuple[str, ...]) -> bool:
    # Cached: a long document has thousands of blocks under a few hundred headings.
    # "What are the risks?", "Welche Nebenwirkungen können auftreten?" (question_headings.yaml)
    return any_heading(_RISK_SECTION, headings) or any(question_role(h) == RESIDUAL_RISKS for h in headings)


def extract(document: Document, context: ExtractionContext) -> Iterator[Fact]:
    headers = {b.table_index: b.cells for b in document.blocks
               if b.kind is BlockKind.TABLE_ROW and b.row_index == 0}
    lead_in = False
    for block in document.blocks:
        if block.kind in (BlockKind.HEADING, BlockKind.CAPTION):
            lead_in = False
            continue
        if block.kind is not BlockKind.LIST_ITEM:
            lead_in = _risk_lead_in(block)
        in_section = _in_risk_section(block.heading_path[-2:]) or (block.kind is BlockKind.LIST_ITEM and lead_in)
        if block.kind is BlockKind.TABLE_ROW:
            yield from _table_row(document, block, headers.get(block.table_index), in_section)
        elif in_section and block.kind is BlockKind.LIST_ITEM:
            yield from _item(document, block, 0, len(block.normalized))
        elif in_section:
            yield from _prose(document, block, enumerate_items=not lead_in)
        elif _in_warning_section(block.heading_path[-2:]):
            yield from _warned_harms(document, block)


# "Residual risks and undesirable side-effects (source: ...):", "Mögliche Komplikationen:": a
# paragraph that announces the list below it as the device's risks, under a heading that does
# not ("Safety", "Section 4"); a lead-in that excludes them ("contraindications:") does not.
_LEAD_IN_END = re.compile(r"[:：]\s*$")


def _risk_lead_in(block: Block) -> bool:
    text = block.normalized
    return (block.kind is BlockKind.PARAGRAPH and len(text) <= 300 and bool(_LEAD_IN_END.search(text))
            and bool(_RISK_SECTION.search(text)) and not _NOT_RISK_LEAD_IN.search(text))


_NOT_RISK_LEAD_IN = re.compile(r"contra-?indicat|contre-indicat|kontraindikat|gegenanzeige|controindicaz|"
                               r"contraindicaci|contra-?indicaç|risk factors?|facteurs? de risque|"
                               r"risikofaktor|fattori di rischio|factores de riesgo|to (?:avoid|prevent|reduce|minimi[sz]e)",
                               re.IGNORECASE)


# Warnings name residual risks too: "Abrupt interruption of the infusion can cause a withdrawal
# syndrome", "Une erreur de remplissage peut entraîner un surdosage", "Kann zu einer
# Luftembolie führen". Only the vocabulary harms a warning says the use can cause are read
# (after a causal link), never the hazardous situation before it or the instruction.
_WARNING_SECTION = re.compile(
    r"warning|precaution|caution|avertissement|mises? en garde|précaution|warnhinweis|warnung|"
    r"vorsicht|vorsichtsma|sicherheitshinweis|avvertenz|precauzion|advertencia|precaución|"
    r"waarschuwing|voorzorg|advertência|precauç", re.IGNORECASE)
_CAUSAL_LINK = re.compile(
    r"\b(?:(?:can|may|could|might|will|would)\s+(?:\w+\s+)?(?:cause|lead to|result in|provoke|"
    r"trigger|produce|induce|precipitate)|causes|leads to|results in|(?:risk|danger) of|"
    r"peu(?:t|vent)\s+(?:\w+\s+)?(?:provoquer|entraîner|causer|conduire à|induire)|risque d[e']|"
    r"k(?:ann|önnen)\s+(?:\w+\s+){0,4}?(?:verursachen|auslösen|hervorrufen|führen)|gefahr (?:eine[rs]?|von)|"
    r"pu[òo]\s+(?:\w+\s+)?(?:causare|provocare|portare a|determinare)|rischio di|"
    r"puede[n]?\s+(?:\w+\s+)?(?:causar|provocar|producir|dar lugar a)|riesgo de|"
    r"k(?:an|unnen)\s+(?:\w+\s+){0,4}?(?:veroorzaken|leiden tot)|risico op)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _in_warning_section(headings: tuple[str, ...]) -> bool:
    return any_heading(_WARNING_SECTION, headings)


def _warned_harms(document: Document, block: Block) -> Iterator[Fact]:
    text = block.normalized
    for s, e in sentences(block):
        link = _CAUSAL_LINK.search(text, s, e)
        if link is None:
            continue
        # from the link on: "kann zu Entzugserscheinungen führen" names its harm inside it
        after = text[link.start():e]
        for rid, match in known_risks(after):
            if is_negated(after, match.start()):
                continue
            yield _fact(document, block, rid, match.group(0), link.start() + match.start(),
                        link.start() + match.end())


def _table_row(document: Document, block: Block, header: tuple[str, ...] | None,
               in_section: bool) -> Iterator[Fact]:
    if not block.row_index or header is None:
        return
    column = next((i for i, cell in enumerate(header) if _RISK_COLUMN.search(cell)), None)
    if column is None:
        if not in_section:
            return
        column = 0
    if column >= len(block.cells):
        return
    start = _cell_offset(block, column)
    if start is None:
        return
    yield from _item(document, block, start, start + len(_cell_normalized(block, column)))


def _cell_normalized(block: Block, column: int) -> str:
    return " ".join(block.cells[column].split())


def _cell_offset(block: Block, column: int) -> int | None:
    """Start of a cell's text in `block.normalized` (cells are joined with " | ")."""
    cell = _cell_normalized(block, column)
    if not cell:
        return None
    position = 0
    for index, part in enumerate(block.normalized.split(" | ")):
        if index == column:
            found = block.normalized.find(cell[:20], position)
            return found if found >= 0 else position
        position += len(part) + 3
    return None


def _item(document: Document, block: Block, start: int, end: int) -> Iterator[Fact]:
    """A list item or table cell: its vocabulary risks, or the item itself as a text risk."""
    text = block.normalized[start:end]
    known = known_risks(text)
    if known:
        for rid, match in known:
            yield _fact(document, block, rid, match.group(0), start + match.start(), start + match.end(),
                        negated=is_negated(text, match.start()))
        return
    name = _clean(text, head=True)
    if name and len(name.split()) <= _MAX_WORDS and not _NOT_A_RISK.match(name):
        # the name stands after a marker or an article that `_clean` left out
        local = max(text.find(name), 0)
        yield _fact(document, block, "text:" + name.lower(), name, start + local, start + local + len(name))
        return
    yield from _long_item(document, block, text, start)


# An explanation after the risk's name: "Intraprosthetic dislocation (IPD), i.e. dissociation
# of the head from the insert", "Luxation intraprothétique, c.-à-d. ...", "d. h.", "cioè".
_EXPLANATION = re.compile(
    r"\s*[,;:(]?\s*(?:i\.\s?e\.|e\.\s?g\.|namely|that is|c\.-?à-?d\.|c'est-à-dire|d\.\s?h\.|"
    r"das heißt|z\.\s?B\.|cioè|ossia|es decir|o sea|ou seja|isto é|d\.w\.z\.|dwz|dat wil zeggen|"
    r"np\.|tj\.|tzn\.|dvs\.|f\.eks\.)(?=\s|$)", re.IGNORECASE)
_PARENTHESIS = re.compile(r"\s*\([^()]{1,40}\)")
_LONG_ITEM_WORDS = _MAX_WORDS + 2
_ITEM_JOIN = re.compile(r"\s*(?:;|\band\b|\bet\b|\bund\b|\by\b|\ben\b|(?-i:\be\b)|/)\s*", re.IGNORECASE)


def _long_item(document: Document, block: Block, text: str, start: int) -> Iterator[Fact]:
    """A list item too long to be one risk's name: the name before an explanation ("..., i.e.
    ..."), or the risks it joins ("reaction to metal debris and elevated metal ion levels").
    A risk section's list item names risks; only clauses and instructions are left out."""
    head = _EXPLANATION.split(text, maxsplit=1)[0]
    head = _PARENTHESIS.sub("", head) if head != text else head
    pieces = [head] if head != text else _ITEM_JOIN.split(text)
    if len(pieces) < 2 and head == text:
        return
    for piece in pieces:
        name = _clean(piece)
        if (not name or len(name.split()) > _LONG_ITEM_WORDS or _CLAUSE_WORD.search(name)
                or _NOT_A_RISK.match(name) or not re.search(r"[^\W\d_]{3}", name)):
            continue
        local = text.find(name)
        if local < 0:
            continue  # a name without its parenthesis is no verbatim quote: left out
        yield _fact(document, block, "text:" + name.lower(), name, start + local, start + local + len(name))


def _prose(document: Document, block: Block, enumerate_items: bool = True) -> Iterator[Fact]:
    """A paragraph's vocabulary risks and, unless it only announces the list below it
    (`enumerate_items` False: "Residual risks (source: CER table 3):"), the items it enumerates."""
    text = block.normalized
    for s, e in sentences(block):
        sentence = text[s:e]
        known = known_risks(sentence)
        for rid, match in known:
            yield _fact(document, block, rid, match.group(0), s + match.start(), s + match.end(),
                        negated=is_negated(sentence, match.start()))
        enumeration = _ENUMERATION.search(sentence) if enumerate_items else None
        if not enumeration or _DOCUMENT_POINTER.search(sentence):
            continue
        offset = s + enumeration.end()
        for piece in _ITEM_SPLIT.split(text[offset:e].rstrip(". ")):
            local = text.find(piece, offset) if piece else -1
            if local < 0:
                continue
            offset = local + len(piece)
            name = _clean(piece)
            if (not name or known_risks(name) or len(name.split()) > _MAX_WORDS
                    or _NOT_A_RISK.match(name) or not re.search(r"[^\W\d_]{3}", name)):
                continue
            yield _fact(document, block, "text:" + name.lower(), name, local, local + len(name))


# A list marker the writer typed or ingest kept ("(4) stent migration", "3) Pain", "b. oedema").
_MARKER = re.compile(r"^(?:\(\d{1,2}\)|\d{1,2}[.)]|\(?[a-z][.)])\s+", re.IGNORECASE)
# "..., etc.", "usw.", "etc.": the list goes on; the words are not part of the risk.
_OPEN_END = re.compile(r"[,;]?\s*(?:etc|usw|u\.\s?a|e\.c\.|ecc|and so on|and others|et al)\.?\s*$",
                       re.IGNORECASE)
# A long item names its risk first and then its course: "encrustation of the stent leading to
# obstruction and difficult removal", "Nachblutung mit erneutem Eingriff". The words before
# these links name the risk.
_COURSE = re.compile(r"\s+(?:leading to|resulting in|which|that|causing|requiring|followed by|"
                     r"with|due to|caused by|associated with|entraînant|nécessitant|avec|"
                     r"mit|führend zu|die zu|das zu|der zu|con|che|que|com)\s", re.IGNORECASE)


# A clause or an instruction, not a name: "the patient may feel that ...", "Do not use the
# device with ..." (a warning under "Risks and warnings") name no risk before their link word.
_CLAUSE_WORD = re.compile(r"\b(?:may|might|can|could|should|must|will|shall|is|are|was|were|has|have|"
                          r"not|never|avoid|ensure|nicht|niemals|jamais|pas|non|nunca|"
                          r"peut|peuvent|doit|kann|können|muss|wird|ist|sind|puede|può|pode)\b",
                          re.IGNORECASE)


def _clean(text: str, head: bool = False) -> str:
    """The risk's name in `text`; with `head`, a long list item is cut to the words naming
    the risk before its course ("encrustation of the stent leading to obstruction ...")."""
    name = _OPEN_END.sub("", _MARKER.sub("", text.strip()))
    name = _QUALIFIER.sub("", name).strip(" .;,:-–•*")
    if head and len(name.split()) > _MAX_WORDS:
        first = _COURSE.split(name, maxsplit=1)[0]
        if 0 < len(first.split()) <= _MAX_WORDS and not _CLAUSE_WORD.search(first):
            name = first
    return re.sub(r"^(?:the|a|an|le|la|les|l'|des|du|de|der|die|das|eine?)\s+", "", name, flags=re.IGNORECASE)


def _fact(document: Document, block: Block, risk_id: str, label: str, start: int, end: int,
          negated: bool = False) -> Fact:
    return make_fact(document, block, FactKind.RESIDUAL_RISK,
                     Concept(id=risk_id, label=label, negated=negated), (start, end))
