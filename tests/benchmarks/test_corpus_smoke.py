"""Smoke test of the benchmark corpus generator: files open, labels point at real text.

Detection quality is not asserted here; `python -m benchmarks.quality` reports it.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

pypdfium2 = pytest.importorskip("pypdfium2")
docx = pytest.importorskip("docx")
pytest.importorskip("fpdf")

from benchmarks.corpus.generate import generate  # noqa: E402

CATEGORIES = {"scope", "device-identity", "population", "plausibility", "specification",
              "intended-use", "care-setting", "claim", "safety-instruction", "evidence", "pmcf",
              "template", "documentation", "language"}


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).strip().lower()


def extract_text(path: Path) -> str:
    if path.suffix == ".pdf":
        pdf = pypdfium2.PdfDocument(str(path))
        try:
            return "\n".join(page.get_textpage().get_text_range() for page in pdf)
        finally:
            pdf.close()
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("corpus")
    generate(seed=3, out=out, count=3, clean_share=0.34)
    return out


def test_generation_is_deterministic(corpus: Path, tmp_path: Path) -> None:
    generate(seed=3, out=tmp_path, count=3, clean_share=0.34)
    for labels in corpus.glob("*/labels.json"):
        again = tmp_path / labels.parent.name / "labels.json"
        assert json.loads(labels.read_text()) == json.loads(again.read_text())


def test_every_document_opens_and_has_text(corpus: Path) -> None:
    documents = [p for p in corpus.glob("*/dossier/*") if p.suffix in {".pdf", ".docx"}]
    assert len(documents) >= 3 * 7  # CEP, CER, PMCF, SSCP, CEAR and two IFUs at least
    for path in documents:
        assert len(extract_text(path)) > 500, path


def test_labels_quote_text_that_occurs_in_their_documents(corpus: Path) -> None:
    records = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(corpus.glob("*/labels.json"))]
    assert any(r["clean"] for r in records) and any(not r["clean"] for r in records)
    for record in records:
        folder = corpus / record["dossier"] / "dossier"
        assert set(record["documents"]) == {p.name for p in folder.iterdir()}
        roles = {d["role"] for d in record["documents"].values()}
        assert {"CEP", "CER", "PMCF-plan", "IFU", "SSCP", "CEAR"} <= roles
        for label in record["labels"]:
            assert label["category"] in CATEGORIES
            texts = [squash(extract_text(folder / name)) for name in label["documents"]]
            for quote in label["quotes"]:
                assert any(squash(quote) in text for text in texts), (record["dossier"], quote)
