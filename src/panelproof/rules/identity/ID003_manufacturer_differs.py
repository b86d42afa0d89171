"""ID003: the manufacturer differs between documents."""

from __future__ import annotations

import re
from typing import Iterable

from rapidfuzz import fuzz

from panelproof.extract.identity import LEGAL_FORM
from panelproof.extract.model import FactBase, FactKind
from panelproof.rules.identity._compare import (
    IDENTITY_ROLES, facts_by_document, grouped_difference, reference_document)
from panelproof.rules.model import Category, Finding, Rule, Severity

SAME_COMPANY = 90


def manufacturer_key(name: str) -> str:
    """"Breathe Medical GmbH" and "Breathe Medical SAS" compare as "breathe medical"."""
    without_form = re.sub(rf"[,\s]*{LEGAL_FORM}\s*$", "", name.strip())
    return " ".join(re.sub(r"[^\w&]+", " ", without_form).lower().split())


class ManufacturerDiffers(Rule):
    """Two documents name different manufacturers.

    **What it finds**
    The legal manufacturer stated as "Manufacturer: …", "manufactured by …", "Fabricant : …",
    "Hersteller: …" or in a table row. Legal-form suffixes (GmbH, SAS, Ltd, Inc …) and
    punctuation are ignored, so "Breathe Medical GmbH" and "Breathe Medical SAS" agree; names
    that remain different are reported, one finding per differing company naming every
    document that names it.

    **Why a panel cares**
    The manufacturer is responsible for the clinical evaluation and the PMCF (MDR Art. 10); a
    CER or IFU naming another company suggests a document taken over from another file, or an
    equivalence device confused with the device under evaluation (Art. 61(5)).

    **Example**
    IFU: "Manufacturer: Breathe Medical GmbH". CER: "manufactured by Acme Devices Ltd".

    **Use instead**
    The same legal manufacturer (as on the certificate and in EUDAMED) in every document.

    **References**
    MDR Art. 10; MDR Annex II 1.1; MDR Annex I 23.2(c).
    """

    code = "ID003"
    name = "manufacturer-differs"
    category = Category.DEVICE_IDENTITY
    severity = Severity.MAJOR
    title = "The manufacturer differs between documents"
    references = ("MDR Art. 10", "MDR Annex II 1.1", "MDR Annex I 23.2(c)")
    recommendation = ("Name the legal manufacturer of the certificate in every document; "
                      "where another company is meant (a supplier, an equivalent device), say so.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        by_doc = facts_by_document(facts, FactKind.MANUFACTURER, IDENTITY_ROLES)
        if len(by_doc) < 2:
            return
        ref_doc = reference_document(by_doc, facts)
        ref_keys = {manufacturer_key(f.value) for f in by_doc[ref_doc]}

        def same(keys_a: set[str], keys_b: set[str]) -> bool:
            return any(fuzz.ratio(a, b) >= SAME_COMPANY for a in keys_a for b in keys_b)

        keys = {doc: {manufacturer_key(f.value) for f in fs} for doc, fs in by_doc.items()}
        # One finding per differing company, naming every document that names it.
        differing: list[tuple[set[str], list[str]]] = []
        for doc in sorted(by_doc):
            if doc == ref_doc or same(keys[doc], ref_keys):
                continue
            group = next((g for g in differing if same(g[0], keys[doc])), None)
            if group is None:
                differing.append((set(keys[doc]), [doc]))
            else:
                group[0].update(keys[doc])
                group[1].append(doc)
        agreeing = [d for d in sorted(by_doc) if d == ref_doc or same(keys[d], ref_keys)]
        ref = by_doc[ref_doc][0]
        for _, docs in differing:
            others = [by_doc[doc][0] for doc in docs]
            yield self.finding(
                grouped_difference(facts, agreeing, docs, ref.value, others[0].value, "name",
                                   lambda v: f"the manufacturer \"{v}\""),
                [ref, *others])
