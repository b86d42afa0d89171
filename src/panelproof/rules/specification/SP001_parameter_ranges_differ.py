"""SP001: the same technical parameter is stated with different ranges in two documents."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable

from panelproof import knowledge
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.extract.parameters import convert, parameter_name
from panelproof.rules.identity._compare import (
    INTENDED_USE_ROLES, document_label, facts_by_document, reference_document)
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.plausibility.common import display_unit

# Values within 2.5 % are the same value rounded or converted (20 mbar = 20.4 cmH2O).
ROUNDING = 0.025


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return True  # an open end ("up to 2000 ml") does not contradict a closed one
    return abs(a - b) <= ROUNDING * max(abs(a), abs(b), 1e-9)


def agree(a: Fact, b: Fact) -> bool:
    """Same range, `b` converted to `a`'s unit (labels outside the vocabulary keep the unit
    their document writes: 0.5 l/min and 500 ml/min agree). Other dimensions: not comparable,
    so no disagreement."""
    b_low, b_high = b.value.low, b.value.high
    b_values = b.value.values
    if a.value.unit != b.value.unit:
        b_low, b_high = (None if v is None else convert(v, b.value.unit, a.value.unit)
                         for v in (b_low, b_high))
        if (b.value.low is not None and b_low is None) or (b.value.high is not None and b_high is None):
            return True
        converted = tuple(convert(v, b.value.unit, a.value.unit) for v in b_values)
        b_values = () if None in converted else converted
    if a.value.values or b_values:
        return _sets_agree(a.value.values, a.value.low, a.value.high, b_values, b_low, b_high)
    if _close(a.value.low, b_low) and _close(a.value.high, b_high):
        return True
    if _typical_above(a.value, b_low, b_high, b.value.typical) or \
            _typical_above(b.value, a.value.low, a.value.high, a.value.typical, flipped=True):
        return True
    if _typical_within(a.value, b_low, b_high) or \
            _typical_within(b.value, a.value.low, a.value.high):
        return True
    # One document gives a single value, the other a range that ends at it: "200 U reservoir"
    # and "reservoir 85-200 U" state the same maximum, not two different capacities. A single
    # value above a stated minimum keeps it: "at least 6 h" and "8 h" do not contradict.
    return _single_at_end(a.value.low, a.value.high, b_low, b_high) or \
        _single_at_end(b_low, b_high, a.value.low, a.value.high) or \
        _single_within_bound(a.value.low, a.value.high, b_low, b_high) or \
        _single_within_bound(b_low, b_high, a.value.low, a.value.high)


def _sets_agree(a_values, a_low, a_high, b_values, b_low, b_high) -> bool:
    """Lists of available sizes: two lists agree when one holds every value of the other
    (a summary may name fewer sizes); a list and a range agree when the range holds every
    listed value ("8, 10, 12, 14 mm" and "8 to 14 mm"); a list and a single value always do
    (a size named in an instruction, "Ø 3.3 mm implants only for incisors", is not the list)."""
    if a_values and b_values:
        return _within_set(a_values, b_values) or _within_set(b_values, a_values)
    values, low, high = (a_values, b_low, b_high) if a_values else (b_values, a_low, a_high)
    if low is None or high is None or low == high:
        return True
    return all((low <= v <= high) or _close(v, low) or _close(v, high) for v in values)


def _within_set(small, large) -> bool:
    return all(any(_close(v, w) for w in large) for v in small)


def _single_within_bound(low, high, other_low, other_high) -> bool:
    # Only a guaranteed minimum: "up to 5 ml/s" and "maximum 3 ml/s" are two maximums.
    if low is None or high is None or low != high or other_low is None or other_high is not None:
        return False
    return low >= other_low or _close(low, other_low)


def _typical_above(value, other_low, other_high, other_typical: bool, flipped: bool = False) -> bool:
    """A typical single value at or above a plain single value agrees with it: "8 h (typical)"
    and "6 h" may be the typical and the guaranteed run time of one device."""
    if not value.typical or other_typical or value.low is None or value.low != value.high:
        return False
    if other_low is None or other_low != other_high:
        return False
    return value.low >= other_low or _close(value.low, other_low)


def _typical_within(value, other_low, other_high) -> bool:
    """A typical or approximate single value inside a stated range agrees with it: "MMAD
    approx. 3.9 µm" is what the device gives within "MMAD between 3 and 5 µm"."""
    if not (value.typical or value.approximate) or value.low is None or value.low != value.high:
        return False
    if other_low is None or other_high is None or other_low == other_high:
        return False
    return other_low <= value.low <= other_high


