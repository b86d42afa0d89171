"""Helpers shared by the intended-use, care-setting, language and SSCP rules.

The central idea: for one fact kind, each document states a set of concept ids. A concept that
some documents state and others do not splits the documents into a "present" and an "absent"
side; concepts that split them the same way (or exactly the other way round) belong in one
finding ("the CER lists all wounds, which the IFU does not; the IFU lists diabetic foot ulcers,
which the CER does not"). Vocabulary ids are compared exactly; `text:` ids only between
documents of the same language, with rapidfuzz so that word order and small wording changes do
not count as a difference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable

from rapidfuzz import fuzz

from panelproof.extract._paraphrase import (generic_tokens, lift, mentioned_in, opposed, ordered_tokens, paraphrase_key,
                                            quantities, related, restated, same_item, same_measured_limits,
                                            same_quantities)
from panelproof import knowledge
from panelproof.extract._paraphrase import _NO
from panelproof.extract._terms import flatten_terms
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.ingest.model import BlockKind, Document, Location, Role

# The documents whose intended use must agree (the PMCF plan is judged by the PMCF rules).
INTENDED_USE_ROLES = (Role.CER, Role.CEP, Role.IFU, Role.SSCP, Role.CEAR, Role.LABEL)
TEXT_MATCH_THRESHOLD = 85

_ROLE_ORDER = {role: i for i, role in enumerate(INTENDED_USE_ROLES)}
_LANGUAGE_NAMES = {"en": "English", "fr": "French", "de": "German", "it": "Italian",
                   "es": "Spanish", "nl": "Dutch", "pt": "Portuguese", "pl": "Polish",
                   "da": "Danish", "cs": "Czech", "sv": "Swedish", "fi": "Finnish",
                   "no": "Norwegian", "nb": "Norwegian", "sk": "Slovak", "sl": "Slovenian",
                   "hr": "Croatian", "hu": "Hungarian", "ro": "Romanian", "el": "Greek",
                   "bg": "Bulgarian", "et": "Estonian", "lv": "Latvian", "lt": "Lithuanian",
                   "tr": "Turkish", "is": "Icelandic", "ga": "Irish", "mt": "Maltese"}


def describe_document(document: Document, *, with_language: bool = False) -> str:
    """"the CER (CER.md)", "the French IFU (IFU_fr.md)"."""
    role = document.role.value if document.role not in (Role.UNKNOWN, Role.OTHER) else "document"
    language = _LANGUAGE_NAMES.get(document.language or "", document.language or "")
    prefix = f"{language} " if with_language and language else ""
    return f"the {prefix}{role} ({document.path})"


def join_names(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def representatives(facts: FactBase, roles: Iterable[Role] = INTENDED_USE_ROLES) -> list[Document]:
    """One document per role: the English version when there are several languages.

    Language versions of one role are compared with each other by the language rule; comparing
    each of them with every other role would repeat every finding once per language.
    """
    chosen: list[Document] = []
    for role in roles:
        documents = sorted(facts.documents_with_role(role), key=lambda d: d.path)
        if not documents:
            continue
        by_language: dict[str | None, list[Document]] = {}
        for document in documents:
            by_language.setdefault(document.language, []).append(document)
        if len(by_language) > 1:
            preferred = by_language.get("en") or next(iter(by_language.values()))
            chosen.extend(preferred)
        else:
            chosen.extend(documents)
    return chosen


def is_text_id(concept_id: str) -> bool:
    return concept_id.startswith("text:")


@dataclass
class Statement:
    """What one document states for a fact kind: concept id -> the facts that state it."""

    document: Document
    concepts: dict[str, list[Fact]] = field(default_factory=dict)
    all_facts: list[Fact] = field(default_factory=list)


def statements(facts: FactBase, kind: FactKind, documents: Iterable[Document],
               key: Callable[[Fact], str | None] | None = None) -> list[Statement]:
    """Per document, its non-negated concepts of `kind` (documents without any are left out)."""
    key = key or _concept_key
    result = []
    for document in documents:
        own = facts.of(kind, document=document.path)
        if not own:
            continue
        statement = Statement(document, all_facts=own)
        for fact in own:
            concept_id = key(fact)
            if concept_id is None:
                continue
            statement.concepts.setdefault(concept_id, []).append(fact)
            if "@" in concept_id:
                # "aortic stenosis at high surgical risk" also states "aortic stenosis"
                statement.concepts.setdefault(concept_id.partition("@")[0], []).append(fact)
        if kind is FactKind.INDICATION and not statement.concepts \
                and all(getattr(f.value, "negated", False) for f in own):
            continue  # only exclusions ("X is not an indication"): states no list to compare
        result.append(statement)
    return result


def _concept_key(fact: Fact) -> str | None:
    value = fact.value
    if getattr(value, "negated", False) and getattr(value, "id", None) != "none":
        return None
    return getattr(value, "id", None) or (str(value) if value else None)


def unify_text_ids(group: list[Statement]) -> None:
    """Give `text:` ids of documents in one language that name the same item the same id; drop
    them otherwise.

    Two phrases name the same item when they are fuzzy-equal or restate each other in other
    words ("absence of adequate vascular access" / "no suitable vascular access", see
    `extract._paraphrase`). A qualifier after "@" stays with the id it qualifies.
    """
    languages = {s.document.language for s in group}
    if len(languages) > 1:
        for statement in group:
            statement.concepts = {k: v for k, v in statement.concepts.items() if not is_text_id(k)}
        return
    # every wording seen -> the id it was given: a third document's wording that restates the
    # second's (not the first's) still joins them
    canon: dict[str, str] = {}
    for statement in group:
        renamed: dict[str, list[Fact]] = {}
        for concept_id, concept_facts in statement.concepts.items():
            if is_text_id(concept_id):
                base, at, qualifier = concept_id.partition("@")
                chosen = canon.get(base) or next((c for v, c in canon.items() if same_text(v[5:], base[5:])), base)
                canon.setdefault(base, chosen)
                concept_id = chosen + at + qualifier
            renamed.setdefault(concept_id, []).extend(concept_facts)
        statement.concepts = renamed
    _pair_leftovers(group)


@lru_cache(maxsize=1)
def _frame_tokens() -> frozenset[str]:
    """Tokens of the words that frame an item rather than name it (vocabulary/paraphrases.yaml
    `frames`), with absence, comparators and the generic "device"."""
    from panelproof import knowledge
    from panelproof.extract._terms import flatten_terms

    data = (knowledge.load("vocabulary/paraphrases") or {}).get("frames") or {}
    terms = flatten_terms({k: v for k, v in data.items() if k != "source"})
    return frozenset(t for term in terms for t in ordered_tokens(term.strip("*"))) | {
        "~device", _NO, "~lt", "~gt"}


LEFTOVER_MIN_SHARED = 2
LEFTOVER_MIN_RATIO = 0.6


def _leftover_words(text: str) -> frozenset[str]:
    return frozenset(t[:4] for t in paraphrase_key(text)
                     if t not in _frame_tokens() and not t[:1].isdigit() and t not in generic_tokens())


def leftovers_alike(first: str, second: str) -> bool:
    """Two items that each document lists and the other does not, alike enough to be one item
    written twice: the same numbers (in one unit), no opposite words, and most content words of
    the shorter one in the longer one; when each adds words of its own, at least three shared
    words and three quarters of the shorter one ("renal failure" / "hepatic failure" stay apart)."""
    qa, qb = quantities(first), quantities(second)
    if bool(qa) != bool(qb):
        return _measured_form(second, first) if qa else _measured_form(first, second)
    if (qa or qb) and not same_quantities(qa, qb):
        return False
    if opposed(first, second) or opposed(second, first):
        return False
    a, b = _leftover_words(first), _leftover_words(second)
    ka, kb = paraphrase_key(first), paraphrase_key(second)
    if (a <= b or b <= a) and (_NO in ka) != (_NO in kb) and not (ka | kb) & (_frame_tokens() - {_NO}):
        # "fibroids not accessible to the beam" / "fibroids accessible to the beam" (a frame
        # word may carry the negation: "preventing" / "does not permit")
        return False
    shared = len(a & b)
    if shared < LEFTOVER_MIN_SHARED:
        return False
    if not _alternatives_related(first, b) or not _alternatives_related(second, a):
        return False  # "nickel or titanium": titanium is one more item, not more words for nickel
    ratio = shared / min(len(a), len(b))
    if a <= b or b <= a:
        return ratio >= LEFTOVER_MIN_RATIO
    if len(a - b) == 1 and len(b - a) == 1:
        return False  # one word for another: "bicuspid" / "tricuspid", "renal" / "hepatic"
    return shared >= 3 and ratio >= 0.75


def _measured_form(general: str, measured: str) -> bool:
    """`measured` is `general` with the limit that defines it: "segmental instability" /
    "instability > 3 mm translation or > 11° angulation", "insufficient residual femur length" /
    "residual femur less than 15 cm". The words before the measured one's first limit name the
    general item (which may add one word: the site or what is measured); an item of absence or
    insufficiency is not a limit from above ("inadequate bone stock" / "bone density > 2 SD")."""
    if opposed(general, measured) or opposed(measured, general):
        return False
    tokens = ordered_tokens(measured)
    end = next((i for i, t in enumerate(tokens) if t in ("~lt", "~gt") or t[:1].isdigit()), len(tokens))
    head = frozenset(t[:4] for t in tokens[:end]
                     if t not in _frame_tokens() and t not in generic_tokens())
    words = _leftover_words(general)
    if not head or not head <= words or len(words - head) > 1:
        return False
    comparators = {t for t in tokens[end:] if t in ("~lt", "~gt")}
    return not (_NO in paraphrase_key(general) and comparators == {"~gt"})


_ALTERNATIVE = re.compile(r",|;|/|\b(?:or|and|nor|ou|et|ni|oder|und|o|y|e|ed)\b")


def _alternatives_related(text: str, other_words: frozenset[str]) -> bool:
    """Each coordinated part of `text` shares a content word with the other item: "an atrial
    septal aneurysm or septum that does not allow placement" restates "septal anatomy not
    allowing placement" twice; "hypersensitivity to nickel or titanium" adds titanium."""
    for part in _ALTERNATIVE.split(text):
        words = _leftover_words(part)
        if words and not words & other_words:
            return False
    return True


