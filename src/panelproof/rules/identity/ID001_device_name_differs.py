"""ID001: the device is named differently in different documents."""

from __future__ import annotations

import re
from typing import Iterable

from functools import lru_cache

from rapidfuzz import fuzz

from panelproof import knowledge
from panelproof.extract.identity import DESCRIPTORS, VARIANT_WORDS, generic_descriptor_words, name_key
from panelproof.extract.common import sentences
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.ingest.model import BlockKind
from panelproof.ingest.normalize import fold_case
from panelproof.rules.identity._compare import (
    IDENTITY_ROLES, document_label, facts_by_document, first, most_common, reference_document,
    reference_group)
from panelproof.rules.model import Category, Finding, Rule, Severity

# Two keys at least this similar, with the same digits, are one name spelt differently.
SPELLING_SIMILARITY = 85


# Words that make a model variant, not a description: "X Pro", "X Mini", "X II", "X Gen 2".
# The extractor's variant words, and words that name a variant only between two names of one
# family ("X Adult" / "X Neonatal", "X One", "X Gen 2").
_VARIANT_WORDS = VARIANT_WORDS | {
    "gen", "one", "go", "air", "evo", "neonatal", "pediatric", "paediatric", "adult", "version",
    "model", "edition", "series", "type", "generation",
}


_ROMAN_NUMERALS = {"III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII"}


def _contrastive(token: str) -> bool:
    """A qualifier that names a variant, side or size ("Adult", "Left", "Large")."""
    lower = token.lower()
    return lower in _VARIANT_WORDS or lower in generic_descriptor_words().get("contrastive", ())


def _generic_noun(token: str) -> bool:
    """A generic device noun or material word of the vocabulary ("Coil", "Oil", "Gel")."""
    lower = token.lower()
    vocabulary = generic_descriptor_words()
    return lower in vocabulary.get("device_noun", ()) or lower in vocabulary.get("material", ())


def _descriptor_token(token: str) -> bool:
    """A word that describes the device ("Spritzenpumpe", "High-Flow-Sauerstoffsystem",
    "CGM-coupled", "Oil" in "Silicone Oil"), not a variant: no digit, a lower-case word of four
    letters or more or a generic device or material word, and not a variant word."""
    if _technical_word(token):
        # "OXYTEC Automated FiO2 Control Module": FiO2 names what it controls; "TurbiX RF": the
        # technology, not a model
        return True
    if any(c.isdigit() for c in token) or _contrastive(token):
        return False
    if re.fullmatch(r"[A-ZÀ-Þ]?[a-zß-ÿ]+", token) and _generic_noun(token):
        return True
    if re.fullmatch(r"[A-Z]{3,5}", token) and token not in _ROMAN_NUMERALS:
        return True  # an abbreviation of the device type ("Vagalis VNS Therapy", "Sentrix ICD")
    parts = [p for p in re.split(r"[-‐‑]", token) if p]
    if any(p.lower() in _VARIANT_WORDS for p in parts):
        return False
    return bool(re.search(r"[^\W\d_]{4,}", token)) and any(
        re.search(r"[a-zß-ÿ]{3,}", p) for p in parts)


def name_tokens(name: str) -> list[str]:
    return name.replace("®", " ").replace("™", " ").replace("©", " ").split()


def descriptor_base(name: str, others: Iterable[str]) -> str | None:
    """The shorter name `name` extends with descriptive words only, if any ("Infusa SP-50
    Spritzenpumpe" -> "Infusa SP-50"); None when `name` extends no other name that way."""
    tokens = name_tokens(name)
    lowered = [t.lower() for t in tokens]
    best = None
    for other in others:
        base = name_tokens(other)
        if not base or len(base) >= len(tokens):
            continue
        base_lower = [t.lower() for t in base]
        # Descriptive words after the name ("Infusa SP-50 Spritzenpumpe") or before it
        # ("Enterale Ernährungspumpe NutriPace EP-2", the German word order).
        after = lowered[:len(base)] == base_lower and all(
            _descriptor_token(t) for t in tokens[len(base):])
        before = lowered[-len(base):] == base_lower and all(
            _descriptor_token(t) for t in tokens[:-len(base)])
        if (after or before) and (best is None or len(base) < len(name_tokens(best))):
            best = other
    return best


