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
import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable

from panelproof import knowledge, regex_cache
from panelproof.extract._terms import word_alternation
from panelproof.extract._component_counts import component_counts
from panelproof.extract._parameter_settings import count_limits, first_digit, setting_at
from panelproof.extract.common import ExtractionContext, make_fact, sentences
from panelproof.extract.model import Fact, FactKind, ParameterRange
from panelproof.extract.numerals import numeral_view
from panelproof.ingest.model import Block, BlockKind, Document
from panelproof.ingest.normalize import fold_case

if TYPE_CHECKING:
    import pint

# Unit spellings -> pint expressions. Longest first when matched.
UNIT_SPELLINGS: dict[str, str] = {
    "cmH2O": "cmH2O", "cm H2O": "cmH2O", "cmH20": "cmH2O", "cm H20": "cmH2O", "cmWS": "cmH2O",
    "cm WS": "cmH2O", "cm d'eau": "cmH2O", "mbar": "millibar", "hPa": "hectopascal",
    "kPa": "kilopascal", "mmHg": "mmHg",
    "ml/h": "milliliter/hour", "mL/h": "milliliter/hour", "ml/hr": "milliliter/hour",
    "mL/hr": "milliliter/hour", "ml/Std": "milliliter/hour", "ml/hour": "milliliter/hour",
    "mL/hour": "milliliter/hour", "ml per hour": "milliliter/hour", "mL per hour": "milliliter/hour",
    "ml/heure": "milliliter/hour", "ml par heure": "milliliter/hour", "ml/Stunde": "milliliter/hour",
    "ml pro Stunde": "milliliter/hour", "ml/ora": "milliliter/hour", "ml all'ora": "milliliter/hour",
    "ml/hora": "milliliter/hour", "ml por hora": "milliliter/hour", "ml/uur": "milliliter/hour",
    "ml per uur": "milliliter/hour", "ml·h⁻¹": "milliliter/hour", "ml h⁻¹": "milliliter/hour",
    "ml h-1": "milliliter/hour",
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
    "heure": "hour", "Stunden": "hour", "Stunde": "hour", "Std": "hour", "Std.": "hour",
    "ore": "hour", "ora": "hour", "horas": "hour", "hora": "hour", "uur": "hour", "uren": "hour",
    "kg": "kilogram", "g": "gram", "lb": "pound", "lbs": "pound",
    # lengths and durations of labelled values the vocabulary does not know ("Treatable neck
    # diameter 19-30 mm", "Lockout interval 10-99 min")
    "mm": "millimeter", "cm": "centimeter", "µm": "micrometer", "Fr": "french_gauge",
    "min": "minute", "mins": "minute", "minutes": "minute", "Minuten": "minute", "minute": "minute",
    "minuti": "minute", "minutos": "minute",
}
# Units a vocabulary needs beyond these (e.g. insulin units per hour) are data, declared in
# vocabulary/parameters.yaml (`unit_spellings`, `unit_definitions`).
UNIT_SPELLINGS.update(knowledge.load("vocabulary/parameters").get("unit_spellings") or {})
_UNIT_RE = "|".join(re.escape(u) for u in sorted(UNIT_SPELLINGS, key=lambda t: (-len(t), t)))
UNIT = rf"(?P<unit>{_UNIT_RE})(?![\w/²³])"
NUMBER = r"\d{1,3}(?:[ ,.'’]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?"
# Range joiners in en/fr/de/it/es/nl: "5 to 60", "5 à 60", "5 bis 60", "18 a 32" (es/it),
# "entre 18 y 32" (es), "tra 18 e 32" (it), "5 tot 60" (nl); only ever between two numbers.
SEP = (r"(?:-|\|(?=\s*\d)|\bup ?to\b|\btill\b|\bjusqu['’]à|\bbis zu\b|\bfino a\b|\bhasta\b|\bto\b|\bthrough\b|\bthru\b|\bà\b|\bbis\b|\.\.\.|…|\band\b|\bet\b|"
       r"\bund\b|\ba\b|\by\b|\be\b|\bal\b|\btot\b|\ben\b)")
CMP = (r"(?P<cmp>up ?to|max\.?|maximum|<=|<|>=|>|min\.?|minimum|bis zu|jusqu'à|"
       r"at least|au moins|mindestens|höchstens|"
       # Spanish/Italian calques ("menor que", "maggiore di"): "minor to 40", "major than 5"
       r"minor (?:or equal )?(?:to|than)|major (?:or equal )?(?:to|than))")
# An approximation written as an abbreviation ("approx. 80 hours", "ca. 80 Stunden", "env. 80
# heures"): its full stop belongs to the filler, not to the end of a sentence.
_APPROX_DOT = r"(?:(?<=\bapprox)|(?<=\bca)|(?<=\benv)|(?<=\bapr)|(?<=\bapp))\."
VALUE = re.compile(
    rf"(?P<filler>(?:[^\d.;]|{_APPROX_DOT}){{0,40}}?)(?:\(\s*(?P<unit0>{_UNIT_RE})\s*\)[^\d.;]{{0,30}}?)?"
    # the first number's own unit ("from 0.025 units/h to 35 units/h"); not UNIT.replace(),
    # which would also rewrite spellings containing "unit"
    rf"(?:{CMP}\s*)?(?P<a>{NUMBER})\s*(?:(?P<ua>{_UNIT_RE})(?![\w/²³])\s*)?"
    rf"(?:{SEP}\s*\+?(?P<b>{NUMBER})\s*)?(?:\|\s*)?(?:{UNIT})?",
    re.IGNORECASE)
# The step of a setting is not its range: "0.1 to 50 ml/h in 0.1 ml/h steps", "in increments
# of 0.1 mL/h", "par pas de 0,1 ml/h", "in Schritten von 0,1 ml/h", "a passi di 0,25 mA",
# "step size 0.1 mL/h", "(0.1 ml/h increments)". Its number is blanked (same length, so spans
# and quotes stay those of the text) before values are read. A cue test comes first.
_STEP_CUE = re.compile(r"step|increment|incrément|pas\b|palier|schritt|auflösung|resolution|résolution|"
                       r"passi|passo|pasos|paso|stap|réglable par|graduation", re.IGNORECASE)
_STEP_UNIT = rf"(?:\s*(?:{_UNIT_RE})(?![\w/²³]))?"
STEP_PHRASE = re.compile(
    r"(?:\b(?:in|by|with|at|en|par|avec|mit|a|con|met)\s+)?"
    r"(?:(?:(?:steps?|increments?|incréments?|pas|paliers?|schritten|schritte|passi|incrementi|"
    r"pasos|incrementos|stappen)\s+(?:of|de|von|di|van|à)\s+|"
    r"(?:step(?:\s+size)?|increments?|resolution|résolution|incrément|pas(?:\s+de\s+réglage)?|"
    r"schrittweite|schritt|auflösung|passo|paso|stapgrootte|stap|resolutie)\s*(?:[:=]|of|de|von|di|van)?\s*)"
    rf"(?P<a>{NUMBER}){_STEP_UNIT}"
    r"|(?P<b>" + NUMBER + r")" + _STEP_UNIT +
    r"(?:\s*-\s*|\s+)(?:steps?|increments?|incréments?|schritten|schritte|passi|pasos|stappen)\b)",
    re.IGNORECASE)
_RANGE_AFTER = re.compile(rf"\s*(?:{SEP}|[–—])\s*\d", re.IGNORECASE)


def step_phrases(text: str) -> list[tuple[int, int, int, int]]:
    """(phrase start, phrase end, number start, number end) of each step or increment stated
    in `text`; a label followed by a range ("Bolus increment: 0.05–0.5 U") is not a step."""
    if not _STEP_CUE.search(text):
        return []
    found = []
    for m in STEP_PHRASE.finditer(text):
        group = "a" if m.group("a") else "b"
        if _RANGE_AFTER.match(text, m.end(group)) or _RANGE_AFTER.match(text, m.end()):
            continue
        found.append((m.start(), m.end(), m.start(group), m.end(group)))
    return found


_STEP_VALUE_UNIT = re.compile(rf"\s*({_UNIT_RE})(?![\w/²³])", re.IGNORECASE)


def step_parameters(text: str, steps: list[tuple[int, int, int, int]],
                    language: str | None) -> list[ParameterMatch]:
    """Step parameters stated as steps: "Bolus doses of 0.1-25 U in steps of 0.05 U", "le bolus
    est programmable par paliers de 0,1 UI", "Bolus step: 0.025 units". The step's unit must fit
    the parameter's, and the nearest parameter word before the step (in the same sentence) must
    be one of its `step_of` words: "the basal rate ... in steps of 0.01 U/h" is not a bolus step."""
    found = []
    stepped = [info for info in parameters().values() if info.step_of]
    if not steps or not stepped:
        return found
    exact, loose, _ = _term_patterns()
    for start, end, n_start, n_end in steps:
        spelled = _STEP_VALUE_UNIT.match(text, n_end, end)
        unit = _unit_for(spelled.group(1)) if spelled else None
        if unit is None:
            continue
        before = text[:n_start]
        for info in stepped:
            factor = _convert(1.0, unit, info.unit)
            if factor is None:
                continue
            words = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in info.step_of) + r")(?![\w-])",
                               re.IGNORECASE)
            named = list(words.finditer(before))
            if not named:
                continue
            # another parameter's name between the setting's word and the step names the step's setting
            between = before[named[-1].end():start]
            if any(hit for pattern in (exact, loose) for hit in pattern.finditer(between)
                   if not words.fullmatch(hit.group(0))):
                continue
            value = parse_number(text[n_start:n_end], language) * factor
            found.append(ParameterMatch(start, end, ParameterRange(
                name=info.id, low=value, high=value, unit=info.unit, label=text[start:end].strip())))
            break
    return found


def without_steps(text: str) -> str:
    """`text` with the numbers of its step phrases blanked (same length)."""
    steps = step_phrases(text)
    if not steps:
        return text
    chars = list(text)
    for _, _, start, end in steps:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


# Headings under which numbers describe studies or other devices.
OTHER_HEADING = re.compile(
    r"literature|state of the art|clinical data|results|studies|\bstudy\b|appraisal|"
    r"bibliograph|literatur|stand der technik|klinische daten|ergebnisse|studien|"
    r"littérature|état de l'art|données cliniques|résultats|études", re.IGNORECASE)
# A weight of the patient, not of the device: "body weight", "birth weight", "Geburtsgewicht",
# "poids de naissance", "peso alla nascita".
PATIENT_WEIGHT = re.compile(
    r"patient|body|körper|corporel|patienten|birth|naissance|geburt|nascita|nacimiento|nascimento|"
    r"geboorte", re.IGNORECASE)
# Words that make a number after a parameter's name an accuracy or an alarm condition
# ("Oxygen concentration deviation of more than 3 %"), not the parameter's range.
_DEVIATION_WORDS = (
    r"accuracy|tolerance|précision|genauigkeit|deviations?|differences?|drift|errors?|"
    r"écarts?|déviations?|différences?|erreurs?|abweichung(?:en)?|differenz(?:en)?|unterschied(?:e)?|fehler|"
    r"desviaci[oó]n(?:es)?|diferencias?|deviazion[ei]|scostament[oi]|differenz[ae]|afwijking(?:en)?|verschil(?:len)?")
