"""ID002: the Basic UDI-DI differs between documents."""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations
from typing import Iterable

from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.rules.identity._compare import (
    IDENTITY_ROLES, document_label, facts_by_document, first, grouped_difference,
    reference_document)
from panelproof.rules.model import Category, Finding, Rule, Severity


def udi_key(value: str) -> str:
    return re.sub(r"[^A-Z0-9*+]", "", value.upper())


class BasicUdiDiDiffers(Rule):
    """Two documents give different Basic UDI-DIs for the device.

    **What it finds**
    Basic UDI-DI strings stated after "Basic UDI-DI" (also "UDI-DI de base", "Basis-UDI-DI").
    Two documents whose Basic UDI-DIs have nothing in common (ignoring spaces, hyphens and
    case) are reported, one finding per differing Basic UDI-DI naming every document that gives
    it: a CEAR that alone departs from the CER, CEP, IFUs and PMCF plan is one finding. For a system of several components (one Basic UDI-DI each), a Basic
    UDI-DI stated in one document only is reported when another document alone states a near
    copy of it (the same characters in another order, or one or two characters changed), even
    if the documents share the other components' Basic UDI-DIs.

    **Why a panel cares**
    The Basic UDI-DI is the key of the device in EUDAMED and on the certificate; the CER,
    SSCP and CEAR must refer to the same one (MDR Art. 27, Annex VI Part C; MDCG 2019-9 for
    the SSCP). A different Basic UDI-DI means a different device or a document copied from
    another file.

    **Example**
    CER: "Basic UDI-DI: 426012345AIRVENT60XY". SSCP: "Basic UDI-DI: 426012345AIRVENT50KQ".
    CER: "Basic UDI-DI (catheter): 8431234ABCL93FX. Basic UDI-DI (console): 8431234ABTC500K."
    SSCP: "Catheter, Basic UDI-DI 8431234ABCL39FX. Console, Basic UDI-DI 8431234ABTC500K."

    **Use instead**
    The same Basic UDI-DI, copied from the EUDAMED registration, in every document.

    **References**
    MDR Art. 27; MDR Annex VI Part C; MDCG 2019-9 section 1.
    """

    code = "ID002"
    name = "basic-udi-di-differs"
    category = Category.DEVICE_IDENTITY
    severity = Severity.MAJOR
    title = "The Basic UDI-DI differs between documents"
    references = ("MDR Art. 27", "MDR Annex VI Part C", "MDCG 2019-9 section 1")
    recommendation = "State the Basic UDI-DI registered in EUDAMED, identically, in every document."

    def check(self, facts: FactBase) -> Iterable[Finding]:
        by_doc = facts_by_document(facts, FactKind.BASIC_UDI_DI, IDENTITY_ROLES)
        if len(by_doc) < 2:
            return
        keys = {doc: {udi_key(f.value) for f in fs} for doc, fs in by_doc.items()}
        ref_doc = reference_document(by_doc, facts)
        reported: set[str] = set()
        # One finding per differing value, naming every document that gives it: a CEAR that
        # alone departs from five agreeing documents is one defect, not five.
        differing: list[tuple[set[str], list[str]]] = []
        for doc in sorted(by_doc):
            if doc == ref_doc or keys[doc] & keys[ref_doc]:
                continue
            group = next((g for g in differing if g[0] & keys[doc]), None)
            if group is None:
                differing.append((set(keys[doc]), [doc]))
            else:
                group[0].update(keys[doc])
                group[1].append(doc)
        for _, docs in differing:
            reported.update(docs)
            agreeing = [d for d in sorted(by_doc) if keys[d] & keys[ref_doc]]
            ref = by_doc[ref_doc][0]
            others = [by_doc[doc][0] for doc in docs]
            if len(agreeing) < len(docs):
                # the reference is the odd one out: its value is reported here, not again as
                # a variant of the common one
                reported.update(agreeing)
            yield self.finding(
                grouped_difference(facts, agreeing, docs, ref.value, others[0].value,
                                   "give", lambda v: f"the Basic UDI-DI {v}"),
                [ref, *others])
        yield from self._variants(facts, by_doc, reported)
        yield from self._near_pairs(facts, by_doc, keys, reported)

    def _near_pairs(self, facts: FactBase, by_doc: dict[str, list[Fact]],
                    keys: dict[str, set[str]], reported: set[str]) -> Iterable[Finding]:
        """A system of several components gives several Basic UDI-DIs; one shared by all
        documents must not hide that another one, stated in one document only, is a near copy
        of one stated only in another ("8431234ABCL93FX" / "8431234ABCL39FX"): a typing error
        or the wrong component's number."""
        everywhere: Counter[str] = Counter(k for ks in keys.values() for k in ks)
        seen: set[frozenset[str]] = set()
        for doc_a, doc_b in combinations(sorted(by_doc), 2):
            if doc_a in reported or doc_b in reported:
                continue
            only_a = sorted(k for k in keys[doc_a] - keys[doc_b] if everywhere[k] == 1)
            only_b = sorted(k for k in keys[doc_b] - keys[doc_a] if everywhere[k] == 1)
            for key_a in only_a:
                key_b = next((k for k in only_b if _mistyped(key_a, k)), None)
                if key_b is None or frozenset((key_a, key_b)) in seen:
                    continue
                seen.add(frozenset((key_a, key_b)))
                fact_a = first(by_doc[doc_a], lambda f: udi_key(f.value) == key_a)
                fact_b = first(by_doc[doc_b], lambda f: udi_key(f.value) == key_b)
                label_a = document_label(facts.document(doc_a), doc_a)
                label_b = document_label(facts.document(doc_b), doc_b)
                yield self.finding(
                    f"{label_a[0].upper()}{label_a[1:]} gives the Basic UDI-DI {fact_a.value}, "
                    f"which no other document gives; {label_b} gives {fact_b.value} instead. The "
                    f"two differ only in the order of their characters or in one or two places: "
                    f"one of them is mistyped or belongs to another component.", [fact_a, fact_b])

    def _variants(self, facts: FactBase, by_doc: dict[str, list[Fact]],
                  reported: set[str]) -> Iterable[Finding]:
        """A Basic UDI-DI written once with swapped or mistyped characters in a document that
        elsewhere gives the common one: the same characters in another order, or one or two
        characters changed."""
        counts = Counter(udi_key(f.value) for fs in by_doc.values() for f in fs)
        common = max(counts, key=lambda k: (counts[k], k))
        if counts[common] < 2:
            return
        ref = next(f for fs in by_doc.values() for f in fs if udi_key(f.value) == common)
        stated_in = Counter(k for fs in by_doc.values() for k in {udi_key(f.value) for f in fs})
        for doc, doc_facts in sorted(by_doc.items()):
            if doc in reported:
                continue
            # a near copy that other documents state as well is another component's Basic
            # UDI-DI ("...ABCL93FX" catheter, "...ABCL94FX" console), not a typing error
            odd = next((f for f in doc_facts if udi_key(f.value) != common
                        and stated_in[udi_key(f.value)] < 2
                        and _mistyped(udi_key(f.value), common)), None)
            if odd is None:
                continue
            reported.add(doc)
            label = document_label(facts.document(doc), doc)
            yield self.finding(
                f"{label[0].upper()}{label[1:]} gives the Basic UDI-DI {odd.value}; the other "
                f"mentions give {ref.value}. The characters differ only in order or in one or two "
                f"places: a typing error that breaks the link to the EUDAMED registration.",
                [ref, odd])


def _mistyped(a: str, b: str) -> bool:
    if len(a) != len(b):
        return False
    differing = sum(x != y for x, y in zip(a, b))
    return differing <= 2 or sorted(a) == sorted(b)
