"""The calibre of device parts that enter a named vessel or airway (CALIBRE facts).

A transcatheter device states the French size of its sheath or delivery catheter ("7–9 F
delivery sheaths (femoral venous access)", "Einführschleuse 6 Fr, Zugang über die Vena
femoralis"), an airway device the outer diameter of its stent or tube ("tracheal stent,
diameters 14, 16 and 18 mm", "sonde d'intubation trachéale, diamètre extérieur 4,2 mm"). Such a
size is read when three things are found together, in a sentence or a table row (with its
header and headings):

- a size: a French size ("7 Fr", "9F", "6/7 Fr", "Ch 12", "Charrière 14") or a millimetre size
  with a diameter cue near it ("Ø 14 mm", "outer diameter 4.2 mm", "14–18 mm diameter");
- a part of the device that carries it (sheath, catheter, cannula, stent, tube, needle, ...);
- a lumen of knowledge/anatomy_limits.yaml (femoral vein, trachea, ...): the one named nearest
  to the size, in the sentence, else in the table header, else in the nearest headings.

Without a named lumen nothing is recorded: the size of a part whose route is unknown says
nothing about the patient's anatomy. A maximum ("sheaths up to 9 Fr", "≤ 9 Fr") is no size of
the device, and literature, results and study sections describe other devices.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from panelproof import knowledge
from panelproof.extract._sizes import table_header
from panelproof.extract.common import ExtractionContext, make_fact, sentences
from panelproof.extract.model import Calibre, Fact, FactKind
from panelproof.extract.population import STUDY_CONTEXT, REPORTING_HEADING, in_literature_section
from panelproof.ingest.model import Block, BlockKind, Document

_NUM = r"\d+(?:[.,]\d+)?"
_SEP = r"\s*(?:[-–—/]|,\s|to|à|a|bis|tot|al|and|or|et|ou|und|oder|y|e|o|en|of)\s*"
_NUMS = rf"(?P<nums>{_NUM}(?:{_SEP}{_NUM})*)"
_FRENCH_UNIT = r"(?:[Ff]r\.?|FR|French|[Cc]h\.?|CH|Charri[eè]re|F)(?![^\W\d_])"
# "7 Fr", "7–9 F", "6, 7 and 9 Fr"; "Ch 12", "Fr. 7"
_FRENCH = re.compile(rf"(?<![\w.,]){_NUMS}\s*{_FRENCH_UNIT}"
                     rf"|(?<![\w])(?:[Ff]r\.?|French|[Cc]h\.?|CH|Charri[eè]re)\s*(?P<after>{_NUM})(?![\w.,]\d)")
_MM = re.compile(rf"(?<![\w.,]){_NUMS}\s*mm(?![^\W\d_])")
# A stated maximum is no size of the device: "sheaths up to 9 Fr", "≤ 9 Fr", "max. 9 F".
_MAXIMUM = re.compile(r"(?:up to|not exceed\w*|exceed\w*|larger than|greater than|more than|max(?:imum|\.)?|"
                      r"at most|bis zu|höchstens|maximal|größer als|jusqu'?[àa]|au plus|plus de|"
                      r"sup[ée]rieur\w* [àa]|fino a|hasta|tot maximaal|[≤<>≥])\s*(?:of\s*|de\s*|von\s*)?$",
                      re.IGNORECASE)
_LENGTH = re.compile(r"(?:length|long|länge|lang|longueur|lunghezza|longitud|lengte|depth|tiefe|profondeur)\w*"
                     r"\W*(?:(?:of|von|de|di|van|from|zwischen|entre)\W+)?$",
                     re.IGNORECASE)
# The step between sizes, not a size: "in 0.5 mm steps", "in steps of 2 Fr", "par pas de 0,5 mm".
_STEP_AFTER = re.compile(r"\s*(?:steps?|increments?|intervals?|schritt\w*|stufen?|abstufung\w*|pas\b|"
                         r"paliers?|incrementi|passi|scatti|incrementos?|pasos?|stappen)\b", re.IGNORECASE)
_STEP_BEFORE = re.compile(r"(?:steps?|increments?|schritt\w*|stufen|abstufung\w*|pas|paliers?|"
                          r"incrementi|passi|incrementos?|pasos?|stappen)\s+(?:of|von|à|de|di|da|van)?\s*$",
                          re.IGNORECASE)
# French sizes of devices that enter a patient end well below this ("98 F" is a temperature).
_LARGEST_FRENCH = 40


@lru_cache(maxsize=1)
def _knowledge() -> tuple[tuple[tuple[str, bool, re.Pattern], ...], re.Pattern, re.Pattern,
                          re.Pattern]:
    data = knowledge.load("anatomy_limits")
    lumens = tuple((lid, bool(info.get("generic")),
                    re.compile("|".join(f"(?:{t})" for t in info["terms"]), re.IGNORECASE))
                   for lid, info in data["lumens"].items())
    return (lumens, re.compile(rf"(?:{data['components']})", re.IGNORECASE),
            re.compile(rf"(?:{data['diameter_cues']})", re.IGNORECASE),
            re.compile(rf"(?<!\w)(?:{data['not_parts']})", re.IGNORECASE))


def _numbers(text: str) -> list[float]:
    return [float(n.replace(",", ".")) for n in re.findall(_NUM, text)]


def sizes_in(text: str) -> list[tuple[str, float, float, str, int, int]]:
    """The device sizes a text states: (unit, smallest, largest, as written, start, end)."""
    _, _, diameter, not_part = _knowledge()
    found = []
    for pattern, unit in ((_FRENCH, "Fr"), (_MM, "mm")):
        for match in pattern.finditer(text):
            if _MAXIMUM.search(text[max(0, match.start() - 30):match.start()]):
                continue
            if _STEP_AFTER.match(text, match.end()) or _STEP_BEFORE.search(
                    text[max(0, match.start() - 25):match.start()]):
                continue  # "5.0 to 9.0 mm in 0.5 mm steps": the step is no size
            if unit == "mm":
                if _LENGTH.search(text[max(0, match.start() - 20):match.start()]):
                    continue
                near = text[max(0, match.start() - 40):min(len(text), match.end() + 25)]
                if not diameter.search(near) or not_part.search(near):
                    continue
            values = _numbers(match.group("nums") or "") if match.groupdict().get("nums") else []
            if not values and match.groupdict().get("after"):
                values = _numbers(match.group("after"))
            values = [v for v in values if v > 0]
            if not values or (unit == "Fr" and max(values) > _LARGEST_FRENCH):
                continue
            found.append((unit, min(values), max(values), match.group(0).strip(),
                          match.start(), match.end()))
    return found


def _nearest_lumen(text: str, start: int, end: int) -> str | None:
    """The lumen named nearest to text[start:end]; a generic one ("venous") only when no
    specific one is named ("voie veineuse fémorale" is the femoral vein)."""
    best = None
    for lumen, generic, pattern in _knowledge()[0]:
        for match in pattern.finditer(text):
            distance = (start - match.end()) if match.end() <= start else max(0, match.start() - end)
            key = (generic, distance)
            if best is None or key < best[0]:
                best = (key, lumen)
    return best[1] if best else None


@lru_cache(maxsize=1)
def _vascular_patterns() -> tuple[re.Pattern, re.Pattern]:
    data = knowledge.load("anatomy_limits")
    return (re.compile(rf"(?:{data['vascular_parts']})", re.IGNORECASE),
            re.compile(rf"(?:{data['transcatheter_cues']})", re.IGNORECASE))


def _unnamed_vascular_route(document: Document, sentence: str, context_text: str) -> bool:
    """A sheath or delivery system of a transcatheter device, no access vessel named: it still
    enters a vessel (see `unnamed_route_lumen` in anatomy_limits.yaml)."""
    part, transcatheter = _vascular_patterns()
    if not (part.search(sentence) or part.search(context_text)):
        return False
    return any(transcatheter.search(block.normalized) for block in document.blocks[:200])


@lru_cache(maxsize=1)
def _device_term_patterns() -> tuple[tuple[str, re.Pattern, frozenset[str], re.Pattern | None], ...]:
    lumens = knowledge.load("anatomy_limits")["lumens"]
    return tuple((lid, re.compile(rf"(?:{info['device_terms']})", re.IGNORECASE),
                  frozenset(info.get("device_units") or ["Fr"]),
                  re.compile(rf"(?:{info['device_cue']})", re.IGNORECASE)
                  if info.get("device_cue") else None)
                 for lid, info in lumens.items() if info.get("device_terms"))


@lru_cache(maxsize=1)
def _requirement() -> re.Pattern:
    return re.compile(knowledge.load("anatomy_limits")["requirement_cues"], re.IGNORECASE)


def _devices_named(document: Document) -> tuple[str, ...]:
    """The lumens whose devices (`device_terms` in anatomy_limits.yaml) the document names
    in its opening blocks, where a document says what its device is."""
    return tuple(lumen for lumen, pattern, _, _ in _device_term_patterns()
                 if any(pattern.search(block.normalized) for block in document.blocks[:200]))


def _device_lumen(named: tuple[str, ...], unit: str, near: str,
                  cued_only: bool = False) -> str | None:
    """The lumen the document's device can only enter, from how the document names the
    device (a "urinary catheter" enters the urethra, a "tracheal stent" the trachea), when
    exactly one such lumen takes a size in this unit and, where the lumen asks for one, the
    size's own words say which measure it is (`device_cue`: a tube's inner diameter): a size
    table row of such a device names no lumen ("Stent diameter | 14 mm to 18 mm"). With
    `cued_only`, only a lumen whose measure the size's words state: "Internal diameter (ID)"
    of an endotracheal tube is the tube's, though the heading names the trachea."""
    found = {lumen for lumen, _, units, cue in _device_term_patterns()
             if lumen in named and unit in units and (cue is not None or not cued_only)
             and (cue is None or cue.search(near))}
    return found.pop() if len(found) == 1 else None


