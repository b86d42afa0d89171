"""Compare free-text items that documents restate in their own words.

An indication or contraindication no vocabulary knows keeps its wording (`text:` ids). Two
documents often restate the same item differently: "absence of adequate vascular access" /
"no suitable vascular access", "inability to operate the programmer" / "patients unable to
operate the patient programmer". `paraphrase_key` reduces a phrase to a set of tokens:
synonyms (vocabulary/paraphrases.yaml) become one canonical token, filler words go, British and
American spellings meet, number words become digits ("less than one year" / "< 1 year"), and
the remaining words are cut to their stems. Two keys name the same item when one contains the
other (or nearly), and both or neither state an absence. A synonym entry that `covers` others
("end-organ" covers hepatic, renal, cerebral ...) lets a list of the narrower words restate the
broader one ("irreversible hepatic or renal dysfunction" / "irreversible end-organ dysfunction").
"""

from __future__ import annotations

import re
from functools import lru_cache

from panelproof import knowledge
from panelproof.extract._terms import flatten_terms, term_pattern

_WORD = re.compile(r"[^\W\d_][\w']*|\d+(?:[.,/]\d+)?")
_NO = "~no"
# French and Italian elisions ("d'un abord", "l'accesso") as whole words: "de un abord"
_ELISION = re.compile(r"\b(d|l|n|j|s|c|qu|dell|all|nell|dall|sull)['’]")
_STEM = 5


@lru_cache(maxsize=1)
def _synonyms() -> dict[str, tuple[tuple[int, re.Pattern, str], ...]]:
    """The synonym terms (vocabulary/paraphrases.yaml), indexed by the first letters of their
    first word: (rank, pattern, canonical token), the longest term first.

    One alternation of some 500 terms cost a millisecond per phrase (the regex engine tries
    every term at every word); looking up the few terms that start like the word is the same
    search, in the same order.
    """
    data = knowledge.load("vocabulary/paraphrases") or {}
    canonical_of: dict[str, str] = {}
    for entry in data.get("synonyms") or []:
        canonical = " ".join("~" + w for w in str(entry["canonical"]).split())
        for term in flatten_terms(entry.get("terms")):
            canonical_of.setdefault(term.lower(), canonical)
    terms = sorted(canonical_of, key=lambda t: len(t.rstrip("*")), reverse=True)
    index: dict[str, list[tuple[int, re.Pattern, str]]] = {}
    for rank, term in enumerate(terms):
        key = term.split()[0].rstrip("*")[:_PREFIX] if term.split() else ""
        index.setdefault(key, []).append(
            (rank, re.compile(term_pattern(term), re.IGNORECASE), canonical_of[term]))
    return {key: tuple(entries) for key, entries in index.items()}


_PREFIX = 3
_WORD_START = re.compile(r"(?<!\w)\w")


def _replace_synonyms(lowered: str) -> str:
    """Each synonym in `lowered` (left to right, the longest term first) as its canonical token."""
    index = _synonyms()
    if not index:
        return lowered
    out: list[str] = []
    position = 0
    for word in _WORD_START.finditer(lowered):
        start = word.start()
        if start < position:
            continue  # inside the synonym just replaced
        candidates = [entry for size in range(_PREFIX, -1, -1)
                      for entry in index.get(lowered[start:start + size], ())]
        for _rank, pattern, canonical in sorted(candidates, key=lambda entry: entry[0]):
            match = pattern.match(lowered, start)
            if match:
                out += [lowered[position:start], f" {canonical} "]
                position = match.end()
                break
    out.append(lowered[position:])
    return "".join(out)


@lru_cache(maxsize=1)
def _covers() -> dict[str, frozenset[str]]:
    """Canonical token -> the tokens of the narrower words it covers."""
    data = knowledge.load("vocabulary/paraphrases") or {}
    covers: dict[str, frozenset[str]] = {}
    for entry in data.get("synonyms") or []:
        if entry.get("covers"):
            canonical = "~" + str(entry["canonical"]).replace(" ", " ~")
            covers[canonical] = frozenset(t for word in entry["covers"] for t in paraphrase_key(str(word)))
    return covers


