"""The pipeline as a whole: stages, progress, and an extractor that fails on one document."""

from __future__ import annotations

import json
import os
import types
from pathlib import Path

import pytest

from panelproof import extract
from panelproof.pipeline import run_check
from panelproof.report import Format, render


def _dossier(tmp_path: Path) -> Path:
    (tmp_path / "CER.md").write_text(
        "# Clinical Evaluation Report\n\n## Intended purpose\n\n"
        "The AirVent 60 is intended for adults weighing more than 40 kg.\n", encoding="utf-8")
    (tmp_path / "IFU_en.md").write_text(
        "# Instructions for Use\n\n## Intended purpose\n\n"
        "The AirVent 60 is intended for adults weighing more than 40 kg.\n", encoding="utf-8")
    return tmp_path


def test_progress_reaches_the_end_and_never_goes_back(tmp_path: Path) -> None:
    calls: list[tuple[str, int, int]] = []
    run_check([_dossier(tmp_path)], progress=lambda d, done, total: calls.append((d, done, total)))
    assert calls, "no progress was reported"
    fractions = [done / total for _, done, total in calls]
    assert fractions == sorted(fractions)
    assert any(d.startswith("Extracting") for d, _, _ in calls)
    assert any(d.startswith("Checking") for d, _, _ in calls)


def _add_extractor_failing_on_the_cer(monkeypatch: pytest.MonkeyPatch) -> None:
    """Register one more extractor that raises on CER.md, as an unforeseen layout would."""
    def failing_extract(document, context):
        if document.path == "CER.md":
            raise ValueError("unexpected layout")
        return []

    broken = types.ModuleType("panelproof.extract.broken")
    broken.extract = failing_extract
    real = extract.extractors()
    monkeypatch.setattr(extract, "extractors", lambda: (*real, broken))


