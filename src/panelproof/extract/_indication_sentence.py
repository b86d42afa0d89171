"""Indications stated in a sentence without a cue verb, and indications a document excludes.

Under an Indications heading authors often write the patients and their conditions as a plain
sentence: "Adults 18 years and older with refractory chronic migraine, chronic cluster headache
or occipital neuralgia, who did not respond to preventive treatment." That sentence is a list:
its conditions are the items, the population before them ("Adults 18 years and older with",
"Patients atteints de", "Erwachsene mit") and the qualifying clauses after them ("who did not
respond to ...", "recurrent after native tissue repair", "in adult women") are not.

A document may also exclude an indication in words: "Posterior compartment repair is not an
indication", "Other headache disorders (cluster headache, occipital neuralgia) are not included
in the intended purpose", "Nicht indiziert bei Clusterkopfschmerz". Those conditions are
negated indications.

Both readers return spans of `text` (a block's normalised text); the caller makes the facts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from panelproof import knowledge
from panelproof.extract._indication_text import _AGE

# --- the population before the conditions ------------------------------------------------------

_POP_WORD = (r"(?:adults?|patients?|patientinnen|patienten|men|women|children|persons?|people|subjects?|"
             r"individuals?|adolescents?|female|male|elderly|older|paediatric|pediatric|"
             r"adultes?|enfants?|femmes|hommes|personnes|erwachsenen?|kindern?|frauen|männer|personen|"
             r"pacientes|adult[oa]s|mujeres|hombres|niños|personas|pazienti|adulti|donne|uomini|bambini|"
             r"persone|volwassenen|patiënten|vrouwen|mannen|kinderen|"
             r"the|all|les|des|tous|toutes|die|alle|los|las|todos|gli|i|tutti|de|alle)")
_LINK = (r"(?:with|who\s+(?:have|suffer\s+from|present\s+with)|suffering\s+from|presenting\s+with|having|"
         r"diagnosed\s+with|atteinte?s?\s+(?:de\s+la|de\s+l['’]|d['’]|des|du|de)|"
         r"souffrant\s+(?:de\s+la|de\s+l['’]|d['’]|des|du|de)|présentant(?:\s+une?)?|avec|"
         r"mit|die\s+an\s+|con|affett[ie]\s+da|che\s+soffrono\s+di|que\s+padecen|met|die\s+lijden\s+aan)")
_LEADING_POPULATION = re.compile(
    rf"^\s*(?:{_POP_WORD}\b[\s,]*)+(?:{_AGE}[\s,]*)?{_LINK}(?:\s+|(?<=['’]))", re.I)
_LEADING_TREATMENT = re.compile(
    r"^\s*(?:(?:the\s+)?(?:treatment|management|therapy|relief)\s+of\s+|"
    r"(?:le\s+)?traitement\s+(?:de\s+la|de\s+l['’]|des|du|de)\s*|(?:(?:zur|die)\s+)?behandlung\s+(?:von|der|des)\s+|"
    r"(?:el\s+)?tratamiento\s+(?:de\s+la|del|de)\s+|(?:il\s+)?trattamento\s+(?:della|del|dell['’]|di)\s*|"
    r"(?:de\s+)?behandeling\s+van\s+)", re.I)
# A piece that is only a population ("in adult women", "chez l'adulte", "bei Erwachsenen").
_POPULATION_PIECE = re.compile(
    rf"^\s*(?:(?:in|for|among|chez|bei|nei|negli|nelle|en|bij|de|d['’]|l['’])\s*)?"
    rf"(?:{_POP_WORD}\b[\s,]*)+(?:{_AGE})?\s*$", re.I)

# --- what ends the list: a qualifying clause -----------------------------------------------------

# "who did not respond to ...", "recurrent after native tissue repair", "refractory to ...",
# "qui n'ont pas répondu", "die nicht auf ... ansprechen", "che non rispondono", "que no responden"
_QUALIFYING_PIECE = re.compile(
    r"^\s*(?:who|whose|which|that|where|when|if|despite|after|following|having|not|unless|"
    r"qui|dont|lorsque|si|malgré|après|"
    r"die|der|welche[rn]?|wenn|trotz|nach|"
    r"che|quando|se|nonostante|dopo|"
    r"que|cuando|pese|tras|después|"
    r"wie|na|ondanks|"
    r"[^\W\d_]+\s+(?:after|following|despite|to|from|après|malgré|à|nach|trotz|auf|dopo|nonostante|a|"
    r"después|tras|na|op|ondanks))\b", re.I)
_RELATIVE = re.compile(r"\s(?:who|whose|qui|welche[rn]?|che|quienes)\s", re.I)

# A sentence with a finite verb, a reference to a document or the device, or a negation is
# prose, not a list of conditions.
_PROSE_CUE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|has|have|had|should|must|may|might|can|could|will|would|shall|"
    r"does|did|ist|sind|war|waren|wird|werden|wurde|wurden|hat|haben|kann|können|soll|sollte|muss|"
    r"est|sont|était|étaient|ont|doit|doivent|peut|peuvent|sera|seront|"
    r"è|sono|era|hanno|deve|devono|può|possono|"
    r"está|están|fue|fueron|han|debe|deben|puede|pueden|"
    r"zijn|wordt|worden|werd|heeft|hebben|moet|moeten|"
    r"not|no|never|nicht|kein\w*|pas|jamais|non|niet|geen|nunca|"
    r"indicat\w*|indiqu\w*|indiz\w*|indikation\w*|indicaci\w*|indicazion\w*|indicaties?|"
    r"intended|destiné\w*|bestimmt|device|devices|product|products|system|ifu|cer|cep|sscp|section|"
    r"chapter|table|see|refer\w*|listed|same|dispositif|produit|produkt\w*|gerät\w*|prodotto|producto|"
    r"dispositivo|hulpmiddel|study|studies|trial|data|literature|évaluation|studie\w*|daten)\b", re.I)

_WORDS = re.compile(r"[^\W\d_]{3,}")
_LEADING_LINK_WORD = re.compile(
    r"^\s*(?:the|a|an|of|de\s+la|de\s+l['’]|d['’]|de|des|du|la|le|les|der|die|das|den|von|"
    r"el|la|los|las|del|il|lo|gli|i|della|di|het|van)\b\s*", re.I)

_CONJUNCTIONS = {
    "en": r"or|and|as well as|and/or",
    "fr": r"ou|et|ainsi que|et/ou",
    "de": r"oder|und|sowie|und/oder|bzw\.?",
    "es": r"o|u|y|e|así como|y/o",
    "it": r"o|oppure|e|ed|nonché|e/o",
    "nl": r"of|en|en/of",
}
_DEFAULT_CONJUNCTIONS = r"or|and|ou|et|oder|und|sowie"


@lru_cache(maxsize=16)
def _conjunction(language: str | None) -> re.Pattern:
    words = _CONJUNCTIONS.get(language or "", _DEFAULT_CONJUNCTIONS)
    return re.compile(rf"\s*,\s*(?:(?:{words})\s+)?|\s+(?:{words})\s+", re.I)


def _top_level(text: str, pattern: re.Pattern) -> list[tuple[int, int]]:
    """Matches of `pattern` outside parentheses and brackets."""
    depth, found = 0, []
    depth_at = []
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        depth_at.append(depth)
    for match in pattern.finditer(text):
        if depth_at[match.start()] == 0 and (match.start() == 0 or depth_at[match.start() - 1] == 0):
            found.append((match.start(), match.end()))
    return found


def _content_words(piece: str) -> int:
    return len(_WORDS.findall(_LEADING_LINK_WORD.sub("", piece)))


# What continues the item before a comma or semicolon instead of starting a new one:
# "aneurysms, including ruptured aneurysms in emergencies", "ulcers, except infected ulcers".
CONTINUATION_CUE = re.compile(
    r"\s*(?:including|incl\.|such as|e\.\s?g\.|i\.\s?e\.|especially|in particular|particularly|"
    r"notably|except|excluding|other than|y compris|notamment|en particulier|sauf|hormis|"
    r"einschlie(?:ß|ss)lich|insbesondere|au(?:ß|ss)er|inclus[oaie]|compres[oaie]|incluid[oa]s|"
    r"incluyendo|en particular|especialmente|excepto|tranne|eccetto)\b", re.I)


# A piece that ends in a number coordinates numbers of one noun: "fusion at one or two
# contiguous levels", "type 1 or 2 diabetes", "à un ou deux niveaux", "auf ein oder zwei Ebenen".
_NUMERAL_END = re.compile(
    r"(?:\b\d+(?:[.,]\d+)?|\b(?:one|two|three|four|un|une|deux|trois|ein|eine|einem|einer|zwei|drei|"
    r"uno|una|due|tre|dos|tres|een|twee|drie|um|uma|dois|duas)\b)\s*$", re.IGNORECASE)
# A piece that ends with an article or preposition and one word names no noun of its own: "of
# the anterior [compartment] or apical compartment", "de la partie antérieure ou ...".
_ELIDED_END = re.compile(r"\b(?:the|of|a|an|de|du|des|la|le|der|die|das|des|del|della|dei|van|het)\s+[^\W\d_]+\s*$",
                         re.I)
# "... compartment in women with recurrence after ...": the population and what follows it
_INNER_POPULATION = re.compile(
    rf"\s(?:in|among|for|chez|bei|nei|negli|en|bij)\s+(?:{_POP_WORD}\b[\s,]*)+(?:{_AGE})?"
    rf"(?!\s*(?:with|who|suffering|having|atteint|souffrant|avec|mit|die|con|affett|met)\b)", re.I)


# A word with an ending of disease names: "neuralgia", "arthrosis", "Arthrose", "neuropathy",
# "anaemia", "carcinoma", "hemiplegia", "rectocele", "dystrophy".
_DISEASE_ENDING = re.compile(r"(?:itis|algia|algie|algien|osis|osen?|pathy|pathie|patía|patia|emia|aemia|ämie|"
                             r"émie|omas?|plegia|plégie|plegie|cele|cèle|zele|trophy|trophie)$", re.I)


# One word that names a condition by itself: a German noun (capitalised, "Okzipitalneuralgie")
# or a word with an ending of disease names.


def _names_condition(piece: str, language: str | None) -> bool:
    words = _WORDS.findall(_LEADING_LINK_WORD.sub("", piece))
    if len(words) != 1:
        return False
    word = words[0]
    return (language == "de" and word[0].isupper()) or bool(_DISEASE_ENDING.search(word))


def _pieces(text: str, start: int, end: int, language: str | None) -> list[tuple[int, int]]:
    """The coordinated conditions of `text[start:end]`: split at top-level commas and
    conjunctions, unless the first pieces are modifiers of the last one's noun ("anterior,
    apical or posterior compartment", "type 1 or type 2 diabetes")."""
    body = text[start:end]
    cuts = [(s, e) for s, e in _top_level(body, _conjunction(language))
            if not CONTINUATION_CUE.match(body, e) and not CONTINUATION_CUE.match(body, s + 1)]
    spans, position = [], 0
    for s, e in cuts:
        spans.append((position, s))
        position = e
    spans.append((position, len(body)))
    spans = [(s, e) for s, e in spans if body[s:e].strip()]
    if len(spans) <= 1:
        return [(start, end)]
    counts = [_content_words(body[s:e]) for s, e in spans]
    whole = [c >= 2 or (c == 1 and _names_condition(body[s:e], language)) for c, (s, e) in zip(counts, spans)]
    if (not all(whole) and not all(c == 1 for c in counts)) \
            or any(_ELIDED_END.search(body, s, e) or _NUMERAL_END.search(body, s, e) for s, e in spans[:-1]):
        # an elided noun ("of the anterior or apical compartment") or coordinated modifiers
        # ("at intermediate or high surgical risk", "riesgo moderado o alto"): one condition
        return [(start, end)]
    return [(start + s, start + e) for s, e in spans]


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in " \t,;:-–•*":
        start += 1
    while end > start and text[end - 1] in " \t,;:.-–":
        end -= 1
    return start, end