# After the name: "<name> deviation of more than 3 %", "<name> within ±3 %", "<name> differs by".
NOT_A_SETTING = re.compile(
    r"^\s*:?\s*(?:(?:within|of|by|to|innerhalb(?: von)?|à|entro|dentro de)\s+)?"
    rf"(?:±|\+/-|(?:{_DEVIATION_WORDS}|differs?|weicht)\b)",
    re.IGNORECASE)

# The same words before the name ("Deviation of the oxygen concentration by more than 3 %",
# "Écart de la concentration en oxygène de plus de 3 %", "Abweichung der
# Sauerstoffkonzentration um mehr als 3 %", "Difference between set and measured temperature
# > 1.5 °C"): a few linking words (no number, no clause break) may stand between them.
_NOT_A_SETTING_BEFORE = re.compile(
    rf"(?:±|\+/-|\b(?:{_DEVIATION_WORDS})\b)"
    r"((?:[^\W\d_]|[\s'’-]){0,45})$",
    re.IGNORECASE)
# "Error messages and oxygen concentration 21-100 %": a conjunction starts another item,
# except in "between set and measured".
_ANOTHER_ITEM = re.compile(r"\b(?:and|or|et|ou|und|oder|sowie|y|o|e|en)\b", re.IGNORECASE)
_BETWEEN = re.compile(r"\b(?:between|entre|zwischen|tra|fra|tussen)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _alarm_words() -> re.Pattern:
    words = knowledge.load("vocabulary/parameters").get("alarm_words") or ["alarm"]
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(w) for w in words)
                      + r")(?![^\W\d_])", re.IGNORECASE)


def alarm_limit(text: str, term: re.Match, value_start: int, pid: str) -> bool:
    """Whether the value after a parameter's name is an alarm limit on the parameter: an alarm
    word between them ("reservoir low alarm: 5 ml") or just before the name in the same item
    ("Alarm when the reservoir falls below 3 ml"), unless the name is an alarm's own."""
    alarm = _alarm_words()
    if alarm.search(term.group(0)) or "alarm" in pid:
        return False
    if alarm.search(text, term.end(), value_start):
        return True
    clause = max(text.rfind(c, 0, term.start()) for c in ".;:|(")
    before = text[max(clause + 1, term.start() - 40):term.start()]
    hit = None
    for hit in alarm.finditer(before):
        pass
    return hit is not None and not _ANOTHER_ITEM.search(before[hit.end():])


def deviation_before(text: str, start: int) -> bool:
    """Whether the words just before `start` (a parameter's name) make the number after it a
    deviation, accuracy or alarm condition rather than the parameter's value."""
    match = _NOT_A_SETTING_BEFORE.search(text, max(0, start - 60), start)
    if match is None:
        return False
    gap = match.group(1)
    return not (_ANOTHER_ITEM.search(gap) and not _BETWEEN.search(gap))


@lru_cache(maxsize=1)
def ureg() -> pint.UnitRegistry:
    # With the console script's cache on, pint keeps its parsed unit definitions there too
    # (its own `cache_folder`): a tenth of a second less on every run.
    import pint  # here, not at the top: importing pint alone costs 0.2 s (see `_conversion`)

    folder = regex_cache.cache_folder()
    registry = pint.UnitRegistry(cache_folder=str(folder / "pint") if folder else None)
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
    # A tolerance ("Delivery accuracy ± 5 %"): its value is the deviation the name states.
    tolerance: bool = False
    # A quantity that may be negative ("Measuring range: -10 to +100 mmHg"): a minus sign
    # before the first number is its sign, not filler.
    signed: bool = False
    # A step parameter ("bolus increment"): read from a step phrase ("in steps of 0.05 U")
    # whose setting, named by one of these words before it in the sentence, is this one's.
    step_of: tuple[str, ...] = ()
    # Units (pint names) a value of this quantity is never written in, though their
    # dimension fits: a French gauge measures a catheter's outside, not its lumen.
    not_units: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def parameters() -> dict[str, ParameterInfo]:
    data = knowledge.load("vocabulary/parameters")["parameters"]
    return {pid: ParameterInfo(pid, entry["unit"], entry.get("source", ""),
                               bool(entry.get("tolerance")), bool(entry.get("signed")),
                               tuple(w for words in (entry.get("step_of") or {}).values() for w in words),
                               tuple(entry.get("not_units") or ()))
            for pid, entry in data.items()}


# Between the words of a multi-word term: spaces or a hyphen ("flow-rate range", "tidal-volume").
_JOINER = r"(?:\s*-\s*|\s+)"


def term_key(text: str) -> str:
    """The lookup key of a written term: its words joined by one space."""
    return re.sub(r"\s*-\s*|\s+", " ", text) if " " in text or "-" in text else text


def _lookup(text: str, term_ids: dict[str, list[str]]) -> list[str]:
    key = term_key(text)
    return term_ids.get(key) or term_ids.get(key.lower(), [])


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
                key = term_key(term if _case_sensitive(term) else term.lower())
                if pid not in term_ids.setdefault(key, []):
                    term_ids[key].append(pid)
    exact = sorted((t for t in term_ids if _case_sensitive(t)), key=lambda t: (-len(t), t))
    loose = sorted((t for t in term_ids if not _case_sensitive(t)), key=lambda t: (-len(t), t))

    def compile_terms(terms: list[str], flags: int) -> re.Pattern:
        # the words of a term may be written apart or hyphenated ("flow rate", "flow-rate")
        alternatives = "|".join(re.escape(t).replace(r"\ ", _JOINER) for t in terms) or r"(?!x)x"
        return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", flags)

    return compile_terms(exact, 0), compile_terms(loose, re.IGNORECASE), term_ids


def _nearer_term(text: str, hits: list[re.Match], term: re.Match, value_start: int, unit: str,
                 term_ids: dict[str, list[str]]) -> bool:
    """Whether another vocabulary term of a parameter in the same unit stands between `term`
    and its value."""
    data = knowledge.load("vocabulary/parameters")["parameters"]
    for hit in hits:
        # a row's label cell names its value, whatever the value cell says
        if term.end() <= hit.start() and hit.end() <= value_start \
                and "|" not in text[term.end():hit.start()]:
            if any(data.get(pid, {}).get("unit") == unit for pid in _lookup(hit.group(0), term_ids)):
                return True
    return False


def parameter_name(pid: str) -> str | None:
    """The report name of a vocabulary parameter (`name` in vocabulary/parameters.yaml), if it
    has one."""
    entry = knowledge.load("vocabulary/parameters")["parameters"].get(pid) or {}
    return entry.get("name")


# Languages that write the decimal mark as a comma, so that a dot (or a space) groups
# thousands: "0,5 ml" and "3.000 mL" (Unicode CLDR number symbols of each locale).
DECIMAL_COMMA_LANGUAGES = frozenset(
    "fr de nl it es pt pl cs sk sl hr da sv fi no nb ro hu el lt lv et bg tr".split())


def parse_number(text: str, language: str | None) -> float:
    """A number written with the separators of `language` ("2,000" en, "0,5" fr, "2.000" de,
    "3.000" nl)."""
    s = re.sub(r"[ '’]", "", text)
    if "," in s and "." in s:
        decimal = "," if s.rfind(",") > s.rfind(".") else "."
        s = s.replace("." if decimal == "," else ",", "").replace(",", ".")
    elif "," in s:
        # "0,025" is a decimal in any language: no one groups thousands after a leading 0.
        grouped = re.fullmatch(r"[1-9]\d{0,2}(?:,\d{3})+", s)
        s = s.replace(",", "") if grouped and language not in DECIMAL_COMMA_LANGUAGES else s.replace(",", ".")
    elif "." in s:
        if language in DECIMAL_COMMA_LANGUAGES and re.fullmatch(r"[1-9]\d{0,2}(?:\.\d{3})+", s):
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


# A written unit that means a different quantity for a parameter of a given unit: "ppm" is
# parts per million for an ozone concentration but pulses per minute for a pacing rate.
# Declared in vocabulary/parameters.yaml as `unit_equivalents` {written unit: canonical unit}.
_EQUIVALENTS = {(written, target) for written, target in
                (knowledge.load("vocabulary/parameters").get("unit_equivalents") or {}).items()}


def _convert(value: float, unit: str, target: str) -> float | None:
    if (unit, target) in _EQUIVALENTS:
        return value
    recipe = _conversion(unit, target)
    if recipe is None:
        return None
    if recipe == _ASK_PINT:
        return _convert_with_pint(value, unit, target)
    return _apply(recipe, value)


def _convert_with_pint(value: float, unit: str, target: str) -> float | None:
    import pint.errors

    registry = ureg()
    try:
        quantity = registry.Quantity(value, unit)
        if quantity.dimensionality != registry.Quantity(1, target).dimensionality:
            return None
        return float(quantity.to(target).magnitude)
    except (pint.errors.PintError, ValueError, AttributeError):
        return None


# --- pint's answers kept between runs -------------------------------------------------------
# Importing pint and building its registry cost about a quarter of a second, every run, for a
# few dozen (written unit, canonical unit) pairs whose conversion never changes. So each
# pair's conversion is kept as a "recipe": the very float operations pint performs, with
# pint's own numbers, so that applying it gives pint's result to the last bit:
#   value * src_scale + src_offset   (a source offset unit to its reference: °F -> K)
#   value * factor                   (the multiplicative conversion, always)
#   (value - dst_offset) / dst_scale (the reference to a target offset unit: K -> °C)
# None means the units are incompatible or unknown (pint's answer is None for any value).
# The recipes live in the pattern cache (`regex_cache.derived`), keyed by the stamps of pint's
# installed files, of parameters.yaml (its `unit_definitions`) and of this file (the
# definitions `ureg` adds), so a run whose pairs are all known never imports pint. A recipe
# that does not reproduce pint on every probe value is stored as _ASK_PINT: pint is asked
# each time. Without the cache (PANELPROOF_NO_CACHE, library use) the recipe is derived in
# each process, as pint itself would be used.
_ASK_PINT = "pint"
_IDENTITY = (None, None, 1.0, None, None)
_PROBE_VALUES = (1.0, 0.0, -40.0, 37.2, 0.1, 2.5, 98.6, 1234.5, 1e-06)


@lru_cache(maxsize=None)
def _conversion(unit: str, target: str):
    return regex_cache.derived(_conversion_kind(), f"{unit}\x00{target}", _derive_conversion)


@lru_cache(maxsize=1)
def _conversion_kind() -> str:
    import importlib.util

    spec = importlib.util.find_spec("pint")
    folder = os.path.dirname(spec.origin) if spec and spec.origin else ""
    stamps = knowledge.stamps(["vocabulary/parameters"],
                              [__file__, os.path.join(folder, "__init__.py"),
                               os.path.join(folder, "default_en.txt")])
    return f"pint conversion {stamps}"


def pint_symbol(unit: str) -> str | None:
    """pint's short form of a unit ("milliliter" -> "ml"); None for an expression pint does not
    know. Kept between runs like the conversions."""
    return regex_cache.derived(_conversion_kind().replace("conversion", "symbol"), unit,
                               _pint_symbol)


def _pint_symbol(unit: str) -> str | None:
    try:
        return f"{ureg().Unit(unit):~P}"
    except Exception:  # noqa: BLE001 - an unknown expression
        return None


def _apply(recipe: tuple, value: float) -> float:
    src_scale, src_offset, factor, dst_offset, dst_scale = recipe
    if src_scale is not None:
        value = value * src_scale + src_offset
    value = value * factor
    if dst_scale is not None:
        value = (value - dst_offset) / dst_scale
    return float(value)


