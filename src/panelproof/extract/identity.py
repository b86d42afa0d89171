"""Device identity: trade name, model, Basic UDI-DI, manufacturer, class, rule, traits.

Trade names come from `dossier.yaml` (device name and aliases, found wherever the document
writes them) and from how documents introduce a device: labelled fields ("Device name: X",
"Nom commercial : X", "Handelsname: X", table rows "Device | X"), titles ("Clinical Evaluation
Report – X", "X Instructions for Use") and prose ("the X ventilator", "le ventilateur X", "das
X Beatmungsgerät"). Generic descriptors are stripped, so "the AirVent 60 ventilator" and
"AirVent 60 Instructions for Use" both give "AirVent 60". In prose a name must look like a
name (a digit, an inner capital as in "AirVent", or a capitalised word that is not a common
one), and sections about other devices (equivalence, literature, state of the art) are skipped
so that comparator devices are not taken for the device under evaluation.

`name_key()` is the comparison form of a name (letters and digits, lower case): "AirVENT60",
"AirVent 60" and "Airvent-60" share it; "X Pro" and "X Pro 2" do not.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

from panelproof import knowledge

from panelproof.extract._article54 import states_article_condition
from panelproof.extract._host import names_host
from panelproof.extract.common import (ExtractionContext, any_heading, blocks_containing, folded_pattern,
                                       cell_spans, make_fact, sentences)
from panelproof.extract.model import Concept, Fact, FactKind
from panelproof.ingest.language import LANGUAGE_CODES
from panelproof.ingest.model import Block, BlockKind, Document
from panelproof.ingest.normalize import fold_case

# --- names -------------------------------------------------------------------------------------

# A name: a capitalised token, then up to four tokens that are capitalised, numbers or short
# variant words ("Pro", "Plus", "X", "II"). Tokens may carry hyphens and digits ("Vent-2").
# Letters are any Unicode letters ("Ernährungspumpe", "Cœur"), capitals Latin ones with accents.
_UPPER = "A-ZÀ-ÖØ-Þ"
_ALNUM = r"[^\W_]"
# A lone "Ø" is the diameter sign ("Schrauben Ø 3,5 mm"), not a word of a name.
_NOT_SYMBOL = r"(?![Øø](?![^\W_]))"
_FIRST = rf"{_NOT_SYMBOL}[{_UPPER}]{_ALNUM}*(?:[-]{_ALNUM}+)*"
# A later word may open in lower case before a capital, as abbreviations of a technique do
# ("MindWave rTMS-800", "NeuroStar iTBS", "CardioPatch eCG-3").
_NEXT = (rf"(?:{_NOT_SYMBOL}[{_UPPER}0-9]{_ALNUM}*(?:[-]{_ALNUM}+)*|[a-z]{{1,2}}[{_UPPER}]{_ALNUM}*(?:[-]{_ALNUM}+)*|"
         r"plus|pro|max|mini|neo|lite)")
# A trade mark sign may follow any word of a name ("Spirelle® Detachable Coils"); normalised
# text writes "™" as "TM", which then ends the word ("SpirelleTM").
_MARK = r"(?:\s?[®™©])?"
NAME = rf"{_FIRST}{_MARK}(?:[ -]{_NEXT}{_MARK}){{0,4}}"

# Words that describe what a device is; they follow or precede a name and are not part of it.
DESCRIPTORS = (
    r"(?:mechanical |intensive care |portable |home |transport |volumetric |syringe |"
    r"implantable |spinal cord |deep brain |sacral |negative pressure wound therapy )?"
    r"(?:ventilators?|ventilation systems?|ventilation devices?|systems?|pumps?|infusion pumps?|"
    r"devices?|medical devices?|stimulators?|neurostimulators?|implants?|dressings?|monitors?|"
    r"platforms?|family|series|range|generators?|catheters?|units?|kits?|sets?|products?|"
    r"beatmungsgerät|gerät|infusionspumpe|ventilateur|dispositif|système|pompe)")
DOC_TITLES = (
    r"(?:instructions for use|ifu|user manual|operator's manual|clinical evaluation report|"
    r"clinical evaluation plan|clinical evaluation assessment report|"
    r"summary of safety and clinical performance|post-market clinical follow-up plan|"
    r"pmcf plan|cer|cep|cear|sscp|gebrauchsanweisung|bedienungsanleitung|"
    r"klinischer bewertungsbericht|notice d'utilisation|mode d'emploi|notice d'instructions|"
    r"rapport d'évaluation clinique|plan d'évaluation clinique|résumé des caractéristiques de "
    r"sécurité et des performances cliniques)")
_DESCRIPTOR_TAIL = re.compile(rf"(?:[ -](?:{DESCRIPTORS}|{DOC_TITLES}))+$", re.IGNORECASE)
# A document title starts a word: "CEP" must not be read inside "acceptance".

LABELLED_NAME = re.compile(
    rf"(?:device (?:trade )?name|trade ?name|product name|brand name|proprietary name|"
    rf"name of the device|nom commercial|nom du dispositif|nom du produit|"
    rf"dénomination commerciale|handelsname|produktname|produktbezeichnung|name des produkts|"
    rf"markenname)\s*(?:\([^)]*\))?\s*[:|]\s*(?:the\s+)?(?P<name>{NAME})",
    re.IGNORECASE)
TABLE_NAME_LABEL = re.compile(
    r"^(?:device|product|medical device|device under evaluation|subject device|dispositif|"
    r"produit|produkt|medizinprodukt|gerät)(?: name)?$", re.IGNORECASE)
_ROW_NUMBER = re.compile(r"(?:\d{1,3}|[ivx]{1,5}|[a-z])[.)]?", re.IGNORECASE)
_CELL_NAME = re.compile(rf"\s*(?:the\s+)?(?P<name>{NAME})")


# Titles are matched case-insensitively, names case-sensitively: a trade name starts with a
# capital ("CEAR reviewer" names nothing).
TITLE_BEFORE = re.compile(
    # "Clinical Evaluation Assessment Report (CEAR) – X": the title's abbreviation may follow it
    rf"(?<![\w])(?i:{DOC_TITLES})(?![\w])(?:\s*\([A-Za-z]{{2,6}}\))?\s*(?i:[-–—:,]|for|of|du|de|des|für|zu)?\s*"
    rf"(?i:the|le|la|l'|das|dem)?\s*(?P<name>{NAME})")
TITLE_AFTER = re.compile(rf"^(?P<name>{NAME})\s*[-:,]?\s*(?<![\w])(?i:{DOC_TITLES})\b")
PROSE_BEFORE = re.compile(
    rf"\b(?i:the|our|this|le|la|du|das|dem|des|der)\s+(?P<name>{NAME})\s+(?i:{DESCRIPTORS})\b")
# A device named as the object of an assessment, without an article (a reviewer's style):
# "This CEAR assesses Vagalis II implantable stimulator, model VGL-200", "the NB reviewed
# OrthoFlex Hip II system".
ASSESSED = re.compile(
    rf"\b(?i:assess(?:es|ed)?|evaluat(?:es|ed)|review(?:s|ed)|concern(?:s|ed|ing)?|cover(?:s|ed)?)\s+"
    rf"(?P<name>{NAME})\s+(?i:(?:implantable |active |[a-z]+ )?{DESCRIPTORS})\b")
# ... or with an article and a generic noun phrase in lower case that the descriptor list does
# not hold: "The notified body assessed the Kaiun AortaGraft TX thoracic stent-graft". The name
# must then be strictly distinctive (a digit or an inner capital).
ASSESSED_PHRASE = re.compile(
    rf"\b(?i:assess(?:es|ed)?|evaluat(?:es|ed)|review(?:s|ed)|concern(?:s|ed|ing)?|cover(?:s|ed)?)\s+"
    rf"(?i:the\s+|this\s+)?(?P<name>{NAME})\s+[a-zà-ÿ][a-zà-ÿ-]{{2,}}")
_ASSESSED_STEMS = ("assess", "evaluat", "review", "concern", "cover")
PROSE_AFTER = re.compile(
    rf"\b(?i:le|la|du|de la|das|dem|des|der|the)\s+(?i:ventilateur|dispositif|système|pompe|"
    rf"pompe à perfusion|neurostimulateur|beatmungsgerät|gerät|system|produkt|infusionspumpe|"
    rf"ventilator|device|system|pump)\s+(?P<name>{NAME})")
# A cover line under the document title names the device first, then the document number or
# revision: "OrthoFlex Hip II — PMCF-OF-036, revision 3", "AirVent 60 | CER-012".
COVER_LINE = re.compile(rf"^(?P<name>{NAME})\s*(?:[—–|,:/]|\s-\s|$)")
# The subject of a sentence that defines the device or states its purpose: "The NephroLine S
# (model NL-895) is a haemodialysis machine", "AirVent 60 is intended for", "Le Vent 2 est
# destiné à". Sentence-initial capitals say nothing, so such names must be strictly distinctive.
SUBJECT = re.compile(
    rf"(?:^|(?<=[.;!?]\s))(?i:the\s+|le\s+|la\s+|l'|das\s+|der\s+|die\s+)?"
    rf"(?i:(?:medical |medizin)?(?:device|product|system|produkt|gerät|dispositif|système|"
    rf"implantat|implant)\s+)?(?P<name>{NAME})"
    rf"(?:\s*\([^)]{{0,80}}\))?\s+(?i:is|are|est|sont|ist|sind)\s+(?:(?i:only|exclusively|"
    rf"uniquement|nur|ausschließlich)\s+)?(?i:an?|un|une|ein|eine|einer|intended|designed|"
    rf"indicated|destiné\w*|prévu\w*|conçu\w*|indiqué\w*|bestimmt|vorgesehen|indiziert)\b")
# Capitalised words that start many phrases but name no device.
COMMON_WORDS = {
    "the", "this", "that", "these", "european", "medical", "clinical", "notified", "mechanical",
    "invasive", "non", "active", "implantable", "new", "current", "previous", "subject",
    "equivalent", "similar", "comparator", "predicate", "other", "same", "entire", "whole",
    "manufacturer", "manufacturer's", "ventilation", "infusion", "home", "hospital", "portable",
    "class", "rule", "annex", "section", "table", "figure", "device", "system", "ce", "eu", "mdr",
    "iso", "iec", "en", "icu", "ifu", "cer", "cep", "sscp", "cear", "pmcf", "nb", "ventilator",
    "pump", "intensive", "neonatal", "paediatric", "pediatric", "adult", "electronic", "digital",
    "standard", "basic", "final", "proposed", "described", "marketed", "legacy", "original",
    "udi", "gmbh", "ltd", "inc", "ag", "sas", "sa", "le", "la", "der", "die", "das", "dieses",
    "ce-marked", "state", "art", "all", "each", "every", "any", "both", "one", "two", "first",
    # cover-page fields: "Version 3, 2025-06-12", "Page 2 / 14", "Rev 4 — approved"
    "version", "revision", "rev", "date", "page", "issue", "edition", "document", "doc", "status",
    "draft", "confidential", "approved", "prepared", "author", "annex", "appendix", "seite",
    "datum", "fassung", "ausgabe", "stand", "anhang", "révision", "édition", "annexe",
    # a document number's label after the title: "CEAR No. SVC-24-0388", "CER Nr. 14", "Ref."
    "no", "nr", "n°", "number", "nummer", "numéro", "núm", "ref", "reference", "référence",
    # chapter labels written as plain paragraphs: "Chapter 4 – Clinical data", "Kapitel 2"
    "chapter", "chap", "part", "paragraph", "clause", "step", "kapitel", "abschnitt", "teil",
    "chapitre", "partie", "capítulo", "capitulo", "capitolo", "sección", "sezione", "parte",
    "hoofdstuk", "deel", "rozdział", "kapitola",
}
# Sections about other devices: names there are comparators, not the device under evaluation.
OTHER_DEVICES_HEADING = re.compile(
    r"equivalen|comparator|similar device|predicate|competitor|alternative|state of the art|"
    r"literature|bibliograph|benchmark|äquivalen|vergleichsprodukt|stand der technik|literatur|"
    r"équivalen|état de l'art|littérature|dispositifs similaires", re.IGNORECASE)


# Sections that report studies: names, models, manufacturers and classes there belong to the
# devices and publications appraised ("the Servo-i ventilator (Maquet) was used in 40 patients"),
# and a big dossier's literature annex is most of its text. They are skipped whole.
STUDY_HEADING = re.compile(
    r"appraisal|\bstud(?:y|ies)\b|clinical data|results|literature|bibliograph|"
    r"\bétudes?\b|résultats|données cliniques|littérature|\bstudien?\b|ergebnisse|"
    r"klinische daten|literatur", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _study_headings(headings: tuple[str, ...]) -> bool:
    return any_heading(_FOLDED_STUDY_HEADING, headings, folded=True)


_FOLDED_STUDY_HEADING = folded_pattern(STUDY_HEADING)
_FOLDED_OTHER_DEVICES_HEADING = folded_pattern(OTHER_DEVICES_HEADING)


def _in_study_section(block: Block) -> bool:
    return block.kind is not BlockKind.HEADING and _study_headings(block.heading_path[-2:])


def name_key(name: str) -> str:
    """Comparison form of a trade name: letters and digits only, lower case."""
    return re.sub(r"[\W_]+", "", strip_descriptors(name)).lower()


_DOC_TITLE_TAIL = re.compile(rf"(?:[ -]{DOC_TITLES})+$", re.IGNORECASE)
# A capitalised word of a descriptive phrase ("Percutaneous", "Compression", "Assist"): letters
# only, no inner capital, not a variant word.
_PLAIN_WORD = re.compile(r"[A-ZÀ-Þ][a-zß-ÿ]{3,}")
VARIANT_WORDS = frozenset(
    "plus pro max mini lite light ultra junior kids neo next prime advanced elite compact duo "
    "select classic premium smart sport touch mobile home".split())
# Umbrella words that never belong to a descriptive phrase: "Spirelle Detachable Coil System"
# is the "Spirelle Detachable Coil", while "Percutaneous Heart Pump" is one phrase.
_UMBRELLA_WORDS = frozenset(
    "system systems device devices medical family series range kit kits set sets unit units "
    "product products platform platforms système dispositif".split())


def strip_descriptors(name: str) -> str:
    """ "AirVent 60 ventilator" -> "AirVent 60"; "Vent 2 IFU" -> "Vent 2". A descriptor that
    ends a capitalised descriptive phrase stays with it: "CardioLift P5 Percutaneous Heart Pump"
    is kept whole rather than cut to "CardioLift P5 Percutaneous Heart"; an umbrella word
    ("System", "Device") is always cut."""
    cleaned = re.sub(r"(?:\s?[®™©]|(?<=[a-z])TM)$", "", name.strip())
    stripped = _DESCRIPTOR_TAIL.sub("", cleaned).strip(" -")
    if stripped and stripped != cleaned:
        last = re.split(r"[ -]", stripped)[-1]
        if (_PLAIN_WORD.fullmatch(last) and last.lower() not in VARIANT_WORDS
                and last.lower() not in COMMON_WORDS
                and re.match(r"[ -][A-ZÀ-Þ]", cleaned[len(stripped):])
                and cleaned[len(stripped):].split()[0].lower() not in _UMBRELLA_WORDS):
            stripped = _DOC_TITLE_TAIL.sub("", cleaned).strip(" -")
    return stripped or cleaned


def _distinctive(name: str) -> bool:
    """Whether a name found in prose looks like a trade name rather than a phrase."""
    tokens = re.split(r"[ -]", name)
    if tokens[0].lower() in COMMON_WORDS:
        return False
    if any(c.isdigit() for c in name):
        return True
    if any(re.search(r"[a-z][A-Z]", t) or (t.isupper() and len(t) >= 3) for t in tokens):
        return True
    return all(t.lower() not in COMMON_WORDS for t in tokens)


def _strictly_distinctive(name: str) -> bool:
    """A name that is one even at the start of a sentence: a digit or an inner capital."""
    tokens = re.split(r"[ -]", name)
    if tokens[0].lower() in COMMON_WORDS:
        return False
    return any(c.isdigit() for c in name) or any(re.search(r"[a-z][A-Z]", t) for t in tokens)


# Parts of a document number: "SPM-CEAR-25-0088", "NB-1234-CEAR", "CER-AS-2024-001",
# "PMCF-OF-036", "TD-2024-17". Such identifiers name a report, never the device.
_DOCUMENT_CODE_PARTS = frozenset(
    "cer cep cear cea pmcf pmcfer sscp ifu nb td tf dhf psur pms pmsr rmf rmp rm rpt rep doc "
    "docs sop frm form qms rev ver ber kbb rec sec".split())
_TOKEN_EDGE = " \t|,;:()[]"
_LETTER_RUN = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _document_type_parts() -> frozenset[str]:
    """Parts that make a code in capitals a document number even without a digit
    ("QRS-CER-ZZ", "ABC-IFU-XY12"): document types (knowledge/documentation.yaml), not the
    weak parts ("NB", "TD", "DOC") that a model code may also contain."""
    from panelproof.extract.documentation import document_type_codes
    return frozenset(c.lower() for c in document_type_codes()) | {
        "cer", "cep", "cear", "pmcf", "sscp", "ifu", "psur", "pmsr", "rmf", "rmp"}


def document_number(token: str) -> bool:
    """Whether a hyphenated code is a document or report number rather than a trade name:
    in capitals with a document-type part ("ABC-IFU-XY12", "QRS-CER-ZZ"), or with digits and
    either a document-type part (CER, CEAR, PMCF, NB, TD ...), a year and a serial number, or
    four parts or more with two numbers."""
    parts = [p for p in re.split(r"[-_/.]", token.strip(_TOKEN_EDGE + ".")) if p]
    if len(parts) < 2:
        return False
    if not any(c.islower() for c in token) and any(
            p.lower() in _document_type_parts() for p in parts):
        return True
    digits = [p for p in parts if p.isdigit()]
    if not digits:
        return False
    if any(p.lower() in _DOCUMENT_CODE_PARTS for p in parts):
        return True
    if len(digits) >= 2 and any(len(p) == 4 and p[:2] in ("19", "20") for p in digits):
        return True
    return len(parts) >= 4 and len(digits) >= 2


def code_like(name: str) -> bool:
    """Whether a name is only a code or an abbreviation: one word in capitals and digits whose
    letter groups are short ("N3", "OXH", "XY12", "NL-895", "IT"). A code is a model number, a
    language or an abbreviation, not a competing trade name ("AORTASEAL", a title in capitals,
    stays a name)."""
    core = re.sub(r"[®™©]|(?<=[A-Z0-9])TM$", "", name).strip()
    if not core or re.search(r"\s", core) or any(c.islower() for c in core):
        return False
    return all(len(run) <= 4 for run in _LETTER_RUN.findall(core))


# Organisations are not devices: a legal form in or right after a name ("Xyz
# Medizinprodukte-Zertifizierung GmbH", "Acme Medical S.r.l."), or a word that names an
# organisation (knowledge/organisations.yaml): a CEAR is full of its notified body's name.
_LEGAL_FORM_NEAR = re.compile(
    r"(?<![\w.])(?:GmbH|AG|SAS|S\.A\.S\.|SA|S\.A\.|SARL|S\.à r\.l\.|Ltd|Limited|Inc|LLC|B\.V\.|BV|"
    r"N\.V\.|NV|S\.r\.l\.|Srl|S\.p\.A\.|SpA|S\.L\.|S\.L\.U\.|plc|Oy|Oyj|AB|A/S|ApS|KG|KGaA|Corp|"
    # a hyphen joined to more letters or digits makes a model code: "NV-30", "AG-2"
    r"Corporation|Pty|sp\. z o\.o\.)(?![\w]|-\w)"
    # short Nordic forms only after a word of the name: "ASA Flow 3", "AS-200" are devices
    r"|(?<=[A-Za-z] )(?:AS|ASA|hf|ehf)(?![\w-])")
# Nordic forms (Directive (EU) 2017/1132 Annexes I-II, Danish A/S and ApS, Finnish Oy and Oyj,
# Swedish AB; in the EEA, Norwegian AS and ASA under the Aksjeloven / Allmennaksjeloven and
# Icelandic hf. and ehf. under Acts 2/1995 and 138/1994): "Bryggen MedTech AS" is a maker.


@lru_cache(maxsize=1)
def _organisation_words() -> re.Pattern:
    data = knowledge.load("organisations")
    words = sorted({w for entry in data["entries"] for ws in entry["terms"].values() for w in ws},
                   key=lambda w: (-len(w), w))
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])",
                      re.IGNORECASE)


def _organisation(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is (part of) an organisation's name."""
    return bool(_LEGAL_FORM_NEAR.search(text, start, min(len(text), end + 12))
                or _organisation_words().search(text, start, end))


