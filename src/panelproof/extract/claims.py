"""CLAIM facts: sentences asserting a clinical benefit, performance or safety, with citations.

A claim is a sentence of a CER, SSCP, IFU, CEAR or label that contains a claim marker from
knowledge/claim_language.yaml ("reduces", "améliore", "verbessert", "is safe and effective",
"no side effects", "superior to" ...) that is not negated, and that is not an objective, a
question, a heading or a hedged statement. Literature-table rows are study descriptions, not
claims, unless the table is a claims table (a column headed "Claim", "Benefit", ...).

Each claim keeps its citations ("[12]", "(Smith et al., 2020)", "ref. 4", "see Table 5",
superscript numbers), whether its wording is absolute (CL002) and which physiology red flag
from knowledge/red_flags.yaml it matches (CL003).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from panelproof.extract._clinical_terms import (claim_language, find_terms, flatten, has_term,
                                                 is_negated, outcome_concepts, term_regex)
from panelproof.extract.common import (ExtractionContext, any_heading, heading_matches, lowered_pattern, make_fact,
                                      sentences, with_first_character_lookahead)
from panelproof.extract.instructions import opens_with_imperative, text_core
from panelproof.extract.model import Claim, Fact, FactKind
from panelproof.ingest.model import Block, BlockKind, Document, Role
from panelproof.ingest.normalize import fold_case
from panelproof.knowledge import load

CLAIM_ROLES = {Role.CER, Role.SSCP, Role.IFU, Role.CEAR, Role.LABEL}

# Sections whose sentences describe risks, methods or literature rather than the device's
# benefits; "may reduce the risk" under "Warnings" is not a claim.
# "Benefit-risk analysis" weighs the benefits against the risks: the section where a CER states
# its claims, not a list of risks or a method.
_NOT_BENEFIT = (r"(?<!benefit-)(?<!benefit )(?<!benefit/)(?<!benefit–)(?<!benefits-)(?<!benefits )"
                r"(?<!benefit and )(?<!benefits and )")
_NON_CLAIM_SECTION = re.compile(
    r"residual risk|side[- ]effect|undesirable|complication|warning|precaution|contra-?indication|"
    r"adverse (?:event|effect|reaction)|hazard|" + _NOT_BENEFIT + r"risk (?:management|analysis|control)|"
    r"literature (?:search|review method)|search (?:strategy|protocol|terms)|\bmethod|"
    r"reference|bibliograph|appraisal|objective|pmcf|inclusion|exclusion|"
    r"risques? résiduels?|effets? (?:indésirables?|secondaires?)|avertissement|précaution|"
    r"contre-indication|méthod|bibliograph|références|objectif|"
    r"restrisik|nebenwirkung|warnhinweis|vorsichtsma|gegenanzeige|kontraindikation|method|"
    r"caution|attention|achtung|vorsicht|attenzione|"
    r"literaturverzeichnis|literaturrecherche|quellen|zielsetzung|"
    # alarm and troubleshooting sections tell the user what to do, they claim nothing
    r"troubleshoot|alarm|dépannage|fehlerbehebung|störungs(?:behebung|beseitigung)|"
    r"risoluzione dei problemi|solución de problemas|resolución de problemas",
    re.IGNORECASE)
# Background sections (state of the art, the disease, alternative treatments) describe the
# condition and its therapies, not the device: their sentences are claims only when they name
# the device or assert something contrary to physiology (a red flag). Any heading of the path.
_BACKGROUND_SECTION = re.compile(
    r"state[- ]of[- ]the[- ]art|\bbackground\b|current knowledge|medical condition|"
    r"patho-?physiolog|epidemiolog|natural (?:history|course)|standard of care|"
    r"(?:alternative|available|current|existing) (?:treatments?|therap|options|management)|"
    r"treatment (?:options|alternatives)|(?:description|overview) of the (?:disease|condition)|"
    # the SSCP's "Possible diagnostic or therapeutic alternatives" (MDCG 2019-9 section 5)
    r"(?:diagnostic|therapeutic|treatment|clinical) (?:or (?:diagnostic|therapeutic) )?alternatives|alternatives? (?:to|for) (?:the |this )?|"
    r"alternatives? (?:diagnostiques? ou )?thérapeutiques?|autres (?:options|traitements|thérapies)|traitements? alternatifs?|"
    r"(?:diagnostische[n]? (?:oder|und) )?(?:therapeutische[n]? )?alternativen|therapiealternativen|alternative (?:behandlungen|therapien|verfahren)|"
    r"alternative (?:diagnostiche (?:o|e) )?terapeutiche|alternativas (?:diagnósticas (?:o|y) )?terapéuticas|"
    r"(?:disease|condition) (?:overview|description|background)|"
    r"état de l'art|contexte (?:clinique|médical)|physiopatholog|épidémiolog|"
    r"alternatives? thérapeutiques?|options thérapeutiques|"
    r"stand der (?:technik|wissenschaft|medizin)|hintergrund|krankheitsbild|pathophysiolog|"
    r"behandlungs(?:alternativen|optionen|möglichkeiten)|"
    r"stato dell'arte|fisiopatolog|epidemiolog|alternative terapeutiche|"
    r"estado del arte|estado de la técnica|antecedentes|fisiopatolog|alternativas terapéuticas",
    re.IGNORECASE)
_CLAIM_COLUMN = re.compile(r"claim|benefit|performance|statement|revendication|allégation|"
                           r"bénéfice|aussage|nutzen|leistung|behauptung|afirmaci|declaraci|"
                           r"dichiarazion|beneficio|prestazion|rendimiento", re.IGNORECASE)
# A column that holds nothing but claims: each of its cells is a claim the document makes,
# whatever its wording ("Implant survivorship of 98 % at 15 years" needs no claim verb there).
_DECLARED_CLAIM_COLUMN = re.compile(
    r"^\W*(?:(?:clinical|performance|safety|benefit)\s+)?claims?\b|^\W*(?:allégations?|"
    r"revendications?|(?:leistungs|sicherheits)?(?:aussagen?|behauptungen?)|angaben|"
    r"dichiarazion[ei]|afirmaci(?:ón|ones)|declaraci(?:ón|ones))\b", re.IGNORECASE)

_CITATION_PATTERNS = [
    # (12), (3, 4), (5-7): Vancouver numbers in brackets (one to three digits, not a year)
    r"\(\d{1,3}(?:\s*[-–,;]\s*\d{1,3})*\)",
    # [12], [3, 4], [5-7], [Smith 2020]
    r"\[(?:\d+(?:\s*[-,;]\s*\d+)*|[A-ZÀ-Ý][^\]]{0,60}?(?:19|20)\d{2}[a-z]?)\]",
    # (Smith et al., 2020), (Müller 2018; Dupont 2019)
    r"\((?=[^()]*[A-ZÀ-Ý][\w'-]+)[^()]{0,80}?(?:19|20)\d{2}[a-z]?[^()]{0,20}\)",
    # Smith et al. (2020), Smith et al. 2020
    r"[A-ZÀ-Ý][\w'-]+ et al\.?,? \(?(?:19|20)\d{2}[a-z]?\)?",
    # Hollis 2017; Moreau 2019 (a list of author-year citations, as in a "Supporting data" cell)
    r"[A-ZÀ-Ý][a-zà-ÿ'-]+,? (?:19|20)\d{2}[a-z]?\s*;\s*[A-ZÀ-Ý][a-zà-ÿ'-]+,? (?:19|20)\d{2}[a-z]?\b",
    # (test report TR-12), (clinical investigation report CIR-3), (Prüfbericht 7)
    r"\([^()]{0,40}\b(?:report|study|protocol|rapport|Bericht|Prüfbericht|Studie)\b[^()]{0,40}\)",
    # ref. 4, (refs 3-5), réf. 2, Lit. 7
    r"\(?\b(?:refs?|réf|references?|références?|Lit|Literatur|Quelle)\.?\s*\d+(?:\s*[-,;]\s*\d+)*\)?",
    # see Table 5, cf. Figure 2, siehe Tabelle 3, voir tableau 4, section 6.2
    r"\b(?:(?:see|cf|voir|siehe|vgl)\.?\s+)?(?:Table|Tableau|Tabelle|Tab|Figure|Fig|Abbildung|Abb|"
    r"section|chapter|chapitre|Kapitel|Abschnitt|Annex|Appendix|Annexe|Anhang)\.?\s+[A-Z]?\d[\d.]*\b",
]
_CITATION = re.compile("|".join(f"(?:{p})" for p in _CITATION_PATTERNS), re.IGNORECASE)
# Superscript reference numbers live only in the verbatim text (normalisation folds them).
_SUPERSCRIPT = re.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:[,⁻–-][⁰¹²³⁴⁵⁶⁷⁸⁹]+)*|<sup>\s*[\d,\s-]+</sup>|\^[\d,-]+\^")
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")


@lru_cache(maxsize=1)
def _horizon_patterns() -> tuple[tuple[re.Pattern[str], float, bool], ...]:
    """Each long-term pattern compiled once, its "(\\d+)" also matching a number word
    ("five years", "cinq ans", "fünf Jahre") and a lower bound before it ("min. 25 yrs",
    ">= 10 years", "mindestens 10 Jahre"), with its months (per unit or fixed)."""
    data = claim_language()["long_term"]
    words = sorted(_number_words(), key=lambda t: (-len(t), t))
    bounds = [b for items in data.get("bounds", {}).get("patterns", {}).values() for b in items]
    bound = r"(?:(?<![\w.])(?:" + "|".join(bounds) + r")\s*)?" if bounds else ""
    number = bound + r"(\d+|" + "|".join(re.escape(w) for w in words) + r")"
    compiled = []
    for item in data["patterns"]:
        per_unit = "months_from_number" in item
        pattern = item["pattern"].replace(r"(\d+)", number) if per_unit else item["pattern"]
        months = float(item["months_from_number"] if per_unit else item["months"])
        compiled.append((re.compile(pattern, re.IGNORECASE), months, per_unit))
    return tuple(compiled)


@lru_cache(maxsize=1)
def number_words() -> dict[str, int]:
    """Number words of knowledge/claim_language.yaml ("five": 5, "cinq": 5, "fünf": 5 ...)."""
    return _number_words()


@lru_cache(maxsize=1)
def _number_words() -> dict[str, int]:
    values = claim_language()["long_term"].get("number_words", {}).get("values", {})
    return {str(word).lower(): int(value) for word, value in values.items()}


def horizon_matches(text: str) -> list[tuple[float, str, tuple[int, int]]]:
    """Every long-term wording of `text` with the follow-up it implies, in months, its words and
    the span of its duration (from its number on: "durability of the valve for [15 years]"). Words in a clause that states an uncertainty ("the long-term durability remains to be
    shown") imply nothing."""
    found = []
    for pattern, months, per_unit in _horizon_patterns():
        for match in pattern.finditer(text):
            if per_unit:
                number = match.group(1)
                value = float(_number_words().get(number.lower(), 0) if not number[0].isdigit()
                              else number)
                horizon = value * months
            else:
                horizon = months
            if horizon <= 0 or in_uncertain_clause(text, match.start()):
                continue
            found.append((horizon, match.group(0), (match.start(1) if per_unit else match.start(), match.end())))
    return found


def _forecasts_long_term(text: str) -> bool:
    """A forecast of a benefit over a long horizon ("is expected to improve long-term survival
    up to 5 years"): a claim of that horizon, though its verb is hedged (knowledge/
    claim_language.yaml `forecast_claims`)."""
    patterns = (claim_language().get("forecast_claims") or {}).get("patterns")
    return bool(patterns) and has_term(patterns, text) and bool(horizon_matches(text))


def claim_horizon_months(text: str) -> tuple[float, str] | None:
    """The longest follow-up a long-term claim implies, in months, and the words that imply it."""
    best: tuple[float, str] | None = None
    for horizon, words, _ in horizon_matches(text):
        if best is None or horizon > best[0]:
            best = (horizon, words)
    return best


# A number or a duration word next to a time unit: the cheap test before the data patterns.
_MAY_EXTRAPOLATE = re.compile(r"(?:month|year|week|mois|ans?\b|année|Monat|Jahr|mes[ei]|ann[io]|año|semaine|Woche)",
                              re.IGNORECASE)


# Data or a study said to show something: "the CF-RIB data demonstrate", "study AB-2 confirms",
# "les données ... démontrent", "die Daten ... belegen".
_DATA_DEMONSTRATE = re.compile(
    r"\b(?:data|study|studies|results?|evidence|investigation|trial|registry|experience|données|étude|"
    r"résultats|Daten|Studie|Ergebnisse|dati|studio|risultati|datos|estudio|resultados)\b[^.;]{0,40}?"
    r"\b(?:demonstrat\w*|shows?|showed|shown|confirm\w*|prove[sdn]?|establish\w*|document(?:s|ed)|"
    r"démontr\w*|confirm\w*|montr\w*|zeig\w*|beleg\w*|bestätig\w*|dimostr\w*|conferm\w*|"
    r"demuestr\w*|confirma\w*)\b",
    re.IGNORECASE)


# "during the first 12 months", "over the following 2 years": a window of the results, not a
# horizon the data are said to hold for.
_OPENING_WINDOW = re.compile(r"\b(?:first|following|initial|premiers?|ersten|primi|primeros)\b", re.IGNORECASE)


_TIME_UNIT = re.compile(r"month|year|yrs?\b|week|mois|ans?\b|année|semaine|Monat|Jahr|Woche|mes[ei]|ann[io]\b|año|semana|settiman",
                        re.IGNORECASE)


_NAMES_DATA = re.compile(r"[\s-]*(?:[\w-]+\s+)?(?:data|results?|outcomes?|follow-up|evidence|experience|"
                         r"données|résultats|suivi|Daten|Ergebnisse|dati|risultati|datos|resultados)\b",
                         re.IGNORECASE)


def extrapolated_follow_up(text: str) -> tuple[float, str] | None:
    """The follow-up of the data a sentence reports ("The 12-month results of study AC-05", "the
    3-year data", "les résultats à 12 mois"), in months, with its words, when the same sentence
    states a longer long-term horizon ("... over the lifetime of the implant", "... durability
    for 15 years"): the sentence generalises short data to a long claim. A plain result ("at 12
    months, hearing was stable", "the 5-year results show 95 % survival at 5 years") states no
    longer horizon and gives None."""
    terms = claim_language().get("data_follow_up", {}).get("patterns")
    data = find_terms(terms, text) if terms else []
    if not data:
        return None
    # A horizon that names data itself ("2-year data are available", "long-term data are to be
    # generated by PMCF", "5-year follow-up") is another data set or a plan, not a claim's horizon.
    horizons = [h for h in horizon_matches(text)
                if not _NAMES_DATA.match(text, h[2][1])
                and not any(m.start() < h[2][1] and h[2][0] < m.end() for m in data)]
    if not horizons:
        return None
    from panelproof.extract.evidence import max_duration_months  # evidence imports this module
    reported: tuple[float, str] | None = None
    for match in data:
        # "six-month data": the number view reads a number word before a space, not a hyphen
        months = max_duration_months(match.group(0).replace("-", " "))
        unit = _TIME_UNIT.search(match.group(0))
        at = match.start() + (unit.start() if unit else 0)
        # a longer horizon in other words than the data's own: "3-year data" is also read as a
        # 3-year horizon, "outcomes over 20 years" as data of 20 years
        if months and any(horizon > months and not start <= at < end for horizon, _, (start, end) in horizons):
            if reported is None or months > reported[0]:
                reported = (months, match.group(0))
    return reported


@dataclass(frozen=True)
class MarkerHit:
    kind: str
    start: int


def extract(document: Document, context: ExtractionContext) -> Iterator[Fact]:
    if document.role not in CLAIM_ROLES:
        return
    headers = _table_headers(document)
    subject_context = document.text
    listing_non_claims = False  # list items follow a lead-in naming indications, risks ...
    for block in document.blocks:
        listing_non_claims = _lists_non_claims(block, listing_non_claims)
        if listing_non_claims and block.kind is BlockKind.LIST_ITEM:
            continue
        declared = _in_declared_claim_column(block, headers)
        notice = _in_safety_notice(block)
        # A claim against physiology (a red flag) is a claim wherever it stands: "the therapy
        # prevents the development of cancer" in a residual-risk section too.
        flagged_only = (not notice and block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
                        and bool(block.section) and _risk_section(block.section))
        if flagged_only and not _has_red_flag_cue(block.normalized):
            continue  # one scan dismisses a methods or references paragraph with no red flag
        spans = (sentences(block) if notice or flagged_only else _candidate_spans(block, headers))
        for span in spans:
            text = block.normalized[span[0]:span[1]]
            claim = analyse(text, subject_context=subject_context,
                            verbatim=_verbatim(block, span), declared=declared)
            # In a warning box only a reassurance that harm cannot happen claims, and a claim
            # against physiology, which is a claim wherever it stands.
            if claim is None or (notice and claim.red_flag is None
                                 and not _declares_harm_impossible(claim)):
                continue
            if flagged_only and claim.red_flag is None:
                continue
            # The section tests only for a claim: most blocks have none, and a long annex has
            # thousands of headings to search.
            if not _claims_in_background(claim) and background_section(block.heading_path):
                continue
            if is_mechanism(claim) and (_description_section(block.heading_path)
                                        or describes_device(claim.text)):
                continue
            yield make_fact(document, block, FactKind.CLAIM, claim, span)


def analyse(text: str, *, subject_context: str = "", verbatim: str | None = None,
            device_types: Iterable[str] = (), declared: bool = False) -> Claim | None:
    """The claim a sentence makes, or None when it makes none.

    `declared`: the text stands in a column of claims (a "Claim | Supporting data" table), so
    it is a claim even without a claim verb.
    """
    stripped = text.strip()
    if (len(stripped.split()) < 3 or stripped.endswith("?") or is_specification(stripped)
            or is_fragment(stripped) or _NON_CLAIM_LABEL.match(stripped)):
        return None
    # "The 12-month results ... demonstrate stable hearing over the lifetime of the implant":
    # a result generalised to a longer horizon claims that horizon, whatever its verb.
    extrapolated = extrapolated_follow_up(stripped) if _MAY_EXTRAPOLATE.search(stripped) else None
    # "The CF-RIB data demonstrate complete resorption ... over the full resorption period of 24
    # to 36 months": data said to show an outcome over a stated long horizon claim that horizon,
    # whatever the data's own follow-up (CL004 reads it from the study named).
    generalised = extrapolated is not None or (
        _DATA_DEMONSTRATE.search(stripped) is not None
        and any(not _OPENING_WINDOW.search(words) for _, words, _ in horizon_matches(stripped)))
    # "is expected to maintain patency for up to 10 years": a forecast over a long horizon
    # claims that horizon, though hedged.
    forecast = _forecasts_long_term(stripped)
    generalised = generalised or forecast
    if not _has_claim_cue(stripped):
        if declared:
            return Claim(text=stripped, citations=citations(stripped, verbatim),
                         kind="performance", absolute=False,
                         red_flag=red_flag(stripped, subject_context, device_types),
                         reported_follow_up=extrapolated)
        if not generalised:
            return None  # no marker, absolute wording or red-flag concept: most sentences
    language = claim_language()
    if has_term(language["not_claims"]["patterns"], stripped) and not forecast:
        return None
    if _is_instruction(stripped):
        return None
    if is_literature_statement(stripped):
        return None
    markers = [m for m in marker_hits(stripped)
               if not is_negated(stripped, m.start) and not _imperative_at(stripped, m.start)
               and not in_uncertain_clause(stripped, m.start)]
    absolute = absolute_hits(stripped)
    flag = red_flag(stripped, subject_context, device_types)
    if markers and not absolute and flag is None and _names_a_thing(stripped, markers):
        return None
    # "X is indicated in adults as an adjunct to haemostasis when control of bleeding by
    # conventional techniques is ineffective": an indication states the intended purpose, not
    # a benefit the device achieves, unless it also words it absolutely or quantifies it.
    if (markers and not absolute and flag is None and not generalised and _INDICATION.search(stripped)
            and not _QUANTIFIED_BENEFIT.search(stripped)):
        return None
    # A sentence asserting an effect contrary to physiology is a claim whatever its verb
    # ("protects the brain by lowering ICP").
    if not markers and not any(entry.get("standalone") for entry, _ in absolute) and flag is None \
            and not generalised:
        return None
    if markers:
        kind = markers[0].kind
    elif absolute:
        kind = _kind_of_absolute(absolute[0][0])
    else:
        kind = "benefit"
    return Claim(text=stripped,
                 citations=citations(stripped, verbatim),
                 kind=kind,
                 absolute=bool(absolute),
                 red_flag=flag,
                 reported_follow_up=extrapolated)


# Clauses: a contrast ("but", "however", "mais", "aber") or a semicolon starts another
# statement; a concessive opening ("Although long-term data are lacking, ...") ends at its comma.
_CONTRAST = re.compile(
    r"[;:]|,?\s*\b(?:but|however|whereas|nevertheless|mais|cependant|toutefois|néanmoins|tandis que|"
    r"aber|jedoch|dennoch|allerdings|während|però|tuttavia|mentre|pero|sin embargo|mientras que|maar|echter)\b",
    re.IGNORECASE)
_CONCESSIVE = re.compile(r"\s*(?:although|though|even though|even if|bien que|quoique|même si|obwohl|obgleich|"
                         r"auch wenn|sebbene|anche se|benché|aunque|si bien|hoewel)\b[^,]*,", re.IGNORECASE)


def clause_at(text: str, position: int) -> tuple[int, int]:
    """The span of the clause of `text` that holds `position`."""
    start, end = 0, len(text)
    for match in _CONTRAST.finditer(text):
        if match.end() <= position:
            start = match.end()
        elif match.start() > position:
            end = match.start()
            break
    concessive = _CONCESSIVE.match(text, start, end)
    if concessive is not None:
        if position >= concessive.end():
            start = concessive.end()
        else:
            end = concessive.end()
    return start, end


def in_uncertain_clause(text: str, position: int) -> bool:
    """Whether the words at `position` stand in a clause that states an uncertainty or a
    limitation of the evidence ("the main uncertainty is the long-term durability ...",
    "durability remains to be shown", "Langzeitdaten fehlen") or a plan to verify it later
    ("PMCF will confirm long-term safety", "Le SCAC confirmera ..."): such a clause claims
    nothing."""
    pattern = _uncertainty_or_plan()
    if pattern is None or not pattern.search(text):
        return False
    # "open questions addressed are: long-term effectiveness ...": a statement that runs over
    # the clauses it introduces
    if any(m.start() <= position < m.end() for m in pattern.finditer(text)):
        return True
    start, end = clause_at(text, position)
    return pattern.search(text[start:end]) is not None


def states_limitation(text: str) -> bool:
    """Whether a sentence anywhere states a limitation or uncertainty of the evidence, disclaims
    a claim or defers it to PMCF ("but long-term survival has not been observed yet", "the
    manufacturer does not claim long-term survival")."""
    pattern = _uncertainty_or_plan()
    return pattern is not None and pattern.search(text) is not None


@lru_cache(maxsize=1)
def _uncertainty_or_plan() -> re.Pattern[str] | None:
    language = claim_language()
    terms = [t for key in ("uncertainty_statements", "plan_statements")
             for t in flatten(language.get(key, {}).get("patterns"))]
    return term_regex(terms) if terms else None


# Indication and intended-purpose wording, en/fr/de/it/es/nl; also the purpose wording of
# authors writing English with German or French habits ("is foreseen for", "is designed to be
# used for"; "ist ... vorgesehen", "est prévu pour", "è previsto per", "está previsto para").
_INDICATION = re.compile(
    r"\b(?:(?:is|are)\s+(?:(?:also|only|exclusively|primarily)\s+)?indicated|indicated\s+(?:for|in|as)|"
    r"intended\s+(?:for|to)|foreseen\s+(?:for|to\s+be\s+used)|(?:is|are)\s+designed\s+for|"
    r"(?:designed|meant|planned)\s+to\s+be\s+used\s+(?:for|in|on|by|as)|"
    r"(?:ist|sind)\b[^.;]{0,120}\bvorgesehen|vorgesehen\s+(?:für|zur|zum)|"
    r"(?:est|sont)\s+prévue?s?\s+pour|prévue?s?\s+pour\s+(?:le|la|les|l['’]|être\s+utilisée?s?)|"
    r"(?:è|sono)\s+previst[oaie]\s+per|(?:está|están)\s+previst[oa]s?\s+para|(?:est|sont)\s+(?:(?:également|uniquement|exclusivement)\s+)?indiquée?s?|"
    r"destinée?s?\s+(?:à|au|aux)|destinée?s?\s*,[^,.;]{1,80},\s*(?:à|au|aux)\b|(?:intended|indicated|designed)\s*,[^,.;]{1,80},\s*(?:for|to|in|as)\b|indiquée?s?\s*,[^,.;]{1,80},\s*(?:pour|dans|chez|en)\b|(?:ist|sind)\b[^.;]{0,120}\bindiziert|indiziert\s+(?:für|bei|zur|zum)|"
    r"bestimmt\s+(?:für|zur|zum)|(?:è|sono)\s+indicat[oaie]|destinat[oaie]\s+(?:a|al|alla|ai|alle)|"
    r"(?:está|están)\s+indicad[oa]s?|destinad[oa]s?\s+(?:a|al|para)|(?:is|zijn)\s+geïndiceerd|"
    r"bestemd\s+voor)\b",
    re.IGNORECASE)
# A number of patients or a percentage, or a comparison with another treatment, makes an
# indication a claim about what the device achieves.
_QUANTIFIED_BENEFIT = re.compile(
    r"\d\s*%|\b\d+\s*(?:/|of|out of|sur|von|su|de|van)\s*\d+\b|\b(?:than|superior to|better|faster|"
    r"supérieure?s? (?:à|au)|plus (?:rapide|efficace)s?|meilleure?s?|schneller|besser|überlegen|migliore|"
    r"più (?:rapid|efficac)\w*|mejor|más (?:rápid|eficaz)\w*|sneller|beter)\b",
    re.IGNORECASE)


def _is_instruction(text: str) -> bool:
    """An operating step ("Power alarm: replace the lower battery first", "Vérifiez le
    circuit", "Schließen Sie den Schlauch an") tells the user what to do; it claims nothing,
    whatever adjective follows its verb. A sentence opening with a claim verb in the base form
    ("Reduce pain ...") is left to the marker analysis (`_imperative_at`)."""
    if not opens_with_imperative(text):
        return False
    pattern, on_folded = _claim_cue()
    core = text_core(text)
    return not pattern.match(fold_case(core) if on_folded else core)


@lru_cache(maxsize=4096)
def background_section(path: tuple[str, ...]) -> bool:
    """Whether a heading of the path opens a background section (state of the art, the
    disease, alternative treatments): its data are other therapies', not the device's."""
    return any_heading(_BACKGROUND_SECTION, path)


# Sections that describe the device and how it works: "Device description", "Principle of
# operation", "Mechanism of action", "Description du dispositif", "Wirkprinzip".
_DESCRIPTION_SECTION = re.compile(
    r"(?:device|product|system|technical) (?:description|overview)|description of the (?:device|product|system)|"
    r"principles? of (?:operation|action|function)|operating principle|mechanism of action|mode of action|"
    r"how (?:the device|it) works|working principle|how (?:[\w-]+ ){1,3}works|mode of working|"
    r"comment (?:[\w'-]+ ){1,3}(?:fonctionne|agit)|wie (?:[\wäöüß-]+ ){1,3}(?:funktioniert|wirkt)|"
    r"description (?:du|de l'|technique du) ?(?:dispositif|produit|système)|principe de fonctionnement|"
    r"mode d'action|mécanisme d'action|produktbeschreibung|beschreibung de[sr] (?:produkts|systems|medizinprodukts)|"
    r"wirkprinzip|wirkmechanismus|wirkungsweise|funktionsprinzip|funktionsweise|"
    r"descrizione del (?:dispositivo|prodotto)|principio di funzionamento|meccanismo d'azione|"
    r"descripción del (?:dispositivo|producto)|principio de funcionamiento|mecanismo de acción|"
    r"beschrijving van het (?:hulpmiddel|product)|werkingsprincipe|werkingsmechanisme",
    re.IGNORECASE)
# Words of outcomes for patients: a sentence naming them claims a clinical benefit, wherever it
# stands ("the mesh reduces recurrence in patients"); without them a description section's
# sentence tells how the device acts on tissue or flow ("the dense mesh reduces inflow into
# the aneurysm, which thromboses").
_PATIENT_OUTCOME = re.compile(
    r"\b(?:patients?|subjects?|symptoms?|quality of life|survival|mortality|death|morbidity|pain|"
    r"outcomes?|clinical(?:ly)?|benefits?|recover\w*|hospitali[sz]\w*|complications?|recurrence|"
    r"re-?interventions?|safety|safe|effective|efficacy|superior|better|"
    r"patients?|qualité de vie|survie|mortalité|douleur|bénéfice|cliniques?|"
    r"Patient\w*|Lebensqualität|Überleben|Mortalität|Schmerz\w*|Nutzen|klinisch\w*|"
    r"pazient\w*|qualità di vita|pacientes?|calidad de vida|kwaliteit van leven)\b|\d\s*%",
    re.IGNORECASE)


@lru_cache(maxsize=4096)
def _description_section(path: tuple[str, ...]) -> bool:
    return any_heading(_DESCRIPTION_SECTION, path)


def is_mechanism(claim: Claim) -> bool:
    """A description of how the device acts (on tissue, flow, a signal), not a benefit for
    patients: no absolute wording, no red flag and no word of a patient outcome."""
    return (not claim.absolute and claim.red_flag is None and not claim.citations
            and _PATIENT_OUTCOME.search(claim.text) is None)


def describes_device(text: str) -> bool:
    """Whether a sentence says what the device is made of or how it acts ("made of textured
    silicone particles suspended in a hydrogel carrier", "the carrier is absorbed while the
    particles remain permanently", "besteht aus", "est résorbé"), with no claim of durable
    performance ("provides durable fixation")."""
    language = claim_language()
    if not has_term(language.get("device_description", {}).get("patterns"), text):
        return False
    return not any(has_term(group["patterns"], text) for group in language["claim_markers"]
                   if "long-term" in group["source"])  # durable-performance wording


def _claims_in_background(claim: Claim) -> bool:
    """A background sentence counts as a claim when it names the device or is a red flag."""
    if claim.red_flag is not None:
        return True
    return has_term(claim_language().get("device_reference", {}).get("patterns"), claim.text)


def is_literature_statement(text: str) -> bool:
    """A finding the sentence attributes to published literature, reviews or guidelines (state
    of the art), not to the device: "Cochrane reviews report faster healing ...". A sentence
    that names the device ("studies of the device show") stays a claim."""
    language = claim_language()
    statements = language.get("literature_statements")
    if not statements or not has_term(statements["patterns"], text):
        return False
    return not has_term(language.get("device_reference", {}).get("patterns"), text)


# A sentence that opens with a lower-case function word continues another sentence (a PDF line
# or page break, a list item completing a lead-in): it has no subject of its own, so it claims
# nothing ("as the principal evidence for the clinical benefit of reduced adhesions").
_FRAGMENT_START = re.compile(
    r"^(?:as|and|or|but|which|that|than|for|of|in|on|to|with|by|from|while|when|whereas|because|"
    r"including|such as|et|ou|mais|qui|que|comme|pour|de|des|du|dans|avec|par|und|oder|aber|die|"
    r"der|das|als|für|mit|von|bei|zur|zum|wie|sowie)\b")


# "Keep them with the device.", "Maintain a distance of 15 cm", "Ensure that the alarm is
# audible", "Always retain the packaging": a marker verb in the base form opening the sentence
# is an imperative (an instruction), not a statement of what the device achieves.
# A short label may head the instruction: "At home: keep the pump ...", "After discharge - maintain
# ...", "Step 3: Ensure ...", "Bei Alarm: ...".
_LEADING_ADVERBS = re.compile(
    r"^[\W\d]*(?:[^\W\d][^:;.!?]{0,40}?\s*(?::|\s[-–—])\s+)?(?:(?:always|never|please|kindly|then|also|carefully|immediately|first|finally|"
    r"toujours|bitte|immer|stets)\s+)*", re.IGNORECASE)
_BASE_FORM = re.compile(
    r"^(?:keep|maintain|retain|sustain|ensure|lower|prevent|protect|preserve|remove|support|"
    r"provide|disinfect|sterili[sz]e)\b", re.IGNORECASE)


# "Keep the dressing dry and ensure ...": a base form coordinated with an opening imperative
# is a second order.
_COORDINATED = re.compile(r"(?:,|;|\band|\bor|\bthen|\band then)\s+(?:(?:always|also|carefully|immediately)\s+)?$",
                          re.IGNORECASE)


def _imperative_at(text: str, position: int) -> bool:
    if not _BASE_FORM.match(text[position:]):
        return False
    lead = _LEADING_ADVERBS.match(text)
    if lead is not None and lead.end() == position:
        return True
    return (lead is not None and _BASE_FORM.match(text[lead.end():]) is not None
            and _COORDINATED.search(text[max(0, position - 24):position]) is not None)


def is_fragment(text: str) -> bool:
    return bool(_FRAGMENT_START.match(text.lstrip("-–•*·0123456789.) ")))


# Labels that open an inline list of indications, contraindications or risks
# ("Contraindications: pregnancy; ..."): what follows is no claim.
_NON_CLAIM_LABEL = re.compile(
    r"^\W*(?:(?:relative |absolute )?(?:contra-?indications?|indications?|risks?|residual risks?|side[- ]effects?|"
    r"adverse (?:events?|effects?)|complications?|warnings?|precautions?|exclusion criteria|inclusion criteria|"
    r"target groups?|contre-indications?|indications?|risques?(?: résiduels?)?|effets (?:secondaires|indésirables)|"
    r"mises en garde|précautions?|Gegenanzeigen|Kontraindikationen?|Indikationen?|Anwendungsgebiete?|Risiken|"
    r"Restrisiken|Nebenwirkungen|Warnhinweise|Vorsichtsmaßnahmen|"
    # the signal word of a caution box: "Caution: ...", "Achtung: ...", "Attention : ..."
    r"cautions?|attention|achtung|vorsicht|attenzione|atención|atenção|pozor|obs)\s*:)", re.IGNORECASE)
# Lead-in paragraphs that open a list of indications, contraindications, risks or criteria:
# "The device is indicated for:", "Do not use in:", "Le dispositif ne doit pas être utilisé :".
_NON_CLAIM_LEAD_IN = re.compile(
    r"indicat|contra-?indicat|must not|do not use|not to be used|should not|never|risks?\b|side[- ]effect|"
    r"complication|adverse|warning|precaution|inclusion|exclusion|criteria|situations|following (?:conditions|patients)|"
    r"indiqu|contre-indi|ne (?:doit|pas|jamais)|risque|effets|précaution|critères|"
    r"indikation|gegenanzeige|kontraindikation|darf nicht|nicht anwenden|nicht verwenden|risiken|nebenwirkung|"
    r"warnhinweis|kriterien", re.IGNORECASE)


def _lists_non_claims(block: Block, listing: bool) -> bool:
    """Whether the list items after `block` list indications, contraindications or risks."""
    if block.kind is BlockKind.HEADING:
        return False
    if block.kind is not BlockKind.PARAGRAPH:
        return listing  # list items and table rows keep the lead-in's verdict
    text = block.normalized.rstrip()
    if text.endswith(":") or _NON_CLAIM_LABEL.match(text):
        return bool(_NON_CLAIM_LEAD_IN.search(text[-160:]))
    return False


def states_overall_verdict(text: str) -> bool:
    """The sentence states the overall verdict of a clinical evaluation and nothing more: the
    device is safe and effective, its benefit-risk is positive, it conforms to the GSPRs
    (claim_language.yaml `overall_verdicts`); no claim marker is left outside the verdict
    ("... and reduces recurrence by 50 %" is still a claim)."""
    verdicts = find_terms((claim_language().get("overall_verdicts") or {}).get("patterns"), text)
    if not verdicts:
        return False
    rest = list(text)
    for match in verdicts:
        rest[match.start():match.end()] = " " * (match.end() - match.start())
    return not marker_hits("".join(rest))


def marker_hits(text: str) -> list[MarkerHit]:
    hits = []
    exempt: list[tuple[int, int]] | None = None
    for group in claim_language()["claim_markers"]:
        for match in find_terms(group["patterns"], text):
            if _is_purpose_or_quantity(text, match) or _in_compound(text, match):
                continue
            if exempt is None:
                exempt = [m.span() for m in find_terms(claim_language().get("marker_exemptions", {})
                                                       .get("patterns"), text)]
            if any(s <= match.start() < e for s, e in exempt):
                continue  # "HF with reduced ejection fraction", "enhanced external counterpulsation"
            hits.append(MarkerHit(group["kind"], match.start()))
    return sorted(hits, key=lambda h: h.start)


# "Contrast-enhanced CT", "computer-assisted", "dose-reduced": a participle closing a hyphenated
# compound names a technique or a property, it asserts no effect of the device.
_PARTICIPLE = re.compile(r"[^\W\d_]+(?:ed|ée?s?)\b")


def _in_compound(text: str, match: re.Match[str]) -> bool:
    start = match.start()
    return (start > 1 and text[start - 1] == "-" and text[start - 2].isalnum()
            and _PARTICIPLE.match(text, start) is not None
            and _PARTICIPLE.match(text, start).end() >= match.end())


# "Enhanced external counterpulsation", "Improved medical therapy" in a list of alternatives: a
# participle opening a phrase with no verb names a thing; it claims an effect only when the
# phrase names an outcome for patients ("Reduced postoperative pain", "Faster wound healing").
_ATTRIBUTIVE_LEAD = re.compile(r"^[\W\d]*(?:(?:significantly|markedly|greatly|much|highly|further|an?|the)\s+)?$",
                               re.IGNORECASE)
_FINITE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|be|been|being|will|would|can|could|does|do|did|"
                          r"provides?|offers?|shows?|showed|shown|leads?|results?|allows?|enables?|"
                          r"est|sont|a|ont|ist|sind|hat|haben|wird|werden)\b", re.IGNORECASE)