def _pair_leftovers(group: list[Statement]) -> None:
    """Items one document lists and another does not, paired one to one when each is the
    other's only alike leftover: the same item in other words ("septal anatomy not allowing
    stable placement" / "septum that does not allow stable device placement"). An item with
    no alike leftover on the other side stays a difference."""
    for i, statement in enumerate(group):
        for other in group[:i]:
            mine = [c for c in statement.concepts if is_text_id(c) and "@" not in c and c not in other.concepts]
            theirs = [c for c in other.concepts if is_text_id(c) and "@" not in c and c not in statement.concepts]
            if mine and theirs:
                alike = {(m, t) for m in mine for t in theirs if leftovers_alike(m[5:], t[5:])}
                for m, t in sorted(alike):
                    if sum(1 for x, _ in alike if x == m) == 1 and sum(1 for _, y in alike if y == t) == 1 \
                            and m in statement.concepts and t not in statement.concepts:
                        statement.concepts[t] = statement.concepts.pop(m)
            elif not mine and not theirs:
                continue
            # A leftover may restate an item the other document's wording made a vocabulary
            # concept of ("vessels too small for a 10 Fr sheath" / "vessel anatomy that does not
            # allow a 10 Fr sheath", read as unsuitable anatomy): it joins that concept.
            _join_concept_items(statement, other)
            _join_concept_items(other, statement)


