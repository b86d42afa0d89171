"""Care settings and intended users.

CARE_SETTING: a `Setting` per use environment named where the document states how the device
is to be used: in intended-purpose, environment, users and indications sections, or in a
sentence that speaks of use ("intended for use in", "réservé à l'usage hospitalier", "nur im
Krankenhaus anwenden"). Ids come from `vocabulary/care_settings.yaml`. `exclusive` marks
restrictions ("hospital use only", "exclusively in intensive care units", "nur im
Krankenhaus", "not for use outside the hospital"); `negated` marks exclusions ("not for home
use", "ne doit pas être utilisé à domicile"). Literature, results, storage and transport
conditions are left out: a study done at home says nothing about the intended setting.
`procedure` marks the place of a procedure on the patient ("implanted in the operating room",
"l'implantation est réalisée au bloc opératoire"): where an implant is put in is not the
environment the implanted patient lives in, so rules compare such settings only with each other.
`initiation` marks the place where a home therapy is started or titrated ("initiation in the
hospital or the outpatient clinic", `therapy_initiation` of the vocabulary): the patient passes
through it before the device is used where it is meant to be.
`explicit` marks a setting named in a statement of the intended use environment: a sentence
with "intended to be used in", "for use in", "use environment", "Einsatzort", "destiné à être
utilisé", "entorno de uso" ... (`environment_statements` of the vocabulary), a sentence of an
environment section, a "Use environment" / "Einsatzumgebung" table row, or a sentence of an
intended-purpose, users or indications section saying how the device is used ("It is used in
hospitals", "Es wird in Kliniken angewendet"). A setting named in passing is not explicit:
where a study was done or data came from, a patient's daily life ("patients use their sound
processor at home"), another device (`incidental_mentions`), rows of study tables.

USER: a `Concept` per intended user (`vocabulary/users.yaml`) named in users sections or in
"used/operated by ..." sentences.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Iterable, Iterator

from panelproof.extract.common import ExtractionContext, make_fact
from panelproof.extract.intended_use import (ENVIRONMENT, INDICATIONS, INTENDED_PURPOSE, OTHER,
                                             USERS, WARNINGS, Unit, _purpose_sentence, block_kinds,
                                             clause_before, negated_at, units, vocabulary)
from panelproof.extract.model import Concept, Fact, FactKind, Setting
from panelproof.ingest.model import BlockKind, Document

_SETTING_SECTIONS = {INTENDED_PURPOSE, ENVIRONMENT, USERS, INDICATIONS, WARNINGS}
# A sentence outside those sections names a care setting only when it speaks of use.
_USE_CUE = re.compile(
    r"\b(?:use[ds]?|using|intended|designed|operated|operation|applied|setting|settings|environment|"
    r"only|exclusively|utilis\w*|usage|destiné\w*|prévu\w*|emploi|environnement|milieu|réservé\w*|"
    r"uniquement|exclusivement|anwend\w*|angewendet|verwend\w*|einsatz\w*|eingesetzt|gebrauch\w*|"
    r"umgebung|bestimmt|vorgesehen|nur|ausschließlich|ausschliesslich|"
    # Spanish, Italian
    r"uso|utiliz\w*|destinad\w*|destinat\w*|previst\w*|impieg\w*|entorno|ambiente|ámbito|ambito|"
    r"solo|sólo|solamente|únicamente|unicamente|exclusivamente|esclusivamente|soltanto|"
    # Dutch
    r"\w*gebruik\w*|bestemd|bedoeld|toepassing|toegepast|omgeving|alleen|uitsluitend|enkel|"
    # Polish, Swedish, Danish
    r"użyt\w*|używan\w*|stosowan\w*|stosowani\w*|przeznaczon\w*|środowisk\w*|wyłącznie|tylko|jedynie|"
    r"använd\w*|avsedd|avsett|avsedda|\w*bruk|\w*miljö|endast|enbart|uteslutande|"
    r"anvend\w*|beregnet|\w*miljø|kun|udelukkende|\w*brug|"
    # Czech, Finnish, Norwegian
    r"použ\w*|určen\w*|prostředí|pouze|výhradně|jen|"
    r"käyt\w*|tarkoitettu\w*|\w*ympäristö\w*|vain|ainoastaan|yksinomaan|"
    r"bruk\w*|beregnet|tiltenkt|utelukkende|"
    # Icelandic
    r"notkun\w*|notað\w*|ætla\w*|ætlu\w*|\w*umhverfi\w*|eingöngu|aðeins|einungis)\b", re.I)
_EXCLUSIVE_BEFORE = re.compile(
    r"\b(?:only|exclusively|solely|strictly|restricted to|limited to|reserved (?:for|to)|"
    r"uniquement|exclusivement|seulement|strictement|réservée?s?\s+(?:à|a|au|aux)|"
    r"nur|ausschlie(?:ß|ss)lich|lediglich|beschränkt auf|"
    r"solo|sólo|solamente|únicamente|unicamente|exclusivamente|esclusivamente|soltanto|"
    r"exclusiv[oa]s?|esclusiv[oa]|"
    r"limitad[oa]s? a|limitat[oa] a|riservat[oa] a|reservad[oa] a|"
    r"alleen|uitsluitend|enkel|slechts|voorbehouden aan|beperkt tot|"
    r"wyłącznie|tylko|jedynie|endast|enbart|uteslutande|förbehållen|kun|udelukkende|"
    r"pouze|výhradně|jen|vain|ainoastaan|yksinomaan|utelukkende)\b[^.;]{0,25}$", re.I)
# "may only be used by trained physiotherapists in hospital units", "must be operated in
# intensive care units", "doit être utilisé en milieu hospitalier": the restriction or the
# obligation governs the verb of use, so the setting may stand further from it.
_EXCLUSIVE_VERB_BEFORE = re.compile(
    r"(?:\b(?:only|exclusively|solely)\s+(?:be\s+)?|"
    r"\b(?:must|shall|has to|have to|is to|are to)\s+(?:always\s+)?be\s+|"
    r"\b(?:doit|doivent)\s+(?:toujours\s+)?être\s+|"
    r"\b(?:muss|müssen|darf|dürfen)\s+(?:nur|ausschlie(?:ß|ss)lich)\s+|"
    r"\b(?:får|ska|skall)\s+(?:endast|enbart|uteslutande)\s+|"
    r"\b(?:må|skal|kan|bør)\s+(?:kun|udelukkende|utelukkende)\s+|"
    r"\b(?:smí|smějí|lze|musí|má|mají)\s+(?:být\s+)?(?:pouze|výhradně|jen)\s+(?:být\s+)?|"
    r"\b(?:saa|voidaan|tulee)\s+(?:käyttää\s+)?(?:vain|ainoastaan|yksinomaan)\s+|"
    r"\b(?:może|mogą|można)\s+(?:być\s+)?(?:wyłącznie|tylko|jedynie)\s+(?:być\s+)?|"
    r"\b(?:debe|deben|deve|devono|moet|moeten|mag|mogen)\s+(?:solo\s+|sólo\s+|solamente\s+|"
    r"esclusivamente\s+|alleen\s+|uitsluitend\s+)?(?:essere\s+|worden\s+)?)"
    r"(?:used|operated|applied|employed|utili[sz]ed|"
    r"utilisée?s?|employée?s?|utiliz\w+|usad[oa]s?|utilizzat[oa]|impiegat[oa]|"
    r"gebruikt|toegepast|användas|brukas|używany|używana|używane|stosowany|stosowana|stosowane|"
    r"używać|stosować|anvendes|bruges|brukes|používán|používána|používáno|používány|používat|"
    r"použit|použita|použito|käyttää|käytettävä|käytetään)\b[^.;]{0,45}$", re.I)
_EXCLUSIVE_AFTER = re.compile(r"^[\s\w'-]{0,14}?\b(?:only|uniquement|exclusivement|seulement|"
                              r"exclusively|solely|solamente|únicamente|unicamente|"
                              r"esclusivamente|exclusivamente|exclusivo|esclusivo|"
                              r"uitsluitend|alleen|wyłącznie|endast|enbart|udelukkende|"
                              r"pouze|výhradně|vain|ainoastaan|utelukkende)\b", re.I)
# What may stand between settings that share one restriction: "only in hospitals and sleep
# laboratories", "exclusivement en réanimation ou au bloc opératoire".
_SETTING_COORDINATION = re.compile(
    r"^(?:\s|,|/|\b(?:and|or|as well as|in|at|the|for|use|of|et|ou|en|au|aux|dans|les?|la|l'|à|"
    r"pour|usage|und|oder|sowie|im|in der|zur|zum|für|den|die|der|"
    r"y|o|e|en el|el|la|para|uso|nel|nella|negli|al|alla|per|"
    r"het|de|voor|gebruik)\b)*$", re.I)
# "not for use outside the hospital": an exclusion that restricts to the hospital.
_NOT_OUTSIDE_HOSPITAL = re.compile(
    r"(?:\b(?:not|never|ne|pas|ni|nicht|niemals|keinesfalls|non|no|niet|nooit|não|nunca)\b|\bn['’])"
    r"[^.;]{0,50}?\b(?:outside|out of|en dehors|hors|fuori|fuera|fora|"
    r"außerhalb|ausserhalb|buiten)\b[^.;]{0,20}?\b(?:(?:the\s+|of\s+)*(?:hospital\w*|clinical environment)|"
    r"(?:de\s+l['’]|du\s+|dell['’]|del\s+)?(?:hôpital|milieu hospitalier|établissements? de santé|"
    r"ospedale|hospital)\w*|"
    r"(?:des\s+|von\s+)?(?:krankenhauses|krankenhäusern|klinik|kliniken)|"
    r"(?:professional\s+)?health\s?care\s+facilit(?:y|ies)|clinical\s+settings?|medical\s+facilit(?:y|ies)|"
    r"(?:medizinischen\s+|professionellen\s+)?(?:Gesundheits)?einrichtungen|(?:het\s+)?ziekenhuis)", re.I)
# "Use outside healthcare facilities is not permitted", "l'utilisation hors de l'hôpital est
# interdite": the negation follows.
_OUTSIDE_HOSPITAL_NOT = re.compile(
    r"\b(?:outside|out of|en dehors|hors|fuori|fuera|außerhalb|ausserhalb|buiten)\b[^.;]{0,20}?"
    r"\b(?:hospitals?|clinical environment|clinical settings?|(?:professional\s+)?health\s?care\s+"
    r"facilit(?:y|ies)|medical facilit(?:y|ies)|hôpital|milieu hospitalier|établissements? de santé|"
    r"ospedale|krankenh(?:a|ä)us\w*|klinik\w*|(?:Gesundheits)?einrichtungen|ziekenhuis\w*)\b"
    r"[^.;]{0,30}?(?:\b(?:is|are)\s+(?:not\s+(?:permitted|allowed|intended|foreseen|authori[sz]ed)|"
    r"prohibited|forbidden|contraindicated)|"
    r"\b(?:est|sont)\s+(?:interdite?s?|exclue?s?)|\bn['’](?:est|sont)\s+pas\s+(?:autorisée?s?|prévue?s?)|"
    r"\b(?:ist|sind)\s+(?:nicht\s+(?:zulässig|erlaubt|vorgesehen|gestattet)|untersagt|unzulässig))", re.I)


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
    r"validiert|freigegeben)|ausgeschlossen|unzulässig|untersagt|kontraindiziert)\b|"
    # Dutch "is niet bedoeld / toegestaan", Italian "non è previsto / consentito", Spanish "no
    # está previsto / permitido", Portuguese "não está prevista / permitida"
    r"\b(?:is|zijn|wordt|worden)\s+niet\s+(?:bedoeld|bestemd|toegestaan|voorzien|geïndiceerd|"
    r"aanbevolen|gevalideerd|goedgekeurd)\b|\b(?:is|zijn)\s+(?:uitgesloten|verboden|gecontra-?indiceerd)\b|"
    r"\bnon\s+(?:è|e|sono)\s+(?:previst|consentit|ammess|indicat|destinat|raccomandat|autorizzat|"
    r"validat|permess)[oaie]\b|\b(?:è|sono)\s+(?:esclus|vietat|controindicat)[oaie]\b|"
    r"\b(?:no|não)\s+(?:está|están|estão|es|son|é|são)\s+(?:previst|permitid|indicad|destinad|"
    r"recomendad|autorizad|validad)[oa]s?\b|"
    r"\b(?:está|están|estão|es|son|é|são)\s+(?:excluid|exclu[íi]d|prohibid|proibid|contraindicad)[oa]s?\b|"
    # Polish "nie jest przewidziane / dozwolone", Swedish "är inte avsedd / tillåten"
    r"\b(?:nie\s+(?:jest|są)\s+(?:przewidzian\w*|dozwolon\w*|zalecan\w*|przeznaczon\w*|dopuszczon\w*)|"
    r"(?:jest|są)\s+(?:wykluczon\w*|zabronion\w*|przeciwwskazan\w*))\b|"
    r"\b(?:är|var)\s+(?:inte|ej|icke)\s+(?:avsedd|avsett|avsedda|tillåten|tillåtet|tillåtna|"
    r"godkänd|godkänt|rekommenderad|rekommenderat|avsedd)\b|\bär\s+(?:förbjuden|förbjudet|"
    r"kontraindicerad|kontraindicerat|uteslutet|utesluten)\b|"
    # Danish / Norwegian "er ikke beregnet / tilladt / tillatt", Czech "není určen / povoleno",
    # Finnish "ei ole tarkoitettu / sallittu"
    r"\b(?:er|var)\s+(?:ikke|ikkje)\s+(?:beregnet|beregnede|tilladt|tillatt|godkendt|godkjent|"
    r"anbefalet|anbefalt|tiltenkt|indiceret|indisert|tilsigtet)\b|"
    r"\b(?:er)\s+(?:udelukket|utelukket|forbudt|kontraindiceret|kontraindisert)\b|"
    r"\b(?:není|nejsou|nebyl[aoy]?)\s+(?:určen\w*|povolen\w*|přípustn\w*|doporučen\w*|"
    r"dovolen\w*|schválen\w*|validován\w*|indikován\w*|zamýšlen\w*)|"
    r"\b(?:je|jsou)\s+(?:vyloučen\w*|zakázán\w*|kontraindikován\w*)|"
    r"\b(?:ei|eivät)\s+(?:ole\s+)?(?:tarkoitettu|sallittu|suositeltava|hyväksytty|validoitu|"
    r"sallittua)\b|\bon\s+(?:kielletty|vasta-aiheinen)\b|"
    # Bulgarian "не е предвидена", Estonian "ei ole ette nähtud", Latvian "nav paredzēta",
    # Slovenian "ni predvidena", Croatian "nije predviđena"
    r"\bне\s+(?:е|са)\s+(?:предвиден\w*|разрешен\w*|предназначен\w*|препоръчван\w*|показан\w*)|"
    r"\b(?:е|са)\s+(?:изключен\w*|забранен\w*|противопоказан\w*)|"
    r"\bei\s+ole\s+(?:ette\s+nähtud|lubatud|mõeldud|näidustatud|soovitatav)\b|"
    r"\bon\s+(?:keelatud|välistatud|vastunäidustatud)\b|"
    r"\bnav\s+(?:paredzēt\w*|atļaut\w*|ieteicam\w*|indicēt\w*)|\bir\s+(?:aizliegt\w*|kontrindicēt\w*|izslēgt\w*)|"
    r"\b(?:ni|niso|nije|nisu)\s+(?:predviden\w*|predviđen\w*|dovoljen\w*|dopušten\w*|namenjen\w*|"
    r"namijenjen\w*|priporočljiv\w*|preporučljiv\w*|indiciran\w*)|"
    r"\b(?:je|so|su)\s+(?:prepovedan\w*|zabranjen\w*|kontraindiciran\w*|izključen\w*|isključen\w*)\b|"
    # Icelandic "er ekki ætlað", "eru ekki ætluð", "er óheimil", "er frábending"
    r"\b(?:er|eru)\s+ekki\s+(?:ætla\w*|ætlu\w*|leyf\w*|ráðlag\w*)|"
    r"\b(?:er|eru)\s+(?:óheimil\w*|bönnuð|bannað|frábending|útiloka\w*)\b)", re.I)


def _negated_after(text: str, end: int, limit: int) -> tuple[int, int] | None:
    match = _NEGATED_AFTER.match(text, end, min(limit, end + 120))
    return (end, match.end()) if match else None


_NEGATION = re.compile(r"\b(?:not|never|no|ne|n'|nicht|kein\w*|niemals|keinesfalls|niet|geen|nooit|excludes?|exclut|"
                       r"nie|inte|icke|ikke|ikkje|ej(?=\s+(?:avsedd|avsett|avsedda|för|tillåten))|"
                       r"ne|není|nejsou|nesmí|nesmějí|nepoužívejte|nepoužívat|ei(?=\s+(?:ole|saa|sovellu|tule|käytetä|pidä|sovi|tohi|sobi|kasutata))|eikä|eivät|älä|"
                       # Bulgarian, Latvian, Slovenian, Croatian
                       r"не|нито|nav|nedrīkst|nelieto\w*|neizmanto\w*|nije|nisu|niso|nemojte|"
                       r"ni(?=\s+(?:namenjen\w*|dovoljen\w*|predviden\w*|primeren|primerna|primerno))|"
                       # Icelandic
                       r"ekki|aldrei|"
                       r"excluye|esclude)\b|"
                       r"\bn'", re.I)
# Dutch negation, which the shared intended-use negation does not know: "niet voor thuisgebruik".
_DUTCH_NEGATION = re.compile(r"\b(?:niet|geen|nooit)\b(?![-‐‑])", re.I)

# Negations that qualify a noun ("no training", "keiner Schulung", "geen training", "pas de
# formation", "without supervision"): their scope is that noun phrase. A place named after a
# preposition that follows the noun ("with minimal or no training in public places") is not
# negated, unless the noun is the use itself ("no use in public places", "keine Anwendung im
# häuslichen Bereich"). Negations of the verb or the phrase ("not for use in", "must not be used
# at", "nicht im häuslichen Bereich") keep the place in their scope.
_NEGATION_CUE = re.compile(
    r"\b(?:not|never|no|without|except|excluding|excluded|excludes?|exclut|excluye|esclude|ne|pas(?:\s+d(?:e\b|['’]))?|jamais|sans|"
    r"sauf|hors|nicht|kein\w*|niemals|keinesfalls|ohne|außer|ausser|ausgenommen|niet|geen|nooit|"
    r"aucune?s?|nessun\w*|senza|sin|ningun\w*|nunca|mai|não|nenhum\w*|exceto|excepto|(?-i:[Ss]em)|"
    r"nie|bez|inte|icke|utan|ikke|ikkje|uden|uten|ej(?=\s)|"
    r"není|nejsou|nesmí|nesmějí|nepoužívejte|nepoužívat|kromě|ei(?=\s+(?:ole|saa|sovellu|tule|käytetä|pidä|sovi))|eikä|eivät|älä|ilman|paitsi|"
    # Bulgarian, Estonian, Latvian, Slovenian, Croatian (as intended_use._NEGATION_BEFORE)
    r"не|без|освен|никога|ei(?=\s+(?:tohi|sobi|kasutata|tohiks))|nav|nedrīkst|nelieto\w*|neizmanto\w*|"
    r"izņemot|ni(?=\s+(?:namenjen\w*|dovoljen\w*|predviden\w*|primer\w*))|niso|brez|razen|nije|nisu|"
    r"nemojte|osim|"
    # Icelandic "ekki", "aldrei", "án" (without), "nema" (except)
    r"ekki|aldrei|án|nema)\b(?![-‐‑])|\bn['’]|"
    # "non" negates a verb or participle ("non destiné à", "non adatto"); "non professionnels" is
    # a prefix.
    r"\bnon\s+(?=(?:è|e|sono|deve|devono|può|possono|va|vanno|est|sont|doit|doivent)\b|utiliz|"
    r"usa|impieg|destin|indic|adatt|approv|previst|idone|prévu|recommand|adapt|autoris|conçu|"
    # "non per la dialisi domiciliare", "non pour l'usage à domicile": not for
    r"per\b|pour\b)",
    re.I)
_NOUN_NEGATION = re.compile(
    r"(?:no|kein\w*|geen|aucune?s?|pas\s+d(?:e|['’])|sans|without|ohne|nessun\w*|senza|sin|"
    r"ningun\w*|án)$", re.I)
_PLACE_PREPOSITION = (r"(?:in|at|on|inside|within|op|bij|an|am|im|in\s+der|in\s+den|bei|à|au|aux|"
                      r"en|dans|sur|nel|nei|nelle|negli|nella|al|a)")
# After the negation: a noun phrase of one to three words, then a preposition and up to three
# words (articles, adjectives) before the place; the place may itself open with the preposition
# ("in public").
_CLOSED_NOUN_PHRASE = re.compile(
    rf"^\s*(?:(?!{_PLACE_PREPOSITION}\b)[^\W\d]+[\s-]+){{1,3}}?"
    rf"(?:{_PLACE_PREPOSITION}\s+(?:[^\W\d]+['’]?\s*){{0,3}})?$", re.I)
# The use itself, its suitability or intention: a negated use noun does govern the place.
_USE_WORD = re.compile(
    r"\b(?:us\w*|utilis\w*|emploi\w*|operat\w*|applica\w*|deploy\w*|intended|designed|suitable|"
    r"indicat\w*|approv\w*|destin\w*|prévu\w*|indiqu\w*|adapt\w*|conçu\w*|autoris\w*|"
    r"anwend\w*|verwend\w*|einsatz\w*|gebrauch\w*|betrieb\w*|benutz\w*|bestimm\w*|geeignet|"
    r"vorgesehen|zulassung|gebruik\w*|toepass\w*|bedoeld|bestemd|geschikt|uso|utilizz\w*|"
    r"utiliz\w*|impieg\w*|adatt\w*|previst\w*|idone\w*|\w*gebruik\w*|\w*gebrauch\w*)\b", re.I)


def _negated(text: str, start: int, floor: int, language: str | None = None) -> bool:
    """Whether the setting at `start` is in the scope of a negation of its clause."""
    clause = clause_before(text, start, floor)
    if not (negated_at(text, start, floor, language) or _DUTCH_NEGATION.search(clause)
            or _NOT_FOR.search(clause)):
        return False
    # The place's first word, which may be its preposition ("in public", "in the home").
    head = _FIRST_WORD.match(text, start)
    place = head.group(0) + " " if head else ""
    return not all(_NOUN_NEGATION.match(cue.group(0))
                   and _closed_before_place(clause[cue.end():] + place)
                   for cue in _NEGATION_CUE.finditer(clause)
                   if not (language == "pt" and cue.group(0).lower() == "no"))


_FIRST_WORD = re.compile(r"[^\W\d]+")
# "non per la dialisi domiciliare" (it), "non pour l'usage à domicile" (fr): not for.
_NOT_FOR = re.compile(r"\bnon\s+(?:per|pour)\b", re.I)


def _closed_before_place(rest: str) -> bool:
    """Whether the words between a noun negation and the place are a noun phrase that ends before
    the place ("training in", "Schulung an", "formation dans les") and is not the use itself."""
    return bool(rest.strip()) and _CLOSED_NOUN_PHRASE.match(rest) is not None \
        and _USE_WORD.search(rest) is None \
        and re.search(rf"\b{_PLACE_PREPOSITION}\s", rest + " ", re.I) is not None

# The place of a procedure on the patient: an implant is put in, a catheter inserted ("implanted
# in the operating room", "implantation must be performed in hospitals", "l'implantation est
# réalisée au bloc opératoire", "wird im Operationssaal implantiert"). The noun "implant" is no
# cue ("the implant is recharged at home"); a verb of use after the cue ends it ("implanted
# patients use the programmer at home").
_PROCEDURE_BEFORE = re.compile(
    r"\b(?:implanted|implanting|implantations?|explant(?:ed|ation)|inserted|insertion|placement|"
    r"surgically|surgical\s+(?:procedure|intervention|placement)|operated\s+on|"
    r"implanté\w*|explanté\w*|inséré\w*|pose\s+(?:du|de\s+la|de\s+l['’])|intervention\s+chirurgicale|"
    r"implantiert\w*|Implantation|explantiert\w*|operiert|chirurgische[nr]?\s+Eingriff\w*|"
    r"implantad[oa]s?|implantación|inserción|intervención\s+quirúrgica|"
    r"impiantat[oa]|impiantati|impiantate|inserimento|intervento\s+chirurgico|"
    # Italian "impianto" is the implant as well as its implantation: a cue only where it is the
    # act ("impianto da parte di cardiologi", "impianto in sala operatoria", "impianto del catetere")
    r"impianto\s+(?:da\s+parte|in\s+sala|del|della|dello|dei|degli|delle|eseguito|effettuato)|"
    r"geïmplanteerd|implantatie|chirurgische\s+ingreep|"
    # Placing a device in the patient (a pessary, a stent, a catheter) in other languages:
    # German "Einlage im Krankenhaus", French "mise en place", Spanish "colocación", Italian
    # "posizionamento", Portuguese "colocação", Dutch "plaatsing", Swedish "insättning",
    # Polish "założenie", "wprowadzenie", Danish "anlæggelse", Czech "zavedení".
    r"Einlage|Einlegen|Platzierung|Anlage\s+(?:des|der|eines|einer)|eingelegt|"
    r"mise\s+en\s+place|colocaci[oó]n|colocad[oa]s?|posizionamento|posizionat[oa]|colocação|"
    r"inserção|implantação|plaatsing|inbrengen|geplaatst|insättning|implantering|"
    r"założeni[ea]|wszczepieni[ea]|implantacj[aiię]|wprowadzeni[ea]|anlæggelse|indsættelse|zavedení|implantace)\b", re.I)
_PROCEDURE_AFTER = re.compile(
    r"^[^.;,:]{0,25}?\b(?:for|during|pour|lors\s+de|für|bei|während|para|durante|per|voor|tijdens)\s+"
    r"(?:the\s+|l['’]|la\s+|die\s+|der\s+|la\s+|l['’]|de\s+)?(?:implantation|implantación|"
    r"impianto|implantatie|insertion|inserción|inserimento|Implantation|Einsetzen|pose)\b|"
    # German and Dutch put the verb last: "im Operationssaal implantiert", "in Kliniken durch
    # HNO-Chirurgen implantiert"
    r"^[^.;,:]{0,45}?\b(?:implantiert|explantiert|operiert|geïmplanteerd|ingebracht)\b", re.I)
_USE_AFTER_PROCEDURE = re.compile(
    r"\b(?:use[sd]?|using|utili[sz]\w*|operat\w*|recharg\w*|charg\w*|lives?|living|return\w*|wear\w*|"
    r"manage[sd]?|programm?\w*|verwend\w*|benutz\w*|anwend\w*|angewendet|lad\w*|leben|vivent|"
    r"usa\w*|gebruik\w*|wonen|använd\w*|stosow\w*|używ\w*|anvend\w*|použív\w*)\b", re.I)


# Up to two words (and their spaces) before a user noun: "trained [nursing] staff".
_TWO_WORDS_THEN = re.compile(r"\s*(?:[^\W\d_][\w-]*\s+){0,2}")


def _initiation_at(text: str, start: int, floor: int) -> bool:
    """Whether the setting at `start` is where a therapy is started or titrated ("initiation in
    the hospital or the outpatient clinic", "Ersteinstellung in der Klinik"), with no verb of use
    between the cue and the setting ("started in hospital and used at home" names home as use)."""
    before = clause_before(text, start, floor, window=70)
    offset = start - len(before)
    cues = vocabulary("care_settings", "therapy_initiation").find(text, offset, start)
    # "for use by trained nursing staff in hospital", "von geschultem Personal": the
    # participle qualifies the user, it does not start a therapy there
    cues = [cue for cue in cues if not _qualifies_user(text, cue.start, cue.end, start)]
    return bool(cues) and not _USE_AFTER_PROCEDURE.search(text, cues[-1].end, start)


def _qualifies_user(text: str, cue_start: int, cue_end: int, limit: int) -> bool:
    """Whether the cue at [cue_start, cue_end) names a user (vocabulary/users.yaml) or is
    followed by one within two words: "trained staff", "trained nursing staff", "geschultes
    Fachpersonal"."""
    gap = _TWO_WORDS_THEN.match(text, cue_end, limit)
    reach = gap.end() if gap else cue_end
    return any(cue_start <= m.start <= reach
               for m in vocabulary("users").find(text, cue_start, min(limit, cue_end + 60)))


def _procedure_at(text: str, start: int, end: int, floor: int, limit: int) -> bool:
    """Whether the setting at text[start:end] is where a procedure on the patient happens.
    The clause may name who performs it at length between the act and the place ("implantation
    by interventional cardiologists experienced in transseptal puncture in a catheterisation
    laboratory"): the whole clause, up to 140 characters, is read."""
    before = clause_before(text, start, floor, window=140)
    cues = list(_PROCEDURE_BEFORE.finditer(before))
    if cues and not _USE_AFTER_PROCEDURE.search(before, cues[-1].end()):
        return True
    return bool(_PROCEDURE_AFTER.match(text[end:min(limit, end + 60)]))


def _restriction(text: str, start: int, end: int, floor: int) -> tuple[int, int] | None:
    span = _exclusive_span(text, start, end, floor)
    if span is not None:
        return span
    before = clause_before(text, start, floor, window=90)
    if re.search(r"\bnot only\b|\bnon seulement\b|\bnicht nur\b|\bno solo\b|\bnon solo\b|"
                 r"\bniet alleen\b", before, re.I):
        return None
    cue = _EXCLUSIVE_VERB_BEFORE.search(before)
    return (start - len(before) + cue.start(), end) if cue else None


def _outside_hospital_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans that restrict use to the hospital by excluding everything outside it."""
    return [m.span() for pattern in (_NOT_OUTSIDE_HOSPITAL, _OUTSIDE_HOSPITAL_NOT)
            for m in pattern.finditer(text, start, end)]


# Sections whose sentences state the intended use when they say how the device is used.
_STATEMENT_SECTIONS = frozenset({INTENDED_PURPOSE, USERS, INDICATIONS})
# The device is said to be used (passive or modal, so the patient going about their life, "patients
# use their processor at home", is no statement): "is used in", "can be operated at", "est
# utilisé en", "wird in Kliniken angewendet", "se utiliza en", "viene utilizzato in", "wordt
# gebruikt in"; "for hospital and home use", "à usage hospitalier".
_DEVICE_USE = re.compile(
    r"\b(?:is|are|be|been|being)\s+(?:\w+\s+){0,2}?(?:used|operated|applied|employed|utili[sz]ed|"
    r"deployed|installed|set\s+up)\b|"
    r"\bfor\s+(?:[\w'’-]+[\s,/]+){0,4}?(?:use|usage)\b|"
    r"\b(?:est|sont|être|été)\s+(?:\w+\s+){0,2}?(?:utilisée?s?|employée?s?|appliquée?s?|mise?s?\s+en\s+œuvre)\b|"
    r"\b(?:à|a|pour)\s+(?:un\s+)?usage\b|"
    r"\b(?:wird|werden|wurde|kann|können|darf|dürfen|soll|sollen|muss|müssen)\b[^.;]{0,120}?"
    r"\b(?:angewendet|angewandt|verwendet|eingesetzt|benutzt|betrieben|genutzt|gebraucht)\b|"
    r"\bse\s+(?:utiliza|usa|emplea|aplica)n?\b|"
    r"\b(?:es|son|ser|sea|sean)\s+(?:\w+\s+)?(?:utilizad[oa]s?|usad[oa]s?|empleado?s?|aplicad[oa]s?)\b|"
    r"\b(?:è|sono|viene|vengono|essere)\s+(?:\w+\s+)?(?:utilizzat[oaie]|usat[oaie]|impiegat[oaie]|"
    r"applicat[oaie])\b|"
    r"\b(?:wordt|worden|kan|kunnen|mag|mogen|moet|moeten)\b[^.;]{0,80}?\b(?:gebruikt|toegepast|ingezet)\b|"
    r"\b(?:jest|są|może\s+być|mogą\s+być)\s+(?:\w+\s+)?(?:używan[yae]|stosowan[yae])\b|\bdo\s+użytku\b|"
    r"\b(?:används|brukas|kan\s+användas|får\s+användas|ska\s+användas)\b|\bför\s+(?:\w+\s+){0,3}?(?:användning|bruk)\b|"
    # Danish, Norwegian, Czech, Finnish, Polish: "kan anvendes", "brukes", "lze používat",
    # "se používá", "käytetään", "voidaan käyttää", "można stosować"
    r"\b(?:anvendes|bruges|brukes)\b|\b(?:til|for)\s+(?:\w+\s+){0,3}?(?:brug|bruk|anvendelse)\b|"
    r"\b(?:lze|smí|může|mohou|se)\s+(?:\w+\s+)?(?:používat|použít|používá|používají|aplikovat)\b|"
    r"\b(?:je|jsou)\s+(?:\w+\s+)?(?:používán\w*|určen\w*)\b|\b(?:k|pro)\s+(?:\w+\s+)?použití\b|"
    r"\b(?:käytetään|voidaan\s+käyttää|saa\s+käyttää|käytettäväksi)\b|"
    r"\bmożna\s+(?:\w+\s+)?(?:stosować|używać)\b|"
    # Icelandic "er notað", "má nota", "til notkunar", "til heimanotkunar"
    r"\b(?:er|eru|má|mega|skal|skulu)\s+(?:\w+\s+)?(?:notað\w*|nota)\b|\btil\s+(?:\w+\s+){0,3}?\w*notkunar\b",
    re.I)
# Columns of a table of studies or publications: its "Setting" column names study sites.
_STUDY_COLUMNS = re.compile(
    r"\b(?:stud(?:y|ies)|trials?|authors?|publications?|year|design|follow-?up|cohort|"
    r"études?|essais?|auteurs?|année|suivi|studien?|autoren?|jahr|nachbeobachtung|"
    r"estudios?|autor(?:es)?|año|studi[oa]?|autori?|anno)\b", re.I)


def _explicit(unit: Unit, headers: dict[int, str]) -> bool:
    """Whether `unit` states the intended use environment rather than naming a setting in
    passing (see the module docstring)."""
    block, text = unit.block, unit.block.normalized
    if OTHER in block_kinds(block):
        return False
    if block.kind is BlockKind.TABLE_ROW and block.row_index:
        header = headers.get(block.table_index if block.table_index is not None else -1, "")
        if _STUDY_COLUMNS.search(header):
            return False
    if vocabulary("care_settings", "incidental_mentions").find(text, unit.start, unit.end):
        return False
    if vocabulary("care_settings", "environment_statements").find(text, unit.start, unit.end):
        return True
    if ENVIRONMENT in unit.kinds:
        return True
    return bool(unit.kinds & _STATEMENT_SECTIONS) and bool(
        _DEVICE_USE.search(unit.text) or _purpose_sentence(unit.text))


def _table_headers(document: Document) -> dict[int, str]:
    return {b.table_index if b.table_index is not None else -1: b.normalized
            for b in document.blocks if b.kind is BlockKind.TABLE_ROW and b.row_index == 0}


# Transport inside the hospital is no emergency-medical-services setting: "patient transport
# within the hospital", "transport intrahospitalier", "innerklinischer Transport".
_INTRA_HOSPITAL = re.compile(
    r"\bintra-?\s?hospital\w*|\bin-hospital\b|\b(?:within|inside) (?:the )?hospital\b|"
    r"\bin-house\b|à l['’]intérieur de l['’]hôpital|innerhalb der klinik|dentro (?:del|dell['’])\s?ospedale|"
    r"dentro del hospital|\bbetween (?:hospital )?"
    r"(?:departments|wards|units)\b|intrahospitali\w*|intra-hospitali\w*|au sein de l['’]hôpital|"
    r"innerklinisch\w*|innerhalb des krankenhauses|intraospedalier\w*|intrahospitalari\w*|"
    r"binnen het ziekenhuis", re.IGNORECASE)


# Transport between hospitals is transport even when intra-hospital transport is named beside it
# ("intra-hospital and inter-hospital transport").
_INTER_HOSPITAL = re.compile(r"\binter-?\s?(?:hospital|ospedal|klinisch|établissement|facility)|"
                             r"\bbetween\b|\bentre\b|\bzwischen\b|\btra\b|\bfra\b|\btussen\b|"
                             r"secondar|secundar|sekundär", re.IGNORECASE)
# Outcome words may contain a setting word ("Krankenhausaufenthalte", "ricoveri ospedalieri",
# "hospitalisation rate"); the hospital word cue is checked on the folded text first.
_OUTCOME_CUE = re.compile(r"hospital|ospedal|krankenhaus|klinik|station|ziekenhuis|opname|ligduur|"
                          r"ricover|degenz|ingreso|estancia|séjour|sejour|nosocom|ohca|herzstillstand|"
                          r"herz-kreislauf-stillstand", re.IGNORECASE)


def without_outcomes(matches: list, text: str, start: int, end: int) -> list:
    """The setting matches that do not lie inside an outcome word (`outcome_mentions`)."""
    if not matches or not _OUTCOME_CUE.search(text, start, end):
        return matches
    outcomes = vocabulary("care_settings", "outcome_mentions").find(text, start, end)
    if not outcomes:
        return matches
    return [m for m in matches
            if not any(o.start <= m.start and m.end <= o.end for o in outcomes)]


# What carries an exclusion on to the next setting: coordination ("not for use in ambulances,
# helicopters or at home", "ni en dehors de", "weder ... noch") and examples of an excluded
# place ("not outside the hospital (for example in ambulances or helicopters)", "z. B. im
# Rettungswagen", "bijvoorbeeld in ambulances").
_NEGATION_CARRY = re.compile(
    r"^(?:\s|,|/|\(|:|[-–—]|e\.\s?g\.|z\.\s?B\.|p\.\s?ex\.|p\.\s?ej\.|ad es\.|bv\.|i\.\s?e\.|"
    r"\b(?:and|or|nor|neither|as well as|in|inside|into|on|at|the|an?|for|use|of|"
    r"during|while|on board|aboard|"
    r"for example|for instance|eg|such as|including|like|especially|in particular|"
    r"et|ou|ni|en|au|aux|dans|les?|la|l'|à|à bord|pour|usage|pendant|lors|par exemple|"
    r"comme|notamment|"
    r"und|oder|noch|weder|sowie|im|in der|in den|an bord|zur|zum|für|den|die|der|dem|des|während|"
    r"zum beispiel|etwa|wie|insbesondere|"
    r"y|o|e|né|ni|en el|el|los|las|il|lo|i|gli|le|un|una|para|uso|nel|nella|negli|nei|al|alla|"
    r"per|durante|a bordo|ad esempio|per esempio|come|por ejemplo|como|"
    r"het|de|een|voor|gebruik|tijdens|aan boord|bijvoorbeeld|zoals|of|noch|"
    # the verb of use closing the exclusion: "nicht außerhalb der Klinik verwenden (z. B. ...)"
    r"used?|utiliser|utilisée?s?|verwenden|anwenden|einsetzen|benutzen|betreiben|gebruiken|"
    r"toepassen|utilizzare|usare|utilizar|usar)\b)*$", re.I)


def _setting_facts(document: Document, unit: Unit,
                  headers: dict[int, str]) -> Iterator[Fact]:
    if OTHER in unit.kinds:
        return
    if not (unit.kinds & _SETTING_SECTIONS or _USE_CUE.search(unit.text)):
        return
    block, text = unit.block, unit.block.normalized
    outside = _outside_hospital_spans(text, unit.start, unit.end)
    matches = without_outcomes(
        vocabulary("care_settings").find(text, unit.start, unit.end, language=document.language),
        text, unit.start, unit.end)
    matches = _with_labelled_list(matches, text, unit, document.language)
    explicit = bool(outside or matches) and _explicit(unit, headers)
    for s, e in outside:
        yield make_fact(document, block, FactKind.CARE_SETTING,
                        Setting("hospital", block.quote(s, e), exclusive=True,
                                procedure=_procedure_at(text, s, e, unit.start, unit.end),
                                explicit=explicit, initiation=_initiation_at(text, s, unit.start)),
                        (s, e))
    found: list[list] = []  # [match, negated, exclusive span or None, span]
    for m in matches:
        if m.id == "transport" and not _INTER_HOSPITAL.search(text, m.start, m.end) and _INTRA_HOSPITAL.search(text, max(unit.start, m.start - 30),
                                                          min(unit.end, m.end + 30)):
            m = replace(m, id="hospital")  # "patient transport within the hospital"
        if any(s <= m.start < e for s, e in outside):
            continue
        beyond = _beyond_restriction(text, m.start, m.end, unit.start, unit.end,
                                     document.language)
        if beyond is not None:  # "not for use outside intensive care units": restricted to them
            found.append([m, False, beyond, beyond])
            continue
        negated = _negated(text, m.start, unit.start, document.language)
        carried = None if negated else _carried_exclusion(text, m.start, outside, found,
                                                          unit.start)
        if carried is not None:
            found.append([m, True, None, (carried, m.end)])
            continue
        after = None if negated else _negated_after(text, m.end, unit.end)
        exclusive = None if negated or after else _restriction(text, m.start, m.end, unit.start)
        if (exclusive is None and not negated and not after and found
                and found[-1][2] is not None
                and _SETTING_COORDINATION.match(text[found[-1][0].end:m.start])):
            exclusive = (found[-1][2][0], m.end)  # "only in hospitals and sleep laboratories"
        span = (_negation_span(text, m.start, m.end, unit.start) if negated
                else (_phrase_start(text, m.start, unit.start), after[1]) if after
                else exclusive or (m.start, m.end))
        found.append([m, negated or after is not None, exclusive, span])
    # A restriction after a list covers the list: "in the home and in nursing homes only".
    for index in range(len(found) - 1, 0, -1):
        current, before = found[index], found[index - 1]
        if (current[2] is not None and before[2] is None and not before[1] and not current[1]
                and _SETTING_COORDINATION.match(text[before[0].end:current[0].start])):
            before[2] = (before[3][0], current[2][1])
            before[3] = before[2]
    for m, negated, exclusive, span in found:
        yield make_fact(document, block, FactKind.CARE_SETTING,
                        Setting(m.id, block.quote(m.start, m.end), exclusive=bool(exclusive),
                                negated=negated,
                                procedure=_procedure_at(text, m.start, m.end, unit.start, unit.end),
                                explicit=explicit,
                                initiation=_initiation_at(text, m.start, unit.start)),
                        span)


def _with_labelled_list(matches: list, text: str, unit: Unit, language: str | None) -> list:
    """`matches` and the bare places ("home") of a list after an environment label in the
    unit ("Usage environment: home, hospital ward and outpatient clinic")."""
    # the label may open the unit, or stand right before it as the inline label that gave the
    # unit its section ("Usage environment: | home, ...")
    floor = max(0, unit.start - 40)
    labels = [m for m in vocabulary("care_settings", "environment_statements").find(
                  text, floor, unit.end, language=language)
              if m.id == "environment_label"
              and (m.start >= unit.start or not text[m.end:unit.start].strip(" :：-–—\t"))]
    if not labels:
        return matches
    bare = [m for m in vocabulary("care_settings", "label_list_terms").find(
                text, max(labels[0].end, unit.start), unit.end, language=language)
            if not any(o.start <= m.start < o.end or m.start <= o.start < m.end for o in matches)]
    return sorted(matches + bare, key=lambda m: m.start) if bare else matches


# A place named as what lies beyond the permitted one: "outside (of) the", "other than",
# "except in", "außerhalb von", "in anderen Einrichtungen als", "en dehors de", "hors du", "autre
# que", "sauf en", "buiten het", "anders dan", "al di fuori dell'", "diverso da", "tranne in",
# "fuera del", "distinto de", "salvo en", "fora do", "exceto em". Up to three words (articles,
# adjectives, "any environment") may stand between the cue and the place, but no preposition of
# another place or time ("outside office hours at home").
_BEYOND_BEFORE = re.compile(
    r"(?:\b(?:outside(?:\s+of)?|out\s+of|other\s+than|except(?:\s+(?:in|at|within|on))?|apart\s+from|"
    r"au(?:ß|ss)erhalb(?:\s+(?:von|vom))?|ander\w*\s+(?:\w+\s+){0,2}?als|au(?:ß|ss)er(?:\s+(?:in|im|auf))?|"
    r"en\s+dehors\s+d(?:e|u|es)?|hors\s+d(?:e|u|es)?|hors|(?:ailleurs|autres?|autrement)\s+qu(?:e\b|['’]\s*(?:en|à|au|aux|dans)?)|"
    r"sauf(?:\s+(?:en|à|au|aux|dans))?|buiten|anders\s+dan|behalve(?:\s+in)?|"
    r"(?:al\s+di\s+)?fuori\s+(?:da|dal|dalla|dalle|dai|dagli|dall|di|del|della|delle|dell)?|"
    r"divers[oaie]\s+da\w*|tranne(?:\s+(?:in|nel|nella|negli))?|eccetto|"
    r"fuera\s+d(?:e|el)?|distint[oa]s?\s+d(?:e|el)|salvo(?:\s+en)?|excepto(?:\s+en)?|"
    r"fora\s+d(?:e|o|a|os|as)?|diferentes?\s+d(?:e|o|a|os|as)|exceto(?:\s+(?:em|no|na|nos|nas))?)\b)"
    r"['’]?\s*(?:(?!(?:at|on|in|during|while|zu|im|am|bei|à|en|pendant|durante|tijdens|während)\b)"
    r"[^\W\d]+['’]?\s*){0,3}?$", re.I)
# A negation of the use or the intention (not a noun negation such as "without supervision").
_BEYOND_NEGATION = re.compile(
    r"\b(?:not|never|nor|ne|pas|nicht|niemals|keinesfalls|kein\w*|niet|nooit|geen|non|no|não|nunca|"
    r"jamais|mai|nie|ikke|inte|ej|není|ei)\b|\bn['’]", re.I)
# The negation follows the place with a verb of use: "darf außerhalb des Krankenhauses nicht
# betrieben werden", "buiten het ziekenhuis niet gebruiken", "fuori dall'ospedale non utilizzare".
_VERB_NEGATED_AFTER = re.compile(
    r"[^.;,:()]{0,25}?\b(?:nicht|niet|not|non|no|não|nunca|never)\s+(?:\w+\s+)?"
    r"(?:be\s+)?(?:used|operated|applied|betrieben|verwendet|angewendet|eingesetzt|benutzt|"
    r"verwenden|anwenden|einsetzen|betreiben|gebruikt|gebruiken|toegepast|toepassen|"
    r"utilizzat\w*|utilizzare|usat\w*|usare|impiegat\w*|utiliz\w+|usad\w*|usar|usarse)\b", re.I)


def _beyond_restriction(text: str, start: int, end: int, floor: int, limit: int,
                        language: str | None) -> tuple[int, int] | None:
    """The span of a negated "outside X" / "other than X" / "except in X", which restricts the
    use TO the place X ("not for use outside the hospital", "außerhalb von Krankenhäusern ist
    nicht vorgesehen", "no está previsto fuera del hospital"), or None."""
    before = text[max(floor, start - 60):start]
    cue = _BEYOND_BEFORE.search(before)
    if cue is None:
        return None
    cue_start = start - len(before) + cue.start()
    clause = clause_before(text, cue_start, floor)
    negations = [n for n in _BEYOND_NEGATION.finditer(clause)
                 if not (language == "pt" and n.group(0).lower() == "no")]
    if negations:
        return cue_start - len(clause) + negations[0].start(), end
    after = (_NEGATED_AFTER.match(text, end, min(limit, end + 120))
             or _VERB_NEGATED_AFTER.match(text, end, min(limit, end + 80)))
    return (cue_start, after.end()) if after else None


def _carried_exclusion(text: str, start: int, outside: list[tuple[int, int]],
                       found: list[list], floor: int) -> int | None:
    """Where the exclusion that covers the setting at `start` begins, when the setting is
    coordinated with an excluded one or given as an example of what lies outside the hospital."""
    # [start, end, whether the anchor is "outside the hospital"]
    anchors = [(s, e, True) for s, e in outside if e <= start]
    anchors += [(span[0], m.end, False) for m, negated, _, span in found
                if negated and m.end <= start]
    if not anchors and floor > 0:
        # The sentence splitter may cut at an abbreviation ("z. B.", "e. g."): the exclusion
        # then ends the block's previous sentence.
        anchors = [(s, e, True) for s, e in _outside_hospital_spans(text, max(0, floor - 200), floor)]
    for anchor_start, anchor_end, outside_hospital in sorted(anchors, key=lambda a: -a[1]):
        between = text[anchor_end:start]
        # "not outside the hospital or the ambulance" permits the ambulance; only an example
        # ("(for example in ambulances)") names a place outside the hospital.
        if _NEGATION_CARRY.match(between) and (not outside_hospital or _EXAMPLE.search(between)):
            return anchor_start
        return None  # only the nearest exclusion may carry
    return None


_EXAMPLE = re.compile(
    r"\(|e\.\s?g\.|z\.\s?B\.|p\.\s?ex\.|p\.\s?ej\.|ad es\.|bv\.|\b(?:for example|for instance|eg|"
    r"such as|including|like|especially|in particular|par exemple|comme|notamment|zum beispiel|"
    r"etwa|wie|insbesondere|ad esempio|per esempio|come|por ejemplo|como|bijvoorbeeld|zoals)\b",
    re.I)


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
                                negated=negated_at(text, m.start, unit.start, document.language)),
                        (m.start, m.end))


def extract(document: Document, context: ExtractionContext | None = None) -> Iterable[Fact]:
    facts: list[Fact] = []
    seen: set[tuple] = set()
    headers = _table_headers(document)
    for unit in units(document):
        for fact in [*_setting_facts(document, unit, headers), *_user_facts(document, unit)]:
            key = (fact.kind, fact.value, fact.location.quote)
            if key not in seen:
                seen.add(key)
                facts.append(fact)
    return facts
