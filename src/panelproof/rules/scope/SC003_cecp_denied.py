"""SC003: a document says the CECP does not apply to a device that falls under Art. 54(1)."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.model import FactBase, FactKind
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.scope import decide, infer_profile


class CecpDenied(Rule):
    """A document states that the consultation procedure does not apply, without a ground.

    **What it finds**
    A statement that the clinical evaluation consultation procedure is not required or does
    not apply, citing no exemption of Art. 54(2), for a device the documents themselves make
    a class III implantable device or a class IIb active device administering or removing a
    medicinal product (Art. 54(1)). Also reported: two documents that disagree on whether the
    procedure applies. When one document denies that the device administers a medicinal
    product while another's intended purpose gives it that use ("delivery of enteral
    nutrition, fluids and liquid medications"), the finding quotes both.

    **Why a panel cares**
    The consultation is mandatory for those devices unless Art. 54(2) exempts them; a CER or
    CEAR that dismisses it without a reason shows that the clinical evaluation was not prepared
    for panel-level scrutiny, and the notified body's scope decision is notified to the
    authorities (Art. 54(3)).

    **Example**
    CER of a class IIb ventilator delivering oxygen (Rule 12): "The CECP does not apply to this
    device."

    **Use instead**
    State that the procedure applies (Art. 54(1)(b)), or name the exemption of Art. 54(2) and
    the evidence for it.

    **References**
    MDR Art. 54(1), 54(2) and 54(3); MDCG 2019-3 Rev.1.
    """

    code = "SC003"
    name = "cecp-denied"
    category = Category.SCOPE
    severity = Severity.MAJOR
    title = "The consultation procedure is said not to apply without a valid ground"
    references = ("MDR Art. 54(1)", "MDR Art. 54(2)", "MDR Art. 54(3)", "MDCG 2019-3 Rev.1")
    recommendation = ("State whether the consultation procedure applies in every document, "
                      "consistently with Art. 54(1), and name any Art. 54(2) exemption with its "
                      "evidence.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        statements = facts.of(FactKind.CECP_STATEMENT)
        denials = [f for f in statements if f.value.id == "not_required" and not f.value.label]
        affirmations = [f for f in statements if f.value.id == "required"]
        if not denials:
            return
        if affirmations:
            yield self.finding(
                f"The {denials[0].role.value} ({denials[0].document}) says the consultation "
                f"procedure does not apply; the {affirmations[0].role.value} "
                f"({affirmations[0].document}) says it does.",
                [denials[0], affirmations[0]],
                title="Documents disagree on whether the consultation procedure applies")
            return
        decision = decide(infer_profile(facts))
        if decision.cecp_required is not True:
            return
        grounds = facts.of(FactKind.DEVICE_CLASS)[:1] + facts.of(FactKind.CLASSIFICATION_RULE)[:1]
        stated, denied = _trait_contradiction(facts)
        contradiction = ""
        if stated and denied:
            # "delivery of enteral nutrition, fluids and liquid medications" in the IFU against
            # "the pump does not administer medicinal products" in the CER: the denial rests on
            # a trait another document gives the device.
            contradiction = (f" The {denied.role.value} ({denied.document}) states that the "
                             f"device administers no medicinal product, but the "
                             f"{stated.role.value} ({stated.document}) gives it that use: "
                             f"\u201c{stated.value.label}\u201d.")
            grounds = [stated, denied, *grounds]
        yield self.finding(
            f"The {denials[0].role.value} ({denials[0].document}) says the consultation procedure "
            f"does not apply and names no exemption of Art. 54(2).{contradiction} "
            f"{decision.explanation}",
            [*denials[:3], *grounds])


def _trait_contradiction(facts: FactBase):
    """A document stating that the device administers a medicinal product, and another
    document denying it (first of each, from different documents), or (None, None)."""
    traits = [f for f in facts.of(FactKind.DEVICE_TRAIT)
              if f.value.id == "administers_medicinal_product"]
    stated = [f for f in traits if not f.value.negated]
    for denied in (f for f in traits if f.value.negated and _names_medicinal_product(f)):
        other = next((f for f in stated if f.document != denied.document), None)
        if other is not None:
            return other, denied
    return None, None


def _names_medicinal_product(fact) -> bool:
    """A denial in the trait's own words ("does not administer medicinal products"), not a
    substance that only implies it ("enteral feeds")."""
    from panelproof.extract.identity import trait_patterns
    return bool(trait_patterns()["administers_medicinal_product"].match(fact.value.label))
