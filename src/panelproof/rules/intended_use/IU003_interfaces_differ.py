"""IU003: patient interfaces or modes of use differ between documents."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.model import FactBase, FactKind
from panelproof.rules.intended_use.common import concept_findings
from panelproof.rules.model import Category, Finding, Rule, Severity


class InterfacesDiffer(Rule):
    """Patient interfaces or modes of use differ between documents.

    What it finds:
        A patient interface or mode of use (mask, endotracheal tube, tracheostomy, nasal
        cannula; intravenous, subcutaneous, epidural ...) that one document's intended use
        names and another's does not, compared by vocabulary id across languages ("high-flow
        nasal cannula" and "nasal high-flow cannula" are one; a generic "nasal interface"
        neither states nor omits a nasal cannula or nasal mask). Surgical approaches and
        access routes are modes of use too: a CEAR that covers "posterior and transforaminal
        implantation" while the CER and IFU add a "lateral (retroperitoneal) approach" assessed
        a narrower use; a position word ("lateral") counts only next to an approach word
        ("approach", "access", "implantation", "voie", "Zugang"). Interfaces
        are read where a document states its intended use (intended purpose, indications, modes
        of use), not in cleaning instructions or literature summaries.

    Why a panel cares:
        In the expert-panel opinion of 24 June 2025 on a ventilator, endotracheal intubation, a
        common mode of use that the CER and IFU describe, was missing from the CEAR's intended
        use: the Notified Body had assessed a narrower device use than the one marketed.

    Example:
        CEAR: "for non-invasive ventilation via mask and for tracheostomised patients"
        CER: "via face mask, endotracheal tube or tracheostomy"

    Use instead:
        Name every interface and mode of use in the intended purpose of every document, and
        make sure the clinical data cover each.

    References:
        MDR Art. 2(12); MDR Annex I 23.4(b); MDR Annex XIV Part A 1(a); MDCG 2020-13 section B.
    """

    code = "IU003"
    name = "interfaces-differ"
    category = Category.INTENDED_USE
    severity = Severity.MAJOR
    title = "Patient interfaces or modes of use differ between documents"
    references = ("MDR Art. 2(12)", "MDR Annex I 23.4(b)", "MDR Annex XIV Part A 1(a)",
                  "MDCG 2020-13 section B")
    recommendation = ("Name the same patient interfaces and modes of use in the intended purpose of "
                      "the CEP, CER, IFU, SSCP and CEAR, and show clinical data for each.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        yield from concept_findings(self, facts, FactKind.INTERFACE, "patient interfaces and modes of use",
                                    "interfaces")
