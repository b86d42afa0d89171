"""The pipeline: ingest, extract, scope, rules. Reports render the `CheckResult` it returns."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from panelproof.extract import extract_facts
from panelproof.ingest import Limits, load_dossier
from panelproof.report.model import CheckResult
from panelproof.rules import run_rules
from panelproof.scope import decide, infer_profile

# progress(step_description, done, total): a callback the CLI turns into a progress bar.
Progress = Callable[[str, int, int], None]


def run_check(paths: list[Path], *, limits: Limits | None = None,
              progress: Progress | None = None, select: set[str] | None = None,
              ignore: set[str] | None = None) -> CheckResult:
    dossier = load_dossier(paths, limits=limits, progress=progress)
    facts = extract_facts(dossier)
    profile = infer_profile(facts)
    scope = decide(profile)
    findings = run_rules(facts, select=select, ignore=ignore)
    return CheckResult(dossier=dossier, facts=facts, profile=profile, scope=scope,
                       findings=findings)
