"""The compiled-pattern cache: same results, survives bad files, can be switched off."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from panelproof import regex_cache

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "ventilator"
LONG = r"(?<!\w)(?:" + "|".join(f"term{i:03d}s?" for i in range(80)) + r")(?!\w)"


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PANELPROOF_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("PANELPROOF_NO_CACHE", raising=False)
    regex_cache._entries.clear()
    regex_cache._used.clear()
    regex_cache._used_hashes.clear()
    regex_cache._last_used.clear()
    yield tmp_path
    regex_cache.disable()
    regex_cache._entries.clear()
    regex_cache._used.clear()
    regex_cache._used_hashes.clear()


def _compile_here(pattern: str, flags: int = 0) -> re.Pattern:
    re.purge()  # past `re`'s own in-process cache, down to the compiler
    return re.compile(pattern, flags)


def test_a_pattern_from_the_cache_matches_like_a_freshly_compiled_one(
        cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Only panelproof's own patterns are kept: let this test file count as panelproof's.
    monkeypatch.setattr(regex_cache, "_PACKAGE_FOLDER", str(Path(__file__).parent))
    fresh = _compile_here(LONG, re.IGNORECASE)
    assert regex_cache.enable()
    first = _compile_here(LONG, re.IGNORECASE)
    regex_cache.save()
    regex_cache.disable()
    regex_cache._entries.clear()
    assert regex_cache.enable()  # a new run: loads the file
    assert (LONG, int(re.IGNORECASE)) in regex_cache._entries
    cached = _compile_here(LONG, re.IGNORECASE)
    text = "Term005 and term017s, not term0170 nor xterm001."
    spans = [m.span() for m in fresh.finditer(text)]
    assert spans == [m.span() for m in first.finditer(text)] == [m.span() for m in cached.finditer(text)]
    assert spans == [(0, 7), (12, 20)]


def test_other_libraries_patterns_are_not_kept(cache_dir: Path) -> None:
    assert regex_cache.enable()
    _compile_here(LONG)  # compiled from this test file, outside the package
    assert (LONG, 0) not in regex_cache._entries


@pytest.mark.parametrize("content", [b"", b"not marshal data", b"\x00" * 64])
def test_a_damaged_cache_file_is_ignored(cache_dir: Path, content: bytes) -> None:
    regex_cache.cache_file().parent.mkdir(parents=True, exist_ok=True)
    regex_cache.cache_file().write_bytes(content)
    assert regex_cache.enable()
    assert [m.group() for m in _compile_here(LONG).finditer("term001 term002")] == ["term001", "term002"]


def test_switched_off_by_the_environment(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PANELPROOF_NO_CACHE", "1")
    assert not regex_cache.enable()
    regex_cache.save()
    assert not regex_cache.cache_file().exists()


def test_the_check_gives_the_same_report_with_and_without_the_cache(tmp_path: Path) -> None:
    def report(env_extra: dict) -> str:
        out = tmp_path / f"report-{len(env_extra)}.json"
        env = {"PANELPROOF_CACHE_DIR": str(tmp_path / "cache"), **env_extra}
        subprocess.run([sys.executable, "-m", "panelproof.cli", "check", str(EXAMPLE), "--format",
                        "json", "--output", str(out), "--fail-on", "never"],
                       env={**os.environ, **env}, check=True, timeout=300)
        return out.read_text(encoding="utf-8")

    without = report({"PANELPROOF_NO_CACHE": "1"})
    filling = report({})
    from_cache = report({})
    assert (tmp_path / "cache").is_dir() and any((tmp_path / "cache").iterdir())
    assert (tmp_path / "cache" / "pint").is_dir()  # pint's parsed unit definitions
    assert without == filling == from_cache


def _next_run() -> None:
    """End this run (write the file if it wants to) and start the next one, which loads it."""
    regex_cache.save()
    regex_cache.disable()
    regex_cache._entries.clear()
    regex_cache._used.clear()
    regex_cache._used_hashes.clear()
    assert regex_cache.enable()


def test_patterns_no_run_uses_any_more_leave_the_file(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Each edit of a vocabulary makes new patterns: the old ones must not pile up in the file.
    monkeypatch.setattr(regex_cache, "_PACKAGE_FOLDER", str(Path(__file__).parent))
    monkeypatch.setattr(regex_cache, "_KEEP_WRITES", 1)
    old = [LONG.replace("term", f"old{n}x") for n in range(10)]
    newer = LONG.replace("term", "new")
    assert regex_cache.enable()
    for pattern in old:
        _compile_here(pattern)
    _next_run()  # a run of a newer version: it needs only LONG
    assert len(regex_cache._entries) == len(old)
    _compile_here(LONG)
    _next_run()  # one write without them: still there
    assert len(regex_cache._entries) == len(old) + 1
    _compile_here(newer)
    _next_run()  # the second write without them: gone
    assert set(regex_cache._entries) == {(LONG, 0), (newer, 0)}


def test_a_pattern_one_run_did_not_need_stays_for_the_next(
        cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Runs over a large dossier (many languages) and a small one in turn: the small run, which
    # writes the file because it met a pattern of its own, must not drop the large one's.
    monkeypatch.setattr(regex_cache, "_PACKAGE_FOLDER", str(Path(__file__).parent))
    large = [LONG.replace("term", f"lang{n}x") for n in range(5)]
    small = LONG.replace("term", "device")
    assert regex_cache.enable()
    for pattern in large:
        _compile_here(pattern)
    _next_run()
    _compile_here(small)  # the small run: new, so the file is written
    _next_run()
    assert set(regex_cache._entries) == {(p, 0) for p in [*large, small]}
    loaded = len(regex_cache._entries)
    for pattern in large:  # the large run again: everything from the file
        _compile_here(pattern)
    assert len(regex_cache._entries) == loaded


def test_a_run_that_compiles_nothing_new_leaves_the_file_alone(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regex_cache, "_PACKAGE_FOLDER", str(Path(__file__).parent))
    assert regex_cache.enable()
    _compile_here(LONG)
    _next_run()
    written = regex_cache.cache_file().stat().st_mtime_ns
    _compile_here(LONG)
    _next_run()
    assert regex_cache.cache_file().stat().st_mtime_ns == written


def test_a_pattern_a_forked_worker_compiles_is_kept_by_the_parent(
        cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Only the process that enabled the cache writes it: a worker hands its patterns back.
    monkeypatch.setattr(regex_cache, "_PACKAGE_FOLDER", str(Path(__file__).parent))
    assert regex_cache.enable()
    regex_cache.take_fresh()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the worker: starts with no fresh entries of its own, then compiles one
        try:
            os.close(read)
            ok = regex_cache.take_fresh() == {}
            _compile_here(LONG)
            fresh = regex_cache.take_fresh()
            ok = ok and list(fresh) == [(LONG, 0)]
            os.write(write, marshal.dumps(list(fresh.items())) if ok else b"fail")
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        received = pipe.read()
    os.waitpid(pid, 0)
    assert received != b"fail"
    assert (LONG, 0) not in regex_cache._entries  # the parent never compiled it
    regex_cache.adopt(dict(marshal.loads(received)))
    regex_cache.save()
    regex_cache.disable()
    regex_cache._entries.clear()
    assert regex_cache.enable()  # the next run: loaded from the file
    assert (LONG, 0) in regex_cache._entries
    text = "term005 and term017s"
    assert [m.span() for m in _compile_here(LONG).finditer(text)] == [(0, 7), (12, 20)]


def test_a_stored_pattern_only_workers_use_is_kept(
        cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A run in which only a worker uses a stored pattern, while the parent rewrites the file:
    # the pattern must count as used (with no write to spare, as here, the unused one leaves).
    monkeypatch.setattr(regex_cache, "_PACKAGE_FOLDER", str(Path(__file__).parent))
    monkeypatch.setattr(regex_cache, "_KEEP_WRITES", 0)
    other = LONG.replace("term", "word")
    assert regex_cache.enable()
    _compile_here(LONG)
    _compile_here(other)
    regex_cache.save()
    regex_cache.disable()
    regex_cache._entries.clear()
    regex_cache._used.clear()
    assert regex_cache.enable()  # the next run: both stored, the parent uses neither
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(read)
            _compile_here(LONG)  # served from the cache: nothing fresh, but used
            os.write(write, marshal.dumps(list(regex_cache.take_fresh().get("used", ()))))
        finally:
            os._exit(0)
    os.close(write)
    with os.fdopen(read, "rb") as pipe:
        used = marshal.loads(pipe.read())
    os.waitpid(pid, 0)
    assert used == [hash((LONG, 0))]
    regex_cache.adopt({"used": set(used)})
    third = LONG.replace("term", "third")
    _compile_here(third)  # something new, so the file is written
    _next_run()
    assert set(regex_cache._entries) == {(LONG, 0), (third, 0)}


def test_the_vocabularies_patterns_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    # A pattern built from a set in an order the string hash decides (terms of equal length)
    # would be new text in every process: compiled again in each run and in each worker.
    def stored_patterns(seed: str) -> set[str]:
        env = {**os.environ, "PANELPROOF_CACHE_DIR": str(tmp_path / "cache"), "PYTHONHASHSEED": seed}
        env.pop("PANELPROOF_NO_CACHE", None)
        subprocess.run([sys.executable, "-m", "panelproof.cli", "check", str(EXAMPLE), "--format",
                        "json", "--output", str(tmp_path / "r.json"), "--fail-on", "never"],
                       env=env, check=True, timeout=300)
        [file] = (tmp_path / "cache").glob("patterns-*.marshal")
        _, _, kept = marshal.loads(file.read_bytes())
        return {key[0] for key, _, _ in kept}

    first = stored_patterns("1")
    assert first and stored_patterns("2") == first
