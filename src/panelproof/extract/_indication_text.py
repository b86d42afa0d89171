"""The condition part of a free-text indication or contraindication item.

An item often mixes who is treated with what is treated ("Adults, abdominal surgery",
"Patients >= 5 years with conductive hearing loss", "Respiratory distress syndrome in preterm
infants (24 to 32 weeks)"). The population part is the population rules' business; the
intended-use rules compare the condition. Abbreviations a document defines ("acute hypoxaemic
respiratory failure (AHRF)") are read as their expansion, and a way of access ("via
transfemoral or transjugular access") is a mode of use, never an indication.
"""

from __future__ import annotations

import re
from functools import lru_cache

from panelproof.ingest.model import Document
from panelproof.ingest.normalize import strip_accents

# --- population words ----------------------------------------------------------------------------

_POP_NOUN = (
    r"(?:(?:adult|paediatric|pediatric|elderly|older|young|preterm|premature|term|female|male|"
    r"adultes?|pédiatriques?|erwachsene[rn]?|pädiatrische[rn]?|adult[oi]|pediatric[oi]|adultos?|"
    r"pediátricos?)\s+)?"
    r"(?:patients?|adults?|children|child|adolescents?|infants?|neonates?|newborns?|persons?|subjects?|"
    r"individuals?|people|women|men|"
    r"l['’]adulte|l['’]enfant|adultes?|enfants?|adolescents?|nourrissons?|nouveau-nés?|"
    r"erwachsenen?|kindern?|jugendlichen?|säuglingen?|neugeborenen?|patienten|patientinnen|"
    r"adulti|bambini|pazienti|adolescenti|neonati|adultos|niños|pacientes|adolescentes|neonatos)")
_POP_JOIN = r"(?:\s*(?:,|/|&|\band\b|\bor\b|\bet\b|\bou\b|\bund\b|\boder\b|\be\b|\bo\b|\by\b)\s*)"
_POP = rf"(?:(?:the|les?|des|la|die|den|der|gli|i|los|las)\s+)?{_POP_NOUN}(?:{_POP_JOIN}{_POP_NOUN})*"
_AGE = (r"(?:\(?\s*(?:(?:aged?|âgés?|im alter von|di età|de edad)\s+)?"
        r"(?:[<>]=?|[≥≤]|from|over|above|under|below|at least|older than|younger than|between|of|"
        r"de|dès|ab|über|unter|da|desde|mayores de)?\s*"
        r"\d+(?:[.,]\d+)?\s*(?:(?:[-–]|to|and|à|bis|a|y)\s*\d+(?:[.,]\d+)?\s*)?"
        r"(?:years?|yrs?|y|months?|weeks?|days?|kg|ans|mois|semaines|jahren?|monaten?|wochen|"
        r"anni|mesi|settimane|años|meses|semanas)\b(?:\.\s?o\.)?"  # "18 y.o."
        r"(?:\s+(?:of age|old|and (?:older|above|over)|or (?:older|more)|gestational age|of gestation|"
        r"et plus|und älter|e oltre|o más|de gestation|gestationsalter))?\s*\)?)")
_LEAD_LINK = (r"(?:,|:|[-–]|with|on|undergoing|requiring|needing|in need of|who (?:require|need|have|are|undergo)|"
              r"suffering from|presenting with|atteints? de|atteints? d['’]|souffrant de|présentant|avec|sous|"
              r"nécessitant|mit|unter|die|con|affett[io] da|che necessitano di|que requieren|sometidos a)")
_LEADING_POPULATION = re.compile(rf"^\s*{_POP}(?:\s*,?\s*{_AGE})?\s*{_LEAD_LINK}(?:\s+|(?<=['’]))", re.I)
_LEADING_AGE = re.compile(rf"^\s*{_AGE}\s*{_LEAD_LINK}(?:\s+|(?<=['’]))", re.I)
_TRAILING_POPULATION = re.compile(
    rf"(?:\s*,\s*|\s+(?:in|for|among|of|chez|bei|nei|negli|nelle|en|para)\s+|\s*\(\s*){_POP}"
    rf"(?:\s*,?\s*{_AGE})?\s*\)?\s*$", re.I)