def _technical_word(token: str) -> bool:
    """A measurand ("FiO2") or a technology abbreviation ("RF", "IPL") of the vocabulary."""
    lower = token.lower().strip("()")
    vocabulary = generic_descriptor_words()
    return lower in vocabulary.get("measurand", ()) or lower in vocabulary.get("technology", ())


def _model_token(token: str) -> bool:
    """A model designation: a digit ("P5", "60", "SP-50"), a short code in capitals ("X", "SE")
    or a variant word ("Pro", "Mini")."""
    if _technical_word(token):
        return False  # "FiO2", "SpO2", "RF": what the device measures or uses, not its model
    return (any(c.isdigit() for c in token) or bool(re.fullmatch(r"[A-Z]{1,2}", token))
            or token.lower() in _VARIANT_WORDS)


def _model_and_descriptors(tokens: list[str]) -> str | None:
    """The model designation of words that are one or two model tokens, then descriptive words
    ("P5 Percutaneous Heart Pump" -> "p5"); None otherwise."""
    models = 0
    while models < min(2, len(tokens)) and _model_token(tokens[models]):
        models += 1
    rest = tokens[models:]
    if not models or not rest or not all(_descriptor_token(t) for t in rest):
        return None
    return " ".join(tokens[:models]).lower()


def model_extension_bases(names: Iterable[str]) -> dict[str, str]:
    """name -> the bare trade name it extends with a model designation and descriptive words
    ("CardioLift P5 Percutaneous Heart Pump" -> "CardioLift"): the same device, as long as the
    dossier gives the bare name no other model ("CardioLift P6 ..." or "CardioLift P6"). A base
    that itself carries a model ("NeuroStim X Pro") is a variant, and "X Pro 2" another one."""
    names = list(names)
    extensions: dict[str, list[tuple[str, str]]] = {}
    for name in names:
        tokens = name_tokens(name)
        for base in names:
            base_tokens = name_tokens(base)
            if (not base_tokens or len(base_tokens) >= len(tokens)
                    or [t.lower() for t in tokens[:len(base_tokens)]]
                    != [t.lower() for t in base_tokens]
                    or any(_model_token(t) for t in base_tokens[1:])):
                continue
            rest = tokens[len(base_tokens):]
            model = _model_and_descriptors(rest)
            if model is None and _model_token(rest[0]):
                # "CardioLift P6" alone still gives the base another model
                model = " ".join(t for t in rest if _model_token(t)).lower()
                extensions.setdefault(base, []).append((model, ""))
                continue
            if model is not None:
                extensions.setdefault(base, []).append((model, name))
    return {name: base for base, found in extensions.items()
            if len({model for model, _ in found}) == 1
            for _, name in found if name}


def described_and_single_model(names: Iterable[str], generic) -> list[tuple[str, str]]:
    """Pairs (brand with a generic description, brand with its model): "Lumora Wound Healing
    System" and "Lumora L3" are one device when the dossier gives the brand "Lumora" one model
    only; with "Lumora L3" and "Lumora L5" the description names a family of two and stays
    apart. The description is generic words only (device nouns, technologies, or words the
    dossier writes in lower case), two words at least: "Lumora Knee" is a device of its own."""
    names = list(names)
    described: dict[str, list[str]] = {}
    modelled: dict[str, list[tuple[str, str]]] = {}
    for name in names:
        tokens = name_tokens(name)
        if len(tokens) < 2 or _model_token(tokens[0]) or _technical_word(tokens[0]):
            continue
        brand, rest = tokens[0].lower(), tokens[1:]
        # two generic words at least: one word after a brand ("Lumora Flow", "Lumora Knee")
        # reads as a product line of its own
        if len(rest) >= 2 and all(_descriptor_token(t) and (generic(t) or _generic_compound(t))
                                  for t in rest):
            described.setdefault(brand, []).append(name)
            continue
        models = 0
        while models < min(2, len(rest)) and _model_token(rest[models]):
            models += 1
        if models and all(_descriptor_token(t) for t in rest[models:]):
            model = " ".join(rest[:models]).lower()
            modelled.setdefault(brand, []).append((model, name))
    pairs = []
    for brand, found in modelled.items():
        if brand in described and len({model for model, _ in found}) == 1:
            pairs += [(d, m) for d in described[brand] for _, m in found]
    return pairs