def _single_at_end(low, high, other_low, other_high) -> bool:
    if low is None or high is None or low != high:
        return False
    return any(end is not None and _close(low, end) for end in (other_low, other_high))


_STOPWORDS = frozenset(
    "of the a an and for to in de du des la le les d l et pour der die das von und für zur zum "
    "di del della dei e per y para el il lo los las gli dem den ein eine van het een "
    # "available diameters", "diamètres disponibles": availability is not part of the name
    "available disponible disponibles verfugbar verfugbare erhaltlich erhaltliche disponibili "
    "disponibile beschikbaar verkrijgbaar".split())


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if c.isalnum())


@lru_cache(maxsize=1)
def _label_words() -> tuple[dict[str, str], tuple[str, ...]]:
    """Folded translation -> English word (vocabulary/parameters.yaml `label_words`), and the
    translations long enough (five letters) to end a German compound ("Halsdurchmesser"), longest first."""
    data = knowledge.load("vocabulary/parameters").get("label_words") or {}
    english: dict[str, str] = {}
    for word, translations in data.items():
        for translation in [word, *(translations or [])]:
            english.setdefault(_fold(translation), _fold(word))
    tails = tuple(sorted((w for w in english if len(w) >= 5), key=lambda t: (-len(t), t)))
    return english, tails


def _content_words(word: str) -> list[str]:
    """A folded word in English where the vocabulary knows it; a German compound split at a
    known last word (with its linking "s"): "halsdurchmesser" -> ["neck", "diameter"]."""
    english, tails = _label_words()
    if word in english:
        return [english[word]]
    if len(word) >= 8:
        for tail in tails:
            head = word[:-len(tail)]
            if word.endswith(tail) and len(head) >= 3:
                head = head if head in english or not head.endswith("s") else head[:-1]
                return [*(_content_words(head) if head not in _STOPWORDS else []), english[tail]]
    return [word]


@lru_cache(maxsize=4096)
def label_key(name: str) -> frozenset[str]:
    """The content words of a label no vocabulary knows, accents folded, translated to English
    where parameters.yaml knows the word, and cut to five letters, so "Lockout intervals" and
    "lockout interval", "diameter" and "diamètre", "collet" and "neck" agree."""
    words = (_fold(w) for w in re.split(r"[\s'’/()-]+", name.removeprefix("text:")))
    key = frozenset(c[:5] for w in words if w and w not in _STOPWORDS and not w.isdigit()
                    for c in _content_words(w))
    # "Implant heights" and "Height" name one parameter, so do "Nominal diameters" and
    # "diameters": the device's own noun and a qualifier of the labelled size are left out
    # when other words remain.
    return (key - _device_nouns() - _qualifiers()) or (key - _qualifiers()) or key


@lru_cache(maxsize=1)
def _qualifiers() -> frozenset[str]:
    """Qualifiers that do not make a label another parameter (vocabulary/parameters.yaml
    `label_qualifiers`: "nominal"), folded and cut like the label words."""
    words = knowledge.load("vocabulary/parameters").get("label_qualifiers") or []
    return frozenset(_fold(word)[:5] for word in words)


@lru_cache(maxsize=1)
def _device_nouns() -> frozenset[str]:
    """Nouns of the device as a whole (vocabulary/parameters.yaml `label_device_nouns`), folded
    and cut to five letters like the label words."""
    nouns = knowledge.load("vocabulary/parameters").get("label_device_nouns") or []
    return frozenset(_fold(noun)[:5] for noun in nouns)


