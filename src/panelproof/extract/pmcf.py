"""PMCF facts: the elements of a PMCF plan (objectives, design, criteria, sample size, ...).

A plan states its elements under headings ("3.2 Exclusion criteria", "Fallzahl"), in two-column
tables ("| Sample size | 120 patients |"), in tables with one column per element ("| Activity |
Objective | Timeline |"), or as "Label: value" paragraphs. Each element's text becomes one
`PmcfItem` per sentence (paragraphs) or per block (list items, table cells), with:

- `concepts`: ids of the shared vocabularies found in it (care settings, interfaces, population
  groups) plus PMCF markers from knowledge/pmcf.yaml, prefixed "pmcf:": `pmcf:survey`,
  `pmcf:active` (study, registry), `pmcf:retrospective`, `pmcf:statistical` (a statistical
  rationale), `pmcf:deferred` ("to be defined later"), `pmcf:quantified` (a number),
  `pmcf:dated` (a date, year, quarter or duration), `pmcf:sample` (a number of subjects),
  `pmcf:negated`, `pmcf:no_rationale` ("no formal sample size calculation"), `pmcf:endpoint`
  (a sentence stating an endpoint: "The primary endpoint is freedom from ... at 12 months"),
  `pmcf:complete_capture` (a registry recording every implanted device: NJR, EPRD, a national
  registry), `pmcf:continuation` (continued follow-up of an identified study's cohort);
- `generic`: boilerplate objectives restating Annex XIV Part B, or a deferral.

Outside any recognised element (a section "5. Conduct of the study"), a sentence that sets the
plan's own number of subjects ("A total of 600 patients will be enrolled") or states an endpoint
becomes an item of aspect "other", as a deferral does: where a plan says it does not decide
whether it says it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Iterator

from panelproof.extract._terms import (compile_terms, find_terms, flatten_terms, language_bound, load_optional,
                                       vocabulary_entries)
from panelproof.extract import _questions as questions
from panelproof.extract._questions import question_role
from panelproof.extract.common import ExtractionContext, make_fact, sentences
from panelproof.extract.model import Fact, FactKind, PmcfItem
from panelproof.extract.placeholders import template_texts
from panelproof.ingest.model import Block, BlockKind, Document, Role

VOCABULARIES = ("vocabulary/care_settings", "vocabulary/interfaces", "vocabulary/population_groups")
# Order decides ties between aspects named at the same position of a label.
ASPECTS = ("exclusion", "inclusion", "sample_size", "endpoint", "objective", "timeline", "budget",
           "population", "setting", "design", "method")
# Aspects whose text is read sentence by sentence for an exclusion wording.
_CRITERIA = {"inclusion", "population", "exclusion", "setting", "design", "method"}

_NUMBER = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)?(?![\w.])|\bn\s*=\s*\d+")
_DATE = re.compile(
    r"\b(?:19|20)\d{2}\b|\bQ[1-4]\b|\b\d+\s*(?:months?|years?|weeks?|mois|ans?|années?|Monate?n?|Jahre?n?|Wochen)\b"
    r"|\b(?:annual(?:ly)?|yearly|quarterly|semi-annual(?:ly)?|every\s+\w+\s+(?:months?|years?)|"
    r"annuel(?:le)?(?:ment)?|trimestriel(?:le)?(?:ment)?|jährlich|quartalsweise|halbjährlich)\b"
    r"|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"januar|februar|märz|juni|juli|oktober|dezember)\b",
    re.IGNORECASE)
# "120 patients", "n = 200", "300 Patienten": a number of subjects, i.e. a sample size.
# A rate's denominator is no sample: "per 100 patient-years", "pour 1 000 patients-jours",
# "pro 100 Patientenjahre" (the word then runs on with a hyphen or into a compound).
_SAMPLE = re.compile(
    r"(?<!per )(?<!pour )(?<!pro )(?<!/ )(?<!/)(?<![\d,.])(?<!\d[ \u00a0])"
    r"(?:\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d{2,6})\s+(?:\w+\s+){0,2}"
    # Subjects, and uses of the device when the data source counts uses ("50,000 infusions").
    r"(?:patients?|pts|subjects?|participants?|cases|devices|procedures|users|respondents|"
    r"infusions|implants|implantations|treatments|sessions|therapies|interventions|operations|"
    r"surgeries|uses|applications|cycles|runs|insertions|placements|catheteri[sz]ations|deployments|"
    r"injections|dressings|"
    r"patientes?|sujets|utilisateurs|répondants|perfusions|implantations|traitements|séances|"
    r"interventions|procédures|dispositifs|"
    r"Patienten|Patientinnen|Probanden|Teilnehmer(?:innen)?|Fälle|Anwender|Infusionen|"
    r"Implantationen|Behandlungen|Sitzungen|Eingriffe|Anwendungen|Produkte|Geräte)"
    r"\b(?![-‐]\w)"
    # Patients named by their group or the treated site ("150 neonates", "80 Kinder", "300
    # eyes"), with at most one word between that is no unit ("12 months in children" is none).
    r"|(?<!per )(?<!pour )(?<!pro )(?<!/ )(?<!/)(?<![\d,.])(?<!\d[ \u00a0])(?!(?:19|20)\d\d\b)"
    r"(?:\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d{2,6})\s+(?:(?!(?:days?|weeks?|months?|years?|hours?|"
    r"mois|ans|jours|semaines|heures|monate\w*|jahre\w*|wochen|tage\w*|stunden|mesi|anni|giorni|"
    r"meses|años|días|kg|g|cm|mm|ml|in|at|of|de|du|des|à|nach|bei|im|von|per|pour|pro)\b)\w+\s+)?"
    r"(?:neonates|newborns|infants|babies|children|adolescents|adults|women|men|recipients|"
    r"eyes|knees|hips|wounds|lesions|ulcers|feet|teeth|vessels|fractures|defects|joints|ears|limbs|"
    r"pregnancies|nouveau-nés|nourrissons|enfants|plaies|ulcères|lésions|Wunden|Ulzera|Läsionen|"
    r"ferite|ulcere|lesioni|heridas|úlceras|lesiones|"
    r"adolescents|adultes|femmes|hommes|yeux|Neugeborene|Säuglinge|Kinder|Jugendliche|"
    r"Erwachsene|Frauen|Männer|Augen|pazienti|soggetti|casi|bambini|neonati|adulti|pacientes|"
    r"sujetos|casos|niños|neonatos|adultos)\b(?![-‐]\w)"
    r"|\bn\s*=\s*\d+"
    # The number after its noun: "the number of patients will be approximately 300", "Anzahl
    # der Patienten: 150", "nombre de sujets prévu : 80" (no duration, percentage or year).
    r"|\b(?:(?:total|planned|target|expected)\s+)?(?:number|nombre|Anzahl|numero|número|aantal)\s+"
    r"(?:of|de|d'|der|di|des|dei|van)\s+(?:\w+\s+)?"
    r"(?:patients?|subjects?|participants?|cases|devices|procedures|users|implants|pts|"
    r"patientes?|sujets|Patienten|Probanden|Teilnehmer|pazienti|soggetti|pacientes|sujetos|patiënten)\b"
    r"[^.;\d]{0,40}?(?<![\d,.])(?!(?:19|20)\d\d\b)(?:\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d{2,6})\b"
    r"(?!\s*(?:%|days?|weeks?|months?|years?|hours?|mois|ans|jours|semaines|Monate\w*|Jahre\w*|"
    r"Wochen|Tage\w*|mesi|anni|giorni|meses|años|días)\b|\s*%)", re.IGNORECASE)
# A number of patients that describes evidence already gathered ("the 2 % rate seen in 120
# patients", "observé chez 85 patients") is not the plan's sample.
_PAST_EVIDENCE = re.compile(
    r"\b(?:observed|seen|reported|found|documented|demonstrated|shown|achieved|obtained|published|"
    r"observée?s?|rapportée?s?|constatée?s?|beobachtet|berichtet|gezeigt|osservat[oaie]|riportat[oaie]|"
    r"observad[oa]s?|notificad[oa]s?|waargenomen|gerapporteerd)\s+(?:[\w%,.]+\s+){0,3}?"
    r"(?:in|among|with|from|chez|dans|bei|an|unter|nei|negli|en|entre|bij)\b(?:\s+(?:the|a|les|des|den|i|gli|los|las|de)\b)?[^.;\d]{0,20}$",
    re.IGNORECASE)
# "3.2", "B.", "B.2", "3-2" (chapter-section, as in Japanese documents)
_LEADING_NUMBER = re.compile(r"^\s*(?:[A-Z]\.|\d+(?:[.\-–]\d+)*\.?|[A-Z]\.\d+(?:\.\d+)*\.?)\s+")
_LABEL_VALUE = re.compile(r"^\s*\**([^:|]{2,60}?)\**\s*:\s*\**\s*(\S.*)$")
# A requirement or item identifier opening an element of a plan written like a specification:
# "REQ-PMCF-04: Endpoint ...", "OBJ-1 Confirmation of ...", "[EP-2] VCSS at 12 months",
# "PMCF-OBJ-03 – ...". Letters (two or more) and a number, joined by hyphens or dots.
_ITEM_ID = re.compile(r"\s*[*_]*\[?(?P<id>(?:[A-Z][A-Za-z]*[A-Z0-9]*[-_.])+\d+[A-Za-z]?(?:\.\d+)*)\]?[*_]*"
                      r"\s*(?:[:.)]|[-–—](?=\s))?\s+")
_ID_AFTER_SENTENCE = re.compile(r"(?<=[.;!?])\s+(?=\[?(?:[A-Z][A-Za-z]*[A-Z0-9]*[-_.])+\d)")


@dataclass(frozen=True)
class _Knowledge:
    aspects: dict[str, re.Pattern | None]
    generic: re.Pattern | None
    deferral: re.Pattern | None
    markers: dict[str, re.Pattern | None]
    concepts: dict[str, re.Pattern | None]
    exclusion: re.Pattern | None
    negation: re.Pattern | None
    # Precision and detectability statements, and statements that there is no rationale.
    statistical_extra: re.Pattern | None
    no_rationale: re.Pattern | None
    participation: re.Pattern | None
    # A number of subjects the plan sets itself ("will be enrolled", "planned", "target").
    planned: re.Pattern | None = None
    planned_extra: re.Pattern | None = None
    endpoint_statement: re.Pattern | None = None
    # The plan's own study described with its number of subjects ("Prospective, multicentre,
    # single-arm study at 8 sites with 200 consecutive patients"), and past-tense wording that
    # makes such a description one of evidence already gathered.
    design_sample: re.Pattern | None = None
    past_tense: re.Pattern | None = None
    # "without exclusion other than ...", "sans critère d'exclusion": no exclusion but the exception.
    denial: re.Pattern | None = None
    # Labels that hold an aspect's word but name something else ("Intended purpose").
    not_aspects: dict[str, re.Pattern | None] = field(default_factory=dict)
    objective_statement: re.Pattern | None = None
    objective_opening: re.Pattern | None = None
    about_document: re.Pattern | None = None
    denial_exception: re.Pattern | None = None
    denial_end: re.Pattern | None = None
    # concept id -> language -> pattern of its `language_bound` terms ("RSA" in Italian text only)
    bound_concepts: dict[str, dict[str, re.Pattern | None]] = field(default_factory=dict)
    # identifier letters -> aspect ("OBJ" -> objective, "EP" -> endpoint)
    id_prefixes: dict[str, str] = field(default_factory=dict)
    # ids of the population groups: a group word inside a longer group term belongs to it
    group_ids: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _knowledge() -> _Knowledge:
    data = load_optional("pmcf") or {}

    def pattern(key: str) -> re.Pattern | None:
        return compile_terms(flatten_terms((data.get(key) or {}).get("terms")))

    aspects = {name: compile_terms(flatten_terms(entry.get("terms")))
               for name, entry in (data.get("aspects") or {}).items()}
    not_aspects = {name: compile_terms(flatten_terms({k: v for k, v in (entry.get("not_terms") or {}).items()
                                                      if k != "source"}))
                   for name, entry in (data.get("aspects") or {}).items() if entry.get("not_terms")}
    concepts: dict[str, list[str]] = {}
    bound: dict[str, dict[str, list[str]]] = {}  # id -> language -> its `language_bound` terms
    group_ids: set[str] = set()
    for name in VOCABULARIES:
        for concept_id, entry in vocabulary_entries(load_optional(name)):
            if name == "vocabulary/population_groups":
                group_ids.add(concept_id)
            own = language_bound(entry)
            concepts.setdefault(concept_id, []).extend(t for t in flatten_terms(entry.get("terms")) if t not in own)
            for term, language in own.items():
                bound.setdefault(concept_id, {}).setdefault(language, []).append(term)
    for concept_id, terms in ((data.get("concept_terms") or {}).get("terms") or {}).items():
        concepts.setdefault(concept_id, []).extend(flatten_terms(terms))
    return _Knowledge(
        aspects=aspects,
        generic=pattern("generic_objectives"),
        deferral=pattern("deferrals"),
        markers={"pmcf:survey": pattern("survey_methods"), "pmcf:active": pattern("active_methods"),
                 "pmcf:retrospective": pattern("retrospective"),
                 "pmcf:statistical": pattern("statistical_rationale"),
                 "pmcf:complete_capture": pattern("complete_capture_registries"),
                 "pmcf:continuation": pattern("continuation_cues")},
        concepts={cid: compile_terms(tuple(terms)) for cid, terms in concepts.items()},
        bound_concepts={cid: {language: compile_terms(tuple(terms)) for language, terms in by_language.items()}
                        for cid, by_language in bound.items()},
        not_aspects=not_aspects,
        group_ids=frozenset(group_ids),
        id_prefixes={str(k).upper(): v for k, v in
                     ((data.get("identifier_prefixes") or {}).get("prefixes") or {}).items()},
        exclusion=pattern("exclusion_cues"),
        negation=pattern("negation_cues"),
        statistical_extra=_alternation((data.get("statistical_rationale") or {}).get("patterns")),
        no_rationale=_alternation((data.get("statistical_negation") or {}).get("patterns")),
        participation=pattern("participation_cues"),
        planned=pattern("planned_sample_cues"),
        planned_extra=_alternation((data.get("planned_sample_cues") or {}).get("patterns")),
        endpoint_statement=_alternation((data.get("endpoint_statements") or {}).get("patterns")),
        design_sample=_alternation((data.get("design_sample_cues") or {}).get("patterns")),
        past_tense=_alternation((data.get("design_sample_cues") or {}).get("past")),
        denial=_alternation((data.get("exclusion_denials") or {}).get("patterns")),
        objective_statement=_alternation((data.get("objective_statements") or {}).get("patterns")),
        objective_opening=_alternation((data.get("objective_statements") or {}).get("list_openings")),
        about_document=_alternation((data.get("objective_statements") or {}).get("about_document")),
        denial_exception=_alternation((data.get("exclusion_denials") or {}).get("exceptions")),
        denial_end=_alternation([(data.get("exclusion_denials") or {}).get("exception_end")]
                                if (data.get("exclusion_denials") or {}).get("exception_end") else None),
    )


def _alternation(patterns) -> re.Pattern | None:
    """One case-insensitive regex for a YAML list of regexes."""
    if not patterns:
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@lru_cache(maxsize=1)
def _endpoint_in_objective() -> re.Pattern | None:
    patterns = ((load_optional("pmcf") or {}).get("endpoint_in_objective") or {}).get("patterns")
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) if patterns else None


def names_endpoint(text: str) -> bool:
    """Whether an objective names its endpoint: what is measured and how or when ("measured as
    the all-cause revision rate at 10 years", "évalué par le score ... à 12 mois")."""
    pattern = _endpoint_in_objective()
    return pattern is not None and pattern.search(text) is not None


_TIME_UNITS = (r"(?:days?|weeks?|months?|years?|jours|semaines|mois|ans|années|Tage\w*|Woche\w*|Monate\w*|"
               r"Jahre\w*|giorni|settimane|mesi|anni|días|semanas|meses|años|dagen|weken|maanden|jaar|jaren)")
# A duration or time point ("at 12, 24 and 36 months", "90 days", "5-year", "1, 3 and 5 years").
_DURATION = re.compile(r"\b\d+(?:[.,]\d+)?(?:\s*(?:,|and|or|to|et|ou|und|oder|e|y|en|-|–)\s*\d+)*[\s-]*"
                       + _TIME_UNITS + r"\b", re.IGNORECASE)
# Evidence already gathered ("The pivotal study showed a revision rate of 2 % at 5 years").
_PAST_STATEMENT = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|showed|demonstrated|achieved|observed|a\s+été|ont\s+été|"
    r"a\s+montré|ont\s+montré|wurden?|zeigte\w*|è\s+stat[oa]|sono\s+stat[ie]|fue|fueron|mostró|werd|toonde)\b",
    re.IGNORECASE)
