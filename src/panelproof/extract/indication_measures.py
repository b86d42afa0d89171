"""Clinical measures that qualify an indication: "moderate to severe OSA (AHI 15-65 events/h)",
"BMI <= 32 kg/m²", "LVEF <= 35 %", "NYHA class II-IV", "FEV1 15-45 % predicted", "KL grade 2-3".

INDICATION_MEASURE: a `MeasureBound` for a measure of `vocabulary/clinical_measures.yaml` with
its interval, read only where a document states its intended use (intended purpose and
indication sections, "indicated for" / "intended for" sentences). A study population ("the
trial enrolled adults with AHI 15-65"), a response criterion ("AHI reduction >= 50 % and AHI
< 20/h") or a result ("AHI 33.1 -> 10.4/h") is evidence, not an indication, and gives none.
Intervals are read after the measure ("AHI 15-65/h", "AHI from 15 to 65 events per hour",
"AHI >= 15 and <= 65", "IAH entre 15 et 65") or around it ("15 <= AHI <= 65", ">= 70 %
stenosis"); a grade scale also reads roman numerals ("NYHA class III or IV").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

from panelproof import knowledge
from panelproof.extract.common import ExtractionContext, make_fact
from panelproof.extract.model import Fact, FactKind, MeasureBound
from panelproof.extract.population import (LOWER_WORDS, POST_LOWER, POST_UPPER, UPPER_WORDS,
                                           quantity_comparators)
from panelproof.ingest.model import Document

_VALUE = r"(?:\d+(?:[.,]\d+)?|(?-i:IV|VI|V|I{1,3})(?![\w]))"
_UNIT = (r"(?:%|°|per\s*cent|percent|kg\s*/\s*m\s*[²2]|mmol\s*/\s*mol|mm|cm|"
         r"l\s*/\s*min(?![\w/])|l\s*min\s*[-−⁻]\s*[1¹]|liters?\s+per\s+minute|litres?\s+per\s+minute|"
         r"bpm|beats?\s*(?:/|per)\s*min(?:ute)?|schläge\s*/\s*min|battements\s*/\s*min|lpm|"
         r"(?:degrees?|degrés?|grad(?:e|i|os)?|graden)(?![\w])|"
         r"ml\s*/\s*min(?:\s*(?:/|per)\s*1[.,]73\s*m\s*[²2])?|"
         r"(?:(?:events?|événements?|évènements?|ereignissen|ereignisse|eventos|eventi|episodes?|épisodes?|"
         r"gebeurtenissen|apneas|apnoeas|apnées)\s*)?"
         r"(?:/|per|par|pro|por|all['’]|a\s+l['’]|an)\s*(?:h|hr|hrs|hour|heure|stunde|std\.?|hora|ora|uur)"
         r"(?![\w]))"
         r"(?:\s*(?:of\s+|du\s+|de\s+la\s+|vom\s+|del\s+|van\s+de\s+)?(?:the\s+)?"
         r"(?:predicted|pred\.?|prédit|théorique|valeur\s+théorique|soll(?:wert)?|teórico|previsto|predicho|"
         r"predetto|voorspelde?|normal|norm)(?:\s+value)?)?")
_U = rf"(?:\s*(?P<{{g}}>{_UNIT}))?"
# "grade I ~ III", "15 ～ 30": a tilde between two values is a range in East Asian writing
_SEP = (r"(?:-|–|—|‒|~|～|\bto\b|\bthrough\b|\bà\b|\bbis\b|\ba\b|\bal\b|\btot\b|\ben\b|\bhasta\b|"
        r"\band\b|\bet\b|\bund\b|\by\b|\be\b|\bor\b|\bou\b|\boder\b|\bo\b|\bof\b|/)")
_RANGE_PRE = (r"(?:between|from|entre|zwischen|von|de|da|dal|desde|tra|fra|tussen|van|"
              r"in\s+the\s+range(?:\s+of)?|range|im\s+bereich\s+von|compris\s+entre)")
_CONJ = r"(?:\band\b|\bet\b|\bund\b|\by\b|\be\b|\ben\b|,)"


def _words(table: dict[str, bool]) -> str:
    return "|".join(re.escape(w) for w in sorted(table, key=lambda t: (-len(t), t)))


# "no more than 65", "no less than 15": negated comparators that population.py reads from a
# preceding negation.
# The comparators of `vocabulary/population_quantities.yaml` too: a BMI bound is written like an
# age or weight bound ("IMC de 30 kg/m² sau mai mult", "BMI legalább 40 kg/m²").
_DATA_LOWER, _DATA_UPPER, _DATA_POST_LOWER, _DATA_POST_UPPER = quantity_comparators()
_LOWER = {**_DATA_LOWER, **LOWER_WORDS, "no less than": True, "not below": True, "not under": True,
          "nicht unter": True}
_UPPER = {**_DATA_UPPER, **UPPER_WORDS, "no more than": True, "not above": True, "not over": True,
          "nicht über": True, "no greater than": True, "not greater than": True}
_POST_LOWER = POST_LOWER + "".join("|" + re.escape(w) for w in _DATA_POST_LOWER)
_POST_UPPER = POST_UPPER + "".join("|" + re.escape(w) for w in _DATA_POST_UPPER)
_CMP_LOW = _words(_LOWER)
_CMP_HIGH = _words(_UPPER)
_CMP = rf"(?:(?P<lo{{n}}>{_CMP_LOW})|(?P<hi{{n}}>{_CMP_HIGH}))"

# What may stand between the measure and its interval: "NYHA functional class", "AHI of",
# "LVEF (%):", "FEV1 value between", "grade", "score".
_FILLER = (r"(?:\s*(?:[():=,\-≈]|(?:of|de|d['’]|du|des|von|di|del|della|van|der|la|le|el|il|a|an|the|"
           r"class|classe|clase|klasse|grade|grado|graad|grad|stage|stade|stadium|estadio|stadio|"
           r"category|catégorie|kategorie|categoría|score|index|value|valeur|wert|valor|valore|waarde|"
           r"level|niveau|measured|mesuré|gemessen|medido|misurato|gemeten|predicted|prédit|"
           # "when BMI is 35 kg/m² or more"
           r"is|are|ist|est|es|è|"
           r"patients?\s+with(?:\s+an?)?|with(?:\s+an?)?|avec(?:\s+un)?|mit(?:\s+einem|\s+einer)?|"
           r"con(?:\s+un)?|met(?:\s+een)?)(?![\w])))*\s*")

_AFTER = re.compile(
    rf"{_FILLER}(?:"
    rf"(?:(?P<pre>{_RANGE_PRE})\s+)?(?P<a>{_VALUE}){_U.format(g='ua')}\s*(?P<sep>{_SEP})\s*"
    rf"(?:(?:ambulatory|ambulant|ambulante?s?|ambulatoire?s?|ambulatori[oa])\s+)?"
    rf"(?:(?:class|classe|klasse|clase|grade|grado|grad|stage|stade|stadium)\s+)?"
    rf"(?P<b>{_VALUE}){_U.format(g='ub')}"
    rf"|{_CMP.format(n='1')}\s*(?P<c>{_VALUE}){_U.format(g='uc')}"
    rf"(?:\s*{_CONJ}\s*(?:(?!no\b|not\b|nicht\b|pas\b)(?:the\s+)?\w{{2,5}}\s+)?{_CMP.format(n='2')}\s*(?P<d>{_VALUE}){_U.format(g='ud')})?"
    rf"|(?P<e>{_VALUE}){_U.format(g='ue')}\s*(?:(?P<postlo>{_POST_LOWER})|(?P<posthi>{_POST_UPPER}))(?![\w])"
    rf"|(?P<single>{_VALUE}){_U.format(g='us')}"
    rf")", re.IGNORECASE)
# "15 <= AHI <= 65", "45 % < FEV1": a lower bound before the measure, the upper one after it.
_BEFORE_LOW = re.compile(rf"(?P<a>{_VALUE}){_U.format(g='ua')}\s*(?P<cmp><=|≤|<)\s*$", re.IGNORECASE)
_AFTER_HIGH = re.compile(rf"\s*(?P<cmp><=|≤|<)\s*(?P<b>{_VALUE}){_U.format(g='ub')}", re.IGNORECASE)
# ">= 70 % stenosis", "mehr als 50 % Stenose": a comparator and value right before the measure.
_BEFORE_CMP = re.compile(rf"{_CMP.format(n='1')}\s*(?P<c>{_VALUE}){_U.format(g='uc')}\s*"
                         rf"(?:(?:diameter|luminal|de|d['’]|der|di|del)\s+)?$", re.IGNORECASE)

# Evidence, response criteria and results are not indications.
_NOT_INDICATION = re.compile(
    r"(?<![\w])(?:reduc\w*|decreas\w*|improv\w*|declin\w*|lowered|fell|dropped|baseline|mean|median|"
    r"average|responders?|response|success\w*|endpoints?|end-points?|outcomes?|follow-up|"
    r"enrol\w*|randomi[sz]\w*|cohort|trial|study|studies|investigation|results?|achieved|"
    r"réduction|diminu\w*|amélior\w*|moyenne|médiane|répondeurs?|réponse|succès|critère|étude|essai|"
    r"résultats?|inclus|senkung|reduktion|abnahme|verbesser\w*|mittelwert|ansprech\w*|erfolg\w*|"
    r"endpunkt\w*|studie|ergebnis\w*|eingeschlossen|reducción|disminu\w*|mejor\w*|mediana|respuesta|"
    r"éxito|estudio|ensayo|resultados?|incluidos|riduzion\w*|miglior\w*|risposta|successo|studio|"
    r"risultat\w*|arruolat\w*|reductie|daling|verbeter\w*|gemiddeld\w*|respons|succes|onderzoek|"
    r"resultaten|geïncludeerd)(?![\w])|→|->|⇒", re.IGNORECASE)

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6}


@lru_cache(maxsize=1)
def _measures() -> dict[str, dict]:
    data = knowledge.load("vocabulary/clinical_measures") or {}
    return {e["id"]: e for e in data.get("entries") or []}


def population_measure(measure: str) -> bool:
    """Whether the measure describes the patient's body (BMI), bounding the target population
    like age and weight, rather than the disease."""
    return bool(_measures().get(measure, {}).get("population"))


def _vocabulary():
    from panelproof.extract.intended_use import vocabulary

    return vocabulary("clinical_measures")


def warm_up() -> None:
    _measures()
    _vocabulary()


def _number(text: str, ordinal: bool) -> float | None:
    if text.upper() in _ROMAN:
        return float(_ROMAN[text.upper()]) if ordinal and text.isupper() else None
    return float(text.replace(",", "."))


def _unit_key(spelling: str | None) -> str | None:
    if not spelling:
        return None
    s = " ".join(spelling.lower().split())
    if s.startswith(("%", "per", "percent")) and not re.search(r"\b(?:h|hr|hour|hours)\b", s):
        return "%"
    if s.startswith("kg"):
        return "kg/m²"
    if s.startswith("mmol"):
        return "mmol/mol"
    if s.startswith("ml"):
        return "ml/min/1.73 m²"
    if s.startswith(("l/", "l /", "l min", "liter", "litre", "lpm")):
        return "l/min"
    if s.startswith(("bpm", "beat", "schl", "batt")):
        return "bpm"
    if s in ("mm", "cm"):
        return s
    if s.startswith(("°", "deg", "grad")):
        return "°"
    return "events/h"


def _convert(value: float, unit: str | None, entry: dict) -> float | None:
    """`value` in the measure's unit, or None when the unit is not one of it."""
    target = entry.get("unit", "")
    if unit is None or unit == target:
        return value
    if unit in ("mm", "cm") and target == "mm":
        from panelproof.extract.parameters import convert

        return convert(value, unit, "mm")
    conversion = (entry.get("convert") or {}).get(unit)
    if conversion:
        return round(value * conversion[0] + conversion[1], 1)
    return None


