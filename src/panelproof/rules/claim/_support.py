"""What the claim and evidence rules share: which evidence a claim cites, what supports it."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Callable, Iterator

from panelproof.extract._clinical_terms import key_stems, outcome_concept_terms, outcome_concepts
from panelproof.extract.claims import marker_hits
from panelproof.extract.evidence import citation_keys, is_deferred
from panelproof.extract.model import Claim, Fact, FactBase, FactKind
from panelproof.extract.common import blocks_containing, make_fact, sentences
from panelproof.ingest.model import BlockKind, Role

CLINICAL_DATA_ROLES = {Role.CER, Role.CEAR, Role.SSCP, Role.PMCF_REPORT}
# Words of claims that say nothing about the topic ("reduces", "faster", "effective" ...).
_CLAIM_WORDS = {"reduc", "decre", "lower", "impro", "enhan", "accel", "promo", "preve", "short",
                "resto", "heals", "cures", "relie", "allev", "incre", "super", "bette", "effec",
                "faste", "provi", "resul", "leads", "suita", "safe", "elimi", "kills", "ensur",
                "guara", "achie", "réduc", "rédui", "dimin", "améli", "accél", "favor", "préve",
                "efficace", "reduz", "verri", "senkt", "verbe", "besch", "förde", "verhi", "verkü",
                "wirks", "überl", "schne", "times", "twice", "faster"}


def evidence_facts(facts: FactBase) -> list[Fact]:
    return [f for f in facts.of(FactKind.EVIDENCE) if f.role in CLINICAL_DATA_ROLES]


def cited_entries(claim: Claim, evidence: list[Fact]) -> list[Fact]:
    """Evidence entries a claim's citations point to (reference numbers or author-year)."""
    keys: set[str] = set()
    for citation in claim.citations:
        keys |= citation_keys(citation)
    if not keys:
        return []
    return [f for f in evidence if citation_keys(f.value.citation) & keys
            or citation_keys(f.location.quote) & keys]


def longest_supporting_follow_up(claim: Claim, facts: FactBase,
                                 claim_fact: Fact | None = None) -> Fact | None:
    """The evidence entry with the longest follow-up among those the claim cites, else among
    all of the dossier's; None when no entry states a follow-up. The claim's own sentence
    (`claim_fact`) is no evidence for it: "durability to 15 years is thereby demonstrated"
    reads as a 15-year follow-up to the evidence extractor, but it is what is to be shown."""
    evidence = [f for f in evidence_facts(facts) if f.value.follow_up_months is not None
                and not (claim_fact is not None and _same_sentence(f, claim_fact))
                and not is_deferred(f.location.quote)]  # "five-year PMCF follow-up (plan P-1)": data to come
    basis = cited_entries(claim, evidence) or [
        f for f in evidence if not _BACKGROUND_SECTION.search(f.location.section or "")] or evidence
    return max(basis, key=lambda f: f.value.follow_up_months, default=None)


# A claim citing nothing rests on the device's own (or equivalent device's) data, not on the
# state of the art: "long-term data at 10 years exist for a few designs" in the state-of-the-art
# chapter describes the therapy, and does not support a lifetime claim for this device.
_BACKGROUND_SECTION = re.compile(
    r"state[- ]of[- ]the[- ]art|\bSOTA\b|état de l'art|etat de l'art|Stand der (?:Technik|Wissenschaft)|"
    r"stato dell'arte|estado del arte|estado de la técnica|stand van de techniek|"
    r"\bbackground\b|contexte clinique|alternative (?:treatments?|therap\w+|options)|"
    r"traitements alternatifs|Behandlungsalternativen|alternative Behandlungen", re.IGNORECASE)


# "The longest follow-up available for the device is 12 months", "maximum follow-up to date:
# eighteen months", "le suivi le plus long disponible est de 12 mois", "die längste verfügbare
# Nachbeobachtung beträgt 12 Monate": the CER's own statement of how far its data reach.
_LONGEST_CUES = ("longest", "maximum", "maximal", "max.", "does not exceed", "did not exceed",
                 "plus long", "längste", "maximale", "più lungo", "massimo", "más largo", "máximo",
                 "langste", "beyond", "au-delà", "hinaus", "oltre", "más allá", "after", "après", "dopo", "después")