# Words that end the object of a rate or a measuring verb ("the rate [of infections] in patients").
_OBJECT_END = frozenset("in among at during within across throughout after before when while compared "
                        "versus vs dans chez pendant parmi bei während unter nach nei nelle tra durante "
                        "entre bij tijdens".split())
_OBJECT_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]*)*|\d\S*|[.;:!?()]")
_OBJECT_WORDS = 8


@dataclass(frozen=True)
class _Outcomes:
    named: re.Pattern | None  # instruments and hard outcomes: endpoints by themselves
    assessments: re.Pattern | None  # endpoints when scheduled at time points
    leads: re.Pattern | None  # "the rate of", "quantify": endpoints when a specific word follows
    compound: re.Pattern | None  # "pneumothorax rate"
    german: re.Pattern | None  # "Revisionsrate"
    fillers: frozenset[str]
    # Words of the study's own conduct ("response rate", "estimate the sample size").
    blockers: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _outcomes() -> _Outcomes:
    data = load_optional("outcome_measures") or {}
    pmcf = load_optional("pmcf") or {}
    fillers = {w.lower() for w in flatten_terms((pmcf.get("objective_filler_words") or {}).get("terms"))}
    blockers = {w.lower() for w in flatten_terms((data.get("not_outcome_words") or {}).get("terms"))}
    compound = data.get("compound_rates") or {}
    return _Outcomes(
        named=compile_terms(flatten_terms((data.get("instruments") or {}).get("terms"))
                            + flatten_terms((data.get("hard_outcomes") or {}).get("terms"))),
        assessments=compile_terms(flatten_terms((data.get("scheduled_assessments") or {}).get("terms"))),
        leads=_alternation((data.get("measure_leads") or {}).get("patterns")),
        compound=_alternation(compound.get("patterns")),
        german=re.compile("|".join(f"(?:{p})" for p in compound["german"])) if compound.get("german") else None,
        fillers=frozenset(fillers | blockers), blockers=frozenset(blockers))


