"""CL005: a claimed outcome rate contradicts the rate the CER's own clinical data report."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable, Iterator

from panelproof.extract._clinical_terms import is_negated
from panelproof.extract.claims import claim_language
from panelproof.extract.common import any_heading, lowered_pattern, make_fact, required_literals, sentences
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.ingest.model import Block, BlockKind, Document, Role
from panelproof.rules.evidence._outcome_match import background_heading
from panelproof.rules.identity._compare import document_label
from panelproof.rules.model import Category, Finding, Rule, Severity

_CLAIM_ROLES = (Role.SSCP, Role.IFU, Role.LABEL)
# CER sections that set targets or describe other people's data, not the device's results.
_NOT_RESULTS = re.compile(r"objective|acceptance|criteri|performance goal|endpoint|pmcf|plan|"
                          r"objectif|critère|ziel|kriteri|obiettiv|criteri|objetivo|criterio",
                          re.IGNORECASE)
# A rate, not the end of a number written with thousand separators ("1 150 %", "1,150 %").
_PERCENT = re.compile(r"(?<![\d.,])(?<!\d\s)(\d{1,3}(?:[.,]\d+)?)\s*%")
_TOLERANCE_PLAIN = 10.0  # percentage points between a claimed and a reported rate
_TOLERANCE_BOUND = 5.0   # how far a reported rate lies on the wrong side of a claimed bound


@dataclass(frozen=True)
class Figure:
    outcome: str
    time: str | None
    value: float
    bound: str | None  # "lower" (above ...), "upper" (below ...) or None (a plain value)
    span: tuple[int, int]
    universal: bool = False  # "in all patients": 100 % at every time point


class ClaimContradictsResults(Rule):
    """A claim states an outcome rate that the CER's own clinical data contradict.

    What it finds:
        A sentence of the SSCP, IFU or label, or a claim of the CER, that states an outcome
        as a percentage ("survival to discharge above 90 %", "haemostasis in 98 % of
        patients", "survie à la sortie supérieure à 90 %"), or as every case ("detects 100 %
        of bleeding sources", "identifies all bleeding lesions": a rate of 100 %), while the CER reports the same
        outcome at the same time point with a clearly different value ("survival to
        discharge was 53.5 % (61/114)"), and no CER figure for that outcome agrees with the
        claim. A bound counts as contradicted when the reported rate lies more than 5
        percentage points on the wrong side; a plain value when the two differ by 10 points
        or more. Targets, acceptance criteria and state-of-the-art figures are not results,
        and an outcome word in capitals inside a study's name ("HL-DETECT") names no outcome.
        A claimed benefit without a rate ("reduces 30-day mortality", "improves survival",
        "senkt die Sterblichkeit nach 6 Monaten") is contradicted when a CER sentence or table
        row on the same outcome (and time point, when both name one) reports no effect
        ("no significant difference", "n.s.", "did not show lower mortality"); the wordings
        are data (claim_language.yaml, figure_outcomes).

    Why a panel cares:
        A claim must rest on the clinical data of the file (MDR Art. 61(1), Annex XIV Part A);
        MDCG 2019-9 asks the SSCP to state the success rates the data show. A claimed rate the
        manufacturer's own study does not reach misleads users and patients (MDR Art. 7).

    Example:
        SSCP: "Survival to discharge above 90 %." CER: "Survival to discharge was 53.5 %
        (61/114)."

    Use instead:
        "In the pivotal study, 61 of 114 patients (53.5 %; 95 % CI 44-63 %) survived to
        discharge."

    References:
        MDR Art. 7; MDR Art. 61(1); MDR Annex XIV Part A 1(a); MDCG 2019-9 Rev.1 section 5.4.
    """

    code = "CL005"
    name = "claim-contradicts-results"
    category = Category.CLAIM
    severity = Severity.MAJOR
    title = "Claimed outcome rate contradicts the reported results"
    references = ("MDR Art. 7", "MDR Art. 61(1)", "MDR Annex XIV Part A 1(a)",
                  "MDCG 2019-9 Rev.1 section 5.4")
    recommendation = ("State the rate the clinical data show, with its time point and "
                      "uncertainty, in every document, or cite the data that support the claim.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        cers = facts.documents_with_role(Role.CER)
        if not cers:
            return []
        # Results by outcome and time point; their facts are made only for a finding (a long
        # CER states thousands of rates).
        results: dict[tuple[str, str | None], list[_Stated]] = {}
        for document in cers:
            for stated in _result_figures(document):
                results.setdefault((stated.figure.outcome, stated.figure.time), []).append(stated)
                # "erectile dysfunction 28 %" reports erectile function preserved in 72 %
                other = _complements().get(stated.figure.outcome)
                if other is not None:
                    flipped = replace(stated.figure, outcome=other, value=100.0 - stated.figure.value)
                    results.setdefault((other, flipped.time), []).append(replace(stated, figure=flipped))
        findings = []
        seen: set[str] = set()
        for fact, outcome, time in _claimed_effects(facts):
            if fact.location.quote in seen:
                continue
            null = _null_result(cers, outcome, time, fact)
            if null is None:
                continue
            seen.add(fact.location.quote)
            findings.append(self._effect_finding(facts, fact, outcome, time, null))
        if not results:
            return findings
        for fact, figure in _claimed_figures(facts):
            # a claim for every patient without a time point ("preserves erectile function in
            # all patients") holds at every time point the CER reports
            keys = [k for k in results if k[0] == figure.outcome] \
                if figure.universal and figure.time is None else [(figure.outcome, figure.time)]
            same = [r for k in keys for r in results.get(k, ())
                    if r.fact().location.quote != fact.location.quote]
            if not same or any(_agrees(figure, r.figure) for r in same):
                continue
            if fact.location.quote in seen:
                continue
            seen.add(fact.location.quote)
            findings.append(self._finding(facts, fact, figure, same[0].fact(), same[0].figure))
        return findings

    def _finding(self, facts: FactBase, claim: Fact, figure: Figure, result_fact: Fact,
                 result: Figure) -> Finding:
        where_c = document_label(facts.document(claim.document), claim.document)
        where_r = document_label(facts.document(result_fact.document), result_fact.document)
        stated = {"lower": "more than ", "upper": "less than "}.get(figure.bound or "", "")
        time = figure.time or result.time
        when = f" ({time})" if time else ""
        message = (f"{where_c[:1].upper()}{where_c[1:]} states “{claim.location.quote}”, but "
                   f"{where_r} reports “{result_fact.location.quote}”: {figure.outcome}{when} of "
                   f"{_number(result.value)} % in the clinical data against {stated}"
                   f"{_number(figure.value)} % claimed.")
        return self.finding(message, [claim, result_fact])


    def _effect_finding(self, facts: FactBase, claim: Fact, outcome: str, time: str | None,
                        null: Fact) -> Finding:
        where_c = document_label(facts.document(claim.document), claim.document)
        where_r = document_label(facts.document(null.document), null.document)
        when = f" ({time})" if time else ""
        message = (f"{where_c[:1].upper()}{where_c[1:]} states “{claim.location.quote}”, but "
                   f"{where_r} reports “{null.location.quote}”: the clinical data show no "
                   f"effect on {outcome}{when}, so the claimed benefit is not supported.")
        return self.finding(message, [claim, null])


def _number(value: float) -> str:
    return f"{value:g}"


def _agrees(claim: Figure, result: Figure) -> bool:
    if claim.bound == "lower":
        return result.value >= claim.value - _TOLERANCE_BOUND
    if claim.bound == "upper":
        return result.value <= claim.value + _TOLERANCE_BOUND
    return abs(result.value - claim.value) < _TOLERANCE_PLAIN


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[tuple[str, re.Pattern[str]], ...], re.Pattern[str],
                         tuple[tuple[str, re.Pattern[str]], ...], re.Pattern[str]]:
    data = claim_language()["figure_outcomes"]
    outcomes = tuple((o["id"], re.compile(r"(?<!\w)(?:" + "|".join(o["patterns"]) + r")(?!\w)",
                                          re.IGNORECASE)) for o in data["outcomes"])
    cue = re.compile("|".join(f"(?:{p.pattern})" for _, p in outcomes), re.IGNORECASE)
    times = tuple((t["id"], re.compile(t["pattern"], re.IGNORECASE)) for t in data["time_points"])
    bounds = re.compile(r"(?:(?P<lower>" + data["bounds"]["lower"] + r")|(?P<upper>"
                        + data["bounds"]["upper"] + r"))\s*(?:the\s+|de\s+|des\s+|al\s+)?$",
                        re.IGNORECASE)
    return outcomes, cue, times, bounds


@lru_cache(maxsize=1)
def _subject_first() -> frozenset[str]:
    """Outcomes written as a verb phrase ("preserves erectile function"): the word before them
    is the subject ("the implant"), not a qualifier of the outcome ("implant survival")."""
    return frozenset(o["id"] for o in claim_language()["figure_outcomes"]["outcomes"]
                     if o.get("subject_first"))


@lru_cache(maxsize=1)
def _complements() -> dict[str, str]:
    """Outcome -> the outcome whose rate is 100 % minus its rate (claim_language.yaml)."""
    pairs = claim_language()["figure_outcomes"].get("complements", ())
    return {a: b for x, y in pairs for a, b in ((x, y), (y, x))}


@lru_cache(maxsize=1)
def _universal() -> re.Pattern[str]:
    return re.compile(r"\s+(?:" + claim_language()["figure_outcomes"]["universal"] + ")", re.IGNORECASE)


def figures(text: str, universal: bool = False) -> list[Figure]:
    """Each outcome of the sentence with its percentages (within 80 characters, before the
    next outcome), each with its time point and its bound. The first percentage after an
    outcome is its value; a further one counts when a time point of its own names it
    ("survival 89 % at 1 year and 61 % at 5 years"), while a confidence interval or a
    subgroup without a time point is not another figure of the outcome.

    `universal`: an outcome followed by "all", "every", "toutes les" ... ("identifies all
    bleeding lesions") states a rate of 100 % (for claims, not for results)."""
    outcomes, cue, times, bounds = _patterns()
    if ("%" not in text and not universal) or not cue.search(text):
        return []
    hits = sorted((m.start(), m.end(), oid) for oid, p in outcomes for m in p.finditer(text)
                  if not _in_study_name(text, m.start(), m.end()))
    found: list[Figure] = []
    taken: set[int] = set()
    for i, (start, end, oid) in enumerate(hits):
        if start in taken:
            continue
        taken.add(start)
        limit = min(end + 80, hits[i + 1][0] if i + 1 < len(hits) and hits[i + 1][0] > end
                    else len(text))
        qualifier = None if oid in _subject_first() else _QUALIFIER.search(text[max(0, start - 25):start])
        if qualifier:  # "revision-free survival", "implant survival": another outcome
            oid = f"{qualifier.group(1).lower()} {oid}"
        previous = found[-1].span[1] if found else 0
        segment_start = max(previous, start - 25)  # "5-year survival 61 %" names it before
        first = True
        for percent in _PERCENT.finditer(text, end, limit):
            value = float(percent.group(1).replace(",", "."))
            before = text[max(end, percent.start() - 30):percent.start()]
            bound = bounds.search(before)
            kind = None if bound is None else ("lower" if bound.group("lower") else "upper")
            time = _time_after(text, percent.end(), times)
            if time is None:
                time = _time_in(text[segment_start:percent.start()], times)
            if not first and time is None:
                segment_start = percent.end()
                continue
            found.append(Figure(oid, time, value, kind, (start, percent.end())))
            first = False
            segment_start = percent.end()
        if first and universal:
            every = _universal().match(text, end)
            if every and not is_negated(text, start):
                found.append(Figure(oid, None, 100.0, None, (start, every.end()), universal=True))
    return found


def _in_study_name(text: str, start: int, end: int) -> bool:
    """An outcome word in capitals joined by a hyphen to another part is a study's or
    registry's name ("HL-DETECT", "DETECT-AF", "SURVIVE-2"), not an outcome."""
    word = text[start:end]
    return word.isupper() and len(word) > 2 and (
        text[max(0, start - 1):start] == "-" or text[end:end + 1] == "-")


# What follows a rate and names its time point: "61 % at 5 years", "89 % (1 year)",
# "61 % nach 5 Jahren", "61 % à 5 ans", "61 % a 5 anni".
# A time after a comma or semicolon opens the next figure ("89 %, à 5 ans 61 %").
_TIME_AFTER = re.compile(r"\s*(?:\(\s*(?:at|after|à|après|nach|bei|a|al|dopo|tras|op|na)?\s*|"
                         r"(?:at|after|by|à|après|nach|bei|a|al|dopo|tras|op|na)\s+)(?=\d)",
                         re.IGNORECASE)


def _time_after(text: str, position: int, times) -> str | None:
    lead = _TIME_AFTER.match(text, position)
    if lead is None:
        return None
    tail = text[lead.end():lead.end() + 16]
    for tid, pattern in times:
        if tid != "number":
            continue
        m = pattern.match(tail)
        if m:
            return _time_key(m.group(0))
    return None


def _time_in(window: str, times) -> str | None:
    for tid, pattern in times:
        for m in pattern.finditer(window):
            if _DURATION_BEFORE().search(window, 0, m.start()):
                continue  # "median 26 months, max 5 years": the observation, not a time point
            return tid if tid != "number" else _time_key(m.group(0))
    return None


@lru_cache(maxsize=1)
def _DURATION_BEFORE() -> re.Pattern[str]:
    words = claim_language()["figure_outcomes"].get("duration_words") or r"(?!)"
    return re.compile(r"(?<!\w)(?:" + words + r")\s*:?\s*$", re.IGNORECASE)


_QUALIFIER = re.compile(r"(\w+-?free|implant|device|prosthesis|valve|graft|stent|lead|"
                        r"event|progression|overall|patient)\W*$", re.IGNORECASE)
_UNIT = re.compile(r"(\d+)\s*[- ]?\s*([a-zäöüñ]+)", re.IGNORECASE)


def _time_key(text: str) -> str:
    """"30-day", "30 days", "30 jours", "30 Tage" -> "30d"; months "m", years "y"."""
    m = _UNIT.search(text)
    if m is None:
        return text.lower()
    unit = m.group(2).lower()
    letter = ("y" if unit.startswith(("y", "a", "ja", "jr")) or unit == "j"
              else "m" if unit.startswith("m") else "w" if unit.startswith(("w", "s")) else "d")
    return f"{m.group(1)}{letter}"


@dataclass
class _Stated:
    """A rate stated in a sentence (or table row) of a document; its fact made on demand."""

    document: Document
    block: Block
    span: tuple[int, int]
    figure: Figure

    def fact(self) -> Fact:
        return make_fact(self.document, self.block, FactKind.CLAIM,
                         self.block.normalized[self.span[0]:self.span[1]], self.span)


@lru_cache(maxsize=1)
def _folded_cue() -> re.Pattern[str] | None:
    """The outcome cue for `Block.folded`, or None when it cannot be lower-cased."""
    try:
        return lowered_pattern(_patterns()[1])
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _folded_cue_literals() -> tuple[str, ...] | None:
    """Strings one of which every match of `_folded_cue` contains (`required_literals`)."""
    folded_cue = _folded_cue()
    return None if folded_cue is None else required_literals(folded_cue)


def _sentence_figures(document: Document, blocks: Iterable[Block],
                      results_only: bool = False, universal: bool = False) -> Iterator[_Stated]:
    """Figures stated in the blocks' sentences; `results_only`: not under a heading of
    objectives, criteria or background (`_not_results`), tested last as the costliest."""
    folded_cue = _folded_cue()
    literals = _folded_cue_literals()
    for block in blocks:
        if block.kind is BlockKind.HEADING or ("%" not in block.normalized and not universal):
            continue
        # A few dozen `in` tests first: the cue's alternation, each branch behind a
        # look-behind, is searched position by position, several times slower on the
        # thousands of result rows of a long annex, most of which name no such outcome.
        if literals is not None and not _holds_any(block.folded, literals):
            continue
        if folded_cue is not None and not folded_cue.search(block.folded):
            continue  # no outcome named anywhere in the block: no sentence of it has a figure
        if results_only and _not_results(block.heading_path):
            continue
        spans = [(0, len(block.normalized))] if block.kind is BlockKind.TABLE_ROW \
            else list(sentences(block))
        for span in spans:
            text = block.normalized[span[0]:span[1]]
            if "%" not in text and not universal:
                continue
            for figure in figures(text, universal):
                yield _Stated(document, block, span, figure)


def _claimed_figures(facts: FactBase) -> Iterator[tuple[Fact, Figure]]:
    for document in facts.documents_with_role(*_CLAIM_ROLES):
        for stated in _sentence_figures(document, document.blocks, universal=True):
            yield stated.fact(), stated.figure
    for fact in facts.of(FactKind.CLAIM, role=Role.CER):
        for figure in figures(fact.value.text, universal=True):
            # a claimed bound or every case ("in all patients"); plain CER values are results
            if figure.bound is not None or figure.universal:
                yield fact, figure


def _holds_any(folded: str, literals: tuple[str, ...]) -> bool:
    # A plain loop, not any(<generator>): asked of every block of a long annex.
    for literal in literals:
        if literal in folded:
            return True
    return False


def _result_figures(document: Document) -> list[_Stated]:
    return [stated for stated in _sentence_figures(document, document.blocks, results_only=True)
            if stated.figure.bound is None]


def _not_results(headings: tuple[str, ...]) -> bool:
    return any_heading(_FOLDED_NOT_RESULTS, headings, folded=True) or background_heading(tuple(headings))


# For `fold_case` headings, without re.IGNORECASE: several times faster on the ~1,600
# distinct headings of a 1,000-page annex, the same matches.
_FOLDED_NOT_RESULTS = lowered_pattern(_NOT_RESULTS)


@lru_cache(maxsize=1)
def _effect_patterns() -> tuple[dict[str, re.Pattern[str]], dict[str, re.Pattern[str]],
                                frozenset[str], re.Pattern[str]]:
    data = claim_language()["figure_outcomes"]
    before = {d: re.compile(r"(?<!\w)" + p + r"\s+(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
              for d, p in data["effect_verbs"].items()}
    after = {d: re.compile(r"\s*(?:\([^)]{0,30}\)\s*)?(?:[\w-]+\s+){0,3}?" + p + r"(?!\w)",
                           re.IGNORECASE)
             for d, p in data["effect_passive"].items()}
    null = re.compile(r"(?<!\w)(?:" + "|".join(data["null_results"]["patterns"]) + r")",
                      re.IGNORECASE)
    return before, after, frozenset(data["harmful_outcomes"]), null


def effects(text: str) -> list[tuple[str, str | None, int]]:
    """The outcomes a sentence claims a benefit on, without a rate: (outcome, time point,
    position of the effect verb). "Reduces 30-day mortality", "improves survival",
    "la mortalité est réduite"; a negated effect ("did not reduce mortality") or a sentence
    that itself reports no effect claims nothing."""
    outcomes, cue, times, _ = _patterns()
    if not cue.search(text):
        return []
    before, after, harmful, null = _effect_patterns()
    if null.search(text):
        return []
    found = []
    for oid, pattern in outcomes:
        direction = "lower" if oid in harmful else "raise"
        for m in pattern.finditer(text):
            verb = before[direction].search(text, max(0, m.start() - 60), m.start())
            position = verb.start() if verb else None
            if position is None:
                passive = after[direction].match(text, m.end())
                position = passive.start() if passive else None
            if position is None or is_negated(text, position):
                continue
            time = _time_in(text[max(0, m.start() - 25):m.end() + 25], times)
            found.append((oid, time, position))
            break
    return found


def _claimed_effects(facts: FactBase) -> Iterator[tuple[Fact, str, str | None]]:
    for fact in facts.of(FactKind.CLAIM, role=Role.CER):
        for oid, time, _ in effects(fact.value.text):
            yield fact, oid, time
    for document in facts.documents_with_role(*_CLAIM_ROLES):
        for block in document.blocks:
            if block.kind is BlockKind.HEADING:
                continue
            for span in sentences(block):
                text = block.normalized[span[0]:span[1]]
                for oid, time, _ in effects(text):
                    yield make_fact(document, block, FactKind.CLAIM, text, span), oid, time


def _null_result(cers: Iterable[Document], outcome: str, time: str | None,
                 claim: Fact) -> Fact | None:
    """The first CER sentence or table row reporting no effect on `outcome` (at the claim's
    time point when both name one), outside objectives, criteria and plans."""
    outcomes, _, times, _ = _patterns()
    pattern = dict(outcomes)[outcome]
    null = _effect_patterns()[3]
    for document in cers:
        for block in document.blocks:
            if block.kind is BlockKind.HEADING or not pattern.search(block.normalized):
                continue
            if any_heading(_FOLDED_NOT_RESULTS, block.heading_path, folded=True):
                continue
            spans = [(0, len(block.normalized))] if block.kind is BlockKind.TABLE_ROW \
                else list(sentences(block))
            for span in spans:
                text = block.normalized[span[0]:span[1]]
                if text.strip() == claim.location.quote.strip():
                    continue
                hits = [m for m in pattern.finditer(text)]
                nulls = [n for n in null.finditer(text)]
                if not hits or not nulls or not any(abs(n.start() - h.start()) <= 120
                                                    for n in nulls for h in hits):
                    continue
                if effects(text.replace(nulls[0].group(0), " ")):
                    continue  # the sentence claims a benefit of its own
                named = {_time_key(m.group(0)) if tid == "number" else tid
                         for tid, p in times for m in p.finditer(text)}
                if time is not None and named and time not in named:
                    continue
                return make_fact(document, block, FactKind.EVIDENCE, text, span)
    return None
