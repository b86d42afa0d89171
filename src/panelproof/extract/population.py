"""Population of the intended use: age and weight bounds, and population groups.

POPULATION_BOUND facts carry a `PopulationBound` in canonical units (years, kilograms) with
the comparators read from the text ("> 5 kg" is exclusive, "at least 5 kg" inclusive). Units
other than years and kilograms are converted (months, weeks, days; grams, pounds).

Semantics of `excluded`: the interval is always the one *as written*. "Not for patients under
5 kg" gives high=5 (exclusive), excluded=True: the written interval is the excluded one, and
`admitted(bound)` gives the population the document admits (>= 5 kg). Rules that compare
populations use `admitted`.

POPULATION_GROUP facts carry a `Concept` whose id comes from
`knowledge/vocabulary/population_groups.yaml` (en/fr/de terms); `negated` is set for "not
intended for neonates", "Neugeborene sind ausgeschlossen". A group named only to say its safety
or use is unknown ("safety in pregnancy, breastfeeding and in children has not been
established", "bei Kindern nicht untersucht") gives no fact: it is neither intended nor
excluded (`unknown_scopes`).

Numbers that are not bounds of the intended use are left out: device weight ("the device
weighs 4.5 kg"), follow-up ("followed for 12 months"), sample sizes and mean ages of study
populations. The decision uses the section (intended purpose, target population,
indications ... vs literature, results, technical data) and cues in the sentence.
"""

from __future__ import annotations

import math
import re
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from panelproof import knowledge
from panelproof.extract._indication_sentence import condition_nouns
from panelproof.extract._population_terms import QUANTITY_LANGUAGES as _QUANTITY_LANGUAGES
from panelproof.extract._population_terms import data_terms as _data_terms
from panelproof.extract._sizes import size_statement
from panelproof.extract._questions import CLINICAL_RESULTS, POPULATION_ROLES, question_role
from panelproof.extract._reviewer_queries import is_reviewer_query, is_subgroup_remark
from panelproof.extract._terms import word_alternation
from panelproof.extract._questions import CONTRAINDICATIONS as QUESTION_CONTRAINDICATIONS
from panelproof.extract.common import ExtractionContext, folded_pattern, make_fact, sentences
from panelproof.extract.intended_use import (CONTRAINDICATIONS, INDICATIONS, block_kinds,
                                             inline_labels, lead_in_kinds, open_lead_in_kinds,
                                             table_label)
from panelproof.extract.model import Concept, Fact, FactKind, PopulationBound
from panelproof.extract.numerals import numeral_view
from panelproof.ingest.model import Block, BlockKind, Document, Role
from panelproof.ingest.normalize import fold_case

# --- languages given as data ------------------------------------------------------------------

# Greek, Romanian, Hungarian (and whatever is added there): their population words, units,
# comparators and headings are data (knowledge/vocabulary/population_quantities.yaml); the
# patterns below are extended with them.
def quantity_comparators() -> tuple[dict[str, bool], dict[str, bool], list[str], list[str]]:
    """Every data language's comparators: (lower words, upper words) -> inclusive?, and the
    post-lower and post-upper words ("sau mai mult", "vagy több")."""
    lower: dict[str, bool] = {}
    upper: dict[str, bool] = {}
    for entry in _QUANTITY_LANGUAGES.values():
        for key, table in (("lower", lower), ("upper", upper)):
            for kind, names in (entry.get(key) or {}).items():
                table.update({str(n).lower(): kind == "inclusive" for n in names or ()})
    post_lower = sorted(set(_data_terms("post_lower")), key=lambda t: (-len(t), t))
    post_upper = sorted(set(_data_terms("post_upper")), key=lambda t: (-len(t), t))
    return lower, upper, post_lower, post_upper


def _extended(pattern: re.Pattern, terms: Iterable[str]) -> re.Pattern:
    alternation = word_alternation(terms)
    return re.compile(f"{pattern.pattern}|{alternation}", pattern.flags) if alternation else pattern


# --- sections --------------------------------------------------------------------------------

# Headings under which a population statement is part of the intended use.
POPULATION_HEADING = re.compile(
    r"intended (?:purpose|use)|target (?:population|group|patient)|patient (?:population|group)|"
    r"intended patient|patient selection|indications?|contra-?indications?|population|"
    r"inclusion|exclusion|eligib|scope of (?:the )?(?:device|evaluation)|"
    r"zweckbestimmung|bestimmungsgem|verwendungszweck|indikation|kontraindikation|patientengruppe|"
    r"patientenpopulation|zielgruppe|zielpopulation|anwendungsbereich|einschluss|ausschluss|"
    r"destination|usage prévu|utilisation prévue|usage prévu|indications?|contre-indication|"
    r"patients? cibles?|population cible|critères d'inclusion|critères d'exclusion|"
    # Spanish, Italian
    r"uso previsto|finalidad prevista|indicaci|contraindicaci|población|pacientes? destinatari|"
    r"destinazione d'uso|destinazione d’uso|indicazion|controindicazion|popolazione|"
    r"pazienti destinatari|gruppo di pazienti|grupo de pacientes|"
    # Dutch
    r"beoogd gebruik|beoogde doel|indicaties|contra-indicaties|doelgroep|doelpopulatie|"
    r"patiëntenpopulatie|patiëntengroep|"
    # Polish, Danish, Czech
    r"przeznaczenie|wskazani|przeciwwskazani|populacja|grupa docelowa|"
    r"tilsigtet anvendelse|tilsigtet formål|indikation|kontraindikation|målgruppe|patientpopulation|"
    r"určený účel|určené použití|indikace|kontraindikace|cílová skupina|populace pacientů",
    re.IGNORECASE)
# Headings under which numbers describe studies or literature: bounds there are study
# populations ("the study enrolled children 5-40 kg"), and even a restated intended population
# there is a comparison, not the document's own statement. Such blocks are skipped whole.
LITERATURE_HEADING = re.compile(
    r"literature|state of the art|clinical data|results|studies|\bstudy\b|appraisal|equivalen|"
    r"bibliograph|references|vigilance|complaints|post-market surveillance data|"
    r"pivotal|supportive data|clinical evidence|summary of (?:the )?(?:clinical )?(?:data|evidence)|"
    r"literatur|stand der technik|klinische daten|ergebnisse|studien|\bstudie\b|bewertung der daten|"
    r"littérature|état de l'art|données cliniques|résultats|études|\bétude\b|bibliographi|"
    r"literatuur|resultaten|klinische gegevens|\bonderzoek",
    re.IGNORECASE)
# Headings under which numbers describe the device itself: only a sentence with a strong cue
# ("intended for patients over 5 kg") states the population there.
TECHNICAL_HEADING = re.compile(
    r"technical (?:data|specification|characteristics)|specifications?|performance data|"
    r"technische daten|caractéristiques techniques|spécifications",
    re.IGNORECASE)
EXCLUSION_HEADING = re.compile(
    r"contra-?indication|exclusion|kontraindikation|gegenanzeige|ausschluss|"
    r"contre-indication|critères d'exclusion|non-inclusion|contraindicaci|controindicazion|"
    r"criterios de exclusión|criteri di esclusione|contra-indicatie|exclusiecriteria|"
    r"przeciwwskazani|kontraindikace|eksklusionskriterier|kryteria wyłączenia|vylučovací kritéria", re.IGNORECASE)




# --- sentence cues ---------------------------------------------------------------------------

POPULATION_CUE = re.compile(
    r"patient|population|intended|indicated|indication|for use (?:in|on|with)|suitable for|"
    r"recipient|participant|subjects|"
    r"adult|child|infant|neonat|newborn|adolescent|elderly|paediatric|pediatric|body ?weight|"
    r"weighing|\bweigh\b|\baged\b|\bage\b|years of age|years old|"
    r"körpergewicht|gewicht|alter\b|erwachsene|kinder|säugling|neugeboren|jugendlich|bestimmt|"
    r"indiziert|poids|âgé|\bâge\b|ans et plus|adulte|enfant|nourrisson|nouveau-n|destiné|indiqué|"
    # Spanish, Italian
    r"pacient|pazient|adult[oaie]|niñ[oa]|bambin|neonat|recién nacid|lactant|lattant|adolescent|"
    r"\baños\b|\banni\b|\bedad\b|\bet[àa]\b|\bpeso\b|destinad|destinat|indicad|indicat|"
    # Dutch
    r"patiënt|volwassen|kinderen|zuigeling|pasgebor|\bjaar\b|lichaamsgewicht|leeftijd|bestemd|"
    r"geïndiceerd|beoogd|"
    # Polish, Danish, Czech
    r"pacjent|doros|dzieci|niemowl|noworod|młodzież|przeznaczon|wskazan|\blat\b|masa ciała|wiek|"
    r"voksne|\bbørn\b|spædbørn|nyfødt|\bunge\b|beregnet|indiceret|tilsigtet|\bår\b|kropsvægt|alder|"
    r"pacient|dospěl|\bděti\b|dětí|kojen|novoroz|dospívající|určen|indikován|\blet\b|hmotnost|věk|"
    # pregnancy: a gestational age bounds pregnant women ("at 37 weeks of gestation or more")
    r"gestation|gestacion|gestación|gestazion|aménorrhée|schwangerschaft|\bSSW\b|zwangerschap|"
    r"pregnan|enceinte|grossesse|schwanger|embarazad|gravidanz|incinta|\bwomen\b|\bfemmes\b|"
    r"\bfrauen\b|\bvrouwen\b|\bmujeres\b|\bdonne\b",
    re.IGNORECASE)
# The language of the document being read (set by `extract`): a data language's cue words
# apply in its own documents only, so that Romanian "gravid*" (pregnant) does not make a
# Portuguese "gravidez" warning a population statement.
_DOCUMENT_LANGUAGE: ContextVar[str | None] = ContextVar("population_document_language", default=None)


class _LanguageCue:
    """A cue pattern that, in a document of a data language, is extended with that language's
    words (`population_quantities.yaml`); elsewhere it is the pattern as written above."""

    def __init__(self, base: re.Pattern, extend: Callable[[str], re.Pattern]) -> None:
        self.base = base
        self._extend = extend
        self._by_language: dict[str, re.Pattern] = {}

    def pattern(self) -> re.Pattern:
        language = _DOCUMENT_LANGUAGE.get()
        if language not in _QUANTITY_LANGUAGES:
            return self.base
        if language not in self._by_language:
            self._by_language[language] = self._extend(language)
        return self._by_language[language]

    def search(self, *args) -> re.Match | None:
        return self.pattern().search(*args)

    def match(self, *args) -> re.Match | None:
        return self.pattern().match(*args)

    def finditer(self, *args) -> Iterator[re.Match]:
        return self.pattern().finditer(*args)

    def sub(self, *args) -> str:
        return self.pattern().sub(*args)


POPULATION_CUE = _LanguageCue(
    POPULATION_CUE, lambda language: _extended(POPULATION_CUE.base, _data_terms("cues", language=language)))


def _population_heading_terms(language: str) -> list[str]:
    return [term for key in ("population", "intended_purpose", "indications", "contraindications")
            for term in _data_terms("headings", key, language=language)]


# Headings, likewise: a data language's heading words apply in its own documents (appended to
# the pattern, they would also slow every other document's heading test several times over).
_POPULATION_HEADING_WRITTEN, _EXCLUSION_HEADING_WRITTEN = POPULATION_HEADING, EXCLUSION_HEADING
POPULATION_HEADING = _LanguageCue(
    _POPULATION_HEADING_WRITTEN,
    lambda language: _extended(_POPULATION_HEADING_WRITTEN, _population_heading_terms(language)))
EXCLUSION_HEADING = _LanguageCue(
    _EXCLUSION_HEADING_WRITTEN,
    lambda language: _extended(_EXCLUSION_HEADING_WRITTEN, _data_terms("headings", "exclusion", language=language)))
_FOLDED_POPULATION_HEADING = _LanguageCue(
    folded_pattern(_POPULATION_HEADING_WRITTEN),
    lambda language: folded_pattern(POPULATION_HEADING._extend(language)))
_FOLDED_EXCLUSION_HEADING = _LanguageCue(
    folded_pattern(_EXCLUSION_HEADING_WRITTEN),
    lambda language: folded_pattern(EXCLUSION_HEADING._extend(language)))
_FOLDED_LITERATURE_HEADING = folded_pattern(LITERATURE_HEADING)
# a data language's technical-data headings ("Tehnilised andmed"), in its own documents
_FOLDED_TECHNICAL_HEADING = _LanguageCue(
    folded_pattern(TECHNICAL_HEADING),
    lambda language: folded_pattern(_extended(TECHNICAL_HEADING, _data_terms("headings", "technical", language=language))))
# Numbers in these sentences describe something else than the intended population.
NOT_POPULATION = re.compile(
    # a request or a statement about the data of a subgroup ("the CER should present data for
    # infants below 1 000 g separately") names no bound of the intended population
    r"\bdata\s+(?:for|on|in|from|of)\s+(?:the\s+)?(?:patients?|infants?|neonates?|newborns?|"
    r"children|adults|subjects|women|men)\b|\bdonnées\s+(?:pour|sur|chez)\b|\bDaten\s+(?:für|zu|bei)\b|"
    r"\b(?:mean|median|average|avg)\b|âge moyen|poids moyen|durchschnitt|mittlere[sn]? (?:alter|gewicht)|"
    r"medianes alter|follow(?:ed)?[- ]?up|\bfollowed\b|suivi|nachbeobachtung|\bn ?= ?\d|\bSD\b|±|"
    r"\b(?:device|unit|ventilator|pump|system|product|appliance|it|monitor)\s+(?:weighs|weight)\b|"
    r"\bweight of the (?:device|unit|ventilator|pump|system|product|monitor)\b|"
    r"\b(?:total|net|gross|device|dry) weight\b|\bweighs\b|gerätegewicht|gewicht des (?:geräts|gerätes|produkts)|"
    r"\bwiegt\b|poids (?:de l'appareil|du dispositif|du ventilateur|de la pompe|net|total)|\bpèse\b|"
    r"shelf life|storage|\bstored?\b|aufbewahr|lagern|conserver|lagerung|stockage|warranty|service life|lifetime|durée de vie|lebensdauer|"
    r"battery|batterie|akku|"
    r"reach of children|portée des enfants|reichweite von kindern|unzugänglich|"
    r"\bedad media\b|\bet[àa] media\b|\bpeso medio\b|\bmediana\b|\bpromedio\b|seguimiento|"
    r"\bpeso del (?:dispositivo|equipo|aparato)|\bpesa\b|\balmacen\w*|\bconservar\w*|"
    r"\bconservazione\b|alcance de los niños|portata dei bambini|vida útil|\bdurata\b|vita utile|"
    r"\bgemiddeld\w*|\bmediaan\b|\bweegt\b|gewicht van het (?:apparaat|hulpmiddel|systeem)|"
    r"\bopslag\b|\bbewaren\b|bereik van kinderen|levensduur|batterij|"
    r"zasięgu dzieci|rækkevidde for børn|dosah dětí|dosahu dětí|przechowyw|opbevar|skladov",
    re.IGNORECASE)
# Study context: a bound there describes a study population (kept in PMCF plans only).
STUDY_CONTEXT = re.compile(
    # A trial of a treatment ("after a hearing-aid trial of at least 3 months", "essai
    # d'appareillage de 3 mois", "trial period") is a treatment period, not a study.
    r"\bstud(?:y|ies)\b|"
    r"(?<!aid )(?<!aids )(?<!-aid )(?<!therapy )(?<!treatment )(?<!medication )(?<!drug )"
    r"\b(?:trial|essai)\b(?!\s+(?:period|phase|d['’]appareillage|prothétique|th[ée]rapeutique)\b|"
    r"\s+of\s+(?:\w+\s+){0,2}?(?:therapy|treatment|hearing aids?|amplification|medication)\b|"
    r"\s+(?:of|de|d['’])\s+(?:at least\s+|au moins\s+|a minimum of\s+)?\d+(?:[.,]\d+)?\s*"
    r"(?:months?|weeks?|days?|mois|semaines?|jours?)\b)|"
    r"cohort|\benrol(?:l)?ed\b|randomi[sz]ed|\bstudie|\bétude|\bregistr(?:y|ies)\b|\bregistre\b|"
    r"\bregistro\b|\bregister\b|"
    r"\bestudio|\bensayo|\bstudio clinico|\bsperimentazion|\barruolat|\breclutad|\bonderzoek|"
    r"\bgeïncludeerd|"
    # where the evidence lies, not whom the device is for: "the clinical benefits have been
    # demonstrated in adults between 41 and 97 years of age", "wurden bei ... nachgewiesen"
    r"\b(?:ha(?:ve|s)\s+been|were|was)\s+(?:\w+\s+)?(?:demonstrated|shown|confirmed|observed|"
    r"evaluated|studied|investigated|documented)\s+(?:in|among|on)\b|"
    r"\b(?:ont|a)\s+été\s+(?:démontrée?s?|observée?s?|évaluée?s?|étudiée?s?)\s+chez\b|"
    r"\b(?:wurden|wurde)\s+bei\b[^.;]{0,80}?\b(?:nachgewiesen|gezeigt|untersucht|beobachtet)\b",
    re.IGNORECASE)
# Words of intent: "indicated", "indicato", "indicat" (Romanian); the noun "indications" in "covers
# both indications and children" states no intent.
STRONG_CUE = re.compile(r"intended|indicated|zweckbestimmung|bestimmt für|destiné|indiqué|"
                        r"destinad|destinat|indicad|indicat(?!ions?\b|ie)|bestemd|geïndiceerd|beoogd|"
                        r"przeznaczon|wskazan|beregnet til|tilsigtet|indiceret|určen|indikován",
                        re.IGNORECASE)

EXCLUSION_CUE = re.compile(
    # "nicht-variköse Blutung", "niet-variceale": a hyphenated prefix negates the adjective only
    r"\bnot\b(?!-)|\bnever\b|must not|do not use|\bexclud|\bexclusion|contra-?indicat|unsuitable|"
    r"\bnicht\b(?!-)|\bkeine?\b|ausgeschlossen|kontraindiziert|\bne\b|\bn'|\bpas\b|exclus|contre-indiqu|"
    r"ausgenommen|except\b|other than|\bexcept(?:o|uando)\b|\bsalvo\b|\beccetto\b|\btranne\b|\bad eccezione\b|"
    r"\bsauf\b|\bà l['’]exception\b|\baußer\b|\bausser\b|\bmit ausnahme\b|\bbehalve\b|\buitgezonderd\b|"
    r"\bwith the exception\b|\ba excepción\b|\bnon\s+(?:(?:è|e|sono|deve|devono|può|possono|va|vanno|est|sont|doit|doivent)\b|utilizzare|usare|impiegare|destinat|indicat|adatt|approvat|previst|idone|destiné|indiqué|prévu|recommandé|adapté|autorisé|conçu|per\b|nei\b|negli\b)|excluid|esclus|"
    r"\bno\s+(?:debe|deben|está|están|es|son|se|utilizar|usar|apt|indicad|destinad|adecuad|para\b)|"
    r"contraindicad|controindicat|\bniet\b(?!-)|\bgeen\b|uitgesloten|gecontra-?indiceerd|"
    r"\bnie\b|wyłączon|przeciwwskazan|\bikke\b|udelukke|kontraindiceret|\bnení\b|\bnejsou\b|vyloučen|kontraindikován",
    re.IGNORECASE)
STRONG_CUE = _LanguageCue(
    STRONG_CUE, lambda language: _extended(STRONG_CUE.base, _data_terms("strong_cues", language=language)))
EXCLUSION_CUE = _LanguageCue(
    EXCLUSION_CUE, lambda language: _extended(EXCLUSION_CUE.base, _data_terms("exclusion_cues", language=language)))
_OUT_OF_SCOPE = (
    r"(?:(?:are|is|were|was)\s+)?(?:not|neither)\s+(?:\w+\s+)?(?:covered|included|addressed|within\s+(?:the\s+)?scope)\b|"
    r"(?:(?:are|is)\s+)?(?:outside|out\s+of|beyond)\s+(?:the\s+)?scope\b|"
    r"(?:(?:sont|est)\s+)?(?:non|pas)\s+(?:couvert|inclu)\w*|(?:sind\s+|ist\s+)?nicht\s+(?:abgedeckt|erfasst|eingeschlossen)\b|"
    r"(?:(?:son|están|sono)\s+)?(?:no|non)\s+(?:cubiert|inclu|copert)\w*|(?:zijn\s+)?niet\s+(?:gedekt|inbegrepen|opgenomen)\b")