@lru_cache(maxsize=1)
def site_tokens() -> frozenset[str]:
    """Canonical tokens of the synonyms marked `site: true`: body structures and tissues
    ("spinal cord", "nervous tissue"). Such a word says where, not which condition or use: a
    phrase that names it ("spinal cord injury") does not restate a concept named by it alone."""
    data = knowledge.load("vocabulary/paraphrases") or {}
    return frozenset("~" + str(e["canonical"]).replace(" ", " ~")
                     for e in data.get("synonyms") or [] if e.get("site"))


@lru_cache(maxsize=1)
def _opposites() -> tuple[tuple[str, str], ...]:
    data = knowledge.load("vocabulary/paraphrases") or {}
    return tuple(("~" + str(e["canonical"]), "~" + str(e["opposite"]))
                 for e in data.get("synonyms") or [] if e.get("opposite"))


def opposed(first: str, second: str) -> bool:
    """True when the phrases differ by opposite words ("reversible" / "irreversible",
    "less than" / "more than"): however alike their wording, they name different items."""
    a, b = paraphrase_key(first), paraphrase_key(second)
    return any(x in a and y in b and x not in b for x, y in _opposites())


@lru_cache(maxsize=1)
def _numbers() -> dict[str, str]:
    data = knowledge.load("vocabulary/paraphrases") or {}
    words: dict[str, str] = {}
    for language, mapping in (data.get("numbers") or {}).items():
        if isinstance(mapping, dict):
            words.update({str(k).lower(): str(v) for k, v in mapping.items()})
    return words


_LESS, _MORE = re.compile(r"[<≤]"), re.compile(r"[>≥]")


@lru_cache(maxsize=1)
def _fillers() -> tuple[frozenset[str], tuple[str, ...]]:
    data = knowledge.load("vocabulary/paraphrases") or {}
    words, prefixes = set(), []
    for term in flatten_terms(data.get("fillers")):
        term = term.lower()
        if term.endswith("*"):
            prefixes.append(term[:-1])
        else:
            words.update(term.split())
    return frozenset(words), tuple(prefixes)


def _spelling(word: str) -> str:
    """British and American spellings meet: haem/hem, oedema/edema, paediatric/pediatric."""
    if len(word) > 3:
        word = word[0] + word[1:].replace("ae", "e").replace("oe", "e")
        if word.startswith("oe"):
            word = "e" + word[2:]
    return word


@lru_cache(maxsize=1)
def _rewrites() -> tuple[re.Pattern, dict[str, str]] | None:
    """One pattern of the wordings that `rewrites` (vocabulary/paraphrases.yaml) reads as
    others ("within the last year" -> "within 12 months"), and each wording's replacement."""
    data = knowledge.load("vocabulary/paraphrases") or {}
    replacement: dict[str, str] = {}
    for entry in data.get("rewrites") or []:
        for term in flatten_terms(entry.get("terms")):
            replacement.setdefault(_fold(term), _fold(str(entry["to"])))
    if not replacement:
        return None
    terms = sorted(replacement, key=lambda t: (-len(t), t))
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in terms) + r")(?!\w)"), replacement


def _fold(text: str) -> str:
    return " ".join(text.lower().split())


@lru_cache(maxsize=1)
def _fractions() -> re.Pattern | None:
    """Fractions in words ("one third", "un tiers") as one alternation, the longest first."""
    data = knowledge.load("vocabulary/paraphrases") or {}
    words: dict[str, str] = {}
    for language, mapping in (data.get("fractions") or {}).items():
        if isinstance(mapping, dict):
            words.update({str(k).lower(): str(v) for k, v in mapping.items()})
    if not words:
        return None
    _FRACTION_VALUES.update(words)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words, key=lambda t: (-len(t), t))) + r")\b")


_FRACTION_VALUES: dict[str, str] = {}


def _singular(word: str) -> str:
    """A plural cut to its singular where the stem would keep the difference: "jaws" / "jaw",
    "bullae" / "bulla", "ICDs" / "ICD" (longer words are cut to their stem anyway)."""
    if len(word) > 3 and not word.isdigit():
        if word.endswith("ae"):
            return word[:-1]
        if word.endswith("s") and not word.endswith(("ss", "us", "is")):
            return word[:-1]
    return word


