"""How EV004 decides whether the CER reports a CEP outcome parameter.

The outcome-matching machinery of EV004 (rules/evidence/EV004_outcome_not_reported.py): the
stems of an outcome's name (comparators, units, "freedom from", generic words dropped; words
of one measured quantity folded to one key), abbreviations and their long forms, results
reported under a shorter name, absences ("no deaths occurred"), the CER's statements that all
criteria were met, and the time points at which the CER reports results.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from functools import lru_cache

from panelproof.extract._clinical_terms import claim_language, key_stems
from panelproof.extract.claims import _BACKGROUND_SECTION
from panelproof.extract.common import (any_heading, heading_matches, lowered_pattern, required_literals, sentences,
                                        with_first_character_lookahead)
from panelproof.extract.evidence import _OUTCOME_CUE, outcome_name
from panelproof.extract.model import FactBase, FactKind
from panelproof.ingest.model import BlockKind, Role
from panelproof.ingest.normalize import fold_case, strip_accents
from panelproof.knowledge import load
from panelproof.rules.evidence._other_device import OTHER_OR_EQUIVALENT_DEVICE

# Words of an outcome line that name no outcome.
_GENERIC = {"prima", "secon", "endpo", "end-p", "outco", "param", "accep", "crite", "succe", "rate",
            "weeks", "month", "years", "days", "defin", "measu", "compa", "basel", "group", "criti",
            "critè", "param", "jugem", "akzep", "endpu", "zielp", "erfol", "woche", "monat", "jahre",
            "semai", "mois", "perce", "propo", "numbe", "mean", "media",
            # reporting verbs say how an outcome is obtained, not which one it is
            "repor", "asses", "evalu", "obser", "recor", "docum", "rated", "self-",
            # time units and "mean" / "versus baseline" in other languages ("à 3 ans par rapport
            # à l'inclusion", "mittlere ... nach 3 Jahren") say when and how, not what
            "ans", "année", "anni", "mesi", "años", "meses", "jaar", "maand", "moyen", "mittl",
            "rappo", "inclu"}


# Comparators of a criterion ("below 2 %", "au moins", "mindestens") say what is acceptable, not
# what is measured.
_GENERIC |= {"below", "above", "under", "great", "lower", "highe", "exceed", "maxim", "minim",
             "least", "fewer", "infér", "supér", "moins", "unter", "ober", "weniger", "höchs",
             "minde", "cumul", "overa", "total"}
# Directions of a change ("improvement in SGRQ", "change in FEV1", "Verbesserung des ODI") say
# which way the measure should move, not what is measured.
# Negations that state a criterion as an absence ("aucune surdose", "keine Todesfälle") say
# that the event must not occur, not which event it is.
_GENERIC |= {"aucun", "keine", "keins", "nessu", "ningú", "ningu", "zero"}
# The other time units ("nach 90 Tagen", "à 30 jours"): when, not what.
_GENERIC |= {"tage", "tagen", "jours", "jour", "hours", "heure", "stund", "giorn", "días", "dagen", "weken",
             "seman", "setti", "uur", "horas"}
_GENERIC |= {"impro", "chang", "reduc", "decre", "incre", "diffe", "améli", "réduc", "dimin", "augme",
             "verbe", "verän", "reduk", "migli", "riduz", "mejor", "cambi", "verbe"}


@lru_cache(maxsize=1)
def _outcome_wording() -> dict:
    return load("vocabulary/outcome_quantities")


@lru_cache(maxsize=1)
def _qualifiers() -> frozenset[str]:
    return frozenset(w.lower()[:5] for w in _outcome_wording()["qualifiers"]["words"])


@lru_cache(maxsize=1)
def _abbreviation() -> tuple[re.Pattern[str], dict[str, str]]:
    entries = _outcome_wording()["abbreviations"]["entries"]
    words = sorted(entries, key=lambda t: (-len(t), t))
    # "bPFS", "cCR", "rTLR": a lower-case letter before an outcome abbreviation qualifies it
    # (vocabulary `abbreviation_prefixes`: biochemical, clinical, ...); it spells out before it.
    prefixes = _outcome_wording().get("abbreviation_prefixes", {}).get("entries", {})
    spelt = dict(entries)
    for letter, meaning in prefixes.items():
        spelt.update({letter + w: f"{meaning} {entries[w]}" for w in words
                      if w[0].isupper() and len(_letters(w)) >= 2 and letter + w not in entries})
    letters = "".join(sorted(prefixes))
    prefix = f"[{letters}]?" if letters else ""
    # Led by a look-ahead on the first letters: the engine skips other positions fast.
    return with_first_character_lookahead(
        re.compile(r"\b(" + prefix + "(?:" + "|".join(re.escape(w) for w in words) + r"))\b")), spelt


@lru_cache(maxsize=1)
def _phrases() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    entries = {k.lower(): v for k, v in _outcome_wording().get("phrases", {}).get("entries", {}).items()}
    if not entries:
        return None, {}
    words = sorted(entries, key=lambda t: (-len(t), t))
    # Any white space between a phrase's words: a PDF line may break inside it.
    spelt = (r"\s+".join(re.escape(part) for part in w.split()) for w in words)
    return with_first_character_lookahead(
        re.compile(r"\b(" + "|".join(spelt) + r")(?!\w)", re.IGNORECASE)), entries


@lru_cache(maxsize=1)
def _phrase_literals() -> tuple[str, ...]:
    """The longest word of each phrase, lower-cased: a text holding none of them holds no phrase.
    Plain `in` tests, asked of every CER text: the phrases start with common letters, which the
    pattern's look-ahead cannot skip."""
    _, entries = _phrases()
    return tuple(sorted({max(phrase.split(), key=len) for phrase in entries}))


