"""PM001: the PMCF plan recruits where, or excludes whom, the intended use says otherwise."""

from __future__ import annotations

import re

from functools import lru_cache
from typing import Iterable

from panelproof.extract.model import Concept, Fact, FactBase, FactKind, PopulationBound, Setting, quantity
from panelproof.extract.common import blocks_containing, required_literals, sentences
from panelproof.extract.intended_use import (CONTRAINDICATIONS, INDICATIONS, INTENDED_PURPOSE,
                                             block_kinds, vocabulary)
from panelproof.extract._terms import load_optional
from panelproof.extract.population import (admitted, find_groups, groups, implied_high,
                                          in_literature_section, qualifies_a_place)
from panelproof.extract.pmcf import analyse
from panelproof.extract.settings import without_outcomes
from panelproof.ingest.model import BlockKind, Location, Role
from panelproof.rules.identity._compare import document_label
from panelproof.rules.intended_use.common import join_names
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.pmcf._procedure_steps import step_conflicts
from panelproof.rules.pmcf.common import (INTENDED_USE_ROLES, groups_overlap, has, items, quoted,
                                          setting_families, setting_sets)

_UNITS = {"age": "years", "weight": "kg"}
_ADULT_AGE = 18.0
# ICH E11(R1): children are 2 to 11 years old, adolescents 12 to 17.
_ADOLESCENT_AGE = 12.0

_ROLE_NAMES = {"CER": "the CER", "CEP": "the CEP", "IFU": "the IFU", "SSCP": "the SSCP",
               "CEAR": "the CEAR"}


# Criteria that say where the patients are treated. Design, method and site descriptions are
# left out: a home-use device's PMCF may well recruit in hospital clinics.
_RECRUITMENT_ASPECTS = ("inclusion", "population")

# A negation that excludes the use itself, read on the quote from the negation to the setting:
# "not intended for use during patient transport", "do not use the device in ambulances", "Ne
# pas utiliser pendant le transport", "Nicht für den Patiententransport". An instruction given
# for that setting ("do not switch off the ventilator during transport", "do not use without a
# charged battery during transport") accepts the setting rather than excluding it.
_USE_EXCLUSION = re.compile(
    r"^\W*(?:\w+\W+){0,3}?(?:for|intended|designed|suitable|approved|indicated|use|used|usage|"
    r"pour|destiné\w*|conçu\w*|adapté\w*|utilis\w+|für|vorgesehen|bestimmt|geeignet|zugelassen|"
    r"verwend\w*|einsetz\w*|eingesetzt|per|destinat\w+|us[ao]|usar[ei]?|utilizz\w+|utiliz\w+|"
    r"para|voor|gebruik\w*)\b(?!\W+(?:\w+\W+){0,5}?(?:without|unless|if|sans|ohne|senza|sin|zonder)\b)"
    r"(?:\W+\w+){0,6}\W*$", re.IGNORECASE)


# "Private endoscopy clinics without on-site surgery", "sans chirurgie sur place": "without" that
# qualifies a site negates no recruitment. Another negation of the item still does.
_WITHOUT_PHRASE = re.compile(r"\b(?:without|sans|ohne|senza|sin|zonder)\b(?:\W+\w+){1,4}", re.I)
_OTHER_NEGATION = re.compile(
    r"\b(?:not|no|never|except|excluding|excluded|cannot|ne|pas|jamais|sauf|hors|nicht|kein\w*|"
    r"niemals|außer|ausser|non|nessun\w*|nunca|niet|geen|nooit)\b|\bn['’]|can't", re.I)


def _names_only_places(text: str, group: str) -> bool:
    """Whether every mention of the group in the item qualifies a place ("paediatric wards")."""
    mentions = [(start, end) for start, end, gid, _ in find_groups(text) if gid == group]
    return bool(mentions) and all(qualifies_a_place(text, start, end) for start, end in mentions)


def _negated(item: Fact) -> bool:
    return has(item, "pmcf:negated") and bool(
        _OTHER_NEGATION.search(_WITHOUT_PHRASE.sub(" ", item.value.text)))


# A service a recruiting hospital also runs ("NICUs of hospitals that also run a transport
# service", "hôpitaux qui disposent d'un SMUR") describes the site, not a setting of use.
_SITE_ATTRIBUTE = re.compile(
    r"\b(?:that|which|who)\s+(?:also\s+)?(?:run|runs|operate|operates|have|has|provide|provides|offer|"
    r"offers|maintain|maintains|host|hosts)\b|\bwith\s+(?:their|its|an?)\s+(?:own\s+)?(?:\w+\s+)?transport|"
    r"\bqui\s+(?:disposent|dispose|gèrent|gère|assurent|assure)\b|\bdie\s+(?:auch\s+)?(?:einen|eigenen|über)\b|"
    r"\bche\s+(?:gestiscono|dispongono|hanno)\b|\bque\s+(?:disponen|gestionan|cuentan|tienen)\b|\bdie\s+ook\b",
    re.I)


def _attribute_of_site(item: Fact, families: dict[str, str]) -> bool:
    return (any(families.get(c) == "hospital" for c in item.value.concepts)
            and bool(_SITE_ATTRIBUTE.search(item.value.text)))


# A hospital named as a recruiting site is an institution where patients are enrolled, not the
# environment the device is used in: "8 hospitals in Spain, France and Italy", "six level III
# NICUs", "university hospitals", "centres hospitaliers universitaires", "drei Universitätskliniken",
# "tre ospedali universitari", "ocho hospitales", "acht ziekenhuizen".
_NUMBER_WORDS = (r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|multiple|"
                 r"un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|douze|plusieurs|"
                 r"ein\w*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|mehrere|"
                 r"uno|una|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|dodici|diversi|diverse|"
                 r"dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|doce|varios|varias|"
                 r"één|een|twee|drie|vijf|zes|zeven|negen|tien|twaalf|meerdere")
_SITE_BEFORE = re.compile(
    rf"(?:\b(?:{_NUMBER_WORDS})\b|\b(?:participating|recruiting|investigational|study|university|"
    r"teaching|academic|tertiary|referral|partner|level\s+(?:i{1,3}|[123])|universitäts\w*|"
    r"teilnehmende\w*|participants?|participantes?|partecipanti|deelnemende|academische?|sites?|"
    r"centres?|centers?|zentren)\b)[\w\s'’-]{0,30}$", re.IGNORECASE)
_SITE_AFTER = re.compile(
    r"^\s*(?:\(\w+\)\s*)?(?:universitaires?|universitari[oaie]?s?|universitarios?|"
    r"(?:as\s+|serving\s+as\s+)?(?:study\s+|investigational\s+|recruiting\s+)?(?:sites?|centres?|centers?)|"
    r"in\s+(?:[A-Z][\w-]+(?:,\s*|\s+and\s+|\s+)){1,5})", re.UNICODE)
# The device used or patients treated there: the setting is a setting of use.
_USE_THERE = re.compile(
    r"\b(?:us(?:e|es|ed|ing)|treated|ventilated|operated|applied|monitored|utilis\w+|utiliz\w+|"
    r"traités?|traitées?|ventilés?|behandelt|beatmet|angewendet|verwendet|eingesetzt|trattati|"
    r"ventilati|utilizzat\w+|tratad[oa]s|ventilad[oa]s|behandeld|beademd|gebruikt)\b[^.;]{0,40}$",
    re.IGNORECASE)