def _is_specific_word(word: str, fillers: frozenset[str]) -> bool:
    """A word that names something beyond the general aims ("pneumothorax", "occlusion")."""
    parts = [p for p in re.split(r"['’-]", word) if p] or [word]
    for part in parts:
        lowered = part.lower()
        if (lowered in fillers or lowered.rstrip("s") in fillers or lowered.endswith("es") and lowered[:-2] in fillers
                or lowered.rstrip("x") in fillers):
            continue
        if len(part) >= 3 or part.isupper():
            return True
    return False


def _specific_object(text: str, start: int, fillers: frozenset[str], blockers: frozenset[str]) -> bool:
    """Whether the words after `start`, up to a preposition or a punctuation mark, name a
    specific outcome ("[the rate of] over- and under-infusion events" -> yes; "[the incidence of]
    previously unknown side-effects" -> no)."""
    words = 0
    for token in _OBJECT_TOKEN.finditer(text, start, min(len(text), start + 160)):
        value = token.group(0)
        lowered = value.lower()
        if value in ".;:!?()" or lowered in _OBJECT_END or lowered in blockers or lowered.rstrip("s") in blockers:
            return False
        if value[0].isdigit():
            continue
        if _is_specific_word(value, fillers):
            return True
        words += 1
        if words >= _OBJECT_WORDS:
            return False
    return False


_THRESHOLD = re.compile(r"(?:≤|<|<=|≥|>|>=|\b(?:below|under|at most|at least|less than|more than|"
                        r"maximal|mindestens|höchstens|unter|inférieur à|au plus|au moins|"
                        r"non superiore a|almeno|inferior a|como máximo|ten hoogste))\s*\d+(?:[.,]\d+)?\s*%",
                        re.IGNORECASE)