# Pure, and asked of every CER sentence, fact and block (the same texts several times over,
# as `_stems_of_texts_with` and `measured_stems` read them): cached.
@lru_cache(maxsize=65536)
@lru_cache(maxsize=1)
def _instruments() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every long form and abbreviation of the instruments, and the name each
    is read as: the first abbreviation given for its long form."""
    names: dict[str, str] = {}
    canonical: dict[str, str] = {}
    for abbreviation, long_form in _outcome_wording()["instruments"]["entries"].items():
        name = canonical.setdefault(long_form.lower(), abbreviation)
        names[abbreviation] = name
        names[long_form.lower()] = name
    long_forms = sorted({lf for lf in names if lf not in _outcome_wording()["instruments"]["entries"]},
                        key=lambda t: (-len(t), t))
    abbreviations = sorted(_outcome_wording()["instruments"]["entries"], key=lambda t: (-len(t), t))
    # long forms in any case ("harris hip score"), hyphens or spaces between their words;
    # abbreviations as written ("ESS", not "ess")
    spelt = "|".join(r"[\s-]+".join(re.escape(w) for w in lf.split()) for lf in long_forms)
    written = "|".join(re.escape(a) for a in abbreviations)
    return re.compile(rf"(?<![\w-])(?:(?i:{spelt})|{written})(?![\w-])"), names


def _one_name_per_instrument(text: str) -> str:
    """"Harris Hip Score" and "HHS" read alike, "Oxford Hip Score" as "OHS": instruments that
    share words ("hip score") are not one outcome."""
    pattern, names = _instruments()
    return pattern.sub(lambda m: names.get(m.group(0)) or names[re.sub(r"[\s-]+", " ", m.group(0).lower())], text)


def _expand_abbreviations(text: str) -> str:
    text = _one_name_per_instrument(text)
    pattern, entries = _abbreviation()
    text = pattern.sub(lambda m: entries.get(m.group(1), m.group(1)), text) if pattern.search(text) else text
    phrases, meanings = _phrases()
    if phrases is not None:
        lowered = text.lower()
        # A plain loop, not any(<generator>): the generator's overhead cost more than the
        # few dozen substring tests.
        for literal in _phrase_literals():
            if literal in lowered:
                if phrases.search(text):
                    text = phrases.sub(lambda m: meanings[" ".join(m.group(1).lower().split())], text)
                break
    return text


@lru_cache(maxsize=65536)
def _searchable(text: str) -> str:
    """`text` as `measured_stems` reads it: abbreviations spelt out, "re-intervention" as
    "reintervention". Cached: the sentences of the CER are read as facts and as blocks."""
    return _RE_PREFIX.sub(r"\1", _expand_abbreviations(text))


@lru_cache(maxsize=1)
def _quantity_groups() -> dict[str, str]:
    """Stem -> group key, for words that name one measured quantity (failure ~ survival).
    A group that shares a word with an earlier one joins it ("death" ~ "died" ~ "mortality")."""
    groups: dict[str, str] = {}
    all_groups = [*claim_language()["measured_quantities"]["groups"],
                  *_outcome_wording()["groups"]["entries"],
                  *_outcome_wording().get("more_groups", {}).get("entries", [])]
    for index, words in enumerate(all_groups):
        stems = [word.lower()[:5] for word in words]
        # A group holding a generic word ("rate") stays generic as a whole.
        key = "rate" if "rate" in words else next((groups[s] for s in stems if s in groups), f"#{index}")
        for stem in stems:
            groups.setdefault(stem, key)
    return groups


def measured_stems(text: str) -> set[str]:
    """Stems of a text, with words of one measured quantity folded to one key."""
    return set(_measured_stems(text))


# "re-intervention" / "reintervention", "ré-hospitalisation": the prefix is spelt either way.
_RE_PREFIX = re.compile(r"\b(re|ré|Re|Ré|RE)-(?=[^\W\d_])")


@lru_cache(maxsize=65536)
def _measured_stems(text: str) -> frozenset[str]:
    # Cached: the same CER sentences are facts, blocks and table rows.
    groups = _quantity_groups()
    words = re.sub(r"(?<=\w)-(?=\w)", " ", _searchable(text))
    qualifiers = _qualifiers()
    found = {groups.get(s, s) for s in key_stems(words) if s not in qualifiers}
    # "Median OS 16.1 months": a two-letter abbreviation is a word too (too short for
    # `key_stems`), in text that is not written in capitals throughout
    if any(c.isupper() for c in words) and any(c.islower() for c in words):
        found |= {m.lower() for m in _TWO_CAPITALS.findall(words) if m not in _short_acronym_stopwords()}
    return frozenset(found)


_TWO_CAPITALS = re.compile(r"(?<![\w-])([A-Z]{2})(?![\w-])")


@lru_cache(maxsize=1)
def _short_acronym_stopwords() -> frozenset[str]:
    return frozenset(_outcome_wording()["short_acronym_stopwords"]["words"])


# A criterion's target ("< 8 %", "± 10 mmHg", "= 0") and the unit after a number say what is
# acceptable, not what is measured.
_CRITERION_TAIL = re.compile(r"\s*(?:[<>=≈±]|\+/-|\+-)\s*[\d.,]")
_UNIT_AFTER_NUMBER = re.compile(r"\d[\d.,]*\s*(?:mmHg|cmH2O|mbar|kPa|mmol|µmol|bpm|min|sec|"
                                r"points?|Punkte?|pts)\b", re.IGNORECASE)
# "freedom from X", "absence of X", "Freiheit von X", "exempt de X": the complement of X's rate
# (a survival-type estimate) measures X itself.
_FREEDOM = re.compile(r"\b(?:freedom|free|absence|Freiheit|frei|exempt|absence|libre|exemption)\s+"
                      r"(?:from|of|von|de|d'|du|des)\b\s*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _time_origin() -> re.Pattern[str]:
    """"from diagnosis", "after treatment", "seit Implantation": where a duration is counted from
    (vocabulary/outcome_quantities.yaml `time_origins`)."""
    entry = _outcome_wording()["time_origins"]
    before = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(entry["origin_words"], key=lambda t: (-len(t), t)))
    words = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(entry["words"], key=lambda t: (-len(t), t)))
    return re.compile(r"(?<![\w-])(?:" + before + r")\s+(?:(?:the|la|le|l'|les|der|die|dem|den|il|lo|la|el|de)\s+)?"
                      r"(?:index\s+|initial\s+)?(?:" + words + r")(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _assessment_method() -> re.Pattern[str]:
    """"on duplex", "assessed by CT", "à l'écho-Doppler", "mittels Ultraschall": how an outcome
    is assessed (vocabulary/outcome_quantities.yaml `assessment_methods`)."""
    entry = _outcome_wording()["assessment_methods"]

    def alternatives(words):
        return "|".join(r"\s+".join(map(re.escape, w.split()))
                        for w in sorted(set(words), key=lambda t: (-len(t), t)))

    methods = alternatives(entry["words"])
    return re.compile(r"(?<![\w-])(?:" + alternatives(entry["connectors"]) + r")\s*(?:(?:the|a|an|le|la|les|l'|"
                      r"dem|der|den|il|lo|el|de)\s+)?(?:[\w-]+\s+){0,2}?(?:" + methods + r")(?:\s+(?:" + methods +
                      r"))*(?![\w-])", re.IGNORECASE)


def _alternatives(words) -> str:
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(set(words), key=lambda t: (-len(t), t)))


@lru_cache(maxsize=1)
def _causal_connector() -> re.Pattern[str]:
    """"because of", "due to", "leading to", "wegen": a connector between an event and its cause
    (vocabulary/outcome_quantities.yaml `causal_connectors`)."""
    return re.compile(r"(?<![\w-])(?:" + _alternatives(_outcome_wording()["causal_connectors"]["words"]) +
                      r")(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _reference_standard() -> re.Pattern[str]:
    """"agreement with reference manometry", "accuracy against arterial line": an agreement outcome
    and the reference standard after it, to the end of the clause (group 1 is the outcome word;
    vocabulary/outcome_quantities.yaml `reference_standards`)."""
    entry = _outcome_wording()["reference_standards"]
    return re.compile(r"(?<![\w-])(" + _alternatives(entry["outcomes"]) + r")\s+(?:" + _alternatives(entry["connectors"]) +
                      r")(?![\w-])[^,;:()\d]*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _measurement_condition() -> re.Pattern[str]:
    """"at prescribed flow", "at the programmed rate", "au débit prescrit", "bei eingestellter
    Förderrate": the device setting under which an outcome is measured
    (vocabulary/outcome_quantities.yaml `measurement_conditions`)."""
    entry = _outcome_wording()["measurement_conditions"]

    def alternatives(words):
        return "|".join(r"\s+".join(map(re.escape, w.split()))
                        for w in sorted(set(words), key=lambda t: (-len(t), t)))

    connector, setting, quantity = (alternatives(entry[key]) for key in ("connectors", "settings", "quantities"))
    # the setting word before the quantity ("at the prescribed flow") or after it ("au débit
    # prescrit", "au niveau de pression prescrit")
    return re.compile(r"(?<![\w-])(?:" + connector + r")\s+(?:(?:" + setting + r")\s+(?:[\w-]+\s+){0,2}?(?:" +
                      quantity + r")(?:\s+(?:" + quantity + r"))*|(?:" + quantity + r")\s+(?:[\w'-]+\s+){0,2}?(?:" +
                      setting + r"))(?![\w-])", re.IGNORECASE)


def outcome_stems(text: str) -> set[str]:
    # "patient-reported satisfaction": the parts of a compound count as words of their own, so
    # its generic part ("patient") is dropped like the word alone would be.
    name = _CRITERION_TAIL.split(outcome_name(text))[0]
    name = _COMPARED_WITH.split(name)[0]
    name = _FREEDOM.sub(" ", _UNIT_AFTER_NUMBER.sub(" ", name))
    # "Median OS from diagnosis": when the clock starts is not what is measured
    name = _time_origin().sub(" ", name)
    # "Haemostasis within 5 minutes of application": the window it is counted in, neither
    name = _TIME_WINDOW.sub(" ", name)
    # "Anatomical occlusion on duplex": how it is assessed is not what is measured
    name = _assessment_method().sub(" ", name)
    # "Mean SpO2 at prescribed flow": the device setting it is measured at is not what is measured
    name = _measurement_condition().sub(" ", name)
    # "Discontinuation because of intolerance": the connector links event and cause, naming neither
    name = _causal_connector().sub(" ", name)
    # "Agreement with reference manometry": the reference standard is not what is measured
    name = _reference_standard().sub(r"\1 ", name)
    # "Successful placement at the cavo-atrial junction": where the device should end up is the
    # target of a placement outcome, not another outcome ("correct position 92 %" reports it)
    # ("Position correcte de l'extrémité ...": read once its phrase is spelt as the outcome word)
    if _PLACEMENT_CUE.search(name):
        name = _PLACEMENT_SITE.sub(r"\1 ", _searchable(name))
    return {s for s in measured_stems(name) if s not in _GENERIC}


# A time window an outcome is counted in, with the event that opens it: "within 5 minutes of
# application", "in the first 24 h after placement", "dans les 10 minutes suivant l'application",
# "innerhalb von 48 Stunden nach dem Eingriff", "entro 30 giorni dall'intervento". When the
# outcome is counted is not what is measured ("immediate haemostasis" reports it); whether the
# window is the CEP's is the time-point check's business.
_WINDOW_UNIT = (r"(?:s|sec|secs|seconds?|min|mins|minutes?|h|hrs?|hours?|d|days?|wk|wks|weeks?|mos?|mths?|months?|y|yrs?|years?|"
                r"secondes?|heures?|jours?|semaines?|mois|ans|années?|Sekunden|Minuten|Stunden|Std|Tagen?|Wochen|"
                r"Monaten?|Jahren?|secondi|minuti|ore|giorni|settimane|mesi|anni|segundos|minutos|horas|días|semanas|"
                r"meses|años)")
_TIME_WINDOW = re.compile(
    r"(?<![\w-])(?:within|in\s+the\s+first|during\s+the\s+first|in\s+less\s+than|dans\s+les|en\s+moins\s+de|"
    r"innerhalb(?:\s+von)?|binnen|entro(?:\s+(?:i|le))?|en\s+los\s+primeros|en\s+las\s+primeras|en\s+menos\s+de|"
    r"dentro\s+de)\s+(?:\d[\d.,]*|one|two|three|five|ten)\s*-?\s*" + _WINDOW_UNIT +
    r"(?:\s+(?:of|after|following|post|from|since|de|d'|suivant|qui\s+suivent|après|nach|ab|seit|dopo|dall[a']?|dal|"
    r"tras|desde|después\s+de)\s*(?:(?:the|an?|l'|la|le|les|der|die|dem|den|il|lo|el)\s*)?[^\W\d_][\w'-]*)?(?![\w-])",
    re.IGNORECASE)


# A placement or position outcome and the site named after it: "placement at the IVC-RA
# junction", "tip position in the lower third of the SVC", "Lage an der Einmündung ...",
# "position au niveau de ...", "posizionamento nella ...". The site runs to the end of the clause.
_PLACEMENT_WORD = (r"(?:placement|placements|position|positions|positioning|placed|positioned|malposition|"
                   r"Lage|Position|Positionierung|positionnement|mise\s+en\s+place|posizionamento|posizione|"
                   r"posición|colocación)")
_PLACEMENT_CUE = re.compile(r"(?i:placement|position|placed|Lage|mise\s+en\s+place|posizion|posición|colocación)")
_PLACEMENT_SITE = re.compile(
    r"\b(" + _PLACEMENT_WORD + r")\s+(?:(?:of\s+the\s+(?:catheter\s+|lead\s+|electrode\s+|tube\s+)?tip|de\s+l'extrémité(?:\s+du\s+\w+)?|"
    r"de\s+la\s+pointe(?:\s+du\s+\w+)?|der\s+\w*spitze|della\s+punta(?:\s+del\s+\w+)?|"
    r"de\s+la\s+punta(?:\s+del\s+\w+)?)(?![\w-])\s*)?"
    r"(?:(?:at|in|within|into|on|au\s+niveau\s+de|à|dans|an|in|auf|nella|nel|alla|al|en)\s+[^,;:()\d]+)?",
    re.IGNORECASE)


# What the outcome is compared with is not the outcome: "exacerbations per patient-year,
# compared to literature for other airway clearance techniques", "... versus sham".
_COMPARED_WITH = re.compile(
    r"[,;]?\s+(?:compared (?:to|with)|in comparison (?:to|with)|relative to|versus|vs\.?|"
    r"verglichen mit|im Vergleich zu|par rapport (?:à|au|aux)|comparée?s? (?:à|au|aux)|"
    r"rispetto (?:a|al|alla|ai)|en comparación con|comparad[oa]s? con|vergeleken met)\s", re.IGNORECASE)


# A label that names a kind of outcome or a numbered item, not an outcome: "Primary endpoint",
# "Criterion 2", "Objective", "Sicherheit", "Critère principal".
_LABEL_NOT_A_NAME = re.compile(
    r"^(?:(?:primary|secondary|main|key|principal|first|second|third|other|tertiary|exploratory|co-primary|"
    r"clinical|overall|primaire|secondaire|principal|primär|sekundär|haupt|primari[oa]|secondari[oa]|"
    r"primario|secundari[oa])\s+)*(?:end-?points?|outcomes?|objectives?|goals?|aims?|criteri(?:a|on)|benefits?|"
    r"measures?|parameters?|targets?|definitions?|hypothes[ie]s|safety|efficacy|performance|effectiveness|"
    r"objectifs?|critères?|bénéfices?|sécurité|performances?|efficacité|Ziel\w*|Nutzen|Kriteri\w*|"
    r"Endpunkt\w*|Sicherheit|Leistung|Wirksamkeit|obiettiv[oi]|criteri[oa]?|benefici[oa]?|sicurezza|"
    r"objetivos?|criterios?|seguridad|eficacia|doel\w*|criteri(?:um|a))?(?:\s*(?:\d+|[A-Z]|[ivx]+))?$",
    re.IGNORECASE)


# "attributable to the pump mechanism", "related to the implant", "lié au dispositif", "bedingt
# durch das Implantat": whose fault the event is, not which event it is.
_ATTRIBUTION = re.compile(
    r"\s+(?:(?:directly|possibly|probably|definitely)\s+)?(?:attributable|attributed|related|due|caused|associated|"
    r"linked|secondary|imputables?|liée?s?|dûe?s?|causée?s?|associée?s?|attribuables?|bedingt|verursacht|"
    r"zurückzuführen|zurückführbar|im Zusammenhang|correlat[oaie]|dovut[oaie]|causad[oa]s?|relacionad[oa]s?|"
    r"atribuibles?|debid[oa]s?)\s+(?:to|by|with|à|au|aux|par|avec|durch|auf|mit|a|al|alla|da|con|del)\b.*$",
    re.IGNORECASE)
# "overdose events", "bleeding episodes", "cas de surdosage": a container noun after the event
# named; "adverse events" stays named by "adverse".
_EVENT_NOUN = re.compile(r"(?<=[^\W\d_]{3})\s+(?:events?|episodes?|incidents?|cases?|occurrences?|"
                         r"événements?|épisodes?|Ereignisse?|Episoden?|Fälle?|eventi|episodi|eventos?|episodios?)\b",
                         re.IGNORECASE)
# A criterion stated as an absence: "no implant-related death", "aucun décès", "keine Todesfälle".
_NEGATED_CRITERION = re.compile(r"^\W*(?:no|zero|absence of|freedom from|aucune?|pas de|absence de|keine?|kein\w*|"
                                r"nessun[oa]?|ningún|ningun[oa]|sin)\b", re.IGNORECASE)


def _event_stems(text: str) -> set[str]:
    """The stems of the event a criterion stated as an absence names, without whose fault it is
    and without qualifiers: "No unexplained overdose events attributable to the pump mechanism"
    -> the stems of "overdose". Empty for a criterion not stated as an absence."""
    name = outcome_name(text)
    if not _NEGATED_CRITERION.match(name):
        return set()
    name = _EVENT_NOUN.sub("", _ATTRIBUTION.sub("", name))
    core = {s for s in outcome_stems(name) if s not in _absence_qualifiers()}
    return core if 1 <= len(core) <= 3 else set()


# A block giving a rate or count: "0.2 %", "1 of 412", "3/120", "6.1 per 100 patient-years".
_RATE = re.compile(r"\d\s*%|\d\s*(?:/|of|sur|von|su|de)\s*\d|\bper\s+\d|\d\s+(?:patients?|subjects?)\b",
                   re.IGNORECASE)


def outcome_label(text: str) -> tuple[str, set[str]]:
    """The name an outcome line gives before its colon, with its stems: "Adequate gas
    exchange: SpO2 within the target range ..." -> "Adequate gas exchange". ("", set()) when
    the label is a kind of outcome ("Primary endpoint:", "Safety:") or there is none."""
    if " | " in text or ":" not in text:
        return "", set()
    label, rest = text.split(":", 1)
    label = label.strip()
    if (not rest.strip() or len(label.split()) > 6 or _LABEL_NOT_A_NAME.match(label)
            or _OUTCOME_CUE.search(label)):
        return "", set()
    stems = outcome_stems(label)
    return (label, stems) if len(stems) >= 2 else ("", set())


# Time points and follow-up in months: "at 36 months", "36-month", "after 36 mo", "at 3 years",
# "3-year", "à 3 ans", "nach 36 Monaten", "a 3 anni", "a los 3 años", "na 3 jaar", "6 weeks".
_MONTHS_PER = {"h": 1 / 730.5, "d": 1 / 30.44, "w": 1 / 4.348, "mo": 1.0, "y": 12.0}


# The CER says the later result is still to be confirmed ("the 5-year criterion will be
# confirmed by the PMCF registry"); a plan to measure ("will be measured annually in the PMCF
# study") acknowledges nothing.
_DEFERRED_TO_PMCF = re.compile(
    r"\b(?:will be (?:confirmed|demonstrated|verified)|(?:is|are|remains?) to be (?:confirmed|demonstrated|shown)|"
    r"wird (?:\w+ )*(?:bestätigt|nachgewiesen) werden|sera (?:confirmée?|démontrée?)|"
    r"sarà (?:confermat|dimostrat)\w*|se (?:confirmará|demostrará)|zal worden bevestigd)",
    re.IGNORECASE)


# The same patterns for `Block.folded` (lower case, same length): several times faster than
# re.IGNORECASE on the thousands of result sentences of a long CER.
_FOLDED_DEFERRED_TO_PMCF = lowered_pattern(_DEFERRED_TO_PMCF)


def _point_months(text: str) -> list[float]:
    return [number * _MONTHS_PER[unit] for number, unit in _time_points(text) if unit in _MONTHS_PER]


@lru_cache(maxsize=4096)
def _months(text: str) -> float | None:
    """The latest time point of a CEP criterion, in months; None without one. Time points the
    CEP assigns to the PMCF ("at 1 and 2 years (pre-market), 5 and 10 years (PMCF)") are not
    asked of the CER."""
    months = _point_months(_PMCF_TIME_POINTS.sub(" ", text))
    return max(months) if months else None


# The part of a criterion that a bracket or phrase assigns to post-market follow-up: "5 and 10
# years (PMCF)", "10 years in the PMCF", "à 5 ans (SCAC)".
_PMCF_TIME_POINTS = re.compile(
    r"(?:^|(?<=[,;]))[^,;]*?(?:\(\s*(?:PMCF|post-?market[^)]*|SCAC|SCPC)\s*\)|"
    r"\b(?:in|within|during|through|via|by)\s+(?:the\s+)?(?:PMCF|post-?market\s+(?:clinical\s+)?follow-?up)\b)",
    re.IGNORECASE)


def _spell(months: float) -> str:
    if months >= 24 and abs(months / 12 - round(months / 12)) < 0.05:
        return f"{round(months / 12)} years"
    if months >= 1 and abs(months - round(months)) < 0.05:
        return _counted(round(months), "month")
    weeks = months * 4.348
    return _counted(round(weeks), "week") if weeks >= 1 else _counted(round(months * 30.44), "day")


def _counted(number: int, unit: str) -> str:
    return f"{number} {unit}" if number == 1 else f"{number} {unit}s"


# A sentence that plans, restates a criterion or defers ("will be assessed at 36 months",
# "acceptance criterion", "PMCF will report", "annually thereafter") reports no result.
_NOT_A_RESULT = re.compile(
    r"\b(?:will|shall|planned|plans?|to be|pending|ongoing|thereafter|expected|scheduled|PMCF|"
    r"acceptance|criteri\w*|target|threshold|endpoint defined|"
    # "the objective of the study", not "objective cure was 84 %" or "objective response 58 %"
    r"objective(?!\s+(?:cure|response|tumou?r\w*|success|improvement|remission|continence|dryness|"
    r"rates?|results?|findings?|measures?|assessments?|evidence|data))|sera|seront|prévu\w*|"
    r"critère|wird|werden|geplant|Akzeptanz\w*|Kriteri\w*|sarà|saranno|previst\w*|será|serán|"
    r"zal|zullen|gepland)\b", re.IGNORECASE)
# on `Block.folded`: "12 months", "3-year", "one year", "deux ans", "einem Jahr". Two patterns,
# each led by what it can start with (a digit, a number word): CPython then skips the other
# positions quickly, which it cannot do for the alternation of both.
_TIME_CUES = (re.compile(r"\d\s*-?\s*[hdwmyjtasgou]"),
              with_first_character_lookahead(re.compile(
                  r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|thirty-six|"
                  r"une?|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|dix-huit|vingt-quatre|trente-six|"
                  r"ein\w{0,2}|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|achtzehn|vierundzwanzig|"
                  r"sechsunddreißig|uno|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|dodici|diciotto|ventiquattro|"
                  r"trentasei|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|dieciocho|veinticuatro|seis|"
                  r"één|twee|drie|vijf|zes|tien|twaalf)[\s-]+"
                  r"(?:y|mo|w|d|h|an|jahr|monat|woche|tag|ann|mes|año|jaar|maand)")))


_DIGIT_TIME_CUE, _WORD_TIME_CUE = _TIME_CUES
# The unit first: "at month 6", "week 6", "Monat 12", "in the first year" (see `_UNIT_FIRST`).
_UNIT_FIRST_CUE = with_first_character_lookahead(re.compile(
    r"\b(?:day|week|month|year|jour|semaine|mois|année|tag|woche|monat|jahr|giorno|settimana|mese|anno|"
    r"día|dia|semana|mes|año)\s*-?\s*\d|\b(?:first|1st|première|premier|ersten|primo|primer)\s+"
    r"(?:year|month|week|année|mois|semaine|jahr|monat|woche|anno|mese|año)"))


# A time unit in words, one of which a time point without "<digit> <unit>" holds ("six months",
# "month 6", "un an", "einem Jahr"): plain `in` tests before the number-word and unit-first
# patterns, whose look-aheads cannot skip the common letters number words start with.
_TIME_UNIT_WORDS = ("hour", "hr", "heure", "stund", "std", " ore", "horas", "uur", "day", "jour", "tag", "giorn", "día", "dia", "dagen",
                    "week", "wk", "semaine", "woche", "settiman", "semana", "weken", "month", "mois", "monat", "mese",
                    "mesi", "meses", "maand", "year", "yr", "un an", " ans", "année", "jahr", "anni", "anno", "año",
                    "jaar")


def _has_time_cue(folded: str) -> bool:
    # Plain tests, not any(<generator>): asked of every block of the CERs (12,000 on a
    # 1,000-page dossier), where the generator's overhead was a third of the cost.
    if _DIGIT_TIME_CUE.search(folded) is not None:
        return True
    for word in _TIME_UNIT_WORDS:
        if word in folded:
            return _WORD_TIME_CUE.search(folded) is not None or _UNIT_FIRST_CUE.search(folded) is not None
    return False


# A table header naming when its results were measured: "Result at 3 years", "Results at 12
# months", "Ergebnis nach 3 Jahren", "Résultat à 3 ans", "Risultato a 3 anni", "Resultado a los 3 años".
_RESULT_COLUMN_AT = re.compile(
    r"\b(?:results?|outcomes? at|ergebnis\w*|résultats?|risultat[oi]|resultados?|resultaten?)\b"
    r"[^|]{0,20}?\d", re.IGNORECASE)
# A cell with a measured value: a percentage, a rate or a number with a unit.
_RESULT_VALUE = re.compile(r"\d(?:[.,]\d+)?\s*%|\d+\s*/\s*\d+|\|\s*\d+(?:[.,]\d+)?\s*(?:\w+\s*)?\|")


def _another_label(block, named) -> bool:
    """Whether table row `block` is keyed by a first cell other than row `named`'s: a label in
    words that is not a time point ("Safety" beside "Quality of life"); an empty first cell or a
    time point alone ("36 months", "at 3 years") continues the row above."""
    if block is named or block.kind.value != "table_row" or named.kind.value != "table_row":
        return False
    if not block.cells or not named.cells or block.row_index == 0:
        return False
    first, own = block.cells[0].strip(), named.cells[0].strip()
    if not first or not any(c.isalpha() for c in first) or first.casefold() == own.casefold():
        return False
    return not (len(first.split()) <= 3 and _point_months(first))  # "At 36 months", "Year 3"


# Sections that describe the device's intended purpose, indications, contraindications, users
# or warnings (vocabulary/section_titles.yaml): their time points are eligibility windows ("< 4
# weeks from onset") or durations of use ("hospital stay of 24 hours"), not times of results.
_PURPOSE_KINDS = ("intended_purpose", "indications", "contraindications", "users_environment",
                  "warnings_precautions")
# What such a heading says when it reports results too: "Indications and clinical results".
_RESULTS_IN_HEADING = re.compile(r"\b(?:results?|outcomes?|performance|safety|data|résultats?|données|Ergebnis\w*|"
                                 r"Daten|risultat\w*|dati|resultados?|datos|resultaten|gegevens)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _purpose_heading() -> re.Pattern[str]:
    titles = load("vocabulary/section_titles")["titles"]
    terms = sorted({term for kind in _PURPOSE_KINDS for words in titles[kind]["terms"].values() for term in words},
                   key=lambda t: (-len(t), t))
    # "3 Intended purpose (REQ-IU)", "Chapter 2 – Intended purpose", "IV. Contre-indications"
    numbering = r"(?:(?:chapter|section|chapitre|kapitel|capitolo|capítulo|§)\s*)?(?:[\dIVXivx]+[.)]?)*(?:\s*[-–—:.]\s*|\s+)?"
    return re.compile(r"^\s*" + numbering + r"(?:" + "|".join(r"\s+".join(map(re.escape, t.split())) for t in terms)
                      + r")(?![\w-])", re.IGNORECASE)


@lru_cache(maxsize=16384)  # per section, as `_in_glossary`
def _in_purpose_section(section: str | None) -> bool:
    """Whether a section describes the intended purpose, indications, contraindications, users or
    warnings, and not results too."""
    return bool(section) and bool(_purpose_heading().match(section)) and not _RESULTS_IN_HEADING.search(section)


class _Horizons:
    """The time points at which the CER reports results, per sentence, built once per dossier."""

    def __init__(self, facts: FactBase, cers, wanted: set[str]) -> None:
        self.facts = facts
        # text, document, block, start, end, and the key of its paragraph or table
        self.sentences: list[tuple[str, object, object, int, int, tuple]] = []
        self.section_rows: dict[tuple[str, tuple], list[int]] = {}
        self.header_months: dict[tuple[str, tuple], float] = {}
        # Per block text, whether it holds a time point: the appraisals of a long CER annex
        # repeat whole paragraphs.
        time_cues: dict[str, bool] = {}
        # Per heading path, whether it opens a background section: thousands of blocks share
        # a few hundred paths.
        background: dict[tuple[str, ...], bool] = {}
        for document in cers:
            for block in document.blocks:
                is_row = block.kind is BlockKind.TABLE_ROW
                if not is_row:
                    cue = time_cues.get(block.folded)
                    if cue is None:
                        cue = time_cues[block.folded] = _has_time_cue(block.folded)
                    if not cue:
                        continue
                # The state of the art reports other therapies' results, not the device's; the
                # intended purpose and contraindications give eligibility windows, not results.
                if _in_glossary(block.section) or _in_purpose_section(block.section):
                    continue
                in_background = background.get(block.heading_path)
                if in_background is None:
                    in_background = background[block.heading_path] = background_heading(block.heading_path)
                if in_background:
                    continue
                text = block.normalized
                spans = [(0, len(text))] if is_row else sentences(block)
                if is_row:
                    key = (document.path, tuple(block.heading_path))
                else:
                    key = (document.path, id(block))  # a paragraph: its sentences go together
                if is_row and key not in self.section_rows \
                        and _RESULT_COLUMN_AT.search(text):
                    # a header "Outcome | Result at 3 years | CEP criterion": its rows report
                    # their results at that time point
                    months = _point_months(text)
                    if months:
                        self.header_months[key] = max(months)
                for start, end in spans:
                    self.section_rows.setdefault(key, []).append(len(self.sentences))
                    self.sentences.append((text[start:end], document, block, start, end, key))
        self.stems = _stems_of_texts_with([t[0] for t in self.sentences], wanted)
        # stem -> the numbers of the sentences holding it: `latest_for` visits only those
        self.by_stem: dict[str, list[int]] = {}
        for number, held in enumerate(self.stems):
            for stem in held:
                self.by_stem.setdefault(stem, []).append(number)
        self._months: dict[int, float | None] = {}  # see `_result_months`
        self._months_of_text: dict[tuple, float | None] = {}
        self._deferrals: dict[int, re.Match[str] | None] = {}

    def latest_for(self, stems: set[str], needed: int):
        """(months, location) of the latest time point of a CER result on the outcome: in a
        sentence naming it, or in the table rows of a section where a row names it."""
        shared = Counter(number for stem in stems for number in self.by_stem.get(stem, ()))
        return self._latest(sorted(n for n, count in shared.items() if count >= needed), stems)

    def latest_named(self, names: set[str]):
        """`latest_for` the sentences that name the outcome by an abbreviation of it ("MAS
        improved by 1.6 points at month 6" for "Modified Ashworth Scale"): `names` are its
        abbreviations (three letters at least), matched as whole words in any case form the
        dossier writes them ("KCCQ-OSS" holds "KCCQ")."""
        names = {name for name in names if len(name) >= 3}
        if not names:
            return None
        # an abbreviation as written ("MAS", not the Spanish "mas"), a long form in any case
        short = sorted(name for name in names if " " not in name)
        long = sorted(name.lower() for name in names if " " in name)
        pattern = re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, short)) + r")(?![^\W_])") if short else None
        found = []
        for number, (text, _, block, start, end, _) in enumerate(self.sentences):
            if pattern is not None and any(name in text for name in short) and pattern.search(text):
                found.append(number)
            elif long and any(name in block.folded[start:end] for name in long):
                found.append(number)
        return self._latest(found, set()) if found else None

    def latest_of_block(self, block):
        """`latest_for` a table row itself: the time point of its table's header or rows."""
        numbers = [number for number, sentence in enumerate(self.sentences) if sentence[2] is block]
        return self._latest(numbers, set()) if numbers else None

    def _latest(self, numbers: list[int], stems: set[str]):
        best = None
        seen_tables: set[tuple[str, tuple]] = set()
        candidates: list[int] = []
        for number in numbers:
            key = self.sentences[number][5]
            candidates.append(number)
            # "ECL was measured in 120 eyes. At 36 months it was 5.1 %": the other sentences of
            # the paragraph, and the other rows of the table, report the same outcome.
            if key not in seen_tables:
                seen_tables.add(key)
                # ... but not a sentence or row that names only other outcomes ("Mesh exposure
                # at 12 months was 1.2 %" after "At 6 months, objective cure was 84 %").
                # Nor a row of the table under another label of its first column ("Safety |
                # MACE at 30 days | 3.5 %" beside "Quality of life | >= +10 points | +14 points"):
                # its time point is another criterion's.
                candidates += [other for other in self.section_rows.get(key, [])
                               if (stems and self.stems[other] & stems)
                               or (not self.stems[other] and not _another_label(self.sentences[other][2],
                                                                                self.sentences[number][2]))]
        for number in dict.fromkeys(candidates):
            months = self._result_months(number)
            if months is not None and (best is None or months > best[0]):
                _, document, block, start, end, _ = self.sentences[number]
                best = (months, document.location(block, block.quote(start, end)))
        return best

    def _result_months(self, number: int) -> float | None:
        """The latest time point (months) at which a sentence reports a result; None when it
        gives none or reports no result. Kept per sentence: each outcome with a time point
        reads the sentences of the CER's results again (thousands in a long annex)."""
        if number in self._months:
            return self._months[number]
        text, _, block, start, end, key = self.sentences[number]
        # The answer depends on the sentence's text and its table header's time point alone:
        # kept per distinct text too, as a long annex repeats its sentences.
        folded = block.folded[start:end]
        same = (text, folded, key in self.header_months, self.header_months.get(key))
        if same in self._months_of_text:
            found = self._months[number] = self._months_of_text[same]
            return found
        found = self._months[number] = self._months_of_text[same] = self._months_of_sentence(number)
        return found

    def _months_of_sentence(self, number: int) -> float | None:
        text, _, block, start, end, key = self.sentences[number]
        found = None
        # Cheap first: a sentence without any time point (about half of those read) gives none,
        # whatever the searches below find, unless its table's header gives one. (Cutting a
        # deferral off below cannot make a time point appear: the cut ends at ";" or ",".)
        if key not in self.header_months and not _time_points(text):
            return None
        if not _FOLDED_NOT_A_RESULT.search(block.folded[start:end]):
            deferral = self._deferral(number)
            if deferral:  # "... at 12 months was 99.5 %; the 5-year criterion will be confirmed"
                text = text[:max(text.rfind(";", 0, deferral.start()), text.rfind(",", 0, deferral.start()), 0)]
            months = _point_months(text)
            found = max(months) if months else None
            if found is None and key in self.header_months and _RESULT_VALUE.search(text):
                found = self.header_months[key]
        return found

    def _deferral(self, number: int) -> re.Match[str] | None:
        """Where a sentence defers a result to PMCF ("will be confirmed"), if it does; kept per
        sentence (`latest_for` and `deferred` ask it of the same sentences)."""
        if number not in self._deferrals:
            _, _, block, start, end, _ = self.sentences[number]
            self._deferrals[number] = _FOLDED_DEFERRED_TO_PMCF.search(block.folded[start:end])
        return self._deferrals[number]

    def deferred(self, stems: set[str], needed: int) -> bool:
        """Whether a CER sentence naming the outcome defers its later result to PMCF."""
        shared = Counter(number for stem in stems for number in self.by_stem.get(stem, ()))
        return any(count >= needed and self._deferral(number) for number, count in shared.items())

    def longest_follow_up(self):
        """The longest follow-up of the CER's clinical data on the device itself: a study of
        another device ("Randomised (other TEER device) … 24 months") follows no patient with it."""
        best = None
        for fact in self.facts.of(FactKind.EVIDENCE, role=Role.CER):
            months = getattr(fact.value, "follow_up_months", None)
            if months and OTHER_OR_EQUIVALENT_DEVICE.search(fact.location.quote):
                continue
            if months and (best is None or months > best[0]):
                best = (float(months), fact.location)
        return best


def _stem_index(documents, wanted: set[str]) -> dict[str, set[int]]:
    """Stem (of `wanted`) -> the numbers of the CER blocks that contain it."""
    index: dict[str, set[int]] = {}
    texts = [_reporting_text(block) for document in documents for block in document.blocks]
    for number, stems in enumerate(_stems_of_texts_with(texts, wanted)):
        for stem in stems & wanted:
            index.setdefault(stem, set()).add(number)
    return index


def _stems_of_texts_with(texts: list[str], wanted: set[str]) -> list[set[str]]:
    """`measured_stems` of each text, computed only for texts that may hold a wanted stem
    (the others get an empty set). A stem is the start of a lower-cased word of the text with
    its inner hyphens made spaces, so it occurs there; a quantity key occurs when one of its
    words' stems does. One search of all texts joined finds the texts worth reading."""
    literals = _literals_of(frozenset(wanted))
    # Facts quote the same sentences again (an evidence entry and a result): each text once.
    distinct = list(dict.fromkeys(texts))
    # as `measured_stems` reads them: "re-interventions" holds the stem "reint"
    searched = [_searchable(text) for text in distinct]
    joined = _HYPHEN.sub(" ", "\n".join(searched)).lower()
    starts, offset = [], 0
    for text in searched:
        starts.append(offset)
        # The hyphens become spaces (same length); only lower-casing may change a length.
        offset += (len(text) if text.isascii() else len(text.lower())) + 1
    hit: set[int] = set()
    for literal in literals:
        at = joined.find(literal)
        while at >= 0:
            position = bisect_right(starts, at) - 1
            hit.add(position)
            if position + 1 >= len(starts):
                break
            at = joined.find(literal, starts[position + 1])
    hit_texts = {distinct[position] for position in hit}
    return [measured_stems(text) if text in hit_texts else set() for text in texts]


_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


@lru_cache(maxsize=256)
def _literals_of(keys: frozenset[str]) -> tuple[str, ...]:
    """The stems whose words stand for these keys: a quantity group's key stands for the
    stems of all its words, any other key for itself."""
    groups = _quantity_groups()
    literals = {key for key in keys if not key.startswith("#") and key != "rate"}
    literals |= {stem for stem, key in groups.items() if key in keys}
    return tuple(sorted(literals))


def _mentioned_together(stems: set[str], needed: int, index: dict[str, set[int]]) -> bool:
    """True when at least `needed` of the stems occur in one and the same CER block."""
    counts: dict[int, int] = {}
    for stem in stems:
        for block in index.get(stem, ()):
            counts[block] = counts.get(block, 0) + 1
            if counts[block] >= needed:
                return True
    return False


@lru_cache(maxsize=1)
def _absence_qualifiers() -> frozenset[str]:
    words = _outcome_wording().get("absence_qualifiers", {}).get("words", [])
    return frozenset(w.lower()[:5] for w in words)


# A CER statement that an outcome did not occur or did not differ from control: "no deaths
# occurred", "there was no death related to the implant", "0 deaths", "none of the patients
# died", "mortality did not differ (HR 0.98)", "aucun décès", "keine Todesfälle",
# "nessun decesso", "ningún fallecimiento".
_ABSENCE = re.compile(
    r"\b(?:no|none|zero|nil|without|neither|nor|free\s+(?:of|from)|aucune?|sans|kein\w*|ohne|nessun[oa]?|"
    r"senza|ningun[oa]?|ningún|sin)\b|(?<![\d.,])0\s*(?:/\s*\d+\s*)?(?:\(\s*0(?:[.,]0+)?\s*%\s*\)\s*)?[^\W\d_]|"
    r"\b(?:did|does|do)\s+not\s+(?:\w+\s+)?differ|\bnot\s+(?:significantly\s+)?(?:different|higher|increased)|"
    r"\b(?:comparable|similar)\s+(?:to|with|between|in)\b|\bno\s+(?:statistically\s+)?significant\s+difference|"
    r"\bpas\s+de\s+différence|\bkein\w*\s+(?:signifikanten?\s+)?Unterschied", re.IGNORECASE)
_SENTENCE_SPLIT = re.compile(r"(?<=[.;!?])\s+")


def _absence_statements(documents) -> list[tuple[str, str]]:
    """(lower-cased text with phrases expanded, sentence) of every CER sentence that states an
    absence or no difference; built once per dossier."""
    found = []
    for document in documents:
        for block in document.blocks:
            if not _ABSENCE.search(block.normalized) or _in_glossary(block.section) or _in_methods(block.section):
                continue
            for sentence in _SENTENCE_SPLIT.split(block.normalized):
                if _ABSENCE.search(sentence) and not _only_plans(sentence) and not not_assessed(sentence):
                    found.append((_expand_abbreviations(sentence).lower(), sentence))
    return found


def _reported_as_absent(stems: set[str], absences: list[tuple[str, str]]) -> bool:
    """True when a CER sentence states that the outcome did not occur or did not differ, in
    words that name its quantity without the qualifiers that narrow it: "no deaths occurred"
    reports "no device-related death", "no burns were observed" reports "serious thermal
    injury: none"."""
    core = {s for s in stems if s not in _absence_qualifiers()}
    if not core:
        return False
    needed = max(1, round(len(core) * 0.5))
    literals = _literals_of(frozenset(core))
    return any(any(literal in folded for literal in literals) and len(core & measured_stems(sentence)) >= needed
               for folded, sentence in absences)


@lru_cache(maxsize=1)
def _safety_heading() -> re.Pattern[str]:
    words = _outcome_wording().get("safety_result_headings", {}).get("words", [])
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alternatives})(?![^\W\d_])", re.IGNORECASE)


