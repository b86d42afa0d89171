"""What a report renders: the whole result of one `panelproof check`."""

from __future__ import annotations

from dataclasses import dataclass, field

from panelproof import __version__
from panelproof.extract.model import FactBase
from panelproof.ingest.model import Dossier
from panelproof.rules.model import Finding, Severity
from panelproof.scope.model import DeviceProfile, ScopeDecision


@dataclass
class CheckResult:
    dossier: Dossier
    facts: FactBase
    profile: DeviceProfile
    scope: ScopeDecision
    findings: list[Finding] = field(default_factory=list)
    version: str = __version__

    def summary(self) -> dict[str, int]:
        counts = {s.value: 0 for s in Severity}
        for finding in self.findings:
            counts[finding.severity.value] += 1
        return counts

    def fails(self, threshold: Severity | None) -> bool:
        if threshold is None:
            return False
        return any(f.severity.rank >= threshold.rank for f in self.findings)
