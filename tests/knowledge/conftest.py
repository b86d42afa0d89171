"""Fixtures of the knowledge caches' tests: the cache folder switched on, a knowledge folder of
the test's own."""

from __future__ import annotations

from pathlib import Path

import pytest

from panelproof import knowledge, regex_cache


@pytest.fixture
def cache_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PANELPROOF_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("PANELPROOF_NO_CACHE", raising=False)
    assert regex_cache.enable()
    knowledge.load.cache_clear()
    yield tmp_path / "cache"
    regex_cache.disable()
    knowledge.load.cache_clear()


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A knowledge folder of our own, so that the test can edit a YAML file."""
    folder = tmp_path / "knowledge"
    folder.mkdir()
    monkeypatch.setattr(knowledge.resources, "files", lambda _name: folder)
    return folder