def same_label(a: str, b: str) -> bool:
    """Two free labels name the same parameter when their content words are the same, or the
    words of one (two at least) are all in the other ("Treatable proximal neck diameter" and
    "proximal neck diameter"); "proximal" against "distal neck diameter" differs on both sides."""
    ka, kb = label_key(a), label_key(b)
    if ka == kb:
        return bool(ka)
    small, large = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    return len(small) >= 2 and small <= large


def label_groups(names: Iterable[str]) -> dict[str, str]:
    """Parameter name -> the name it is compared under: vocabulary ids stand for themselves,
    free labels (`text:`) are grouped with the shortest label they share their words with."""
    group_of: dict[str, str] = {}
    representatives: list[str] = []
    for name in sorted(names, key=lambda n: (len(label_key(n)), n)):
        if not name.startswith("text:"):
            group_of[name] = name
            continue
        match = next((r for r in representatives if same_label(r, name)), None)
        if match is None:
            representatives.append(name)
            match = name
        group_of[name] = match
    return group_of


def describe(fact: Fact) -> str:
    """"50–2000 ml", rounded to what a specification states, in the author's unit style."""
    value = fact.value
    if value.values:
        return f"{', '.join(_number(v) for v in value.values)} {display_unit(value.unit, fact.location.quote)}"
    ends = [_number(v) for v in (value.low, value.high) if v is not None]
    if len(ends) == 2 and ends[0] != ends[1]:
        text = f"{ends[0]}–{ends[1]}"
    else:
        prefix = "up to " if value.low is None else "at least " if value.high is None else ""
        text = prefix + ends[0]
    if value.name.startswith("tolerance:"):
        text = "±" + text  # a tolerance reads as the author wrote it: "±2 %"
    return f"{text} {display_unit(value.unit, fact.location.quote)}"


def _number(value: float) -> str:
    """Four significant digits, large whole numbers in full ("60000", not "6e+04")."""
    if abs(value) >= 10_000 and value == int(value):
        return str(int(value))
    return f"{value:.4g}"


def _widest(facts: list[Fact]) -> Fact:
    """The widest range a document states; of equal ones the longest quote (the table row or
    sentence that also gives the step, not a summary's mention)."""
    def span(f: Fact) -> tuple[float, int]:
        low = f.value.low if f.value.low is not None else f.value.high or 0.0
        high = f.value.high if f.value.high is not None else f.value.low or 0.0
        return high - low, len(f.location.quote)
    return max(facts, key=span)


def value_groups(stated: dict[str, list[Fact]], ref_doc: str) -> list[list[tuple[str, Fact]]]:
    """Documents grouped by the value they state, the reference document's group first: each
    group is (document, the fact it is quoted by), its first member the one the others agree
    with."""
    groups: list[list[tuple[str, Fact]]] = []
    for doc in [ref_doc, *sorted(d for d in stated if d != ref_doc)]:
        for group in groups:
            head = group[0][1]
            agreeing = [f for f in stated[doc] if agree(head, f)]
            if agreeing:
                group.append((doc, _widest(agreeing)))
                break
        else:
            groups.append([(doc, _widest(stated[doc]))])
    return groups


