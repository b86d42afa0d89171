"""ID004: the device class or the classification rule differs between documents."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.rules.identity._compare import (
    IDENTITY_ROLES, document_label, facts_by_document, reference_document)
from panelproof.rules.intended_use.common import join_names
from panelproof.rules.model import Category, Finding, Rule, Severity


def _principal(statements: list[tuple[frozenset, Fact]]) -> frozenset:
    """The value a document states most often; on a tie, the one it states first."""
    counts: dict = {}
    for value, _ in statements:
        counts[value] = counts.get(value, 0) + 1
    best = max(counts.values())
    return next(value for value, _ in statements if counts[value] == best)


class ClassOrRuleDiffers(Rule):
    """Two documents give the device different risk classes or classification rules.

    **What it finds**
    "Class IIb", "classe IIb", "Klasse IIb", "Risk class: IIb" and "Rule 12", "règle 12",
    "Regel 12", "Annex VIII, rule 8". A class is read only in a device-class context (the MDR,
    Annex VIII, a rule, "classified as", a risk-class label or table row, a device noun next to
    it) and in the MDR's vocabulary (I, Is, Im, Ir, IIa, IIb, III); other classifications are
    not read ("NYHA class III", "class I or III antiarrhythmic drugs", "Raymond–Roy class I",
    "Schutzklasse I", "laser class 1", "Class II (double insulated)", recall classes, levels of
    evidence; knowledge/other_classes.yaml). Two documents whose classes (or rules) have
    nothing in common are reported, and so is a document whose own class (the one it states most often, or
    first) the reference document never states. Classes under the Directives ("class IIa under
    the MDD") are not read. The category is device-identity: the class is part of what the device is as
    certified; whether the CECP applies is decided by the scope rules.

    **Why a panel cares**
    The class and the rule decide the conformity assessment route and whether the CECP applies
    (Art. 54(1): class III implantable; class IIb active devices under Rule 12). A CER written
    for class IIa and a CEAR assessing class IIb do not describe the same assessment.

    **Example**
    CER: "Class IIb according to Rule 12". IFU: "Class IIa medical device (Rule 11)".

    **Use instead**
    One class and one classification rule, with the rule's reasoning, in every document.

    **References**
    MDR Art. 51; MDR Annex VIII; MDR Art. 54(1); MDCG 2021-24.
    """

    code = "ID004"
    name = "class-or-rule-differs"
    category = Category.DEVICE_IDENTITY
    severity = Severity.MAJOR
    title = "The device class or classification rule differs between documents"
    references = ("MDR Art. 51", "MDR Annex VIII", "MDR Art. 54(1)", "MDCG 2021-24")
    recommendation = ("State one class and one Annex VIII rule in every document and check "
                      "that the CECP decision follows from them.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        for kind, what, show in ((FactKind.DEVICE_CLASS, "class", _show_class),
                                 (FactKind.CLASSIFICATION_RULE, "classification rule",
                                  _show_rules)):
            by_doc = {doc: _statements(found) for doc, found in
                      facts_by_document(facts, kind, IDENTITY_ROLES).items()}
            if len(by_doc) < 2:
                continue
            ref_doc = reference_document(by_doc, facts)
            ref_values = frozenset().union(*(v for v, _ in by_doc[ref_doc]))
            ref_value = _principal(by_doc[ref_doc])
            # One finding per differing value, naming every document that gives it.
            differing: dict[frozenset, list[tuple[str, Fact]]] = {}
            for doc in sorted(by_doc):
                values = frozenset().union(*(v for v, _ in by_doc[doc]))
                value = _principal(by_doc[doc])
                # A statement of several rules ("Rule 7/8") agrees with any of them.
                if doc == ref_doc or value & ref_value:
                    continue
                # Disjoint values differ; so do a document that never states the reference's
                # class and a reference whose own class is another ("Class IIb, Rule 12" in the
                # CEAR's device table, with the manufacturer's "class IIa" quoted further on).
                if values & ref_values and ref_value & values:
                    continue
                differing.setdefault(value, []).append(
                    (doc, next(f for v, f in by_doc[doc] if v == value)))
            ref = next(f for v, f in by_doc[ref_doc] if v == ref_value)
            for value, documents in differing.items():
                labels = [document_label(facts.document(doc), doc) for doc, _ in documents]
                named = join_names(labels)
                yield self.finding(
                    f"{named[0].upper()}{named[1:]} give{'s' if len(labels) == 1 else ''} the "
                    f"device {show(value)}; {document_label(facts.document(ref_doc), ref_doc)} "
                    f"gives {show(ref_value)}.",
                    [ref, *[fact for _, fact in documents]],
                    title=f"The device {what} differs between documents")


def _statements(facts: list[Fact]) -> list[tuple[frozenset, Fact]]:
    """A document's statements as sets of values: consecutive facts quoting the same words at
    the same place ("Rule 7/8" gives rule 7 and rule 8) are one statement."""
    out: list[tuple[set, Fact]] = []
    for fact in facts:
        if out and out[-1][1].location == fact.location and fact.value not in out[-1][0]:
            out[-1][0].add(fact.value)
        else:
            out.append(({fact.value}, fact))
    return [(frozenset(values), fact) for values, fact in out]


def _show_class(values: frozenset) -> str:
    return "class " + " / ".join(sorted(values))


def _show_rules(values: frozenset) -> str:
    numbers = sorted(values)
    if len(numbers) == 1:
        return f"Rule {numbers[0]}"
    return "Rules " + ", ".join(map(str, numbers[:-1])) + f" and {numbers[-1]}"
