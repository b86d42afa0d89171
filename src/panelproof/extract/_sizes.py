"""Which statements give the patient range of one size, variant or accessory of the device.

A device offered in sizes states, per size, the patients it is for: a size table ("Size |
Patient weight | Max. cuff volume" with rows "1.5 | 5–10 kg | 7 ml", "Tube ID | Weight (kg)"),
a list item or a sentence led by the size's label ("Neonatal adhesive sensor, for patients from
3 kg up to 15 kg", "Infant sensor: 3–20 kg", "Größe 2: 10–20 kg", "Taille 4 (30 à 50 kg)").
Such a range is the size's, not a bound of the intended population: `size_statement` tells
`population` to leave it out and `size_ranges` to record it as a SIZE_RANGE fact.

The size words are data (knowledge/vocabulary/size_variants.yaml). A label must lead the
statement and end before a separator (":", ",", "(", a dash) or a "for"; a prose label is more
than the bare word ("Model: AirVent 60, for patients from 5 kg" names the device, not a size).
Tables and sentences in literature, results or study sections describe studies and give none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from panelproof import knowledge
from panelproof.extract._terms import word_alternation
from panelproof.ingest.model import Block, BlockKind
from panelproof.ingest.normalize import fold_case


@dataclass(frozen=True)
class SizeStatement:
    """A unit of a block that states a size's range: its label as written and where the
    range may be read (the whole unit, or per cell with the header's unit)."""

    label: str
    texts: tuple[str, ...]  # the texts to read bounds from (cells with their header's unit)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    data = knowledge.load("vocabulary/size_variants")
    words = [t for terms in (data.get("terms") or {}).values() for t in terms]
    return (re.compile(word_alternation(words), re.IGNORECASE),
            re.compile(word_alternation(data.get("not_terms") or ["sample size"]), re.IGNORECASE))


@lru_cache(maxsize=1)
def size_literals() -> tuple[str, ...]:
    """The size words as lower-case literals, one of which a text naming a size holds (for a
    cheap `blocks_containing` scan before `names_a_size`)."""
    data = knowledge.load("vocabulary/size_variants")
    words = {fold_case(str(t).rstrip("*")) for terms in (data.get("terms") or {}).values()
             for t in terms if str(t).rstrip("*")}
    # "size" finds every block "sizes" would: one scan fewer per word that holds another
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


@lru_cache(maxsize=1)
def _time_of_use() -> re.Pattern:
    data = knowledge.load("vocabulary/size_variants")
    words = [t for terms in (data.get("time_of_use_terms") or {}).values() for t in terms]
    return re.compile(word_alternation(words or ["duration"]), re.IGNORECASE)


def names_time_of_use(text: str) -> bool:
    """The text (a row label, a header cell) names a time of use ("Expected retention",
    "Dwell time", "Liegedauer"): its months or days are not the patients' age."""
    return bool(_time_of_use().search(text))


def names_a_size(text: str) -> bool:
    """The text (a label, a header cell) names a size, variant or accessory."""
    size_word, not_size = _patterns()
    return bool(size_word.search(text)) and not not_size.search(text)


# A leading label: up to a separator or a "for"; bullets and list numbers before it are skipped.
_LEAD = re.compile(r"^[\s\-–—•*·▪◦>]*(?:\(?\w{1,2}[.)]\s+)?")
_LABEL_END = re.compile(r"\s*(?::|,(?!\d)|;|\(|\||\s[–—-]\s|[–—]\s)")
# Without punctuation, a "for" may end the label ("Toddler probe for patients of 10-25 kg").
_LABEL_END_WORD = re.compile(r"\s+(?=(?:for|für|pour|per|para|voor|from|von|ab|de|dès|"
                             r"à partir)\b)", re.IGNORECASE)
# A verb or a connective in the label: a sentence about the device, not a label ("The system
# with its sensors is intended ...").
_NOT_LABEL = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|may|can|must|should|shall|will|intended|indicated|"
    r"used|use|with|and|or|including|ist|sind|wird|werden|kann|darf|mit|und|oder|est|sont|peut|"
    r"doit|avec|et|ou|è|sono|può|con|es|son|puede|y|o|zijn|wordt|kan|met|en|of|all|alle|tous|"
    r"toutes|todos|tutti|the device|the system)\b", re.IGNORECASE)
