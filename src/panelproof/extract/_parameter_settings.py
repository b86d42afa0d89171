"""Recommended settings and count limits, read beside the parameter ranges of `parameters.py`.

A value the dossier tells the user to set, or recommends, is a setting of the device, not its
range: "Set the PIP to 30 cmH2O", "Stel de PIP in op 30 cmH2O", "a cell "PIP in: | 30 cmH2O",
"For preterm babies, start with a PEEP of 5 to 6 cmH2O", "Flow range 5 to 15 L/min (8 to 10
L/min recommended)", "PEEP auf 5 cmH2O einstellen", "régler la PEP à 5 cmH2O", a row under
"Recommended settings". `setting_at` tells such values apart (en/fr/de/it/es/nl); the
extractor emits them as PARAMETER_SETTING facts, which SP001 does not compare as ranges and
PL003 checks against the device's range.

`count_limits` reads maxima of pulses, cycles, activations, uses or ablations per catheter,
device, probe, patient ... ("up to a maximum of 80 pulses per catheter", "Maximal 120 Impulse
pro Katheter", "Maximum number of activations per handpiece | 50"), with ids from
`vocabulary/parameters.yaml` (`count_limits`), so the same limit is compared across languages.
"""

from __future__ import annotations

import re
from functools import lru_cache

from panelproof import knowledge
from panelproof.extract.common import any_heading
from panelproof.extract.model import ParameterRange
from panelproof.ingest.model import Block

# Cheap test on the lower-case text of a sentence or row: no stem, no setting.
_CUE = re.compile(
    r"recomm|recomand|recomend|raccomand|consigli|conseill|empf|aanbevol|advise|default|défaut|"
    r"voreingest|predefin|defecto|predetermin|standaard|set|adjust|select|start|begin|aim|target|"
    r"régl|regl|ajust|sélection|commenc|stell|wähl|impost|regol|inizi|configur|seleccion|"
    r"comien|empiez|comenz|stel |zet |kies|initial|inicial|anfang|cible|ziel|obiettivo|objetivo|"
    r"streef|in op|in:")

# Words anywhere in the clause before the parameter that make its value a recommendation.
_RECOMMEND = (
    r"recommend\w*|suggested|advised|default|recommandée?s?|recommande\w*|conseillée?s?|"
    r"par défaut|empfohlen\w*|empfiehlt|empfehl\w*|voreingestellt\w*|standardeinstellung|"
    r"werkseinstellung|consigliat\w|raccomandat\w|consiglia\w*|raccomanda\w*|predefinit\w|"
    r"recomendad\w*|recomienda\w*|por defecto|predeterminad\w*|aanbevolen|aanbevel\w*|"
    r"geadviseerd|standaardinstelling|"
    r"initial|starting|initiale?s?|de départ|anfangs\w*|startwert\w*|iniziale|inicial|"
    r"beginwaarde|startwaarde")
# Imperatives of setting at the start of a clause ("Set the PIP to", "For preterm babies, start
# with a PEEP of", "Stellen Sie den PEEP auf", "Réglez la PEP à", "Stel de PIP in op").
_IMPERATIVE = (
    r"set|adjust|select|start|begin|aim|réglez|régler|ajustez|ajuster|sélectionnez|"
    r"sélectionner|commencez|commencer|débutez|stellen sie|beginnen sie|wählen sie|einstellen|"
    r"imposta|impostare|impostate|regolare|regolate|selezionare|iniziare|iniziate|ajuste|"
    r"ajustar|configure|configurar|seleccione|seleccionar|comience|empiece|comenzar|empezar|"
    r"stel|zet|begin|start|kies|selecteer")
_CLAUSE_START = (r"(?:^|[,:(•*–-]\s*|\b(?:then|first|please|and|or|initially|now|puis|ensuite|"
                 r"d'abord|et|dann|zuerst|bitte|und|poi|quindi|prima|e|luego|después|primero|y|"
                 r"dan|eerst|en)\s+)")
# A target is a recommendation when it is one value ("target tidal volume 6 ml/kg"); a target
# range is what the device can be set to ("Target tidal volume (NIPPV-VT mode) 20-150 ml",
# "the target tidal volume can be set between 20 and 150 ml"). The patterns below come in two
# variants, keyed by whether the value is a range.
_TARGET = r"target|cible|zielwert\w*|obiettivo|objetivo|streefwaarde"
_RECOMMENDING = {True: _RECOMMEND, False: rf"{_RECOMMEND}|{_TARGET}"}
# A recommending word qualifies the parameter only close before it ("the recommended PEEP",
# "recommends a PEEP of", "Recommended settings: PEEP"), not across a comma ("With the
# recommended circuits, the PEEP range is 5 to 20 cmH2O").
_RECOMMEND_BEFORE = {is_range: re.compile(rf"\b(?:{words})\b[^,;.()]{{0,25}}$")
                     for is_range, words in _RECOMMENDING.items()}
