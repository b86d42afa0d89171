"""Selection criteria inside an indications list.

An "Indications" list often mixes the condition with the criteria that select patients for it:
"Adults, 18 years and older, chest circumference 66-142 cm", "1 or 2 well-localised seizure
foci identified by video-EEG and imaging", ">= 3 disabling seizures per month". Another document
states the same criteria in its population section or in prose, so comparing them as
indications reports a difference that is none. The population rules (PO001) and IU005 compare
their values; the intended-use rules compare the conditions. Knowledge:
vocabulary/eligibility_criteria.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from panelproof import knowledge
from panelproof.extract._terms import flatten_terms

_NUMBER = re.compile(r"\d")
_STARTS_WITH_COUNT = re.compile(r"^\W*(?:[<>≤≥=~±]\s*)?\d")
# the number or letter of a list item ("2. ", "3) ", "(b) ", "iv. "): the item's place in its
# list, no count of events or bound of the population
_ENUMERATOR = re.compile(r"^\s*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|\(\d{1,2}\))\s+", re.I)


def _alternation(terms: tuple[str, ...]) -> str:
    pieces = []
    for term in sorted({t.lower() for t in terms}, key=lambda t: (-len(t), t)):
        body = re.escape(term.rstrip("*")).replace(r"\ ", r"[\s-]+")
        body += r"\w*" if term.endswith("*") else ""
        left = r"(?<!\w)" if term[:1].isalnum() else ""
        pieces.append(left + body + r"(?!\w)")
    return "|".join(pieces)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    data = knowledge.load("vocabulary/eligibility_criteria") or {}
    return {section: re.compile(_alternation(flatten_terms(
        {k: v for k, v in (data.get(section) or {}).items() if k != "source"})))
        for section in ("body_measures", "age_words", "age_units", "frequencies", "work_up")}


def work_up_start(text: str) -> int | None:
    """Where the diagnostic work-up of an item begins ("identified by video-EEG"), if it has one."""
    lowered = text.lower()
    if " by " not in lowered and " on " not in lowered and not any(
            w in lowered for w in (" par ", "durch", "mittels", " da ", " con ", "mediante",
                                   " por ", " door ", " met ")):
        return None  # cheap test first
    match = _patterns()["work_up"].search(lowered)
    return match.start() if match else None


_SEGMENT = re.compile(r"[,;]|\b(?:with|avec|mit|con|met|com|s|z|ze|se)\b", re.I)
_BRACKET = re.compile(r"[(\[]([^()\[\]]*)[)\]]")


def _segments(text: str) -> list[str]:
    """The parts of an item between commas or "with"; a bracket that bounds the population is a
    part of its own: "Juvenile glaucoma after failed surgery (patients 2 years and older)" names
    a condition beside its age bound, while "(documented)" stays with the count it qualifies."""
    apart = [b.group(1) for b in _BRACKET.finditer(text) if _criterion(b.group(1))]
    if apart:
        text = _BRACKET.sub(lambda b: " , " if _criterion(b.group(1)) else b.group(0), text)
    return [s.strip() for s in _SEGMENT.split(text) + apart if s and s.strip()]
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def is_selection_criterion(text: str) -> bool:
    """True for an item that only bounds the population or selects patients, naming no
    condition: each of its parts (between commas, or "with") is an age or body-size bound, a
    count or frequency of events, or a bare population word ("Adults, 18 years and older, chest
    circumference 66-142 cm"). "Adults with refractory angina" names a condition and stays."""
    text = _ENUMERATOR.sub("", text, count=1)
    if not _NUMBER.search(text):
        return False  # every criterion of this kind states a value
    segments = _segments(text)
    return any(_criterion(s) or _measure_threshold(s) for s in segments) and all(
        _criterion(s) or _measure_threshold(s) or not _has_content(s) for s in segments)


# "NT-proBNP < 1 600 pg/mL", "HbA1c between 7 and 10 %", "eGFR >= 30 mL/min/1.73 m²", "PVR
# below 3 WU": a laboratory or physiological value bounded by a threshold. It selects patients
# within the indication (IU005 compares such thresholds); it names no condition of its own.
# The measure is an abbreviation written with capitals (a lab marker) or a measure of
# vocabulary/clinical_measures.yaml; a condition ("carotid stenosis >= 70 %", "chronic pain for
# more than 6 months") is neither and stays an indication.
_THRESHOLD = re.compile(
    r"^\W*(?P<measure>[^\W_][\w\-–/. ]{0,40}?)\s*(?::\s*)?"
    r"(?:[<>≤≥=≦≧]=?|between|from|below|above|under|over|less than|more than|greater than|at least|"
    r"at most|up to|of|not (?:more|less) than|inférieur\w* (?:ou égal\w* )?à|supérieur\w* (?:ou égal\w* )?à|"
    r"entre|unter|über|zwischen|mindestens|höchstens|kleiner als|größer als|inferiore a|superiore a|"
    r"tra|fra|menor de|mayor de|inferior a|superior a|lager dan|hoger dan|tussen|onder|boven)?\s*"
    r"\d[\d\s.,]*(?:%\s*)?(?:\s*(?:[-–]|and|to|et|à|und|bis|e|y|a|en|tot)\s*\d[\d\s.,]*)?"
    r"\s*(?P<unit>[^\s\d][^\s]{0,14}(?:\s[^\s\d][^\s]{0,6}){0,2}?)?"
    r"(?:\s*(?:or (?:less|more|lower|higher|above|below|greater)|(?:of )?predicted|ou (?:moins|plus)|"
    r"oder (?:weniger|mehr|darunter|darüber)|o (?:meno|più|menos|más)|of (?:minder|meer)))?\W*$", re.I)
_CAPITAL_ABBREVIATION = re.compile(r"[A-Z].*[A-Z]|[a-z][A-Z]")
_LONG_UNIT_WORD = re.compile(r"[^\W\d_]{7,}")


def _measure_threshold(segment: str) -> bool:
    """A segment that is only a measure and its threshold ("NT-proBNP < 1 600 pg/mL")."""
    match = _THRESHOLD.match(segment)
    if not match:
        return False
    unit = match.group("unit") or ""
    if _LONG_UNIT_WORD.search(unit):
        return False  # "≥ 3 antihypertensive drugs": a count of something, not a unit
    measure = match.group("measure").strip(" -–/.")
    words = measure.split()
    if not words or len(words) > 5:
        return False
    if _known_measure(measure):
        return True
    # a lab marker or index written with capitals (NT-proBNP, HbA1c, eGFR, serum PaCO2), not a
    # condition named by its abbreviation ("COPD GOLD 3")
    return (len(words) <= 3 and any(_CAPITAL_ABBREVIATION.search(w) for w in words)
            and not _names_condition(measure))


def _names_condition(text: str) -> bool:
    from panelproof.extract.intended_use import vocabulary  # imports this module: load it late
    return bool(vocabulary("clinical_terms").find(text))


def _known_measure(text: str) -> bool:
    from panelproof.extract.intended_use import vocabulary  # imports this module: load it late
    matches = vocabulary("clinical_measures").find(text)
    return any(m.start == 0 and m.end >= len(text.rstrip()) for m in matches)


def _has_content(segment: str) -> bool:
    age = _patterns()["age_words"]
    return any(not age.fullmatch(w.lower()) and w.lower() not in _POPULATION
               for w in _CONTENT_WORD.findall(segment))


_POPULATION = frozenset({"patients", "patient", "subjects", "persons", "children", "adolescents",
                         "infants", "enfants", "adolescents", "kinder", "bambini", "niños", "kinderen",
                         "and", "older", "over", "under", "than", "from", "plus", "über", "unter"})


def _criterion(text: str) -> bool:
    lowered = text.lower()
    if not _NUMBER.search(lowered):
        return False
    patterns = _patterns()
    if _STARTS_WITH_COUNT.match(lowered):
        return True  # ">= 3 disabling seizures ...", "1 or 2 seizure foci ..."
    if patterns["body_measures"].search(lowered) or patterns["frequencies"].search(lowered):
        return True
    # an age: "18 years and older", "aged 65 or over" (not "adults with injury at T4 to L5")
    return any(_NUMBER_BEFORE.search(lowered, 0, m.start()) for m in patterns["age_units"].finditer(lowered)) \
        or any(_NUMBER_AFTER.match(lowered, m.end()) for m in patterns["age_words"].finditer(lowered)
               if not m.group(0).startswith(("adult", "erwachsen", "volwassen")))


_NUMBER_BEFORE = re.compile(r"\d\s*(?:[-–]\s*)?$")
_NUMBER_AFTER = re.compile(r"\W*(?:\w+\W+){0,3}?[<>≤≥]?\s*\d")
