"""Rules: facts to findings. See `registry.all_rules()` and `run_rules()`."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor, as_completed

from panelproof import regex_cache
from panelproof.extract.model import FactBase
from panelproof.rules.model import Category, Finding, Rule, Severity

# The fact base a forked worker checks; set in the parent just before forking, so the
# workers read it from inherited memory instead of receiving a pickled copy.
_SHARED_FACTS: FactBase | None = None


def run_rules(facts: FactBase, *, select: set[str] | None = None,
              ignore: set[str] | None = None, progress=None,
              workers: int = 1) -> list[Finding]:
    """Run every registered rule (or the selected codes) and return their findings, sorted.

    `progress(description, done, total)` is called after each rule when given. With
    `workers` > 1 the rules are shared out between forked processes; the findings are the
    same, in the same order.
    """
    from panelproof.rules.registry import all_rules

    chosen = [r for r in all_rules()
              if (not select or r.code in select) and not (ignore and r.code in ignore)]
    if workers > 1 and "fork" in multiprocessing.get_all_start_methods():
        facts.index_by_kind()  # once here, not in every worker
        per_rule = _run_in_workers(facts, chosen, workers, progress)
    else:
        per_rule = []
        for done, rule_class in enumerate(chosen, start=1):
            if progress:
                progress(f"Checking {rule_class.code} {rule_class.name}", done - 1, len(chosen))
            per_rule.append(list(rule_class().check(facts)))
    findings: list[Finding] = []
    seen: set[str] = set()
    for rule_findings in per_rule:
        for finding in rule_findings:
            if finding.id not in seen:
                seen.add(finding.id)
                findings.append(finding)
    findings.sort(key=lambda f: (-f.severity.rank, f.category.value, f.rule, f.id))
    return findings


# Rules that read many facts or whole documents, costliest first (CPU measured on the
# 1,000-page benchmark dossier, 27 Nov 2026: EV001 0.5 s, EV004 0.3 s, EV006 0.27 s, CL001 0.15 s,
# the others under 0.1 s): started first, so that no long rule starts last.
_COSTLY_RULES = ("EV001", "EV004", "EV006", "CL001", "SI001", "LA001", "PM001", "EV002", "SI002", "PO003")


def _check_codes(codes: list[str]) -> tuple[dict[str, list[Finding]], dict]:
    """The findings of the rules; the pattern-cache entries the job made, for the parent to
    keep (`regex_cache.take_fresh`: a rule's new unit conversion is not derived again next run)."""
    from panelproof.rules.registry import rule_by_code

    assert _SHARED_FACTS is not None
    findings = {code: list(rule_by_code(code)().check(_SHARED_FACTS)) for code in codes}
    return findings, regex_cache.take_fresh()


def _run_in_workers(facts: FactBase, chosen: list[type[Rule]], workers: int,
                    progress) -> list[list[Finding]]:
    global _SHARED_FACTS
    codes = [r.code for r in chosen]
    # One job per rule, the costliest first: whichever worker is free takes the next one, so
    # the few expensive rules (claims, evidence, language versions) do not pile up in one.
    ordered = sorted(codes, key=lambda code: (_COSTLY_RULES.index(code) if code in _COSTLY_RULES
                                              else len(_COSTLY_RULES)))
    _SHARED_FACTS = facts
    try:
        results: dict[str, list[Finding]] = {}
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            futures = [pool.submit(_check_codes, [code]) for code in ordered]
            for done, future in enumerate(as_completed(futures), start=1):
                findings, fresh = future.result()
                results.update(findings)
                regex_cache.adopt(fresh)
                if progress:
                    progress("Checking rules", done, len(futures))
    finally:
        _SHARED_FACTS = None
    return [results[code] for code in codes]


__all__ = ["Category", "Finding", "Rule", "Severity", "run_rules"]