def _lumen_in(text: str) -> str | None:
    return _nearest_lumen(text, len(text), len(text))


def extract(document: Document, context: ExtractionContext) -> Iterable[Fact]:
    component = _knowledge()[1]
    blocks = document.blocks
    named: tuple[str, ...] | None = None  # read once, when a size is first found
    for index, block in enumerate(blocks):
        if block.kind not in (BlockKind.TABLE_ROW, BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
            continue
        text = block.normalized
        if not re.search(r"\d", text) or in_literature_section(block):
            continue
        if any(REPORTING_HEADING.search(h) or STUDY_CONTEXT.search(h) for h in block.heading_path):
            continue
        header = table_header(blocks, index) if block.kind is BlockKind.TABLE_ROW else None
        # a first row is a header ("Sheath (Fr) | Vessel"), unless it states a size itself:
        # a two-column specification table often has no header ("Catheter sizes | CH 8 ~ 14")
        if block.kind is BlockKind.TABLE_ROW and block.row_index == 0 and not sizes_in(text):
            continue
        context_text = " ".join(([header.normalized, _table_intro(blocks, index)]
                                 if header is not None else []) + list(block.heading_path[-2:]))
        units = ([(0, len(text))] if block.kind is BlockKind.TABLE_ROW else sentences(block))
        for s, e in units:
            sentence = text[s:e]
            if STUDY_CONTEXT.search(sentence):
                continue
            sizes, heads = sizes_in(sentence), None
            if not sizes and header is not None:
                # unitless cells under a "Sheath (Fr)" or "Outer diameter (mm)" header
                sizes, heads = _header_sizes(header, block)
            if not sizes:
                continue
            # the part is named, or the device itself is the part ("Internal diameter (ID) |
            # 5.0 to 9.0 mm" in a specification table of an endotracheal tube)
            has_part = bool(component.search(sentence) or component.search(context_text))
            if named is None:
                named = _devices_named(document)
            if not has_part and not named:
                continue
            for k, (unit, low, high, written, start, end) in enumerate(sizes):
                # which measure the size is: its column's header, else the words around it
                near = heads[k] if heads else sentence[max(0, start - 40):end + 25]
                # the row's label or the sentence's words before the size say whether it is
                # the device's own size or what it needs of another device ("Minimum ETT
                # inner diameter" of a bronchoscope): only its own is read from its name
                said = heads[k] if heads else sentence[max(0, start - 120):end]
                own = named if not _requirement().search(said) else ()
                if not has_part:
                    lumen = _device_lumen(own, unit, near)
                    if lumen is None:
                        continue
                    yield make_fact(document, block, FactKind.CALIBRE,
                                    Calibre(lumen, unit, low, high, written),
                                    None if block.kind is BlockKind.TABLE_ROW else (s, e))
                    continue
                lumen = (_nearest_lumen(sentence, start, end)
                         or _device_lumen(own, unit, near, cued_only=True)
                         or _lumen_in(context_text) or _device_lumen(own, unit, near))
                if lumen is None and unit == "Fr" and _unnamed_vascular_route(document, sentence, context_text):
                    lumen = knowledge.load("anatomy_limits")["unnamed_route_lumen"]
                if lumen is None:
                    continue
                yield make_fact(document, block, FactKind.CALIBRE,
                                Calibre(lumen, unit, low, high, written),
                                None if block.kind is BlockKind.TABLE_ROW else (s, e))


_HEADER_UNIT = re.compile(r"[(\[]\s*(Fr|F|French|Ch|CH|mm)\s*[)\]]|\bin\s+(Fr|mm)\b")


def _table_intro(blocks: list[Block], index: int) -> str:
    """The paragraph just before a table, which often names the route its sizes are for."""
    table = blocks[index].table_index
    for other in reversed(blocks[max(0, index - 400):index]):
        if other.kind is BlockKind.TABLE_ROW and other.table_index == table:
            continue
        return other.normalized if other.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) else ""
    return ""