def _token_at(text: str, start: int, end: int) -> str:
    """The whole space-delimited token(s) the span lies in ("CER-AS-2024-001" around "AS-...")."""
    while start > 0 and text[start - 1] not in _TOKEN_EDGE:
        start -= 1
    while end < len(text) and text[end] not in _TOKEN_EDGE:
        end += 1
    return text[start:end]


_TRAILING_LANGUAGE = re.compile(r"(?<=\w)\s+([A-Z]{2})$")
_REVISION_OR_END = re.compile(r"\s*(?:$|\n|[-–|/]|(?i:r|rev|v|ver|version|ed|edition|issue)\.?\s*(?:\d|[A-Z]\b))")


# "Pit and Fissure Sealant", "Hip and Knee System": capitalised words coordinated before a
# device noun (knowledge/vocabulary/generic_descriptors.yaml, or a descriptor above).
_COORDINATED_WORDS = re.compile(
    r"\s+([A-ZÀ-Þ][a-zß-ÿ]+)\s+(?:and|&|or|und|et|e|y|en|og|och)\s+((?:[A-ZÀ-Þ][a-zß-ÿ]+\s+){0,3})"
    r"([A-ZÀ-Þ]?[a-zß-ÿ]+)\b")
_DESCRIPTOR_WORD = re.compile(rf"(?i:{DESCRIPTORS})")


