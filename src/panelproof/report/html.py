"""Self-contained HTML report (Jinja2, autoescaped): inline CSS, no external assets, no script.

Autoescaping is on for every value, so document text (quotes, file names, errors) is always shown
as text and never interpreted as markup; nothing in the template marks a value `safe`.
"""

from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined

from panelproof.report.common import (SEVERITY_HEADINGS, device_summary, document_rows,
                                      findings_by_severity, location_label, readiness_verdict,
                                      scope_verdict, yes_no)
from panelproof.report.model import CheckResult
from panelproof.rules.model import Severity


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=PackageLoader("panelproof.report", "templates"),
                      autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["where"] = lambda loc: location_label(loc.page, loc.section)
    env.filters["yes_no"] = yes_no
    return env


def context(result: CheckResult) -> dict:
    counts = result.summary()
    return {
        "result": result,
        "version": result.version,
        "dossier_path": result.dossier.path,
        "device": device_summary(result),
        "documents": document_rows(result),
        "profile": result.profile,
        "scope": result.scope,
        "scope_verdict": scope_verdict(result),
        "readiness": readiness_verdict(result),
        "ready": counts["critical"] + counts["major"] == 0 and bool(result.dossier.readable),
        "groups": [(severity.value, SEVERITY_HEADINGS[severity], findings)
                   for severity, findings in findings_by_severity(result)],
        "counts": [(s.value, counts[s.value]) for s in Severity],
    }


def render(result: CheckResult) -> str:
    return environment().get_template("report.html").render(**context(result))