def _derive_conversion(key: str):
    unit, target = key.split("\x00")
    answers = [_convert_with_pint(value, unit, target) for value in _PROBE_VALUES]
    if all(answer is None for answer in answers):
        return None
    if answers == [float(value) for value in _PROBE_VALUES]:
        return _IDENTITY  # pint hands the value back untouched when the units are the same
    try:
        recipe = _pint_recipe(unit, target)
    except Exception:  # noqa: BLE001 - pint's internals differ: ask pint every time
        return _ASK_PINT
    if [_apply(recipe, value) for value in _PROBE_VALUES] != answers:
        return _ASK_PINT
    return recipe


def _pint_recipe(unit: str, target: str) -> tuple:
    """The numbers pint's `Quantity.to` uses (pint's NonMultiplicativeRegistry._convert)."""
    registry = ureg()
    src, dst = registry.Quantity(1.0, unit)._units, registry.Quantity(1.0, target)._units
    src_offset_unit = registry._validate_and_extract(src)
    dst_offset_unit = registry._validate_and_extract(dst)
    src_scale = src_offset = dst_scale = dst_offset = None
    if src_offset_unit:
        converter = registry._units[src_offset_unit].converter
        src_scale, src_offset = float(converter.scale), float(converter.offset)
        src = registry._add_ref_of_log_or_offset_unit(src_offset_unit,
                                                      src.remove([src_offset_unit]))
    if dst_offset_unit:
        converter = registry._units[dst_offset_unit].converter
        dst_scale, dst_offset = float(converter.scale), float(converter.offset)
        dst = registry._add_ref_of_log_or_offset_unit(dst_offset_unit,
                                                      dst.remove([dst_offset_unit]))
    factor = registry._get_conversion_factor(src, dst)
    if isinstance(factor, Exception):
        raise factor
    return src_scale, src_offset, float(factor), dst_offset, dst_scale


def _choose(candidates: list[str], unit: str) -> str | None:
    """Of the parameters a term may name, the one whose canonical unit the written unit fits best."""
    best, best_distance = None, math.inf
    for pid in candidates:
        if unit in parameters()[pid].not_units:
            continue  # "Inner lumen 2.5 Fr": a French gauge is an outer size, never a lumen
        factor = _convert(1.0, unit, parameters()[pid].unit)
        if factor is None:
            continue
        # an offset unit has no factor ("1 °F" is -17.2 °C): same dimension, a fit
        distance = abs(math.log10(factor)) if factor > 0 else 0.0
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
    text = without_steps(text)
    exact, loose, term_ids = _term_patterns()
    hits = sorted([*exact.finditer(text), *loose.finditer(text)],
                  key=lambda m: (m.start(), -(m.end() - m.start())))
    found: list[ParameterMatch] = []
    covered_until = -1
    for term in hits:
        if term.start() < covered_until:
            continue
        candidates = _lookup(term.group(0), term_ids)
        m = VALUE.match(text, term.end())
        if not candidates:
            continue
        listed = list_value(text, term.end(), language)
        if listed is not None:
            match = _list_match(term, candidates, listed)
            if match is not None:
                found.append(match)
                covered_until = match.end
                continue
        after = _after_match(text, term, m, candidates, language) if m else None
        if after is not None and _nearer_term(text, hits, term, m.end("filler"),
                                              after.value.unit, term_ids):
            # "the balloon is placed endoscopically and filled with 500 ml": the term nearest
            # the value names it
            continue
        if after is not None and "," in m.group("filler"):
            # "a 45 µm lumen, 6 mm long": the value before the term is its own; the one
            # after the comma starts another item
            before = _value_before(text, term.start())
            if before is not None and _before_match(before, term, candidates, language):
                after = None
        if after is None:
            # the value before its term, as an attribute: "a 300-unit reservoir", "a 3 ml
            # cartridge", "5 ml/s power injection", "the 40 cc balloon is intended for ..."
            before = _value_before(text, term.start())
            attribute = _before_match(before, term, candidates, language) if before else None
            if attribute is not None and (not found or found[-1].end <= attribute.start):
                found.append(attribute)
                covered_until = term.end()
            continue
        two = _two_labelled_values(text, m, after)
        if two is not None:
            # "balloon: posterior up to 12 ml, anterior up to 25 ml": two values, each with its
            # own label; neither is the parameter's value under the row's label
            covered_until = two
            continue
        found.append(after)
        covered_until = after.end
    return found


@lru_cache(maxsize=1)
def _contrast_patterns() -> list[re.Pattern]:
    sets = knowledge.load("vocabulary/parameters").get("contrast_labels") or {}
    return [re.compile(word_alternation(words), re.IGNORECASE) for words in sets.values() if words]


# A value after another one in the same cell or clause, with a label before or after it.
_NEXT_VALUE = re.compile(rf"[^|:\d]{{0,40}}?(?P<n>{NUMBER})\s*(?P<u>{_UNIT_RE})(?![\w/²³])", re.IGNORECASE)


def _two_labelled_values(text: str, m: re.Match, match: ParameterMatch) -> int | None:
    """The end of a second value when the value of `match` carries one contrasting label
    (before it in the filler, or right after it) and the next value of the same unit in the
    same cell or clause carries another label of the same set; else None."""
    label_zone = m.group("filler") + " " + re.split(r"[,;]", text[match.end:match.end + 20])[0]
    following = _NEXT_VALUE.match(text, match.end)
    if following is None or _unit_for(following.group("u")) is None \
            or _convert(1.0, _unit_for(following.group("u")) or "", match.value.unit) is None:
        return None
    second_zone = text[match.end:following.end() + 20]
    breaks = [i for i in (second_zone.find(","), second_zone.find(";")) if i >= 0]
    second_zone = second_zone[min(breaks):] if breaks else second_zone
    for pattern in _contrast_patterns():
        first = {w.group(0).lower() for w in pattern.finditer(label_zone)}
        second = {w.group(0).lower() for w in pattern.finditer(second_zone)}
        if first and second and second - first:
            return following.end()
    return None


@lru_cache(maxsize=1)
def _qualifiers() -> tuple[dict[str, list[tuple[str, re.Pattern]]], dict[str, str],
                           dict[str, re.Pattern]]:
    """From parameters.yaml: per parameter, its components (id, pattern of the words that name
    one battery or part); each component's whole; and the words that make a value near the
    name another quantity (`not_near`)."""
    data = knowledge.load("vocabulary/parameters")["parameters"]

    def words(items: list[str]) -> re.Pattern:
        return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in items) + ")",
                          re.IGNORECASE)

    components: dict[str, list[tuple[str, re.Pattern]]] = {}
    whole: dict[str, str] = {}
    not_near: dict[str, re.Pattern] = {}
    for pid, entry in data.items():
        for cid, items in (entry.get("components") or {}).items():
            components.setdefault(pid, []).append((cid, words(items)))
            whole[cid] = pid
        if entry.get("not_near"):
            not_near[pid] = words(entry["not_near"])
    return components, whole, not_near


# A sum after a value: "internal battery 4 h + hot-swap pack 8 h (12 h total)", "4 h + 4 h =
# 8 h", "4 h + 8 h, soit 12 h au total". Each addend may carry a few words naming its part.
_ADDEND = re.compile(
    rf"\s*\+\s*(?:[^\W\d_][\w'’-]*\s+){{0,4}}(?:\(\s*[^()\d]{{0,30}}\)\s*)?"
    rf"(?P<n>{NUMBER})\s*(?P<u>{_UNIT_RE})(?![\w/²³])(?:\s*\([^()\d]{{1,30}}\))?", re.IGNORECASE)
_TOTAL_WORD = (r"total|in total|overall|combined|together|gesamt|insgesamt|au total|en total|"
               r"in totale|totale|complessivo|complessive|in totaal|totaal")
_TOTAL = re.compile(
    rf"\s*[,;]?\s*(?P<open>\()?\s*(?P<pre>=|i\.\s?e\.|soit|d\.\s?h\.|also|(?:{_TOTAL_WORD})\s*:?)?\s*"
    rf"=?\s*(?P<n>{NUMBER})\s*(?P<u>{_UNIT_RE})(?![\w/²³])\s*(?P<post>\b(?:{_TOTAL_WORD})\b)?"
    r"(?(open)\s*\))", re.IGNORECASE)
# "8 h (typical)", "typically 8 h", "8 h nominal": a typical value, not a guaranteed one.
_TYPICAL = re.compile(r"\b(?:typ(?:ical(?:ly)?|\.)|nominal(?:ly)?|typique(?:ment)?|typisch(?:erweise)?|"
                      r"tipic[oa]|típic[oa]|nomin(?:al|ell)e?)(?!\w)", re.IGNORECASE)
# "approx. 3.9 µm", "ca. 80 h", "environ 3 ml": an approximate value.
_APPROXIMATE = re.compile(r"(?<!\w)(?:approx(?:\.|imately)|about|around|ca\.|circa|environ|etwa|ungefähr|"
                          r"aprox(?:\.|imadamente)|ongeveer|około|apie|cca\.?|kb\.|~)(?!\w)", re.IGNORECASE)


def _sum_after(text: str, pos: int, first: float, unit: str, language: str | None
               ) -> tuple[float, int] | None:
    """(total in `unit`, end) of a sum that continues at `pos` after a first value, or None.
    A stated total wins over the addition of the parts."""
    total, end, addends = first, pos, 0
    while (m := _ADDEND.match(text, end)) is not None:
        value = _convert(parse_number(m.group("n"), language), _unit_for(m.group("u")) or "", unit)
        if value is None:
            return None
        total, end, addends = total + value, m.end(), addends + 1
    if not addends:
        return None
    stated = _TOTAL.match(text, end)
    if stated and (stated.group("pre") or stated.group("post")):
        value = _convert(parse_number(stated.group("n"), language),
                         _unit_for(stated.group("u")) or "", unit)
        if value is not None:
            return value, stated.end()
    return total, end


def _clause_before(text: str, start: int) -> str:
    """The words before a term back to the previous cell or clause break."""
    window = text[max(0, start - 40):start]
    cut = max(window.rfind(c) for c in "|;.:(")
    return window[cut + 1:]


# A minus sign right before a number, itself after a blank, a label's colon or a cell border
# ("range: -10 to +20 mmHg", "| −10 mmHg"), not a range dash after a number.
_MINUS_BEFORE = re.compile(r"(?:^|[\s:|(])[-−]\s?$")


# "1.000" with a dot grouping thousands, as German and Dutch write it (also in English text).
_THOUSANDS_DOT = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")


def _range_numbers(m: re.Match, language: str | None) -> tuple[float, float | None]:
    """The match's first and second numbers; "300 – 1.000 ml/min" rises, so the dot groups
    thousands there, whatever the document's language."""
    a = parse_number(m.group("a"), language)
    b = parse_number(m.group("b"), language) if m.group("b") else None
    if b is not None and b < a and _THOUSANDS_DOT.fullmatch(m.group("b")):
        b = float(m.group("b").replace(".", ""))
    return a, b


def _first_unit(m: re.Match, unit: str) -> str:
    """The unit of a range's first number: its own when it has one ("from 200 ml/min to
    15 l/min", "de 500 g à 10 kg"), else the range's closing unit ("0,2–15 l/min")."""
    own = m.group("ua") if m.group("b") else None
    return (_unit_for(own) or unit) if own else unit