def _strip_lead(text: str, start: int, end: int) -> int:
    for _ in range(2):
        for pattern in (_LEADING_TREATMENT, _LEADING_POPULATION):
            match = pattern.match(text, start, end)
            if match and match.end() < end:
                start = match.end()
    return start


def qualified_item_end(text: str, start: int, end: int) -> int | None:
    """Where a list item's condition ends when a qualifying clause follows it after a comma
    ("..., recurrent after native tissue repair", "..., in adult women"); None otherwise."""
    if "," not in text[start:end]:
        return None
    body = text[start:end]
    position = 0
    for s, e in _top_level(body, re.compile(r"\s*,\s*")):
        piece = body[e:]
        if CONTINUATION_CUE.match(body, s + 1):
            continue
        if _QUALIFYING_PIECE.match(piece) or _POPULATION_PIECE.match(re.split(r"\s*,\s*", piece)[0]):
            return start + s if _WORDS.search(body, 0, s) else None
        position = e
    return None


def _list_head(text: str, start: int, end: int, language: str | None) -> tuple[int, int] | None:
    """The part of `text[start:end]` that names the conditions: without the population before
    it and the qualifying clauses after it."""
    start = _strip_lead(text, *_trimmed(text, start, end))
    body = text[start:end]
    comma = re.compile(r"\s*,\s*")
    cut = len(body)
    position = 0
    for s, e in [*_top_level(body, comma), (len(body), len(body))]:
        if s < len(body) and CONTINUATION_CUE.match(body, s + 1):
            continue
        piece = body[position:s]
        if position and (_QUALIFYING_PIECE.match(piece) or _POPULATION_PIECE.match(piece)):
            cut = position
            break
        position = e
    relative = _RELATIVE.search(body, 0, cut)
    if relative:
        cut = relative.start()
    population = _INNER_POPULATION.search(body, 0, cut)
    if population and _WORDS.search(body, 0, population.start()):
        cut = population.start()
    s, e = _trimmed(text, start, start + cut)
    if e <= s:
        return None
    return s, e


