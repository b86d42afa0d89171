"""The pipeline: ingest, extract, scope, rules. Reports render the `CheckResult` it returns.

Reading a document and extracting its facts depend on that document alone, so for large
dossiers both run per document in worker processes (one per core); the rules then see all
facts together. Results are the same, in the same order, either way.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
from concurrent.futures import Future, ProcessPoolExecutor, as_completed, wait
from pathlib import Path
from contextlib import contextmanager
from typing import Callable, Iterator

from panelproof.extract import extract_document, extract_facts, extractor_names, extractors
from panelproof.extract.model import Fact, FactBase
from panelproof.ingest import DossierPlan, Limits, plan_dossier, read_document
from panelproof.ingest.model import Document, Dossier, DossierConfig
from panelproof.ingest.pdf import page_count, read_page_range
from panelproof.report.model import CheckResult
from panelproof.rules import run_rules
from panelproof.scope import decide, infer_profile

# progress(step_description, done, total): a callback the CLI turns into a progress bar.
Progress = Callable[[str, int, int], None]

# Below this many bytes of (estimated) text, starting worker processes costs more than it saves.
PARALLEL_MIN_BYTES = 256 * 1024


def run_check(paths: list[Path], *, limits: Limits | None = None,
              progress: Progress | None = None, select: set[str] | None = None,
              ignore: set[str] | None = None, workers: int | None = None) -> CheckResult:
    """Check a dossier. `workers` forces the number of processes (1: no worker process)."""
    with _collector_paused():
        return _run_check(paths, limits, progress, select, ignore, workers)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a check runs (worker processes inherit it).

    A check makes millions of small objects and almost no reference cycles, so reference
    counting frees nearly everything; each full collection would walk every live object (a
    tenth of the time on a 1,000-page dossier) and, in forked workers, copy their memory.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _run_check(paths: list[Path], limits: Limits | None, progress: Progress | None,
               select: set[str] | None, ignore: set[str] | None,
               workers: int | None) -> CheckResult:
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
    # Compressed DOCX must count by the text it holds, or a large DOCX annex stays serial.
    size = sum(_work_estimate(file) for file, _ in plan.files)
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


# A few lines that reach every extractor's and rule's vocabulary, so that the regular
# expressions are compiled once in the parent before the workers are forked, not in each one.
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

## Clinical data

The prospective multicentre study enrolled 120 adult patients aged 18 to 75 years in intensive
care units and followed them for 12 months; no device-related death occurred (Smith et al.
2020) [2].

| Study | Design | Patients | Follow-up | Results |
| --- | --- | --- | --- | --- |
| Smith 2020 | randomised controlled trial | 120 adults | 12 months | mortality 10 % |

## References

1. Smith J, Meyer A, et al. Ventilation of adults in intensive care. Crit Care. 2020;24:101-9.

## PMCF plan

Objective: to confirm the safety and performance. Sample size: [Insert number].
"""


def _warm_up(config) -> None:
    from panelproof.ingest.model import Role
    from panelproof.ingest.text import document_from_text

    documents = [document_from_text(_WARM_UP_TEXT, f"warm-up-{role.value}.md", role)
                 for role in (Role.CER, Role.PMCF_PLAN, Role.IFU)]
    facts = [fact for document in documents for fact in extract_document(document, config)]
    for module in extractors():  # what the warm-up text does not reach
        if hasattr(module, "warm_up"):
            module.warm_up()
    # The rules compile patterns of their own on first use: once here, not in each worker.
    run_rules(FactBase(documents=documents, config=config, facts=facts))


# A document with more normalised characters than this has its extractors run as separate
# jobs, so that one long annex is shared out between the cores instead of holding one.
SPLIT_EXTRACTION_CHARS = 200_000

# The documents (and configuration) of the dossier being extracted, set in the parent before
# the extraction workers are forked: they inherit them, so no document is pickled to reach them.
_SHARED_DOCUMENTS: list[Document] = []
_SHARED_CONFIG: DossierConfig | None = None


def _read_one(job: tuple[Path, str, Limits, DossierPlan], pdf_pages: list | None = None) -> Document:
    file, rel, limits, plan = job
    document = read_document(file, rel, limits, plan.config, pdf_pages=pdf_pages)
    for block in document.blocks:  # normalise here, in parallel, once for every extractor
        block.normalized
    return document


