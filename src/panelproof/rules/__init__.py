"""Rules: facts to findings. See `registry.all_rules()` and `run_rules()`."""

from __future__ import annotations

from panelproof.extract.model import FactBase
from panelproof.rules.model import Category, Finding, Rule, Severity


def run_rules(facts: FactBase, *, select: set[str] | None = None,
              ignore: set[str] | None = None, progress=None) -> list[Finding]:
    """Run every registered rule (or the selected codes) and return their findings, sorted.

    `progress(description, done, total)` is called after each rule when given.
    """
    from panelproof.rules.registry import all_rules

    findings: list[Finding] = []
    seen: set[str] = set()
    chosen = [r for r in all_rules()
              if (not select or r.code in select) and not (ignore and r.code in ignore)]
    for done, rule_class in enumerate(chosen, start=1):
        if progress:
            progress(f"Checking {rule_class.code} {rule_class.name}", done - 1, len(chosen))
        for finding in rule_class().check(facts):
            if finding.id not in seen:
                seen.add(finding.id)
                findings.append(finding)
    findings.sort(key=lambda f: (-f.severity.rank, f.category.value, f.rule, f.id))
    return findings


__all__ = ["Category", "Finding", "Rule", "Severity", "run_rules"]