_OUTCOME_NOUN = re.compile(
    r"\b(?:pain|bleeding|blood loss|loss|heal\w*|recovery|stay|risk|need|rate|function\w*|time|duration|"
    r"inflammation|adhesions?|scar\w*|swelling|o?edema|infections?|complications?|mortality|death|"
    r"recurrence|symptoms?|quality|mobility|comfort|survival|outcomes?|morbidity|readmissions?|"
    r"revisions?|failures?|events?|exacerbations?|episodes?|seizures?|angina|dyspn\w*|sleep|vision|"
    r"hearing|continence|incontinence|flow|perfusion|patency|closure|regeneration|formation|"
    r"douleur|saignement|cicatrisation|récupération|séjour|risque|complications?|symptômes?|qualité|"
    r"Schmerz\w*|Blutung\w*|Heilung|Erholung|Risiko|Komplikation\w*|Symptom\w*|Lebensqualität)\b",
    re.IGNORECASE)


def _names_a_thing(text: str, markers: list[MarkerHit]) -> bool:
    """A verbless phrase opened by a participle ("Enhanced external counterpulsation") that
    names no outcome: the name of a therapy, a technique or an item, not a claim."""
    if len(markers) != 1 or len(text.split()) > 10 or _FINITE_VERB.search(text):
        return False
    start = markers[0].start
    if not _ATTRIBUTIVE_LEAD.match(text[:start]):
        return False
    participle = _PARTICIPLE.match(text, start)
    if participle is None:
        return False
    rest = text[participle.end():]
    return (_OUTCOME_NOUN.search(rest) is None and _PATIENT_OUTCOME.search(rest) is None
            and not outcome_concepts(rest))