def _site_mention(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 60):start]
    return (not _USE_THERE.search(before)
            and bool(_SITE_BEFORE.search(before) or _SITE_AFTER.match(text[end:end + 60])))


def _use_concepts(item: Fact, families: dict[str, str]) -> list[str]:
    """The item's settings without hospitals named only as recruiting sites or in outcome words
    ("hospitalisation rate", "ricoveri ospedalieri")."""
    text = item.value.text
    matches = vocabulary("care_settings").find(text)
    kept = without_outcomes(matches, text, 0, len(text))
    out = []
    for concept in item.value.concepts:
        if families.get(concept) != "hospital":
            out.append(concept)
            continue
        found = [m for m in matches if m.id == concept]
        uses = [m for m in kept if m.id == concept and not _site_mention(text, m.start, m.end)]
        if uses or not found:
            out.append(concept)
    return out


# An activity that watches for use outside the intended purpose ("detect off-label use, e.g.
# during transport") studies misuse; it does not collect data in that setting as intended use.
_OFF_LABEL = re.compile(
    r"\boff[- ]label|\bmisuse|\bmis-use|\buse outside (?:the|its) intended|\bhors (?:indication|AMM|destination)|"
    r"\bmésusage|\bOff-Label|\bFehlgebrauch|\bfuori indicazione|\buso improprio|\bfuera de indicación|"
    r"\buso indebido|\bbuiten de indicatie", re.IGNORECASE)


def _excludes_use(quote: str) -> bool:
    return bool(_USE_EXCLUSION.match(quote))


def _compatible(concept: str, intended: str, families: dict[str, str]) -> bool:
    """A plan setting fits an intended one: the same, or both inside a hospital."""
    return concept == intended or families.get(concept) == families.get(intended) == "hospital"


def _outside_intended(named: list[str], stated: list[Fact],
                      families: dict[str, str]) -> tuple[list[str], list[Fact]]:
    """Plan settings none of which the intended-use documents name ("treated at home" for a
    device used in hospitals): every setting of the criterion lies outside the intended ones."""
    intended_ids = {f.value.id for f in stated if families.get(f.value.id) not in (None, "ambiguous")}
    if not named or not intended_ids:
        return [], []
    if any(_compatible(c, i, families) for c in named for i in intended_ids):
        return [], []
    return named, [f for f in stated if f.value.id in intended_ids]


def _hospital_device_outside(named: list[str], stated: list[Fact], families: dict[str, str]) -> bool:
    """Sites and activities ("a registry in sleep laboratories and outpatient NIV clinics",
    "patients supported at home") that lie wholly outside hospitals, for a device whose every
    stated setting is a hospital one (ICU, operating room): the plan studies another use.
    The reverse (hospital sites for a home-use device) is normal: therapy often starts there."""
    intended = {f.value.id for f in stated if families.get(f.value.id) not in (None, "ambiguous")}
    return bool(named and intended
                and all(families.get(c) == "non_hospital" for c in named)
                and all(families.get(i) == "hospital" for i in intended))


def _home_device_in_acute_care(named: list[str], stated: list[Fact]) -> bool:
    """ICU or emergency-department sites for a device whose every stated setting is home or
    long-term care: acutely ill patients under professional care are another use, not the
    place where home therapy starts (that is a ward or an outpatient clinic)."""
    acute, home_care = setting_sets()
    intended = {f.value.id for f in stated}
    return bool(named and intended and intended <= home_care
                and any(c in acute for c in named)
                and not any(c in home_care for c in named))


def _home_device_started_in_hospital(item: Fact, named: list[str], stated: list[Fact],
                                     families: dict[str, str]) -> bool:
    """Hospital wards ("recruited on pulmonology wards", "hospitalised patients starting home
    oxygen") for a device whose every stated setting is home or long-term care: home therapy
    starts there. Acute care (ICU, emergency department) is judged apart, and so is a criterion
    that has the patients treated in hospital with no word of starting, recruiting or discharge
    ("patients treated in a hospital environment"): that is where the plan observes the use."""
    acute, home_care = setting_sets()
    intended = {f.value.id for f in stated}
    if _TREATED_THERE.search(item.location.quote) and not _STARTED_THERE.search(item.location.quote):
        return False
    if _professional_use(item.value.text):
        return False  # "hospitalised patients drained by ward nurses": the use itself is there
    return bool(named and intended and intended <= home_care
                and all(families.get(c) == "hospital" and c not in acute for c in named))


@lru_cache(maxsize=1)
def _professional_use_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Before a healthcare professional: a use verb then an agent word ("drained by ward
    nurses"), or the agent word alone; after it, a use verb ("von Pflegekräften entleert",
    "door verpleegkundigen gedraineerd") (knowledge/pmcf.yaml settings.professional_use)."""
    entry = ((load_optional("pmcf") or {}).get("settings") or {}).get("professional_use") or {}
    verbs = sorted({v for ws in (entry.get("verbs") or {}).values() for v in ws}, key=lambda t: (-len(t), t))
    agents = sorted({a for ws in (entry.get("agents") or {}).values() for a in ws}, key=lambda t: (-len(t), t))
    if not verbs or not agents:
        never = re.compile(r"(?!)")
        return never, never, never
    verb = "(?:" + "|".join(re.escape(v) for v in verbs) + r")\w*"
    agent = "(?:" + "|".join(re.escape(a) for a in agents) + ")"
    return (re.compile(rf"(?<!\w){verb}\s+(?:[^\s.;:,]+\s+){{0,2}}?{agent}\s+(?:[^\s.;:,]+\s+){{0,3}}?$",
                       re.IGNORECASE),
            re.compile(rf"(?<!\w){agent}\s+(?:[^\s.;:,]+\s+){{0,3}}?$", re.IGNORECASE),
            re.compile(rf"^\s*(?:[^\s.;:,]+\s+){{0,2}}?{verb}(?!\w)", re.IGNORECASE))


def _professional_use(text: str) -> bool:
    """Whether a plan criterion has healthcare professionals carry out the device's use
    ("catheters drained by ward nurses", "vom Pflegepersonal entleert")."""
    verb_agent, agent, verb_after = _professional_use_patterns()
    for m in vocabulary("users").find(text):
        if m.id != "healthcare_professional":
            continue
        before = text[max(0, m.start - 90):m.start]
        if verb_agent.search(before) or (agent.search(before) and verb_after.match(text[m.end:m.end + 60])):
            return True
    return False


# A plan item that enrols patients ("a registry enrols hospitalised patients"), whatever its
# aspect: its setting is a recruitment setting.
_ENROLS = re.compile(
    r"\b(?:enrol\w*|enroll\w*|recruit\w*|recrut\w*|rekrutier\w*|arruol\w*|reclut\w*|recrut\w*|"
    r"gerekruteerd|rekruteert|inclu\w* (?:des |les |los |las |i |gli |os |as )?(?:patients|patienten|pazienti|pacientes))",
    re.IGNORECASE)


# The patients are treated, managed or use the device in the setting the criterion names...
_TREATED_THERE = re.compile(
    r"\b(?:treated|managed|cared for|using|used|traités?|pris en charge|behandelt|versorgt|"
    r"trattati|tratados|behandeld|stay|stays|remain|remains|kept|restent|restant|bleiben|verbleiben|"
    r"rimangono|restano|permanecen|blijven)\b", re.IGNORECASE)
# ...unless the setting is only where they are recruited or where home therapy starts.
_STARTED_THERE = re.compile(
    r"\b(?:start\w*|initiat\w*|recruit\w*|enrol\w*|discharg\w*|before|prior to|commenc\w*|"
    r"recrut\w*|débutant|avant|sortie|rekrutiert|eingeschlossen|vor der entlassung|entlass\w*|"
    r"arruolat\w*|reclutat\w*|reclutad\w*|inclu\w*|geïncludeerd|gerekruteerd|titrat\w*|titri\w*|"
    r"titul\w*|trained|training|geschult|schulung|eingestellt|einstellung|mise en route)", re.IGNORECASE)


def _observed_there(item: Fact) -> bool:
    """A design item that has the patients treated in the setting it names, with no word of
    starting, recruiting or discharge ("patients stay on the ward for the whole follow-up",
    "die Patienten werden während der gesamten Beobachtung stationär behandelt"): the plan
    observes the use there, as an inclusion criterion naming it would."""
    quote = item.location.quote
    return (item.value.aspect == "design" and bool(_TREATED_THERE.search(quote))
            and not _STARTED_THERE.search(quote))


# The manufacturer's statement of the intended purpose. The Notified Body's CEAR summarises it;
# a CEAR that disagrees with them is a discrepancy of the CEAR (CS001), not the reference the
# PMCF plan must follow.
_MANUFACTURER_ROLES = (Role.IFU, Role.CER, Role.CEP, Role.SSCP)


def _manufacturer_settings(settings: list[Fact]) -> list[Fact]:
    """The settings of the manufacturer's documents when they state any, else all (a CEAR alone)."""
    own = [f for f in settings if f.role in _MANUFACTURER_ROLES]
    return own or settings


