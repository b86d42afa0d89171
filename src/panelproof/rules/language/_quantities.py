"""Quantities stated in a block of text (a number or range with a unit), for comparing the same
step across language versions. Units come from knowledge/vocabulary/instruction_quantities.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from panelproof import knowledge


@dataclass(frozen=True)
class Quantity:
    """A value (or range) of one kind, converted to the kind's base unit; `start`/`end` span the
    number and its unit in the text it was read from."""

    kind: str
    low: float
    high: float
    start: int
    end: int
    written: str
    # the number(s) as written, without spaces, and the unit as spelled: the same digits and
    # unit in two versions are the same value, whichever language's separators they follow
    numbers: tuple[str, ...] = ()
    unit: str = ""

    @property
    def value(self) -> tuple[float, float]:
        return round(self.low, 6), round(self.high, 6)


# "2,000", "2 000", "2.000" (groups of thousands) or "0,25", "0.25" (a decimal fraction)
_NUMBER = r"(?:\d{1,3}(?:[ \u00a0\u202f\u2009']\d{3})+(?!\d)|\d+)(?:[.,]\d+)*"
_DECIMAL_MARK = {"en": "."}  # the other languages write a decimal comma
# "0.25...0.35", "0,25 à 0,35", "24-72", "6 to 8", "10 bis 12", "2 ila 4"
_RANGE_JOIN = r"\s*(?:\.{2,3}|…|[-–—]|to|bis|à|a|al|tot|ila|do|til|till|až)\s*"
# "between 8 and 10 L/min", "entre 8 et 10 l/min", "zwischen 8 und 10 l/min": a range joined by
# "and" only after "between".
_BETWEEN = r"(?:between|entre|zwischen|tra|fra|tussen|mellan|mellem|między|mezi)\s+"
_AND = r"\s+(?:and|et|und|e|y|en|och|og|i|a|a\s+mezi)\s+"


@lru_cache(maxsize=None)
def _units(language: str | None) -> tuple[re.Pattern, dict[str, tuple[str, float, bool]]]:
    """The pattern of a quantity in `language` and each spelling's (kind, factor, prefix)."""
    data = knowledge.load("vocabulary/instruction_quantities")["kinds"]
    spellings: dict[str, tuple[str, float, bool]] = {}
    for kind, entry in data.items():
        for lang, units in (entry.get("units") or {}).items():
            if lang not in ("all", "en", language):
                continue
            for spelling, factor in units.items():
                prefix = spelling.endswith("*")
                key = spelling.rstrip("*").lower()
                spellings.setdefault(key, (kind, float(factor), prefix))
    alternatives = []
    for key in sorted(spellings, key=lambda t: (-len(t), t)):
        body = re.escape(key)
        alternatives.append(body + (r"\w*" if spellings[key][2] else ""))
    pattern = re.compile(
        rf"(?<![\w.,])(?P<between>{_BETWEEN})?(?P<low>{_NUMBER})"
        rf"(?:(?:{_RANGE_JOIN}|(?(between){_AND}|(?!)))(?P<high>{_NUMBER}))?\s?"
        rf"(?P<unit>{'|'.join(alternatives)})(?![\w/])", re.IGNORECASE)
    return pattern, spellings


def _number(text: str, language: str | None) -> float:
    """The value of a written number: spaces group thousands; of "." and "," the last one is
    the decimal mark when both appear; a single mark that is not the language's decimal mark and
    is followed by three digits groups thousands ("1,000 mL" in English, "1.000 ml" in German)."""
    text = re.sub(r"[ \u00a0\u202f\u2009']", "", text)
    marks = [c for c in text if c in ".,"]
    if not marks:
        return float(text)
    if len(set(marks)) == 2:
        decimal = marks[-1]
    elif len(marks) > 1:
        return float(text.replace(marks[0], ""))  # "1.000.000"
    else:
        whole, _, fraction = text.partition(marks[0])
        own = _DECIMAL_MARK.get(language or "", ",")
        if marks[0] != own and len(fraction) == 3 and whole.strip("0"):
            return float(whole + fraction)
        decimal = marks[0]
    thousands = "," if decimal == "." else "."
    return float(text.replace(thousands, "").replace(decimal, "."))


def quantities(text: str, language: str | None) -> list[Quantity]:
    """Every number or range with a known unit in `text`, in the order written."""
    if not any(c.isdigit() for c in text):
        return []
    pattern, spellings = _units(language)
    found = []
    for match in pattern.finditer(text):
        unit = match.group("unit").lower()
        entry = spellings.get(unit)
        if entry is None:  # a prefix spelling ("saatte"): find the prefix it extends
            entry = next((v for k, v in spellings.items() if v[2] and unit.startswith(k)), None)
        if entry is None:
            continue
        kind, factor, _ = entry
        low = _number(match.group("low"), language) * factor
        high = _number(match.group("high"), language) * factor if match.group("high") else low
        numbers = tuple(re.sub(r"[ \u00a0\u202f\u2009']", "", match.group(g))
                        for g in ("low", "high") if match.group(g))
        found.append(Quantity(kind, low, high, match.start(), match.end(), match.group(0),
                              numbers, unit))
    return found


def same_quantity(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities state the same value: equal once converted, or written with the
    same digits and unit. "2,000 psi" in a German version copies the English "2,000 psi" (a
    comma grouping thousands, as the master writes it), so it is not two psi."""
    if a.kind != b.kind:
        return False
    return a.value == b.value or (bool(a.numbers) and a.numbers == b.numbers and a.unit == b.unit)