# "intended ... to relieve pain": an infinitive of purpose states what the device is for, not
# what it achieves. "supérieur à 5 kg", "higher than 20 %": a comparator before a number is a
# quantity (a bound or a specification), not a comparison with another treatment.
_PURPOSE_BEFORE = re.compile(r"\b(?:to|in order to)\s+$", re.IGNORECASE)
_COMPARATOR = re.compile(r"sup[ée]rieur|superior|überlegen|better|more|faster|schneller|wirksamer|plus",
                         re.IGNORECASE)
_NUMBER_AFTER = re.compile(r"^\s*(?:ou égale?s?\s+à\s+|or equal to\s+|als\s+)?[-+±]?\d")


def _is_purpose_or_quantity(text: str, match: re.Match[str]) -> bool:
    if _PURPOSE_BEFORE.search(text[max(0, match.start() - 16):match.start()]):
        return True
    return bool(_COMPARATOR.search(match.group(0)) and _NUMBER_AFTER.match(text[match.end():match.end() + 20]))


# "FiO2: 21–100 %", "Flow rate: 0.1 to 999 ml/h": a label and a value are a specification.
_SPECIFICATION_LINE = re.compile(r"^[^:|]{1,60}[:|]\s*(?:[<>≤≥~±]|approx\.?|ca\.?|up to|bis|jusqu'à)?\s*\d[^a-z]*"
                                 r"(?:\s*[a-zA-Zµ°%/²³0-9.,\s-]{0,20})$", re.IGNORECASE)