_MAX_LABEL_WORDS = 7
# Weight and age column headers, and the unit they state for unitless cells ("Weight (kg)").
_MEASURE_HEADER = re.compile(
    r"weight|gewicht|poids|peso|gewicht|\bage\b|alter|âge|\bedad\b|\betà\b|leeftijd|\bmass\b",
    re.IGNORECASE)
_HEADER_UNIT = re.compile(r"[(\[]\s*([^\d()\[\]]{1,12}?)\s*[)\]]|\bin\s+(kg|g|lbs?)\b")


def prose_label(sentence: str) -> tuple[str, int] | None:
    """The size label leading a sentence or list item, if it has one, and where it ends (the
    range is read after it, so that "Taille 2 – 10 à 20 kg" is not read as 2 to 10)."""
    lead = _LEAD.match(sentence)
    start = lead.end() if lead else 0
    for pattern in (_LABEL_END, _LABEL_END_WORD):
        end = pattern.search(sentence, start)
        if end is not None and end.start() > start:
            found = _label(sentence[start:end.start()].strip())
            if found:
                return found, end.start()
    return None


def _label(label: str) -> str | None:
    words = label.split()
    # one word only as a compound ("Erwachsenen-Elektroden"): a bare "Model" or "Sensor" may
    # name the whole device
    if not (2 <= len(words) or "-" in label.strip("-")) or len(words) > _MAX_LABEL_WORDS:
        return None
    if _NOT_LABEL.search(label) or re.search(r"[:;|(]|,(?!\d)", label):
        return None
    if any(ch.isdigit() for ch in label) and re.search(r"\d\s*(?:kg|g|years?|months?)\b", label):
        return None  # a bound in the label: "Patients 3 kg" is not a size's name
    return label if _headed_by_size(label) else None


# An identifier after the size word: "Size 1.5", "Cuff size M", "Größe 3,5", "Catheter 6 Fr".
_IDENTIFIER = re.compile(r"[#№]?\d+(?:[.,/]\d+)?|[A-Z]{1,3}\d*|Fr|Ch|mm|cm", re.UNICODE)


def _headed_by_size(label: str) -> bool:
    """The size word is the label's head: its last word before an identifier ("Neonatal
    adhesive sensor", "Size 1.5", "Erwachsenen-Elektroden") or its first ("Capteur néonatal",
    "Elettrodi per adulti"), not a word inside a phrase ("Jet ventilation during airway surgery
    in adults")."""
    if not names_a_size(label):
        return False
    words = label.split()
    while len(words) > 1 and _IDENTIFIER.fullmatch(words[-1]):
        words.pop()
    size_word = _patterns()[0]
    first, last = words[0], words[-1].rsplit("-", 1)[-1]
    return bool(size_word.fullmatch(first) or size_word.fullmatch(last))


def table_header(blocks: list[Block], index: int) -> Block | None:
    """The header row of the table whose row is `blocks[index]`, or None."""
    block = blocks[index]
    for other in reversed(blocks[max(0, index - 400):index]):
        if other.kind is not BlockKind.TABLE_ROW or other.table_index != block.table_index:
            break
        if other.row_index == 0:
            return other
    return None


def _cell_texts(header: Block | None, row: Block) -> tuple[str, ...]:
    """Each cell, with the unit its column header states when the cell has none."""
    texts = []
    for i, cell in enumerate(row.cells):
        head = header.cells[i] if header is not None and i < len(header.cells) else ""
        if names_time_of_use(head):
            continue  # "Dwell time | up to 14 days": no patient's age
        unit = _HEADER_UNIT.search(head) if _MEASURE_HEADER.search(head) else None
        if unit and not re.search(r"[^\W\d]", cell.replace("–", "").replace("-", "")):
            texts.append(f"{cell} {unit.group(1) or unit.group(2)}")
        else:
            texts.append(cell)
    return tuple(texts)


