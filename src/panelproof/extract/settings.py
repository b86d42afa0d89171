"""Care settings and intended users.

CARE_SETTING: a `Setting` per use environment named where the document states how the device
is to be used: in intended-purpose, environment, users and indications sections, or in a
sentence that speaks of use ("intended for use in", "réservé à l'usage hospitalier", "nur im
Krankenhaus anwenden"). Ids come from `vocabulary/care_settings.yaml`. `exclusive` marks
restrictions ("hospital use only", "exclusively in intensive care units", "nur im
Krankenhaus", "not for use outside the hospital"); `negated` marks exclusions ("not for home
use", "ne doit pas être utilisé à domicile"). Literature, results, storage and transport
conditions are left out: a study done at home says nothing about the intended setting.

USER: a `Concept` per intended user (`vocabulary/users.yaml`) named in users sections or in
"used/operated by ..." sentences.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from panelproof.extract.common import ExtractionContext, make_fact
from panelproof.extract.intended_use import (ENVIRONMENT, INDICATIONS, INTENDED_PURPOSE, OTHER,
                                             USERS, WARNINGS, Unit, clause_before, negated_at,
                                             units, vocabulary)
from panelproof.extract.model import Concept, Fact, FactKind, Setting
from panelproof.ingest.model import Document

_SETTING_SECTIONS = {INTENDED_PURPOSE, ENVIRONMENT, USERS, INDICATIONS, WARNINGS}
# A sentence outside those sections names a care setting only when it speaks of use.
_USE_CUE = re.compile(
    r"\b(?:use[ds]?|using|intended|designed|operated|operation|applied|setting|settings|environment|"
    r"only|exclusively|utilis\w*|usage|destiné\w*|prévu\w*|emploi|environnement|milieu|réservé\w*|"
    r"uniquement|exclusivement|anwend\w*|angewendet|verwend\w*|einsatz\w*|eingesetzt|gebrauch\w*|"
    r"umgebung|bestimmt|vorgesehen|nur|ausschließlich|ausschliesslich|"
    # Spanish, Italian
    r"uso|utiliz\w*|destinad\w*|destinat\w*|previst\w*|impieg\w*|entorno|ambiente|ámbito|ambito|"
    r"solo|sólo|solamente|únicamente|unicamente|exclusivamente|esclusivamente|soltanto)\b", re.I)
_EXCLUSIVE_BEFORE = re.compile(
    r"\b(?:only|exclusively|solely|strictly|restricted to|limited to|reserved (?:for|to)|"
    r"uniquement|exclusivement|seulement|strictement|réservée?s?\s+(?:à|a|au|aux)|"
    r"nur|ausschlie(?:ß|ss)lich|lediglich|beschränkt auf|"
    r"solo|sólo|solamente|únicamente|unicamente|exclusivamente|esclusivamente|soltanto|"
    r"limitad[oa]s? a|limitat[oa] a|riservat[oa] a|reservad[oa] a)\b[^.;]{0,25}$", re.I)
_EXCLUSIVE_AFTER = re.compile(r"^[\s\w'-]{0,14}?\b(?:only|uniquement|exclusivement|seulement|"
                              r"exclusively|solely|solamente|únicamente|unicamente|"
                              r"esclusivamente|exclusivamente)\b", re.I)
# What may stand between settings that share one restriction: "only in hospitals and sleep
# laboratories", "exclusivement en réanimation ou au bloc opératoire".
_SETTING_COORDINATION = re.compile(
    r"^(?:\s|,|/|\b(?:and|or|in|at|the|et|ou|en|au|aux|dans|les?|la|und|oder|im|in der|"
    r"y|o|e|en el|nel|nella)\b)*$", re.I)
# "not for use outside the hospital": an exclusion that restricts to the hospital.
_NOT_OUTSIDE_HOSPITAL = re.compile(
    r"(?:\b(?:not|never|ne|pas|ni|nicht|niemals|keinesfalls|non|no)\b|\bn['’])"
    r"[^.;]{0,50}?\b(?:outside|out of|en dehors|hors|fuori|fuera|"
    r"außerhalb|ausserhalb)\b[^.;]{0,20}?\b(?:(?:the\s+|of\s+)*(?:hospitals?|clinical environment)|"
    r"(?:de\s+l['’]|du\s+|dell['’]|del\s+)?(?:hôpital|milieu hospitalier|établissements? de santé|"
    r"ospedale|hospital)|"
    r"(?:des\s+|von\s+)?(?:krankenhauses|krankenhäusern|klinik|kliniken))", re.I)


def _exclusive_span(text: str, start: int, end: int, floor: int) -> tuple[int, int] | None:
    """The span from the restricting word to the setting ("only in hospitals", "hospital use
    only"), or None when the setting is not stated as exclusive."""
    before = clause_before(text, start, floor, window=60)
    if re.search(r"\bnot only\b|\bnon seulement\b|\bnicht nur\b", before, re.I):
        return None
    cue = _EXCLUSIVE_BEFORE.search(before)
    if cue:
        return start - len(before) + cue.start(), end
    after = _EXCLUSIVE_AFTER.match(text[end:end + 30])
    if after:
        return _phrase_start(text, start, floor), end + after.end()
    return None


def _negation_span(text: str, start: int, end: int, floor: int) -> tuple[int, int]:
    """The span from the negation to the setting ("not for home use", "nicht für den Heimgebrauch")."""
    before = clause_before(text, start, floor)
    cues = list(_NEGATION.finditer(before))
    return (start - len(before) + cues[0].start(), end) if cues else (start, end)


def _phrase_start(text: str, start: int, floor: int) -> int:
    """Start of a short phrase ending at `start` ("For hospital use only": back to "For")."""
    before = clause_before(text, start, floor, window=25)
    words = before.split()
    keep = words[-2:] if words else []
    return start - len(" ".join(keep)) - (1 if keep else 0) if keep else start


# "home use is not foreseen", "l'utilisation à domicile n'est pas prévue", "eine Anwendung zu Hause
# ist nicht vorgesehen": the negation follows the setting, in the same clause.
_NEGATED_AFTER = re.compile(
    r"[^.;,:()]{0,40}?(?:\b(?:is|are|was|has\s+been|have\s+been)\s+(?:not|never)\s+(?:been\s+)?"
    r"(?:foreseen|intended|permitted|allowed|indicated|recommended|possible|supported|approved|"
    r"planned|envisaged|validated|authori[sz]ed|covered|provided)\b|"
    r"\b(?:is|are)\s+(?:excluded|prohibited|forbidden|contraindicated|not\s+part\s+of)\b|"
    r"\bn['’](?:est|sont)\s+pas\s+(?:prévue?s?|autorisée?s?|permise?s?|recommandée?s?|indiquée?s?|"
    r"envisagée?s?|couverte?s?|validée?s?)\b|\b(?:est|sont)\s+(?:exclue?s?|interdite?s?|contre-indiquée?s?)\b|"
    r"\b(?:ist|sind)\s+(?:nicht\s+(?:vorgesehen|zulässig|erlaubt|gestattet|bestimmt|indiziert|"
    r"validiert|freigegeben)|ausgeschlossen|unzulässig|untersagt|kontraindiziert)\b)", re.I)


def _negated_after(text: str, end: int, limit: int) -> tuple[int, int] | None:
    match = _NEGATED_AFTER.match(text, end, min(limit, end + 120))
    return (end, match.end()) if match else None


_NEGATION = re.compile(r"\b(?:not|never|no|ne|n'|nicht|kein\w*|niemals|keinesfalls)\b|\bn'", re.I)


def _setting_facts(document: Document, unit: Unit) -> Iterator[Fact]:
    if OTHER in unit.kinds:
        return
    if not (unit.kinds & _SETTING_SECTIONS or _USE_CUE.search(unit.text)):
        return
    block, text = unit.block, unit.block.normalized
    for m in _NOT_OUTSIDE_HOSPITAL.finditer(text, unit.start, unit.end):
        yield make_fact(document, block, FactKind.CARE_SETTING,
                        Setting("hospital", block.quote(m.start(), m.end()), exclusive=True),
                        (m.start(), m.end()))
    previous = None  # (match, exclusive span) of the setting before
    for m in vocabulary("care_settings").find(text, unit.start, unit.end):
        if any(o.start() <= m.start < o.end() for o in
               _NOT_OUTSIDE_HOSPITAL.finditer(text, unit.start, unit.end)):
            continue
        negated = negated_at(text, m.start, unit.start)
        after = None if negated else _negated_after(text, m.end, unit.end)
        exclusive = None if negated or after else _exclusive_span(text, m.start, m.end, unit.start)
        if (exclusive is None and not negated and not after and previous is not None
                and previous[1] is not None
                and _SETTING_COORDINATION.match(text[previous[0].end:m.start])):
            exclusive = (previous[1][0], m.end)  # "only in hospitals and sleep laboratories"
        previous = (m, exclusive)
        span = (_negation_span(text, m.start, m.end, unit.start) if negated
                else (_phrase_start(text, m.start, unit.start), after[1]) if after
                else exclusive or (m.start, m.end))
        negated = negated or after is not None
        yield make_fact(document, block, FactKind.CARE_SETTING,
                        Setting(m.id, block.quote(m.start, m.end), exclusive=bool(exclusive),
                                negated=negated), span)


_USED_BY = re.compile(
    r"\b(?:used|operated|handled|applied|administered|implanted|performed|set up|utilisé\w*|"
    r"manipulé\w*|implanté\w*|bedient|angewendet|angewandt|verwendet|benutzt|implantiert)\b"
    r"[^.;]{0,40}\b(?:by|par|von|durch)\b|"
    r"\b(?:intended users?|users? of the device|utilisateurs? (?:prévus|visés)|anwender|benutzer)\b",
    re.I)


def _user_facts(document: Document, unit: Unit) -> Iterator[Fact]:
    if OTHER in unit.kinds:
        return
    if not (USERS in unit.kinds or _USED_BY.search(unit.text)):
        return
    block, text = unit.block, unit.block.normalized
    for m in vocabulary("users").find(text, unit.start, unit.end):
        yield make_fact(document, block, FactKind.USER,
                        Concept(m.id, block.quote(m.start, m.end),
                                negated=negated_at(text, m.start, unit.start)),
                        (m.start, m.end))


def extract(document: Document, context: ExtractionContext | None = None) -> Iterable[Fact]:
    facts: list[Fact] = []
    seen: set[tuple] = set()
    for unit in units(document):
        for fact in [*_setting_facts(document, unit), *_user_facts(document, unit)]:
            key = (fact.kind, fact.value, fact.location.quote)
            if key not in seen:
                seen.add(key)
                facts.append(fact)
    return facts
