"""The readiness review: what a regulatory team reads before the panel does.

Turns a `CheckResult` into the parts of the panel-style report (issue 5): a verdict, a
consistency matrix of facts against documents, traceability from claims to evidence and from
residual risks to PMCF objectives, findings grouped by the panel's concerns, and a scorecard of
the six "Do" practices of the CECP article. Pure data: the HTML, PDF and DOCX renderers and the
matrix image all read the same `Readiness`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from panelproof.extract.model import Fact, FactKind
from panelproof.ingest.model import Document, Location, Role
from panelproof.report.model import CheckResult
from panelproof.rules.model import Category, Finding, Severity

# The order in which documents are shown: the CEAR first (the panel reads it), then the
# manufacturer's clinical documents, then the user-facing ones.
ROLE_ORDER = [Role.CEAR, Role.CER, Role.CEP, Role.PMCF_PLAN, Role.PMCF_REPORT, Role.IFU,
              Role.SSCP, Role.RMF, Role.LABEL, Role.OTHER, Role.UNKNOWN]


@dataclass(frozen=True)
class MatrixRow:
    """One fact dimension compared across documents."""

    key: str
    label: str
    kinds: tuple[FactKind, ...]
    categories: tuple[Category, ...]  # findings of these categories mark cells as conflicting


MATRIX_ROWS = (
    MatrixRow("device_name", "Device name", (FactKind.DEVICE_NAME,), (Category.DEVICE_IDENTITY,)),
    MatrixRow("udi", "Basic UDI-DI", (FactKind.BASIC_UDI_DI,), (Category.DEVICE_IDENTITY,)),
    MatrixRow("manufacturer", "Manufacturer", (FactKind.MANUFACTURER,), (Category.DEVICE_IDENTITY,)),
    MatrixRow("class", "Class and rule", (FactKind.DEVICE_CLASS, FactKind.CLASSIFICATION_RULE),
              (Category.SCOPE, Category.DEVICE_IDENTITY)),
    MatrixRow("age", "Age bounds", (FactKind.POPULATION_BOUND,), (Category.POPULATION,)),
    MatrixRow("weight", "Weight bounds", (FactKind.POPULATION_BOUND,),
              (Category.POPULATION, Category.PLAUSIBILITY)),
    MatrixRow("groups", "Population groups", (FactKind.POPULATION_GROUP,), (Category.POPULATION,)),
    MatrixRow("indications", "Indications", (FactKind.INDICATION,), (Category.INTENDED_USE,)),
    MatrixRow("contraindications", "Contraindications", (FactKind.CONTRAINDICATION,),
              (Category.INTENDED_USE, Category.SAFETY_INSTRUCTION)),
    MatrixRow("interfaces", "Modes of use / interfaces", (FactKind.INTERFACE,),
              (Category.INTENDED_USE,)),
    MatrixRow("settings", "Care settings", (FactKind.CARE_SETTING,), (Category.CARE_SETTING,)),
    MatrixRow("parameters", "Technical parameters", (FactKind.PARAMETER,),
              (Category.SPECIFICATION, Category.PLAUSIBILITY)),
)


@dataclass
class MatrixCell:
    values: list[str] = field(default_factory=list)
    conflict: bool = False
    finding_ids: list[str] = field(default_factory=list)


@dataclass
class ConsistencyMatrix:
    documents: list[Document]
    rows: list[MatrixRow]
    cells: dict[tuple[str, str], MatrixCell]  # (row key, document path) -> cell

    def cell(self, row: str, document: str) -> MatrixCell:
        return self.cells.get((row, document), MatrixCell())

    def row_conflicts(self, row: str) -> bool:
        return any(self.cell(row, d.path).conflict for d in self.documents)


@dataclass
class TraceLink:
    """A claim (or residual risk) and what supports (or follows up) it."""

    source: Fact
    targets: list[Fact]
    citations: tuple[str, ...] = ()

    @property
    def traced(self) -> bool:
        return bool(self.targets or self.citations)


@dataclass
class Concern:
    """One of the panel's recurring concerns and the findings that raise it."""

    key: str
    title: str
    question: str
    findings: list[Finding]


@dataclass
class Practice:
    """One "Do" practice of the CECP article's reflex table, scored from findings."""

    key: str
    title: str
    findings: list[Finding]

    @property
    def status(self) -> str:
        worst = max((f.severity.rank for f in self.findings), default=-1)
        if worst >= Severity.MAJOR.rank:
            return "not met"
        if worst >= Severity.MINOR.rank:
            return "partly met"
        return "met"