def table_statement(blocks: list[Block], index: int) -> SizeStatement | None:
    """A data row of a size table: a header cell (or the row's first cell) names a size."""
    row = blocks[index]
    if row.kind is not BlockKind.TABLE_ROW or row.row_index == 0 or not row.cells:
        return None
    header = table_header(blocks, index)
    from panelproof.extract.population import STUDY_CONTEXT  # population reads this module
    if header is not None and STUDY_CONTEXT.search(header.normalized):
        return None  # "Sensor | Weight stratum | Patients enrolled": a study's strata
    column = None
    if header is not None:
        column = next((i for i, cell in enumerate(header.cells) if names_a_size(cell)
                       and not _MEASURE_HEADER.search(cell)), None)
    if column is None and names_a_size(row.cells[0]) and len(row.cells[0].split()) <= _MAX_LABEL_WORDS:
        column = 0
    if column is None:
        return _value_cell_statement(row)
    if column >= len(row.cells):
        return None
    if names_time_of_use(row.cells[0]):
        return None  # a property row ("Expected retention | 6-12 months"), not a size's patients
    cell = row.cells[column].strip()
    head = header.cells[column].strip() if header is not None and column < len(header.cells) else ""
    label = cell if not head or names_a_size(cell) else f"{head} {cell}"
    return SizeStatement(label=label, texts=_cell_texts(header, row))


def _value_cell_statement(row: Block) -> SizeStatement | None:
    """A property row whose value cell lists the sizes with their patients, each led by a size
    label ("Binasal prongs | Size 1 (NB-NP1): 1,250 g to 2,000 g; Size 2 (NB-NP2): ...",
    "Masken | Größe 1 – 1–3 kg; Größe 2 – 3–6 kg"): the row's first cell names the part, the
    size labels its members. Each "; "-separated member is read after its label."""
    if len(row.cells) < 2 or names_time_of_use(row.cells[0]):
        return None
    for cell in row.cells[1:]:
        members = [m for m in re.split(r"\s*;\s*", cell) if m.strip()]
        texts = []
        for member in members:
            found = prose_label(member)
            if found is not None:
                texts.append(member[found[1]:])
        if texts:
            return SizeStatement(label=row.cells[0].strip(), texts=tuple(texts))
    return None


# A quantity of the device given "for" some patients: "125 mL for patients below 40 kg", "the
# 6 Fr sheath for children under 15 kg", "bol de 125 ml pour les patients de moins de 40 kg".
# The patients named are those of that variant (a bowl, a sheath), not the intended population.
_QUANTITY_FOR_PATIENTS = re.compile(
    # ("through 5-7 F sheaths, in adults aged 18 years" states the population: no comma, only "for")
    r"\d+(?:[.,]\d+)?\s*(?:ml|l|mm|cm|fr|f|ch|g|mm2|cm2)\b[^.;:|,]{0,30}?"
    r"\b(?:for|pour|für|per|para|voor)\s+(?:the\s+|les\s+|die\s+|i\s+|los\s+|de\s+)?"
    r"(?:patients?|children|infants|neonates|adults|patientes?|enfants|nourrissons|patienten|kinder|"
    r"pazienti|bambini|pacientes|niños|patiënten|kinderen)\b", re.IGNORECASE)


def size_statement(blocks: list[Block], index: int, sentence: str) -> SizeStatement | None:
    """How the unit `sentence` of `blocks[index]` states a size's range, if it does."""
    block = blocks[index]
    found = table_statement(blocks, index) if block.kind is BlockKind.TABLE_ROW else prose_label(sentence)
    if found is None:
        variant = _QUANTITY_FOR_PATIENTS.search(sentence)
        if variant is None:
            return None
        label = block.cells[0].strip() if block.kind is BlockKind.TABLE_ROW and block.cells else variant.group(0)
        return SizeStatement(label=label, texts=(sentence[variant.start():],))
    if block.kind is BlockKind.TABLE_ROW:
        return found
    label, end = found
    return SizeStatement(label=label, texts=(sentence[end:],))
