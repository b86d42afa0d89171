"""The bundled examples: every planted defect is reported, and the clean example stays clean.

The planted defects are data (`examples/expected/<example>.json`, written with the examples);
a finding matches a label when it has the label's category (or an accepted one) and quotes
one of its snippets, as in the benchmark's scoring (`benchmarks/quality.py`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from panelproof.pipeline import run_check

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = sorted((ROOT / "examples" / "expected").glob("*.json"))


def _squash(text: str) -> str:
    return " ".join(text.split()).lower()


def _matches(finding, label: dict) -> bool:
    categories = {label["category"], *label.get("accept", [])}
    if finding.category.value not in categories:
        return False
    quotes = [_squash(loc.quote) for loc in finding.locations]
    snippets = [_squash(s) for s in label.get("quotes", [])]
    return any(s in q or q in s for s in snippets for q in quotes if q)


@pytest.mark.parametrize("expected", EXPECTED, ids=[p.stem for p in EXPECTED])
def test_every_planted_defect_is_found(expected: Path) -> None:
    labels = json.loads(expected.read_text(encoding="utf-8"))["labels"]
    result = run_check([ROOT / "examples" / expected.stem])
    missed = [label["defect"] for label in labels
              if not any(_matches(f, label) for f in result.findings)]
    assert not missed, f"{expected.stem}: planted defects not reported: {missed}"


@pytest.mark.parametrize("expected", EXPECTED, ids=[p.stem for p in EXPECTED])
def test_no_unexplained_major_finding(expected: Path) -> None:
    labels = json.loads(expected.read_text(encoding="utf-8"))["labels"]
    result = run_check([ROOT / "examples" / expected.stem])
    unexplained = [f"{f.rule}: {f.message}" for f in result.findings
                   if f.severity.rank >= 2 and not any(_matches(f, label) for label in labels)]
    assert not unexplained, f"{expected.stem}: majors with no planted cause: {unexplained}"