# Cues that, after a group term, still negate it ("neonates are excluded").
POST_NEGATION = re.compile(
    # a longer gap only without a comma: "younger than 18 years at the time of implantation
    # are excluded from the PMCF study"
    r"^(?:[^.;:]{0,40}?|[^.;:,]{41,80}?)\b(?:(?:are|is|must be|will be|shall be|sind|werden|sont|est|son|están|está|es|sono|è|zijn|worden)\s+(?:\w+\s+)?"
    r"(?:excluded|contraindicated|not eligible|ausgeschlossen|kontraindiziert|exclus|exclues|"
    r"contre-indiqués?|excluid[oa]s?|esclus[oiea]|contraindicad[oa]s?|controindicat[oiea]|"
    r"uitgesloten|gecontra-?indiceerd|"
    # "children are not claimed", "Kinder sind nicht vorgesehen", "les enfants ne sont pas visés":
    # the group is outside the intended purpose
    r"not\s+(?:claimed|intended|included|covered|indicated|targeted)|"
    r"nicht\s+(?:beansprucht|vorgesehen|eingeschlossen|umfasst|indiziert)|"
    r"pas\s+(?:revendiqu|visé|inclus|couvert|indiqu|concern)\w*)|"
    r"(?:no|non)\s+(?:están|son|sono|è|está|es)\s+(?:inclus|incluid|previst|rivendicat|reivindicad|"
    r"indicad|indicat)\w*|"
    # "patients over 120 kg must not be treated", "dürfen nicht behandelt werden"
    r"(?:must|should|shall|may)\s+not\s+be\s+(?:treated|used|ventilated|connected|fitted)|"
    r"cannot be (?:treated|used)|dürfen nicht (?:behandelt|versorgt|beatmet|angeschlossen)|ne (?:doivent|peuvent) pas être (?:traités|traitées|utilisés)|"
    r"non (?:devono|possono) essere (?:trattati|trattate)|no (?:deben|pueden) ser (?:tratados|tratadas)|"
    # a few words may stand between the modal and the act: "dürfen nicht mit dem Gerät
    # behandelt werden", "mogen niet met het hulpmiddel worden behandeld"
    r"(?:dürfen|darf|sollen|soll)\s+(?:[^\W\d]+\s+){0,4}?(?:nicht|keinesfalls|niemals)\s+(?:[^\W\d]+\s+){0,5}?"
    r"(?:behandelt|versorgt|beatmet|angeschlossen|verwendet|eingesetzt|angewendet|defibrilliert|"
    r"überwacht|gemessen|stimuliert)\b|"
    r"(?:mogen|mag|moeten|moet|kunnen)\s+(?:[^\W\d]+\s+){0,4}?niet\s+(?:[^\W\d]+\s+){0,5}?(?:worden\s+)?"
    r"(?:behandeld|gebruikt|beademd|aangesloten|toegepast|gedefibrilleerd|bewaakt|gestimuleerd)\b|"
    r"(?:must|should|shall|may)\s+not\s+be\s+(?:\w+\s+){0,2}?(?:treated|used|ventilated|"
    r"connected|fitted|defibrillated|monitored|stimulated)\b|"
    r"(?:ne\s+)?(?:doivent|peuvent|doit|peut)\s+pas\s+être\s+(?:\w+\s+){0,2}?"
    r"(?:trait|utilis|ventil|défibrill|surveill)\w*|"
    r"non\s+(?:devono|possono|deve|può)\s+essere\s+(?:\w+\s+){0,2}?(?:trattat|utilizzat|"
    r"ventilat|defibrillat|monitorat)\w*|"
    r"no\s+(?:deben|pueden|debe|puede)\s+ser\s+(?:\w+\s+){0,2}?(?:tratad|utilizad|usad|"
    r"ventilad|desfibrilad|monitorizad)\w*|"
    # a group named to say it is outside the scope: "Children and pregnant women not covered",
    # "Pregnant women are not covered by this evaluation", "nicht abgedeckt", "non couverts"
    + _OUT_OF_SCOPE + r")|"
    # or labelled so: "Paediatric patients: not covered", "Children – excluded"
    r"^\s*(?:\([^)]{0,30}\))?\s*[:–—]\s*(?:" + _OUT_OF_SCOPE + r"|excluded|exclus\w*|"
    r"ausgeschlossen|excluid\w*|esclus\w*|uitgesloten|contra-?indicated)",
    re.IGNORECASE)
# A group sent to another device ("neonates require a dedicated neonatal sensor") is excluded:
# vocabulary/population_referrals.yaml, every language's patterns after the group.
_REFERRALS = [p for entry in knowledge.load("vocabulary/population_referrals")["referrals"]
              for terms in entry["patterns"].values() for p in terms]
_REFERRAL_AFTER = re.compile(
    r"^[^.;:]{0,40}?(?:" + "|".join(f"(?:{p})" for p in _REFERRALS or [r"(?!)"]) + ")", re.IGNORECASE)
if _REFERRALS:
    POST_NEGATION = re.compile(POST_NEGATION.pattern + "|" + _REFERRAL_AFTER.pattern,
                               POST_NEGATION.flags)


def _with_post_negation(language: str) -> re.Pattern:
    words = word_alternation(_data_terms("post_negation", language=language))
    if not words:
        return POST_NEGATION.base
    return re.compile(rf"{POST_NEGATION.base.pattern}|^[^.;:]{{0,40}}?(?:{words})", POST_NEGATION.base.flags)


POST_NEGATION = _LanguageCue(POST_NEGATION, _with_post_negation)
CLAUSE_BREAK = re.compile(r";|\bbut\b|\bmais\b|\baber\b|\bwhereas\b|\bjedoch\b|\bonly\b|\bnur\b|"
                          r"\buniquement\b|\bhowever\b|\bcependant\b|\bpero\b|\bsin embargo\b|"
                          r"\bsolo\b|\bsólo\b|\bsolamente\b|\btuttavia\b|\bsoltanto\b|\bmaar\b|"
                          r"\bechter\b|\balleen\b|\buitsluitend\b",
                          re.IGNORECASE)

# Statements that the device's safety, performance or use in a group is unknown: "safety in
# pregnancy, breastfeeding and in children has not been established", "no data are available
# in children", "bei Kindern nicht untersucht", "non è stata stabilita nei bambini". They neither
# include the group in the intended population nor exclude it as a contraindication would: the
# groups in their scope are not reported at all. Cheap stems first (`_UNKNOWN_STEMS` on the
# lower-cased sentence), the pattern only where one occurs.
_UNKNOWN_STEMS = ("not", "no ", "non ", "nicht", "kein", "niet", "geen", "aucun", "n'", "n’",
                  "pas de", "nessun", "insufficient", "inadequate", "unknown", "unzureichend",
                  "onvoldoende", "insuffisant", "insuficiente", "nicht bekannt", "sconosciut",
                  "desconoc", "inconnu", "onbekend", "unbekannt", "não", "nu ", "δεν", "nem ", "nincs")
UNKNOWN_STATEMENT = re.compile(
    # English: "has not been established", "have not been studied", "not (yet) investigated",
    # "no (clinical) data are available", "insufficient data", "is unknown"
    r"\b(?:(?:has|have|had|was|were|is|are)\s+)?not\s+(?:yet\s+|been\s+|yet\s+been\s+|been\s+yet\s+)?"
    r"(?:(?:fully|sufficiently|adequately|clinically|systematically)\s+)?"
    r"(?:established|studied|investigated|evaluated|assessed|demonstrated|determined|proven|"
    r"tested|documented|confirmed|validated|known|examined|explored)\b|"
    r"\bno\s+(?:(?:clinical|safety|efficacy|performance|sufficient|adequate|published)\s+)*"
    r"(?:data|experience|evidence|studies|information)\b|"
    r"\b(?:insufficient|inadequate)\s+(?:clinical\s+)?(?:data|experience|evidence)\b|"
    r"\b(?:is|are|remains?)\s+(?:still\s+)?unknown\b|"
    # French: "n'a pas été établie", "n'ont pas été étudiées", "aucune donnée", "pas de données"
    r"\bn['’](?:a|ont|est|sont)\s+pas\s+(?:encore\s+)?(?:été\s+)?(?:\w+\s+)?"
    r"(?:établi|étudi|évalu|démontr|investigu|examin|document|prouv|confirm|connu)\w*|"
    r"\b(?:aucune?\s+donnée|pas\s+de\s+données|données\s+(?:sont\s+)?insuffisantes|"
    r"n['’]est\s+pas\s+connu)\w*|"
    # German: "nicht untersucht", "nicht erwiesen", "keine (klinischen) Daten", "nicht bekannt"
    r"\b(?:nicht|unzureichend|nicht\s+ausreichend)\s+(?:\w+\s+)?(?:untersucht|erwiesen|belegt|"
    r"nachgewiesen|geprüft|etabliert|bekannt|erforscht|evaluiert|dokumentiert|bestätigt|"
    r"validiert)\b|\bunbekannt\b|"
    r"\bkeine\s+(?:\w+\s+)?(?:daten|erfahrungen?|studien|untersuchungen|erkenntnisse|"
    r"informationen)\b|"
    # Italian: "non è stata stabilita", "non sono state studiate", "nessun dato", "non sono
    # disponibili dati"
    r"\bnon\s+(?:è|sono)\s+(?:ancora\s+)?(?:stat[aoie]\s+)?(?:\w+\s+)?(?:stabilit|studiat|valutat|"
    r"dimostrat|indagat|accertat|investigat|documentat|confermat|conosciut|not)[aoie]\b|"
    r"\b(?:nessun\s+dato|non\s+(?:sono\s+)?disponibili\s+dati|non\s+(?:ci\s+sono|esistono)\s+dati|"
    r"dati\s+insufficienti)|"
    # Spanish: "no se ha establecido", "no han sido estudiadas", "no hay datos", "no se dispone de
    # datos"
    r"\bno\s+se\s+(?:ha|han)\s+(?:\w+\s+)?(?:establecid|estudiad|evaluad|demostrad|investigad|"
    r"documentad|confirmad|comprobad)[oa]s?\b|"
    r"\bno\s+(?:ha|han)\s+sido\s+(?:\w+\s+)?(?:establecid|estudiad|evaluad|demostrad|investigad|"
    r"documentad|confirmad|comprobad)[oa]s?\b|"
    r"\bno\s+(?:hay|existen|se\s+dispone\s+de|se\s+disponen\s+de)\s+datos\b|\bdatos\s+insuficientes\b|"
    r"\b(?:es|son)\s+desconocid[oa]s?\b|"
    # Dutch: "niet onderzocht", "niet vastgesteld", "geen (klinische) gegevens"
    r"\b(?:niet|onvoldoende)\s+(?:\w+\s+)?(?:onderzocht|vastgesteld|aangetoond|bestudeerd|"
    r"geëvalueerd|bekend|bewezen|gedocumenteerd|bevestigd)\b|"
    r"\bgeen\s+(?:\w+\s+)?(?:gegevens|data|ervaring|studies|onderzoek)\b|\bonbekend\b|"
    # Portuguese: "a segurança não foi estabelecida", "não foram estudados", "não há dados"
    r"\bnão\s+(?:foi|foram|está|estão)\s+(?:ainda\s+)?(?:\w+\s+)?(?:estabelecid|estudad|avaliad|"
    r"demonstrad|investigad|documentad|confirmad|comprovad)[oa]s?\b|\bnão\s+(?:há|existem)\s+dados\b|"
    # Romanian: "siguranța nu a fost stabilită", "nu au fost studiate", "nu există date"
    r"\bnu\s+(?:a|au)\s+fost\s+(?:încă\s+)?(?:\w+\s+)?(?:stabilit|studiat|evaluat|demonstrat|investigat|"
    r"documentat|confirmat)\w*|\bnu\s+există\s+date\b|"
    # Greek: "δεν έχει τεκμηριωθεί", "δεν έχει μελετηθεί", "δεν υπάρχουν (επαρκή) δεδομένα"
    r"δεν\s+(?:έχει|έχουν)\s+(?:\w+\s+)?(?:τεκμηριωθεί|μελετηθεί|αξιολογηθεί|αποδειχθεί|διερευνηθεί|"
    r"τεκμηριωθ\w*)|δεν\s+υπάρχουν\s+(?:\w+\s+)?δεδομένα|"
    # Hungarian: "biztonságossága nem igazolt", "nem vizsgálták", "nincsenek adatok"
    r"\bnem\s+(?:igazolt|igazolták|vizsgálták|bizonyított|ismert)\b|\bnincs(?:enek)?\s+(?:\w+\s+)?adat\w*",
    re.IGNORECASE)
# Where a statement's scope ends before it: a relative word or conjunction ("…children, whose
# safety in neonates has not been established") or, after an intent cue, a new subject ("intended
# for adults, safety in neonates …").
_SCOPE_RELATIVE = re.compile(
    r"\b(?:whose|which|although|while|whilst|dont|bien que|alors que|deren|dessen|wobei|obwohl|"
    r"während|cuy[oa]s?|aunque|mientras|la cui|il cui|le cui|i cui|sebbene|benché|mentre|"
    r"waarvan|hoewel|terwijl)\b", re.IGNORECASE)
_SCOPE_SUBJECT = re.compile(
    r",\s*(?:(?:the|its|their|la|le|les|sa|son|leur|die|der|das|deren|ihre|la|il|l['’]|el|su|de|"
    r"het)\s+)?(?:safety|efficacy|effectiveness|performance|use|usage|data|experience|"
    r"sécurité|efficacité|performances?|utilisation|sicherheit|wirksamkeit|leistung|anwendung|"
    r"sicurezza|efficacia|prestazion\w*|uso|seguridad|eficacia|rendimiento|veiligheid|"
    r"werkzaamheid|prestaties|gebruik)\b", re.IGNORECASE)
_INTENT_CUE = re.compile(
    r"intended|indicated|indication|for use (?:in|on|with)|suitable for|designed for|"
    r"zweckbestimmung|bestimmt|indiziert|destiné|indiqué|prévu|destinad|indicad|destinat|"
    r"indicat|bestemd|geïndiceerd|beoogd", re.IGNORECASE)


def unknown_scopes(sentence: str) -> list[tuple[int, int]]:
    """Spans of a sentence that a statement of unknown safety or performance covers: from the
    start of its clause (or its subject, after an intent cue or a relative word) through the
    statement to the end of its clause. A group listed with others ("in pregnancy,
    breastfeeding and in children has not been established") is in the span."""
    lower = sentence.lower()
    if not any(stem in lower for stem in _UNKNOWN_STEMS):
        return []
    spans = []
    for m in UNKNOWN_STATEMENT.finditer(sentence):
        start = _clause_start(sentence, m.start())
        intents = [c.end() for c in _INTENT_CUE.finditer(sentence, start, m.start())]
        if intents:
            start = intents[-1]
            subjects = [c.start() for c in _SCOPE_SUBJECT.finditer(sentence, start, m.start())]
            if subjects:
                start = subjects[-1]
        relatives = [c.start() for c in _SCOPE_RELATIVE.finditer(sentence, start, m.start())]
        if relatives:
            start = relatives[-1]
        end = len(sentence)
        stops = [c.start() for c in CLAUSE_BREAK.finditer(sentence, m.end())]
        stops += [c.start() for c in _INTENT_CUE.finditer(sentence, m.end())]
        stops += [c.start() for c in _SCOPE_RELATIVE.finditer(sentence, m.end())]
        if stops:
            end = min(stops)
        spans.append((start, end))
    return spans


def _in_scopes(scopes: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in scopes)


# --- numbers and units -----------------------------------------------------------------------

# "2 500 g" (a space grouping thousands, as fr/de and ESL authors write masses): only before a
# mass unit, so "aged 2 100 patients" never reads as one number.
NUM = (r"(?:\d{1,3}(?: \d{3})+(?=\s*(?:g|gramm?e?s?|kg|kilogramm?e?s?)\b)"
       r"|\d+(?:[.,]\d+)?)")
AGE_UNITS: dict[str, float] = {}
for _names, _factor in (
        (("years", "year", "yrs", "yr", "y/o", "y.o", "ans", "an", "années", "année", "jahre", "jahren",
          "jahr", "lebensjahr", "lebensjahren", "lebensjahres", "años", "año", "anni", "anno", "jaar", "jaren"), 1.0),
        (("months", "month", "mo", "mois", "monate", "monaten", "monat", "meses", "mes", "mesi",
          "mese", "maanden", "maand"), 1 / 12),
        (("weeks", "week", "wks", "wk", "semaines", "semaine", "wochen", "woche", "semanas",
          "semana", "settimane", "settimana", "weken"), 7 / 365.25),
        (("days", "day", "jours", "jour", "tage", "tagen", "tag", "días", "día", "giorni",
          "giorno", "dagen", "dag"), 1 / 365.25)):
    for _name in _names:
        AGE_UNITS[_name] = _factor
WEIGHT_UNITS: dict[str, float] = {}
for _names, _factor in (
        (("kg", "kgs", "kilograms", "kilogram", "kilogrammes", "kilogramme", "kilogramm", "kilogramos",
          "kilogramo", "chilogrammi", "chilogrammo"), 1.0),
        (("g", "gm", "gms", "grams", "gram", "grammes", "gramme", "gramm"), 0.001),
        (("lb", "lbs", "pounds", "pound"), 0.45359237),
        (("oz", "ounces", "ounce"), 0.028349523125)):
    for _name in _names:
        WEIGHT_UNITS[_name] = _factor

# Body surface area, the size criterion of devices sized to the patient (ventricular assist
# devices, paediatric cannulae): "a BSA of at least 1.2 m²", "KOF ≥ 1,5 m2".
BSA_UNITS = {"m²": 1.0, "m2": 1.0, "m^2": 1.0}

# Grams only in lower case: "18 G to 21 G" is a needle's gauge, not a weight.
_UNIT_ALTS = "|".join(sorted(("(?-i:g)" if u == "g" else re.escape(u)
                              for u in {**AGE_UNITS, **WEIGHT_UNITS, **BSA_UNITS}),
                             key=lambda t: (-len(t), t)))
UNIT = rf"(?:{_UNIT_ALTS})(?![\w/])"
# An abbreviated unit may carry its full stop: "from 21 yrs. to 70 yrs. of age", "2 Kg. or more".
_UNIT_STOP = r"(?:(?<=[a-z])\.(?=\s))?"
# Words that may follow the quantity: "18 years of age", "3 kg body weight", "3 kg Körpergewicht".
AGE_WORDS = (r"(?:[-‐]old\b|\s+(?:of age|old|d'âge|alt|(?:of\s+)?body ?weight|bw|körpergewicht|"
             r"de poids(?: corporel)?|poids corporel|de edad|di età|d'età|de peso(?: corporal)?|"
             r"di peso(?: corporeo)?|peso corporeo|peso corporal|oud|lichaamsgewicht))?")

LOWER_WORDS = {
    # word -> inclusive?
    ">=": True, "≥": True, "at least": True, "minimum": True, "min": True, "from": True,
    "starting at": True, "starting from": True, "au moins": True, "à partir de": True,
    "à partir d'": True, "a partir d'": True,
    "a partir de": True, "dès": True, "ab": True, "mindestens": True, "von mindestens": True,
    "minimal": True, "minimum de": True,
    ">": False, "more than": False, "greater than": False, "heavier than": False,
    "older than": False, "over": False, "above": False, "plus de": False, "supérieur à": False,
    "supérieure à": False, "über": False, "mehr als": False, "älter als": False,
    "schwerer als": False, "greater than or equal to": True, "more than or equal to": True,
    "equal to or greater than": True, "equal to or more than": True, "not less than": True,
    "supérieur ou égal à": True, "supérieure ou égale à": True, "supérieur ou égal à un": True,
    "größer oder gleich": True, "größer gleich": True, "nicht weniger als": True,
    "pas moins de": True,
    # Spanish, Italian ("a partir de" above)
    "desde": True, "desde los": True, "como mínimo": True, "al menos": True, "mínimo de": True,
    "a partir de los": True, "mayores de": False, "mayor de": False, "más de": False,
    "superior a": False, "de más de": False,
    "dai": True, "dagli": True, "da": True, "a partire da": True, "a partire dai": True,
    "a partire dagli": True, "almeno": True, "di almeno": True, "non meno di": True,
    "più di": False, "oltre": False, "superiore a": False, "maggiore di": False,
    "di età superiore a": False, "di età pari o superiore a": True, "pari o superiore a": True,
    "igual o superior a": True, "mayores o iguales a": True, "mayor a": False, "mayores a": False,
    "superiore ai": False, "superiore agli": False, "di età superiore ai": False,
    "di età superiore agli": False, "pari o superiore ai": True, "oltre i": False, "oltre gli": False,
    # Spanish/Italian comparators calqued into English ("mayor que", "maggiore di"): "age major
    # to 75 years", "weight major than 3 kg", "major or equal to 18 years"
    "major to": False, "major than": False, "major of": False, "major or equal to": True,
    "major or equal than": True, "equal or major to": True, "mayor que": False,
    "mayores que": False, "minori di": False,
    "maggiori di": False, "maggiore o uguale a": True, 
    # Dutch
    "vanaf": True, "ten minste": True, "minstens": True, "minimaal": True, "ouder dan": False,
    "zwaarder dan": False, "meer dan": False, "boven": False,
}
UPPER_WORDS = {
    "<=": True, "≤": True, "up to": True, "upto": True, "till": True, "maximum": True, "max": True,
    "not exceeding": True,
    "must not exceed": True, "should not exceed": True, "shall not exceed": True,
    "not to exceed": True, "does not exceed": True, "ne doit pas dépasser": True,
    "ne dépassant pas": True, "ne dépasse pas": True, "n'excédant pas": True,
    "n’excédant pas": True, "non deve superare": True, "non eccedente": True,
    "no debe superar": True, "que no supere": True, "que no exceda": True,
    "jusqu'à": True, "bis": True, "bis zu": True, "höchstens": True, "maximal": True,
    "<": False, "less than": False, "lighter than": False, "younger than": False, "under": False,
    "below": False, "moins de": False, "inférieur à": False, "inférieure à": False,
    "unter": False, "unterhalb von": False, "weniger als": False, "jünger als": False,
    "less than or equal to": True, "equal to or less than": True, "not more than": True,
    "inférieur ou égal à": True, "inférieure ou égale à": True, "kleiner oder gleich": True,
    "kleiner gleich": True, "nicht mehr als": True, "pas plus de": True,
    "hasta": True, "hasta los": True, "menos de": False, "menores de": False, "menor de": False,
    "inferior a": False, "fino a": True, "fino ai": True, "meno di": False, "inferiore a": False,
    "al di sotto di": False, "di età inferiore a": False, "non più di": True, "menor a": False,
    "menores a": False, "inferiore ai": False, "inferiore agli": False, "di età inferiore ai": False,
    # calqued Spanish/Italian ("menor que", "minore di"): "weight minor to 40 kg"
    "minor to": False, "minor than": False, "minor of": False, "minor or equal to": True,
    "minor or equal than": True, "equal or minor to": True, "menor que": False,
    "menores que": False, "minore di": False, "minori di": False, "minore o uguale a": True,
    # Dutch
    "tot": True, "tot en met": True, "maximaal": True, "hoogstens": True, "jonger dan": False,
    "lichter dan": False, "minder dan": False, "onder": False,
}
# "10 kg and up", but not "10 kg and up to 12 months": that "up to" starts another bound
POST_LOWER = (r"or (?:more|older|over|above|greater|heavier)|and (?:older|over|above|up(?!\s+to\b)|more|heavier)|"
              r"o más|o mayores|y más|en adelante|o più|e oltre|in su|e più|"
              r"en ouder|of ouder|en meer|of meer|en zwaarder|of zwaarder|"
              r"\+|minimum|et plus|ou plus|et au-delà|et au-dessus|und (?:mehr|älter|darüber)|"
              r"oder (?:mehr|älter|darüber)|or upwards|and upwards")