# A threshold in the criterion ("no loss of >= 2 lines in >= 95 % of eyes") makes it a rate to
# meet, and so does "freedom from X", which the CEP states as a proportion of patients.
_THRESHOLD_OR_FREEDOM = re.compile(r"[<>≤≥=±%]|^\W*(?:freedom|free|Freiheit|libre|exempt)\b", re.IGNORECASE)


def zero_tolerance(text: str) -> bool:
    """True for a criterion that tolerates no event and sets no rate: "no implant-related
    death", "zero device-related strokes", "absence of haemolysis", "aucun décès imputable au
    dispositif", "keine Explantation wegen Infektion". Not "freedom from endoleak" (a rate to
    meet), "no loss of >= 2 lines in >= 95 %" (a threshold) nor "no excess mortality compared
    with control" (a comparison, which needs the control's figure)."""
    return (bool(_event_stems(text)) and not _THRESHOLD_OR_FREEDOM.search(text.strip())
            and not _COMPARED_WITH.search(text))


def safety_listing(documents):
    """The Location of the first result of the CER's clinical safety section: a row or sentence
    giving a rate or count ("Wound infection | 1.4 % | SON-01", "hypotension occurred in 3.1 %
    of procedures") under a heading of vocabulary `safety_result_headings`, outside the state of
    the art, the methods and the plans. None when the CER reports no adverse events observed."""
    heading = _safety_heading()
    for document in documents:
        for block in document.blocks:
            section = block.section or ""
            if (block.kind is BlockKind.HEADING or not heading_matches(heading, section)
                    or heading_matches(_BACKGROUND_SECTION, section) or _in_methods(section) or _in_glossary(section)):
                continue
            if _RATE.search(block.normalized) and not _only_plans(block.normalized):
                return document.location(block, block.full_quote)
    return None