@lru_cache(maxsize=1)
def _limiting() -> re.Pattern[str]:
    """"only", "exclusively", "limited to", "ausschließlich", "uniquement" (knowledge/pmcf.yaml)."""
    entry = ((load_optional("pmcf") or {}).get("settings") or {}).get("limiting_words") or {}
    words = sorted({w for key, ws in entry.items() if key != "source" for w in ws}, key=lambda t: (-len(t), t))
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


# An exclusion that names a setting as a condition of the patient ("no caregiver at home",
# "unable to use the device at home", "sans aidant à domicile") leaves the setting in.
_CONDITION = re.compile(r"\b(?:without|no|not|unable|cannot|can't|lack\w*|absence|sans|pas|aucun\w*|incapables?|"
                        r"ohne|kein\w*|nicht|unfähig|senza|non|privi|sin|incapaces?|zonder|geen|niet)\b",
                        re.IGNORECASE)


# The words before a setting that make it a condition of the patient rather than the setting
# excluded: "no caregiver at home", "unable to use the device at home", "sans aidant à domicile".
_CONDITION_BEFORE = re.compile(_CONDITION.pattern + r"(?:\W+\w+){0,5}\W*$", re.IGNORECASE)


def _settings_excluded(item: Fact, main: set[str]) -> list[str]:
    """The main settings an exclusion names as excluded: each mention of the setting not
    qualified by a condition word in the few words before it ("patients without a caregiver
    at home" excludes a condition; "patients discharged to home care are excluded ... since
    follow-up at home is not feasible" excludes the setting, the later "not" notwithstanding)."""
    text = item.value.text
    found = [m for m in vocabulary("care_settings").find(text) if m.id in main]
    excluded = [m.id for m in found if not _CONDITION_BEFORE.search(text[max(0, m.start - 60):m.start])]
    if not found:  # the concept came from elsewhere than the text: the old whole-text test
        excluded = [] if _CONDITION.search(text) else [c for c in item.value.concepts if c in main]
    return list(dict.fromkeys(excluded))


def _main_settings(stated: list[Fact], families: dict[str, str]) -> set[str]:
    """The settings where the device is mainly used: those a statement of the use environment
    names ("Use environment: at home"; "for hospital use only"), or, for a device used only
    outside hospitals (an ambulatory pump worn at home), every setting stated."""
    known = [f for f in stated if families.get(f.value.id) not in (None, "ambiguous")]
    if known and all(families.get(f.value.id) == "non_hospital" for f in known):
        return {f.value.id for f in known}
    return {f.value.id for f in known if f.value.explicit or f.value.exclusive}


def _label(setting_id: str) -> str:
    return vocabulary("care_settings").label(setting_id)


def _age_span(group_id: str) -> tuple[float, float] | None:
    info = groups().get(group_id)
    if info is None or not info.age or info.age[0] is None:
        return None
    high = info.age[1] if len(info.age) > 1 and info.age[1] is not None else float("inf")
    return float(info.age[0]), float(high)


def _recruited_span(group_id: str) -> tuple[float, float] | None:
    """The ages a plan recruits by naming a group without an age: the word's widest sense
    (`broad_age_years`), since a generic word states no numeric limit of its own. "Children and
    adults" recruits a 1-year-old as much as a 10-year-old (a child is every minor, UN CRC Art.
    1); only an explicit age or weight criterion of the plan excludes part of them. Groups with
    one sense ("adults", "neonates") keep their span."""
    info = groups().get(group_id)
    if info is not None and info.broad_age[0] is not None:
        high = info.broad_age[1] if info.broad_age[1] is not None else float("inf")
        return float(info.broad_age[0]), float(high)
    return _age_span(group_id)


def _intended_age_spans(bounds: list[Fact], stated_groups: list[Fact]) -> list[tuple[float, float]] | None:
    """The age spans the intended-use documents admit, from their age bounds and their groups;
    None when a stated group has no known age span (nothing to compare)."""
    spans: list[tuple[float, float]] = []
    for fact in bounds:
        bound = admitted(fact.value) if isinstance(fact.value, PopulationBound) else None
        if bound is not None and bound.dimension == "age":
            spans.append((bound.low if bound.low is not None else 0.0,
                          bound.high if bound.high is not None else float("inf")))
    for fact in stated_groups:
        span = _age_span(fact.value.id)
        if span is None:
            return None
        spans.append(span)
    return spans


def _lowest(facts: list[Fact], dimension: str, *, stated_only: bool = False,
            language: str | None = None) -> tuple[float, Fact] | None:
    """The lowest value of `dimension` the bounds admit (0 when one is open below), with the
    fact that admits it; None when no bound of that dimension is stated. With `stated_only`,
    bounds open below ("children under 5 years", a subgroup of the plan) are left out: they
    state no lower limit to compare. Of several documents stating the same lowest value, the
    one in `language` (the plan's), else in English, is quoted: the reader of the finding
    reads the plan's language, not necessarily the fifth translation of the IFU."""
    best: tuple[float, Fact] | None = None
    for fact in facts:
        bound = admitted(fact.value) if isinstance(fact.value, PopulationBound) else None
        if bound is None or bound.dimension != dimension:
            continue
        if stated_only and bound.low is None:
            continue
        low = bound.low if bound.low is not None else 0.0
        if (best is None or low < best[0]
                or (low == best[0] and _readability(fact, language) < _readability(best[1], language))):
            best = (low, fact)
    return best


def _readability(fact: Fact, language: str | None) -> int:
    """0 for a fact in the reader's language, 1 in English, 2 in any other language."""
    return 0 if language and fact.language == language else 1 if fact.language in (None, "en") else 2