_CONTENT = re.compile(r"[^\W\d_]{4,}")  # a word that can name a condition
_POP_NOUNS = re.compile(rf"(?<!\w){_POP_NOUN}(?!\w)", re.I)
_INNER_POPULATION = re.compile(
    rf"\s+(?:in|among|chez|bei|nei|negli|en)\s+{_POP}(?:\s*,?\s*{_AGE})?(?=\s+(?:requiring|needing|who|undergoing|"
    rf"with|nécessitant|mit|con)\b)", re.I)


def without_population(phrase: str) -> str:
    """The phrase without the population that it names ("adults, abdominal surgery" ->
    "abdominal surgery"); the phrase itself when nothing is left of it."""
    if not _POP_CUE.search(phrase):
        return phrase
    stripped = phrase
    for _ in range(2):
        stripped = _LEADING_POPULATION.sub("", stripped, count=1)
        stripped = _LEADING_AGE.sub("", stripped, count=1)
        stripped = _TRAILING_POPULATION.sub("", stripped, count=1)
    stripped = _INNER_POPULATION.sub("", stripped)
    stripped = stripped.strip(" ,;:-–")
    return stripped if _CONTENT.search(_POP_NOUNS.sub(" ", stripped)) else phrase


_POP_CUE = re.compile(r"\d|adult|child|infant|neonat|newborn|patient|adolesc|subject|person|people|women|men\b|"
                      r"enfant|nourrisson|nouveau|erwachsen|kinder|jugendlich|säugling|neugebor|"
                      r"bambin|pazient|niño|pacient|neonat", re.I)

# --- ways of access ------------------------------------------------------------------------------

_ACCESS_WORD = (r"(?:access|approach(?:es)?|routes?|accès|abords?|voies?|zugang|zugänge|zugangswege?|"
                r"accesso|accessi|approccio|approcci|via|acceso|abordaje)")
_ACCESS_NOUN = re.compile(r"^(?:access|approach(?:es)?|routes?|accès|abords?|voies?|zugang|zugänge|zugangswege?|"
                          r"accesso|accessi|approccio|approcci|via|vía|acceso|abordaje)$")
_VIA = frozenset({"via", "through", "using", "par", "über", "mittels", "per", "tramite", "attraverso", "por",
                  "mediante"})
_PLACEMENT = re.compile(r"^(?:placement|insertion|implantation|introduction|delivery|deployment|implanted|"
                        r"inserted|placed|delivered|pose|platzierung|einführung|posizionamento|colocación|"
                        r"inserción|access)$")
_FILLER = frozenset({"a", "an", "the", "or", "and", "un", "une", "le", "la", "l", "einen", "den", "einem", "dem",
                     "el", "una", "ou", "et", "oder", "und", "o", "y", "e", "by", "way", "of", "de", "du", "à",
                     "a", "través", "vein", "artery", "veine", "artère"})
_ACCESS_TAIL = re.compile(
    r"\s*,?\s+(?:(?:placed|implanted|inserted|delivered)\s+)?(?:via|through|by way of|using|par|über|mittels|"
    r"tramite|attraverso|mediante|a través de)\s+[^,;()]{0,80}?\b" + _ACCESS_WORD + r"\W*$", re.I)
_ACCESS_CUE = re.compile(r"access|approach|route|accès|abord|voie|zugang|zugäng|accesso|approcc|acceso|abordaje"
                         r"|\bv[ií]a\b", re.I)
_ACCESS_ADJECTIVE = re.compile(r"(?:trans|femor|fémor|jugul|radial|brachial|subclav|antecubit|apical|aortic|axillar|"
                               r"carotid|percutan|percután|perkutan|surgical|endovascul|venous|veineu|arterial|"
                               r"artériel|caval|chirurg|retrograd|antegrad|rétrograd|antérograd|venös|arteriell|"
                               r"venos|arterios|open|direct|minimally|invasive|mini|lateral|anterior|posterior)", re.I)


