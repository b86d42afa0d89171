"""Report: a `CheckResult` rendered as text, JSON, SARIF, Markdown or HTML.

`render(result, fmt)` is the one entry point; each format is a module exposing
`render(result) -> str`. The terminal text format can also be rendered with colour
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


__all__ = ["CheckResult", "Format", "render"]