@lru_cache(maxsize=1)
def generic_descriptor_words() -> dict[str, frozenset[str]]:
    """kind ("device_noun", "material", "contrastive") -> its words in every language, lower
    case (knowledge/vocabulary/generic_descriptors.yaml)."""
    words: dict[str, set[str]] = {}
    for group in knowledge.load("vocabulary/generic_descriptors")["groups"]:
        bucket = words.setdefault(group["kind"], set())
        for language_words in (group.get("words") or {}).values():
            bucket.update(str(w).lower() for w in language_words or [])
    return {kind: frozenset(found) for kind, found in words.items()}


def _device_nouns() -> frozenset[str]:
    words = generic_descriptor_words()
    return words.get("device_noun", frozenset()) | words.get("material", frozenset())


def _coordinated_description(text: str, start: int, end: int) -> re.Match | None:
    for found in _COORDINATED_WORDS.finditer(text, start, end + 80):
        if found.start() >= end:
            return None
        noun = found.group(3)
        if noun.lower() in _device_nouns() or _DESCRIPTOR_WORD.fullmatch(noun):
            return found
    return None


def _name_span(text: str, match: re.Match) -> tuple[int, int] | None:
    """Span of the name group with descriptors and trade marks stripped, or None if empty,
    a document number, or a measurement ("CardioPulse 7.5 Fr" names "CardioPulse")."""
    raw = match.group("name")
    name = strip_descriptors(raw)
    if not name or name.lower() in COMMON_WORDS:
        return None
    start = match.start("name")
    end = start + len(name)
    language = _TRAILING_LANGUAGE.search(name)
    if language and language.group(1).lower() in LANGUAGE_CODES and _REVISION_OR_END.match(text, end):
        # "IFU PneumoSeal EN r1", "IFU Retinova SB LT rev. 5": the running header names the
        # language version and its revision after the device, they are not part of its name
        name = name[:language.start()]
        end = start + len(name)
    described = _coordinated_description(text, start, end)
    if described and start < described.start() < end and \
            described.group(1).lower() not in VARIANT_WORDS:
        # "KidShield FS Pit and Fissure Sealant", "OrthoLine Hip and Knee System": a capitalised
        # word coordinated with another before a descriptor opens a description of what the
        # device is; it is not part of its name
        name = text[start:described.start()]
        end = described.start()
    if re.match(r"[.,]\d", text[end:end + 2]):
        cut = re.search(r"[ -]\d+$", name)
        if cut is None:
            return None
        name = name[:cut.start()]
        end = start + len(name)
        if not name or name.lower() in COMMON_WORDS:
            return None
    token = _token_at(text, start, end)
    if any(document_number(t) for t in token.split()):
        return None
    if code_like(text[start:end]) or _organisation(text, start, end):
        return None
    return start, end


def _headings(block: Block) -> list[str]:
    return list(block.heading_path) + ([block.text] if block.kind is BlockKind.HEADING else [])


def _about_other_devices(block: Block) -> bool:
    return _other_devices_headings(tuple(_headings(block)[-2:]))


@lru_cache(maxsize=4096)
def _other_devices_headings(headings: tuple[str, ...]) -> bool:
    return any_heading(_FOLDED_OTHER_DEVICES_HEADING, headings, folded=True)


def _declared_names(context: ExtractionContext) -> list[str]:
    config = context.config
    names = [config.device_name] if config.device_name else []
    return names + [a for a in config.aliases if a]


def _declared_pattern(name: str) -> re.Pattern:
    # "AirVent 60" is also found written "AirVent-60" or "AirVent\u00a060".
    parts = [re.escape(p) for p in re.split(r"[\s-]+", name.strip()) if p]
    return re.compile(r"(?<![\w-])" + r"[\s-]?".join(parts) + r"(?![\w])", re.IGNORECASE)


def find_names(block: Block, context: ExtractionContext, *, cover: bool = False
               ) -> Iterator[tuple[int, int]]:
    """Spans of trade names of the device in one block (normalised text).

    `cover` says the block is among the first of its document, where a short line starting
    with a name is the cover page's identification of the device.
    """
    text = block.normalized
    seen: list[tuple[int, int]] = []

    def fresh(span: tuple[int, int] | None) -> bool:
        if span is None or any(s < span[1] and span[0] < e for s, e in seen):
            return False
        seen.append(span)
        return True

    for declared in _declared_names(context):
        for m in _declared_pattern(declared).finditer(text):
            if fresh((m.start(), m.end())):
                yield m.start(), m.end()
    if block.kind is BlockKind.TABLE_ROW and len(block.cells) >= 2:
        # "| 2 | Device | X |": a first column of row numbers ("Sr. No.", "No.") comes before the label
        first = 1 if _ROW_NUMBER.fullmatch(block.cells[0].strip()) and len(block.cells) >= 3 else 0
        label = block.cells[first].strip().rstrip(":")
        if TABLE_NAME_LABEL.match(label) or LABELLED_NAME.match(label + ":"):
            spans = cell_spans(block)
            m = _CELL_NAME.match(text, spans[first + 1][0]) if len(spans) > first + 1 else None
            # the cell is labelled a name: any name will do, but not a common word ("Class IIb")
            if m and m.group("name").split()[0].lower() not in COMMON_WORDS and fresh(_name_span(text, m)):
                yield seen[-1]
    if _has_stem(text.lower(), _NAME_LABEL_STEMS):
        for m in LABELLED_NAME.finditer(text):
            if fresh(_name_span(text, m)):
                yield seen[-1]
    if block.kind is BlockKind.HEADING or (block.kind is BlockKind.PARAGRAPH and len(text) < 90
                                           and block.heading_path == ()):
        for pattern in (TITLE_BEFORE, TITLE_AFTER):
            m = pattern.search(text)
            if m and _distinctive(strip_descriptors(m.group("name"))) and fresh(_name_span(text, m)):
                yield seen[-1]
    if (cover and block.kind is BlockKind.PARAGRAPH and len(text) < 90
            and len(block.heading_path) <= 1):
        m = COVER_LINE.match(text)
        if m and _strictly_distinctive(strip_descriptors(m.group("name"))) \
                and fresh(_name_span(text, m)):
            yield seen[-1]
    if _about_other_devices(block):
        return
    if block.kind is not BlockKind.HEADING:
        for m in SUBJECT.finditer(text):
            if _strictly_distinctive(strip_descriptors(m.group("name"))) \
                    and fresh(_name_span(text, m)):
                yield seen[-1]
    folded = block.folded
    assessed = any(stem in folded for stem in _ASSESSED_STEMS)
    for pattern in (PROSE_BEFORE, PROSE_AFTER, ASSESSED):
        if pattern is ASSESSED and not assessed:
            continue  # a cheap substring test first: most blocks assess nothing
        for m in pattern.finditer(text):
            # "a module for the Lusair N3 ventilator", "mit dem Lusair HF2 Gerät": a host
            # or companion device, not the device under evaluation.
            if names_host(text, m.start(), m.end()):
                continue
            if _distinctive(strip_descriptors(m.group("name"))) and fresh(_name_span(text, m)):
                yield seen[-1]
    if assessed:
        for m in ASSESSED_PHRASE.finditer(text):
            if names_host(text, m.start(), m.end()):
                continue
            if _strictly_distinctive(strip_descriptors(m.group("name"))) \
                    and fresh(_name_span(text, m)):
                yield seen[-1]