# "Structural valve deterioration could not be assessed beyond 24 months", "no data are
# available beyond two years", "n'a pas pu être évaluée au-delà de 24 mois", "konnte über 24
# Monate hinaus nicht beurteilt werden": the data end there, whatever outcome is named.
_NOT_BEYOND = re.compile(
    r"\b(?:(?:(?:could|can|has|have|was|were|is|are)(?:\s+not|n't)|cannot)\s+(?:yet\s+)?(?:be(?:en)?\s+)?"
    r"(?:assessed|evaluated|determined|observed|followed|studied|measured|known|documented)|"
    r"no\s+(?:\w+\s+){0,2}?(?:data|follow[- ]?up|information|evidence)(?:\s+(?:are|is|were|was)\s+(?:yet\s+)?available)?)"
    r"\s+(?:\w+\s+){0,3}?(?:beyond|after|past|longer than)\s+(?=\S+\s*[- ]?\s*(?:months?|years?|mois|ans|Monate|Jahre|mesi|anni|meses|años)\b)|"
    r"\b(?:au-delà|après)\s+(?:de\s+)?(?=\S+\s+(?:mois|ans)\b[^.;]{0,60}\b(?:pas|aucune?)\b)|"
    r"\bn'(?:a|ont)\s+pas\s+pu\s+être\s+(?:évaluée?s?|observée?s?|déterminée?s?)\s+(?:au-delà|après)\s+(?:de\s+)?|"
    r"\b(?:über|nach)\s+(?=\S+\s+(?:Monate|Jahre)n?\s+hinaus\b[^.;]{0,40}\b(?:nicht|keine))|"
    r"\b(?:oltre|dopo)\s+(?=\S+\s+(?:mesi|anni)\b[^.;]{0,60}\b(?:non|nessun))|"
    r"\bno\s+(?:se\s+)?(?:ha\s+)?(?:podido|pudo|pudieron)\s+(?:ser\s+)?(?:\w+\s+){0,2}(?:más allá de|después de)\s+",
    re.IGNORECASE)
_LONGEST_FOLLOW_UP = re.compile(
    r"\b(?:longest|maximum|maximal|max\.?)\s+(?:\w+\s+){0,2}?follow[- ]?up\b|"
    r"\bfollow[- ]?up\s+(?:\w+\s+){0,4}?(?:does|did)\s+not\s+exceed\b|"
    r"\bsuivi\s+(?:\w+\s+){0,2}?(?:le\s+plus\s+long|maximal|maximum)\b|"
    r"\b(?:längste|maximale)\w*\s+(?:\w+\s+)?Nachbeobachtung\w*|"
    r"\bfollow[- ]?up\s+(?:\w+\s+)?(?:più\s+lungo|massimo)\b|"
    r"\bseguimiento\s+(?:\w+\s+)?(?:más\s+largo|máximo)\b|\blangste\s+follow[- ]?up\b",
    re.IGNORECASE)
# The statement is about the device's data as a whole, not one study's maximum.
_OVERALL = re.compile(r"availab|for (?:the|this) (?:device|system|implant|product)|with (?:the|this) "
                      r"(?:device|system|implant)|of (?:the|this) (?:device|system|implant)|to date|overall|"
                      r"in total|across|so far|disponible|à ce jour|jusqu'à présent|verfügbar|bisher|"
                      r"insgesamt|disponibil|finora|hasta la fecha|beschikbaar|tot nu toe", re.IGNORECASE)
_FOLLOW_UP_DURATION = re.compile(
    r"(?<![\w.,])(\d+(?:[.,]\d+)?|[^\W\d_]+(?:-[^\W\d_]+)?)\s*[- ]?\s*(months?|mo\b|years?|yrs?\b|weeks?|"
    r"mois|ans?\b|années?|semaines?|Monate?n?|Jahre?n?|Wochen?|mesi|anni|settimane|meses|años|semanas|"
    r"maanden|jaar|weken)\b", re.IGNORECASE)


