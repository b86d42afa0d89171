"""SC002: an Art. 54(2) exemption is invoked where it cannot apply."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.model import FactBase, FactKind
from panelproof.rules.model import Category, Finding, Rule, Severity


class ExemptionMisapplied(Rule):
    """A document exempts the device from the CECP on a ground that does not hold.

    **What it finds**
    A statement that the clinical evaluation consultation procedure is not required because
    of a renewal (Art. 54(2)(a)), while the certificate being renewed was issued under the
    Directives (93/42/EEC, 90/385/EEC) — in the same sentence or elsewhere in the dossier — or
    while a document calls the application the device's initial certification under the MDR.
    A Directive certificate mentioned beside an MDR certificate (a device first CE-marked under
    the MDD whose MDR certificate is now renewed) is history, not a ground.

    **Why a panel cares**
    Art. 54(2)(a) exempts only "the renewal of a certificate issued under this Regulation".
    A device moving from an MDD or AIMDD certificate to the MDR is not renewing an MDR
    certificate; it can be exempt only under Art. 54(2)(b) (a modification of a device already
    marketed, limited to MDR-driven changes, MDCG 2019-3 Rev.1) or (c). A notified body that
    skips the consultation on a wrong ground exposes the certificate.

    **Example**
    CEAR: "The consultation procedure is not required because the device's certificate under
    Directive 93/42/EEC is being renewed (Article 54(2)(a))."

    **Use instead**
    Either follow the consultation procedure, or document why Art. 54(2)(b) or (c) applies,
    with the evidence MDCG 2019-3 Rev.1 asks for.

    **References**
    MDR Art. 54(2)(a) and (b); MDCG 2019-3 Rev.1; MDCG 2020-13 section F.
    """

    code = "SC002"
    name = "exemption-misapplied"
    category = Category.SCOPE
    severity = Severity.MAJOR
    title = "A CECP exemption is invoked on a ground that does not apply"
    references = ("MDR Art. 54(2)(a)", "MDR Art. 54(2)(b)", "MDCG 2019-3 Rev.1",
                  "MDCG 2020-13 section F")
    recommendation = ("Follow the consultation procedure, or justify an exemption under Art. "
                      "54(2)(b) or (c) with the evidence MDCG 2019-3 Rev.1 requires.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        basis = facts.of(FactKind.CERTIFICATE_BASIS)
        directive = [f for f in basis if f.value.id == "directive"]
        initial = [f for f in basis if f.value.id == "initial_mdr"]
        # A Directive certificate named beside an MDR certificate ("first CE-marked under the
        # MDD; its MDR certificate is now renewed") is history: an MDR renewal is a renewal.
        mdr = [f for f in basis if f.value.id == "mdr"
               and not any(i.location == f.location for i in initial)]
        if not initial and (not directive or mdr):
            return
        for statement in facts.of(FactKind.CECP_STATEMENT):
            if statement.value.id != "not_required" or statement.value.label != "exempt_54_2_a":
                continue
            same_sentence = [f for f in initial + directive if f.document == statement.document
                             and f.location.quote in statement.location.quote]
            grounds = same_sentence or (initial + directive)[:1]
            if initial and not same_sentence:
                grounds = initial[:1] + directive[:1]
            quoted = " … ".join(f"“{g.location.quote}”" for g in grounds)
            yield self.finding(
                f"The {statement.role.value} ({statement.document}) exempts the device from the "
                "consultation procedure as a renewal (Art. 54(2)(a)), but no certificate issued "
                f"under the MDR exists to be renewed: {quoted} "
                f"({', '.join(sorted({g.document for g in grounds}))}). Art. 54(2)(a) covers only "
                "renewals of certificates issued under the MDR; a Directive certificate moving "
                "to the MDR is an initial MDR certification.",
                [statement, *grounds])