def bare_items(text: str, start: int, end: int, language: str | None = None,
               after_cue: bool = False) -> list[tuple[int, int]] | None:
    """The condition items of a sentence in an indications section, or None when the sentence
    is prose rather than a statement of conditions.

    `after_cue`: the span follows "indicated for" (the verb is before it), so only the
    qualifying clauses and the coordination are read."""
    if end - start > 600 or (language or "en") not in _CONJUNCTIONS:
        return None  # the languages whose verbs and conjunctions are known here
    if text[start:end].rstrip().endswith(":"):
        return None  # a lead-in: the list follows it
    head = _list_head(text, start, end, language)
    if head is None:
        return None
    if not after_cue:
        # the verbs of the qualifying clauses ("who did not respond") are set aside with them
        if _PROSE_CUE.search(text, *head):
            return None
        if len(text[head[0]:head[1]].split()) > 30:
            return None
    elif len(text[head[0]:head[1]].split()) > 40:
        return None
    items = []
    for s, e in _pieces(text, *head, language):
        s, e = _trimmed(text, s, e)
        if e > s and _WORDS.search(text, s, e):
            items.append((s, e))
    if not after_cue and not all(states_condition(text, s, e) for s, e in items):
        # "Skeletally mature adults with a body weight of 50 kg or more", "Use the remote and
        # charger at home", "Implantation in hospitals by trained surgeons": without "indicated
        # for", a sentence states indications only when each item names a condition
        return None
    return items or None


