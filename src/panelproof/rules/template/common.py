"""Helpers of the template rules: template leftovers grouped per document."""

from __future__ import annotations

from panelproof.extract.model import Fact, FactBase, FactKind, TemplateText
from panelproof.ingest.model import Role

# Documents the panel reads closely: a leftover there is a defect of the submission itself.
CORE_ROLES = (Role.CER, Role.CEP, Role.PMCF_PLAN, Role.SSCP, Role.CEAR)
MAX_LOCATIONS = 10


def leftovers(facts: FactBase, *markers: str) -> dict[str, list[Fact]]:
    grouped: dict[str, list[Fact]] = {}
    for fact in facts.of(FactKind.PLACEHOLDER):
        marker = fact.value.marker if isinstance(fact.value, TemplateText) else "placeholder"
        if marker in markers:
            grouped.setdefault(fact.document, []).append(fact)
    return grouped


def examples(found: list[Fact], limit: int = 3) -> str:
    quotes = list(dict.fromkeys(f"“{_short(f.location.quote)}”" for f in found))
    return ", ".join(quotes[:limit]) + (" …" if len(quotes) > limit else "")


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"
