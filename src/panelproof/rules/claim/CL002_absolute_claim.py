"""CL002: absolute or superlative claim wording."""

from __future__ import annotations

import re
from typing import Iterable

from panelproof.extract.claims import absolute_hits
from panelproof.extract.model import FactBase, FactKind
from panelproof.ingest.model import Role
from panelproof.rules.model import Category, Finding, Rule, Severity


# A named source of observed data: "a prospective adult study", "the case series", "the registry".
_STUDY = re.compile(
    r"\b(?:stud(?:y|ies)|series|trials?|investigations?|registr(?:y|ies)|cohorts?|n\s*=\s*\d+|"
    r"études?|séries?|essais?|registres?|cohortes?|Studien?|Serien?|Register|Kohorten?|"
    r"studi[oi]|serie|registri|coorti|estudios?|registros?|cohortes?)\b", re.IGNORECASE)
# Zero counts observed in those data ("with no console failures", "without a single
# complication", "no device failures occurred", "aucune complication n'a été observée").
_ZERO_COUNT = re.compile(
    r"^(?:with (?:no|zero)|without (?:any |a single )|sans (?:aucune? |la moindre )|ohne (?:jegliche|jede|eine einzige))|"
    r"\b(?:occurred|were (?:observed|reported|recorded|seen|found)|was (?:observed|reported|recorded|seen|found)|"
    r"(?:n'a|n'ont) été (?:observée?s?|rapportée?s?|signalée?s?)|(?:wurde|wurden) (?:\w+ )?(?:beobachtet|berichtet|festgestellt)|"
    r"(?:è|sono) stat[oaie] (?:osservat|riportat|segnalat)\w*|se (?:observó|observaron|registró|registraron|notificó))\b",
    re.IGNORECASE)


def _observed_zero(text: str, words: str) -> bool:
    """Whether absolute wording reports a zero count observed in a named study ("a prospective
    study and a case series show survival in line with the registry, with no console failures"):
    data, not a general promise about the device ("has no side effects")."""
    if not _STUDY.search(text):
        return False
    return bool(_ZERO_COUNT.match(words) or _ZERO_COUNT.search(text[text.find(words):]))


# A rate measured in a named study ("in the validation study the algorithm reached a sensitivity
# of 100 % (95 % CI 88-100 %)", "all 40 leaks were sealed"): a result, with its uncertainty.
_MEASURED = re.compile(r"\b(?:was|were|reached|showed|achieved|yielded|observed|CI)\b|\bn\s*=\s*\d|\d+\s*/\s*\d+",
                       re.IGNORECASE)


def _observed_result(text: str) -> bool:
    """Whether a complete performance ("sensitivity of 100 %") is a result of a named study."""
    return bool(_STUDY.search(text) and _MEASURED.search(text))


# Words of a harm named after absolute safety wording that say nothing about which harm
# ("cannot cause any injury to the patient"): a residual risk must share a more specific word.
_GENERIC_HARM_WORDS = frozenset(
    "risk risks injury injuries injure damage damages harm harmful patient patients device devices "
    "tissue tissues cause causes effect effects side adverse event events reaction reactions "
    "complication complications serious severe transient permanent approx approximately "
    "with without from this that these those their there which other known rate".split())
_WORD = re.compile(r"[^\W\d_]{4,}")


def _stem(word: str) -> str:
    return word.lower()[:6]


def _harm_words(text: str, words: str) -> set[str]:
    """The specific words of the harm declared impossible: the matched wording and the clause
    after it ("cannot injure the oesophagus or the phrenic nerve, so ...")."""
    start = text.find(words)
    tail = re.split(r"[,;:.()]", text[start + len(words):], maxsplit=1)[0] if start >= 0 else ""
    return {_stem(w) for w in _WORD.findall(f"{words} {tail}")
            if w.lower() not in _GENERIC_HARM_WORDS}