def _generic_compound(word: str) -> bool:
    """A compound ending on a category word of six letters or more: "Electrostimulation",
    "Elektrostimulationsgerät" would need its own entry, "Thermoablation" ends on "ablation"."""
    lower = word.lower()
    return len(lower) > 6 and any(lower.endswith(w) for w in _category_words() if len(w) >= 6)


def separators_only(a: str, b: str) -> bool:
    """ "Osseon Connect" / "Osseon-Connect", "Spirelle™" / "Spirelle": the same letters in the
    same case."""
    return re.sub(r"[\s\-‐‑_®™©]+", "", a) == re.sub(r"[\s\-‐‑_®™©]+", "", b)


def plural_of_same_name(plural: str, singular: str) -> bool:
    """"AnchorLoc TADs" / "AnchorLoc TAD", "Veltra Screws" / "Veltra Screw", "Corvo Patches" /
    "Corvo Patch", "Nexa Bodies" / "Nexa Body": the same trade name with its last word in the
    English plural (a lower-case -s, -es or -ies ending on a word that ends in a letter). Any
    other difference ("X Pro" / "X Pro 2", "Vent 50" / "Vent 60") keeps two names."""
    tp, ts = name_tokens(plural), name_tokens(singular)
    if len(tp) != len(ts) or not ts or [t.lower() for t in tp[:-1]] != [t.lower() for t in ts[:-1]]:
        return False
    last_p, last_s = tp[-1], ts[-1]
    if len(last_s) < 2 or not last_s[-1].isalpha() or last_s[-1] == "s":
        return False
    return (last_p == last_s + "s"
            or (last_p == last_s + "es" and re.search(r"(?:x|z|ch|sh)$", last_s.lower()) is not None)
            or (last_s.endswith("y") and last_p == last_s[:-1] + "ies"))


def _head(word: str) -> str:
    """A word without its plural ending: "Coils" / "Coil", "Spulen" / "Spule"."""
    return re.sub(r"(?:es|s|en|n|e)$", "", word.lower())


@lru_cache(maxsize=1)
def _category_words() -> frozenset[str]:
    """Words of the device categories panelproof knows (knowledge/devices/*.yaml terms) and of
    the extractor's generic descriptors: "ventilator", "stent", "valve", "pump", "implant"."""
    words = set(re.findall(r"[^\W\d_]{3,}", DESCRIPTORS.lower()))
    vocabulary = generic_descriptor_words()
    words |= vocabulary.get("device_noun", frozenset()) | vocabulary.get("material", frozenset())
    words |= vocabulary.get("technology", frozenset())
    for pack in knowledge.available("devices"):
        terms = knowledge.load(pack).get("terms") or {}
        for language_terms in terms.values():
            for term in language_terms or []:
                words.update(w.lower() for w in re.findall(r"[^\W\d_]{3,}", str(term)))
    return frozenset(words)


class _GenericWords:
    """Whether a word of a name is generic in this dossier: a category word, or a word the
    dossier's own text writes in lower case ("detachable coils", "infant incubator")."""

    def __init__(self, facts: FactBase) -> None:
        self._facts = facts
        self._known: dict[str, bool] = {}

    def __call__(self, word: str) -> bool:
        lower = word.lower()
        if lower not in self._known:
            self._known[lower] = lower in _category_words() or self._written_in_lower_case(lower)
        return self._known[lower]

    def _written_in_lower_case(self, word: str) -> bool:
        stem = _head(word)
        if len(stem) < 3:
            return False
        pattern = re.compile(rf"(?<![\w-]){re.escape(stem)}[a-zà-ÿ]{{0,2}}(?![\w])")
        for document in self._facts.documents:
            for block in document.blocks:
                # lower-case occurrences only: the stem as written in `normalized`
                if stem in block.normalized and pattern.search(block.normalized):
                    return True
        return False