# The head noun of an English outcome name is its last word before a preposition: "Pressure
# necrosis of the finger/toe" names a necrosis, "Skin irritation at the sensor" an irritation.
_AFTER_HEAD = re.compile(r"\s(?:of|at|in|on|to|from|after|within|during|per|with|by|under)\s", re.IGNORECASE)
# An absence word right before the head: "no necrosis", "without any necrosis", "none of the
# necroses" (the literal is searched in lower-cased text).
_NO_BEFORE_HEAD = re.compile(r"\b(?:no|none\s+of\s+the|without(?:\s+any)?|zero|nil|free\s+(?:of|from))\s+"
                             r"(?:[a-z-]+\s+){0,1}$")


def _english_head(outcome: str) -> str | None:
    name = outcome_name(outcome)
    if not name.isascii():
        return None  # Romance languages put the head first: "nécrose de pression"
    words = _HEAD_WORDS.findall(_AFTER_HEAD.split(name, 1)[0])
    if not words:
        return None
    stems = outcome_stems(words[-1])
    if len(stems) != 1:
        return None
    (stem,) = stems
    return None if stem in _WEAK_HEADS or stem.startswith("#") else stem


def head_reported_as_absent(outcome: str, absences: list[tuple[str, str]]) -> bool:
    """True when a CER sentence states that the event the outcome's head names did not occur at
    all: "Skin erythema 1.1 %, no necrosis" reports "Pressure necrosis of the finger/toe", as
    no necrosis anywhere is no necrosis of a finger (the qualifiers only narrow the event)."""
    head = _english_head(outcome)
    if head is None:
        return False
    literals = _literals_of(frozenset({head}))
    for folded, _sentence in absences:
        for literal in literals:
            at = folded.find(literal)
            while at >= 0:
                if (at == 0 or not folded[at - 1].isalnum()) and _NO_BEFORE_HEAD.search(folded[max(0, at - 40):at]):
                    return True
                at = folded.find(literal, at + 1)
    return False