def states_condition(text: str, start: int, end: int) -> bool:
    """`text[start:end]` names a clinical condition: a concept of the clinical-terms vocabulary,
    a head noun of conditions (vocabulary/condition_nouns.yaml) or a word with a disease ending."""
    from panelproof.extract.intended_use import vocabulary  # the caller's module: imported late

    if vocabulary("clinical_terms").find(text, start, end):
        return True
    words = {w.lower() for w in _ALL_WORDS.findall(text, start, end)}
    if words & _condition_words():
        return True
    lowered = text[start:end].lower()
    if any(" " in w and w in lowered for w in _condition_words()):
        return True
    return any(_DISEASE_ENDING.search(w) for w in words)


_ALL_WORDS = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


@lru_cache(maxsize=1)
def condition_nouns() -> frozenset[str]:
    """Head nouns of conditions (vocabulary/condition_nouns.yaml `nouns`), lower case."""
    data = knowledge.load("vocabulary/condition_nouns")
    return frozenset(str(w).lower() for nouns in (data.get("nouns") or {}).values() for w in nouns)


@lru_cache(maxsize=1)
def _condition_words() -> frozenset[str]:
    """The head nouns and the further `indication_words` by which an item names a condition."""
    data = knowledge.load("vocabulary/condition_nouns")
    extra = [w for lang, ws in (data.get("indication_words") or {}).items() if lang != "source" for w in ws]
    return condition_nouns() | frozenset(str(w).lower() for w in extra)