@dataclass
class Readiness:
    verdict: str
    verdict_level: str  # "not-ready", "reservations", "ready"
    explanation: str
    matrix: ConsistencyMatrix
    claim_trace: list[TraceLink]
    risk_trace: list[TraceLink]
    concerns: list[Concern]
    practices: list[Practice]


# The panel's concerns, in the order of the June 2025 ventilator opinion.
CONCERNS = (
    ("identity", "Device identity", "Is it one device, with one name, in every document?",
     (Category.DEVICE_IDENTITY,)),
    ("population", "Target population", "Is the population the same everywhere, with clear "
     "bounds, and can the device serve it?", (Category.POPULATION, Category.PLAUSIBILITY)),
    ("intended-use", "Intended use and modes of use", "Are indications, contraindications, "
     "interfaces and care settings complete and consistent?",
     (Category.INTENDED_USE, Category.CARE_SETTING, Category.SPECIFICATION)),
    ("claims", "Clinical claims and evidence", "Is every claim justified by relevant clinical "
     "data, and physiologically sound?", (Category.CLAIM, Category.EVIDENCE)),
    ("safety", "Safety of instructions", "Are instructions and warnings safe and realistic?",
     (Category.SAFETY_INSTRUCTION,)),
    ("pmcf", "PMCF plan", "Is the PMCF plan specific, consistent with the intended use and "
     "tied to the residual risks?", (Category.PMCF,)),
    ("documentation", "Documentation quality", "Is the file complete, legible and consistent "
     "across language versions?", (Category.DOCUMENTATION, Category.TEMPLATE, Category.LANGUAGE)),
    ("scope", "Procedure", "Is the applicability of the consultation procedure clear?",
     (Category.SCOPE,)),
)

# The six "Do" practices of the article's reflex table and the categories that test them.
PRACTICES = (
    ("harmonise", "Harmonise indications and target population across all documents",
     (Category.DEVICE_IDENTITY, Category.POPULATION, Category.INTENDED_USE, Category.CARE_SETTING,
      Category.LANGUAGE, Category.SPECIFICATION)),
    ("thresholds", "Clearly define inclusion/exclusion thresholds",
     (Category.POPULATION, Category.PLAUSIBILITY)),
    ("claims", "Justify every clinical claim with evidence", (Category.CLAIM, Category.EVIDENCE)),
    ("pmcf", "Build a PMCF plan tailored to the device's risks", (Category.PMCF,)),
    ("cer-stage", "Anticipate CECP-level scrutiny from the CER stage",
     (Category.TEMPLATE, Category.DOCUMENTATION, Category.SAFETY_INSTRUCTION, Category.SCOPE)),
    ("cear", "Ask questions about the CEAR content", ()),  # findings that quote the CEAR
)


def assess(result: CheckResult) -> Readiness:
    documents = ordered_documents(result.dossier.documents)
    verdict, level, explanation = _verdict(result)
    return Readiness(
        verdict=verdict, verdict_level=level, explanation=explanation,
        matrix=consistency_matrix(result, documents),
        claim_trace=claim_traceability(result),
        risk_trace=risk_traceability(result),
        concerns=[Concern(key, title, question,
                          [f for f in result.findings if f.category in categories])
                  for key, title, question, categories in CONCERNS],
        practices=[Practice(key, title, _practice_findings(result, key, categories))
                   for key, title, categories in PRACTICES],
    )


def ordered_documents(documents: list[Document]) -> list[Document]:
    readable = [d for d in documents if d.ok]
    return sorted(readable, key=lambda d: (ROLE_ORDER.index(d.role), d.language or "", d.path))


def _verdict(result: CheckResult) -> tuple[str, str, str]:
    counts = result.summary()
    blocking = counts["critical"] + counts["major"]
    unreadable = [d.path for d in result.dossier.documents if not d.ok]
    roles = {d.role for d in result.dossier.documents if d.ok}
    missing = [r.value for r in (Role.CER, Role.CEP, Role.PMCF_PLAN, Role.IFU) if r not in roles]
    notes = []
    if unreadable:
        notes.append(f"{len(unreadable)} document(s) could not be read")
    if missing:
        notes.append("no " + ", ".join(missing) + " was provided")
    joined = "; ".join(notes)
    tail = (" " + joined[:1].upper() + joined[1:] + ".") if notes else ""
    if blocking:
        return ("Not ready for expert panel review", "not-ready",
                f"{counts['critical']} critical and {counts['major']} major finding(s) would very "
                f"likely be raised by an expert panel.{tail}")
    if counts["minor"] or notes:
        return ("Ready with reservations", "reservations",
                f"No critical or major finding; {counts['minor']} minor finding(s) to clear.{tail}")
    return ("Ready for expert panel review", "ready",
            "No finding at or above minor severity." + tail)