# --- Results reported under a shorter or abbreviated name -----------------------------------
# "Oswestry Disability Index (ODI) improvement" is reported by the CER row "ODI improvement |
# ≥ 15 points | 21.6 points | Yes"; "Specificity for normal sinus rhythm" by "NSR specificity";
# "Re-bleeding requiring intervention within 48 h" by "Re-bleeding within 48 h | 1.1 %".

# Words an abbreviation's letters skip ("Quality of Life" is QoL, "durée de séjour" DDS, the "s" of
# "St George's Respiratory Questionnaire", SGRQ).
_LINK_WORDS = frozenset("""s of for the and in on to with at by a an de du des la le les d l et en
der die das und von vom zur zum im am di del della dello dei e il lo y el los las van het voor""".split())
_WORDS = re.compile(r"[^\W\d_]+")
# "normal sinus rhythm (NSR)" and "NSR (normal sinus rhythm)".
_DEFINED_AFTER = re.compile(r"\(\s*([A-Z][A-Za-z0-9]{1,9}?)s?\s*\)")
_DEFINED_BEFORE = re.compile(r"\b([A-Z][A-Za-z0-9]{1,9}?)s?\s*\(([^()\d]{4,80})\)")
_ACRONYM = re.compile(r"(?<![\w-])([A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,3}?)s?(?!\w|-\d)")
_TIME_POINT = re.compile(
    r"(\d+(?:[.,]\d+)?)\s*-?\s*(h|hrs?|hours?|heures?|Stunden|Std|ore|horas|uur|d|days?|jours?|Tag(?:e|en)?|"
    r"giorni|días|dias|dagen|w|wks?|weeks?|semaines?|Wochen?|settimane|semanas|weken|m|mos?|mths?|months?|mois|"
    r"Monat(?:e|en)?|mesi|meses|maanden|y|yrs?|years?|ans?|années?|Jahr(?:e|en)?|anni|años|jaar)\b"
    # an age is no time point: "children implanted from 12 months of age", "aged 2 years",
    # "18 years and older", "12-year-old"
    r"(?!\s*(?:of age|old|and (?:older|above|over)|or (?:older|more)|d'âge|alt\b|di età|de edad))(?!-old)",
    re.IGNORECASE)
_TIME_UNIT = {"h": "h", "s": "h", "o": "h", "u": "h", "d": "d", "j": "d", "t": "d", "g": "d",
              "w": "w", "m": "m", "y": "y", "a": "y"}


def _letters(abbreviation: str) -> str:
    return "".join(c for c in abbreviation if c.isupper())


def _initials_spell(words: list[str], letters: str) -> bool:
    content = [w for w in words if w.lower() not in _LINK_WORDS]
    return (len(content) == len(letters) >= 2 and words[0].lower() not in _LINK_WORDS
            and strip_accents("".join(w[0] for w in content)).upper() == letters)


def dossier_abbreviations(documents) -> dict[str, str]:
    """Abbreviation -> long form, as the documents of a dossier define them: "normal sinus
    rhythm (NSR)", "NSR (normal sinus rhythm)". A long form is the run of words before (or in)
    the parenthesis whose initials spell the abbreviation's capitals; an abbreviation defined
    two different ways is left out."""
    found: dict[str, set[str]] = {}
    for document in documents:
        for block in document.blocks:
            text = block.normalized
            if "(" not in text:
                continue
            for match in _DEFINED_AFTER.finditer(text):
                letters = _letters(match.group(1))
                words = _WORDS.findall(text[max(0, match.start() - 120):match.start()])
                for size in range(len(letters), min(len(words), 2 * len(letters)) + 1):
                    if _initials_spell(words[-size:], letters):
                        found.setdefault(match.group(1), set()).add(" ".join(words[-size:]).lower())
                        break
            for match in _DEFINED_BEFORE.finditer(text):
                words = _WORDS.findall(match.group(2))
                if _initials_spell(words, _letters(match.group(1))):
                    found.setdefault(match.group(1), set()).add(" ".join(words).lower())
        for block in document.blocks:
            # A list of abbreviations: "| SGRQ | St George's Respiratory Questionnaire |",
            # "SGRQ: St George's Respiratory Questionnaire", "SGRQ – ...".
            cells = getattr(block, "cells", None) or ()
            pair = (cells[0].strip(), cells[1]) if len(cells) >= 2 else None
            if pair is None:
                match = _DEFINED_AS.match(block.normalized) if len(block.normalized) < 100 else None
                pair = (match.group(1), match.group(2)) if match else None
            if pair is None or not _ABBREVIATION_CELL.fullmatch(pair[0]):
                continue
            words = _WORDS.findall(pair[1])
            if _initials_spell(words, _letters(pair[0])):
                found.setdefault(pair[0], set()).add(" ".join(words).lower())
    return {abbreviation: next(iter(forms)) for abbreviation, forms in found.items() if len(forms) == 1}


_ABBREVIATION_CELL = re.compile(r"[A-Z][A-Za-z0-9]{1,9}")
_DEFINED_AS = re.compile(r"^\s*([A-Z][A-Za-z0-9]{1,9})\s*(?::|=|–|—|-|\t)\s*([^\d()|:]{4,80}?)\s*\.?\s*$")


# "aged 18 years", "âgés de 2 ans", "im Alter von 6 Monaten": the number that follows is an age.
_AGE_BEFORE = re.compile(r"(?:\baged?|\bâgée?s?\s+de|\bim Alter von|\bdi età|\bde edad|\bleeftijd van)\s*(?:from\s+|of\s+)?$",
                         re.IGNORECASE)


@lru_cache(maxsize=1)
def _number_words() -> tuple[re.Pattern[str], dict[str, int]]:
    """"at one year", "à deux ans", "nach einem Jahr": a number word before a time unit."""
    numbers = {str(k).lower(): int(v) for k, v in _outcome_wording()["number_words"]["entries"].items()}
    words = "|".join(re.escape(w) for w in sorted(numbers, key=lambda w: (-len(w), w)))
    # the units of `_TIME_POINT`, after a space or hyphen ("un d" is not "und")
    units = _TIME_POINT.pattern.split(r"(\d+(?:[.,]\d+)?)\s*-?\s*", 1)[1]
    return re.compile(r"\b(" + words + r")[\s-]+" + units, re.IGNORECASE), numbers


# every number word of vocabulary/outcome_quantities.yaml `number_words` before a word (lower case)
_NUMBER_WORD_CUE = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty-four|thirty-six|une?|deux|"
    r"trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|dix-huit|vingt-quatre|trente-six|ein\w{0,2}|zwei|drei|vier|"
    r"fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|achtzehn|vierundzwanzig|sechsunddreißig|uno|due|tre|quattro|"
    r"cinque|sei|sette|otto|nove|dieci|dodici|diciotto|ventiquattro|trentasei|dos|tres|cuatro|cinco|seis|siete|"
    r"ocho|nueve|diez|doce|dieciocho|veinticuatro|treinta y seis|één|twee|drie|vijf|zes|tien|twaalf)[\s-]+[a-zé]")