# An imperative governs the value when words stand between it and the name ("Set the PIP to",
# "Stel de PIP in op", "start with a PEEP of") or a preposition links the name to the value
# ("Set PIP to 30 cmH2O"); a specification label "Set PEEP | 0 to 20 cmH2O" is neither.
_IMPERATIVE_BEFORE = re.compile(rf"{_CLAUSE_START}(?:{_IMPERATIVE})\b(?P<rest>[^,;:|]*)$")
_LINK = re.compile(r"\b(?:to|at|of|on|auf|à|sur|a|su|al|en|op|van|di|de)\b")
# Between the parameter's name and its value: "PEEP should be set to", "PIP in op", "PIP in: |",
# "la PEP recommandée de", "PEEP wird auf ... empfohlen".
_BETWEEN = {is_range: re.compile(
    rf"^\s*in\s*(?:op\b|:)|\b(?:should|must|shall|needs? to|has to|is to)\s+be\s+(?:set|adjusted|"
    rf"kept|maintained)\b|\b(?:doit|doivent)\s+être\s+(?:réglée?s?|ajustée?s?)|"
    rf"\b(?:sollte|soll|muss)\b|\bdeve\s+essere\s+impostat|\bdebe\s+(?:ajustarse|configurarse|ser)|"
    rf"\bmoet\b|\b(?:{words})\b") for is_range, words in _RECOMMENDING.items()}
# After the value: "(recommended)", "8 to 10 L/min recommended", "... for preterm babies is
# recommended", "PEEP auf 5 cmH2O einstellen", "PEEP op 5 cmH2O instellen".
_AFTER = re.compile(
    # "(recommandé : 8 à 10 l/min)" after a range recommends a part of it, not the range
    rf"^\s*(?:(?:is|are)\s+)?(?:{_RECOMMENDING[False]})\b|"
    rf"^\s*\(\s*(?:{_RECOMMENDING[False]})\b(?![^()]*\d)|"
    r"^[^\d.;|()]{0,40}?\b(?:is|are|est|sont|wird|werden|è|sono|es|son|wordt|worden)\s+"
    r"(?:recommended|advised|recommandée?s?|conseillée?s?|empfohlen|consigliat\w|raccomandat\w|"
    r"recomendad\w*|aanbevolen)\b|^\s*(?:ein|einstellen|einzustellen|instellen|in te stellen)\b|"
    # a German or Dutch instruction ends in its verb, after the value and its bracket: "Mit
    # niedrigem Flow (≤ 2 l/min) beginnen", "mit 5 cmH2O starten", "met een lage flow (2 l/min)
    # beginnen": the value the user starts with, not the device's range
    r"^\s*\)?\s*(?:(?:zu\s+)?(?:beginnen|starten|anfangen|einleiten|wählen|auswählen)|"
    r"anzufangen|opstarten|kiezen|selecteren)\b")
# Headings of a table or list of settings, not of the specification.
_SETTINGS_HEADING = re.compile(
    r"(?:recommended|suggested|initial|starting|default|typical)\s+(?:settings?|values?|parameters?)|"
    r"(?:réglages?|paramètres|valeurs)\s+(?:recommandée?s|initiaux|initiales|par défaut|de départ)|"
    r"empfohlene\s+(?:einstellungen|werte|parameter)|anfangseinstellung|grundeinstellung|"
    r"standardeinstellung|(?:impostazioni|valori|parametri)\s+(?:consigliat|raccomandat|iniziali|"
    r"predefinit)|(?:ajustes|valores|parámetros)\s+(?:recomendad|iniciales|predeterminad)|"
    r"configuración\s+(?:recomendada|inicial)|aanbevolen\s+(?:instellingen|waarden)|"
    r"begininstellingen|standaardinstellingen", re.IGNORECASE)


def setting_at(block: Block, folded: str, start: int, value_start: int, end: int,
               label: str = "", is_range: bool = False) -> bool:
    """Whether the value matched at [start, end) of a sentence or row (`folded`: its lower-case
    text, same length), whose number starts at `value_start`, is a setting or recommendation.
    `label` is the parameter's name as matched at `start`; `is_range` whether the value is a
    range (a target range is the device's, not a recommendation)."""
    if any_heading(_SETTINGS_HEADING, block.heading_path[-2:]):
        return True
    if not _CUE.search(folded):
        return False
    clause = max(folded.rfind(c, 0, start) for c in ".;|")
    named = start + len(label) if folded.startswith(label.lower(), start) else start
    before = folded[clause + 1:start].strip()
    if _RECOMMEND_BEFORE[is_range].search(before):
        return True
    imperative = _IMPERATIVE_BEFORE.search(before)
    if imperative and (imperative.group("rest").strip() or _LINK.search(folded[named:value_start])):
        return True
    if _BETWEEN[is_range].search(folded[named:value_start]):
        return True
    stop = min((i for i in (folded.find(c, end) for c in ".;|") if i >= 0), default=len(folded))
    return bool(_AFTER.search(folded[end:stop]))


def first_digit(text: str, start: int, end: int) -> int:
    for i in range(start, end):
        if text[i].isdigit():
            return i
    return end


# --- count limits ---------------------------------------------------------------------------