@lru_cache(maxsize=16384)
def ordered_tokens(text: str) -> tuple[str, ...]:
    """The tokens of `paraphrase_key` in the order of the phrase (repeated tokens kept)."""
    lowered = _ELISION.sub(r"\1e ", " ".join(text.lower().split()))
    if "<" in lowered or ">" in lowered or "≤" in lowered or "≥" in lowered:
        lowered = _MORE.sub(" ~gt ", _LESS.sub(" ~lt ", lowered))
    fractions = _fractions()
    if fractions is not None:
        lowered = fractions.sub(lambda m: f" {_FRACTION_VALUES[m.group(0)]} ", lowered)
    if "iv" in lowered or "sc" in lowered:
        lowered = _ROUTE_ABBREVIATION.sub(_route, lowered)
    rewrites = _rewrites()
    if rewrites is not None:
        lowered = rewrites[0].sub(lambda m: rewrites[1][_fold(m.group(0))], lowered)
    if _DIGIT.search(lowered):
        lowered = _MEASURE.sub(_in_common_unit, lowered)
    lowered = _replace_synonyms(lowered)
    fillers, filler_prefixes = _fillers()
    tokens: list[str] = []
    for raw in lowered.split():
        if raw.startswith("~"):
            tokens.append(raw.rstrip(".,;:()"))
            continue
        for word in _WORD.findall(raw):
            word = word.strip("'")
            if not word or word in fillers or any(word.startswith(p) for p in filler_prefixes):
                continue
            word = _numbers().get(word, word)
            if len(word) <= 2 and not word[0].isdigit():
                continue
            if word[0].isdigit():
                tokens.append(word.replace(",", "."))
                continue
            negated = _NEGATED_WORD.match(word)
            if negated:
                tokens.append(_NO)  # "nonintubated", "untreated", "uncontrolled"
                word = negated.group(1)
                canonical = _replace_synonyms(word).split()
                if canonical and canonical[0].startswith("~"):
                    tokens.extend(canonical)  # "untreated" / "not treated" (a synonym)
                    continue
            stem = _stem(_spelling(_singular(_uninflected(word))))
            act = _procedure_suffix().match(word) if len(word) > 8 else None
            # "arthroplasty" and "arthrosis" share a stem but not a kind (a procedure, a condition)
            tokens.append(f"{stem}+{_procedure_suffixes()[act.group(1)]}" if act else stem)
    return tuple(tokens)


def _stem(word: str) -> str:
    """The first letters of a word; more of them after a bound prefix ("intra-", "hyper-",
    "trans-": paraphrases.yaml `stem_prefixes`), whose first five letters say only where or how
    much, not what: "intraocular" / "intracranial", "hypertension" / "hyperglycaemia" differ."""
    for prefix in _stem_prefixes():
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            return word[:len(prefix) + _STEM - 1]
    return word[:_STEM]


@lru_cache(maxsize=1)
def _stem_prefixes() -> tuple[str, ...]:
    data = (knowledge.load("vocabulary/paraphrases") or {}).get("stem_prefixes") or {}
    return tuple(sorted({str(p).lower() for p in flatten_terms(data.get("terms"))}, key=lambda t: (-len(t), t)))


@lru_cache(maxsize=1)
def modifier_tokens() -> frozenset[str]:
    """Canonical tokens of the synonyms marked `modifier: true` ("unstable"): they say how a
    thing is, not which thing. A concept whose terms reduce to such a token alone
    ("haemodynamically unstable") is not restated by every phrase that uses it ("unstable
    chest wall", "unstable angina")."""
    data = knowledge.load("vocabulary/paraphrases") or {}
    return frozenset("~" + str(e["canonical"]).replace(" ", " ~")
                     for e in data.get("synonyms") or [] if e.get("modifier"))


@lru_cache(maxsize=1)
def _procedure_suffixes() -> dict[str, str]:
    """Ending -> the surgical act it names (vocabulary/paraphrases.yaml `procedure_suffixes`)."""
    data = (knowledge.load("vocabulary/paraphrases") or {}).get("procedure_suffixes") or {}
    return {ending.lower(): act for act, endings in data.items() if act != "source"
            for ending in endings}


@lru_cache(maxsize=1)
def _procedure_suffix() -> re.Pattern[str]:
    endings = sorted(_procedure_suffixes(), key=lambda t: (-len(t), t))
    return re.compile(r"^\w{3,}?(" + "|".join(map(re.escape, endings)) + r")$")