def _practice_findings(result: CheckResult, key: str,
                       categories: tuple[Category, ...]) -> list[Finding]:
    if key == "cear":
        cear_paths = cear_documents(result)
        return [f for f in result.findings if f.severity.rank >= Severity.MINOR.rank
                and any(loc.document in cear_paths for loc in f.locations)]
    return [f for f in result.findings if f.category in categories]


def cear_documents(result: CheckResult) -> set[str]:
    return {d.path for d in result.dossier.documents if d.ok and d.role is Role.CEAR}


def matrix_value(row: MatrixRow, fact: Fact) -> str | None:
    """The short text a matrix cell shows for a fact, or None when the fact is not in the row."""
    value = fact.value
    if row.key in ("age", "weight"):
        if getattr(value, "dimension", None) != row.key:
            return None
        text = value.describe()
        return f"excluded {text}" if getattr(value, "excluded", False) else text
    if row.key == "parameters":
        return f"{value.label or value.name}: {value.describe()}"
    if row.key == "class" and fact.kind is FactKind.CLASSIFICATION_RULE:
        return f"Rule {value}"
    if row.key == "class":
        return f"Class {value}"
    if hasattr(value, "id") and hasattr(value, "negated"):
        label = getattr(value, "label", "") or value.id.removeprefix("text:")
        prefix = "not " if value.negated else ""
        suffix = " only" if getattr(value, "exclusive", False) else ""
        return f"{prefix}{label}{suffix}"
    return str(value)


def consistency_matrix(result: CheckResult, documents: list[Document]) -> ConsistencyMatrix:
    cells: dict[tuple[str, str], MatrixCell] = {}
    for row in MATRIX_ROWS:
        for fact in result.facts.facts:
            if fact.kind not in row.kinds:
                continue
            shown = matrix_value(row, fact)
            if shown is None:
                continue
            cell = cells.setdefault((row.key, fact.document), MatrixCell())
            if shown not in cell.values:
                cell.values.append(shown)
        for finding in result.findings:
            if finding.category not in row.categories:
                continue
            for loc in finding.locations:
                cell = cells.get((row.key, loc.document))
                if cell is None or not _quote_in_row(result, row, loc):
                    continue
                cell.conflict = True
                if finding.id not in cell.finding_ids:
                    cell.finding_ids.append(finding.id)
    return ConsistencyMatrix(documents=documents, rows=list(MATRIX_ROWS), cells=cells)


def _quote_in_row(result: CheckResult, row: MatrixRow, location: Location) -> bool:
    """True when a finding's location quotes one of the row's facts in that document."""
    quote = " ".join(location.quote.split()).lower()
    for fact in result.facts.facts:
        if fact.kind in row.kinds and fact.document == location.document:
            fact_quote = " ".join(fact.location.quote.split()).lower()
            if fact_quote and (fact_quote in quote or quote in fact_quote):
                return matrix_value(row, fact) is not None
    return False


_WORD = re.compile(r"[^\W\d_]{4,}")


def _keywords(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def claim_traceability(result: CheckResult) -> list[TraceLink]:
    """Each claim with the evidence entries that share its subject, and its own citations."""
    evidence = result.facts.of(FactKind.EVIDENCE)
    links = []
    for claim in result.facts.of(FactKind.CLAIM):
        words = _keywords(claim.value.text)
        targets = []
        for entry in evidence:
            entry_text = " ".join(filter(None, (entry.value.citation, entry.value.indication,
                                                entry.value.population)))
            if len(words & _keywords(entry_text)) >= 2 or (
                    words and fuzz.token_set_ratio(claim.value.text, entry_text) >= 80):
                targets.append(entry)
        links.append(TraceLink(claim, targets, tuple(claim.value.citations)))
    return links


def risk_traceability(result: CheckResult) -> list[TraceLink]:
    """Each residual risk with the PMCF items (objectives, endpoints) that address it."""
    pmcf_items = [f for f in result.facts.of(FactKind.PMCF)
                  if f.value.aspect in ("objective", "endpoint", "method", "design")]
    links = []
    seen: set[str] = set()
    for risk in result.facts.of(FactKind.RESIDUAL_RISK):
        if risk.value.id in seen:
            continue
        seen.add(risk.value.id)
        label = str(risk.value).lower()
        words = _keywords(label)
        targets = [item for item in pmcf_items
                   if risk.value.id in item.value.concepts
                   or label in item.value.text.lower()
                   or (words and words <= _keywords(item.value.text))]
        links.append(TraceLink(risk, targets))
    return links