def is_specification(text: str) -> bool:
    return bool(_SPECIFICATION_LINE.match(text.strip().rstrip(".")))


def absolute_hits(text: str) -> list[tuple[dict, str]]:
    """Absolute-wording entries (with the words matched) found, not negated, in `text`."""
    found = []
    for entry in claim_language()["absolute"]:
        for match in find_terms(entry["patterns"], text):
            if not is_negated(text, match.start()) and not _is_range_bound(text, match.start()):
                found.append((entry, match.group(0)))
                break
    return found


# "21-100 %", "from 21 to 100 %", "bis 100 %": the upper end of a range is a setting, not a kill rate.
_RANGE_BEFORE = re.compile(r"(?:\d\s*(?:[-–—]|to|à|bis)\s*|\b(?:up to|jusqu'à|bis zu|max(?:imum)?\.?)\s*)$",
                           re.IGNORECASE)


def _is_range_bound(text: str, position: int) -> bool:
    return text[position:position + 1].isdigit() and bool(_RANGE_BEFORE.search(text[max(0, position - 12):position]))


def _kind_of_absolute(entry: dict) -> str:
    return {"no_side_effects": "safety", "total_freedom": "safety", "elimination": "performance",
            "complete_performance": "performance"}.get(entry["id"], "benefit")


