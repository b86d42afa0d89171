"""Rules: facts to findings. See `registry.all_rules()` and `run_rules()`."""

from __future__ import annotations

from panelproof.extract.model import FactBase
from panelproof.rules.model import Category, Finding, Rule, Severity


def run_rules(facts: FactBase, *, select: set[str] | None = None,
              ignore: set[str] | None = None) -> list[Finding]:
    """Run every registered rule (or the selected codes) and return their findings, sorted."""
    from panelproof.rules.registry import all_rules

    findings: list[Finding] = []
    seen: set[str] = set()
    for rule_class in all_rules():
        if select and rule_class.code not in select:
            continue
        if ignore and rule_class.code in ignore:
            continue
        for finding in rule_class().check(facts):
            if finding.id not in seen:
                seen.add(finding.id)
                findings.append(finding)
    findings.sort(key=lambda f: (-f.severity.rank, f.category.value, f.rule, f.id))
    return findings


__all__ = ["Category", "Finding", "Rule", "Severity", "run_rules"]