# An abbreviation introduced in parentheses right after the name declares an alias:
# "NeoNest 3 Infant Incubator (N3)", "the OxyHaven 5 (hereafter "OxyH")", "(im Folgenden „N3“)",
# "(ci-après « OXH »)", "(di seguito "N3")". The name is read backwards from the parenthesis.
ALIAS_PAREN = re.compile(
    r"\(\s*(?:(?i:hereafter|hereinafter|below|referred to as|called|im folgenden|nachfolgend|"
    r"ci-après|dénommé|di seguito|en adelante|hierna)\s*(?::\s*)?)?[\"'“„«‘]?\s*"
    r"(?P<alias>[A-Z0-9][\w-]{0,11}(?: [A-Z0-9][\w-]{0,7})?)\s*[\"'”“»’]?\s*\)")
_ARTICLES = frozenset("the this our a an le la les l' un une der die das dem den des ein eine "
                      "il lo el los de het een device product produkt gerät dispositif "
                      "dispositivo".split())
# Parentheses that give a reference, not a name: "(Rule 12)", "(Modell IM-398)", "(Type B)".
_NOT_ALIAS = frozenset("rule règle regel regola regla model modell modèle modello modelo type typ "
                       "ref réf class classe klasse clase annex annexe anhang see cf version "
                       "rev issue table figure fig section page".split())
_NAME_BEFORE = re.compile(rf"(?P<name>{NAME})\s*$")


def find_aliases(block: Block) -> Iterator[tuple[tuple[int, int], tuple[int, int]]]:
    """(name span, alias span) for each abbreviation the block introduces for a name."""
    text = block.normalized
    if "(" not in text:
        return
    for m in ALIAS_PAREN.finditer(text):
        alias = m.group("alias")
        if alias.split()[0].lower() in _NOT_ALIAS or alias.isdigit() or re.fullmatch(r"(?:19|20)\d\d\w?", alias) or \
                _LEGAL_FORM_NEAR.fullmatch(alias):
            continue
        window_start = max(0, m.start() - 80)
        before = _NAME_BEFORE.search(text, window_start, m.start())
        if before is None:
            continue
        start, end = before.start("name"), before.end("name")
        tokens = text[start:end].split(" ")
        while tokens and tokens[0].lower() in _ARTICLES:  # "The OxyHaven 5", "Das Produkt X"
            start += len(tokens.pop(0)) + 1
        if not tokens or not _distinctive(text[start:end]) or code_like(text[start:end]) \
                or (len(tokens) < 2 and not _strictly_distinctive(text[start:end])) \
                or _organisation(text, start, end) \
                or any(document_number(t) for t in _token_at(text, start, end).split()):
            continue
        yield (start, end), (m.start("alias"), m.end("alias"))


# --- model, UDI, manufacturer ------------------------------------------------------------------

_CODE = r"[A-Z0-9][A-Za-z0-9\-./]{1,30}"
MODEL = re.compile(
    rf"(?:\b(?:model(?: number| no\.?| name| reference)?|catalogue (?:number|no\.?)|"
    rf"catalog (?:number|no\.?)|cat\.? ?no\.?|article (?:number|no\.?)|part (?:number|no\.?)|"
    rf"reference number|référence|modèle|modell|artikelnummer|art\.-nr\.?|bestellnummer|"
    rf"typ(?:e)?)\s*[:|#]\s*|\bREF\s+|\bModel\s+)(?P<code>{_CODE})", re.IGNORECASE)
# A list of model or catalogue codes after a plural label, in prose or a table row: "Models:
# AB-0640S (6 mm x 40 cm), AB-0650S", "(models AB-0640S2 and AB-4750T2)", "| Models / catalogue
# numbers | NX-0624 to NX-0830 |", "Modelle: KX-10, KX-12". Each code in the list is a model;
# the list ends at the first word that is neither a code, a separator nor a parenthesis.
_LIST_LABEL = (r"(?:models?|model (?:numbers?|nos?\.?)|catalogue (?:numbers?|nos?\.?)|catalog (?:numbers?|nos?\.?)|"
               r"cat\.? nos?\.?|article (?:numbers?|nos?\.?)|order (?:numbers?|codes?)|product codes?|"
               r"modèles|références(?: catalogue)?|modelle|artikelnummern|bestellnummern|"
               r"modelos|modelli|modellen|modeller|artikelnummer|varenumre|artikelnumre|typer)")
MODEL_LIST = re.compile(rf"(?i:\b{_LIST_LABEL}(?:\s*(?:/|,|and|or|und|et|og|och|en|y|e)\s*{_LIST_LABEL})*)"
                        r"\s*(?:[:|#]\s*)?(?=[A-Z0-9])")
# A code: capitals and digits with inner separators, at least one of each ("AVF-0640S", "NX200").
_LIST_CODE = re.compile(r"(?=[A-Z0-9.\-/]*\d)(?=[A-Z0-9.\-/]*[A-Z])[A-Z0-9]+(?:[-./][A-Z0-9]+)*(?![\w-])")
# Between two codes: a separator ("," "and" "to" "/"), or a parenthesised size after a code.
_LIST_GAP = re.compile(r"(?:\s*\([^()]{0,60}\))?\s*(?:[,;/]|\b(?i:and|or|to|und|oder|bis|et|ou|à|og|eller|och|"
                       r"till|en|tot|y|e|a)\b)?\s*")


def model_list_codes(text: str) -> Iterator[tuple[str, int]]:
    """The codes (and their offsets) of each list of models in `text`."""
    for label in MODEL_LIST.finditer(text):
        position = label.end()
        while True:
            code = _LIST_CODE.match(text, position)
            if code is None:
                break
            yield code.group(0).rstrip("."), code.start()
            gap = _LIST_GAP.match(text, code.end())
            position = gap.end()


_BASIC_UDI_LABEL = r"(?:basic[- ]?udi[- ]?di|udi[- ]di de base|basis[- ]udi[- ]di|basic udi)"
# Between the label and the value, prose may name what the code is for and end in a verb ("The
# Basic UDI-DI of the X system is ...", "Die Basis-UDI-DI des Systems lautet ...", "L'UDI-DI de
# base attribué au dispositif est ..."), or set it off by a comma ("A single Basic UDI-DI,
# 0612345BRX01K9, covers all sizes"). Not when the words name another device: an equivalent
# or predicate device's code is no statement of this one's.
_BASIC_UDI_LEAD = (
    r"(?:,\s*(?=[A-Za-z0-9]*\d)|\s*(?:(?!(?i:equivalent|predicate|competitor|comparator|"
    r"other|previous|legacy|former|reference device|ancien|vorgänger|äquivalent))[^.;:|\n]){1,60}?"
    r"\s(?:is|are|est|ist|lautet|es|è|=|reads)\s*(?=[A-Za-z0-9]*\d)|\s*=\s*)")
BASIC_UDI = re.compile(
    rf"{_BASIC_UDI_LABEL}\s*(?:\([^)]*\))?"
    rf"(?:{_BASIC_UDI_LEAD}|\s*(?:is|est|lautet|:|\|)?\s*[:|]?\s*)"
    r"(?P<code>[A-Za-z0-9][A-Za-z0-9*+\-./]{5,40})",
    re.IGNORECASE)
# A label alone on its line, the value in the next paragraph (a DOCX field written as two
# paragraphs): "Basic UDI-DI (catheter):" then "8431234ABCL93FX."
BASIC_UDI_LABEL_ONLY = re.compile(
    rf"^\W*{_BASIC_UDI_LABEL}\s*(?:\([^)]*\))?\s*[:|]?\s*$", re.IGNORECASE)
_LEADING_CODE = re.compile(r"^\s*(?P<code>[A-Za-z0-9][A-Za-z0-9*+\-./]{5,40})")
LEGAL_FORM = (r"(?:GmbH & Co\. KG|GmbH|AG|SE|SAS|S\.A\.S\.|SA|S\.A\.|SARL|Ltd\.?|Limited|Inc\.?|"
              r"LLC|B\.V\.|BV|N\.V\.|NV|S\.r\.l\.|Srl|S\.p\.A\.|SpA|plc|Oyj|Oy|AB|A/S|ApS|ASA(?![\w-])|AS(?![\w-])|ehf\.?|hf\.?|KG|"
              r"Corp\.?|Corporation|Co\.|Pty Ltd)")
# A label names the field ("Manufacturer: X", "| Hersteller | X |"); after an article or "by"
# the word is prose ("Intended purpose as stated by the Manufacturer: The X is intended ..."),
# and what follows the colon is the quoted text, not a manufacturer.
_NOT_A_LABEL_BEFORE = (r"(?<!(?i:the) )(?<!(?i:by) )(?<!(?i:le) )(?<!(?i:du) )(?<!(?i:der) )"
                       r"(?<!(?i:des) )(?<!(?i:vom) )")
MANUFACTURER = re.compile(
    rf"(?:\b{_NOT_A_LABEL_BEFORE}(?i:legal manufacturer|manufacturer(?: name)?|fabricant(?: légal)?|hersteller|"
    rf"inverkehrbringer)\s*(?:\([^)]*\))?\s*[:|]\s*|\b(?i:manufactured by|fabriqué par|"
    rf"hergestellt von|hergestellt durch)\s+)"
    rf"(?P<name>[A-Z][\w&'.\-]*(?:\s(?:&\s)?[A-Z0-9][\w&'.\-]*){{0,5}}(?:,?\s{LEGAL_FORM})?)",
    re.UNICODE)

# --- class, rule, traits -----------------------------------------------------------------------