def is_access_route(phrase: str) -> bool:
    """"Via transfemoral or transjugular access", "Transfemoral approach", "par voie fémorale",
    "über einen transfemoralen Zugang": a way of access, which the interface extractor reads as
    a mode of use, never an indication ("Lack of adequate vascular access" is one)."""
    if not _ACCESS_CUE.search(phrase):
        return False
    words = _WORD.findall(phrase.lower())
    if not words or len(words) > 12:
        return False
    if _PLACEMENT.match(words[0]) and len(words) > 1 and words[1] in _VIA:
        words = words[1:]
    rest = [w for w in words[1:] if w not in _FILLER] if words[0] in _VIA else \
        [w for w in words if w not in _FILLER]
    if not rest:
        return False
    # what remains names routes only: "transfemoral", "jugular", "access", "approach"
    return all(_ACCESS_NOUN.match(w) or _ACCESS_ADJECTIVE.match(w) for w in rest) and (
        words[0] in _VIA or any(_ACCESS_NOUN.match(w) for w in rest))


def without_access(phrase: str) -> str:
    """"Deep vein thrombosis, via transfemoral or transjugular access" -> "Deep vein thrombosis"."""
    if not _ACCESS_CUE.search(phrase):
        return phrase
    stripped = _ACCESS_TAIL.sub("", phrase)
    head, comma, tail = stripped.rpartition(",")
    if comma and is_access_route(tail.strip()):
        stripped = head  # "Severe aortic stenosis, transfemoral access"
    return stripped if _CONTENT.search(stripped) else phrase


# --- abbreviations -------------------------------------------------------------------------------

_DEFINED_AFTER = re.compile(r"\(\s*([A-Z][A-Za-z0-9]{0,2}[A-Z][A-Za-z0-9]{0,6})\s*\)")
_DEFINED_BEFORE = re.compile(r"\b([A-Z][A-Za-z0-9]{0,2}[A-Z][A-Za-z0-9]{0,6})\s*\(([^()]{4,90})\)")
_WORD = re.compile(r"[^\W\d_][\w-]*")
_cache: tuple[object, dict[str, str]] | None = None


def _initials_fit(abbreviation: str, words: list[str]) -> bool:
    # "épilepsie pharmacorésistante (EPR)": an accent is no other letter
    letters = strip_accents("".join(words).lower().replace("-", ""))
    wanted = [c for c in strip_accents(abbreviation.lower()) if c.isalpha()]
    if not words or not letters.startswith(wanted[0]):
        return False
    position = 0
    for c in wanted:
        position = letters.find(c, position)
        if position < 0:
            return False
        position += 1
    return True


def _expansion_before(text: str, end: int, abbreviation: str) -> str | None:
    words = [m.group(0) for m in _WORD.finditer(text[max(0, end - 120):end])]
    letters = sum(c.isalpha() for c in abbreviation)
    for k in range(1, min(len(words), letters + 2) + 1):
        candidate = words[-k:]
        if _initials_fit(abbreviation, candidate) and (k >= 2 or letters <= 2 or len(candidate[0]) > 8):
            return " ".join(candidate)
    return None


# A glossary entry: "DFU = diabetic foot ulcer", "VLU: venous leg ulcer", "PU – pressure ulcer",
# "| DFU | diabetic foot ulcer |" (a list item or table row whose whole text is the definition).
_GLOSSARY_ENTRY = re.compile(r"^\W*([A-Z][A-Za-z0-9]{0,2}[A-Z][A-Za-z0-9]{0,6})s?\s*(?:=|:|–|—|-|\|)\s*"
                             r"([^\W\d_][^=:;|()]{3,89}?)\s*[.;|]?\s*$")


