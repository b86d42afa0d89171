"""What the claim and evidence rules share: which evidence a claim cites, what supports it."""

from __future__ import annotations

from panelproof.extract._clinical_terms import key_stems, outcome_concepts
from panelproof.extract.claims import marker_hits
from panelproof.extract.evidence import citation_keys
from panelproof.extract.model import Claim, Fact, FactBase, FactKind
from panelproof.ingest.model import Role

CLINICAL_DATA_ROLES = {Role.CER, Role.CEAR, Role.SSCP, Role.PMCF_REPORT}
# Words of claims that say nothing about the topic ("reduces", "faster", "effective" ...).
_CLAIM_WORDS = {"reduc", "decre", "lower", "impro", "enhan", "accel", "promo", "preve", "short",
                "resto", "heals", "cures", "relie", "allev", "incre", "super", "bette", "effec",
                "faste", "provi", "resul", "leads", "suita", "safe", "elimi", "kills", "ensur",
                "guara", "achie", "réduc", "rédui", "dimin", "améli", "accél", "favor", "préve",
                "efficace", "reduz", "verri", "senkt", "verbe", "besch", "förde", "verhi", "verkü",
                "wirks", "überl", "schne", "times", "twice", "faster"}


def evidence_facts(facts: FactBase) -> list[Fact]:
    return [f for f in facts.of(FactKind.EVIDENCE) if f.role in CLINICAL_DATA_ROLES]


def cited_entries(claim: Claim, evidence: list[Fact]) -> list[Fact]:
    """Evidence entries a claim's citations point to (reference numbers or author-year)."""
    keys: set[str] = set()
    for citation in claim.citations:
        keys |= citation_keys(citation)
    if not keys:
        return []
    return [f for f in evidence if citation_keys(f.value.citation) & keys
            or citation_keys(f.location.quote) & keys]


def topic_stems(text: str) -> set[str]:
    return {s for s in key_stems(text) if s not in _CLAIM_WORDS}


def supporting_texts(facts: FactBase, exclude: Fact | None = None) -> list[str]:
    """Texts that count as clinical data: evidence rows, reported outcomes, cited CER claims."""
    texts = [f.location.quote for f in evidence_facts(facts)]
    texts += [f.value for f in facts.of(FactKind.OUTCOME_PARAMETER, role=Role.CER)]
    texts += [f.value.text for f in facts.of(FactKind.CLAIM)
              if f is not exclude and f.value.citations and f.role in CLINICAL_DATA_ROLES]
    return texts


def is_supported(claim: Claim, texts: list[str]) -> bool:
    """True when some clinical-data text is about the same outcome as the claim."""
    stems = topic_stems(claim.text)
    concepts = outcome_concepts(claim.text)
    for text in texts:
        if concepts & outcome_concepts(text):
            return True
        if len(stems & key_stems(text)) >= min(2, len(stems)) and stems:
            return True
    return False


def claim_marker_words(text: str) -> int:
    return len(marker_hits(text))


def doc(fact: Fact) -> str:
    return fact.location.document