# --- excluded indications ------------------------------------------------------------------------

# Cheap test on folded text before the patterns below.
EXCLUSION_CUE = re.compile(
    r"\bnot\b|\bnicht\b|\bkeine\b|\bpas\b|\bnon\b|\bno\b|\bniet\b|\bgeen\b|exclu|ausgeschlossen")
_PURPOSE_WORD = re.compile(
    r"indica|indiqu|indiz|indikat|purpose|intended|destination|zweckbestimm|destinazione|finalidad|"
    r"finalité|beoogd|anwendungsgebiet", re.I)
# "X is not an indication", "X are not included in the intended purpose", "X n'est pas une
# indication", "X ist keine Indikation", "X non è un'indicazione", "X no es una indicación"
_SUBJECT_EXCLUDED = re.compile(
    r"\s+(?:(?:is|are)\s+(?:not|no\s+longer)\s+(?:an?\s+)?(?:(?:approved|claimed|accepted|intended)\s+)?"
    r"(?:indications?|indicated|included|covered|part|within)\b|(?:is|are)\s+excluded\s+from\b|"
    r"n['’](?:est|sont)\s+pas\s+(?:une?\s+|des\s+)?(?:indications?|indiqué\w*|inclus\w*|couvert\w*|compris\w*)|"
    r"ne\s+(?:fait|font)\s+pas\s+partie\b|(?:est|sont)\s+exclue?s?\s+(?:de|des)\b|"
    r"(?:ist|sind)\s+(?:keine\s+indikation(?:en)?|nicht\s+(?:indiziert|teil|bestandteil|enthalten|umfasst|"
    r"abgedeckt|in\s+der|von\s+der)|von\s+der\s+\w+\s+ausgeschlossen|ausgeschlossen)|"
    r"non\s+(?:è|sono)\s+(?:un['’]\s*|una\s+)?(?:indicazion[ei]|indicat[oaie]|inclus[oaie])|"
    r"no\s+(?:es|son|está|están)\s+(?:una\s+)?(?:indicaci(?:ón|ones)|indicad[oa]s?|incluid[oa]s?)|"
    r"(?:is|zijn)\s+(?:geen\s+indicaties?|niet\s+(?:geïndiceerd|opgenomen)))", re.I)
# "not indicated for X", "Nicht indiziert bei X", "pas indiqué chez X", "non indicato per X"
_OBJECT_EXCLUDED = re.compile(
    r"\b(?:not\s+indicated|nicht\s+indiziert|keine\s+indikation|pas\s+indiqué\w*|non\s+indicat[oaie]|"
    r"no\s+(?:está\s+)?indicad[oa]s?|niet\s+geïndiceerd)\s+"
    r"(?:for|in|bei|für|pour|dans|chez|en\s+cas\s+de|per|nel|nella|nei|in\s+caso\s+di|para|en|voor|bij)\s+", re.I)
_SUBJECT_NOT_CONDITION = re.compile(
    r"\b(?:device|devices|product|system|it|this|these|use|dispositif|produit|produkt|gerät|system|"
    r"prodotto|producto|dispositivo|hulpmiddel|anwendung|utilisation|uso|gebruik|study|data|"
    r"document|report|section|ifu|cer|safety|performance|efficacy|effectiveness)\b", re.I)