POST_UPPER = (r"or (?:less|younger|under|below|lighter)|and (?:under|below|younger|less)|"
              r"nicht (?:überschreiten|überschreitet|übersteigen|übersteigt)|"
              r"ou moins|et moins|und (?:weniger|jünger|darunter)|oder (?:weniger|jünger|darunter)|"
              r"of jonger|en jonger|of minder|en minder|o menos|o meno|"
              r"maximum")


def _words(table: dict[str, bool]) -> str:
    return "|".join(re.escape(w) for w in sorted(table, key=lambda t: (-len(t), t)))


# "at least a body weight of", "ab einem Körpergewicht von", "à partir d'un poids de", "dès l'âge de"
_QUALIFIER = (r"(?:\s*(?:(?<=[\s'])(?:a|an|the|einem|einer|eines|ein|dem|der|un|une|le|la|los|il|i|gli|een|het)\s+|l'|(?<=\s)d'(?:un|une)\s+)?"
              r"(?<![\w])(?:patient\s+|patient's\s+)?(?:body ?weight|weight|age|poids(?: corporel)?|âge|"
              r"körpergewicht|gewicht|lebensalter|alter|peso(?: corporal| corporeo)?|edad|età|"
              r"lichaamsgewicht|leeftijd)"
              r"(?:\s+of|\s+de|\s+d'|\s+von|\s+di|\s+van|\s*:)?)?")
_RANGE_PRE = (r"\bbetween|\bfrom|\baged|\bages|\bage|\bde|\bd'|\bentre|\bzwischen|\bvon|"
              r"\bim alter von|\bentre los|\btra|\bfra|\bdai|\bdagli|\bdesde|\bdai|\bda|\btussen|\bvan")
_RANGE_SEP = (r"-|–|\bup ?to\b|\bjusqu['’]à|\bbis zu\b|\bfino a\b|\bto\b|\band\b|\bà\b|\bet\b|\bbis\b|\bund\b|\buntil\b|\btill\b|\bthrough\b|\by\b|"
              r"\ba\b|\bai\b|\bagli\b|\bhasta\b|\be\b|\btot\b|\ben\b")
# Conjunctions that join a range only after a "between" word ("between 40 and 180 kg").
_AND_SEPARATORS = {"and", "et", "und", "en"}
_BETWEEN_WORDS = {"between", "entre", "zwischen", "tussen"}


def _range_pattern(unit: str, age_words: str, pre: str, sep: str) -> re.Pattern:
    return re.compile(
        rf"(?P<pre>{pre})?\s*(?P<a>{NUM})\s*(?:(?P<ua>{unit}){_UNIT_STOP})?{age_words}\s*"
        rf"(?P<sep>{sep})\s*"
        rf"(?P<b>{NUM})\s*(?:(?P<ub>{unit}){_UNIT_STOP})?{age_words}",
        re.IGNORECASE)


RANGE = _range_pattern(UNIT, AGE_WORDS, _RANGE_PRE, _RANGE_SEP)
BIRTH = re.compile(
    rf"(?:\bfrom birth|\bdès la naissance|\bde la naissance|\bab (?:der )?geburt|\bvon geburt an|"
    rf"\bvon der geburt|\bvanaf (?:de )?geboorte|\bdalla nascita|\bdesde el nacimiento)"
    rf"(?:\s*(?:to|until|till|up to|upto|à|jusqu'à|bis(?: zu| zum)?|zum|tot|fino a|hasta)\s*"
    # "until 14 days", "till day 14 of life"
    rf"(?:(?P<b>{NUM})\s*(?P<ub>{UNIT})|(?P<ub2>days?|weeks?|months?)\s+(?P<b2>{NUM})(?!\s*{UNIT})))?",
    re.IGNORECASE)
def _comparator_pattern(words: str, unit: str, age_words: str) -> re.Pattern:
    return re.compile(
        rf"(?P<cmp>(?<![\w])(?:{words})\.?){_QUALIFIER}\s*(?P<a>{NUM})\s*(?:(?P<ua>{unit}){_UNIT_STOP})?"
        rf"{age_words}",
        re.IGNORECASE)


def _post_pattern(unit: str, age_words: str, post_lower: str, post_upper: str) -> re.Pattern:
    return re.compile(
        rf"(?P<a>{NUM})\s*(?:(?P<ua>{unit}){_UNIT_STOP})?{age_words}\s*(?:(?P<lo>{post_lower})|(?P<hi>{post_upper}))"
        # "below 0.4 kg or above 10 kg": a comparator followed by a number starts another bound,
        # and so does "8 jaar of meer dan 25 kg", "8 Jahre oder mehr als 25 kg", "8 ans ou plus de 25 kg"
        rf"(?!\s*{NUM})(?!\s*(?:than|dan|als|que|de|di|d['’])\s*{NUM})"
        rf"(?![\w])"
        # the unit after the comparator: "od 18 i više godina", "на 18 и повече години" (QRD
        # Croatian and Bulgarian for "18 years and older")
        rf"(?:(?<=[^\W\d_])\s+(?P<ut>{unit}){_UNIT_STOP})?",
        re.IGNORECASE)


LOWER = _comparator_pattern(_words(LOWER_WORDS), UNIT, AGE_WORDS)
UPPER = _comparator_pattern(_words(UPPER_WORDS), UNIT, AGE_WORDS)
POST = _post_pattern(UNIT, AGE_WORDS, POST_LOWER, POST_UPPER)
# "from preterm neonates of 1 kg", "ab Frühgeborenen mit 1 kg", "dès les nouveau-nés de 2 kg":
# the group between the comparator and the quantity is checked in code (a population noun).
FROM_GROUP = re.compile(
    rf"(?P<cmp>(?<![\w])(?:from|starting (?:with|from)|ab|dès|à partir d(?:es|e|u|')))\s*"
    rf"(?P<who>(?:[^\W\d_][\w'-]*\s+){{1,3}}?)(?:of|with|weighing|de|d'|von|mit|pesant)\s+"
    rf"(?:(?:a|an|einem|un|une)\s+)?(?:(?:body ?weight|weight|poids(?: corporel)?|gewicht|"
    rf"körpergewicht)\s+(?:of\s+|de\s+|von\s+)?)?(?P<a>{NUM})\s*(?P<ua>{UNIT}){AGE_WORDS}",
    re.IGNORECASE)
# A second quantity coordinated with a comparator's, in another dimension, shares the
# comparator: "from 1 year of age and 10 kg of body weight", "ab 6 Monaten und 7 kg",
# "à partir de 2 ans et 12 kg", "a partir de 3 años y 15 kg". Only with a unit, and not when it
# starts a range or a bound of its own ("from 1 year and 10 kg to 20 kg", "... and 10 kg or less").
COORDINATED = re.compile(
    rf"\s*(?:,\s*)?(?:and|as well as|with|und|sowie|mit|et|avec|e|con|y|en|met)\s+"
    rf"(?:(?:a|an|un|une|einem|een)\s+)?(?:(?:minimum\s+)?(?:body ?weight|weight|poids|gewicht|"
    rf"körpergewicht|peso|lichaamsgewicht)\s+(?:of\s+|de\s+|von\s+|di\s+|van\s+)?)?"
    rf"(?P<a>{NUM})\s*(?P<ua>{UNIT}){_UNIT_STOP}{AGE_WORDS}"
    rf"(?!\s*(?:-|–|to|bis|à|a|al|tot|until|or|oder|ou|o|of)\b)(?!\s*(?:-|–))",
    re.IGNORECASE)
_PERSON_NOUN = re.compile(r"\b(?:patients?|patienten|patientinnen|personnes?|persons?|people|"
                          r"subjects?|babies|bébés|patiënten|pacientes|pazienti|recipients?|"
                          r"participants?|wearers?|implantees?|probanden|teilnehmer\w*|"
                          r"destinataires|receveurs|porteurs|partecipanti|participantes)\b", re.IGNORECASE)
# Before a unit-less number, words that make it an age ("patients under 65", "aged 18 to 75").
AGE_CONTEXT_BEFORE = re.compile(
    # an explicit age word, up to two words before the number ("aged ≥ 18", "age of at least 18")
    r"(?:(?:\baged?|\bages|âgée?s?(?: de)?|\balter(?: von)?|\bim alter|\bedad|\bet[àa]|\bleeftijd)"
    r"\s*(?:\w+\s+){0,2}"
    # or the people, then only comparator words ("patients ≥ 18", "adults from 18 to 75"):
    # "patients improving by ≥ 1 NYHA class", "patients with ≥ 2 seizures" count no age
    r"|(?:\bpatients?|\badults?|\bchildren|\bpersons?|\bpeople|\bindividuals|\benfants|\badultes|"
    r"\brecipients|\bparticipants|\bsubjects|"
    r"\bpatienten|\berwachsene|\bkinder|\bpacientes|\bpazienti|\badultos|\badulti|\bniños|\bbambini|"
    r"\bpatiënten|\bvolwassenen|\bkinderen)"
    r"\s*(?:(?:of|from|between|under|over|above|below|older|younger|than|at|least|most|up|to|"
    r"de|entre|moins|plus|von|zwischen|unter|über|ab|bis|tra|fra|sotto|sopra|di|da|oltre|menos|más|"
    r"mayores|menores|minori|tussen|onder|boven|van|vanaf|jonger|ouder|dan)\s+){0,2})$", re.IGNORECASE)
# A unit-less number followed by a word that names what is counted ("≥ 1 NYHA class",
# "≥ 2 seizures", "≥ 1 prior hospitalisation") is that count, not an age.
_COUNTED_AFTER = re.compile(
    r"\s*(?!(?:or|and|to|with|who|which|that|in|at|from|of|and|plus|more|older|younger|inclusive|"
    r"et|ou|à|qui|avec|und|oder|bis|mit|die|der|e|o|y|a|che|con|que|en|of|tot|met|die|"
    r"years?|yrs?|y|months?|ans|jahre\w*|años|anni|jaar|mois|monate\w*|meses|mesi|maanden|"
    r"kg|g|cm|m|old|only|not|are|is|were|was|be|must|should|shall|may|can|cannot|will|"
    r"sont|est|doivent|peuvent|ne|sind|ist|werden|dürfen|müssen|nicht|sono|è|devono|non|son|es|están|"
    r"deben|no|zijn|is|worden|mogen|moeten|niet|"
    r"excluded|included|eligible|contraindicated|exclus|exclues|inclus|ausgeschlossen|eingeschlossen|"
    r"esclusi|inclusi|excluidos|incluidos|uitgesloten|ingesloten)\b)[^\W\d_]{2,}", re.IGNORECASE)
# Words that extend a quote leftwards to name who the bound is about.
SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:patients?|adults?|children|infants|neonates|newborns|adolescents|persons|people|"
    r"individuals|users|recipients|participants|subjects|weighing|aged|body ?weight|patienten|erwachsene|kinder|säuglinge|"
    r"körpergewicht|personen|enfants|adultes|nourrissons|poids|âgés?|pacientes|pazienti|adultos|"
    r"adulti|niños|bambini|peso|edad|età|patiënten|volwassenen|kinderen|zuigelingen|"
    r"lichaamsgewicht|leeftijd)\b)"
    r"[^,;.]{0,30}$", re.IGNORECASE)
# The abbreviations of gestational age ("GA", French "SA", German "SSW") only in capitals: "sa"
# and "ga" are words of other languages (Croatian/Slovenian "sa suhom perforacijom", "with").
NOT_AFTER = re.compile(r"^\s*(?:of gestation|gestation|(?-i:GA|SA)\b|(?-i:SSW)|de gestation|d'aménorrhée|"
                       r"follow|of follow|post|after|later|ago|apart|shelf|storage|of use|"
                       r"of therapy|of treatment|%|x\b)", re.IGNORECASE)


# "min. 10 yrs clinical experience", "15 ans d'expérience": a person's experience, not an age
_EXPERIENCE_AFTER = re.compile(
    rf"\s*(?:[^\W\d_][\w'’-]*\s+){{0,2}}?(?:{word_alternation(_data_terms('experience')) or '(?!)'})",
    re.IGNORECASE)


# A negation right before a strict comparator turns it around: "no more than 120 kg", "not
# over 75 years", "nicht mehr als", "pas plus de", "ne pesant pas plus de", "non più di",
# "no más de", "non superiore a" are upper bounds (≤); "no less than", "not under", "non
# inferiore a" lower bounds (≥). The negation belongs to the comparator, not to the population.
_NEGATED_COMPARATOR = re.compile(
    r"(?:(?<![\w'’])(?:no|not|nicht|non|niet)|(?:(?<![\w'’])(?:ne|n['’])\s*[^\W\d_]+\s+)?"
    r"(?<![\w'’])pas)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    bound: PopulationBound


_SPAN_YEARS = {"years": 1.0, "months": 1 / 12, "weeks": 7 / 365.25, "days": 1 / 365.25}


@dataclass(frozen=True)
class _Readers:
    """The bound patterns of one language: the built-in ones, extended by its data."""

    range: re.Pattern
    lower: re.Pattern
    upper: re.Pattern
    post: re.Pattern
    lower_words: dict[str, bool]
    upper_words: dict[str, bool]
    units: dict[str, tuple[str, float]]
    between: frozenset[str]
    conjunctions: frozenset[str]
    life: tuple[re.Pattern, ...]
    life_units: dict[str, float]


def _escaped(terms: Iterable[str]) -> str:
    return "|".join(re.escape(t) for t in sorted(set(terms), key=lambda t: (-len(t), t)) if t)


def _life_patterns(entry: dict, number_first: bool) -> list[str]:
    """ "from the 3rd month of life", "από τον 3ο μήνα ζωής", "din luna a 3-a de viață", "a 3.
    élethónaptól": a lower bound at the ordinal's value; after an `upper_lead` ("do 12. miesiąca
    życia") an upper bound."""
    life = entry.get("life_ordinal") or {}
    units = [w for words in (life.get("units") or {}).values() for w in words]
    if not units:
        return []
    lead, article = _escaped(life.get("lead") or ()), _escaped(life.get("article") or ())
    upper_lead = _escaped(life.get("upper_lead") or ())
    suffix, of_life = _escaped(life.get("suffix") or ()), _escaped(life.get("of_life") or ())
    art = rf"(?:(?:{article})\s+)?" if article else ""
    ordinal = rf"(?P<n>\d{{1,3}})(?:\s*(?:{suffix}))?" if suffix else r"(?P<n>\d{1,3})"
    unit = rf"(?P<u>{_escaped(units)})"
    patterns = []
    if lead and of_life:
        # "do 12. miesiąca życia" (until the 12th month of life): an upper bound
        leads = rf"{lead}|(?P<up>{upper_lead})" if upper_lead else lead
        head = rf"(?<![\w])(?:{leads})\s+{art}"
        patterns.append(rf"{head}{ordinal}\s*{unit}\s+(?:{of_life})(?![\w])")
        patterns.append(rf"{head}{unit}\s+{art}{ordinal}\s+(?:{of_life})(?![\w])")
    elif not lead:
        # the unit word says "of life" itself (Hungarian "élethónaptól")
        patterns.append(rf"(?<![\w]){art}{ordinal}\s*{unit}(?![\w])")
    return patterns


@lru_cache(maxsize=None)
def _readers(language: str | None) -> _Readers:
    entries = [entry for code, entry in _QUANTITY_LANGUAGES.items() if code in ("en", language)]
    units = {**{u: ("age", f) for u, f in AGE_UNITS.items()},
             **{u: ("weight", f) for u, f in WEIGHT_UNITS.items()},
             **{u: ("bsa", f) for u, f in BSA_UNITS.items()}}
    lower, upper = dict(LOWER_WORDS), dict(UPPER_WORDS)
    post_lower, post_upper, words, lead, separators = [], [], [], [], []
    between, conjunctions = set(_BETWEEN_WORDS), set(_AND_SEPARATORS)
    life, life_units = [], {}
    for entry in entries:
        for span, names in (entry.get("age_units") or {}).items():
            units.update({n.lower(): ("age", _SPAN_YEARS[span]) for n in names})
        units.update({n.lower(): ("weight", 1.0) for n in entry.get("weight_units") or ()})
        for key, table in (("lower", lower), ("upper", upper)):
            for kind, names in (entry.get(key) or {}).items():
                table.update({n.lower(): kind == "inclusive" for n in names})
        post_lower += entry.get("post_lower") or []
        post_upper += entry.get("post_upper") or []
        words += entry.get("quantity_words") or []
        lead += (entry.get("range_lead") or []) + (entry.get("range_between") or [])
        separators += (entry.get("range_separator") or []) + (entry.get("range_and") or [])
        between.update(w.lower() for w in entry.get("range_between") or ())
        conjunctions.update(w.lower() for w in entry.get("range_and") or ())
        life += _life_patterns(entry, True)
        for span, names in ((entry.get("life_ordinal") or {}).get("units") or {}).items():
            life_units.update({n.lower(): _SPAN_YEARS[span] for n in names})
    alternatives = "|".join(sorted(("(?-i:g)" if u == "g" else re.escape(u) for u in units),
                                   key=lambda t: (-len(t), t)))
    unit = rf"(?:{alternatives})(?![\w/])"
    age_words = (rf"(?:{AGE_WORDS[:-1]}|\s+(?:{_escaped(words)})(?![\w]))?" if words else AGE_WORDS)
    pre = _RANGE_PRE + (rf"|(?<![\w])(?:{_escaped(lead)})" if lead else "")
    # a separator that starts with a letter starts a word ("și"); "-tól" follows its unit ("kg-tól")
    word_start = r"(?<![\w])"
    sep = _RANGE_SEP + "".join(
        rf"|{word_start if t[:1].isalnum() else ''}{re.escape(t)}(?![\w])"
        for t in sorted(set(separators), key=lambda t: (-len(t), t)))
    lo = POST_LOWER + (f"|{_escaped(post_lower)}" if post_lower else "")
    hi = POST_UPPER + (f"|{_escaped(post_upper)}" if post_upper else "")
    return _Readers(
        range=_range_pattern(unit, age_words, pre, sep),
        lower=_comparator_pattern(_words(lower), unit, age_words),
        upper=_comparator_pattern(_words(upper), unit, age_words),
        post=_post_pattern(unit, age_words, lo, hi),
        lower_words=lower, upper_words=upper, units=units,
        between=frozenset(between), conjunctions=frozenset(conjunctions),
        life=tuple(re.compile(p, re.IGNORECASE) for p in life), life_units=life_units)


def _number(text: str) -> float:
    return float(text.replace(" ", "").replace(",", "."))


# Units whose values are conversions of a metric bound ("from 88 lb" is the 40 kg of another
# language version, 88 lb = 39.92 kg): their value is rounded to the metric figure it most
# likely converts, within the precision of the figures written.
_IMPERIAL = frozenset({"lb", "lbs", "pounds", "pound", "oz", "ounces", "ounce"})
_ROUND_STEPS = (100.0, 50.0, 10.0, 5.0, 1.0, 0.5, 0.1, 0.05, 0.01, 0.005, 0.001)


# A patient's weight in grams is never written with three decimals: "5,000 g" and "1.500 g" group
# thousands (English and German style).
_GRAMS = frozenset({"g", "gm", "gms", "grams", "gram", "grammes", "gramme", "gramm"})
_GROUPED_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")


def _metric_value(number: str, unit: str | None, factor: float) -> float:
    """The value of `number` `unit` in canonical units; an imperial value snaps to the roundest
    metric figure (to 1 % at the finest) within half a unit of its last written digit ("88 lb"
    -> 40 kg, "4.4 lb" -> 2 kg, "397 lb" -> 180 kg), so that a bound converted by rounding
    compares equal."""
    if unit and unit.lower() in _GRAMS and _GROUPED_THOUSANDS.fullmatch(number):
        number = re.sub(r"[.,]", "", number)  # "5,000 g", "1.500 g": grams, not 5 or 1.5 g
    value = _number(number) * factor
    if not unit or unit.lower() not in _IMPERIAL or not value:
        return value
    digits = number.replace(" ", "").replace(",", ".")
    decimals = len(digits.split(".", 1)[1]) if "." in digits else 0
    precision = 0.5 * 10 ** -decimals * factor
    for step in _ROUND_STEPS:
        if step < value / 100:
            break  # finer than a metric author rounds: 250 lb stays 113.4 kg
        snapped = round(value / step) * step
        if snapped and abs(snapped - value) <= precision:
            return round(snapped, 6)
    return value


def _unit_factor(unit: str | None, readers: _Readers | None = None) -> tuple[str | None, float]:
    if not unit:
        return None, 1.0
    key = unit.lower()
    if key in AGE_UNITS:
        return "age", AGE_UNITS[key]
    if key in WEIGHT_UNITS:
        return "weight", WEIGHT_UNITS[key]
    if key in BSA_UNITS:
        return "bsa", BSA_UNITS[key]
    if readers is not None and key in readers.units:
        return readers.units[key]
    return None, 1.0


def _dimension(text: str, start: int, unit: str | None, other_unit: str | None = None,
               end: int | None = None, readers: _Readers | None = None) -> tuple[str | None, float]:
    """Dimension and factor of a number; a unit-less number is an age only after age words, and
    not when a counted noun follows it ("patients with ≥ 2 seizures")."""
    dim, factor = _unit_factor(unit or other_unit, readers)
    if dim:
        return dim, factor
    if end is not None and _COUNTED_AFTER.match(text, end):
        return None, 1.0
    if AGE_CONTEXT_BEFORE.search(text[max(0, start - 40):start]):
        return "age", 1.0
    return None, 1.0


def _plausible(dim: str, *values: float | None) -> bool:
    limit = {"age": 130, "bsa": 4}.get(dim, 400)
    return all(v is None or 0 <= v <= limit for v in values)


def find_bounds(text: str, language: str | None = None) -> list[_Match]:
    """Every age or weight bound in `text` (a sentence of normalised text), left to right.

    Numbers written in words ("eighteen years and older", "ab achtzehn Jahren") and a quantity
    with its conversion ("2 kg (4.4 lb) or more") read like figures (`extract.numerals`); the
    spans are those of `text`."""
    view = numeral_view(text, language)
    readers = _readers(language)
    if not view.changed:
        return _find_bounds(text, readers)
    return [_Match(*view.span(m.start, m.end), m.bound) for m in _find_bounds(view.text, readers)]


def _find_bounds(text: str, readers: _Readers | None = None) -> list[_Match]:
    readers = readers or _readers(None)
    found: list[_Match] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return all(e <= ts or s >= te for ts, te in taken)

    def add(s: int, e: int, bound: PopulationBound | None) -> None:
        if (bound and free(s, e) and not NOT_AFTER.match(text[e:e + 20])
                and not _EXPERIENCE_AFTER.match(text, e)):
            found.append(_Match(s, e, bound))
            taken.append((s, e))

    for m in readers.life:
        for match in m.finditer(text):
            factor = readers.life_units.get(match.group("u").lower())
            if factor is None:
                continue
            value = _number(match.group("n")) * factor
            upper = "up" in m.groupindex and match.group("up")
            add(match.start(), match.end(),
                PopulationBound("age", high=value) if upper else PopulationBound("age", low=value))
    for m in readers.range.finditer(text):
        sep, pre = m.group("sep").lower(), (m.group("pre") or "").lower()
        if sep in readers.conjunctions and pre not in readers.between:
            continue
        if sep == "-" and not (m.group("ua") or m.group("ub")):
            # "18-75" without any unit is an age range only after age words.
            if not pre.startswith("age") and not AGE_CONTEXT_BEFORE.search(text[:m.start("a")]):
                continue
        dim_a, fa = _dimension(text, m.start(), m.group("ua"), m.group("ub"), m.end(), readers)
        dim_b, fb = _dimension(text, m.start(), m.group("ub"), m.group("ua"), m.end(), readers)
        if not dim_a or dim_a != dim_b:
            continue
        low = _metric_value(m.group("a"), m.group("ua") or m.group("ub"), fa)
        high = _metric_value(m.group("b"), m.group("ub") or m.group("ua"), fb)
        if low > high or not _plausible(dim_a, low, high):
            continue
        start = m.start("pre") if m.group("pre") else m.start("a")
        add(start, m.end(), PopulationBound(dim_a, low=low, high=high))
    for m in BIRTH.finditer(text):
        until, unit = m.group("b") or m.group("b2"), m.group("ub") or m.group("ub2")
        dim, factor = _unit_factor(unit)
        if until and dim != "age":
            continue
        high = _number(until) * factor if until else None
        add(m.start(), m.end(), PopulationBound("age", low=0.0, high=high))
    for m in readers.post.finditer(text):
        unit = m.group("ua") or m.group("ut")
        dim, factor = _dimension(text, m.start(), unit, end=m.end(), readers=readers)
        if not dim:
            continue
        value = _metric_value(m.group("a"), unit, factor)
        if not _plausible(dim, value):
            continue
        bound = (PopulationBound(dim, low=value) if m.group("lo")
                 else PopulationBound(dim, high=value))
        add(m.start(), m.end(), bound)
    for m in FROM_GROUP.finditer(text):
        who = m.group("who")
        if not (_PERSON_NOUN.search(who) or find_groups(who)):
            continue
        dim, factor = _unit_factor(m.group("ua"))
        if dim and _plausible(dim, value := _metric_value(m.group("a"), m.group("ua"), factor)):
            add(m.start(), m.end(), PopulationBound(dim, low=value))
    comparators = [(m, table, is_lower)
                   for pattern, table, is_lower in ((readers.lower, readers.lower_words, True),
                                                    (readers.upper, readers.upper_words, False))
                   for m in pattern.finditer(text)]
    for m, table, is_lower in comparators:
        dim, factor = _dimension(text, m.start(), m.group("ua"), end=m.end(), readers=readers)
        if not dim:
            continue
        value = _metric_value(m.group("a"), m.group("ua"), factor)
        if not _plausible(dim, value):
            continue
        word = m.group("cmp").lower().rstrip(".")
        inclusive = table.get(word, True)
        start, lower = m.start(), is_lower
        negation = (None if inclusive else
                    _NEGATED_COMPARATOR.search(text, max(0, start - 30), start))
        if negation is None and any(o.start() < m.start() and o.end() >= m.end()
                                    for o, _, other in comparators if other != is_lower):
            continue  # "mlajšim od 2 let" (younger than 2 years) is no "od 2 let" (from 2 years)
        if negation is not None:
            start, lower, inclusive = negation.start(), not is_lower, True
        bound = (PopulationBound(dim, low=value, low_inclusive=inclusive) if lower
                 else PopulationBound(dim, high=value, high_inclusive=inclusive))
        add(start, m.end(), bound)
        other = COORDINATED.match(text, m.end())
        if other is not None:
            dim2, factor2 = _unit_factor(other.group("ua"), readers)
            value2 = _metric_value(other.group("a"), other.group("ua"), factor2)
            if dim2 and dim2 != dim and _plausible(dim2, value2):
                add(other.start("a"), other.end(),
                    PopulationBound(dim2, low=value2, low_inclusive=inclusive) if lower
                    else PopulationBound(dim2, high=value2, high_inclusive=inclusive))
    return sorted(found, key=lambda f: f.start)


# --- population groups -----------------------------------------------------------------------

@dataclass(frozen=True)
class GroupInfo:
    id: str
    label: str
    age: tuple[float | None, float | None]
    weight: tuple[float | None, float | None]
    covers: tuple[str, ...]
    source: str
    broad_age: tuple[float | None, float | None] = (None, None)


@lru_cache(maxsize=1)
def groups() -> dict[str, GroupInfo]:
    """The population groups of the vocabulary, by id."""
    data = knowledge.load("vocabulary/population_groups")["groups"]
    return {gid: GroupInfo(id=gid, label=entry.get("label", gid),
                           age=tuple(entry.get("age_years") or (None, None)),
                           weight=tuple(entry.get("weight_kg") or (None, None)),
                           covers=tuple(entry.get("covers") or ()),
                           source=entry.get("source", ""),
                           broad_age=tuple(entry.get("broad_age_years") or (None, None)))
            for gid, entry in data.items()}


@lru_cache(maxsize=1)
def _group_pattern() -> tuple[re.Pattern, dict[str, str]]:
    data = knowledge.load("vocabulary/population_groups")["groups"]
    term_to_id: dict[str, str] = {}
    # A short capitalised German noun is also a word of other languages in lower case ("Kind"
    # and "this kind of pump"): it matches only capitalised.
    capitalised: set[str] = set()
    for gid, entry in data.items():
        for language, terms in (entry.get("terms") or {}).items():
            for term in terms:
                term_to_id.setdefault(term.lower(), gid)
                if language == "de" and term[:1].isupper() and " " not in term and len(term) <= 5:
                    capitalised.add(term.lower())
    ordered = sorted(term_to_id, key=lambda t: (-len(t), t))
    alternatives = "|".join(
        (rf"(?-i:{re.escape(t[:1].upper())}){re.escape(t[1:])}" if t in capitalised else re.escape(t))
        for t in ordered)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE), term_to_id