def citations(text: str, verbatim: str | None = None) -> tuple[str, ...]:
    found = [m.group(0).strip() for m in _CITATION.finditer(text)]
    if verbatim:
        found += [m.group(0).translate(_SUPERSCRIPT_DIGITS) for m in _SUPERSCRIPT.finditer(verbatim)]
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=1)
def red_flags() -> list[dict]:
    return load("red_flags")["flags"]


def red_flag(text: str, subject_context: str = "", device_types: Iterable[str] = ()) -> str | None:
    """Id of the first red flag whose concepts all occur, not negated, in `text`.

    The subject (ventilation, ozone ...) may stand in the sentence, elsewhere in the document
    (`subject_context`) or be implied by the dossier's device type.
    """
    types = set(device_types)
    for flag in red_flags():
        groups = flag["all_of"]
        matches = [find_terms(group, text) for group in groups]
        if not all(matches):
            continue
        effect_start = min(m.start() for m in matches[-1])
        if is_negated(text, effect_start):
            continue
        if flag.get("same_clause"):
            # "no delay in the alarm; check your blood glucose": the concepts of another
            # clause make no claim together.
            start, end = clause_at(text, effect_start)
            if not all(any(start <= m.start() < end for m in group) for group in matches[:-1]):
                continue
        if flag.get("unless") and has_term(flag["unless"], text):
            continue  # another agent ("fluid loading", "inotropes") makes the effect
        subject = flag.get("subject")
        if flag.get("subject_scope") == "sentence":
            # The subject must stand in the claim itself, or the claim names the dossier's
            # device ("the ventilator raises cardiac output") and the device is of the type.
            if has_term(subject, text) or (types & set(flag.get("device_types", ()))
                                           and has_term(flag.get("device_subject"), text)):
                return flag["id"]
            continue
        if (has_term(subject, text) or (subject_context and has_term(subject, subject_context))
                or types & set(flag.get("device_types", ()))):
            return flag["id"]
    return None