def _glossary_entry(block) -> tuple[str, str] | None:
    """(abbreviation, expansion) of a list item or table row that defines one and whose long form
    fits its initials (so "DFU: 74 patients" or "RCT | yes" defines nothing)."""
    if block.kind.value not in ("list_item", "table_row", "paragraph"):
        return None
    cells = getattr(block, "cells", None) or ()
    text = (" | ".join(c.strip() for c in cells if c.strip()) if len(cells) == 2 else block.normalized)
    if len(text) > 100 or not _CAPITALS.search(text):
        return None
    match = _GLOSSARY_ENTRY.match(text)
    if match is None:
        return None
    abbreviation, expansion = match.group(1), " ".join(match.group(2).split())
    words = _WORD.findall(expansion)
    if 2 <= len(words) <= 8 and _initials_fit(abbreviation, words):
        return abbreviation, expansion
    return None


# A list of abbreviations run together in one paragraph: "DFU diabetic foot ulcer; PU pressure
# ulcer; VLU venous leg ulcer" (or with "=", ":" or a dash after each abbreviation).
_RUN_ENTRY = re.compile(r"^\s*([A-Z][A-Za-z0-9]{0,2}[A-Z][A-Za-z0-9]{0,6})s?\s*(?:=|:|–|—|-)?\s*"
                        r"([^\W\d_][^=:;|()]{3,89}?)\s*\.?\s*$")


def _run_entries(text: str) -> list[tuple[str, str]]:
    """(abbreviation, expansion) of each ";"-separated piece of a paragraph that defines one
    fitting its initials; nothing unless at least two pieces do."""
    found = []
    for piece in text.split(";"):
        match = _RUN_ENTRY.match(piece)
        if match is None:
            continue
        words = _WORD.findall(match.group(2))
        if 2 <= len(words) <= 8 and _initials_fit(match.group(1), words):
            found.append((match.group(1), " ".join(match.group(2).split())))
    return found if len(found) >= 2 else []


def abbreviations(document: Document) -> dict[str, str]:
    """Abbreviations the document defines, "AHRF" -> "acute hypoxaemic respiratory failure",
    from "expansion (ABBR)", "ABBR (expansion)" and glossary entries ("DFU = diabetic foot
    ulcer", a list item or a two-column row); one scan per document, kept for the last
    document asked."""
    global _cache
    if _cache is not None and _cache[0] is document:
        return _cache[1]
    found: dict[str, str] = {}
    for block in document.blocks:
        text = block.normalized
        if text.count(";") >= 1 and _CAPITALS.search(text):
            for abbreviation, expansion in _run_entries(text):
                found.setdefault(abbreviation, expansion)
        if "(" not in text:
            if len(text) <= 100 and ("=" in text or ":" in text or "–" in text or "-" in text or block.cells):
                entry = _glossary_entry(block)
                if entry is not None and entry[0] not in found:
                    found[entry[0]] = entry[1]
            continue
        for match in _DEFINED_AFTER.finditer(text):
            abbreviation = match.group(1)
            expansion = _expansion_before(text, match.start(), abbreviation)
            if expansion and abbreviation not in found:
                found[abbreviation] = expansion
        for match in _DEFINED_BEFORE.finditer(text):
            abbreviation, inside = match.group(1), match.group(2).strip()
            words = _WORD.findall(inside)
            if abbreviation not in found and 2 <= len(words) <= 8 and _initials_fit(abbreviation, words):
                found[abbreviation] = " ".join(words)
    _cache = (document, found)
    return found


def dossier_abbreviations(documents) -> dict[str, str]:
    """The abbreviations that any of the documents defines, the first definition winning: the
    CER's abbreviation list serves its evidence table and the other documents alike."""
    known: dict[str, str] = {}
    for document in documents:
        if getattr(document, "ok", True):
            for abbreviation, expansion in abbreviations(document).items():
                known.setdefault(abbreviation, expansion)
    return known


