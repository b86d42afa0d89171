"""Structures derived from the knowledge, kept between runs (`knowledge.derived`): served while
their YAML and the code that derives them are unchanged, derived again after an edit to
either, never written without the cache folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from panelproof import knowledge, regex_cache
from panelproof.extract import intended_use
from panelproof.rules.safety import common as safety


@pytest.fixture
def package(package: Path) -> Path:
    """The knowledge folder of conftest.py, with one YAML file to derive from."""
    (package / "terms.yaml").write_text("terms: [hospital]\n", encoding="utf-8")
    return package


def _touch(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    # a later modification time even on a file system with coarse times
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000))


class _Counting:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> dict:
        self.calls += 1
        return {"terms": tuple(knowledge.load("terms")["terms"]), "call": self.calls}


def test_a_derived_structure_is_served_from_the_cache(cache_on: Path, package: Path,
                                                      tmp_path: Path) -> None:
    source = tmp_path / "derive.py"
    source.write_text("RULE = 1\n", encoding="utf-8")
    compute = _Counting()
    first = knowledge.derived("terms-index", compute, ["terms"], [str(source)])
    assert (cache_on / "knowledge" / "derived--terms-index.marshal").is_file()
    knowledge.load.cache_clear()  # a new run
    assert knowledge.derived("terms-index", compute, ["terms"], [str(source)]) == first
    assert compute.calls == 1


def test_an_edited_yaml_file_is_derived_again(cache_on: Path, package: Path) -> None:
    compute = _Counting()
    assert knowledge.derived("terms-index", compute, ["terms"])["terms"] == ("hospital",)
    _touch(package / "terms.yaml", "terms: [hospital, home care]\n")
    knowledge.load.cache_clear()
    assert knowledge.derived("terms-index", compute, ["terms"])["terms"] == ("hospital", "home care")
    assert compute.calls == 2


def test_an_edited_source_file_is_derived_again(cache_on: Path, package: Path,
                                                tmp_path: Path) -> None:
    source = tmp_path / "derive.py"
    source.write_text("RULE = 1\n", encoding="utf-8")
    compute = _Counting()
    knowledge.derived("terms-index", compute, ["terms"], [str(source)])
    _touch(source, "RULE = 2  # a changed rule of derivation\n")
    assert knowledge.derived("terms-index", compute, ["terms"], [str(source)])["call"] == 2


def test_without_the_cache_folder_it_is_derived_every_time(tmp_path: Path, package: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PANELPROOF_CACHE_DIR", str(tmp_path / "cache"))
    regex_cache.disable()
    compute = _Counting()
    knowledge.derived("terms-index", compute, ["terms"])
    knowledge.derived("terms-index", compute, ["terms"])
    assert compute.calls == 2
    assert not (tmp_path / "cache").exists()


def _vocabulary_state(name: str, section: str = "entries") -> tuple:
    v = intended_use.Vocabulary(name, section)
    return (v._group_ids, v._group_languages, v._regex.pattern,
            v._compound_regex and v._compound_regex.pattern,
            v._suffix_regex and v._suffix_regex.pattern, v._suffix_anchors,
            v._suffix_word and v._suffix_word.pattern)


@pytest.mark.parametrize("name, section", [("clinical_terms", "entries"), ("care_settings", "entries"),
                                           ("clinical_terms", "qualifiers")])
def test_a_vocabulary_from_the_cache_is_the_one_derived_from_the_yaml(
        cache_on: Path, name: str, section: str) -> None:
    fresh = _vocabulary_state(name, section)  # derived, then stored
    assert (cache_on / "knowledge" / f"derived--vocabulary--{name}--{section}.marshal").is_file()
    assert _vocabulary_state(name, section) == fresh  # served


def test_clinical_term_keys_and_hazard_phrases_from_the_cache_are_the_derived_ones(
        cache_on: Path) -> None:
    intended_use._term_keys.cache_clear()
    safety._parsed_phrases.cache_clear()
    try:
        keys, phrases = intended_use._term_keys(), safety._parsed_phrases()
        assert keys == intended_use._derive_term_keys()
        assert all(safety.phrase_parts(phrase) == parts for phrase, parts in phrases.items())
        intended_use._term_keys.cache_clear()
        safety._parsed_phrases.cache_clear()
        assert intended_use._term_keys() == keys  # served from the file
        assert safety._parsed_phrases() == phrases
    finally:
        intended_use._term_keys.cache_clear()
        safety._parsed_phrases.cache_clear()