_CONNECT = r"(?:/\s*|\b(?:per|par|pro|je|por|for each|for every)\s+)"
_HOLDER_ARTICLE = (r"(?:(?:the|a|one|each|un|une|le|la|l['’]|chaque|einen|einem|ein|eine|jeden|"
                   r"jede|jedes|uno|una|ogni|cada|el|een|elke|ieder)\s*)?")
_MAX_BEFORE = (r"up to a maximum of|up to a max\.? of|a maximum of|maximum of|max\.? of|"
               r"no more than|not more than|at most|up to|maximum|maximal|max\.?|"
               r"jusqu['’]à|au maximum|au plus|maximum de|bis zu|höchstens|maximal|"
               r"fino a un massimo di|fino a|al massimo|massimo di|massimo|"
               r"hasta un máximo de|hasta|como máximo|un máximo de|máximo de|máximo|"
               r"maximaal|ten hoogste|tot maximaal")
_MAX_LABEL = (r"(?:the\s+)?max(?:imum|imal|\.)?\s+(?:number|count|amount)\s+of\s+|"
              r"nombre\s+max(?:imal|imum|\.)?\s+(?:de\s+|d['’]\s*)|"
              r"max(?:imale|\.)?\s+anzahl\s+(?:der\s+|an\s+|von\s+)?|"
              r"numero\s+massimo\s+(?:di\s+|d['’]\s*)|número\s+máximo\s+de\s+|"
              r"maximaal\s+aantal\s+|maximum\s+aantal\s+")
_NUMBER = r"\d{1,3}(?:[ ,.'’]\d{3})+(?!\d)|\d+"


@lru_cache(maxsize=1)
def _count_vocabulary() -> tuple[re.Pattern, re.Pattern, dict[str, str], dict[str, str],
                                 dict[str, str], dict[str, str]]:
    data = knowledge.load("vocabulary/parameters").get("count_limits") or {}
    count_of: dict[str, str] = {}
    holder_of: dict[str, str] = {}
    display: dict[str, str] = {}
    for cid, entry in (data.get("counts") or {}).items():
        display[cid] = entry.get("display", cid)
        for term in entry.get("terms") or []:
            count_of.setdefault(str(term).lower(), cid)
    holder_display: dict[str, str] = {}
    for hid, entry in (data.get("holders") or {}).items():
        holder_display[hid] = entry.get("display", hid)
        for term in entry.get("terms") or []:
            holder_of.setdefault(str(term).lower(), hid)

    def alternatives(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=lambda t: (-len(t), t))) or r"(?!x)x"

    counts, holders = alternatives(count_of), alternatives(holder_of)
    value_first = re.compile(
        rf"(?<![\w.,])(?:(?P<cmp>{_MAX_BEFORE})\s*)?(?P<n>{_NUMBER})\s+(?:[^\W\d_]+\s+)?"
        rf"(?P<count>{counts})\s*{_CONNECT}{_HOLDER_ARTICLE}(?P<holder>{holders})(?![\w-])",
        re.IGNORECASE)
    label_first = re.compile(
        rf"(?<![\w-])(?P<max>{_MAX_LABEL})?(?P<count>{counts})\s*{_CONNECT}{_HOLDER_ARTICLE}"
        rf"(?P<holder>{holders})(?![\w-])\s*(?:\((?P<pmax>max(?:imum|\.)?)\)\s*)?"
        rf"(?:[:|]\s*|\s+(?:is|est|ist|beträgt|è|es|bedraagt)\s+)(?:[:|]\s*)?"
        rf"(?:(?P<cmp>{_MAX_BEFORE})\s*)?(?P<n>{_NUMBER})(?![.,]\d)(?!\s*%)",
        re.IGNORECASE)
    return value_first, label_first, count_of, holder_of, display, holder_display


# Cheap test on the lower-case text: a count limit is always "per", "pro", "/" ... something.
_COUNT_CUE = re.compile(r"\b(?:per|par|pro|je|por)\b|/")


def count_limits(text: str, folded: str | None = None) -> list[tuple[int, int, ParameterRange]]:
    """(start, end, value) of each count limit per device or patient in a sentence or row
    (`folded`: its lower-case text, for the cheap test)."""
    if not _COUNT_CUE.search(folded if folded is not None else text.lower()):
        return []
    if not any(ch.isdigit() for ch in text):
        return []
    value_first, label_first, count_of, holder_of, display, holder_display = _count_vocabulary()
    found: list[tuple[int, int, ParameterRange]] = []
    for pattern in (value_first, label_first):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e, _ in found):
                continue
            count = count_of.get(m.group("count").lower())
            holder = holder_of.get(m.group("holder").lower())
            if count is None or holder is None:
                continue
            n = float(re.sub(r"[ ,.'’]", "", m.group("n")))
            bounded = m.group("cmp") or (pattern is label_first and (m.group("max") or m.group("pmax")))
            unit = f"{display[count]} per {holder_display[holder]}"
            label = f"{m.group('count')} per {m.group('holder')}"
            found.append((m.start(), m.end(), ParameterRange(
                name=f"max_count:{count}/{holder}", low=None if bounded else n, high=n,
                unit=unit, label=label)))
    return sorted(found, key=lambda f: f[0])
