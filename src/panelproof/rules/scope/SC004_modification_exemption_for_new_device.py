"""SC004: the modification exemption of Art. 54(2)(b) is applied to a device the documents call new."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.model import FactBase, FactKind
from panelproof.rules.model import Category, Finding, Rule, Severity

_WHAT = {"new_device": "a new device or device family", "new_material": "a new material",
         "new_intended_purpose": "a new or extended intended purpose or claim"}


class ModificationExemptionForNewDevice(Rule):
    """The Art. 54(2)(b) exemption is applied although the documents describe a new device.

    **What it finds**
    A statement that the consultation procedure is not required under Art. 54(2)(b) (a
    modification of a device already marketed by the same manufacturer for the same intended
    purpose), while the dossier describes a new device or device family, a new material, or a
    new or extended intended purpose, indication or claim (also "the earlier port has a
    different intended purpose"). The exemption may be named in the sentence after the denial
    ("Consultation procedure: Not applicable. The device was designed by modification of ...,
    and the exemption of Article 54(2)(b) is accepted.").

    **Why a panel cares**
    Art. 54(2)(b) covers modifications of a device already marketed for the same intended
    purpose whose benefit-risk the notified body accepts as not adversely affected; MDCG 2019-3
    Rev.1 limits it, for devices marketed under the Directives, to the changes needed to meet
    the MDR. A new device family, a new material in contact with the body or a new claim is
    outside it, and skipping the consultation on that ground exposes the certificate.

    **Example**
    CEAR: "The consultation procedure is not required (Art. 54(2)(b))." CER: "The VenaPort PI
    is a new device family with a new catheter material and a new power-injection claim."

    **Use instead**
    Follow the consultation procedure, or show that the device is a modification of one already
    marketed for the same intended purpose, with the evidence MDCG 2019-3 Rev.1 asks for.

    **References**
    MDR Art. 54(2)(b); MDCG 2019-3 Rev.1; MDCG 2020-13 section F.
    """

    code = "SC004"
    name = "modification-exemption-for-new-device"
    category = Category.SCOPE
    severity = Severity.MAJOR
    title = "The modification exemption is applied to a device the documents call new"
    references = ("MDR Art. 54(2)(b)", "MDCG 2019-3 Rev.1", "MDCG 2020-13 section F")
    recommendation = ("Follow the consultation procedure, or document that the device only "
                      "modifies one already marketed for the same intended purpose, with the "
                      "evidence MDCG 2019-3 Rev.1 requires.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        exemptions = [f for f in facts.of(FactKind.CECP_STATEMENT)
                      if f.value.id == "not_required" and f.value.label == "exempt_54_2_b"]
        novelties = facts.of(FactKind.NOVELTY)
        if not exemptions or not novelties:
            return
        kinds = sorted({f.value.id for f in novelties}, key=list(_WHAT).index)
        described = ", ".join(_WHAT[k] for k in kinds)
        shown = [next(f for f in novelties if f.value.id == k) for k in kinds]
        statement = exemptions[0]
        yield self.finding(
            f"The {statement.role.value} ({statement.document}) applies the modification "
            f"exemption of Art. 54(2)(b), but the dossier describes {described} "
            f"(“{shown[0].location.quote}”, {shown[0].document}). The exemption covers only "
            "modifications of a device already marketed for the same intended purpose.",
            [statement, *shown])
