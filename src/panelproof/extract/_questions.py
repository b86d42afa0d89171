"""Question-style headings: the section a plain-language heading stands for.

A patient SSCP, a lay IFU or a PMCF plan written for a broad audience titles its sections as
the reader's questions ("Who is this device for?", "When should it not be used?", "What are
the risks?", "How many patients?", "Quand ne pas l'utiliser ?", "Für wen ist das Produkt
bestimmt?", "¿Para quién es?"). `question_role(heading)` gives the role the heading stands
for (knowledge/vocabulary/question_headings.yaml), or None. Extractors map the role to their
own section kinds; the decision is cached per heading text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from panelproof.ingest.normalize import strip_accents
from panelproof.knowledge import load

CONTRAINDICATIONS = "contraindications"
POPULATION = "population"
USERS = "users"
INTENDED_PURPOSE = "intended_purpose"
INDICATIONS = "indications"
RESIDUAL_RISKS = "residual_risks"
CLINICAL_RESULTS = "clinical_results"
PMCF_OBJECTIVES = "pmcf_objectives"
PMCF_ENDPOINTS = "pmcf_endpoints"
PMCF_SAMPLE_SIZE = "pmcf_sample_size"
PMCF_METHODS = "pmcf_methods"
PMCF_TIMELINE = "pmcf_timeline"

# Roles whose section states whom the device is for (population wording there is the intended
# population, as under "Target population" or "Intended purpose").
POPULATION_ROLES = frozenset({POPULATION, USERS, INTENDED_PURPOSE, INDICATIONS, CONTRAINDICATIONS})

_MAX_WORDS = 16
# "2.3", "B.", "IV.", "Section 4", "Q3:", markdown emphasis and the Spanish opening marks.
_PREFIX = re.compile(r"^\s*(?:(?:section|chapter|kapitel|chapitre|question|q)\s*(?=\d))?"
                     r"(?:\d+(?:[.\-–]\d+)*[.):]?\s*|(?:[ivx]+|[a-z])(?:\.\d+)*[.)]\s*)?"
                     r"[\s*_#¿¡\"“”'‘’«»]*", re.IGNORECASE)
# Cheap test before the role patterns: the heading asks something.
_INTERROGATIVE = re.compile(
    r"(?:who|what|when|which|why|how|for whom|to whom|are there|is there|is it|is this|does|can|"
    r"qui|que|qu'|quand|quel|quels|quelle|quelles|comment|combien|pour qui|a qui|a quoi|dans quel|"
    r"y a-t-il|existe-t-il|chez qui|wer|was|wann|welche|wie|wof|woz|fur wen|an wen|bei wem|bis wann|"
    r"gibt es|hat es|in welchen|bei welchen|chi|cosa|che|quando|quali|quanti|come|per chi|a chi|"
    r"per quanto|ci sono|esistono|in quali|quien|cuando|cuantos|cuanto|cuales|como|para|hay|en que|"
    r"durante|wie|wanneer|waarvoor|waar|voor wie|under what|in what|in which|by when)\b")


def fold(text: str) -> str:
    """Lower case without accents, with straight apostrophes ("Für" -> "fur", "À" -> "a")."""
    return strip_accents(text.lower().replace("ß", "ss").replace("’", "'").replace("‘", "'"))


@lru_cache(maxsize=1)
def _roles() -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = load("vocabulary/question_headings")["roles"]
    compiled = []
    for role, entry in data.items():
        patterns = [p for terms in (entry.get("patterns") or {}).values() for p in terms or ()]
        if patterns:
            compiled.append((role, re.compile("|".join(f"(?:{p})" for p in patterns))))
    return tuple(compiled)


@lru_cache(maxsize=8192)
def question_role(heading: str) -> str | None:
    """The section role a question-style heading stands for, or None for any other heading."""
    if len(heading) > 200:
        return None  # a paragraph set as a heading, not a question
    text = _PREFIX.sub("", fold(heading.strip()), count=1).strip()
    if not text or len(text.split()) > _MAX_WORDS or ("?" not in text and not _INTERROGATIVE.match(text)):
        return None
    for role, pattern in _roles():
        if pattern.match(text):
            return role
    return None