class ParameterRangesDiffer(Rule):
    """The same technical parameter has different ranges in different documents.

    **What it finds**
    Technical parameters (tidal volume, PEEP, flow and infusion rates, stimulation amplitude,
    battery life …, see parameters.yaml) stated with a range in two documents, converted to one
    unit (mbar and cmH2O, l/min and ml/min, en/fr/de number formats). Two documents none of
    whose ranges for a parameter agree within rounding are reported, quoting each document's
    widest range. Labelled values the vocabulary does not know ("Treatable proximal neck
    diameter 19–30 mm", "Le diamètre du collet proximal traitable est compris entre 18 et
    32 mm", "Lockout interval: 5–60 min", lists of sizes) are compared by their content words,
    translated where parameters.yaml knows them, with compatible units only. Single values
    (battery run time, operating or recording time, wear time, reservoir volume, device weight)
    are compared the same way: "8 h" and "480 min" agree, so do "at least 8 h" and "8 h", or a guaranteed 6 h and a typical 8 h; the
    run time of one battery is not compared with the device's total, and a step size ("in
    0.1 ml/h steps") is not a range, nor is a value the dossier recommends or tells the user
    to set ("Stel de PIP in op 30 cmH2O", "Flow range 5 to 15 L/min (8 to 10 L/min
    recommended)"): PL003 checks those against the range, and they are compared with each
    other only where no document states a range of the parameter. Maxima per device ("up to a
    maximum of 80 pulses per catheter", "Maximal 120 Impulse pro Katheter") and tolerances
    ("Delivery accuracy ± 5 %", "Precisión de administración ± 5 %") are compared too, and so
    are counts of a component per part of the device ("8 platinum-iridium contacts per cuff",
    "16-contact cuff", "Contacts per cuff | 16", "Manschette mit 16 Kontakten"; never a count
    per cuff against one per system, nor "2 of 8 contacts"). Lists
    of available sizes ("diameters Ø 3.3 mm, Ø 4.1 mm and Ø 4.8 mm", "diamètres 3,5 mm, 4,1 mm et 5,0 mm", "valve sizes 20, 23, 26 mm") are sets:
    two lists disagree when neither holds every value of the other, a list and a range when a
    listed value lies outside the range ("8, 10, 12, 14 mm" agrees with "8 to 14 mm"), and a
    single size named in an instruction ("Ø 3.3 mm implants only for incisors") never
    contradicts a list. One finding per parameter names every document on each side, each with
    its own quote. A document that agrees with the others in one place (its technical table)
    but states another range elsewhere (its description: "the flow rate can be set from
    0.05~10 ml/h") is reported too, when no other document states that second range.

    **Why a panel cares**
    The panel checks whether the device's specification can serve the intended population (a
    minimum tidal volume of 50 ml cannot ventilate a 1 kg neonate) and whether the clinical data
    were obtained with the specification on the market. Different ranges in the CER, IFU and
    CEAR mean at least one of them describes another device or version (MDR Annex II 1.1,
    Annex XIV Part A 1(a)).

    **Example**
    IFU: "Tidal volume: 20–2000 ml". CER: "tidal volume range of 50 to 2000 mL".
    IFU: "diameters Ø 3.3 mm, Ø 4.1 mm and Ø 4.8 mm". SSCP: "diameters 3,5 mm, 4,1 mm and
    5,0 mm".
    CER description: "The cuff is inflated to 25 to 40 hPa"; CER table and IFU: "Cuff
    pressure 20–30 cmH2O".

    **Use instead**
    One specification, taken from the technical documentation, in every document.

    **References**
    MDR Annex II 1.1; MDR Annex XIV Part A 1(a); MDR Annex I 23.4.
    """

    code = "SP001"
    name = "parameter-ranges-differ"
    category = Category.SPECIFICATION
    severity = Severity.MAJOR
    title = "A technical parameter has different ranges in different documents"
    references = ("MDR Annex II 1.1", "MDR Annex XIV Part A 1(a)", "MDR Annex I 23.4")
    recommendation = ("Take the specification from the technical documentation and state it "
                      "identically in every document; explain any version difference.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        by_doc = facts_by_document(facts, FactKind.PARAMETER, INTENDED_USE_ROLES)
        # A recommended or instructed value ("Set the PIP to 30 cmH2O") is a setting within the
        # range, not a second range (PL003 checks it against the range). Where the dossier
        # states no range of a parameter at all, its recommended values are what the documents
        # specify ("The recommended application time is 60 s/cm²") and are compared.
        ranged = {f.value.name for fs in by_doc.values() for f in fs}
        for doc, settings in facts_by_document(facts, FactKind.PARAMETER_SETTING,
                                               INTENDED_USE_ROLES).items():
            unranged = [f for f in settings if f.value.name not in ranged]
            if unranged:
                by_doc.setdefault(doc, []).extend(unranged)
        names = sorted({f.value.name for fs in by_doc.values() for f in fs})
        group_of = label_groups(names)
        for name in sorted(set(group_of.values())):
            stated = {doc: [f for f in fs if group_of[f.value.name] == name]
                      for doc, fs in by_doc.items()}
            stated = {doc: fs for doc, fs in stated.items() if fs}
            if len(stated) < 2:
                continue
            ref_doc = reference_document(stated, facts)
            groups = value_groups(stated, ref_doc)
            yield from self._strays(facts, name, stated, groups)
            if len(groups) < 2:
                continue
            # one finding per parameter: every document on each side, each with its own quote
            sides = []
            for group in groups[1:] + groups[:1]:
                documents = [f"{document_label(facts.document(doc), doc)} (\"{fact.location.quote}\")"
                             for doc, fact in group]
                sides.append(f"{describe(group[0][1])} in {_and(documents)}")
            label = parameter_name(name) or groups[1][0][1].value.label
            if label[:1].isupper() and not any(c.isupper() for c in label[1:].split(" ")[0]):
                label = label[0].lower() + label[1:]  # "Run time on battery", not "PEEP"
            yield self.finding(
                f"The documents disagree on {label}: {'; '.join(sides)}.",
                [fact for group in groups[1:] + groups[:1] for _, fact in group])


    def _strays(self, facts: FactBase, name: str, stated: dict[str, list[Fact]],
                groups: list[list[tuple[str, Fact]]]) -> Iterable[Finding]:
        """A range or maximum one document states besides the value it shares with the others
        ("flow rate 0.05-10 ml/h" in the CER's description, "0.1-5 ml/h" in its table and in
        the IFU; "up to 90 days" in an IFU's technical data, "max. 60 days" in its description
        and in the CER): the
        document joins the others' group by its agreeing statement, but the stray range is a
        second specification, which no other document agrees with."""
        for group in groups:
            for doc, shared in group:
                others = [(d, f) for d, fs in stated.items() if d != doc for f in fs]
                if not others:
                    continue
                for fact in stated[doc]:
                    if fact is shared or not (_closed_range(fact) or _stated_maximum(fact)) or \
                            agree(shared, fact) or \
                            any(agree(other, fact) or agree(fact, other) for _, other in others):
                        continue
                    if _thousands_misread(fact, [shared, *(f for _, f in others)]):
                        continue
                    heads = [(d, f) for d, f in group if d != doc]
                    if not heads:
                        continue
                    label = parameter_name(name) or fact.value.label
                    if label[:1].isupper() and not any(c.isupper() for c in label[1:].split(" ")[0]):
                        label = label[0].lower() + label[1:]
                    this = document_label(facts.document(doc), doc)
                    documents = [f"{document_label(facts.document(d), d)} (\"{f.location.quote}\")"
                                 for d, f in heads]
                    yield self.finding(
                        f"The documents disagree on {label}: {describe(fact)} in {this} "
                        f"(\"{fact.location.quote}\"); {describe(heads[0][1])} in {_and(documents)}, "
                        f"and in {this} itself (\"{shared.location.quote}\").",
                        [fact, *(f for _, f in heads), shared])


def _thousands_misread(fact: Fact, statements: list[Fact]) -> bool:
    """"4.000 – 8.500 rpm" in an English document read as 4–8.5 beside "4000–8500 rpm": a
    thousands separator taken for a decimal point, not a second specification."""
    if fact.value.low is None or fact.value.high is None:
        return False
    for scale in (1000.0, 0.001):
        ends = [v * scale for v in (fact.value.low, fact.value.high)]
        if any(_close(ends[0], f.value.low) and _close(ends[1], f.value.high) for f in statements
               if f.value.unit == fact.value.unit and f.value.low is not None and f.value.high is not None):
            return True
    return False


def _closed_range(fact: Fact) -> bool:
    value = fact.value
    return (not value.values and value.low is not None and value.high is not None
            and value.low < value.high)


def _stated_maximum(fact: Fact) -> bool:
    """An upper limit with no lower end ("up to 90 days", "max. 2 l/min"): a second maximum in
    the document that no other document states is a second specification, like a second
    range."""
    value = fact.value
    return not value.values and value.low is None and value.high is not None


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