def same_device_with_generic_words(a: str, b: str, generic) -> bool:
    """"Spirelle™ Detachable Coils" / "Spirelle Neurovascular Coil", "Lumetra Bioresorbable
    Scaffold" / "Lumetra Coronary Scaffold": the same trade name (brand and model words), then
    plain descriptive words that end on the same generic device noun (singular or plural).
    "OrthoFlex Hip" / "OrthoFlex Knee" and "Helvo Flow Diverter" / "Helvo Embolisation Coil"
    end on different nouns and stay two devices; a digit, a variant word ("Pro", "Mini") or a
    population, side or size word ("Adult", "Left", "Large") is never descriptive."""
    ta, tb = name_tokens(a), name_tokens(b)
    common = 0
    while common < min(len(ta), len(tb)) and ta[common].lower() == tb[common].lower():
        common += 1
    rest_a, rest_b = ta[common:], tb[common:]
    if not common or not rest_a or not rest_b or _head(rest_a[-1]) != _head(rest_b[-1]):
        return False
    if not (_descriptor_token(rest_a[-1]) and _descriptor_token(rest_b[-1])
            and generic(rest_a[-1]) and generic(rest_b[-1])):
        return False  # the head noun must be a generic device noun
    # The words before the head noun are plain descriptive words ("Detachable",
    # "Bioresorbable", "Tibial"): letters only, no inner capital, no variant or size word.
    return all(_descriptor_token(t) and _PLAIN_MODIFIER.fullmatch(t)
               for t in rest_a[:-1] + rest_b[:-1])


_PLAIN_MODIFIER = re.compile(r"[A-ZÀ-Þ]?[a-zß-ÿ]+(?:-[a-zß-ÿ]+)*")


# A sentence that lists models or variants: "available as the Pacora VR and Pacora DR models",
# "Varianten: …", "modèles …".
_MODEL_LIST_CUE = re.compile(
    r"\b(?:models?|variants?|versions?|configurations?|types?|sizes?|modell\w*|variante\w*|"
    r"ausführung\w*|modèles?|modelos?|modelli|varianti|versiones)\b")


def declared_model_of_family(facts: FactBase, family: Fact, model: Fact) -> bool:
    """Whether the document that names the device `family` ("Pacora ICD") itself lists
    `model` ("Pacora VR") as one of its models: a table row or a sentence on models that holds
    the model's name beside another name of the same brand ("| Characteristic | Pacora VR |
    Pacora DR |", "models Pacora VR and Pacora DR"). A model that document never lists is
    another name."""
    family_tokens, model_tokens = name_tokens(family.value), name_tokens(model.value)
    if (len(model_tokens) < 2 or not family_tokens
            or family_tokens[0].lower() != model_tokens[0].lower()):
        return False
    document = facts.document(family.location.document)
    if document is None or model.location.document == family.location.document:
        return False
    brand = model_tokens[0].lower()
    wanted, family_key = name_key(model.value), name_key(family.value)
    sibling = re.compile(rf"(?<![\w-]){re.escape(brand)}[\s-]+[^\W_][\w-]*")
    items: dict[tuple[str, ...], set[str]] = {}  # list items that start with a brand name
    for block in document.blocks:
        if brand not in block.folded:
            continue
        if block.kind is BlockKind.TABLE_ROW and block.cells:
            cells = {re.sub(r"[\W_]+", "", fold_case(c)) for c in block.cells}
            same_brand = {c for c in cells if c.startswith(brand) and c != brand} - {family_key}
            if wanted in same_brand and len(same_brand) >= 2:
                return True
            continue
        if block.kind is BlockKind.LIST_ITEM:
            lead = sibling.match(block.folded.lstrip(" -*•–"))
            if lead:
                items.setdefault(block.heading_path, set()).add(name_key(lead.group(0)))
        for s, e in sentences(block):
            text = block.folded[s:e]
            if brand not in text or not _MODEL_LIST_CUE.search(text):
                continue
            keys = {name_key(m.group(0)) for m in sibling.finditer(text)} - {family_key}
            if wanted in keys and len(keys) >= 2:
                return True
    return any(wanted in keys and len(keys - {family_key}) >= 2 for keys in items.values())