_ADVERB = re.compile(r"\s[a-zA-Z]{3,}ly(?=\s)")
# Between a term and its number, a past verb reports a measurement, not a specification.
_RESULT_GAP = re.compile(r"\b(?:was|were|averaged|amounted to|reached|betrug|était|étaient|fue|fueron|era|erano)\b",
                         re.IGNORECASE)


@lru_cache(maxsize=1)
def _comparison_point_cue() -> re.Pattern:
    data = knowledge.load("vocabulary/parameters").get("comparison_point_cues") or {}
    terms = sorted({str(t).lower() for words in data.values() for t in words}, key=lambda t: (-len(t), t))
    return re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(t) for t in terms) + r")\s*$", re.IGNORECASE)


def comparison_point(filler: str) -> bool:
    """Whether the words before a number end in a comparison ("lower than at", "compared with",
    "als bei"): the number is the point compared against, not the parameter's value."""
    return bool(filler.strip()) and _comparison_point_cue().search(filler.rstrip(" ~≈(")) is not None


def _after_match(text: str, term: re.Match, m: re.Match, candidates: list[str],
                 language: str | None) -> ParameterMatch | None:
    """The value after a term ("Tidal volume: 50–2000 ml"), or None."""
    spelled = m.group("unit") or m.group("ua") or m.group("unit0")
    if not spelled:
        return None
    filler = m.group("filler")
    # A label cell may qualify its term at length ("Minimum tidal volume for specified dosing
    # accuracy | 40 mL"): the value opening the next cell is still the term's.
    label_cell = "|" in filler and not filler[filler.rindex("|") + 1:].strip()
    # English adverbs ("wear the patch continuously for 14 days") qualify, they name nothing
    if not label_cell and re.search(r"[a-zA-Z]{3,}\s+[a-zA-Z]{3,}\s+[a-zA-Z]{3,}\s+[a-zA-Z]{3,}",
                                    _ADVERB.sub("", filler)):
        return None  # too many words between term and number: not its value
    if not label_cell and _RESULT_GAP.search(filler):
        return None  # "mean wear time was 22.6 hours", "flow averaged 4 l/min": a measured result
    if comparison_point(text[term.end():m.start("a")]):
        return None  # "lower than at 2 L/min": the reference of a comparison, not a value
    unit = _unit_for(spelled)
    pid = _choose(candidates, unit) if unit else None
    if pid is None:
        return None
    if pid == "weight_device" and PATIENT_WEIGHT.search(text[max(0, term.start() - 20):m.end()]):
        return None
    if not parameters()[pid].tolerance and (
            NOT_A_SETTING.match(text[term.end():]) or deviation_before(text, term.start())):
        return None
    if alarm_limit(text, term, m.start("a"), pid):
        return None  # "low reservoir alarm 2 ml": the alarm's limit, not the reservoir
    target = parameters()[pid].unit
    a_number, b_number = _range_numbers(m, language)
    if parameters()[pid].signed and _MINUS_BEFORE.search(text, 0, m.start("a")):
        a_number = -a_number
    a = _convert(a_number, _first_unit(m, unit), target)
    b = _convert(b_number, unit, target) if b_number is not None else None
    if a is None:
        return None
    low, high = _bounds(a, b, (m.group("cmp") or "").lower())
    end = m.end()
    while end > term.end() and text[end - 1] in " |":
        end -= 1
    components, whole, not_near = _qualifiers()
    before = _clause_before(text, term.start())
    filler = text[term.end():m.start("a")]
    if pid in not_near and (not_near[pid].search(filler) or not_near[pid].search(before)):
        return None  # "internal battery charging time: 6 h"
    typical = bool(_TYPICAL.search(filler) or _TYPICAL.search(text, end, end + 14))
    approximate = bool(_APPROXIMATE.search(filler))
    if b is None and (pid in components or pid in whole):
        summed = _sum_after(text, end, a, target, language)
        if summed is not None:
            # "internal battery 4 h + hot-swap pack 8 h (12 h total)": the whole's run time
            return ParameterMatch(term.start(), summed[1], ParameterRange(
                name=whole.get(pid, pid), low=summed[0], high=summed[0], unit=target,
                label=term.group(0), typical=typical, approximate=approximate))
        part = next((cid for cid, words in components.get(pid, ())
                     if words.search(filler) or words.search(before)), None)
        pid = part or pid  # "autonomie de la batterie interne : 4 h" is one battery's
    return ParameterMatch(term.start(), end, ParameterRange(
        name=pid, low=low, high=high, unit=target, label=term.group(0), typical=typical,
        approximate=approximate))


def _list_match(term: re.Match, candidates: list[str],
                listed: tuple[float, float, str, int, int, tuple[float, ...]]
                ) -> ParameterMatch | None:
    low, high, spelled, _, end, values = listed
    unit = _unit_for(spelled)
    pid = _choose(candidates, unit) if unit else None
    if pid is None or pid == "weight_device":
        return None
    target = parameters()[pid].unit
    low, high = _convert(low, unit, target), _convert(high, unit, target)
    if low is None or high is None:
        return None
    converted = tuple(_convert(v, unit, target) for v in values)
    return ParameterMatch(term.start(), end, ParameterRange(
        name=pid, low=low, high=high, unit=target, label=term.group(0),
        values=() if None in converted else converted))


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
    not_near = _qualifiers()[2].get(pid)
    if not_near is not None and not_near.search(term.string, term.start(), term.end() + 30):
        return None  # "a 6-hour internal battery charge"
    target = parameters()[pid].unit
    a = _convert(parse_number(m.group("a"), language), unit, target)
    if a is None:
        return None
    low, high = _bounds(a, None, (m.group("cmp") or "").lower())
    offset = term.start() - len(m.string)
    if comparison_point(term.string[max(0, offset + m.start() - 40):offset + m.start()]):
        return None  # "lower compared with 6 L/min continuous flow": the point compared against
    return ParameterMatch(offset + m.start(), term.end(), ParameterRange(
        name=pid, low=low, high=high, unit=target, label=term.group(0)))


def _bounds(a: float, b: float | None, comparator: str) -> tuple[float | None, float | None]:
    if b is not None:
        return min(a, b), max(a, b)
    if comparator.startswith(("up to", "upto", "max", "<", "bis", "jusqu", "höchstens", "minor")):
        return None, a
    if comparator.startswith(("min", ">", "at least", "au moins", "mindestens", "major")):
        return a, None
    return a, a


# A list of sizes after a term or label: "Balloon volume: 25, 34, 40 and 50 ml", "balloon
# sizes 30 ml, 40 ml, 50 ml", "40 / 50 ml", "tailles : 2,5 ; 5 et 7,5 ml". Its smallest and
# largest values are the parameter's range. One unit for all, written after the last value.
_LIST_JOIN = r"(?:,|;|/|\bor\b|\band\b|\bet\b|\bou\b|\bund\b|\boder\b|\by\b|\be\b|\bo\b|\bof\b|\ben\b)"
_DIAMETER_SIGN = "[Øø⌀∅]"
LIST_VALUE = re.compile(
    rf"(?P<filler>[^\d.;:|]{{0,40}}?[:|]?\s*)(?P<items>(?:{_DIAMETER_SIGN}\s*)?(?:{NUMBER})\s*(?:(?:{_UNIT_RE})(?![\w/²³])\s*)?"
    rf"(?:{_LIST_JOIN}\s*(?:{_DIAMETER_SIGN}\s*)?(?:{NUMBER})\s*(?:(?:{_UNIT_RE})(?![\w/²³])\s*)?){{1,}})", re.IGNORECASE)
_NUMBER_RE = re.compile(NUMBER)
_LIST_UNIT = re.compile(rf"(?<=[\d\s])(?P<unit>{_UNIT_RE})(?![\w/²³])", re.IGNORECASE)


def list_value(text: str, pos: int, language: str | None
               ) -> tuple[float, float, str, int, int, tuple[float, ...]] | None:
    """(smallest, largest, unit spelling, start, end, the values sorted) of a list of values
    at `pos`, or None."""
    m = LIST_VALUE.match(text, pos)
    if not m or re.search(r"[a-zA-Z]{3,}\s+[a-zA-Z]{3,}\s+[a-zA-Z]{3,}", m.group("filler")):
        return None
    items = m.group("items").rstrip()
    units = {u.group("unit") for u in _LIST_UNIT.finditer(items)}
    last = _LIST_UNIT.search(items[-12:])
    if len(units) != 1 or not last or any(c.isdigit() for c in next(iter(units))):
        return None
    numbers = [parse_number(n, language) for n in _NUMBER_RE.findall(items)]
    if len(numbers) < 2:
        return None
    # "between 0.1 and 25 U/h", "entre 18 et 32 mm": two ends of a range, not a set of values
    ranged = len(numbers) == 2 and _BETWEEN.search(text, max(0, m.start("items") - 14), m.start("items"))
    return (min(numbers), max(numbers), next(iter(units)), m.start("items"),
            m.start("items") + len(items), () if ranged else tuple(sorted(set(numbers))))


def _in_other_section(block: Block) -> bool:
    return any(OTHER_HEADING.search(h) for h in block.heading_path[-2:])


# A bound in a contraindication or exclusion ("Renal artery diameter < 3 mm" under
# Contraindications, "not suitable when the renal artery diameter is < 3 mm", "kontraindiziert
# bei einem Gefäßdurchmesser < 3 mm") is the complement of the treatable range, not a range of
# the device or its indication: SP001 must not compare it with "renal arteries 3–8 mm".
_EXCLUSION_HEADING = re.compile(
    r"contra-?\s?indica|contre-indica|kontraindika|gegenanzeige|controindica|exclusion|"
    r"ausschluss|esclusion|exclusi[oó]n|uitsluiting|not suitable|unsuitable|nicht geeignet|"
    r"non adatt|no apt|niet geschikt|ne convient pas|limitations? of use", re.IGNORECASE)
# "Indications and contraindications": the section also states what is admitted.
_ADMISSION_HEADING = re.compile(
    r"(?<![\w-])(?:indica|indika|inclusion|einschluss|inclusi|suitab|geeignet|intended|"
    r"zweckbestimmung|destination|destinazione|finalidad|beoogd)", re.IGNORECASE)
_EXCLUSION_STEMS = ("contra", "contre-indiqu", "kontraindiz", "controindica", "exclu", "esclu",
                    "suitable", "geeignet", "idone", "adatt", "apt", "geschikt", "convient",
                    "must not be used", "not be treated", "ne doit pas", "darf nicht",
                    "non deve", "no debe", "mag niet", "uitgesloten", "ausgeschlossen")
_EXCLUSION_CUE = re.compile(
    r"contra-?\s?indicat|contre-indiqu|kontraindiz|controindicat|contraindicad|"
    r"gecontra-?\s?indiceerd|\bexclu(?:ded|sion|ding|de|des|ant)\b|\bexclusi[oó]n|esclus\w*|"
    r"ausgeschlossen|ausschluss\w*|uitgesloten|uitsluiting\w*|\bnot (?:be )?suitable|unsuitable|"
    r"\bnot (?:be )?(?:treated|used)\b|must not be used|ne convient pas|ne (?:doit|doivent) pas|"
    r"nicht geeignet|darf nicht|dürfen nicht|non (?:è |sono )?(?:idone|adatt)\w*|"
    r"non (?:deve|devono)|no (?:es |son )?apt[oa]s?|no (?:debe|deben)|niet geschikt|mag niet|"
    r"mogen niet", re.IGNORECASE)


def _has_exclusion_stem(folded: str) -> bool:
    return any(stem in folded for stem in _EXCLUSION_STEMS)


