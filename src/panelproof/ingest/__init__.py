"""Ingest: files to documents with provenance. (Being implemented: see load_dossier.)"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from panelproof.ingest.model import Dossier


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 200 * 1024 * 1024
    max_decompressed_bytes: int = 500 * 1024 * 1024
    max_pages: int = 5000
    max_seconds_per_document: float = 120.0


def load_dossier(paths: list[Path], *, limits: Limits | None = None, progress=None) -> Dossier:
    raise NotImplementedError
