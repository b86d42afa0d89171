"""The CEAR challenge list: what the manufacturer should question before the panel does.

The expert panel reads the notified body's CEAR, not the CER. A statement in the CEAR that the
manufacturer's own documents contradict, or that none of them states, is what the panel will
build its opinion on. This module lists them so the manufacturer can raise them with the NB:

- *contradicted*: a finding has a location in the CEAR and one in a manufacturer document;
- *not supported*: the CEAR states a fact (device name, population, indication, interface,
  care setting, parameter, claim) that no manufacturer document states.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz

from panelproof.extract.model import Fact, FactKind
from panelproof.ingest.model import Location, Role
from panelproof.ingest.normalize import collapse_whitespace
from panelproof.report.model import CheckResult

MANUFACTURER_ROLES = {Role.CER, Role.CEP, Role.PMCF_PLAN, Role.PMCF_REPORT, Role.IFU, Role.SSCP,
                      Role.RMF, Role.LABEL}

# The facts whose support in the manufacturer's documents is checked, and how they are named.
CHECKED_KINDS = {
    FactKind.DEVICE_NAME: "device name",
    FactKind.POPULATION_BOUND: "population bound",
    FactKind.POPULATION_GROUP: "population group",
    FactKind.INDICATION: "indication",
    FactKind.CONTRAINDICATION: "contraindication",
    FactKind.INTERFACE: "mode of use",
    FactKind.CARE_SETTING: "care setting",
    FactKind.PARAMETER: "technical parameter",
    FactKind.CLAIM: "clinical claim",
}


@dataclass
class ChallengeItem:
    """One CEAR statement to question. Several findings may contradict the same statement
    (a weight bound against the CER's bound and against its neonates); they make one item, so
    the manufacturer raises each statement once, with every reason."""

    statement: Location  # the CEAR's words
    status: str  # "contradicted" or "not supported"
    reasons: list[str]
    counter_evidence: list[Location] = field(default_factory=list)
    finding_ids: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)

    @property
    def reason(self) -> str:
        return " ".join(self.reasons)

    @property
    def finding_id(self) -> str | None:
        return self.finding_ids[0] if self.finding_ids else None

    @property
    def rule(self) -> str | None:
        return self.rules[0] if self.rules else None

    def as_dict(self) -> dict:
        return {"statement": self.statement.as_dict(), "status": self.status,
                "reason": self.reason, "reasons": list(self.reasons),
                "finding": self.finding_id, "rule": self.rule,
                "findings": list(self.finding_ids), "rules": list(self.rules),
                "counter_evidence": [loc.as_dict() for loc in self.counter_evidence]}


def challenge_list(result: CheckResult) -> list[ChallengeItem]:
    """Every CEAR statement contradicted or not supported by the manufacturer's documents."""
    roles = {d.path: d.role for d in result.dossier.documents if d.ok}
    cear = {path for path, role in roles.items() if role is Role.CEAR}
    manufacturer = {path for path, role in roles.items() if role in MANUFACTURER_ROLES}
    if not cear or not manufacturer:
        return []

    items: list[ChallengeItem] = []
    contradicted: dict[tuple[str, str], ChallengeItem] = {}
    for finding in result.findings:
        cear_locations = [loc for loc in finding.locations if loc.document in cear]
        others = [loc for loc in finding.locations if loc.document in manufacturer]
        if not cear_locations or not others:
            continue
        for loc in cear_locations:
            key = (loc.document, _key(loc.quote))
            item = contradicted.get(key)
            if item is None:
                item = contradicted[key] = ChallengeItem(statement=loc, status="contradicted",
                                                         reasons=[])
                items.append(item)
            if finding.id in item.finding_ids:
                continue
            item.reasons.append(finding.message)
            item.finding_ids.append(finding.id)
            item.rules.append(finding.rule)
            item.counter_evidence += [o for o in others if o not in item.counter_evidence]
    challenged_quotes: set[tuple[str, str]] = set(contradicted)

    manufacturer_facts = [f for f in result.facts.facts if f.document in manufacturer]
    for fact in result.facts.facts:
        if fact.document not in cear or fact.kind not in CHECKED_KINDS:
            continue
        if (fact.document, _key(fact.location.quote)) in challenged_quotes:
            continue
        if any(_supports(other, fact) for other in manufacturer_facts if other.kind is fact.kind):
            continue
        challenged_quotes.add((fact.document, _key(fact.location.quote)))
        items.append(ChallengeItem(
            statement=fact.location, status="not supported",
            reasons=[f"The CEAR states this {CHECKED_KINDS[fact.kind]} "
                     f"({_describe(fact)}), but none of the manufacturer's documents does."]))
    return items


def _key(quote: str) -> str:
    return collapse_whitespace(quote).lower()


def _describe(fact: Fact) -> str:
    value = fact.value
    if hasattr(value, "describe"):
        return value.describe()
    if hasattr(value, "text"):
        return value.text
    return str(value)


def _supports(candidate: Fact, statement: Fact) -> bool:
    """True when a manufacturer fact states the same thing as the CEAR fact."""
    a, b = candidate.value, statement.value
    kind = statement.kind
    if kind is FactKind.DEVICE_NAME:
        return fuzz.ratio(str(a).lower().replace(" ", ""), str(b).lower().replace(" ", "")) >= 90
    if kind is FactKind.POPULATION_BOUND:
        return (a.dimension == b.dimension and a.low == b.low and a.high == b.high
                and a.excluded == b.excluded)
    if kind is FactKind.PARAMETER:
        return a.name == b.name and a.low == b.low and a.high == b.high
    if kind is FactKind.CLAIM:
        return fuzz.token_set_ratio(a.text, b.text) >= 75
    if hasattr(a, "id") and hasattr(b, "id"):
        if a.id.startswith("text:") or b.id.startswith("text:"):
            return fuzz.token_set_ratio(str(a), str(b)) >= 85 and a.negated == b.negated
        return a.id == b.id and a.negated == b.negated
    return a == b


# --- rendering (the `panelproof challenge` command) ---------------------------------------------

def _where(location: Location) -> str:
    parts = [location.document]
    if location.page is not None:
        parts.append(f"p. {location.page}")
    if location.section:
        parts.append(f"§ {location.section}")
    return ", ".join(parts)


def challenge_as_dict(result: CheckResult, items: list[ChallengeItem]) -> dict:
    counts = {"contradicted": 0, "not supported": 0}
    for item in items:
        counts[item.status] = counts.get(item.status, 0) + 1
    return {"tool": {"name": "panelproof", "version": result.version},
            "dossier": result.dossier.path,
            "cear_documents": sorted(d.path for d in result.dossier.documents
                                     if d.ok and d.role is Role.CEAR),
            "cear_challenges": [item.as_dict() for item in items],
            "summary": counts}


def render_challenge_json(result: CheckResult, items: list[ChallengeItem]) -> str:
    import json

    return json.dumps(challenge_as_dict(result, items), indent=2, ensure_ascii=False) + "\n"


def _no_items_text(result: CheckResult) -> str:
    roles = {d.role for d in result.dossier.documents if d.ok}
    if Role.CEAR not in roles:
        return "No CEAR in the dossier: nothing to challenge."
    if not roles & MANUFACTURER_ROLES:
        return "No manufacturer document in the dossier to compare the CEAR with."
    return "No CEAR statement is contradicted or unsupported by the manufacturer's documents."


def render_challenge_text(result: CheckResult, items: list[ChallengeItem]) -> str:
    """Plain text; quotes are printed as the documents hold them (no markup is interpreted)."""
    lines = [f"CEAR challenge list for {result.dossier.path}", ""]
    if not items:
        return "\n".join(lines + [_no_items_text(result)]) + "\n"
    for number, item in enumerate(items, 1):
        lines.append(f"{number}. [{item.status}] {_where(item.statement)}")
        lines.append(f'   CEAR: "{collapse_whitespace(item.statement.quote)}"')
        for reason, rule in zip(item.reasons, item.rules or [None] * len(item.reasons)):
            lines.append(f"   {reason}" + (f" ({rule})" if rule else ""))
        for loc in item.counter_evidence:
            lines.append(f'   - {_where(loc)}: "{collapse_whitespace(loc.quote)}"')
        lines.append("")
    counts = challenge_as_dict(result, items)["summary"]
    lines.append(f"{len(items)} statement(s) to question: {counts['contradicted']} contradicted, "
                 f"{counts['not supported']} not supported.")
    return "\n".join(lines) + "\n"


def render_challenge_markdown(result: CheckResult, items: list[ChallengeItem]) -> str:
    from panelproof.report.markdown import escape

    lines = [f"# CEAR challenge list: {escape(result.dossier.path)}", ""]
    if not items:
        return "\n".join(lines + [escape(_no_items_text(result))]) + "\n"
    for number, item in enumerate(items, 1):
        lines.append(f"{number}. **{item.status}**: {escape(_where(item.statement))}")
        lines.append(f"   > {escape(item.statement.quote)}")
        lines.append("")
        for reason, rule in zip(item.reasons, item.rules or [None] * len(item.reasons)):
            lines.append(f"   {escape(reason)}" + (f" ({escape(rule)})" if rule else ""))
            lines.append("")
        for loc in item.counter_evidence:
            lines.append(f"   - {escape(_where(loc))}: “{escape(loc.quote)}”")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
