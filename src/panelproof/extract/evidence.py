"""EVIDENCE, EQUIVALENCE and OUTCOME_PARAMETER facts.

- EVIDENCE: a cited study or data source. Literature-table rows (the header row says which
  column is the reference, population, indication, setting, follow-up, N), reference-list
  items, and prose sentences that describe a study ("In a study of 20 rats [7] ..."). The
  subject (human, animal, in_vitro, aquaculture, water_treatment, food, cosmetic,
  other_device) comes from knowledge/vocabulary/evidence_subjects.yaml.
- EQUIVALENCE: statements that the device is equivalent to another ("equivalent device",
  "équivalence", "gleichartig"), with manufacturer, own device or competitor, and whether a
  contract giving access to the technical documentation is mentioned (MDR Art. 61(5)).
- OUTCOME_PARAMETER: in the CEP, outcome parameters, endpoints and acceptance criteria; in
  the CER, reported results (sentences or rows with numbers in results/performance sections).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterator

from panelproof.extract._clinical_terms import find_terms, flatten, is_negated, term_regex
from panelproof.extract._terms import flatten_terms
from panelproof.extract.claims import citations as claim_citations
from panelproof.extract.common import (ExtractionContext, first_characters, heading_matches,
                                      is_appraisal_criteria, lowered_pattern, make_fact,
                                      required_literals, sentences, with_first_character_lookahead)
from panelproof.extract.model import Concept, Equivalence, EvidenceEntry, Fact, FactKind
from panelproof.extract.numerals import ANY_LANGUAGE, numeral_view
from panelproof.extract.placeholders import template_texts
from panelproof.ingest.layout import is_reference_heading, looks_like_citation
from panelproof.ingest.model import Block, BlockKind, Document, Location, Role
from panelproof.ingest.normalize import fold_case
from panelproof.knowledge import load

EVIDENCE_ROLES = {Role.CER, Role.CEAR, Role.SSCP, Role.PMCF_REPORT}

# Header cells -> column meaning; checked in this order, first match wins.
_COLUMNS: list[tuple[str, re.Pattern[str]]] = [(name, re.compile(p, re.IGNORECASE)) for name, p in [
    ("n", r"^\s*n\s*$|^\s*\(?n\)?\s*[=:]?\s*$|sample size|number of (?:patients|subjects|participants|cases)|"
          r"^no\.? of|effectif|^nombre|anzahl|fallzahl|stichprobengr"),
    ("follow_up", r"follow|observation|duration|suivi|durée|nachbeobachtung|beobachtung|dauer|laufzeit|"
                  r"^\s*fu\b|\bf/?u\s*(?:\(|$)|time ?points?|zeitpunkt|seguimiento|durata|duración|duur|opvolging"),
    ("design", r"design|type of study|study type|méthodolog|type d'étude|studienart|studientyp"),
    ("population", r"population|patients?|subjects?|participants?|cohort|sujets|patient|probanden|"
                   r"kollektiv|species|espèce|spezies|model"),
    ("indication", r"indication|condition|diagnos|wound|patholog|disease|maladie|indikation|"
                   r"erkrankung|wundart|defect|défaut"),
    ("setting", r"setting|context|cadre|umfeld|environment|milieu|versorgung"),
    ("citation", r"reference|^ref|study|author|publication|citation|source|référence|étude|auteur|"
                 r"studie|autor|literatur|quelle|publikation|^id$|^#$|investigation|trial|data ?set|registry|"
                 r"essai|registre|prüfung|register|estudio|studio|referencia|riferimento"),
]]
_REFERENCE_SECTION = re.compile(r"reference|bibliograph|literature list|cited literature|références|"
                                r"literaturverzeichnis|literaturliste|^literatur$|quellen", re.IGNORECASE)
_PRECLINICAL_OR_METHOD = re.compile(r"search (?:strategy|terms)|recherche|suchstrategie", re.IGNORECASE)
# The method of a literature search (its strings, selection criteria, exclusion reasons): it
# names kinds of studies ("animal or bench studies") that were searched for or excluded, not data.
_SEARCH_METHOD_SECTION = re.compile(
    r"(?:literature|systematic|database) (?:search|review) (?:method|protocol|strategy|design)|"
    r"search (?:method\w*|protocol|strings?|criteria)|selection (?:criteria|method)|"
    r"(?:inclusion|exclusion|eligibility) (?:and (?:exclusion |inclusion )?)?criteria|"
    r"excluded (?:studies|literature|publications|articles|references|records)|"
    r"critères d['’ ]?(?:inclusion|exclusion|sélection|éligibilité)|méthode de recherche|études exclues|"
    r"literaturrecherche|literatursuche|suchmethod\w*|einschluss\w*|ausschluss\w*|ausgeschlossene\w*|"
    r"criteri di (?:inclusione|esclusione|selezione)|studi esclusi|"
    r"criterios de (?:inclusión|exclusión|selección)|estudios excluidos", re.IGNORECASE)
# Headings of the search's results, where the retained studies are described.
_SEARCH_RESULTS_SECTION = re.compile(r"result|finding|ergebnis|résultat|risultat|resultado|retained|"
                                     r"included stud|appraisal|analys", re.IGNORECASE)
# A sentence or table row that states a selection criterion ("Exclusion reasons: animal or bench
# studies, ...", "Ausschlussgründe: Tierstudien", "Animal and in vitro studies were excluded"),
# not a study.
_SELECTION_CRITERION = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:main|key|further|other)\s+)?"
    r"(?:(?:exclusion|inclusion|eligibility|selection)\s+(?:reasons?|criteria|criterion|grounds)|"
    r"reasons?\s+(?:for|of)\s+exclusion|excluded|exclude|"
    r"aus-?\s*schlussgr\w*|ausschlusskrit\w*|einschlusskrit\w*|ausgeschlossen\w*|"
    r"critères?\s+d['’ ]?(?:exclusion|inclusion|éligibilité|sélection)|motifs?\s+d['’ ]?exclusion|exclu(?:e|s|es)?|"
    r"criteri\s+di\s+(?:esclusione|inclusione)|motivi\s+di\s+esclusione|esclus[oi]|"
    r"criterios\s+de\s+(?:exclusión|inclusión)|motivos\s+de\s+exclusión|excluid[oa]s?)\s*[:=|–-]|"
    r"\b(?:stud(?:y|ies)|publications?|articles?|papers?|reports?|records?|references|hits|abstracts|trials)\b"
    r"[^.;:]{0,80}?\b(?:were|was|are|is|have been|has been)\s+(?:\w+\s+)?"
    r"(?:excluded|not (?:included|considered|retained|eligible)|discarded|removed)\b|"
    r"\b(?:we|were|was|are|is|been)\s+excluded\s+(?:all\s+)?(?:animal|in[- ]vitro|bench|pre-?clinical|non-?clinical|"
    r"case reports?|reviews?|stud)|"
    r"\b(?:Studien|Publikationen|Arbeiten|Artikel)\b[^.;:]{0,80}?\bwurden\s+(?:\w+\s+)?ausgeschlossen|"
    r"\b(?:études|publications|articles)\b[^.;:]{0,80}?\bont été\s+(?:\w+\s+)?(?:exclu(?:e|s|es)?|écartée?s?)",
    re.IGNORECASE)


# For `fold_case` text (see `prose_entry`); "\W" becomes "[^\w]", which lower-cases safely.
_FOLDED_SELECTION_CRITERION = lowered_pattern(
    re.compile(_SELECTION_CRITERION.pattern.replace(r"\W", r"[^\w]"), re.IGNORECASE))


def is_selection_criterion(text: str) -> bool:
    """Whether a sentence or row states a literature-search selection criterion, not a study."""
    return _SELECTION_CRITERION.search(text) is not None


def _is_search_method_section(section: str | None) -> bool:
    return _section_is(_SEARCH_METHOD_SECTION, section) and not _section_is(_SEARCH_RESULTS_SECTION, section)
# "3 paediatric RCTs, N=412", "a meta-analysis of 25 trials": the abbreviated designs name studies too.
_STUDY_CUE = re.compile(r"\b(?:stud(?:y|ies)|trials?|investigations?|series|cohort|experiments?|et al|"
                        r"RCTs?|meta-?analys[ie]s|systematic reviews?|"
                        r"registry|models?|enrolled|included|recruited|randomi[sz]ed|treated|"
                        r"étude|essai|série|modèle|inclus|traités|Studie\w*|Untersuchung\w*|Prüfung|"
                        r"Versuch\w*|Register|Modell\w*|eingeschlossen|behandelt)\b", re.IGNORECASE)
_FOLLOW_UP_CUE = re.compile(r"follow[- ]?up|followed|observed for|observation period|suivi|"
                            r"nachbeobacht\w*|beobachtet|Beobachtungszeit\w*|seguimiento|osservazione|"
                            # "12-month data", "results at 2 years": data that reach that far
                            r"\b\d+[- ](?:months?|years?)[- ](?:data|results|outcomes)\b|"
                            r"\b(?:data|results|outcomes) (?:at|after|up to|over) \d+ (?:months|years)\b",
                            re.IGNORECASE)


_for_folded = lowered_pattern  # for `Block.folded`
_FOLDED_STUDY_CUE = with_first_character_lookahead(_for_folded(_STUDY_CUE))


# "In 40 patients with ulcerative colitis, ozone reduced inflammation [3]": a count of patients
# describes data too, when a citation says whose.
_COUNT_CUE = re.compile(r"\b\d+\s+(?:[a-z-]+\s+){0,2}?(?:patients|subjects|participants|volunteers|children|"
                        r"infants|neonates|adults|women|men|patientes|Patienten|Probanden|pacientes|pazienti)\b",
                        re.IGNORECASE)
_first_characters = first_characters  # tests/extract/test_evidence_generalisation
_starting_with_first_characters = with_first_character_lookahead


# Any cue, for `Block.folded`.
_PROSE_CUE = _starting_with_first_characters(
    _for_folded(re.compile(f"{_STUDY_CUE.pattern}|{_FOLLOW_UP_CUE.pattern}|{_COUNT_CUE.pattern}")))
_DURATION = re.compile(
    r"(?P<a>\d+(?:[.,]\d+)?)(?:\s*(?:-|to|à|bis|and|et|und)\s*(?P<b>\d+(?:[.,]\d+)?))?\s*"
    # "6.1 (range 2-9) years": a spread between the number and its unit
    r"(?:\(\s*(?:range|min[-–]max|étendue|extrêmes|Spanne|Bereich|intervallo|rango|bereik)?\s*:?\s*"
    r"\d+(?:[.,]\d+)?\s*(?:[-–—]|to|à|bis|a|tot)\s*\d+(?:[.,]\d+)?\s*\)\s*)?[- ]?"
    r"(?P<unit>days?|jours?|Tagen?|weeks?|wks?|semaines?|Wochen?|months?|mths?|mos?|mois|Monaten?|Monats?|"
    r"years?|yrs?|ans|années?|Jahren?|Jahres?|años|anni|jaar|meses|mesi|maanden|semanas|settimane|weken|"
    r"días|giorni|dagen|M|J|Y|W|D)(?![\w])", re.IGNORECASE)
_UNIT_MONTHS = {"d": 1 / 30.44, "j": 1 / 30.44, "t": 1 / 30.44, "w": 12 / 52.18, "s": 12 / 52.18,
                "m": 1.0, "y": 12.0, "a": 12.0}
_SAMPLE = re.compile(r"\bn\s*=\s*(\d+)|(\d+)\s+"
                     # up to three describing words: "48 adult ICU patients", "120 consecutive
                     # elderly patients"; not units or prepositions ("12 months in 40 patients")
                     r"(?:(?!(?:months?|weeks?|years?|days?|hours?|mois|ans|jours|Monate\w*|Jahre\w*|Tage\w*|"
                     r"in|of|at|for|with|and|or|per|à|de|des|et|mit|und|von)\b)[^\W\d][\w-]*\s+){0,3}?"
                     r"(?:patients?|subjects?|participants?|volunteers?|wounds?|"
                     r"implants?|sites?|cases?|patientes?|sujets|Patient(?:en|innen)|Probanden|Fälle|"
                     # the studied group itself: "41 children", "30 neonates", "12 Kinder"
                     r"children|infants|toddlers|neonates|newborns|adolescents|adults|babies|"
                     r"enfants|nourrissons|nouveau-nés|adolescents|adultes|Kinder|Säuglinge|Neugeborene|"
                     r"Jugendliche|Erwachsene|bambini|neonati|adulti|niños|neonatos|adultos|pacientes|pazienti)\b",
                     re.IGNORECASE)
_AGE_UNIT = (r"(?P<unit>years?|yrs?|y\b|ans|années|Jahren?|Jahre\w*|años|anni|jaar|"
             r"months?|mos?\b|mths?\b|mois|Monaten?|Monate|meses|mesi|maanden|weeks?|wks?\b|semaines|Wochen|"
             r"days?|d\b|jours|j\b|Tagen?|giorni|días)")
# "2-17 years", "between 2 and 17 years", "6 months to 5 years", "de 2 à 17 ans", "2 bis 17 Jahre".
# A number that ends a code ("HS-CIP-02 to 7 years", "NCT-04 and 5 years") is not an age.
_AGE_RANGE = re.compile(r"(?<![\d.,])(?<![A-Za-z][-_/])(?<![A-Za-z])(?P<a>\d+(?:[.,]\d+)?)\s*(?P<unit_a>years?|yrs?\b|y\b|months?|mos?\b|mths?\b|mois|ans|Monaten?|Jahren?|weeks?|wks?\b|semaines|Wochen|days?|d\b|jours|j\b|Tagen?|giorni|días)?"
                        r"\s*(?:-|–|to|à|bis|and|et|und|a|y|e)\s*(?P<b>\d+(?:[.,]\d+)?)\s*" + _AGE_UNIT,
                        re.IGNORECASE)
_AGE_FROM = re.compile(r"(?:>=?|≥|>|over|above|older than|at least|aged|from|plus de|à partir de|über|ab|"
                       r"mayores de|a partir de|desde|oltre|a partire da|di età (?:≥|>=|superiore a))\s*"
                       r"(?P<a>\d+(?:[.,]\d+)?)\s*" + _AGE_UNIT, re.IGNORECASE)
# "under 18 years", "< 18 years", "younger than 16 years", "moins de 18 ans", "unter 18 Jahren".
_AGE_UNDER = re.compile(r"(?:<|≤|<=|under|below|younger than|up to|less than|moins de|jusqu'à|unter|bis zu|"
                        r"menores de|minori di|sotto i)\s*(?P<b>\d+(?:[.,]\d+)?)\s*" + _AGE_UNIT, re.IGNORECASE)
# "mean age 8.4 years", "median age of 54 years", "âge moyen 61 ans", "Durchschnittsalter 63 Jahre".
_AGE_MEAN = re.compile(r"(?:mean|median|average)\s+age\s*(?:of|was|:|=)?\s*(?P<a>\d+(?:[.,]\d+)?)\s*" + _AGE_UNIT
                       + r"|âge (?:moyen|médian)\s*(?:de|:)?\s*(?P<a2>\d+(?:[.,]\d+)?)\s*(?P<unit2>ans|mois)"
                       r"|(?:Durchschnittsalter|mittleres Alter|medianes Alter)\s*(?:von|:)?\s*(?P<a3>\d+(?:[.,]\d+)?)\s*"
                       r"(?P<unit3>Jahren?|Monaten?)", re.IGNORECASE)
# Body weights of studied patients: "5-40 kg", "weighing 3 to 25 kg", "< 20 kg".
_WEIGHT_RANGE = re.compile(r"(?<![\d.,])(?P<a>\d+(?:[.,]\d+)?)\s*(?P<unit_a>kg|g)?\s*(?:-|–|to|à|bis)\s*"
                           r"(?P<b>\d+(?:[.,]\d+)?)\s*(?P<unit>kg|g)\b", re.IGNORECASE)
_WEIGHT_UNDER = re.compile(r"(?:<|≤|<=|under|below|less than|moins de|unter)\s*(?P<b>\d+(?:[.,]\d+)?)\s*(?P<unit>kg)\b",
                           re.IGNORECASE)
_WEIGHT_HINT = re.compile(r"\d\s*k?g\b", re.IGNORECASE)
# A body weight in grams below a limit: "infants below 1 000 g", "birth weight < 1,500 g",
# "moins de 1000 g", "unter 1.500 g", "inferiore a 1500 g", "menos de 1500 g", "minder dan 1500 g".
_GRAMS_UNDER = re.compile(r"(?:<|≤|<=|under|below|less than|lower than|weighing less than|moins de|inférieur\w* à|"
                          r"unter|weniger als|inferiore a|sotto i|meno di|menos de|inferior a|minder dan|onder)\s*"
                          r"(?P<b>\d{1,2}(?:[ \u00a0\u202f\u2009.,]\d{3})|\d{3,4})\s*g\b", re.IGNORECASE)
_LEADING_LABEL = re.compile(r"^\s*(?:\[(\d+)\]|(\d+)[.)]\s)")


def _section_is(pattern: re.Pattern[str], section: str | None) -> bool:
    """Whether a section heading matches; cached per heading, as thousands of blocks share a
    few headings.

    The extractor asks this for nearly every block of a long CER, several times (74,000 calls
    on a 900-page dossier): one dictionary look-up here instead of a chain of helpers
    (`heading_matches`, which computes a miss)."""
    entry = _SECTION_RESULTS.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        entry = _SECTION_RESULTS[id(pattern)] = (pattern, {})
    results = entry[1]
    found = results.get(section)
    if found is None:
        if len(results) >= _MAX_SECTIONS_PER_PATTERN:
            results.clear()
        found = results[section] = bool(section) and heading_matches(_folded_twin(pattern), section, folded=True)
    return found


# id(pattern) -> (pattern, {section: whether it matches}); keyed by identity like
# `_FOLDED_TWINS` below. The entry holds the pattern, so its id cannot be reused meanwhile.
_SECTION_RESULTS: dict[int, tuple[re.Pattern[str], dict[str | None, bool]]] = {}
_MAX_SECTIONS_PER_PATTERN = 32768


# id(pattern) -> (pattern, its twin for folded text). Not an lru_cache: hashing a re.Pattern
# hashes its whole compiled code (see extract.common.heading_matches).
_FOLDED_TWINS: dict[int, tuple[re.Pattern[str], re.Pattern[str]]] = {}


def _folded_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    entry = _FOLDED_TWINS.get(id(pattern))
    if entry is None or entry[0] is not pattern:
        entry = _FOLDED_TWINS[id(pattern)] = (pattern, _for_folded(pattern))
    return entry[1]


@lru_cache(maxsize=None)
def _folded_terms(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """`_clinical_terms.term_regex` of knowledge terms, for folded text (same matches, faster)."""
    if not patterns:
        return None
    ordered = sorted(patterns, key=lambda t: (-len(t), t))
    # Led by a look-ahead on the letters a term starts with: the engine skips other positions fast.
    return with_first_character_lookahead(
        _for_folded(re.compile(r"(?<![\w])(?:" + "|".join(f"(?:{p})" for p in ordered) + r")(?![\w])")))


def extract(document: Document, context: ExtractionContext) -> Iterator[Fact]:
    spans = _SentenceSpans()  # several passes read the sentences of the same blocks
    if document.role in EVIDENCE_ROLES:
        yield from _table_evidence(document)
        yield from _reference_list_evidence(document)
        yield from _prose_evidence(document, spans)
    yield from _equivalence(document, spans)
    if document.role in EVIDENCE_ROLES:
        yield from _evidence_gaps(document, spans)
    if document.role in _PURPOSE_ROLES:
        yield from _admitted_risk_strata(document, spans)
    if document.role in (Role.CEP, Role.CER):
        yield from _outcome_parameters(document, spans)


class _SentenceSpans:
    """`sentences(block)` of each block, computed once per document; and the locations of
    the sentences quoted, made once per document too."""

    def __init__(self) -> None:
        self._spans: dict[int, tuple[tuple[int, int], ...]] = {}
        self._locations: dict[tuple[int, int, int], Location] = {}

    def __call__(self, block: Block) -> tuple[tuple[int, int], ...]:
        found = self._spans.get(id(block))
        if found is None:
            found = self._spans[id(block)] = _spans_of_text(block.normalized)
        return found

    def fact(self, document: Document, block: Block, kind: FactKind, value, span: tuple[int, int]) -> Fact:
        """`common.make_fact(document, block, kind, value, span)`, sharing the location.

        A study sentence of a long CER is quoted twice, as EVIDENCE and as a result
        (OUTCOME_PARAMETER): its verbatim quote and page look-up are made once. A Location
        is frozen, so two facts may hold the same one.
        """
        key = (id(block), span[0], span[1])
        location = self._locations.get(key)
        if location is None:
            location = self._locations[key] = document.location(block, block.quote(*span))
        return Fact(kind=kind, value=value, location=location, role=document.role, language=document.language)


@dataclass(frozen=True)
class _Text:
    normalized: str  # all that `common.sentences` reads of a block


# `sentences` depends on the normalised text alone, and the appraisal paragraphs of a long CER
# annex repeat their boilerplate: cached by text.
@lru_cache(maxsize=8192)
def _spans_of_text(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(sentences(_Text(text)))  # type: ignore[arg-type]


# ---------------------------------------------------------------- literature tables

def column_roles(header: tuple[str, ...]) -> dict[str, int]:
    roles: dict[str, int] = {}
    for index, cell in enumerate(header):
        for name, pattern in _COLUMNS:
            if pattern.search(cell.strip()) and name not in roles:
                roles[name] = index
                break
    return roles


def is_literature_header(roles: dict[str, int]) -> bool:
    return "citation" in roles and bool(roles.keys() & {"population", "indication", "follow_up", "n", "design"})


def _table_evidence(document: Document) -> Iterator[Fact]:
    headers = {b.table_index: b for b in document.blocks
               if b.kind is BlockKind.TABLE_ROW and b.row_index == 0}
    table_roles = {index: column_roles(header.cells) for index, header in headers.items()}
    # Every column of durations (follow-up, time point, treatment duration): its "1-5 years" or
    # "≥ 6 months" says how long, never how old the patients were.
    table_durations = {index: frozenset(i for i, cell in enumerate(header.cells)
                                        if _DURATION_COLUMN.search(cell) and not _PEOPLE_COLUMN.search(cell))
                       for index, header in headers.items()}
    table_ages = {index: age for index, header in headers.items() if (age := age_column(header.cells))}
    # "| Follow-up (months) |" over "| 37 |": the header gives the bare numbers their unit.
    follow_up_units = {index: label_unit(headers[index].cells[roles["follow_up"]])
                       for index, roles in table_roles.items()
                       if "follow_up" in roles and roles["follow_up"] < len(headers[index].cells)}
    for block in document.blocks:
        if block.kind is not BlockKind.TABLE_ROW:
            continue
        if _is_search_method_section(block.section) or (
                block.cells and is_selection_criterion(block.cells[0].strip() + " :")):
            continue  # "| Excluded | animal studies, in-vitro studies |": a criterion, not a study
        roles = table_roles.get(block.table_index)
        if roles is None or not is_literature_header(roles):
            entry = key_value_follow_up(block)
            if entry is not None:
                yield make_fact(document, block, FactKind.EVIDENCE, entry)
            continue
        if not block.row_index:
            continue
        entry = entry_from_row(block.cells, roles, table_durations.get(block.table_index, frozenset()),
                               table_ages.get(block.table_index),
                               follow_up_units.get(block.table_index))
        if entry is not None:
            yield make_fact(document, block, FactKind.EVIDENCE, entry)


# A study described in a two-column table ("Follow-up | 12 months", "Durée de suivi | 6 mois").
_FOLLOW_UP_LABEL = re.compile(r"^\s*(?:(?:mean|median|maximum|max\.?|longest|total|duration of|length of|durée (?:du|de)|"
                              r"durée moyenne de)\s+)?(?:follow[- ]?up|observation (?:period|time)|suivi|"
                              r"nachbeobachtung\w*|beobachtungs(?:dauer|zeit\w*)|seguimiento|follow-up duration)"
                              r"(?:\s+(?:period|duration|time|durée|dauer))?\s*(?:\(\w+\))?\s*:?\s*$", re.IGNORECASE)
# "Follow-up (months)", "Follow-up [years]", "Suivi (en mois)", "Nachbeobachtung (Monate)".
_UNIT_IN_LABEL = re.compile(r"[(\[]\s*(?:in\s+|en\s+)?(months?|years?|weeks?|days?|mois|ans|années|semaines|jours|"
                            r"Monate\w*|Jahre\w*|Wochen|Tage\w*|mesi|anni|meses|años|mo|yrs?)\s*[)\]]",
                            re.IGNORECASE)
_UNIT_ABBREVIATIONS = {"mo": "months", "yr": "years", "yrs": "years"}


def label_unit(label: str) -> str | None:
    """The unit a column or row label gives its bare numbers ("Follow-up (months)" -> months)."""
    match = _UNIT_IN_LABEL.search(label)
    if match is None:
        return None
    return _UNIT_ABBREVIATIONS.get(match.group(1).lower(), match.group(1))
_PLAN_CONTEXT = re.compile(r"pmcf|plan|planned|proposed|scac|pianificat|geplant|prévu", re.IGNORECASE)


def key_value_follow_up(block: Block) -> EvidenceEntry | None:
    """The follow-up of a study summarised as label-value rows, from its "Follow-up" row; not in
    a plan's table (a follow-up still to come shows nothing yet)."""
    cells = block.cells
    if len(cells) < 2 or not _FOLLOW_UP_LABEL.match(cells[0]):
        return None
    value = " ".join(cells[1:])
    if _PLANNED.search(value) or _section_is(_PLAN_CONTEXT, block.section):
        return None
    unit = label_unit(cells[0])  # "Mean follow-up (months) | 18"
    if unit and not re.search(r"[^\W\d_]", value):
        value = f"{value} {unit}"
    months = max_duration_months(value, units_loose=True)
    if months is None:
        return None
    return EvidenceEntry(citation=block.section or " ".join(cells), subject=None, follow_up_months=months)