@lru_cache(maxsize=16)
def standard_abbreviations(language: str | None) -> dict[str, str]:
    """Standard clinical abbreviations (vocabulary/clinical_abbreviations.yaml) read in
    `language`: its own forms and the English ones, each spelled out in that language
    ("HFrEF" -> "heart failure with reduced ejection fraction")."""
    from panelproof import knowledge

    language = language or "en"
    found: dict[str, str] = {}
    for entry in (knowledge.load("vocabulary/clinical_abbreviations") or {}).get("entries") or []:
        expansions = entry.get("expansions") or {}
        long_form = (expansions.get(language) or expansions.get("en") or [None])[0]
        if not long_form:
            continue
        forms = entry.get("abbreviations") or {}
        for form in list(forms.get(language) or []) + list(forms.get("en") or []):
            found.setdefault(str(form), str(long_form))
    return found


_known_cache: tuple[object, dict[str, str]] | None = None


def known_abbreviations(document: Document) -> dict[str, str]:
    """The abbreviations the document defines, and the standard clinical ones it uses without
    defining them ("survivors of VF or unstable VT"); its own definitions win, and an
    abbreviation in its title (the device's name, "FlowAir HF") is never expanded."""
    global _known_cache
    if _known_cache is not None and _known_cache[0] is document:
        return _known_cache[1]
    title = next((b.text for b in document.blocks if b.kind.value == "heading"), "")
    in_title = set(_WORD.findall(title))
    known = {a: e for a, e in standard_abbreviations(document.language).items() if a not in in_title}
    known.update(abbreviations(document))
    _known_cache = (document, known)
    return known


