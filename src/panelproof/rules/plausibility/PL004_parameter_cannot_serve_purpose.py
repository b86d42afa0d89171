"""PL004: a device parameter cannot serve the intended purpose, whatever the patient weighs."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Iterable

from panelproof.extract.common import any_heading, blocks_containing, sentence_around, sentences
from panelproof.extract.device_type import Pack
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.extract.parameters import OTHER_HEADING, convert, parameter_name
from panelproof.ingest.model import Block, Document, Location, Role
from panelproof.rules.identity._compare import document_label
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.plausibility.common import display_unit, pack_checks

# A specification outside the purpose by more than this factor (or beyond the check's own
# `critical_limit`) is plainly unusable for it, not merely at its edge.
GROSS_FACTOR = 2.0

# The documents that state what the device is for; a PMCF plan or a CEAR quotes them.
PURPOSE_ROLES = (Role.CER, Role.IFU, Role.SSCP, Role.CEP, Role.LABEL, Role.OTHER, Role.UNKNOWN)
# The device's own specification, where it has one: a CER also cites other devices' values.
SPECIFICATION_ROLES = (Role.IFU, Role.LABEL)

# A purpose word that is denied or avoided is not the purpose: "not intended for ventilated
# patients", "to avoid lung deposition", "nicht für beatmete Patienten", "pas pour les
# patients ventilés".
_DENIED = re.compile(
    r"(?:\bnot\b|\bno\b|\bnever\b|\bwithout\b|\bexcept\b|\bexcluding\b|\bavoid\w*|\bminimi[sz]\w*|"
    r"\breduc\w*|\bprevent\w*|\blimit\w*|\bnicht\b|\bkein\w*|\bohne\b|\baußer\b|\bvermeid\w*|"
    r"\bverringer\w*|\bpas\b|\bjamais\b|\bsans\b|\bsauf\b|\béviter\b|\blimiter\b|\bréduire\b|"
    r"\bnon\b|\bsenza\b|\bevitare\b|\bsin\b|\bevitar\b|\bniet\b|\bgeen\b|\bzonder\b)"
    r"[^.;:!?]{0,60}$", re.IGNORECASE)


class ParameterCannotServePurpose(Rule):
    """A technical parameter lies where no device could serve the stated intended purpose,
    whatever the patient weighs.

    What it finds:
        For every `range_checks` entry of the dossier's device-type packs
        (knowledge/devices/*.yaml), the end of the stated parameter range the purpose needs
        (`high_at_least`, `high_at_most`, `low_at_most`, `low_at_least`) against the cited
        limit. Examples: a nebuliser whose smallest stated mass median aerodynamic diameter
        (MMAD) is above 5 µm while its CER or intended purpose claims alveolar or lower-airway
        delivery, or delivery in ventilated patients; an intracranial pressure sensor whose
        measuring range ends at or below the 22 mmHg treatment threshold of intracranial
        hypertension; an apnoea monitor whose bradycardia alarm limit cannot be set to the
        80 bpm that defines bradycardia in preterm infants it claims, or whose default alarm
        limit lies below it (a check with `judge_settings` also judges the default or preset
        value on its own); a pacemaker whose highest pacing rate ("30–120 ppm") cannot reach
        the heart rate of the neonates and infants it claims. A check with `when_terms` or `when_indication` applies only where the
        intended purpose, an indication or a claim says so (a nasal nebuliser wants large
        particles). The IFU's or label's specification is read where there is one, and the
        most favourable stated value is judged. Outside the limit is major; beyond the
        check's `critical_limit` (or twice / half the limit) is critical.

    Why a panel cares:
        A device that physically cannot do what its intended purpose says has no clinical
        benefit for that purpose, whatever its clinical data claim: expert panels check that
        the technical specification and the clinical claims describe the same device.

    Example:
        IFU: "MMAD 9,5 µm (GSD 1,8)". CER: "The MMAD of 9,5 µm ensures a predominantly
        alveolar deposition." (alveolar deposition needs about 1–5 µm)
        IFU: "ICP measuring range: -10 mmHg to +20 mmHg" for a catheter "to detect and treat
        intracranial hypertension" (treated above 22 mmHg).

    Use instead:
        State the device's true specification and restrict the claims to what it can serve
        ("MMAD 3,2 µm (GSD 1,8)" with its test method, ISO 27427; "Measuring range: -10 to
        +100 mmHg"), or narrow the intended purpose (upper-airway delivery only).

    References:
        MDR Annex I 1, 8 and 23.4(b) (benefit-risk; performance stated in the IFU); MDR
        Art. 61(1); MDR Annex XIV Part A 1; the source of each pack check (e.g. ERS technical
        standard on nebulisers, Eur Respir J 2017;49:1601526; ISO 27427:2013; Brain Trauma
        Foundation Guidelines, 4th ed., 2016).
    """

    code = "PL004"
    name = "parameter-cannot-serve-purpose"
    category = Category.PLAUSIBILITY
    severity = Severity.MAJOR
    title = "Device parameter cannot serve the intended purpose"
    references = ("MDR Annex I 1, 8 and 23.4(b)", "MDR Art. 61(1)", "MDR Annex XIV Part A 1")
    recommendation = ("Correct the specification, or restrict the intended purpose and the "
                      "clinical claims to what the device can physically achieve, and show the "
                      "verification (test method, standard) behind the stated value.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        parameters = facts.of(FactKind.PARAMETER)
        settings = facts.of(FactKind.PARAMETER_SETTING)
        if not parameters and not settings:
            return []
        findings = []
        for check, pack in _checks(facts):
            stated = [f for f in parameters if f.value.name == check["parameter"]]
            finding = self._check_one(facts, check, pack, stated) if stated else None
            if finding is None and check.get("judge_settings"):
                # the default or preset value the device is used at ("default 50 bpm"),
                # judged on its own: a limit the range could reach is no help when the
                # device is delivered set outside it
                preset = [f for f in settings if f.value.name == check["parameter"]]
                finding = self._check_one(facts, check, pack, preset) if preset else None
            if finding is not None:
                findings.append(finding)
        return findings

    def _check_one(self, facts: FactBase, check: dict[str, Any], pack: Pack,
                   stated: list[Fact]) -> Finding | None:
        end = check["check"]
        unit = str(check["unit"])
        values = [(f, v) for f in stated if (v := _end_value(f, end, unit)) is not None]
        specified = [fv for fv in values if fv[0].role in SPECIFICATION_ROLES]
        values = specified or values
        if not values:
            return None
        # The most favourable statement: a finding must hold whichever value is the device's.
        upper = end.endswith("at_least")
        fact, value = (max if upper else min)(values, key=lambda fv: fv[1])
        limit = float(check["limit"])
        if upper:
            fails = value <= limit if check.get("strict") else value < limit
        else:
            fails = value >= limit if check.get("strict") else value > limit
        if not fails:
            return None
        purpose = _purpose(facts, check, stated)
        if not purpose and (check.get("when_terms") or check.get("when_indication")):
            return None
        critical = check.get("critical_limit")
        if critical is None:
            critical = limit / GROSS_FACTOR if upper else limit * GROSS_FACTOR
        gross = value < float(critical) if upper else value > float(critical)
        # Every document stating an equally failing value, the chosen one first.
        others = [f for f, v in values if f is not fact and v == value
                  and f.document != fact.document]
        locations: list[Location | Fact] = [fact, *others[:2], *purpose]
        message = _message(facts, check, fact, value, purpose)
        return self.finding(message, locations,
                            severity=Severity.CRITICAL if gross else Severity.MAJOR)


def _checks(facts: FactBase) -> list[tuple[dict[str, Any], Pack]]:
    return pack_checks(facts, "range_checks", "check")


def _end_value(fact: Fact, end: str, unit: str) -> float | None:
    """The checked end of a stated range, in the check's unit."""
    value = fact.value.high if end.startswith("high") else fact.value.low
    if value is None:
        value = fact.value.low if end.startswith("high") else fact.value.high
    if value is None:
        return None
    return convert(float(value), fact.value.unit, unit)


# --- the purpose the parameter must serve ---------------------------------------------------

def _short(term: str) -> bool:
    # Abbreviations ("ICP", "PIC") are matched as written; words in any case.
    return len(term) <= 5 and term.isupper()


@lru_cache(maxsize=64)
def _purpose_pattern(terms: tuple[str, ...]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One pattern for a check's purpose words, and the lower-case literals that pre-filter
    blocks for it."""
    exact = [re.escape(t) for t in terms if _short(t)]
    loose = [r"[\s-]+".join(re.escape(w) for w in t.split()) for t in terms if not _short(t)]
    parts = []
    if exact:
        parts.append("(?-i:" + "|".join(sorted(exact, key=lambda t: (-len(t), t))) + ")")
    if loose:
        parts.append("|".join(sorted(loose, key=lambda t: (-len(t), t))))
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)
    literals = tuple(sorted({t.split()[0].lower() for t in terms}))
    return pattern, literals


def _check_terms(check: dict[str, Any]) -> tuple[str, ...]:
    by_language = check.get("when_terms") or {}
    return tuple(sorted({str(t) for terms in by_language.values() for t in terms or []}))


def _affirmed(text: str, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """The first purpose word of `text` that is not denied or avoided."""
    for match in pattern.finditer(text):
        clause_start = max(text.rfind(c, 0, match.start()) for c in ".;:!?|")
        if not _DENIED.search(text, clause_start + 1, match.start()):
            return match
    return None


def _purpose(facts: FactBase, check: dict[str, Any], stated: list[Fact]) -> list[Location]:
    """Where the dossier gives the purpose the check applies to, at most two places: a
    sentence stating the parameter that claims the purpose with it ("The MMAD of 9,5 µm
    ensures alveolar deposition"), and an indication the check names or an intended purpose,
    indication or claim naming the purpose (else a sentence of a describing document naming
    it outside its literature sections). Empty when the dossier does not give that purpose."""
    terms = _check_terms(check)
    pattern, literals = _purpose_pattern(terms) if terms else (None, ())
    claim = _claim_sentence(facts, pattern, literals, stated) if pattern else None
    found = [claim] if claim is not None else []
    wanted = set(check.get("when_indication") or ())
    for fact in facts.of(FactKind.INDICATION):
        if wanted and fact.value.id in wanted and not getattr(fact.value, "negated", False):
            return [*found, fact.location]
    if pattern is None:
        return found
    # the purpose as the document stating the parameter gives it, where it does; else the
    # first document that gives it (intended purpose before indication before claim)
    own = {fact.document for fact in stated}
    candidates = [fact for kind in (FactKind.INTENDED_PURPOSE, FactKind.INDICATION, FactKind.CLAIM)
                  for fact in facts.of(kind)
                  if fact.role in PURPOSE_ROLES and _affirmed(fact.location.quote, pattern)]
    if candidates:
        chosen = next((f for f in candidates if f.document in own), candidates[0])
        return [*found, chosen.location]
    if found:
        return found
    text = _purpose_in_text(facts, pattern, literals)
    return [text] if text is not None else []


def _claim_sentence(facts: FactBase, pattern: re.Pattern[str], literals: tuple[str, ...],
                    stated: list[Fact]) -> Location | None:
    """A sentence that states the parameter and names the purpose outside the parameter's own
    words ("The MMAD of 9,5 µm ensures a predominantly alveolar deposition")."""
    for fact in stated:
        if fact.role not in PURPOSE_ROLES:
            continue
        document = facts.document(fact.document)
        if document is None:
            continue
        for index in sorted(blocks_containing(document, literals)):
            block = document.blocks[index]
            if fact.location.quote not in block.full_quote:
                continue
            for s, e in sentences(block):
                sentence = block.quote(s, e)
                if fact.location.quote not in sentence:
                    continue
                masked = block.normalized[s:e]
                label = masked.find(fact.value.label) if fact.value.label else -1
                if label >= 0:  # the parameter's own name ("ICP measuring range") is no purpose
                    masked = masked[:label] + " " * len(fact.value.label) \
                        + masked[label + len(fact.value.label):]
                if _affirmed(masked, pattern):
                    return document.location(block, sentence)
    return None


def _purpose_in_text(facts: FactBase, pattern: re.Pattern[str], literals: tuple[str, ...]
                     ) -> Location | None:
    for role in PURPOSE_ROLES:
        for document in facts.documents_with_role(role):
            for index in sorted(blocks_containing(document, literals)):
                block = document.blocks[index]
                if any_heading(OTHER_HEADING, block.heading_path):
                    continue
                match = _affirmed(block.normalized, pattern)
                if match is not None:
                    return _sentence_location(document, block, match.start(), match.end())
    return None


def _sentence_location(document: Document, block: Block, start: int, end: int) -> Location:
    s, e = sentence_around(block, start, end)
    return document.location(block, block.quote(s, e))


# --- message ---------------------------------------------------------------------------------

def _num(x: float) -> str:
    return f"{x:.4g}"


def _message(facts: FactBase, check: dict[str, Any], fact: Fact, value: float,
             purpose: list[Location]) -> str:
    where = _capital(document_label(facts.document(fact.document), fact.document))
    unit = display_unit(str(check["unit"]), fact.location.quote)
    quantity = str(check.get("quantity") or parameter_name(check["parameter"])
                   or check["parameter"].replace("_", " "))
    limit = float(check["limit"])
    end = check["check"]
    low = _end_value(fact, "low_at_most", str(check["unit"]))
    high = _end_value(fact, "high_at_most", str(check["unit"]))
    if low is not None and high is not None and low != high:
        stated = f"{where} gives the {quantity} as {_num(low)} to {_num(high)} {unit}"
    else:
        stated = f"{where} gives the {quantity} as {_num(value)} {unit}"
    need = {"high_at_least": "must reach beyond" if check.get("strict") else "must reach at least",
            "high_at_most": "must not exceed",
            "low_at_most": "must be at most",
            "low_at_least": "must be at least"}[end]
    parts = [stated]
    for location in purpose:
        label = document_label(facts.document(location.document), location.document)
        parts.append(f"{label} states the purpose it is to serve: \"{location.quote}\"")
    message = "; ".join(parts)
    message += (f". The {quantity} {need} {_num(limit)} {unit} for that purpose: "
                f"{check['explanation']} ({check['source']}). As specified, the device cannot "
                f"serve its intended purpose.")
    return message


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]
