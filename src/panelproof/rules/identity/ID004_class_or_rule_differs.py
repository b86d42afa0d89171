"""ID004: the device class or the classification rule differs between documents."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Callable, Iterable

from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.rules.identity._compare import (
    IDENTITY_ROLES, document_label, facts_by_document, reference_document)
from panelproof.rules.intended_use.common import join_names
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.scope import infer_profile

_NON_IMPLANT_RULES = frozenset({5, 6, 7})


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
    the MDD") are not read. A document that differs in both class and rule ("class IIb,
    Rule 9" against "class III, Rule 6") gives one finding. The category is device-identity
    (the class is part of what the device is as certified), except when the classification
    is the basis of the CECP decision: a document states whether the consultation procedure
    applies, or the procedure would apply under one side's class and rule and not under the
    other's (class III with Rule 8, class IIb with Rule 12; Rules 5 to 7 are not implant
    rules). Then the finding is a scope finding and says whether the decision depends on it.

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
        # One finding per disagreement: a document that differs from the reference in both its
        # class and its rule ("class IIb, Rule 9" against "class III, Rule 6") is one finding.
        groups: dict[tuple[str, tuple[str, ...]], list[_Difference]] = {}
        for kind, what, show in ((FactKind.DEVICE_CLASS, "class", _show_class),
                                 (FactKind.CLASSIFICATION_RULE, "classification rule",
                                  _show_rules)):
            for difference in self._differences(facts, kind, what, show):
                key = (difference.ref_doc, tuple(doc for doc, _ in difference.documents))
                groups.setdefault(key, []).append(difference)
        for (ref_doc, docs), differences in groups.items():
            yield self._finding(facts, ref_doc, list(docs), differences)

    def _differences(self, facts: FactBase, kind: FactKind, what: str, show) -> list["_Difference"]:
        by_doc = {doc: _statements(found) for doc, found in
                  facts_by_document(facts, kind, IDENTITY_ROLES).items()}
        if len(by_doc) < 2:
            return []
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
        return [_Difference(what, show, value, ref_value, documents, ref, ref_doc)
                for value, documents in differing.items()]

    def _finding(self, facts: FactBase, ref_doc: str, docs: list[str],
                 differences: list["_Difference"]) -> Finding:
        labels = [document_label(facts.document(doc), doc) for doc in docs]
        named = join_names(labels)
        ref_label = document_label(facts.document(ref_doc), ref_doc)
        theirs = ", ".join(d.show(d.value) for d in differences)
        ours = ", ".join(d.show(d.ref_value) for d in differences)
        message = (f"{named[0].upper()}{named[1:]} give{'s' if len(labels) == 1 else ''} the "
                   f"device {theirs}; {ref_label} gives {ours}.")
        locations = [f for d in differences for f in (d.ref, *[fact for _, fact in d.documents])]
        what = " and ".join(d.what for d in differences)
        scope_note, statements = _scope_note(facts, differences)
        finding = self.finding(message + scope_note, [*locations, *statements[:1]],
                               title=f"The device {what} differs between documents")
        if scope_note:
            finding = replace(finding, category=Category.SCOPE,
                              title=f"The device {what}, the basis of the CECP decision, differs "
                                    f"between documents")
        return finding


@dataclass(frozen=True)
class _Difference:
    what: str
    show: Callable
    value: frozenset
    ref_value: frozenset
    documents: list
    ref: Fact
    ref_doc: str


def _scope_note(facts: FactBase, differences: list[_Difference]) -> tuple[str, list[Fact]]:
    """Whether the consultation decision (Art. 54(1)) turns on the disagreement: a sentence
    for the message, with the documents' own CECP statements, or "" when it does not bear on
    the procedure (neither side's class is one Art. 54(1) names and no document decides)."""
    classes = {d.what: d for d in differences}
    sides = []
    for pick in ("value", "ref_value"):
        klass = getattr(classes["class"], pick) if "class" in classes else None
        rules = getattr(classes["classification rule"], pick) if "classification rule" in classes else None
        sides.append((klass, rules))
    named = {c for klass, _ in sides for c in (klass or ())}
    statements = [f for f in facts.of(FactKind.CECP_STATEMENT)
                  if f.value.id in ("required", "not_required")]
    if not statements and not named & {"III", "IIb"}:
        return "", []
    profile = infer_profile(facts)
    outcomes = [_applies(klass, rules, facts, profile) for klass, rules in sides]
    theirs, ours = (_describe_side(klass, rules, facts) for klass, rules in sides)
    decisive = outcomes[0] is not None and outcomes[1] is not None and outcomes[0] != outcomes[1]
    if not statements and not decisive:
        return "", []  # a difference of identity: no document decides on the procedure by it
    if decisive:
        yes, no = (theirs, ours) if outcomes[0] else (ours, theirs)
        note = (f" The consultation procedure (Art. 54(1)) turns on it: it would apply under "
                f"{yes} and not under {no}.")
    elif outcomes[0] is False and outcomes[1] is False:
        note = (f" Under either classification ({theirs}; {ours}) Art. 54(1) would not call "
                f"for the consultation procedure, but the documents state different bases for "
                f"that decision.")
    else:
        note = (" Whether the consultation procedure applies (Art. 54(1): class III "
                "implantable, or class IIb active under Rule 12) cannot be settled until the "
                "classification is.")
    if statements:
        first = statements[0]
        verdict = "applies" if first.value.id == "required" else "does not apply"
        note += (f" The {getattr(first.role, 'value', 'document')} ({first.document}) concludes "
                 f"that it {verdict} (“{first.location.quote}”).")
    return note, statements


def _applies(klass: frozenset | None, rules: frozenset | None, facts: FactBase, profile) -> bool | None:
    """Art. 54(1) for one side's class and rules; None when they do not decide it."""
    klass = klass or (frozenset({profile.device_class}) if profile.device_class else None)
    if not klass or len(klass) != 1:
        return None
    value = next(iter(klass))
    if value == "III":
        implantable = _implantable(rules, profile)
        return implantable
    if value == "IIb":
        if rules:
            return 12 in rules and profile.administers_or_removes_medicinal_product is not False
        return None
    return False


def _implantable(rules: frozenset | None, profile) -> bool | None:
    if rules and 8 in rules:
        return True
    if rules and rules <= _NON_IMPLANT_RULES:
        return False  # Rules 5-7: body-orifice, transient or short-term invasive devices
    return profile.implantable


def _describe_side(klass: frozenset | None, rules: frozenset | None, facts: FactBase) -> str:
    parts = [_show_class(klass)] if klass else []
    if rules:
        parts.append(_show_rules(rules))
    return ", ".join(parts) or "the other classification"


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
