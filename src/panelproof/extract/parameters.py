"""Technical parameter ranges with units: "Tidal volume: 50–2000 ml", "PEEP 0-20 cmH2O".

Parameters and their words (en/fr/de) come from `knowledge/vocabulary/parameters.yaml`; each
has a canonical pint unit, and values are converted to it (cmH2O is defined as 98.0665 Pa, so
"5 to 20 mbar" becomes 5.1–20.4 cmH2O). A parameter is read where its term is followed, within a
few words or table cells, by a number or range with a unit of the right dimension; "6 ml/kg"
is not a tidal volume of the device. Decimal and thousands separators follow the document's
language: "2,000 ml" is two thousand in English, "0,5 ml" is one half in French and German,
"2.000 ml" is two thousand in German.

Numbers under literature, results and study headings describe other devices or patients and are
left out.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

import pint

from panelproof import knowledge
from panelproof.extract.common import ExtractionContext, make_fact, sentences
from panelproof.extract.model import Fact, FactKind, ParameterRange
from panelproof.ingest.model import Block, BlockKind, Document

# Unit spellings -> pint expressions. Longest first when matched.
UNIT_SPELLINGS: dict[str, str] = {
    "cmH2O": "cmH2O", "cm H2O": "cmH2O", "cmH20": "cmH2O", "cm H20": "cmH2O", "cmWS": "cmH2O",
    "cm WS": "cmH2O", "cm d'eau": "cmH2O", "mbar": "millibar", "hPa": "hectopascal",
    "kPa": "kilopascal", "mmHg": "mmHg",
    "ml/h": "milliliter/hour", "mL/h": "milliliter/hour", "ml/hr": "milliliter/hour",
    "mL/hr": "milliliter/hour", "ml/Std": "milliliter/hour",
    "ml/s": "milliliter/second", "mL/s": "milliliter/second", "ml/sec": "milliliter/second",
    "mL/sec": "milliliter/second", "ml/Sek": "milliliter/second", "ml/Sek.": "milliliter/second",
    "ml per second": "milliliter/second", "ml par seconde": "milliliter/second",
    "ml pro Sekunde": "milliliter/second", "cc/s": "milliliter/second", "cc/sec": "milliliter/second",
    "ml/min": "milliliter/minute", "mL/min": "milliliter/minute",
    "l/min": "liter/minute", "L/min": "liter/minute", "lpm": "liter/minute", "LPM": "liter/minute",
    "ml": "milliliter", "mL": "milliliter", "l": "liter", "L": "liter",
    "bpm": "1/minute", "b/min": "1/minute", "breaths/min": "1/minute", "breaths per minute": "1/minute",
    "/min": "1/minute", "1/min": "1/minute", "min-1": "1/minute", "min⁻¹": "1/minute",
    "resp/min": "1/minute", "c/min": "1/minute", "cycles/min": "1/minute",
    "Atemzüge/min": "1/minute", "AZ/min": "1/minute", "cycles par minute": "1/minute",
    "%": "percent", "vol%": "percent", "Vol.-%": "percent",
    "µs": "microsecond", "us": "microsecond", "ms": "millisecond", "s": "second", "sec": "second",
    "mA": "milliampere", "Hz": "hertz", "kHz": "kilohertz", "ppm": "ppm",
    "°C": "degC", "° C": "degC", "°F": "degF",
    "h": "hour", "hours": "hour", "hour": "hour", "hrs": "hour", "hr": "hour", "heures": "hour",
    "heure": "hour", "Stunden": "hour", "Std": "hour",
    "kg": "kilogram", "g": "gram", "lb": "pound", "lbs": "pound",
    # lengths and durations of labelled values the vocabulary does not know ("Treatable neck
    # diameter 19-30 mm", "Lockout interval 10-99 min")
    "mm": "millimeter", "cm": "centimeter", "µm": "micrometer", "Fr": "french_gauge",
    "min": "minute", "mins": "minute", "minutes": "minute", "Minuten": "minute",
}
# Units a vocabulary needs beyond these (e.g. insulin units per hour) are data, declared in
# vocabulary/parameters.yaml (`unit_spellings`, `unit_definitions`).
UNIT_SPELLINGS.update(knowledge.load("vocabulary/parameters").get("unit_spellings") or {})
_UNIT_RE = "|".join(re.escape(u) for u in sorted(UNIT_SPELLINGS, key=len, reverse=True))
UNIT = rf"(?P<unit>{_UNIT_RE})(?![\w/²³])"
NUMBER = r"\d{1,3}(?:[ ,.'’]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?"
SEP = r"(?:-|\|(?=\s*\d)|\bto\b|\bthrough\b|\bthru\b|\bà\b|\bbis\b|\.\.\.|…|\band\b|\bet\b|\bund\b)"
CMP = (r"(?P<cmp>up to|max\.?|maximum|<=|<|>=|>|min\.?|minimum|bis zu|jusqu'à|"
       r"at least|au moins|mindestens|höchstens)")
VALUE = re.compile(
    rf"(?P<filler>[^\d.;]{{0,40}}?)(?:\(\s*(?P<unit0>{_UNIT_RE})\s*\)[^\d.;]{{0,30}}?)?"
    # the first number's own unit ("from 0.025 units/h to 35 units/h"); not UNIT.replace(),
    # which would also rewrite spellings containing "unit"
    rf"(?:{CMP}\s*)?(?P<a>{NUMBER})\s*(?:(?P<ua>{_UNIT_RE})(?![\w/²³])\s*)?"
    rf"(?:{SEP}\s*(?P<b>{NUMBER})\s*)?(?:\|\s*)?(?:{UNIT})?",
    re.IGNORECASE)
# Headings under which numbers describe studies or other devices.
OTHER_HEADING = re.compile(
    r"literature|state of the art|clinical data|results|studies|\bstudy\b|appraisal|"
    r"bibliograph|literatur|stand der technik|klinische daten|ergebnisse|studien|"
    r"littérature|état de l'art|données cliniques|résultats|études", re.IGNORECASE)
PATIENT_WEIGHT = re.compile(r"patient|body|körper|corporel|patienten", re.IGNORECASE)
NOT_A_SETTING = re.compile(r"^\s*(?:±|\+/-|accuracy|tolerance|précision|genauigkeit)", re.IGNORECASE)


@lru_cache(maxsize=1)
def ureg() -> pint.UnitRegistry:
    registry = pint.UnitRegistry()
    registry.define("cmH2O = 98.0665 * pascal = cm_H2O")
    registry.define("french_gauge = 1 / 3 * millimeter = Fr_gauge")  # catheter sizes
    for definition in knowledge.load("vocabulary/parameters").get("unit_definitions") or []:
        registry.define(definition)
    return registry


@dataclass(frozen=True)
class ParameterInfo:
    id: str
    unit: str
    source: str


@lru_cache(maxsize=1)
def parameters() -> dict[str, ParameterInfo]:
    data = knowledge.load("vocabulary/parameters")["parameters"]
    return {pid: ParameterInfo(pid, entry["unit"], entry.get("source", ""))
            for pid, entry in data.items()}


def _case_sensitive(term: str) -> bool:
    # Abbreviations ("VT", "PEEP", "Ti") are matched as written; words in any case.
    return len(term) <= 5 and any(c.isupper() for c in term[1:] or term) and " " not in term


@lru_cache(maxsize=1)
def _term_patterns() -> tuple[re.Pattern, re.Pattern, dict[str, list[str]]]:
    data = knowledge.load("vocabulary/parameters")["parameters"]
    term_ids: dict[str, list[str]] = {}
    for pid, entry in data.items():
        for terms in entry.get("terms", {}).values():
            for term in terms:
                key = term if _case_sensitive(term) else term.lower()
                if pid not in term_ids.setdefault(key, []):
                    term_ids[key].append(pid)
    exact = sorted((t for t in term_ids if _case_sensitive(t)), key=len, reverse=True)
    loose = sorted((t for t in term_ids if not _case_sensitive(t)), key=len, reverse=True)

    def compile_terms(terms: list[str], flags: int) -> re.Pattern:
        alternatives = "|".join(re.escape(t) for t in terms) or r"(?!x)x"
        return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", flags)

    return compile_terms(exact, 0), compile_terms(loose, re.IGNORECASE), term_ids


def parse_number(text: str, language: str | None) -> float:
    """A number written with the separators of `language` ("2,000" en, "0,5" fr, "2.000" de)."""
    s = re.sub(r"[ '’]", "", text)
    if "," in s and "." in s:
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if decimal == "," else ",", "").replace(",", ".")
    elif "," in s:
        # "0,025" is a decimal in any language: no one groups thousands after a leading 0.
        grouped = re.fullmatch(r"[1-9]\d{0,2}(?:,\d{3})+", s)
        s = s.replace(",", "") if grouped and language not in ("fr", "de") else s.replace(",", ".")
    elif "." in s:
        if language == "de" and re.fullmatch(r"[1-9]\d{0,2}(?:\.\d{3})+", s):
            s = s.replace(".", "")
    return float(s)


def _unit_for(spelling: str | None) -> str | None:
    if not spelling:
        return None
    for key, value in UNIT_SPELLINGS.items():
        if key.lower() == spelling.lower() and (key == spelling or key.lower() not in
                                                 ("ms", "l", "mbar")):
            return value
    return UNIT_SPELLINGS.get(spelling)


def _convert(value: float, unit: str, target: str) -> float | None:
    registry = ureg()
    try:
        quantity = registry.Quantity(value, unit)
        if quantity.dimensionality != registry.Quantity(1, target).dimensionality:
            return None
        return float(quantity.to(target).magnitude)
    except (pint.errors.PintError, ValueError, AttributeError):
        return None


def _choose(candidates: list[str], unit: str) -> str | None:
    """Of the parameters a term may name, the one whose canonical unit the written unit fits best."""
    best, best_distance = None, math.inf
    for pid in candidates:
        factor = _convert(1.0, unit, parameters()[pid].unit)
        if factor is None or factor <= 0:
            continue
        distance = abs(math.log10(factor))
        if distance < best_distance:
            best, best_distance = pid, distance
    return best


@dataclass(frozen=True)
class ParameterMatch:
    start: int
    end: int
    value: ParameterRange


def find_parameters(text: str, language: str | None) -> list[ParameterMatch]:
    """Parameter ranges in one sentence or table row of normalised text."""
    exact, loose, term_ids = _term_patterns()
    hits = sorted([*exact.finditer(text), *loose.finditer(text)],
                  key=lambda m: (m.start(), -(m.end() - m.start())))
    found: list[ParameterMatch] = []
    covered_until = -1
    for term in hits:
        if term.start() < covered_until:
            continue
        key = term.group(0) if term.group(0) in term_ids else term.group(0).lower()
        candidates = term_ids.get(key, [])
        m = VALUE.match(text, term.end())
        if not candidates:
            continue
        if not m or not (m.group("unit") or m.group("ua") or m.group("unit0")):
            # the value before its term, as an attribute: "a 300-unit reservoir", "a 3 ml
            # cartridge", "5 ml/s power injection"
            before = _value_before(text, term.start())
            attribute = _before_match(before, term, candidates, language) if before else None
            if attribute is not None and (not found or found[-1].end <= attribute.start):
                found.append(attribute)
                covered_until = term.end()
            continue
        if re.search(r"[a-zA-Z]{3,}\s+[a-zA-Z]{3,}\s+[a-zA-Z]{3,}\s+[a-zA-Z]{3,}", m.group("filler")):
            continue  # too many words between term and number: not its value
        spelled = m.group("unit") or m.group("ua") or m.group("unit0")
        unit = _unit_for(spelled)
        if not unit:
            continue
        pid = _choose(candidates, unit)
        if pid is None:
            continue
        if pid == "weight_device" and PATIENT_WEIGHT.search(text[max(0, term.start() - 20):m.end()]):
            continue
        if NOT_A_SETTING.match(text[term.end():]):
            continue
        target = parameters()[pid].unit
        a = _convert(parse_number(m.group("a"), language), unit, target)
        b = _convert(parse_number(m.group("b"), language), unit, target) if m.group("b") else None
        if a is None:
            continue
        low, high = _bounds(a, b, (m.group("cmp") or "").lower())
        end = m.end()
        while end > term.end() and text[end - 1] in " |":
            end -= 1
        found.append(ParameterMatch(term.start(), end, ParameterRange(
            name=pid, low=low, high=high, unit=target, label=term.group(0))))
        covered_until = end
    return found


# "300-unit", "3 ml", "up to 5 ml/s" right before a term, with at most one word between
# ("a 300-unit insulin reservoir"); the number must not belong to a range or a ratio before it.
VALUE_BEFORE = re.compile(
    rf"(?<![\d.,/-])(?:{CMP}\s*)?(?P<a>{NUMBER})\s*-?\s*(?P<unit>{_UNIT_RE})(?![\w/²³])"
    rf"\s*-?\s*(?:[^\W\d_]+\s+)?$", re.IGNORECASE)


def _value_before(text: str, start: int) -> re.Match | None:
    window = text[max(0, start - 60):start]
    if not window or not any(ch.isdigit() for ch in window):
        return None
    return VALUE_BEFORE.search(window)


def _before_match(m: re.Match, term: re.Match, candidates: list[str],
                  language: str | None) -> ParameterMatch | None:
    unit = _unit_for(m.group("unit"))
    pid = _choose(candidates, unit) if unit else None
    if pid is None or pid == "weight_device":
        return None
    target = parameters()[pid].unit
    a = _convert(parse_number(m.group("a"), language), unit, target)
    if a is None:
        return None
    low, high = _bounds(a, None, (m.group("cmp") or "").lower())
    offset = term.start() - len(m.string)
    return ParameterMatch(offset + m.start(), term.end(), ParameterRange(
        name=pid, low=low, high=high, unit=target, label=term.group(0)))


def _bounds(a: float, b: float | None, comparator: str) -> tuple[float | None, float | None]:
    if b is not None:
        return min(a, b), max(a, b)
    if comparator.startswith(("up to", "max", "<", "bis", "jusqu", "höchstens")):
        return None, a
    if comparator.startswith(("min", ">", "at least", "au moins", "mindestens")):
        return a, None
    return a, a


def _in_other_section(block: Block) -> bool:
    return any(OTHER_HEADING.search(h) for h in block.heading_path[-2:])


# A labelled value the vocabulary does not know: "Bolus increment: 0.05–0.5 U", a table row
# "| Sweep gas flow | 0.5–10 L/min |". The label's words are its id ("text:bolus increment"),
# so two documents stating the same label are compared; the value keeps its written unit.
# A qualifier in parentheses belongs to the label ("Neck diameter (treatable)"), a unit does not.
_LABEL_QUALIFIER = rf"(?:\s*\((?!\s*(?:{_UNIT_RE})\s*\))[^()\d|:]{{1,30}}\))?"
LABELLED_VALUE = re.compile(
    rf"\s*(?P<label>[^\W\d_][^\W\d_'’/-]*(?:[ '’/-]+[^\W\d_][^\W\d_'’/-]*){{0,4}}{_LABEL_QUALIFIER})"
    rf"\s*(?:\((?P<unit0>{_UNIT_RE})\))?\s*(?:\||:)\s*(?:{CMP}\s*)?(?P<a>{NUMBER})\s*"
    rf"(?:(?P<ua>{_UNIT_RE})(?![\w/²³])\s*)?(?:{SEP}\s*(?P<b>{NUMBER})\s*)?(?:{UNIT})?",
    re.IGNORECASE)
_GENERIC_LABELS = {"value", "range", "parameter", "setting", "settings", "unit", "units",
                   "item", "characteristic", "specification", "valeur", "plage", "wert",
                   "bereich", "note", "notes", "version", "revision", "date", "page", "table"}


def labelled_parameter(text: str, language: str | None) -> ParameterMatch | None:
    """A value with a unit under a label the vocabulary does not know, or None."""
    m = LABELLED_VALUE.match(text)
    if not m:
        return None
    label = " ".join(m.group("label").split()).strip(" -/")
    if not label or label.lower() in _GENERIC_LABELS or len(label) < 3 or label[0] == "(":
        return None
    return _labelled_match(m, label, language)


_DURATIONS = ("hour", "second", "millisecond", "minute")


def _labelled_match(m: re.Match, label: str, language: str | None) -> ParameterMatch | None:
    unit = _unit_for(m.group("unit") or m.group("ua") or m.group("unit0"))
    if not unit or unit == "percent":
        return None  # bare percentages under free labels are rarely settings
    if unit in _DURATIONS and not m.group("b"):
        return None  # a single duration ("Duration: 2 h") is rarely a setting; a range is one
    a = parse_number(m.group("a"), language)
    b = parse_number(m.group("b"), language) if m.group("b") else None
    low, high = _bounds(a, b, (m.group("cmp") or "").lower())
    end = m.end()
    while end > 0 and end > m.start("a") and text_end_blank(m.string[end - 1]):
        end -= 1
    return ParameterMatch(m.start("label"), end, ParameterRange(
        name="text:" + label.lower(), low=low, high=high, unit=unit, label=label))


def text_end_blank(ch: str) -> bool:
    return ch in " |"


# The same in prose, without a colon: "Treatable proximal neck diameter 19–30 mm", "- Lockout
# interval 10 to 99 min". Only at the start of a sentence or list item, only a short noun
# phrase (no verb), and only a range or a compared value with a unit.
# Where a label may start inside a sentence: after an article ("sets a lockout interval of").
_ARTICLE = re.compile(r"\b(?:a|an|the|its|le|la|les|un|une|der|die|das|ein|eine|einen|el|il|lo|"
                      r"los|las|gli)\s+", re.IGNORECASE)
PROSE_LABELLED_VALUE = re.compile(
    rf"\s*(?:[-–•*]\s*)?(?P<label>[^\W\d_][^\W\d_'’/-]*(?:[ '’/-]+[^\W\d_][^\W\d_'’/-]*){{1,5}}?)"
    rf"\s*(?:\((?P<unit0>{_UNIT_RE})\))?\s+(?:(?:of|de|von|di|del|du|des)\s+)?"
    rf"(?:{CMP}\s*)?(?P<a>{NUMBER})\s*(?:(?P<ua>{_UNIT_RE})(?![\w/²³])\s*)?"
    rf"(?:{SEP}\s*(?P<b>{NUMBER})\s*)?(?:{UNIT})(?![\w/²³])",
    re.IGNORECASE)
_NOT_A_LABEL_WORD = re.compile(
    r"^(?:is|are|was|were|be|been|has|have|had|can|may|must|should|shall|will|would|weighs?|"
    r"measures?|measured|reached|reaches|enrolled|included|followed|received|showed|shows|"
    r"we|they|it|patients?|ist|sind|wird|hat|est|sont|a|es|son|è|sono|ha|after|during|for|"
    r"with|in|at|on|to|from|than|mean|median|average|approximately|about|nach|während|bei|"
    r"après|pendant|avec|dans)$", re.I)


_LABEL_LINKS = frozenset("of de du des d von di del della a an the un une le la les el il lo".split())


def prose_labelled_parameter(text: str, language: str | None) -> ParameterMatch | None:
    """A range with a unit after a short label at the start of a sentence, or None."""
    if not any(ch.isdigit() for ch in text):
        return None  # cheap test first: most sentences state no number
    for start in (0, *(a.end() for a in _ARTICLE.finditer(text))):
        found = _prose_labelled_at(text, start, language)
        if found is not None:
            return found
    return None


def _prose_labelled_at(text: str, start: int, language: str | None) -> ParameterMatch | None:
    m = PROSE_LABELLED_VALUE.match(text, start)
    if not m:
        return None
    words = m.group("label").split()
    while words and words[-1].lower() in _LABEL_LINKS:
        words.pop()  # "lockout interval of 10 to 99 min"
    while words and words[0].lower() in _LABEL_LINKS:
        words.pop(0)
    label = " ".join(words).strip(" -/")
    if len(words) < 2 or any(_NOT_A_LABEL_WORD.match(w) for w in words):
        return None
    if label.lower() in _GENERIC_LABELS:
        return None
    if not (m.group("b") or m.group("cmp")):
        return None  # a single value in prose ("a length of 30 cm") is a description, not a range
    return _labelled_match(m, label, language)


def convert(value: float, unit: str, target: str) -> float | None:
    """`value` in `unit` expressed in `target`; None when the dimensions differ."""
    return _convert(value, unit, target)


def extract(document: Document, context: ExtractionContext) -> Iterable[Fact]:
    for block in document.blocks:
        if block.kind is BlockKind.HEADING or _in_other_section(block):
            continue
        units = ([(0, len(block.normalized))] if block.kind is BlockKind.TABLE_ROW
                 else list(sentences(block)))
        for s, e in units:
            matches = find_parameters(block.normalized[s:e], document.language)
            if not matches and (block.kind is BlockKind.TABLE_ROW or ":" in block.normalized[s:e]):
                labelled = labelled_parameter(block.normalized[s:e], document.language)
                matches = [labelled] if labelled else []
            if not matches and block.kind is not BlockKind.TABLE_ROW:
                prose = prose_labelled_parameter(block.normalized[s:e], document.language)
                matches = [prose] if prose else []
            for match in matches:
                yield make_fact(document, block, FactKind.PARAMETER, match.value,
                                (s + match.start, s + match.end))