def _in_exclusion_section(block: Block) -> bool:
    # "Indications and contraindications" also admits; a "Contra-indications" section under
    # "3. Intended purpose" only excludes: the admission words count in the same heading only.
    return any(_EXCLUSION_HEADING.search(h) and not _ADMISSION_HEADING.search(_EXCLUSION_HEADING.sub(" ", h))
               for h in block.heading_path[-2:])


def _excluded_value(text: str, start: int) -> bool:
    """A contraindication or exclusion cue earlier in the sentence than the value."""
    return bool(_EXCLUSION_CUE.search(text, 0, start))


# A labelled value the vocabulary does not know: "Bolus increment: 0.05–0.5 U", a table row
# "| Sweep gas flow | 0.5–10 L/min |". The label's words are its id ("text:bolus increment"),
# so two documents stating the same label are compared; the value keeps its written unit.
# A qualifier in parentheses belongs to the label ("Neck diameter (treatable)"), a unit does not.
_LABEL_QUALIFIER = rf"(?:\s*\((?!\s*(?:{_UNIT_RE})\s*\))[^()\d|:]{{1,30}}\))?"
LABELLED_VALUE = re.compile(
    rf"\s*(?P<label>[^\W\d_][^\W\d_'’/-]*(?:[ '’/-]+[^\W\d_][^\W\d_'’/-]*){{0,4}}{_LABEL_QUALIFIER})"
    rf"\s*(?:\((?P<unit0>{_UNIT_RE})\))?\s*(?:\||:)\s*"
    rf"(?:(?:from|between|de|da|von|entre|tra|fra|desde|van|tussen)\s+)?"
    rf"(?:{CMP}\s*)?(?P<a>{NUMBER})\s*"
    rf"(?:(?P<ua>{_UNIT_RE})(?![\w/²³])\s*)?(?:{SEP}\s*(?P<b>{NUMBER})\s*)?(?:{UNIT})?",
    re.IGNORECASE)
_GENERIC_LABELS = {"value", "range", "parameter", "setting", "settings", "unit", "units",
                   "item", "characteristic", "specification", "valeur", "plage", "wert",
                   "bereich", "note", "notes", "version", "revision", "date", "page", "table"}


_LABEL_BEFORE_LIST = re.compile(
    r"\s*(?P<label>[^\W\d_][^\W\d_'’/-]*(?:[ '’/-]+[^\W\d_][^\W\d_'’/-]*){0,4})\s*(?:\||:)")


# A table's first cell numbering its rows ("Sr. No.", "No.", "#"): "3 | Treatable neck diameter |
# 18 to 32 mm", "2. | Lockout interval | 5–60 min", "(4) | ...". The label is the next cell.
_SERIAL_CELL = re.compile(r"\s*(?:\(?\d{1,3}[.)]?|[a-z][.)])\s*\|(?=\s*[^\W\d_])", re.IGNORECASE)


def labelled_parameter(text: str, language: str | None) -> ParameterMatch | None:
    """A value with a unit under a label the vocabulary does not know, or None."""
    serial = _SERIAL_CELL.match(text)
    pos = serial.end() if serial else 0
    listed = _labelled_list(text, language, pos)
    if listed is not None:
        return listed
    m = LABELLED_VALUE.match(text, pos)
    if not m:
        return None
    label = " ".join(m.group("label").split()).strip(" -/")
    if not label or label.lower() in _GENERIC_LABELS or len(label) < 3 or label[0] == "(":
        return None
    return _labelled_match(m, label, language)


def _labelled_list(text: str, language: str | None, pos: int = 0) -> ParameterMatch | None:
    """"Available sizes: 8, 10, 12 and 14 Fr" under a label the vocabulary does not know."""
    m = _LABEL_BEFORE_LIST.match(text, pos)
    if not m:
        return None
    label = " ".join(m.group("label").split()).strip(" -/")
    listed = list_value(text, m.end(), language)
    if listed is None or not label or label.lower() in _GENERIC_LABELS or len(label) < 3:
        return None
    low, high, spelled, _, end, values = listed
    unit = _unit_for(spelled)
    if not unit or unit == "percent" or unit in _MASSES or unit in _CALENDAR:
        return None
    return ParameterMatch(m.start("label"), end, ParameterRange(
        name="text:" + label.lower(), low=low, high=high, unit=unit, label=label, values=values))


_DURATIONS = ("hour", "second", "millisecond", "minute")
_MASSES = ("kilogram", "gram", "pound")
# Days: only a vocabulary parameter in days (dwell_time) is read, never a free label.
_CALENDAR = ("day",)


def _labelled_match(m: re.Match, label: str, language: str | None) -> ParameterMatch | None:
    unit = _unit_for(m.group("unit") or m.group("ua") or m.group("unit0"))
    label = _with_word_in_parentheses(m, label, unit)
    if not unit or unit == "percent":
        return None  # bare percentages under free labels are rarely settings
    if unit in _MASSES:
        return None  # a free label with kilograms is the patient's weight ("adults weighing
        # at least 5 kg"); the device's own weight is the vocabulary's weight_device
    if unit in _CALENDAR:
        return None  # "Follow-up | 30 days": a period of a study or of care, not a setting
    if unit in _DURATIONS and not m.group("b"):
        return None  # a single duration ("Duration: 2 h") is rarely a setting; a range is one
    a, b = _range_numbers(m, language)
    first = _first_unit(m, unit)
    if first != unit:
        a = _convert(a, first, unit)
        if a is None:
            return None
    low, high = _bounds(a, b, (m.group("cmp") or "").lower())
    end = m.end()
    while end > 0 and end > m.start("a") and text_end_blank(m.string[end - 1]):
        end -= 1
    return ParameterMatch(m.start("label"), end, ParameterRange(
        name="text:" + label.lower(), low=low, high=high, unit=unit, label=label))


def _with_word_in_parentheses(m: re.Match, label: str, unit: str | None) -> str:
    """"Diamètre (sec) 4 mm": the parenthesis after the label spells a unit ("sec", seconds)
    that the value, in millimetres, cannot have; it is a word of the label (dry), the state
    the value is stated for, and tells "Diamètre (sec)" from the expanded diameter."""
    spelled = m.group("unit0")
    if not spelled or not unit or not (m.group("unit") or m.group("ua")):
        return label
    own = _unit_for(spelled)
    if own is None or own == unit or _convert(1.0, own, unit) is not None:
        return label
    return f"{label} ({spelled.strip()})"


def text_end_blank(ch: str) -> bool:
    return ch in " |"


# The same in prose, without a colon: "Treatable proximal neck diameter 19–30 mm", "- Lockout
# interval 10 to 99 min". Only at the start of a sentence or list item, only a short noun
# phrase (no verb), and only a range or a compared value with a unit.
# Where a label may start inside a sentence: after an article ("sets a lockout interval of").
_ARTICLE = re.compile(r"\b(?:a|an|the|its|le|la|les|un|une|der|die|das|ein|eine|einen|el|il|lo|"
                      r"los|las|gli|for|with|pour|avec|für|mit|per|con|para|and|et|und|y|"
                      r"de|del|voor|met|en|"
                      # a verb of what the device treats or fits, before the anatomy's size:
                      # "The stent treats aortic neck diameters from 18 to 32 mm"
                      r"treats|accommodates|fits|traite|behandelt|tratta|trata)\s+|[,;]\s*",
                      re.IGNORECASE)
# Between a label and its range, a verb of specification may stand ("The lockout interval can
# be programmed from 5 to 60 minutes", "Der Halsdurchmesser liegt zwischen 18 und 32 mm",
# "le diamètre est compris entre 18 et 32 mm"); past tenses are not among them ("was", "were"
# report what was observed, not what the device offers).
_SPEC_VERB = (
    r"is|are|can|may|be|set|adjusted|adjustable|programmed|programmable|selectable|selected|"
    r"configurable|configured|settable|ranges?|varies|vary|lies|lie|extends?|covers?|"
    r"est|sont|peut|peuvent|être|réglable|réglables|programmable|programmables|compris|comprise|"
    r"compris(?:es)?|réglé|réglée|varie|va|situe|se|"
    r"ist|sind|kann|können|liegt|liegen|beträgt|betragen|reicht|einstellbar|eingestellt|"
    r"programmierbar|werden|wird|"
    r"è|sono|può|possono|essere|regolabile|regolabili|impostabile|impostabili|compreso|compresa|"
    r"es|son|puede|pueden|ser|ajustable|ajustables|programable|programables|comprendido|"
    r"comprendida|está|están|oscila|"
    r"kan|worden|ligt|bedraagt|instelbaar")
_RANGE_INTRO = (
    r"of|from|between|within|in the range of|over a range of|in a range of|"
    r"de|du|des|entre|dans la plage de|dans une plage de|"
    r"von|zwischen|im bereich von|in einem bereich von|"
    r"di|del|da|tra|fra|nell'intervallo di|nel range di|"
    r"desde|en el rango de|en un rango de|"
    r"van|tussen")
PROSE_LABELLED_VALUE = re.compile(
    rf"\s*(?:[-–•*]\s*)?(?P<label>[^\W\d_][^\W\d_'’/-]*(?:[ '’/-]+[^\W\d_][^\W\d_'’/-]*){{1,5}}?)"
    rf"\s*(?:\((?P<unit0>{_UNIT_RE})\))?(?P<verb>(?:\s+(?:{_SPEC_VERB})){{1,4}})?\s*,?"
    rf"\s+(?:(?:{_RANGE_INTRO})\s+)?"
    rf"(?:{CMP}\s*)?(?P<a>{NUMBER})\s*(?:(?P<ua>{_UNIT_RE})(?![\w/²³])\s*)?"
    rf"(?:{SEP}\s*(?P<b>{NUMBER})\s*)?(?:{UNIT})(?![\w/²³])",
    re.IGNORECASE)
# A sentence about what was observed in patients or studies: its numbers describe them.
_STUDY_SENTENCE = re.compile(
    r"\b(?:enrolled|included|cohort|mean|median|average|study|studies|trial|participants|"
    r"observed|measured|recorded|follow-up|were|was|ranged|varied|spanned|"
    r"étude|études|inclus|moyenne|médiane|"
    r"Studie|Studien|eingeschlossen|Mittelwert|Median|wurden|studio|arruolati|media|mediana|"
    r"estudio|incluidos|promedio)\b", re.IGNORECASE)
_NOT_A_LABEL_WORD = re.compile(
    r"^(?:is|are|was|were|be|been|has|have|had|can|may|must|should|shall|will|would|weighs?|"
    r"measures?|measured|reached|reaches|enrolled|included|followed|received|showed|shows|"
    r"we|they|it|patients?|ist|sind|wird|hat|est|sont|a|es|son|è|sono|ha|after|during|for|"
    r"with|in|at|on|to|from|than|mean|median|average|approximately|about|nach|während|bei|"
    r"après|pendant|avec|dans|between|within|zwischen|entre|tra|fra|tussen|desde|liegt|"
    r"beträgt|kann|peut|puede|può|están|está|weighing|aged|pesant|âgés?|wiegen|pesano|"
    r"every|each|chaque|alle|jede|jeden|jedes|ogni|cada|"
    # verbs of what the device treats or fits: the label starts after them
    r"treats?|accommodates?|fits?|traite|behandelt|tratta|trata|"
    # imperatives of instructions ("Keep the catheter between 2 and 8 °C", "Replace the filter
    # every 24 to 48 hours") and verbs of operation: instructions, not labels
    r"keep|store|replace|use|fill|set|change|check|clean|remove|apply|insert|inflate|deflate|"
    r"flush|wait|allow|leave|connect|charge|select|adjust|program|ensure|maintain|do|make|place|"
    r"advance|withdraw|prime|rinse|operates?|works?|runs?|functions?|conserver|stocker|"
    r"remplacer|utiliser|remplir|régler|nettoyer|changer|vérifier|fonctionne|lagern|ersetzen|"
    r"verwenden|füllen|einstellen|wechseln|reinigen|prüfen|arbeitet|funktioniert|conservare|"
    r"sostituire|utilizzare|conservar|sustituir|utilizar)$", re.I)


