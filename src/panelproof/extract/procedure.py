"""What the documents say about the CECP itself, and about the certificate the device holds.

Facts:
- `CECP_STATEMENT`: a sentence about the consultation procedure (MDR Art. 54) saying it is
  required or not, and which exemption of Art. 54(2) it invokes ("exempt_54_2_a" ...).
- `CERTIFICATE_BASIS`: a sentence naming the legal basis of an existing certificate
  ("directive": 93/42/EEC, 90/385/EEC; "mdr": Regulation (EU) 2017/745).

Vocabulary: knowledge/vocabulary/procedure.yaml (en, fr, de).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

from panelproof import knowledge
from panelproof.extract.common import ExtractionContext, cue_candidates, make_fact, sentences
from panelproof.extract.model import Concept, Fact, FactKind
from panelproof.ingest.model import Document


def _alternation(terms: Iterable[str]) -> str:
    return "|".join(re.escape(t) for t in sorted(set(terms), key=lambda t: (-len(t), t)))


def _all_languages(entry: dict) -> list[str]:
    return [t for lang in ("en", "fr", "de") for t in entry.get(lang, [])]


@lru_cache(maxsize=1)
def _patterns() -> dict:
    data = knowledge.load("vocabulary/procedure")
    word = r"(?<![\w])(?:{})(?![\w])"
    compiled = {
        "procedure": re.compile(word.format(_alternation(_all_languages(data["procedure_terms"]))),
                                re.IGNORECASE),
        "not_required": re.compile(word.format(_alternation(_all_languages(data["not_required"]))),
                                   re.IGNORECASE),
        "required": re.compile(word.format(_alternation(_all_languages(data["required"]))),
                               re.IGNORECASE),
        "exemptions": {},
        "basis": {},
    }
    for key, entry in data["exemptions"].items():
        terms = _all_languages(entry.get("terms", {}))
        parts = list(entry.get("patterns", [])) + ([word.format(_alternation(terms))] if terms else [])
        compiled["exemptions"][key] = re.compile("|".join(parts), re.IGNORECASE)
    for key, entry in data["certificate_basis"].items():
        compiled["basis"][key] = re.compile("|".join(entry["patterns"]), re.IGNORECASE)
    compiled["exemption_subject"] = re.compile("|".join(data["exemption_subject"]["patterns"]),
                                               re.IGNORECASE)
    # The procedure named by itself, not by its article ("Article 54(2) does not apply" is about
    # the exemptions; "the consultation procedure does not apply" about the procedure).
    names = [t for t in _all_languages(data["procedure_terms"])
             if not re.match(r"(?i)art(?:icle|ikel|\.)?\s*54", t)]
    compiled["procedure_name"] = re.compile(word.format(_alternation(names)), re.IGNORECASE)
    compiled["novelty"] = {
        key: re.compile(word.format(_alternation(_all_languages(entry))), re.IGNORECASE)
        for key, entry in data.get("novelty", {}).items()}
    return compiled


# Cheap test before any regex: the block must mention an article number or a procedure.
# Lower case, searched on `block.folded` (see Block.folded: far cheaper than IGNORECASE).
_QUICK = re.compile(r"54|consult|cecp|scrutiny|konsult|directive|richtlinie|93/42|90/385|mdd|"
                    r"2017/745|mdr|certificat|zertifikat|\bnew|novel|nouve|\bneu(?:e[mnrs]?\b|\b|entwickl)|first|premi|"
                    r"erstmal|different|anderes|extension|erweiter")


def extract(document: Document, context: ExtractionContext) -> Iterator[Fact]:
    patterns = _patterns()
    candidates = cue_candidates(document, _QUICK)  # one literal scan of the document
    for index, block in enumerate(document.blocks):
        if (candidates is not None and index not in candidates) or not _QUICK.search(block.folded):
            continue
        for start, end in sentences(block):
            text = block.normalized[start:end]
            yield from _basis_facts(document, block, text, start, patterns)
            yield from _novelty_facts(document, block, text, start, patterns)
            procedure = patterns["procedure"].search(text)
            if not procedure:
                continue
            exemption = _exemption(text, patterns)
            # "is therefore not required", "ist somit nicht erforderlich": a connective adverb
            # between the verb and its complement changes nothing.
            plain = _HEDGE.sub("not ", _ADVERB.sub("", text))
            denials = [m for m in patterns["not_required"].finditer(plain)
                       if not _negated_in_clause(plain, m.start())]
            if denials and all(_denies_exemptions(plain, m.start(), patterns) for m in denials):
                # "Article 54(2) does not apply", "none of the exemptions applies": no
                # exemption, so the procedure is required.
                status, exemption = "required", None
            elif denials:
                status = "not_required"
                if exemption is None:
                    # "... is a modification of X already marketed (Art. 54(2)(b)). The CECP is
                    # therefore not required.": the exemption named earlier in the paragraph,
                    # quoted from the sentence that names it.
                    exemption, named_at = _exemption_before(block, start, patterns)
                    if named_at is not None:
                        start = named_at
                    else:
                        # "Applicability of the consultation procedure: Not applicable. The device
                        # is a modification of X, and the exemption of Article 54(2)(b) is
                        # accepted.": the ground given in the next sentence, quoted with it.
                        exemption, ends_at = _exemption_after(block, end, patterns)
                        if ends_at is not None:
                            end = ends_at
            elif (required := patterns["required"].search(plain)):
                # "the exemption of Article 54(2)(b) applies": the exemption is the subject,
                # so the procedure is not required
                exempted = exemption is not None and _denies_exemptions(plain, required.start(), patterns)
                # "no Clinical Evaluation Consultation Procedure is required", "keine
                # Konsultation ist erforderlich": the procedure itself denied by its determiner
                status = ("not_required" if exempted or _procedure_denied(plain, required.start(), patterns)
                          else "required")
            else:
                continue
            yield make_fact(document, block, FactKind.CECP_STATEMENT,
                            Concept(id=status, label=exemption or ""), (start, end))


_ADVERB = re.compile(r"(?<=\s)(?:therefore|thus|hence|consequently|accordingly|also|donc|ainsi|"
                     r"par conséquent|daher|somit|deshalb|folglich|demnach|also)\s+", re.IGNORECASE)


# "is not considered to apply", "is deemed not necessary", "n'est pas considérée comme
# requise": a verb of judgement around the negation hedges the denial but does not weaken it,
# so it is dropped and the negation kept ("is not apply", "is not necessary").
_HEDGE = re.compile(
    r"\b(?:not\s+(?:considered|deemed|judged|regarded|thought|believed|held)"
    r"(?:\s+to\s+be|\s+as\s+being|\s+as|\s+to)?"
    r"|(?:considered|deemed|judged|regarded|thought|believed|held)(?:\s+to\s+be|\s+as)?\s+not"
    r"(?:\s+to)?)\s+", re.IGNORECASE)


def _exemption(text: str, patterns: dict) -> str | None:
    return next((key for key, pattern in patterns["exemptions"].items() if pattern.search(text)), None)


def _exemption_before(block, position: int, patterns: dict) -> tuple[str | None, int | None]:
    """The last exemption named before `position` in the block, and where its sentence starts."""
    text = block.normalized
    found: tuple[str | None, int | None] = (None, None)
    for start, end in sentences(block):
        if start >= position:
            break
        exemption = _exemption(text[start:end], patterns)
        if exemption is not None:
            found = (exemption, start)
    return found


def _exemption_after(block, position: int, patterns: dict) -> tuple[str | None, int | None]:
    """The exemption the sentence right after `position` names, when that sentence states
    nothing of its own on whether the procedure is required, and where it ends."""
    text = block.normalized
    following = next(((s, e) for s, e in sentences(block) if s >= position), None)
    if following is None:
        return None, None
    sentence = text[following[0]:following[1]]
    exemption = _exemption(sentence, patterns)
    if exemption is None or patterns["not_required"].search(sentence) or patterns["required"].search(sentence):
        return None, None
    return exemption, following[1]


def _denies_exemptions(text: str, start: int, patterns: dict) -> bool:
    """Whether the denial at `start` has the exemptions of Art. 54(2) for subject ("Article 54(2)
    does not apply", "l'article 54(2) ne s'applique pas", "Art. 54 Abs. 2 findet keine
    Anwendung"), not the procedure itself."""
    clause = re.split(r"[;:]", text[:start])[-1]
    last = None
    for last in patterns["exemption_subject"].finditer(clause):
        pass
    # "Under Article 54(2), the consultation procedure does not apply", "Das
    # Konsultationsverfahren ist nach Artikel 54(2)(b) nicht erforderlich": the procedure
    # named in the clause is the subject.
    return last is not None and patterns["procedure_name"].search(clause) is None


# "no exemption applies", "keine Ausnahme ist befreit": an exemption denied in its own clause.
_NEGATED_IN_CLAUSE = re.compile(r"\b(?:no|not|nor|kein\w*|aucune?|nessun\w*|ninguna?)\s+(?:\w+\s+){0,2}$",
                                re.IGNORECASE)


def _negated_in_clause(text: str, start: int) -> bool:
    clause = re.split(r"[;:,]", text[:start])[-1]
    return bool(_NEGATED_IN_CLAUSE.search(clause))


# A negating determiner before the subject: "no consultation procedure is required", "kein
# Konsultationsverfahren ist erforderlich", "aucune procédure de consultation n'est requise".
_NEGATING_DETERMINER = re.compile(r"\b(?:no|neither|nor|kein\w*|aucune?|nessun[ao]?|ningun[ao]?|ningún|geen)\s+",
                                  re.IGNORECASE)


def _procedure_denied(text: str, start: int, patterns: dict) -> bool:
    """Whether the subject of the verb at `start` is the procedure under a negating determiner
    ("no CECP is required"); "no exemption applies" is about the exemptions, not the procedure."""
    clause = re.split(r"[;:,]", text[:start])[-1]
    determiner = None
    for determiner in _NEGATING_DETERMINER.finditer(clause):
        pass
    if determiner is None:
        return False
    subject = clause[determiner.end():]
    return (patterns["procedure_name"].search(subject) is not None
            and patterns["exemption_subject"].search(subject) is None)


# "no new material", "not a new device": a negated novelty is the opposite statement.
_NEGATED_NOVELTY = re.compile(r"\b(?:no|not|without|nor|kein\w*|nicht|ohne|aucun\w*|pas|sans)\b[^.;]{0,25}$",
                              re.IGNORECASE)


def _novelty_facts(document, block, text: str, offset: int, patterns: dict) -> Iterator[Fact]:
    for key, pattern in patterns["novelty"].items():
        match = pattern.search(text)
        if match and not _NEGATED_NOVELTY.search(text[:match.start()]):
            yield make_fact(document, block, FactKind.NOVELTY, Concept(id=key, label=match.group(0)),
                            (offset + match.start(), offset + match.end()))


# "No change since the initial MDR certificate", "seit der Erstzertifizierung nach MDR": a
# certificate that exists, named as the point the story starts from, not this application.
_SINCE = re.compile(r"\b(?:since|seit|depuis|dal(?:la|lo)?|desde|sinds|after|nach|après)\s+(?:the|der|dem|den|le|la|l'|il|el|het|de)?\s*$",
                    re.IGNORECASE)


def _basis_facts(document, block, text: str, offset: int, patterns: dict) -> Iterator[Fact]:
    for key, pattern in patterns["basis"].items():
        match = pattern.search(text)
        if match and key == "initial_mdr" and _SINCE.search(text, max(0, match.start() - 12), match.start()):
            continue
        if match:
            yield make_fact(document, block, FactKind.CERTIFICATE_BASIS,
                            Concept(id=key, label=match.group(0)),
                            (offset + match.start(), offset + match.end()))
