"""JSON report: exactly the output contract (../shared/domain/output-contract.md)."""

from __future__ import annotations

import json
from typing import Any

from panelproof.report.common import device_summary, document_rows
from panelproof.report.model import CheckResult


def as_dict(result: CheckResult) -> dict[str, Any]:
    """The contract's object: tool, dossier, scope, findings, summary (fields may be added)."""
    scope = result.scope.as_dict()
    scope["missing"] = list(result.scope.missing)
    return {
        "tool": {"name": "panelproof", "version": result.version},
        "dossier": {
            "path": result.dossier.path,
            "device": device_summary(result),
            "documents": document_rows(result),
        },
        "scope": scope,
        "findings": [finding.as_dict() for finding in result.findings],
        "summary": result.summary(),
    }


def render(result: CheckResult) -> str:
    return json.dumps(as_dict(result), indent=2, ensure_ascii=False) + "\n"