def _join_concept_items(statement: Statement, other: Statement) -> None:
    leftovers = [c for c in statement.concepts if is_text_id(c) and "@" not in c and c not in other.concepts]
    if not leftovers:
        return
    items = [(concept_id, fact.location.quote.lower()) for concept_id, facts_ in other.concepts.items()
             if not is_text_id(concept_id) for fact in facts_ if fact.location.quote]
    for leftover in leftovers:
        alike = {concept_id for concept_id, quote in items if leftovers_alike(leftover[5:], quote)
                 or _covers_item(leftover[5:], quote)}
        if not alike:
            # "eGFR < 25 mL/min" is the measured form of the other's "severe renal failure"
            named = measured_conditions(leftover[5:])
            alike = {c for c, _ in items if c.split("@")[0] in named}
        if len(alike) == 1:
            statement.concepts.setdefault(alike.pop(), []).extend(statement.concepts.pop(leftover))


def measured_conditions(text: str) -> set[str]:
    """Conditions an upper limit of a clinical measure in `text` names (clinical_measures.yaml
    `states`): "eGFR < 25 mL/min" names renal_failure."""
    from panelproof.extract.indication_measures import measures_in

    entries = {e["id"]: e for e in (knowledge.load("vocabulary/clinical_measures") or {}).get("entries") or []}
    found: set[str] = set()
    for _start, _end, bound in measures_in(text):
        if bound.high is None or bound.low is not None:
            continue
        for state in entries.get(bound.measure, {}).get("states") or []:
            if bound.high <= float(state["below"]):
                found.add(str(state["condition"]))
    return found


def _covers_item(wider: str, item: str) -> bool:
    """`wider` is `item` with one more coordinated alternative: "active nasal or sinus
    infection" covers "active nasal infection" (the item the other document made a vocabulary
    concept of). One document naming one alternative more is no contradiction worth a finding.
    Substances are not alternatives of this kind ("nickel or titanium": each is an allergy of its
    own, compared by LA001 and the allergen vocabulary)."""
    if not _COORDINATION.search(wider) or _COORDINATION.search(item):
        return False
    if opposed(wider, item) or opposed(item, wider):
        return False
    qa, qb = quantities(wider), quantities(item)
    if (qa or qb) and not same_quantities(qa, qb):
        return False
    a, b = paraphrase_key(wider), paraphrase_key(item)
    if (_NO in a) != (_NO in b) or not b - {_NO} or not b <= a:
        return False
    extra = [t for t in a - b if t not in generic_tokens()]
    if len(extra) != 1 or extra[0] in _substance_stems():
        return False
    return len(b - {_NO} - generic_tokens()) >= 2


_COORDINATION = re.compile(r"\b(?:or|and|ou|et|oder|und|o|y|e|ed)\b|/", re.I)


@lru_cache(maxsize=1)
def _substance_stems() -> frozenset[str]:
    data = knowledge.load("vocabulary/allergens") or {}
    stems_: set[str] = set()
    for entry in data.get("entries") or []:
        for term in flatten_terms(entry.get("terms")):
            stems_ |= paraphrase_key(term)
    return frozenset(stems_)


def same_text(first: str, second: str) -> bool:
    """Two free-text items that name the same thing: fuzzy-equal wording or a paraphrase, with
    the same numbers and comparators ("stenosis >= 50 %" is not "stenosis >= 70 %", "< 12 mm"
    is not "> 12 mm"; see `extract._paraphrase.restated`)."""
    numbers = quantities(first), quantities(second)
    if numbers[0] and numbers[1] and not same_quantities(*numbers):
        return False
    if opposed(first, second) or opposed(second, first):
        return False  # "reversible" / "irreversible", "less than" / "more than"
    if (_NO in paraphrase_key(first)) != (_NO in paraphrase_key(second)):
        return False  # "absence of adequate vascular access" / "adequate vascular access"
    if not _specific_on_both_sides(first, second):
        # each phrase names something specific the other does not ("irreversible renal
        # failure" / "irreversible hepatic failure"): fuzzy-alike wording is then no restatement
        if (" no " in f" {first} ") == (" no " in f" {second} ") and \
                fuzz.token_set_ratio(first, second) >= TEXT_MATCH_THRESHOLD:
            return True
        if same_item(first, second):
            return True
    return restated(first, second) or same_measured_limits(first, second)


def _specific_on_both_sides(first: str, second: str) -> bool:
    """Each phrase names something specific the other does not (after synonyms and covering
    words): fuzzy-alike wording ("renal" / "hepatic") is then no restatement."""
    a, b = paraphrase_key(first), paraphrase_key(second)
    a, b = lift(a, b), lift(b, a)
    generic = generic_tokens()
    return bool((a - b) - generic) and bool((b - a) - generic)


def vocabulary_neutral_ids(group: list[Statement], vocabulary_name: str) -> dict[str, set[str]]:
    """`neutral_ids` with the qualifier axes of a vocabulary, plus generic names: a document
    naming "nasal interface" (an entry that `covers` nasal cannula and nasal mask) neither states
    nor omits those, and a document naming one of them states the generic name."""
    from panelproof.extract.intended_use import vocabulary

    qualifiers = vocabulary(vocabulary_name, "qualifiers").entries
    neutral = neutral_ids(group, lambda q: (qualifiers.get(q) or {}).get("axis", "_"))
    entries = vocabulary(vocabulary_name).entries
    for generic, entry in entries.items():
        covered = set(entry.get("covers") or ())
        if not covered:
            continue
        # "percutaneous (transfemoral) access": a document that names routes beside the generic
        # word is read by its routes (`covers_only_alone`), not left open on the others.
        alone_only = bool(entry.get("covers_only_alone"))
        for statement in group:
            stated = set(statement.concepts)
            if generic in stated and not (alone_only and stated & covered):
                neutral.setdefault(statement.document.path, set()).update(covered - stated)
            if stated & covered:
                neutral.setdefault(statement.document.path, set()).add(generic)
    return neutral


