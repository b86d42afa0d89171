"""What every reader returns or raises, and the per-document time budget."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from panelproof.ingest.model import Block, Image


class IngestError(Exception):
    """A file that cannot be read; the message is shown to the user as is."""


@dataclass
class ReadResult:
    blocks: list[Block]
    images: list[Image] = field(default_factory=list)
    pages: int | None = None
    format: str | None = None  # set when the content is not what the suffix says
    # PDF: each page's text as the file stores it (pdfium's text order), whitespace collapsed
    page_texts: dict[int, str] | None = None


class Deadline:
    """Raises `IngestError` once a document has taken longer than its time budget."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() > self._end:
            raise IngestError(
                f"reading it took longer than the limit of {self.seconds:g} s per document "
                "(max_seconds_per_document), so it was stopped")