def test_a_failing_extractor_costs_its_facts_not_the_check(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    _add_extractor_failing_on_the_cer(monkeypatch)
    result = run_check([_dossier(tmp_path)])
    cer = next(d for d in result.dossier.documents if d.path == "CER.md")
    ifu = next(d for d in result.dossier.documents if d.path == "IFU_en.md")
    assert cer.ok and ifu.ok
    assert any("broken extractor failed" in w and "unexpected layout" in w for w in cer.warnings)
    assert ifu.warnings == []
    assert result.facts.of(extract.FactKind.POPULATION_BOUND, document="CER.md")
    data = json.loads(render(result, Format.JSON))
    row = next(d for d in data["dossier"]["documents"] if d["path"] == "CER.md")
    assert row["status"] == "ok" and row["warnings"]


def test_worker_processes_give_the_same_result_as_one_process() -> None:
    example = Path(__file__).resolve().parent.parent / "examples" / "ventilator"
    alone = run_check([example], workers=1)
    shared = run_check([example], workers=2)
    assert [d.path for d in shared.dossier.documents] == [d.path for d in alone.dossier.documents]
    assert [(f.kind, f.location) for f in shared.facts.facts] == \
        [(f.kind, f.location) for f in alone.facts.facts]
    assert [f.id for f in shared.findings] == [f.id for f in alone.findings]


def test_extractors_of_a_long_document_shared_out_between_workers_give_the_same_result(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import panelproof.pipeline as pipeline

    example = Path(__file__).resolve().parent.parent / "examples" / "ventilator"
    alone = run_check([example], workers=1)
    # Every document is "long": extractors run as separate jobs, PDFs are read a page per job.
    monkeypatch.setattr(pipeline, "SPLIT_EXTRACTION_CHARS", 0)
    monkeypatch.setattr(pipeline, "SPLIT_PDF_BYTES", 0)
    monkeypatch.setattr(pipeline, "PDF_PAGES_PER_JOB", 1)
    shared = run_check([example], workers=2)
    assert [[b.text for b in d.blocks] for d in shared.dossier.documents] == \
        [[b.text for b in d.blocks] for d in alone.dossier.documents]
    assert [(d.pages, d.role, d.language, len(d.images)) for d in shared.dossier.documents] == \
        [(d.pages, d.role, d.language, len(d.images)) for d in alone.dossier.documents]
    assert [(f.kind, repr(f.value), f.location) for f in shared.facts.facts] == \
        [(f.kind, repr(f.value), f.location) for f in alone.facts.facts]
    assert [f.id for f in shared.findings] == [f.id for f in alone.findings]


def test_an_extractor_failing_in_a_worker_is_reported_once_on_its_document(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import panelproof.pipeline as pipeline

    _add_extractor_failing_on_the_cer(monkeypatch)
    monkeypatch.setattr(pipeline, "SPLIT_EXTRACTION_CHARS", 0)
    result = run_check([_dossier(tmp_path)], workers=2)
    cer = next(d for d in result.dossier.documents if d.path == "CER.md")
    assert [w for w in cer.warnings if "broken extractor failed" in w] != []
    assert len(cer.warnings) == len(set(cer.warnings))
    assert result.facts.of(extract.FactKind.POPULATION_BOUND, document="CER.md")


def test_a_large_docx_counts_by_the_text_it_holds_when_choosing_workers(tmp_path: Path) -> None:
    from panelproof.ingest import plan_dossier
    from panelproof.pipeline import PARALLEL_MIN_BYTES, _workers

    # DOCX is zipped XML: a file a tenth of the threshold holds about the threshold in text.
    (tmp_path / "annex.docx").write_bytes(b"\0" * (PARALLEL_MIN_BYTES // 8))
    (tmp_path / "CER.md").write_text("# CER\n", encoding="utf-8")
    plan = plan_dossier([tmp_path])
    assert _workers(plan) == min(2, len(os.sched_getaffinity(0)))


def test_a_damaged_pdf_read_in_page_ranges_is_reported_like_any_damaged_pdf(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import panelproof.pipeline as pipeline

    example = Path(__file__).resolve().parent.parent / "examples" / "ventilator"
    good = (example / "CER_Vent2_rev3.pdf").read_bytes()
    (tmp_path / "CER.pdf").write_bytes(good)
    (tmp_path / "IFU_en.pdf").write_bytes(good[: len(good) // 2])  # truncated
    monkeypatch.setattr(pipeline, "SPLIT_PDF_BYTES", 0)
    monkeypatch.setattr(pipeline, "PDF_PAGES_PER_JOB", 1)
    result = run_check([tmp_path], workers=2)
    by_path = {d.path: d for d in result.dossier.documents}
    assert by_path["CER.pdf"].ok and by_path["CER.pdf"].pages == 3
    assert not by_path["IFU_en.pdf"].ok and "damaged" in by_path["IFU_en.pdf"].error


def test_a_document_added_after_the_extraction_workers_started_reaches_them_as_a_spool_file(
        ) -> None:
    """Documents read once the extraction workers run are pickled to a spool file that the
    workers load; their facts are the same as in one process."""
    import panelproof.pipeline as pipeline
    from panelproof.extract import extract_document
    from panelproof.ingest import Limits, plan_dossier, read_document

    example = Path(__file__).resolve().parent.parent / "examples" / "ventilator"
    plan = plan_dossier([example])
    documents = [read_document(file, rel, Limits(), plan.config) for file, rel in plan.files]
    expected = {i: [(f.kind, repr(f.value), f.location) for f in extract_document(d, plan.config)]
                for i, d in enumerate(documents)}
    pipeline._SHARED_CONFIG = plan.config
    try:
        with pipeline._Extraction(2, pipeline._StageProgress(None), len(documents)) as extraction:
            extraction.add([(0, documents[0])])  # forks the workers
            extraction.add([(i, d) for i, d in enumerate(documents) if i])  # read later
            later_jobs = [job for _, _, job in extraction.futures.values() if job[0] != 0]
            results = extraction.results()
            # every job ran in a worker (a failed one would have been redone in this process)
            assert all(future.exception() is None for future in extraction.futures)
    finally:
        pipeline._SHARED_DOCUMENTS.clear()
        pipeline._SHARED_CONFIG = None
    assert later_jobs and all(job[2] is not None for job in later_jobs)
    assert {i: [(f.kind, repr(f.value), f.location) for f in facts]
            for i, facts in results.items()} == expected
