"""DEVICE_TYPE facts: which device-type knowledge pack a document is about (and
DEVICE_FEATURE facts: mentions of the features a pack lists under `required_features`).

The packs are `knowledge/devices/<id>.yaml`; each lists the words (en/fr/de) that name its
device type. A document names its device type in its title, its headings and the sections that
describe the device and its intended purpose; a mention elsewhere ("unlike infusion pumps, ...")
says nothing about what the device is, so only those places are read.

This module also loads and validates the packs for the rules (rules may import from extract).
Adding a device type is adding one YAML file: nothing here names a device type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Iterator

from panelproof import knowledge
from panelproof.extract._host import names_host, names_host_type
from panelproof.extract.common import ExtractionContext, JoinedTexts, make_fact
from panelproof.extract.model import Concept, Fact, FactBase, FactKind
from panelproof.ingest.model import Block, BlockKind, Document
from panelproof.ingest.normalize import strip_accents

REQUIRED_PACK_KEYS = ("id", "name", "source", "terms", "high_risk", "interfaces",
                      "parameter_checks")
LANGUAGES = ("en", "fr", "de")

# Headings under which a document describes what the device is.
_DESCRIPTIVE_HEADING = re.compile(
    r"intended (purpose|use)|device description|description of the device|product description|"
    r"scope|summary|overview|indications?|general information|identification|"
    r"destination|usage prevu|utilisation prevue|description (du|de l) (dispositif|produit)|"
    r"objet|resume|presentation|"
    r"zweckbestimmung|bestimmungsgemass|produktbeschreibung|beschreibung|verwendungszweck|"
    r"anwendungsbereich|zusammenfassung|uberblick|einleitung|introduction",
    re.IGNORECASE)
# The first blocks of a document are its title page.
_TITLE_PAGE_BLOCKS = 6
# German compounds carry the device word at their end ("Intensivbeatmungsgerät"); a long
# German term may therefore start inside a word. Short terms must start a word ("Stent" is not
# in "konsistent").
_COMPOUND_MIN_LENGTH = 8
# Inflections a term may carry ("ventilators", "Beatmungsgeräte", "pansements").
_INFLECTION = r"(?:s|es|e|en|n|er|ern|x)?"


def fold(text: str) -> str:
    """Lower case without accents, umlauts written as vowels ("Gerät" -> "gerat")."""
    if text.isascii():  # most text: lower() is the whole job, and keeps every index
        return text.lower()
    return strip_accents(text.lower()).replace("ß", "ss")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    return fold(ch)


@lru_cache(maxsize=16384)
def _is_descriptive_heading(heading: str) -> bool:
    # Headings repeat on every block of their section: decide each one once.
    return bool(_DESCRIPTIVE_HEADING.search(fold(heading)))


# --- packs -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Pack:
    """A device-type knowledge pack as read from YAML (`data` keeps every key)."""

    id: str
    name: str
    data: dict[str, Any]

    @property
    def high_risk(self) -> bool:
        return bool(self.data.get("high_risk"))

    @property
    def parameter_checks(self) -> list[dict[str, Any]]:
        return list(self.data.get("parameter_checks") or [])

    @property
    def range_checks(self) -> list[dict[str, Any]]:
        """Absolute checks (`range_checks`): a parameter end the intended purpose needs,
        whatever the patient weighs (read by PL004)."""
        return list(self.data.get("range_checks") or [])

    def terms(self) -> list[tuple[str, str]]:
        """(language, term) pairs."""
        terms = self.data.get("terms") or {}
        return [(lang, term) for lang in terms for term in terms[lang] or []]


def validate_pack(data: Any, name: str = "?") -> list[str]:
    """Problems of a pack: missing keys, missing sources, malformed checks (empty if valid)."""
    if not isinstance(data, dict):
        return [f"{name}: not a mapping"]
    problems = [f"{name}: missing key {key!r}" for key in REQUIRED_PACK_KEYS if key not in data]
    if not str(data.get("source") or "").strip():
        problems.append(f"{name}: empty source")
    terms = data.get("terms") or {}
    for lang in LANGUAGES:
        if not terms.get(lang):
            problems.append(f"{name}: no {lang} terms")
    if not isinstance(data.get("high_risk"), bool):
        problems.append(f"{name}: high_risk must be true or false")
    for i, check in enumerate(data.get("parameter_checks") or []):
        where = f"{name}: parameter_checks[{i}]"
        if not check.get("parameter"):
            problems.append(f"{where}: no parameter")
        if check.get("bound") not in ("low", "high"):
            problems.append(f"{where}: bound must be low or high")
        if not str(check.get("source") or "").strip():
            problems.append(f"{where}: no source")
        per_kg = check.get("per_kg") or {}
        if not per_kg:
            problems.append(f"{where}: no per_kg ranges")
        for group, bounds in per_kg.items():
            if (not isinstance(bounds, list) or len(bounds) != 2
                    or not all(isinstance(b, (int, float)) for b in bounds)
                    or bounds[0] > bounds[1]):
                problems.append(f"{where}: per_kg[{group}] must be [low, high]")
    problems.extend(_range_check_problems(data.get("range_checks"), name))
    for feature in data.get("required_features") or []:
        if not str(feature.get("source") or "").strip():
            problems.append(f"{name}: required feature {feature.get('id')} has no source")
    return problems


RANGE_CHECK_ENDS = ("high_at_least", "high_at_most", "low_at_most", "low_at_least")


def _range_check_problems(checks: Any, name: str) -> list[str]:
    """Problems of a pack's `range_checks`: each names a parameter, the end checked, a numeric
    limit with its unit, what the quantity is called, why the limit holds and its source;
    `when_terms` (words per language) and `when_indication` (indication ids) are optional."""
    if checks is None:
        return []
    if not isinstance(checks, list):
        return [f"{name}: range_checks must be a list"]
    problems = []
    for i, check in enumerate(checks):
        where = f"{name}: range_checks[{i}]"
        if not isinstance(check, dict):
            problems.append(f"{where}: not a mapping")
            continue
        if not isinstance(check.get("parameter"), str) or not check.get("parameter"):
            problems.append(f"{where}: no parameter")
        if check.get("check") not in RANGE_CHECK_ENDS:
            problems.append(f"{where}: check must be one of {', '.join(RANGE_CHECK_ENDS)}")
        for key in ("limit", "critical_limit"):
            if (key in check or key == "limit") and (
                    isinstance(check.get(key), bool)
                    or not isinstance(check.get(key), (int, float))):
                problems.append(f"{where}: {key} must be a number")
        for key in ("unit", "quantity", "explanation", "source"):
            if not str(check.get(key) or "").strip():
                problems.append(f"{where}: no {key}")
        terms = check.get("when_terms")
        if terms is not None and (not isinstance(terms, dict) or not all(
                isinstance(v, list) and v and all(isinstance(t, str) and t.strip() for t in v)
                for v in terms.values())):
            problems.append(f"{where}: when_terms must map languages to lists of words")
        indications = check.get("when_indication")
        if indications is not None and (not isinstance(indications, list) or not all(
                isinstance(x, str) and x for x in indications)):
            problems.append(f"{where}: when_indication must be a list of indication ids")
    return problems


@lru_cache(maxsize=1)
def load_packs() -> tuple[Pack, ...]:
    """Every valid pack under knowledge/devices/ (an invalid pack is left out, not guessed)."""
    packs = []
    for name in knowledge.available("devices"):
        data = knowledge.load(name)
        if validate_pack(data, name):
            continue
        packs.append(Pack(id=str(data["id"]), name=str(data["name"]), data=data))
    return tuple(packs)


def pack_by_id(pack_id: str) -> Pack | None:
    return next((p for p in load_packs() if p.id == pack_id), None)


# --- matching ----------------------------------------------------------------------------

@lru_cache(maxsize=None)
def _term_pattern(language: str, term: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in fold(term).split()]
    body = r"[\s-]+".join(words)
    start = r"" if language == "de" and len(term) >= _COMPOUND_MIN_LENGTH else r"(?<![^\W\d_])"
    return re.compile(start + body + _INFLECTION + r"(?![^\W\d_])")


# Up to two modifiers inside a feature's name: "proximal hot-wire flow sensor", "proximal,
# single-use flow sensor", "proximaler Hitzdraht-Flowsensor". No sentence punctuation.
_MODIFIERS = r"[\s,-]+(?:\(?[^\W\d_]\w*(?:-\w+)*\)?[\s,-]+){0,2}"


@lru_cache(maxsize=None)
def _loose_term_pattern(language: str, term: str) -> re.Pattern[str]:
    """`_term_pattern` with room for modifiers between the words of a multi-word term."""
    words = [re.escape(w) for w in fold(term).split()]
    if len(words) < 2:
        return _term_pattern(language, term)
    start = r"" if language == "de" and len(term) >= _COMPOUND_MIN_LENGTH else r"(?<![^\W\d_])"
    return re.compile(start + _MODIFIERS.join(words) + _INFLECTION + r"(?![^\W\d_])")


@dataclass(frozen=True)
class _Term:
    """A term of a pack (or of a required feature), with a word it cannot match without."""

    owner: str  # pack id or feature id
    term: str
    language: str
    needle: str  # the longest folded word of the term: a plain substring test rules most
                 # blocks out before any regular expression runs
    loose: bool = False  # modifiers may stand between its words (feature names)

    @property
    def pattern(self) -> re.Pattern[str]:
        if self.loose:
            return _loose_term_pattern(self.language, self.term)
        return _term_pattern(self.language, self.term)


def _term_entry(owner: str, language: str, term: str, loose: bool = False) -> _Term:
    return _Term(owner, term, language, max(fold(term).split(), key=len), loose)


@lru_cache(maxsize=1)
def _compiled_terms() -> tuple[_Term, ...]:
    """Every term of every pack, longest terms first."""
    entries = [_term_entry(pack.id, lang, term)
               for pack in load_packs() for lang, term in pack.terms()]
    return tuple(sorted(entries, key=lambda e: -len(e.term)))


@lru_cache(maxsize=8192)
def _folded_with_map(text: str) -> tuple[str, tuple[int, ...] | None]:
    """`fold(text)` and, per folded character, its index in `text` (None: the same index,
    as for ASCII text, where folding is lower-casing)."""
    if text.isascii():
        return text.lower(), None
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        for piece in _fold_char(ch):
            out.append(piece)
            origin.append(i)
    return "".join(out), tuple(origin)


def _span(origin: tuple[int, ...] | None, s: int, e: int) -> tuple[int, int]:
    """A span of the folded text as a span of the original text."""
    return (s, e) if origin is None else (origin[s], origin[e - 1] + 1)


def _matches(entries: tuple[_Term, ...], folded: str) -> Iterator[tuple[str, int, int]]:
    """(owner, start, end) on `folded` of each term, longer terms first, a shorter term left
    out where a longer one already covers its words."""
    taken: list[tuple[int, int]] = []
    for entry in entries:
        if entry.needle not in folded:
            continue
        for match in entry.pattern.finditer(folded):
            s, e = match.start(), match.end()
            if any(s < te and ts < e for ts, te in taken):
                continue  # a longer term of another pack already covers these words
            taken.append((s, e))
            yield entry.owner, s, e


def find_terms(text: str, entries: tuple[_Term, ...] | None = None) -> Iterator[tuple[str, int, int]]:
    """(pack id, start, end) of each device-type term in `text` (spans on `text`).

    `entries`: the terms whose needle `text` holds, when the caller already knows (see
    `_terms_per_text`); by default every term is tested here."""
    folded, origin = _folded_with_map(text)
    for pack_id, s, e in _matches(_compiled_terms() if entries is None else entries, folded):
        yield (pack_id, *_span(origin, s, e))


# A document says what its device is, and describes its features, in its first few hundred
# pages; a 1,000-page literature annex names other devices in its thousands of study
# summaries. Reading stops after this many characters (about 150 pages), so such an annex
# costs what its first part costs; ordinary documents are read whole.
_READ_BUDGET = 450_000


def _budgeted(document: Document) -> Iterator[Block]:
    """The document's blocks up to the reading budget."""
    read = 0
    for block in document.blocks:
        if read > _READ_BUDGET:
            return
        read += len(block.normalized)
        yield block