_DURATION_COLUMN = re.compile(dict(_COLUMNS)["follow_up"].pattern + r"|treatment time|time to|period|période|zeitraum",
                              re.IGNORECASE)
# A header that also names the people ("Patients / follow-up"): its ages stay readable.
_PEOPLE_COLUMN = re.compile(dict(_COLUMNS)["population"].pattern + r"|\bage\b|âge|alter\b|edad|età", re.IGNORECASE)


# A column of ages ("Age (years)", "Mean age", "Âge (ans)", "Alter [Jahre]", "Età media"), and
# the unit its header gives; its cells ("54-81", "mean 61") carry no unit of their own.
_AGE_HEADER = re.compile(r"^\W*(?:(?:mean|median|average|moyenne|âge moyen|mittleres|medio|media)\s+)?"
                         r"(?:age|âge|alter|edad|età|leeftijd)(?:\s+(?:moyen|médian|medio|media|mediana))?\b"
                         r"\W*(?:(?:in\s+)?(?P<unit>years?|yrs?|months?|weeks?|days?|ans|années|mois|semaines|jours|"
                         r"Jahren?|Monaten?|Monate|Wochen|Tagen?|anni|mesi|settimane|giorni|años|meses|semanas|días)\b)?\W*$",
                         re.IGNORECASE)
_AGE_CELL_MEAN = re.compile(r"^\s*(?:mean|median|average|moyenne|médiane|Mittel\w*|Median|media|mediana)\b\s*:?\s*",
                            re.IGNORECASE)