def neutral_ids(group: list[Statement], axis_of: Callable[[str], str]) -> dict[str, set[str]]:
    """Per document path, the qualified ids it neither states nor contradicts.

    "Aortic stenosis (low surgical risk)" and "aortic stenosis" name one indication, one more
    precisely: a document that states a condition without any qualifier of an axis (surgical
    risk, elective or emergency presentation, symptoms) is neutral on that axis. A document
    that states another qualifier of the same axis ("elective" where another says "ruptured,
    in emergencies") contradicts it, and a document that does not state the condition at all
    omits it.
    """
    stated_axes: dict[str, dict[str, set[str]]] = {}
    for statement in group:
        axes = stated_axes.setdefault(statement.document.path, {})
        for concept_id in statement.concepts:
            base, _, qualifier = concept_id.partition("@")
            axes.setdefault(base, set())
            if qualifier:
                axes[base].add(axis_of(qualifier))
    qualified = {c for s in group for c in s.concepts if "@" in c}
    neutral: dict[str, set[str]] = {}
    for statement in group:
        axes = stated_axes[statement.document.path]
        for concept_id in qualified:
            base, _, qualifier = concept_id.partition("@")
            if base in axes and axis_of(qualifier) not in axes[base]:
                neutral.setdefault(statement.document.path, set()).add(concept_id)
    return neutral


@dataclass
class Difference:
    """Concepts stated by `present` documents and not by `absent` ones, and possibly the reverse."""

    present: list[Statement]
    absent: list[Statement]
    only_present: list[str]  # concept ids the present side states and the absent side does not
    only_absent: list[str]  # concept ids the absent side states and the present side does not


def differences(group: list[Statement], neutral: dict[str, set[str]] | None = None) -> list[Difference]:
    """Concepts that split the documents, grouped by how they split them.

    `neutral` (document path -> concept ids) names documents that are on neither side of a
    concept: they are neither quoted as stating it nor as omitting it."""
    if len(group) < 2:
        return []
    neutral = neutral or {}
    all_ids = sorted({c for s in group for c in s.concepts})
    splits: dict[frozenset, dict[frozenset, list[str]]] = {}
    for concept_id in all_ids:
        present = frozenset(s.document.path for s in group if concept_id in s.concepts)
        # a condition named bare ("atrial fibrillation") is not missing from a document that
        # names only qualified forms of it ("paroxysmal atrial fibrillation"): no qualifier
        # neither states nor contradicts one
        qualified = frozenset(s.document.path for s in group if "@" not in concept_id
                              and any(c.startswith(concept_id + "@") for c in s.concepts))
        absent = frozenset(s.document.path for s in group
                           if concept_id not in neutral.get(s.document.path, ())) - present - qualified
        if not absent:
            continue
        key = frozenset({present, absent})
        splits.setdefault(key, {}).setdefault(present, []).append(concept_id)
    by_path = {s.document.path: s for s in group}
    result = []
    for key, sides in splits.items():
        sides_list = sorted(sides.items(), key=lambda item: (-len(item[1]), sorted(item[0])))
        present_paths, present_ids = sides_list[0]
        absent_ids = sides_list[1][1] if len(sides_list) > 1 else []
        absent_paths = next(iter(key - {present_paths}))
        result.append(Difference(
            present=[by_path[p] for p in sorted(present_paths, key=lambda p: _order(by_path[p]))],
            absent=[by_path[p] for p in sorted(absent_paths, key=lambda p: _order(by_path[p]))],
            only_present=present_ids, only_absent=absent_ids))
    return result


def _order(statement: Statement) -> tuple:
    return (_ROLE_ORDER.get(statement.document.role, 99), statement.document.path)


def label_of(statement_facts: list[Fact], concept_id: str, vocabulary_label: Callable[[str], str]) -> str:
    if concept_id == "none":
        return "no contraindications"
    if is_text_id(concept_id):
        base, _, qualifier = concept_id.partition("@")
        if qualifier:
            qualified = vocabulary_label("x@" + qualifier)
            return f"“{base[5:]}”" + qualified[qualified.index(" ("):] if " (" in qualified else \
                f"“{base[5:]}” ({qualifier.replace('_', ' ')})"
        return f"“{concept_id[5:]}”"
    return vocabulary_label(concept_id)


def locations_for(statements_: list[Statement], concept_ids: list[str], *,
                  per_document: int = 3) -> list[Location]:
    """Quotes of the concepts in each document; when a document has none of them, what it lists."""
    locations: list[Location] = []
    for statement in statements_:
        own = [f for c in concept_ids for f in statement.concepts.get(c, [])[:1]]
        if not own:
            own = statement.all_facts
        for fact in own[:per_document]:
            if fact.location not in locations:
                locations.append(fact.location)
    return locations


def heading_location(document: Document, predicate: Callable[[str], bool] | None = None) -> Location | None:
    """The first heading satisfying `predicate` (or the document's first heading), quoted verbatim."""
    headings = document.headings()
    chosen = next((h for h in headings if predicate and predicate(h.text)), None)
    if chosen is None and headings:
        chosen = headings[0]
    if chosen is None:
        chosen = next((b for b in document.blocks if b.text.strip()), None)
    if chosen is None:
        return None
    return document.location(chosen, chosen.full_quote)