def names_outcome(text: str, language: str | None = None) -> bool:
    """Whether `text` names a measured outcome, with or without the word "endpoint": a clinical
    score or physiological measure ("mRS", "FEV1", "AOFAS"), mortality or survival, an imaging
    or function test at time points ("radiographs at 1, 3 and 5 years"), a rate or a measuring
    verb with what it counts ("the rate of pneumothorax", "quantify vessel perforation",
    "infection rate"), or an outcome with its time point (`names_endpoint`). General aims
    ("confirm the safety and performance", "the incidence of previously unknown side-effects")
    name none."""
    o = _outcomes()
    if o.named is not None and o.named.search(text):
        return True
    if o.assessments is not None:
        for match in o.assessments.finditer(text):
            if _DURATION.search(text, max(0, match.start() - 60)):
                return True
    if o.leads is not None:
        leads = list(o.leads.finditer(text))
        if any(_specific_object(text, m.end(), o.fillers, o.blockers) for m in leads):
            return True
        # a rate held to a threshold is an endpoint even when what it counts is general
        # ("confirm the rate of device-related SAEs ≤ 2 %", "Rate schwerer UAW < 3 %")
        if any(_THRESHOLD.search(text, m.end()) for m in leads):
            return True
    for pattern in (o.compound, o.german if language == "de" else None):
        if pattern is not None and any(_is_specific_word(m.group(1), o.fillers) for m in pattern.finditer(text)):
            return True
    return names_endpoint(text)


# "No primary endpoint is defined", "aucun critère principal", "kein primärer Endpunkt".
_NEGATION_BEFORE = re.compile(r"\b(?:no|not|without|nor|aucun|aucune|pas\s+de|sans|kein\w*|ohne|nessun\w*|senza|ningún|ninguna|sin|geen)\s+(?:\w+\s+){0,2}$",
                              re.IGNORECASE)


def states_endpoint(text: str) -> bool:
    """Whether `text` states an endpoint ("The primary endpoint is ...", "Secondary endpoints
    include ...", "Critère de jugement principal :", "Primärer Endpunkt ist ...")."""
    pattern = _knowledge().endpoint_statement
    if pattern is None:
        return False
    return any(not _NEGATION_BEFORE.search(text, max(0, m.start() - 30), m.start())
               for m in pattern.finditer(text))


def planned_sample_in(text: str) -> bool:
    """Whether `text` sets a number of subjects for the plan itself ("A total of 600 patients
    will be enrolled", "Approximately 300 subjects are planned"), not one of past evidence."""
    k = _knowledge()
    if not (k.planned is not None and k.planned.search(text)
            or k.planned_extra is not None and k.planned_extra.search(text)
            or k.design_sample is not None and k.design_sample.search(text)
            and not (k.past_tense is not None and k.past_tense.search(text))):
        return False
    return any(not _PAST_EVIDENCE.search(text, max(0, m.start() - 80), m.start())
               for m in _SAMPLE.finditer(text))


def _planned_cell_sample(text: str) -> bool:
    """Whether a table cell gives a number of subjects that is not one of past evidence."""
    return any(not _PAST_EVIDENCE.search(text, max(0, m.start() - 80), m.start())
               for m in _SAMPLE.finditer(text))


def sample_in(text: str) -> bool:
    """Whether `text` states a number of subjects ("212 patients", "n = 40")."""
    return bool(_SAMPLE.search(text))


def is_statistical(text: str) -> bool:
    """True when `text` justifies a number statistically.

    A statistical word inside a statement that there is no justification ("No formal sample
    size calculation is performed", "keine formale Fallzahlberechnung") does not count: the
    test runs on the text with those statements blanked out.
    """
    k = _knowledge()
    if k.no_rationale is not None:
        text = k.no_rationale.sub(" ", text)
    statistical = k.markers.get("pmcf:statistical")
    return bool(statistical is not None and statistical.search(text)
                or k.statistical_extra is not None and k.statistical_extra.search(text))


# The plan element a question-style heading asks about.
_QUESTION_ASPECTS = {
    questions.PMCF_OBJECTIVES: "objective",
    questions.PMCF_ENDPOINTS: "endpoint",
    questions.PMCF_SAMPLE_SIZE: "sample_size",
    questions.PMCF_METHODS: "method",
    questions.PMCF_TIMELINE: "timeline",
}


def aspect_of_label(label: str) -> str | None:
    """The plan element a heading or a row label names ("3.2 Exclusion criteria" -> exclusion)."""
    text = _LEADING_NUMBER.sub("", label).strip(" *_:#").strip()
    if not text:
        return None
    # "What remains open after the CER?", "How many patients?", "When?" (question_headings.yaml)
    asked = _QUESTION_ASPECTS.get(question_role(text) or "")
    if asked is not None:
        return asked
    if len(text.split()) > 10:
        return None
    best: tuple[int, int, int, str] | None = None
    for rank, aspect in enumerate(ASPECTS):
        other = _knowledge().not_aspects.get(aspect)
        if other is not None and other.search(text):
            continue
        for match in find_terms(_knowledge().aspects.get(aspect), text):
            key = (match.start(), -(match.end() - match.start()), rank, aspect)
            if best is None or key < best:
                best = key
    return best[3] if best else None


def label_names(label: str, aspect: str) -> bool:
    """Whether a heading or row label names `aspect` anywhere, also beside another element
    ("3 Sample size and timeline" names the timeline as well as the sample size)."""
    text = _LEADING_NUMBER.sub("", label or "").strip(" *_:#").strip()
    if not text or len(text.split()) > 10:
        return False
    return any(True for _ in find_terms(_knowledge().aspects.get(aspect), text))


def _own_groups(group_spans: dict[str, list[tuple[int, int]]]) -> list[str]:
    """The groups named in their own right: a group word inside a longer term of another group
    is that group's ("preterm infants" names preterm neonates, not infants; "Frühgeborene und
    reife Neugeborene" names newborns)."""
    others = [(gid, span) for gid, spans in group_spans.items() for span in spans]
    return [gid for gid, spans in group_spans.items()
            if any(not any(other != gid and s <= start and end <= e and (s, e) != (start, end)
                           for other, (s, e) in others)
                   for start, end in spans)]