_AGE_SPREAD = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(?:±|\+/-|\(\s*(?:SD|DS|ET)\b)[^a-zA-Z]*$")


def age_column(header: tuple[str, ...]) -> tuple[int, str] | None:
    """The index of a table's column of ages and the unit its header names (years by default)."""
    for index, cell in enumerate(header):
        m = _AGE_HEADER.match(cell.strip())
        if m:
            return index, m.group("unit") or "years"
    return None


def _age_text(cell: str, unit: str) -> str:
    """An age cell read as a phrase the age reader understands: "54-81" -> "aged 54-81 years",
    "mean 61" -> "mean age 61 years"; a cell that names its own unit keeps it."""
    mean = _AGE_CELL_MEAN.match(cell)
    value = cell[mean.end():] if mean else cell
    spread = _AGE_SPREAD.match(value)  # "61 ± 9", "61 (SD 9)": a mean and its spread
    if spread:
        mean, value = spread, spread.group(1)
    if not re.search(r"[^\W\d_]", value):
        value = f"{value} {unit}"
    return f"mean age {value}" if mean else f"aged {value}"


def entry_from_row(cells: tuple[str, ...], roles: dict[str, int],
                   duration_columns: frozenset[int] = frozenset(),
                   ages: tuple[int, str] | None = None,
                   follow_up_unit: str | None = None) -> EvidenceEntry | None:
    def cell(name: str) -> str | None:
        index = roles.get(name)
        if index is None or index >= len(cells):
            return None
        return " ".join(cells[index].split()) or None

    citation = cell("citation")
    if not citation:
        return None
    row_text = " ".join(" ".join(cells).split())
    # Ages are read from the population cell, or from the row without its duration columns.
    people_text = " ".join(" ".join(c for i, c in enumerate(cells) if i not in duration_columns).split())
    population = cell("population")
    follow_up_cell = cell("follow_up")
    if follow_up_cell and follow_up_unit and re.fullmatch(r"[~≈<>≤≥]?\s*\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?",
                                                         follow_up_cell):
        follow_up_cell = f"{follow_up_cell} {follow_up_unit}"  # "37" under "Follow-up (months)"
    follow_up = (max_duration_months(follow_up_cell, units_loose=True)
                 if follow_up_cell and not _PLANNED.search(follow_up_cell)
                 else None if follow_up_cell else follow_up_months(row_text))
    # "| Meta-analysis | mean 8.2 years | 10-year survival 89 % |": a result at a time point
    # proves follow-up to that point.
    reached = result_time_point_months(row_text) if "%" in row_text and not _DISCARDED.search(row_text) else None
    if reached is not None and (follow_up is None or reached > follow_up):
        follow_up = reached
    n_cell = cell("n")
    groups = population_groups(population or people_text)
    if not groups and ages is not None and ages[0] < len(cells) and cells[ages[0]].strip():
        groups = population_groups(_age_text(" ".join(cells[ages[0]].split()), ages[1]))
    return EvidenceEntry(
        citation=citation,
        subject=subject_of(row_text),
        population=population,
        population_groups=groups,
        indication=cell("indication"),
        setting=cell("setting"),
        follow_up_months=follow_up,
        sample_size=sample_size(n_cell, bare_number=True) if n_cell else sample_size(row_text),
    )


# ---------------------------------------------------------------- reference lists and prose

def _reference_list_evidence(document: Document) -> Iterator[Fact]:
    for block in document.blocks:
        if block.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
            continue
        if not _section_is(_REFERENCE_SECTION, block.section):
            continue
        text = " ".join(block.normalized.split())
        if len(text.split()) < 3:
            continue
        yield make_fact(document, block, FactKind.EVIDENCE, EvidenceEntry(
            citation=text, subject=subject_of(text), population_groups=population_groups(text),
            follow_up_months=follow_up_months(text), sample_size=sample_size(text)))


def _prose_evidence(document: Document, spans: _SentenceSpans | None = None) -> Iterator[Fact]:
    spans = spans or _SentenceSpans()
    # Per section heading, whether its prose is skipped; per block text, its study sentences.
    # Thousands of blocks share a few hundred headings, and the appraisals of a long CER
    # annex repeat whole paragraphs (their entries depend on the text alone).
    skipped: dict[str | None, bool] = {}
    entries_of_text: dict[str, list[tuple[tuple[int, int], EvidenceEntry]]] = {}
    for block in document.blocks:
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            continue
        section = block.section
        skip = skipped.get(section)
        if skip is None:
            skip = skipped[section] = (
                _section_is(_REFERENCE_SECTION, section) or _section_is(_PRECLINICAL_OR_METHOD, section)
                or _is_search_method_section(section))
        if skip:
            continue
        found = entries_of_text.get(block.normalized)
        if found is None:
            found = entries_of_text[block.normalized] = _prose_entries(block, spans)
        for span, entry in found:
            yield spans.fact(document, block, FactKind.EVIDENCE, entry, span)


def _prose_entries(block: Block, spans: _SentenceSpans) -> list[tuple[tuple[int, int], EvidenceEntry]]:
    """(span, entry) of each sentence of a prose block that describes a study."""
    # The block is searched once from start to end: after the cue that makes a sentence
    # worth reading, the search goes on from the next sentence.
    folded = block.folded
    cue = _PROSE_CUE.search(folded)
    if cue is None:
        return []  # cheap: most prose of a long CER names no study
    text = block.normalized
    found = []
    all_spans = list(spans(block))
    for index, span in enumerate(all_spans):
        if cue.start() >= span[1]:
            continue
        entry = prose_entry(text[span[0]:span[1]])
        if entry is not None:
            if not entry.population_groups:
                # the quote runs on to the sentence that states the population
                entry, end = _with_neighbour_population(entry, text, all_spans[index + 1:index + 1 + _NEIGHBOURS])
                span = (span[0], max(span[1], end))
            found.append((span, entry))
        cue = _PROSE_CUE.search(folded, span[1])
        if cue is None:
            break
    return found


# "The validation study enrolled 412 subjects. Participants were aged 19-87 years (mean 58).":
# the sentences right after a study sentence often describe its subjects; their ages or groups
# are the study's population, up to the next sentence that describes a study of its own.
_NEIGHBOURS = 2
_SUBJECTS_DESCRIBED = re.compile(
    r"\b(?:participants?|patients?|subjects?|volunteers?|users?|recordings?|ECGs?|cohort|population|"
    r"(?:mean|median) age|aged?|ages|enrolled|included|recruited|sujets?|âgés?|"
    r"Patient(?:inn)?en|Probanden|Teilnehmer\w*|Alter|pazienti|soggetti|età|pacientes|sujetos|edad|"
    r"deelnemers|leeftijd)\b", re.IGNORECASE)


def _with_neighbour_population(entry: EvidenceEntry, text: str,
                               following: list[tuple[int, int]]) -> tuple[EvidenceEntry, int]:
    """The entry with the population groups the next sentences give its subjects, if any, and
    the end of the sentence that gives them (0 when none does)."""
    for start, end in following:
        sentence = text[start:end]
        if prose_entry(sentence) is not None:
            break  # another study: its population is its own
        if not _SUBJECTS_DESCRIBED.search(sentence):
            continue
        groups = population_groups(sentence)
        if groups:
            return replace(entry, population_groups=groups), end
    return entry, 0


# Pure and called for every study sentence of a long CER, whose appraisals repeat their
# boilerplate: cached.
@lru_cache(maxsize=16384)
def prose_entry(text: str) -> EvidenceEntry | None:
    """The evidence entry a sentence that names a study describes, or None when it describes
    no data."""
    cited = _citations(text)
    # The cue patterns' twins for folded text: the same matches, without re.IGNORECASE
    # (several times faster on the thousands of study sentences of a long CER).
    folded = fold_case(text)
    if not cited and not _FOLDED_STUDY_CUE.search(folded) and not _FOLDED_FOLLOW_UP_CUE.search(folded):
        return None  # a count of patients alone, without a citation, may be anything
    if _FOLDED_SELECTION_CRITERION.search(folded):  # `is_selection_criterion`
        return None  # "Exclusion reasons: animal or bench studies, case reports with < 10 patients"
    follow_up = follow_up_months(text)
    size = sample_size(text) or animal_count(text)
    # A study sentence without a citation or follow-up still describes data when it counts its
    # subjects ("48 adult ICU patients were enrolled", "an ovine model of 12 sheep"); a bare
    # mention of a study ("the study was approved") describes none.
    if not cited and follow_up is None and size is None and not _FOLDED_ENROLMENT.search(folded):
        return None
    return EvidenceEntry(citation=cited[0] if cited else text[:80], subject=_sentence_subject(text),
                         population_groups=population_groups(text), follow_up_months=follow_up,
                         sample_size=size)


# Data the text itself labels pre-clinical ("supportive pre-clinical studies [3] [4]",
# "präklinische Daten", "données précliniques", "bench testing", "laboratory reports"): named
# as such, they are not offered as clinical data.
LABELLED_PRECLINICAL = re.compile(
    r"\b(?:pre-?clinical|non-?clinical|präklinisch\w*|vorklinisch\w*|nicht-?klinisch\w*|"
    r"précliniques?|non cliniques?|preclinic[oi]|preclínic[oa]s?|preklinisch\w*)\s+"
    r"(?:\w+\s+)?(?:data|studies|study|evidence|tests?|testing|model|reports?|work|Daten|Studien|Untersuchungen|"
    r"données|études|dati|studi|datos|estudios|gegevens|onderzoek)\b|"
    r"\b(?:bench|laborator(?:y|ies)|in[- ]vitro|ex[- ]vivo|biocompatibility|Labor|laboratoire|banc)\s+"
    r"(?:\w+\s+)?(?:data|studies|study|tests?|testing|reports?|experiments?|work|"
    r"Daten|Studien|Prüfungen|Berichte?|données|études|essais|rapports?)\b",
    re.IGNORECASE)


def _sentence_subject(text: str) -> str | None:
    """The subject of a study sentence. A sentence that names its clinical study beside data it
    labels pre-clinical ("Clinical data: the prospective study MF-01 (52 patients) [1],
    supportive pre-clinical studies [3] [4] ...") is about the clinical study: the labelled
    items are filed as what they are."""
    subject = subject_of(text)
    if is_clinical_subject(subject):
        return subject
    if LABELLED_PRECLINICAL.search(text) and subject_of(LABELLED_PRECLINICAL.sub(" ", text)) == "human":
        return "human"
    # "The clinical data comprise 48 patients [1]; bench testing [3] and an ovine model [4] are
    # supportive": the entry is its first citation's, and the clause before it names humans.
    cited = _citations(text)
    if len(cited) > 1 and (at := text.find(cited[0])) > 0 and subject_of(clause_before(text, at)) == "human":
        return "human"
    return subject


def clause_before(text: str, end: int) -> str:
    """The clause of `text` that ends at `end` (a citation's position): back to the previous
    ";", ":", ". ", "," or " and " outside parentheses and brackets ("..., supportive
    pre-clinical studies [3] [4]" -> " supportive pre-clinical studies [3] ")."""
    depth = 0
    start = max(0, end - 200)
    for i in range(end - 1, start - 1, -1):
        char = text[i]
        if char in ")]":
            depth += 1
        elif char in "([":
            depth = max(0, depth - 1)
        elif depth == 0 and (char in ";:," or (char == "." and text[i + 1:i + 2] == " ")
                             or text.startswith((" and ", " et ", " und ", " e ", " y "), i)):
            return text[i + 1:end]
    return text[start:end]


# Every citation form of `claims.citations` holds a bracket or one of these words
# (lower-cased): a sentence with none of them cites nothing.
_CITATION_HINTS = ("(", "[", "et al", "ref", "réf", "lit", "quelle", "tab", "fig", "abb", "section",
                   "chapter", "chapitre", "kapitel", "abschnitt", "annex", "appendix", "anhang")


def _citations(text: str) -> tuple[str, ...]:
    low = text.lower()
    if not any(hint in low for hint in _CITATION_HINTS):
        return ()
    return claim_citations(text)


# "All patients enrolled were at high surgical risk": who the data come from.
_ENROLMENT = re.compile(r"\b(?:patients?|subjects?|participants?|animals?|children|infants|toddlers|neonates|"
                        r"newborns|adolescents|adults)\s+(?:\w+\s+){0,2}?(?:were|was)\s+"
                        r"(?:enrolled|included|recruited|randomi[sz]ed|treated|studied|followed|operated|"
                        r"implanted|ventilated)|\b(?:paediatric|pediatric|adult|neonatal) (?:cohort|population|"
                        r"series|arm|subgroup)|\b(?:enrolled|included|recruited)\s+"
                        r"(?:\w+\s+){0,3}?(?:patients?|subjects?|participants?)|\bpatients? (?:inclus|recrutés)|"
                        r"\b(?:eingeschlossene[nr]?|rekrutierte[nr]?) (?:\w+\s+)?(?:Patient\w*|Probanden)",
                        re.IGNORECASE)
_FOLDED_ENROLMENT = lowered_pattern(_ENROLMENT)
_ANIMAL_COUNT = re.compile(r"\b(\d+)\s+(?:\w+\s+)?(?:animals?|sheep|ewes|pigs|minipigs|swine|rats|mice|rabbits|"
                           r"dogs|goats|primates|animaux|moutons|brebis|porcs|lapins|Tiere[n]?|Schafe[n]?|"
                           r"Schweine[n]?|Ratten|Mäuse[n]?|Kaninchen)\b", re.IGNORECASE)


def animal_count(text: str) -> int | None:
    match = _ANIMAL_COUNT.search(text)
    return int(match.group(1)) if match else None


# ---------------------------------------------------------------- field readers

@lru_cache(maxsize=1)
def load_subjects() -> dict:
    return load("vocabulary/evidence_subjects")


@lru_cache(maxsize=1)
def _subject_patterns() -> tuple[tuple[str, re.Pattern[str], tuple[str, ...] | None], ...]:
    """(subject, pattern of its terms for folded text, the pattern's `_shortest_literals`)."""
    data = load_subjects()
    return tuple((s, p, _shortest_literals(p)) for s in data["precedence"]
                 if (p := _folded_terms(flatten(data["subjects"][s]["terms"]))) is not None)


def _shortest_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """`common.required_literals` of a lower-case pattern without those that contain another
    ("adult" for "adult patients"): a text holding none of them cannot match. A few `in` tests
    are cheaper than a search of a vocabulary's alternation, and most sentences name only one
    or two subjects or population groups."""
    literals = required_literals(pattern)
    if literals is None:
        return None
    return tuple(literal for literal in literals
                 if not any(other != literal and other in literal for other in literals))


def _may_match(folded: str, literals: tuple[str, ...] | None) -> bool:
    if literals is None:
        return True
    # A plain loop, not any(<generator>): asked of ~20 literal sets per sentence of a long CER,
    # where the generator's own overhead cost more than the substring tests.
    for literal in literals:
        if literal in folded:
            return True
    return False


# Pure and called for every sentence of a long CER: cached, as boilerplate recurs.
@lru_cache(maxsize=16384)
def subject_of(text: str) -> str | None:
    """The first subject (in precedence order) whose terms occur in `text`, not negated."""
    folded = fold_case(text)
    for subject, pattern, literals in _subject_patterns():
        if not _may_match(folded, literals):
            continue  # cheap: none of its terms occurs
        masked: list[tuple[int, int]] | None = None
        for match in pattern.finditer(folded):
            if is_negated(text, match.start()):
                continue
            exception = _subject_exceptions().get(subject)
            if exception is not None:
                if masked is None:
                    masked = [m.span() for m in exception.finditer(folded)]
                if any(s <= match.start() < e for s, e in masked):
                    continue  # "porcine collagen", "of animal origin": the device's material
            return subject
    return None


@lru_cache(maxsize=1)
def _subject_exceptions() -> dict[str, re.Pattern[str]]:
    """Per subject, the phrases whose terms do not name that subject (`not_when`): an animal
    word naming the origin of the device's material is not an animal study."""
    return {s: _for_folded(re.compile("|".join(f"(?:{p})" for p in entry["not_when"]["patterns"]), re.IGNORECASE))
            for s, entry in load_subjects()["subjects"].items() if entry.get("not_when")}


def is_clinical_subject(subject: str | None) -> bool:
    """Human clinical data, or unknown (not enough to call it non-clinical)."""
    if subject is None:
        return True
    return bool(load_subjects()["subjects"].get(subject, {}).get("clinical", False))


def subject_label(subject: str | None) -> str:
    if subject is None:
        return "unknown subject"
    return load_subjects()["subjects"].get(subject, {}).get("label", subject)


@lru_cache(maxsize=1)
def _group_patterns() -> dict[str, re.Pattern[str]]:
    own = load_subjects()["population_groups"]["terms"]
    merged: dict[str, list[str]] = {gid: [p for ps in terms.values() for p in ps] for gid, terms in own.items()}
    try:
        shared = load("vocabulary/population_groups").get("groups", {})
    except (FileNotFoundError, OSError, AttributeError):
        shared = {}
    for gid, entry in shared.items():
        terms = entry.get("terms", {}) if isinstance(entry, dict) else {}
        merged.setdefault(gid, []).extend(re.escape(t) for ts in terms.values() for t in (ts or ()))
    return {gid: _folded_terms(tuple(patterns)) for gid, patterns in merged.items() if patterns}


@lru_cache(maxsize=1)
def _group_literals() -> dict[str, tuple[str, ...] | None]:
    """Each population group's `_shortest_literals`."""
    return {gid: None if pattern is None else _shortest_literals(pattern)
            for gid, pattern in _group_patterns().items()}


# Pure and called for every sentence of a long CER: cached, as boilerplate recurs.
@lru_cache(maxsize=16384)
def population_groups(text: str | None) -> tuple[str, ...]:
    """Population-group ids a text names, or implies through an age range; not the groups it
    says were not studied ("No paediatric patients were included in GD-01 or the registry")."""
    if not text:
        return ()
    if _NOT_STUDIED_CUE.search(text):
        text = _NOT_STUDIED.sub(" ", text)
    found = list(named_groups(text)) + _groups_from_ages(text)
    return tuple(dict.fromkeys(found))


# A group the data do not cover: "No paediatric patients were included", "no children were
# enrolled", "Children were not included / were excluded", "aucun enfant n'a été inclus", "Kinder
# wurden nicht eingeschlossen".
# An age qualifier right after a group said to lack data belongs to it ("children under 6 years").
_AGE_TAIL = (r"(?:\s+(?:under|below|younger than|older than|over|above|aged|from|of)\s*(?:the\s+age\s+of\s+)?"
             r"[<>≤≥]?\s*\d+(?:\s*(?:[-–]|to)\s*\d+)?\s*(?:years?|yrs?|months?|weeks?|days?|kg)?(?:\s+of\s+age)?)?")
_NOT_STUDIED = re.compile(
    r"\b(?:no|none of the)\s+(?:[\w-]+\s+){0,3}?(?:patients?|subjects?|participants?|children|child|infants?|"
    r"neonates?|newborns?|adolescents?|adults?|women|men|recipients?|individuals?|persons?|users?|volunteers?)\s+"
    r"(?:were|was|have been|has been|had been)\s+"
    r"(?:included|enrolled|studied|treated|recruited|investigated|implanted|randomi[sz]ed)\b[^.;]*|"
    # the study as the subject: "the pivotal study did not include paediatric patients", "none of
    # the trials enrolled any children", "n'a inclus aucun enfant"
    r"\b(?:did|does|do|have|has)\s+not\s+(?:include|enrol|enroll|recruit|study|treat|implant)s?\s+(?:any\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:patients?|subjects?|participants?|children|child|infants?|neonates?|newborns?|"
    r"adolescents?|recipients?|individuals?|persons?|women|men|elderly)\b[^.;]*|"
    r"\b(?:n'a|n'ont|n'avait|n'avaient)\s+(?:pas\s+)?(?:inclus|recruté|étudié|traité|implanté)\s+(?:aucun(?:e)?|de)\s+[\w-]+|"
    # the data themselves rather than the people: "no pediatric recordings were used for training
    # or validation", "no paediatric data were collected"
    r"\b(?:no|none of the)\s+(?:[\w-]+\s+){0,2}?(?:recordings|data(?:sets?)?|images|samples|records|"
    r"cases|scans|measurements)\s+(?:were|was|have been|has been|had been)\s+(?:used|included|collected|"
    r"analy[sz]ed|evaluated|available|obtained|acquired)\b[^.;]*|"
    # data said to be lacking for a group: "performance in pediatric patients is less documented",
    # "limited data are available in children", "has not been established in adolescents"
    r"\b(?:in|for|among|on)\s+(?:[\w-]+\s+){0,2}?(?:patients?|children|infants|neonates|newborns|"
    r"adolescents|pediatric|paediatric|elderly|women|pregnan\w*)\b[^.;]{0,20}?\s+(?:is|are|remains?|has|have)"
    r"\s+(?:been\s+)?(?:less|poorly|not|insufficiently|only partly|scarcely|un)\s*(?:well\s+)?"
    r"(?:documented|established|known|studied|evaluated|investigated|validated|characteri[sz]ed)\b|"
    r"\b(?:limited|insufficient|scarce|sparse|no)\s+(?:clinical\s+)?(?:data|evidence|experience)\s+"
    r"(?:(?:is|are|exists?)\s+(?:available\s+)?)?(?:in|for|on|with)\s+(?:[\w-]+\s+){0,2}?(?:patients?|children|"
    r"infants|neonates|newborns|adolescents|elderly|women|pregnant\s+women)\b"
    rf"{_AGE_TAIL}|"
    r"\b(?:is|are|has|have)\s+not\s+(?:yet\s+)?(?:been\s+)?(?:established|studied|evaluated|documented|"
    r"investigated|validated)\s+(?:in|for|among)\s+(?:[\w-]+\s+){0,2}?(?:patients?|children|infants|"
    r"neonates|newborns|adolescents|elderly|women)\b"
    rf"{_AGE_TAIL}|"
    r"\b[\w-]+(?:\s+[\w-]+){0,2}?\s+(?:were|was|have been|has been)\s+(?:not\s+(?:included|enrolled|studied|"
    r"recruited|investigated)|excluded)\b|"
    r"\baucun(?:e)?\s+(?:[\w-]+\s+){0,2}?(?:n'a|n'ont)\s+été\s+(?:inclus|incluse?s?|étudiés?|traités?)\b|"
    r"\b[\w-]+\s+wurden\s+nicht\s+(?:eingeschlossen|untersucht|behandelt)\b|\bkein(?:e|en)?\s+[\w-]+\s+"
    r"(?:wurden?|waren?)\s+(?:[\w-]+\s+){0,4}?(?:eingeschlossen|untersucht|behandelt|aufgenommen|implantiert)\b",
    re.IGNORECASE)
_NOT_STUDIED_CUE = re.compile(r"\b(?:no|none|not|excluded|less|poorly|insufficient\w*|limited|scarce\w*|"
                               r"sparse|un(?:documented|established|known|studied|evaluated|validated)|"
                               r"aucun\w*|nicht|kein\w*)\b", re.IGNORECASE)


@lru_cache(maxsize=8192)  # asked of every evidence row, and rows recur in the CER, annexes and SSCP
def not_studied(text: str) -> bool:
    """True when a text says a group was not studied ("No paediatric patients were included",
    "performance in children is less documented") or that its use rests on extrapolation from
    other data ("paediatric use is extrapolated from adult data")."""
    return ((bool(_NOT_STUDIED_CUE.search(text)) and bool(_NOT_STUDIED.search(text))) or extrapolated(text)
            or admits_data_gap(text))


@lru_cache(maxsize=1)
def _data_gap_admission() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    data = load_subjects()["data_gap_admissions"]
    admissions = tuple(t for key, terms in data.items() if key not in ("source", "minor_ages") for t in terms)
    ages = tuple(t for terms in data["minor_ages"].values() for t in terms)
    return term_regex(admissions), term_regex(ages)


def admits_data_gap(text: str) -> bool:
    """True when a text admits that no data cover a group, in wordings of
    evidence_subjects.yaml `data_gap_admissions`: "no patients under 18 were enrolled", "none of
    the trials included children", "data in adolescents are lacking"."""
    pattern = _data_gap_admission()[0]
    return bool(pattern and pattern.search(text))


def names_minors_by_age(text: str) -> bool:
    """True when a text names minors by an age bound below adulthood ("patients younger than 18
    years", "between 28 days and 18 years", "moins de 18 ans"; `data_gap_admissions.minor_ages`)."""
    pattern = _data_gap_admission()[1]
    return bool(pattern and pattern.search(text))


def cohort_limited_to(text: str) -> tuple[str, ...]:
    """The population groups a sentence says a study cohort held exclusively ("In the study all
    212 pts. were adults", "the cohort consisted exclusively of elderly patients", "es wurden nur
    Erwachsene eingeschlossen"; evidence_subjects.yaml `exclusive_cohort`), or ()."""
    data = load_subjects()["exclusive_cohort"]
    only, study = term_regex(data["only"]), term_regex(data["study"])
    if only is None or study is None or not only.search(text) or not study.search(text):
        return ()
    # "All patients ... were adults": the "all" counts the cohort, it sets no population
    return tuple(g for g in named_groups(text) if g != "unrestricted")


@lru_cache(maxsize=1)
def _extrapolation() -> re.Pattern[str] | None:
    data = load_subjects()["extrapolation"]
    return term_regex(tuple(t for key, terms in data.items() if key != "source" for t in terms))


def extrapolated(text: str) -> bool:
    """True when a text says a use rests on extrapolation from other data ("paediatric use is
    supported by extrapolation from adult data"): the group it names was not studied itself."""
    pattern = _extrapolation()
    return bool(pattern and pattern.search(text))


@lru_cache(maxsize=16384)
def named_groups(text: str | None) -> tuple[str, ...]:
    """Population-group ids a text names in words ("children", "nouveau-nés"), not through ages."""
    if not text:
        return ()
    folded = fold_case(text)
    found = []
    literals = _group_literals()
    for gid, pattern in _group_patterns().items():
        if pattern is None or not _may_match(folded, literals[gid]):
            continue  # cheap: most groups are not named at all
        if any(not is_negated(text, m.start()) for m in pattern.finditer(folded)):
            found.append(gid)
    return tuple(found)


def _groups_from_ages(text: str) -> list[str]:
    bands = load_subjects()["age_groups"]["bands"]
    groups = []
    for low, high in age_spans(text):
        if low > high or high > 130:
            continue
        groups += [b["id"] for b in bands if low < b["high"] and high >= b["low"]]
    adult_low = load_subjects()["age_groups"]["paediatric_below_kg"]
    for low, high in weight_spans(text):
        if low < adult_low:  # studied weights below the adult envelope: the classes they span
            groups += [gid for gid, (w_low, w_high) in _weight_classes() if w_low < high and w_high > low]
    return groups


_PAEDIATRIC_CLASSES = ("preterm_neonates", "neonates", "infants", "children", "adolescents")


@lru_cache(maxsize=1)
def _weight_classes() -> tuple[tuple[str, tuple[float, float]], ...]:
    """Paediatric classes with their body-weight envelope (kg), from vocabulary/population_groups.yaml
    (WHO growth standards)."""
    groups = load("vocabulary/population_groups").get("groups", {})
    return tuple((gid, tuple(groups[gid]["weight_kg"])) for gid in _PAEDIATRIC_CLASSES
                 if gid in groups and None not in (groups[gid].get("weight_kg") or (None,)))


def _end_of_neonatal_period() -> float:
    """Years: where the infants' band of evidence_subjects.yaml `age_groups` starts."""
    return next(b["low"] for b in load_subjects()["age_groups"]["bands"] if b["id"] == "infants")


def _years(number: str, unit: str | None) -> float:
    unit = (unit or "y").lower()
    value = _num(number)
    if unit.startswith(("jahr", "jaar", "y", "an", "añ")):
        return value
    if unit.startswith(("mo", "mois", "mes", "maan")):
        return value / 12
    if unit.startswith(("w", "sem", "woch")):
        return value / 52.18
    if unit.startswith(("d", "j", "tag")):
        return value / 365.25
    return value


def age_spans(text: str) -> list[tuple[float, float]]:
    """Age intervals (years) a text states for its patients: ranges, lower and upper bounds,
    and a mean or median age (an interval of one point)."""
    text = fold_case(text)
    if not _AGE_HINT.search(text):
        return []  # cheap: no age unit at all
    spans, taken = [], []
    for m in _AGE_RANGE.finditer(text):
        if not _is_duration(text, m.start()) and _is_age_unit(text, m.start(), m.group("unit"), m.end()):
            spans.append((_years(m.group("a"), m.group("unit_a") or m.group("unit")),
                          _years(m.group("b"), m.group("unit"))))
        taken.append((m.start(), m.end()))
    for pattern in (_AGE_FROM, _AGE_UNDER):
        for m in pattern.finditer(text):
            if (_is_duration(text, m.start()) or not _is_age_unit(text, m.start(), m.group("unit"), m.end())
                    or any(s < m.end() and m.start() < e for s, e in taken)
                    or _bare_period(text, m)):
                continue  # "aged 6 months to 5 years": the range says it
            if pattern is _AGE_FROM:
                spans.append((_years(m.group("a"), m.group("unit")), 120.0))
            else:
                # "under 13 years" leaves the youngest age open: it brings in no neonates (which
                # a text names as such, or by a bound from birth: "0-13 years", "from birth").
                spans.append((_end_of_neonatal_period(), _years(m.group("b"), m.group("unit")) - 0.01))
    for m in _AGE_MEAN.finditer(text):
        number = m.group("a") or m.group("a2") or m.group("a3")
        value = _years(number, m.group("unit") or m.group("unit2") or m.group("unit3"))
        spans.append((value, value))
    return spans


# "followed for 2-5 years", "follow-up of 6 to 12 months", "suivi de 2 à 5 ans": a duration, not ages.
_DURATION_BEFORE = re.compile(r"(?:follow|suivi|nachbeob|seguimiento|observ|duration|durée|dauer|period|période|"
                              r"\bfu\b|\bf/u|time ?point|zeitpunkt|durata|duración|"
                              r"\bfor|during|over|after|within|\bat|pendant|durant|während|nach|durante|per)\w*\W+"
                              r"(?:\w+\W+){0,2}$", re.IGNORECASE)


def _is_duration(text: str, start: int) -> bool:
    return bool(_DURATION_BEFORE.search(text[max(0, start - 30):start]))


# A bound with a time unit is the patients' age when the comparator says so ("older than",
# "aged"), when the people or an age word stand right before it ("patients under 18 years",
# "children < 12 y", "age ≥ 65 y"), or when it is the whole text (an age cell). Otherwise it is
# a period of a registry, follow-up or result: "registry of 500 patients over 10 years", "data
# up to 10 y", "< 10 years of follow-up", "Register über 10 Jahre".
_AGE_COMPARATOR = re.compile(r"older|younger|aged|âg|mayores|menores|minori|di età|sotto i|plus de|moins de")
_PEOPLE_RIGHT_BEFORE = re.compile(
    r"(?:\b(?:patients?|pts?|subjects?|participants?|people|persons?|individuals|children|"
    r"child|infants?|adolescents?|adults?|neonates|newborns|boys|girls|women|men|enfants|"
    r"kinder\w*|patient\w*|bambini|pazienti|niños|pacientes|kinderen|patiënten|volunteers|"
    r"age[ds]?|ages|âge|alter|edad|età|leeftijd)|âgés?)\s*[:=]?\s*(?:\w+\s+){0,1}$")
_OVER_A_PERIOD = re.compile(r"over|über|sur|oltre|durante")
_DESIGN_COUNT_BEFORE = re.compile(
    r"(?:registr\w*|register|cohort\w*|kohorte|series|série|serie|stud\w*|étude|trial|experience|"
    r"expérience|erfahrung)\b[^|;.]{0,25}?\b\d+\s+(?:patients|pts|subjects|participants|"
    r"patienten|pazienti|pacientes|patiënten)\s*$")
_PERIOD_AFTER = re.compile(r"\s*(?:of\s+|de\s+|di\s+)?(?:follow|fu\b|f/u|suivi|nachbeob|seguimiento|"
                           r"post|observation|beobachtung)")


def _bare_period(text: str, m: re.Match) -> bool:
    if _PERIOD_AFTER.match(text, m.end()):
        return True
    if _AGE_COMPARATOR.match(m.group(0)) or not text[:m.start()].strip():
        return False
    if _OVER_A_PERIOD.match(m.group(0)) and _DESIGN_COUNT_BEFORE.search(text, max(0, m.start() - 60), m.start()):
        return True  # "cohort of 300 patients over 8 years": the study's period
    return not _PEOPLE_RIGHT_BEFORE.search(text, max(0, m.start() - 40), m.start())


# Days and weeks are ages only when the text says so ("aged 2-28 days", "postnatal age"): "3-5
# days of ventilation" is a duration.
_AGE_WORD_BEFORE = re.compile(r"(?:\bage|âg|alter|edad|età|old|postnatal|gestation)\w*\W+(?:\w+\W+){0,2}$",
                              re.IGNORECASE)


# ... or after it: "from 9 days of age", "9 days old", "9 jours de vie", "9 Tage alt".
_AGE_WORD_AFTER = re.compile(r"\s*(?:of age|old\b|de vie|d'âge|alt\b|di vita|de edad|de vida|postnatal)",
                             re.IGNORECASE)


def _is_age_unit(text: str, start: int, unit: str | None, end: int | None = None) -> bool:
    if not (unit or "").lower().startswith(("w", "sem", "woch", "d", "jour", "j", "tag", "gior")):
        return True  # years and months
    if _AGE_WORD_BEFORE.search(text[max(0, start - 30):start]):
        return True
    if end is not None and (_AGE_WORD_AFTER.match(text, end) or _AGE_COMPARATOR.match(text, start)):
        return True  # "9 days of age", "aged 9 days"
    return False


_AGE_HINT = re.compile(r"\d\s*(?:-|–|\w+\s+)?\d*\s*(?:y|an|mo|mois|jahr|monat|week|sem|woch|day|jour|tag|año|ann|mes|jaar|maand|d\b|wk|j\b|gior|día)",
                       re.IGNORECASE)


def weight_spans(text: str) -> list[tuple[float, float]]:
    """Body-weight intervals (kg) a text states: "5-40 kg", "< 20 kg"."""
    text = fold_case(text)
    if not _WEIGHT_HINT.search(text):
        return []  # cheap: no weight unit after a number
    spans = []
    for m in _GRAMS_UNDER.finditer(text):
        grams = float(re.sub(r"\D", "", m.group("b")))
        if 300 <= grams <= 5000:  # a newborn's weight, not grams of a product
            spans.append((0.0, grams / 1000))
    for m in _WEIGHT_RANGE.finditer(text):
        low, high = _num(m.group("a")), _num(m.group("b"))
        if m.group("unit").lower() == "g":
            if high < 300:
                continue  # grams of a product, not a body weight
            high /= 1000
            if (m.group("unit_a") or "g").lower() == "g":
                low /= 1000
        spans.append((low, high))
    spans += [(0.0, _num(m.group("b"))) for m in _WEIGHT_UNDER.finditer(text)]
    return spans


def _num(text: str) -> float:
    return float(text.replace(",", "."))


def durations_months(text: str, *, units_loose: bool = False) -> list[float]:
    # "a ten-year follow-up", "suivi de dix ans", "zehn Jahre", "diez años": values only, so
    # the view's figures need no mapping back
    text = numeral_view(text, ANY_LANGUAGE).text
    values = []
    for match in _DURATION.finditer(text):
        unit = match.group("unit")
        if len(unit) == 1 and not units_loose:
            continue
        key = unit[0].lower()
        if unit.lower().startswith(("mo", "mois")):
            key = "m"
        elif unit.lower().startswith(("an", "ann", "jahr", "añ", "jaar")):
            key = "y"
        elif unit.lower().startswith(("mes", "maand")):
            key = "m"
        elif unit.lower().startswith(("sett", "week", "wek")):
            key = "w"
        elif unit.lower().startswith(("gior", "dí", "dag")):
            key = "d"
        elif unit.lower().startswith(("sem", "woch")):
            key = "w"
        elif unit.lower().startswith(("tag", "jour")):
            key = "d"
        factor = _UNIT_MONTHS.get(key)
        if factor is None:
            continue
        high = match.group("b") or match.group("a")
        # "mean 6.1 years (2–9)", "6.1 (range 2-9) years": the range's top is the longest.
        spread = _SPREAD_AFTER.match(text, match.end()) or _SPREAD_BEFORE.search(match.group(0))
        if spread and not match.group("b") and _num(spread.group("low")) <= _num(match.group("a")) <= _num(spread.group("high")):
            high = spread.group("high")
        values.append(round(_num(high) * factor, 2))
    return values


_SPREAD = (r"\(\s*(?:range|min[-–]max|étendue|extrêmes|Spanne|Bereich|intervallo|rango|bereik)?\s*:?\s*"
           r"(?P<low>\d+(?:[.,]\d+)?)\s*(?:[-–—]|to|à|bis|a|tot)\s*(?P<high>\d+(?:[.,]\d+)?)\s*\)")
_SPREAD_AFTER = re.compile(r"\s*" + _SPREAD, re.IGNORECASE)
_SPREAD_BEFORE = re.compile(_SPREAD + r"\s*[- ]?[^\W\d]+$", re.IGNORECASE)


def max_duration_months(text: str, *, units_loose: bool = False) -> float | None:
    values = durations_months(text, units_loose=units_loose)
    return max(values) if values else None


# "will be followed for 5 years", "a 10-year follow-up is planned", "seront suivis pendant 5 ans",
# "eine Nachbeobachtung über 5 Jahre ist geplant": a follow-up still to come shows nothing yet.
_PLANNED = re.compile(r"\b(?:will|shall|planned|plans? to|intends? to|to be (?:followed|observed|enrolled|"
                      r"included|collected|confirmed)|(?:is|are) to be|sera|seront|prévu\w*|suivra\w*|"
                      r"geplant\w*|vorgesehen\w*|soll(?:en)?|previst\w*|se seguirá\w*|sarà|saranno|"
                      r"pianificat\w*|planificad\w*)\b", re.IGNORECASE)


# "Smith 2018 (5-year follow-up) was excluded: another device": data not relied upon.
_DISCARDED = re.compile(r"\b(?:(?:was|were|is|are) (?:excluded|discarded|not (?:used|considered|retained|included))|"
                        r"exclu(?:e|s|es)? de|non retenu\w*|wurden? (?:ausgeschlossen|nicht berücksichtigt)|"
                        r"fue(?:ron)? excluid\w*|(?:è|sono) stat[oaie] esclus\w*)\b", re.IGNORECASE)


# "Durable repair: recurrence at 24 months", "Primary endpoint: long-term patency at 5 years":
# the name of an endpoint, a label and what is measured, with no result in it.
_LABELLED = re.compile(r"^\s*(?:[\w'’/()-]+\s+){0,5}[\w'’/()-]+\s*:\s*(?P<tail>.+)$")
_RESULT = re.compile(r"\d\s*%|\b(?:is|are|was|were|has|have|provides?|ensures?|offers?|shows?|showed|remains?|"
                     r"achieve[sd]?|demonstrated?|est|sont|bietet|ist|sind|zeigt)\b", re.IGNORECASE)
_ENDPOINT_WORDS = re.compile(r"\b(?:end-?points?|outcome (?:measures?|parameters?)|acceptance criteri\w+|"
                             r"defined as|critères? de jugement|Endpunkt\w*|Zielgröße\w*)\b", re.IGNORECASE)


# What an endpoint measures, and when: "recurrence at 24 months", "rate of ...", "freedom from ...".
_MEASURE = re.compile(r"\b(?:at|after|à|après|nach|bei)\s+\d+\s*(?:months?|years?|weeks?|days?|mois|ans|semaines|"
                      r"Monaten?|Jahren?|Wochen)\b|\b(?:rates?|incidence|recurrence|freedom from|survival|scores?|"
                      r"proportion|percentage|number of|time to|taux|Rate|Inzidenz)\b", re.IGNORECASE)


def is_endpoint_definition(text: str) -> bool:
    """An endpoint's name and definition rather than a claim that the device achieves it:
    "Primary endpoint: ...", "Durable repair: recurrence at 24 months" (a label, then what is
    measured and when, with no result). "Clinical benefit: lifelong fixation" is a claim."""
    if _ENDPOINT_WORDS.search(text):
        return True
    labelled = _LABELLED.match(text)
    if not labelled:
        return False
    tail = labelled.group("tail")
    return bool(_MEASURE.search(tail)) and not _RESULT.search(tail)


# "will be confirmed", "remains to be demonstrated", "is planned", "sera évalué", "ist geplant":
# what is still to be shown. A claim in the future tense ("will remain stable for life") is no plan.
_TO_BE_SHOWN = re.compile(
    r"\b(?:will|shall|is to|are to|remains? to|has yet to|have yet to)\s+be\s+(?:\w+\s+)?(?:confirmed|assessed|"
    r"evaluated|demonstrated|verified|investigated|studied|monitored|collected|followed|shown|established|"
    r"substantiated)\b|\b(?:is|are) planned\b|\bsera(?:ient|nt)?\s+(?:\w+\s+)?(?:confirmée?s?|évaluée?s?|"
    r"démontrée?s?|vérifiée?s?)|\b(?:ist|sind|wird|werden)\s+(?:\w+\s+){0,4}?(?:geplant|zu bestätigen|"
    r"nachzuweisen|zu belegen)\b", re.IGNORECASE)


# A sentence whose subject is the PMCF describes what it will do: "PMCF is a 5-year registry
# ...", "the PMCF registry REG-07 has a 5-year follow-up and includes children" (its design, not
# its data)
# ...", "The PMCF study follows 300 patients to 10 years", "Le SCAC consiste en un registre à
# 5 ans", "Die PMCF-Studie umfasst ...", "Il PMCF prevede un registro a 5 anni".
_DESCRIBES_PMCF = re.compile(
    # a list label may open it ("R-3:", "2)")
    r"^\W*(?:[\w-]{1,6}\s*[:)]\s+)?(?:(?:the|our|this|le|la|l'|les|ce|cette|der|die|das|il|lo|la|el|los)\s+)?"
    r"(?:PMCF|post-market clinical follow-up|post-market clinical follow up|SCAC|SCPC|"
    r"suivi clinique après commercialisation|klinische Nachbeobachtung nach dem Inverkehrbringen)"
    r"(?:[- ](?:plan|plans|study|studies|activit\w+|registry|registries|survey|programme|program|"
    r"plans?|étude|études|registre|Studie|Studien|Register|studio|registro))?"
    # its name or code may follow: "the PMCF registry REG-07 (NCT01234567) has ..."
    r"(?:\s+(?-i:[A-Z0-9][A-Z0-9-]{2,}))?(?:\s+\([^()]{1,30}\))?"
    r"\s+(?:(?:is|are|ha(?:s|ve)(?!\s+(?:\w+\s+)?(?:been|shown|demonstrated|reported|confirmed|found|yielded|observed|"
    r"collected|enrolled|included|recorded|documented|achieved|produced|provided|generated|treated|followed)\b)|consists?|comprises?|includes?|continues?|follows?|involves?|extends?|uses?|relies|"
    r"runs?|covers?|enrols?|enrolls?|will|plans?|foresees?|est|sont|consiste|comprend|poursuit|suit|prévoit|"
    r"inclut|ist|sind|umfasst|besteht|setzt|folgt|sieht|wird|werden|è|prevede|comprende|continua|es|consiste|"
    r"incluye|continúa)\b)", re.IGNORECASE)


@lru_cache(maxsize=8192)  # asked of every evidence row, as `not_studied`
def is_deferred(text: str) -> bool:
    """A statement about what is still to come: a plan ("will be confirmed by the PMCF registry",
    "a 10-year follow-up is planned", "PMCF is a 5-year registry to assess long-term stability"),
    not a result or a claim about the device."""
    return bool(_TO_BE_SHOWN.search(text) or _DEFERRED_TO_PMCF.search(text) or _DESCRIBES_PMCF.search(text)
                or (_PMCF_OF_DURATION.search(text) and not _HAS_RESULT.search(text)))


# "Five-year PMCF follow-up of the study patients and an EU registry (plan P-12)", "2-year
# post-market clinical follow-up registry": a PMCF activity named by its length, with no result,
# is the plan of data to come, not data already held.
_PMCF_OF_DURATION = re.compile(
    r"^\W*(?:[\w-]{1,6}\s*[:)]\s+)?(?:an?\s+|the\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
    r"fifteen|twenty)[- ](?:years?|months?)\s+(?:PMCF|post-market clinical follow[- ]up)\b|"
    # "Follow-up continues for 5 years in PMCF", "follow-up will be extended to 10 years in the registry"
    r"\bfollow[- ]?up\s+(?:continues|will continue|is continuing|is ongoing|extends|will (?:be )?extend(?:ed)?|"
    r"is extended|is planned)\b[^.;]{0,50}\b(?:PMCF|post-market|registry)", re.IGNORECASE)
_HAS_RESULT = re.compile(r"%|\b(?:showed|shows|found|reported|observed|demonstrated|confirmed|was|were)\b", re.IGNORECASE)


# A result reported at a time point proves follow-up to that point: "10-year survival 89 %",
# "survivorship 94.2 % at 7 years", "at 10 years, 91 % were free from revision", "survie à 10 ans
# de 92 %", "10-Jahres-Überlebensrate 93 %", "sopravvivenza a 10 anni del 90 %".
_POINT_UNIT = (r"(?:years?|yrs?|months?|mths?|mos?|weeks?|wks?|ans|années?|mois|semaines|Jahren?|Monaten?|Wochen|anni|mesi|"
               r"settimane|años|meses|semanas|jaar|maanden|weken)")
_NOT_AGE = r"(?![- ]old\b|\s+(?:of age|old|alt|d'âge|di età|de edad)\b)"
_VALUE = r"(?<![<>≤≥=])(?<![<>≤≥=]\s)(?P<{0}>\d+(?:[.,]\d+)?)\s*%"
_RESULT_AT_POINT = re.compile(
    # "10-year survival 89 %", "7 year survivorship was 94.2 %", "10-Jahres-Überlebensrate 93 %"
    r"\b(?P<a>\d+(?:[.,]\d+)?)[- ](?P<ua>year|yr|month|mo|week|Jahres|Monats)" + _NOT_AGE
    + r"[- ][^\W\d][^.;:%<>≤≥]{0,50}?" + _VALUE.format("va") + "|"
    # "survivorship 94.2 % at 7 years", "92 % à 10 ans"
    + _VALUE.format("vb") + r"[^.;:<>≤≥]{0,40}?\b(?:at|after|à|après|nach|a(?:\s+los)?|dopo|tras|na|op|bei)\s+"
    r"(?P<b>\d+(?:[.,]\d+)?)\s*(?P<ub>" + _POINT_UNIT + r")\b" + _NOT_AGE + "|"
    # "at 10 years, survival was 89 %", "survie à 10 ans de 92 %"
    r"\b(?:at|after|à|après|nach|a(?:\s+los)?|dopo|tras|na|op|bei)\s+(?P<c>\d+(?:[.,]\d+)?)\s*(?P<uc>" + _POINT_UNIT
    + r")\b" + _NOT_AGE + r"[^.;:%<>≤≥]{0,50}?" + _VALUE.format("vc"),
    re.IGNORECASE)
# A target, a benchmark or an expectation at a time point is no result.
_NOT_A_RESULT_NEARBY = re.compile(
    r"\b(?:criteri\w*|critères?|Kriteri\w*|target|threshold|benchmark|goal|acceptance|expected|objective|"
    r"required|must|should|seuil|objectif|Zielwert|Schwelle|soglia|umbral|state of the art|SOTA|"
    # a bound claimed ("10-year survival above 95 %") is no figure measured
    r"above|below|exceed\w*|more than|less than|greater than|at least|at most|supérieure?|inférieure?|"
    r"plus de|moins de|über|unter|mehr als|weniger als|mindestens|oltre|superiore|inferiore|más de|menos de|"
    r"meer dan|minder dan)\b", re.IGNORECASE)


def result_time_point_months(text: str) -> float | None:
    """The latest time point at which a text reports a result (a percentage), in months."""
    best = None
    for match in _RESULT_AT_POINT.finditer(text):
        window = text[max(0, match.start() - 40):match.end() + 40]
        if _PLANNED.search(window) or _NOT_A_RESULT_NEARBY.search(window):
            continue
        number = match.group("a") or match.group("b") or match.group("c")
        unit = (match.group("ua") or match.group("ub") or match.group("uc")).lower()
        key = "m" if unit.startswith(("mo", "mes", "maand")) else "w" if unit.startswith(
            ("w", "sem", "sett")) else "y"
        months = round(_num(number) * _UNIT_MONTHS[key], 2)
        best = months if best is None or months > best else best
    return best


def follow_up_months(text: str) -> float | None:
    """The longest duration stated next to a follow-up cue ("12-month follow-up", "suivi de 6 mois"),
    unless the follow-up is still to come ("patients will be followed for 5 years"), or the latest
    time point of a result the text reports ("10-year survival 89 %"), whichever is longer."""
    # Read for every study sentence of a long CER: the cues on folded text (same spans).
    folded = fold_case(text)
    cues = list(_FOLDED_FOLLOW_UP_CUE.finditer(folded))
    if not cues and "%" not in text:
        return None
    if _FOLDED_DISCARDED.search(folded):
        return None  # data not relied upon: neither a result nor a follow-up counts
    best = result_time_point_months(text) if "%" in text else None
    for cue in cues:
        start, end = max(0, cue.start() - 30), cue.end() + 40
        # "visits at 6 weeks and at 6, 12, 24 and 36 months": a list of numbers sharing the
        # unit after the last is read to its unit, wherever the window cuts it.
        if end < len(text) and _LIST_TAIL.search(text, max(0, end - 12), end):
            more = _LIST_CONTINUES.match(text, end)
            if more:
                end = more.end()
        # "for a mean of 11.2 yrs (max. 16 yrs)": a window cut inside a bracket reads the
        # bracket to its end, where the longest follow-up often stands.
        if text.rfind("(", start, end) > text.rfind(")", start, end):
            close = text.find(")", end, end + 40)
            if close != -1:
                end = close + 1
        # "12 months (36 planned)", "24 months (5 years foreseen)": the bracket names the plan,
        # the duration before it is the follow-up reached
        window = _PLANNED_ASIDE.sub(lambda m: " " * len(m.group(0)), text[start:end])
        if _PLANNED.search(window) or _FORESEEN.search(
                text, _clause_start(text, cue.start()), cue.start()):
            continue
        value = max_duration_months(_AGE.sub(lambda m: " " * len(m.group(0)), window))
        if value is not None and (best is None or value > best):
            best = value
    return best


# "The PMCF foresees a registry with follow-up to 10 years", "le plan prévoit un suivi de 10
# ans", "il PMCF prevede un follow-up a 10 anni": a follow-up the plan provides for, stated in
# the clause before the cue, is still to come.
_FORESEEN = re.compile(r"\b(?:foresees?|foreseen|foreseeing|envisages?|envisaged|provides for|prévoi[et]n?t?|"
                       r"prévu\w*|prevede|prevedono|previst\w*|prevé|prevén|sieht|vorgesehen\w*)\b", re.IGNORECASE)


# A bracket after a duration that names what is still planned: "(36 planned)", "(5 years
# foreseen)", "(prévu 36 mois)", "(geplant: 36 Monate)".
_PLANNED_ASIDE = re.compile(
    r"(?<=\w)\s*\((?=[^()]{0,40}?\b(?:planned|foreseen|intended|ongoing|scheduled|target|prévu\w*|geplant\w*|"
    r"vorgesehen\w*|previst\w*|planificad\w*|pianificat\w*)\b)[^()]{0,40}\)", re.IGNORECASE)


def _clause_start(text: str, end: int) -> int:
    """Where the clause ending at `end` begins (after the last full stop, semicolon or colon)."""
    return max(text.rfind(mark, 0, end) for mark in (". ", ";", ":")) + 1


# "(mean age 41,3 years) with follow-up at 24 months", "aged 8.5 years", "65 years old",
# "âge moyen 52 ans", "Durchschnittsalter 61 Jahre": an age beside a follow-up cue is no
# follow-up; it is blanked (same length) before the durations of the window are read.
_AGE = re.compile(
    r"\b(?:(?:mean|median|average)\s+age|aged?|ages|age\s+(?:of|range)|âge(?:\s+moyen|\s+médian)?|"
    r"(?:Durchschnitts)?[Aa]lter|età(?:\s+media|\s+mediana)?|edad(?:\s+media|\s+mediana)?|"
    r"leeftijd)\b[^.;()\d]{0,20}?\d+(?:[.,]\d+)?(?:\s*(?:±|\+/-|-|–|to)\s*\d+(?:[.,]\d+)?)?\s*"
    r"(?:years?|yrs?|y\b|ans|Jahren?|Jahre|anni|años|jaar)|"
    r"\b\d+(?:[.,]\d+)?\s*(?:years?|yrs?)[- ]old\b", re.IGNORECASE)


# The window of a follow-up cue ends in a list of numbers ("at 6, 12, 2"), which goes on to
# its unit ("4 and 36 months", "6, 12 y 24 meses", "und 24 Monate").
_LIST_TAIL = re.compile(r"\d[\d.,]*\s*(?:,|;|&|/|\band|\bor|\bet|\bou|\bund|\boder|\by|\be|\bto|-|–)?\s*\d*$",
                        re.IGNORECASE)
_LIST_CONTINUES = re.compile(r"\d*(?:\s*(?:,|;|&|/|\band\b|\bor\b|\bet\b|\bou\b|\bund\b|\boder\b|\by\b|\be\b|"
                             r"\bto\b|-|–)?\s*\d+(?:[.,]\d+)?)*\s*-?\s*[^\W\d_]+", re.IGNORECASE)


_FOLDED_FOLLOW_UP_CUE, _FOLDED_DISCARDED, _FOLDED_PLANNED = (
    _for_folded(p) for p in (_FOLLOW_UP_CUE, _DISCARDED, _PLANNED))


def sample_size(text: str | None, *, bare_number: bool = False) -> int | None:
    if not text:
        return None
    match = _SAMPLE.search(text)
    if match:
        return int(match.group(1) or match.group(2))
    if bare_number:
        bare = re.search(r"\d+", text)
        return int(bare.group(0)) if bare else None
    return None


def citation_keys(text: str) -> set[str]:
    """Keys to match a claim's citation to an evidence entry: reference numbers, author-year."""
    keys: set[str] = set()
    label = _LEADING_LABEL.match(text)
    if label:
        keys.add(label.group(1) or label.group(2))
    for bracket in re.finditer(r"\[([\d,\s;-]+)\]|\((\d{1,3}(?:\s*[-,;]\s*\d{1,3})*)\)|"
                               r"(?:refs?|réf|Lit)\.?\s*([\d,\s;-]+)", text, re.IGNORECASE):
        keys |= _expand_numbers(bracket.group(1) or bracket.group(2) or bracket.group(3))
    if re.fullmatch(r"[\d,\s;-]+", text.strip()):
        keys |= _expand_numbers(text)
    for author in re.finditer(r"([A-ZÀ-Ý][\w'-]+)(?: et al\.?| and [A-Z][\w'-]+| & [A-Z][\w'-]+)?,? \(?((?:19|20)\d{2})",
                              text):
        keys.add(f"{author.group(1).lower()} {author.group(2)}")
    return keys


def _expand_numbers(text: str) -> set[str]:
    keys: set[str] = set()
    for part in re.split(r"[,;]", text):
        bounds = [p for p in re.split(r"\s*-\s*", part.strip()) if p.isdigit()]
        if len(bounds) == 2 and int(bounds[1]) - int(bounds[0]) < 50:
            keys |= {str(i) for i in range(int(bounds[0]), int(bounds[1]) + 1)}
        elif bounds:
            keys.add(bounds[0])
    return keys


# ---------------------------------------------------------------- admitted absence of data

# "No clinical data specific to the device are available", "there are no clinical safety data
# on X", "aucune donnée clinique spécifique au dispositif", "keine produktspezifischen
# klinischen Daten": the file admits that the device itself has no clinical data.
_GAP_CUE = re.compile(r"\b(?:no|aucune?|keine\w*|absence|lack|not available|non disponibles?|nicht verfügbar|"
                      r"nicht vorhanden|none)\b", re.IGNORECASE)
_EVIDENCE_GAP = re.compile(
    r"\b(?:no|lack of|absence of|without)\s+(?:\w+[- ]\w+\s+|\w+\s+){0,2}?clinical\s+(?:\w+\s+){0,2}?"
    r"(?:data|evidence|experience|investigations?|studies)\s+(?:\w+\s+){0,3}?"
    r"(?:specific(?:ally)? (?:to|for|on)|(?:on|of|for|with|from) the (?:subject |present |own )?(?:device|product)\b|"
    r"(?:on|of|for|with) (?:it|itself)\b)|"
    r"\bno (?:device|product)[- ]specific clinical (?:\w+\s+)?(?:data|evidence|studies)|"
    r"\bclinical (?:\w+\s+)?data (?:specific to|on|for) the (?:subject )?(?:device|product) (?:are|is) "
    r"(?:not (?:yet )?available|lacking|unavailable|absent)|"
    r"\baucune? (?:donnée|étude|investigation)s? cliniques? (?:\w+\s+){0,2}?(?:spécifiques? (?:au|à ce)|sur le|relatives? au|"
    r"concernant le|du) (?:dispositif|produit)|"
    r"\bkeine (?:\w+\s+){0,2}?(?:produktspezifischen|gerätespezifischen) klinischen (?:Daten|Studien|Nachweise)|"
    r"\bkeine (?:eigenen )?klinischen (?:\w+)?(?:Daten|Studien|Prüfungen) (?:zum|für das|über das|mit dem) (?:Produkt|Medizinprodukt|Gerät)",
    re.IGNORECASE)
# "... other than those of the equivalent device", "except", "beyond": data exist elsewhere.
_GAP_QUALIFIED = re.compile(r"\b(?:other than|except|beyond|besides|in addition to|apart from|autres? que|"
                            r"hormis|außer|ausser|über .* hinaus)\b|\bwere excluded\b", re.IGNORECASE)


_FOLDED_GAP_CUE = _for_folded(_GAP_CUE)
# Every form of `_EVIDENCE_GAP` names clinical data: "clinical", "clinique", "klinisch" (tested
# inline below, the cheapest way in CPython).


def _evidence_gaps(document: Document, spans: _SentenceSpans | None = None) -> Iterator[Fact]:
    spans = spans or _SentenceSpans()
    for block in document.blocks:
        if block.kind is BlockKind.HEADING:
            continue
        folded = block.folded
        if not ("clinical" in folded or "clinique" in folded or "klinisch" in folded) or not _FOLDED_GAP_CUE.search(folded):
            continue
        for span in spans(block):
            sentence = folded[span[0]:span[1]]  # the same test, sentence by sentence
            if not ("clinical" in sentence or "clinique" in sentence or "klinisch" in sentence):
                continue
            text = block.normalized[span[0]:span[1]]
            if is_evidence_gap(text):
                yield make_fact(document, block, FactKind.EVIDENCE_GAP, text.strip(), span)


def is_evidence_gap(text: str) -> bool:
    """True when a sentence admits that no clinical data of the device itself exist."""
    return bool(_EVIDENCE_GAP.search(text)) and not _GAP_QUALIFIED.search(text)


# ---------------------------------------------------------------- surgical-risk strata admitted

_PURPOSE_ROLES = {Role.IFU, Role.SSCP, Role.CEP, Role.CER, Role.CEAR}
# In the CER and CEAR only statements of the intended purpose count (their study sentences
# say whom the data cover, not whom the device is for).
_PURPOSE_SECTION = re.compile(r"intended (?:purpose|use)|indication|scope|target population|device description|"
                              r"destination|indication|Zweckbestimmung|Indikation|Anwendungsgebiet|Zielpopulation|"
                              r"population cible|destinazione|uso previsto|indicazion|popolazione|finalidad|"
                              r"indicaci[oó]n|población", re.IGNORECASE)
_RISK_WORD = re.compile(r"risk|risque|Risiko|rischio|riesgo|inoperab|inopérab", re.IGNORECASE)
_FOLDED_RISK_WORD = _for_folded(_RISK_WORD)


def _admitted_risk_strata(document: Document, spans: _SentenceSpans | None = None) -> Iterator[Fact]:
    spans = spans or _SentenceSpans()
    for block in document.blocks:
        if block.kind is BlockKind.HEADING:
            continue
        if document.role in (Role.CER, Role.CEAR) and not _section_is(_PURPOSE_SECTION, block.section):
            continue
        if not _FOLDED_RISK_WORD.search(block.folded):
            continue
        for span in spans(block):
            text = block.normalized[span[0]:span[1]]
            if not _RISK_WORD.search(text) or (_STUDY_CUE.search(text) and not _ADMITS.search(text)):
                continue
            if _NOT_ESTABLISHED.search(text):
                continue  # "safety in low-risk patients has not been established": not admitted
            for stratum in sorted(risk_strata(text, admit_all=True)):
                yield make_fact(document, block, FactKind.RISK_STRATUM, Concept(id=stratum, label=f"{stratum} surgical risk"),
                                span)


# A stratum whose use is declared unproven or excluded is not admitted.
_NOT_ESTABLISHED = re.compile(
    r"\bnot (?:yet )?(?:been )?(?:established|studied|evaluated|investigated|demonstrated)|\bhas not been\b|"
    r"\bcontraindicat|\bnicht (?:untersucht|nachgewiesen|belegt|erwiesen)|\bkontraindiziert|"
    r"\bn'a pas été (?:établie?|étudiée?|évaluée?|démontrée?)|\bcontre-indiqu|"
    r"\bnon è stat[ao] (?:stabilit|studiat|valutat|dimostrat)|\bcontroindicat|"
    r"\bno se ha (?:establecido|estudiado|evaluado|demostrado)|\bcontraindicad", re.IGNORECASE)
# Purpose wording; without it a sentence that names a study describes the data, not the purpose.
_ADMITS = re.compile(r"\b(?:indicated|intended|suitable|for (?:use in )?patients|destiné|indiqué|bestimmt|indiziert)\b",
                     re.IGNORECASE)
STRATA_ORDER = ("low", "intermediate", "high")
_RISK_NOUN = r"(?:risks?|risques?|Risiko|rischio|riesgo)"
_RISK_ADJECTIVE = (r"(?:surgical|operative|perioperative|procedural|chirurgisch\w*|operativ\w*|chirurgical|"
                   r"opératoire|chirurgico|operatorio|quirúrgico)")
_LEVEL_JOINER = (r"(?:\s*[,/]\s*|\s*-?\s+)(?:(?:or|and|to|oder|und|bis|ou|et|à|o|e|y|a)\s+)?|"
                 r"-\s*(?:or|and|to)\s+|\s*-?,\s*")


@lru_cache(maxsize=1)
def _coordinated_strata() -> tuple[re.Pattern, re.Pattern, tuple[tuple[str, re.Pattern], ...]]:
    """"intermediate or high surgical risk", "low- to intermediate-risk", "hohem oder extremem
    chirurgischem Risiko", "risque chirurgical élevé ou extrême": coordinated strata (levels of
    knowledge/vocabulary/evidence_subjects.yaml), before or after the word for risk."""
    levels = load_subjects()["risk_strata"].get("levels") or {}
    words = sorted({w for terms in levels.values() for w in terms}, key=lambda t: (-len(t), t))
    level = r"(?:" + "|".join(words) + r")"
    chain = level + r"(?:(?:" + _LEVEL_JOINER + r")" + level + r")+"
    before = re.compile(r"\b" + chain + r"-?\s*[- ]?(?:" + _RISK_ADJECTIVE + r"\s+)?" + _RISK_NOUN + r"\b",
                        re.IGNORECASE)
    after = re.compile(r"\b" + _RISK_NOUN + r"\s+(?:" + _RISK_ADJECTIVE + r"\s+)?" + chain + r"\b",
                       re.IGNORECASE)
    each = tuple((stratum, re.compile(r"\b(?:" + "|".join(terms) + r")\b", re.IGNORECASE))
                 for stratum, terms in levels.items())
    return before, after, each


# "a low risk of infection", "ein geringes Risiko für Blutungen": the probability of a hazard,
# not a category of patients ("high risk for surgical valve replacement" is one).
_HAZARD_AFTER = re.compile(
    r"\s+(?:of|de|des|du|d'|di|del|della|für|von)\b(?!\s+(?:surgery|surgical|open surgery|"
    r"death with surgery|chirurgie|cirugía|chirurgia))", re.IGNORECASE)


def risk_strata(text: str, *, admit_all: bool = False) -> set[str]:
    """Surgical-risk strata a text names, not negated; with `admit_all`, wording that admits
    every stratum ("any level of surgical risk") names them all."""
    data = load_subjects()["risk_strata"]
    if admit_all and term_regex(data["all"]).search(text):
        return set(STRATA_ORDER)
    found = {stratum for stratum, terms in data["strata"].items()
             if any(not is_negated(text, m.start()) and not _HAZARD_AFTER.match(text, m.end())
                    for m in find_terms(terms, text))}
    before, after, each = _coordinated_strata()
    for pattern in (before, after):
        for match in pattern.finditer(text):
            if is_negated(text, match.start()) or _HAZARD_AFTER.match(text, match.end()):
                continue
            chain = match.group(0)
            for stratum, word in each:
                if word.search(chain):
                    found.add(stratum)
    if found:
        # "92 % (low risk), 86 % (intermediate)", "low risk: 94 %; high: 81 %": results split by
        # stratum name the risk once; the other rows give the level alone.
        for match in _subgroup_levels().finditer(text):
            level = next(g for g in match.groups() if g)
            if is_negated(text, match.start()):
                continue
            found |= {stratum for stratum, word in each if word.fullmatch(level)}
    return found


@lru_cache(maxsize=1)
def _subgroup_levels() -> re.Pattern:
    """A risk level standing alone as the label of a result: in parentheses after a number
    ("86 % (intermediate)") or leading a list item before one ("...; intermediate: 86 %", ", high 81 %")."""
    levels = load_subjects()["risk_strata"].get("levels") or {}
    level = r"(" + "|".join(sorted({w for terms in levels.values() for w in terms}, key=lambda t: (-len(t), t))) + r")"
    return re.compile(r"\d\s*%?\s*\(\s*" + level + r"\s*\)|(?:^|[;,|]\s*)" + level + r"\s*[:=]?\s*\d+(?:[.,]\d+)?\s*%",
                      re.IGNORECASE)


# ---------------------------------------------------------------- equivalence

_EQUIVALENCE = re.compile(r"\b(?:equivalen\w*|équivalen\w*|gleichartig\w*|Gleichartigkeit|äquivalen\w*|"
                          r"gelijkwaardig\w*)", re.IGNORECASE)
# What makes a mention of equivalence a claim about the device under evaluation: it is (found,
# considered, shown ...) equivalent to something, equivalence to or with something is claimed
# or demonstrated, "the equivalent device", data used under the equivalence route. A legend of
# data categories ("Equivalent or predecessor device"), a guidance title ("MDCG 2020-5 on
# equivalence") or "criteria for equivalence" claims nothing.
# Kinds of device an "equivalent ..." may be: "long-term data of an equivalent scaffold".
_DEVICE_NOUNS = (r"(?:scaffold|stent|stent-graft|graft|valve|prosthes[ie]s|endoprosthes[ie]s|screw|nail|plate|cage|"
                 r"anchor|catheter|lead|electrode|mesh|sensor|pacemaker|defibrillator|stimulator|ventilator|"
                 r"dressing|lens|filler|substitute|occluder|clip|coil|shunt|pump|cannula|membrane|dialy[sz]er|"
                 r"oxygenator|generator|monitor|instrument|kit)s?")
_EQUIVALENCE_ASSERTED = re.compile(
    r"\b(?:is|are|was|were|be|been|being|remains?|sei|ist|sind|est|sont|è|sono|es|son|zijn)\s+"
    r"(?:\w+\s+){0,3}?(?:equivalen\w*|équivalen\w*|gleichartig\w*|äquivalen\w*|gelijkwaardig\w*)|"
    r"\b(?:equivalen(?:ce|t|cy|za|cia|te)|équivalen(?:ce|t|te)|Äquivalenz|äquivalent|Gleichartigkeit|gleichartig|"
    r"gelijkwaardig(?:heid)?)\s+(?:(?:\w+\s+){0,2}?(?:claimed|demonstrated|shown|established|documented|"
    r"confirmed|proven|asserted)\s+)?(?:to|with|avec|à|au|aux|zu|zum|zur|mit|a|al|alla|allo|con|aan|met)\s|"
    r"\bequivalence of (?:the )?[\w®™+./-]+(?: [\w®™+./-]+)? (?:to|with) (?:the |an? )?(?-i:[A-Z])|"
    r"\b(?:claim\w*|demonstrat\w*|establish\w*|show\w*|rel(?:y|ies|ied|ying) on|bas\w* on)\s+(?:the\s+|an?\s+|its\s+)?"
    r"(?:\w+\s+)?equivalence\b|\bequivalence\s+(?:is|was|has been|have been|had been|could be|can be)\s+"
    r"(?:\w+\s+)?(?:claimed|demonstrated|shown|established|documented|confirmed|proven)|"
    r"\b(?:the|an?|this|that|its|our|claimed|said)\s+equivalent\s+(?:\w+\s+)?(?:device|product|system|pump|implant|"
    r"model|predicate|predecessor|" + _DEVICE_NOUNS + r")|\b(?:the|an?)\s+equivalent\s+(?-i:[A-Z])|^\W*equivalent (?:device|product|system)s?\s*(?:[|:(=]|(?:is|are|was)\b|(?-i:[A-Z]))|"
    r"\b(?:equivalence|equivalent)[- ](?:route|pathway|approach|basis)\b|\b(?:on the basis of|by|via|through|under)\s+"
    r"(?:the\s+)?(?:demonstrated\s+)?equivalence\b|\b(?:technical|biological|clinical)(?:,? (?:and |or )?(?:technical|"
    r"biological|clinical))* equivalence\b|"
    r"\bdispositifs? équivalents?|\brevendiqu\w*\s+(?:l'|une\s+)?équivalence|\béquivalence\s+(?:est|a été|sont)\s+"
    r"(?:\w+\s+)?(?:revendiquée|démontrée|établie|documentée)|\b(?:par|démonstration de l'|voie de l')\s*équivalence|"
    r"\bgleichartige[snm]?\s+(?:\w+\s+)?(?:Produkt|Medizinprodukt|Gerät|System)\w*|\b(?:Gleichartigkeit|Äquivalenz)\s+"
    r"(?:\w+\s+)?(?:wurde|wird|ist|ist|wurde)\s+(?:\w+\s+){0,3}?(?:nachgewiesen|beansprucht|geltend gemacht|belegt|gezeigt)|"
    r"\bdispositivos?\s+equivalentes?|\bequivalenza\s+(?:è|viene|è stata)\s+(?:\w+\s+)?(?:dichiarata|dimostrata|rivendicata)|"
    r"\bequivalencia\s+(?:se ha|ha sido|fue|es)\s+(?:\w+\s+)?(?:demostrad|reivindicad|establecid)\w*|"
    r"\bgelijkwaardig(?:e|heid)?\s+(?:\w+\s+)?(?:hulpmiddel|product)", re.IGNORECASE)
_EQUIVALENCE_SECTION = re.compile(r"equivalen|équivalen|gleichartig|äquivalen", re.IGNORECASE)
_EQUIVALENCE_DENIED = re.compile(
    r"\b(?:no|not|without|neither)\b[^.;]{0,40}\b(?:equivalen|claim)|equivalen\w* (?:is|was|has) not|"
    r"(?:aucune?|pas d[e'])\s*\w*\s*équivalen|n'est pas revendiqu|keine\w*\s+(?:Gleichartigkeit|Äquivalenz)|"
    r"nicht (?:auf|geltend)|"
    # a condition, not a claim: "only used for state of the art unless equivalence is
    # demonstrated", "where equivalence is claimed, ...", "sauf si l'équivalence est démontrée"
    # "if" and "si" in capitals are part of a device's name ("the VenaFlex IF", "Fixa SI"), no condition
    r"\b(?:unless|(?<!as )(?-i:[Ii]f)|provided(?: that)?|in case|in the event that|where|whenever|sauf si|(?-i:[Ss]i)|à condition que|"
    r"sofern|falls|es sei denn|a meno che(?: non)?|qualora|salvo que|siempre que|tenzij|indien)\s+"
    # "only if clinical, technical and biological equivalence is demonstrated"
    r"(?:\w+,?\s+){0,5}?(?:[ld]['’])?(?:equivalen|équivalen|gleichartig|äquivalen|gelijkwaardig)",
    re.IGNORECASE)
# A mention of an equivalent device that states no equivalence of this device, only a category:
# qualified by a condition after it ("clinical data on the equivalent device where claimed", "data
# of equivalent devices (if any)", "dispositif équivalent le cas échéant", "gleichartige Produkte,
# sofern zutreffend", "dispositivo equivalente, ove applicabile", "cuando proceda"), or offered as an
# alternative to the device ("data on the device under evaluation or an equivalent device"): the
# wording of search criteria, appraisal plans and method descriptions.
_EQUIVALENCE_GENERIC = re.compile(
    r"(?:equivalen|équivalen|gleichartig|äquivalen|gelijkwaardig)\w*"
    r"(?:\s+(?!(?:is|are|was|were|has|have|est|sont|ist|sind|è|es|zijn)\b)(?-i:[a-zà-ÿ-]+)){0,2}?\s*[,(]?\s*"
    r"(?:(?:where|if|when|whenever)\s+(?:(?:one|it|this|equivalence|such|so)\s+(?:is\s+|was\s+|has\s+been\s+)?)?"
    r"(?:claimed|applicable|relevant|appropriate|any|demonstrated|exists?|invoked|asserted)\b|"
    r"as\s+applicable\b|le\s+cas\s+échéant|s['’]il\s+y\s+a\s+lieu|si\s+(?:elle\s+est\s+)?(?:revendiqu|applicable|pertinent)|"
    r"lorsqu['’](?:elle|il)\s+est\s+revendiqu|sofern\s+(?:zutreffend|beansprucht|anwendbar|vorhanden|geltend)|"
    r"falls\s+(?:zutreffend|beansprucht|anwendbar|vorhanden|geltend)|soweit\s+zutreffend|ggf\.|gegebenenfalls|"
    r"ove\s+(?:applicabil|dichiarat|rivendicat|pertinent)|se\s+(?:applicabil|dichiarat|rivendicat|presente)|"
    r"cuando\s+(?:proceda|corresponda|se\s+reivindique|sea\s+aplicable)|si\s+(?:procede|corresponde|se\s+reivindica|aplica)|"
    r"en\s+su\s+caso|indien\s+(?:van\s+toepassing|geclaimd|geclaimed)|waar\s+van\s+toepassing)|"
    r"\b(?:device|product|system)s?(?:\s+under\s+(?:evaluation|assessment|review))?\s*,?\s+(?:and/or|or)\s+"
    r"(?:on\s+|of\s+|from\s+|for\s+|with\s+)?(?:an?\s+|any\s+|its\s+)?equivalent(?:\s+(?:device|product|system)s?)?\b"
    r"(?!\s+(?-i:[A-Z0-9]))|"
    r"\b(?:dispositif|produit)s?(?:\s+évalué)?\s*,?\s+ou\s+(?:d['’]un|un|des|de)\s+(?:dispositif|produit)s?\s+équivalents?|"
    r"\b(?:Produkt|Medizinprodukt)\w*\s+oder\s+(?:einem|eines|ein|einen)\s+gleichartigen\b|"
    r"\bdispositiv[oi]\s+(?:in\s+valutazione\s+)?o\s+(?:di\s+)?(?:un|uno|dei)\s+dispositiv[oi]\s+equivalent[ei]\b|"
    r"\bdispositivos?\s+(?:evaluado\s+)?o\s+(?:de\s+)?(?:un|unos)\s+dispositivos?\s+equivalentes?\b",
    re.IGNORECASE)
# Search and selection criteria, a search strategy: "Inclusion criteria: clinical data of the
# equivalent device, ..." says what the search looks for, not that the device has an equivalent.
_CRITERIA_LIST = re.compile(
    r"^\W*(?:(?:inclusion|exclusion|selection|eligibility|search|appraisal)\s+(?:criteria|criterion|strategy|terms|"
    r"question)|search\s+(?:string|protocol)|critères?\s+d['’](?:inclusion|exclusion|éligibilité)|critères?\s+de\s+sélection|"
    r"stratégie\s+de\s+recherche|(?:Einschluss|Ausschluss|Auswahl|Such)(?:kriteri\w*|strategie)|"
    r"criteri\s+di\s+(?:inclusione|esclusione|selezione)|strategia\s+di\s+ricerca|"
    r"criterios\s+de\s+(?:inclusión|exclusión|selección)|estrategia\s+de\s+búsqueda|"
    r"(?:inclusie|exclusie|selectie)criteria|zoekstrategie)\b[^:]{0,40}:", re.IGNORECASE)


def _without_generic_equivalence(text: str) -> str:
    """The text without its mentions of equivalence that name a category of data, not an
    equivalent of this device: conditional ("where claimed"), an alternative ("the device or an
    equivalent device"); nothing of search criteria that name no device."""
    if _CRITERIA_LIST.match(text) and not _DEVICE_NAME.search(text) and not _CONTRACT.search(text):
        return ""
    return _EQUIVALENCE_GENERIC.sub(" ", text)


# Words that introduce the equivalent device: "equivalent device is", "equivalence is claimed to",
# "équivalence avec", "Gleichartigkeit mit" ... The name follows.
_DEVICE_NAME = re.compile(
    r"(?i:equivalent (?:device|product)s?|equivalen(?:ce|t)(?: (?:is|was|has been|have been) "
    r"(?:claimed|demonstrated|shown|established|assessed))? (?:to|with)|"
    # "Equivalence of the SealCap to the Obturo device": the device under evaluation comes first
    r"equivalence of (?:the )?[\w®™+./-]+(?: [\w®™+./-]+)? (?:to|with)|dispositif équivalent|"
    r"équivalen(?:ce|t)(?: (?:est|a été) (?:revendiquée?|démontrée?|établie?))? (?:avec|à|au)|"
    r"gleichartige[snm]? (?:Produkt|Medizinprodukt)\w*|(?:Gleichartigkeit|Äquivalenz) (?:mit|zu)|"
    r"äquivalent zu|gleichartig (?:zu|mit)|equivalente (?:a|al|alla|allo|con)|equivalencia con|"
    r"gelijkwaardig aan)\s*(?i:is|:|,|=|est|ist|\(|\|)?\s*(?i:the |le |la |l'|das |dem |den |der |il |lo |el |het |de )?"
    r"(?:[a-zà-ÿ-]+\s+){0,3}?"
    r"(?P<name>[A-Z0-9][\w®™+./-]*(?:\s+(?!(?:by|from|of|de|du|von|des|which|that|with|and|und|et|"
    r"manufactured|made|qui|das|der|die|is|are|was|were|has|have|a|est|sont|ist|sind|wurde|wird|werden|"
    r"è|es|di|del|della|van|used|utilisé\w*|verwendet)\b)[\w®™+./-]+){0,4})")
_NAME_TAIL = re.compile(r"\s+(?:is|are|was|were|est|ist|has|have|a|hat)$|"
                        r"^(?:device|product|dispositif|produit|Produkt|Medizinprodukt)\s+", re.IGNORECASE)
_MANUFACTURER = re.compile(
    r"(?:manufactured by|made by|produced by|marketed by|manufacturer:?|fabriqué par|de la société|"
    r"du fabricant|fabricant:?|hergestellt von|von der Firma|des Herstellers|Hersteller:?|"
    r"(?:contract|agreement|contrat|accord|Vertrag|Vereinbarung)\s+(?:\w+\s+)?(?:with|avec|mit)|"
    r"\b(?:by|from|de|von|di|del|della|van)\b)\s+(?P<m>[A-Z][\w&.-]*(?:\s+(?:[A-Z][\w&.-]*|GmbH|AG|Inc\.?|Ltd\.?|SA|SAS|"
    r"S\.A\.|Corp\.?|LLC|B\.V\.|Co\.|KG|SE|plc)){0,3})")
_OF_MAKER = re.compile(r"^\s*of\s+(?P<m>[A-Z][\w&.-]*(?:\s+(?:[A-Z][\w&.-]*|GmbH|AG|Inc\.?|Ltd\.?|SA|SAS|"
                       r"S\.A\.|Corp\.?|LLC|B\.V\.|Co\.|KG|SE|plc)){0,3})")
# "the Corail hip system (DePuy Synthes)": the maker in brackets right after the device's name.
_BRACKETED_MAKER = re.compile(r"^\s*\((?P<m>[A-Z][\w&.'-]*(?:\s+[\w&.'-]+){0,4})\)")
_NOT_A_MAKER = re.compile(r"^(?:see|cf|Table|Tab|Figure|Fig|ref|refs|section|chapter|Annex|Appendix|model|"
                          r"type|CE|class|Klasse|classe|voir|siehe|Tableau|Tabelle|Abb|n\s*=|e\.g|i\.e)\b|"
                          r"\d{4}|\bet al\b", re.IGNORECASE)
# "own" of a study ("the own pivotal investigation CLOSE-AF, data on an equivalent device") says
# whose study it is, not whose the equivalent device is.
_OWN_STUDY = (r"(?!\s+(?:[\w-]+\s+)?(?:investigation|study|studies|trial|cohort|registry|data|clinical|experience|"
              r"series|analysis|literature|search|review|PMCF|post-market|Studie|Untersuchung|Daten|Register|"
              r"klinische|étude|essai|registre|données)\b)")
_OWN = re.compile(r"\bown\b" + _OWN_STUDY + r"|same manufacturer|predecessor|previous (?:generation|version|model)|our (?:device|product)|"
                  r"legacy device|propre|même fabricant|génération précédente|prédécesseur|\beigene[snm]?\b" + _OWN_STUDY + r"|"
                  r"desselben Herstellers|Vorgänger\w*", re.IGNORECASE)
_COMPETITOR = re.compile(r"competitor|another manufacturer|other manufacturer|third[- ]party|different manufacturer|"
                         r"concurren\w+|autre fabricant|Wettbewerb\w*|Mitbewerber|andere[nrs]? Hersteller\w*|"
                         r"Fremdhersteller\w*", re.IGNORECASE)
# A contract, not "in agreement with", "according to", "contraction" or "d'accord".
_CONTRACT = re.compile(r"\bcontract(?:s|ual\w*|ed|ing)?\b|(?<!\bin )\bagreements?\b|access to (?:the |its |their )?(?:[\w-]+ ){0,3}?"
                       r"(?:technical documentation|technical file|design dossier)|\b(?:data[- ]sharing|contractual|licen[cs]e|access)\s+arrangements?\b|\bcontrats?\b|(?<!\ben )(?<!\bd')\baccords?\b(?! avec)|"
                       r"accès (?:complet )?à la documentation technique|Vertrag\w*|"
                       r"Vereinbarung\w*|Zugang zur technischen Dokumentation|Zugriff auf die technische Dokumentation|"
                       r"\bcontratt[oi]\b|\baccord[oi]\b|\bcontratos?\b|\bacuerdos?\b|\bovereenkomst\w*",
                       re.IGNORECASE)
# Access that stops short of the technical documentation: "limited to published data", "only the
# IFU and publications", "publicly available information": no contract of Art. 61(5).
_LIMITED_ACCESS = re.compile(
    r"\b(?:limited|restricted|confined)\s+to\b|\bonly\s+(?:to\s+)?(?:the\s+)?(?:published|public|publicly|"
    r"literature|IFU|instructions)|\bpublicly available\b|\bpublished (?:data|literature|information|sources)\b|"
    r"\bIFU and (?:the\s+)?publications\b|\blimitée?s?\s+(?:à|aux)\b|\buniquement\s+(?:aux|les)\s+(?:données\s+)?publi|"
    r"\b(?:beschränkt|begrenzt)\s+auf\b|\bnur\s+(?:auf\s+)?(?:veröffentlicht|publiziert|öffentlich)|"
    r"\blimitat[oaie]\s+a\b|\blimitad[oa]s?\s+a\b|\bbeperkt tot\b", re.IGNORECASE)
# A contract about another device's technical documentation concerns equivalence wherever it is
# stated ("X has no contract with Y giving access to its technical documentation").
# The technical documentation, as `_NO_ACCESS` names it (in all the dossier languages).
_TD = (r"(?:(?:the|its|their|this|that|la|sa|leur|die|seine|ihre|deren|dessen|la|sua|su|de|het)\s+)?"
       r"(?:technical (?:documentation|file)|documentation technique|technische[nr]? (?:Dokumentation|Unterlagen)|"
       r"documentazione tecnica|documentaci[óo]n t[ée]cnica|technische documentatie)")
_TECHNICAL_DOCUMENTATION = re.compile(r"technical (?:documentation|file)|documentation technique|"
                                      r"technische[nr]? (?:Dokumentation|Unterlagen)|documentazione tecnica|"
                                      r"documentaci[óo]n t[ée]cnica|technische documentatie", re.IGNORECASE)
# What denies the contract after its mention ("A contract with Stryker Inc. giving access to its
# technical documentation does not exist", "Un contrat ... n'existe pas", "ein Vertrag ... liegt
# nicht vor", "non esiste", "no existe"), within the sentence: a full stop of "Inc." or "Ltd."
# followed by lower-case text ends nothing. "no restrictions", "not limited to" deny nothing.
_CONTRACT_DENIED_AFTER = re.compile(
    r"^(?:[^.;]|\.(?=\s*[a-z0-9(])){0,120}?\b(?:not(?!\s+(?:only|limited|restricted|subject|expire))|"
    r"no(?!\s+(?:restrictions?|limitations?|limits?|exceptions?|time limit))|unavailable|inexistent|"
    r"non(?!\s+(?:limitat|ristrett|restringid|limitad))|niet|pas(?!\s+(?:limit|restreint))|"
    r"nicht(?!\s+(?:nur|eingeschränkt|beschränkt|begrenzt))|kein\w*|missing|absent|lacking)\b",
    re.IGNORECASE)
_CONTRACT_DENIED_BEFORE = re.compile(
    r"\b(?:no|without|kein\w*|aucune?|sans|ohne|pas d[e']|nessun\w*|alcun\w*|senza|ningun\w*|ningún|sin|"
    r"geen|absence of|lack of|in the absence of)\s*(?:\w+\s+)?$", re.IGNORECASE)
# A reviewer's request or question about a contract or access asserts neither: "The Manufacturer
# is requested for clarification on the access to the technical documentation", "Please provide
# the contract", "Is there a contract with ...?", "Le fabricant doit fournir le contrat",
# "Der Vertrag ist vorzulegen".
_CONTRACT_QUESTIONED = re.compile(
    r"\b(?:(?<!on )(?<!upon )request(?:s|ed)?|clarif\w*|please\s+(?:provide|submit|clarify|confirm)|(?:shall|should|must|is to|"
    r"are to)\s+(?:\w+\s+)?(?:provide|submit|demonstrate|justify|confirm|clarify|explain)|to be (?:provided|"
    r"submitted|clarified|confirmed)|(?:is|are) asked|it is asked|provide evidence|unclear|not clear|whether)\b|\?|"
    r"\b(?:demand\w*|précis\w*|fournir|justifier|clarifi\w*)\b|\b(?:vorzulegen|nachzuweisen|klären|"
    r"erläutern|Klärung|anzugeben)\b|\b(?:chiarire|fornire|chiarimento)\b|\b(?:aclarar|aportar|proporcionar)\b|"
    # a review still open: "Review of access to technical documentation pending"
    r"\b(?:pending|outstanding|awaited|under review|en attente|ausstehend|in sospeso|pendiente)\b",
    re.IGNORECASE)
# Access to the other device's technical documentation stated as absent, with or without a word
# on a contract: "the technical documentation of X was not available", "no access to the technical
# documentation", "la documentation technique n'est pas accessible", "die technische Dokumentation
# liegt nicht vor", "la documentazione tecnica non è disponibile", "no se dispone de la
# documentación técnica". Such a sentence is evidence that no Art. 61(5) contract exists.
_NO_ACCESS = re.compile(
    r"(?:\b(?:no|without|lack of|absence of|kein\w*|sans|aucun\w*|ohne|nessun\w*|senza|sin|ningún|ningun\w*|geen)"
    r"\s+(?:\w+\s+){0,2}?(?:access|accès|acceso|accesso|Zugang|Zugriff|toegang)\b[^.;]{0,60}?" + _TD + r"|"
    r"(?:\bnot|\bnon|\bnicht|\bno|\bniet)\s+(?:\w+\s+){0,2}?(?:access|accès|acceso|accesso|Zugang|Zugriff|toegang)\w*\s+"
    r"(?:\w+\s+){0,2}?" + _TD + r"|"
    r"\bno\s+se\s+(?:dispone|dispuso|tiene|tuvo)\s+(?:de\s+)?(?:acceso\s+a\s+)?(?:la\s+)?" + _TD + r"|"
    # "we do not hold the technical documentation of X", "the manufacturer does not possess ..."
    r"\b(?:we|manufacturer|company)\s+(?:do(?:es)?|did)\s+not\s+(?:have|hold|possess|own|keep)\s+"
    r"(?:any\s+)?(?:access\s+to\s+)?(?:\w+\s+){0,4}?" + _TD + r"|"
    r"\b(?:nicht|nie)\s+in\s+unserem\s+Besitz\b|\bpas\s+en\s+(?:notre|sa)\s+possession\b|"
    # terse, without a verb: "technical file not available", "technical documentation: not accessible"
    + _TD + r"(?:\s+of\s+(?:the\s+)?[\w®™+./-]+(?:\s+[\w®™+./-]+){0,3}?)?\s*[:(–-]?\s*(?:not\s+(?:available|accessible|obtainable)|unavailable|inaccessible)\b|"
    + _TD + r"[^.;]{0,80}?(?:\b(?:was|were|is|are|has been|have been|remains?|remained)\s+(?:\w+\s+)?"
    r"(?:not\s+(?:\w+\s+)?(?:available|accessible|provided|obtained|made available|shared|disclosed)|unavailable|"
    r"inaccessible|not\s+(?:in|within)\s+(?:our|the\s+manufacturer['’]s|its|their)\s+(?:possession|hands|control)|"
    r"not\s+(?:held|owned|possessed)\s+by)|\bn['’](?:est|était|a|ont)\s+(?:\w+\s+)?pas\s+(?:été\s+)?(?:disponible|accessible|fournie|"
    r"communiquée|mise à disposition)|\b(?:ist|war|wurde|liegt|lag|stand|steht)\s+(?:\w+\s+){0,2}?(?:nicht|nie)\s+"
    r"(?:\w+\s+)?(?:vor|verfügbar|zugänglich|zugänglich gemacht|zur Verfügung|bereitgestellt|einsehbar)|"
    r"\bnon\s+(?:è|era|sono|erano|è stata|sono state)\s+(?:\w+\s+)?(?:disponibil\w+|accessibil\w+|fornit\w+)|"
    r"\bno\s+(?:está|estaba|estuvo|ha estado|fue|es)\s+(?:\w+\s+)?(?:disponible|accesible|facilitad\w+)|"
    r"\b(?:is|was|zijn|waren)\s+niet\s+(?:beschikbaar|toegankelijk)))", re.IGNORECASE)


# Every form of `_EQUIVALENCE` holds "quivalen" or "gleichartig" (lower-cased), every form of
# `_TECHNICAL_DOCUMENTATION` "technical", "technique" or "technisch": tested inline below.
_FOLDED_TECHNICAL_DOCUMENTATION = _for_folded(_TECHNICAL_DOCUMENTATION)
_FOLDED_EQUIVALENCE = _for_folded(_EQUIVALENCE)
_FOLDED_CONTRACT = _for_folded(_CONTRACT)
_FOLDED_NO_ACCESS = _for_folded(_NO_ACCESS)
# A bibliography entry: a label ("[12]", "12.") or not, then authors with initials ("Miller A,",
# "Miller AB.", "Miller, A.") and what only a citation holds (`looks_like_citation`). Its title
# ("... clinically equivalent to titanium screws") states other people's findings, not the
# manufacturer's claim.
_CITATION_START = re.compile(r"^\s*(?:\[\d{1,4}\]|\d{1,4}[.)])?\s*[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+)?,?\s+"
                             r"(?:[A-Z]{1,3}\b\.?|[A-Z]\.\s*(?:[A-Z]\.)?)\s*(?:[,;]|\bet al\b|and\b|&|\.\s)")


def _equivalence(document: Document, spans: _SentenceSpans | None = None) -> Iterator[Fact]:
    spans = spans or _SentenceSpans()
    previous: Block | None = None
    for block in document.blocks:
        if block.kind is BlockKind.HEADING:
            previous = None
            continue
        before, previous = previous, block
        folded = block.folded
        documentation = (("technical" in folded or "technique" in folded or "technisch" in folded
                          or "tecnica" in folded or "técnica" in folded)
                         and bool(_FOLDED_TECHNICAL_DOCUMENTATION.search(folded)))
        in_section = _section_is(_EQUIVALENCE_SECTION, block.section) or documentation
        mentions = (("quivalen" in folded or "gleichartig" in folded or "gelijkwaardig" in folded)
                    and _FOLDED_EQUIVALENCE.search(folded))
        if not mentions and not (in_section and (_FOLDED_CONTRACT.search(folded)
                                                 or (documentation and _FOLDED_NO_ACCESS.search(folded)))):
            continue  # cheap: no sentence of this block can state an equivalence
        if block.kind is BlockKind.TABLE_ROW and is_appraisal_criteria(block.normalized):
            continue  # "D2 | Equivalent device" grades data; it claims nothing
        if block.kind is not BlockKind.TABLE_ROW and is_reference_entry(block):
            continue  # a cited article's title ("... equivalent to titanium screws") claims nothing
        # the unfinished last sentence of the block before, when a page break cut it
        lead = re.split(r"[.!?]\s+", _continued_from(before, block, any_kind=True))[-1]
        # After a sentence of the paragraph that claims an equivalence, the paragraph is about
        # it: "Equivalence is claimed to X of Y. There is no contract with Y; ..." speaks of
        # access to X's documentation as a heading "Equivalence" above it would.
        claimed = in_section
        for index, span in enumerate(spans(block)):
            text = block.normalized[span[0]:span[1]]
            if is_appraisal_criteria(text):
                continue
            if index == 0 and lead:
                # "... children and adults. No" / (next page) "equivalence is claimed."
                if equivalence_in(f"{lead} {text}", in_section=claimed) is None:
                    continue
            value = equivalence_in(text, in_section=claimed)
            if value is not None:
                yield make_fact(document, block, FactKind.EQUIVALENCE, value, span)
                if block.kind is not BlockKind.TABLE_ROW and states_equivalence(text):
                    claimed = True


def is_reference_entry(block: Block) -> bool:
    """A paragraph or list item of a bibliography: under a "References" / "Literatur" heading, or
    shaped like a citation (authors with initials, then a journal, year, volume:pages, DOI)."""
    if any(is_reference_heading(heading) for heading in block.heading_path):
        return True
    return bool(_CITATION_START.match(block.text)) and looks_like_citation(block.text)


def states_equivalence(text: str) -> bool:
    """A sentence that claims or names an equivalence (not one that only concerns a contract)."""
    if not _EQUIVALENCE.search(text) or _EQUIVALENCE_DENIED.search(text):
        return False
    text = _without_generic_equivalence(text)
    return (bool(_EQUIVALENCE.search(text)) and _names_device_equivalence(text)
            and bool(_EQUIVALENCE_ASSERTED.search(text)))


# "Equivalent" that compares no devices: a unit ("32 morphine milligram equivalents", "metabolic
# equivalents", "équivalent morphine", "Morphinäquivalent"), an amount ("equivalent to 5 mL"),
# or a bench result ("bench equivalence of pressure delivery", "in-vitro equivalence").
_UNIT_EQUIVALENT = re.compile(
    r"\b(?:milligram|mg|µg|mcg|morphine|opioid|oral|dose|dosing|metabolic|water|lead|Pb|aluminium|aluminum|"
    r"tissue|carbon|CO2|caloric|energy|glucose|sodium|insulin|radiation|noise|sound)\s+equivalen\w*|"
    r"\bequivalen\w*\s+(?:dose|doses|unit|units|amount|volume|quantity|dosage|concentration)s?\b|"
    r"\b\d[\d.,]*\s*(?:\w+\s+){0,2}equivalents\b|\bequivalent\s+to\s+(?:about\s+|approximately\s+|around\s+|"
    r"ca\.?\s+|roughly\s+)?[\d≈~]|\b(?:MME|OME|MET)s?\b|"
    r"équivalen\w*\s+(?:morphine|de dose|dose)|\w*(?:Morphin|Dosis)äquivalen\w*|Äquivalenzdosis|"
    r"equivalente\s+(?:di|de)\s+morfina", re.IGNORECASE)
_BENCH_EQUIVALENT = re.compile(
    r"\b(?:bench|in[- ]vitro|laboratory|lab|simulat\w*|simulator|test)\s+(?:\w+\s+){0,2}equivalen\w*|"
    r"\bequivalen\w*\b[^.;]{0,60}\b(?:on the bench|in bench test\w*|bench[- ]test\w*|in vitro|in-vitro|"
    r"in a simulator|on a test rig)\b|"
    r"\b(?:banc d'essai|sur banc|in vitro)\b[^.;]{0,40}équivalen|équivalen\w*[^.;]{0,40}\b(?:sur banc|in vitro)\b|"
    r"\bPrüfstand\w*\b[^.;]{0,40}(?:gleichwertig|äquivalen)|(?:gleichwertig|äquivalen)\w*[^.;]{0,40}Prüfstand",
    re.IGNORECASE)
# A bench sentence still claims equivalence when it names an equivalent device or the use of
# its clinical data.
_DEVICE_EQUIVALENCE = re.compile(
    r"\bequivalent (?:device|product)s?\b|\bthe equivalent (?-i:[A-Z])|clinical data (?:of|from) the equivalent|"
    r"dispositif équivalent|gleichartige[snm]? (?:Produkt|Medizinprodukt)|Gleichartigkeit|"
    r"\b(?:technical|biological|clinical) equivalence\b|\bequivalence (?:to|with) (?:the |a )?(?:(?-i:[A-Z])|device|predicate)",
    re.IGNORECASE)


@lru_cache(maxsize=1)
def _amount_equivalent() -> re.Pattern:
    """"equivalent to approx. 15 yrs", "équivalent à environ 20 ans": an amount, with the
    approximation words of evidence_subjects.yaml `equivalent_amount_qualifiers`."""
    terms = flatten_terms((load_subjects().get("equivalent_amount_qualifiers") or {}).get("terms"))
    words = "|".join(re.escape(t) for t in sorted(set(terms), key=lambda t: (-len(t), t)))
    return re.compile(r"\b(?:equivalen\w*|équivalen\w*|äquivalen\w*|gelijkwaardig\w*)\s+"
                      r"(?:to|à|a|al|zu|aan|met)\s+(?:(?:" + words + r")\s*)*[\d≈~<>≤≥]",
                      re.IGNORECASE)


def _names_device_equivalence(text: str) -> bool:
    """False when every "equivalent" of the text compares no devices: a unit, an amount or a
    rate, a bench result, an outcome against a therapy, or a non-inferiority criterion."""
    if _DEVICE_EQUIVALENCE.search(text):
        return True
    masked = text
    for no_device in (_UNIT_EQUIVALENT, _amount_equivalent(), _BENCH_EQUIVALENT, _OUTCOME_EQUIVALENT,
                      _AT_LEAST_EQUIVALENT, _RATE_EQUIVALENT):
        masked = no_device.sub(" ", masked)
    return bool(_EQUIVALENCE.search(masked))


# A benchmark restated as a rate: "survivorship >= 90 % at 10 years (equivalent to a revision
# rate <= 1 % per year)", "équivalent à un taux de révision de 1 % par an".
_RATE_EQUIVALENT = re.compile(
    r"\b(?:equivalen\w*|équivalen\w*|äquivalen\w*)\s+(?:to|à|a|zu|zur|zum)\s+(?:(?:an?|the|un|une|le|la|einer|einem)\s+)?"
    r"(?:[^\W\d_][\w-]*\s+){1,4}(?:(?:of|de|von)\s+)?(?:[<>≤≥~≈]|<=|>=)?\s*\d[\d.,]*\s*(?:%|‰|per\b|par\b|pro\b|/)",
    re.IGNORECASE)


# "performance at least equivalent to the surface systems", "equivalent or superior to": a
# non-inferiority criterion against the state of the art, not Annex XIV equivalence (which is
# never "at least").
_AT_LEAST_EQUIVALENT = re.compile(
    r"\b(?:at\s+least|not\s+less\s+than)\s+(?:clinically\s+)?equivalen\w*|\bequivalen\w*\s+or\s+(?:better|superior)\b|"
    r"\bau\s+moins\s+équivalen\w*|\béquivalen\w*\s+ou\s+supérieur\w*|\bmindestens\s+(?:gleichwertig|äquivalent)\w*|"
    r"\balmeno\s+equivalent\w*|\bal\s+menos\s+equivalent\w*|\bten\s+minste\s+gelijkwaardig\w*",
    re.IGNORECASE)


# An outcome "equivalent to ACDF / to surgery / to standard care / to the control arm" states
# clinical performance against a therapy, not MDR Art. 61(5) equivalence to another device.
_THERAPY = (r"(?:(?:that|those|the results?|the outcomes?) of\s+)?(?:an?\s+|the\s+)?"
            r"(?:(?!(?:device|product|system|implant|prosthes[ie]s|disc|valve|stent|predicate)\b)[\w-]+\s+){0,3}?(?:ACDF|fusion|arthrodesis|discectomy|surgery|surgical\s+\w+|"
            r"operation|(?:standard|usual|conventional|best)\s+(?:of\s+)?(?:medical\s+)?(?:care|therapy|treatment|management)|"
            r"medical\s+(?:therapy|treatment|management)|drug\s+therapy|pharmacotherapy|physiotherapy|"
            r"(?:the\s+)?(?:control|comparator|standard)\s+(?:arm|group|cohort)|placebo|sham|CABG|bypass\s+surgery)\b")
_OUTCOME_EQUIVALENT = re.compile(
    r"\b(?:clinically\s+|therapeutically\s+)?equivalen(?:t|ce)\s+(?:to|with)\s+" + _THERAPY + "|"
    r"\béquivalente?s?\s+(?:à|a)\s+(?:la\s+|l'|celles?\s+de\s+(?:la\s+|l')?)?(?:ACDF|arthrodèse|chirurgie|"
    r"intervention|traitement\s+(?:standard|conventionnel|médical)|prise\s+en\s+charge\s+standard|"
    r"groupe\s+(?:contrôle|témoin)|bras\s+(?:contrôle|témoin)|placebo)|"
    r"\b(?:gleichwertig|äquivalent)\w*\s+(?:zu[rm]?|mit)\s+(?:der\s+|einer\s+)?(?:ACDF|Fusion|Spondylodese|"
    r"Operation|Chirurgie|Standardtherapie|Standardbehandlung|konventionellen\s+\w+|Kontrollgruppe|Kontrollarm|Placebo)|"
    r"\bequivalente?s?\s+(?:a|al|alla|allo|ai)\s+(?:la\s+|l'|quell[ao]\s+(?:della|del)\s+)?(?:ACDF|artrodesi|"
    r"artrodesis|chirurgia|cirugía|terapia\s+(?:standard|convenzionale|estándar)|tratamiento\s+(?:estándar|convencional)|"
    r"trattamento\s+(?:standard|convenzionale)|gruppo\s+(?:di\s+)?controllo|grupo\s+(?:de\s+)?control|placebo)|"
    r"\bgelijkwaardig\w*\s+aan\s+(?:de\s+|een\s+)?(?:ACDF|fusie|chirurgie|operatie|standaardzorg|"
    r"standaardbehandeling|controlegroep|placebo)",
    re.IGNORECASE)


def is_reference_section(section: str | None) -> bool:
    """A reference list or bibliography section."""
    return _section_is(_REFERENCE_SECTION, section)


def is_equivalence_section(section: str | None) -> bool:
    return _section_is(_EQUIVALENCE_SECTION, section)


def equivalence_aspects(text: str) -> set[str]:
    """The characteristics (technical, biological, clinical; MDR Annex XIV Part A 3) that a text
    compares, from vocabulary/evidence_subjects.yaml `equivalence_characteristics`: named as
    such, or said to be the same ("same design, materials and console")."""
    found = {aspect for aspect, patterns in _aspect_patterns() if term_regex(patterns).search(text)}
    if len(found) < 3:
        found |= same_items(text)
    return found


_ASPECTS = ("technical", "biological", "clinical")
# Clauses end at punctuation and at words that turn to a contrast ("same materials but a new design").
_EQUIVALENCE_CLAUSE = re.compile(r"[.;:()]|\b(?:but|except|whereas|while|however|although|mais|sauf|alors que|"
                                 r"aber|außer|jedoch|während|pero|excepto|ma|tranne)\b", re.IGNORECASE)
# "materials and design are identical", "sind unverändert": the things compared come first.
_LEAD_WORD = re.compile(r"\s*[\w-]+\s+")
_SAME_AFTER_THINGS = re.compile(r"\b(?:is|are|remains?|were|was|sont|restent|est|sind|bleiben|ist|son|sono)\s+"
                                r"(?:\w+\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _equivalence_terms() -> dict[str, re.Pattern[str] | None]:
    data = load_subjects()["equivalence_characteristics"]
    found = {"sameness": term_regex(data["sameness"]), "difference": term_regex(data["difference"]),
             "justification": term_regex(data["justification"])}
    found |= {f"item:{aspect}": term_regex(tuple(terms)) for aspect, terms in data["items"].items()}
    return found


def same_items(text: str) -> set[str]:
    """Aspects whose items a clause says are the same in both devices: "same design, materials
    and console" (technical, biological), "identical implant and abutment" (the device's parts:
    technical and biological), "unchanged materials, geometry and software", "the intended
    purpose is unchanged" (clinical)."""
    terms = _equivalence_terms()
    if terms["sameness"] is None or not terms["sameness"].search(text):
        return set()
    found: set[str] = set()
    for clause in _EQUIVALENCE_CLAUSE.split(text):
        if not clause or terms["difference"].search(clause):
            continue
        for same in terms["sameness"].finditer(clause):
            after = clause[same.end():same.end() + 80]
            before = clause[max(0, same.start() - 80):same.start()]
            # "materials are identical", "Zweckbestimmung und Patientenpopulation unverändert."
            closing = not clause[same.end():].strip(" .,!")
            windows = [after] + ([before] if closing or _SAME_AFTER_THINGS.search(before) else [])
            for window in windows:
                found |= {a for a in _ASPECTS if terms[f"item:{a}"].search(window)}
            # "identical implant", "the same physical device": the device or its part as a whole.
            # "same stent design" names the design only: a part named before another item is its modifier.
            lead = _LEAD_WORD.match(after)
            for at in {len(after) - len(after.lstrip()), lead.end() if lead else -1}:
                whole = terms["item:whole"].match(after, at) if terms["item:whole"] and at >= 0 else None
                if whole is None:
                    continue
                rest = after[whole.end():].lstrip()
                if not any(terms[f"item:{a}"].match(rest) for a in ("technical", "biological")):
                    found |= {"technical", "biological"}
    return found


def labelled_same(label: str, value: str) -> set[str]:
    """Aspects a label names when its value says they are the same in both devices: a table
    row "Intended purpose | same as NRW-1", a list item "Intended purpose and population:
    unchanged"."""
    terms = _equivalence_terms()
    if (terms["sameness"] is None or not terms["sameness"].match(value.strip(" |:–-"))
            or terms["difference"].search(value)):
        return set()
    return {a for a in _ASPECTS if terms[f"item:{a}"].search(label)}


@lru_cache(maxsize=1)
def _contrasts() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    pairs = load_subjects()["equivalence_characteristics"]["contrasts"]["pairs"]
    return tuple((p["aspect"], term_regex((p["a"],)), term_regex((p["b"],))) for p in pairs)


def equivalence_differences(text: str) -> list[tuple[str, str]]:
    """Differences between the device and the equivalent device that a text names, as
    (aspect, words): two contrasting properties ("smooth" and "textured"), or a difference in
    words next to a characteristic ("differs in its surface texture", "a new coating")."""
    found = []
    for aspect, a, b in _contrasts():
        first, second = a.search(text), b.search(text)
        if first and second:
            found.append((aspect, f'"{first.group(0)}" and "{second.group(0)}"'))
    terms = _equivalence_terms()
    if terms["difference"] is not None and terms["difference"].search(text):
        for clause in _EQUIVALENCE_CLAUSE.split(text):
            if not clause or not terms["difference"].search(clause) or terms["sameness"].search(clause):
                continue
            for aspect in _ASPECTS:
                item = terms[f"item:{aspect}"].search(clause)
                if item:
                    found.append((aspect, f'"{clause.strip()}"'))
    return found


def justifies_difference(text: str) -> bool:
    """A text that shows (or at least states) why a difference has no clinically significant effect."""
    pattern = _equivalence_terms()["justification"]
    return bool(pattern and pattern.search(text))


@lru_cache(maxsize=1)
def _aspect_patterns() -> tuple[tuple[str, tuple[str, ...]], ...]:
    aspects = load_subjects()["equivalence_characteristics"]["aspects"]
    return tuple((aspect, tuple(p for language, patterns in entry.items() if language != "label"
                                for p in patterns))
                 for aspect, entry in aspects.items())


def equivalence_in(text: str, *, in_section: bool = False) -> Equivalence | None:
    mentions = _EQUIVALENCE.search(text)
    # "A contract ... does not exist", "the technical documentation was not available": both
    # speak of access to another device's technical documentation.
    contract = _CONTRACT.search(text) or (_NO_ACCESS.search(text) if in_section or mentions else None)
    if not mentions and not (contract and in_section):
        return None
    denied = _EQUIVALENCE_DENIED.search(text) if mentions else None
    if denied and contract is not None and contract.re is _NO_ACCESS \
            and contract.start() <= denied.start() < contract.end():
        denied = None  # the "not" denies access ("... is not in our possession, equivalence is ...")
    if mentions and not denied:
        # only "the equivalent device where claimed", "the device or an equivalent device"
        specific = _without_generic_equivalence(text)
        if specific != text and not (_EQUIVALENCE.search(specific) and _EQUIVALENCE_ASSERTED.search(specific)):
            denied = True
    if denied and not (contract and contract.re is _CONTRACT):
        return None
    if mentions and not contract and not (_names_device_equivalence(text) and _EQUIVALENCE_ASSERTED.search(text)):
        return None
    name = _DEVICE_NAME.search(text)
    own = True if _OWN.search(text) else (False if _COMPETITOR.search(text) else None)
    return Equivalence(device=_NAME_TAIL.sub("", name.group("name").strip(" .,;")) if name else "",
                       manufacturer=manufacturer_of(text[name.end():] if name else text),
                       own_device=own,
                       contract=_contract_state(text, contract))


def manufacturer_of(text: str) -> str | None:
    """The maker named after an equivalent device: "(DePuy Synthes)" right after the name, or
    "by / from / manufactured by / de la société / von <Name>"."""
    bracketed = _BRACKETED_MAKER.match(text)
    if bracketed and not _NOT_A_MAKER.search(bracketed.group("m")) and not _COMPETITOR.search(bracketed.group("m")):
        return bracketed.group("m").strip(" .,")
    # "the Obturo LAA device of HeartWorks Inc.": "of" names the maker only right after the name
    of_maker = _OF_MAKER.match(text)
    if of_maker and not _NOT_A_MAKER.search(of_maker.group("m")):
        return of_maker.group("m").strip(" .,")
    named = _MANUFACTURER.search(text)
    return named.group("m").strip(" .,") if named else None


def _contract_state(text: str, contract: re.Match[str] | None) -> bool | None:
    if contract is None:
        return False if _NO_ACCESS.search(text) else None
    before = text[max(0, contract.start() - 30):contract.start()]
    if (is_negated(text, contract.start()) or _CONTRACT_DENIED_AFTER.search(text[contract.end():])
            or _LIMITED_ACCESS.search(text) or _NO_ACCESS.search(text)
            or _CONTRACT_DENIED_BEFORE.search(before)):
        return False
    if _CONTRACT_QUESTIONED.search(text) or _CONTRACT_CONDITIONAL.search(before_clause(text, contract.start())):
        return None  # asked for, or set as a condition ("only if a contract ... exists"): not stated
    return True


# A contract named as a condition or requirement states none: "data of an equivalent device may be
# used only if a contract with its manufacturer exists", "provided that an agreement ... is in
# place", "requires a contract", "sofern ein Vertrag", "à condition qu'un contrat", "siempre que".
_CONTRACT_CONDITIONAL = re.compile(
    r"\b(?:(?<!as )(?-i:[Ii]f)|unless|provided(?: that)?|in case|in the event that|whenever|on condition that|"
    r"requir\w*|must|shall|needs?|needed|necessary|prerequisite|condition|si|sauf si|à condition qu\w*|exige\w*|"
    r"doit|sofern|falls|wenn|vorausgesetzt|erforderlich|setzt\s+\w+\s+voraus|muss|se|solo se|purché|"
    r"richiede|siempre que|solo si|requiere|indien|mits|vereist)\b[^.;:]{0,80}$", re.IGNORECASE)


def before_clause(text: str, end: int) -> str:
    """The text before `end` from the start of its clause (after the last ";", ":" or sentence end)."""
    return re.split(r"[;:]|[.!?]\s", text[:end])[-1]


def denies_access(text: str) -> bool:
    """A sentence that says the other device's technical documentation is not accessible."""
    return bool(_NO_ACCESS.search(text))


# ---------------------------------------------------------------- outcome parameters

_CEP_OUTCOME_SECTION = re.compile(
    r"outcome|end-?point|acceptance|success criteri|performance criteri|benefit|parameter|"
    r"critère|paramètre|bénéfice|jugement|Endpunkt|Zielgr|Zielparameter|Akzeptanz|Erfolgskriteri|"
    r"Nutzen|Ergebnisparameter", re.IGNORECASE)
_OUTCOME_CUE = re.compile(
    r"primary (?:end-?point|outcome)|secondary (?:end-?points?|outcomes?)|acceptance criteri\w+|success criteri\w+|"
    r"outcome parameters?|critères? (?:d'acceptation|de jugement|de succès)|Akzeptanzkriteri\w+|Endpunkt\w*|"
    r"Erfolgskriteri\w+", re.IGNORECASE)
# The column of a CEP table that names the outcome parameter itself (not the benefit it serves).
_OUTCOME_COLUMN = re.compile(r"outcome|end-?point|parameter|measure|critère de jugement|paramètre|"
                             r"Endpunkt|Zielgr|Parameter|Messgr", re.IGNORECASE)
# Statements about the outcome parameters as a set ("each outcome parameter meets its criterion")
# or about the overall benefit-risk determination name no outcome of their own.
_GENERIC_OUTCOME_REFERENCE = re.compile(
    r"\b(?:each|every|all|any|chaque|tous|toutes|jede[rsnm]?|alle)\s+(?:(?:of the|des|der)\s+)?"
    r"(?:\w+\s+)?(?:outcome parameters?|end-?points?|outcomes?|criteri(?:on|a)|paramètres?|critères?|"
    r"Endpunkte?|Kriteri(?:um|en)|Zielparameter)\b|\bits (?:own )?criterion\b|"
    r"\bson critère\b|\bsein(?:em)? Kriterium\b|"
    # A sentence that announces or describes the set: "The clinical benefits are listed below
    # together with the outcome parameter ...", "The plan establishes the benefits with their
    # outcome parameters and the acceptance criteria", "Les critères sont les suivants".
    r"\b(?:(?:are|is) (?:listed|given|shown|summari[sz]ed|described) (?:below|in the table|"
    r"in table \d+|hereafter)|with their outcome parameters|(?:this|the) plan (?:is )?establish\w*|"
    r"(?:sont|est) (?:list|présent|décrit|indiqu)\w* ci-dessous|"
    r"(?:sind|werden) (?:nachstehend|unten|im Folgenden) (?:aufgeführt|aufgelistet|beschrieben)|"
    # where the criteria come from: "Acceptance criteria are derived from the SOTA analysis"
    r"criteri(?:a|on) (?:are|is|were|was|have been|has been) (?:derived|defined|based|set|taken|"
    r"chosen|established|determined) (?:from|on|in|by|according)|"
    r"critères? (?:[\w'’]+ ){0,2}(?:sont|est|ont été|a été) (?:dérivés?|définis?|fondés?|établis?|issus?)|"
    r"\w*kriterien (?:\w+ )?(?:sind|werden|wurden) (?:\w+ ){0,6}?(?:abgeleitet|festgelegt))",
    re.IGNORECASE)
_BENEFIT_RISK = re.compile(r"benefit[- /–]*risk|risk[- /–]*benefit|bénéfice[- /–]*risque|"
                           r"Nutzen[- /–]*Risiko", re.IGNORECASE)
# A measurable criterion: a number, a comparator or a comparison with a reference.
_MEASURABLE = re.compile(r"\d|[<>≤≥]|non-?inferior|superior|at least|no more than|"
                         r"non-?inférieur|supérieur|au moins|nicht unterlegen|überlegen|mindestens",
                         re.IGNORECASE)
_CER_RESULT_SECTION = re.compile(
    r"result|outcome|end-?point|performance|benefit|efficacy|effectiveness|clinical data|summary|conclusion|"
    r"résultat|bénéfice|efficacité|données cliniques|Ergebnis|Leistung|Nutzen|Wirksamkeit|klinische Daten",
    re.IGNORECASE)
_SENTENCE_END_CHARS = ".!?:;"


def _outcome_parameters(document: Document, spans: _SentenceSpans | None = None) -> Iterator[Fact]:
    if document.role is Role.CEP:
        yield from _cep_outcomes(document)
    else:
        yield from _cer_results(document, spans or _SentenceSpans())


# A list item's typed marker: "•", "-", "▪", "1)", "a." (a DOCX keeps it in the run text).
_ITEM_MARKER = re.compile(r"\s*(?:[•●○◦▪■□►▸‣⁃∙·\-–—*]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")


def _cep_outcomes(document: Document) -> Iterator[Fact]:
    headers = {b.table_index: b.cells for b in document.blocks
               if b.kind is BlockKind.TABLE_ROW and b.row_index == 0}
    previous: Block | None = None
    for block in document.blocks:
        before, previous = previous, block
        if block.kind in (BlockKind.HEADING, BlockKind.CAPTION):
            continue
        section = block.section or ""
        in_section = heading_matches(_CEP_OUTCOME_SECTION, section)
        if block.kind is BlockKind.TABLE_ROW:
            if block.row_index and (in_section or _OUTCOME_CUE.search(block.normalized)):
                span = _outcome_cell_span(block, headers.get(block.table_index, ()))
                if not _only_template_text(block, span):
                    yield make_fact(document, block, FactKind.OUTCOME_PARAMETER,
                                    block.normalized[span[0]:span[1]].strip(), span)
            continue
        if block.kind is BlockKind.LIST_ITEM:
            spans = [(0, len(block.normalized))]
        else:
            spans = list(sentences(block))
        lead_in = _continued_from(before, block)
        for index, span in enumerate(spans):
            # "• Severe perineal trauma ≤ 5 %": the typed bullet is layout, not the outcome's name
            if index == 0 and (marker := _ITEM_MARKER.match(block.normalized, span[0], span[1])):
                span = (marker.end(), span[1])
            text = block.normalized[span[0]:span[1]].strip()
            if len(text.split()) < 2 or text.endswith(":"):
                continue
            whole = f"{lead_in} {text}" if index == 0 and lead_in else text
            if is_outcome_statement(whole, in_section=in_section,
                                    listed=block.kind is BlockKind.LIST_ITEM) \
                    and not _only_template_text(block, span):
                yield make_fact(document, block, FactKind.OUTCOME_PARAMETER, text, span)


def _only_template_text(block: Block, span: tuple[int, int]) -> bool:
    """The span is an unfilled template field ("[Insert benefit-risk acceptance criteria here]",
    "<Enter the primary endpoint here>"), with no word of its own besides: it defines no outcome parameter; a
    left-in placeholder is the template rules' finding, not an outcome the CER must report."""
    text = list(block.normalized[span[0]:span[1]])
    blanked = False
    for (start, end), marker in template_texts(block):
        if marker != "placeholder" or end <= span[0] or start >= span[1]:
            continue
        blanked = True
        for i in range(max(start, span[0]), min(end, span[1])):
            text[i - span[0]] = " "
    # "Reoperation ≤ [X] %" still names its outcome
    return blanked and not re.search(r"[^\W\d_]{3,}", "".join(text))


def is_outcome_statement(text: str, *, in_section: bool, listed: bool = False) -> bool:
    """True when a CEP sentence or list item defines an outcome parameter or criterion.

    A statement about the outcome parameters as a set, or about the benefit-risk
    determination, defines none; in prose of an outcome section a sentence must name something
    measurable, a cue ("primary endpoint") counts anywhere.
    """
    if _GENERIC_OUTCOME_REFERENCE.search(text) or (_BENEFIT_RISK.search(text) and not listed):
        return False
    if describes_the_document(text):
        return False
    if describes_completed_studies(text):
        return False
    if announces_a_table_or_list(text):
        return False
    if _OUTCOME_CUE.search(text):
        return True
    return in_section and (listed or bool(_MEASURABLE.search(_REQUIREMENT_ID.sub(" ", text))))


# Identifiers of requirements and tables, whose digits measure nothing: "Clinical requirements
# from the design input specification: REQ-14 (clinical performance), REQ-15 (clinical safety)"
# traces the outcomes to requirements and names none; so does "GSPR 1".
_REQUIREMENT_ID = re.compile(
    r"\b(?:REQ|RQ|URS|SRS|SYS|DI|DIR|CR|CRQ|UR|PR|GSPR|SPR|ER|RISK|HAZ|H)[-_ ]?\d+(?:[.\-]\d+)*\b|"
    r"\b(?:requirements?|Anforderung(?:en)?|exigences?|requisit[oi]s?)\s+(?:no\.?\s*|n°\s*|Nr\.?\s*)?\d+(?:\.\d+)*\b")


# A sentence that points the reader to where the parameters are given ("... together with the
# outcome parameters and the acceptance thresholds, are summarised in the following table", "The
# endpoints are presented in Table 4", "The following table lists ...", "... are as follows",
# "see Table 2", "sont résumés dans le tableau suivant", "sind in Tabelle 3 zusammengefasst")
# names none itself - unless it also sets a bound or a figure of its own.
_TABLE_WORD = (r"(?:table|tableau|Tabelle|tabella|tabla|tabel|list|liste|lista|overview|matrix|annex|"
               r"appendix|annexe|Anhang|section|chapter)")
_POINTER = (rf"(?:below|hereafter|hereunder|as follows|in the following|in the next|in the {_TABLE_WORD}\b|"
            rf"in {_TABLE_WORD}\s*[\dA-Z][\w.\-]*|ci-(?:dessous|après)|dans (?:le|la|l') ?{_TABLE_WORD}|"
            rf"suivant(?:e?s)?|nachstehend|unten|im Folgenden|folgende[nr]?|in der {_TABLE_WORD}|"
            rf"in {_TABLE_WORD}|di seguito|nella {_TABLE_WORD}|a continuación|en la {_TABLE_WORD})")
_ANNOUNCING_VERB = (r"(?:summari[sz]\w*|listed|given|shown|presented|described|provided|set out|detailed|"
                    r"specified|tabulated|reported|displayed|outlined|compiled|gathered|collected|captured|"
                    r"included|reproduced|résumé\w*|énuméré\w*|présenté\w*|listé\w*|indiqué\w*|récapitulé\w*|"
                    r"zusammengefasst|aufgeführt|aufgelistet|dargestellt|dargelegt|angegeben|"
                    r"riassunt\w*|elencat\w*|riportat\w*|resumid\w*|enumerad\w*|recogid\w*|"
                    r"samengevat|weergegeven|vermeld)")
# "Table 3", "Annex B", "Table 4-2" ("tableau" is a table word, not "table" numbered "au")
_TABLE_ID = r"(?:\d+(?:[.\-]\d+)*[a-z]?|[A-Z](?:[.\-]\d+)*)\b"
# The set is named with an article or quantifier ("the criteria in Table 1"), not as an outcome
# with its own pointer ("Secondary endpoint: satisfaction (see Table 5)").
_SET_DETERMINER = (r"(?:the|these|those|all|each|les|ces|tous|toutes|des|die|den|der|alle|diese|i|gli|le|"
                   r"tutti|tutte|los|las|todos|todas|de|alla|kaikki)")
# Nouns for a set of outcomes or criteria, and the words that place them in a table or list.
_SET_NOUN = (r"(?:outcome parameters?|(?:outcome |performance |safety |clinical )?parameters|end-?points?|"
             r"outcomes|criteri(?:a|on)|thresholds?|targets|measures|paramètres|critères?|seuils|"
             r"Endpunkte|Kriteri(?:en|um)|Parameter|Zielgrößen|Schwellenwerte?|criteri|parametri|soglie|"
             r"criterios?|parámetros|umbrales|criteria|parameters|eindpunten|drempelwaarden|kriterier|"
             r"parametrar|kriteerit|parametrit)")
_LOCATED_IN = (r"(?:in|of|from|per|as per|according to|under|within|listed in|given in|set out in|defined in|"
               r"specified in|shown in|dans|du|de|des|selon|im|in|aus|gemäß|laut|nach|nella|nel|della|del|"
               r"secondo|en|según|uit|volgens|i|enligt|taulukon|taulukossa)")
_ANNOUNCES = re.compile(
    rf"\b{_ANNOUNCING_VERB}\s+(?:\w+\s+){{0,3}}?{_POINTER}|"
    rf"\b{_POINTER}\s+(?:\w+\s+){{0,2}}?{_ANNOUNCING_VERB}\b|"
    rf"\b(?:are|is|sont|est|sind|ist|sono|è|son|es|zijn) (?:as follows|(?:les |la |le )?suivante?s?|wie folgt|"
    rf"i seguenti|le seguenti|los siguientes|las siguientes|als volgt)\b|"
    rf"\b(?:the|la|le|les|die|der|il|la|el|de) (?:following|next|below|subsequent|suivante?s?|folgende|"
    rf"seguente|siguiente|volgende) (?:\w+\s+)?{_TABLE_WORD}\s+(?:\w+\s+)?(?:summari[sz]es|lists|gives|shows|"
    rf"presents|sets out|provides|details|specifies|résume|présente|liste|zeigt|fasst|listet|enthält|riassume|"
    rf"elenca|resume|recoge|geeft)\b|"
    rf"\b{_TABLE_WORD}\s*[\dA-Z][\w.\-]*\s+(?:summari[sz]es|lists|gives|shows|presents|sets out|provides|"
    rf"details|specifies|résume|présente|zeigt|fasst|listet|enthält)\b|"
    # the outcomes or criteria located in a table or list, not named: "measured with the outcome
    # parameters in Table 1", "when the criteria of Annex B are met", "les critères du tableau 2"
    rf"\b{_SET_DETERMINER}\s+(?:[\w-]+\s+){{0,2}}?{_SET_NOUN}\s+(?:[\w-]+\s+){{0,3}}?{_LOCATED_IN}\s+(?:the\s+|la\s+|le\s+|der\s+|die\s+|dem\s+)?"
    rf"(?:{_TABLE_WORD}\s*{_TABLE_ID}|(?:following|preceding|above|below|next)\s+{_TABLE_WORD}|"
    rf"{_TABLE_WORD}\s+(?:below|above|hereafter|that follows|ci-dessous|ci-dessus|unten|oben|sotto|abajo))|"
    # ... or with the table named first: "the Table 1 criteria", "all Annex B endpoints"
    rf"\b{_SET_DETERMINER}\s+{_TABLE_WORD}\s*{_TABLE_ID}\s+(?:[\w-]+\s+){{0,2}}?{_SET_NOUN}\b|"
    rf"[:–]\s*(?:see|cf\.?|voir|siehe|vedi|véase|zie)\s+(?:the\s+)?(?:\w+\s+)?{_TABLE_WORD}\s*[\dA-Z]?[\w.\-]*\s*[.)]?\s*$",
    re.IGNORECASE)
# The table or section named by the pointer, whose number bounds nothing.
_TABLE_REFERENCE = re.compile(rf"\b{_TABLE_WORD}\s*{_TABLE_ID}", re.IGNORECASE)


def announces_a_table_or_list(text: str) -> bool:
    """True when a sentence announces where the outcome parameters are given (a table below, a
    list that follows, "see Table 3") and sets no figure or bound of its own."""
    if not _ANNOUNCES.search(text):
        return False
    rest = _TABLE_REFERENCE.sub(" ", _CITATION.sub(" ", text))
    return not _MEASURABLE.search(rest)


# A sentence whose subject is the plan itself ("This plan defines the scope, the data sources
# and the acceptance criteria of the clinical evaluation", "The present document describes the
# methods ...", "Ce plan définit le périmètre ...", "Dieser Plan legt den Umfang ... fest", "The
# purpose of this plan is to ...", "... are defined in this plan") announces the plan's
# contents and names no outcome parameter - unless it defines one there ("This plan defines the
# primary endpoint as freedom from re-intervention at 12 months").
_THE_DOCUMENT = (r"(?:this|the present|the) (?:clinical evaluation )?(?:plan|document|CEP|protocol|"
                 r"section|chapter)|(?:ce|le présent|cette|la présente) (?:plan|document|PEC|section|"
                 r"partie)|(?:dieser|der vorliegende|diese|die vorliegende|dieses|das vorliegende) "
                 r"(?:\w+)?(?:plan|Dokument|Abschnitt|Kapitel)|(?:questo|il presente) (?:piano|documento)|"
                 r"(?:este|el presente) (?:plan|documento)")
_ABOUT_THE_DOCUMENT = re.compile(
    rf"\b(?:{_THE_DOCUMENT})\s+(?:(?:also|further|hereby|first|briefly|therefore|thus)\s+)?"
    r"(?:defines?|describes?|sets? (?:out|forth)|specif(?:y|ies)|establish(?:es)?|outlines?|"
    r"lays? (?:down|out)|presents?|contains?|covers?|provides?|summari[sz]es?|details?|identif(?:y|ies)|"
    r"documents?|explains?|addresses|is intended to|aims? to|serves to|"
    r"définit|décrit|précise|établit|présente|expose|fixe|contient|"
    r"legt|beschreibt|definiert|enthält|regelt|dient|"
    r"definisce|descrive|stabilisce|define|describe|establece)\b|"
    rf"\b(?:purpose|aim|objective|scope|goal|but|objet|objectif|Zweck|Ziel|scopo|objetivo) "
    rf"(?:of|de|du|des|dieses|dieser|des vorliegenden|di|del) (?:{_THE_DOCUMENT})\b|"
    rf"\b(?:are|is|sind|werden|wird|sont|est) (?:\w+ )?(?:defined|described|set out|specified|"
    rf"laid down|définie?s?|décrite?s?|festgelegt|beschrieben|definiert) (?:in|dans|im|in der) "
    rf"(?:{_THE_DOCUMENT})\b", re.IGNORECASE)
# ... that defines an outcome all the same: "as", a colon, a bound or a figure.
_DEFINES_ONE = re.compile(r"\bas\b|:|=|\bnamely\b|\bcomme\b|\bals\b|\bcome\b|\bcomo\b|[<>≤≥%]|\d",
                          re.IGNORECASE)


def describes_the_document(text: str) -> bool:
    """True when a CEP sentence announces what the plan (document, section) contains and
    defines no outcome parameter of its own."""
    if not _ABOUT_THE_DOCUMENT.search(text):
        return False
    return not _DEFINES_ONE.search(_CITATION.sub(" ", _PARENTHESES.sub(" ", text)))


# A cited article, annex, guidance or standard holds figures that bound no outcome.
_CITATION = re.compile(r"\b(?:Article|Art\.|Artikel|articolo|artículo|Annex|Anhang|annexe|allegato|"
                       r"anexo|MDCG|MEDDEV|ISO|IEC|EN|Section|Rule|Regel|règle|regola|regla|Part|Teil|"
                       r"partie|Chapter|Kapitel|chapitre)\s*[\w.\-/]*\d[\w.()\-/]*", re.IGNORECASE)


# "The first-in-human study X (36 patients, 12 months) has been followed by the pivotal study Y
# (312 patients, primary endpoints at 6 months)": an account of studies already done, with
# their sizes, names no outcome parameter or criterion of the plan - unless a cue stands outside
# its parentheses ("The primary endpoint of study Y was ...") or it sets a bound.
_STUDY_NOUN = re.compile(
    r"\b(?:stud(?:y|ies)|trials?|investigations?|cohorts?|registr(?:y|ies)|first[- ]in[- ](?:hu)?man|"
    r"études?|essais?|Studien?|Prüfung(?:en)?|stud(?:io|i)|sperimentazion[ei]|estudios?|ensayos?|"
    r"onderzoek(?:en)?)\b", re.IGNORECASE)
_PARTICIPANTS = re.compile(
    r"\b\d[\d,.]*\s+(?:[^\W\d]+\s+)?(?:patients?|subjects?|participants?|volunteers?|eyes|hips|knees|"
    r"implants|lesions|patientes?|Patient(?:en|innen)|Probanden|pazienti|pacientes|patiënten|"
    r"proefpersonen)\b|\bn\s*=\s*\d", re.IGNORECASE)
_COMPLETED = re.compile(
    # a programme of studies described: "The clinical development comprises the first-in-human
    # study X (N = 60 ...) and the pivotal study Y (N = 412 ...)"
    r"\b(?:comprises|comprising|consists of|is composed of|comprend|umfasst|besteht aus|comprende|"
    r"consiste en|omvat)\b|"
    # "The pivotal evidence is the prospective investigation X (..., 170 patients, 36-month follow-up)"
    r"\b(?:evidence|data)\s+(?:is|are|comes? from)\s+(?:the|a|an)\b|"
    r"\b(?:has|have|had)\s+been\b|\b(?:was|were)\s+(?:\w+ed|conducted|completed|run|done|undertaken|"
    r"published)\b|\b(?:enrolled|completed|included|treated|conducted|recruited)\b|"
    r"\b(?:a|ont)\s+été\b|\b(?:wurden?|hat|haben)\b|\b(?:è|sono)\s+stat[oaie]\b|\b(?:fue|fueron|ha sido|han sido)\b|"
    r"\b(?:werd|werden|is|zijn)\s+(?:uitgevoerd|afgerond|gevolgd)\b|"
    # a study planned the same way: "will be carried out in 28 centres"
    r"\bwill be (?:carried out|conducted|performed|run|undertaken|started|initiated)\b|\b(?:is|are) planned\b|"
    r"\bsera (?:réalisée?|menée?|conduite?)\b|\bwird (?:\w+ )*durchgeführt\b|\bverrà (?:condott|svolt)\w*|"
    r"\bse llevará a cabo\b|\bzal worden uitgevoerd\b", re.IGNORECASE)
_CRITERION_BOUND = re.compile(
    r"[<>≤≥]|\b(?:at least|no more than|non-?inferior\w*|superior|au moins|au plus|mindestens|höchstens|"
    r"almeno|al menos|ten minste|minimum|maximum)\b", re.IGNORECASE)
_PARENTHESES = re.compile(r"\([^()]*\)")


# A study's design written telegraphically: "Pivotal study X, n = 154, 14 sites in DE, NL and
# FR; primary endpoint at 12 months, follow-up until 5 years".
_SITES = re.compile(
    r"\b\d+\s+(?:(?:study|clinical|investigational|participating)\s+)?(?:sites?|centres?|centers?|"
    r"hospitals|Zentren|Prüfzentren|Kliniken|centri|centros|ziekenhuizen)\b", re.IGNORECASE)


def describes_completed_studies(text: str) -> bool:
    """True when a CEP sentence recounts studies already done or planned (names, sizes,
    durations) and defines no outcome parameter or criterion of its own."""
    study = _STUDY_NOUN.search(text)
    if not (study and _PARTICIPANTS.search(text)):
        return False
    # the study's design in parentheses ("non-inferiority versus X, 12-month primary endpoint")
    # sets no criterion of the plan
    outside = _PARENTHESES.sub(" ", text)
    if _SITES.search(text):
        # a design sheet that opens with the study ("Pivotal study X, n = 154, 14 sites; primary
        # endpoint at 12 months") names when its endpoint falls, not what it measures
        cue = _OUTCOME_CUE.search(text)
        if (cue is None or study.start() < cue.start()) and not _CRITERION_BOUND.search(outside):
            return True
    if not _COMPLETED.search(text):
        return False
    return not _CRITERION_BOUND.search(outside) and not _OUTCOME_CUE.search(outside)


def _continued_from(before: Block | None, block: Block, any_kind: bool = False) -> str:
    """The previous paragraph's text when `block` continues its sentence (a PDF line break
    or page break split one paragraph into two blocks), else "". `any_kind`: whatever the two
    blocks are and wherever they stand ("- ... adults. No" / next page "equivalence is ...")."""
    if before is None:
        return ""
    if not any_kind and (block.kind is not BlockKind.PARAGRAPH or before.kind is not BlockKind.PARAGRAPH
                         or before.section != block.section):
        return ""
    tail = before.normalized.rstrip()
    head = block.normalized.lstrip()
    if not tail or tail[-1] in _SENTENCE_END_CHARS or not head[:1].islower():
        return ""
    return tail


def _outcome_cell_span(block: Block, header: tuple[str, ...]) -> tuple[int, int]:
    """The span of the outcome-parameter cell of a CEP table row (the whole row without one)."""
    whole = (0, len(block.normalized))
    column = next((i for i, cell in enumerate(header) if _OUTCOME_COLUMN.search(cell)), None)
    if column is None:
        return whole
    spans = cell_spans(block)
    if column >= len(spans) or spans[column][0] == spans[column][1]:
        return whole
    if _CATEGORY_CELL.match(block.normalized[spans[column][0]:spans[column][1]].strip()):
        # "Safety | no device-related death": the cell names a kind of outcome, the rest of
        # the row names the outcome itself.
        return spans[column][0], whole[1]
    return spans[column]


# A cell that names a kind of outcome, not an outcome ("Safety", "Primary efficacy endpoint").
_CATEGORY_CELL = re.compile(
    r"^(?:(?:primary|secondary|main|key|clinical|overall|device|procedural|neurological|long-term|"
    r"short-term|principal|secondaire|primär|sekundär|primari[oa]|secondari[oa]|primari[oa])\s+)*"
    r"(?:safety|efficacy|performance|effectiveness|benefit|sécurité|performances?|efficacité|Sicherheit|"
    r"Leistung|Wirksamkeit|sicurezza|prestazion[ei]|efficacia|seguridad|rendimiento|eficacia)"
    r"(?:\s+(?:end-?points?|outcomes?|parameters?|criteri(?:on|a)|critère|Endpunkt|Kriterium))?$",
    re.IGNORECASE)


def cell_spans(block: Block) -> list[tuple[int, int]]:
    """Spans of a table row's cells in `block.normalized` (cells are joined with " | ")."""
    text = block.normalized
    spans, start = [], 0
    for match in re.finditer(r" ?\| ?", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans if len(spans) == len(block.cells) else []


# "The 5-year criterion will be confirmed by PMCF", "sera confirmé dans le cadre du SCAC",
# "wird im Rahmen der PMCF bestätigt": a criterion the CER defers to PMCF, with its reason.
_DEFERRED_TO_PMCF = re.compile(
    r"\b(?:will|shall|is to|are to|remains? to)\s+be\s+(?:\w+\s+)?(?:confirmed|assessed|evaluated|demonstrated|"
    r"verified|collected|followed|monitored|shown|addressed)\b[^.]{0,60}\b(?:PMCF|post-market|registry)|"
    r"\b(?:PMCF|post-market clinical follow-up)\b[^.]{0,60}\b(?:will|shall)\s+(?:\w+\s+)?(?:confirm|assess|"
    r"evaluate|demonstrate|verify|collect|address)|"
    r"\bsera\s+(?:\w+\s+)?(?:confirmé|évalué|démontré|vérifié)e?s?\b[^.]{0,60}\b(?:SCAC|PMCF)|"
    r"\b(?:wird|werden)\b[^.]{0,60}\b(?:PMCF|Nachbeobachtung)\b[^.]{0,40}\b(?:bestätigt|bewertet|nachgewiesen|"
    r"überprüft|erhoben)", re.IGNORECASE)


# Every form of `_DEFERRED_TO_PMCF` holds "pmcf", "registry", "post-market", "scac" or
# "nachbeobachtung" (lower-cased): tested inline below.
_DIGIT = re.compile(r"\d")
_FOLDED_DEFERRED_TO_PMCF = _for_folded(_DEFERRED_TO_PMCF)


def _cer_results(document: Document, spans: _SentenceSpans | None = None) -> Iterator[Fact]:
    spans = spans or _SentenceSpans()
    # Per section heading: (a reference list, a results section). Per (block text, table row,
    # in a results section): the results it states, as the appraisals of a long CER annex
    # repeat whole paragraphs.
    section_kinds: dict[str | None, tuple[bool, bool]] = {}
    results_of_text: dict[tuple[str, bool, bool], list[tuple[tuple[int, int], str]]] = {}
    for block in document.blocks:
        if block.kind in (BlockKind.HEADING, BlockKind.CAPTION) or (block.kind is BlockKind.TABLE_ROW
                                                                    and block.row_index == 0):
            continue
        section = block.section
        kinds = section_kinds.get(section)
        if kinds is None:
            kinds = section_kinds[section] = (_section_is(_REFERENCE_SECTION, section),
                                              _section_is(_CER_RESULT_SECTION, section))
        if kinds[0]:
            continue
        # Results stand in results sections, in any table row with a value, or in a sentence
        # that defers a criterion to PMCF (reported with its justification).
        row = block.kind is BlockKind.TABLE_ROW
        key = (block.text, row, kinds[1] or row)
        found = results_of_text.get(key)
        if found is None:
            found = results_of_text[key] = _cer_results_of(block, spans, row, in_section=kinds[1] or row)
        for span, text in found:
            yield spans.fact(document, block, FactKind.OUTCOME_PARAMETER, text, span)


def _cer_results_of(block: Block, spans: _SentenceSpans, row: bool, *,
                    in_section: bool) -> list[tuple[tuple[int, int], str]]:
    """(span, text) of each result a CER block states (see `_cer_results`); depends on the
    block's text, whether it is a table row and whether it stands in a results section."""
    numeric = in_section and bool(_DIGIT.search(block.normalized))
    folded = block.folded
    may_defer = ("pmcf" in folded or "registry" in folded or "post-market" in folded or "scac" in folded
                 or "nachbeobachtung" in folded)
    if not numeric and not (may_defer and _FOLDED_DEFERRED_TO_PMCF.search(folded)
                            or "PMCF" in block.text):
        return []  # cheap: results state numbers
    found = []
    block_spans = spans(block) if not row else [(0, len(block.normalized))]
    for span in block_spans:
        text = block.normalized[span[0]:span[1]].strip()
        if len(text.split()) < 3:
            continue
        if (numeric and _DIGIT.search(text)) or (may_defer and _DEFERRED_TO_PMCF.search(text)):
            found.append((span, text))
    return found


def outcome_name(text: str) -> str:
    """The parameter part of an outcome line: "Primary endpoint: X (criterion)" -> "X"."""
    if " | " in text:
        cells = re.split(r"\s+\|\s+", text)
        head = next((c for c in cells if c.strip() and not _CATEGORY_CELL.match(c.strip())), cells[0])
    else:
        head = text
    if ":" in head:
        label, rest = head.split(":", 1)
        head = rest if _OUTCOME_CUE.search(label) or len(label.split()) <= 3 and rest.strip() else label
    # "Oswestry Disability Index (ODI) improvement": a parenthesis holding only an abbreviation
    # is part of the name, not the start of its criterion.
    head = _ABBREVIATION_PARENTHESIS.sub("", head)
    return re.split(r"\(|;|\s-\s|≥|>=|<=|≤", head)[0].strip() or text


_ABBREVIATION_PARENTHESIS = re.compile(r"\s*\((?=[^)]*[A-Z][^)]*[A-Z])[A-Za-z][A-Za-z0-9-]{1,9}\)")


# The age and weight patterns read folded text (`age_spans`, `weight_spans`).
_AGE_RANGE, _AGE_FROM, _AGE_UNDER, _AGE_MEAN, _WEIGHT_RANGE, _WEIGHT_UNDER, _AGE_HINT, _WEIGHT_HINT = (
    _for_folded(p) for p in (_AGE_RANGE, _AGE_FROM, _AGE_UNDER, _AGE_MEAN, _WEIGHT_RANGE, _WEIGHT_UNDER, _AGE_HINT,
                             _WEIGHT_HINT))