def concept_findings(rule, facts: FactBase, kind: FactKind, noun: str, vocabulary_name: str,
                     documents: list[Document] | None = None, *, with_language: bool = False,
                     text_severity=None, summary_subset_severity=None, exclusions: bool = False,
                     catch_alls: bool = False):
    """Findings of `rule` for concepts of `kind` that split `documents` (default: one per role).

    With `summary_subset_severity`, items that the labelling (IFU, label) states and only
    summaries (CEP, CER, SSCP, CEAR) leave out, with nothing the other way round, get that
    severity: a summary that lists fewer items of the full list contradicts nothing.

    With `catch_alls`, a document whose list a catch-all leaves open ("tracheal intubation and
    other airway procedures", "conditions such as ...", "etc.") neither states nor omits the
    items it does not name (`_catch_all`)."""
    from panelproof.extract.intended_use import vocabulary

    vocab = vocabulary(vocabulary_name)
    group = statements(facts, kind, documents if documents is not None else representatives(facts))
    known = dossier_abbreviations(group)
    expand_text_ids(group, known)
    unify_text_ids(group)
    neutral = vocabulary_neutral_ids(group, vocabulary_name)
    if catch_alls:
        from panelproof.rules.intended_use._catch_all import open_documents

        open_paths = open_documents(group, kind)
        every = {c for s in group for c in s.concepts}
        for statement in group:
            if statement.document.path in open_paths:
                neutral.setdefault(statement.document.path, set()).update(every - set(statement.concepts))
    texts = _SectionTexts(kind, vocabulary_name, known)
    reported: list[Fact] = []
    for diff in differences(group, neutral):
        # wording a document restates in its own words elsewhere in its list is no difference
        diff.only_present = [c for c in diff.only_present
                             if not texts.all_mention(diff.absent, c, diff.present)]
        diff.only_absent = [c for c in diff.only_absent
                            if not texts.all_mention(diff.present, c, diff.absent)]
        if not diff.only_present:
            if not diff.only_absent:
                continue
            diff = Difference(diff.absent, diff.present, diff.only_absent, [])
        plain_text = all(is_text_id(c) and "@" not in c for c in diff.only_present + diff.only_absent)
        # A concept that the other side states in related words ("end-organ failure" where one
        # says "hepatic, renal or neurological dysfunction") is not clearly absent there: a
        # wording to align, not a contradiction.
        unclear = text_severity is not None and "none" not in diff.only_present + diff.only_absent and not any(
            texts.clearly_absent(diff.absent, c, diff.present) for c in diff.only_present) and not any(
            texts.clearly_absent(diff.present, c, diff.absent) for c in diff.only_absent)
        severity = text_severity if text_severity is not None and (
            plain_text or unclear or _one_family(diff, vocab)) else None
        if summary_subset_severity is not None and _summary_subset(diff):
            severity = summary_subset_severity
        message = _difference_message(diff, noun, vocab, with_language)
        umbrellas = _summarised_by_umbrella(diff, vocab)
        if umbrellas and text_severity is not None:
            # the summary states "respiratory failure" as the CER does, and leaves out the
            # forms ("ARDS", "COPD exacerbation") the others list: a level of detail to align
            severity = text_severity
            for umbrella in dict.fromkeys(umbrellas.values()):
                forms = [vocab.label(narrow) for narrow, broad in umbrellas.items() if broad == umbrella]
                summary = describe_document(diff.absent[0].document)
                also = next(s for s in diff.present if any(c.partition("@")[0] == umbrella for c in s.concepts))
                message += (f" {summary[0].upper()}{summary[1:]} states {vocab.label(umbrella)}, as "
                            f"{describe_document(also.document)} does; {' and '.join(forms)} "
                            f"{'is a form' if len(forms) == 1 else 'are forms'} of it.")
        locations = locations_for(diff.present, diff.only_present) + locations_for(diff.absent, diff.only_absent)
        excluding = _exclusions(facts, kind, diff) if exclusions else []
        if excluding:
            # one document lists what another explicitly excludes: a contradiction, not a wording
            severity = None
            message += " " + " ".join(
                f"{describe_document(statement.document)[0].upper()}{describe_document(statement.document)[1:]} "
                f"explicitly excludes “{fact.location.quote}”."
                for statement, fact in excluding)
            locations += [fact.location for _, fact in excluding if fact.location not in locations]
            reported += [fact for _, fact in excluding]
        yield rule.finding(message, locations, severity=severity)
    if exclusions:
        yield from _exclusion_findings(rule, facts, kind, group, reported)


def _exclusion_findings(rule, facts: FactBase, kind: FactKind, group: list[Statement],
                        reported: list[Fact]):
    """An item one document states that another explicitly excludes, where the lists otherwise
    compare equal ("anterior, apical or posterior compartment" / "anterior or apical
    compartment" and "Posterior compartment repair is not an indication")."""
    shown: set[tuple[str, Location]] = set()  # (excluding document, stated item) already reported
    for excluding in [*group, *_excluding_only(facts, kind, group)]:
        negated = [f for f in facts.of(kind, document=excluding.document.path)
                   if getattr(f.value, "negated", False) and getattr(f.value, "id", None) != "none"
                   and f not in reported]
        for fact in negated:
            own = [Statement(excluding.document, {c: v}) for c, v in excluding.concepts.items()]
            if any(_excludes(fact, c, own, excluding.document.language) for c in excluding.concepts):
                continue  # the document states the item itself: its exclusion is of something narrower
            stating = [(s, c) for s in group if s is not excluding for c in s.concepts
                       if _excludes(fact, c, [s], excluding.document.language)
                       and (excluding.document.path, s.concepts[c][0].location) not in shown]
            if not stating:
                continue  # none, or each item already reported against a broader exclusion
            shown |= {(excluding.document.path, s.concepts[c][0].location) for s, c in stating}
            documents = list(dict.fromkeys(describe_document(s.document) for s, _ in stating))
            names = join_names(documents)
            quotes = join_names(list(dict.fromkeys(f"“{f.location.quote}”" for s, c in stating
                                                   for f in s.concepts[c][:1]))[:3])
            excluder = describe_document(excluding.document)
            message = (f"{names[0].upper()}{names[1:]} list{'s' if len(documents) == 1 else ''} {quotes} among the "
                       f"indications, but {excluder} explicitly excludes “{fact.location.quote}”.")
            locations = list(dict.fromkeys([f.location for s, c in stating for f in s.concepts[c][:1]]
                                           + [fact.location]))
            yield rule.finding(message, locations)


def _excluding_only(facts: FactBase, kind: FactKind, group: list[Statement]) -> list[Statement]:
    """The intended-use documents that state only exclusions of `kind` ("Other headache disorders
    (cluster headache, occipital neuralgia) are not included in the intended purpose"): no list
    to compare, but their exclusions still contradict a document that lists those items."""
    compared = {s.document.path for s in group}
    found = []
    for document in facts.documents_with_role(*INTENDED_USE_ROLES):
        if document.path in compared:
            continue
        own = facts.of(kind, document=document.path)
        if own and all(getattr(f.value, "negated", False) for f in own):
            found.append(Statement(document, all_facts=own))
    return found