def _bound(entry: dict, values: list[tuple[str | None, str | None]]) -> list[float] | None:
    """The values in the measure's unit; None when one is implausible or in another unit."""
    ordinal = bool(entry.get("ordinal"))
    units = [_unit_key(u) for _, u in values]
    given = next((u for u in units if u), None)
    low, high = entry.get("range") or (None, None)
    out = []
    for raw, _ in values:
        number = _number(raw or "", ordinal)
        if number is None:
            return None
        if ordinal and given:
            return None  # "class 2 %": not a grade
        converted = _convert(number, given, entry)
        if converted is None or (low is not None and not low <= converted <= high):
            return None
        out.append(converted)
    return out


def parse_interval(text: str, start: int, end: int, limit: int, entry: dict, floor: int = 0
                   ) -> tuple[int, int, MeasureBound] | None:
    """The interval stated for the measure named at text[start:end], with its span."""
    ordinal = bool(entry.get("ordinal"))
    unit = entry.get("unit", "")

    def bound(**kw) -> MeasureBound:
        return MeasureBound(entry["id"], unit=unit, label=text[start:end], ordinal=ordinal, **kw)

    before = text[max(floor, start - 30):start]
    low_before = _BEFORE_LOW.search(before)
    if low_before:
        high_after = _AFTER_HIGH.match(text, end, limit)
        if high_after:
            values = _bound(entry, [(low_before.group("a"), low_before.group("ua")),
                                    (high_after.group("b"), high_after.group("ub"))])
            if values and values[0] <= values[1]:
                return (start - len(before) + low_before.start(), high_after.end(),
                        bound(low=values[0], high=values[1],
                              low_inclusive=low_before.group("cmp") != "<",
                              high_inclusive=high_after.group("cmp") != "<"))
    m = _AFTER.match(text, end, limit)
    if m and m.group("a"):
        sep = m.group("sep").lower()
        if sep in ("and", "et", "und", "y", "e", "en") and not m.group("pre"):
            if not ordinal:
                return None
        if sep in ("or", "ou", "oder", "o", "of", "/") and not ordinal:
            return None
        values = _bound(entry, [(m.group("a"), m.group("ua")), (m.group("b"), m.group("ub"))])
        if values and values[0] <= values[1]:
            return start, m.end(), bound(low=values[0], high=values[1])
        return None
    if m and m.group("c"):
        first = _comparator_bound(entry, m, "1", "c", "uc")
        if first is None:
            return None
        if m.group("d"):
            second = _comparator_bound(entry, m, "2", "d", "ud")
            if second is not None and (first[0] is None) != (second[0] is None):
                low, low_inc = (first[0], first[1]) if first[0] is not None else (second[0], second[1])
                high, high_inc = (first[2], first[3]) if first[2] is not None else (second[2], second[3])
                if low <= high:
                    return start, m.end(), bound(low=low, high=high, low_inclusive=low_inc,
                                                 high_inclusive=high_inc)
        end_of = m.end("uc") if m.group("uc") else m.end("c")
        return start, end_of, bound(low=first[0], low_inclusive=first[1], high=first[2],
                                    high_inclusive=first[3])
    if m and m.group("e"):
        values = _bound(entry, [(m.group("e"), m.group("ue"))])
        if not values:
            return None
        if m.group("postlo"):
            return start, m.end(), bound(low=values[0])
        return start, m.end(), bound(high=values[0])
    if m and m.group("single") and ordinal:
        values = _bound(entry, [(m.group("single"), m.group("us"))])
        if values:
            return start, m.end(), bound(low=values[0], high=values[0])
    cmp_before = _BEFORE_CMP.search(before)
    if cmp_before:
        first = _comparator_bound(entry, cmp_before, "1", "c", "uc")
        if first is not None:
            return (start - len(before) + cmp_before.start(), end,
                    bound(low=first[0], low_inclusive=first[1], high=first[2], high_inclusive=first[3]))
    return None


