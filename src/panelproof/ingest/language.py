"""A document's language (ISO 639-1): from its file name when it says so, else from its text."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from panelproof.ingest.model import Document
from panelproof.ingest.roles import file_name_tokens

# Languages a file name may name ("IFU_fr.pdf", "ifu-de.docx", "SSCP.it.md", "fr/IFU.pdf").
LANGUAGE_CODES = frozenset(
    "bg cs da de el en es et fi fr ga hr hu is it lt lv mt nl no pl pt ro sk sl sv tr "
    "ru uk ja zh ko ar he".split())
# Tokens a file name may carry after its language: versions, dates, states.
_TRAILING = re.compile(r"^(?:v|rev|r|\d+|final|draft|signed|clean|tracked)$")
_MIN_LETTERS = 40
_SAMPLE_CHARS = 4000


def language_from_file_name(path: str) -> str | None:
    words = [w for w in file_name_tokens(path)]
    while words and _TRAILING.match(words[-1]):
        words.pop()
    if len(words) >= 2 and words[-1] in LANGUAGE_CODES:
        return words[-1]
    parent = PurePosixPath(path).parent.name.lower()
    return parent if parent in LANGUAGE_CODES else None


def text_sample(document: Document) -> str:
    """Up to a few thousand characters from the start and the middle of the document."""
    texts = [b.text for b in document.blocks if b.text.strip()]
    head: list[str] = []
    size = 0
    for text in texts:
        head.append(text)
        size += len(text)
        if size >= _SAMPLE_CHARS // 2:
            break
    middle = texts[len(texts) // 2:len(texts) // 2 + 20] if len(texts) > 40 else []
    return "\n".join(head + middle)[:_SAMPLE_CHARS]


def language_from_text(text: str) -> str | None:
    if sum(ch.isalpha() for ch in text) < _MIN_LETTERS:
        return None
    from langdetect import DetectorFactory, detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0  # langdetect is random unless seeded
    try:
        code = detect(text)
    except LangDetectException:
        return None
    return code.split("-")[0].lower()[:2]


def detect_language(document: Document) -> str | None:
    return language_from_file_name(document.path) or language_from_text(text_sample(document))
