"""IU003 reads an access route whose condition wraps over two PDF lines ("subclavian/axillary
when" / "the iliofemoral vessels are unsuitable."), and reports a CEAR that names only
transfemoral access."""

from __future__ import annotations

from fpdf import FPDF

from panelproof.pipeline import run_check

CEAR = """# Clinical evaluation assessment report – AortaValve

## Intended purpose
AortaValve is a transcatheter aortic valve for adults with severe aortic stenosis, implanted via transfemoral access.
"""
IFU = """# Instructions for use – AortaValve

## Intended use
AortaValve is intended for adults with severe aortic stenosis. The valve is implanted by transfemoral access or, if the femoral route is not suitable, by subclavian or axillary access.
"""


def _cer_pdf(path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 10, "Clinical Evaluation Report - AortaValve", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 13)
    pdf.cell(0, 8, "1 Intended purpose", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    for line in ("AortaValve is a transcatheter aortic valve intended for adults with severe",
                 "symptomatic aortic stenosis at high surgical risk.",
                 "Access routes: transfemoral, or subclavian/axillary when",
                 "the iliofemoral vessels are unsuitable."):
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def test_cear_narrower_in_access_routes_than_a_wrapped_pdf_cer(tmp_path):
    _cer_pdf(tmp_path / "CER.pdf")
    (tmp_path / "CEAR.md").write_text(CEAR, encoding="utf-8")
    (tmp_path / "IFU_en.md").write_text(IFU, encoding="utf-8")
    result = run_check([tmp_path], select={"IU003"}, workers=1)
    findings = [f for f in result.findings if f.rule == "IU003"]
    assert len(findings) == 1
    finding = findings[0]
    assert finding.severity.value == "major"
    assert "subclavian or axillary access" in finding.message and "CEAR" in finding.message
    assert "exclu" not in finding.message
    assert any(loc.document == "CER.pdf" and loc.quote == "subclavian" for loc in finding.locations)