def analyse(text: str, aspect: str, language: str | None = None) -> PmcfItem:
    """A `PmcfItem` for `text` (normalised) under `aspect`, with its concepts and markers; a
    `language_bound` term counts only in text of its language (any when `language` is None)."""
    k = _knowledge()
    found: list[str] = []
    group_spans: dict[str, list[tuple[int, int]]] = {}
    for concept_id, pattern in k.concepts.items():
        if concept_id in k.group_ids:
            spans = [m.span() for m in pattern.finditer(text)] if pattern is not None else []
            if spans:
                group_spans[concept_id] = spans
                continue
        elif pattern is not None and pattern.search(text):
            found.append(concept_id)
            continue
        for bound_language, bound in k.bound_concepts.get(concept_id, {}).items():
            if language in (None, bound_language) and bound is not None and bound.search(text):
                found.append(concept_id)
                break
    found += _own_groups(group_spans)
    for marker, pattern in k.markers.items():
        if marker == "pmcf:statistical":
            if is_statistical(text):
                found.append(marker)
        elif pattern is not None and pattern.search(text):
            found.append(marker)
    if "pmcf:complete_capture" in found and "pmcf:active" not in found:
        found.append("pmcf:active")  # a registry named by its name alone ("the EPRD")
    if k.no_rationale is not None and k.no_rationale.search(text):
        found.append("pmcf:no_rationale")
    deferred = bool(k.deferral and k.deferral.search(text))
    if deferred:
        found.append("pmcf:deferred")
    if _NUMBER.search(_DATE.sub(" ", text)):
        found.append("pmcf:quantified")
    if _DATE.search(text):
        found.append("pmcf:dated")
    if any(not _PAST_EVIDENCE.search(text, max(0, m.start() - 80), m.start())
           for m in _SAMPLE.finditer(text)):
        found.append("pmcf:sample")
    if k.negation is not None and k.negation.search(text):
        found.append("pmcf:negated")
    if not deferred and states_endpoint(text):
        found.append("pmcf:endpoint")
    if not deferred and names_outcome(text, language):
        found.append("pmcf:outcome")
    generic = deferred or bool(k.generic and k.generic.search(text))
    return PmcfItem(aspect=aspect, text=text, concepts=tuple(dict.fromkeys(found)), generic=generic)


def _refine(aspect: str, text: str, denied: bool = False) -> str:
    """A criterion that says "excluded" is an exclusion, whatever heading it stands under; one
    that says nobody is excluded (`denied`, its denial blanked out of `text`) is none, even
    under "Exclusion criteria" ("There are no exclusion criteria; adults of any age are
    eligible")."""
    k = _knowledge()
    if aspect in _CRITERIA and k.exclusion is not None and k.exclusion.search(text):
        return "exclusion"
    if denied and aspect == "exclusion":
        return "population"
    return aspect


def exclusion_denial(text: str) -> tuple[tuple[int, int], tuple[int, int] | None] | None:
    """The span of a statement that nobody is excluded ("without exclusion other than refusal
    of consent", "ohne Ausschlusskriterien außer ...") in `text`, with the span of the exception
    it names ("refusal of consent"), which alone is an exclusion; None without such a statement."""
    k = _knowledge()
    if k.denial is None:
        return None
    match = k.denial.search(text)
    if match is None:
        return None
    exception = k.denial_exception.match(text, match.end()) if k.denial_exception is not None else None
    if exception is None:
        return (match.start(), match.end()), None
    end = k.denial_end.search(text, exception.end()) if k.denial_end is not None else None
    stop = end.start() if end is not None else len(text)
    clause = (exception.end(), stop) if stop > exception.end() else None
    return (match.start(), stop), clause


def _section_aspect(block: Block, cache: dict[str, str | None]) -> str | None:
    for heading in reversed(block.heading_path):
        if heading not in cache:
            cache[heading] = aspect_of_label(heading)
        if cache[heading]:
            return cache[heading]
    return None


def unfilled_spans(block: Block) -> list[tuple[int, int]]:
    """Spans of `block.normalized` that are template text left unfilled: a placeholder ("[Insert
    sample size justification here]", "<to be completed by the CRO>", "XX") or the template's
    guidance to the author. Their words ("justification", "number of patients") state nothing
    about the plan."""
    return [span for span, marker in template_texts(block) if marker in ("placeholder", "guidance")]


def filled_text(block: Block, start: int = 0, end: int | None = None) -> str:
    """`block.normalized[start:end]` with its unfilled template text blanked out (same length)."""
    text = block.normalized
    end = len(text) if end is None else end
    piece = list(text[start:end])
    for a, b in unfilled_spans(block):
        for i in range(max(a, start), min(b, end)):
            piece[i - start] = " "
    return "".join(piece)


# A running header or footer left in the text by the page layout ("PMCF-XY-01 v2 – 2025-03-01
# Page 3 of 7", "Seite 2 von 5", "page 4/9"): it states no element of the plan, whatever
# heading it falls under (its date is no timeline, its numbers no sample).
_PAGE_FURNITURE = re.compile(
    r"\b(?:page|seite|pagina|página|pag\.|p\.)\s*\d{1,4}\s*(?:of|von|sur|de|di|/|van)\s*\d{1,4}\b",
    re.IGNORECASE)


def _page_furniture(text: str) -> bool:
    return len(text) <= 160 and bool(_PAGE_FURNITURE.search(text))


def _items_of_span(document: Document, block: Block, aspect: str,
                   span: tuple[int, int]) -> Iterator[Fact]:
    raw = block.normalized[span[0]:span[1]]
    if _page_furniture(raw):
        return
    # An element filled with a placeholder states nothing: its template words ("[Insert sample
    # size and statistical justification]") are no rationale, and the item is marked unfilled.
    unfilled = any(a < span[1] and b > span[0] for a, b in unfilled_spans(block))
    # A placeholder that postpones ("TBD", "[to be defined]") still postpones the element.
    postponed = ("pmcf:placeholder", "pmcf:deferred") if unfilled and _knowledge().deferral is not None \
        and _knowledge().deferral.search(raw) else ("pmcf:placeholder",)
    if unfilled:
        raw = filled_text(block, *span)
    text = raw.strip(" |*_")
    # "Justification: <to be completed>" leaves its label alone, which states nothing either.
    if len(re.sub(r"\W", "", text)) < 2 or unfilled and re.fullmatch(r"[^:.;]{1,60}:[\s.;]*", text):
        if unfilled:  # the element holds nothing but its placeholder: kept, to be quoted
            quote_item = PmcfItem(aspect, block.quote(*span), postponed, True)
            yield make_fact(document, block, FactKind.PMCF, quote_item, span)
        return
    denial = exclusion_denial(text) if aspect in _CRITERIA else None
    if denial is not None:
        (start, end), clause = denial
        if clause is not None:
            offset = span[0] + len(raw) - len(raw.lstrip(" |*_"))
            yield from _items_of_span(document, block, "exclusion", (offset + clause[0], offset + clause[1]))
        # The rest describes whom the plan includes: read without the denial and its exception.
        read = text[:start] + " " + text[end:]
        item = analyse(read, _refine(aspect, read, denied=True), document.language)
    else:
        if aspect == "objective" and _about_document(text):
            aspect = "other"  # "This document describes the PMCF activities for ..."
        item = analyse(text, _refine(aspect, text), document.language)
    concepts = tuple(dict.fromkeys(item.concepts + postponed)) if unfilled else item.concepts
    generic = item.generic or unfilled and "pmcf:deferred" in concepts
    quote_item = PmcfItem(item.aspect, block.quote(*span), concepts, generic)
    yield make_fact(document, block, FactKind.PMCF, quote_item, span)