# A group word inside a phrase about bearing children names no group of patients: "women of
# child bearing potential" (a PDF may break "child-bearing" into two words), "femmes en âge
# d'avoir des enfants", "Frauen, die Kinder bekommen können", "vrouwen die kinderen willen krijgen".
_BEARING_AFTER = re.compile(
    r"\s*-?\s*(?:bearing|birth)\b|\s+zu\s+(?:bekommen|gebären|kriegen)\b|"
    r"\s+(?:bekommen|gebären|kriegen)\s+(?:können|könnten|möchten|wollen)\b|"
    r"\s+(?:willen\s+|kunnen\s+)?krijgen\s*(?:$|[,.;)]|kunnen\b|willen\b)", re.IGNORECASE)
_BEARING_BEFORE = re.compile(r"\b(?:avoir|concevoir)\s+(?:des|d['’])\s*$", re.IGNORECASE)


# What may stand around a group word that is the whole line: a label ("Bambini", "Jugendliche:")
_LONE_LABEL = re.compile(r"[\s\W\d]*")


def find_groups(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, group id, negated) for each group term in a sentence."""
    pattern, term_to_id = _group_pattern()
    out = []
    referred_to = -1  # end of the other device a group was sent to ("the paediatric model")
    for m in pattern.finditer(text):
        if (_BEARING_AFTER.match(text, m.end())
                or _BEARING_BEFORE.search(text, max(0, m.start() - 16), m.start())
                or m.start() < referred_to):
            continue
        if referral := _REFERRAL_AFTER.match(text[m.end():]):
            # the other device's description runs to the end of the clause
            tail = re.match(r"[^,.;:()]*", text[m.end() + referral.end():])
            referred_to = m.end() + referral.end() + tail.end()
        gid = term_to_id[m.group(0).lower()]
        out.append((m.start(), m.end(), gid, _negated(text, m.start(), m.end())))
    return out


# A group word that qualifies a place names the place, not patients: "Neonatal intensive care
# and intermediate care units", "paediatric wards", "unités de soins intensifs néonatals".
_PLACE_AFTER = re.compile(
    r"\s+(?:(?:intensive|intermediate|critical|special)\s+care|icus?\b|units?\b|wards?\b|"
    r"departments?\b|hospitals?\b|clinics?\b|centres?\b|centers?\b|services?\b|"
    r"intensivstation\w*|station\w*|klinik\w*|abteilung\w*|stationen)", re.IGNORECASE)
_PLACE_BEFORE = re.compile(
    r"\b(?:unités?|services?|soins intensifs|réanimation|reparti|terapia intensiva|unidad(?:es)?|"
    r"cuidados intensivos|UCI)\s+(?:de\s+|di\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE)
# The data languages' place words (every language's: a ward's name is no population in any):
# "oddział intensywnej terapii noworodków" (before the group), "vastasyntyneiden teho-osasto"
# (after it).
_DATA_PLACES_BEFORE = word_alternation(_data_terms("places", "before"))
_DATA_PLACES_AFTER = word_alternation(_data_terms("places", "after"))
if _DATA_PLACES_BEFORE:
    _PLACE_BEFORE = re.compile(rf"{_PLACE_BEFORE.pattern}|{_DATA_PLACES_BEFORE}\s+(?:\w+\s+)?$",
                               re.IGNORECASE)
if _DATA_PLACES_AFTER:
    _PLACE_AFTER = re.compile(rf"{_PLACE_AFTER.pattern}|\s+{_DATA_PLACES_AFTER}", re.IGNORECASE)


# A group word that qualifies a clinician ("paediatric endocrinologist", "neonatal nurses",
# "chirurgien pédiatrique") names a specialty, whoever the patients are.
_CLINICIAN_BEFORE = word_alternation(_data_terms("clinicians", "before"))
_CLINICIAN_AFTER = word_alternation(_data_terms("clinicians", "after"))
_CLINICIAN_SUFFIXES = "|".join(_data_terms("clinicians", "suffixes"))
if _CLINICIAN_SUFFIXES:
    # "paediatric diabetologist", "cardiologue pédiatrique": either side
    _CLINICIAN_AFTER, _CLINICIAN_BEFORE = (
        "|".join(filter(None, (words, rf"(?<![\w])(?:{_CLINICIAN_SUFFIXES})(?![\w])")))
        for words in (_CLINICIAN_AFTER, _CLINICIAN_BEFORE))
_CLINICIAN_BEFORE_RE = re.compile(rf"(?:{_CLINICIAN_BEFORE})\s+(?:\w+\s+)?$", re.IGNORECASE) if _CLINICIAN_BEFORE else None
# one descriptive word may come between: "paediatric spine surgeons", "neonatal transport nurses"
_LINKING_WORD = (r"(?:and|or|by|with|of|for|to|in|on|at|the|a|an|their|und|oder|von|mit|durch|für|"
                 r"der|die|das|et|ou|par|de|des|du|la|le|les|pour|avec|y|e|o|con|da|por|para|del|el|"
                 r"los|las|il|lo|gli|en|of|door|met|voor)")
_CLINICIAN_AFTER_RE = (re.compile(rf"\s+(?:(?!{_LINKING_WORD}\b)[^\W\d_]+\s+)?(?:{_CLINICIAN_AFTER})",
                                  re.IGNORECASE) if _CLINICIAN_AFTER else None)


_SPECIALTIES = "|".join(_data_terms("clinicians", "specialties"))
_TITLES = word_alternation(_data_terms("clinicians", "titles"))
# "paediatric ophthalmology", "orthopédie pédiatrique": the specialty on either side of the group
_SPECIALTY_AFTER_RE = (re.compile(rf"\s+(?:(?!{_LINKING_WORD}\b)[^\W\d_]+\s+)?(?:{_SPECIALTIES})(?![\w])",
                                   re.IGNORECASE)
                       if _SPECIALTIES else None)
_SPECIALTY_BEFORE_RE = (re.compile(rf"(?<![\w])(?:{_SPECIALTIES})\s+$", re.IGNORECASE)
                        if _SPECIALTIES else None)
_TITLE_RE = re.compile(_TITLES, re.IGNORECASE) if _TITLES else None


def qualifies_a_clinician(text: str, start: int, end: int, context: str | None = None) -> bool:
    """The group word at text[start:end] names a clinician's specialty ("paediatric
    endocrinologist", "infirmières néonatales", "Dr. A. Name, paediatric cardiology"), not
    patients. `context` (the paragraph or table row around `text`) may name the clinician."""
    if ((_CLINICIAN_AFTER_RE and _CLINICIAN_AFTER_RE.match(text, end))
            or (_CLINICIAN_BEFORE_RE and _CLINICIAN_BEFORE_RE.search(text, max(0, start - 40), start))):
        return True
    # A specialty beside the group is a clinician's field when the text names the clinician
    return bool(_TITLE_RE and ((_SPECIALTY_AFTER_RE and _SPECIALTY_AFTER_RE.match(text, end))
                               or (_SPECIALTY_BEFORE_RE
                                   and _SPECIALTY_BEFORE_RE.search(text, max(0, start - 40), start)))
                and _TITLE_RE.search(context or text))


# A place that acts or is the origin ("parents trained by the neonatal unit", "alarm limits set by
# the paediatric ward", "referred from the neonatal intensive care unit") names no patient group.
_PLACE_ACTS = re.compile(r"\b(?:by|from|via|through|par|depuis|vom|von|durch|dal|dalla|dai|por|desde)\s+"
                         r"(?:(?:the|a|an|its|their|le|la|les|l'|der|die|dem|den|il|lo|el|los|las)\s+)?$",
                         re.IGNORECASE)


def qualifies_a_place(text: str, start: int, end: int) -> bool:
    """The group word at text[start:end] names a place ("paediatric wards", "unités de soins
    intensifs néonatals"), not patients."""
    return bool(_PLACE_AFTER.match(text, end) or _PLACE_BEFORE.search(text, max(0, start - 40), start))


# A group word that qualifies a thing names a product variant, a setting, a body part, a
# document or a study, not the persons the device is for: "neonatal sensor", "paediatric and
# adult cuffs", "neonatal skin", "adult mode", "capteur néonatal", "sensori neonatali e
# pediatrici". The nouns are data (vocabulary/group_qualified_things.yaml); persons ("paediatric
# patients", "paediatric use") are never among them.
_THINGS: dict = knowledge.load("vocabulary/group_qualified_things")["languages"]
# A descriptive word between the group and the noun ("neonatal low rSO2 alarm", "neonatal
# skin-safety registry"), never a linking word, a verb form or a relative pronoun: "neonates
# requiring ventilation modes" and "children with skin lesions" still name patients.
_DESCRIPTIVE_WORD = (rf"(?!(?:{_LINKING_WORD}|who|whom|whose|which|that|are|is|was|were|be|been|"
                     rf"have|has|can|may|must|should|will|not|only|also|qui|que|che|die|der)\b)"
                     r"[^\W\d_]\w*")
# After a plural noun ("neonates", "children") an -ing or -ed word is a verb ("neonates
# requiring ventilation modes"); after a modifier it is part of the thing's name ("neonatal
# breathing circuit", "paediatric pre-filled set").
_VERB_FORM = r"(?![^\W\d_]*(?:ing|ed)\b)"
_PLURAL_NOUN = re.compile(r"(?:s|children|people|kinder|barn|børn)$", re.IGNORECASE)


@lru_cache(maxsize=32)
def _thing_patterns(language: str | None) -> tuple[re.Pattern | None, re.Pattern | None, re.Pattern | None]:
    """(after a modifier, after a plural noun, before the group) for the document's language;
    every language's nouns after the group when it is unknown. A noun before the group is
    Romance or Slavic word order ("capteur néonatal"), with at most one adjective between; it
    is read only in those languages ("the registry enrols adolescents" names patients)."""
    entries = [_THINGS[language]] if language in _THINGS else list(_THINGS.values())
    after = word_alternation(t for e in entries for t in e.get("after") or ())
    before = word_alternation(t for e in entries for t in e.get("before") or ()) if language in _THINGS else ""
    return (re.compile(rf"[\s-]+(?:{_DESCRIPTIVE_WORD}[\s-]+){{0,2}}(?:{after})", re.I) if after else None,
            re.compile(rf"[\s-]+(?:{_VERB_FORM}{_DESCRIPTIVE_WORD}[\s-]+){{0,2}}(?:{after})", re.I)
            if after else None,
            re.compile(rf"(?:{before})[\s-]+(?:{_VERB_FORM}{_DESCRIPTIVE_WORD}[\s-]+)?$", re.I)
            if before else None)


# Groups coordinated with each other share the noun: "neonatal, paediatric and adult sensors".
_COORDINATOR = re.compile(
    r"\s*[,/&]\s*(?:(?:and|or)\s+)?|\s+(?:and|or|und|oder|en|of|och|eller|og|ja|tai|sekä|i|a|"
    r"et|ou|e|o|y|oraz|lub|nebo)\s+", re.IGNORECASE)


def qualifies_a_thing(text: str, start: int, end: int) -> bool:
    """The group word at text[start:end] qualifies a thing ("neonatal sensor", "paediatric and
    adult cuffs", "capteur néonatal"), alone or with groups coordinated with it, not persons."""
    pattern, _ = _group_pattern()
    spans = [(m.start(), m.end()) for m in pattern.finditer(text)]
    first, last = start, end
    joints: list[str] = []
    for a, b in spans:  # coordinated groups after this one
        if a >= last and _COORDINATOR.fullmatch(text, last, a):
            joints.append(text[last:a])
            last = b
    for a, b in reversed(spans):  # and before it
        if b <= first and _COORDINATOR.fullmatch(text, b, first):
            joints.append(text[b:first])
            first = a
    if joints and all(j.strip() == "," for j in joints):
        # commas alone join clauses too ("For adults, paediatric sensors ..."): a list of
        # groups ends with a conjunction or is written with slashes
        first, last = start, end
    after_modifier, after_noun, before = _thing_patterns(_DOCUMENT_LANGUAGE.get())
    after = after_noun if _PLURAL_NOUN.search(text[first:last]) else after_modifier
    if after and after.match(text, last):
        return True
    return bool(before and before.search(text, max(0, first - 60), first))


def _clause_start(text: str, position: int) -> int:
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, 0, position)]
    return breaks[-1] if breaks else 0


# A negating determiner right before the group, one word before it ("aucun usage pédiatrique"), or
# before a first word joined to it ("no adolescent or paediatric patients"): "No pediatric use is
# intended" excludes the group. The determiners: population_quantities.yaml.
_DETERMINER_NEGATION = re.compile(
    r"(?<![\w-])(?:" + (word_alternation(_data_terms("negating_determiners")) or r"(?!)") + r")\s+"
    r"(?:[^\W\d]+\s+|[^\W\d]+,?\s+(?:or|nor|and|ou|et|ni|o|e|y|oder|und|of|en|eller|og|och)\s+)?$", re.IGNORECASE)


def _negated(text: str, start: int, end: int) -> bool:
    before = text[_clause_start(text, start):start]
    if EXCLUSION_CUE.search(before) or _DETERMINER_NEGATION.search(before[-60:]):
        return True
    return bool(POST_NEGATION.match(text[end:]))


# --- section and sentence decisions ------------------------------------------------------------

def _headings(block: Block) -> list[str]:
    path = list(block.heading_path)
    if block.kind is BlockKind.HEADING:
        path.append(block.text)
    return path


def in_population_section(block: Block) -> bool:
    """True when the nearest heading that says anything is about the intended population."""
    return _section_verdict(tuple(_headings(block)), _DOCUMENT_LANGUAGE.get()) == "population"


def in_literature_section(block: Block) -> bool:
    """True when the nearest heading that says anything is about studies or literature."""
    return _section_verdict(tuple(block.heading_path), _DOCUMENT_LANGUAGE.get()) == "literature"


def _in_other_section(block: Block) -> bool:
    return _section_verdict(tuple(_headings(block)), _DOCUMENT_LANGUAGE.get()) in ("literature", "technical")