# The unit before the number, as visits are named: "at month 6", "Week 6", "by year 1", "Monat
# 12", "jour 30"; "in the first year" is the first of its unit. A calendar year ("year 2023")
# or a decimal is no visit.
_UNIT_FIRST = re.compile(
    r"\b(?:(days?|weeks?|months?|years?|jours?|semaines?|mois|années?|Tag|Woche|Monat|Jahr|giorno|settimana|mese|"
    r"anno|día|dia|semana|mes|año)\s*-?\s*(\d{1,3})(?![\d%])(?![.,]\d)|"
    r"(?:first|1st|première|premier|ersten|primo|primer)\s+(years?|months?|weeks?|année|mois|semaine|Jahr(?:es)?|"
    r"Monats?|Woche|anno|mese|año)\b)", re.IGNORECASE)
_UNIT_FIRST_KEY = {"day": "d", "jou": "d", "tag": "d", "gio": "d", "día": "d", "dia": "d",
                   "wee": "w", "sem": "w", "woc": "w", "set": "w",
                   "mon": "mo", "moi": "mo", "mes": "mo",
                   "yea": "y", "ann": "y", "jah": "y", "año": "y"}


@lru_cache(maxsize=65536)  # each CEP criterion with a time point reads the same CER sentences
def _time_points(text: str) -> frozenset[tuple[float, str]]:
    points = set()
    lowered = text.lower()
    in_words = any(word in lowered for word in _TIME_UNIT_WORDS)
    if in_words and _UNIT_FIRST_CUE.search(lowered):
        for match in _UNIT_FIRST.finditer(text):
            unit = (match.group(1) or match.group(3)).lower()
            key = _UNIT_FIRST_KEY.get(unit[:3])
            if key is not None:
                points.add((float(match.group(2) or 1), key))
    matches = list(_TIME_POINT.finditer(text))
    if in_words and _NUMBER_WORD_CUE.search(lowered):
        pattern, numbers = _number_words()
        matches += pattern.finditer(text)
    for match in matches:
        if _AGE_BEFORE.search(text, max(0, match.start() - 25), match.start()):
            continue
        number, unit = match.group(1), match.group(2)
        key = "mo" if unit.lower() in ("m", "mo", "mos", "mth", "mths", "mois") or unit.lower().startswith(("month", "monat", "mes", "maand")) else \
            _TIME_UNIT.get(unit[0].lower(), unit.lower())
        if unit.lower() in ("mesi", "meses"):
            key = "mo"
        elif unit.lower().startswith(("jahr", "jaar")):
            key = "y"  # not "jours"
        value = numbers[number.lower()] if not number[0].isdigit() else float(number.replace(",", "."))
        points.add((float(value), key))
    return frozenset(points)


def _same_time(these, those) -> bool:
    """Whether two sets of time points share one, "at one year" being "at 12 months"."""
    if these & those:
        return True
    months = {round(n * _MONTHS_PER[u], 1) for n, u in these if u in _MONTHS_PER}
    return any(round(n * _MONTHS_PER[u], 1) in months for n, u in those if u in _MONTHS_PER)


_RESULT_LIST_SPLIT = re.compile(r"\s*[;•]\s*")
_COMPARATOR = re.compile(r"[≥≤<>]|\bat (?:least|most)\b|\bno (?:more|less) than\b", re.IGNORECASE)
# A test statistic beside a result ("(p < 0.001)", "P<.05", "p ≤ 0,01", "p-value < 0.05") is
# no acceptance threshold: the cell reports a result and its significance.
_P_VALUE = re.compile(r"(?<![\w-])p(?:\s*-?\s*values?)?\s*(?:[<>≤≥=]|&lt;|&gt;)\s*0?[.,]\d+", re.IGNORECASE)


def _states_threshold(text: str) -> bool:
    """Whether `text` holds a comparator of a criterion ("≥ 3 points", "at least 80 %"), a
    test statistic ("p < 0.001") aside."""
    if not _COMPARATOR.search(text):
        return False
    return bool(_COMPARATOR.search(_P_VALUE.sub(" ", text))) if "p" in text.lower() else True


class _ShortNames:
    """Whether the CER reports a CEP outcome under a shorter or abbreviated name: a CER result
    (a table row or a "label: value" line with a number) whose label's content words are all
    among the outcome's words - at least two of them, or one and the same time point - once
    abbreviations are read as their long forms. Abbreviations count as defined by any document
    of the dossier, or, undefined, when their letters spell consecutive words of the outcome or,
    the other way round, words of the CER ("SGRQ" and "St George's Respiratory Questionnaire")."""

    def __init__(self, facts: FactBase, cers, cer_texts: list[str]) -> None:
        self.definitions = dossier_abbreviations(facts.documents_with_role(*Role))
        texts = [*cer_texts, *(text for document in cers for block in document.blocks
                               if (text := _reporting_text(block)))]
        # A result holds a number; each text once.
        self.results = [text for text in dict.fromkeys(texts) if _DIGIT.search(text)]
        # Searched as `measured_stems` reads words: "re-bleeding" holds the stem "reble".
        self.lowered = [_HYPHEN.sub(" ", _RE_PREFIX.sub(r"\1", text)).lower() for text in self.results]
        self.all_text = "\n".join(dict.fromkeys(texts))
        self.spelled: dict[str, str | None] = {}

    def _expand(self, text: str, own: dict[str, str]) -> str:
        # "Specificity (NSR)": an abbreviation in parentheses is a word of the name.
        text = _DEFINED_AFTER.sub(r" \1", text) if "(" in text else text
        def replace(match: re.Match[str]) -> str:
            word = match.group(1)
            return own.get(word) or self.definitions.get(word) or match.group(0)
        return _ACRONYM.sub(replace, text) if _ACRONYM.search(text) else text

    def _spelled_in_cer(self, abbreviation: str) -> str | None:
        """The first run of CER words whose initials spell an undefined abbreviation."""
        if abbreviation not in self.spelled:
            letters = _letters(abbreviation)
            match = _spelling(letters).search(self.all_text) if len(letters) >= 3 else None
            self.spelled[abbreviation] = match.group(0) if match else None
        return self.spelled[abbreviation]

    def _words_of(self, outcome: str) -> tuple[str, set[str], dict[str, str]]:
        """The outcome's name, its stems with abbreviations read as long forms, and the long
        forms of its own undefined abbreviations."""
        name = outcome_name(outcome)
        own: dict[str, str] = {}
        for word in _ACRONYM.findall(name):
            if word not in self.definitions and (form := self._spelled_in_cer(word)):
                own[word] = form
        name = self._expand(name, own)
        stems = outcome_stems(name)
        if not stems:
            return name, stems, own
        # An abbreviation the outcome itself names ("indice d'incapacité d'Oswestry (ODI)",
        # whose initials follow the English words) is one of its words.
        stems |= {word.lower()[:5] for word in _ACRONYM.findall(outcome)
                  if word not in self.definitions and word not in own and len(word) <= 5}
        words = [w for w in _WORDS.findall(name) if len(w) > 1]
        for start in range(len(words)):
            for end in range(start + 2, min(len(words), start + 6) + 1):
                run = words[start:end]
                if _initials_spell(run, "".join(w[0] for w in run if w.lower() not in _LINK_WORDS).upper()):
                    own.setdefault("".join(w[0] for w in run if w.lower() not in _LINK_WORDS).upper(),
                                   " ".join(run))
        return name, stems, own

    def __call__(self, outcome: str) -> bool:
        name, stems, own = self._words_of(outcome)
        if not stems:
            return False
        times = _time_points(outcome)
        # An abbreviation the outcome names for itself ("... (SGRQ)") identifies it alone.
        named = {word.lower()[:5] for word in _ACRONYM.findall(outcome) if len(_letters(word)) >= 3}
        literals = set(_literals_of(frozenset(stems))) | {a.lower() for a in own} | {
            a.lower() for a, form in self.definitions.items() if outcome_stems(form) & stems}
        needed = max(1, round(len(stems) * 0.5))
        # "... events (MANCE)": a result naming that abbreviation ("a MANCE-free rate of 94 %")
        # reports the outcome, however it words the rest.
        own_names = [word for word in _ACRONYM.findall(outcome) if len(_letters(word)) >= 3]
        own_name = (re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, own_names)) + r")(?![^\W_])")
                    if own_names else None)
        for text, lowered in zip(self.results, self.lowered):
            if not any(literal in lowered for literal in literals):
                continue
            if own_name is not None and own_name.search(text):
                return True
            expanded = self._expand(text, own)
            if len(outcome_stems(expanded) & stems) >= needed and not (" | " in text or ":" in text):
                return True  # prose that names the outcome in full
            if " | " in text and any(self._cell_reports(cell, own, stems, needed)
                                     for cell in text.split(" | ")):
                return True  # "Daytime sleepiness | ESS improved by 5.2 points"
            labels = [outcome_name(expanded)]
            before_colon = expanded.split(":", 1)[0].strip() if ":" in expanded and " | " not in expanded else ""
            if before_colon and before_colon != labels[0] and not _DIGIT.search(before_colon):
                labels.append(before_colon)  # "SGRQ: −7.9 vs −0.6": the label names the outcome
            if any(self._label_reports(expanded, label, stems, named, times) for label in labels):
                return True
        return False

    def _cell_reports(self, cell: str, own: dict[str, str], stems: set[str], needed: int) -> bool:
        """A table cell that names the outcome and a value, without a comparator: a result
        ("ESS improved by 5.2 points"), not a restated criterion ("ESS improvement >= 3")."""
        if not _DIGIT.search(cell) or _states_threshold(cell):
            return False
        if len(outcome_stems(self._expand(cell, own)) & stems) >= needed:
            return True
        # "SSS reduction 28 points; NPV ratio 71 %; skin burns 1 %": a cell listing several
        # results reports each of them.
        pieces = _RESULT_LIST_SPLIT.split(cell) if ";" in cell or "•" in cell else ()
        return any(_DIGIT.search(piece) and len(outcome_stems(self._expand(piece, own)) & stems) >= needed
                   for piece in pieces)

    @staticmethod
    def _label_reports(expanded: str, label: str, stems: set[str], named: set[str], times) -> bool:
        """True when the result `expanded`, labelled `label`, reports the outcome."""
        if not _DIGIT.search(expanded[len(label):] if expanded.startswith(label) else expanded):
            return False
        label_stems = outcome_stems(label)
        if not label_stems or not label_stems <= stems:
            return False
        # "Re-bleeding (48 h)": the time point may stand in the label's parenthesis.
        cell = next((c for c in _CELL_SPLIT.split(expanded) if label and label in c), label)
        label_times = _time_points(cell)
        same = _same_time(label_times, times)
        if label_times and times and not same:
            return False  # another time point: another endpoint
        return bool(len(label_stems) >= 2 or label_stems <= named or same)

    def abbreviations(self, outcome: str) -> set[str]:
        """The abbreviations that name the outcome: those it writes ("KCCQ overall summary
        score"), those its own words spell ("Modified Ashworth Scale": MAS), and those the dossier
        defines with a long form among its words."""
        _, stems, own = self._words_of(outcome)
        written = {word for word in _ACRONYM.findall(outcome_name(outcome)) if len(_letters(word)) >= 3}
        names = set(written) | {word for word in own if len(_letters(word)) >= 3}
        # the long forms of those it writes: "MAS reduction" is reported as "Modified Ashworth Scale"
        names |= {form for word in written if (form := own.get(word) or self.definitions.get(word)) and " " in form}
        if stems:
            needed = max(1, round(len(stems) * 0.5))
            names |= {word for word, form in self.definitions.items()
                      if len(_letters(word)) >= 3 and len(outcome_stems(form) & stems) >= needed}
        return names

    def among_met(self, outcome: str, met: list[str]) -> bool:
        """True when a CER statement that the acceptance criteria were met lists the outcome
        under a name whose words are all among its own ("occlusion alarms in 99.2 %")."""
        if not met:
            return False
        _, stems, own = self._words_of(outcome)
        for item in met:
            label_stems = outcome_stems(self._expand(item, own))
            if label_stems and label_stems <= stems and (len(label_stems) >= 2 or len(stems) == 1):
                return True
        return False