_CLAUSE_END = re.compile(r"[;.]\s|[;.]$|\s*,\s*(?:as|because|since|since|da|weil|car|puisque|porque|perché|"
                         r"and|but|et|mais|und|aber|pero|ma)\b", re.I)
_OPENING = re.compile(r"^\s*(?:however|moreover|in particular|note|nb|but|also|cependant|toutefois|"
                      r"jedoch|allerdings|tuttavia|sin embargo)\s*[,:]?\s*", re.I)


def excluded_items(text: str, start: int, end: int, language: str | None = None) -> list[tuple[int, int]]:
    """Spans of the conditions that `text[start:end]` excludes from the indications."""
    found: list[tuple[int, int]] = []
    for match in _OBJECT_EXCLUDED.finditer(text, start, end):
        stop = _CLAUSE_END.search(text, match.end(), end)
        object_end = stop.start() if stop else end
        head = _list_head(text, match.end(), object_end, language)
        if head:
            found.extend(_pieces(text, *head, language))
    subject = _SUBJECT_EXCLUDED.search(text, start, end)
    if subject and _PURPOSE_WORD.search(text, subject.start(), min(end, subject.end() + 60)):
        opening = _OPENING.match(text, start, subject.start())
        s = opening.end() if opening else start
        s = max(s, text.rfind(";", s, subject.start()) + 1)
        phrase = text[s:subject.start()]
        if phrase.strip() and len(phrase.split()) <= 20 and not _SUBJECT_NOT_CONDITION.search(phrase):
            found.extend(_subject_items(text, s, subject.start(), language))
    result = []
    for s, e in found:
        s, e = _trimmed(text, s, e)
        if e > s and _WORDS.search(text, s, e):
            result.append((s, e))
    return result


def _subject_items(text: str, start: int, end: int, language: str | None) -> list[tuple[int, int]]:
    """ "Other headache disorders (cluster headache, occipital neuralgia)": the umbrella and
    each condition in the parenthesis."""
    body = text[start:end]
    open_at, close_at = body.find("("), body.rfind(")")
    if 0 < open_at < close_at:
        items = [(start, start + open_at)]
        items.extend(_pieces(text, start + open_at + 1, start + close_at, language))
        return items
    head = _list_head(text, start, end, language)
    return _pieces(text, *head, language) if head else []


# --- indications granted by a sentence of permission -------------------------------------------

# "The implant can also be used in single-sided deafness", "Das Implantat kann auch bei
# einseitiger Taubheit eingesetzt werden", "peut également être utilisé en cas de ...", "può
# essere utilizzato anche in caso di ...", "puede utilizarse también en ...": a sentence that
# permits a use grants its condition as an indication, whatever the section's heading (a
# translation may slip it into the contraindications). Cheap test on folded text first.
PERMISSION_CUE = re.compile(r"\b(?:also|auch|aussi|également|anche|también|ook)\b")
_USE_VERB_EN = r"(?:used|implanted|applied|fitted|worn|employed|indicated|prescribed)"
_USE_VERB_DE = (r"(?:eingesetzt|verwendet|angewendet|angewandt|implantiert|benutzt|getragen|angelegt|"
                r"genutzt|versorgt)")