def _exclusions(facts: FactBase, kind: FactKind, diff: Difference) -> list[tuple[Statement, Fact]]:
    """The negated facts ("X is not an indication") by which a document on one side of `diff`
    excludes a concept the other side states."""
    found: list[tuple[Statement, Fact]] = []
    for stating, concept_ids, others in ((diff.present, diff.only_present, diff.absent),
                                         (diff.absent, diff.only_absent, diff.present)):
        for statement in others:
            negated = [f for f in facts.of(kind, document=statement.document.path)
                       if getattr(f.value, "negated", False) and getattr(f.value, "id", None) != "none"]
            for fact in negated:
                if any(_excludes(fact, concept_id, stating, statement.document.language)
                       for concept_id in concept_ids) and (statement, fact) not in found:
                    found.append((statement, fact))
    return found


def _excludes(negated: Fact, concept_id: str, stating: list[Statement], language: str | None) -> bool:
    """The negated fact names the concept: the same vocabulary id, or within one language the
    same words ("posterior compartment repair" excludes "... apical or posterior compartment")."""
    base = concept_id.partition("@")[0]
    if negated.value.id.partition("@")[0] == base:
        return True
    if not is_text_id(negated.value.id):
        return False
    excluded = negated.value.id.partition("@")[0][5:]
    phrases = [base[5:]] if is_text_id(base) else []
    phrases += [f.location.quote for s in stating if s.document.language == language
                for f in s.concepts.get(concept_id, [])]
    if not phrases:
        return False
    wanted = paraphrase_key(excluded) - _procedure_words()
    return any(same_text(excluded, phrase) or (wanted and wanted <= paraphrase_key(phrase))
               for phrase in phrases)


@lru_cache(maxsize=1)
def _procedure_words() -> frozenset[str]:
    """Words that name the act rather than the condition ("repair", "treatment", "use")."""
    from panelproof.rules.intended_use.IU004_indication_contraindicated import _procedure_tokens

    return _procedure_tokens() | paraphrase_key("repair correction reconstruction other disorders")


_FULL_LIST_ROLES = (Role.IFU, Role.LABEL)


def _one_family(diff: Difference, vocab) -> bool:
    """Each concept on one side is a specific form of one on the other side, or the reverse,
    and the two items share a specific word besides ("hypercapnic COPD exacerbation" /
    "hypercapnic respiratory failure"): the documents name one condition at two levels of
    detail, a wording to align. "All wound types" / "diabetic foot ulcers" share no word: one
    document claims far more than the other, which stays major."""
    if not diff.only_present or not diff.only_absent:
        return False

    def words(sides: list[Statement], concept_id: str) -> frozenset[str]:
        return frozenset().union(*(paraphrase_key(f.location.quote) for s in sides
                                   for f in s.concepts.get(concept_id, [])))

    generic = generic_tokens()

    def kin(first: str, second: str) -> bool:
        if second not in vocab.broader(first) and first not in vocab.broader(second):
            return False
        mine = words(diff.present, first) | words(diff.absent, first)
        theirs = words(diff.present, second) | words(diff.absent, second)
        return bool((mine & theirs) - generic)

    return (all(any(kin(c, o) for o in diff.only_absent) for c in diff.only_present)
            and all(any(kin(c, o) for o in diff.only_present) for c in diff.only_absent))


def dossier_abbreviations(group: list[Statement]) -> dict[str, str]:
    """The abbreviations that the compared documents define ("TMJ" -> "temporomandibular
    joint"), the first definition winning: one document may use what another spells out."""
    from panelproof.extract._indication_text import abbreviations

    known: dict[str, str] = {}
    for statement in group:
        for abbreviation, expansion in abbreviations(statement.document).items():
            known.setdefault(abbreviation, expansion)
    return known


def expand_text_ids(group: list[Statement], known: dict[str, str]) -> None:
    """`text:` ids with the dossier's abbreviations spelled out ("text:end-stage tmj disease"
    -> "text:end-stage temporomandibular joint disease")."""
    if not known:
        return
    lowered = {a.lower(): e.lower() for a, e in known.items()}
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in sorted(lowered, key=lambda t: (-len(t), t)))
                         + r")(?![\w-])")
    for statement in group:
        renamed: dict[str, list[Fact]] = {}
        for concept_id, concept_facts in statement.concepts.items():
            if is_text_id(concept_id):
                concept_id = pattern.sub(lambda m: lowered[m.group(0)], concept_id)
            renamed.setdefault(concept_id, []).extend(concept_facts)
        statement.concepts = renamed


def _summarised_by_umbrella(diff: Difference, vocab) -> dict[str, str]:
    """{omitted concept: the broader concept that covers it} when only summaries (CEP, CER,
    SSCP, CEAR) leave out items, state nothing the others do not, and every document, the
    summaries state a broader concept of each omitted item that a document listing the item
    states too: the CER says "hypercapnic respiratory failure: ARDS ..., COPD exacerbation ...",
    the CEAR's summary says "hypercapnic respiratory failure" only. Empty otherwise: a document claiming the umbrella where the others
    state only a narrow form ("all wounds" / "diabetic foot ulcers") differs in substance."""
    if diff.only_absent or "none" in diff.only_present or not diff.absent:
        return {}
    if any(s.document.role in _FULL_LIST_ROLES for s in diff.absent):
        return {}
    def states(statement: Statement, umbrella: str) -> bool:
        return any(c.partition("@")[0] == umbrella for c in statement.concepts)

    found: dict[str, str] = {}
    for concept in diff.only_present:
        umbrella = next((b for b in sorted(vocab.broader(concept))
                         if all(states(s, b) for s in diff.absent) and any(states(s, b) for s in diff.present)),
                        None)
        if umbrella is None:
            return {}
        found[concept] = umbrella
    return found


def _summary_subset(diff: Difference) -> bool:
    """The labelling states items that only summaries omit, and they state nothing it does not."""
    return (not diff.only_absent and "none" not in diff.only_present
            and any(s.document.role in _FULL_LIST_ROLES for s in diff.present)
            and not any(s.document.role in _FULL_LIST_ROLES for s in diff.absent))


