"""SARIF 2.1.0 report, per the output contract.

One run; `tool.driver.rules` describes every registered rule (and any rule a finding names that
the registry does not know), with the docstring as help text. One result per finding: `ruleId`
is the rule code, `level` maps critical/major to error, minor to warning, info to note, and
`partialFingerprints` carries the finding's stable id. Each location is a `physicalLocation`
whose artifact is the document (path relative to the dossier, under the `DOSSIER` base id) and
whose region holds the verbatim quote as its snippet. Document offsets are not line numbers of
the original file (PDF pages, DOCX runs), so no `startLine` is claimed; page and section go into
the location's property bag. Documents that could not be read become tool notifications.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from panelproof.report.model import CheckResult
from panelproof.report.rules_doc import doc_markdown_body, docstring, summary_line
from panelproof.rules.model import Finding, Rule, Severity

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "panelproof/v1"

LEVELS = {Severity.CRITICAL: "error", Severity.MAJOR: "error", Severity.MINOR: "warning",
          Severity.INFO: "note"}


def artifact_uri(path: str) -> str:
    """A relative URI reference for a dossier path (spaces and '#' must be percent-encoded)."""
    return quote(path.replace("\\", "/"), safe="/")


def _registered_rules() -> tuple[type[Rule], ...]:
    from panelproof.rules.registry import all_rules
    try:
        return all_rules()
    except Exception:  # a broken rule module must not cost the user the report
        return ()


def _rule_descriptor(rule: type[Rule]) -> dict[str, Any]:
    doc = docstring(rule)
    references = list(getattr(rule, "references", ()) or ())
    descriptor: dict[str, Any] = {
        "id": rule.code,
        "name": getattr(rule, "name", "") or rule.code,
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": summary_line(rule)},
        "help": {"text": doc or rule.title,
                 "markdown": doc_markdown_body(rule) or rule.title},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"category": rule.category.value, "severity": rule.severity.value,
                       "references": references,
                       "recommendation": getattr(rule, "recommendation", ""),
                       "tags": [rule.category.value]},
    }
    return descriptor


def _descriptor_from_finding(finding: Finding) -> dict[str, Any]:
    return {
        "id": finding.rule,
        "name": finding.rule,
        "shortDescription": {"text": finding.title},
        "fullDescription": {"text": finding.title},
        "help": {"text": finding.recommendation or finding.title},
        "defaultConfiguration": {"level": LEVELS[finding.severity]},
        "properties": {"category": finding.category.value,
                       "severity": finding.severity.value,
                       "references": list(finding.references),
                       "recommendation": finding.recommendation,
                       "tags": [finding.category.value]},
    }


def _descriptors(result: CheckResult) -> list[dict[str, Any]]:
    descriptors = {}
    for rule in _registered_rules():
        try:
            descriptors[rule.code] = _rule_descriptor(rule)
        except (AttributeError, KeyError, TypeError):  # incomplete metadata: describe from findings
            continue
    for finding in result.findings:
        descriptors.setdefault(finding.rule, _descriptor_from_finding(finding))
    return [descriptors[code] for code in sorted(descriptors)]


def _location(loc) -> dict[str, Any]:
    properties = {k: v for k, v in (("page", loc.page), ("section", loc.section))
                  if v is not None}
    location: dict[str, Any] = {
        "physicalLocation": {
            "artifactLocation": {"uri": artifact_uri(loc.document), "uriBaseId": "DOSSIER"},
            "region": {"snippet": {"text": loc.quote}},
        },
    }
    if properties:
        location["properties"] = properties
    return location


def _result(finding: Finding, rule_index: dict[str, int]) -> dict[str, Any]:
    return {
        "ruleId": finding.rule,
        "ruleIndex": rule_index[finding.rule],
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message},
        "locations": [_location(loc) for loc in finding.locations],
        "partialFingerprints": {FINGERPRINT_KEY: finding.id},
        "properties": {"id": finding.id, "category": finding.category.value,
                       "severity": finding.severity.value, "title": finding.title,
                       "recommendation": finding.recommendation,
                       "references": list(finding.references)},
    }


def _dossier_base_uri(path: str) -> str | None:
    if not path:
        return None
    folder = Path(path)
    if folder.suffix and not folder.is_dir():  # a single file was checked
        folder = folder.parent
    try:
        uri = folder.resolve().as_uri()
    except ValueError:
        return None
    return uri if uri.endswith("/") else uri + "/"


def as_dict(result: CheckResult) -> dict[str, Any]:
    rules = _descriptors(result)
    rule_index = {descriptor["id"]: i for i, descriptor in enumerate(rules)}
    documents = result.dossier.documents
    notifications = [
        {"level": "error", "message": {"text": f"{d.path}: {d.error or 'could not be read'}"},
         "locations": [{"physicalLocation": {"artifactLocation": {
             "uri": artifact_uri(d.path), "uriBaseId": "DOSSIER"}}}]}
        for d in documents if not d.ok]
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "panelproof", "version": result.version,
                            "semanticVersion": result.version, "rules": rules}},
        "artifacts": [{"location": {"uri": artifact_uri(d.path), "uriBaseId": "DOSSIER"},
                       "properties": {"role": d.role.value, "language": d.language,
                                      "pages": d.pages, "status": d.status}}
                      for d in documents],
        "invocations": [{"executionSuccessful": bool(result.dossier.readable),
                         "toolExecutionNotifications": notifications}],
        "results": [_result(finding, rule_index) for finding in result.findings],
        "properties": {"scope": result.scope.as_dict()},
    }
    base = _dossier_base_uri(result.dossier.path)
    if base:
        run["originalUriBaseIds"] = {"DOSSIER": {"uri": base}}
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def render(result: CheckResult) -> str:
    return json.dumps(as_dict(result), indent=2, ensure_ascii=False) + "\n"
