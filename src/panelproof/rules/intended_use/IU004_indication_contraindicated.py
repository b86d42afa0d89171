"""IU004: one document indicates what another contraindicates."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from panelproof.extract._paraphrase import generic_tokens, lift, opposed, paraphrase_key
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.ingest.model import Document
from panelproof.rules.intended_use.common import describe_document, is_text_id, join_names, representatives
from panelproof.rules.model import Category, Finding, Rule, Severity

# "use in neurosurgical procedures or on neural tissue": alternatives of one contraindication,
# by the document's language ("of" is Dutch "or" but English "of": "the function of the implant")
_OR = {"en": "or", "fr": "ou", "de": "oder", "it": "o", "es": "o|u", "nl": "of",
       "pl": "lub|albo", "da": "eller", "cs": "nebo"}
_ALL_OR = "or|ou|oder|o|u|of"
_NO = "~no"


@lru_cache(maxsize=16)
def _alternatives(language: str | None) -> re.Pattern:
    words = _OR.get(language or "", _ALL_OR)
    # A slash between two words ("radial/brachial artery") joins modifiers of one noun; only a
    # spaced slash or a semicolon separates alternatives.
    return re.compile(rf"\s+(?:{words})\s+|\s*;\s*|\s+/\s+", re.IGNORECASE)


@lru_cache(maxsize=1)
def _procedure_tokens() -> frozenset[str]:
    """Tokens of the procedure words (vocabulary/paraphrases.yaml `procedure_words`): placing or
    using the device ("implantation", "surgery", "the device") names no clinical condition."""
    from panelproof import knowledge
    from panelproof.extract._terms import flatten_terms

    data = (knowledge.load("vocabulary/paraphrases") or {}).get("procedure_words") or {}
    words = flatten_terms({k: v for k, v in data.items() if k != "source"})
    return frozenset(t for word in words for t in paraphrase_key(word.rstrip("*")))


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
        # One finding per contraindicated item, naming every document on each side.
        conflicts: dict[str, dict[str, dict[str, Fact]]] = {}
        order: list[str] = []
        for indicating in documents:
            for contraindicating in documents:
                if contraindicating.path == indicating.path:
                    continue
                for indication, contra in _conflicts(indicating, indications[indicating.path],
                                                     contraindicating, contraindications[contraindicating.path]):
                    key = _conflict_key(contra)
                    if key not in conflicts:
                        conflicts[key] = {"indicating": {}, "contraindicating": {}}
                        order.append(key)
                    conflicts[key]["indicating"].setdefault(indicating.path, indication)
                    conflicts[key]["contraindicating"].setdefault(contraindicating.path, contra)
        by_path = {d.path: d for d in documents}
        for key in order:
            yield self._finding(by_path, conflicts[key]["indicating"], conflicts[key]["contraindicating"])

    def _finding(self, by_path: dict[str, Document], indicating: dict[str, Fact],
                 contraindicating: dict[str, Fact]) -> Finding:
        indicated = join_names(list(dict.fromkeys(f"“{f.location.quote}”" for f in indicating.values()))[:3])
        contraindicated = join_names(list(dict.fromkeys(
            f"“{f.location.quote}”" for f in contraindicating.values()))[:3])
        first = join_names([describe_document(by_path[p]) for p in indicating])
        second = join_names([describe_document(by_path[p]) for p in contraindicating])
        many = len(indicating) > 1, len(contraindicating) > 1
        message = (f"{first[0].upper()}{first[1:]} state{'' if many[0] else 's'} {indicated} as an indication "
                   f"or intended use, but {second} list{'' if many[1] else 's'} {contraindicated} among "
                   f"{'their' if many[1] else 'its'} contraindications.")
        locations = list(dict.fromkeys([f.location for f in (*indicating.values(), *contraindicating.values())]))
        return self.finding(message, locations)


def _conflict_key(contra: Fact) -> str:
    """The contraindicated item: its vocabulary id, or its words (documents restate it)."""
    concept = contra.value.id
    if not is_text_id(concept.partition("@")[0]):
        return concept
    return " ".join(sorted(paraphrase_key(contra.location.quote)))


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
    return _as_broad(contra.location.quote, indication.location.quote, contra.language)


# A grade, stage or class and its numbers: "grade I ~ III", "stage 3-4", "grades II and III",
# "Grad IV", "stade 2 ou 3", "NYHA class II-IV"
_SCALE_WORD = (r"(?:grades?|stages?|class(?:es)?|degrees?|grad(?:e|o|os)?|stad(?:e|ium|io)s?|"
               r"klassen?|classe?s?|estadios?|estadíos?)")
_NUMERAL = r"(?:\d{1,2}|(?-i:IV|VI{0,3}|I{1,3}|IX|X))(?![\w])"
_NUMERAL_LINK = r"\s*(?:-|–|~|～|/|,|\bto\b|\bor\b|\band\b|\bà\b|\bbis\b|\bou\b|\bet\b|\bund\b|\boder\b|\by\b|\bo\b|\be\b)\s*"
_GRADES = re.compile(rf"\b{_SCALE_WORD}\s+(?P<run>{_NUMERAL}(?:{_NUMERAL_LINK}{_NUMERAL})*)", re.IGNORECASE)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
_RANGE_LINK = re.compile(r"^\s*(?:-|–|~|～|to|à|bis)\s*$", re.IGNORECASE)


def stated_grades(text: str) -> frozenset[int]:
    """The grades a text names on a scale ("grade I ~ III" gives 1, 2, 3; "Grade IV" gives 4)."""
    grades: set[int] = set()
    for match in _GRADES.finditer(text):
        run = match.group("run")
        numerals = list(re.finditer(_NUMERAL, run))
        values = [int(n.group()) if n.group().isdigit() else _ROMAN[n.group()] for n in numerals]
        grades.update(values)
        for left, right, a, b in zip(numerals, numerals[1:], values, values[1:]):
            if _RANGE_LINK.match(run[left.end():right.start()]) and a < b:
                grades.update(range(a, b + 1))
    return frozenset(grades)


def _as_broad(contra_text: str, indication_text: str, language: str | None = None) -> bool:
    """True when one alternative of the contraindication says nothing the indication does not:
    it excludes the indication itself or something wider."""
    indication_key = paraphrase_key(indication_text)
    if _NO in indication_key:
        return False
    contra_grades, indication_grades = stated_grades(contra_text), stated_grades(indication_text)
    if contra_grades and indication_grades and not contra_grades & indication_grades:
        return False  # "Grade IV haemorrhoids" contraindicated, grades I-III indicated: another grade
    parts = _alternatives(language).split(contra_text)
    if any(len(part.split()) < 2 for part in parts):
        parts = [contra_text]  # "hepatic, renal or neurological dysfunction": one item
    for part in parts:
        if not part.strip() or opposed(part, indication_text):
            continue
        key = paraphrase_key(part)
        if not key - generic_tokens() - _procedure_tokens() or _NO in key:
            continue  # "the implant", "the procedure": no condition of its own
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
