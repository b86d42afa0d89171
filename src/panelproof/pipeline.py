"""The pipeline: ingest, extract, scope, rules. Reports render the `CheckResult` it returns.

Reading a document and extracting its facts depend on that document alone, so for large
dossiers both run per document in worker processes (one per core); the rules then see all
facts together. Results are the same, in the same order, either way.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path
from typing import Callable

from panelproof.extract import extract_document, extract_facts
from panelproof.extract.model import Fact, FactBase
from panelproof.ingest import DossierPlan, Limits, plan_dossier, read_document
from panelproof.ingest.model import Document, Dossier
from panelproof.report.model import CheckResult
from panelproof.rules import run_rules
from panelproof.scope import decide, infer_profile

# progress(step_description, done, total): a callback the CLI turns into a progress bar.
Progress = Callable[[str, int, int], None]

# Below this many bytes of input, starting worker processes costs more than it saves.
PARALLEL_MIN_BYTES = 2 * 1024 * 1024


def run_check(paths: list[Path], *, limits: Limits | None = None,
              progress: Progress | None = None, select: set[str] | None = None,
              ignore: set[str] | None = None, workers: int | None = None) -> CheckResult:
    """Check a dossier. `workers` forces the number of processes (1: no worker process)."""
    stages = _StageProgress(progress)
    plan = plan_dossier(paths)
    limits = limits or Limits()
    workers = _workers(plan) if workers is None else workers
    if workers > 1:
        dossier, facts = _read_and_extract_in_parallel(plan, limits, workers, stages)
    else:
        dossier = Dossier(path=plan.path, config=plan.config, documents=[])
        for done, (file, rel) in enumerate(plan.files, start=1):
            dossier.documents.append(read_document(file, rel, limits, plan.config))
            stages.reading(f"Reading {rel}", done, len(plan.files))
        facts = extract_facts(dossier, progress=stages.extracting)
    profile = infer_profile(facts)
    scope = decide(profile)
    findings = run_rules(facts, select=select, ignore=ignore, progress=stages.checking,
                         workers=workers)
    return CheckResult(dossier=dossier, facts=facts, profile=profile, scope=scope,
                       findings=findings)


def _workers(plan: DossierPlan) -> int:
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    if (cores or 1) < 2 or len(plan.files) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    size = sum(_size(file) for file, _ in plan.files)
    return min(cores or 1, len(plan.files)) if size >= PARALLEL_MIN_BYTES else 1


def _size(file: Path) -> int:
    try:
        return file.stat().st_size
    except OSError:
        return 0


def _work_estimate(file: Path) -> int:
    """Bytes of text a file is likely to hold: DOCX is zipped XML, about ten times denser."""
    size = _size(file)
    return size * 10 if file.suffix.lower() == ".docx" else size


# A few lines that reach every extractor's vocabulary, so that the regular expressions are
# compiled once in the parent before the workers are forked, not once in each worker.
_WARM_UP_TEXT = """# Clinical Evaluation Report - Example 1

## Intended purpose

The Example 1 ventilator is intended for adults and children weighing more than 5 kg in hospitals.

## Indications and contraindications

Indications: respiratory failure. Contraindications: none known.

| Parameter | Value |
| --- | --- |
| Tidal volume | 50-2000 ml |

## Clinical benefits

The device reduces mortality [1]. Figure 1 shows the results. Switch off the alarm.

## PMCF plan

Objective: to confirm the safety and performance. Sample size: [Insert number].
"""


def _warm_up(config) -> None:
    from panelproof.ingest.model import Role
    from panelproof.ingest.text import document_from_text

    for role in (Role.CER, Role.PMCF_PLAN, Role.IFU):
        extract_document(document_from_text(_WARM_UP_TEXT, "warm-up.md", role), config)


def _read_and_extract_one(job: tuple[Path, str, Limits, DossierPlan]) -> tuple[Document, list[Fact]]:
    file, rel, limits, plan = job
    document = read_document(file, rel, limits, plan.config)
    return document, extract_document(document, plan.config) if document.ok else []


def _read_and_extract_in_parallel(plan: DossierPlan, limits: Limits, workers: int,
                                  stages: "_StageProgress") -> tuple[Dossier, FactBase]:
    jobs = [(file, rel, limits, plan) for file, rel in plan.files]
    # Largest documents first, so that one big document does not start last.
    order = sorted(range(len(jobs)), key=lambda i: -_work_estimate(jobs[i][0]))
    _warm_up(plan.config)
    results: dict[int, tuple[Document, list[Fact]]] = {}
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = {pool.submit(_read_and_extract_one, jobs[i]): i for i in order}
        for done, future in enumerate(as_completed(futures), start=1):
            index = futures[future]
            try:
                results[index] = future.result()
            except Exception:  # noqa: BLE001 - a lost worker: do that document here instead
                results[index] = _read_and_extract_one(jobs[index])
            rel = jobs[index][1]
            stages.reading(f"Reading {rel}", done, len(jobs))
            stages.extracting(f"Extracting facts from {rel}", done, len(jobs))
    documents = [results[i][0] for i in range(len(jobs))]
    dossier = Dossier(path=plan.path, config=plan.config, documents=documents)
    facts = FactBase(documents=documents, config=plan.config,
                     facts=[fact for i in range(len(jobs)) for fact in results[i][1]])
    return dossier, facts


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
