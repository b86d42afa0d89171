"""SC005: the procedure is said to apply, but the class or the traits the documents give put the device outside Art. 54(1)."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.rules.identity._compare import (
    IDENTITY_ROLES, document_label, facts_by_document, reference_group)
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.scope import decide, infer_profile

_OUTSIDE = ("I", "IIa")



# What a negated trait says, in words: "states that the device is not implantable".
_NOT_TRAIT = {"implantable": "is not implantable",
              "administers_medicinal_product": "neither administers nor removes a medicinal product"}

class CecpForDeviceOutsideScope(Rule):
    """A document starts the consultation procedure for a device its own dossier puts outside it.

    **What it finds**
    A statement that the clinical evaluation consultation procedure applies or is started
    ("the notified body initiates the CECP under Article 54(1)(b)"), while the class most
    documents give the device is class I or IIa. Art. 54(1) covers only class III implantable
    devices and class IIb active devices administering or removing a medicinal product, so a
    class IIa device is outside it whatever one document says; the statement usually rests on a
    class (often the CEAR's "Class IIb") that the other documents do not share. Also when the
    class is III or IIb but the documents state the trait Art. 54(1) needs is absent: a class III
    device "not implantable" (an external defibrillator, a software), a class IIb device that
    "does not administer medicinal products".

    **Why a panel cares**
    The class decides the conformity assessment route and whether the panel is consulted at
    all. A CEAR that consults the panel on a class IIb device that the CER, IFU and SSCP call
    class IIa shows that the notified body and the manufacturer assessed different devices; the
    panel will ask which class is right before it reads the clinical evidence.

    **Example**
    CEAR: "Risk class and rule | Class IIb, Rule 12" and "The notified body initiates the
    clinical evaluation consultation procedure". CER, IFU, SSCP: "class IIa".
    CEAR: "As a class III device, the AED is subject to the consultation procedure of Article
    54(1)(a)". CER: "The AED is not implantable and does not administer medicinal products".

    **Use instead**
    Settle the class and the classification rule first (MDR Annex VIII), state it in every
    document, and decide on the procedure from that class.

    **References**
    MDR Art. 54(1); MDR Art. 51; MDR Annex VIII; MDCG 2019-3 Rev.1.
    """

    code = "SC005"
    name = "cecp-for-device-outside-scope"
    category = Category.SCOPE
    severity = Severity.MINOR
    title = "The consultation procedure is said to apply to a device outside Art. 54(1)"
    references = ("MDR Art. 54(1)", "MDR Art. 51", "MDR Annex VIII", "MDCG 2019-3 Rev.1")
    recommendation = ("Settle the device class in every document first; Art. 54(1) reaches only "
                      "class III implantable and certain class IIb devices.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        if facts.config.device_class:
            return  # declared in dossier.yaml: the scope stage uses that
        affirmations = [f for f in facts.of(FactKind.CECP_STATEMENT) if f.value.id == "required"]
        if not affirmations:
            return
        by_doc = facts_by_document(facts, FactKind.DEVICE_CLASS, IDENTITY_ROLES)
        if not by_doc:
            return
        yield from self._outside_by_traits(facts, affirmations[0])
        signatures = {doc: frozenset(f.value for f in found) for doc, found in by_doc.items()}
        majority = reference_group(signatures, facts)
        if len(majority) != 1:
            return
        klass = next(iter(majority))
        agreeing = sorted(doc for doc, sig in signatures.items() if sig == majority)
        if klass not in _OUTSIDE or len(agreeing) * 2 <= len(signatures):
            return
        statement = affirmations[0]
        others = {doc: sig for doc, sig in signatures.items() if sig != majority}
        labels = [document_label(facts.document(d), d) for d in agreeing[:4]]
        named = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]
        higher = sorted({v for sig in others.values() for v in sig} - {klass})
        note = (f" Only {', '.join(document_label(facts.document(d), d) for d in sorted(others))} "
                f"give{'s' if len(others) == 1 else ''} class {' / '.join(higher)}."
                if higher else "")
        grounds = [by_doc[d][0] for d in agreeing[:3]]
        grounds += [next(f for f in by_doc[d] if f.value != klass) for d in sorted(others)[:2]
                    if any(f.value != klass for f in by_doc[d])]
        yield self.finding(
            f"The {statement.role.value} ({statement.document}) says the consultation procedure "
            f"applies, but {named} give the device class {klass}; a class {klass} device is "
            f"outside Art. 54(1) whatever one document says.{note}",
            [statement, *grounds])

    def _outside_by_traits(self, facts: FactBase, statement: Fact) -> Iterable[Finding]:
        """A class III device the documents call not implantable, or a class IIb device that
        administers no medicinal product: the class is right, the procedure still does not
        apply."""
        profile = infer_profile(facts)
        if profile.device_class not in ("III", "IIb"):
            return
        decision = decide(profile)
        if decision.cecp_required is not False or decision.exemption is not None:
            return
        trait = "implantable" if profile.device_class == "III" else "administers_medicinal_product"
        grounds = [f for f in facts.of(FactKind.DEVICE_TRAIT)
                   if f.value.id == trait and f.value.negated]
        if not grounds:
            return  # the scope stage decided from silence, not from a statement
        where = document_label(facts.document(grounds[0].document), grounds[0].document)
        yield self.finding(
            f"The {statement.role.value} ({statement.document}) says the consultation procedure "
            f"applies, but {where} states that the device "
            f"{_NOT_TRAIT[trait]}. {decision.explanation}",
            [statement, grounds[0], *facts.of(FactKind.DEVICE_CLASS)[:1]])
