"""Terminal report (Rich): dossier header, documents, scope decision, findings, summary.

Every piece of document text goes into a `rich.text.Text`, never into console markup, so a
quote like "[bold]" or "[/]" is printed as written and cannot break the layout.
"""

from __future__ import annotations

import io

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from panelproof.report.common import (SEVERITY_HEADINGS, device_summary, findings_by_severity,
                                      location_label, readiness_verdict, scope_verdict)
from panelproof.report.model import CheckResult
from panelproof.rules.model import Finding, Severity

SEVERITY_STYLES = {Severity.CRITICAL: "bold white on red", Severity.MAJOR: "bold red",
                   Severity.MINOR: "yellow", Severity.INFO: "cyan"}
DEFAULT_WIDTH = 100


def render(result: CheckResult, *, color: bool = False, width: int | None = None) -> str:
    """The report as text; with `color`, ANSI styles for a terminal."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width or DEFAULT_WIDTH, force_terminal=color,
                      color_system="standard" if color else None, no_color=not color,
                      highlight=False, emoji=False, markup=False, soft_wrap=False)
    for part in _parts(result):
        console.print(part)
    # Rich pads lines to the console width; trailing blanks only clutter files and diffs.
    return "\n".join(line.rstrip() for line in buffer.getvalue().splitlines()) + "\n"


def _parts(result: CheckResult) -> list:
    return [_header(result), _documents(result), _scope(result), *_findings(result),
            _summary(result)]


def _header(result: CheckResult) -> Panel:
    device = device_summary(result)
    lines = Text()
    lines.append("Dossier: ", style="bold").append(result.dossier.path or "-")
    lines.append("\nDevice: ", style="bold").append(", ".join(device["names"]) or "not named")
    lines.append("\nClass: ", style="bold").append(device["class"] or "not stated")
    if device["manufacturers"]:
        lines.append("\nManufacturer: ", style="bold").append(", ".join(device["manufacturers"]))
    lines.append("\n\n").append(readiness_verdict(result), style="bold")
    return Panel(lines, title=f"panelproof {result.version}", title_align="left")


def _documents(result: CheckResult) -> Table:
    table = Table(title="Documents", title_justify="left", expand=False)
    for column in ("Document", "Role", "Language", "Pages", "Status"):
        table.add_column(column, overflow="fold")
    for doc in result.dossier.documents:
        status = Text("ok", style="green") if doc.ok else Text(
            f"error: {doc.error or 'could not be read'}", style="red")
        if doc.ok and doc.warnings:
            status = Text("ok, partly analysed: " + "; ".join(doc.warnings), style="yellow")
        table.add_row(Text(doc.path), Text(doc.role.value), Text(doc.language or "-"),
                      Text("-" if doc.pages is None else str(doc.pages)), status)
    return table


def _scope(result: CheckResult) -> Panel:
    scope = result.scope
    body = Text()
    body.append(scope_verdict(result), style="bold")
    body.append(f"\nBasis: {scope.basis}")
    if scope.exemption:
        body.append(f"\nExemption: {scope.exemption}")
    body.append("\n").append(scope.explanation)
    if scope.missing:
        body.append("\nNot stated in the documents: " + ", ".join(scope.missing), style="yellow")
    return Panel(body, title="CECP scope (MDR Art. 54), inferred from the documents",
                 title_align="left")


def _findings(result: CheckResult) -> list:
    if not result.findings:
        return [Text("No findings.", style="green")]
    parts: list = []
    for severity, findings in findings_by_severity(result):
        parts.append(Text(f"\n{SEVERITY_HEADINGS[severity]} ({len(findings)})",
                          style=SEVERITY_STYLES[severity]))
        parts += [_finding(finding) for finding in findings]
    return parts


def _finding(finding: Finding) -> Panel:
    lines = [Text(finding.message)]
    for loc in finding.locations:
        where = location_label(loc.page, loc.section)
        head = Text("  ")
        head.append(loc.document, style="bold")
        if where:
            head.append(f" ({where})")
        lines.append(head)
        lines.append(Text("    “") + Text(loc.quote, style="italic") + Text("”"))
    if finding.recommendation:
        lines.append(Text("Recommendation: ", style="bold") + Text(finding.recommendation))
    if finding.references:
        lines.append(Text("References: " + "; ".join(finding.references), style="dim"))
    title = Text()
    title.append(f"{finding.rule} ", style=SEVERITY_STYLES[finding.severity])
    title.append(f"[{finding.category.value}] {finding.title}")
    return Panel(Group(*lines), title=title, title_align="left",
                 subtitle=Text(f"id {finding.id}", style="dim"), subtitle_align="right")


def _summary(result: CheckResult) -> Text:
    counts = result.summary()
    text = Text("\nSummary: ", style="bold")
    text.append(", ".join(f"{counts[s.value]} {s.value}" for s in Severity))
    unread = [d for d in result.dossier.documents if not d.ok]
    text.append(f"; {len(result.dossier.documents)} document(s), {len(unread)} unreadable")
    return text