_LABEL_LINKS = frozenset("of de du des d von di del della a an the un une le la les el il lo "
                         "der die das dem den gli los las het een".split())
_ELIDED_ARTICLE = re.compile(r"^(?:l|d|dell|dall|nell|all|un)['’]", re.IGNORECASE)


def prose_labelled_parameter(text: str, language: str | None) -> ParameterMatch | None:
    """The first range with a unit after a short label in a sentence, or None."""
    found = prose_labelled_parameters(text, language)
    return found[0] if found else None


def prose_labelled_parameters(text: str, language: str | None) -> list[ParameterMatch]:
    """Ranges with a unit after a short label, where a noun phrase may start: at the start
    of a sentence or list item, after an article, a preposition, "and" or a comma ("suitable
    for aortic neck diameters of 18–32 mm and neck lengths ≥ 15 mm"). Not in sentences that
    report what was observed in patients or studies."""
    if not any(ch.isdigit() for ch in text):
        return []  # cheap test first: most sentences state no number
    if _STUDY_SENTENCE.search(text):
        return []
    found: list[ParameterMatch] = []
    for start in (0, *(a.end() for a in _ARTICLE.finditer(text))):
        if found and start < found[-1].end:
            continue
        match = _prose_labelled_at(text, start, language)
        if match is not None and (not found or match.start >= found[-1].end):
            found.append(match)
    return found


def _prose_labelled_at(text: str, start: int, language: str | None) -> ParameterMatch | None:
    m = PROSE_LABELLED_VALUE.match(text, start)
    if not m:
        return None
    words = m.group("label").split()
    while words and words[-1].lower() in _LABEL_LINKS:
        words.pop()  # "lockout interval of 10 to 99 min"
    while words and words[0].lower() in _LABEL_LINKS:
        words.pop(0)
    if words and _ELIDED_ARTICLE.match(words[0]):
        words[0] = _ELIDED_ARTICLE.sub("", words[0])  # "L'intervalle de verrouillage"
    label = " ".join(words).strip(" -/")
    # one word only where it is a German compound noun ("Die Sperrzeit ist ... einstellbar")
    compound = len(words) == 1 and language == "de" and len(words[0]) >= 8 and words[0][0].isupper()
    if (len(words) < 2 and not compound) or any(_NOT_A_LABEL_WORD.match(w) for w in words):
        return None
    if label.lower() in _GENERIC_LABELS:
        return None
    if not (m.group("b") or m.group("cmp")):
        return None  # a single value in prose ("a length of 30 cm") is a description, not a range
    return _labelled_match(m, label, language)


# Lists (and ranges) of available sizes in prose, after a size noun of vocabulary/parameters.yaml
# `size_nouns` ("available in diameters Ø 3.3 mm, Ø 4.1 mm and Ø 4.8 mm", "disponible en
# diamètres 3,5 mm, 4,1 mm et 5,0 mm", "valve sizes 20, 23, 26 mm", "Längen von 8 bis 14 mm"),
# or a list whose every item carries the diameter sign ("Ø 3.3, Ø 4.1 and Ø 4.8 mm"). The
# label is the noun with the word before it when that word is a noun it qualifies ("valve
# sizes", "implant diameters"); the value is a set of sizes (`ParameterRange.values`).
@lru_cache(maxsize=1)
def _size_noun_pattern() -> re.Pattern:
    data = knowledge.load("vocabulary/parameters").get("size_nouns") or {}
    nouns = sorted({str(w) for lang, words in data.items() if lang not in ("source", "compound_tails")
                    for w in words or []}, key=lambda t: (-len(t), t))
    tails = sorted({str(w) for w in data.get("compound_tails") or []}, key=lambda t: (-len(t), t))
    alternatives = "|".join([*(re.escape(n) for n in nouns),
                             *(rf"[^\W\d_]{{3,}}{re.escape(t)}" for t in tails)]) or r"(?!x)x"
    return re.compile(
        rf"(?:(?P<modifier>[^\W\d_]{{3,}})[ -])?(?P<noun>(?<![\w-])(?:{alternatives}))(?![\w-])"
        rf"(?:\s*\(\s*{_DIAMETER_SIGN}\s*\))?\s*(?:[:|]\s*)?"
        rf"(?:(?:of|in|from|between|de|des|du|en|entre|von|zwischen|di|da|tra|fra|desde|van|tussen)\s+)?"
        rf"(?=(?:{_DIAMETER_SIGN}\s*)?\d)", re.IGNORECASE)


_ANATOMY_SENTENCE = re.compile(r"\b(?:patients?|patientes?|patienten|pazienti|paziente|pacientes?|"
                               r"ranged?|ranging|range)\b", re.IGNORECASE)
_SIZE_CUE = re.compile(r"\d\s*(?:mm|cm|fr)\b", re.IGNORECASE)
_SIGN_LIST_START = re.compile(rf"(?<![\w.,])(?={_DIAMETER_SIGN}\s*\d)")
# A word before the size noun that is not a noun qualifying it ("available in", "are").
_NOT_A_MODIFIER = re.compile(
    r"^(?:in|of|the|and|or|with|available|are|is|en|de|des|les|la|le|et|ou|avec|disponibles?|"
    r"sont|est|in|und|oder|mit|verfügbar|erhältlich|sind|ist|die|der|den|e|o|con|disponibili|"
    r"sono|è|y|disponibles|son|es|los|las|het|en|beschikbaar|zijn|is|following|various|several|"
    r"different|all|these|three|four|two|five|suivantes?|verschiedenen|folgenden|nei|dei|negli|"
    r"degli|nelle|delle|della|dello|nel|del|den|dem|des|aux|los|las|het|een|im|am|vier|drei|"
    r"zwei|fünf|trois|quatre|deux|cinq|tre|quattro|due|tres|cuatro|dos|twee|drie|vijf|"
    r"einem|einer|einen|eines|une|uno|una|een|having)$",
    re.IGNORECASE)
_RANGE_ITEMS = re.compile(
    rf"(?:{_DIAMETER_SIGN}\s*)?(?P<a>{NUMBER})\s*(?:(?P<ua>{_UNIT_RE})(?![\w/²³])\s*)?"
    rf"(?:-|–|—|\bto\b|\bà\b|\bbis\b|\ba\b|\btot\b|\bund\b|\bet\b|\band\b|\by\b|\be\b|\ben\b)\s*"
    rf"(?:{_DIAMETER_SIGN}\s*)?(?P<b>{NUMBER})\s*(?P<unit>{_UNIT_RE})(?![\w/²³])", re.IGNORECASE)
_LENGTH_UNITS = ("millimeter", "centimeter", "micrometer", "french_gauge")


def size_lists(text: str, language: str | None) -> list[ParameterMatch]:
    """Lists (and ranges) of available sizes in a sentence; see above."""
    if not _SIZE_CUE.search(text):
        return []  # cheap test first: most sentences state no length
    if _STUDY_SENTENCE.search(text) or _ANATOMY_SENTENCE.search(text):
        return []  # observed sizes, or the patient's anatomy: not the sizes supplied
    found: list[ParameterMatch] = []
    for m in _size_noun_pattern().finditer(text):
        modifier = m.group("modifier")
        if modifier and _NOT_A_MODIFIER.match(modifier):
            modifier = None
        start = m.start("modifier") if modifier else m.start("noun")
        if not modifier:
            owner = _size_owner(text, m.start("noun"))
            if owner is not None:
                modifier, start = owner.group("owner"), owner.start("owner")
        label = f"{modifier} {m.group('noun')}" if modifier else m.group("noun")
        match = _size_value(text, m.end(), start, label, language)
        if match is None and (modifier or m.group("noun").lower() not in _size_noun_words()):
            match = _single_size(text, m.end(), start, label, language)
        if match is not None and (not found or match.start >= found[-1].end):
            found.append(match)
    for m in _SIGN_LIST_START.finditer(text):
        if any(f.start <= m.start() < f.end for f in found):
            continue
        listed = list_value(text, m.start(), language)
        if listed is None or text[listed[3]:listed[4]].count("Ø") + text[listed[3]:listed[4]].count("ø") \
                + text[listed[3]:listed[4]].count("⌀") + text[listed[3]:listed[4]].count("∅") < 2:
            continue  # a single "Ø 3.3 mm" in an instruction is a size, not the sizes offered
        match = _size_value(text, m.start(), m.start(), "diameter", language)
        if match is not None:
            found.append(match)
    return sorted(found, key=lambda f: f.start)


@lru_cache(maxsize=1)
def _size_owner_pattern() -> re.Pattern:
    links = (knowledge.load("vocabulary/parameters").get("size_owner_links") or {}).get("links") or []
    alternatives = "|".join(re.escape(link).replace("\\ ", r"\s+")
                            for link in sorted(links, key=lambda t: (-len(t), t))) or r"(?!x)x"
    return re.compile(rf"(?P<owner>(?<![\w'’-])[^\W\d_]{{3,}})\s+(?:{alternatives})\s*$", re.IGNORECASE)


def _size_owner(text: str, noun_start: int) -> re.Match | None:
    """The noun a bare size noun measures, linked to it by "with a" and its translations
    (vocabulary/parameters.yaml `size_owner_links`): "conduits with a diameter of 16 to 22 mm"."""
    offset = max(0, noun_start - 40)
    if not text[offset:noun_start].rstrip().lower().endswith(_OWNER_LINK_ENDS):
        return None  # cheap test first: most size nouns follow no link
    owner = _size_owner_pattern().search(text, offset, noun_start)
    if owner is None or _NOT_A_MODIFIER.match(owner.group("owner")) or \
            _NOT_A_LABEL_WORD.match(owner.group("owner")):
        return None
    return owner


# The last words of every link of `size_owner_links` (an indefinite article).
_OWNER_LINK_ENDS = ("a", "an", "un", "une", "einem", "einer", "uno", "una", "een")


def _size_value(text: str, pos: int, start: int, label: str, language: str | None
                ) -> ParameterMatch | None:
    listed = list_value(text, pos, language)
    if listed is not None and listed[3] - pos <= 2:
        low, high, spelled, _, end, values = listed
        unit = _unit_for(spelled)
        if unit not in _LENGTH_UNITS:
            return None
        return ParameterMatch(start, end, ParameterRange(
            name="text:" + label.lower(), low=low, high=high, unit=unit, label=label,
            values=values))
    ranged = _RANGE_ITEMS.match(text, pos)
    if ranged is None or (ranged.group("ua") and ranged.group("ua").lower() != ranged.group("unit").lower()):
        return None
    unit = _unit_for(ranged.group("unit"))
    if unit not in _LENGTH_UNITS:
        return None
    a, b = parse_number(ranged.group("a"), language), parse_number(ranged.group("b"), language)
    return ParameterMatch(start, ranged.end(), ParameterRange(
        name="text:" + label.lower(), low=min(a, b), high=max(a, b), unit=unit, label=label))