def stated_longest_follow_up(facts: FactBase) -> tuple[float, Fact] | None:
    """The longest follow-up the CER itself states for the device's data as a whole, in
    months, with the sentence that states it; the shortest such statement when several."""
    from panelproof.rules.claim.CL004_long_term_short_follow_up import number_words
    words = number_words()
    best: tuple[float, Fact] | None = None
    for document in facts.documents_with_role(Role.CER, Role.CEAR):
        for index in sorted(blocks_containing(document, _LONGEST_CUES)):
            block = document.blocks[index]
            for start, end in sentences(block):
                sentence = block.normalized[start:end]
                cue = _LONGEST_FOLLOW_UP.search(sentence)
                if cue is None or not _OVERALL.search(sentence):
                    cue = _NOT_BEYOND.search(sentence)  # a limit of the data as a whole
                    if cue is None:
                        continue
                months = _months_after(sentence[cue.start():], words)
                if months is not None and (best is None or months < best[0]):
                    best = (months, make_fact(document, block, FactKind.EVIDENCE, sentence, (start, end)))
    return best


def _months_after(text: str, words: dict[str, int]) -> float | None:
    for match in _FOLLOW_UP_DURATION.finditer(text):
        number = match.group(1).lower()
        value = words.get(number) if not number[0].isdigit() else float(number.replace(",", "."))
        if value is None:
            continue
        unit = match.group(2).lower()
        if unit.startswith(("y", "an", "ann", "jahr", "año", "jaar")):
            return value * 12.0
        if unit.startswith(("w", "sem", "sett")):
            return round(value / 4.345, 2)
        return float(value)
    return None


# Discourse words and time units that say nothing about a claim's outcome.
_FILLER = {"addit", "moreo", "furth", "overa", "gener", "day", "days", "week", "weeks", "month", "year",
           "years", "hour", "hours", "jours", "semai", "mois", "année", "tage", "woche", "monat", "jahre",
           "stund", "outre", "darüb", "zudem", "außer"}


# Words that say where, who or how much, not which outcome: a numeric result sharing only one
# of these with a claim does not report on the claim's outcome.
_CONTEXT_WORDS = {"hospi", "patie", "clini", "treat", "thera", "devic", "study", "studi", "trial",
                  "lengt", "numbe", "level", "total", "group", "adult", "child", "popul", "setti",
                  "use", "using", "subje", "case", "cases", "mean", "media", "rate", "rates",
                  "score", "scale", "chang", "perio", "time", "times", "durat", "follo", "data",
                  "krank", "patien", "hôpit", "étude", "studie"}


def topic_stems(text: str, extra_stop: frozenset[str] = frozenset()) -> set[str]:
    return {s for s in key_stems(text, extra_stop) if s not in _CLAIM_WORDS and s not in _FILLER}


def device_name_words(facts: FactBase) -> frozenset[str]:
    """Words of the device's names and maker: they are in every sentence about the device and say
    nothing about which outcome a claim concerns."""
    words: set[str] = set()
    for kind in (FactKind.DEVICE_NAME, FactKind.MANUFACTURER, FactKind.MODEL):
        for fact in facts.of(kind):
            words |= {w.lower() for w in re.findall(r"[^\W\d_][\w-]*", str(fact.value))}
    return frozenset(words)


@dataclass(frozen=True)
class SupportText:
    """A text that counts as clinical data, with what a claim is compared on."""

    fact: Fact
    stems: frozenset[str]
    concepts: frozenset[str]
    # A numeric result in the CER's own text: one shared topic word is enough, because the
    # panel's complaint is a claim about an outcome the file reports nothing on at all.
    result: bool = False