@lru_cache(maxsize=4096)
def _section_verdict(headings: tuple[str, ...], language: str | None = None) -> str | None:
    """"population", "literature" or "technical" from the nearest heading that says one."""
    for heading in reversed(headings):
        # "Who is this device for?", "Quand ne pas l'utiliser ?", "What did the studies show?"
        role = question_role(heading)
        if role in POPULATION_ROLES:
            return "population"
        if role == CLINICAL_RESULTS:
            return "literature"
        folded = fold_case(heading)
        if _FOLDED_POPULATION_HEADING.search(folded):
            return "population"
        if _FOLDED_LITERATURE_HEADING.search(folded):
            return "literature"
        if _FOLDED_TECHNICAL_HEADING.search(folded):
            return "technical"
    return None


def _in_exclusion_section(block: Block) -> bool:
    return _exclusion_headings(block.heading_path[-2:], _DOCUMENT_LANGUAGE.get())


@lru_cache(maxsize=4096)
def _exclusion_headings(headings: tuple[str, ...], language: str | None = None) -> bool:
    """An exclusion heading ("Contraindications", "Exclusion criteria") above the block; one that
    also announces the admitted population ("Target population and exclusions", "Inclusion and
    exclusion criteria") decides nothing."""
    for heading in reversed(headings):
        role = question_role(heading)
        if role == QUESTION_CONTRAINDICATIONS:
            return True  # "Who should not use it?"
        if role in POPULATION_ROLES:
            return False
        folded = fold_case(heading)
        if _FOLDED_EXCLUSION_HEADING.search(folded):
            return not _FOLDED_POPULATION_HEADING.search(_FOLDED_EXCLUSION_HEADING.sub(" ", folded))
        if _FOLDED_POPULATION_HEADING.search(folded):
            return False  # "Contraindications" > "Target population": the inner one decides
    return False


def is_population_sentence(block: Block, sentence: str, role: Role) -> bool:
    """Whether numbers and group names in this sentence state the intended population."""
    # The cheap tests come first: on a literature annex most sentences fail one of them.
    if not POPULATION_CUE.search(sentence):
        # A table row under a population heading ("Weight | > 5 kg") needs no cue word.
        if not (block.kind is BlockKind.TABLE_ROW and in_population_section(block)):
            return False
    if role is Role.CEAR and is_reviewer_query(sentence):
        # "It is unclear why children are not included", "Manufacturer's answer: 9 children":
        # the subject of a question of the review, not the intended population
        return False
    if role is not Role.PMCF_PLAN and (STUDY_CONTEXT.search(sentence) or is_subgroup_remark(sentence)):
        return False
    if _in_other_section(block) and not STRONG_CUE.search(sentence):
        return False
    return not NOT_POPULATION.search(sentence)






_STRONG_STEMS = ("intended", "indicated", "zweckbestimmung", "bestimmt für", "destiné", "indiqué",
                 *_data_terms("strong_cues"))


def _may_state_population(block: Block) -> bool:
    """Block-level pre-filter, so that long literature annexes cost little.

    In a literature, results or technical section only a sentence with a strong cue ("intended
    for") can state the intended population; elsewhere a cue word is needed, except in a table
    row of a population section. Blocks under literature or study headings state no intended
    population at all (in a big dossier the literature annex is most of the text).
    """
    if in_literature_section(block):
        return False
    if _in_other_section(block):
        lower = block.normalized.lower()
        if not any(stem in lower for stem in _STRONG_STEMS):
            return False
    return bool(POPULATION_CUE.search(block.normalized)) or (
        block.kind is BlockKind.TABLE_ROW and in_population_section(block))


def _units_of(block: Block) -> Iterator[tuple[int, int]]:
    """Sentences of a block; a table row is one unit (its cells read together)."""
    if block.kind is BlockKind.TABLE_ROW:
        yield 0, len(block.normalized)
    else:
        yield from sentences(block)


# --- extraction --------------------------------------------------------------------------------

# What may stand between two coordinated groups: "paediatric patients and adults",
# "Kinder, Jugendliche und Erwachsene", "enfants et adultes".
_COORDINATION_GAP = re.compile(
    r"^(?:[\s,/&]|\b(?:and|or|as well as|und|oder|sowie|et|ou|ainsi que|patients?|patienten|"
    r"patientinnen|persons?|personen|personnes|subjects?|y|o|e|pacientes|pazienti|en|of|"
    r"patiënten)\b)*$", re.IGNORECASE)


def _attached_subject(text: str, start: int) -> tuple[str | None, int | None]:
    """The group a bound at `start` is about, and where the words naming it start.

    Coordinated groups before a bound share it ("paediatric patients and adults more than
    1 kg" bounds the whole population, not the adults): the group is then None, and the
    subject starts at the first of them.
    """
    window_start = max(_clause_start(text, start), start - 60)
    hits = [g for g in find_groups(text[window_start:start]) if not g[3]]
    if not hits:
        return None, None
    chain = [hits[-1]]
    for previous in reversed(hits[:-1]):
        gap = text[window_start + previous[1]:window_start + chain[0][0]]
        if not _COORDINATION_GAP.match(gap):
            break
        chain.insert(0, previous)
    group_ids = {g[2] for g in chain}
    return (chain[0][2] if len(group_ids) == 1 else None), window_start + chain[0][0]


def _attached_group(text: str, start: int) -> str | None:
    return _attached_subject(text, start)[0]


# Subject words that name the other dimension: in "Age / weight: 3 to 10 years / >= 14 kg" the
# word "weight" is no subject of "3 to 10 years"
_SUBJECT_OF_OTHER_DIMENSION = {
    "age": re.compile(r"weighing|body ?weight|körpergewicht|poids|peso|lichaamsgewicht", re.IGNORECASE),
    "weight": re.compile(r"aged|âgés?|edad|età|leeftijd", re.IGNORECASE),
}


def _quote_start(text: str, start: int, floor: int, dimension: str | None = None) -> int:
    window_start = max(floor, start - 45)
    m = SUBJECT_BEFORE.search(text, window_start, start)
    other = _SUBJECT_OF_OTHER_DIMENSION.get(dimension or "")
    if m and other and other.match(m.group(0)):
        m = None
    quote_start = m.start() if m else start
    subject_start = _attached_subject(text, start)[1]
    if subject_start is not None and subject_start >= floor:
        quote_start = min(quote_start, subject_start)
    return quote_start


# A relative clause's own negation ("ulcers that did not heal after 4 weeks, in adults of 18
# years") negates its verb, not the population named after the comma that closes it; so does
# that of an adverbial clause of time or condition ("when medication has not lowered the
# pressure, in children from 3 years", "lorsque le traitement n'a pas suffi, chez ...", "wenn
# die Therapie nicht anspricht, bei Kindern ab ...", "quando o tratamento não resultou, em ...").
_RELATIVE_PRONOUN = re.compile(
    r"\b(?:that|which|who|whose|whom|where|qui|que|dont|lesquel\w*|die|der|das|welche[rnsm]?|"
    r"che|cui|quien|quienes|cuy[oa]s?|"
    r"when|whenever|if|once|after|because|since|although|lorsque|lorsqu|quand|si|puisque|"
    r"wenn|falls|nachdem|weil|cuando|quando|porque|perché|wanneer|als|indien|nadat)\b", re.IGNORECASE)


def _negation_in_clause(clause: str) -> bool:
    """Whether a negation cue in `clause` (the words before a bound) applies to the bound: not
    one inside a relative clause closed by a comma before the bound."""
    for cue in EXCLUSION_CUE.finditer(clause):
        opening = clause.rfind(",", 0, cue.start()) + 1
        closed = "," in clause[cue.end():]
        if not (closed and _RELATIVE_PRONOUN.search(clause, opening, cue.start())):
            return True
    return False


# A positive statement of the population between an exclusion word and the bound decides:
# "... indications and contraindications are stated consistently, and that the target population
# is adults >= 18 years of age" admits adults.
_POPULATION_STATED = re.compile(
    r"\b(?:(?:target|intended|patient)\s+population|population\s+cible|Zielpopulation|Zielgruppe|"
    r"popolazione\s+(?:target|di\s+destinazione)|población\s+(?:diana|destinataria|objetivo))\s+"
    r"(?:is|are|comprises|includes|consists of|est|comprend|ist|umfasst|sind|è|comprende|es|son)\b|"
    r"\b(?:is|are)\s+(?:intended|indicated)\s+for\b|"
    # the parts of an intended purpose listed: "the contraindications and the population (adults ...)"
    r"(?:,|\band|\bet|\bund)\s+(?:the\s+|la\s+|die\s+)?(?:(?:target|intended|patient)\s+)?(?:population|Population)\b",
    re.IGNORECASE)


def _is_exclusion(in_exclusion: bool, text: str, start: int) -> bool:
    if in_exclusion:
        return True
    clause = text[_clause_start(text, start):start]
    stated = None
    for stated in _POPULATION_STATED.finditer(clause):
        pass
    if stated is not None:
        clause = clause[stated.end():]
    after = text[start:start + 80]
    return _negation_in_clause(clause) or bool(POST_NEGATION.match(after))


def _decides(kinds: frozenset[str] | None) -> bool:
    return bool(kinds) and bool(kinds & {INDICATIONS, CONTRAINDICATIONS})


def _is_contra(kinds: frozenset[str]) -> bool:
    return CONTRAINDICATIONS in kinds and INDICATIONS not in kinds


def _inline_kinds(text: str, position: int) -> frozenset[str] | None:
    """Kinds of the inline label ("Contraindications: a; b.") governing `position`; an
    exclusion label the intended-use vocabulary does not announce ("Exclusions:",
    "Ausschlusskriterien:") counts as contraindications."""
    governing = None
    for label_start, body_start, kinds in inline_labels(text):
        if body_start <= position:
            governing = kinds
            if not _decides(kinds) and _exclusion_headings((text[label_start:body_start],), _DOCUMENT_LANGUAGE.get()):
                governing = frozenset({CONTRAINDICATIONS})
    return governing


_ADMITS = re.compile(r"inclusion|einschluss|indica|indika|intended|bestimmungsgem|zweckbestimmung|"
                     r"destin|previst|eligib|suitable|geeignet|adapté", re.IGNORECASE)


def _exclusion_label(text: str) -> bool:
    """A short lead-in of exclusions the intended-use vocabulary does not announce
    ("Exclusions from the target population:", "Ausschlusskriterien:"), not one that also
    announces whom the device is for ("Inclusion and exclusion criteria:")."""
    stripped = text.strip().rstrip(":： ")
    return (len(stripped.split()) <= 8 and bool(EXCLUSION_HEADING.search(stripped))
            and not _ADMITS.search(EXCLUSION_HEADING.sub(" ", stripped)))


def _item_like(block: Block) -> bool:
    """A short fragment that may be an unbulleted list item ("Pregnancy;", "Children under 2
    years"), not a sentence of its own ("Adult patients (≥ 18 years).")."""
    text = block.normalized.strip()
    return bool(text) and len(text.split()) <= 12 and text[-1] not in ".!?"


def _lead_in_before(blocks: list[Block], index: int) -> frozenset[str] | None:
    """Kinds announced by the lead-in above a list item or table row ("Do not use in:",
    "Contre-indications :", a label row), within the same section; None if there is none.

    The scope of a lead-in ends with its list: a paragraph after the list items or table rows
    starts afresh ("Contraindications: - a - b" then "Adult patients (≥ 18 years)." is the target
    group, not a third exclusion), and so does a list after a sentence of prose. A paragraph is
    governed only by a lead-in right above it, or by one above unbulleted item-like fragments.
    """
    block = blocks[index]
    if block.kind is BlockKind.PARAGRAPH and len(block.normalized.split()) > 30:
        return None  # prose states its own context
    paragraph = block.kind is BlockKind.PARAGRAPH
    for j in range(index - 1, max(-1, index - 60), -1):
        previous = blocks[j]
        if previous.kind is BlockKind.HEADING or previous.heading_path != block.heading_path:
            return None
        if previous.kind is BlockKind.TABLE_ROW:
            label = table_label(previous)
            if label is not None:
                return label
            if paragraph:
                return None  # a paragraph after a table is outside it
            continue
        if previous.kind is BlockKind.LIST_ITEM:
            if paragraph:
                return None  # the list has ended
            continue
        lead = lead_in_kinds(previous.normalized)
        if lead is None and blocks[j + 1].kind is BlockKind.LIST_ITEM:
            lead = open_lead_in_kinds(previous.normalized)
        if lead is not None:
            if not _decides(lead) and _exclusion_label(previous.normalized):
                return frozenset({CONTRAINDICATIONS})  # "Ausschlusskriterien:", "Exclusions:"
            return lead
        if len(previous.normalized.split()) > 30:
            return None  # prose after a list ends it
        if paragraph and not (_item_like(block) and _item_like(previous)):
            return None  # a sentence of its own, or after one: a new context
        if not paragraph and previous.normalized.rstrip()[-1:] in ".!?" \
                and len(previous.normalized.split()) >= 3:
            return None  # a full sentence between the lead-in and this list ends its scope
    return None


def exclusion_context(blocks: list[Block], index: int, position: int) -> bool:
    """Whether `position` of block `index` is in a contraindication or exclusion context.

    An inline label ("... Contraindications: pregnancy; children ...") decides first, then the
    lead-in above a list ("The device must not be used in:"), then the heading. A heading that
    announces both indications and contraindications decides neither.
    """
    block = blocks[index]
    kinds = _inline_kinds(block.normalized, position)
    if kinds is not None:
        # A label of its own ("Target groups: adults aged 18 and over") opens a new context,
        # whatever list stood above it.
        return _is_contra(kinds) if _decides(kinds) else False
    if block.kind is not BlockKind.HEADING:
        kinds = _lead_in_before(blocks, index)
    if _decides(kinds):
        return _is_contra(kinds)
    heading = block_kinds(block)
    if _decides(heading):
        return _is_contra(heading)
    return _in_exclusion_section(block)


# A group named with a qualifier in a contraindication is a condition, not the exclusion of
# the group: "children in whom further growth is expected", "enfants en croissance",
# "Kinder im Wachstum", "pregnant women", "growing children".
_GROUP_QUALIFIER_AFTER = re.compile(
    r"\s*(?:\(|,\s*)?(?:in whom|who|whose|with|where|when|still|undergoing|during|qui|dont|"
    r"chez qui|chez lesquels|avec|en (?:cours de )?croissance|en phase|bei denen|deren|die|mit|"
    r"im wachstum|in der wachstumsphase|während|"
    # "newborns requiring prolonged ventilation", "nouveau-né nécessitant ...", "neonati che
    # necessitano ...", "recién nacidos que requieren ...", "pasgeborenen die ... nodig hebben"
    r"requiring|needing|in need of|receiving|suffering|having|presenting|treated|on|"
    r"nécessitant|necessitant|ayant|présentant|presentant|requérant|souffrant|atteints?|"
    r"atteintes?|recevant|sous|traitée?s?|welche|benötigend|"
    r"che|con|affett[oiae]|bisognos[oiae]|sottopost[oiae]|necessitant[ei]|"
    r"que|afectad[oa]s?|sometid[oa]s?|en tratamiento|"
    r"met|welke)\b", re.IGNORECASE)
_GROUP_QUALIFIER_BEFORE = re.compile(
    r"(?:growing|pregnant|breastfeeding|lactating|wachsende[nr]?|schwangere[nr]?|stillende[nr]?|"
    r"enceintes?|allaitantes?)\s+$", re.IGNORECASE)


# A group word inside a trade name names no population: "CRANIOFIX Paediatric Resorbable
# Fixation System", "NeoX Neonatal Warmer". The word is capitalised (not in an all-capitals
# sentence), right after a brand-like token (two or more capitals: "CRANIOFIX", "NeoX") and
# before another capitalised word of the name, a dash or the end of the line.
_BRAND_BEFORE = re.compile(r"(?<![\w-])(?=\w*[A-Z]\w*[A-Z])[A-Za-z][\w-]*[®™]?\s+$")
_NAME_GOES_ON = re.compile(r"\s*(?:[®™]|$|[–—-]\s|\s(?-i:[A-Z][a-z]))")


# A company's legal form a few capitalised words after a group word: "Mamoto Paediatrics Co.,
# Ltd.", "Kinder Medical GmbH", "Neonatal Devices Inc." name the manufacturer, not a population.
_ORGANISATION_AFTER = re.compile(
    r"(?:[ -]+[A-ZÀ-Þ][\w&'.-]*){0,3},?\s+(?:Co\.|Ltd\b|Limited\b|GmbH\b|AG\b|Inc\b|LLC\b|"
    r"Corp\b|Corporation\b|S\.A\.|SAS\b|SARL\b|S\.r\.l\.|Srl\b|S\.p\.A\.|SpA\b|B\.V\.|BV\b|"
    r"N\.V\.|plc\b|Pty\b|K\.K\.|KK\b|Oy\b|AB\b|A/S\b|ApS\b|S\.L\.)")


def in_trade_name(text: str, start: int, end: int) -> bool:
    """The group word at text[start:end] is part of a capitalised device or company name."""
    word = text[start:end]
    if not (word[:1].isupper() and any(c.islower() for c in word)):
        return False
    if _ORGANISATION_AFTER.match(text, end):
        return True
    before = _BRAND_BEFORE.search(text, max(0, start - 30), start)
    if before is None or before.group(0).strip().lower() in _NOT_BRANDS:
        return False
    return bool(_NAME_GOES_ON.match(text, end))


@lru_cache(maxsize=1)
def _component_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    data = knowledge.load("vocabulary/size_variants")
    words = [t for key in ("terms", "component_terms") for terms in (data.get(key) or {}).values()
             for t in terms]
    nouns = word_alternation(words)
    group = r"[^\W\d_]+"
    # the group word, further groups ("/paediatric", "and paediatric"), up to two attributes, the part
    # (attributes, not function words: "adults with a tube" names patients)
    attribute = (r"(?!(?:with|without|a|an|the|who|which|that|on|in|of|using|requiring|need\w*|"
                 r"mit|ohne|avec|sans|con|sin|met|med|utan|uden|de|di|da|på|i|ett|en|et)\b)[^\W\d_][\w-]*")
    # (a comma alone does not join: "For adults, paediatric sensors are available" names adults)
    after = re.compile(rf"(?:\s*(?:/|,?\s*\band\b|,?\s*\bor\b|&)\s*{group})*(?:\s+{attribute}){{0,2}}?\s+{nouns}",
                       re.IGNORECASE)
    # a part named shortly before an open parenthesis (its code or size may stand between)
    before_paren = re.compile(rf"{nouns}[^().;:]{{0,30}}\(\s*[^()]*$", re.IGNORECASE)
    # what makes a parenthesis a statement of the patients after all
    patients = re.compile(r"\b(?:for|patients?|intended|indicated|pour|für|per|para|voor|för|til)\b",
                          re.IGNORECASE)
    return after, before_paren, patients


def qualifies_a_component(text: str, start: int, end: int) -> bool:
    """The group word at text[start:end] describes a part or accessory of the device (a
    "neonatal sensor", a "paediatric cuff", "sets S20 (neonatal/paediatric, 8 ml)"), which says
    which patients the part fits, not who the device is intended for."""
    after, before_paren, patients = _component_patterns()
    tail = after.match(text, end)
    if tail is not None and not patients.search(tail.group(0)):
        return True
    opened = text.rfind("(", 0, start)
    if opened < 0 or ")" in text[opened:start]:
        return False
    closed = text.find(")", end)
    inside = text[opened + 1:closed if closed >= 0 else len(text)]
    return (not patients.search(inside)
            and before_paren.search(text, max(0, opened - 60), start) is not None)


_NOT_BRANDS = frozenset({"icu", "nicu", "picu", "ed", "er", "or", "ifu", "cer", "sscp"})


def _qualified_group(text: str, start: int, end: int) -> bool:
    return bool(_GROUP_QUALIFIER_AFTER.match(text, end)
                or _GROUP_QUALIFIER_BEFORE.search(text, max(0, start - 25), start))


# Days, weeks and months are ages only when the sentence speaks of age: "(typically 5-7 days)
# of training" is a duration, "neonates up to 28 days" and "from 6 months of age" are ages.
_SHORT_UNITS = re.compile(r"\b(?:days?|weeks?|months?|jours?|semaines?|mois|Tage?n?|Wochen?|"
                          r"Monaten?|Monate|giorni|settimane|mesi|días|semanas|meses|dagen|weken|"
                          r"maanden)\b", re.I)
_AGE_CUE = re.compile(r"\b(?:aged?|of age|old|born|birth|postnatal|gestation\w*|neonat\w*|newborns?|"
                      r"infants?|babies|âgée?s?|âge|naissance|nouveau-nés?|nourrissons?|Alter|alt|"
                      r"Geburt|Neugeborene\w*|Säugling\w*|Lebens\w*|età|nascita|neonati|lattanti|"
                      r"edad|nacimiento|recién nacidos|lactantes|children|child|paediatric|"
                      r"pediatric|Kinder\w*|Kind|enfants?|pédiatriques?|bambini|pediatric[io]|"
                      r"niños|pediátric[oa]s?|leeftijd|oud|geboorte|pasgeborenen?|zuigelingen?|"
                      r"kinderen)\b", re.I)


# A time span after "for", "since", "depuis", "seit" is how long something has lasted: "symptoms
# for over 3 years", "refractory for more than 3 years", "depuis plus de 3 ans", "seit über 3
# Jahren" state a duration of a condition or treatment, not the patients' age.
_DURATION_BEFORE = re.compile(
    r"\b(?:for|since|during|lasting|persisting|duration of|history of|over the (?:past|last)|"
    r"depuis|pendant|durant|évoluant depuis|seit|während|über einen zeitraum von|dauer von|"
    # "for at least 10 years" in other languages: "für mindestens 10 Jahre", "pour au moins"
    r"für|pour|per|por|voor|"
    r"durante|desde)\s*(?:a period of\s*|at least\s*)?$", re.IGNORECASE)
