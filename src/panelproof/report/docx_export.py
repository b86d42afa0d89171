"""The readiness report as a Word document, since reviewers annotate Word files."""

from __future__ import annotations

import io

from docx import Document as WordDocument
from docx.enum.text import WD_COLOR_INDEX
from docx.shared import Pt, RGBColor

from panelproof.report.challenge import challenge_list
from panelproof.report.model import CheckResult
from panelproof.report.readiness import assess
from panelproof.rules.model import Finding

_SEVERITY_COLOUR = {"critical": RGBColor(0x9B, 0x1C, 0x1C), "major": RGBColor(0xC2, 0x41, 0x0C),
                    "minor": RGBColor(0x85, 0x6A, 0x00), "info": RGBColor(0x33, 0x55, 0x77)}


def location_text(page: int | None, section: str | None, document: str) -> str:
    where = [document]
    if page is not None:
        where.append(f"p. {page}")
    if section:
        where.append(f"§ {section}")
    return ", ".join(where)


def render_docx(result: CheckResult) -> bytes:
    readiness = assess(result)
    doc = WordDocument()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)

    doc.add_heading("panelproof readiness review", level=0)
    doc.add_paragraph(f"Dossier: {result.dossier.path}  ·  panelproof {result.version}")

    doc.add_heading("Verdict", level=1)
    verdict = doc.add_paragraph()
    verdict.add_run(readiness.verdict).bold = True
    doc.add_paragraph(readiness.explanation)

    doc.add_heading("Does the consultation procedure apply?", level=1)
    scope = result.scope
    answer = {True: "Yes", False: "No", None: "Undecided"}[scope.cecp_required]
    para = doc.add_paragraph()
    para.add_run(f"{answer} — {scope.basis}"
                 + (f", exemption {scope.exemption}" if scope.exemption else "")).bold = True
    doc.add_paragraph(scope.explanation)

    doc.add_heading("Scorecard: the six practices", level=1)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Practice", "Status", "Findings")):
        cell.text = text
    for practice in readiness.practices:
        row = table.add_row().cells
        row[0].text = practice.title
        row[1].text = practice.status
        row[2].text = ", ".join(f.rule for f in practice.findings) or "—"

    doc.add_heading("Consistency matrix", level=1)
    matrix = readiness.matrix
    table = doc.add_table(rows=1, cols=1 + len(matrix.documents))
    table.style = "Table Grid"
    table.rows[0].cells[0].text = "Fact"
    for cell, document in zip(table.rows[0].cells[1:], matrix.documents):
        cell.text = f"{document.role.value}\n{document.path}"
    for matrix_row in matrix.rows:
        row = table.add_row().cells
        row[0].text = matrix_row.label
        for cell, document in zip(row[1:], matrix.documents):
            value = matrix.cell(matrix_row.key, document.path)
            cell.text = "; ".join(value.values) or "—"
            if value.conflict:
                for run in cell.paragraphs[0].runs:
                    run.font.highlight_color = WD_COLOR_INDEX.YELLOW
                    run.bold = True

    challenges = challenge_list(result)
    doc.add_heading("CEAR challenge list", level=1)
    if not challenges:
        doc.add_paragraph("No CEAR statement is contradicted or unsupported by the "
                          "manufacturer's documents (or no CEAR was provided).")
    for item in challenges:
        para = doc.add_paragraph(style="List Bullet")
        para.add_run(f"[{item.status}] ").bold = True
        para.add_run(f"“{item.statement.quote}” ").italic = True
        para.add_run(f"({location_text(item.statement.page, item.statement.section, item.statement.document)}). ")
        para.add_run(item.reason)

    doc.add_heading("Findings by the panel's concerns", level=1)
    for concern in readiness.concerns:
        if not concern.findings:
            continue
        doc.add_heading(concern.title, level=2)
        doc.add_paragraph(concern.question).italic = True
        for finding in concern.findings:
            _add_finding(doc, finding)
    return _save(doc)


def _add_finding(doc, finding: Finding) -> None:
    heading = doc.add_paragraph()
    severity = heading.add_run(f"{finding.severity.value.upper()}  ")
    severity.bold = True
    severity.font.color.rgb = _SEVERITY_COLOUR[finding.severity.value]
    heading.add_run(f"{finding.rule} · {finding.title}").bold = True
    doc.add_paragraph(finding.message)
    for loc in finding.locations:
        quote = doc.add_paragraph(style="Intense Quote")
        quote.add_run(f"“{loc.quote}”")
        quote.add_run(f"  — {location_text(loc.page, loc.section, loc.document)}").italic = True
    rec = doc.add_paragraph()
    rec.add_run("Recommendation: ").bold = True
    rec.add_run(finding.recommendation)
    doc.add_paragraph("References: " + "; ".join(finding.references))


def _save(doc) -> bytes:
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()