# "IV bisphosphonates", "SC injection": a route abbreviation as its word, not after a class or
# stage ("NYHA class IV", "stage IV", "grade III-IV"), where it is a roman numeral.
_ROUTE_ABBREVIATION = re.compile(
    r"(?<![\w./-])(?<!class )(?<!stage )(?<!grade )(?<!type )(?<!phase )(?<!level )(?<!classe )"
    r"(?<!stade )(?<!klasse )(?<!stadium )(?<!grad )(?<!tipo )(?<!estadio )(?<!fase )"
    r"(?<!or )(?<!and )(?<!to )(?<!ou )(?<!et )(?<!oder )(?<!und )(?<!bis )"
    r"(iv|sc)(?![\w./-])")
_ROUTES = {"iv": "intravenous", "sc": "subcutaneous"}  # then read as their synonyms


def _route(match: re.Match) -> str:
    return _ROUTES[match.group(1)]


# A length, area, volume or mass in the unit it is compared in: "below 1,7 cm²" / "below 170 mm²",
# "0.5 cm" / "5 mm". Units that are also other abbreviations ("G" gauge, "l", "m" minutes) are
# left alone; French gauge and degrees have no other unit to meet.
_DIGIT = re.compile(r"\d")
_MEASURE = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?)\s*(mm²|mm2|cm²|cm2|mm|cm|ml|dl|µl|μl|mg|kg|µg|μg)(?![\w²])")
_UNIT_FACTORS = {"mm²": ("mm²", 1.0), "mm2": ("mm²", 1.0), "cm²": ("mm²", 100.0), "cm2": ("mm²", 100.0),
                 "mm": ("mm", 1.0), "cm": ("mm", 10.0), "ml": ("ml", 1.0), "dl": ("ml", 100.0),
                 "µl": ("ml", 0.001), "μl": ("ml", 0.001), "mg": ("g", 0.001), "kg": ("g", 1000.0),
                 "µg": ("g", 1e-6), "μg": ("g", 1e-6)}


def _in_common_unit(match: re.Match) -> str:
    unit, factor = _UNIT_FACTORS[match.group(2)]
    value = float(match.group(1).replace(",", ".")) * factor
    return f"{round(value, 9):.9f}".rstrip("0").rstrip(".") + f" {unit}"


# A negating prefix joined to a participle or adjective ("nonintubated", "untreated",
# "unstable"): the same criterion as "not intubated", "not treated". Words that merely start
# with these letters ("under", "unilateral", "union", "nonetheless") do not end like that.
_NEGATED_WORD = re.compile(r"^(?:non|un(?!der|i))([a-z\u00e0-\u00ff]{4,}(?:ed|able|ible|ive))$")


def _uninflected(word: str) -> str:
    """An English -ing form as its verb ("wearing" / "wear", "preventing" / "prevent"): the
    five-letter stem otherwise keeps "weari" apart from "wear"."""
    if len(word) >= 6 and word.endswith("ing"):
        return word[:-3]
    return word


@lru_cache(maxsize=16384)
def paraphrase_key(text: str) -> frozenset[str]:
    """The tokens that say what a phrase names (see the module docstring)."""
    return frozenset(ordered_tokens(text))


_COMPARATORS = ("~lt", "~gt")


def quantities(text: str) -> frozenset[tuple[str, str]]:
    """The numbers of a phrase, each with the comparator just before it: "LAA ostium < 12 mm or
    larger than 32 mm" -> {("~lt", "12"), ("~gt", "32")}; a number without one has ""."""
    found: set[tuple[str, str]] = set()
    comparator = ""
    for token in ordered_tokens(text):
        if token in _COMPARATORS:
            comparator = token
        elif token[0].isdigit():
            found.add((comparator, token))
            comparator = ""
    return frozenset(found)


def is_number(token: str) -> bool:
    return token[:1].isdigit()


def lift(key: frozenset[str], other: frozenset[str]) -> frozenset[str]:
    """`key` with the narrower words that a broader token of `other` covers replaced by that
    token: against "end-organ dysfunction", "hepatic, renal dysfunction" says the same."""
    for broad, narrow in _covers().items():
        if broad in other and broad not in key and key & narrow:
            key = (key - narrow) | {broad}
    return key


