"""Rule documentation generated from docstrings (docs/rules/, `panelproof rules`, SARIF help)."""

from __future__ import annotations

from panelproof.report.rules_doc import (doc_markdown_body, rule_markdown, summary_line,
                                         write_docs)
from panelproof.rules.model import Category, Rule, Severity


class DemoRule(Rule):
    """Flags a population that differs between documents.

    What it finds:
        Two documents state different weight bounds.

    Why a panel cares
    -----------------
    MDCG 2020-13 asks whether the evidence matches the intended population.

    ## Example
    CER: "from 1 kg"; CEAR: "more than 5 kg".

    **Use instead**
    One bound everywhere.

    **References:**
    MDR Annex XIV Part A
    """

    code = "ZZ901"
    name = "demo-population"
    category = Category.POPULATION
    severity = Severity.MAJOR
    title = "Population differs | between documents"
    references = ("MDR Annex XIV Part A",)
    recommendation = "State one bound."


class Undocumented(Rule):
    code = "ZZ902"
    name = "undocumented"
    category = Category.TEMPLATE
    severity = Severity.MINOR
    title = "No docstring"
    references = ()
    recommendation = ""


def test_headings_in_any_author_style_become_markdown_headings() -> None:
    body = doc_markdown_body(DemoRule)
    for heading in ("What it finds", "Why a panel cares", "Example", "Use instead", "References"):
        assert f"## {heading}\n" in body
    assert "-----" not in body and "What it finds:" not in body and "**" not in body
    assert 'CER: "from 1 kg"' in body


def test_summary_line_and_page() -> None:
    assert summary_line(DemoRule) == "Flags a population that differs between documents."
    assert summary_line(Undocumented) == "No docstring"  # not the base class's docstring
    page = rule_markdown(DemoRule)
    assert page.startswith("# ZZ901: Population differs | between documents")
    assert "| Default severity | `major` |" in page and "## Recommendation" in page


def test_write_docs(tmp_path) -> None:
    written = write_docs((DemoRule, Undocumented), tmp_path / "rules")
    assert sorted(p.name for p in written) == ["README.md", "ZZ901.md", "ZZ902.md"]
    index = (tmp_path / "rules" / "README.md").read_text(encoding="utf-8")
    assert "[ZZ901](ZZ901.md)" in index and "Population differs \\| between" in index