def _descriptive_blocks(document: Document) -> Iterator[Block]:
    """The title page, the headings and the blocks of descriptive sections."""
    for index, block in enumerate(_budgeted(document)):
        if index < _TITLE_PAGE_BLOCKS or block.kind is BlockKind.HEADING:
            yield block
        elif any(_is_descriptive_heading(h) for h in block.heading_path):
            yield block


# A naming of other equipment the device works with: "an add-on module that adjusts the FiO2
# of a connected ventilator", "delivers NO into the inspiratory limb of the ventilator
# circuit", "for patients receiving mechanical ventilation", "an ein Beatmungsgerät
# angeschlossen", "connecté au ventilateur". Read on the folded text of the clause before the
# term (and the word after it) for packs marked `host_equipment`: equipment that other devices
# are added to, so that its name in a dossier may be someone else's device.
_RELATION_BEFORE = re.compile(
    r"(?i:\b(?:connected|attached|coupled|added|fitted|linked|mounted|interfaced|integrated|"
    r"inserted|connects|attaches|plugs?|plugged|adapted|retrofitted)\s+(?:\w+\s+)?"
    r"(?:to|into|onto|with|in|on)\b"
    r"|\b(?:with|alongside|via|through|by)\b"
    r"|\b(?:add-?on|accessory|accessories|module|attachment|adjunct|upgrade|option)"
    r"\s+(?:\w+\s+)?(?:to|for|of)\b"
    r"|\b(?:of|from|into|in|on|onto|within|inside|to)\s+(?:the|a|an|any|each|its|their|this)\b"
    r"|\b(?:receiving|undergoing|requiring|under|during|in|need(?:ing)?|weaned\s+from|weaning"
    r"\s+from|dependent\s+on)\b"
    # "connected between the gas supply and the ventilator": the second of the two ends
    r"|\bbetween\s[^.;:!?]{1,60}?\s(?:and|und|et|e|y)\b"
    # "only two compatible ventilators were tested": equipment the device works with (an
    # "MR-compatible ventilator" is a ventilator)
    r"|(?<!mr[- ])(?<!mri[- ])\b(?:compatible|compatibles|kompatible[mnr]?|compatibili)\b"
    # German "an" (not the English article of "is an ICU ventilator")
    r"|(?<!\bis\s)(?<!\bas\s)(?<!\bwas\s)(?<!\bbe\s)\ban\b"
    r"|\b(?:mit|am|vom|des|eines|einem|einer|dem|unter|während|zum|zur|für)\b"
    r"|\b(?:au|aux|du|des|avec|sous|sur|dans|de\s+la|en|pendant|chez)\b|\bd['’]une?\b"
    r")\s*(?:(?:[a-zà-öø-ÿß'’-]+|[A-Z]{2,4})\s+){0,2}$")
