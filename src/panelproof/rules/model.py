"""Rules and findings.

A rule is a class with its metadata as class attributes and a `check(facts)` method that
yields `Finding`s. The registry (`panelproof.rules.registry`) discovers every rule module
under `panelproof.rules`, so adding a rule is adding a module.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from enum import StrEnum
from typing import ClassVar, Iterable

from panelproof.extract.model import Fact, FactBase
from panelproof.ingest.model import Location
from panelproof.ingest.normalize import collapse_whitespace


class Severity(StrEnum):
    CRITICAL = "critical"
    MAJOR = "major"
    MINOR = "minor"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"critical": 3, "major": 2, "minor": 1, "info": 0}[self.value]


class Category(StrEnum):
    """The output contract's finding categories; exactly these."""

    SCOPE = "scope"
    DEVICE_IDENTITY = "device-identity"
    POPULATION = "population"
    PLAUSIBILITY = "plausibility"
    SPECIFICATION = "specification"
    INTENDED_USE = "intended-use"
    CARE_SETTING = "care-setting"
    CLAIM = "claim"
    SAFETY_INSTRUCTION = "safety-instruction"
    EVIDENCE = "evidence"
    PMCF = "pmcf"
    TEMPLATE = "template"
    DOCUMENTATION = "documentation"
    LANGUAGE = "language"


@dataclass
class Finding:
    rule: str
    category: Category
    severity: Severity
    title: str
    message: str
    recommendation: str
    references: tuple[str, ...]
    locations: list[Location] = field(default_factory=list)

    @property
    def id(self) -> str:
        """A stable fingerprint: rule, documents and quotes, independent of order and run."""
        parts = sorted(f"{loc.document}\x1f{collapse_whitespace(loc.quote).lower()}"
                       for loc in self.locations)
        digest = hashlib.sha256("\x1e".join([self.rule, *parts]).encode("utf-8"))
        return digest.hexdigest()[:16]

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "rule": self.rule,
            "category": self.category.value,
            "severity": self.severity.value,
            "title": self.title,
            "message": self.message,
            "recommendation": self.recommendation,
            "references": list(self.references),
            "locations": [loc.as_dict() for loc in self.locations],
        }


class Rule:
    """Base class of every rule.

    Subclasses set `code` (stable, never reused), `name` (kebab-case), `category`,
    `severity` (the default), `title`, `references` and `recommendation`, and implement
    `check`. The class docstring is the rule's documentation (What it finds / Why a panel
    cares / Example / Use instead), rendered into docs/rules/.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    category: ClassVar[Category]
    severity: ClassVar[Severity]
    title: ClassVar[str]
    references: ClassVar[tuple[str, ...]]
    recommendation: ClassVar[str]

    def check(self, facts: FactBase) -> Iterable[Finding]:
        raise NotImplementedError

    def finding(self, message: str, locations: Iterable[Location | Fact], *,
                severity: Severity | None = None, title: str | None = None,
                recommendation: str | None = None, category: Category | None = None) -> Finding:
        """Build a finding with this rule's metadata; facts are turned into their locations.
        A rule whose findings span two categories passes the other one as `category`."""
        locs: list[Location] = []
        for item in locations:
            loc = item.location if isinstance(item, Fact) else item
            if loc not in locs:
                locs.append(loc)
        return Finding(
            rule=self.code,
            category=category or self.category,
            severity=severity or self.severity,
            title=title or self.title,
            message=message,
            recommendation=recommendation or self.recommendation,
            references=tuple(self.references),
            locations=locs,
        )