@lru_cache(maxsize=256)
def _spelling(letters: str) -> re.Pattern[str]:
    """Words whose initials are `letters`, link words and "'s" skipped between them."""
    gap = r"(?:[\s.'’-]+(?:(?:" + "|".join(sorted(_LINK_WORDS)) + r")[\s.'’-]+)*)"
    return re.compile(r"(?<![\w-])" + gap.join(f"[{c}{c.lower()}][^\\W\\d_]*" for c in letters) + r"(?![\w-])")


# "All four acceptance criteria of the CEP were met: delivery accuracy ..., occlusion alarms in
# 99.2 % ...", "the device met all pre-specified endpoints", "tous les critères d'acceptation ont
# été atteints", "alle Akzeptanzkriterien wurden erfüllt": the criteria it lists are reported.
_ALL_MET = re.compile(
    r"\b(?:all|each|every|both)\b[^.:;]{0,60}?\b(?:criteri(?:a|on)|end-?points?|objectives?)\b[^.:;]{0,80}?"
    r"\b(?:were|was|have been|has been|are|is)\s+(?:all\s+|fully\s+|successfully\s+)?"
    r"(?:met|achieved|fulfilled|satisfied|reached|attained)\b|"
    r"\b(?:met|meets|achieved|fulfilled|satisfied)\s+(?:all|each of|every one of)\b[^.:;]{0,60}?"
    r"\b(?:criteri(?:a|on)|end-?points?|objectives?)\b|"
    r"\b(?:tou(?:s|tes) les|chacun des)\b[^.:;]{0,60}?\bcritères?\b[^.:;]{0,80}?\b(?:ont été|sont|a été|est)\s+"
    r"(?:\w+\s+)?(?:atteints?|remplis?|satisfaits?|respectés?)|"
    r"\balle\b[^.:;]{0,60}?(?:kriterien|endpunkte)\b[^.:;]{0,80}?\b(?:wurden|sind|waren)\s+(?:\w+\s+)?"
    r"(?:erfüllt|erreicht|eingehalten)|"
    r"\btutti i\b[^.:;]{0,60}?\bcriteri\b[^.:;]{0,80}?\b(?:sono stati|sono)\s+(?:\w+\s+)?"
    r"(?:soddisfatti|raggiunti|rispettati)|"
    r"\btodos los\b[^.:;]{0,60}?\bcriterios\b[^.:;]{0,80}?\b(?:se cumplieron|se alcanzaron|fueron|han sido)\b|"
    r"\balle\b[^.:;]{0,60}?\bcriteria\b[^.:;]{0,80}?\b(?:werden|zijn|waren)\s+(?:\w+\s+)?"
    r"(?:behaald|gehaald|voldaan|bereikt)", re.IGNORECASE)
# "Not all criteria were met", "none of the endpoints was reached": no list of what was met.
_NOT_ALL = re.compile(r"\bnot\s+(?:all|every|each)\b|\bnot\s+(?:been\s+)?(?:met|achieved|reached|fulfilled)|"
                      r"\bnone\b|\bexcept\b|\bpas tous\b|\bnicht\b|\bnon tutti\b|\bno todos\b|\bniet\b",
                      re.IGNORECASE)
_MET_CUES = ("criteri", "critè", "kriteri", "endpoint", "end-point", "endpunkt", "objective")
_ITEM_SPLIT = re.compile(r"[,;•]|\s(?:and|et|und|e|y|en|as well as)\s|\(\w+\)|\b[a-z]\)\s|\b[ivx]+\)\s")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_VALUE_START = re.compile(r"[\d<>≤≥±=]")


def _met_criteria_labels(cers) -> list[str]:
    """The items a CER sentence lists after stating that all criteria were met, each cut before
    its value: "delivery accuracy within", "occlusion alarms in". A sentence that a PDF wraps
    into the next block goes on there; a statement ending with a colon lists its items below."""
    labels: list[str] = []
    for document in cers:
        blocks = document.blocks
        for index, block in enumerate(blocks):
            folded = block.folded
            if not any(cue in folded for cue in _MET_CUES) or _in_glossary(block.section):
                continue
            match = _ALL_MET.search(block.normalized)
            if match is None or _NOT_ALL.search(block.normalized[:match.end()]):
                continue
            rest = block.normalized[match.end():]
            following = blocks[index + 1:index + 30]
            if following and rest.rstrip() and rest.rstrip()[-1] not in ".!?" and \
                    following[0].kind is block.kind:
                rest = f"{rest} {following[0].normalized}"  # a sentence wrapped onto the next line
            listed = ":" in rest[:3] or rest.strip() in ("", ":")
            sentence = _SENTENCE_END.split(rest.lstrip(": "), 1)[0] if rest.strip(" :") else ""
            items = [*_ITEM_SPLIT.split(sentence)]
            if listed and not sentence:
                for item in following:
                    if item.kind.value != "list_item":
                        break
                    items.append(item.normalized)
            for item in items:
                label = _VALUE_START.split(item, 1)[0].strip(" :.-–")
                if label:
                    labels.append(label)
    return labels


_GLOSSARY = re.compile(r"abbreviation|acronym|glossar|\bdefinitions?\b|terminolog|abréviation|\bsigles\b|"
                       r"abkürzung|abbreviazion|acronimi|abreviatura|\bsiglas\b|afkorting", re.IGNORECASE)


# Cached per section: a 1,000-page annex has thousands of sections, each asked about for
# every one of its blocks and facts (a smaller cache is emptied before a section comes back).
@lru_cache(maxsize=16384)
def _in_glossary(section: str | None) -> bool:
    """A section listing abbreviations or definitions: it defines words, it reports nothing."""
    return bool(section) and bool(_FOLDED_GLOSSARY.search(fold_case(section)))


# `claims.background_section`'s pattern for `fold_case` headings: the same matches, several
# times faster without re.IGNORECASE (a 1,000-page annex has some 1,600 distinct headings),
# and faster again led by a look-ahead on the letters its branches start with.
_FOLDED_BACKGROUND_SECTION = with_first_character_lookahead(lowered_pattern(_BACKGROUND_SECTION))


def background_heading(path: tuple[str, ...]) -> bool:
    """`claims.background_section`: whether a heading of the path opens a background section
    (state of the art, the disease, alternative treatments)."""
    return any_heading(_FOLDED_BACKGROUND_SECTION, path, folded=True)


# `_GLOSSARY` for `fold_case` text: without re.IGNORECASE, and led by a look-ahead on the
# letters its branches start with, CPython skips every other position quickly (thousands of
# distinct section headings in a long CER annex).
_FOLDED_GLOSSARY = with_first_character_lookahead(lowered_pattern(_GLOSSARY))


# The methods of the evaluation or of a study ("Methods", "Search strategy", "Data extraction")
# say what was looked for, not what was found; a heading naming results too is read.
_METHODS = re.compile(r"^(?:[\d.\s]*)(?:(?:\w+\s+){0,2}methods?|methodology|search (?:strategy|methods?)|"
                      r"data extraction|méthod\w*|méthodologie|stratégie de recherche|Method\w*|Suchstrategie|"
                      r"metodi|metodologia|métodos?|metodología)\b(?!.*\b(?:results?|résultats?|Ergebnisse?)\b)",
                      re.IGNORECASE)


@lru_cache(maxsize=16384)  # per section, as `_in_glossary`
def _in_methods(section: str | None) -> bool:
    return bool(section) and bool(_METHODS.match(section.strip()))


# A sentence that only plans ("SADEs will be recorded throughout the study", "seront
# documentés", "wird ... erfasst werden") reports no result, unless it also states one ("...;
# at 12 months the rate was 5 %").
_PLAN = re.compile(r"\b(?:will|shall)\s+(?:\w+\s+){0,2}?(?:be|record|collect|assess|measure|document|report|"
                   r"monitor|capture|evaluate)\w*|\b(?:is|are)\s+(?:planned|scheduled|to be)\b|"
                   r"\bseront\b|\bsera\b|\bwird\b[^.;]*\bwerden\b|\bwerden\b[^.;]*\bwerden\b", re.IGNORECASE)
_PLAN_CUE = re.compile(r"\b(?:will|shall|planned|scheduled|to be|sera|seront|werden)\b")  # on `Block.folded`
_FOLDED_NOT_A_RESULT = lowered_pattern(_NOT_A_RESULT)  # see `_FOLDED_DEFERRED_TO_PMCF`
_STATES_RESULT = re.compile(r"\b(?:was|were|had|has been|have been|occurred|observed|reported|died|showed|"
                            r"remained|fell|rose|decreased|increased|reached|est survenu|a été|ont été|"
                            r"wurden?|war|waren|traten)\b|\d\s*%", re.IGNORECASE)


# Every match of `_PLAN` holds one of these (lower-cased): a text without them plans nothing.
_PLAN_WORDS = ("will", "shall", "planned", "scheduled", "to be", "sera", "seront", "werden")


def _only_plans(text: str) -> bool:
    # Asked of every CER fact and sentence: `in` tests are much cheaper than the search.
    lowered = text.lower()
    if not any(word in lowered for word in _PLAN_WORDS):
        return False
    return bool(_PLAN.search(text)) and not _STATES_RESULT.search(text)


def _reporting_text(block) -> str:
    """The text of a CER block that may report results: "" for a glossary or the methods, the
    sentences that only plan left out."""
    if _in_glossary(block.section) or _in_methods(block.section):
        return ""
    text = block.normalized
    if block.kind.value == "table_row" and _restates_criteria(text):
        return ""
    if _NOT_ASSESSED_CUE.search(block.folded):
        if block.kind.value == "table_row":
            return "" if not_assessed(text) else text
        text = " ".join(text[start:end] for start, end in sentences(block) if not not_assessed(text[start:end]))
        if not _PLAN_CUE.search(text.lower()):
            return text
        return " ".join(sentence for sentence in _SENTENCE_SPLIT.split(text) if not _only_plans(sentence))
    if not _PLAN_CUE.search(block.folded):
        return text
    return " ".join(text[start:end] for start, end in sentences(block) if not _only_plans(text[start:end]))


def _restates_criteria(row: str) -> bool:
    """A table row whose every number stands in a threshold ("Daytime sleepiness | ESS
    improvement >= 3 points at 3 months"): the criterion restated, not a result of it, which a
    row such as "ESS improvement >= 3 points | 78 % | met" gives in a cell of its own."""
    numbered = [cell for cell in _CELL_SPLIT.split(row) if _DIGIT.search(cell)]
    return bool(numbered) and all(_states_threshold(cell) for cell in numbered)


# "Type Ia endoleak | n/a at 6 months", "was not assessed", "non évalué", "nicht erhoben": the
# outcome is named, no result is given.
_NOT_ASSESSED = re.compile(
    r"(?<![\w/])n(?:/a|\.a\.)(?![\w/])|\bnot (?:yet )?(?:been )?(?:assessed|available|reported|measured|evaluated|collected|"
    r"recorded|analy[sz]ed|performed|captured)\b|\bno data\b|\bunavailable\b|\bnon (?:évalué|disponible|mesuré|"
    r"rapporté|recueilli)e?s?\b|\bnicht (?:erhoben|verfügbar|bewertet|gemessen|berichtet|untersucht|erfasst)\b|"
    r"\bnon (?:valutat|disponibil|misurat|rilevat)\w*|\bno (?:evaluad|disponible|medid|registrad)\w*",
    re.IGNORECASE)
_NOT_ASSESSED_CUE = lowered_pattern(_NOT_ASSESSED)