def _cell_spans(block: Block) -> list[tuple[int, int]]:
    """Spans of the cells of a table row on `block.normalized` (cells are joined by " | ")."""
    spans: list[tuple[int, int]] = []
    start = 0
    text = block.normalized
    for piece in text.split("|"):
        end = start + len(piece)
        left = start + (len(piece) - len(piece.lstrip()))
        right = end - (len(piece) - len(piece.rstrip()))
        spans.append((left, right))
        start = end + 1
    return spans


def _table_headers(document: Document) -> dict[int, list[str | None]]:
    """For each table, the aspect each column's header names (None when it names none)."""
    headers: dict[int, list[str | None]] = {}
    for block in document.blocks:
        if block.kind is BlockKind.TABLE_ROW and block.row_index == 0 and block.table_index is not None:
            headers[block.table_index] = [aspect_of_label(c) for c in block.cells]
    return headers


def _row_facts(document: Document, block: Block, section: str | None,
               headers: dict[int, list[str | None]]) -> Iterator[Fact]:
    spans = _cell_spans(block)
    if not spans:
        return
    label_aspect = aspect_of_label(block.normalized[spans[0][0]:spans[0][1]])
    if label_aspect and len(spans) >= 2:
        for span in spans[1:]:
            yield from _items_of_span(document, block, label_aspect, span)
        return
    columns = headers.get(block.table_index, []) if block.table_index is not None else []
    if block.row_index and any(columns):
        # Under an element's section, a column whose header names no element ("Parameter",
        # "Description") holds that element: "| Parameter | Method | Visit |" under "Endpoints".
        # Criteria tables keep to their named columns.
        fallback = section if section not in _CRITERIA else None
        for column, span in enumerate(spans):
            aspect = (columns[column] if column < len(columns) else None) or fallback
            if aspect is None and _planned_cell_sample(block.normalized[span[0]:span[1]]):
                # A column the header names no element for ("Rationale / size", "N", "Patients",
                # "Cohort") whose cell gives the activity's number of subjects ("500 patients: a
                # 5 % retreatment rate is estimated within ±2 %", "Whole cohort (212 patients)").
                aspect = "sample_size"
            if aspect:
                yield from _items_of_span(document, block, aspect, span)
        return
    if section and block.row_index:
        for span in spans:
            yield from _items_of_span(document, block, section, span)


# A label inside a block: up to four words, the first capitalised, then a colon
# ("... tracheostomy tube Exclusion criteria:", "Sample size : 120 patients"). PDF text often
# runs a criteria list's last item and the next list's label into one block.
_COLON = re.compile(r"\s*:(?=\s|$)")
_WORD_BEFORE = re.compile(r"[^\s:|]+\s*$")
_MAX_LABEL_WORDS = 4
# A paragraph that is only a label ("Exclusion criteria", bold in the source) heads the blocks
# after it, like a heading.
_SHORT_LABEL_WORDS = 5
# Criteria under a lead-in label are list items, table rows or short paragraphs; a prose
# paragraph longer than this ends the lead-in.
_LEAD_IN_MAX_WORDS = 15


def _strict_label_aspect(label: str, whole: bool = False,
                         max_words: int = _MAX_LABEL_WORDS) -> str | None:
    """The aspect a short capitalised label names ("Exclusion criteria" -> exclusion).

    The term must open the label, after qualifiers such as "Primary" ("COPD Exclusion
    criteria" is a criterion followed by a label, found from its last words). With `whole`
    (a paragraph without a colon) the term must also end it, or be joined to another element
    ("Sample size and rationale"): "Reporting annually" is a sentence, not a label.
    """
    text = label.strip(" *_")
    if not text or not text[0].isupper() or len(text.split()) > max_words:
        return None
    aspect = aspect_of_label(text)
    if aspect is None:
        return None
    match = next(find_terms(_knowledge().aspects.get(aspect), text), None)
    if match is None or match.start() > 0 and not _is_qualifier(text[:match.start()]):
        return None
    if whole and not _LABEL_TAIL.match(text[match.end():]):
        return None
    return aspect


# What may follow the term of a label standing alone: nothing, a bracket, "and ...", or the
# study it belongs to ("Objectives of the PMCF study", "Objectifs de l'étude").
_LABEL_TAIL = re.compile(
    r"^\s*(?:$|\(|(?:and|&|et|und|e|y|en|/)\s|(?:of|for|du|de|des|der|dello|del|della|van)\s+"
    r"(?:(?:the|this|ce|cette|la|le|l'|l’|les|dieser|diese[rs]?|lo|el|het|de)\s*)?"
    r"(?:PMCF|SCAC|PMCF[- ]\w+|study|plan|studies|activit\w+|étude|Studie|studio|estudio)\b)",
    re.IGNORECASE)


_QUALIFIERS = re.compile(r"^(?:(?:primary|secondary|main|key|specific|planned|expected|"
                         r"principal|secondaires?|primaires?|principale?s?|prim[äa]re[rn]?|"
                         r"sekund[äa]re[rn]?|geplante[rn]?|pmcf|pmcf-\w+|scac|study|the)\s+)+$",
                         re.IGNORECASE)


def _is_qualifier(prefix: str) -> bool:
    return bool(_QUALIFIERS.match(prefix))


def _identified_aspect(text: str) -> tuple[int, str | None] | None:
    """(value start, aspect) of a text opening with item identifiers ("REQ-PMCF-04: Endpoint
    occlusion ...", "OBJ-1 Confirmation of ..."): the aspect an identifier's letters name
    (pmcf.yaml `identifier_prefixes`), else the aspect of a label opening the text after the
    identifiers ("Primary endpoint occlusion ..."), else None as the aspect ("REQ-PMCF-03:
    Prospective registry ..." names no element); None when the text opens with no identifier."""
    pos, aspect = 0, None
    while (m := _ITEM_ID.match(text, pos)) is not None:
        pos = m.end()
        named = _knowledge().id_prefixes.get(re.split(r"[-_.]", m.group("id"))[0].upper())
        if named is None:  # "REQ-PMCF-OBJ-04": the last lettered part names it
            parts = [p.upper() for p in re.split(r"[-_.]", m.group("id")) if not p.isdigit()]
            named = next((_knowledge().id_prefixes[p] for p in reversed(parts) if p in _knowledge().id_prefixes), None)
        aspect = named or aspect
    if not pos:
        return None
    if aspect is not None:
        return pos, aspect
    words = text[pos:].split()[:_MAX_LABEL_WORDS]
    for count in range(len(words), 0, -1):
        named = _strict_label_aspect(" ".join(words[:count]).rstrip(":;,."))
        if named:
            return pos, named
    return pos, None


