"""Ingest: files to documents with provenance.

TEMPORARY minimal loader (Markdown/plain text, role from file name) so that other stages can
run end to end; the ingest work replaces it with PDF/DOCX support, role and language detection,
dossier.yaml and input limits.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from panelproof.ingest.model import Dossier, Role
from panelproof.ingest.text import document_from_text


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 200 * 1024 * 1024
    max_decompressed_bytes: int = 500 * 1024 * 1024
    max_pages: int = 5000
    max_seconds_per_document: float = 120.0


_ROLE_HINTS = [("pmcf_report", Role.PMCF_REPORT), ("pmcf", Role.PMCF_PLAN), ("cear", Role.CEAR),
               ("cer", Role.CER), ("cep", Role.CEP), ("ifu", Role.IFU), ("sscp", Role.SSCP)]


def load_dossier(paths: list[Path], *, limits: Limits | None = None, progress=None) -> Dossier:
    files: list[tuple[Path, Path]] = []
    for path in paths:
        path = Path(path)
        if path.is_dir():
            files += [(path, f) for f in sorted(path.rglob("*")) if f.suffix in {".md", ".txt"}]
        else:
            files.append((path.parent, path))
    documents = []
    for base, file in files:
        rel = file.relative_to(base).as_posix()
        doc = document_from_text(file.read_text(encoding="utf-8"), rel)
        lowered = file.stem.lower()
        doc.role = next((r for hint, r in _ROLE_HINTS if hint in lowered), Role.UNKNOWN)
        doc.language = "fr" if lowered.endswith("_fr") else "de" if lowered.endswith("_de") else "en"
        documents.append(doc)
    return Dossier(path=str(paths[0]) if paths else "", documents=documents)
