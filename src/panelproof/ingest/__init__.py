"""Ingest: files to documents with provenance.

`load_dossier(paths)` walks folders and files, reads PDF, DOCX, Markdown and plain text into
`Document`s of `Block`s, detects each document's role and language, and applies an optional
`dossier.yaml`. Every file yields a document: one that cannot be read (damaged, encrypted,
empty, scanned, a zip bomb, too large, too slow, an unsupported format) has status "error"
and a plain-language reason, and the other documents are still read. Only an unusable
`dossier.yaml` stops the run, with a `DossierConfigError`.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from panelproof.ingest.base import Deadline, IngestError, ReadResult
from panelproof.ingest.config import CONFIG_NAMES, DossierConfigError, find_config, load_config
from panelproof.ingest.model import BlockKind, Document, Dossier, DossierConfig, Role
from panelproof.ingest.layout import split_run_together_items
from panelproof.ingest.runin import split_run_in_headings

__all__ = ["DossierConfigError", "DossierPlan", "Limits", "load_dossier", "plan_dossier",
           "read_document", "detect_text_language"]


@dataclass(frozen=True)
class Limits:
    """What one document may cost; a file beyond a limit is refused with a message."""

    max_file_bytes: int = 200 * 1024 * 1024
    max_decompressed_bytes: int = 500 * 1024 * 1024
    max_pages: int = 5000
    max_seconds_per_document: float = 120.0
    max_text_bytes: int = 50 * 1024 * 1024  # Markdown / plain text


Progress = Callable[[str, int, int], None]

TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".text"}
# Junk that sits in dossier folders: never a document, not worth a line in the report.
_SKIPPED_NAMES = {"thumbs.db", "desktop.ini", *CONFIG_NAMES}
_SKIPPED_FOLDERS = {"__macosx", "__pycache__"}
# Machine-readable configuration and data sidecars (panelproof's own dossier.yaml, baselines,
# review exports) describe documents; they are not dossier documents themselves.
_SIDECAR_SUFFIXES = (".yaml", ".yml", ".json", ".sarif", ".toml", ".ini")


@dataclass(frozen=True)
class DossierPlan:
    """What a dossier holds before anything is read: its files and its dossier.yaml."""

    path: str
    files: tuple[tuple[Path, str], ...]  # (file, path relative to the dossier folder)
    config: DossierConfig


def plan_dossier(paths: list[Path]) -> DossierPlan:
    """The files to read (folders walked, junk and `ignore:` patterns left out) and the config."""
    config = DossierConfig()
    files: list[tuple[Path, str]] = []
    for path in map(Path, paths):
        if path.is_dir():
            config_path = find_config(path)
            if config_path:
                config = _merge(config, load_config(config_path))
            files += [(f, rel) for f, rel in _walk(path) if not _ignored(rel, config.ignore)]
        else:
            files.append((path, path.name))
    return DossierPlan(path=str(paths[0]) if paths else "", files=tuple(files), config=config)


def load_dossier(paths: list[Path], *, limits: Limits | None = None,
                 progress: Progress | None = None) -> Dossier:
    limits = limits or Limits()
    plan = plan_dossier(paths)
    documents = []
    for done, (file, rel) in enumerate(plan.files, start=1):
        documents.append(read_document(file, rel, limits, plan.config))
        if progress:
            progress(f"Reading {rel}", done, len(plan.files))
    return Dossier(path=plan.path, documents=documents, config=plan.config)


def _walk(folder: Path):
    for file in sorted(folder.rglob("*")):
        rel_parts = file.relative_to(folder).parts
        if any(part.startswith(".") or part.lower() in _SKIPPED_FOLDERS for part in rel_parts):
            continue
        if not file.is_file() or _irrelevant(file.name):
            continue
        yield file, "/".join(rel_parts)


def _irrelevant(name: str) -> bool:
    lowered = name.lower()
    return (lowered.startswith((".", "~$")) or lowered in _SKIPPED_NAMES
            or lowered.endswith(("~", ".tmp", ".swp", ".bak", *_SIDECAR_SUFFIXES)))


def _ignored(rel: str, patterns: tuple[str, ...]) -> bool:
    name = rel.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(name, p)
               or (p.endswith("/**") and rel.startswith(p[:-2])) for p in patterns)


def _merge(a: DossierConfig, b: DossierConfig) -> DossierConfig:
    return DossierConfig(
        device_name=a.device_name or b.device_name, aliases=a.aliases + b.aliases,
        device_class=a.device_class or b.device_class, device_type=a.device_type or b.device_type,
        roles={**b.roles, **a.roles}, languages={**b.languages, **a.languages},
        profile={**b.profile, **a.profile}, ignore=a.ignore + b.ignore)


# --- one document ----------------------------------------------------------------------------

def read_document(file: Path, rel: str, limits: Limits | None = None,
                  config: DossierConfig | None = None, pdf_pages: list | None = None,
                  language_from_text: bool = True) -> Document:
    """One file as a document; never raises.

    `pdf_pages`: for a PDF, its pages already read by `pdf.read_page_range` (a long PDF's
    pages can be read in several processes); the blocks are then built from them.
    `language_from_text=False`: a language that neither dossier.yaml nor the file name gives
    is left None, for `detect_text_language` to find later (in the process that gathers the
    documents: langdetect's profiles then load once, not in every worker).
    """
    limits = limits or Limits()
    config = config or DossierConfig()
    suffix = file.suffix.lower()
    document = Document(path=rel, format=suffix.lstrip(".") or "unknown")
    try:
        result = _read(file, suffix, limits, pdf_pages)
    except IngestError as exc:
        return _failed(document, str(exc), config)
    except MemoryError:
        return _failed(document, "it needs more memory than is available to be read", config)
    except Exception as exc:  # the promise: no traceback ever escapes
        return _failed(document, f"it could not be read ({type(exc).__name__}: {exc})", config)
    document.blocks = split_run_in_headings(split_run_together_items(result.blocks))
    document.images = result.images
    document.pages = result.pages
    document.page_texts = result.page_texts
    document.format = result.format or document.format
    document.title = next((b.text for b in result.blocks if b.kind is BlockKind.HEADING), None)
    _classify(document, config, from_text=language_from_text)
    return document


def detect_text_language(document: Document, config: DossierConfig) -> None:
    """Complete a document read with `language_from_text=False`, as `read_document` would."""
    if document.ok and document.language is None and document.path not in config.languages:
        from panelproof.ingest.language import detect_language

        document.language = detect_language(document)


def _failed(document: Document, reason: str, config: DossierConfig) -> Document:
    document.status = "error"
    document.error = reason
    _classify(document, config, read=False)
    return document


def _classify(document: Document, config: DossierConfig, read: bool = True,
              from_text: bool = True) -> None:
    from panelproof.ingest.language import detect_language, language_from_file_name
    from panelproof.ingest.roles import detect_role, role_from_file_name

    if document.path in config.roles:
        document.role, document.role_basis = config.roles[document.path], "dossier.yaml"
    elif read:
        document.role, document.role_basis = detect_role(document)
    else:
        role = role_from_file_name(document.path)
        document.role, document.role_basis = (role, "file name") if role else (Role.UNKNOWN, None)
    if document.path in config.languages:
        document.language = config.languages[document.path]
    else:
        document.language = (detect_language(document) if read and from_text
                             else language_from_file_name(document.path))


def _sniff(head: bytes) -> str | None:
    """The format the first bytes reveal, whatever the file is called."""
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    return None


def _read(file: Path, suffix: str, limits: Limits, pdf_pages: list | None = None) -> ReadResult:
    try:
        size = file.stat().st_size
        if size == 0:
            raise IngestError("the file is empty (0 bytes)")
        if size > limits.max_file_bytes:
            raise IngestError(f"the file is {size / 2**20:,.1f} MiB, above the limit of "
                              f"{limits.max_file_bytes / 2**20:,.1f} MiB (max_file_bytes)")
        with file.open("rb") as handle:
            head = handle.read(1024)
    except OSError as exc:
        raise IngestError(f"the file cannot be opened ({exc.strerror or exc})") from None
    deadline = Deadline(limits.max_seconds_per_document)
    kind = _sniff(head)
    if kind == "pdf":
        from panelproof.ingest.pdf import read_pdf

        return read_pdf(file, limits, deadline, pdf_pages)
    if kind == "zip" and suffix in {".docx", ".docm", ".dotx", ".dotm"}:
        from panelproof.ingest.docx import read_docx

        return read_docx(file, limits, deadline)
    if kind == "ole" and suffix in {".doc", ".docx", ".dot"}:
        raise IngestError("it is a legacy Word 97-2003 (.doc) file; save it as .docx or PDF")
    if suffix == ".pdf":
        raise IngestError("it is not a PDF (it does not start with %PDF); the file is damaged "
                          "or mis-named")
    if suffix in {".docx", ".docm"}:
        raise IngestError("it is not a valid Word document (not a ZIP package); the file is "
                          "damaged or mis-named")
    if suffix in TEXT_SUFFIXES:
        return _read_text(file, suffix, size, limits)
    raise IngestError(f"unsupported format ({suffix or 'no file suffix'}); panelproof reads "
                      "PDF, DOCX, Markdown and plain text")


def _read_text(file: Path, suffix: str, size: int, limits: Limits) -> ReadResult:
    from panelproof.ingest.text import parse_markdown, parse_plain_text

    if size > limits.max_text_bytes:
        raise IngestError(f"the text file is {size / 2**20:,.1f} MiB, above the limit of "
                          f"{limits.max_text_bytes / 2**20:,.1f} MiB (max_text_bytes)")
    raw = file.read_bytes()
    if b"\x00" in raw[:8192]:
        raise IngestError("it is not a text file (it contains binary data)")
    text = _decode(raw)
    blocks = parse_plain_text(text) if suffix in {".txt", ".text"} else parse_markdown(text)
    return ReadResult(blocks=blocks, format="txt" if suffix in {".txt", ".text"} else "md")


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")