def _listed_risk(facts: FactBase, fact, words: str):
    """A residual risk or side-effect of the dossier naming the harm the claim says cannot
    happen ("cannot injure the phrenic nerve" against "transient phrenic nerve palsy")."""
    wanted = _harm_words(fact.value.text, words)
    if not wanted:
        return None
    best, best_overlap = None, 0
    for risk in facts.of(FactKind.RESIDUAL_RISK):
        have = {_stem(w) for w in _WORD.findall(risk.location.quote)
                if w.lower() not in _GENERIC_HARM_WORDS}
        overlap = len(wanted & have)
        if overlap > best_overlap or (overlap == best_overlap and overlap and best is not None
                                      and risk.document == fact.document != best.document):
            best, best_overlap = risk, overlap
    return best


class AbsoluteClaim(Rule):
    """Absolute or superlative claim ("eliminates 99.9 %", "no side effects", "twice as fast").

    What it finds:
        Claims whose wording is absolute, universal or superlative, from the patterns of
        knowledge/claim_language.yaml (English, French, German): total elimination and kill
        rates, "no side effects" / "completely safe", numeric comparatives ("twice as fast"),
        universal scope ("all wound types") and superlatives ("the best"). A zero count observed
        in a named study ("the case series showed survival in line with the registry, with no
        console failures"; "no device failures occurred in the trial") is a result, not an
        absolute promise. A performance claimed for every case ("detects 100 % of bleeding
        sources", "identifies all lesions", "100 % sensitivity") is absolute; a sensitivity of
        100 % measured in a named study, with its counts or interval, is a result. A harm
        declared impossible ("cannot injure the phrenic nerve", "is unable to perforate the
        vessel wall", "there is no risk of nerve damage") is absolute; when the dossier itself
        lists that harm as a residual risk or side-effect ("transient phrenic nerve palsy"),
        the risk is quoted beside the claim.

    Why a panel cares:
        MDR Art. 7 forbids text that ascribes properties a device does not have, creates a false
        impression or fails to inform of likely risks; MDCG 2019-9 says the SSCP "should not
        make misleading claims regarding the strength of clinical evidence". Panels read such
        wording as a sign that the clinical evaluation is promotional rather than objective.

    Example:
        "OzoCare eliminates 99.9 % of bacteria and is suitable for all wound types."

    Use instead:
        "In vitro, OzoCare reduced S. aureus counts by 3 log; clinical data cover diabetic foot
        ulcers and venous leg ulcers."

    References:
        MDR Art. 7; MDCG 2019-9 Rev.1; MDR Annex I §23.4(g).
    """

    code = "CL002"
    name = "absolute-claim"
    category = Category.CLAIM
    severity = Severity.MAJOR
    title = "Absolute or superlative claim"
    references = ("MDR Art. 7", "MDCG 2019-9 Rev.1", "MDR Annex I §23.4(g)")
    recommendation = ("Replace absolute wording with the measured result, its population and its "
                      "source, and state the residual risks.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        for fact in facts.of(FactKind.CLAIM):
            if not fact.value.absolute:
                continue
            hits = absolute_hits(fact.value.text)
            if not hits:
                continue
            hits = [(e, w) for e, w in hits
                    if not (e["id"] in ("total_freedom", "no_side_effects") and _observed_zero(fact.value.text, w))
                    and not (e["id"] == "complete_performance" and _observed_result(fact.value.text))]
            if not hits:
                continue
            entry, words = hits[0]
            severity = Severity.MINOR if fact.role is Role.CEP else Severity.MAJOR
            risk = (_listed_risk(facts, fact, words)
                    if entry["id"] in ("no_side_effects", "total_freedom") else None)
            listed = (f' The dossier itself lists the risk: {risk.document} names "{risk.location.quote}".'
                      if risk is not None else "")
            yield self.finding(
                f'{fact.document} states "{fact.location.quote}": "{words}" is absolute wording.'
                f"{listed} {entry['rationale']} ({entry['source']})",
                [fact] + ([risk] if risk is not None else []), severity=severity)
