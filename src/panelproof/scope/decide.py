"""Does the Clinical Evaluation Consultation Procedure apply? MDR Article 54(1) and (2).

Art. 54(1): (a) class III implantable devices; (b) class IIb active devices intended to
administer and/or remove a medicinal product (Annex VIII, section 6.4, Rule 12).
Art. 54(2): not required (a) on renewal of a certificate issued under the MDR; (b) for a
modification of a device already marketed by the same manufacturer for the same intended
purpose when the notified body accepts that benefit-risk is not adversely affected (MDCG
2019-3 Rev.1 reads this to cover Directive-era devices changed only to meet the MDR); (c) when
a common specification addresses the clinical evaluation and the NB confirms compliance.
"""

from __future__ import annotations

from panelproof.scope.model import DeviceProfile, ScopeDecision

PROCEDURE = (
    "The notified body, not the manufacturer, starts the procedure: it sends its clinical "
    "evaluation assessment report (CEAR, MDCG 2020-13) with the CER, CEP and PMCF documents to "
    "the Commission, which forwards them to the expert panel (Annex IX 5.1(a)). Within 21 days "
    "the panel decides, on novelty with major clinical impact, an adverse change in the "
    "benefit-risk profile of the device group, or an increased rate of serious incidents, "
    "whether to give a scientific opinion (Annex IX 5.1(c)-(e)); if it does, it gives it within "
    "60 days, after which the notified body may proceed (5.1(c), (f)). The notified body must "
    "give the opinion due consideration; if it departs from it, it justifies that in full in "
    "its report, and the opinion and justification are published (5.1(g), Art. 55)."
)


def decide(profile: DeviceProfile) -> ScopeDecision:
    """Apply Art. 54(1) and the exemptions of Art. 54(2) to a device profile."""
    klass = profile.device_class
    if klass is None:
        return ScopeDecision(
            cecp_required=None, basis="MDR Art. 54(1)", exemption=None,
            explanation="The device class is not stated in the documents, so whether the "
                        "clinical evaluation consultation procedure applies cannot be decided.",
            missing=("class",))

    in_scope_a = klass == "III" and profile.implantable is True
    in_scope_b = (klass == "IIb" and profile.active is True
                  and profile.administers_or_removes_medicinal_product is True)

    if not (in_scope_a or in_scope_b):
        undecided = _undecided_fields(profile, klass)
        if undecided:
            return ScopeDecision(
                cecp_required=None, basis="MDR Art. 54(1)", exemption=None,
                explanation=(f"A class {klass} device falls under Art. 54(1) only if "
                             + ("it is implantable" if klass == "III" else
                                "it is active and administers or removes a medicinal product "
                                "(Annex VIII Rule 12)")
                             + "; the documents do not say whether it is ("
                             + ", ".join(undecided) + ")."),
                missing=tuple(undecided))

        return ScopeDecision(
            cecp_required=False, basis="MDR Art. 54(1)", exemption=None,
            explanation=_out_of_scope_reason(profile, klass))

    basis = "MDR Art. 54(1)(a)" if in_scope_a else "MDR Art. 54(1)(b)"
    group = ("a class III implantable device" if in_scope_a else
             "a class IIb active device intended to administer and/or remove a medicinal "
             "product (Annex VIII Rule 12)")

    if profile.application == "renewal-mdr":
        return ScopeDecision(
            cecp_required=False, basis=basis, exemption="Art. 54(2)(a)",
            explanation=f"It is {group}, but the application renews a certificate issued under "
                        "the MDR, which Art. 54(2)(a) exempts.")
    if profile.modification_of_own_marketed_device:
        directive = (" MDCG 2019-3 Rev.1: for a device marketed under the Directives this "
                     "holds only when the changes are those needed to meet the MDR."
                     if profile.application == "renewal-directive" else "")
        return ScopeDecision(
            cecp_required=False, basis=basis, exemption="Art. 54(2)(b)",
            explanation=f"It is {group}, but it modifies a device the same manufacturer already "
                        "markets for the same intended purpose and the notified body accepts "
                        "that the benefit-risk ratio is not adversely affected (Art. 54(2)(b))."
                        + directive)
    if profile.common_specification_compliant:
        return ScopeDecision(
            cecp_required=False, basis=basis, exemption="Art. 54(2)(c)",
            explanation=f"It is {group}, but a common specification addresses the clinical "
                        "evaluation of this device type and the notified body confirms "
                        "compliance with it (Art. 54(2)(c)).")
    renewal_note = (" A certificate issued under the Directives does not count as a renewal "
                    "under Art. 54(2)(a)." if profile.application == "renewal-directive" else "")
    return ScopeDecision(
        cecp_required=True, basis=basis, exemption=None,
        explanation=f"It is {group} and no exemption of Art. 54(2) applies, so the notified "
                    "body must consult the expert panel." + renewal_note)


def _undecided_fields(profile: DeviceProfile, klass: str) -> list[str]:
    if klass == "III" and profile.implantable is None:
        return ["implantable"]
    if klass == "IIb":
        missing = []
        if profile.active is None:
            missing.append("active")
        if profile.administers_or_removes_medicinal_product is None and profile.active is not False:
            missing.append("administers_or_removes_medicinal_product")
        return missing
    return []


def _out_of_scope_reason(profile: DeviceProfile, klass: str) -> str:
    if klass == "III":
        return ("A class III device that is not implantable is outside Art. 54(1)(a); the "
                "consultation procedure does not apply.")
    if klass == "IIb":
        return ("A class IIb device falls under Art. 54(1)(b) only if it is active and "
                "administers or removes a medicinal product (Annex VIII Rule 12); this one is "
                "not, so the consultation procedure does not apply.")
    return (f"Art. 54(1) covers only class III implantable and certain class IIb devices; a "
            f"class {klass} device is outside it.")