_CONTRA_WORD = re.compile(r"(?i:contra|contre|kontra|gegenanz|controindic)")
# "Safety and effectiveness have not been established for X", "is not indicated for X", "n'a pas
# été établie", "ist nicht belegt", "no se ha establecido", "non è stata dimostrata", "niet
# vastgesteld", "nie została ustalona", "ikke fastslået", "nebyla stanovena": the device is not
# for patients with X, an exclusion a panel reads as equivalent to a contraindication.
_LIMITATION = re.compile(
    r"(?i:\bnot\s+(?:yet\s+)?(?:been\s+)?(?:established|demonstrated|proven|studied|investigated|evaluated)\b"
    r"|\b(?:is|are)\s+not\s+(?:indicated|intended)\b"
    r"|\bn['’](?:a|ont|est|sont)\s+pas\s+(?:été\s+)?(?:établi|démontré|étudié|évalué|prouvé|indiqué|destiné)"
    r"|\bnicht\s+(?:belegt|erwiesen|nachgewiesen|untersucht|gesichert|indiziert|vorgesehen|bestimmt)\b"
    r"|\bno\s+(?:se\s+)?(?:ha|han)\s+(?:sido\s+)?(?:establecid|demostrad|estudiad)|\bno\s+está\s+indicad"
    r"|\bnon\s+(?:è|sono)\s+(?:stat[aeio]\s+)?(?:stabilit|dimostrat|studiat|indicat)"
    r"|\bniet\s+(?:vastgesteld|aangetoond|onderzocht|geïndiceerd|bedoeld)\b"
    r"|\bnie\s+(?:został[aoy]?\s+)?(?:ustalon|potwierdzon|wykazan|zbadan)|\bnie\s+jest\s+wskazan"
    r"|\bikke\s+(?:blevet\s+)?(?:fastslået|dokumenteret|påvist|undersøgt|indiceret)\b"
    r"|\bneby(?:la|l|ly|lo)\s+(?:stanoven|prokázán|ověřen)|\bnení\s+(?:indikován|určen|prokázán|stanoven))")


def _opening_blocks(document: Document) -> set[int]:
    """The paragraphs under a document's title, before its first section: an IFU that opens
    with "The X removes CO2 from the blood of adults with acute hypercapnic respiratory
    failure" states what the device is for there, without the word "intended"."""
    opening: set[int] = set()
    headings = 0
    for block in document.blocks:
        if block.kind is BlockKind.HEADING:
            headings += 1
            if headings > 1:
                break
            continue
        if block.kind is BlockKind.PARAGRAPH:
            opening.add(id(block))
    return opening


class _SectionTexts:
    """The sentences, items and cells of a document where it states `kind`, read on demand."""

    _CUES = {FactKind.INDICATION: ("indicat", "intended", "indiqu", "destin", "indiz", "bestimmt"),
             FactKind.CONTRAINDICATION: ("contra", "contre", "kontra", "not ", "nicht", "ne ", "n'", "n’",
                                         "no ", "non ", "nie ", "niet ", "ikke ", "není ", "neby")}

    def __init__(self, kind: FactKind, vocabulary_name: str = "clinical_terms",
                 abbreviations: dict[str, str] | None = None) -> None:
        self.vocabulary_name = vocabulary_name
        self.abbreviations = abbreviations or {}
        from panelproof.extract.intended_use import (CONTRAINDICATIONS, INDICATIONS, INTENDED_PURPOSE,
                                                     WARNINGS)
        self.kind = kind
        self.sections = ({INDICATIONS, INTENDED_PURPOSE} if kind is FactKind.INDICATION
                         else {CONTRAINDICATIONS, WARNINGS} if kind is FactKind.CONTRAINDICATION
                         else set())
        self._by_path: dict[str, list[str]] = {}
        self._known_by_path: dict[str, set[str]] = {}

    def _texts(self, document: Document) -> list[str]:
        from panelproof.extract.intended_use import OTHER, units

        if document.path not in self._by_path:
            cues = self._CUES.get(self.kind, ())
            from panelproof.extract._indication_text import expand_abbreviations, known_abbreviations

            opening = _opening_blocks(document) if self.kind is FactKind.INDICATION else set()
            # the dossier's definitions, and the standard clinical abbreviations ("HF", "VT")
            known = {**known_abbreviations(document), **self.abbreviations}
            self._by_path[document.path] = [
                expand_abbreviations(u.text, known) for u in units(document)
                if OTHER not in u.kinds and (u.kinds & self.sections or id(u.block) in opening
                                             or any(c in u.text.lower() for c in cues))]
        return self._by_path[document.path]

    def _states_known(self, document: Document, concept_id: str) -> bool:
        """The document names the vocabulary concept, not negated, somewhere in its sentences,
        items or cells on `kind` ("CSA, including CSA associated with heart failure" states
        heart failure even where no item of its own does)."""
        if document.path not in self._known_by_path:
            from panelproof.extract.intended_use import negated_at, vocabulary

            vocab = vocabulary(self.vocabulary_name)
            # "contraindicated in heart failure" names the concept but does not state it
            limitations = self.kind is FactKind.CONTRAINDICATION
            self._known_by_path[document.path] = {
                m.id for text in self._texts(document) if not _CONTRA_WORD.search(text)
                for m in _own_matches(vocab.find(text), text, document, self.kind)
                if not negated_at(text, m.start) or (limitations and _LIMITATION.search(text))}
        return concept_id in self._known_by_path[document.path]

    def _phrases(self, concept_id: str, stating: list[Statement]) -> list[str]:
        """The words that state a concept: its own wording, or for a vocabulary id the items
        that named it ("Known allergy to titanium" for material_allergy)."""
        if is_text_id(concept_id):
            return [concept_id[5:]]
        return list(dict.fromkeys(f.location.quote for s in stating
                                  for f in s.concepts.get(concept_id, [])))

    def all_mention(self, statements_: list[Statement], concept_id: str,
                    stating: list[Statement] = ()) -> bool:
        """Every document of `statements_` restates the concept in its own words."""
        if (self.sections and statements_ and not is_text_id(concept_id) and "@" not in concept_id
                and concept_id != "none"
                and all(self._states_known(s.document, concept_id) for s in statements_)):
            return True
        if (not self.sections or "@" in concept_id or concept_id == "none" or not statements_
                or not _one_language(statements_, stating)):
            return False
        phrases = self._phrases(concept_id, stating)
        return bool(phrases) and all(any(mentioned_in(p, t) for p in phrases for t in self._texts(s.document))
                                     for s in statements_)

    def clearly_absent(self, statements_: list[Statement], concept_id: str,
                       stating: list[Statement]) -> bool:
        """No document of `statements_` says anything close to the concept: not even half of
        its words in one sentence, item or cell of its section."""
        if (not self.sections or concept_id == "none" or "@" in concept_id
                or not _one_language(statements_, stating)):
            return True  # a qualifier ("ruptured", "high surgical risk") is decided by its axis
        phrases = self._phrases(concept_id, stating)
        if not phrases:
            return True
        return any(not any(related(p, t) and not self._other_concept(t, concept_id)
                           for p in phrases for t in self._texts(s.document))
                   for s in statements_)

    def _other_concept(self, text: str, concept_id: str) -> bool:
        """The text names another known concept ("infected diabetic foot ulcers" where the
        concept is venous leg ulcers): its shared words do not make it a restatement."""
        from panelproof.extract.intended_use import vocabulary

        return any(m.id != concept_id.partition("@")[0]
                   for m in vocabulary(self.vocabulary_name).find(text))


