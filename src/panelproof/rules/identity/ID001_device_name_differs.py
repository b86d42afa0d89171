"""ID001: the device is named differently in different documents."""

from __future__ import annotations

import re
from typing import Iterable

from rapidfuzz import fuzz

from panelproof.extract.identity import name_key
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.rules.identity._compare import (
    IDENTITY_ROLES, document_label, facts_by_document, first, most_common, reference_document,
    reference_group)
from panelproof.rules.model import Category, Finding, Rule, Severity

# Two keys at least this similar, with the same digits, are one name spelt differently.
SPELLING_SIMILARITY = 85


def same_name_spelt_differently(a: str, b: str) -> bool:
    """"airvent60" / "airvent60" variants: similar letters and identical digits."""
    if re.findall(r"\d+", a) != re.findall(r"\d+", b):
        return False  # "X Pro" and "X Pro 2", "Vent 50" and "Vent 60" are different devices
    if a != b and (a.startswith(b) or b.startswith(a)):
        return False  # "OrthoFlex Hip" and "OrthoFlex Hip II", "Vent" and "Vent Plus": a variant
    letters_a, letters_b = re.sub(r"\d", "", a), re.sub(r"\d", "", b)
    return fuzz.ratio(letters_a, letters_b) >= SPELLING_SIMILARITY


class DeviceNameDiffers(Rule):
    """The trade name of the device differs between documents, without a declared alias.

    **What it finds**
    For each document, the trade name it uses most (from "Device name: …" fields, titles such
    as "Clinical Evaluation Report – …", and phrases such as "the … ventilator"). A document
    whose name is a different name from the others' (not only a different spelling) is
    reported as major; the same name written differently ("AirVent 60", "AirVENT60",
    "Airvent-60") as minor. Names declared in `dossier.yaml` (`device_name`, `aliases`) are one
    device; "X Pro" and "X Pro 2" are not.

    **Why a panel cares**
    The June 2025 ventilator opinion opened with the device carrying one name in the CEAR and
    another in the CER: the panel could not be sure the clinical data and the assessment were
    about the same device. Identification is the first element of the device description
    (MDR Annex II 1.1(a), Annex XIV Part A 1(a)).

    **Example**
    CEAR: "Device name: Vent 2". CER: "Clinical Evaluation Report – AirVent 60".

    **Use instead**
    One trade name in every document, or the other names declared as aliases with the reason
    ("AirVent 60, marketed in France as Vent 2").

    **References**
    MDR Annex II 1.1(a); MDR Annex XIV Part A 1(a); MDCG 2020-13 section B.
    """

    code = "ID001"
    name = "device-name-differs"
    category = Category.DEVICE_IDENTITY
    severity = Severity.MAJOR
    title = "The device has different names in different documents"
    references = ("MDR Annex II 1.1(a)", "MDR Annex XIV Part A 1(a)", "MDCG 2020-13 section B")
    recommendation = ("Use one trade name in every document, or declare the other names as "
                      "aliases and say in each document which device they designate.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        by_doc = facts_by_document(facts, FactKind.DEVICE_NAME, IDENTITY_ROLES)
        if len(by_doc) < 2:
            return
        declared = {name_key(n) for n in
                    ([facts.config.device_name] if facts.config.device_name else [])
                    + list(facts.config.aliases)}
        canonical = {k: "declared" if k in declared else k
                     for fs in by_doc.values() for k in (name_key(f.value) for f in fs)}
        primary = {doc: canonical[most_common(name_key(f.value) for f in fs)]
                   for doc, fs in by_doc.items()}
        reference = reference_group(primary, facts)
        ref_doc = reference_document([d for d, k in primary.items() if k == reference], facts)
        ref_fact = _fact_with_key(by_doc[ref_doc], reference, canonical)
        for doc, key in sorted(primary.items()):
            if key == reference:
                if key != "declared":
                    yield from self._spelling(facts, by_doc, ref_doc, doc, key, canonical)
                continue
            other_keys = {canonical[name_key(f.value)] for f in by_doc[doc]}
            ref_keys = {canonical[name_key(f.value)] for f in by_doc[ref_doc]}
            if reference in other_keys and key in ref_keys:
                continue  # both documents use both names: a stated relationship, not a mix-up
            fact = _fact_with_key(by_doc[doc], key, canonical)
            spelling = same_name_spelt_differently(_raw_key(ref_fact), _raw_key(fact))
            yield self._finding(facts, ref_fact, fact, spelling)

    def _spelling(self, facts: FactBase, by_doc: dict[str, list[Fact]], ref_doc: str, doc: str,
                  key: str, canonical: dict[str, str]) -> Iterable[Finding]:
        """Same name, written differently ("AirVent 60" / "AirVENT60"): minor."""
        if doc == ref_doc:
            return
        ref_form = _written_form(by_doc[ref_doc], key, canonical)
        form = _written_form(by_doc[doc], key, canonical)
        if ref_form is None or form is None or ref_form.value == form.value:
            return
        if ref_form.value.isupper() or form.value.isupper():
            return  # a title in capitals is not another spelling
        yield self._finding(facts, ref_form, form, spelling=True)

    def _finding(self, facts: FactBase, ref: Fact, other: Fact, spelling: bool) -> Finding:
        ref_label = document_label(facts.document(ref.document), ref.document)
        other_label = document_label(facts.document(other.document), other.document)
        if spelling:
            message = (f"{other_label[0].upper()}{other_label[1:]} writes the device name "
                       f"\"{other.value}\"; {ref_label} writes \"{ref.value}\". The same name "
                       f"spelt differently makes the device harder to trace in EUDAMED and "
                       f"in vigilance data.")
            return self.finding(message, [ref, other], severity=Severity.MINOR,
                                title="The device name is spelt differently in different documents")
        message = (f"{other_label[0].upper()}{other_label[1:]} calls the device \"{other.value}\"; "
                   f"{ref_label} calls it \"{ref.value}\". No alias is declared, so a reader "
                   f"cannot tell whether both documents concern the same device.")
        return self.finding(message, [ref, other])


def _raw_key(fact: Fact) -> str:
    return name_key(fact.value)


def _fact_with_key(facts: list[Fact], key: str, canonical: dict[str, str]) -> Fact:
    return first(facts, lambda f: canonical[name_key(f.value)] == key) or facts[0]


def _written_form(facts: list[Fact], key: str, canonical: dict[str, str]) -> Fact | None:
    """The fact with the document's most common way of writing the name with this key."""
    matching = [f for f in facts if canonical[name_key(f.value)] == key]
    if not matching:
        return None
    form = most_common(" ".join(f.value.split()) for f in matching)
    return next(f for f in matching if " ".join(f.value.split()) == form)
