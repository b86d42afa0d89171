"""IU004: one document indicates what another contraindicates."""

from __future__ import annotations

import re
from typing import Iterable

from panelproof.extract._paraphrase import generic_tokens, lift, opposed, paraphrase_key
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.ingest.model import Document
from panelproof.rules.intended_use.common import describe_document, is_text_id, join_names, representatives
from panelproof.rules.model import Category, Finding, Rule, Severity

# "use in neurosurgical procedures or on neural tissue": alternatives of one contraindication
_ALTERNATIVES = re.compile(r"\s+(?:or|ou|oder|o|of)\s+|\s*[/;]\s*", re.IGNORECASE)
_NO = "~no"


class IndicationContraindicated(Rule):
    """A document indicates the device for what another document contraindicates.

    What it finds:
        An indication of one document (CER, CEP, IFU, SSCP, CEAR, label) that another
        document lists among the contraindications: the same condition or field of use,
        compared by vocabulary id across languages ("neurosurgery" / "neurosurgical
        procedures" / "neurochirurgische Eingriffe") or by the words of the item within one
        language. A contraindication counts only when it is at least as broad as the
        indication: "severe right ventricular failure not expected to recover" does not
        contradict the indication "advanced heart failure", it excludes a subgroup; "use in
        neurosurgical procedures or on neural tissue" contradicts "spinal and cranial
        neurosurgery". Each alternative of a contraindication ("X or Y") is compared on its own.
        Reported as minor: a vocabulary term matched inside a longer item ("unprotected left
        main coronary artery disease") can make a narrower contraindication look as broad as
        the indication, so each finding is a question for the reviewer to confirm.

    Why a panel cares:
        The intended purpose must state the indications and the contraindications
        consistently (MDR Annex XIV Part A 1(a), Annex I 23.4(b)). A use that the CER claims
        and evaluates while the IFU forbids it means either the clinical evaluation covers a
        use the device may not be put to, or the labelling forbids a use the evidence was
        meant to support; the panel cannot tell which device it is asked about.

    Example:
        CER: "intended for haemostasis in spinal and cranial neurosurgery"
        IFU: "Contraindications: use in neurosurgical procedures or on neural tissue."

    Use instead:
        Decide whether the use is intended; then state it as an indication everywhere, with
        clinical data, or as a contraindication everywhere, and remove it from the intended
        purpose.

    References:
        MDR Annex XIV Part A 1(a); MDR Annex I 23.4(b); MDR Art. 32(2)(b); MDCG 2020-13
        section C.
    """

    code = "IU004"
    name = "indication-contraindicated"
    category = Category.INTENDED_USE
    severity = Severity.MINOR
    title = "A document indicates what another contraindicates"
    references = ("MDR Annex XIV Part A 1(a)", "MDR Annex I 23.4(b)", "MDR Art. 32(2)(b)",
                  "MDCG 2020-13 section C")
    recommendation = ("Decide whether the use is intended and state it the same way in every document: "
                      "as an indication supported by clinical data, or as a contraindication.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        documents = representatives(facts)
        indications = {d.path: _positive(facts.of(FactKind.INDICATION, document=d.path)) for d in documents}
        contraindications = {d.path: _positive(facts.of(FactKind.CONTRAINDICATION, document=d.path))
                             for d in documents}
        for indicating in documents:
            for contraindicating in documents:
                if contraindicating.path == indicating.path:
                    continue
                pairs = _conflicts(indicating, indications[indicating.path],
                                   contraindicating, contraindications[contraindicating.path])
                if pairs:
                    yield self._finding(indicating, contraindicating, pairs)

    def _finding(self, indicating: Document, contraindicating: Document,
                 pairs: list[tuple[Fact, Fact]]) -> Finding:
        shown = pairs[:3]
        indicated = join_names(list(dict.fromkeys(f"“{i.location.quote}”" for i, _ in shown)))
        contraindicated = join_names(list(dict.fromkeys(f"“{c.location.quote}”" for _, c in shown)))
        first = describe_document(indicating)
        message = (f"{first[0].upper()}{first[1:]} states {indicated} as an indication or intended use, "
                   f"but {describe_document(contraindicating)} lists {contraindicated} among its "
                   f"contraindications.")
        locations = list(dict.fromkeys([loc for i, c in shown for loc in (i.location, c.location)]))
        return self.finding(message, locations)


def _positive(facts: list[Fact]) -> list[Fact]:
    return [f for f in facts if not getattr(f.value, "negated", False)
            and getattr(f.value, "id", None) not in (None, "none")]


def _conflicts(indicating: Document, indications: list[Fact], contraindicating: Document,
               contraindications: list[Fact]) -> list[tuple[Fact, Fact]]:
    same_language = indicating.language == contraindicating.language
    pairs, seen = [], set()
    for contra in contraindications:
        for indication in indications:
            if _contradicts(indication, contra, same_language) and contra.value.id not in seen:
                seen.add(contra.value.id)
                pairs.append((indication, contra))
                break
    return pairs


def _contradicts(indication: Fact, contra: Fact, same_language: bool) -> bool:
    i_base, _, i_qualifier = indication.value.id.partition("@")
    c_base, _, c_qualifier = contra.value.id.partition("@")
    if c_qualifier and c_qualifier != i_qualifier:
        return False  # "ruptured aneurysms" contraindicated, "elective repair" indicated: narrower
    if not same_language:
        # across languages only a vocabulary concept the contraindication names by itself
        return (not is_text_id(c_base) and c_base == i_base
                and _bare_term(contra))
    if not is_text_id(c_base) and not is_text_id(i_base):
        if c_base != i_base:
            return False
        if _bare_term(contra):
            return True  # "Do not use on neural tissue": the concept itself, unqualified
    return _as_broad(contra.location.quote, indication.location.quote)


def _as_broad(contra_text: str, indication_text: str) -> bool:
    """True when one alternative of the contraindication says nothing the indication does not:
    it excludes the indication itself or something wider."""
    indication_key = paraphrase_key(indication_text)
    if _NO in indication_key:
        return False
    parts = _ALTERNATIVES.split(contra_text)
    if any(len(part.split()) < 2 for part in parts):
        parts = [contra_text]  # "hepatic, renal or neurological dysfunction": one item
    for part in parts:
        if not part.strip() or opposed(part, indication_text):
            continue
        key = paraphrase_key(part)
        if not key - generic_tokens() or _NO in key:
            continue
        wide, narrow = lift(key, indication_key), lift(indication_key, key)
        if wide <= narrow:
            return True
    return False


def _bare_term(fact: Fact) -> bool:
    """The contraindication's words are its vocabulary term and nothing more specific."""
    from panelproof.extract.intended_use import vocabulary

    quote = fact.location.quote
    matches = vocabulary("clinical_terms").find(quote)
    rest = quote
    for match in reversed(matches):
        rest = rest[:match.start] + " " + rest[match.end:]
    return bool(matches) and not (paraphrase_key(rest) - {_NO})