# The MDR's classes (Annex VIII): I with the sub-classes Is, Im and Ir (sterile, measuring,
# reusable surgical instruments, Art. 52(7)), IIa, IIb and III. Roman numerals are matched in
# capitals so that "the device class is IIb" does not read "is" as class Is.
DEVICE_CLASS = re.compile(
    r"(?<![\w])(?P<label>(?i:risk class|device class|class|classe(?: de risque| di rischio)?|"
    r"clase(?: de riesgo)?|klasse|risikoklasse|produktklasse|risicoklasse))\s*[:|]?\s*"
    r"(?:(?i:is|ist|est|è|es)\s+)?(?P<cls>III|IIb|IIa|I[smr]|I)(?![\w])")
# A roman class is the device's class only where the text speaks of device classification: the
# MDR, Annex VIII, a classification rule, "classified as", a risk-class label ...
DEVICE_CLASS_CONTEXT = re.compile(
    r"\bMDR\b|2017/745|\b(?:regulation|règlement|verordnung|regolamento|reglamento|"
    r"verordening)\b|\b(?:annex|annexe|anhang|allegato|anexo|bijlage)\s+(?:VIII|8)\b|"
    r"\b(?:rule|règle|regel|regola|regla)\s*(?:n[o°]\.?\s*)?\d{1,2}\b|classif|klassifi|"
    r"clasific|risk class|device class|classe de risque|risikoklasse|produktklasse|"
    r"classe di rischio|clase de riesgo|risicoklasse|conformity assessment|"
    r"konformitätsbewertung|évaluation de la conformité|"
    # the class under the Directives set against the MDR's ("désormais classe IIb")
    r"\bMDD\b|\bAIMDD?\b|93/42|90/385|directive|richtlinie|direttiva|directiva|richtlijn",
    re.IGNORECASE)
# ... or a device noun right before or after the class: "the device is a class IIb", "Das
# Produkt ist der Klasse III zugeordnet", "dispositif médical de classe III", "a class III
# implantable medical device", "Klasse-IIb-Produkt".
_DEVICE_NOUN = (r"(?:medical device|device|dispositif|dispositivo|medizinprodukt|produkt|produit|"
                r"product|producto|prodotto|gerät|hulpmiddel|implant|implantat|equipment device)")
DEVICE_NOUN_BEFORE = re.compile(rf"(?<![\w]){_DEVICE_NOUN}s?\b[^.;:()]{{0,28}}$", re.IGNORECASE)
# A named thing that "is a class III ..." is classified: "The HipLine stem is a class III total
# hip replacement component", "Le X est de classe IIb", "Das X ist ein Produkt der Klasse III".
CLASS_COPULA_BEFORE = re.compile(
    r"\b(?:is|are|est|sont|ist|sind|è|es|is een)\s+(?:(?:an?|un|une|ein|eine|einer|der|de|di|"
    r"della|del|een|in)\s+)?(?:risk\s+)?$", re.IGNORECASE)
DEVICE_NOUN_AFTER = re.compile(
    rf"^[\s-]*(?:[\w-]+\s+){{0,2}}?(?:medical\s+|medizin|médical\s+)?{_DEVICE_NOUN}",
    re.IGNORECASE)
# A table row whose label cell is the class: "| Device class | IIb |", "| Klasse (MDR) | III |".
CLASS_ROW_LABEL = re.compile(
    r"^(?:(?:device|risk|mdr|eu|product|produkt)\s+)?(?:class(?:ification)?|klasse|"
    r"klassifizierung|classe|clase|risikoklasse|produktklasse|classe de risque|"
    r"classe di rischio|clase de riesgo|risicoklasse)(?:\s*\([^)]*\))?(?:\s+(?:under|"
    r"according to|per|selon|gemäß|nach)\s+.*)?\s*:?$", re.IGNORECASE)
CLASS_HEADING = re.compile(r"classif|klassifi|clasific|risk class|regulatory|réglementaire|"
                           r"regulatorisch|regulatori|regulatorio", re.IGNORECASE)
# A class of a scale up to IV is a clinical grade ("NYHA class I-IV", "class III to IV").
_SCALE_BEYOND_III = re.compile(r"^\s*(?:[-–/]|to|or|and|bis|oder|à|ou|a|o)\s*(?:IV|V)\b")


def _spaced(term: str) -> str:
    return r"[\s\-–]+".join(re.escape(w) for w in re.split(r"[\s\-–]+", term.strip()))


@lru_cache(maxsize=1)
def _other_class_patterns() -> tuple[re.Pattern, re.Pattern]:
    """Words before and after "class <n>" that name another classification system
    (knowledge/other_classes.yaml)."""
    entries = knowledge.load("other_classes")["entries"]
    before = sorted({t for e in entries for t in e.get("before") or []}, key=lambda t: (-len(t), t))
    after = sorted({t for e in entries for t in e.get("after") or []}, key=lambda t: (-len(t), t))
    before_re = re.compile(r"(?<![\w])(?:" + "|".join(_spaced(t) for t in before)
                           + r")(?:\s*\([^)]*\))?[\s\-–]*$", re.IGNORECASE)
    # after the value, other values may come first: "class I or III antiarrhythmic drug"
    after_re = re.compile(
        r"^(?:\s*(?:,|/|or|and|to|und|oder|et|ou|o|e|y|-|–)\s*(?:III|IIb|IIa|II|I)(?![\w]))*"
        r"[\s(]*(?:" + "|".join(_spaced(t) for t in after) + r")(?![\w-])", re.IGNORECASE)
    return before_re, after_re


# A sentence that is only the class ("Klasse IIb.", "Risk class: III") takes its context from
# its paragraph or section: the device's identification ("Das Produkt X (Modell Y) ...
# Basis-UDI-DI: ... Klasse IIb.").
_BARE_CLASS = re.compile(r"^\W*(?:[\w-]+\s+)?(?:class|classe|clase|klasse)\s*:?\s*\w+\W*$",
                         re.IGNORECASE)
_IDENTIFICATION = re.compile(
    r"\budi\b|\bmod(?:el|ell|èle|ello|elo)\b|\bdevice\b|dispositi|produkt|product|prodott|"
    r"gerät|manufactur|fabricant|hersteller|fabbricante|fabricante|identifi|beschreibung|"
    r"description|descrizione|descripción", re.IGNORECASE)


def _device_class_context(block: Block, text: str, start: int, end: int) -> bool:
    """Whether "class X" at text[start:end] (a sentence or table row) is the device's class."""
    if (block.kind is BlockKind.TABLE_ROW and len(block.cells) >= 2
            and CLASS_ROW_LABEL.match(block.cells[0].strip())):
        return True
    if _BARE_CLASS.match(text) and (_IDENTIFICATION.search(block.normalized)
                                    or any(_IDENTIFICATION.search(h)
                                           for h in block.heading_path[-2:])):
        return True
    return bool(DEVICE_CLASS_CONTEXT.search(text)
                or DEVICE_NOUN_BEFORE.search(text, max(0, start - 40), start)
                or CLASS_COPULA_BEFORE.search(text, max(0, start - 20), start)
                or DEVICE_NOUN_AFTER.match(text[end:end + 45])
                or _class_heading(block.heading_path[-2:]))


@lru_cache(maxsize=4096)
def _class_heading(headings: tuple[str, ...]) -> bool:
    return any_heading(CLASS_HEADING, headings)


_ROW_CLASS_VALUE = re.compile(r"\|\s*(?:(?i:class|classe|clase|klasse)\s+)?(?P<cls>III|IIb|IIa|I[smr]|I)"
                              r"(?![\w])")


def _class_matches(block: Block, text: str) -> list[re.Match]:
    """"class X" in the text, or the value of a class row whose label says more than "Class"
    ("| Class according to the MDR | IIb |", "| Klasse (MDR) | IIa |")."""
    matches = list(DEVICE_CLASS.finditer(text))
    if (not matches and block.kind is BlockKind.TABLE_ROW and len(block.cells) >= 2
            and CLASS_ROW_LABEL.match(block.cells[0].strip())):
        row = _ROW_CLASS_VALUE.search(text)
        matches = [row] if row else []
    return matches


def _other_class(text: str, start: int, end: int) -> bool:
    """Whether "class X" belongs to another classification ("NYHA class III", "laser class 1",
    "class I or III antiarrhythmic drugs", "Class II (double insulated)", "class I-IV")."""
    before_re, after_re = _other_class_patterns()
    return bool(before_re.search(text[max(0, start - 45):start])
                or after_re.match(text[end:end + 60])
                or _SCALE_BEYOND_III.match(text[end:end + 8]))


# A class the device is said not to have: "a class IIb device and not a class III implantable
# device", "neither class III nor implantable", "kein Produkt der Klasse III", "n'est pas un
# dispositif de classe III", "non è un dispositivo di classe III". The negation may stand a few
# words before the class when the words end in a preposition that leads to it: "neither an
# implantable device of class III nor an active device of class IIb", "the device is not of
# class IIb", "ist kein aktives Produkt der Klasse IIb", "non è un dispositivo attivo di classe
# IIb", "does not fall into class III". Words that lead elsewhere ("no changes to the device of
# class IIb") end the negation's reach.
_CLASS_NEGATION = (r"\b(?:not|neither|nor|no|kein(?:e[mnrs]?)?|nicht|weder|noch|pas|ni|non|né|nè|"
                   r"niet|geen|nem|nie|nenhum|ningún|ninguno)\s+")
_CLASS_ARTICLE = (r"(?:an?|one|the|un|une|uno|una|um|uma|een|ein(?:e[mnrs]?)?|der|dem|den|de|la|le|"
                  r"il|lo|el|het)\s+")
_CLASS_PREPOSITION = (r"(?:of|in|into|under|to|de|des|du|en|dans|der|in|zur|zu|di|del|della|in|"
                      r"alla|van|tot|del|en|de|da|do|na)\s+")