_USE_VERB_FR = r"(?:utilisée?s?|employée?s?|implantée?s?|posée?s?|appliquée?s?|portée?s?|indiquée?s?)"
_USE_VERB_IT = r"(?:utilizzat[oaie]|usat[oaie]|impiegat[oaie]|impiantat[oaie]|applicat[oaie]|indicat[oaie])"
_USE_VERB_ES = r"(?:utilizarse|usarse|emplearse|implantarse|aplicarse|utilizad[oa]s?|usad[oa]s?|empleado?s?|indicad[oa]s?)"
_CASE = r"(?:(?:patients?|persons?|people|subjects?|individuals?|cases?)\s+(?:with|of|suffering\s+from)\s+)?"
# the condition follows the cue, up to the end of the clause
_PERMISSION_BEFORE = re.compile(
    r"\b(?:can|may|could)\s+also\s+be\s+" + _USE_VERB_EN + r"\s+(?:in|for|on|to\s+treat)\s+" + _CASE
    + r"|\bis\s+also\s+(?:suitable|indicated|approved)\s+(?:for|in)\s+" + _CASE
    + r"|\bpeu(?:t|vent)\s+(?:aussi|également)\s+être\s+" + _USE_VERB_FR
    + r"\s+(?:chez\s+(?:les?\s+|des\s+)?(?:patients?|personnes?)\s+(?:atteinte?s?\s+d['’]|présentant\s+|avec\s+)|"
      r"en\s+cas\s+d['’]|en\s+cas\s+de|pour\s+(?:le\s+traitement\s+d[eu']\s*)?|dans\s+(?:les?\s+cas\s+d[e']\s*)?|lors\s+d['’]|lors\s+de|chez)\s*"
    + r"|\bpu[òo]\s+(?:anche\s+essere\s+" + _USE_VERB_IT + r"|essere\s+" + _USE_VERB_IT + r"\s+anche)"
    + r"\s+(?:in\s+caso\s+di|nei\s+casi\s+di|per\s+(?:il\s+trattamento\s+d[ie']\s*)?|in\s+pazienti\s+con|nei\s+pazienti\s+con|in|su)\s+"
    + r"|\bpued(?:e|en)\s+(?:" + _USE_VERB_ES + r"\s+también|también\s+" + _USE_VERB_ES + r"|también\s+ser\s+"
    + _USE_VERB_ES + r"|ser\s+" + _USE_VERB_ES + r"\s+también)"
    + r"\s+(?:en\s+caso\s+de|en\s+pacientes\s+con|para\s+(?:el\s+tratamiento\s+de\s+)?|en)\s+"
    + r"|\bkan\s+ook\s+(?:worden\s+)?(?:gebruikt|toegepast|ingezet|geïmplanteerd)\s+(?:worden\s+)?(?:bij|voor)\s+",
    re.I)
# German puts the verb last: "kann auch bei <condition> eingesetzt werden"
_PERMISSION_AROUND = re.compile(
    r"\b(?:kann|können|darf|dürfen)\s+(?:[^\W\d_]+\s+){0,3}?auch\s+(?:bei|für|zur\s+behandlung\s+(?:von|der|des))\s+"
    r"(?:patient(?:inn)?en\s+mit\s+)?(?P<object>[^.;:]{3,160}?)\s+" + _USE_VERB_DE + r"\s+werden\b", re.I)
# the German verb comes last: "kann auch bei X nicht eingesetzt werden" negates the permission
_PERMISSION_NEGATED = re.compile(r"\s(?:nicht|keinesfalls|niemals|nie)$", re.I)
_PERMISSION_END = re.compile(r"[;.]\s|[;.]$|\s*,\s*(?:as|because|since|provided|if|when|da|weil|sofern|wenn|car|si|"
                             r"lorsque|puisque|porque|perché|se|and|but|et|mais|und|aber|pero|ma)\b"
                             r"|\s+(?:provided|if|when|sofern|wenn|si|se|siempre)\b", re.I)


def permitted_items(text: str, start: int, end: int, language: str | None = None) -> list[tuple[int, int]]:
    """Spans of the conditions for which `text[start:end]` permits the device's use."""
    found: list[tuple[int, int]] = []
    for match in _PERMISSION_AROUND.finditer(text, start, end):
        found.append(match.span("object"))
    for match in _PERMISSION_BEFORE.finditer(text, start, end):
        stop = _PERMISSION_END.search(text, match.end(), end)
        found.append((match.end(), stop.start() if stop else end))
    result = []
    for s, e in found:
        s, e = _trimmed(text, s, e)
        # "kann auch bei X nicht eingesetzt werden": a negated permission grants nothing
        if e > s and _WORDS.search(text, s, e) and not _PERMISSION_NEGATED.search(text[s:e]):
            result.append((s, e))
    return result