def not_assessed(text: str) -> bool:
    """True when a text names an outcome without a result: it says the outcome was not assessed
    or is not available, and gives no result number ("n/a at 6 months")."""
    # Asked of every CER fact: plain `in` tests first, far cheaper than the search. On ASCII
    # text (lower-cased, it matches the pattern exactly as the original matches
    # `_NOT_ASSESSED`), the literals read from the pattern itself are tested: "assessed",
    # "no data" are much rarer than "not ", "no ", which most result sentences hold.
    lowered = text.lower()
    words = _not_assessed_literals() if text.isascii() else _NOT_ASSESSED_WORDS
    if not any(word in lowered for word in words):
        return False
    return bool(_NOT_ASSESSED.search(text)) and not _RESULT_NUMBER.search(text)


# Every branch of `_NOT_ASSESSED` contains one of these.
_NOT_ASSESSED_WORDS = ("n/a", "n.a.", "not ", "no ", "no\xa0", "unavailable", "non ", "nicht ")


@lru_cache(maxsize=1)
def _not_assessed_literals() -> tuple[str, ...]:
    """Strings one of which every match of `_NOT_ASSESSED_CUE` holds (see `required_literals`)."""
    return required_literals(_NOT_ASSESSED_CUE) or _NOT_ASSESSED_WORDS


_DIGIT = re.compile(r"\d")
_CELL_SPLIT = re.compile(r"\s+\|\s+")


# --- Several parameters in one outcome, evidence rows, label cells ----------------------------

# A CEP row that describes where the evidence comes from or how it is obtained ("Evidence |
# Pivotal randomised trial PAXI-FP (n = 300, 12-month primary endpoint)", "Literature search:
# PubMed, 2010-2024", "Data set | registry of 4 centres") names a data source, not an outcome.
_NOT_A_CRITERION = re.compile(
    r"^\W*(?:(?:clinical|pivotal|key|main|primary|supporting|available|planned|sources? of(?: clinical)?)\s+)*"
    r"(?:evidence(?:\s+(?:sources?|base|type|level))?|sources?(?:\s+of\s+(?:clinical\s+)?(?:data|evidence))?|"
    r"data(?:\s+(?:sources?|sets?|collection|analysis|extraction))?|datasets?|clinical data|"
    r"literature(?:\s+(?:search|review|sources?|data))?|search(?:\s+(?:strategy|terms|period|databases?))?|"
    r"databases?|(?:study|trial)(?:\s+(?:design|type|population|size|registration))?|studies|trials?|design|"
    r"methods?|methodology|statistic\w*(?:\s+(?:analysis|methods?))?|sample size|"
    r"registr(?:y|ies)|investigation|"
    r"données(?:\s+cliniques)?|sources?\s+(?:des|de)\s+données|recherche\s+(?:bibliographique|documentaire)|"
    r"méthod\w*|plan d'étude|Evidenz\w*|Daten\w*|Literatur\w*|Studien\w*|Method\w*|"
    r"fonti?\s+(?:dei|di)\s+dati|ricerca\s+bibliografica|metodo\w*|fuentes?\s+de\s+datos|"
    r"búsqueda\s+bibliográfica|método\w*|evidencia|evidenze?)\s*$",
    re.IGNORECASE)


def describes_evidence(text: str) -> bool:
    """True when an outcome line is labelled as a description of the data source or the methods
    (its first cell, or the words before its colon)."""
    if " | " in text:
        label = text.split(" | ", 1)[0]
    elif ":" in text:
        label = text.split(":", 1)[0]
    else:
        return False
    return bool(_NOT_A_CRITERION.match(label.strip()))


# A cell that labels a kind of outcome, its content in the next cell: "Objective improvement |
# Reduction of 24-hour pad weight by >= 50 %", "Subjective outcome | PGI-I much better".
_LABEL_CELL = re.compile(
    r"^(?:(?:objective|subjective|clinical|functional|technical|procedural|radiological|radiographic|"
    r"patient[- ]reported|physician[- ]reported|primary|secondary|main|overall|global|objectif|subjectif|"
    r"clinique|fonctionnel\w*|objektiv\w*|subjektiv\w*|klinisch\w*|funktionell\w*|oggettiv[oa]|soggettiv[oa]|"
    r"clinic[oa]|objetiv[oa]|subjetiv[oa]|clínic[oa])\s+)+"
    r"(?:improvement|success|response|outcomes?|results?|benefit|cure|measures?|assessment|"
    r"amélioration|succès|réponse|résultats?|Verbesserung|Erfolg|Ansprechen|Ergebnis(?:se)?|"
    r"miglioramento|successo|risposta|risultat[oi]|mejoría|mejora|éxito|respuesta|resultados?)$",
    re.IGNORECASE)


# The noun first: "Amélioration objective", "Miglioramento oggettivo", "Mejoría objetiva".
_LABEL_CELL_NOUN_FIRST = re.compile(
    r"^(?:amélioration|succès|réponse|résultats?|critère|miglioramento|successo|risposta|risultat[oi]|"
    r"mejoría|mejora|éxito|respuesta|resultados?)\s+(?:objecti(?:f|ve)s?|subjecti(?:f|ve)s?|cliniques?|"
    r"fonctionnel(?:le)?s?|oggettiv[oa]|soggettiv[oa]|clinic[oa]|funzional[ei]|objetiv[oa]|subjetiv[oa]|"
    r"clínic[oa]|funcional)$", re.IGNORECASE)


def is_label_cell(text: str) -> bool:
    text = text.strip()
    return " | " not in text and bool(_LABEL_CELL.match(text) or _LABEL_CELL_NOUN_FIRST.match(text))


# Several parameters in one outcome: "24-hour pad weight test; Stamey grade", "pad weight /
# Stamey grade", "Door and line tests", "reaching planned volume and exchanged for a permanent
# implant". A slash between numbers ("1 g/24 h") or in a parenthesis joins nothing.
_PARTS = re.compile(r"\s*;\s*|\s*(?<![\d\s])\s*/\s*(?![\s\d])|\s+/\s+(?!\d)|"
                    r"\s+(?:and|or|as well as|et|ou|und|oder|e|o|y)\s+|\s*&\s*|\s*\+\s+")
_PARENTHESIS = re.compile(r"\([^()]*\)")
_THRESHOLD = re.compile(r"\s*(?:[<>≤≥=]|\bat (?:least|most)\b)")


def outcome_parts(text: str) -> list[tuple[str, set[str]]]:
    """The parameters one outcome line names, each with its stems; [] when it names one."""
    whole = _PARENTHESIS.sub(" ", text.split(" | ", 1)[0] if " | " in text else text)
    cell = outcome_name(whole)
    # "24-hour pad weight test; Stamey grade": `outcome_name` stops at the semicolon
    if ";" in whole:
        cell = "; ".join(outcome_name(piece) for piece in whole.split(";") if piece.strip())
    name = _PARENTHESIS.sub(" ", cell)
    # "stent migration > 10 mm at 12 months": the parameter, without its threshold
    pieces = [" ".join(_THRESHOLD.split(piece)[0].split()).strip(" ,.") for piece in _PARTS.split(name)]
    parts = [(piece, stems) for piece in pieces if piece and (stems := outcome_stems(piece))]
    return parts if len(parts) >= 2 else []


def parenthesis_quantities(text: str) -> list[tuple[str, set[str]]]:
    """The quantities a parenthesis after the outcome's name lists, each with its stems:
    "Dynamic response (natural freq./damping)", "Lung function (FEV1, FVC)", "Réponse dynamique
    (fréquence propre et amortissement)". The CER reporting each of them reports the outcome.
    [] when the parenthesis names one thing: a definition ("Phoenix"), a method ("CDC
    criteria"), an abbreviation, or a criterion ("≥ 95 %")."""
    found: list[tuple[str, set[str]]] = []
    for match in _PARENTHESIS.finditer(text):
        inner = match.group(0)[1:-1]
        if re.search(r"(?<![^\W\d_])\d|[<>≤≥=%]", inner):  # a criterion, not "FEV1"
            continue
        pieces = [" ".join(piece.split()).strip(" ,.") for piece in re.split(r"\s*,\s*|" + _PARTS.pattern, inner)]
        parts = [(piece, stems) for piece in pieces if piece and (stems := outcome_stems(piece))]
        if len(parts) >= 2 and len(parts) == len([piece for piece in pieces if piece]):
            found.extend(parts)
    return found


def shared_stems(parts: list[tuple[str, set[str]]]) -> set[str]:
    """The words every parameter of an outcome line names: "dehiscence" of "Wound dehiscence /
    fascial dehiscence", the event; the other words only say where it happens."""
    return set.intersection(*(stems for _, stems in parts)) if len(parts) >= 2 else set()


# Words that are no head of a parameter's name: what kind of value it is, or a verb before it.
_WEAK_HEADS = {"type", "test", "tests", "grade", "score", "level", "value", "total", "reach", "achie", "plann",
               "requi", "patie", "subje", "women", "men", "child", "adult", "hour", "perfo", "syste",
               "devic", "overa", "rate", "index", "scale", "freed", "free", "absen",
               # the device itself: "stent migration" is named by the migration
               "stent", "impla", "graft", "cathe", "valve", "pump", "senso", "elect", "prost", "lens"}
_HEAD_WORDS = re.compile(r"[^\W\d_]{3,}")


def head_stem(part: str) -> str | None:
    """The stem of the first word of a parameter's name that names what is measured: "pad" of
    "24-hour pad weight test", "excha" of "exchanged for a permanent implant"."""
    for word in _HEAD_WORDS.findall(part):
        stems = outcome_stems(word)
        if len(stems) == 1:
            (stem,) = stems
            if stem not in _WEAK_HEADS and (len(stem) >= 3 or stem.startswith("#")):
                return stem
    return None


# A number that is a result ("88 %", "46 of 50", "14 points", "0.8", "+14"), not a section number.
_RESULT_NUMBER = re.compile(r"\d\s*%|\d\s*(?:/|of|sur|von|su|de)\s*\d|\d[.,]\d|[+−±]\s?\d|"
                            r"\d\s*(?:points?|pts|Punkte?|g|mg|ml|mm|cm|patients?|subjects?|women|men|eyes|cases|"
                            r"patientes?|Patient\w*)\b", re.IGNORECASE)


def head_reported(head: str, results: list[str]) -> str | None:
    """The first CER result sentence that names the parameter's head with a number near it."""
    literals = _literals_of(frozenset({head}))
    for text in results:
        lowered = _HYPHEN.sub(" ", text).lower()
        if not any(literal in lowered for literal in literals):
            continue
        for sentence in _SENTENCE_SPLIT.split(text):
            if _RESULT_NUMBER.search(sentence) and head in measured_stems(sentence) and not _only_plans(sentence):
                return sentence
    return None


# --- What the CER gives instead ----------------------------------------------------------------

@lru_cache(maxsize=1)
def _families() -> tuple[re.Pattern[str], ...]:
    """One pattern per measure family (vocabulary/outcome_quantities.yaml `measure_families`),
    lower-case for `Block.folded`."""
    entries = _outcome_wording().get("measure_families", {}).get("entries", {})
    return tuple(re.compile(r"(?<![\w-])(?:"
                            + "|".join(re.escape(term.lower()) for term in sorted(terms, key=lambda t: (-len(t), t)))
                            + r")(?![\w-])") for terms in entries.values())


def substitute_result(outcome: str, cers):
    """A CER result sentence on another measure of the outcome's family ("At 6 months, 58 % were
    Stamey grade 0 ..." for a "12-month pad-weight cure"), or one naming a measure of the family
    without a result ("Type Ia endoleak | n/a at 6 months"): the location of what the CER gives
    instead of the criterion's result, or None."""
    lowered = outcome.lower()
    families = [family for family in _families() if family.search(lowered)]
    for document in cers:
        for block in document.blocks:
            if not any(family.search(block.folded) for family in families) or _in_glossary(block.section) \
                    or _in_methods(block.section):
                continue
            text = block.normalized
            for start, end in sentences(block):
                sentence = text[start:end]
                if ((_RESULT_NUMBER.search(sentence) or not_assessed(sentence)) and not _only_plans(sentence)
                        and any(family.search(block.folded[start:end]) for family in families)):
                    return document.location(block, block.quote(start, end))
    return None