_NOT_LEADING_TO_CLASS = (r"(?:to|for|with|from|by|than|after|since|für|mit|von|als|nach|seit|pour|"
                         r"avec|par|que|per|con|che|voor|met|door|para|por)")
_NEGATED_CLASS = re.compile(
    _CLASS_NEGATION + r"(?:" + _CLASS_ARTICLE + r")?(?:"
    r"(?:(?!" + _NOT_LEADING_TO_CLASS + r"\s)[^\s.;:,()]+\s+){0,4}?" + _CLASS_PREPOSITION
    + r"(?:" + _CLASS_ARTICLE + r")?)?$", re.IGNORECASE)


# A class under the Directives is not the device's class under the MDR: "previously class IIa
# under the MDD", "Klasse IIa nach Richtlinie 93/42/EWG", "classe IIa selon la directive".
LEGACY_CLASS = re.compile(
    r"\bMDD\b|\bAIMDD?\b|93/42|90/385|directive|richtlinie|previous(?:ly)?|former(?:ly)?|legacy|"
    r"précédemment|anciennement|auparavant|bisher|früher|vormals|zuvor", re.IGNORECASE)


_CLAUSE_BREAK = re.compile(r"[();,]|\.\s|\b(?:and|but|whereas|while|now|et|mais|désormais|"
                           r"und|aber|nun|jetzt)\b", re.IGNORECASE)


def _legacy_class(text: str, start: int, end: int) -> bool:
    before = _CLAUSE_BREAK.split(text[max(0, start - 45):start])[-1]
    after = _CLAUSE_BREAK.split(text[end:end + 40])[0]
    return bool(LEGACY_CLASS.search(before) or LEGACY_CLASS.search(after))


CLASSIFICATION_RULE = re.compile(r"(?<![\w])(?:rule|règle|regel)\s*(?:no\.?\s*|n°\s*)?(?P<n>\d{1,2})"
                                 r"(?![\w]|\.\d)", re.IGNORECASE)
# Several rules named together: "Rule 7/8", "Rules 7 and 8", "Rule 8 (and 7)", "règles 7 et 8",
# "Regeln 7 und 8", "rules 7, 8 and 12". One fact per number, each quoting the whole list, so
# that a rule comparison sees one statement of a set of rules.
CLASSIFICATION_RULE_LIST = re.compile(
    r"(?<![\w])(?:rules?|règles?|regeln?|regol[ae]|reglas?)\s*(?:nos?\.?\s*|n°\s*)?\d{1,2}"
    r"(?:(?:\s*,\s*\d{1,2})*\s*(?:/|&|\+|,?\s*\b(?:and|or|et|ou|und|oder|e|o|y)\b)\s*\d{1,2}"
    r"|\s*\(\s*(?:(?:and|or|et|ou|und|oder|e|o|y)\s+|\+\s*|&\s*)?\d{1,2}\s*\))+"
    r"(?![\w]|\.\d|\s*(?:%|months?|weeks?|days?|years?|hours?|mois|semaines?|jours?|ans?|"
    r"monate?n?|wochen?|tage?n?|jahre?n?|stunden?|mesi|giorni|anni|meses|días|años|patients?|"
    r"patienten|pazienti|pacientes|mm|cm|kg|ml|h|min)\b)",
    re.IGNORECASE)
_RULE_NUMBER = re.compile(r"\d{1,2}")
# A rule named to rule it out is not the device's rule: "Rule 12 not applicable", "Rule 12
# does not apply", "not Rule 12", "does not fall under Rule 12", "règle 12 non applicable",
# "Regel 12 nicht anwendbar".
_RULE_DENIED_AFTER = re.compile(
    r"\s*\)?\s*(?:is\s+|are\s+|was\s+)?(?:not\s+(?:applicable|relevant|met|fulfilled)|n/a\b|"
    r"does\s+not\s+apply|do\s+not\s+apply|doesn't\s+apply|"
    r"(?:est\s+|n'est\s+pas\s+)?(?:non|pas)\s+applicable|ne\s+s'applique\s+pas|"
    r"(?:ist\s+)?nicht\s+(?:anwendbar|zutreffend|einschlägig)|non\s+applicabile|no\s+(?:es\s+)?aplicable)",
    re.IGNORECASE)
_RULE_DENIED_BEFORE = re.compile(
    r"(?:\bnot|\bneither|\bnor|\bnon|\bnicht|\bpas|\bno)\s+(?:[\w-]+\s+){0,3}?(?:under|by|in|into|within|"
    r"sous|selon|unter|nach)?\s*(?:the\s+|la\s+|der\s+)?$",
    re.IGNORECASE)


def _rule_denied(text: str, start: int, end: int) -> bool:
    before = _CLAUSE_BREAK.split(text[max(0, start - 40):start])[-1]
    return bool(_RULE_DENIED_AFTER.match(text, end) or _RULE_DENIED_BEFORE.search(before))
CLASSIFICATION_CONTEXT = re.compile(
    r"annex(?:e)? viii|anhang viii|classif|klassifi|\bclass\b|\bclasse\b|\bklasse\b|\bMDR\b|"
    r"2017/745|\bIIa\b|\bIIb\b|\bIII\b", re.IGNORECASE)

# Device traits that decide CECP scope (MDR Art. 2(4), 2(5), Annex VIII Rule 12): the phrases
# are data, in knowledge/vocabulary/device_traits.yaml.
TRAIT_NEGATION = re.compile(r"(?:non-?\s?|not (?:an? )?|nicht[- ]|kein\w* |ne .{0,20}pas |no |niet[- ]?|"
                            r"neither (?:an? )?|nor (?:an? )?|weder |noch |ni |né )$",
                            re.IGNORECASE)
# A negation a few words before the trait, in the same clause: "not intended for the infusion of
# drugs", "without leaving a permanent implant", "ist nicht zur Gabe von Arzneimitteln", "sans
# laisser d'implant". Bare "no" stays adjacent only ("no adverse events with the implanted ...").
TRAIT_NEGATION_CLAUSE = re.compile(
    r"(?<![\w])(?:not|never|cannot|without|neither|nor|nicht|niemals|ohne|weder|pas|jamais|sans|aucun\w*|"
    r"non|senza|sin)(?:\s+[^\s.;:,]+){0,3}\s+$", re.IGNORECASE)
