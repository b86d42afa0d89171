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
_TRAILING = re.compile(r"^(?:v|rev|r|ver|version|ed|edition|issue|iss|\d+|final|draft|signed|clean|tracked)$")
_MIN_LETTERS = 40
_SAMPLE_CHARS = 4000


def _model_code(path: str, code: str) -> bool:
    """Whether the file name's last `code` is the start of a model designation ("IschaStop_PT-7",
    "Sealtron_ES-400", "Cortexa_DA-3"): two letters, a hyphen and a number name a model, not the
    document's language ("IFU_PT_Rev3", "IFU-014-ES_R2")."""
    name = PurePosixPath(path).name
    stem = name.rsplit(".", 1)[0] if "." in name else name
    found = list(re.finditer(rf"(?<![a-z]){code}(?![a-z])", stem, re.IGNORECASE))
    return bool(found) and re.match(r"-\d", stem[found[-1].end():]) is not None


def language_from_file_name(path: str) -> str | None:
    words = [w for w in file_name_tokens(path)]
    while words and _TRAILING.match(words[-1]):
        words.pop()
    if len(words) >= 2 and words[-1] in LANGUAGE_CODES and not _model_code(path, words[-1]):
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
    about half of them, and a guess outside them would not be used anyway. Their n-gram
    table is filled per n-gram on first use (`_NgramProbabilities`), not whole.
    """
    import json

    import langdetect
    from langdetect.detector_factory import DetectorFactory

    folder = Path(langdetect.__file__).parent / "profiles"
    names = sorted(p.name for p in folder.iterdir()
                   if p.name.split("-")[0] in LANGUAGE_CODES)
    profiles = [json.loads((folder / name).read_text(encoding="utf-8")) for name in names]
    factory = DetectorFactory()
    factory.langlist = [profile["name"] for profile in profiles]
    factory.word_lang_prob_map = _NgramProbabilities(
        [(profile["n_words"], profile["freq"]) for profile in profiles])
    factory.set_seed(0)  # langdetect is random unless seeded
    return factory


class _NgramProbabilities:
    """langdetect's table n-gram -> its probability in each profile's language, each row made
    when a detector first asks for it.

    `DetectorFactory.load_json_profile` fills all 58,000 rows up front (0.1 s, on every run
    that detects a language), while a document's sample meets a few thousand n-grams. A row
    is computed exactly as `DetectorFactory.add_profile` computes it, so detection is the same;
    a `Detector` only asks `ngram in table` and `table[ngram]`.
    """

    def __init__(self, profiles: list[tuple[list[int], dict[str, int]]]) -> None:
        self._profiles = profiles
        self._known: dict[object, bool] = {}  # n-gram -> in some profile (asked once each)
        self._rows: dict[str, list[float]] = {}

    def __contains__(self, ngram: object) -> bool:
        known = self._known.get(ngram)
        if known is None:
            known = self._known[ngram] = any(ngram in freq for _, freq in self._profiles)
        return known

    def __getitem__(self, ngram: str) -> list[float]:
        row = self._rows.get(ngram)
        if row is None:
            if ngram not in self:
                raise KeyError(ngram)
            row = [0.0] * len(self._profiles)
            length = len(ngram)
            if 1 <= length <= 3:
                for index, (n_words, freq) in enumerate(self._profiles):
                    count = freq.get(ngram)
                    if count is not None:
                        row[index] = 1.0 * count / n_words[length - 1]
            self._rows[ngram] = row
        return row


# Icelandic has no langdetect profile (its text is guessed as Estonian or Norwegian). Its letters
# eth and thorn are several per cent of its text and are written by no other EEA language (thorn
# by no other living one; eth by Faroese only): text where they are that frequent, and which has
# Icelandic function words ("að", "og", "eða", "með", "ekki"), is Icelandic; an English text
# citing Icelandic authors ("Guðmundsson", "Þórsdóttir") has neither.
_ICELANDIC_LETTERS = re.compile(r"[ðþÐÞ]")
_ICELANDIC_SHARE = 0.015
_ICELANDIC_WORDS = re.compile(r"(?<!\w)(?:að|og|eða|með|ekki|fyrir|við|hjá|er|eru|skal|má|á|í|til|um|sem)(?!\w)", re.IGNORECASE)


def _icelandic(text: str, letters: int) -> bool:
    if len(_ICELANDIC_LETTERS.findall(text)) < _ICELANDIC_SHARE * letters:
        return False
    return len({w.lower() for w in _ICELANDIC_WORDS.findall(text)}) >= 3


def language_from_text(text: str) -> str | None:
    letters = sum(ch.isalpha() for ch in text)
    if letters < _MIN_LETTERS:
        return None
    if ("ð" in text or "þ" in text) and _icelandic(text, letters):
        return "is"
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
