"""Which role a document plays in the dossier: from its title, then its file name.

The titles and file-name abbreviations are data (knowledge/vocabulary/document_roles.yaml).
Both the text and the terms are reduced to word tokens (lower case, no accents, no
punctuation, no short parenthesised abbreviations) and matched as token sequences, so "CER"
never matches inside "CEAR" and "Post-Market Clinical Follow-up (PMCF) Plan" matches
"post market clinical follow up plan".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePosixPath

from panelproof import knowledge
from panelproof.ingest.layout import numbered_heading
from panelproof.ingest.model import BlockKind, Document, Role

# Blocks at the start of a document that can hold its title.
_TITLE_BLOCKS = 8
_TITLE_MAX_CHARS = 160
_PARENTHESISED_ABBREVIATION = re.compile(r"\(\s*[^()\s]{1,8}\s*\)")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])")


def tokens(text: str) -> tuple[str, ...]:
    """Lower-case word tokens without accents or punctuation."""
    text = _PARENTHESISED_ABBREVIATION.sub(" ", text)
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("ß", "ss"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return tuple(re.findall(r"[a-z0-9]+", plain))


def file_name_tokens(path: str) -> tuple[str, ...]:
    """Tokens of a file name without its suffix: "PMCF-PlanV2.pdf" -> pmcf plan v 2."""
    stem = PurePosixPath(path).name
    if "." in stem:
        stem = stem.rsplit(".", 1)[0]
    return tokens(_CAMEL.sub(" ", stem))


@dataclass(frozen=True)
class _Term:
    role: Role
    tokens: tuple[str, ...]
    weak: bool = False


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[tuple[_Term, ...], tuple[_Term, ...]]:
    data = knowledge.load("vocabulary/document_roles")
    titles: list[_Term] = []
    names: list[_Term] = []
    for entry in data["roles"]:
        role = Role(entry["role"])
        weak = {tokens(t) for t in entry.get("weak_titles", [])}
        for terms in entry.get("titles", {}).values():
            for term in terms:
                titles.append(_Term(role, tokens(term), tokens(term) in weak))
        for term in weak:
            titles.append(_Term(role, term, True))
        for term in entry.get("file_names", []):
            names.append(_Term(role, tokens(term)))
    return tuple(titles), tuple(names)


def _best_match(words: tuple[str, ...], terms: tuple[_Term, ...]) -> _Term | None:
    """The earliest match in `words`; at one position the longest (most specific) term."""
    for start in range(len(words)):
        matches = [t for t in terms if t.tokens and words[start:start + len(t.tokens)] == t.tokens]
        if matches:
            return max(matches, key=lambda t: len(t.tokens))
    return None


def role_from_title(document: Document) -> _Term | None:
    """The role named by the document's title: a heading or short block at its start."""
    for index, block in enumerate(document.blocks[:_TITLE_BLOCKS]):
        if len(block.text) > _TITLE_MAX_CHARS:
            continue
        if block.kind is not BlockKind.HEADING and index >= 3:
            continue
        if index and numbered_heading(block.text):
            continue  # "Chapter 3 – State of the art" is a section of the document, not its title
        match = _best_match(tokens(block.text), _vocabulary()[0])
        if match:
            return match
    return None


def role_from_file_name(path: str) -> Role | None:
    match = _best_match(file_name_tokens(path), _vocabulary()[1])
    if match:
        return match.role
    # "IFU_fr.pdf" in a folder "CER/annexes/": the folders can tell too.
    for folder in reversed(PurePosixPath(path).parent.parts):
        match = _best_match(tokens(folder), _vocabulary()[1])
        if match:
            return match.role
    return None


def detect_role(document: Document) -> tuple[Role, str | None]:
    """(role, basis) where basis says what decided it: "title", "file name" or both."""
    title = role_from_title(document)
    by_name = role_from_file_name(document.path)
    if title and by_name == title.role:
        return title.role, "title and file name"
    if title and (not title.weak or by_name is None):
        return title.role, "title"
    if by_name:
        return by_name, "file name"
    return Role.UNKNOWN, None


def parse_role(value: str) -> Role | None:
    """A role as written in dossier.yaml: "CER", "pmcf plan", "PMCF_report", "IFU"..."""
    wanted = "-".join(tokens(str(value)))
    for role in Role:
        if wanted == "-".join(tokens(role.value)):
            return role
    aliases = {"pmcfp": Role.PMCF_PLAN, "pmcf": Role.PMCF_PLAN, "pmcfer": Role.PMCF_REPORT,
               "pmcf-evaluation-report": Role.PMCF_REPORT, "rmr": Role.RMF,
               "risk-management-file": Role.RMF, "risk-management-report": Role.RMF,
               "labelling": Role.LABEL, "labeling": Role.LABEL,
               "instructions-for-use": Role.IFU}
    if wanted in aliases:
        return aliases[wanted]
    by_title = _best_match(tuple(wanted.split("-")), _vocabulary()[0] + _vocabulary()[1])
    if by_title and len(by_title.tokens) == len(wanted.split("-")):
        return by_title.role
    return None