# A trait of another device the patient carries: "patients with an implanted pacemaker",
# "porteurs d'un implant", "Patienten mit implantiertem Defibrillator".
TRAIT_OF_OTHER_DEVICE = re.compile(
    r"(?:\bwith|\bhaving|\bwearing|\bcarrying|porteurs? d'|\bavec|\bmit|\bcon)\s+"
    r"(?:(?:an?|un|une|d'un|einem|einer|un)\s+)?(?:(?:other|existing|previously|already|"
    r"another|autre|anderen?|bereits)\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def trait_patterns() -> dict[str, re.Pattern]:
    """One compiled alternation per trait id, from every language's terms."""
    return _trait_alternations("terms")


@lru_cache(maxsize=1)
def trait_not_patterns() -> dict[str, re.Pattern]:
    """Per trait id, the phrases that state the opposite about the device (`not_terms`)."""
    return _trait_alternations("not_terms")


@lru_cache(maxsize=1)
def trait_aside_patterns() -> dict[str, re.Pattern]:
    """Per trait id, the words that make a sentence's mention of the trait an aside (`aside_terms`:
    "flush the tube after medications", "do not use the pump for drugs")."""
    return _trait_alternations("aside_terms")


@lru_cache(maxsize=1)
def trait_short_term_patterns() -> dict[str, re.Pattern]:
    """Per trait id, the phrases that state a duration of use under 30 days (`short_term_terms`)."""
    return _trait_alternations("short_term_terms")


def _trait_alternations(key: str) -> dict[str, re.Pattern]:
    entries = knowledge.load("vocabulary/device_traits")["entries"]
    patterns = {}
    for entry in entries:
        terms = [t for ts in (entry.get(key) or {}).values() for t in (ts or [])]
        if not terms:
            continue
        alternation = "|".join(f"(?:{t})" for t in sorted(terms, key=lambda t: (-len(t), t)))
        patterns[entry["id"]] = re.compile(rf"(?<![\w])(?:{alternation})", re.IGNORECASE)
    return patterns


# "neither ... nor a class IIb active device intended to administer a medicinal product": the
# second member of neither/nor is denied over a longer noun phrase than a plain "not".
_NOR_CLAUSE = re.compile(r"(?<![\w])(?:neither|nor|weder|noch|ni|né)(?:\s+[^\s.;:,]+){0,9}\s+$", re.IGNORECASE)


def _trait_negated(text: str, start: int) -> bool:
    before = text[max(0, start - 90):start]
    return bool(TRAIT_NEGATION.search(before[-25:]) or TRAIT_NEGATION_CLAUSE.search(before[-60:])
                or _NOR_CLAUSE.search(before))


# Cheap pre-filter (substring tests on lower-cased text, far cheaper than a case-insensitive
# alternation): a sentence without any of these stems states no model, UDI, manufacturer,
# class, rule or trait, and the patterns are not run on it (long literature annexes).
_IDENTITY_STEMS = (
    "model", "modèle", "modell", "catalog", "cat.", "article", "artikel", "art.-nr", "part n",
    "ref", "référence", "bestell", "typ", "udi", "manufactur", "fabri", "herstell", "inverkehr",
    "class", "klasse", "clase", "rule", "règle", "regel", "implant", "impiant", "activ", "aktiv", "powered", "energ",
    "alimenté", "betrieben", "oxyg", "sauerstoff", "administ", "verabreich", "gabe von", "drug",
    "médicament", "arzneimittel", "geneesmiddel", "medicijn", "medicine", " gas", "gaz ", "insulin", "infusion", "perfusion", "mains",
    "battery", "batterie", "akku", "medica", "medikament", "farmac", "fármac", "transient",
    # cytostatics a device instils or recirculates (device_traits.yaml)
    "chemo", "mitomycin", "gemcitabin", "platin", "bleomycin", "melphalan", "hipec", "pipac",
    "transitoire", "vorübergehend", "kurzzeitig", "temporar", "temporär", "temporai",
    "temporane", "tempora", "tijdelijk", "short-term", "short term", "up to", "bis zu", "maximal",
    "jusqu", "fino a", "hasta", "no more than", "less than", "removed", "withdrawn", "retiré", "remain",
    "left", "reste", "entfernt", "ohne", "sans", "enteral", "entéral", "nutrition", "feed",
    "ernährung", "sondennahrung", "exudat", "exudad", "exsudat", "essudat", "enteral", "body fluid", "body liquid", "liquide",
    "fluides", "flüssigkeit", "removes", "blood", "milk", " live ", "living", "viable", "lebend",
    "lebensfähig", "vivant", " vive", " vivi", " vivas", " vivos")
# A labelled name field needs one of these words.
_NAME_LABEL_STEMS = ("name", "nom ", "nom:", "dénomination", "bezeichnung")


def _has_stem(lower_text: str, stems: tuple[str, ...]) -> bool:
    return any(stem in lower_text for stem in stems)


# Cached by text: a hundred substring tests per block, and long annexes repeat their boilerplate.
@lru_cache(maxsize=8192)
def _names_identity_stem(text: str) -> bool:
    return _has_stem(text.lower(), _IDENTITY_STEMS)


def _units(block: Block) -> Iterator[tuple[int, int]]:
    if block.kind is BlockKind.TABLE_ROW:
        yield 0, len(block.normalized)
    else:
        yield from sentences(block)


def _class_value(raw: str) -> str:
    # Is, Im and Ir are class I devices with extra conformity steps (Art. 52(7))
    return {"i": "I", "is": "I", "im": "I", "ir": "I", "iia": "IIa", "iib": "IIb",
            "iii": "III"}[raw.lower()]


def _strip_manufacturer(name: str) -> str:
    return name.rstrip(" .,")  if not re.search(rf"{LEGAL_FORM}$", name) else name.rstrip(" ,")


# The rest of a model's designation in a "key: value" entry: "Model name: VB-10 handpiece (7G,
# 10G), VC-1 console" up to the end of the line, the cell or the sentence.
_DESIGNATION_TAIL = re.compile(r"[^|\n.;]{1,80}?(?=\s*(?:[|\n;]|\.(?:\s|$)|$))")


def _designation_tail(text: str, match: re.Match, end: int) -> int:
    """How far the quote of a model stated as the value of a label ("Model name: VB-10
    handpiece (7G, 10G), VC-1 console", "| Model | KX-5 with charger |") runs past the code: to
    the end of that value, so that the quote shows the whole designation the document gives."""
    separator = text[match.start():match.start("code")]
    if ":" not in separator and "|" not in separator:
        return 0
    tail = _DESIGNATION_TAIL.match(text, end)
    return len(tail.group(0).rstrip()) if tail else 0


def _facts_in_sentence(document: Document, block: Block, s: int, e: int) -> Iterator[Fact]:
    text = block.normalized[s:e]
    other = _about_other_devices(block)
    listed = set()
    for m in MODEL.finditer(text):
        code = m.group("code").rstrip(".,;")
        if any(c.isdigit() for c in code):
            listed.add(m.start("code"))
            end = m.start("code") + len(code)
            yield make_fact(document, block, FactKind.MODEL, code,
                            (s + m.start(), s + end + _designation_tail(text, m, end)))
    for code, start in model_list_codes(text):
        if start not in listed:
            yield make_fact(document, block, FactKind.MODEL, code, (s + start, s + start + len(code)))
    for m in BASIC_UDI.finditer(text):
        code = m.group("code").rstrip(".,;")
        if any(c.isdigit() for c in code):
            yield make_fact(document, block, FactKind.BASIC_UDI_DI, code.upper(),
                            (s + m.start(), s + m.start("code") + len(code)))
    for m in MANUFACTURER.finditer(text):
        name = _strip_manufacturer(m.group("name"))
        yield make_fact(document, block, FactKind.MANUFACTURER, name,
                        (s + m.start(), s + m.start("name") + len(name)))
    if other:
        return
    for m in _class_matches(block, text):
        if (_other_class(text, m.start(), m.end()) or _NEGATED_CLASS.search(text, max(0, m.start() - 60), m.start())
                or states_article_condition(block.normalized, s + m.start(), s + m.end())
                or not _device_class_context(block, text, m.start(), m.end())
                or _legacy_class(text, m.start(), m.end())):
            continue
        yield make_fact(document, block, FactKind.DEVICE_CLASS, _class_value(m.group("cls")),
                        (s + m.start(), s + m.end()))
    if CLASSIFICATION_CONTEXT.search(text):
        listed: list[tuple[int, int]] = []
        for m in CLASSIFICATION_RULE_LIST.finditer(text):
            numbers = [int(n) for n in _RULE_NUMBER.findall(m.group(0))]
            if all(1 <= n <= 22 for n in numbers):
                listed.append((m.start(), m.end()))
                if _rule_denied(text, m.start(), m.end()):
                    continue
                for number in dict.fromkeys(numbers):
                    yield make_fact(document, block, FactKind.CLASSIFICATION_RULE, number,
                                    (s + m.start(), s + m.end()))
        for m in CLASSIFICATION_RULE.finditer(text):
            number = int(m.group("n"))
            if (1 <= number <= 22 and not any(a <= m.start() < b for a, b in listed)
                    and not _rule_denied(text, m.start(), m.end())):
                yield make_fact(document, block, FactKind.CLASSIFICATION_RULE, number,
                                (s + m.start(), s + m.end()))
    not_patterns = trait_not_patterns()
    for trait, pattern in trait_short_term_patterns().items():
        # "implanted for up to 14 days": the duration denies the trait even beside its word
        n = pattern.search(text)
        if n and not _trait_negated(text, n.start()):
            yield make_fact(document, block, FactKind.DEVICE_TRAIT,
                            Concept(id=trait, label=n.group(0), negated=True),
                            (s + n.start(), s + n.end()))
    asides = trait_aside_patterns()
    for trait, pattern in trait_patterns().items():
        # one fact per trait and sentence is enough; another device's trait is none
        aside = asides.get(trait)
        m = next((m for m in pattern.finditer(text)
                  if not TRAIT_OF_OTHER_DEVICE.search(text[max(0, m.start() - 40):m.start()])
                  and not states_article_condition(block.normalized, s + m.start(), s + m.end())
                  and not (aside is not None and _aside_outside(aside, text, m)
                           and not _trait_negated(text, m.start()))),
                 None)
        if m:
            yield make_fact(document, block, FactKind.DEVICE_TRAIT,
                            Concept(id=trait, label=m.group(0),
                                    negated=_trait_negated(text, m.start())),
                            (s + m.start(), s + m.end()))
        elif trait in not_patterns:
            # "used transiently", "administers enteral nutrition": the opposite, stated
            n = not_patterns[trait].search(text)
            if n and not _trait_negated(text, n.start()):
                yield make_fact(document, block, FactKind.DEVICE_TRAIT,
                                Concept(id=trait, label=n.group(0), negated=True),
                                (s + n.start(), s + n.end()))


def _aside_outside(aside: re.Pattern, text: str, match: re.Match) -> bool:
    """Whether an aside word stands outside the trait's own words: "flush the tube after the
    administration of medications" is an aside; "delivery of enteral nutrition, water flushes
    and liquid medications" lists the flushes among what the device delivers."""
    return any(not match.start() <= a.start() < match.end() for a in aside.finditer(text))


# Languages that capitalise every noun: there a capitalised phrase ("Kopflose Schrauben") is no
# sign of a trade name.
_NOUN_CAPITALISING = frozenset({"de", "lb"})
_DICTIONARY_TOKEN = re.compile(r"[A-ZÀ-Þ]?[a-zß-ÿ]+(?:-[A-ZÀ-Þ]?[a-zß-ÿ]+)*")


def common_words_only(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is made only of ordinary words (letters, no inner
    capital, no digit) with no trade mark sign: in German such a phrase is a noun phrase
    ("Kopflose Schrauben", "Resorbierbare Kompressionsschraube"), not an invented trade name."""
    if re.match(r"\s?(?:[®™©]|TM\b)", text[end:end + 3]) or re.search(r"[®™©]", text[start:end]):
        return False
    return all(_DICTIONARY_TOKEN.fullmatch(t) for t in text[start:end].split())


# A notified body named as such is an organisation, never the device: "Notified Body CDM
# Veneto – NB 2919", "Organisme notifié : GMED (ON 0459)", "Benannte Stelle: TÜV Süd",
# "CDM Veneto (NB 2919)". A CEAR's title often starts with its notified body's name.
_NB_WORDS = (r"notified body|organisme notifié|benannte stelle|organismo notificato|"
             r"organismo notificado|aangemelde instantie|conformity assessment body")
_NB_LABELLED = re.compile(
    rf"(?i:{_NB_WORDS})(?:\s*\((?:NB|ON|BS)\))?(?:\s+(?i:name|nom|name der stelle))?"
    rf"\s*[:|–—-]?\s*(?P<name>{NAME})")
_NB_NUMBERED = re.compile(
    rf"(?P<name>{NAME})\s*(?:,|\(|–|—|-)?\s*(?:(?:NB|N\.B\.|ON|(?i:notified body))\s*"
    rf"(?i:no\.?|nr\.?|number|n°|n\.)?\s*\d{{4}}\b)")
_NUMBERED_BEFORE = re.compile(rf"\b(?:NB|ON)\s*\d{{4}}\s*[:|–—-]\s*(?P<name>{NAME})")
_ORGANISATION_WORDS = ("notifi", "benannte", "aangemelde", "conformity assessment", "manufactur",
                       "fabricant", "hersteller", "hergestellt", "inverkehrbringer", "fabriqué")
_ORGANISATION_CUE = re.compile(
    "|".join(re.escape(word) for word in _ORGANISATION_WORDS) + r"|\b(?:nb|on)\s*\d{4}\b")
# The cue's "NB 1234" / "ON 1234" branch as searches led by a literal, which CPython's regex
# engine scans for quickly (the alternation above it tries at every position).
_ORGANISATION_NUMBERS = (re.compile(r"nb\s*\d{4}"), re.compile(r"on\s*\d{4}"))
_NB_NUMBER_CUE = re.compile(r"\b(?:nb|n\.b\.|on|notified body)\s*(?:no\.?|nr\.?|number|n°|n\.)?\s*\d{4}\b")


def organisation_names(document: Document) -> set[str]:
    """Name keys of the notified bodies and manufacturers a document names as such; a notified
    body's key ends with "…" (a device name that starts it is the body's short name)."""
    keys: set[str] = set()
    # A cheap superset of the blocks the cue finds: its words by one scan of the document.
    words = blocks_containing(document, _ORGANISATION_WORDS)
    for index, block in enumerate(document.blocks):
        if index not in words and not any(p.search(block.folded) for p in _ORGANISATION_NUMBERS):
            continue
        if not _ORGANISATION_CUE.search(block.folded):
            continue
        text = block.normalized
        numbered = bool(_NB_NUMBER_CUE.search(block.folded))
        for pattern in (_NB_LABELLED, _NB_NUMBERED, _NUMBERED_BEFORE) if numbered else (_NB_LABELLED,):
            for m in pattern.finditer(text):
                name = m.group("name")
                if not _NB_WORD_ONLY.fullmatch(name):
                    keys.add(re.sub(r"[\W_]+", "", name).lower() + "…")
        for m in MANUFACTURER.finditer(text):
            name = re.sub(rf",?\s{LEGAL_FORM}$", "", _strip_manufacturer(m.group("name")))
            keys.add(re.sub(r"[\W_]+", "", name).lower())
    keys -= {"", "…"}
    return keys


_NB_WORD_ONLY = re.compile(rf"(?i:(?:{_NB_WORDS}|NB|ON)(?:\s.*)?)")


def _names_an_organisation(name: str, organisations: set[str]) -> bool:
    keys = {k for k in (re.sub(r"[\W_]+", "", name).lower(), name_key(name)) if len(k) >= 3}
    return any(org[:-1].startswith(k) if org.endswith("…") else org == k
               for org in organisations for k in keys)


@lru_cache(maxsize=1)
def _not_name_words() -> dict[str, frozenset[str]]:
    """kind -> lower-case words that are never a trade name (vocabulary/not_names.yaml); the
    one-word terms of the users and population-group vocabularies are ordinary words too."""
    words: dict[str, set[str]] = {"enumeration_label": set(), "ordinary": set()}
    for group in knowledge.load("vocabulary/not_names")["groups"]:
        bucket = words.setdefault(group["kind"], set())
        for language_words in (group.get("words") or {}).values():
            bucket.update(fold_case(str(w)) for w in language_words or [])
    for entry in knowledge.load("vocabulary/users")["entries"]:
        for terms in (entry.get("terms") or {}).values():
            words["ordinary"].update(fold_case(t) for t in terms or [] if " " not in t)
    for group in knowledge.load("vocabulary/population_groups")["groups"].values():
        for terms in (group.get("terms") or {}).values():
            words["ordinary"].update(fold_case(t) for t in terms or [] if " " not in t)
    return {kind: frozenset(found) for kind, found in words.items()}


# An item number after a label word: "1", "2.3", "IV", "b", "A1".
_ITEM_NUMBER = re.compile(r"(?:\d{1,3}(?:\.\d{1,3})*|[IVXivx]{1,5}|[A-Za-z]\d{0,2})[.):]?")
# A line that starts an item of a numbered list of one label word: "Query 1 – Closed",
# "Finding 2:", "Observation 4.", "Frage 3 –".
_LINE_ITEM = re.compile(r"^\W{0,3}(?P<word>[A-ZÀ-Þ][a-zß-ÿ]+)\s+(?P<n>\d{1,3})(?![\w.,]\d)")
# A plain word as the subject of an instruction: "Parents should check", "Nurses must record",
# "Eltern sollten", "Les soignants doivent".
_SUBJECT_VERB_AFTER = re.compile(
    r"\s+(?:should|must|may|might|can|cannot|will|shall|need|needs|are|were|have|do|"
    r"doivent|peuvent|devront|sont|sollten|müssen|dürfen|können|sind|haben|devono|possono|"
    r"deben|pueden)\b", re.IGNORECASE)


def enumeration_labels(document: Document) -> frozenset[str]:
    """Words the document uses to number items, as line starts with two numbers at least
    ("Query 1 – Closed", "Query 2 – Satisfactory"): "Query" labels items, it names no device."""
    numbers: dict[str, set[str]] = {}
    for block in document.blocks:
        m = _LINE_ITEM.match(block.normalized)
        if m:
            numbers.setdefault(m.group("word").lower(), set()).add(m.group("n"))
    return frozenset(word for word, found in numbers.items() if len(found) >= 2)


def not_a_name(text: str, start: int, end: int, labels: frozenset[str] = frozenset()) -> bool:
    """Whether the name found at text[start:end] is an item label ("Query 1", "Finding 2",
    "Frage 3") or a phrase of ordinary words ("Parents", "Nurses", "Pflegekräfte"): an ordinary
    word (vocabulary/not_names.yaml, users, population groups) or a plain word that is the
    subject of the verb after it ("Carers should ...")."""
    tokens = re.split(r"[ -]", text[start:end])
    words = _not_name_words()
    first = fold_case(tokens[0])
    if len(tokens) >= 2 and (first in words["enumeration_label"] or first in labels) \
            and all(_ITEM_NUMBER.fullmatch(t) for t in tokens[1:]):
        return True
    if not all(_DICTIONARY_TOKEN.fullmatch(t) for t in tokens) or re.search(r"[®™©]", text[start:end + 2]):
        return False  # a digit, an inner capital or a trade mark: a trade name's signs
    if all(fold_case(t) in words["ordinary"] for t in tokens):
        return True
    return len(tokens) == 1 and bool(_SUBJECT_VERB_AFTER.match(text, end)) and tokens[0].endswith("s")


def _basic_udi_cells(document: Document, row: Block, columns: dict[int | None, int]) -> Iterator[Fact]:
    """The codes under a "Basic UDI-DI" column header ("| Model | Basic UDI-DI |" then one row
    per model); `columns` remembers, per table, which column the header named."""
    if row.row_index == 0:
        columns.pop(row.table_index, None)
        if "udi" in row.folded:
            for column, (start, end) in enumerate(cell_spans(row)):
                if BASIC_UDI_LABEL_ONLY.match(row.normalized[start:end]):
                    columns[row.table_index] = column
        return
    column = columns.get(row.table_index)
    spans = cell_spans(row) if column is not None else []
    if column is None or column >= len(spans):
        return
    start, end = spans[column]
    code = row.normalized[start:end].rstrip(".,;")
    if (_LEADING_CODE.fullmatch(code) and any(c.isdigit() for c in code)
            and sum(c.isalnum() for c in code) >= 6):
        yield make_fact(document, row, FactKind.BASIC_UDI_DI, code.upper(), (start, start + len(code)))


def extract(document: Document, context: ExtractionContext) -> Iterable[Fact]:
    declared = {name_key(n) for n in _declared_names(context)}
    plain_is_common = document.language in _NOUN_CAPITALISING
    organisations = {o for o in organisation_names(document) if o.rstrip("…") not in declared}
    labels = enumeration_labels(document)
    udi_columns: dict[int | None, int] = {}  # table index -> its "Basic UDI-DI" column
    for index, block in enumerate(document.blocks):
        if _in_study_section(block):
            continue
        if block.kind is BlockKind.TABLE_ROW:
            yield from _basic_udi_cells(document, block, udi_columns)
        for start, end in find_names(block, context, cover=index < 6):
            if (plain_is_common and common_words_only(block.normalized, start, end)
                    and name_key(block.normalized[start:end]) not in declared):
                continue
            if organisations and _names_an_organisation(block.normalized[start:end], organisations):
                continue  # the notified body's or the manufacturer's name
            if not_a_name(block.normalized, start, end, labels) \
                    and name_key(block.normalized[start:end]) not in declared:
                continue  # an item label ("Query 1") or ordinary words ("Parents")
            yield make_fact(document, block, FactKind.DEVICE_NAME, block.quote(start, end),
                            (start, end))
        for (start, end), (a_start, a_end) in find_aliases(block):
            yield make_fact(document, block, FactKind.DEVICE_ALIAS,
                            (block.quote(a_start, a_end), block.quote(start, end)),
                            (start, block.normalized.index(")", a_end) + 1))
        if not _names_identity_stem(block.normalized):
            continue
        if (block.kind is not BlockKind.HEADING and index + 1 < len(document.blocks)
                and BASIC_UDI_LABEL_ONLY.match(block.normalized)):
            value_block = document.blocks[index + 1]
            m = _LEADING_CODE.match(value_block.normalized)
            code = m.group("code").rstrip(".,;") if m else ""
            if code and any(c.isdigit() for c in code) and sum(c.isalnum() for c in code) >= 6:
                start = m.start("code")
                yield make_fact(document, value_block, FactKind.BASIC_UDI_DI, code.upper(),
                                (start, start + len(code)))
        lower = block.normalized.lower()
        for s, e in _units(block):
            if _has_stem(lower[s:e], _IDENTITY_STEMS):
                yield from _facts_in_sentence(document, block, s, e)
