"""Every rule's fixture dossiers, run through the whole pipeline.

`tests/fixtures/rules/<CODE>/bad/` is a small dossier with the defect the rule finds; the rule
must report it. `.../good/` is the corrected dossier; the rule must stay silent. An optional
`bad/expected.yaml` lists `quotes:` that must appear among the finding's locations. Adding a
case is adding files.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from panelproof.ingest.normalize import collapse_whitespace
from panelproof.pipeline import run_check
from panelproof.rules.registry import all_rules

FIXTURES = Path(__file__).parent.parent / "fixtures" / "rules"


def _cases(kind: str) -> list[pytest.param]:
    cases = []
    for rule_dir in sorted(p for p in FIXTURES.iterdir() if p.is_dir()):
        for case in sorted(rule_dir.glob(f"{kind}*")):
            if case.is_dir():
                cases.append(pytest.param(rule_dir.name, case, id=f"{rule_dir.name}-{case.name}"))
    return cases


def _documents_text(result) -> dict[str, str]:
    return {d.path: collapse_whitespace(d.quotable_text) for d in result.dossier.documents}


def assert_quotes_verbatim(result) -> None:
    texts = _documents_text(result)
    for finding in result.findings:
        for loc in finding.locations:
            assert loc.document in texts, f"{finding.rule}: unknown document {loc.document}"
            assert collapse_whitespace(loc.quote) in texts[loc.document], (
                f"{finding.rule}: quote not in {loc.document}: {loc.quote!r}")


@pytest.mark.parametrize(("code", "case"), _cases("bad"))
def test_rule_finds_planted_defect(code: str, case: Path) -> None:
    result = run_check([case])
    hits = [f for f in result.findings if f.rule == code]
    assert hits, f"{code} found nothing in {case}; findings: {[f.rule for f in result.findings]}"
    assert_quotes_verbatim(result)
    expected = case / "expected.yaml"
    if expected.exists():
        wanted = yaml.safe_load(expected.read_text(encoding="utf-8")) or {}
        quotes = [collapse_whitespace(loc.quote) for f in hits for loc in f.locations]
        for snippet in wanted.get("quotes", []):
            assert any(snippet in q for q in quotes), f"{code}: no location quotes {snippet!r}: {quotes}"
        if "severity" in wanted:
            assert any(f.severity.value == wanted["severity"] for f in hits)


# Rules whose findings are contradictions between documents: the output contract requires at
# least one location on each side.
CONTRADICTIONS = {"ID001", "ID002", "ID003", "ID004", "PO001", "SP001", "IU001", "IU002",
                  "IU003", "IU007", "CS001", "LA001", "SS001", "DC004", "PM001"}


@pytest.mark.parametrize(("code", "case"),
                         [c for c in _cases("bad") if c.values[0] in CONTRADICTIONS])
def test_contradictions_quote_both_sides(code: str, case: Path) -> None:
    for finding in (f for f in run_check([case]).findings if f.rule == code):
        documents = {loc.document for loc in finding.locations}
        assert len(documents) >= 2, f"{code} quotes one side only: {finding.message}"


@pytest.mark.parametrize(("code", "case"), _cases("good"))
def test_rule_silent_on_corrected_dossier(code: str, case: Path) -> None:
    result = run_check([case])
    hits = [f for f in result.findings if f.rule == code]
    assert not hits, f"{code} fired on corrected dossier {case}: {[f.message for f in hits]}"
    assert_quotes_verbatim(result)


def test_every_rule_has_fixtures_and_docs() -> None:
    for rule in all_rules():
        assert (rule.__doc__ or "").strip(), f"{rule.code} has no docstring"
        for heading in ("What it finds", "Why a panel cares", "Example"):
            assert heading in rule.__doc__, f"{rule.code} docstring lacks '{heading}'"
        folder = FIXTURES / rule.code
        assert any(folder.glob("bad*")), f"{rule.code} has no bad fixture"
        assert any(folder.glob("good*")), f"{rule.code} has no good fixture"