def _inline_labels(text: str) -> list[tuple[int, int, str | None]]:
    """(label start, value start, aspect) of each label in `text` (normalised block text)."""
    labels: list[tuple[int, int, str]] = []
    opening = _LABEL_VALUE.match(text)
    if opening:
        aspect = aspect_of_label(opening.group(1))
        if aspect:
            labels.append((0, opening.start(2), aspect))
    if not labels and _ITEM_ID.match(text):
        identified = _identified_aspect(text)
        if identified and identified[1]:
            labels.append((0, identified[0], identified[1]))
    for colon in _COLON.finditer(text):
        if labels and colon.start() < labels[-1][1]:
            continue
        found = _label_before(text, colon.start())
        if found and (not labels or found[0] >= labels[-1][1]):
            labels.append((found[0], colon.end(), found[1]))
    # Numbered requirements run together in one paragraph ("... of 95 %. REQ-PMCF-04: Endpoint
    # occlusion ..."): each identifier after a sentence end opens its own element; one naming
    # none (aspect None) ends the element before it, and its text returns to the section's.
    if _ID_AFTER_SENTENCE.search(text):
        starts = {label[0] for label in labels}
        for start in (m.end() for m in _ID_AFTER_SENTENCE.finditer(text)):
            identified = _identified_aspect(text[start:])
            if identified and start not in starts and (identified[1] or labels):
                labels.append((start, start + identified[0], identified[1]))
        labels.sort()
    return labels


def _label_before(text: str, end: int) -> tuple[int, str] | None:
    """The longest label of up to four words ending at `end`, with its aspect."""
    best: tuple[int, str] | None = None
    start = end
    for _ in range(_MAX_LABEL_WORDS):
        word = _WORD_BEFORE.search(text, 0, start)
        if word is None:
            break
        start = word.start()
        aspect = _strict_label_aspect(text[start:end])
        if aspect:
            best = (start, aspect)
        if start and text[start - 1] not in " \t*_":
            break
    return best


# A label standing alone may join two elements ("3. Sample size and statistical rationale").
_WHOLE_LABEL_WORDS = 8


def _whole_label(block: Block) -> tuple[str, bool] | None:
    """The aspect of a paragraph that is nothing but a label ("Exclusion criteria", "4.
    Endpoints", "**3. Sample size and statistical rationale**"), and whether it is numbered like
    a heading."""
    text = block.normalized.strip(" *_#")
    unnumbered = _LEADING_NUMBER.sub("", text, count=1).strip(" *_")
    numbered = unnumbered != text
    if not unnumbered or unnumbered.endswith(".") or len(unnumbered.split()) > (
            _WHOLE_LABEL_WORDS if numbered else _SHORT_LABEL_WORDS):
        return None
    aspect = _strict_label_aspect(unnumbered, whole=True, max_words=_WHOLE_LABEL_WORDS)
    return (aspect, numbered) if aspect else None


def _heads_section(label: tuple[str, bool]) -> bool:
    """A numbered label is a heading the writer did not style as one; a label of an element
    other than criteria ("Endpoints", "Sample size") heads its prose too. A criteria label heads
    only the list after it (see `_continues_lead_in`)."""
    aspect, numbered = label
    return numbered or aspect not in _CRITERIA


def _colon_lead_in(text: str, inherited: str | None) -> str | None:
    """The element a paragraph ending in a colon introduces: the one its last sentence names
    ("The specific objectives are:"), else the element the paragraph belongs to ("Objective: to
    confirm ... In particular, the PMCF will:")."""
    stripped = text.rstrip(" *_")
    if not stripped.endswith(":"):
        return None
    last = re.split(r"(?<=[.;!?])\s+", stripped)[-1]
    if len(last.split()) <= _LEAD_IN_SENTENCE_WORDS:
        named = aspect_of_label(last[:-1]) if len(last.split()) <= 10 else None
        if named:
            return named
    return inherited


def _segments(document: Document, block: Block, inherited: str | None,
              start: int = 0) -> tuple[list[Fact], str | None]:
    """Facts of the text of `block` from `start`, split at labels, and the lead-in it leaves.

    Text before the first label belongs to `inherited` (the lead-in or section aspect); a label
    whose value is empty ("Exclusion criteria:" at the end of the block) becomes the lead-in of
    the blocks that follow.
    """
    text = block.normalized
    labels = [lab for lab in _inline_labels(text) if lab[0] >= start]
    facts: list[Fact] = []
    bounds = [(start, labels[0][0] if labels else len(text), inherited)]
    for index, (_, value_start, aspect) in enumerate(labels):
        value_end = labels[index + 1][0] if index + 1 < len(labels) else len(text)
        bounds.append((value_start, value_end, aspect or inherited))
    lead_in: str | None = None
    for seg_start, seg_end, aspect in bounds:
        if aspect is None:
            continue
        if not text[seg_start:seg_end].strip(" *_|"):
            lead_in = aspect
            continue
        lead_in = None
        facts.extend(_span_facts(document, block, aspect, (seg_start, seg_end)))
    return facts, lead_in


def _span_facts(document: Document, block: Block, aspect: str,
                span: tuple[int, int]) -> Iterator[Fact]:
    """One item per sentence of a paragraph's span, one per list item."""
    if block.kind is BlockKind.LIST_ITEM:
        yield from _items_of_span(document, block, aspect, span)
        return
    for s, e in sentences(block):
        s, e = max(s, span[0]), min(e, span[1])
        if e > s:
            yield from _items_of_span(document, block, aspect, (s, e))


# A lead-in sentence: short, ending in a colon ("Patients will not be enrolled if they:").
_LEAD_IN_SENTENCE_WORDS = 25


def lead_in_aspect(text: str) -> str | None:
    """"exclusion" or "inclusion" for a sentence that introduces a list of criteria, else None.

    "Patients are eligible if they:" -> inclusion; "The following patients cannot take part:",
    "Ne peuvent pas être inclus :", "Nicht eingeschlossen werden:" -> exclusion. Only a
    sentence ending in a colon introduces a list; a heading naming both ("Inclusion and
    exclusion criteria") decides nothing, the lead-ins under it do.
    """
    stripped = text.strip(" *_")
    if not stripped.endswith(":") or len(stripped.split()) > _LEAD_IN_SENTENCE_WORDS:
        return None
    k = _knowledge()
    if k.exclusion is not None and k.exclusion.search(stripped):
        return "exclusion"
    if k.participation is None or not k.participation.search(stripped):
        return None
    if k.negation is not None and k.negation.search(stripped):
        return "exclusion"
    return "inclusion"


def _continues_lead_in(block: Block, items: BlockKind | None = None) -> bool:
    """Criteria under "Exclusion criteria:" are list items, rows or short paragraphs; once
    they are list items (`items`), a paragraph after them ends the list ("Operating rooms of
    participating hospitals." after the exclusion criteria is the setting, not a criterion)."""
    if block.kind in (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW):
        return True
    return (block.kind is BlockKind.PARAGRAPH and items is not BlockKind.LIST_ITEM
            and len(block.normalized.split()) <= _LEAD_IN_MAX_WORDS)


