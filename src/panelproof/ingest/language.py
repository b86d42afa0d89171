"""A document's language (ISO 639-1): from its file name when it says so, else from its text."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path, PurePosixPath

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


@lru_cache(maxsize=1)
def _detector_factory():
    """A langdetect factory with the profiles of the languages a dossier may name only.

    Loading all 55 profiles costs most of a second; the languages of `LANGUAGE_CODES` are
    about half of them, and a guess outside them would not be used anyway.
    """
    import langdetect
    from langdetect.detector_factory import DetectorFactory

    folder = Path(langdetect.__file__).parent / "profiles"
    names = sorted(p.name for p in folder.iterdir()
                   if p.name.split("-")[0] in LANGUAGE_CODES)
    factory = DetectorFactory()
    factory.load_json_profile([(folder / name).read_text(encoding="utf-8") for name in names])
    factory.set_seed(0)  # langdetect is random unless seeded
    return factory


def language_from_text(text: str) -> str | None:
    if sum(ch.isalpha() for ch in text) < _MIN_LETTERS:
        return None
    from langdetect.lang_detect_exception import LangDetectException

    try:
        detector = _detector_factory().create()
        detector.append(text)
        code = detector.detect()
    except LangDetectException:
        return None
    return code.split("-")[0].lower()[:2]


def detect_language(document: Document) -> str | None:
    return language_from_file_name(document.path) or language_from_text(text_sample(document))