@lru_cache(maxsize=1)
def _quota() -> re.Pattern[str] | None:
    entry = (load_optional("pmcf") or {}).get("recruitment_quota") or {}
    words = sorted({w for k, v in entry.items() if k != "source" for w in v}, key=lambda w: (-len(w), w))
    if not words:
        return None
    # the quota's words, then a count: "at least 60 children", "dont au moins 40 enfants"
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")\s+\d",
                      re.IGNORECASE)


def _main_groups(item: Fact) -> tuple[str, ...]:
    """The concepts of a recruitment text without the groups only its quota names: "Consecutive
    hospitalized patients ≥20 kg ...; at least 60 children weighing 20–45 kg" recruits every
    patient and sets a minimum of children, it does not recruit children only. The groups the
    text names before its quota stay ("adults; at least 30 of them over 75")."""
    concepts = item.value.concepts
    pattern = _quota()
    quota = pattern.search(item.value.text) if pattern is not None else None
    if quota is None or quota.start() == 0:
        return concepts
    head = analyse(item.value.text[:quota.start()], item.value.aspect).concepts
    return tuple(c for c in concepts if c in head or not _age_span(c))


def _child_group(group_id: str) -> bool:
    """A group whose ages all lie under 18 years (population_groups.yaml), other than the
    umbrella "paediatric" itself: neonates, infants, children, adolescents."""
    span = _age_span(group_id)
    return group_id != "paediatric" and span is not None and span[1] <= 18


def _umbrella_against_child_group(plan_fact: Fact, intended_fact: Fact) -> bool:
    """Whether an umbrella "paediatric patients" is set against a plan's children's group: the
    umbrella names no youngest age ("adults and paediatric patients of 20 kg or more" against a
    plan's "adults and children of 20 kg or more"), so the plan leaves out no one by it."""
    return (intended_fact.kind is FactKind.POPULATION_GROUP and isinstance(intended_fact.value, Concept)
            and intended_fact.value.id == "paediatric"
            and any(_child_group(c) for c in getattr(plan_fact.value, "concepts", ())))


def _targets_youngest(plan: list[Fact], recruited: Fact, intended_low: tuple) -> bool:
    """Whether a plan that recruits only children's groups does so on purpose: it reaches the
    youngest intended patients and one of its objectives names the same children's group
    ("Confirm accuracy in extremely low birth weight neonates" over a study in "neonates under
    1,000 g"). PMCF targets the residual uncertainties, which lie in the smallest patients; the
    older patients the study leaves out are not a gap of the plan, while a plan that leaves out
    the youngest (an adults-only study for a device also for children) still is."""
    groups = {c for c in getattr(recruited.value, "concepts", ()) if _child_group(c)}
    if not groups or intended_low[0] > 0:
        return False
    objectives = [i for i in items(plan, "objective") if not has(i, "pmcf:negated")]
    return any(groups & set(getattr(i.value, "concepts", ())) for i in objectives)


def _open_below(fact: Fact) -> bool:
    """Whether a population bound states no lower limit ("children under 18 years")."""
    bound = admitted(fact.value) if isinstance(fact.value, PopulationBound) else None
    return bound is not None and bound.low is None


def _lowest_group_age(groups_stated: list[Fact]) -> tuple[float, Fact] | None:
    """The youngest age the intended population groups admit ("adults" from 18 years), when
    every stated group has a known age span; None otherwise."""
    known = groups()
    best: tuple[float, Fact] | None = None
    for fact in groups_stated:
        info = known.get(fact.value.id)
        if info is None or not info.age or info.age[0] is None:
            return None
        if best is None or info.age[0] < best[0]:
            best = (float(info.age[0]), fact)
    return best


def _number(value: float) -> str:
    return f"{value:g}"


def _doc(fact: Fact) -> str:
    return _ROLE_NAMES.get(fact.role.value, fact.document)


# A subgroup the intended purpose names as included: "reconstruction after mastectomy with or
# without radiotherapy", "including patients with prior radiotherapy", "avec ou sans
# radiothérapie", "mit oder ohne Bestrahlung", "con o senza radioterapia", "con o sin
# radioterapia", "einschließlich Diabetikern". The words up to the next comma or stop are the
# subgroup.
_INCLUDED_SUBGROUP = re.compile(
    r"\b(?:with or without|with and without|whether or not|including|inclusive of|avec ou sans|"
    r"y compris|mit oder ohne|mit und ohne|einschließlich|inklusive|con o senza|compres[io]|"
    r"incluse|inclusi|con o sin|incluid[oa]s|incluyendo|met of zonder|inclusief)\s+"
    r"(?P<x>[^.;:,()\[\]]{3,80})", re.IGNORECASE)
_INCLUDED_CUE = re.compile(
    r"with or without|with and without|whether or not|including|inclusive of|avec ou sans|y compris|"
    r"mit oder ohne|mit und ohne|einschließlich|inklusive|con o senza|compres[io]|incluse|inclusi|"
    r"con o sin|incluid[oa]s|incluyendo|met of zonder|inclusief")
_ADMISSION_CUE = re.compile(
    r"intended|indicated|indication|suitable|destiné|indiqué|indication|bestimmt|indiziert|"
    r"indikation|destinat|indicat|destinad|indicad|bedoeld|geïndiceerd", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]{5,}")
_SUBGROUP_STOP = frozenset({
    "patients", "patient", "prior", "previous", "history", "those", "other", "their", "which",
    "patienten", "pazienti", "pacientes", "personnes", "antécédents", "precedente", "previa",
    "vorheriger", "vorherige", "stattgehabter", "préalable", "undergoing", "following", "after",
    "whose", "without", "within", "chronic", "severe", "active", "acute", "disease", "treatment",
    "therapy", "patientes", "adults", "adultes", "women", "femmes", "procedure", "procedures",
    "device", "devices", "system", "systems", "clinical", "study", "registry", "years", "months",
    "weeks", "older", "younger", "associated", "related", "conditions", "condition", "other",
    "where", "there", "these", "using", "sizes", "models", "variants", "types", "procédures",
    "dispositif", "dispositifs", "produkt", "produkte", "dispositivo", "dispositivi", "tipos"})


@lru_cache(maxsize=1)
def _subgroup_stems() -> tuple[tuple[str, str], ...]:
    data = (load_optional("pmcf") or {}).get("subgroup_stems") or {}
    return tuple(sorted(((stem.lower(), gid) for gid, stems in (data.get("groups") or {}).items()
                         for stem in stems), key=lambda x: -len(x[0])))


@lru_cache(maxsize=8192)
def subgroup_keys(text: str) -> frozenset[str]:
    """What a phrase names, comparable across wordings: known subgroups by id ("irradiated" and
    "radiotherapy" are both `radiotherapy`), other distinctive words by their first six letters."""
    lowered = text.lower()
    keys = {gid for stem, gid in _subgroup_stems() if " " in stem and stem in lowered}
    for word in _WORD.findall(lowered):
        if word in _SUBGROUP_STOP:
            continue
        gid = next((g for stem, g in _subgroup_stems() if " " not in stem and stem in word), None)
        keys.add(gid or word[:6])
    return frozenset(keys)


