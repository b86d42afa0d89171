"""EV008: equivalence claimed without comparing technical, biological and clinical characteristics."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.evidence import (equivalence_aspects, equivalence_differences, is_equivalence_section,
                                         justifies_difference, labelled_same, states_equivalence)
from panelproof.extract.common import blocks_containing
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
        "identical implant and abutment") compares them, and so does a list of what the
        comparison covers ("pump design, blood-contacting materials and the intended
        population"). Also a difference between the two
        devices that the equivalence discussion names (a smooth implant claimed equivalent to a
        textured one, a new coating) with no justification that it has no clinically
        significant effect. The clinical characteristics also count as compared when the CER
        or CEP says so outside the equivalence section, in a block that names the other device
        or, for an own predecessor, speaks of both ("both generations have the same intended
        purpose and patient population", "the intended purpose is unchanged"). Minor when only
        the Notified Body's report (CEAR) speaks of equivalence (nothing when that device is the
        manufacturer's own and the CER or CEP compares the two on a characteristic: the Notified
        Body, holding both technical files, has judged that comparison), and when the other device is
        the manufacturer's own predecessor and at least one characteristic is compared (the
        three are still required, but no access to another manufacturer's data is in question).

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
        if len(compared) < len(ASPECTS):
            # "both generations have the same intended purpose and patient population" often
            # stands in the device description, not in the equivalence section
            compared |= _compared_elsewhere(facts, claims, texts)
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
            if _own_device_compared_by_manufacturer(facts, claims):
                # The Notified Body accepts equivalence to its client's own earlier device, which
                # the manufacturer's CER or CEP compares with the device ("same turbine and
                # pneumatic design as the predecessor X"): the NB holds both technical files and
                # has judged the comparison, and no other manufacturer's data are relied on.
                return
            # Only the Notified Body's report speaks of equivalence: the manufacturer's documents
            # rely on the other device's data without claiming it, a gap to close, not a claim
            # left undemonstrated.
            yield self.finding(
                f'{fact.document} accepts equivalence to another device ("{fact.location.quote}"), '
                f"but no document of the manufacturer claims or demonstrates it: {what} anywhere "
                f"in the dossier.", [fact], severity=Severity.MINOR)
            return
        if compared and all(f.value.own_device for f in claims):
            # The manufacturer's own predecessor: the same three characteristics must be shown
            # (Annex XIV Part A 3), but the manufacturer holds both technical files (no access
            # question, Art. 61(5)); a comparison with a characteristic left out is a gap in the
            # equivalence table, not clinical data relied on without a basis.
            yield self.finding(
                f'{fact.document} claims equivalence to the manufacturer\'s own predecessor '
                f'{fact.value.device} ("{fact.location.quote}"), but {what} anywhere the dossier '
                f"discusses the equivalence or the two devices; MDR Annex XIV Part A section 3 asks "
                f"for all three also for an own device.",
                [fact], severity=Severity.MINOR)
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


# For an own predecessor the comparison may be worded without naming it ("both generations",
# "the intended purpose is unchanged").
_OWN_COMPARISON = ("predecessor", "previous generation", "previous version", "both generations",
                   "both devices", "both versions", "unchanged", "same intended", "prédécesseur",
                   "deux générations", "inchangé", "vorgänger", "beide generationen", "unverändert",
                   "predecessore", "predecesor", "invariat", "sin cambios", "same as", "identical",
                   "identique", "identisch", "gleich", "idem")


def _compared_elsewhere(facts: FactBase, claims: list[Fact], texts: list[tuple[str, str, bool]]) -> set[str]:
    """{"clinical"} when a block of the CER or CEP outside the equivalence discussion compares
    the clinical characteristics and names the equivalent device ("Like NRW-1, it is intended
    for ...; both generations have the same intended purpose and patient population") or, for
    an own predecessor, speaks of both ("the intended purpose is unchanged")."""
    names = {f.value.device.lower() for f in claims if f.value.device and len(f.value.device) >= 3}
    cues = tuple(names) + (_OWN_COMPARISON if any(f.value.own_device for f in claims) else ())
    if not cues:
        return set()
    seen = {text for _, text, _ in texts}
    for document in facts.documents_with_role(Role.CER, Role.CEP):
        for index in sorted(blocks_containing(document, cues)):
            block = document.blocks[index]
            if block.kind is BlockKind.HEADING or block.normalized in seen:
                continue
            # only the clinical characteristics: a device description names the other device's
            # "specifications" or "materials" without comparing them
            if "clinical" in equivalence_aspects(block.normalized) or "clinical" in _labelled(block):
                return {"clinical"}
    return set()


_PREDECESSOR_WORDS = ("predecessor", "previous generation", "previous version", "prédécesseur",
                      "génération précédente", "vorgänger", "predecessore", "predecesor")


def _own_device_compared_by_manufacturer(facts: FactBase, claims: list[Fact]) -> bool:
    """The equivalent device is the manufacturer's own, and a block of the CER or CEP names it
    and compares a characteristic of the two ("identical drive mechanism as SP-2")."""
    if not any(f.value.own_device for f in claims):
        return False
    names = tuple({f.value.device.lower() for f in claims if f.value.device and len(f.value.device) >= 3})
    names += _PREDECESSOR_WORDS  # "the predecessor", when the CEAR's wording gives no name
    for document in facts.documents_with_role(Role.CER, Role.CEP):
        for index in sorted(blocks_containing(document, names)):
            block = document.blocks[index]
            if block.kind is not BlockKind.HEADING and (equivalence_aspects(block.normalized)
                                                        or _labelled(block)):
                return True
    return False


def _labelled(block) -> set[str]:
    """"Intended purpose | same as NRW-1" (a table row), "Intended purpose: unchanged"."""
    if block.kind is BlockKind.TABLE_ROW and block.cells and len(block.cells) >= 2:
        return set().union(*(labelled_same(block.cells[0], cell) for cell in block.cells[1:]))
    label, colon, value = block.normalized.partition(":")
    return labelled_same(label, value) if colon and len(label) <= 80 else set()