def _comparator_bound(entry: dict, m: re.Match, n: str, value: str, unit: str
                      ) -> tuple[float | None, bool, float | None, bool] | None:
    values = _bound(entry, [(m.group(value), m.group(unit))])
    if not values:
        return None
    if m.group("lo" + n):
        word = m.group("lo" + n).lower()
        return values[0], _LOWER.get(word, True), None, True
    word = m.group("hi" + n).lower()
    return None, True, values[0], _UPPER.get(word, True)


_DIGIT_OR_GRADE = re.compile(r"\d|(?-i:\b(?:I{1,3}|IV|V)\b)")


def measures_in(text: str, start: int = 0, end: int | None = None
                ) -> Iterator[tuple[int, int, MeasureBound]]:
    """Every measure with an interval in text[start:end] (normalised text)."""
    end = len(text) if end is None else end
    if not _DIGIT_OR_GRADE.search(text, start, end):
        return
    entries = _measures()
    matches = _vocabulary().find(text, start, end)
    for index, match in enumerate(matches):
        limit = matches[index + 1].start if index + 1 < len(matches) else end
        found = parse_interval(text, match.start, match.end, limit, entries[match.id], floor=start)
        if found is None:
            continue
        s, e, value = found
        if _not_indication(text, max(start, _clause_start(text, s, start)), s, min(end, e + 25)):
            continue
        if index and s == match.start and text[max(start, s - 1):s] == "(" \
                and not text[matches[index - 1].end:s - 1].strip():
            # "body mass index (BMI) of 40 kg/m²": quoted from the name, not from "BMI)"
            s = matches[index - 1].start
        yield s, e, value


