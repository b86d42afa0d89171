"""Helpers of LA001: is a concept really missing from a language version, or only worded in a
way no vocabulary knows?

A vocabulary cannot know every wording in every language. When the English IFU lists
"haemodynamic instability" (a vocabulary concept) and the Spanish IFU lists "inestabilidad
hemodinámica" (a phrase the vocabulary does not know), the Spanish phrase is very probably the
translation: it shares a word stem with the concept's terms in some language ("hemodinámica",
"haemodynamic", "hémodynamique" fold to the same stem). Such a phrase stands in for the concept.

A concept is reported missing from a version only when that version's section is understood:
the vocabulary has terms for the concept in that version's language, or every item the version
lists is recognised (nothing is left that could be the translation). Otherwise the comparison is
inconclusive and the rule says nothing about that concept.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from panelproof import knowledge

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Function words and words that describe any condition (severity, course, response to drugs,
# extent): they pair nothing with anything ("dystonia refractory to medical therapy" is no
# translation of "epilessia farmacoresistente").
_STOP = frozenset("""
with without from into over under than that this these those their other known severe acute
chronic untreated uncontrolled active patients patient device devices system systems product use
avec sans dans pour chez sont patients patient connue connu connus sévère aigu aiguë chronique
non traité contrôlé dispositif produit utilisation
mit ohne oder und bekannte bekannter schwere akute chronische unbehandelte patienten gerät produkt
con sin para pacientes paciente conocida conocido grave aguda agudo crónica crónico dispositivo
producto uso per senza pazienti paziente nota noto acuta acuto cronica cronico dispositivo prodotto
met zonder voor patiënten patiënt bekende ernstige acute chronische hulpmiddel apparaat gebruik
against gegen contre contra tegen disorder disorders disease diseases trouble troubles maladie
maladies erkrankung erkrankungen störung störungen trastorno trastornos enfermedad enfermedades
disturbo disturbi malattia malattie aandoening aandoeningen ziekte stoornis stoornissen therapy
therapies thérapie therapie terapia treatment traitement behandlung tratamiento trattamento
behandeling increased raised elevated reduced decreased high low stage
refractory réfractaire refractaire refraktär refraktäre refrattario refrattaria refractario refractaria
resistant résistant resistent resistente drug-resistant pharmacoresistant pharmacorésistant
pharmakoresistent farmacoresistente farmacorresistente drug drugs médicament médicaments medikament
medikamente farmaco farmaci fármaco fármacos medication medications medical médical medizinisch medico
médico focal fokal focale primary primaire primär primäre primario primaria idiopathic idiopathique
idiopathisch idiopatico idiopatica idiopático idiopática symptomatic symptomatique symptomatisch
sintomatico sintomatica sintomático sintomática generalised generalized généralisé généralisée
generalisiert generalisierte generalizzato generalizzata generalizado generalizada
""".split())


# Cached: pure, and asked of every content word of every sentence that LA001 compares, in
# which the same words recur thousands of times on a long dossier.
@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """A spelling-neutral form of a word, so cognates of several languages meet.

    "Hämodynamisch", "haemodynamic", "hémodynamique", "emodinamica" all give "emodinamic..."; "allergy"
    and "alergia" give "alergi..."; "Koagulopathie" and "coagulopathy" give "coagulopati...".
    """
    w = word.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    w = unicodedata.normalize("NFKD", w)
    w = "".join(c for c in w if not unicodedata.combining(c))
    for old, new in (("ae", "e"), ("oe", "e"), ("ph", "f"), ("th", "t"), ("qu", "c"), ("y", "i"),
                     ("k", "c"), ("h", "")):
        w = w.replace(old, new)
    return re.sub(r"(.)\1+", r"\1", w)


@lru_cache(maxsize=65536)
def stems(text: str) -> frozenset[str]:
    """Folded six-letter stems of the content words of a text (words of four letters or more)."""
    out = set()
    for word in _WORD.findall(text):
        for part in re.split(r"[-'’]", word):
            if part.lower() in _STOP:
                continue
            folded = fold(part)
            if len(folded) >= 4:
                out.add(folded[:6])
    return frozenset(out)


class ConceptStems:
    """Distinctive stems of each entry of a vocabulary (stems shared by several entries, such as
    "insuf" of every organ's insufficiency, are left out)."""

    def __init__(self, vocabulary_name: str) -> None:
        data = knowledge.load(f"vocabulary/{vocabulary_name}") or {}
        entries = list(data.get("entries") or [])
        by_id: dict[str, set[str]] = {}
        self.languages: dict[str, frozenset[str]] = {}
        for entry in entries:
            terms = entry.get("terms") or {}
            words: set[str] = set(stems(str(entry.get("label", ""))))
            languages = set()
            if isinstance(terms, dict):
                for language, values in terms.items():
                    if values:
                        languages.add(language)
                    for term in values or []:
                        words |= stems(str(term).strip("*"))
            if entry.get("stem_words"):
                # an entry whose terms pair its own word with common ones ("for cosmetic
                # purposes", "uso estetico"): only its own words stand for it
                words = {s for ws in entry["stem_words"].values() for w in ws or [] for s in stems(str(w))}
            by_id[entry["id"]] = words
            self.languages[entry["id"]] = frozenset(languages)
        counts = Counter(s for words in by_id.values() for s in words)
        self.distinctive = {cid: frozenset(s for s in words if counts[s] < 3)
                            for cid, words in by_id.items()}

    def has_terms(self, concept_id: str, language: str | None) -> bool:
        base = concept_id.partition("@")[0]
        return bool(language) and language in self.languages.get(base, frozenset())

    def covers_language(self, language: str | None) -> bool:
        """Whether the vocabulary covers `language`: terms in it for at least a quarter of its
        concepts (Polish, Czech and Danish interfaces are written for the common ones). In a
        language it does not cover ("sv" when only en/fr/de/... are written, or when only a few
        entries have Swedish terms), only words shared with other languages are recognised,
        and a version's silence on a concept proves nothing."""
        if not language or not self.languages:
            return False
        written = sum(1 for langs in self.languages.values() if language in langs)
        return written * 4 >= len(self.languages)

    def resembles(self, concept_id: str, text: str) -> bool:
        """True when `text` shares a distinctive stem with the concept's terms (any language)."""
        base = concept_id.partition("@")[0]
        return bool(self.distinctive.get(base, frozenset()) & stems(text))


@lru_cache(maxsize=None)
def concept_stems(vocabulary_name: str) -> ConceptStems:
    return ConceptStems(vocabulary_name)


_COORDINATOR = re.compile(r"[,;/]|\b(?:and|or|und|oder|et|ou|y|o|u|e|en|of|sowie|ainsi que)\b",
                          re.IGNORECASE)


# A coordinator that opens the end of a bound joins no conditions: "7 years and older", "18 ans
# et plus", "ab 65 Jahren oder älter", "2 anni e più", "18 años o más", "65 let a starší",
# "18 lat i więcej", "30 kg or more".
_OPEN_BOUND = re.compile(
    r"\b(?:and|or|und|oder|et|ou|e|o|y|a|i|nebo|lub|albo|en|of)\s+(?:older|over|above|more|"
    r"younger|under|less|greater|higher|lower|plus|davantage|älter|jünger|mehr|darüber|darunter|"
    r"più|oltre|meno|más|mayores|menores|menos|mais|acima|starší|více|mladší|starsze|starsi|"
    r"więcej|powyżej|ouder|meer|jonger)\b", re.IGNORECASE)


def _without_open_bounds(quote: str) -> str:
    return _OPEN_BOUND.sub(" ", quote) if _OPEN_BOUND.search(quote) else quote


def condition_count_range(quotes: list[str]) -> tuple[int, int]:
    """How many conditions a list of items may name: at least one per item, at most one more per
    comma or coordinator ("A, B and C" in one bullet may be three conditions)."""
    low = len(quotes)
    high = sum(1 + len(_COORDINATOR.findall(_without_open_bounds(q))) for q in quotes)
    return low, high


# The words that join conditions inside one item, per language ("of" is Dutch "or" but English
# "of"; "en" is Dutch "and" but French "in"): only the version's own are counted. A comma before
# a relative pronoun or a conjunction ("Patienten, die ...", "patients, who ...") joins nothing.
_JOINERS = {
    "en": r"and|or|as well as", "fr": r"et|ou|ainsi que", "de": r"und|oder|sowie",
    "it": r"e|ed|o|oppure", "es": r"y|e|o|u", "nl": r"en|of", "pt": r"e|ou",
    "pl": r"i|oraz|lub|albo", "da": r"og|eller", "cs": r"a|i|nebo",
}
_CLAUSE_COMMA = (r"(?!\s*(?:die|der|das|deren|dessen|denen|welche\w*|wenn|falls|da|weil|who|whom|whose|"
                 r"which|that|if|when|where|unless|qui|que|dont|lequel|lesquels|laquelle|lorsque|si|"
                 r"quand|che|cui|quale|quali|se|quando|quien|quienes|cuyo\w*|cuando|die|dat)\b)")


@lru_cache(maxsize=None)
def _joiner_regex(language: str | None) -> re.Pattern:
    words = _JOINERS.get(language or "", "|".join(sorted(set("|".join(_JOINERS.values()).split("|")))))
    return re.compile(rf"[;/]|,{_CLAUSE_COMMA}|\b(?:{words})\b", re.IGNORECASE)


def joiner_count(quote: str, language: str | None) -> int:
    """How often an item joins conditions (commas, "and", "oder", "ou" ...)."""
    return len(_joiner_regex(language).findall(_without_open_bounds(quote)))


def merge_possible(shorter: list[str], short_language: str | None, longer: list[str],
                   long_language: str | None) -> bool:
    """Whether the shorter list may hold all the longer list's items, some merged into one:
    translations keep the order of their items, so an item j of the shorter list that stands for
    the longer list's items j..j+d (d = how many fewer it has) joins at least as many conditions
    as those items do together, plus one join per merged item ("A, B and C" for "A"; "B"; "C")."""
    missing = len(longer) - len(shorter)
    if missing <= 0:
        return True
    long_joins = [joiner_count(q, long_language) for q in longer]
    for j, quote in enumerate(shorter):
        if joiner_count(quote, short_language) >= sum(long_joins[j:j + missing + 1]) + missing:
            return True
    return False