_DURATION_AFTER = re.compile(
    r"\s*(?:['’]s?\s*)?(?:duration|lang\b|durée|Dauer|(?:of\s+|de\s+|di\s+)?follow[- ]?up|FU\b|"
    r"de (?:seguimiento|suivi)|Nachbeobachtung|Nachsorge|di osservazione|post-?op\w*|"
    r"after (?:surgery|implantation|treatment|the procedure)|"
    # how long the device is used, worn or stays implanted: "up to 10 years of use", "bis zu 10
    # Jahre Liegedauer", "jusqu'à 10 ans d'utilisation", "10 years in situ", "can remain in place"
    r"(?:of\s+)?(?:continuous\s+)?(?:use|usage|wear|wearing|implantation|dwell\w*|indwelling|service|contraceptive\s+\w+|"
    r"protection|efficacy|in\s+situ|in\s+place)\b|"
    r"(?:\w+\s+)?\w*(?:dauer|liegezeit|tragezeit|verweilzeit|standzeit)\b|(?:im\s+Körper\s+)?(?:verbleiben|liegen|getragen)|"
    r"(?:d['’]|de\s+)(?:utilisation|port|implantation|protection)|(?:in\s+)?(?:situ|place)|"
    r"(?:di|de)\s+(?:utilizzo|uso|impianto|permanenza)|"
    # "5 Jahre Berufserfahrung", "5 Jahren klinischer Erfahrung"
    r"(?:\w+\s+)?\w*erfahrung\b)", re.IGNORECASE)
_AGE_AFTER = re.compile(r"\s*(?:of age|old|(?:and|or) (?:older|above|over)|et plus|und älter|d['’]âge|alt\b|Lebensjahr)", re.IGNORECASE)


def _time_span(sentence: str, match) -> bool:
    """The bound is a duration of a condition or treatment, not an age."""
    if match.bound.dimension != "age" or _AGE_AFTER.match(sentence, match.end):
        return False
    if _AGE_AFTER.search(sentence, match.start, match.end):
        return False  # "for 18 years and older": the bound itself says it is an age
    return bool(_DURATION_BEFORE.search(sentence, max(0, match.start - 40), match.start)
                or _DURATION_AFTER.match(sentence, match.end)
                or (_OVER_TIME.match(sentence, match.start)
                    and _OUTCOME_BEFORE.search(sentence, max(0, match.start - 60), match.start)))


# An outcome observed over a time: "implant survival in children over 3 years", "Überleben bei
# Kindern über 3 Jahre", "survie implantaire chez l'enfant sur 3 ans": the span is the outcome's,
# however near the group word.
_OVER_TIME = re.compile(r"(?:over|beyond|after|across|sur|au-delà de|après|über|nach|oltre|dopo|más de|tras|na)\s",
                        re.IGNORECASE)
_OUTCOME_BEFORE = re.compile(
    r"\b(?:survival|survivorship|loss|success|retention|durability|failure|revision|patency|stability|"
    r"longevity|survie|perte|succès|durabilité|Überleben\w*|Verlust|Erfolg\w*|Haltbarkeit|"
    r"sopravvivenza|perdita|successo|supervivencia|pérdida|éxito|overleving|verlies|sobrevivência|perda)\b"
    r"[^.;:]{0,50}$", re.IGNORECASE)


# Nouns of a treatment, trial or symptom period: a time span right after one ("after a
# hearing-aid trial of at least 3 months", "dopo una prova protesica di almeno 3 mesi", "nach
# einer Hörgeräteversorgung von mindestens 3 Monaten", "6 weeks of conservative therapy") is how
# long it lasted, not the patients' age.
_DURATION_NOUN = re.compile(
    r"(?:\b(?:trial|treatment|therapy|follow-up|use|usage|wear|wearing|period|phase|course|"
    r"history|symptoms?|rehabilitation|program|programme|training|exposure|interval|session|"
    r"stay|hospitali[sz]ation|ventilation|amplification|fitting|immobili[sz]ation|"
    # how long the device is used, worn or implanted ("dwell time of up to 10 years")
    r"dwell|dwelling|indwelling|implantation|lifetime|lifespan|service life|wear time|in situ|"
    r"durée|implantation|durata|permanenza|duración|permanencia|"
    # a user's or evaluator's experience ("at least 5 years of experience in neonatal care")
    r"experience|practice|expertise|"
    # contraception lasts for a time ("intrauterine contraception (up to 10 years)")
    r"contraception|kontrazeption|contraccezione|anticoncepci[oó]n|anticonceptie|antykoncepcj\w*|"
    r"essai|traitement|thérapie|période|appareillage|rééducation|utilisation|port|expérience|"
    r"pratique|prova|terapia|trattamento|periodo|utilizzo|uso|riabilitazione|esperienza|"
    r"prueba|tratamiento|período|rehabilitación|experiencia|"
    r"behandeling|gebruik|periode|ervaring|werkervaring)\b|"
    r"\w*(?:versuch|therapie|behandlung|versorgung|anwendung|tragedauer|\w*dauer|liegezeit|tragezeit|verweilzeit|zeitraum|rehabilitation|"
    r"anpassung|erfahrung|verhütung)\b)", re.IGNORECASE)
_DURATION_LEAD = re.compile(
    r"\b(?:after|within|nach|innerhalb von|après|dopo|entro|tras|después de|na|binnen)\s+"
    r"(?:(?:at least|a minimum of|more than|over|mindestens|über|au moins|plus de|almeno|"
    r"più di|al menos|más de|ten minste|minstens)\s+)?$", re.IGNORECASE)
_DURATION_OF = re.compile(
    r"\s+(?:of|de|d['’]|di|van)\s+(?:[^\W\d_]+\s+){0,2}?" + _DURATION_NOUN.pattern,
    re.IGNORECASE)
# Words that tie a number to the patients' age: an age word, or a person or group noun.
_AGE_ANCHOR = re.compile(
    r"\b(?:aged?|ages|old|born|birth|âgée?s?|âge|naissance|alter|lebens\w*|geburt|età|"
    r"nascita|edad|nacimiento|leeftijd|geboorte|patients?|patienten|pacientes|pazienti|"
    r"patiënten|persons?|personnes?|people|subjects?|individuals|users|women|men|woman|man|"
    r"females?|males?|girls?|boys?|frauen|männer|femmes?|hommes?|donne|uomini|mujeres|hombres|"
    r"vrouwen|mannen)\b", re.IGNORECASE)


def _treatment_period(sentence: str, match) -> bool:
    """A time span that measures a trial, treatment or symptom period: the nearest cue before
    it (within its clause) is a duration noun or "after"/"within", not an age word or a
    population noun; or a duration noun follows ("6 weeks of conservative therapy")."""
    if _AGE_AFTER.match(sentence, match.end) or _AGE_AFTER.search(sentence, match.start, match.end):
        return False
    if _DURATION_OF.match(sentence, match.end):
        return True
    if _AGE_ANCHOR.search(sentence, match.start, match.end):
        return False  # "aged 18 to 45 years": the bound names the age itself
    floor = max(_clause_start(sentence, match.start), match.start - 80)
    before = sentence[floor:match.start]
    if _DURATION_LEAD.search(before):
        return True
    durations = [m.end() for m in _DURATION_NOUN.finditer(before)]
    if not durations:
        return False
    anchors = [m.end() for m in _AGE_ANCHOR.finditer(before)]
    anchors += [g[1] for g in find_groups(before)]
    if anchors and max(anchors) > durations[-1]:
        return False  # "a trial in children aged 3 months": the age word is nearer
    return len(before) - durations[-1] <= 40


# A gestational age ("corrected gestational age ≥ 37 weeks", "born at 32 weeks of gestation",
# "Gestationsalter ≥ 37 Wochen", "≥ 37 SA") qualifies a group of newborns; it is not an age bound
# of the population, but the groups and weights around it are.
_GESTATION = re.compile(
    r"gestation\w*|schwangerschaftswoche\w*|\bSSW\b|aménorrhée|\bSA\b|\bGA\b|"
    r"gestacional|gestazional\w*|zwangerschapsduur|zwangerschapsweken|amenorrea|"
    # a postmenstrual age (gestation plus life after birth) is not an age since birth either
    r"post-?menstru\w*|\bPMA\b|post-?concept\w*",
    re.IGNORECASE)


# A bound in weeks (not months or years) ...
_WEEKS_UNIT = re.compile(r"(?<![\w])(?:weeks?|wks?|semaines?|sem\.|wochen|settimane|semanas?|weken|"
                         r"veckor|uger|tygodni\w*|týdn\w*|viiko\w*)(?![\w])", re.IGNORECASE)
# ... between 20 and 44 weeks, attached to preterm infants, counts weeks of gestation: "preterm
# infants from 24 weeks", "prématurés à partir de 26 semaines", "Frühgeborene ab 28 Wochen".
# A preterm infant's postnatal age is stated as such ("postnatal age of 2 weeks") or in days.
_PRETERM_WEEKS = (20 / 52.1775, 44 / 52.1775)


def _preterm_weeks(sentence: str, match) -> bool:
    """The bound is a preterm group's gestational age stated in weeks, with no gestation word."""
    values = [v for v in (match.bound.low, match.bound.high) if v is not None]
    if not values or not all(_PRETERM_WEEKS[0] - 1e-3 <= v <= _PRETERM_WEEKS[1] + 1e-3 for v in values):
        return False
    if not _WEEKS_UNIT.search(sentence, match.start, match.end + 12):
        return False
    if re.search(r"post-?natal|after birth|de vie|nach der geburt|of age|old\b", sentence[match.start:match.end + 30],
                 re.IGNORECASE):
        return False
    return _attached_group(sentence, match.start) == "preterm_neonates"


def _gestational(sentence: str, match) -> bool:
    """The age-like bound is a gestational age: a gestation word right before it, in its
    clause or parenthesis, or right after it ("32 weeks of gestation", "37 SSW"), or weeks
    a preterm group is born at ("preterm infants from 24 weeks")."""
    if match.bound.dimension != "age":
        return False
    floor = max(_clause_start(sentence, match.start), match.start - 40,
                sentence.rfind("(", 0, match.start))
    return bool(_GESTATION.search(sentence, floor, match.start)
                or _GESTATION.match(sentence, match.end)
                or _GESTATION.search(sentence[match.end:match.end + 24].split(")")[0])
                or _preterm_weeks(sentence, match))


# Gestational ages as their own dimension (completed weeks of gestation): "neonates ≥ 34 weeks of
# gestation", "à partir de 32 semaines d'aménorrhée", "ab der 34. Schwangerschaftswoche (SSW)",
# "età gestazionale ≥ 34 settimane", "edad gestacional de 34 semanas o más", "≥ 37 SA". A
# postmenstrual age counts weeks since the last menstrual period plus life after birth: another
# measure, left out. A bound with no comparator ("born at 32 weeks") states no limit.
# The languages given as data (population_quantities.yaml `gestation`: Danish "svangerskabsuge",
# Swedish "graviditetsvecka", Polish "tydzień ciąży", Czech "týden těhotenství", Finnish
# "raskausviikko") add their words and week units.
def _ga_alternation(key: str) -> str:
    return word_alternation(_data_terms("gestation", key))


_GA_DATA_WORDS = _ga_alternation("words")
_GA_DATA_UNITS = _ga_alternation("units")
_GA_DATA_UNITS_BEFORE = _ga_alternation("units_before")
_GA_WORD = (r"gestation\w*|gestationsalter\w*|gestationswoche\w*|schwangerschaftswoche\w*|\bSSW\b|"
            r"aménorrhée|amenorrhoea|amenorrhea|\bSA\b|\bGA\b|\bEG\b|\bAG\b|gestazion\w*|"
            r"gestaci[oó]n\w*|zwangerschapsduur|zwangerschapsweken"
            + (f"|{_GA_DATA_WORDS}" if _GA_DATA_WORDS else ""))
_GA_UNIT = (r"(?:weeks?|wks?|semaines?|sem\.|wochen?|settimane|settimana|semanas?|weken|SA|SSW|GW|"
            r"schwangerschaftswochen?|gestationswochen?"
            + (rf"|{_GA_DATA_UNITS}" if _GA_DATA_UNITS else "") + r")(?![\w])")
_GA_VALUE = re.compile(
    rf"(?P<a>\d{{2}}(?:[.,]\d)?)(?:\s*\+\s*\d|\s+[0-6]\s?/\s?7)?\s*(?:(?:-|–|to|à|a|bis|al|y|e|and|et|und)\s*"
    rf"(?P<b>\d{{2}}(?:[.,]\d)?)(?:\s*\+\s*\d|\s+[0-6]\s?/\s?7)?)?\s*(?:\.|st|nd|rd|th|e|ème|ᵉ|ª|º|°)?\s*"
    rf"(?:(?:vollendeten?|completed?|révolues?|compiute|cumplidas)\s+)?(?P<u>{_GA_UNIT})['’]?",
    re.IGNORECASE)
_GA_CUE = re.compile(_GA_WORD, re.IGNORECASE)
# Completed weeks plus days ("37+0 weeks", "34 + 6 SSW"): the notation of a gestational age.
_WEEKS_AND_DAYS = re.compile(rf"\d{{2}}\s*\+\s*[0-6]\s*{_GA_UNIT}", re.IGNORECASE)
_GA_ORDINAL = re.compile(r"\b(?:der|the|la|el|l['’])\s*$|\b(?:vollendeten?|completed?)\s+$", re.IGNORECASE)
_GA_DATA_LOWER = "|".join(re.escape(w) for w in sorted(set(_data_terms("gestation", "lower")), key=lambda t: (-len(t), t)))
_GA_DATA_UPPER = "|".join(re.escape(w) for w in sorted(set(_data_terms("gestation", "upper")), key=lambda t: (-len(t), t)))
_GA_DATA_POST_LOWER = "|".join(re.escape(w) for w in sorted(set(_data_terms("gestation", "post_lower")), key=lambda t: (-len(t), t)))
# Lower-bound words that exclude the week named ("after 36 weeks", Danish "efter", Polish "po",
# "powyżej", Finnish "yli").
_GA_EXCLUSIVE_LOWER = frozenset({"after", "nach", "après", "dopo", "después de", "tras", "efter",
                                 "po", "powyżej", "yli"})
_GA_LOWER = re.compile(
    rf"(?:(?<![\w])(?:{_words(LOWER_WORDS)}|{_GA_DATA_LOWER}|a partire dalla|dalla|dopo la|at or after|at or beyond|no earlier than|after|nach|"
    rf"après|dopo|después de|tras|nati a partire da|born at or after)\.?)"
    rf"(?:\s+(?:der|the|la|el|l['’]|los|las|le|i|gli|de))?\s*$", re.IGNORECASE)
_GA_UPPER = re.compile(
    rf"(?:(?<![\w])(?:{_words(UPPER_WORDS)}|{_GA_DATA_UPPER}|before|avant|vor|vor der|prima di|prima della|"
    rf"antes de|antes de las|earlier than)\.?)(?:\s+(?:der|the|la|el|l['’]|los|las|le|i|gli|de))?\s*$",
    re.IGNORECASE)
_GA_POST_LOWER = re.compile(rf"\s*(?:\)\s*)?(?:{POST_LOWER}|{_GA_DATA_POST_LOWER}|or later|ou plus tard|oder später|o successive|"
                            r"o posteriores|and beyond|et au-delà)(?![\w])", re.IGNORECASE)
_GA_POST_UPPER = re.compile(rf"\s*(?:\)\s*)?(?:{POST_UPPER}|or earlier|ou moins|oder früher)(?![\w])",
                            re.IGNORECASE)
_GA_AFTER_WORDS = re.compile(
    r"\s*(?:\(?(?:of|de|d['’]|di|der|des)?\s*(?:gestation\w*|âge gestationnel|aménorrhée|"
    r"gestazione|gestación|gestacion|schwangerschaft|zwangerschapsduur|zwangerschap|GA|SA|SSW|EG"
    + (f"|{_GA_DATA_WORDS}" if _GA_DATA_WORDS else "") + r")(?![\w])"
    r"\)?\s*)+", re.IGNORECASE)
# A week unit before the number: Swedish "från graviditetsvecka 36+0", Finnish "raskausviikosta
# 37 alkaen", Danish "fra svangerskabsuge 28".
_GA_UNIT_FIRST = re.compile(
    rf"(?:{_GA_DATA_UNITS_BEFORE})\s*(?P<a>\d{{2}})(?:\s*\+\s*[0-6])?(?![\d,.]\d)",
    re.IGNORECASE) if _GA_DATA_UNITS_BEFORE else None
_NOT_GESTATIONAL = re.compile(r"post-?menstru\w*|\bPMA\b|postconcept\w*|post-?conception\w*",
                              re.IGNORECASE)


def _later_step_words() -> re.Pattern | None:
    entry = knowledge.load("vocabulary/population_quantities").get("later_procedure_at_gestation") or {}
    words = sorted({w.lower() for k, v in entry.items() if k != "source" for w in v}, key=lambda w: (-len(w), w))
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])",
                      re.IGNORECASE) if words else None


# Words of a later step of the treatment ("removal planned at 34+0 to 34+6 weeks"): the
# gestational age after them times that step, it does not bound the population.
_LATER_STEP = _later_step_words()


def find_gestational(sentence: str) -> list[tuple[int, int, PopulationBound]]:
    """Gestational-age bounds in a sentence, in completed weeks (22 to 44)."""
    if not (_GA_CUE.search(sentence) or _WEEKS_AND_DAYS.search(sentence)):
        return []
    out: list[tuple[int, int, PopulationBound]] = []
    for m in _GA_VALUE.finditer(sentence):
        unit = m.group("u")
        floor = max(_clause_start(sentence, m.start()), m.start() - 50)
        tail = _GA_AFTER_WORDS.match(sentence, m.end())
        end = tail.end() if tail else m.end()
        while end > m.end() and sentence[end - 1].isspace():
            end -= 1
        # weeks and days ("37+0 weeks") is how gestation is written, whatever words stand near
        weeks_and_days = "+" in m.group(0) or "/7" in m.group(0).replace(" ", "")
        if not (_GA_CUE.fullmatch(unit) or _GA_CUE.search(sentence, floor, m.start()) or tail
                or weeks_and_days):
            continue
        if _NOT_GESTATIONAL.search(sentence, max(0, m.start() - 50), end + 20):
            continue
        low = _number(m.group("a"))
        high = _number(m.group("b")) if m.group("b") else None
        if not all(22 <= v <= 44 for v in (low, high) if v is not None):
            continue
        before = sentence[floor:m.start()]
        if _LATER_STEP is not None and _LATER_STEP.search(before):
            continue  # "removal planned at 34+0 to 34+6 weeks": when, not whom
        if high is not None:
            out.append((m.start(), end, PopulationBound("gestation", low=low, high=high)))
            continue
        lower, upper = _GA_LOWER.search(before), _GA_UPPER.search(before)
        post_lower, post_upper = _GA_POST_LOWER.match(sentence, end), _GA_POST_UPPER.match(sentence, end)
        if lower or post_lower:
            word = (lower.group(0) if lower else "").strip().lower().rstrip(".")
            inclusive = LOWER_WORDS.get(word.split(" der")[0].split(" the")[0], word not in _GA_EXCLUSIVE_LOWER)
            start = m.start() - len(before) + lower.start() if lower else m.start()
            stop = post_lower.end() if post_lower else end
            out.append((start, stop, PopulationBound("gestation", low=low, low_inclusive=inclusive)))
        elif upper or post_upper:
            word = (upper.group(0) if upper else "").strip().lower().rstrip(".")
            inclusive = UPPER_WORDS.get(word, bool(post_upper))
            start = m.start() - len(before) + upper.start() if upper else m.start()
            stop = post_upper.end() if post_upper else end
            out.append((start, stop, PopulationBound("gestation", high=low, high_inclusive=inclusive)))
    for m in (_GA_UNIT_FIRST.finditer(sentence) if _GA_UNIT_FIRST else ()):
        if any(s <= m.start("a") < e for s, e, _ in out):
            continue
        unit = sentence[m.start():m.start("a")].strip()
        if not (_GA_CUE.search(unit) or "+" in m.group(0)
                or _GA_CUE.search(sentence, max(0, m.start() - 50), m.start())):
            continue
        value = _number(m.group("a"))
        if not 22 <= value <= 44:
            continue
        floor = max(_clause_start(sentence, m.start()), m.start() - 50)
        before = sentence[floor:m.start()]
        if _LATER_STEP is not None and _LATER_STEP.search(before):
            continue
        lower, upper = _GA_LOWER.search(before), _GA_UPPER.search(before)
        post_lower = _GA_POST_LOWER.match(sentence, m.end())
        post_upper = _GA_POST_UPPER.match(sentence, m.end())
        start = m.start() - len(before) + (lower or upper).start() if (lower or upper) else m.start()
        if lower or post_lower:
            word = (lower.group(0) if lower else "").strip().lower().rstrip(".")
            inclusive = word not in _GA_EXCLUSIVE_LOWER and LOWER_WORDS.get(word, True)
            stop = post_lower.end() if post_lower else m.end()
            out.append((start, stop, PopulationBound("gestation", low=value, low_inclusive=inclusive)))
        elif upper or post_upper:
            word = (upper.group(0) if upper else "").strip().lower().rstrip(".")
            stop = post_upper.end() if post_upper else m.end()
            out.append((start, stop, PopulationBound("gestation", high=value,
                                                     high_inclusive=UPPER_WORDS.get(word, bool(post_upper)))))
    return out


# A bound that restricts one indication, not the population: "for distal humerus fractures only
# in patients of 65 years or older", "bei Frakturen nur ab 65 Jahren", "pour les fractures,
# uniquement à partir de 65 ans", "in the case of fractures, patients aged 65 or older", "per le
# fratture solo da 65 anni", "en caso de fracturas, solo pacientes de 65 años o más". The
# indication is not a person or a group, nor the use itself ("for professional use only").
_ONLY = (r"only|exclusively|solely|nur|ausschließlich|lediglich|uniquement|seulement|exclusivement|"
         r"solo|soltanto|solamente|unicamente|esclusivamente|únicamente|exclusivamente|alleen")