class SupportTexts:
    """The texts that count as clinical data in a fact base, found by what a claim names.

    Each source (an evidence row, a reported outcome, a cited claim, a block of the CER with
    numbers in it) is turned into `SupportText`s only when a claim's stem or outcome concept
    occurs in it: a text's stems are the first five letters of its lower-cased words, so each
    is a substring of the lower-cased source, and its concepts are pattern matches on the
    source. One search of all sources joined together finds the sources worth reading; this
    keeps a 1,000-page CER cheap without changing which texts support a claim."""

    def __init__(self, sources: list[tuple[str, Callable[..., list[SupportText]], tuple]]):
        self._sources = sources  # (text searched, function making its texts, its arguments)
        self._made: dict[int, list[SupportText]] = {}
        self._searched: dict[tuple[str, str], frozenset[int]] = {}
        self._joined_lower, self._starts_lower = _joined([text.lower() for text, _, _ in sources])

    def sharing(self, stems: set[str], concepts: set[str]) -> Iterator[SupportText]:
        """Every text that may share a stem or concept with a claim (a superset). Sources are
        searched one stem or concept at a time, so that a caller who stops at the first
        supporting text does not search for the others."""
        seen: set[int] = set()
        keys = [("concept", c) for c in sorted(concepts)] + [("stem", s) for s in sorted(stems)]
        for key in keys:
            for position in sorted(self._hits(key) - seen):
                seen.add(position)
                made = self._made.get(position)
                if made is None:
                    _, make, arguments = self._sources[position]
                    made = self._made[position] = make(*arguments)
                yield from made

    def _hits(self, key: tuple[str, str]) -> frozenset[int]:
        """The sources a stem occurs in, or an outcome concept matches in (searched once)."""
        found = self._searched.get(key)
        if found is None:
            kind, value = key
            # A concept's terms are literal words: where one matches a source, its lower-cased
            # form occurs in the lower-cased source (a superset of the exact matches).
            words = [value] if kind == "stem" else _concept_words().get(value, [])
            found = frozenset().union(*(_sources_hit(word, self._joined_lower, self._starts_lower)
                                        for word in words))
            self._searched[key] = found
        return found


def _concept_words() -> dict[str, list[str]]:
    return {cid: [term.lower() for term in terms] for cid, terms in outcome_concept_terms().items()}


def _joined(texts: list[str]) -> tuple[str, list[int]]:
    """The texts joined by line breaks (no stem or term spans one), with each one's start."""
    starts, offset = [], 0
    for text in texts:
        starts.append(offset)
        offset += len(text) + 1
    return "\n".join(texts), starts


def _sources_hit(word: str, joined: str, starts: list[int]) -> frozenset[int]:
    """The sources in which `word` occurs: after the first occurrence in a source, search on
    from the next source."""
    found: set[int] = set()
    at = joined.find(word) if word else -1
    last = len(starts) - 1
    while at >= 0:
        position = bisect_right(starts, at) - 1
        found.add(position)
        if position >= last:
            break
        at = joined.find(word, starts[position + 1])
    return frozenset(found)


# The supporting texts of the last fact base asked for (held with the fact base and its size,
# so that an id reused by another object, or facts added later, are never mistaken for it).
_CACHE: dict[str, object] = {"facts": None, "size": -1, "texts": None}


def supporting_texts(facts: FactBase) -> SupportTexts:
    """Texts that count as clinical data: evidence rows, reported outcomes, cited CER claims,
    and numeric results in the clinical-data documents' own text (`result_statements`).

    A reported outcome that is itself an uncited claim ("X shortens hospital stay by 3 days.")
    is not data: it would otherwise support itself. Built once per fact base; each source is
    read only when a claim asks for it.
    """
    if _CACHE["facts"] is facts and _CACHE["size"] == len(facts.facts):
        return _CACHE["texts"]  # type: ignore[return-value]
    uncited = {(f.document, f.location.quote) for f in facts.of(FactKind.CLAIM) if not f.value.citations}
    chosen = [(f, f.location.quote) for f in evidence_facts(facts)]
    chosen += [(f, f.value) for f in facts.of(FactKind.OUTCOME_PARAMETER, role=Role.CER)
               if (f.document, f.location.quote) not in uncited]
    chosen += [(f, f.value.text) for f in facts.of(FactKind.CLAIM)
               if f.value.citations and f.role in CLINICAL_DATA_ROLES]
    sources = [(text, _support_text, (fact, text)) for fact, text in chosen]
    sources += [(block.normalized, _block_results, (document, block, uncited))
                for document, block in _numeric_blocks(facts)]
    result = SupportTexts(sources)
    _CACHE.update(facts=facts, size=len(facts.facts), texts=result)
    return result