def _header_sizes(header: Block, row: Block) -> tuple[list[tuple[str, float, float, str, int, int]],
                                                      list[str]]:
    """The sizes of a row's unitless cells, and the header cell of each."""
    _, component, diameter, not_part = _knowledge()
    out, heads = [], []
    for i, head in enumerate(header.cells):
        unit = _HEADER_UNIT.search(head)
        if unit is None or i >= len(row.cells):
            continue
        written_unit = unit.group(1) or unit.group(2)
        is_mm = written_unit == "mm"
        # the column names the part ("Sheath (Fr)"), or the table's first column does
        # ("Tracheostomy tube | Outer diameter (mm)"); a disc's diameter is no calibre
        subject = header.cells[0] if header.cells else ""
        if not (component.search(head) or component.search(subject)) or (
                is_mm and (not diameter.search(head) or not_part.search(head))):
            continue
        cell = row.cells[i].strip()
        if not re.fullmatch(rf"{_NUM}(?:{_SEP}{_NUM})*", cell):
            continue
        values = [v for v in _numbers(cell) if v > 0]
        if values:
            unit_name = "mm" if is_mm else "Fr"
            out.append((unit_name, min(values), max(values), f"{cell} {unit_name}", 0, 0))
            heads.append(head)
    return out, heads
