"""Report: a `CheckResult` rendered as text, JSON, SARIF, Markdown or HTML, or exported as PDF/DOCX.

`render(result, fmt)` is the entry point for the text formats; each is a module exposing
`render(result) -> str`. `render_binary(result, fmt)` exports the readiness report as bytes (PDF
through WeasyPrint, DOCX through python-docx); they are kept apart because bytes cannot go to a
terminal and a caller must choose a file. The terminal text format can also be rendered with colour
(`text.render(result, color=True)`), which the CLI does when standard output is a terminal.
"""

from __future__ import annotations

from enum import StrEnum

from panelproof.report.model import CheckResult


class Format(StrEnum):
    TEXT = "text"
    JSON = "json"
    SARIF = "sarif"
    MD = "md"
    HTML = "html"


class BinaryFormat(StrEnum):
    PDF = "pdf"
    DOCX = "docx"


def render_binary(result: CheckResult, fmt: BinaryFormat | str) -> bytes:
    """The readiness report of `result` as a PDF or Word file. The PDF export raises
    `pdf_export.PdfExportUnavailable` when WeasyPrint or Pango is missing."""
    fmt = BinaryFormat(fmt)
    if fmt is BinaryFormat.PDF:
        from panelproof.report.pdf_export import render_pdf
        return render_pdf(result)
    from panelproof.report.docx_export import render_docx
    return render_docx(result)


def render(result: CheckResult, fmt: Format | str) -> str:
    """The report of `result` in format `fmt` (a `Format` or its value), as one string."""
    fmt = Format(fmt)
    # Imported here so that `panelproof --version` does not load Jinja2 and Rich.
    if fmt is Format.TEXT:
        from panelproof.report import text
        return text.render(result)
    if fmt is Format.JSON:
        from panelproof.report import json
        return json.render(result)
    if fmt is Format.SARIF:
        from panelproof.report import sarif
        return sarif.render(result)
    if fmt is Format.MD:
        from panelproof.report import markdown
        return markdown.render(result)
    from panelproof.report import html
    return html.render(result)


__all__ = ["BinaryFormat", "CheckResult", "Format", "render", "render_binary"]