# A population qualifier between a result word and the measure: "intended for weight reduction
# in adults with a BMI >= 35" reduces the weight; the BMI bounds the adults.
_QUALIFIER = re.compile(r"(?<![\w])(?:with|having|whose|avec|dont|mit|deren|con|cuyo|cuya|"
                        r"il cui|la cui|met|wiens)(?![\w])", re.IGNORECASE)


# The result words that name a change of something ("weight reduction"), as opposed to those
# that name a study ("the trial enrolled adults with ..."), whose population is never indicated.
_CHANGE = re.compile(r"reduc|decreas|improv|declin|lowered|réduction|diminu|amélior|senkung|"
                     r"reduktion|abnahme|verbesser|reducción|mejor|riduzion|miglior|reductie|"
                     r"daling|verbeter", re.IGNORECASE)


def _not_indication(text: str, clause_start: int, measure_start: int, clause_end: int) -> bool:
    """Whether the measure's clause is about a response, a result or a study population
    ("AHI reduction >= 50 %", "mean BMI 34"), not the indicated patients."""
    for match in _NOT_INDICATION.finditer(text, clause_start, clause_end):
        if (match.end() <= measure_start and _CHANGE.match(match.group(0))
                and _QUALIFIER.search(text, match.end(), measure_start)):
            continue
        return True
    return False