_RELATION_AFTER = re.compile(
    r"^(?:['’]s|s['’]|s\b|)\s*(?:breathing\s+|patient\s+|inspiratory\s+|expiratory\s+)?"
    r"(?:circuits?|tubing|limbs?|ports?|connections?|connectors?|compatibility|settings?|"
    r"outlets?|inlets?|manufacturers?|interface|brands?|models?)\b", re.IGNORECASE)


def _relational(pack_id: str, text: str, start: int, end: int) -> bool:
    """Whether the term at [start, end) of `text` names equipment the device is used with.
    The words between the cue and the term must be lower-case ("of a connected ventilator"):
    a product name there ("for the AirVent 60 ventilator") names the device itself."""
    pack = pack_by_id(pack_id)
    if pack is None or not pack.data.get("host_equipment"):
        return False
    clause_start = max(text.rfind(c, 0, start) for c in ".;:!?|")
    before = text[max(clause_start + 1, start - 60):start]
    if _RELATION_BEFORE.search(before) or _RELATION_AFTER.match(text, end):
        return True
    # A host named by its product name: "a closed-loop module for the Lusair N3 neonatal
    # ventilator", "compatible with the Medix V5 ventilator", "pour le ventilateur Lusair N3".
    return names_host(text, start) or names_host_type(text, start)