def _support_text(fact: Fact, text: str, result: bool = False) -> list[SupportText]:
    return [SupportText(fact, frozenset(key_stems(text)), frozenset(outcome_concepts(text)), result)]


def _block_results(document, block, uncited: set[tuple[str, str]]) -> list[SupportText]:
    return [text for fact, sentence in _block_result_statements(document, block, uncited)
            for text in _support_text(fact, sentence, result=True)]


_DIGIT = re.compile(r"\d")
# A measured result: a change from one number to another, by a number, or a number with a
# unit of measurement ("rose from 9 % to 57 %", "improved by 6.1 dB", "fiel um 12 Punkte").
NUMERIC_RESULT = re.compile(
    r"\b(?:from|de|von)\s+\d[\d.,]*\s*\S{0,6}\s+(?:\S+\s+){0,8}?(?:to|à|a|auf)\s+\d"
    r"|\b(?:by|de|um)\s+\d[\d.,]*\s*(?:%|[^\W\d_]{1,8}\b)"
    r"|\d[\d.,]*\s*(?:%|dB|mmHg|points?|Punkte?)", re.IGNORECASE)
# What was observed is told in the past ("rose", "was", "improved", "a diminué", "sank"); a
# claim speaks of the device in the present ("shortens the stay by 3 days").
_OBSERVED = re.compile(r"\b(?:was|were|rose|fell|grew|dropped|averaged|reached|showed|"
                       r"[^\W\d_]{3,}ed|a été|étaient|était|a (?:augmenté|diminué|baissé)|"
                       r"war|waren|wurde|wurden|stieg|sank|lag|lagen)\b", re.IGNORECASE)


# "was 61 hours", "lag bei 240 ml", "averaged 32 mL": an observed value stated directly.
_OBSERVED_VALUE = re.compile(r"\b(?:was|were|averaged|reached|totalled|totaled|amounted to|"
                             r"lag|lagen|war|waren|betrug|betrugen|était|étaient|a été|"
                             r"s'élevait à)\s+(?:\S+\s+){0,3}?\d", re.IGNORECASE)


# "Function (ODI) and quality of life improved significantly", "pain scores were significantly
# reduced", "showed a statistically significant reduction", "s'est améliorée de façon
# significative", "verbesserte sich signifikant": a change the study observed (past tense) and
# tested, reported without its figures. A claim speaks in the present ("significantly reduces").
_CHANGED = (r"(?:improved|decreased|reduced|increased|declined|diminished|lowered|fell|rose|dropped|"
            r"shortened|lengthened|(?:were|was) (?:\w+ )?(?:better|higher|lower|shorter|longer|greater|smaller))")
_SIGNIFICANT_CHANGE = re.compile(
    rf"\b{_CHANGED}\s+(?:[\w-]+\s+){{0,2}}?(?:statistically\s+)?significant(?:ly)?\b"
    rf"|\b(?:were|was|had|have been|has been)\s+(?:(?:statistically|highly)\s+)?significantly\s+{_CHANGED}\b"
    r"|\b(?:showed|demonstrated|revealed|yielded|found|observed|there (?:was|were))\s+(?:\w+\s+){0,2}?"
    r"(?:statistically\s+)?significant\s+(?:improvements?|reductions?|decreases?|increases?|declines?|changes?|differences?)\b"
    r"|\b(?:s'est|se sont|a|ont|était|étaient)\s+(?:été\s+)?(?:\w+\s+){0,3}?(?:amélior|diminu|rédui|baiss|augment)\w*"
    r"\s+(?:\w+\s+){0,3}?significativ"
    r"|\b(?:verbesserte|verringerte|reduzierte|senkte|erhöhte|sank|sanken|stieg|stiegen|nahm|nahmen)\b[^.;]{0,40}?\bsignifikant"
    r"|\b(?:wurde|wurden|hat|haben|hatte|hatten|war|waren)\b[^.;]{0,40}?\bsignifikant\w*\s+(?:verbessert|verringert|reduziert|gesenkt|erhöht|gesteigert|besser|niedriger|höher)",
    re.IGNORECASE)