def same_name_spelt_differently(a: str, b: str) -> bool:
    """"airvent60" / "airvent60" variants: similar letters and identical digits."""
    if re.findall(r"\d+", a) != re.findall(r"\d+", b):
        return False  # "X Pro" and "X Pro 2", "Vent 50" and "Vent 60" are different devices
    if a != b and (a.startswith(b) or b.startswith(a)):
        return False  # "OrthoFlex Hip" and "OrthoFlex Hip II", "Vent" and "Vent Plus": a variant
    letters_a, letters_b = re.sub(r"\d", "", a), re.sub(r"\d", "", b)
    return fuzz.ratio(letters_a, letters_b) >= SPELLING_SIMILARITY


_MODEL_CODE = re.compile(r"[A-Z]{1,3}\d*|\d+[A-Z]{0,3}")


def different_model_codes(a: str, b: str) -> bool:
    """"Kaiun AortaGraft TX" / "Kaiun AortaGraft TB Thoracic Stent-Graft": both names carry a
    short model code in capitals or digits and the codes differ, so they are two models, not
    one name spelt two ways."""
    codes_a = [t.lower() for t in name_tokens(a) if _MODEL_CODE.fullmatch(t) and not _technical_word(t)]
    codes_b = [t.lower() for t in name_tokens(b) if _MODEL_CODE.fullmatch(t) and not _technical_word(t)]
    return bool(codes_a) and bool(codes_b) and codes_a != codes_b