_INDICATION_LEAD = re.compile(
    rf"(?:(?<![\w])(?P<case>in (?:the )?case of|in cases of|im falle? (?:von|einer?|eines)|en cas de|"
    rf"dans le cas d(?:e|es|u|['’])|nel caso d\w*|in caso d\w*|en (?:el )?caso de|en los casos de)|"
    rf"(?<![\w])(?:for|bei|pour|per|para|voor))\s+(?P<x>[^,;:()\d]{{3,80}}?)\s*(?:,\s*)?"
    rf"(?:(?P<only>(?<![\w])(?:{_ONLY})(?![\w]))(?P<rest>[^;:\d]{{0,40}})|"
    rf"(?<=,)(?P<after_case>[^;:\d]{{0,40}})(?<=\s))$",
    re.IGNORECASE)
_INDICATION_AFTER = re.compile(
    rf"\s*(?:[^,;:\w\s]\s*)?,?\s*(?:{_ONLY})\s+(?:for|in (?:the )?case of|bei|pour|en cas de|per|"
    rf"in caso di|para|en caso de)\s+(?P<x>[^,;:()\d]{{3,80}})", re.IGNORECASE)
_USE_OR_PERSON = re.compile(
    r"\b(?:use|usage|utilisation|usage|anwendung|gebrauch|verwendung|uso|utilizzo|empleo|"
    r"the device|this device|le dispositif|das produkt|il dispositivo|el dispositivo)\b",
    re.IGNORECASE)
_ADMITTING_LEAD = re.compile(r"(?:intended|indicated|used|destiné\w*|indiqué\w*|bestimmt|indiziert|"
                             r"indicat\w|destinat\w|indicad\w|destinad\w|utilis\w*|verwendet)\s+$",
                             re.IGNORECASE)


# What may stand between a condition and its bound: "fractures only from", "Frakturen ab",
# "fractures :", "fractures (".
_SUBJECT_TAIL = re.compile(
    r"(?:\s*(?:only|solely|exclusively|from|aged|at|over|above|uniquement|seulement|à partir de|dès|"
    r"nur|ausschließlich|ab|solo|soltanto|desde|a partir de|alleen|vanaf|apenas|:|\(|,|-|–))*\s*$",
    re.IGNORECASE)


def _condition_subject(sentence: str, start: int) -> bool:
    """The bound's subject is a condition, not people: "distal humerus fractures from 65 years",
    "fractures only from 65 years of age", "Distal humerus fractures: 65 years or older"."""
    floor = max(sentence.rfind(";", 0, start), sentence.rfind(". ", 0, start), start - 100, -1) + 1
    subject = _SUBJECT_TAIL.sub("", sentence[floor:start])
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", subject)
    if not words or words[-1].lower() not in condition_nouns():
        return False
    return not (_PERSON_NOUN.search(subject) or find_groups(subject))


def _indication_specific(sentence: str, start: int, end: int) -> bool:
    """The bound at [start, end) is tied to one indication of several ("... for fractures only in
    patients aged 65 or older", "distal humerus fractures from 65 years"): a restriction of that
    indication, not the population's bound."""
    if _condition_subject(sentence, start):
        return True
    floor = max(sentence.rfind(";", 0, start), sentence.rfind(". ", 0, start), start - 140, -1) + 1
    before = sentence[floor:start]
    if _QUALIFYING_PATIENTS.search(before) and any(
            word.lower().strip(",;:()") in condition_nouns() for word in before.split()[:6]):
        # "Comminuted distal humerus fracture not amenable to fixation, in patients of 65 years
        # or older": a condition that opens the clause, qualified by its patients' age
        return True
    lead = None
    for m in _INDICATION_LEAD.finditer(before):
        lead = m  # the last lead is the one nearest the bound
    if lead is not None and (lead.group("only") or (lead.group("case") and lead.group("after_case") is not None)):
        who = lead.group("x")
        if not (_PERSON_NOUN.search(who) or find_groups(who) or _USE_OR_PERSON.search(who)
                or _ADMITTING_LEAD.search(before, 0, lead.start())):
            return True
    after = _INDICATION_AFTER.match(sentence, end)
    if after:
        what = after.group("x")
        return not (_PERSON_NOUN.search(what) or find_groups(what) or _USE_OR_PERSON.search(what))
    return False


# ", in patients of", ", chez les patients de", ", bei Patienten ab": the patients of an item
# that opened with their condition.
_QUALIFYING_PATIENTS = re.compile(
    r",\s*(?:in|among|chez|bei|nei|negli|en|bij)\s+(?:les\s+|den\s+|los\s+|las\s+|i\s+|de\s+)?"
    r"(?:patients?|patienten|patientinnen|pazienti|pacientes|patiënten|adults?|adultes|erwachsenen|adulti|adultos)"
    r"\s*(?:of|aged|de|d['’]|von|ab|di|da|van|vanaf|from|à partir de)?\s*$", re.IGNORECASE)


# A need, therapy or exposure that governs the span ("requiring HPN ≥ 3 mo", "on dialysis > 6
# mo", "nécessitant une NPAD ≥ 3 mois", "die eine Dialyse ≥ 6 Monate benötigen" is caught by the
# noun rule): the span is how long the therapy lasts, not the patients' age.
_NEED_LEAD = re.compile(
    r"\b(?:requir\w*|need\w*|dependent on|dependence on|receiving|treated with|undergoing|on|"
    r"nécessit\w*|dépendant\w* d['’ ]\w*|sous|abhängig von|benötig\w*|erforder\w*|"
    r"richied\w*|necessit\w*|dipendent\w* da|in terapia con|necesit\w*|requier\w*|"
    r"dependientes? de|en tratamiento con|bajo|afhankelijk van|vereis\w*)"
    r"\s+(?:[^\W\d_][\w-]*\s+){0,4}(?:(?:for|pendant|für|per|durante|gedurende)\s+)?$",
    re.IGNORECASE)
# A time point of an outcome or rate: "10–25 % at 2–4 years", "taux de 5 % à 2 ans", "10 % a
# los 2 años", "survival 90% at 5 yrs": a preposition of time right before the span and a
# rate earlier in its clause.
_TIME_POINT_LEAD = re.compile(r"\b(?:at|à|a(?: los| las)?|al|op|bij|bei|zu|after|nach|dopo|"
                              r"na|tras|après)\s+$", re.IGNORECASE)
_RATE_BEFORE = re.compile(r"%|‰|\b(?:rates?|taux|raten?|tass[oi]|tasas?|incidences?|inzidenz|"
                          r"incidenza|incidencia|survival|survie|überleben\w*|sopravvivenza|"
                          r"supervivencia|overleving|risk|risque|risiko|rischio|riesgo|risico)\b",
                          re.IGNORECASE)


def _governed_duration(sentence: str, match) -> bool:
    """The span is the length of a needed therapy or exposure, or the time point at which a
    rate was measured; an age word right after it ("≥ 3 mo of age") keeps it an age."""
    if _AGE_AFTER.match(sentence, match.end) or _AGE_AFTER.search(sentence, match.start, match.end):
        return False
    floor = max(_clause_start(sentence, match.start), match.start - 60,
                sentence.rfind("(", 0, match.start))
    before = sentence[floor:match.start]
    need = _NEED_LEAD.search(before)
    # a group noun right after the span names whose age it is ("2–17-vuotiaille lapsille", to
    # children aged 2-17: Finnish "on" is "is", not the "on" of "on ventilation for 3 months")
    after = sentence[match.end:match.end + 30]
    named_after = any(g_start <= 1 for g_start, _, _, _ in find_groups(after.lstrip()))
    if (need and not _AGE_ANCHOR.search(before, need.start()) and not find_groups(before[need.start():])
            and not named_after
            and not _data_age_anchor(before[need.start():] + sentence[match.start:match.end] + after)):
        return True
    lead = _TIME_POINT_LEAD.search(before)
    return bool(lead and _RATE_BEFORE.search(before, 0, lead.start()))


def _data_age_anchor(text: str) -> bool:
    """An age word or person noun of the document's data language in `text`: Estonian "on"
    ("is") is no "on ventilation for" in "on ette nähtud patsientidele vanuses üle 18 aasta",
    "on ette nähtud alla 18-aastastele lastele"."""
    language = _DOCUMENT_LANGUAGE.get()
    return any(p is not None and p.search(text) for p in (_age_anchor(language), _person_nouns(language)))


@lru_cache(maxsize=None)
def _age_anchor(language: str | None) -> re.Pattern | None:
    """A data language's words that make a time span an age (`age_words`), None where it lists none."""
    words = _data_terms("age_words", language=language) if language in _QUANTITY_LANGUAGES else []
    return re.compile(word_alternation(words), re.IGNORECASE) if words else None


@lru_cache(maxsize=None)
def _person_nouns(language: str | None) -> re.Pattern | None:
    words = _data_terms("person_nouns", language=language) if language in _QUANTITY_LANGUAGES else []
    return re.compile(word_alternation(words), re.IGNORECASE) if words else None


@lru_cache(maxsize=None)
def _duration_leads(language: str | None) -> re.Pattern | None:
    """A data language's words after which a span is how long something lasted (`duration_lead`:
    "пациенти след най-малко 6 месеца лечение", patients after at least 6 months of treatment)."""
    words = _data_terms("duration_lead", language=language) if language in _QUANTITY_LANGUAGES else []
    return re.compile(word_alternation(words), re.IGNORECASE) if words else None


_SPAN_CLAUSE_BREAK = re.compile(r"[,;:()]")
_FILLER_WORDS = re.compile(r"^\W*(?:[^\W\d_]+\W+){0,2}$")


def _unanchored_span(block: Block, sentence: str, match, language: str | None) -> bool:
    """In a language that lists `age_words`: an age-like span ("do 5 lat", "upp till 5 år",
    "enintään 5 vuotta") with no age word in its clause, no group or person noun at most two
    words before it and no group right after it is how long something lasts ("may stay in the
    uterus up to 5 years"), as "up to 5 years" alone is in English. A table row under a
    population heading needs no anchor."""
    anchor = _age_anchor(language)
    if anchor is None or match.bound.dimension != "age":
        return False
    if block.kind is BlockKind.TABLE_ROW and in_population_section(block):
        return False
    # an opening bracket does not part a span from its noun ("kobiety (18 lat i starsze)")
    breaks = [m.end() for m in _SPAN_CLAUSE_BREAK.finditer(sentence, 0, match.start) if m.group() != "("]
    floor = max(breaks[-1] if breaks else 0, match.start - 60)
    after = _SPAN_CLAUSE_BREAK.search(sentence, match.end)
    ceiling = min(after.start() if after else len(sentence), match.end + 30)
    if anchor.search(sentence[floor:ceiling]):
        return False
    before = sentence[floor:match.start]
    nouns = [g[1] for g in find_groups(before)]
    persons = _person_nouns(language)
    if persons is not None:
        nouns += [m.end() for m in persons.finditer(before)]
    leads = _duration_leads(language)
    if any(_FILLER_WORDS.match(before[end:]) and not (leads and leads.search(before[end:]))
           for end in nouns):
        return False  # "dzieci do 5 lat", "patienter som är upp till 5 år"
    following = sentence[match.end:ceiling].lstrip()
    if persons is not None and persons.match(following):
        return False  # "65 év feletti betegek" (patients over 65 years): the noun after the span
    return not any(g_start <= 1 for g_start, _, _, _ in find_groups(following))


_CONDITION_LABEL = re.compile(
    rf"\W*(?:{word_alternation(_data_terms('condition_labels')) or '(?!)'})(?:\s*\([^)|]*\))?[\s:.*]*",
    re.IGNORECASE)


def _in_condition_row(block: Block, sentence: str, match) -> bool:
    """The age-like bound sits in a table row labelled with the disease ("Disease | idiopathic
    PD, levodopa-responsive, >= 5 yrs"): with no age word in its cell it is the disease's
    duration, not the patients' age."""
    if (match.bound.dimension != "age" or block.kind is not BlockKind.TABLE_ROW
            or len(block.cells) < 2 or not _CONDITION_LABEL.fullmatch(block.cells[0])):
        return False
    cell_start = sentence.rfind("|", 0, match.start) + 1
    cell_end = sentence.find("|", match.end)
    cell = sentence[cell_start:cell_end if cell_end >= 0 else len(sentence)]
    return (cell_start > 0 and not _AGE_CUE.search(cell) and not _PERSON_NOUN.search(cell)
            and not find_groups(cell) and not _AGE_AFTER.match(sentence, match.end))


def _time_measured_words() -> re.Pattern | None:
    entry = knowledge.load("vocabulary/population_quantities").get("time_measured_quantities") or {}
    words = sorted({w.lower() for k, v in entry.items() if k != "source" for w in v}, key=lambda w: (-len(w), w))
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])",
                      re.IGNORECASE) if words else None


# Quantities stated in time units that are not the patient's age ("uterus size under 16 weeks",
# "remaining growth over 2 years", "bone age", "life expectancy").
_TIME_MEASURED = _time_measured_words()
_TIME_MEASURED_GAP = re.compile(r"[\s(]*(?:of\s+|at\s+|de\s+|di\s+|von\s+)?(?:[^\W\d_]+\s+)?$")


def _time_measured_quantity(sentence: str, match) -> bool:
    """The time span measures a quantity other than the age, named right before it: "uterus
    size under 16 weeks", "patient with remaining growth over 2 years", "life expectancy of
    more than 1 year", "Restwachstum über 2 Jahre" (at most one word, a comparator, between)."""
    if _TIME_MEASURED is None or _AGE_AFTER.match(sentence, match.end):
        return False
    floor = max(_clause_start(sentence, match.start), match.start - 60)
    before = sentence[floor:match.start]
    found = None
    for found in _TIME_MEASURED.finditer(before):
        pass
    if found is None:
        return False
    gap = before[found.end():]
    return (_TIME_MEASURED_GAP.fullmatch(gap) is not None and not _AGE_ANCHOR.search(gap)
            and not _AGE_CUE.search(gap))


def _vocabulary_words(name: str) -> re.Pattern | None:
    entry = knowledge.load("vocabulary/population_quantities").get(name) or {}
    words = sorted({w.lower() for k, v in entry.items() if k != "source" for w in v}, key=lambda w: (-len(w), w))
    alternation = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(r"(?<![\w-])(?:" + alternation + r")(?![\w-])", re.IGNORECASE) if words else None


# Adjectives of chronicity ("chronic", "persistent", "chronisch", "chronique", "kronični"):
# a span after one is how long the condition has lasted.
_CHRONICITY = _vocabulary_words("condition_duration_cues")
# At most four words (the condition's name), an opening bracket, "for", "since" between.
_CHRONICITY_GAP = re.compile(r"(?:\s+[^\W\d_][\w'’-]*){0,4}[\s(\[,–-]*$")
# "≥ 6 years of schooling", "8 Jahre Schulbildung": the span measures an education.
_MEASURED_AFTER = _vocabulary_words("time_measured_after")


def _condition_duration(sentence: str, match) -> bool:
    """The span is the duration of a condition named as chronic or persistent right before it
    ("adults with chronic (≥ 6 months) tinnitus", "persistent Eustachian tube dysfunction (≥ 3
    months)", "chronischer Tinnitus seit ≥ 6 Monaten"), or measures schooling ("≥ 6 years of
    schooling"); an age word or person noun between, or right after, keeps it an age."""
    if _AGE_AFTER.match(sentence, match.end) or _AGE_AFTER.search(sentence, match.start, match.end):
        return False
    if _MEASURED_AFTER is not None and _MEASURED_AFTER.match(sentence, match.end + len(
            sentence[match.end:]) - len(sentence[match.end:].lstrip())):
        return True
    if _CHRONICITY is None:
        return False
    floor = max(_clause_start(sentence, match.start), match.start - 60)
    before = sentence[floor:match.start]
    found = None
    for found in _CHRONICITY.finditer(before):
        pass
    if found is None:
        return False
    gap = before[found.end():]
    return (_CHRONICITY_GAP.fullmatch(gap) is not None and not _AGE_CUE.search(gap)
            and not _AGE_ANCHOR.search(gap) and not _PERSON_NOUN.search(gap)
            and not find_groups(gap) and not _data_age_anchor(gap))


