"""SC001: the CECP applies but the dossier holds no CEAR to check."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.model import FactBase, FactKind
from panelproof.ingest.model import Role
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.scope import decide, infer_profile


class CecpWithoutCear(Rule):
    """The consultation procedure applies, but no CEAR is in the dossier.

    **What it finds**
    The documents make the device a class III implantable device or a class IIb active device
    that administers or removes a medicinal product (MDR Art. 54(1)), no exemption of Art.
    54(2) is declared, and no notified body CEAR was provided.

    **Why a panel cares**
    The expert panel reads the notified body's clinical evaluation assessment report (CEAR,
    MDCG 2020-13), not the CER. Contradictions between the CEAR and the manufacturer's
    documents are what the panel criticises first (the June 2025 ventilator opinion began with
    the device's name in the CEAR). A manufacturer who never sees the CEAR cannot question it.

    **Example**
    A CER stating "Class IIb, Rule 12" for a ventilator delivering medical oxygen, with a CEP,
    PMCF plan and IFU, and no CEAR.

    **Use instead**
    Ask the notified body for the CEAR (or its draft) and add it to the dossier, so that
    panelproof can compare it with the CER, CEP, PMCF plan and IFU.

    **References**
    MDR Art. 54(1); Annex IX 5.1(a); MDCG 2020-13.
    """

    code = "SC001"
    name = "cecp-without-cear"
    category = Category.SCOPE
    severity = Severity.MINOR
    title = "The consultation procedure applies but no CEAR is in the dossier"
    references = ("MDR Art. 54(1)", "MDR Annex IX 5.1(a)", "MDCG 2020-13")
    recommendation = ("Obtain the notified body's CEAR (or its draft) and check it against the "
                      "CER, CEP, PMCF plan and IFU before the panel reads it.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        if facts.documents_with_role(Role.CEAR):
            return
        decision = decide(infer_profile(facts))
        if decision.cecp_required is not True:
            return
        grounds = facts.of(FactKind.DEVICE_CLASS) + facts.of(FactKind.CLASSIFICATION_RULE)
        if not grounds:
            return  # declared in dossier.yaml only: nothing in the documents to quote
        yield self.finding(
            f"{decision.explanation} The dossier has no CEAR, the document the panel reads.",
            grounds[:3])