# One size under a qualified size noun, the value right after it: "5.4 F, working length 135 cm",
# "shaft diameter 2.8 mm", "Arbeitslänge 135 cm". A bare noun ("length 30 cm") may be any of
# the device's lengths, so a single value needs the qualifier (or a compound that holds one).
# A size followed by a comparison is a difference from another size, not a size of the device
# ("pre-dilation balloon diameter 1 mm below the reference diameter", "0,5 mm größer als").
_DIFFERENCE_AFTER = (r"below|above|under|over|less|more|larger|smaller|greater|shorter|longer|wider|"
                     r"narrower|bigger|beyond|than|unter|über|kleiner|größer|länger|kürzer|weniger|mehr|"
                     r"als|inférieure?s?|supérieure?s?|de moins|de plus|plus|moins|que|sotto|sopra|più|"
                     r"meno|minore|maggiore|por debajo|por encima|menor|mayor|más|menos|onder|boven|"
                     r"groter|dan|under|över|større|mindre|end|än|alle|pod|nad|mniej|więcej|menší|větší")
_SINGLE_SIZE = re.compile(rf"(?P<a>{NUMBER})\s*(?P<unit>{_UNIT_RE})(?![\w/²³])(?!\s*(?:{SEP}|[–—,])\s*\d)"
                          rf"(?!\s+(?:{_DIFFERENCE_AFTER})\b)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _size_noun_words() -> frozenset[str]:
    data = knowledge.load("vocabulary/parameters").get("size_nouns") or {}
    return frozenset(str(w).lower() for lang, words in data.items()
                     if lang not in ("source", "compound_tails") for w in words or [])


def _single_size(text: str, pos: int, start: int, label: str, language: str | None
                 ) -> ParameterMatch | None:
    m = _SINGLE_SIZE.match(text, pos)
    if m is None:
        return None
    unit = _unit_for(m.group("unit"))
    if unit not in _LENGTH_UNITS:
        return None
    value = parse_number(m.group("a"), language)
    return ParameterMatch(start, m.end(), ParameterRange(
        name="text:" + label.lower(), low=value, high=value, unit=unit, label=label))


# Tolerances under labels the vocabulary does not know: "SpO2 accuracy (70–100 %, no motion) |
# ±2 %", "Temperature accuracy ± 0.3 °C", "Messgenauigkeit: +/- 0,5 °C". The sign is what makes
# the value a tolerance, a word of vocabulary/parameters.yaml `tolerance_words` in the label
# what makes the label one; "± 2 %", "±2%" and "+/- 2 %" are one value. The name keeps the
# label's words and, verbatim but folded, its qualifier (the measuring range or condition in
# parentheses or in a cell of its own), so "no motion" and "motion" stay two parameters.
_TOLERANCE_SIGN = re.compile(
    rf"(?:±|\+\s*/\s*[-−]|\+[-−]|\bplus\s*(?:or|/|ou|oder|o|of)\s*minus\b|\bplus\s*/?\s*moins\b|"
    rf"\bplus\s+o\s+meno\b|\bmás\s*(?:o|/)\s*menos\b)\s*(?P<a>{NUMBER})\s*(?P<unit>{_UNIT_RE})(?![\w/²³])",
    re.IGNORECASE)
_TOLERANCE_LINK = re.compile(
    r"(?:\s|[:|=]|\b(?:of|within|is|are|max\.?|maximum|up to|better than|de|du|est|von|"
    r"beträgt|liegt bei|innerhalb|di|è|entro|es|dentro de|van|binnen)\b)*$", re.IGNORECASE)
_TOLERANCE_QUALIFIER = re.compile(r"\(([^()]{0,60})\)\s*$")


@lru_cache(maxsize=1)
def _tolerance_word() -> re.Pattern:
    data = knowledge.load("vocabulary/parameters").get("tolerance_words") or {}
    words = sorted({str(w) for lang, items in data.items() if lang not in ("source", "compound_tails")
                    for w in items or []}, key=lambda t: (-len(t), t))
    tails = [re.escape(str(t)) for t in data.get("compound_tails") or []]
    alternatives = [*(re.escape(w) for w in words), *(rf"[^\W\d_]{{3,}}{t}" for t in tails)]
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alternatives) or '(?!x)x'})(?![\w-])", re.IGNORECASE)


_NAME_STOPWORDS = frozenset("the a an of le la les l de du des d der die das dem den el il lo los "
                            "las del della het een van".split())


def _fold_words(text: str, compact: bool = False) -> str:
    folded = "".join(c for c in unicodedata.normalize("NFKD", text.lower())
                     if c.isalnum() or c in " %")
    if compact:
        return folded.replace(" ", "")
    return " ".join(w for w in folded.split() if w not in _NAME_STOPWORDS)


# Between a parameter's value and the tolerance word that qualifies it: "0 to 100 g with an
# accuracy of ±2 g", "0 – 60 g (accuracy ±5 g)", "20–50 W, tolerance ±10 %". No figure, no
# clause break, a few words at most.
_VALUE_TOLERANCE_GAP = re.compile(r"[^\d.;:|•]{0,40}$")


def _tolerance_of_value(text: str, sign: re.Match, matches: Iterable[ParameterMatch]
                        ) -> ParameterMatch | None:
    """The parameter whose value the tolerance at `sign` qualifies: the value ends just before
    a tolerance word ("Contact force is measured from 0 to 100 g with an accuracy of ±2 g"),
    so the tolerance is that parameter's, whatever words the value itself is preceded by."""
    before = [m for m in matches if m.end <= sign.start() and not m.value.name.startswith("tolerance:")]
    if not before:
        return None
    last = max(before, key=lambda m: m.end)
    gap = text[last.end:sign.start()]
    if not _VALUE_TOLERANCE_GAP.match(gap) or not _tolerance_word().search(gap):
        return None
    return last


def tolerance_values(text: str, language: str | None,
                     matches: Iterable[ParameterMatch] = ()) -> list[ParameterMatch]:
    """Tolerances ("± 0.3 °C") after a label naming an accuracy, precision or error, or after
    a parameter's value and such a word ("0–60 g (accuracy ±5 g)"): the latter are named after
    the parameter (`tolerance:<parameter>`), so two documents' tolerances of one parameter
    are compared whatever words stand before its value."""
    if "±" not in text and "+" not in text and "plus" not in text.lower() and "más" not in text.lower():
        return []
    found: list[ParameterMatch] = []
    for sign in _TOLERANCE_SIGN.finditer(text):
        unit = _unit_for(sign.group("unit"))
        if unit is None:
            continue
        owner = _tolerance_of_value(text, sign, matches)
        if owner is not None:
            if found and found[-1].end > sign.start():
                continue
            word = _tolerance_word().search(text, owner.end, sign.start())
            found.append(ParameterMatch(owner.start, sign.end(), ParameterRange(
                name="tolerance:" + owner.value.name,
                low=parse_number(sign.group("a"), language), high=parse_number(sign.group("a"), language),
                unit=unit, label=f"{owner.value.label} {word.group(0)}")))
            continue
        before = text[:sign.start()]
        before = before[:_TOLERANCE_LINK.search(before).start()]
        qualifier = ""
        paren = _TOLERANCE_QUALIFIER.search(before)
        if paren:
            qualifier, before = paren.group(1), before[:paren.start()]
        cells = before.split("|")
        label_text = cells[-1]
        if not _tolerance_word().search(label_text) and len(cells) > 1 \
                and _tolerance_word().search(cells[-2]) and not qualifier:
            # "SpO2 accuracy | 70–100 % | ±2 %": the cell between names the range measured
            qualifier, label_text = cells[-1], cells[-2]
            paren = _TOLERANCE_QUALIFIER.search(label_text.rstrip())
            if paren:
                qualifier = paren.group(1) + " " + qualifier
                label_text = label_text.rstrip()[:paren.start()]
        # the clause that holds the label: after the last sentence or item break
        clause = re.split(r"[;,:.•]\s|[;:•]", label_text)[-1]
        words = re.findall(r"[^\W_][\w'’/.-]*", clause)[-6:]
        label = " ".join(words).strip(" -/")
        if not label or not _tolerance_word().search(label) or found and found[-1].end > sign.start():
            continue
        if not _fold_words(_tolerance_word().sub(" ", label)):
            continue  # "Accuracy | ± 5 %": the accuracy of what the label does not say
        value = parse_number(sign.group("a"), language)
        name = "tolerance:" + _fold_words(label)
        if qualifier.strip():
            name += " (" + _fold_words(qualifier, compact=True) + ")"
        start = text.rfind(label, 0, sign.start())
        start = start if start >= 0 else sign.start()
        found.append(ParameterMatch(start, sign.end(), ParameterRange(
            name=name, low=value, high=value, unit=unit, label=label)))
    return found


# A value whose unit alone names the quantity: "Deliver 10 J/cm² at 40 W/cm²", "apply 6 J/cm2
# per spot" state an energy density with no term for it. Parameters whose unit no other
# parameter of the vocabulary shares list those unit spellings under `named_by_units` in
# vocabulary/parameters.yaml; a value in one of them, not already read under a term, is read
# as that parameter (not in a sentence about what studies observed).
@lru_cache(maxsize=1)
def _unit_named() -> tuple[re.Pattern | None, dict[str, str]]:
    data = knowledge.load("vocabulary/parameters")["parameters"]
    by_spelling = {str(u).lower(): pid for pid, entry in data.items()
                   for u in entry.get("named_by_units") or ()}
    if not by_spelling:
        return None, {}
    units = "|".join(re.escape(u) for u in sorted(by_spelling, key=lambda t: (-len(t), t)))
    pattern = re.compile(
        rf"(?<![\w.,])(?:{CMP}\s*)?(?P<a>{NUMBER})\s*(?:(?P<ua>{units})(?![\w/²³])\s*)?"
        rf"(?:(?:{SEP}|[–—])\s*(?P<b>{NUMBER})\s*)?(?P<unit>{units})(?![\w/²³])", re.IGNORECASE)
    return pattern, by_spelling


_CLAUSE_BREAK = re.compile(r"[.;:|•]\s+|,\s+(?=\D)")


def unit_named_parameters(text: str, language: str | None) -> list[ParameterMatch]:
    """Values in a unit that names its parameter (see `_unit_named`)."""
    pattern, by_spelling = _unit_named()
    if pattern is None or _STUDY_SENTENCE.search(text):
        return []
    found: list[ParameterMatch] = []
    for m in pattern.finditer(text):
        spelled = m.group("unit")
        pid = by_spelling[spelled.lower()]
        target = parameters()[pid].unit
        unit = _unit_for(spelled)
        first_unit = _unit_for(m.group("ua")) if m.group("ua") else unit
        if unit is None or first_unit is None:
            continue
        a = _convert(parse_number(m.group("a"), language), first_unit, target)
        b = (_convert(parse_number(m.group("b"), language), unit, target)
             if m.group("b") else None)
        if a is None or (m.group("b") and b is None):
            continue
        low, high = _bounds(a, b, (m.group("cmp") or "").lower())
        label = parameter_name(pid) or pid.replace("_", " ")
        # the quote starts at the clause that holds the value ("Deliver 10 J/cm²"), not at
        # the bare number, so that the reader sees what the value is for
        clause = max(_CLAUSE_BREAK.finditer(text, 0, m.start()), key=lambda b: b.end(), default=None)
        start = clause.end() if clause else 0
        if found and start < found[-1].end:
            start = m.start()
        found.append(ParameterMatch(start, m.end(), ParameterRange(
            name=pid, low=low, high=high, unit=target, label=label)))
    return found


