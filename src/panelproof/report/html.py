"""Self-contained HTML readiness report (Jinja2, autoescaped): inline CSS, no assets, no script.

What a regulatory team reads before the expert panel does: the readiness verdict, the CECP scope
decision, the documents, the consistency matrix (facts x documents, conflicting cells linked to
the findings that cite them), traceability of claims to evidence and of residual risks to PMCF
objectives, the findings grouped by the panel's concerns, the scorecard of the six practices and
the CEAR challenge list.

Autoescaping is on for every value, so document text (quotes, file names, errors) is always shown
as text and never interpreted as markup; nothing in the template marks a value `safe`. The page
works without JavaScript and prints with WeasyPrint (the PDF export is this page).
"""

from __future__ import annotations

import base64
from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined

from panelproof.report.challenge import challenge_list
from panelproof.report.common import (device_summary, document_rows, location_label,
                                      readiness_verdict, scope_verdict, yes_no)
from panelproof.report.model import CheckResult
from panelproof.report.readiness import assess
from panelproof.rules.model import Finding, Severity


def finding_anchor(finding_id: str) -> str:
    """The fragment id of a finding in the page; matrix, scorecard and challenge list link to it."""
    return f"finding-{finding_id}"


def links_by_rule(finding_ids: list[str], findings: dict[str, Finding]) -> list[tuple[str, list[str]]]:
    """A cell's finding ids grouped by rule code, in first-seen order: a population row may be
    cited by nine PO002 findings, shown as one "PO002" link plus numbered links to the others."""
    groups: dict[str, list[str]] = {}
    for finding_id in finding_ids:
        rule = findings[finding_id].rule if finding_id in findings else "finding"
        groups.setdefault(rule, []).append(finding_id)
    return list(groups.items())


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=PackageLoader("panelproof.report", "templates"),
                      autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["where"] = lambda loc: location_label(loc.page, loc.section)
    env.filters["yes_no"] = yes_no
    env.filters["anchor"] = finding_anchor
    return env


def _verdict(result: CheckResult, readiness) -> tuple[str, str, str]:
    """Headline, level and explanation; an unreadable dossier was not checked at all."""
    if not result.dossier.readable:
        return readiness_verdict(result), "not-ready", (
            "Every document failed to load; see the documents table for the reasons.")
    return readiness.verdict, readiness.verdict_level, readiness.explanation


def context(result: CheckResult, *, matrix_image: bytes | None = None) -> dict:
    from panelproof.scope import PROCEDURE

    readiness = assess(result)
    headline, level, explanation = _verdict(result, readiness)
    counts = result.summary()
    by_id: dict[str, Finding] = {f.id: f for f in result.findings}
    return {
        "result": result,
        "version": result.version,
        "dossier_path": result.dossier.path,
        "device": device_summary(result),
        "documents": document_rows(result),
        "profile": result.profile,
        "scope": result.scope,
        "scope_verdict": scope_verdict(result),
        "procedure": PROCEDURE,
        "verdict": headline,
        "verdict_level": level,
        "verdict_explanation": explanation,
        "readiness": readiness,
        "matrix": readiness.matrix,
        "findings_by_id": by_id,
        "links_by_rule": lambda ids: links_by_rule(ids, by_id),
        "challenges": challenge_list(result),
        "counts": [(s.value, counts[s.value]) for s in Severity],
        "matrix_image": (base64.b64encode(matrix_image).decode("ascii")
                         if matrix_image else None),
    }


def render(result: CheckResult, *, matrix_image: bytes | None = None) -> str:
    """The report page. `matrix_image` (PNG bytes) is embedded as a data: URI when given."""
    return environment().get_template("report.html").render(
        **context(result, matrix_image=matrix_image))
