"""Helpers of the PMCF rules: the plan's items per document, and links to residual risks."""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from panelproof.extract._terms import load_optional, vocabulary_entries
from panelproof.extract.model import Concept, Fact, FactBase, FactKind, PmcfItem
from panelproof.ingest.model import BlockKind, Document, Location, Role

# Documents that state the intended use the plan must follow.
INTENDED_USE_ROLES = (Role.CER, Role.CEP, Role.IFU, Role.SSCP, Role.CEAR)


def plan_items(facts: FactBase) -> dict[str, list[Fact]]:
    """PMCF facts of each PMCF plan, keyed by document path (plans without items included)."""
    grouped: dict[str, list[Fact]] = {d.path: [] for d in facts.documents_with_role(Role.PMCF_PLAN)}
    for fact in facts.of(FactKind.PMCF):
        grouped.setdefault(fact.document, []).append(fact)
    return grouped


def items(facts: list[Fact], *aspects: str) -> list[Fact]:
    return [f for f in facts if isinstance(f.value, PmcfItem) and (not aspects or f.value.aspect in aspects)]


def has(fact: Fact, marker: str) -> bool:
    return marker in fact.value.concepts


def title_location(document: Document | None) -> Location | None:
    """The document's title (its first heading, else its first block), to anchor a gap."""
    if document is None or not document.blocks:
        return None
    block = next((b for b in document.blocks if b.kind is BlockKind.HEADING), document.blocks[0])
    return document.location(block, block.full_quote)


def quoted(fact: Fact, limit: int = 90) -> str:
    text = fact.location.quote
    return f"“{text if len(text) <= limit else text[:limit].rsplit(' ', 1)[0] + ' …'}”"


def _risk_phrases(concept: Concept) -> list[str]:
    phrases = [concept.label] if concept.label else []
    if concept.id:
        phrases.append(concept.id.removeprefix("text:").replace("_", " "))
    return [p.lower() for p in phrases if len(p.strip()) >= 4]


_STOP = {"risk", "risks", "patient", "patients", "device", "during", "after", "which", "with",
         "their", "other", "related", "associated", "possible", "potential", "use"}


@lru_cache(maxsize=1)
def _risk_vocabulary() -> dict[str, re.Pattern[str]]:
    """Risk id -> one pattern of all its terms in every language (vocabulary/risks.yaml)."""
    from panelproof.extract.risks import _vocabulary  # compiled once there, shared here
    return {rid: pattern for rid, pattern in _vocabulary() if pattern is not None}


def mentions_risk(text: str, risk: Concept) -> bool:
    """True when `text` names the residual risk: a synonym of its vocabulary concept ("skin
    redness" for erythema, "tingling" for paraesthesia, "paresthesia" for "paraesthesia"), the
    same phrase, or a distinctive word of it."""
    vocabulary = _risk_vocabulary().get(risk.id) if risk.id and not risk.id.startswith("text:") else None
    if vocabulary is not None and vocabulary.search(text):
        return True
    lowered = text.lower()
    for phrase in _risk_phrases(risk):
        if fuzz.partial_ratio(phrase, lowered) >= 88 and len(phrase) <= len(lowered):
            return True
        words = [w for w in re.findall(r"[^\W\d_]{6,}", phrase) if w not in _STOP]
        if any(w[:7] in lowered for w in words):
            return True
    return False


def residual_risks(facts: FactBase) -> list[Fact]:
    return [f for f in facts.of(FactKind.RESIDUAL_RISK)
            if f.role is not Role.PMCF_PLAN and isinstance(f.value, Concept) and not f.value.negated]


@lru_cache(maxsize=1)
def group_cover() -> dict[str, set[str]]:
    """Population group id -> the groups it stands for (itself included)."""
    cover: dict[str, set[str]] = {}
    for group_id, entry in vocabulary_entries(load_optional("vocabulary/population_groups")):
        cover.setdefault(group_id, {group_id}).update(entry.get("covers") or [])
    umbrellas = (load_optional("pmcf") or {}).get("population_umbrellas") or {}
    for group_id, members in umbrellas.items():
        if isinstance(members, list):
            cover.setdefault(group_id, {group_id}).update(members)
    return cover


def groups_overlap(a: str, b: str) -> bool:
    cover = group_cover()
    return a == b or b in cover.get(a, set()) or a in cover.get(b, set())


@lru_cache(maxsize=1)
def setting_families() -> dict[str, str]:
    families = {sid: str(entry.get("family", "")) for sid, entry in
                vocabulary_entries(load_optional("vocabulary/care_settings"))}
    settings = (load_optional("pmcf") or {}).get("settings") or {}
    for sid in settings.get("in_hospital") or []:
        families.setdefault(sid, "hospital")
    for sid in settings.get("ambiguous") or []:
        families[sid] = "ambiguous"
    return families


@lru_cache(maxsize=1)
def setting_sets() -> tuple[frozenset[str], frozenset[str]]:
    """(acute care settings, home or long-term care settings) of knowledge/pmcf.yaml."""
    settings = (load_optional("pmcf") or {}).get("settings") or {}
    return (frozenset(settings.get("acute_care") or ()),
            frozenset(settings.get("home_or_long_term_care") or ()))


@lru_cache(maxsize=1)
def filler_words() -> frozenset[str]:
    """Words of an objective that name nothing specific (knowledge/pmcf.yaml)."""
    terms = ((load_optional("pmcf") or {}).get("objective_filler_words") or {}).get("terms") or {}
    words: set[str] = set()
    for value in terms.values():
        words.update(str(w).lower() for w in value or [])
    return frozenset(words)


_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\S*\d\S*")


def _is_filler(word: str, fillers: frozenset[str]) -> bool:
    lowered = word.lower().strip("'’-")
    return (lowered in fillers or lowered.rstrip("s") in fillers or lowered[:-2] in fillers
            and lowered.endswith("es") or lowered.rstrip("x") in fillers)


def content_words(text: str, device_words: frozenset[str] = frozenset()) -> list[str]:
    """The words of `text` that say what is to be learnt: not filler, not the device's names.

    "to monitor aspiration events in home care" -> ["aspiration", "home", "care"]; "to collect
    clinical data on the device in routine use" -> []. Numbers and codes are left out (a number
    makes an objective quantified, which the rules test separately); so are one-letter words. A
    hyphenated word counts when any of its parts is content ("alarm-related").
    """
    fillers = filler_words()
    found: list[str] = []
    for token in _TOKEN.findall(text):
        if any(c.isdigit() for c in token):
            continue
        parts = [token] + (re.split(r"['’-]", token) if re.search(r"['’-]", token) else [])
        if _is_filler(token, fillers):
            continue
        kept = [p for p in parts[1:] or parts
                if len(p) >= 2 and not _is_filler(p, fillers) and p.lower() not in device_words
                and (len(p) >= 3 or p.isupper())]
        if kept:
            found.append(token)
    return found


def device_words(facts: FactBase) -> frozenset[str]:
    """Lower-case words of the device's trade names, models and type terms in the dossier."""
    words: set[str] = set()
    for kind in (FactKind.DEVICE_NAME, FactKind.MODEL, FactKind.DEVICE_TYPE):
        for fact in facts.of(kind):
            texts = [fact.location.quote or ""]
            if isinstance(fact.value, str):
                texts.append(fact.value)
            for text in texts:
                words.update(w.lower() for w in re.findall(r"[^\W\d_]+", text))
    return frozenset(words)
