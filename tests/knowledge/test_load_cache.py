"""Parsed knowledge kept between runs: same data, re-parsed when the YAML changes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from panelproof import knowledge, regex_cache


def test_a_cached_file_gives_the_same_data_as_parsing_it(cache_on: Path) -> None:
    parsed = knowledge.load("vocabulary/care_settings")
    assert (cache_on / "knowledge" / "vocabulary--care_settings.marshal").is_file()
    knowledge.load.cache_clear()  # a new run
    assert knowledge.load("vocabulary/care_settings") == parsed


def test_an_edited_file_is_parsed_again(cache_on: Path, package: Path) -> None:
    path = package / "terms.yaml"
    path.write_text("terms:\n  - hospital\n", encoding="utf-8")
    assert knowledge.load("terms") == {"terms": ["hospital"]}
    path.write_text("terms:\n  - hospital\n  - home care\n", encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))
    knowledge.load.cache_clear()
    assert knowledge.load("terms") == {"terms": ["hospital", "home care"]}


def test_a_damaged_cache_entry_is_ignored(cache_on: Path, package: Path) -> None:
    (package / "terms.yaml").write_text("terms: [a, b]\n", encoding="utf-8")
    knowledge.load("terms")
    (cache_on / "knowledge" / "terms.marshal").write_bytes(b"\x00garbage")
    knowledge.load.cache_clear()
    assert knowledge.load("terms") == {"terms": ["a", "b"]}


def test_values_marshal_cannot_keep_are_parsed_every_time(cache_on: Path, package: Path) -> None:
    (package / "dated.yaml").write_text("reviewed: 2024-05-01\n", encoding="utf-8")
    data = knowledge.load("dated")
    assert str(data["reviewed"]) == "2024-05-01"
    assert not (cache_on / "knowledge" / "dated.marshal").exists()


def test_without_the_cache_nothing_is_written(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PANELPROOF_CACHE_DIR", str(tmp_path / "cache"))
    regex_cache.disable()
    knowledge.load.cache_clear()
    try:
        assert knowledge.load("vocabulary/care_settings")
    finally:
        knowledge.load.cache_clear()
    assert not (tmp_path / "cache").exists()