def same_item(first: str, second: str) -> bool:
    """True when two phrases name the same item in other words."""
    a, b = paraphrase_key(first), paraphrase_key(second)
    if opposed(first, second):
        return False
    numbers = quantities(first), quantities(second)
    if numbers[0] and numbers[1] and not same_quantities(*numbers):
        return False  # "life expectancy below 1 year" / "below 2 years"
    a, b = lift(a, b), lift(b, a)
    if (_NO in a) != (_NO in b):
        return False
    a_core, b_core = a - {_NO}, b - {_NO}
    if not a_core or not b_core:
        return a == b
    small, large = (a_core, b_core) if len(a_core) <= len(b_core) else (b_core, a_core)
    shared = len(small & large)
    return shared == len(small) or (len(small) >= 4 and shared / len(small) >= 0.75)


def same_measured_limits(first: str, second: str) -> bool:
    """The same measured limits of the same thing: "an annulus outside the 18 to 30 mm range" /
    "aortic annulus smaller than 18 mm or larger than 30 mm". Both phrases state numbers, the
    same ones with no conflicting comparator, and share a word naming what is measured (units,
    time words and comparators do not count)."""
    numbers = quantities(first), quantities(second)
    if not (numbers[0] and numbers[1] and same_quantities(*numbers)):
        return False
    a, b = paraphrase_key(first), paraphrase_key(second)
    if (_NO in a) != (_NO in b) or opposed(first, second):
        return False
    # and at least half of what each names is named by both: "stroke or TIA within 6 months"
    # and "myocardial infarction or TIA within 6 months" share one of their items only
    things_a = {t for t in a if _names_a_thing(t)}
    things_b = {t for t in b if _names_a_thing(t)}
    shared = len(things_a & things_b)
    return shared >= 1 and 2 * shared >= len(things_a) and 2 * shared >= len(things_b)


# Stems of units and time words: shared by any two measured items, they name nothing measured.
_UNIT_STEMS = frozenset({"month", "week", "year", "day", "days", "hour", "minut", "secon", "gram",
                         "kilog", "litre", "liter", "milli", "centi", "metre", "meter", "mmhg",
                         "range", "value", "level", "size", "mois", "jahre", "monat", "anni", "años",
                         "min", "sec", "day", "hrs", "yrs", "ans", "jah", "tag", "dia"})


def _names_a_thing(token: str) -> bool:
    return (not token.startswith("~") and not is_number(token) and len(token) >= 3
            and token not in _UNIT_STEMS and token not in _generic())


def mentioned_in(phrase: str, text: str) -> bool:
    """True when `text` (a sentence, list item or cell) states every part of `phrase`."""
    wanted = paraphrase_key(phrase)
    if not wanted - {_NO}:
        return False
    key = paraphrase_key(text)
    return lift(wanted, key) <= lift(key, wanted)


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    data = knowledge.load("vocabulary/paraphrases") or {}
    return frozenset(t for e in data.get("synonyms") or [] if e.get("generic")
                     for t in ("~" + str(e["canonical"]).replace(" ", " ~")).split())


def generic_tokens() -> frozenset[str]:
    """Tokens of the `generic` synonyms ("failure", "disease"): they say what kind of item a
    phrase names, not which one."""
    return _generic()


def related(phrase: str, text: str) -> bool:
    """True when `text` states at least half of the specific words of `phrase` (one at least;
    generic words such as "failure" or "disease" do not count), with no opposite word: a
    restatement in other words, or a broader or narrower one."""
    wanted = paraphrase_key(phrase) - {_NO}
    if not wanted or opposed(phrase, text):
        return False
    key = paraphrase_key(text)
    wanted, key = lift(wanted, key), lift(key, wanted)
    specific = wanted - _generic() or wanted
    shared = len(specific & key)
    return shared >= 1 and 2 * shared >= len(specific)


# --- one item restated in other words -----------------------------------------------------------

# The lowest rapidfuzz similarity between the sorted content stems of two phrases (compared as
# sequences of whole stems, so that different words sharing letters, "bicuspid" / "tricuspid",
# count as different) that differ by one word on each side and still name one item. It is
# 2k / (2k + 2) for k shared stems: 83 needs five shared stems besides the substituted word
# ("another implanted pacemaker or ICD pacing / active in the same ventricle"), which shorter
# items differing by one word ("severe aortic stenosis with bicuspid / tricuspid valve", four
# shared stems, 80) do not reach. Chosen on the labelled pairs of
# tests/extract/test_paraphrase_matcher.py.
RESTATEMENT_THRESHOLD = 83
_COORDINATOR = re.compile(r"^(?:,|/|&|or|and|nor|ou|et|ni|oder|und|noch|o|y|e|ed|of|en)$")
_PIECE = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*|[,/&]")


