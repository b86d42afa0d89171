"""PDF and DOCX exports, the matrix image and the `challenge` command, through the API and the CLI."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from docx import Document as WordDocument
from PIL import Image
from typer.testing import CliRunner

from panelproof import cli
from panelproof.report import BinaryFormat, render_binary
from panelproof.report import pdf_export
from panelproof.report.readiness import assess

runner = CliRunner()

CEAR_MD = """# Clinical Evaluation Assessment Report

## B. Device description and intended purpose

The device is intended for patients weighing more than 5 kg.
"""
CER_MD = """# Clinical Evaluation Report

## 2. Intended purpose

The ventilator is intended for the ventilation of neonatal, paediatric and adult patients from 1 kg body weight.
"""


@pytest.fixture
def pdf(result) -> bytes:
    """The PDF of the hand-built result of conftest.py (one test only: WeasyPrint takes ~1 s)."""
    pytest.importorskip("pypdfium2")
    try:
        return render_binary(result, BinaryFormat.PDF)
    except pdf_export.PdfExportUnavailable as error:
        pytest.skip(str(error))


def _pdf_text(data: bytes) -> str:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    text = "\n".join(page.get_textpage().get_text_range() for page in document)
    return " ".join(text.split())


def test_pdf_holds_the_verdict_and_the_quotes(pdf: bytes, sample) -> None:
    assert pdf.startswith(b"%PDF")
    text = _pdf_text(pdf)
    assert "Not ready for expert panel review" in text
    assert sample.cer_quote in text and sample.cear_quote in text
    assert "Consistency matrix" in text and "CEAR challenge list" in text
    # Markup-like document text is printed literally.
    assert " ".join(sample.hostile_quote.split()) in text


def test_docx_holds_the_matrix_table(result) -> None:
    word = WordDocument(io.BytesIO(render_binary(result, "docx")))
    matrix = assess(result).matrix
    tables = [t for t in word.tables if t.rows[0].cells[0].text == "Fact"]
    assert len(tables) == 1
    table = tables[0]
    assert len(table.columns) == 1 + len(matrix.documents)
    assert [row.cells[0].text for row in table.rows[1:]] == [r.label for r in matrix.rows]
    headers = [c.text for c in table.rows[0].cells[1:]]
    assert all(d.path in h for d, h in zip(matrix.documents, headers))
    assert "AirVent 60" in table.rows[1].cells[1 + headers.index(
        next(h for h in headers if "CER_device.pdf" in h))].text


def test_binary_formats_are_not_text_formats(result) -> None:
    from panelproof.report import Format, render
    with pytest.raises(ValueError):
        render(result, "pdf")
    with pytest.raises(ValueError):
        render_binary(result, "html")
    assert {f.value for f in Format} == {"text", "json", "sarif", "md", "html"}


# --- CLI ------------------------------------------------------------------------------------------

@pytest.fixture
def dossier(tmp_path: Path) -> Path:
    folder = tmp_path / "dossier"
    folder.mkdir()
    (folder / "CEAR.md").write_text(CEAR_MD, encoding="utf-8")
    (folder / "CER.md").write_text(CER_MD, encoding="utf-8")
    return folder


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_binary_format_without_output_is_a_usage_error(dossier: Path, fmt: str) -> None:
    outcome = runner.invoke(cli.app, ["check", str(dossier), "--format", fmt])
    assert outcome.exit_code == 2
    assert "--output" in outcome.stderr and outcome.stdout == ""
    assert len(outcome.stderr.strip().splitlines()) == 1


def test_check_writes_docx_and_matrix_image(dossier: Path, tmp_path: Path) -> None:
    report, image = tmp_path / "out" / "report.docx", tmp_path / "matrix.png"
    outcome = runner.invoke(cli.app, ["check", str(dossier), "-f", "docx", "-o", str(report),
                                      "--matrix-image", str(image), "--fail-on", "never"])
    assert outcome.exit_code == 0, outcome.output
    assert outcome.stdout == ""
    word = WordDocument(str(report))
    assert any(t.rows[0].cells[0].text == "Fact" for t in word.tables)
    png = Image.open(image)
    assert png.format == "PNG" and png.width > 200 and png.height > 100


def test_check_pdf_unavailable_is_one_line_and_exit_2(dossier: Path, tmp_path: Path,
                                                      monkeypatch) -> None:
    def unavailable(result):
        raise pdf_export.PdfExportUnavailable("PDF export needs WeasyPrint and the Pango "
                                              "library:\n pip install 'panelproof[pdf]'")
    monkeypatch.setattr(pdf_export, "render_pdf", unavailable)
    target = tmp_path / "report.pdf"
    outcome = runner.invoke(cli.app, ["check", str(dossier), "-f", "pdf", "-o", str(target)])
    assert outcome.exit_code == 2
    lines = outcome.stderr.strip().splitlines()
    assert len(lines) == 1 and "WeasyPrint" in lines[0] and "Traceback" not in outcome.output
    assert not target.exists()


def test_check_json_is_unchanged_by_the_new_formats(dossier: Path) -> None:
    outcome = runner.invoke(cli.app, ["check", str(dossier), "-f", "json", "--fail-on", "never"])
    assert set(json.loads(outcome.stdout)) >= {"tool", "dossier", "scope", "findings", "summary"}


def test_challenge_lists_contradicted_cear_statements(dossier: Path) -> None:
    outcome = runner.invoke(cli.app, ["challenge", str(dossier), "--format", "json"])
    assert outcome.exit_code == 1, outcome.output
    data = json.loads(outcome.stdout)
    statements = [item["statement"]["quote"] for item in data["cear_challenges"]]
    assert "patients weighing more than 5 kg" in statements
    item = data["cear_challenges"][statements.index("patients weighing more than 5 kg")]
    assert item["status"] == "contradicted" and item["statement"]["document"] == "CEAR.md"
    assert any(loc["document"] == "CER.md" for loc in item["counter_evidence"])
    assert len(statements) == len(set(statements))  # one item per statement


def test_challenge_text_and_markdown_to_a_file(dossier: Path, tmp_path: Path) -> None:
    outcome = runner.invoke(cli.app, ["challenge", str(dossier)])
    assert outcome.exit_code == 1 and "[contradicted] CEAR.md" in outcome.stdout
    target = tmp_path / "challenge.md"
    outcome = runner.invoke(cli.app, ["challenge", str(dossier), "-f", "md", "-o", str(target)])
    assert outcome.exit_code == 1 and outcome.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("# CEAR challenge list")


def test_challenge_without_cear_exits_0(dossier: Path) -> None:
    (dossier / "CEAR.md").unlink()
    outcome = runner.invoke(cli.app, ["challenge", str(dossier)])
    assert outcome.exit_code == 0
    assert "No CEAR" in outcome.stdout


@pytest.mark.parametrize("args", [["challenge", "/nonexistent/dossier"],
                                  ["challenge", "{dossier}", "--format", "sarif"]])
def test_challenge_usage_errors_exit_2(dossier: Path, args: list[str]) -> None:
    args = [a.replace("{dossier}", str(dossier)) for a in args]
    assert runner.invoke(cli.app, args).exit_code == 2