def _own_matches(matches, text: str, document: Document, kind: FactKind):
    """The vocabulary matches of `text` that are not what another therapy treats ("Unlike
    hypoglossal nerve stimulation in obstructive sleep apnoea, ...")."""
    from panelproof.extract._indication_text import COMPARISON_CUE, comparison_spans

    if kind is not FactKind.INDICATION or not matches or not COMPARISON_CUE.search(text):
        return matches
    spans = comparison_spans(text, document=document)
    return [m for m in matches if not any(a <= m.start < b for a, b in spans)]


def _one_language(*sides: list[Statement]) -> bool:
    return len({s.document.language for side in sides for s in side}) == 1


def _side_text(sides: list[Statement], ids: list[str], vocab, with_language: bool) -> tuple[str, str]:
    names = join_names([describe_document(s.document, with_language=with_language) for s in sides])
    # "aneurysms (emergency)" says all that "aneurysms" would
    qualified_bases = {c.partition("@")[0] for c in ids if "@" in c}
    labels = join_names([label_of([], c, vocab.label) for c in ids if c not in qualified_bases])
    return names, labels


def _difference_message(diff: Difference, noun: str, vocab, with_language: bool) -> str:
    present_names, present_labels = _side_text(diff.present, diff.only_present, vocab, with_language)
    absent_names, absent_labels = _side_text(diff.absent, diff.only_absent, vocab, with_language)
    if diff.only_absent == ["none"] or diff.only_present == ["none"]:
        none_side, list_side = ((absent_names, present_names) if diff.only_absent == ["none"]
                                else (present_names, absent_names))
        list_labels = present_labels if diff.only_absent == ["none"] else absent_labels
        verb = "states" if " and " not in none_side else "state"
        return (f"{noun.capitalize()} differ between documents: {none_side} {verb} that there are "
                f"no {noun}; {list_side} {'lists' if ' and ' not in list_side else 'list'} {list_labels}.")
    first = _clause(present_names, diff.only_present, present_labels, noun)
    message = f"{noun.capitalize()} differ between documents: {first}, which {absent_names} " \
              f"{'does' if len(diff.absent) == 1 else 'do'} not"
    if diff.only_absent:
        second = _clause(absent_names, diff.only_absent, absent_labels, noun)
        message += f"; {second}, which {present_names} {'does' if len(diff.present) == 1 else 'do'} not"
    message += "."
    relation = _relation(diff, vocab)
    if relation:
        message += " " + relation
    return message[0].upper() + message[1:]


def _clause(names: str, ids: list[str], labels: str, noun: str) -> str:
    if ids == ["none"]:
        return f"{names} {'states' if ' and ' not in names else 'state'} that there are no {noun}"
    verb = "lists" if " and " not in names else "list"
    return f"{names} {verb} {labels}"


def _relation(diff: Difference, vocab) -> str:
    """"Diabetic foot ulcers is narrower than all wound types." when the vocabulary knows it;
    what a qualifier of the same axis changes ("elective" on one side, "emergency" on the other)."""
    notes = qualifier_notes(diff, vocab)
    for narrow_side, broad_side in ((diff.only_present, diff.only_absent),
                                    (diff.only_absent, diff.only_present)):
        for narrow in narrow_side:
            for broad in broad_side:
                if broad in vocab.broader(narrow):
                    notes.append(f"{vocab.label(narrow).capitalize()} is narrower than "
                                 f"{vocab.label(broad)}.")
    return " ".join(notes[:3])


def qualifier_notes(diff: Difference, vocab) -> list[str]:
    notes = []
    for mine in diff.only_present:
        base, _, qualifier = mine.partition("@")
        axis = (vocab.qualifiers.get(qualifier) or {}).get("axis", "_") if qualifier else None
        for theirs in diff.only_absent:
            other_base, _, other = theirs.partition("@")
            if (other_base == base and other and other != qualifier
                    and (vocab.qualifiers.get(other) or {}).get("axis", "_") == axis):
                notes.append(f"The same condition is stated as {_qualifier_label(vocab, qualifier)} on one "
                             f"side and {_qualifier_label(vocab, other)} on the other; each needs its own "
                             f"clinical data.")
    return notes[:1]


def _qualifier_label(vocab, qualifier: str) -> str:
    return (vocab.qualifiers.get(qualifier) or {}).get("label", qualifier.replace("_", " "))
