"""EV008: equivalence claimed without comparing technical, biological and clinical characteristics."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.evidence import (equivalence_aspects, equivalence_differences, is_equivalence_section,
                                         justifies_difference, states_equivalence)
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
        A short statement that things are the same ("same design, materials and console",
        "identical implant and abutment") compares them. Also a difference between the two
        devices that the equivalence discussion names (a smooth implant claimed equivalent to a
        textured one, a new coating) with no justification that it has no clinically
        significant effect. Minor when only the Notified Body's report (CEAR) speaks of
        equivalence.

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
        fact = min(claims, key=lambda f: _ROLE_ORDER.index(f.role) if f.role in _ROLE_ORDER else 99)
        texts = _equivalence_texts(facts, claims)
        compared: set[str] = set()
        for _, text, _ in texts:
            compared |= equivalence_aspects(text)
            if len(compared) == len(ASPECTS):
                break
        missing = [a for a in ASPECTS if a not in compared]
        if not missing:
            yield from self._unjustified_difference(fact, texts)
            return
        if compared:
            done = " and ".join(a for a in ASPECTS if a in compared)
            what = (f"compares only {done} characteristics; no {' or '.join(missing)} "
                    f"characteristics of the two devices are compared")
        else:
            what = "no technical, biological or clinical characteristics of the two devices are compared"
        if all(f.role is Role.CEAR for f in claims):
            # Only the Notified Body's report speaks of equivalence: the manufacturer's documents
            # rely on the other device's data without claiming it, a gap to close, not a claim
            # left undemonstrated.
            yield self.finding(
                f'{fact.document} accepts equivalence to another device ("{fact.location.quote}"), '
                f"but no document of the manufacturer claims or demonstrates it: {what} anywhere "
                f"in the dossier.", [fact], severity=Severity.MINOR)
            return
        yield self.finding(
            f'{fact.document} claims equivalence to another device ("{fact.location.quote}"), but {what} '
            f"anywhere the dossier discusses the equivalence.",
            [fact])


    def _unjustified_difference(self, fact: Fact, texts: list[tuple[str, str, bool]]) -> Iterable[Finding]:
        """A difference named in the equivalence discussion, and nowhere a word on why it has no
        clinically significant effect (MDCG 2020-5 section 3)."""
        if any(justifies_difference(text) for _, text, heading in texts if not heading):
            return
        for document, text, _ in texts:
            differences = equivalence_differences(text)
            if differences:
                aspect, words = differences[0]
                yield self.finding(
                    f'{fact.document} claims equivalence to another device ("{fact.location.quote}"), but '
                    f'{document} names a {aspect} difference between the two devices ({words}) and the '
                    f"dossier nowhere shows that it has no clinically significant effect on safety or "
                    f"performance.",
                    [fact])
                return


def _equivalence_texts(facts: FactBase, claims: list[Fact]) -> list[tuple[str, str, bool]]:
    """(document, text, is a heading) of the blocks in the equivalence sections of every document, and of the
    blocks that claim equivalence (a dossier without an equivalence section compares, if at
    all, there)."""
    claim_blocks = {(f.document, f.location.quote) for f in claims}
    found: list[tuple[str, str]] = []
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
                found.append((document.path, block.normalized, block.kind is BlockKind.HEADING))
    return found