def is_reported_result(text: str) -> bool:
    """A sentence that reports a measured, observed result rather than claiming one."""
    return bool((NUMERIC_RESULT.search(text) and _OBSERVED.search(text))
                or _OBSERVED_VALUE.search(text)
                or ("ignifi" in text and _SIGNIFICANT_CHANGE.search(text)))


def result_statements(facts: FactBase, uncited: set[tuple[str, str]]) -> list[tuple[Fact, str]]:
    """Sentences of the clinical-data documents that report a number or a significant change:
    results in prose or tables that no extractor turned into an evidence entry ("Mean CNC word
    score improved from 8 % to 54 % at 12 months", "walking distance increased significantly").
    An uncited claim is not a result, even with a number in it."""
    return [found for document, block in _numeric_blocks(facts)
            for found in _block_result_statements(document, block, uncited)]


def _numeric_blocks(facts: FactBase):
    """The blocks of the clinical-data documents that may hold a numeric result."""
    for document in facts.documents_with_role(*CLINICAL_DATA_ROLES):
        for block in document.blocks:
            text = block.normalized
            if (block.kind is not BlockKind.HEADING and len(text) >= 25
                    and (_DIGIT.search(text) or "ignifi" in block.folded)):
                yield document, block  # a number, or a significant change told without one


def _block_result_statements(document, block, uncited: set[tuple[str, str]]) -> list[tuple[Fact, str]]:
    found: list[tuple[Fact, str]] = []
    text = block.normalized
    for start, end in sentences(block):
        sentence = text[start:end]
        if not _DIGIT.search(sentence) and not ("ignifi" in sentence and _SIGNIFICANT_CHANGE.search(sentence)):
            continue
        quote = block.quote(start, end)
        if (document.path, quote) in uncited and not is_reported_result(sentence):
            continue
        fact = Fact(kind=FactKind.OUTCOME_PARAMETER, value=sentence,
                    location=document.location(block, quote), role=document.role,
                    language=document.language)
        found.append((fact, sentence))
    return found


def is_supported(claim: Claim, texts: SupportTexts | list[SupportText], *, exclude: Fact | None = None,
                 name_words: frozenset[str] = frozenset()) -> bool:
    """True when clinical-data texts (other than the claim's own sentence) concern the claim's
    outcomes: the claim as a whole, and each outcome it names of its own ("reduces pain and
    opioid consumption": data on pain do not show less opioid use)."""
    if not _text_supported(claim.text, texts, name_words, exclude):
        return False
    if _instrument_reported(claim.text, texts, exclude):
        return True
    return unsupported_outcome(claim.text, texts, name_words, exclude) is None


# The instrument a claim names in parentheses: "Improved satisfaction and psychosocial
# well-being (BREAST-Q)", "better quality of life (SF-36)", "(KCCQ)". Its domains are the
# outcomes the claim lists, so a numeric result of the instrument in the CER supports them all.
_INSTRUMENT_ASIDE = re.compile(r"\(([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)?)\)")


def _instrument_reported(text: str, texts: SupportTexts | list[SupportText], exclude: Fact | None) -> bool:
    for name in _INSTRUMENT_ASIDE.findall(text):
        if sum(c.isupper() for c in name) < 2 or len(name) < 3:
            continue  # "(n)", "(A)": no instrument
        word = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
        stem = re.split(r"[^a-z0-9]", name.lower())[0][:5]
        candidates = texts.sharing({stem}, set()) if isinstance(texts, SupportTexts) else texts
        for other in candidates:
            if (other.result and word.search(other.fact.location.quote)
                    and (exclude is None or not _same_sentence(other.fact, exclude))):
                return True
    return False