def convert(value: float, unit: str, target: str) -> float | None:
    """`value` in `unit` expressed in `target`; None when the dimensions differ."""
    return _convert(value, unit, target)


def extract(document: Document, context: ExtractionContext) -> Iterable[Fact]:
    for block in document.blocks:
        if block.kind is BlockKind.HEADING or _in_other_section(block):
            continue
        excluded_section = _in_exclusion_section(block)
        units = ([(0, len(block.normalized))] if block.kind is BlockKind.TABLE_ROW
                 else list(sentences(block)))
        for s, e in units:
            # numbers in words ("a PEEP of five to six cmH2O") and unit pairs ("104 °F (40 °C)")
            # read as figures; `view` maps spans back to the sentence
            view = numeral_view(block.normalized[s:e], document.language)
            original = view.text
            steps = step_phrases(original)
            text = without_steps(original) if steps else original
            matches = find_parameters(text, document.language)
            if not matches and (block.kind is BlockKind.TABLE_ROW or ":" in text):
                labelled = labelled_parameter(text, document.language)
                matches = [labelled] if labelled else []
            if block.kind is not BlockKind.TABLE_ROW:
                # free labels beside vocabulary parameters: "Lockout interval 10–99 min;
                # reservoir 300 units" states both
                matches += [p for p in prose_labelled_parameters(text, document.language)
                            if not any(p.start < m.end and m.start < p.end for m in matches)]
            # sizes in prose and in a cell that describes a component ("Infusion catheter |
            # 5.4 F, working length 135 cm")
            matches += [p for p in size_lists(text, document.language)
                        if not any(p.start < m.end and m.start < p.end for m in matches)]
            matches += [p for p in unit_named_parameters(text, document.language)
                        if not any(p.start < m.end and m.start < p.end or p.value.name == m.value.name
                                   for m in matches)]
            # a tolerance of a value ("0–60 g (accuracy ±5 g)") is quoted with the value
            matches += [p for p in tolerance_values(text, document.language, matches)
                        if not any(p.start < m.end and m.start < p.end
                                   and p.value.name != "tolerance:" + m.value.name for m in matches)]
            matches += [p for p in step_parameters(original, steps, document.language)
                        if not any(p.start < m.end and m.start < p.end or p.value.name == m.value.name
                                   for m in matches)]
            if matches and (excluded_section or _has_exclusion_stem(block.folded[s:e])):
                matches = [m for m in matches
                           if not (excluded_section or _excluded_value(text, m.start))]
            if matches and block.kind is not BlockKind.TABLE_ROW and _indication_statement(block, text):
                matches = _not_patient_values(text, matches)
            # the view's own lower-case text: number words make its offsets differ from the block's
            folded = block.folded[s:e] if original == block.normalized[s:e] else fold_case(original)
            for match in matches:
                value_start = first_digit(text, match.start, match.end)
                end = _with_step(original, match.end, steps)
                # A range with its own step ("6 mL to 80 mL (step 0.5 mL)") is what the device
                # can be set to, even under a label naming a target: the recommendation is a
                # value within it, not a stepped range.
                stepped_range = end > match.end and _is_range(match.value)
                kind = (FactKind.PARAMETER_SETTING
                        if not stepped_range and setting_at(block, folded, match.start,
                                                            value_start, match.end,
                                                            match.value.label,
                                                            _is_range(match.value))
                        else FactKind.PARAMETER)
                recommended = _recommended_after(text, match) if kind is FactKind.PARAMETER else None
                if block.kind is BlockKind.TABLE_ROW:
                    # the rest of the value's cell: "300 units (3.0 ml U-100)", not "300 units"
                    cell_end = original.find(" | ", end)
                    end = len(original.rstrip()) if cell_end < 0 else cell_end
                start, end = view.span(match.start, end)
                yield make_fact(document, block, kind, match.value, (s + start, s + end))
                if recommended is not None:
                    # "Flow range 5 to 15 L/min (8 to 10 L/min recommended)": a setting in the range
                    r_start, r_end = view.span(recommended.start, recommended.end)
                    yield make_fact(document, block, FactKind.PARAMETER_SETTING, recommended.value,
                                    (s + r_start, s + r_end))
            if excluded_section:
                continue
            counts = count_limits(text, folded)
            # "8 contacts per cuff", "16-contact cuff": counts of a component of the device
            counts += [c for c in component_counts(text)
                       if not any(o[0] < c[1] and c[0] < o[1] for o in counts)]
            for start, stop, value in counts:
                if not any(m.start < stop and start < m.end for m in matches):
                    start, stop = view.span(start, stop)
                    yield make_fact(document, block, FactKind.PARAMETER, value, (s + start, s + stop))


# A value that describes the patient in a statement of the indication ("indicated for patients
# with a peak cough flow below 270 L/min", "patients whose SpO2 is < 90 %") is an indication
# threshold (IU005 reads it as a clinical measure), not a specification of the device: SP001
# must not compare it with "Peak flow capacity up to 600 L/min".
_PATIENT_QUALIFIER = re.compile(
    r"\b(?:patients?|subjects?|persons?|people|adults?|children|infants|neonates|adolescents|"
    r"patientes?|personnes|adultes|enfants|patient(?:en|innen)|personen|erwachsene|kinder|"
    r"pazienti|adulti|bambini|pacientes|adultos|niños|patiënten|volwassenen|kinderen)\b[^.;]{0,25}?"
    r"\b(?:with|whose|having|who\s+have|avec|dont|présentant|ayant|mit|deren|bei\s+denen|con|"
    r"cuy[oa]s?|il\s+cui|la\s+cui|met|wiens|waarvan)\b"
    # the value's own label right after the qualifier: not the next item of a list
    r"(?![^,;.]*\b(?:and|et|und|e|y|en)\b)[^,;.]{0,40}$", re.IGNORECASE)


def _indication_statement(block: Block, text: str) -> bool:
    """The sentence states the indication: under an indications or intended-purpose heading, or
    "indicated for" / "intended for" in the sentence."""
    from panelproof.extract.intended_use import (INDICATIONS, INTENDED_PURPOSE, _INDICATED_INLINE,
                                                 _purpose_sentence, heading_kinds)

    # a device-description sub-section ("2-1 Device description") of a chapter that also holds
    # the intended purpose describes the device: its sizes are the device's, not the patient's
    headings = block.heading_path[-1:] if _device_section(block.heading_path[-1:]) else block.heading_path[-2:]
    if any(heading_kinds(h) & {INDICATIONS, INTENDED_PURPOSE} for h in headings):
        return True
    return bool(_INDICATED_INLINE.search(text) or _purpose_sentence(text))


@lru_cache(maxsize=1)
def _device_section_title() -> re.Pattern:
    """The titles of device-description sections (vocabulary/section_titles.yaml `device`), as
    a whole heading after its number ("2-1 Device description", "3.2 Technische Daten")."""
    terms = knowledge.load("vocabulary/section_titles")["titles"]["device"]["terms"]
    words = sorted({str(t) for ts in terms.values() for t in ts}, key=lambda t: (-len(t), t))
    return re.compile(r"(?:chapter\s+)?[\dIVX]*(?:[.\-–]\d+)*\.?\s*(?:" +
                      "|".join(re.escape(w) for w in words) + r")\s*[.:]?", re.IGNORECASE)


def _device_section(headings: tuple[str, ...]) -> bool:
    return bool(headings) and bool(_device_section_title().fullmatch(headings[-1].strip()))


def device_section(headings: tuple[str, ...]) -> bool:
    """Whether the nearest of `headings` titles a device-description section ("2 Device
    description", "3.2 Technische Daten"; vocabulary/section_titles.yaml `device`)."""
    return _device_section(headings)


def _not_patient_values(text: str, matches: list) -> list:
    """`matches` without the values that a clinical measure of the patient covers ("peak cough
    flow below 270 L/min") or that a patient qualifier introduces ("patients with ...")."""
    from panelproof.extract.indication_measures import measures_in

    covered = [(ms, me) for ms, me, _ in measures_in(text)]
    kept = []
    for m in matches:
        if any(ms < m.end and m.start < me for ms, me in covered):
            continue
        if _PATIENT_QUALIFIER.search(text, 0, m.start):
            continue
        kept.append(m)
    return kept


def _is_range(value: ParameterRange) -> bool:
    return value.low is not None and value.high is not None and value.low != value.high


def _with_step(text: str, end: int, steps: list[tuple[int, int, int, int]]) -> int:
    """The end of a value's quote, taking in the step stated right after it ("0.1 to 50 ml/h
    in 0.1 ml/h steps", "0–3.5 mA, in steps of 0.25 mA", "(0.1 ml/h increments)")."""
    for start, stop, _, _ in steps:
        if start >= end and _STEP_GAP.fullmatch(text, end, start):
            return stop + 1 if text[end:start].strip().startswith("(") and text[stop:stop + 1] == ")" \
                else stop
    return end


_STEP_GAP = re.compile(r"[\s,(]{0,4}")

# A recommended part of a range in parentheses right after it: "5 to 15 L/min (8 to 10 L/min
# recommended)", "(recommended: 8-10 L/min)", "(empfohlen 8–10 l/min)", "(recommandé : 8 à 10 l/min)".
_RECOMMENDED_WORDS = (r"recommended|suggested|typical(?:ly)?|default|recommandée?s?|conseillée?s?|"
                      r"typique|par défaut|empfohlen|typisch|standard|consigliat[oaie]|"
                      r"raccomandat[oaie]|tipic[oa]|predefinit[oa]|recomendad[oa]s?|típic[oa]|"
                      r"por defecto|aanbevolen|gebruikelijk|standaard")
_RECOMMENDED_PAREN = re.compile(
    rf"\s*\(\s*(?:(?P<cue1>{_RECOMMENDED_WORDS})\s*:?\s*)?(?P<a>{NUMBER})\s*"
    rf"(?:(?P<ua>{_UNIT_RE})(?![\w/²³])\s*)?(?:(?:{SEP}|[–—])\s*(?P<b>{NUMBER})\s*)?"
    rf"(?:(?P<unit>{_UNIT_RE})(?![\w/²³])\s*)?,?\s*(?P<cue2>{_RECOMMENDED_WORDS})?\s*\)",
    re.IGNORECASE)


def _recommended_after(text: str, match: ParameterMatch) -> ParameterMatch | None:
    """The recommended sub-range in parentheses right after a range, in the range's unit."""
    if "(" not in text[match.end:match.end + 4]:
        return None
    m = _RECOMMENDED_PAREN.match(text, match.end)
    if m is None or not (m.group("cue1") or m.group("cue2")):
        return None
    spelled = m.group("unit") or m.group("ua")
    unit = _unit_for(spelled) if spelled else None
    if unit is None:
        return None
    a = _convert(parse_number(m.group("a"), None), unit, match.value.unit)
    b = _convert(parse_number(m.group("b"), None), unit, match.value.unit) if m.group("b") else a
    if a is None or b is None:
        return None
    start = m.start("a") if not m.group("cue1") else m.start("cue1")
    end = m.end("cue2") if m.group("cue2") else m.end("unit") if m.group("unit") else m.end("ua")
    return ParameterMatch(start, end, ParameterRange(
        name=match.value.name, low=min(a, b), high=max(a, b), unit=match.value.unit,
        label=match.value.label))