def _red_flag_first_concepts() -> list[str]:
    # a red flag needs all of its concepts: a text without the first one raises none
    return [p for flag in red_flags() for p in flatten(flag["all_of"][0])]


@lru_cache(maxsize=1)
def _claim_cue() -> tuple[re.Pattern[str], bool]:
    """One pattern for everything that can make a sentence a claim: every claim marker, every
    absolute wording and the first concept of every red flag. A sentence it does not match is
    no claim, and is dismissed in one scan."""
    language = claim_language()
    patterns = [p for group in language["claim_markers"] for p in flatten(group["patterns"])]
    patterns += [p for entry in language["absolute"] for p in flatten(entry["patterns"])]
    return _one_scan(patterns + _red_flag_first_concepts())


@lru_cache(maxsize=1)
def _red_flag_cue() -> tuple[re.Pattern[str], bool]:
    """The first concept of every red flag, in one pattern."""
    return _one_scan(_red_flag_first_concepts())


def _one_scan(patterns: list[str]) -> tuple[re.Pattern[str], bool]:
    """The patterns as one whole-word alternation, and whether it is searched on folded text."""
    pattern = re.compile(r"(?<![\w])(?:" + "|".join(f"(?:{p})" for p in dict.fromkeys(patterns))
                         + r")(?![\w])", re.IGNORECASE)
    # Searched on lower-cased text without re.IGNORECASE: several times faster on every sentence.
    try:
        return with_first_character_lookahead(lowered_pattern(pattern)), True
    except ValueError:  # a vocabulary pattern that cannot be lower-cased: searched as it is
        return pattern, False


