"""A reviewer's question or request to the manufacturer ("Please justify ...", "It is not clear
why ...", "Manufacturer's answer: ..."), from knowledge/vocabulary/reviewer_queries.yaml.

What such a sentence names (a group, an age, a missing rationale) is the subject of the review,
not the dossier's own statement; the population reader and the template reader both ask.
"""

from __future__ import annotations

import re
from functools import lru_cache

from panelproof import knowledge


@lru_cache(maxsize=1)
def _reviewer_query() -> re.Pattern[str]:
    data = knowledge.load("vocabulary/reviewer_queries")["queries"]
    patterns = [p for entry in data for terms in entry["patterns"].values() for p in terms]
    return re.compile("|".join(f"(?:{p})" for p in patterns) + r"|\?\s*$", re.IGNORECASE)


def is_reviewer_query(sentence: str) -> bool:
    """Whether a reviewer asks something in this sentence ("Please justify ...", "It is not
    clear why ...", "... ?"; vocabulary/reviewer_queries.yaml)."""
    return bool(_reviewer_query().search(sentence))


@lru_cache(maxsize=1)
def _subgroup_remark() -> re.Pattern[str]:
    data = knowledge.load("vocabulary/reviewer_queries").get("remarks", [])
    patterns = [p for entry in data for terms in entry["patterns"].values() for p in terms]
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!)", re.IGNORECASE)


def is_subgroup_remark(sentence: str) -> bool:
    """Whether the sentence speaks of a subgroup of the clinical data ("the paediatric subgroup
    is small", "Requirement: paediatric data"; vocabulary/reviewer_queries.yaml `remarks`): the
    group it names is part of the evidence or the topic of a review item, not the population."""
    return bool(_subgroup_remark().search(sentence))