def _conditional_words() -> re.Pattern | None:
    entry = knowledge.load("vocabulary/population_quantities").get("conditional_admission_cues") or {}
    words = sorted({w.lower() for k, v in entry.items() if k != "source" for w in v}, key=lambda w: (-len(w), w))
    # "nur, wenn", "seulement, si": a comma may part the words
    alternation = "|".join(r",?\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(r"(?<![\w-])(?:" + alternation + r")(?![\w-])", re.IGNORECASE) if words else None


_CONDITIONAL_ADMISSION = _conditional_words()


def _conditional_subgroup(sentence: str, match, matches: list) -> bool:
    """The bound admits a subgroup on a condition after the population was stated: "Children
    from 10 years and adults; patients older than 30 years only if the surgeon judges the
    chest flexible" (a condition word in the bound's clause, after it, and another bound or a
    group word before the bound's clause)."""
    if _CONDITIONAL_ADMISSION is None:
        return False
    after = sentence[match.end:match.end + 60]
    stop = re.search(r"[;.:]\s|[;:]$", after)
    condition = _CONDITIONAL_ADMISSION.search(after, 0, stop.start() if stop else len(after))
    if condition is None:
        return False
    clause = max(sentence.rfind(";", 0, match.start), sentence.rfind(",", 0, match.start),
                 sentence.rfind(":", 0, match.start))
    if clause < 0:
        return False
    head = sentence[:clause]
    return (any(m.end <= clause for m in matches if m is not match)
            or bool(find_groups(head)))


def _bare_duration(sentence: str, match) -> bool:
    """The age-like bound is a time span: of a condition, a treatment or a trial, or a number of
    days, weeks or months with no age word or population noun anywhere near it."""
    if match.bound.dimension != "age":
        return False
    if (_time_span(sentence, match) or _treatment_period(sentence, match)
            or _governed_duration(sentence, match) or _time_measured_quantity(sentence, match)
            or _condition_duration(sentence, match)):
        return True
    written = sentence[match.start:match.end]
    if not _SHORT_UNITS.search(written):
        return False
    near = sentence[max(0, match.start - 60):min(len(sentence), match.end + 20)]
    return not _AGE_CUE.search(near)


# "In patients below 40 kg, prime the kit ...", "For children under 10 kg, use ...", "Bei
# Patienten unter 40 kg ...": a subgroup named as the condition of an instruction.
_CONDITION_LEAD = re.compile(r"\s*(?:in|for|with|bei|für|chez|pour|nei|negli|per|en|para|con|bij|voor)\s+"
                             r"[^,;:]{3,60}?\d[^,;:]{0,30}[,:]\s*", re.IGNORECASE)


def _without_bounds_below_floor(sentence: str, matches: list) -> list:
    """Drop an upper bound below a lower bound the sentence stated before it for no other group.

    "Women of reproductive age from 18 years, Standard up to 10 years, Mini up to 5 years": no
    patient is at least 18 and at most 10 years old, so "up to 10 years" is how long something
    lasts (here the device's duration of use), not a second bound of the same patients. A bound
    tied to a group of its own ("adults from 18 years and children up to 12 years") stays."""
    kept = []
    for match in matches:
        bound = match.bound
        if bound.low is None and bound.high is not None and _attached_group(sentence, match.start) is None:
            floors = [m.bound.low for m in kept
                      if m.bound.dimension == bound.dimension and m.bound.low is not None
                      and m.bound.high is None]
            if any(bound.high < floor for floor in floors):
                continue
        kept.append(match)
    return kept


def _conditional_instruction(sentence: str) -> bool:
    """The sentence tells what to do for a subgroup, it does not state the population."""
    from panelproof.extract.instructions import is_instruction  # a sibling extractor's reading

    lead = _CONDITION_LEAD.match(sentence)
    return lead is not None and is_instruction(sentence[lead.end():])


def _measure_spans(sentence: str) -> list[tuple[int, int]]:
    """Spans of clinical measures' values ("BMI ≥ 27", "AHI ≥ 15", "LVEF ≤ 35 %"): in "adults
    with BMI ≥ 27" the number bounds the BMI, not the adults' age."""
    # Imported here: indication_measures builds on this module's comparator words.
    from panelproof.extract.indication_measures import measures_in

    return [(start, end) for start, end, _ in measures_in(sentence)]


# A CER's or IFU's post-market follow-up section tells what will be studied ("open questions:
# pump thrombosis in patients below 15 kg"), not whom the device is for; the PMCF plan's own
# population sections are read as usual.
_PMCF_HEADING = re.compile(
    r"\bpmcf\b|post[- ]market clinical follow|\bscac\b|suivi clinique apr[eè]s (?:la )?commercialisation|"
    r"klinische nachbeobachtung nach dem inverkehrbringen|follow-up clinico post-commercializzazione|"
    r"seguimiento cl[ií]nico pos(?:t)?comercializaci[oó]n|klinische follow-up na het in de handel brengen",
    re.IGNORECASE)


# A section of definitions, a glossary or a list of abbreviations defines words; it states no
# population ("Preterm infant: an infant born before 37 weeks of gestation").
_GLOSSARY_HEADING = re.compile(
    r"^[\W\d§]*(?:(?:terms and )?definitions?|glossary|abbreviations?|terminology|acronyms|définitions?|glossaire|"
    r"abréviations?|terminologie|begriffsbestimmungen|definitionen|glossar|abkürzungen|definizioni|glossario|"
    r"abbreviazioni|definiciones|glosario|abreviaturas|definities|afkortingen|woordenlijst)\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _glossary_heading(heading: str) -> bool:
    return bool(_GLOSSARY_HEADING.match(heading.strip()))


@lru_cache(maxsize=4096)
def _pmcf_heading(heading: str) -> bool:
    return bool(_PMCF_HEADING.search(heading))


def extract(document: Document, context: ExtractionContext) -> Iterable[Fact]:
    token = _DOCUMENT_LANGUAGE.set(document.language)
    try:
        return list(_extract(document, context))
    finally:
        _DOCUMENT_LANGUAGE.reset(token)


def _extract(document: Document, context: ExtractionContext) -> Iterable[Fact]:
    blocks = document.blocks
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.HEADING or not _may_state_population(block):
            continue
        if block.heading_path and _glossary_heading(block.heading_path[-1]):
            continue  # "Preterm infant: an infant born before 37 weeks" defines a word
        if (document.role is not Role.PMCF_PLAN and block.heading_path
                and _pmcf_heading(block.heading_path[-1])
                and not STRONG_CUE.search(block.normalized)):
            continue
        text = block.normalized
        # Patients named anywhere in the paragraph: then a group word that only qualifies a place
        # in another of its sentences ("... for neonates from 500 g. It is used in neonatal
        # intensive care units and special care baby units") names the place, not patients.
        patients_in_block: bool | None = None
        for s, e in _units_of(block):
            sentence = text[s:e]
            if not is_population_sentence(block, sentence, document.role):
                continue
            unknown = unknown_scopes(sentence)
            matches = [m for m in find_bounds(sentence, document.language)
                       if not (_bare_duration(sentence, m) or _gestational(sentence, m)
                               or _in_condition_row(block, sentence, m)
                               or _in_scopes(unknown, m.start, m.end)
                               or _unanchored_span(block, sentence, m, document.language))]
            if matches and _CONDITIONAL_ADMISSION is not None and _CONDITIONAL_ADMISSION.search(sentence):
                matches = [m for m in matches if not _conditional_subgroup(sentence, m, matches)]
            if matches and _conditional_instruction(sentence):
                matches = []  # "In patients below 40 kg, prime the kit with red cells"
            if matches and size_statement(blocks, index, sentence) is not None:
                matches = []  # "Infant sensor: 3–20 kg": a size's range (SIZE_RANGE), not the population's
            if matches:
                measured = _measure_spans(sentence)
                matches = [m for m in matches
                           if not any(s_ < m.end and m.start < e_ for s_, e_ in measured)
                           and not _indication_specific(sentence, m.start, m.end)]
                matches = _without_bounds_below_floor(sentence, matches)
            for g_start, g_end, bound in find_gestational(sentence):
                if _in_scopes(unknown, g_start, g_end) or _indication_specific(sentence, g_start, g_end):
                    continue
                excluded = _is_exclusion(exclusion_context(blocks, index, s + g_start), sentence, g_start)
                if bound.low is None and not excluded:
                    continue  # "preterm neonates (born before 37 weeks)": a definition of the group
                bound = replace(bound, group=_attached_group(sentence, g_start), excluded=excluded)
                yield make_fact(document, block, FactKind.POPULATION_BOUND, bound,
                                (s + _quote_start(sentence, g_start, 0), s + g_end))
            for match in matches:
                bound = match.bound
                group = _attached_group(sentence, match.start)
                in_exclusion = exclusion_context(blocks, index, s + match.start)
                excluded = _is_exclusion(in_exclusion, sentence, match.start)
                if not excluded and _in_operation_section(block, sentence, document.role):
                    # "Parents must supervise lens care in children under 12 years" (a warning):
                    # a subgroup an instruction is about; "do not use in children under 2 years" stays
                    continue
                bound = replace(bound, group=group, excluded=excluded)
                start = _quote_start(sentence, match.start, 0, bound.dimension)
                yield make_fact(document, block, FactKind.POPULATION_BOUND, bound,
                                (s + start, s + match.end))
            for x_start, x_end, sid in find_sexes(sentence):
                if _in_scopes(unknown, x_start, x_end) or _incidental_mention(
                        block, sentence, x_start, x_end, document.role):
                    continue
                negated = (exclusion_context(blocks, index, s + x_start)
                           or _negated(sentence, x_start, x_end))
                concept = Concept(id=sid, label=sentence[x_start:x_end], negated=negated)
                yield make_fact(document, block, FactKind.POPULATION_SEX, concept,
                                (s + x_start, s + x_end))
            found_groups = find_groups(sentence)
            # "newborns and infants ... in NICU and paediatric wards": beside patients the
            # sentence names, a group word that qualifies a place names the place
            named_patients = bool(matches) or any(not qualifies_a_place(sentence, a, b)
                                                  for a, b, _, _ in found_groups)
            for g_start, g_end, gid, negated in found_groups:
                if _in_scopes(unknown, g_start, g_end):
                    continue  # "safety in children has not been established": not intended
                if qualifies_a_clinician(sentence, g_start, g_end, text):
                    continue  # "Clinical reviewer: paediatric endocrinologist"
                if qualifies_a_thing(sentence, g_start, g_end):
                    continue  # "the neonatal sensor", "the paediatric alarm default"
                if qualifies_a_place(sentence, g_start, g_end):
                    if patients_in_block is None:
                        patients_in_block = any(not qualifies_a_place(text, a, b) for a, b, _, _ in find_groups(text))
                    if (named_patients or patients_in_block
                            or _PLACE_ACTS.search(sentence, max(0, g_start - 30), g_start)):
                        continue  # ... or the place acts: "trained by the neonatal unit"
                if in_trade_name(sentence, g_start, g_end):
                    continue  # "CRANIOFIX Paediatric Resorbable Fixation System"
                if qualifies_a_component(sentence, g_start, g_end):
                    continue  # "neonatal sensor", "warming sets S20 (neonatal/paediatric)": a part's size
                if (block.kind is BlockKind.PARAGRAPH and _LONE_LABEL.fullmatch(sentence[:g_start])
                        and _LONE_LABEL.fullmatch(sentence[g_end:]) and "." not in sentence[g_end:]):
                    # "Bambini" alone on its line: a label of what follows, not a population (a
                    # list item or a table cell naming a group still states it)
                    continue
                if exclusion_context(blocks, index, s + g_start):
                    if _qualified_group(sentence, g_start, g_end):
                        continue  # a condition of some of the group, not the group
                    negated = True
                if negated and _bounded_part(sentence, g_end, gid, matches):
                    continue  # "children below 10 kg" excludes only part of the children
                elif not negated and _incidental_mention(block, sentence, g_start, g_end,
                                                         document.role):
                    continue
                concept = Concept(id=gid, label=sentence[g_start:g_end], negated=negated)
                yield make_fact(document, block, FactKind.POPULATION_GROUP, concept,
                                (s + g_start, s + g_end))


# --- sex -----------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _sex_pattern() -> tuple[re.Pattern, dict[str, str]]:
    data = knowledge.load("vocabulary/population_groups").get("sexes") or {}
    by_term = {term.lower(): sid for sid, entry in data.items()
               for terms in (entry.get("terms") or {}).values() for term in terms}
    alternation = "|".join(re.escape(t) for t in sorted(by_term, key=lambda t: (-len(t), t)))
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])", re.IGNORECASE), by_term


# "pregnant women", "femmes enceintes", "schwangere Frauen", "donne in gravidanza", "mujeres
# embarazadas", "women of childbearing potential": a condition or a precaution, not the sex of
# the population.
_SEX_CONDITION = re.compile(
    r"pregnan\w*|lactating|breast-?feeding|nursing|childbearing|child-bearing|enceintes?|allaitantes?|"
    r"allaitement|en âge de procréer|schwanger\w*|stillend\w*|gebärfähig\w*|gravidanza|incint\w*|"
    r"allattamento|che allattano|in età fertile|embarazad\w*|en período de lactancia|lactancia|"
    r"en edad fértil|zwanger\w*|borstvoeding", re.IGNORECASE)


def find_sexes(sentence: str) -> list[tuple[int, int, str]]:
    """(start, end, "female" | "male") for each sex the sentence names as a population; words for
    both sexes give one entry per sex."""
    pattern, by_term = _sex_pattern()
    out = []
    for m in pattern.finditer(sentence):
        around = sentence[max(0, m.start() - 25):m.end() + 30]
        if _SEX_CONDITION.search(around):
            continue
        sid = by_term.get(m.group(0).lower())
        for one in (("female", "male") if sid == "both" else (sid,)):
            out.append((m.start(), m.end(), one))
    return out


# What may stand between an excluded group and the bound that narrows it: other coordinated
# groups and a few words ("children below 10 kg", "neonates and children with a body weight of
# less than 10 kg", "bambini con peso inferiore a 10 kg", "Kinder unter 6 Monaten").
_BOUND_GAP = re.compile(r"[^\d;:.!?)\[\]]{0,60}")


def _bounded_part(sentence: str, end: int, gid: str, matches: list) -> bool:
    """The negated group at `end` is narrowed by a bound right after it that leaves part of the
    group's typical age or weight span outside the exclusion: "children below 10 kg" excludes
    the lightest children, not children; "children under 12 years" excludes them all."""
    following = [m for m in matches if m.start >= end]
    if not following:
        return False
    match = min(following, key=lambda m: m.start)
    gap = sentence[end:match.start]
    if not _BOUND_GAP.fullmatch(gap) or CLAUSE_BREAK.search(gap):
        return False
    info = groups().get(gid)
    bound = match.bound
    if info is None or info.covers or bound.dimension not in ("age", "weight"):
        return False
    span = info.age if bound.dimension == "age" else info.weight
    if not span or span[0] is None:
        return False
    g_low, g_high = span[0], span[1] if span[1] is not None else float("inf")
    low = bound.low if bound.low is not None else 0.0
    high = bound.high if bound.high is not None else float("inf")
    return not (low <= g_low and g_high <= high)


# Sections of operating instructions, warnings and side effects: a group named there in passing
# ("Lampe über dem Kind positionieren", "bei Kindern mit Cholestase kann ... auftreten") is the
# patient being handled or a risk, not the intended population.
OPERATION_HEADING = re.compile(
    r"warning|precaution|caution|side[- ]effect|adverse|undesirable|complication|residual risk|"
    r"\brisks?\b|hazard|operating|operation|handling|set-?up|installation|preparation|"
    r"positioning|cleaning|maintenance|troubleshooting|storage|disposal|"
    r"warnhinweis|warnung|vorsichtsma|nebenwirkung|unerwünschte|komplikation|risiken|bedienung|"
    r"handhabung|inbetriebnahme|vorbereitung|positionierung|lagerung des patienten|reinigung|"
    r"wartung|aufbereitung|störungsbehebung|entsorgung|durchführung|"
    r"avertissement|mises? en garde|précaution|effets? (?:indésirables?|secondaires?)|"
    r"complication|risques|fonctionnement|manipulation|positionnement|nettoyage|entretien|"
    r"dépannage|élimination|"
    r"avvertenz|precauzion|effetti (?:indesiderati|collaterali)|complicanz|rischi|funzionamento|"
    r"installazione|preparazione|posizionamento|pulizia|manutenzione|"
    r"advertencia|precaucion|efectos (?:adversos|secundarios)|complicacion|riesgos|instalación|"
    r"preparación|colocación|limpieza|mantenimiento|"
    r"waarschuwing|voorzorgsmaatregel|bijwerking|complicaties|bediening|reiniging|onderhoud",
    re.IGNORECASE)


# Sections that report on data, safety or follow-up: a group named there ("bronze baby syndrome
# in infants with cholestasis", "LN-PMCF-02 with 300 infants", "the study included 212
# infants") is a study's or a risk's population, not the intended one. The PMCF plan is the
# exception: its study population is what PM001 compares with the intended purpose.
REPORTING_HEADING = re.compile(
    r"\bsafety\b|open questions?|post[- ]?market|\bpms\b|\bpmcf\b|surveillance|vigilance|"
    r"clinical investigation|clinical data|clinical studies|literature|state of the art|results|"
    r"appraisal|sicherheit|offene fragen|marktüberwachung|klinische (?:prüfung|daten)|literatur|"
    r"stand der technik|ergebnisse|sécurité|questions ouvertes|après commercialisation|"
    r"investigation clinique|données cliniques|littérature|état de l'art|résultats|sicurezza|"
    r"sorveglianza|dati clinici|letteratura|stato dell'arte|risultati|seguridad|vigilancia|"
    r"datos clínicos|literatura|estado del arte|resultados",
    re.IGNORECASE)


# A data language's own operation headings ("Ostrzeżenia", "Varningar", "Upozornění", "Varoitukset"),
# in its documents only, as for its population headings.
OPERATION_HEADING = _LanguageCue(
    OPERATION_HEADING,
    lambda language: _extended(OPERATION_HEADING.base, _data_terms("headings", "operation", language=language)))


@lru_cache(maxsize=4096)
def _operation_headings(headings: tuple[str, ...], reporting: bool = False,
                        language: str | None = None) -> bool:
    # `language` keys the cache: the heading words depend on the document's language
    for heading in reversed(headings):
        if POPULATION_HEADING.search(heading):
            return False
        if OPERATION_HEADING.search(heading) or (reporting and REPORTING_HEADING.search(heading)):
            return True
    return False


# A singular group noun after an article or possessive is the patient being handled ("the
# child's eyes", "dem Kind", "l'enfant", "il bambino", "el niño"), not a population group, unless
# the sentence states the intended population ("indiqué chez l'adulte et l'enfant").
_SINGULAR_TERMS = frozenset({
    "child", "infant", "baby", "toddler", "newborn", "new-born", "neonate", "kind", "säugling",
    "neugeborenes", "kleinkind", "frühgeborenes", "enfant", "nourrisson", "bébé", "nouveau-né",
    "bambino", "bambina", "neonato", "lattante", "niño", "niña", "bebé", "lactante",
    "recién nacido", "neonaat", "zuigeling", "pasgeborene"})
_ARTICLE_BEFORE = re.compile(
    r"(?:\b(?:the|your|each|every|this|a|an|der|die|das|dem|den|des|ein|eine|einem|einen|"
    r"eines|ihr|ihrem|ihren|ihres|jedes|jedem|le|la|un|une|votre|chaque|cet|il|lo|al|del|dal|"
    r"nel|sul|uno|una|ogni|el|su|cada|het|de|een|uw)|\bl['’]|\bdell['’]|\ball['’]|\bnell['’])"
    r"\s*$", re.IGNORECASE)
_STATEMENT_CUE = re.compile(
    r"\btarget|population|zielgruppe|patientengruppe|cible|popolazione|población|doelgroep|"
    r"\bfor use (?:in|on|with)|\buse in\b|\bchez\b|suitable for|designed for",
    re.IGNORECASE)


@lru_cache(maxsize=None)
def _singular_patient(language: str | None) -> frozenset[str]:
    return frozenset(_data_terms("singular_patient", language=language)
                     if language in _QUANTITY_LANGUAGES else ())


_RESTRICTION_CUE = re.compile(word_alternation(_data_terms("restriction_cues")) or "(?!)", re.IGNORECASE)


def _in_operation_section(block: Block, sentence: str, role: Role | None = None) -> bool:
    """The sentence sits in operating instructions, warnings or side effects (or, outside the PMCF
    plan, a section reporting data, safety or follow-up) and neither says whom the device is
    for ("intended", "indicated") nor restricts its use ("only", "must not")."""
    return (not STRONG_CUE.search(sentence) and not _RESTRICTION_CUE.search(sentence)
            and _operation_headings(tuple(_headings(block)), role is not Role.PMCF_PLAN,
                                    _DOCUMENT_LANGUAGE.get()))


def _incidental_mention(block: Block, sentence: str, start: int, end: int,
                        role: Role | None = None) -> bool:
    """A group named in passing, not as the population the device is intended for: in operating
    instructions, warnings or side effects (or, outside the PMCF plan, sections reporting data,
    safety or follow-up) without an "intended/indicated" cue, or a singular noun with an
    article that refers to the patient at hand."""
    if STRONG_CUE.search(sentence):
        return False
    language = _DOCUMENT_LANGUAGE.get()
    if _operation_headings(tuple(_headings(block)), role is not Role.PMCF_PLAN, language):
        return True
    term = sentence[start:end].lower()
    # the possessive names the same one patient: "your baby's windpipe", "the child's neck"
    term = term[:-2] if term.endswith(("'s", "’s")) else term
    if term in _SINGULAR_TERMS and _ARTICLE_BEFORE.search(sentence, max(0, start - 12), start):
        return not _STATEMENT_CUE.search(sentence)
    # languages without articles mark the one patient by the form itself ("szyi dziecka", the
    # child's neck; "barnets hals"): incidental unless the sentence states a population (an age
    # word, a population word)
    if term in _singular_patient(language):
        anchor = _age_anchor(language)
        return not (_STATEMENT_CUE.search(sentence) or POPULATION_HEADING.search(sentence)
                    or (anchor is not None and anchor.search(sentence)))
    return False


# --- helpers for rules -------------------------------------------------------------------------

def admitted(bound: PopulationBound) -> PopulationBound | None:
    """The interval a bound admits: itself, or for an exclusion its one-sided complement.

    "Not for patients under 5 kg" admits >= 5 kg. An excluded closed interval ("patients aged
    18-75 are excluded") admits two pieces and has no single interval: None.
    """
    if not bound.excluded:
        return bound
    if bound.low is not None and bound.high is not None:
        if bound.low == 0:
            return PopulationBound(bound.dimension, low=bound.high,
                                   low_inclusive=not bound.high_inclusive, group=bound.group)
        return None
    if bound.high is not None:
        return PopulationBound(bound.dimension, low=bound.high,
                               low_inclusive=not bound.high_inclusive, group=bound.group)
    if bound.low is not None:
        return PopulationBound(bound.dimension, high=bound.low,
                               high_inclusive=not bound.low_inclusive, group=bound.group)
    return None


def expand_groups(ids: Iterable[str]) -> set[str]:
    """Group ids with umbrellas replaced by what they cover (paediatric -> neonates ...)."""
    known = groups()
    out: set[str] = set()
    for gid in ids:
        info = known.get(gid)
        out |= set(info.covers) if info and info.covers else {gid}
    return out


PAEDIATRIC_GROUPS = frozenset({"preterm_neonates", "neonates", "infants", "children", "adolescents"})


def umbrella_equivalent(one: dict[str, Fact], other: dict[str, Fact]) -> bool:
    """True when two documents' named groups (group id -> fact naming it, umbrellas expanded)
    differ only inside the paediatric age range and one of them says "paediatric" as a whole:
    "paediatric and adult patients" and "infants, children and adults" do not contradict each
    other, the umbrella term is just less specific."""
    if not any(f.value.id == "paediatric" for f in (*one.values(), *other.values())):
        return False
    outside_one = set(one) - PAEDIATRIC_GROUPS
    outside_other = set(other) - PAEDIATRIC_GROUPS
    return (outside_one == outside_other and bool(set(one) & PAEDIATRIC_GROUPS)
            and bool(set(other) & PAEDIATRIC_GROUPS))


def implied_low(bound: PopulationBound) -> float:
    """The lower age a group word sets when the text states only an upper one: "adults not
    older than 65 years" admits 18 to 65, as "adults aged 18 to 65" does (the group's open-ended
    age span in vocabulary/population_groups.yaml: adults from 18)."""
    if bound.dimension != "age" or bound.group is None or bound.high is None or bound.excluded:
        return 0.0
    info = groups().get(bound.group)
    if info is None or info.age[0] is None or info.age[1] is not None:
        return 0.0
    return float(info.age[0]) if info.age[0] < bound.high else 0.0


def implied_high(bound: PopulationBound) -> float:
    """The upper age a group word sets when the text states only a lower one: "patients of
    paediatric age from birth" admits no one past childhood, as "children from birth to 18
    years" does (the group's age span in vocabulary/population_groups.yaml); infinity when
    the group sets none."""
    if bound.dimension != "age" or bound.group is None or bound.low is None or bound.excluded:
        return math.inf
    info = groups().get(bound.group)
    if info is None or info.age[1] is None or info.age[1] <= bound.low:
        return math.inf
    return float(info.age[1])


def groups_admitted_by_bounds(bounds: Iterable[Fact]) -> set[str]:
    """Groups whose whole typical span a document's population-wide bounds admit.

    "Patients aged 7 years and older" admits adolescents, adults and the elderly as surely as
    naming them would; a bound tied to one group ("children from 7 years") admits nothing more.
    """
    spans = []
    for fact in bounds:
        bound = fact.value
        if bound.group is not None or bound.excluded or bound.dimension not in ("age", "weight"):
            continue  # a body surface area says nothing of age classes
        spans.append((bound.dimension, bound.low if bound.low is not None else 0.0,
                      bound.high if bound.high is not None else float("inf")))
    admitted_ids = set()
    for gid, info in groups().items():
        if info.covers or gid == "unrestricted":
            continue
        for dimension, low, high in spans:
            span = info.age if dimension == "age" else info.weight
            if not span or span[0] is None:
                continue
            g_low, g_high = span[0], span[1] if span[1] is not None else float("inf")
            if low <= g_low and g_high <= high:
                admitted_ids.add(gid)
    return admitted_ids


def groups_excluded_by_bounds(bounds: Iterable[Fact]) -> set[str]:
    """Groups whose whole typical age span lies outside every one of a document's
    population-wide age bounds: "Patients ≥ 18 years" excludes children and adolescents."""
    ages = [f.value for f in bounds if f.value.dimension == "age" and f.value.group is None
            and not f.value.excluded]
    if not ages:
        return set()
    excluded = set()
    for gid, info in groups().items():
        if info.covers or not info.age or info.age[0] is None:
            continue
        g_low, g_high = info.age[0], info.age[1] if info.age[1] is not None else float("inf")
        if all((b.low is not None and g_high <= b.low) or (b.high is not None and g_low >= b.high)
               for b in ages):
            excluded.add(gid)
    return excluded