@lru_cache(maxsize=64)
def _abbreviation_patterns(abbreviations_: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """(the abbreviations in brackets after their expansion, the abbreviations standing alone),
    compiled once per set of definitions."""
    names = "|".join(re.escape(a) for a in sorted(abbreviations_, key=lambda t: (-len(t), t)))
    return (re.compile(rf"\s*\(\s*(?:{names})s?\s*\)"), re.compile(rf"(?<![\w-])(?:{names})(?=s?(?![\w-]))s?"))


def expand_abbreviations(phrase: str, known: dict[str, str]) -> str:
    """The phrase with the document's abbreviations spelled out, once ("acute hypoxaemic
    respiratory failure (AHRF)" and "AHRF" both read "acute hypoxaemic respiratory failure")."""
    if not known or not _CAPITALS.search(phrase):
        return phrase
    in_brackets, alone = _abbreviation_patterns(tuple(known))
    phrase = in_brackets.sub("", phrase)
    return alone.sub(lambda m: known.get(m.group(0)) or known[m.group(0)[:-1]] + "s", phrase)


_CAPITALS = re.compile(r"[A-Z][A-Za-z0-9]{0,2}[A-Z]")


# --- whose indication ---------------------------------------------------------------------------

# A therapy or procedure as the subject of "is indicated for": "Hypoglossal nerve stimulation is
# indicated for obstructive sleep apnoea", "CPAP remains indicated in ...", "La stimulation du nerf
# hypoglosse est indiquée ...": the state of the art, not this device's indication.
_THERAPY_SUBJECT = re.compile(
    r"\b(?:stimulation|therapy|therapies|treatment|surgery|surgical|procedure|ablation|medication|drugs?|"
    r"pharmacotherapy|cpap|apap|bipap|transplant\w*|resection|radiotherapy|chemotherapy|"
    r"thérapie|traitement|chirurgie|stimulation|médicament|therapie|behandlung|chirurgie|"
    r"stimulation|operation|terapia|trattamento|chirurgia|stimolazione|tratamiento|cirugía|estimulación)\b",
    re.I)
_DEVICE_SUBJECT = re.compile(
    r"\b(?:device|system|product|implant|it|this|dispositif|système|produit|il|elle|gerät|system|"
    r"produkt|implantat|es|dispositivo|sistema|prodotto|producto)\b", re.I)
_TITLE_DOC_WORDS = frozenset({"clinical", "evaluation", "report", "plan", "instructions", "summary", "safety",
                              "performance", "post-market", "follow-up", "assessment", "notified", "body",
                              "rapport", "plan", "notice", "résumé", "bericht", "gebrauchsanweisung",
                              "for", "use", "and", "the", "of"})
_title_cache: tuple[object, frozenset[str]] | None = None


def _title_words(document: Document) -> frozenset[str]:
    global _title_cache
    if _title_cache is not None and _title_cache[0] is document:
        return _title_cache[1]
    title = next((b.normalized for b in document.blocks if b.kind.value == "heading"), "")
    words = frozenset(w.lower() for w in _WORD.findall(title)
                      if len(w) >= 4 and w.lower() not in _TITLE_DOC_WORDS)
    _title_cache = (document, words)
    return words


def other_therapy_subject(subject: str, document: Document) -> bool:
    """The subject of an indication sentence names a therapy or procedure and neither the
    device (its name from the document's title, "the device", "the system", "it") nor ours."""
    if not _THERAPY_SUBJECT.search(subject) or _DEVICE_SUBJECT.search(subject):
        return False
    title = _title_words(document)
    return not any(w.lower() in title for w in _WORD.findall(subject))


# --- comparisons with other therapies -----------------------------------------------------------

# "Unlike hypoglossal nerve stimulation in obstructive sleep apnoea, the system treats central
# sleep apnoea", "Phrenic nerve stimulation differs from hypoglossal nerve stimulation in OSA",
# "Whereas CPAP treats OSA, ...": the condition after the cue, up to the end of its clause, is
# what the other therapy treats.
COMPARISON_CUE = re.compile(
    r"\b(?:unlike|in contrast (?:to|with)|contrary to|as opposed to|whereas|differs? from|differing from|"
    r"(?:is|are) different from|distinct from|compared (?:to|with)|in comparison (?:to|with)|rather than|"
    r"instead of|contrairement (?:à|au|aux)|à la différence (?:de|du|des)|par rapport (?:à|au|aux)|"
    r"alors que|tandis que|diffèrent? de|se distingue de|im gegensatz zu[mr]?|anders als|"
    r"unterscheidet sich von|unterscheiden sich von|verglichen mit|im vergleich zu[mr]?|"
    r"a differenza (?:di|del|della|dei|delle|dello)|diversamente da|rispetto (?:a|al|alla|ai|alle)|mentre|"
    r"a diferencia de|al contrario de|mientras que|en comparación con|se diferencia de)\b", re.I)
_COMPARISON_END = re.compile(r"[,;:.()]|\s[-–]\s")
# This device in a comparison clause ("whereas the XL model is indicated for OSA"): its own use
_OWN_DEVICE = re.compile(
    r"\b(?:(?:this|our|the present|the subject|the same|ce|cet|cette|notre|dieses?|unser\w*|questo|nostro|"
    r"este|nuestro)\s+(?:device|system|product|implant|dispositif|système|produit|gerät|produkt|implantat|"
    r"dispositivo|sistema|prodotto|producto)|the device|le dispositif|das gerät|das produkt|il dispositivo|"
    r"el dispositivo|model|models|variant|version|modèle|modell|modello|modelo)\b", re.I)


def comparison_spans(text: str, start: int = 0, end: int | None = None,
                     document: Document | None = None) -> list[tuple[int, int]]:
    """The spans of `text[start:end]` that name what another therapy or device treats: from a
    comparison cue to the end of its clause. A clause that names this device (its title words,
    "the device", "the system") is its own, not another's."""
    end = len(text) if end is None else end
    spans = []
    title = _title_words(document) if document is not None else frozenset()
    for cue in COMPARISON_CUE.finditer(text, start, end):
        stop = _COMPARISON_END.search(text, cue.end(), end)
        clause_end = stop.start() if stop else end
        clause = text[cue.end():clause_end]
        if _OWN_DEVICE.search(clause) or any(w.lower() in title for w in _WORD.findall(clause)):
            continue
        spans.append((cue.start(), clause_end))
    return spans