def _label_of(blocks: list[Block], index: int) -> tuple[str, bool] | None:
    """The label a paragraph, or a list item standing alone before other text, consists of."""
    block = blocks[index]
    if block.kind is BlockKind.PARAGRAPH:
        return _whole_label(block)
    if block.kind is BlockKind.LIST_ITEM and (index + 1 == len(blocks)
                                              or blocks[index + 1].kind is not BlockKind.LIST_ITEM):
        # A numbered heading without a heading style reads as a one-item list (DOCX).
        label = _whole_label(block)
        return (label[0], True) if label else None
    return None


def extract(document: Document, context: ExtractionContext) -> Iterable[Fact]:
    if document.role is not Role.PMCF_PLAN:
        return []
    facts: list[Fact] = []
    cache: dict[str, str | None] = {}
    headers = _table_headers(document)
    lead_in: str | None = None
    lead_in_items: BlockKind | None = None  # the kind of the first block under the lead-in
    # The element a label paragraph heads ("4. Endpoints" set as plain text), until the next
    # heading or label.
    labelled: str | None = None
    blocks = document.blocks
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.HEADING:
            lead_in = labelled = lead_in_items = None
            continue
        if lead_in is not None and not _continues_lead_in(block, lead_in_items):
            lead_in = lead_in_items = None
        elif lead_in is not None and lead_in_items is None:
            lead_in_items = block.kind
        section = lead_in or labelled or _section_aspect(block, cache)
        if block.kind is BlockKind.TABLE_ROW:
            facts.extend(_row_facts(document, block, section, headers))
            continue
        whole = _label_of(blocks, index)
        if whole:
            lead_in, lead_in_items = whole[0], None
            labelled = whole[0] if _heads_section(whole) else None
            continue
        introduced = lead_in_aspect(block.normalized) if block.kind is BlockKind.PARAGRAPH else None
        if introduced:
            lead_in, lead_in_items = introduced, None
            continue
        found, trailing = _segments(document, block, section)
        facts.extend(found)
        if trailing:
            lead_in, lead_in_items = trailing, None
        elif block.kind is BlockKind.PARAGRAPH and found:
            # The element of the paragraph's last item, unless a criterion made it an exclusion
            # ("... are excluded; sites:" does not make the sites exclusions).
            last = found[-1].value.aspect
            inherited = section if last == "exclusion" and section != "exclusion" else last
            opened = _colon_lead_in(block.normalized, inherited)
            if opened:
                lead_in, lead_in_items = opened, None
        if not found and section is None:
            facts.extend(_deferrals(document, block))
            objectives = list(_free_objectives(document, block))
            facts.extend(objectives)
            if not objectives:
                facts.extend(_free_statements(document, block))
            if block.kind is BlockKind.PARAGRAPH and not objectives:
                # "The PMCF study will answer the following clinical questions:" outside any
                # element introduces the list after it.
                opened = _colon_lead_in(block.normalized, None)
                if opened:
                    lead_in, lead_in_items = opened, None
    return facts


# Cheap test on `Block.folded` before the sentences of a block outside any element are read.
_FREE_STATEMENT_CUE = re.compile(r"\d|end[- ]?point|outcome|crit[eè]re|endpunkt|zielgr|zielkrit|"
                                 r"criteri|variable|eindpunt")


def _free_statements(document: Document, block: Block) -> Iterator[Fact]:
    """Sentences outside any recognised element that set the plan's number of subjects or state
    an endpoint, with the statistical sentences of a block that sets the number."""
    if not _FREE_STATEMENT_CUE.search(block.folded):
        return
    spans = list(sentences(block))
    text = block.normalized
    planned = [span for span in spans if planned_sample_in(text[span[0]:span[1]])]
    for span in spans:
        piece = text[span[0]:span[1]]
        if (span in planned or states_endpoint(piece)
                or planned and is_statistical(piece) or _scheduled_outcome(piece, document.language)):
            yield from _items_of_span(document, block, "other", span)


def _about_document(text: str) -> bool:
    """A sentence about the plan document itself, not what the PMCF is to learn."""
    pattern = _knowledge().about_document
    return pattern is not None and pattern.search(text) is not None


# Cheap test on `Block.folded` before objective statements are looked for.
_OBJECTIVE_CUE = re.compile(r"object|objetiv|aim|purpose|goal|but |ziel|zweck|scopo|obiettiv|propósito|doel|"
                            r"^\s*(?:to |estim|déter|quant|mesur|évalu|confirm|caract|décri|compar|identif|surveil|"
                            r"vérif|démont|docum|recueil|collect|détect|bestimm|ermittl|schätz|messung|bewert|"
                            r"beurteil|bestätig|erfass|überwach|untersuch|nachweis|stima|determin|misura|valut|"
                            r"conferm|descriv|confront|monitor|verific|dimostr|raccogl|estima|cuantific|medir|"
                            r"evalu|describ|vigil|recopil|het |schatt|bepal|kwantif|meten|bevest|beschrij|"
                            r"vergelij|identific|verzamel)")


def _free_objectives(document: Document, block: Block) -> Iterator[Fact]:
    """Objectives outside any recognised element: a sentence stating them ("The aim of this
    PMCF study is to estimate ..."), or a list item opening with an objective's verb ("To
    determine the rate of ...", "Estimer le taux de ...")."""
    if not _OBJECTIVE_CUE.search(block.folded):
        return
    k = _knowledge()
    text = block.normalized
    if block.kind is BlockKind.LIST_ITEM:
        if k.objective_opening is not None and k.objective_opening.match(text.lstrip(" *_")):
            yield from _items_of_span(document, block, "objective", (0, len(text)))
        return
    if k.objective_statement is None:
        return
    for s, e in sentences(block):
        piece = text[s:e]
        intended = k.not_aspects.get("objective")
        if (k.objective_statement.search(piece) and not _about_document(piece)
                and not (intended is not None and intended.search(piece))):
            yield from _items_of_span(document, block, "objective", (s, e))


def _scheduled_outcome(text: str, language: str | None) -> bool:
    """A sentence outside any recognised element that schedules an outcome measure for the
    plan ("mRS at 90 days by certified assessors", "Radiographs at 1, 3 and 5 years"), not one
    reporting evidence already gathered ("The pivotal study showed a survival of 98 % at 5
    years")."""
    return (_DURATION.search(text) is not None and not _PAST_STATEMENT.search(text)
            and not (_knowledge().deferral is not None and _knowledge().deferral.search(text))
            and names_outcome(text, language))


def _deferrals(document: Document, block: Block) -> Iterator[Fact]:
    """Postponed elements outside any recognised plan element ("The questionnaire and the number
    of respondents will be determined at a later stage." under "4. Activity 2: user feedback"):
    a deferral is a gap wherever it stands, so it becomes an item of aspect "other"."""
    pattern = _knowledge().deferral
    if pattern is None or not pattern.search(block.normalized):
        return
    for s, e in sentences(block):
        if pattern.search(block.normalized, s, e):
            yield from _items_of_span(document, block, "other", (s, e))
