"""Bad input: every file yields a document; unreadable ones say why in plain words."""

from __future__ import annotations

import struct
import tracemalloc
import zipfile
from pathlib import Path

import docx
import pytest
from fpdf import FPDF
from fpdf.enums import EncryptionMethod

from panelproof.ingest import Limits, load_dossier, read_document


def simple_pdf(path: Path, text: str = "Clinical evaluation report of the X5 ventilator.") -> Path:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 12)
    pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def simple_docx(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Instructions for use", level=1)
    document.add_paragraph("Connect the device to the mains before use.")
    document.save(str(path))
    return path


def error_of(path: Path, limits: Limits | None = None) -> str:
    document = read_document(path, path.name, limits)
    assert document.status == "error", f"{path.name} was read"
    assert document.error and "Traceback" not in document.error
    assert not document.blocks
    return document.error


def test_encrypted_pdf(tmp_path):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 12)
    pdf.cell(0, 10, "Confidential clinical data")
    pdf.set_encryption(owner_password="owner", user_password="secret",
                       encryption_method=EncryptionMethod.RC4)
    path = tmp_path / "CER.pdf"
    pdf.output(str(path))
    assert "password-protected" in error_of(path)


def test_truncated_pdf(tmp_path):
    good = simple_pdf(tmp_path / "good.pdf").read_bytes()
    path = tmp_path / "CER.pdf"
    path.write_bytes(good[: len(good) // 3])
    message = error_of(path)
    assert "damaged" in message or "no text layer" in message


def test_garbage_named_pdf(tmp_path):
    path = tmp_path / "CER.pdf"
    path.write_bytes(b"this is not a pdf at all" * 10)
    assert "not a PDF" in error_of(path)


def test_empty_file(tmp_path):
    path = tmp_path / "IFU_en.pdf"
    path.write_bytes(b"")
    assert "empty" in error_of(path)
    # The role still shows from the file name, so the report can say which IFU is unreadable.
    assert read_document(path, path.name).role.value == "IFU"


def test_image_only_pdf_has_no_text_layer(tmp_path, png):
    pdf = FPDF()
    pdf.add_page()
    pdf.image(str(png(400, 560)), w=180)
    path = tmp_path / "scan.pdf"
    pdf.output(str(path))
    assert "no text layer (scanned?); OCR is not enabled" in error_of(path)


def test_docx_that_is_not_a_zip(tmp_path):
    path = tmp_path / "IFU_fr.docx"
    path.write_bytes(b"Just some text pretending to be Word." * 20)
    assert "not a valid Word document" in error_of(path)


def test_pdf_named_docx_is_read_as_pdf(tmp_path):
    path = tmp_path / "CER.docx"
    path.write_bytes(simple_pdf(tmp_path / "real.pdf").read_bytes())
    document = read_document(path, path.name)
    assert document.ok and document.format == "pdf"
    assert "X5 ventilator" in document.text


def test_zip_that_is_not_word(tmp_path):
    path = tmp_path / "CEP.docx"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("content.xml", "<x/>")
    assert "not a Word document" in error_of(path)


def _bomb(path: Path, megabytes: int) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        with package.open("word/document.xml", "w") as member:
            chunk = b"\0" * (1 << 20)
            for _ in range(megabytes):
                member.write(chunk)
    return path


def test_zip_bomb_refused_by_declared_size(tmp_path):
    path = _bomb(tmp_path / "CER.docx", 16)
    assert path.stat().st_size < 100_000
    message = error_of(path, Limits(max_decompressed_bytes=4 * 2**20))
    assert "max_decompressed_bytes" in message and "zip bomb" in message


def test_zip_bomb_refused_while_streaming(tmp_path):
    # Declared sizes within the limit, but the member expands over 200 times: refused
    # after reading a few chunks.
    path = _bomb(tmp_path / "CER.docx", 24)
    assert "zip bomb" in error_of(path, Limits(max_decompressed_bytes=2**30))


def _declare_size(path: Path, member: str, size: int) -> None:
    """Rewrite the central directory so `member` claims `size` uncompressed bytes."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    at = data.find(b"PK\x01\x02")
    while at != -1:
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46:at + 46 + name_length] == name:
            struct.pack_into("<I", data, at + 24, size)
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))


def test_one_gib_bomb_refused_without_inflating_it(tmp_path):
    # The memory peak shows that nothing was inflated (no wall-clock bound: it would fail on a
    # busy machine, and speed is measured by benchmarks/speed.py).
    path = simple_docx(tmp_path / "CER.docx")
    _declare_size(path, "word/document.xml", 2**30)
    tracemalloc.start()
    message = error_of(path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert "zip bomb" in message
    assert peak < 20 * 2**20


def test_file_over_size_limit(tmp_path):
    path = simple_pdf(tmp_path / "CER.pdf")
    assert "max_file_bytes" in error_of(path, Limits(max_file_bytes=100))


def test_time_limit(tmp_path):
    path = simple_pdf(tmp_path / "CER.pdf")
    assert "max_seconds_per_document" in error_of(path, Limits(max_seconds_per_document=0.0))


def test_legacy_doc(tmp_path):
    path = tmp_path / "CER.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert ".doc" in error_of(path)


def test_binary_markdown(tmp_path):
    path = tmp_path / "SSCP.md"
    path.write_bytes(b"\x00\x01\x02binary" * 50)
    assert "binary" in error_of(path)


def test_dossier_with_bad_files_still_reads_the_good_ones(tmp_path, png):
    folder = tmp_path / "dossier"
    folder.mkdir()
    simple_pdf(folder / "CER.pdf")
    simple_docx(folder / "IFU_en.docx")
    (folder / "CEP.md").write_text("# Clinical evaluation plan\n\nThe plan.\n", encoding="utf-8")
    (folder / "empty.pdf").write_bytes(b"")
    (folder / "broken.docx").write_bytes(b"nope" * 10)
    (folder / "data.xlsx").write_bytes(b"PK\x03\x04whatever")
    png(10, 10, "photo.png").rename(folder / "photo.png")
    # Irrelevant files are skipped silently.
    (folder / ".DS_Store").write_bytes(b"\0\1")
    (folder / "~$CER.docx").write_bytes(b"lock")
    (folder / "dossier.yaml").write_text("device: {name: X5}\n", encoding="utf-8")
    hidden = folder / ".git"
    hidden.mkdir()
    (hidden / "config").write_text("[core]\n")
    dossier = load_dossier([folder])
    by_path = {d.path: d for d in dossier.documents}
    assert set(by_path) == {"CER.pdf", "IFU_en.docx", "CEP.md", "empty.pdf", "broken.docx",
                            "data.xlsx", "photo.png"}
    assert all(by_path[p].ok for p in ("CER.pdf", "IFU_en.docx", "CEP.md"))
    assert by_path["data.xlsx"].error.startswith("unsupported format (.xlsx)")
    assert by_path["photo.png"].error.startswith("unsupported format (.png)")
    assert by_path["empty.pdf"].status == "error"
    assert dossier.config.device_name == "X5"


@pytest.mark.parametrize("content", [b"%PDF-1.7\n" + b"\0" * 50, b"%PDF-", b"%PDF-1.4\n%%EOF"])
def test_pdf_headers_without_a_body(tmp_path, content):
    path = tmp_path / "x.pdf"
    path.write_bytes(content)
    error_of(path)