def _extract_job(job: tuple[int, tuple[str, ...] | None]) -> tuple[list[Fact], list[str]]:
    """Facts of one document (all extractors, or the named ones), and the warnings added."""
    index, names = job
    document = _SHARED_DOCUMENTS[index]
    before = len(document.warnings)
    facts = extract_document(document, _SHARED_CONFIG or DossierConfig(), only=names)
    return facts, document.warnings[before:]


# A PDF larger than this is read in page ranges of PDF_PAGES_PER_JOB by several workers.
SPLIT_PDF_BYTES = 512 * 1024
PDF_PAGES_PER_JOB = 60


def _read_and_extract_in_parallel(plan: DossierPlan, limits: Limits, workers: int,
                                  stages: "_StageProgress") -> tuple[Dossier, FactBase]:
    """Read every document in worker processes, then extract their facts in worker processes.

    Two phases, because one long annex would otherwise keep one core busy while the other
    waits: a long PDF is read in page ranges by all workers, and once every document is in
    memory the extractors of a long document run as separate jobs. The parent compiles the
    extractors' patterns while the workers read, so that the extraction workers inherit them.
    """
    documents = _read_in_workers(plan, limits, workers, stages)
    facts_by_job = _extract_in_workers(documents, plan.config, workers, stages)
    dossier = Dossier(path=plan.path, config=plan.config, documents=documents)
    facts = FactBase(documents=documents, config=plan.config,
                     facts=[fact for job_facts in facts_by_job for fact in job_facts])
    return dossier, facts


def _read_in_workers(plan: DossierPlan, limits: Limits, workers: int,
                     stages: "_StageProgress") -> list[Document]:
    jobs = [(file, rel, limits, plan) for file, rel in plan.files]
    page_ranges = {i: _page_ranges(file, limits) for i, (file, _) in enumerate(plan.files)}
    documents: dict[int, Document] = {}
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        whole: dict[Future, int] = {}
        long_pdfs = _PdfAssembly(pool, jobs, page_ranges)
        # Largest pieces of work first, so that no big piece starts last.
        for _cost, i, page_range in sorted(_reading_tasks(plan, page_ranges), key=lambda t: -t[0]):
            if page_range is None:
                whole[pool.submit(_read_one, jobs[i])] = i
            else:
                long_pdfs.submit_range(i, page_range)
        _warm_up(plan.config)  # meanwhile, in the parent
        for future in as_completed(whole):
            i = whole[future]
            try:
                documents[i] = future.result()
            except Exception:  # noqa: BLE001 - a lost worker: read that document here instead
                documents[i] = _read_one(jobs[i])
            stages.reading(f"Reading {jobs[i][1]}", len(documents), len(jobs))
        for i, document in long_pdfs.documents():
            documents[i] = document
            stages.reading(f"Reading {jobs[i][1]}", len(documents), len(jobs))
    return [documents[i] for i in range(len(jobs))]


class _PdfAssembly:
    """Long PDFs read in page ranges by the workers, then joined into blocks by a worker.

    The join is submitted from the pool's callback as soon as a file's last range is read,
    so that it runs while the parent is still compiling the extractors' patterns.
    """

    def __init__(self, pool: ProcessPoolExecutor, jobs: list, page_ranges: dict) -> None:
        self.pool, self.jobs, self.page_ranges = pool, jobs, page_ranges
        self.lock = threading.Lock()
        self.pages: dict[int, dict[int, list]] = {}
        self.failed: set[int] = set()
        self.joins: dict[int, Future] = {}
        self.ranges: list[Future] = []

    def submit_range(self, i: int, page_range: tuple[int, int]) -> None:
        file = self.jobs[i][0]
        future = self.pool.submit(read_page_range, file, *page_range, self.jobs[i][2])
        future.add_done_callback(lambda done: self._range_read(i, page_range[0], done))
        self.ranges.append(future)

    def _range_read(self, i: int, start: int, future: Future) -> None:
        try:
            pages = future.result()
        except Exception:  # noqa: BLE001 - a lost worker or a damaged page: see documents()
            pages = None
        with self.lock:
            if pages is None:
                self.failed.add(i)
                return
            self.pages.setdefault(i, {})[start] = pages
            self._join_when_complete(i)

    def _join_when_complete(self, i: int) -> None:
        done = self.pages.get(i, {})
        if i in self.joins or i in self.failed or len(done) < len(self.page_ranges[i]):
            return
        in_order = [page for start in sorted(done) for page in done[start]]
        try:
            self.joins[i] = self.pool.submit(_read_one, self.jobs[i], in_order)
        except RuntimeError:  # the pool is shutting down: documents() joins it here
            pass

    def documents(self):
        """(file index, document) of every long PDF, once all its ranges are read."""
        wait(self.ranges)
        for i in sorted({i for i, ranges in self.page_ranges.items() if ranges}):
            with self.lock:
                self._join_when_complete(i)  # in case the callback has not run yet
                join = self.joins.get(i)
            try:
                document = join.result() if join is not None else None
            except Exception:  # noqa: BLE001 - a lost worker: do it here
                document = None
            # A damaged page or a lost worker: the one-job path reads the file and reports
            # what is wrong with it.
            yield i, document if document is not None else _read_one(self.jobs[i])


