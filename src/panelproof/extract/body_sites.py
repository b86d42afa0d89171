"""Anatomical sites named where a document states its intended purpose or indications.

ANATOMICAL_SITE: one `Concept` per site of `vocabulary/body_sites.yaml` ("upper limb",
"coronary arteries", "knee", "lumbar spine") that an intended-purpose or indication sentence,
item or cell names, in any language of the vocabulary. The quote is the sentence (clause) that
names the site, so that a finding shows what the document says the device is for.

Coordinated sites sharing one head noun count each ("upper and lower limbs", "membres supérieurs
et inférieurs", "coronary and peripheral arteries", "cervical, thoracic and lumbar spine"); a
phrase naming several sites at once ("all extremities") gives each of them. Sites named in
warnings, contraindications, literature or study descriptions, or negated ("not for use on the
upper limb"), are not the device's intended sites and are left out.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

from panelproof import knowledge
from panelproof.extract.common import ExtractionContext, distinct_facts, make_fact
from panelproof.extract.intended_use import (CONTRAINDICATIONS, INDICATIONS, INTENDED_PURPOSE, OTHER,
                                             WARNINGS, Unit, _purpose_sentence, in_population_section,
                                             negated_at, units,
                                             vocabulary)
from panelproof.extract.model import Concept, Fact, FactKind
from panelproof.ingest.model import Document

VOCABULARY = "body_sites"

# A sentence about a study, the literature or anatomy, even inside an intended-purpose
# section, does not state what the device is for.
_NOT_PURPOSE = re.compile(
    r"\b(?:stud(?:y|ies)|trial|patients were|subjects were|enrolled|cohort|literature|publication|"
    r"étude|essai|Studie|studio|estudio|supplies|supplied by|innervat|"
    r"warning|caution|avertissement|Warnung|Vorsicht|avvertenza|advertencia|"
    r"do not|must not|never|ne pas|nicht|non (?:utilizzare|usare)|no (?:utilice|usar))\b", re.I)
_CLAUSE_END = re.compile(r"[.;!?](?=\s|$)")
# between a modifier and the coordinated site: "upper and lower limbs", "cervical, thoracic and"
_COORDINATOR = r"(?:\s*,\s*(?:(?:and|or|et|ou|und|oder|e|ed|o|y|u)\s+)?|\s+(?:and|or|&|et|ou|und|oder|e|ed|o|y|u)\s+|\s*/\s*)"
_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*)" + _COORDINATOR + r"$")
_WORD_AFTER = re.compile(_COORDINATOR + r"([^\W\d_][\w-]*)")
# languages whose adjectives follow the noun: "artères coronaires et périphériques"
_POSTPOSED = frozenset({"fr", "it", "es", "pt"})


@lru_cache(maxsize=1)
def _entries() -> dict[str, dict]:
    data = knowledge.load(f"vocabulary/{VOCABULARY}") or {}
    return {e["id"]: e for e in data.get("entries") or []}


def family(site_id: str) -> str | None:
    return _entries().get(site_id, {}).get("family")


def is_generic(site_id: str) -> bool:
    return bool(_entries().get(site_id, {}).get("generic"))


def label(site_id: str) -> str:
    return _entries().get(site_id, {}).get("label", site_id.replace("_", " "))


@lru_cache(maxsize=1)
def _modifiers() -> dict[str, tuple[str, str]]:
    """Folded modifier word -> (site id, family)."""
    found: dict[str, tuple[str, str]] = {}
    for entry in _entries().values():
        for words in (entry.get("modifiers") or {}).values():
            for word in words or ():
                found.setdefault(str(word).lower(), (entry["id"], entry.get("family")))
    return found


def _covered(site_id: str) -> list[str]:
    return list(_entries().get(site_id, {}).get("covers") or [site_id])


def _stating_unit(unit: Unit, language: str | None = None) -> bool:
    if OTHER in unit.kinds or unit.kinds & {CONTRAINDICATIONS, WARNINGS}:
        return False
    # The target population's section says what the device is for as much as the indications
    # do: "Patients who need surgical repair of the heart, great vessels or peripheral vessels".
    return bool(unit.kinds & {INTENDED_PURPOSE, INDICATIONS}) or _purpose_sentence(unit.text) or \
        (not unit.kinds and in_population_section(unit.block, language))


def _clause(text: str, start: int, end: int, floor: int, ceiling: int) -> tuple[int, int]:
    stops = [m.end() for m in _CLAUSE_END.finditer(text, floor, start)]
    first = stops[-1] if stops else floor
    after = _CLAUSE_END.search(text, end, ceiling)
    last = after.start() + 1 if after else ceiling
    while first < last and text[first].isspace():
        first += 1
    return first, last


def _coordinated(text: str, start: int, end: int, site_family: str, floor: int, ceiling: int,
                 language: str | None) -> list[str]:
    """Sites named by modifiers coordinated with a matched site of the same family."""
    modifiers = _modifiers()
    found = []
    position = start
    while True:
        m = _WORD_BEFORE.search(text[max(floor, position - 60):position])
        known = modifiers.get(m.group(1).lower()) if m else None
        if not known or known[1] != site_family:
            break
        found.append(known[0])
        position -= len(m.group(0))
    if language in _POSTPOSED:
        position = end
        while True:
            m = _WORD_AFTER.match(text, position, ceiling)
            known = modifiers.get(m.group(1).lower()) if m else None
            if not known or known[1] != site_family:
                break
            found.append(known[0])
            position = m.end()
    return found


def _site_facts(document: Document, unit: Unit) -> Iterator[Fact]:
    if not _stating_unit(unit, document.language):
        return
    block = unit.block
    text = block.normalized
    for match in vocabulary(VOCABULARY).find(text, unit.start, unit.end):
        first, last = _clause(text, match.start, match.end, unit.start, unit.end)
        if _NOT_PURPOSE.search(text, first, last) or negated_at(text, match.start, first, document.language):
            continue
        site_family = family(match.id)
        ids = _covered(match.id)
        ids += _coordinated(text, match.start, match.end, site_family, first, last, document.language)
        for site_id in dict.fromkeys(ids):
            yield make_fact(document, block, FactKind.ANATOMICAL_SITE,
                            Concept(site_id, block.quote(match.start, match.end)), (first, last))


def extract(document: Document, context: ExtractionContext | None = None) -> Iterable[Fact]:
    return distinct_facts(fact for unit in units(document) for fact in _site_facts(document, unit))
