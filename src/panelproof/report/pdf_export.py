"""The HTML report printed to PDF with WeasyPrint (optional extra `panelproof[pdf]`)."""

from __future__ import annotations

from panelproof.report.model import CheckResult


class PdfExportUnavailable(RuntimeError):
    """WeasyPrint or the Pango library it needs is not installed."""


def render_pdf(result: CheckResult) -> bytes:
    from panelproof.report import html

    try:
        from weasyprint import HTML
    except (ImportError, OSError) as error:  # OSError: Pango missing on the system
        raise PdfExportUnavailable(
            "PDF export needs WeasyPrint and the Pango library: "
            "pip install 'panelproof[pdf]' (and, on Debian, apt-get install libpango-1.0-0 "
            f"libpangoft2-1.0-0). ({error})") from error
    return HTML(string=html.render(result)).write_pdf()