def extract(document: Document, context: ExtractionContext) -> Iterable[Fact]:
    """One DEVICE_TYPE fact per pack the document names, quoting its first naming (a naming of
    other equipment the device is connected to or used with is not one)."""
    seen: set[str] = set()
    facts: list[Fact] = []
    blocks = list(_descriptive_blocks(document))
    for block, entries in zip(blocks, _terms_per_text([block.normalized for block in blocks])):
        for pack_id, start, end in find_terms(block.normalized, entries):
            if pack_id in seen:
                continue
            if _relational(pack_id, block.normalized, start, end):
                continue
            seen.add(pack_id)
            label = block.normalized[start:end]
            facts.append(make_fact(document, block, FactKind.DEVICE_TYPE,
                                   Concept(id=pack_id, label=label), (start, end)))
    facts.extend(_feature_facts(document))
    return facts


def _terms_per_text(texts: list[str]) -> list[tuple[_Term, ...]]:
    """Per text, the pack terms whose needle its folded form holds, longest terms first.

    One `str.find` scan of all the texts per needle, instead of testing each of the hundreds
    of needles in each text: a 1,000-page annex has well over a thousand headings to read."""
    joined = JoinedTexts([_folded_with_map(text)[0] for text in texts])
    per_text: list[list[_Term]] = [[] for _ in texts]
    for entry in _compiled_terms():
        for index in joined.blocks_with(entry.needle):
            per_text[index].append(entry)
    return [tuple(entries) for entries in per_text]