class DeviceNameDiffers(Rule):
    """The trade name of the device differs between documents, without a declared alias.

    **What it finds**
    For each document, the trade name it uses most (from "Device name: …" fields, titles such
    as "Clinical Evaluation Report – …", and phrases such as "the … ventilator"). A document
    whose name is a different name from the others' (not only a different spelling) is
    reported as major; the same name written differently ("AirVent 60", "AirVENT60",
    "Airvent-60") as minor. Names declared in `dossier.yaml` (`device_name`, `aliases`) are one
    device, and so are a name and the abbreviation a document introduces for it in parentheses
    ("NeoNest 3 Infant Incubator (NeoN)"), and one trade name followed by plain descriptive
    words that end on the same device noun ("Spirelle™ Detachable Coils", "Spirelle
    Neurovascular Coil") or by a generic material ("Opthavis 3000 Silicone Oil"; the words are
    data in knowledge/vocabulary/generic_descriptors.yaml). A model that the document naming
    the family lists as one of its models ("Pacora ICD" with a table "Pacora VR | Pacora DR")
    is that device, not another name. "X Pro" and "X Pro 2" are not one device, nor are "X Hip"
    and "X Knee", "X Adult" and "X Neonatal", or a model no document lists. A manufacturer's
    own name written before the trade name is not part of it ("Mamoto CranioShape Cranial
    Remoulding Orthosis" from Mamoto Paediatrics Co., Ltd. is the "CranioShape"), while names
    whose short model codes differ ("AortaGraft TX" / "AortaGraft TB") are two devices, never
    one name spelt two ways. Document codes ("KLM-IFU-QT7 v5 EN"), language codes,
    model codes and abbreviations ("N3", "NL-895") and organisations ("... GmbH", "... S.r.l.")
    are never read as trade names.

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
        names = {" ".join(f.value.split()) for fs in by_doc.values() for f in fs}
        aliases = [tuple(" ".join(v.split()) for v in f.value)
                   for f in facts.of(FactKind.DEVICE_ALIAS)]
        canonical = _canonical_keys(names, declared, aliases, _GenericWords(facts),
                                    house_names(facts))
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
            spelling = (same_name_spelt_differently(_raw_key(ref_fact), _raw_key(fact))
                        and not different_model_codes(ref_fact.value, fact.value))
            if not spelling and (declared_model_of_family(facts, ref_fact, fact)
                                 or declared_model_of_family(facts, fact, ref_fact)):
                continue  # a model the family's own document lists ("Pacora ICD": VR, DR)
            yield self._finding(facts, ref_fact, fact, spelling)
        yield from self._minority_misspellings(facts, by_doc, primary, reference, ref_fact,
                                               canonical)

    def _minority_misspellings(self, facts: FactBase, by_doc: dict[str, list[Fact]],
                               primary: dict[str, str], reference: str, ref_fact: Fact,
                               canonical: dict[str, str]) -> Iterable[Finding]:
        """A document that mostly writes the reference name but misspells it somewhere
        ("NeuroVella" once among "NeuroVela"): minor, once per document."""
        if reference == "declared":
            return
        for doc, doc_facts in sorted(by_doc.items()):
            if primary[doc] != reference:
                continue
            odd = first(doc_facts, lambda f: canonical[name_key(f.value)] != reference
                        and same_name_spelt_differently(reference, canonical[name_key(f.value)]))
            if odd is not None:
                yield self._finding(facts, ref_fact, odd, spelling=True)

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
        if name_key(ref_form.value) != name_key(form.value):
            return  # one name with descriptive words or a declared abbreviation, not a spelling
        if separators_only(ref_form.value, form.value):
            return  # a hyphen for a space reads as the same name
        if (descriptor_base(form.value, [ref_form.value])
                or descriptor_base(ref_form.value, [form.value])):
            return  # the same name with a descriptive word ("Infusa SP-50 Spritzenpumpe")
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


def house_names(facts: FactBase) -> frozenset[str]:
    """The manufacturers' own names as the dossier states them, lower case: the first word of
    "Mamoto Paediatrics Co., Ltd." or "Hikaru Medical Corporation". Written before a trade
    name ("Mamoto CranioShape ...") it names the maker, not the device."""
    found = set()
    for fact in facts.of(FactKind.MANUFACTURER):
        words = re.findall(r"[^\W\d_][\w'-]*", str(fact.value))
        if words and len(words[0]) >= 3:
            found.add(words[0].lower())
    return frozenset(found)


def without_house_name(name: str, houses: frozenset[str]) -> str | None:
    """"Mamoto CranioShape Cranial Remoulding Orthosis" -> "CranioShape Cranial Remoulding
    Orthosis" when "Mamoto" is a manufacturer's name; None when the name does not start with
    one or nothing name-like would remain ("Mamoto 3")."""
    tokens = name_tokens(name)
    if len(tokens) < 2 or tokens[0].lower() not in houses:
        return None
    if not re.match(r"[^\W\d_]{3,}", tokens[1]):
        return None
    return " ".join(tokens[1:])


def _canonical_keys(names: set[str], declared: set[str], aliases: list[tuple[str, str]],
                    generic, houses: frozenset[str] = frozenset()) -> dict[str, str]:
    """Each name's key -> the key of its device: names with the same key, a name and the same
    name with descriptive words ("Infusa SP-50 Spritzenpumpe"), one trade name with generic
    descriptors ("Spirelle Detachable Coils" / "Spirelle Neurovascular Coil") and an
    abbreviation declared in parentheses ("NeoNest 3 Infant Incubator (N3)") are one device;
    "declared" for the names of dossier.yaml."""
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb, key=lambda k: (len(k), k))] = min(ra, rb, key=lambda k: (len(k), k))

    universe = sorted(names | {full for _, full in aliases})
    # "Mamoto CranioShape ..." is the "CranioShape ..." of the manufacturer Mamoto
    bare = {name: without_house_name(name, houses) for name in universe} if houses else {}
    bare = {name: rest for name, rest in bare.items() if rest}
    universe = sorted(set(universe) | set(bare.values()))
    for name, rest in bare.items():
        union(name_key(name), name_key(rest))
    for name in universe:
        find(name_key(name))
        base = descriptor_base(name, universe)
        if base:
            union(name_key(name), name_key(base))
    for name, base in model_extension_bases(universe).items():
        union(name_key(name), name_key(base))
    for described, modelled in described_and_single_model(universe, generic):
        union(name_key(described), name_key(modelled))
    for alias, full in aliases:
        union(name_key(alias), name_key(full))
    for i, a in enumerate(universe):
        for b in universe[i + 1:]:
            if plural_of_same_name(a, b) or plural_of_same_name(b, a):
                union(name_key(a), name_key(b))
    candidates = [n for n in universe if len(name_tokens(n)) >= 2]
    for i, a in enumerate(candidates):
        for b in candidates[i + 1:]:
            if find(name_key(a)) != find(name_key(b)) and same_device_with_generic_words(a, b, generic):
                union(name_key(a), name_key(b))
    declared_roots = {find(k) for k in declared}
    return {name_key(n): "declared" if find(name_key(n)) in declared_roots else find(name_key(n))
            for n in names}


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
