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
    stages = _StageProgress(progress)
    dossier = load_dossier(paths, limits=limits, progress=stages.reading)
    facts = extract_facts(dossier, progress=stages.extracting)
    profile = infer_profile(facts)
    scope = decide(profile)
    findings = run_rules(facts, select=select, ignore=ignore, progress=stages.checking)
    return CheckResult(dossier=dossier, facts=facts, profile=profile, scope=scope,
                       findings=findings)


class _StageProgress:
    """Turns the three stages' own step counts into one bar: read, extract, check.

    Reading and extracting count one step per document; the rules count as one document's
    worth of steps, so the bar moves evenly on a dossier of a few large documents.
    """

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.documents = 0

    def _report(self, description: str, done: float, total: float) -> None:
        if self.progress is not None:
            self.progress(description, int(done), int(total))

    def reading(self, description: str, done: int, total: int) -> None:
        self.documents = total
        self._report(description, done, 2 * total + 1)

    def extracting(self, description: str, done: int, total: int) -> None:
        self._report(description, total + done, 2 * total + 1)

    def checking(self, description: str, done: int, total: int) -> None:
        documents = self.documents or 1
        self._report(description, 2 * documents + done / max(total, 1), 2 * documents + 1)
