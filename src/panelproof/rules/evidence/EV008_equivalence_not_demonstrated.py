"""EV008: equivalence claimed without comparing technical, biological and clinical characteristics."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.evidence import equivalence_aspects, is_equivalence_section, states_equivalence
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.ingest.model import BlockKind, Role
from panelproof.rules.model import Category, Finding, Rule, Severity

ASPECTS = ("technical", "biological", "clinical")
_ROLE_ORDER = (Role.CER, Role.CEP, Role.SSCP, Role.CEAR)


class EquivalenceNotDemonstrated(Rule):
    """Equivalence claimed without a technical, biological and clinical comparison.

    What it finds:
        A dossier that claims equivalence to another device but, in its equivalence sections
        and the sentences that claim it, compares none, or not all three, of the
        characteristics the MDR requires: technical (design, specifications, surface,
        principle of operation), biological (materials in contact with the same tissues,
        biocompatibility) and clinical (same clinical condition, site in the body, population).

    Why a panel cares:
        Clinical data of another device count only when equivalence is demonstrated on all
        three characteristics (MDR Annex XIV Part A section 3), "to the extent that there would
        be no clinically significant difference" (MDCG 2020-5). A smooth implant claimed
        equivalent to a textured one, with no comparison of surface, materials and clinical
        use, rests its whole clinical evaluation on an assertion.

    Example:
        CER: "SmoothForm is equivalent to the textured TexForm implant; the clinical data of
        TexForm therefore apply." No comparison of characteristics follows.

    Use instead:
        An equivalence table per MDCG 2020-5 comparing technical characteristics (design,
        surface texture, dimensions), biological characteristics (same materials in contact
        with the same tissues, ISO 10993) and clinical characteristics (same clinical
        condition, site in the body and population), with a justification of each difference.

    References:
        MDR Annex XIV Part A section 3; MDR Art. 61(4)-(5); MDCG 2020-5 section 3.
    """

    code = "EV008"
    name = "equivalence-not-demonstrated"
    category = Category.EVIDENCE
    severity = Severity.MAJOR
    title = "Equivalence claimed without technical, biological and clinical comparison"
    references = ("MDR Annex XIV Part A section 3", "MDR Art. 61(4)", "MDCG 2020-5 section 3")
    recommendation = ("Demonstrate equivalence with a comparison of the technical, biological and "
                      "clinical characteristics of both devices (MDCG 2020-5 equivalence table), or "
                      "do not rely on the other device's clinical data.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        claims = [f for f in facts.of(FactKind.EQUIVALENCE) if states_equivalence(f.location.quote)]
        if not claims:
            return
        compared = _compared_aspects(facts, claims)
        missing = [a for a in ASPECTS if a not in compared]
        if not missing:
            return
        fact = min(claims, key=lambda f: _ROLE_ORDER.index(f.role) if f.role in _ROLE_ORDER else 99)
        if compared:
            done = " and ".join(a for a in ASPECTS if a in compared)
            what = (f"compares only {done} characteristics; no {' or '.join(missing)} "
                    f"characteristics of the two devices are compared")
        else:
            what = "no technical, biological or clinical characteristics of the two devices are compared"
        yield self.finding(
            f'{fact.document} claims equivalence to another device ("{fact.location.quote}"), but {what} '
            f"anywhere the dossier discusses the equivalence.",
            [fact])


def _compared_aspects(facts: FactBase, claims: list[Fact]) -> set[str]:
    """Aspects compared in the equivalence sections of every document, and in the blocks that
    claim equivalence (a dossier without an equivalence section compares, if at all, there)."""
    claim_blocks = {(f.document, f.location.quote) for f in claims}
    found: set[str] = set()
    for document in facts.documents:
        if not document.ok:
            continue
        quotes = [q for d, q in claim_blocks if d == document.path]
        for block in document.blocks:
            in_section = (is_equivalence_section(block.section)
                          or any(is_equivalence_section(h) for h in block.heading_path))
            if not in_section and block.kind is not BlockKind.HEADING:
                in_section = any(q in block.text or q in block.normalized for q in quotes)
            if in_section:
                found |= equivalence_aspects(block.normalized)
                if len(found) == len(ASPECTS):
                    return found
    return found