def _found(cue: tuple[re.Pattern[str], bool], text: str) -> bool:
    pattern, on_folded = cue
    return pattern.search(fold_case(text) if on_folded else text) is not None


def _has_red_flag_cue(text: str) -> bool:
    return _found(_red_flag_cue(), text)


def _has_claim_cue(text: str) -> bool:
    return _found(_claim_cue(), text)


def _verbatim(block: Block, span: tuple[int, int]) -> str:
    start, end = block.norm.verbatim_span(*span)
    return block.text[start:end + 12]  # superscripts often follow the full stop


def _table_headers(document: Document) -> dict[int, tuple[str, ...]]:
    return {b.table_index: b.cells for b in document.blocks
            if b.kind is BlockKind.TABLE_ROW and b.row_index == 0 and b.table_index is not None}


# Of those, the sections on the device's own risks, where a reassurance against physiology
# still claims ("the therapy also prevents prostate cancer" among the residual risks); methods,
# appraisals and references describe the studies, and a long annex has thousands of them.
_RISK_SECTION = re.compile(
    r"residual risk|side[- ]effect|undesirable|complication|adverse (?:event|effect|reaction)|hazard|"
    + _NOT_BENEFIT + r"risk (?:management|analysis|control)|risques? résiduels?|"
    r"effets? (?:indésirables?|secondaires?)|restrisik|nebenwirkung|rischi residui|effetti collaterali|"
    r"riesgos? residual|efectos (?:adversos|secundarios)|restrisico|bijwerking",
    re.IGNORECASE)


