"""docs/rules/ is generated from the rule docstrings and must match them."""

from __future__ import annotations

from pathlib import Path

from panelproof.report.rules_doc import write_docs
from panelproof.rules.registry import all_rules

DOCS = Path(__file__).resolve().parents[2] / "docs" / "rules"


def test_committed_rule_docs_match_the_docstrings(tmp_path: Path) -> None:
    written = write_docs(all_rules(), tmp_path)
    assert written
    stale = [p.name for p in written
             if not (DOCS / p.name).exists()
             or (DOCS / p.name).read_text(encoding="utf-8") != p.read_text(encoding="utf-8")]
    assert not stale, f"run `panelproof rules --docs docs/rules`: {stale}"
