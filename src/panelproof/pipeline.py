"""The pipeline: ingest, extract, scope, rules. Reports render the `CheckResult` it returns.

Reading a document and extracting its facts depend on that document alone, so for large
dossiers both run per document in worker processes (one per core); the rules then see all
facts together. Results are the same, in the same order, either way.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import pickle
import queue
import tempfile
import threading
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from panelproof import regex_cache
from panelproof.extract import extract_document, extract_facts, extractor_names, extractors
from panelproof.extract.model import Fact, FactBase
from panelproof.ingest import DossierPlan, Limits, detect_text_language, plan_dossier, read_document
from panelproof.ingest.model import Document, Dossier, DossierConfig
from panelproof.ingest.language import language_from_text, text_sample
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
MRI: MR Conditional at 1.5 T, head scans only; full-body MRI is contraindicated.

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

# Documents (and configuration) of the dossier being checked, by file index, set in the parent.
# Extraction workers inherit the documents read before they were forked; a document read later
# reaches them as a pickle file (see `_Extraction`).
_SHARED_DOCUMENTS: dict[int, Document] = {}
_SHARED_CONFIG: DossierConfig | None = None


def _read_one(job: tuple[Path, str, Limits, DossierPlan], pdf_pages: list | None = None) -> Document:
    file, rel, limits, plan = job
    # The language from the text, if needed, is found in the parent (`detect_text_language`):
    # langdetect's profiles (0.14 s) then load there once instead of in every reading worker.
    document = read_document(file, rel, limits, plan.config, pdf_pages=pdf_pages,
                             language_from_text=False)
    for block in document.blocks:  # normalise here, in parallel, once for every extractor
        block.folded  # and fold: rules and extractors in other processes get it with the block
    return document


def _read_page_range_pickled(file: Path, start: int, stop: int, limits: Limits) -> bytes:
    """`read_page_range`, its pages pickled in the worker.

    The parent only hands the bytes on to the worker that joins the pages (`_join_pages`):
    unpickling 440 pages' lines (7 MB) in the parent and pickling them again for that worker
    cost about 0.15 s of CPU.
    """
    return pickle.dumps(read_page_range(file, start, stop, limits), protocol=pickle.HIGHEST_PROTOCOL)


@dataclass(frozen=True)
class _SpooledDocument:
    """A document its reading worker pickled to the spool folder itself (a long PDF joined
    from its page ranges), for the extraction workers to load.

    The parent submits the document's extraction jobs as soon as this arrives and loads the
    document afterwards, for its own use: handing the document to the parent, which would
    pickle it again for the workers, put about 0.1 s in the way of a 440-page annex.
    """

    file: Path
    chars: int  # normalised characters, to choose whether its extraction is split in jobs
    # The text to find its language from, when neither dossier.yaml nor its file name tells
    # (the parent has langdetect's profiles loaded; this worker has not).
    language_sample: str | None


def _join_pages(job: tuple[Path, str, Limits, DossierPlan], pickled_ranges: list[bytes],
                spooled: Path) -> Document | _SpooledDocument:
    """A long PDF's document from its page ranges, in order (see `_read_page_range_pickled`),
    pickled to `spooled` when it could be read."""
    document = _read_one(job, [page for pickled in pickled_ranges for page in pickle.loads(pickled)])
    if not document.ok:
        return document  # the parent keeps it as it is: no facts to extract
    spooled.write_bytes(pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL))
    config = job[3].config
    unknown_language = document.language is None and document.path not in config.languages
    return _SpooledDocument(file=spooled,
                            chars=sum(len(block.normalized) for block in document.blocks),
                            language_sample=text_sample(document) if unknown_language else None)


# An extraction job: (document index, extractor names or None for all, spooled pickle or None,
# the document's language when the spooled pickle does not hold it yet: see `_SpooledDocument`).
ExtractionJob = tuple[int, "tuple[str, ...] | None", "Path | None", "str | None"]


def _extract_job(job: ExtractionJob) -> tuple[list[list[Fact]], list[str], dict]:
    """Facts of one document: all extractors' as one list, or each named extractor's as a list
    of its own; the warnings added; the patterns the job compiled (for the parent's pattern
    cache: `regex_cache.take_fresh`)."""
    index, names, spooled, language = job
    document = _SHARED_DOCUMENTS.get(index)
    if document is None:
        assert spooled is not None
        document = _SHARED_DOCUMENTS[index] = _load_spooled(spooled, language)
    before = len(document.warnings)
    config = _SHARED_CONFIG or DossierConfig()
    if names is None:
        facts = [extract_document(document, config)]
    else:
        facts = [extract_document(document, config, only=(name,)) for name in names]
    return facts, document.warnings[before:], regex_cache.take_fresh()


def _load_spooled(file: Path, language: str | None) -> Document:
    document = pickle.loads(file.read_bytes())
    if language is not None:
        document.language = language
    return document


# Extractors that read the same analysis of a document (`intended_use.units`: its sections cut
# into units with their kinds, kept per document in each process) run as one job when a long
# document's extractors are split into jobs: the analysis is then made once, not again in each
# worker that runs one of them (about 0.1 s for a 1,000-page annex).
EXTRACTORS_RUN_TOGETHER = (("body_sites", "indication_measures", "instructions", "intended_use", "settings"),)


def _extractor_jobs() -> list[tuple[str, ...]]:
    """Every extractor's name, alone or in its `EXTRACTORS_RUN_TOGETHER` group, in extractor
    order (a group where its first member is)."""
    names = extractor_names()
    group_of = {name: group for group in EXTRACTORS_RUN_TOGETHER for name in group}
    jobs: list[tuple[str, ...]] = []
    for name in names:
        group = tuple(member for member in group_of.get(name, (name,)) if member in names)
        if group not in jobs:
            jobs.append(group)
    return jobs


# A PDF larger than this is read in page ranges of PDF_PAGES_PER_JOB by several workers.
SPLIT_PDF_BYTES = 512 * 1024
PDF_PAGES_PER_JOB = 60


def _read_and_extract_in_parallel(plan: DossierPlan, limits: Limits, workers: int,
                                  stages: "_StageProgress") -> tuple[Dossier, FactBase]:
    """Read every document in worker processes, and extract each one's facts in worker
    processes as soon as it is read.

    Reading starts at once (a long PDF in page ranges shared by all workers) while the parent
    compiles the extractors' and rules' patterns. The extraction workers are forked after
    that, so they inherit the compiled patterns; a long document's extractors run as
    separate jobs, so that one annex does not hold one core while the other waits.
    """
    global _SHARED_CONFIG
    jobs = [(file, rel, limits, plan) for file, rel in plan.files]
    documents: dict[int, Document] = {}
    context = multiprocessing.get_context("fork")
    _SHARED_DOCUMENTS.clear()
    _SHARED_CONFIG = plan.config
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as reading_pool, \
                _Extraction(workers, stages, len(jobs)) as extraction:
            arrivals = _Reading(reading_pool, jobs, limits, extraction.spool).start()
            _warm_up(plan.config)  # meanwhile, in the parent
            while len(documents) < len(jobs):
                batch = arrivals.next_batch()
                for i, document in batch:
                    if isinstance(document, Document):
                        detect_text_language(document, plan.config)
                for i, document in extraction.add(batch):
                    documents[i] = document
                    stages.reading(f"Reading {jobs[i][1]}", len(documents), len(jobs))
            facts_by_document = extraction.results()
    finally:
        _SHARED_DOCUMENTS.clear()
        _SHARED_CONFIG = None
    in_order = [documents[i] for i in range(len(jobs))]
    dossier = Dossier(path=plan.path, config=plan.config, documents=in_order)
    facts = FactBase(documents=in_order, config=plan.config,
                     facts=[fact for i in range(len(jobs)) for fact in facts_by_document[i]])
    return dossier, facts


class _Reading:
    """Documents read by the workers, handed to the parent in the order they are done.

    A long PDF is read in page ranges; as soon as its last range is in, a worker joins the
    pages into blocks (submitted from the pool's callback, so it runs while the parent is
    still compiling patterns). A document whose worker failed, or a damaged PDF read in
    ranges, is read again in the parent, where the one-job path reports what is wrong.
    """

    def __init__(self, pool: ProcessPoolExecutor, jobs: list, limits: Limits,
                 spool: Path) -> None:
        self.pool, self.jobs, self.spool = pool, jobs, spool
        self.page_ranges = {i: _page_ranges(file, limits) for i, (file, *_) in enumerate(jobs)}
        self.done: queue.SimpleQueue[tuple[int, Future | None]] = queue.SimpleQueue()
        self.lock = threading.Lock()
        self.pages: dict[int, dict[int, bytes]] = {}  # file index -> first page -> pickled range
        self.joined: set[int] = set()

    def start(self) -> "_Reading":
        # Largest pieces of work first, so that no big piece starts last.
        for _cost, i, page_range in sorted(self._tasks(), key=lambda t: -t[0]):
            if page_range is None:
                future = self.pool.submit(_read_one, self.jobs[i])
                future.add_done_callback(lambda done, i=i: self.done.put((i, done)))
            else:
                future = self.pool.submit(_read_page_range_pickled, self.jobs[i][0], *page_range,
                                          self.jobs[i][2])
                future.add_done_callback(
                    lambda done, i=i, start=page_range[0]: self._range_read(i, start, done))
        return self

    def _tasks(self):
        """(estimated cost, file index, page range or None for the whole file)."""
        for i, (file, *_) in enumerate(self.jobs):
            ranges = self.page_ranges[i]
            if not ranges:
                yield _work_estimate(file), i, None
                continue
            pages = ranges[-1][1]
            for start, stop in ranges:
                yield _size(file) * (stop - start) // pages, i, (start, stop)

    def _range_read(self, i: int, start: int, future: Future) -> None:
        try:
            pages = future.result()
        except Exception:  # noqa: BLE001 - a lost worker or a damaged page: read it whole
            pages = None
        with self.lock:
            if i in self.joined:
                return
            if pages is None:
                self.joined.add(i)
                self.done.put((i, None))
                return
            self.pages.setdefault(i, {})[start] = pages
            if len(self.pages[i]) < len(self.page_ranges[i]):
                return
            self.joined.add(i)
            ranges = self.pages.pop(i)
        in_order = [ranges[first] for first in sorted(ranges)]
        try:
            join = self.pool.submit(_join_pages, self.jobs[i], in_order, self.spool / f"{i}.pickle")
        except Exception:  # noqa: BLE001 - a broken pool: the parent reads the file
            self.done.put((i, None))
            return
        join.add_done_callback(lambda done: self.done.put((i, done)))

    def next_batch(self) -> list[tuple[int, Document]]:
        """Every document read since the last call (waits for at least one)."""
        arrived = [self.done.get()]
        while not self.done.empty():
            arrived.append(self.done.get())
        batch = []
        for i, future in arrived:
            try:
                document = future.result() if future is not None else None
            except Exception:  # noqa: BLE001 - a lost worker: read that document here instead
                document = None
            batch.append((i, document if document is not None else _read_one(self.jobs[i])))
        return batch


class _Extraction:
    """Extraction jobs for documents as they are read, in one pool of forked workers.

    The workers are forked at the first submission and inherit every document read by then;
    a document read later is pickled once to a file in the spool folder that the workers load
    (about 25 ms each way for a 1,700,000-character annex) instead of travelling with each of
    its jobs. A long PDF's reading worker writes that file itself (`_SpooledDocument`).
    """

    def __init__(self, workers: int, stages: "_StageProgress", total: int) -> None:
        self.workers, self.stages, self.total = workers, stages, total
        self.pool: ProcessPoolExecutor | None = None
        self._spool = tempfile.TemporaryDirectory(prefix="panelproof-")
        self.spool = Path(self._spool.name)
        # job -> (document index, the position in the document's facts of each list it returns)
        self.futures: dict[Future, tuple[int, tuple[int, ...], ExtractionJob]] = {}
        self.facts: dict[int, dict[int, list[Fact]]] = {}
        self.expected: dict[int, int] = {}

    def __enter__(self) -> "_Extraction":
        return self

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
        self._spool.cleanup()

    def add(self, batch: list[tuple[int, "Document | _SpooledDocument"]]) -> list[tuple[int, Document]]:
        """Submit the documents' extraction jobs; return the documents (a spooled one loaded
        here once its jobs are on their way)."""
        for i, document in batch:
            self.facts[i] = {}
            self.expected[i] = 0
            if isinstance(document, Document):
                # Workers forked from here on inherit it; those already running load its spool file.
                _SHARED_DOCUMENTS[i] = document
        # A spooled document's language, from its sample (a worker set any other before).
        languages = {i: language_from_text(document.language_sample)
                     for i, document in batch if isinstance(document, _SpooledDocument)
                     and document.language_sample is not None}
        jobs = [job for i, document in batch for job in self._jobs(i, document, languages.get(i))]
        chars = {i: document.chars if isinstance(document, _SpooledDocument)
                 else sum(len(block.normalized) for block in document.blocks)
                 for i, document in batch}
        if self.pool is None and jobs:
            self.pool = ProcessPoolExecutor(max_workers=self.workers,
                                            mp_context=multiprocessing.get_context("fork"))
        # Costliest jobs first: the pool hands the next job to whichever worker is free.
        for positions, job in sorted(jobs, key=lambda pj: -_job_cost(pj[1], chars[pj[1][0]])):
            assert self.pool is not None
            self.futures[self.pool.submit(_extract_job, job)] = (job[0], positions, job)
        documents = []
        for i, document in batch:
            if isinstance(document, _SpooledDocument):
                document = _SHARED_DOCUMENTS[i] = _load_spooled(document.file, languages.get(i))
            documents.append((i, document))
        return documents

    def _jobs(self, i: int, document: "Document | _SpooledDocument", language: str | None
              ) -> list[tuple[tuple[int, ...], ExtractionJob]]:
        """(positions among the document's fact lists, job); the spool file for a late
        document. Split, each extractor's facts have the extractor's position in
        `extractor_names()`, so that the document's facts keep extractor order."""
        if isinstance(document, _SpooledDocument):
            spooled, chars = document.file, document.chars
        elif not document.ok:
            return []
        else:
            spooled, chars = None, sum(len(block.normalized) for block in document.blocks)
            if self.pool is not None:
                spooled = self.spool / f"{i}.pickle"
                spooled.write_bytes(pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL))
        if chars <= SPLIT_EXTRACTION_CHARS:
            self.expected[i] = 1
            return [((0,), (i, None, spooled, language))]
        position = {name: p for p, name in enumerate(extractor_names())}
        self.expected[i] = len(position)
        return [(tuple(position[name] for name in names), (i, names, spooled, language))
                for names in _extractor_jobs()]

    def results(self) -> dict[int, list[Fact]]:
        """Facts of every document, each in extractor order, once every job is done."""
        finished = sum(1 for i in self.facts if self.expected[i] == 0)
        for future in as_completed(self.futures):
            i, positions, job = self.futures[future]
            try:
                fact_lists, warnings, patterns = future.result()
            except Exception:  # noqa: BLE001 - a lost worker: do that job here instead
                fact_lists, warnings, patterns = _extract_job(job)
            regex_cache.adopt(patterns)
            for position, facts in zip(positions, fact_lists):
                self.facts[i][position] = facts
            document = _SHARED_DOCUMENTS[i]
            document.warnings.extend(w for w in warnings if w not in document.warnings)
            if len(self.facts[i]) == self.expected[i]:
                finished += 1
                self.stages.extracting(f"Extracting facts from {document.path}", finished,
                                       self.total)
        return {i: [fact for position in sorted(by_position) for fact in by_position[position]]
                for i, by_position in self.facts.items()}


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


def _job_cost(job: ExtractionJob, chars: int) -> int:
    """How long a job takes, roughly: its document's normalised characters, weighted."""
    _index, names, *_ = job
    # The evidence extractor reads every sentence closely: it costs about as much as the rest.
    weight = len(extractor_names()) if names is None else (5 if names == ("evidence",) else len(names))
    return chars * weight


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
