"""SC007: a component stays in the body, but the device is classified as non-implantable."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.rules.model import Category, Finding, Rule, Severity

# Annex VIII rules for non-implantable invasive devices (body orifice, transient, short-term
# surgically invasive): a system with a part that remains in the body is not classified by them.
_NON_IMPLANT_RULES = {5, 6, 7}


class RetainedComponentNotClassified(Rule):
    """A component remains in the body, yet the class, rule and CECP decision ignore it.

    What it finds:
        A device description that says a component of the device, kit or system stays in the
        patient after the procedure ("bone cement ..., which remains in the vertebral body",
        "the cement is left in place", "verbleibt im Wirbelkörper", "reste dans le corps
        vertébral", "rimane nel corpo vertebrale") while the documents classify the device by
        a rule for transient or short-term invasive devices (Annex VIII Rules 5 to 7) and name
        no Rule 8, or give it a class below III. Major when a document also concludes that the
        consultation procedure does not apply, or the class is below III; minor otherwise.
        Statements that nothing remains ("no component remains in the body"), that a part
        remains only by mishap ("fragments may remain") or for a while ("the sheath remains in
        place during the procedure") are not read as retained components.

    Why a panel cares:
        A device intended to remain after the procedure is implantable (MDR Art. 2(5)) and is
        classified by Rule 8; class III implantable devices fall under the consultation
        procedure (Art. 54(1)(a)). A kit called "transient surgically invasive" whose own
        component list includes a permanent implant has a classification, and so a scope
        decision, that its description contradicts.

    Example:
        CER: "Class IIa (Annex VIII, Rule 6): all components are transient surgically invasive
        devices. The CECP of Article 54 therefore does not apply." Same CER, components:
        "bone cement (one unit: 20 g powder and 9 mL liquid), which remains in the vertebral
        body".

    Use instead:
        Classify each component of the system on its own (MDCG 2021-24), apply Rule 8 to the
        part that remains in the body, and decide on the consultation procedure from that class.

    References:
        MDR Art. 2(5); MDR Annex VIII Rule 8; MDR Art. 54(1); MDCG 2021-24 section 3.
    """

    code = "SC007"
    name = "retained-component-not-classified"
    category = Category.SCOPE
    severity = Severity.MAJOR
    title = "A component remains in the body but the device is classified as non-implantable"
    references = ("MDR Art. 2(5)", "MDR Annex VIII Rule 8", "MDR Art. 54(1)", "MDCG 2021-24 section 3")
    recommendation = ("Classify the component that remains in the body by Annex VIII Rule 8 and "
                      "revisit the class of the system and the decision on the consultation "
                      "procedure (Art. 54(1)).")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        retained = facts.of(FactKind.RETAINED_COMPONENT)
        if not retained:
            return
        rules = facts.of(FactKind.CLASSIFICATION_RULE)
        classes = facts.of(FactKind.DEVICE_CLASS)
        if any(f.value == 8 for f in rules):
            return  # the documents apply the implant rule
        transient_rules = [f for f in rules if f.value in _NON_IMPLANT_RULES]
        lower_classes = [f for f in classes if f.value != "III"]
        if not transient_rules and not lower_classes:
            return
        if not transient_rules and any(f.value == "III" for f in classes):
            return  # a class III device stated without a non-implant rule: its scope holds
        denials = [f for f in facts.of(FactKind.CECP_STATEMENT) if f.value.id == "not_required"]
        grounds: list[Fact] = (transient_rules or lower_classes)[:1]
        component = _nearest(retained, grounds[0])
        stated = _stated(transient_rules[:1] + lower_classes[:1])
        message = (f"The {_role(component)} ({component.document}) describes a component that stays in the body "
                   f"(“{component.location.quote}”), which makes the device implantable "
                   f"(MDR Art. 2(5), Annex VIII Rule 8); yet the {_role(grounds[0])} ({grounds[0].document}) classifies it "
                   f"as {stated} (“{grounds[0].location.quote}”).")
        if denials:
            message += (f" The conclusion that the consultation procedure does not apply "
                        f"({_role(denials[0])}, {denials[0].document}: “{denials[0].location.quote}”) rests on that "
                        f"classification.")
        severity = Severity.MAJOR if denials or lower_classes else Severity.MINOR
        yield self.finding(message, [component, *grounds, *denials[:1]], severity=severity)


def _nearest(retained: list[Fact], ground: Fact) -> Fact:
    """The retained-component statement of the document that states the class, if any."""
    return next((f for f in retained if f.document == ground.document), retained[0])


def _stated(grounds: list[Fact]) -> str:
    parts = []
    for fact in grounds:
        if fact.kind is FactKind.CLASSIFICATION_RULE:
            parts.append(f"Rule {fact.value}")
        else:
            parts.insert(0, f"class {fact.value}")
    return ", ".join(parts)


def _role(fact: Fact) -> str:
    return getattr(fact.role, "value", None) or "document"