def included_subgroups(facts: FactBase) -> list[tuple[frozenset[str], Location]]:
    """(keys, location) of each subgroup an intended-use document of the manufacturer names as
    included in a sentence that states the intended purpose or indications."""
    out = []
    # Only the blocks holding one of the cue's literals can match it: found with one `find`
    # per literal over the whole document instead of a search of each of its blocks.
    literals = required_literals(_INCLUDED_CUE)
    for document in facts.documents_with_role(*_MANUFACTURER_ROLES):
        candidates = (sorted(blocks_containing(document, literals)) if literals is not None
                      else range(len(document.blocks)))
        for block in (document.blocks[index] for index in candidates):
            if block.kind is BlockKind.HEADING or not _INCLUDED_CUE.search(block.folded):
                continue
            if in_literature_section(block):
                continue
            kinds = block_kinds(block)
            if CONTRAINDICATIONS in kinds:
                continue
            in_section = bool(kinds & {INDICATIONS, INTENDED_PURPOSE})
            for s, e in sentences(block):
                sentence = block.normalized[s:e]
                if not (in_section or _ADMISSION_CUE.search(sentence)):
                    continue
                for m in _INCLUDED_SUBGROUP.finditer(sentence):
                    phrase = re.split(r"\s+(?:and|or|et|ou|und|oder|e|o|y)\s+", m.group("x"))[0]
                    keys = subgroup_keys(phrase)
                    if keys:
                        quote = block.quote(s + m.start(), s + m.start("x") + len(phrase))
                        out.append((keys, document.location(block, quote)))
    return out