_CLAUSE_END = re.compile(r"[;.](?!\d)\s|[;]")


def _clause_start(text: str, position: int, floor: int) -> int:
    last = floor
    for m in _CLAUSE_END.finditer(text, floor, position):
        last = m.end()
    return last


def extract(document: Document, context: ExtractionContext | None = None) -> Iterable[Fact]:
    from panelproof.extract.intended_use import (CONTRAINDICATIONS, INDICATIONS, INTENDED_PURPOSE,
                                                 OTHER, OUTCOMES, WARNINGS, _INDICATED_INLINE,
                                                 _purpose_sentence, units)

    # Units first: only the statements of the intended use are searched for measures (a scan of
    # every block of a clinical-data annex for the measures' vocabulary costs far more).
    facts: list[Fact] = []
    seen: set[tuple] = set()
    population_section = _population_sections(document)
    for unit in units(document):
        kinds = unit.kinds
        if kinds & {OTHER, OUTCOMES, CONTRAINDICATIONS, WARNINGS}:
            continue
        text = unit.text
        # A section on the target population ("2. Object patient", "Populația de pacienți")
        # states the patients' body measures (BMI) like their age, with no word of intent.
        body_only = False
        if not (kinds & {INDICATIONS, INTENDED_PURPOSE} or _purpose_sentence(text)
                or _INDICATED_INLINE.search(text)):
            if kinds or not population_section(unit.block):
                continue
            body_only = True
        for s, e, value in measures_in(unit.block.normalized, unit.start, unit.end):
            if body_only and not population_measure(value.measure):
                continue
            key = (value, unit.block.start, s)
            if key in seen:
                continue
            seen.add(key)
            facts.append(make_fact(document, unit.block, FactKind.INDICATION_MEASURE, value, (s, e)))
    return facts


def _population_sections(document: Document):
    """block -> whether its nearest telling heading is about the target population, read in
    the document's language (its own heading words, `population_quantities.yaml`)."""
    from panelproof.extract.population import _DOCUMENT_LANGUAGE, in_population_section

    cache: dict[tuple[str, ...], bool] = {}

    def verdict(block) -> bool:
        path = block.heading_path
        if path not in cache:
            token = _DOCUMENT_LANGUAGE.set(document.language)
            try:
                cache[path] = bool(path) and in_population_section(block)
            finally:
                _DOCUMENT_LANGUAGE.reset(token)
        return cache[path]

    return verdict