def _text_supported(text: str, texts: list[SupportText], name_words: frozenset[str],
                    exclude: Fact | None = None) -> bool:
    """A shared outcome concept, or two shared topic words (one when the text has only one).
    Texts of the sentence of `exclude` (the claim's own) do not count."""
    stems = topic_stems(text, name_words)
    concepts = outcome_concepts(text)
    needed = min(2, len(stems))
    specific = stems - _CONTEXT_WORDS
    candidates = texts.sharing(stems, concepts) if isinstance(texts, SupportTexts) else texts
    for other in candidates:
        if not ((concepts & other.concepts)
                or (stems and len(stems & other.stems) >= needed)
                or (other.result and specific & other.stems)):
            continue
        if exclude is None or not _same_sentence(other.fact, exclude):
            return True
    return not stems and not concepts


# Coordinated outcomes of one claim: "reduces pain, swelling and opioid consumption". "Signs and
# symptoms" (of dry eye, of heart failure) is one outcome, the disease's clinical picture, not two.
_COORDINATION = re.compile(r",|;|\b(?:and|or|as well as|along with|et|ou|ainsi que|und|oder|sowie)\b"
                           r"(?!(?<=\bsigns and)\s+symptoms\b)(?!(?<=\bsymptoms and)\s+signs\b)"
                           r"(?!(?<=\bsignes et)\s+symptômes\b)(?!(?<=\bAnzeichen und)\s+Symptome\b)",
                           re.IGNORECASE)
# Phrases after the outcomes that say where or when, not what ("in most patients", "after surgery").
_CIRCUMSTANCE = re.compile(r"^\s*(?:in|within|after|during|at|for|over|among|from|compared|versus|vs|"
                           r"dans|chez|après|pendant|en|bei|nach|während|innerhalb|im|in)\b", re.IGNORECASE)


_CIRCUMSTANCE_TAIL = re.compile(r"\s+(?:in|within|after|during|at|for|over|among|compared|versus|vs|dans|chez|"
                                r"après|pendant|bei|nach|während|innerhalb|im)\s", re.IGNORECASE)


def outcome_phrases(text: str) -> list[str]:
    """The outcomes a claim names after its first claim verb, split at coordinations."""
    hits = marker_hits(text)
    if not hits:
        return []
    tail = text[hits[0].start:]
    tail = tail.split(" ", 1)[1] if " " in tail else ""
    tail = re.sub(r"\([^()]*\)?|\[[^\]]*\]?", " ", tail)  # asides and citations name no outcome
    relative = _RELATIVE.search(tail)
    if relative and not marker_hits(tail[relative.end():]):
        tail = tail[:relative.start()]
    phrases = [_CIRCUMSTANCE_TAIL.split(p)[0].strip(" .") for p in _COORDINATION.split(tail)
               if not _CIRCUMSTANCE.match(p)]
    return [p for p in phrases if p]


# A relative clause that claims nothing elaborates the noun before it ("protects against
# rebleeding, whose consequences are severe"): it names no outcome of the claim. One with a
# claim verb ("reduces pain, which improves sleep") still does.
_RELATIVE = re.compile(r",\s*(?:whose|which|who|where|dont|qui|lequel|laquelle|dessen|deren|welche[rsn]?|"
                       r"il cui|la cui|i cui|che|cuy[oa]s?|waarvan)\b", re.IGNORECASE)


def unsupported_outcome(text: str, texts: list[SupportText], name_words: frozenset[str],
                        exclude: Fact | None = None) -> str | None:
    """The first coordinated outcome of a claim (when it names several) that no data concern."""
    phrases = outcome_phrases(text)
    if len(phrases) < 2:
        return None
    for phrase in phrases:
        if not _text_supported(phrase, texts, name_words, exclude):
            return phrase
    return None


def _same_sentence(a: Fact, b: Fact) -> bool:
    return a.document == b.document and (a.location.quote in b.location.quote
                                         or b.location.quote in a.location.quote)


def claim_marker_words(text: str) -> int:
    return len(marker_hits(text))


def doc(fact: Fact) -> str:
    return fact.location.document