class PmcfContradictsIntendedUse(Rule):
    """The PMCF plan's population or setting contradicts the intended use.

    What it finds:
        A PMCF plan that moves a procedure step into a setting the intended-use documents do
        not allow for it: "Activation and each titration step must be performed in a sleep
        laboratory under polysomnography" (IFU, CER) against "titration steps after month 3
        will be carried out by the patients themselves at home via the smartphone app"; "the
        injection must be performed in an operating theatre" against "injections performed in
        private urology offices" (steps and restriction wording: knowledge/pmcf.yaml
        `procedure_steps`; a step followed up elsewhere, "titrated in the sleep laboratory,
        then followed up at home", is not moved).
        A PMCF plan that recruits in settings the other documents exclude (outpatients, sleep
        laboratories, home, wellness centres, spas, sports clinics or fitness studios for a
        device restricted to hospitals; intensive care units or emergency departments for a
        device restricted to home or long-term care, though not the hospital ward where home
        therapy starts; a home device whose plan keeps the patients in hospital for the whole
        observation, "patients remain on the ward for the 12-month follow-up", where the place
        the intended use names only for starting the therapy, "initiation in the hospital",
        is no setting of use), that recruits in a setting an intended-use document excludes by name
        (ambulance or helicopter services when the IFU says "not for use during transport";
        an instruction for that setting, "do not switch off the ventilator during transport",
        excludes nothing), that enrols patients younger or lighter than any intended-use document
        admits (a registry from 12 years, or "adolescents and adults", for a device intended for
        adults), or whose exclusion criteria
        leave out patients the device is intended for (intubated or tracheostomised patients
        when the intended use includes endotracheal tubes or tracheostomies; children when the
        intended population includes children; "Patients under 18 are excluded" for a device
        intended for children of 2 to 17 years; "patients with prior radiotherapy" when the IFU
        indicates the device "with or without radiotherapy", "y compris après radiothérapie",
        "mit oder ohne Bestrahlung", unless a contraindication names the subgroup too). "Without exclusion other than refusal of
        consent", "sans critère d'exclusion", "ohne Ausschlusskriterien außer ..." exclude only the
        exception they name. Recruitment criteria whose groups and ages, taken together, leave
        out the youngest or oldest patients every intended-use document admits, and a plan of
        adults only where the IFU admits children under 12, even when the CER admits adults
        only too: "adult COPD
        outpatients" for a device intended for adults and children from 10 kg, "aged between 18
        and 65 years" for a device intended for adults of any age (stated ages refine groups:
        "adults aged 18 to 80 years" sets the upper limit). The reverse too: a plan that excludes the
        setting the device is mainly used in ("ambulatory and home patients excluded" for a
        pump worn at home), or, for a device used in hospital and at home, collects data only in
        hospital and excludes the home ("patients discharged to home feeding are not followed
        up"; a condition at home, "no carer at home", excludes no setting), or limits
        recruitment to another kind of setting ("only hospitalised
        patients"), or recruits hospital patients whose device healthcare professionals use
        ("a registry enrols hospitalised patients whose catheters are drained by ward nurses")
        for a device used at home by patients or caregivers. The reference is the manufacturer's intended purpose (IFU, CER, CEP, SSCP);
        a CEAR that disagrees with it is reported by CS001.

        A plan that collects data in another setting (or moves a procedure step to one) is
        reported under the care-setting category, one that leaves out intended patients under
        pmcf.

    Why a panel cares:
        PMCF collects clinical data on the device "used within its intended purpose" (MDR Annex
        XIV Part B §5). Data from other settings cannot confirm the intended use, and excluded
        patient groups stay without post-market evidence. The expert panel's ventilator opinion
        of June 2025 criticised exactly this: outpatients and sleep clinics for a hospital-only
        device, intubated and tracheostomised patients excluded.

    Example:
        IFU: "For use in hospitals only." PMCF plan: "Patients will be recruited in sleep
        laboratories and outpatient clinics." / "Exclusion criteria: intubated or
        tracheostomised patients."

    Use instead:
        "Patients ventilated in intensive care units of five hospitals, via mask, endotracheal
        tube or tracheostomy, are eligible."

    References:
        MDR Annex XIV Part B §5 and §6.1; MDCG 2020-7 section C; MDR Art. 54 / Annex IX §5.1
        (the panel assesses the consistency of the PMCF plan with the intended purpose).
    """

    code = "PM001"
    name = "pmcf-contradicts-intended-use"
    category = Category.PMCF
    severity = Severity.MAJOR
    title = "PMCF plan population or setting contradicts the intended use"
    references = ("MDR Annex XIV Part B §5", "MDR Annex XIV Part B §6.1", "MDCG 2020-7 section C")
    recommendation = ("Recruit the PMCF population in the intended settings and include every "
                      "intended patient group and mode of use, or justify each exclusion.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        plan = [f for f in facts.of(FactKind.PMCF) if f.role.value == "PMCF-plan"]
        if not plan:
            return []
        intended = [f for f in facts if f.role in INTENDED_USE_ROLES]
        findings = [*self._setting_conflicts(plan, intended), *self._excluded_patients(plan, intended)]
        reported = {loc.quote for f in findings for loc in f.locations}
        findings += [f for f in self._step_settings(facts)
                     if f.locations[0].quote not in reported]
        reported |= {loc.quote for f in findings for loc in f.locations}
        findings += self._excluded_subgroups(facts, plan, intended, reported)
        bounds = list(self._younger_or_lighter(facts, intended))
        findings += bounds or list(self._groups_outside(plan, intended))
        if not findings:
            findings += self._bound_excludes_intended(facts, intended)
        if not findings:
            findings += self._narrower_ages(facts, plan, intended)
        return findings

    def _step_settings(self, facts: FactBase) -> list[Finding]:
        """A step the intended-use documents restrict to a setting that the plan moves to
        another ("titration ... at home via the smartphone app" against "each titration step
        must be performed in a sleep laboratory")."""
        findings = []
        seen: set[tuple[str, str]] = set()
        for conflict in step_conflicts(facts):
            rule, planned = conflict.restriction, conflict.plan
            key = (planned.step, planned.quote)
            if key in seen:
                continue
            seen.add(key)
            where = _ROLE_NAMES.get(rule.document.role.value, rule.document.path)
            allowed = join_names(sorted(_label(s) for s in rule.settings))
            moved = join_names([_label(s) for s in conflict.moved_to])
            verb = "excludes" if rule.negated else "restricts"
            message = (f"{where[:1].upper()}{where[1:]} {verb} the {planned.step.replace('_', ' ')} "
                       f"step to {'settings other than ' if rule.negated else ''}{allowed} "
                       f"(“{rule.quote}”), but the PMCF plan has it done in {moved} "
                       f"(“{planned.quote}”). Data from a setting the labelling does not allow for "
                       f"the step cannot confirm the intended use, and the plan exposes patients "
                       f"to a use the clinical evaluation has not assessed.")
            findings.append(self.finding(message, [
                planned.document.location(planned.block, planned.quote),
                rule.document.location(rule.block, rule.quote)], category=Category.CARE_SETTING))
        return findings

    def _bound_excludes_intended(self, facts: FactBase, intended: list[Fact]) -> list[Finding]:
        """An exclusion bound of the plan ("Patients under 18 are excluded") that leaves out a
        whole intended age span (children of 2 to 17 years, or the children of "children and
        adults"). Excluding part of a span ("younger than 21" in an adult population) is a
        choice of the plan, not a contradiction."""
        excluded = [f for f in facts.of(FactKind.POPULATION_BOUND) if f.role.value == "PMCF-plan"
                    and isinstance(f.value, PopulationBound) and f.value.excluded]
        if not excluded:
            return []
        bounds = [f for f in intended if f.kind is FactKind.POPULATION_BOUND]
        stated_groups = [f for f in intended if f.kind is FactKind.POPULATION_GROUP
                         and isinstance(f.value, Concept) and not f.value.negated]
        plan_low = _lowest(excluded, "age", stated_only=True)
        if plan_low is None:
            return []
        spans = _intended_age_spans(bounds, stated_groups) or []
        if any(high <= plan_low[0] for _, high in spans):
            intended_low = (_lowest(bounds, "age", language=plan_low[1].language)
                            or _lowest_group_age(stated_groups))
            if intended_low is None or intended_low[0] >= plan_low[0]:
                return []
            unit = _UNITS["age"]
            other = intended_low[1]
            message = (f"The PMCF plan excludes patients under {_number(plan_low[0])} {unit} "
                       f"({quoted(plan_low[1])}), but {_doc(other)} admits patients from "
                       f"{_number(intended_low[0])} {unit} ({quoted(other)}). The plan gathers no "
                       f"post-market data on part of the intended population.")
            return [self.finding(message, [plan_low[1], other])]
        return []

    def _narrower_ages(self, facts: FactBase, plan: list[Fact], intended: list[Fact]) -> list[Finding]:
        """Recruitment criteria whose groups and age ranges, taken together, leave out the
        youngest or the oldest intended patients: "adult COPD outpatients" for a device intended
        for adults and children, "aged 18 to 65 years" for a device intended for adults of any
        age. A plan that names no group or age in its recruitment criteria is not judged."""
        recruit = [i for i in items(plan, *_RECRUITMENT_ASPECTS) if not has(i, "pmcf:negated")]
        if not recruit:
            return []
        plan_spans: list[tuple[float, float, Fact]] = []
        texts = [i.value.text for i in recruit]
        # Recruitment texts whose stated ages belong to a group ("children aged 0 to 6 years"):
        # those ages, not the groups' usual spans, say whom the text recruits. An age without
        # a group ("adults ..., at least 60 of them aged 65 or older") refines nothing.
        aged: set[str] = set()
        for fact in facts.of(FactKind.POPULATION_BOUND):
            bound = admitted(fact.value) if (fact.role.value == "PMCF-plan"
                                             and isinstance(fact.value, PopulationBound)) else None
            if bound is None or bound.dimension != "age" or not fact.location.quote:
                continue
            holding = [t for t in texts if fact.location.quote in t or t in fact.location.quote]
            if holding:
                if bound.group:
                    aged.update(holding)
                plan_spans.append((bound.low if bound.low is not None else 0.0,
                                   bound.high if bound.high is not None else float("inf"), fact))
        for item in recruit:
            if item.value.text in aged:
                continue
            for concept in _main_groups(item):
                span = _recruited_span(concept) if concept != "unrestricted" else None
                if span is not None:
                    plan_spans.append((*span, item))
        if not plan_spans:
            return []
        # Each manufacturer document's admitted ages; the plan is judged against what every
        # document admits: documents that disagree among themselves are PO001/PO002's finding.
        per_document: dict[str, list[tuple[float, float, Fact]]] = {}
        for fact in intended:
            if fact.role not in _MANUFACTURER_ROLES or fact.kind is not FactKind.POPULATION_BOUND:
                continue
            bound = admitted(fact.value) if isinstance(fact.value, PopulationBound) else None
            if bound is not None and bound.dimension == "age":
                # "patients of paediatric age from birth" ends where childhood does
                per_document.setdefault(fact.document, []).append(
                    (bound.low if bound.low is not None else 0.0,
                     bound.high if bound.high is not None else implied_high(bound), fact))
        # Stated ages refine the groups ("adult patients aged 18 to 80 years"); groups count
        # only where a document states no age ("adults and children weighing at least 10 kg").
        for fact in intended:
            if (fact.role not in _MANUFACTURER_ROLES or fact.kind is not FactKind.POPULATION_GROUP
                    or not isinstance(fact.value, Concept) or fact.value.negated
                    or fact.value.id == "unrestricted"):
                continue
            if any(f.kind is FactKind.POPULATION_BOUND for f in
                   (x[2] for x in per_document.get(fact.document, []))):
                continue
            span = _age_span(fact.value.id)
            if span is None:
                return []  # a group of unknown ages: nothing to compare
            per_document.setdefault(fact.document, []).append((*span, fact))
        if not per_document:
            return []
        # A bound open below beside one with a lower limit is a subgroup ("aged 6 years and
        # older; children under 18 years under supervision"): it admits no one younger.
        lows = [min([s for s in spans if not _open_below(s[2])] or spans, key=lambda s: s[0])
                for spans in per_document.values()]
        highs = [max(spans, key=lambda s: s[1]) for spans in per_document.values()]
        intended_low = max(lows, key=lambda s: s[0])
        intended_high = min(highs, key=lambda s: s[1])
        # The IFU states the intended purpose the device is placed on the market for (MDR Art.
        # 2(12)): a plan that recruits adults only leaves out the children the IFU admits, even
        # when another document (the CER) admits adults only too; that disagreement is PO001's
        # as well. Smaller differences of age between documents (adolescents from 16) stay
        # PO001's alone.
        labelled = [(document, low) for document, low in zip(per_document, lows)
                    if any(s[2].role is Role.IFU for s in per_document[document])]
        # The IFU in the CER's language is the master text; a translation that admits fewer
        # (adults only in the French IFU) is LA001's and PO001's finding, and does not take the
        # children of the master IFU out of the population the plan must cover.
        primary = {d.language for d in facts.documents_with_role(Role.CER) if d.language}
        language = {d.path: d.language for d in facts.documents}
        master = [low for document, low in labelled if language.get(document) in primary]
        labelled = master or [low for _, low in labelled]
        if labelled and min(p[0] for p in plan_spans) >= _ADULT_AGE:
            labelled_low = max(labelled, key=lambda s: s[0])
            if labelled_low[0] < _ADOLESCENT_AGE and _ADULT_AGE <= intended_low[0]:
                intended_low = labelled_low
        plan_low = min(plan_spans, key=lambda s: s[0])
        plan_high = max(plan_spans, key=lambda s: s[1])
        if plan_low[0] - intended_low[0] >= 1 and not _umbrella_against_child_group(plan_low[2], intended_low[2]):
            left_out = f"patients younger than {quantity('age', plan_low[0])}"
            plan_fact, other = plan_low[2], intended_low[2]
        elif intended_high[1] - plan_high[1] >= 1 and not _targets_youngest(plan, plan_high[2], intended_low):
            left_out = f"patients older than {quantity('age', plan_high[1])}"
            plan_fact, other = plan_high[2], intended_high[2]
        else:
            return []
        admits = (f"up to {quantity('age', intended_high[1])}" if left_out.startswith("patients older")
                  and intended_high[1] != float("inf") else
                  f"from {quantity('age', intended_low[0])}" if left_out.startswith("patients younger")
                  else "without an upper age limit")
        message = (f"The PMCF plan recruits {quoted(plan_fact)} and so leaves out {left_out}, but "
                   f"{_doc(other)} admits patients {admits} ({quoted(other)}). The plan gathers no "
                   f"post-market data on part of the intended population; include them or justify "
                   f"the exclusion.")
        return [self.finding(message, [plan_fact, other])]

    def _setting_conflicts(self, plan: list[Fact], intended: list[Fact]) -> Iterable[Finding]:
        families = setting_families()
        # Where an implant is put in (the operating room) is not where the device is used.
        settings = _manufacturer_settings(
            [f for f in intended if f.kind is FactKind.CARE_SETTING and isinstance(f.value, Setting)
             and not f.value.procedure])
        exclusive = [f for f in settings if f.value.exclusive and not f.value.negated]
        negated = [f for f in settings if f.value.negated]
        stated = [f for f in settings if not f.value.negated]
        # Where a home therapy is started ("initiation in the hospital") is no setting of use:
        # a plan that keeps its patients there observes another use. Only a hospital setting:
        # resuscitation "started pre-hospital and continued in hospital" is used in both.
        stated = [f for f in stated
                  if not (f.value.initiation and families.get(f.value.id) == "hospital")] or stated
        found: list[tuple[Fact, list[str], list[Fact]]] = []
        for item in items(plan):
            if item.value.aspect in ("exclusion", "other") or _negated(item) or _OFF_LABEL.search(item.value.text):
                continue
            concepts = _use_concepts(item, families)
            named = [c for c in concepts if families.get(c) not in (None, "ambiguous")]
            conflicts: list[str] = []
            against: list[Fact] = []
            # A setting of uncertain family (transport may stay inside the hospital) still
            # contradicts a document that excludes it by name ("not for use during transport"
            # against recruitment through ambulance services).
            for concept in (c for c in concepts if families.get(c) == "ambiguous"):
                if _attribute_of_site(item, families):
                    continue  # "hospitals that also run a neonatal transport service"
                hits = [f for f in negated if f.value.id == concept and _excludes_use(f.location.quote)]
                if hits:
                    conflicts.append(concept)
                    against += hits
            for concept in named:
                hits = [f for f in negated if f.value.id == concept]
                if families[concept] == "non_hospital":
                    hits += [f for f in exclusive if f.value.id != concept
                             and families.get(f.value.id) == "hospital"]
                if hits:
                    conflicts.append(concept)
                    against += hits
            recruits = (item.value.aspect in _RECRUITMENT_ASPECTS
                        or (_ENROLS.search(item.value.text) and _professional_use(item.value.text))
                        or _observed_there(item))
            if (not conflicts and recruits
                    and not _home_device_started_in_hospital(item, named, stated, families)):
                conflicts, against = _outside_intended(named, stated, families)
            elif not conflicts and _hospital_device_outside(named, stated, families):
                conflicts, against = _outside_intended(named, stated, families)
            if not conflicts and _home_device_in_acute_care(named, stated):
                conflicts, against = _outside_intended(named, stated, families)
            if conflicts:
                found.append((item, conflicts, against))
        # One finding per plan: a list of sites ("- sports clinics", "- fitness centres") is one
        # contradiction, quoted on its first few items.
        if found:
            concepts = list(dict.fromkeys(c for _, conflicts, _ in found for c in conflicts))
            yield self._setting_finding([item for item, _, _ in found], concepts, found[0][2])
            return
        yield from self._main_setting_left_out(plan, stated, negated, families)

    def _main_setting_left_out(self, plan: list[Fact], stated: list[Fact], negated: list[Fact],
                               families: dict[str, str]) -> Iterable[Finding]:
        """A plan that excludes the setting the device is mainly used in ("Exclusion: ambulatory
        patients and patients treated at home" for a pump worn at home), or limits recruitment
        to other settings ("only hospital inpatients"), while no item of the plan collects data
        there: the plan cannot confirm the intended use."""
        main = _main_settings(stated, families) - {f.value.id for f in negated}
        if not main:
            return
        positive = [item for item in items(plan) if item.value.aspect not in ("exclusion", "other")
                    and not has(item, "pmcf:negated")]
        covered = {c for item in positive for c in item.value.concepts if c in main}
        if covered == main:
            return  # the plan collects data in every main setting
        # Of several main settings ("in hospital and in home care"), the plan may cover one and
        # exclude the other: only an exclusion of an uncovered one then leaves it out.
        uncovered = main - covered
        def elsewhere(item: Fact) -> list[str]:
            """The item's settings, when all lie in another family than every main setting."""
            concepts = _use_concepts(item, families)
            named = [c for c in concepts if families.get(c) not in (None, "ambiguous")]
            return named if named and all(families.get(c) != families.get(m) for c in named for m in main) else []

        recruited = [item for item in positive if item.value.aspect in _RECRUITMENT_ASPECTS and elsewhere(item)]
        if not recruited and not covered:
            return  # the plan recruits in no setting of another kind
        left_out: list[tuple[Fact, list[str]]] = []
        for item in items(plan):
            if item.value.aspect == "exclusion" or (has(item, "pmcf:negated") and item.value.aspect != "other"):
                # "Patients without a caregiver at home" excludes a condition, not the setting.
                excluded = _settings_excluded(item, uncovered)
                # Excluding a main setting the plan nowhere covers leaves it out even when the
                # plan recruits in no other kind of setting ("hospitals and home care" intended;
                # "patients discharged home are excluded from follow-up").
                if excluded and (recruited or covered):
                    left_out.append((item, excluded))
            elif item in recruited and not covered and _limiting().search(item.value.text):
                left_out.append((item, elsewhere(item)))
        if not left_out:
            return
        left_out_main = {c for _, concepts in left_out for c in concepts if c in main}
        in_main = [f for f in stated if f.value.id in (left_out_main or main)]
        reference = next((f for f in in_main if f.role is Role.IFU), in_main[0])
        recruited = [item for item in recruited if item not in [i for i, _ in left_out]]
        item, concepts = left_out[0]
        where = (f"excludes {join_names([_label(c) for c in concepts])}" if item.value.aspect == "exclusion"
                 or has(item, "pmcf:negated") else f"limits recruitment to {join_names([_label(c) for c in concepts])}")
        also = f"; it recruits {quoted(recruited[0])}" if recruited else ""
        message = (f"The PMCF plan {where} ({quoted(item)}{also}), but {_doc(reference)} names "
                   f"{_label(reference.value.id).lower()} as the setting of the intended use "
                   f"({quoted(reference)}). The plan "
                   f"collects no data in the setting the device is mainly used in, so it cannot confirm "
                   f"the intended use.")
        yield self.finding(message, [item, *recruited[:1], *self._one_per_document(
            [reference, *in_main])], category=Category.CARE_SETTING)

    def _setting_finding(self, plan_items: list[Fact], concepts: list[str],
                         against: list[Fact]) -> Finding:
        item = plan_items[0]
        first = against[0]
        labels = join_names([_label(c) for c in concepts])
        if first.value.negated or first.value.exclusive:
            verb = "excludes" if first.value.negated else "restricts use to"
            where = f"{_doc(first)} {verb} {_label(first.value.id)} ({quoted(first)})"
        else:
            names = list(dict.fromkeys(_label(f.value.id) for f in against))
            documents = list(dict.fromkeys(_doc(f) for f in against))
            where = (f"the intended use names only {', '.join(names[:3])} "
                     f"({', '.join(documents[:3])}; {quoted(first)})")
        message = (f"The PMCF plan collects data in {labels} ({quoted(item)}), but "
                   f"{where}. Data from outside the intended use cannot confirm it.")
        return self.finding(message, [*plan_items[:3], *self._one_per_document(against)],
                            category=Category.CARE_SETTING)

    def _excluded_patients(self, plan: list[Fact], intended: list[Fact]) -> Iterable[Finding]:
        interfaces = [f for f in intended if f.kind is FactKind.INTERFACE
                      and isinstance(f.value, Concept) and not f.value.negated]
        groups = [f for f in intended if f.kind is FactKind.POPULATION_GROUP
                  and isinstance(f.value, Concept) and not f.value.negated]
        for item in items(plan, "exclusion"):
            against: list[Fact] = []
            names: list[str] = []
            for concept in item.value.concepts:
                if concept.startswith("pmcf:"):
                    continue
                hits = [f for f in interfaces if f.value.id == concept]
                if not _names_only_places(item.value.text, concept):
                    hits += [f for f in groups if groups_overlap(f.value.id, concept)]
                if hits:
                    against += hits
                    names.append(concept.replace("_", " "))
            if against:
                first = against[0]
                message = (f"The PMCF plan excludes patients the device is intended for "
                           f"({' and '.join(dict.fromkeys(names))}) "
                           f"in {quoted(item)}, although {_doc(first)} includes them in the intended "
                           f"use ({quoted(first)}). The plan gathers no post-market data on them.")
                yield self.finding(message, [item, *self._one_per_document(against)])

    def _excluded_subgroups(self, facts: FactBase, plan: list[Fact], intended: list[Fact],
                            reported: set[str]) -> list[Finding]:
        """An exclusion criterion that removes a subgroup the intended purpose names as included
        ("with or without radiotherapy" against "patients with prior radiotherapy are excluded").
        A subgroup the intended-use documents also contraindicate may be excluded."""
        exclusions = [i for i in items(plan, "exclusion") if i.location.quote not in reported]
        if not exclusions:
            return []
        included = included_subgroups(facts)
        if not included:
            return []
        contraindicated = frozenset().union(*(
            subgroup_keys(f.location.quote or "") for f in intended
            if f.kind is FactKind.CONTRAINDICATION and f.role in _MANUFACTURER_ROLES))
        found = []
        for item in exclusions:
            item_keys = subgroup_keys(item.value.text)
            for keys, location in included:
                shared = (keys & item_keys) - contraindicated
                if not shared:
                    continue
                message = (f"The PMCF plan excludes patients the intended purpose explicitly "
                           f"includes: {quoted(item)}, while "
                           f"{document_label(facts.document(location.document), location.document)} admits them "
                           f"(“{location.quote}”). The plan gathers no post-market data on this "
                           f"subgroup; include it or justify the exclusion.")
                found.append(self.finding(message, [item, location]))
                break
        return found

    def _younger_or_lighter(self, facts: FactBase, intended: list[Fact]) -> Iterable[Finding]:
        """PMCF inclusion bounds that admit younger or lighter patients than any intended-use
        document does ("from 12 years" in the registry, adults only in the IFU)."""
        plan_bounds = [f for f in facts.of(FactKind.POPULATION_BOUND) if f.role.value == "PMCF-plan"]
        if not plan_bounds:
            return
        bounds = [f for f in intended if f.kind is FactKind.POPULATION_BOUND]
        stated_groups = [f for f in intended if f.kind is FactKind.POPULATION_GROUP
                         and isinstance(f.value, Concept) and not f.value.negated]
        for dimension in ("age", "weight"):
            plan_low = _lowest(plan_bounds, dimension, stated_only=True)
            if plan_low is None:
                continue
            intended_low = _lowest(bounds, dimension, language=plan_low[1].language)
            if intended_low is None and dimension == "age":
                intended_low = _lowest_group_age(stated_groups)
            if intended_low is None or plan_low[0] >= intended_low[0]:
                continue
            unit = _UNITS[dimension]
            other = intended_low[1]
            message = (f"The PMCF plan enrols patients from {_number(plan_low[0])} {unit} "
                       f"({quoted(plan_low[1])}), but {_doc(other)} admits patients only from "
                       f"{_number(intended_low[0])} {unit} ({quoted(other)}). Data on patients "
                       f"outside the intended population cannot confirm the intended use, and "
                       f"enrolling them is off-label use.")
            yield self.finding(message, [plan_low[1], other])

    def _groups_outside(self, plan: list[Fact], intended: list[Fact]) -> Iterable[Finding]:
        """Patient groups the plan enrols whose whole age span lies outside every age the
        intended-use documents admit ("adolescents and adults" in the registry, adults only in
        the IFU)."""
        bounds = [f for f in intended if f.kind is FactKind.POPULATION_BOUND]
        stated_groups = [f for f in intended if f.kind is FactKind.POPULATION_GROUP
                         and isinstance(f.value, Concept) and not f.value.negated
                         and f.value.id != "unrestricted"]
        if not bounds and not stated_groups:
            return
        spans = _intended_age_spans(bounds, stated_groups)
        if not spans:
            return
        known = groups()
        for item in items(plan, *_RECRUITMENT_ASPECTS):
            if has(item, "pmcf:negated"):
                continue
            outside = []
            for concept in item.value.concepts:
                span = _age_span(concept)
                if span is None or any(groups_overlap(concept, g.value.id) for g in stated_groups):
                    continue
                if all(span[1] <= low or span[0] >= high for low, high in spans):
                    outside.append(concept)
            if outside:
                names = " and ".join(known[c].label.lower() for c in outside)
                other = (stated_groups or bounds)[0]
                message = (f"The PMCF plan enrols {names} ({quoted(item)}), but {_doc(other)} "
                           f"defines the intended population as {quoted(other)}. Data on patients "
                           f"outside the intended population cannot confirm the intended use, and "
                           f"enrolling them is off-label use.")
                yield self.finding(message, [item, other])
                return

    @staticmethod
    def _one_per_document(facts: list[Fact]) -> list[Fact]:
        seen: dict[str, Fact] = {}
        for fact in facts:
            seen.setdefault(fact.document, fact)
        return list(seen.values())[:3]