def _page_ranges(file: Path, limits: Limits) -> list[tuple[int, int]]:
    """Page ranges to read a long PDF in several jobs; [] to read the file as one job."""
    if file.suffix.lower() != ".pdf" or _size(file) < SPLIT_PDF_BYTES:
        return []
    try:
        count = page_count(file)
    except Exception:  # noqa: BLE001 - the one-job path reports what is wrong with it
        return []
    if count > limits.max_pages or count < 2 * PDF_PAGES_PER_JOB:
        return []
    return [(start, min(start + PDF_PAGES_PER_JOB, count))
            for start in range(0, count, PDF_PAGES_PER_JOB)]


def _reading_tasks(plan: DossierPlan, page_ranges: dict[int, list[tuple[int, int]]]):
    """(estimated cost, file index, page range or None for the whole file)."""
    for i, (file, _) in enumerate(plan.files):
        ranges = page_ranges[i]
        if not ranges:
            yield _work_estimate(file), i, None
            continue
        pages = ranges[-1][1]
        for start, stop in ranges:
            yield _size(file) * (stop - start) // pages, i, (start, stop)


def _extraction_jobs(documents: list[Document]) -> list[tuple[int, tuple[str, ...] | None]]:
    """(document index, extractor names or None for all), in document and extractor order."""
    jobs: list[tuple[int, tuple[str, ...] | None]] = []
    for index, document in enumerate(documents):
        if not document.ok:
            continue
        if sum(len(block.normalized) for block in document.blocks) > SPLIT_EXTRACTION_CHARS:
            jobs += [(index, (name,)) for name in extractor_names()]
        else:
            jobs.append((index, None))
    return jobs


def _job_cost(job: tuple[int, tuple[str, ...] | None]) -> int:
    index, names = job
    chars = sum(len(block.normalized) for block in _SHARED_DOCUMENTS[index].blocks)
    # The evidence extractor reads every sentence closely: it costs about as much as the rest.
    weight = len(extractor_names()) if names is None else (5 if names == ("evidence",) else 1)
    return chars * weight


def _extract_in_workers(documents: list[Document], config, workers: int,
                        stages: "_StageProgress") -> list[list[Fact]]:
    global _SHARED_DOCUMENTS, _SHARED_CONFIG
    jobs = _extraction_jobs(documents)
    _SHARED_DOCUMENTS, _SHARED_CONFIG = documents, config
    results: dict[int, list[Fact]] = {}
    try:
        context = multiprocessing.get_context("fork")
        # Costliest jobs first: the pool hands the next job to whichever worker is free.
        order = sorted(range(len(jobs)), key=lambda i: -_job_cost(jobs[i]))
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            futures = {pool.submit(_extract_job, jobs[i]): i for i in order}
            for done, future in enumerate(as_completed(futures), start=1):
                i = futures[future]
                try:
                    facts, warnings = future.result()
                except Exception:  # noqa: BLE001 - a lost worker: do that job here instead
                    facts, warnings = _extract_job(jobs[i])
                results[i] = facts
                document = documents[jobs[i][0]]
                document.warnings.extend(w for w in warnings if w not in document.warnings)
                stages.extracting(f"Extracting facts from {document.path}", done, len(jobs))
    finally:
        _SHARED_DOCUMENTS, _SHARED_CONFIG = [], None
    return [results[i] for i in range(len(jobs))]


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
