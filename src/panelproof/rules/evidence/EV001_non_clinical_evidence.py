"""EV001: evidence from animals, aquaculture, water treatment, in vitro or cosmetics cited as clinical."""

from __future__ import annotations

import re
from typing import Iterable

from panelproof.extract.evidence import citation_keys, is_clinical_subject, is_reference_section, subject_label
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.ingest.model import BlockKind
from panelproof.rules.claim._support import cited_entries, evidence_facts
from panelproof.rules.model import Category, Finding, Rule, Severity

# Sections where non-clinical data belong (bench, biocompatibility, animal testing).
_PRECLINICAL = re.compile(r"pre-?clinical|non-?clinical|bench|biocompatib|in vitro|laborator|animal|"
                          r"préclinique|non clinique|biocompatibilit|vorklinisch|nicht-?klinisch|Labor|Tier",
                          re.IGNORECASE)


class NonClinicalEvidence(Rule):
    """Cited evidence whose subject is not human clinical use of the device.

    What it finds:
        Evidence entries of the CER, CEAR or SSCP (literature-table rows, reference-list items,
        study sentences) whose subject is animals, aquaculture / fish farming, water treatment,
        food, cosmetics, in vitro work or another device, presented as clinical data (outside
        pre-clinical sections) or cited by a clinical claim. A reference-list item that the
        document cites only from its pre-clinical (bench, biocompatibility, animal) sections is
        filed as non-clinical data, not presented as clinical data.

    Why a panel cares:
        Clinical data are data from use of the device in humans (MDR Art. 2(48)). The panel
        criticised an ozone wound device whose CER relied on aquatic ozone studies. Non-clinical
        data replace clinical data only with a justification (Art. 61(10)).

    Example:
        CER literature table: "[4] Ozone disinfection of recirculating aquaculture systems |
        Atlantic salmon | ..." supporting "OzoCare accelerates wound healing [4]".

    Use instead:
        Cite clinical studies of the device (or an equivalent device) in the intended population;
        move bench and animal data to the pre-clinical section.

    References:
        MDR Art. 2(48); MDR Art. 61(10); MDR Annex XIV Part A 1(c).
    """

    code = "EV001"
    name = "non-clinical-evidence"
    category = Category.EVIDENCE
    severity = Severity.MAJOR
    title = "Evidence from a non-clinical subject supports clinical claims"
    references = ("MDR Art. 2(48)", "MDR Art. 61(10)", "MDR Annex XIV Part A 1(c)")
    recommendation = ("Support clinical claims with clinical data on the device in humans; present "
                      "animal, in vitro and other-field data as pre-clinical, with a justification.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        evidence = evidence_facts(facts)
        claims = facts.of(FactKind.CLAIM)
        for entry in evidence:
            if is_clinical_subject(entry.value.subject):
                continue
            citing = [c for c in claims if entry in cited_entries(c.value, evidence)]
            preclinical = any(_PRECLINICAL.search(h) for h in _headings(entry))
            if (preclinical or _cited_as_preclinical(facts, entry)) and not citing:
                continue
            label = subject_label(entry.value.subject)
            if citing:
                message = (f'{citing[0].document} supports the claim "{citing[0].location.quote}" with '
                           f'{entry.document}\'s "{entry.value.citation}", a study on {label}, not on '
                           "human clinical use of the device.")
            else:
                message = (f'{entry.document} presents "{entry.value.citation}" as clinical data, but '
                           f"its subject is {label}, not human clinical use of the device.")
            yield self.finding(message, [entry, *citing[:2]])


def _headings(fact) -> list[str]:
    return [fact.location.section or ""]


# "TR-044", "BT-2021-17": a report's identifier; a bench report is cited by it as often as by number.
_IDENTIFIER = re.compile(r"\b[A-Z]{1,6}[-_]?\d[\w-]*\d\b|\b[A-Z]{1,6}[-_]\d+\b")


def _cited_as_preclinical(facts: FactBase, entry: Fact) -> bool:
    """Whether a reference-list item is cited in a pre-clinical section of its document (by its
    number, its author and year, or its report identifier) and nowhere outside one."""
    if not is_reference_section(entry.location.section):
        return False
    document = next((d for d in facts.documents if d.path == entry.document and d.ok), None)
    if document is None:
        return False
    keys = set(citation_keys(entry.value.citation))
    number = _ordinal(document, entry)
    if number is not None:
        keys.add(str(number))
    identifiers = set(_IDENTIFIER.findall(entry.location.quote))
    if not keys and not identifiers:
        return False
    inside = outside = False
    for block in document.blocks:
        if block.kind is BlockKind.HEADING or is_reference_section(block.section):
            continue
        text = block.normalized
        if not (citation_keys(text) & keys or any(i in text for i in identifiers)):
            continue
        if any(_PRECLINICAL.search(h) for h in (block.section or "", *block.heading_path[1:])):
            inside = True
        else:
            outside = True
    return inside and not outside


def _ordinal(document, entry: Fact) -> int | None:
    """The item's number in its reference list, counting the list's items in order (Markdown and
    DOCX numbering is not part of the block text)."""
    number = 0
    for block in document.blocks:
        if block.section != entry.location.section or block.kind is not BlockKind.LIST_ITEM:
            continue
        number += 1
        if entry.location.quote in block.text or entry.location.quote in block.normalized:
            return number
    return None
