"""Markdown report (GitHub-flavoured): for review comments, wikis and pull requests.

Document text is escaped so that a quote can neither inject HTML into a rendered page nor turn
into Markdown formatting; the rendered page shows the characters the document holds.
"""

from __future__ import annotations

import re

from panelproof.report.common import (SEVERITY_HEADINGS, device_summary, findings_by_severity,
                                      location_label, readiness_verdict, scope_verdict, yes_no)
from panelproof.report.model import CheckResult
from panelproof.rules.model import Finding, Severity

# Characters that format anywhere in a line; block markers only matter at its start.
_MD_INLINE = re.compile(r"([\\`*_\[\]|~])")
_MD_BULLET_START = re.compile(r"^([#+-])")
_MD_ORDERED_START = re.compile(r"^(\d+)([.)]\s)")


def escape(text: str | None) -> str:
    """Inline-safe Markdown: HTML-sensitive characters as entities, formatting characters
    backslash-escaped, line breaks folded (a table cell or list item is one line)."""
    if text is None:
        return ""
    text = " ".join(str(text).split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_INLINE.sub(r"\\\1", text)
    text = _MD_BULLET_START.sub(r"\\\1", text)
    return _MD_ORDERED_START.sub(r"\1\\\2", text)


def render(result: CheckResult) -> str:
    lines: list[str] = []
    lines += _header(result)
    lines += _scope(result)
    lines += _documents(result)
    lines += _findings(result)
    lines += _summary(result)
    return "\n".join(lines).rstrip() + "\n"


def _header(result: CheckResult) -> list[str]:
    device = device_summary(result)
    return [
        "# panelproof report", "",
        f"- **Dossier:** {escape(result.dossier.path) or '–'}",
        f"- **Device:** {escape(', '.join(device['names'])) or 'not named'}",
        f"- **Class:** {escape(device['class']) or 'not stated'}",
        *([f"- **Manufacturer:** {escape(', '.join(device['manufacturers']))}"]
          if device["manufacturers"] else []),
        f"- **panelproof:** {escape(result.version)}", "",
        f"**{escape(readiness_verdict(result))}**", "",
    ]


def _scope(result: CheckResult) -> list[str]:
    scope, profile = result.scope, result.profile
    lines = ["## CECP scope (MDR Art. 54)", "",
             f"**{escape(scope_verdict(result))}**", "",
             f"- Basis: {escape(scope.basis)}",
             f"- Exemption: {escape(scope.exemption) or 'none'}",
             f"- Inferred profile: class {escape(profile.device_class) or 'not stated'}; "
             f"implantable {yes_no(profile.implantable)}; active {yes_no(profile.active)}; "
             "administers or removes a medicinal product "
             f"{yes_no(profile.administers_or_removes_medicinal_product)}",
             "", escape(scope.explanation), ""]
    if scope.missing:
        lines += [f"Not stated in the documents: {escape(', '.join(scope.missing))}.", ""]
    return lines


def _documents(result: CheckResult) -> list[str]:
    lines = ["## Documents", "", "| Document | Role | Language | Pages | Status |",
             "| --- | --- | --- | --- | --- |"]
    for doc in result.dossier.documents:
        status = "ok" if doc.ok else f"**error:** {escape(doc.error or 'could not be read')}"
        if doc.ok and doc.warnings:
            status = "ok, partly analysed: " + escape("; ".join(doc.warnings))
        lines.append(f"| {escape(doc.path)} | {escape(doc.role.value)} | "
                     f"{escape(doc.language) or '–'} | "
                     f"{'–' if doc.pages is None else doc.pages} | {status} |")
    return lines + [""]


def _findings(result: CheckResult) -> list[str]:
    lines = ["## Findings", ""]
    if not result.findings:
        return lines + ["No findings.", ""]
    for severity, findings in findings_by_severity(result):
        lines += [f"### {escape(SEVERITY_HEADINGS[severity])} ({len(findings)})", ""]
        for finding in findings:
            lines += _finding(finding)
    return lines


def _finding(finding: Finding) -> list[str]:
    lines = [f"#### {escape(finding.rule)}: {escape(finding.title)}", "",
             f"`{finding.severity.value}` · `{finding.category.value}` · id `{finding.id}`", "",
             escape(finding.message), ""]
    for loc in finding.locations:
        where = location_label(loc.page, loc.section)
        lines.append(f"- **{escape(loc.document)}**" + (f" ({escape(where)})" if where else ""))
        lines.append(f"  > {escape(loc.quote)}")
    lines.append("")
    if finding.recommendation:
        lines += [f"**Recommendation:** {escape(finding.recommendation)}", ""]
    if finding.references:
        lines += [f"*References:* {escape('; '.join(finding.references))}", ""]
    return lines


def _summary(result: CheckResult) -> list[str]:
    counts = result.summary()
    return ["## Summary", "", "| " + " | ".join(s.value for s in Severity) + " |",
            "| " + " | ".join("---" for _ in Severity) + " |",
            "| " + " | ".join(str(counts[s.value]) for s in Severity) + " |", ""]