def _risk_section(section: str) -> bool:
    return heading_matches(_RISK_SECTION, section)


def _non_claim_section(section: str) -> bool:
    """Whether a heading names risks, methods or references (asked once per heading, not
    once per block under it)."""
    return heading_matches(_NON_CLAIM_SECTION, section)


# Warning and precaution sections tell the user what to avoid; their sentences are not
# claims of benefit. But a reassurance placed among them ("the energy cannot injure the phrenic
# nerve, so monitoring is not needed") is a safety claim, and the more dangerous for standing
# where the user looks for risks.
_SAFETY_NOTICE_SECTION = re.compile(
    r"warning|precaution|caution|avertissement|précaution|warnhinweis|vorsichtsma|vorsicht|"
    r"avvertenz|precauzion|advertencia|precaución|waarschuwing|voorzorg|varning|försiktighet|"
    r"advarsel|forsigtighed|varoitu|ostrzeżen|środki ostrożności|upozorněn|varování",
    re.IGNORECASE)


def _in_safety_notice(block: Block) -> bool:
    return (block.kind not in (BlockKind.HEADING, BlockKind.CAPTION, BlockKind.TABLE_ROW)
            and bool(block.section) and _non_claim_section(block.section)
            and _safety_notice_section(block.section))


def _safety_notice_section(section: str) -> bool:
    return heading_matches(_SAFETY_NOTICE_SECTION, section)


def _declares_harm_impossible(claim: Claim) -> bool:
    """An absolute "no risk" wording (knowledge/claim_language.yaml `no_side_effects`)."""
    return claim.absolute and any(entry["id"] == "no_side_effects"
                                  for entry, _ in absolute_hits(claim.text))


def _candidate_spans(block: Block, headers: dict[int, tuple[str, ...]]) -> Iterator[tuple[int, int]]:
    if block.kind in (BlockKind.HEADING, BlockKind.CAPTION):
        return
    if block.section and block.kind is not BlockKind.HEADING and _non_claim_section(block.section):
        return
    if block.kind is BlockKind.TABLE_ROW:
        yield from _claim_cell_span(block, headers)
        return
    yield from sentences(block)


def _in_declared_claim_column(block: Block, headers: dict[int, tuple[str, ...]]) -> bool:
    """Whether a table row's first column is headed "Claim" (or its translation)."""
    if block.kind is not BlockKind.TABLE_ROW or block.row_index == 0:
        return False
    header = headers.get(block.table_index) if block.table_index is not None else None
    return bool(header) and bool(_DECLARED_CLAIM_COLUMN.search(header[0]))


def _claim_cell_span(block: Block, headers: dict[int, tuple[str, ...]]) -> Iterator[tuple[int, int]]:
    """In a claims table, the whole row (claim cell plus its evidence cells) is one claim."""
    if block.row_index == 0 or block.table_index not in headers:
        return
    if not any(_CLAIM_COLUMN.search(cell) for cell in headers[block.table_index]):
        return
    yield 0, len(block.normalized)