# --- required features ---------------------------------------------------------------------

_FEATURE_NEGATION = re.compile(r"(?:\bno|\bwithout|\bsans|\baucun\w*|\bohne|\bkein\w*|\bnot)"
                               r"(?:\W+\w+){0,3}\W*$")


@lru_cache(maxsize=1)
def _compiled_features() -> tuple[_Term, ...]:
    """The terms of the required features of every pack, longest first."""
    entries = []
    for pack in load_packs():
        for feature in pack.data.get("required_features") or []:
            for lang, terms in (feature.get("terms") or {}).items():
                for term in terms or []:
                    entries.append(_term_entry(str(feature["id"]), lang, term, loose=True))
    return tuple(sorted(entries, key=lambda e: -len(e.term)))


def find_features(text: str) -> Iterator[tuple[str, int, int, bool]]:
    """(feature id, start, end, negated) of each mention of a pack's required feature."""
    folded, origin = _folded_with_map(text)
    for feature_id, s, e in _matches(_compiled_features(), folded):
        negated = bool(_FEATURE_NEGATION.search(folded[max(0, s - 40):s]))
        yield (feature_id, *_span(origin, s, e), negated)


def _feature_facts(document: Document) -> list[Fact]:
    """One DEVICE_FEATURE fact per feature the document mentions (anywhere: features are
    described in technical sections), the first affirmative mention preferred."""
    found: dict[str, Fact] = {}
    for block in _budgeted(document):
        for feature_id, start, end, negated in find_features(block.normalized):
            if feature_id in found and not found[feature_id].value.negated:
                continue
            if feature_id in found and negated:
                continue
            concept = Concept(id=feature_id, label=block.normalized[start:end], negated=negated)
            found[feature_id] = make_fact(document, block, FactKind.DEVICE_FEATURE, concept,
                                          (start, end))
    return list(found.values())


# --- reading the facts (used by rules) ---------------------------------------------------

def device_types(facts: FactBase) -> list[str]:
    """The pack ids the dossier is about: declared in dossier.yaml, else the types named by
    the most documents (a type named by under half as many documents as the leader is a
    passing mention, e.g. a ventilator IFU describing its "wound care" kit)."""
    declared = facts.config.device_type
    if declared and pack_by_id(declared):
        return [declared]
    documents_per_type: dict[str, set[str]] = {}
    for fact in facts.of(FactKind.DEVICE_TYPE):
        documents_per_type.setdefault(fact.value.id, set()).add(fact.document)
    if not documents_per_type:
        return []
    best = max(len(docs) for docs in documents_per_type.values())
    types = sorted(t for t, docs in documents_per_type.items() if 2 * len(docs) >= best)
    # A pack that `excludes` another: an apheresis system names its anticoagulant "infusion
    # system", which does not make it an infusion pump.
    excluded = {x for t in types if (pack := pack_by_id(t)) is not None
                for x in pack.data.get("excludes") or []}
    return [t for t in types if t not in excluded]


def device_type_facts(facts: FactBase, pack_id: str) -> list[Fact]:
    return [f for f in facts.of(FactKind.DEVICE_TYPE) if f.value.id == pack_id]
