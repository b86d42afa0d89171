"""How many of a component one part of the device has: "8 platinum-iridium contacts per cuff",
"16-contact cuff", "Contacts per cuff | 16", "cuffs with 16 contacts each", "Manschette mit
16 Kontakten", "manchon à 16 contacts".

The components and the parts that hold them are data (vocabulary/parameters.yaml
`component_counts`). A count is read only with its holder, so a count of contacts per cuff is
never compared with a count of cuffs per system or with the contacts of the whole system; a
count that is part of another ("2 of 8 contacts failed") is not the device's. Values are
`ParameterRange`s named `count:<component>/<holder>`, compared by SP001 like any parameter.
"""

from __future__ import annotations

import re
from functools import lru_cache

from panelproof import knowledge
from panelproof.extract.model import ParameterRange

_N = r"(?P<n>\d{1,3})(?![.,]\d)"
# up to two describing words between the number and the component ("8 platinum-iridium
# contacts", "16 cylindrical ring contacts"); never a link word, which would start another phrase
_LINK_WORDS = r"(?:of|de|des|du|d|von|der|den|di|del|van|the|les|la|le|per|par|pro|and|et|und|e|y|en|or|ou|oder|o|to|à)"
_ADJ = rf"(?:(?!{_LINK_WORDS}\s)[^\W\d_]+(?:-[^\W\d_]+)*\s+){{0,2}}"
_CONNECT = r"(?:/\s*|\b(?:per|par|pro|je|por|for each|for every|in each|on each|dans chaque|auf jeder|in jeder)\s+)"
_ARTICLE = (r"(?:(?:the|a|one|each|un|une|le|la|l['’]|chaque|einen|einem|ein|eine|jeden|jede|jedes|"
            r"der|uno|una|ogni|cada|el|een|elke|ieder)\s*)?")
# "cuffs with 16 contacts", "the cuff carries 16 contacts", "Manschette mit 16 Kontakten",
# "manchon à 16 contacts", "catetere con 3 lumi", "manchet met 16 contacten"
_HAS = (r"(?:with|carrying|carries|carry|featuring|features|having|has|have|bears|bearing|"
        r"contains|containing|comprises|comprising|holds|mit|hat|trägt|besitzt|avec|à|comporte|"
        r"comportant|porte|portant|doté de|dotée de|possède|con|dotato di|dotata di|ha|porta|"
        r"tiene|lleva|met|heeft|draagt)")
_NUMBER_OF = (r"(?:(?:the\s+)?number\s+of\s+|nombre\s+(?:de\s+|d['’]\s*)|anzahl\s+(?:der\s+|an\s+|von\s+)?|"
              r"numero\s+(?:di\s+|d['’]\s*)|número\s+de\s+|aantal\s+)?")
# a count that is part of another: "2 of 8 contacts", "3 von 16 Kontakten", "2 sur 8 contacts"
_PART_OF = re.compile(r"\d\s*(?:of|out of|of the|von|von den|sur|sur les|de|de los|di|dei|van|van de)\s*$",
                      re.IGNORECASE)


def _alternatives(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda t: (-len(t), t)))


@lru_cache(maxsize=1)
def _vocabulary():
    data = knowledge.load("vocabulary/parameters").get("component_counts") or {}
    component_of: dict[str, str] = {}
    holder_of: dict[str, str] = {}
    display: dict[str, str] = {}
    for cid, entry in (data.get("components") or {}).items():
        display[cid] = entry.get("display", cid)
        for term in entry.get("terms") or []:
            component_of.setdefault(str(term).lower(), cid)
    holder_display: dict[str, str] = {}
    for hid, entry in (data.get("holders") or {}).items():
        holder_display[hid] = entry.get("display", hid)
        for term in entry.get("terms") or []:
            holder_of.setdefault(str(term).lower(), hid)
    if not component_of or not holder_of:
        return None
    c, h = _alternatives(component_of), _alternatives(holder_of)
    end = r"(?![\w-])"
    patterns = (
        # "8 platinum-iridium contacts per cuff", "16 Kontakte pro Manschette"
        re.compile(rf"(?<![\w.,/-]){_N}\s+{_ADJ}(?P<count>{c})\s*{_CONNECT}{_ARTICLE}(?P<holder>{h}){end}",
                   re.IGNORECASE),
        # "16-contact cuff", "3-lumen catheter", "16-Kontakt-Manschette"
        re.compile(rf"(?<![\w.,/-]){_N}[-‑](?P<count>{c})[\s-]+(?:[^\W\d_]+\s+)?(?P<holder>{h}){end}",
                   re.IGNORECASE),
        # "cuffs with 16 contacts each", "the cuff carries 16 contacts", "manchon à 16 contacts"
        re.compile(rf"(?<![\w-])(?P<holder>{h})\s+(?:is\s+|are\s+)?{_HAS}\s+{_N}\s+{_ADJ}(?P<count>{c}){end}",
                   re.IGNORECASE),
        # "Contacts per cuff | 16", "Number of contacts per cuff: 16", "Anzahl der Kontakte pro
        # Manschette: 16"
        re.compile(rf"(?<![\w-]){_NUMBER_OF}(?P<count>{c})\s*{_CONNECT}{_ARTICLE}(?P<holder>{h}){end}"
                   rf"\s*(?:[:|]\s*|\s+(?:is|are|est|ist|beträgt|è|es|bedraagt)\s+)(?:[:|]\s*)?"
                   rf"{_N}(?!\s*(?:%|[-–]\s*\d))", re.IGNORECASE),
    )
    cue = re.compile(rf"(?<!\w)(?:{c})(?!\w)", re.IGNORECASE)
    return patterns, cue, component_of, holder_of, display, holder_display


def component_counts(text: str) -> list[tuple[int, int, ParameterRange]]:
    """(start, end, value) of each count of a component per holding part in a sentence or row."""
    if not any(ch.isdigit() for ch in text):
        return []
    vocabulary = _vocabulary()
    if vocabulary is None:
        return []
    patterns, cue, component_of, holder_of, display, holder_display = vocabulary
    if not cue.search(text):
        return []
    found: list[tuple[int, int, ParameterRange]] = []
    for pattern in patterns:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e, _ in found):
                continue
            if _PART_OF.search(text, 0, m.start("n")):
                continue
            component = component_of.get(m.group("count").lower())
            holder = holder_of.get(m.group("holder").lower())
            if component is None or holder is None or component == holder:
                continue
            n = float(m.group("n"))
            if n < 1:
                continue
            found.append((m.start(), m.end(), ParameterRange(
                name=f"count:{component}/{holder}", low=n, high=n,
                unit=f"{display[component]} per {holder_display[holder]}",
                label=f"{display[component]} per {holder_display[holder]}")))
    return sorted(found, key=lambda f: f[0])