def _expand_acronyms(text: str, other: str) -> str:
    """`text` with each short word (three to six letters) that `other` does not contain and that
    the initials of consecutive words of `other` spell replaced by those words: "LVRS" against
    "lung volume reduction surgery", "LAA" against "left atrial appendage" (ids are lower case,
    so an acronym is recognised by what it spells, not by its capitals)."""
    words = _LETTER_WORD.findall(other)
    if len(words) < 3:
        return text
    initials = "".join(w[0].lower() for w in words)
    lowered_other = other.lower()
    for candidate in set(_SHORT_WORD.findall(text)):
        letters = candidate.lower()
        if letters.endswith("s") and len(letters) > 3:
            letters = letters[:-1]  # "ICDs"
        if len(letters) < 3 or re.search(rf"\b{re.escape(candidate.lower())}\b", lowered_other):
            continue
        at = initials.find(letters)
        if at >= 0:
            text = re.sub(rf"\b{re.escape(candidate)}\b", " ".join(words[at:at + len(letters)]), text)
    return text


_LETTER_WORD = re.compile(r"[^\W\d_][\w-]*")
_SHORT_WORD = re.compile(r"\b[^\W\d_][^\W_]{2,5}\b")


def _in_list(text: str, stem: str) -> bool:
    """The word of `text` with this stem is an item of a coordination ("nickel, titanium or
    polyurethane"): replacing it names another list, not the same one in other words."""
    pieces = _PIECE.findall(text.lower())
    for i, piece in enumerate(pieces):
        if stem in paraphrase_key(piece):
            neighbours = pieces[max(0, i - 1):i] + pieces[i + 1:i + 2]
            if any(_COORDINATOR.match(n) and n != "of" for n in neighbours):
                return True
    return False


def _content(key: frozenset[str], other: frozenset[str]) -> frozenset[str]:
    return lift(frozenset(t for t in key if t != _NO and not is_number(t) and t not in _COMPARATORS), other)


def restated(first: str, second: str) -> bool:
    """True when two free-text items of one language name the same item in other words.

    Numbers must agree with their comparators ("within 12 months" / "within 6 months";
    "< 12 mm" / "> 32 mm"); opposite words ("reversible" / "irreversible", "left" / "right") and a
    stated absence on one side only keep items apart. Then the content stems (synonyms,
    fillers, plurals and acronyms spelled out in the other phrase) must be the same, one must
    contain the other, or they may differ by one specific word on each side that is no item of
    a list, when the rest is long enough to score `RESTATEMENT_THRESHOLD` (token-set ratio).
    """
    first, second = _expand_acronyms(first, second), _expand_acronyms(second, first)
    qa, qb = quantities(first), quantities(second)
    if qa and qb and not same_quantities(qa, qb):
        return False
    if opposed(first, second) or opposed(second, first):
        return False
    ka, kb = paraphrase_key(first), paraphrase_key(second)
    if (_NO in ka) != (_NO in kb):
        return False
    a, b = _content(ka, kb), _content(kb, ka)
    if not a or not b:
        return a == b and qa == qb
    if a <= b or b <= a:
        return True
    generic = _generic()
    only_a, only_b = (a - b) - generic, (b - a) - generic
    if len(only_a) > 1 or len(only_b) > 1:
        return False
    if any(_in_list(first, t) for t in only_a) or any(_in_list(second, t) for t in only_b):
        return False
    return restatement_score(a, b) >= RESTATEMENT_THRESHOLD


def restatement_score(a: frozenset[str], b: frozenset[str]) -> float:
    """rapidfuzz similarity (0-100) of two sets of stems, each stem one element."""
    from rapidfuzz import fuzz

    return fuzz.ratio(sorted(a), sorted(b))


def same_quantities(first: frozenset[tuple[str, str]], second: frozenset[tuple[str, str]]) -> bool:
    """The same numbers, and the same comparator for each number where both state one."""
    numbers = {n for _, n in first}
    if numbers != {n for _, n in second}:
        return False
    for number in numbers:
        mine = {c for c, n in first if n == number} - {""}
        theirs = {c for c, n in second if n == number} - {""}
        if mine and theirs and mine != theirs:
            return False
    return True
