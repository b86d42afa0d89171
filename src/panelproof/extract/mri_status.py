"""What a document says about MR imaging of the patient: status, allowed scope, restrictions.

Not an extractor (no `extract`): LA001 and SI004 read a document's MR statements on demand,
because only a dossier with MR statements pays for it (one cue test per block).

Each clause of a sentence that speaks of MR imaging (warnings.yaml `mri_safety`, or a block
under an MR heading) becomes an `MriReading`:
- a *status* of the vocabulary `mri_status.yaml` (MR Safe or "without restriction" ->
  unrestricted; MR Conditional / "sous conditions" -> conditional; MR Unsafe, or MRI
  contraindicated without exception -> unsafe). "not MR Safe", "nicht MR-sicher" is no status
  but a restriction;
- what the clause *allows* (field strengths it names, "any body region" / body coil) when it is
  not negated;
- what it *restricts*: a limited region named with "only" ("head coil only", "nur am Kopf"), a
  highest field strength ("1.5 T only", "bis 1,5 T"), or a field or the whole body it forbids
  ("full-body MRI is contraindicated", "3 T non consentito").
Statements about the past ("patients had undergone MRI before inclusion") are not read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from panelproof.extract.common import sentences
from panelproof.extract.intended_use import vocabulary
from panelproof.ingest.model import Block, BlockKind, Document, Location

UNRESTRICTED, CONDITIONAL, UNSAFE = "unrestricted", "conditional", "unsafe"
LEVEL = {UNRESTRICTED: 3, CONDITIONAL: 2, UNSAFE: 1}

# Cheap pre-filter on `block.folded`: a block with none of these says nothing about MR imaging.
_MR_CUE = re.compile(r"\bmr|\birm\b|\brm\b|mrt|magn|kernspin|tesla|\d\s?t\b")
_TESLA_AFTER_NUMBER = re.compile(r"(?<=\d)\s?t\b")


def _mr_cue(folded: str) -> bool:
    """`_MR_CUE.search(folded)`, with literal tests first: a regex search of every block of a
    1,000-page annex for this alternation costs a third of a second. A bare field strength
    ("scanned at 1.5 T") is looked for only in text that speaks of scanning or tomography."""
    # every word branch of _MR_CUE holds one of these ("irm" holds "rm", "mrt" holds "mr")
    if "mr" in folded or "rm" in folded or "magn" in folded or "kernspin" in folded or "tesla" in folded:
        return bool(_MR_CUE.search(folded))
    return ("scan" in folded or "tomogra" in folded) and bool(_TESLA_AFTER_NUMBER.search(folded))
# "1.5 T", "1,5T", "3 Tesla", "3.0-T"; not "2 T/m" (spatial gradient), "3 tubes", "20 mT".
_FIELD = re.compile(r"(?<![\w.,])(\d{1,2}(?:[.,]\d{1,2})?)\s?-?\s?(?:t|tesla)(?![\w/])", re.IGNORECASE)
# Clauses: a semicolon, or a contrast ("..., but 3 T scans are not permitted").
# A table row's cells are clauses of their own: "Material | wire mesh, no fabric | MR
# conditional up to 3 T" negates no scan.
_CLAUSE_SPLIT = re.compile(
    r";|\s\|\s|\s[–—]\s|,?\s\b(?:but|whereas|however|while|aber|jedoch|während|mais|alors que|tandis que|"
    r"ma|mentre|invece|pero|mientras que|sin embargo|maar|terwijl|echter|mas|no entanto|contudo)\b", re.IGNORECASE)
_NEGATION = re.compile(
    r"\b(?:not|never|cannot|can't|don't|nicht|kein\w*|nie|niemals|keinesfalls|ne|n'|pas|jamais|"
    r"non|mai|no|nunca|jamás|niet|geen|nooit|mustn't|não)\b(?![-‐‑])|\bn['’]", re.IGNORECASE)
# "1.5 T is allowed, 3 T is contraindicated": a comma separates a permission from a prohibition.
_PERMISSION_WORD = re.compile(
    r"\b(?:allowed|permitted|possible|can|may|acceptable|zulässig|möglich|erlaubt|kann|können|"
    r"dürfen|darf|autorisée?s?|permise?s?|possibles?|peut|peuvent|consentit[oaie]|possibile|"
    r"ammess[oaie]|può|possono|permitid[oa]s?|posibles?|puede|pueden|toegestaan|mogelijk|kan|"
    r"kunnen|mag|mogen|pode|podem|permitid[oa]s?|possível|admissível)\b", re.IGNORECASE)
_ONLY = re.compile(
    r"\b(?:only|exclusively|solely|nur|ausschließlich|ausschliesslich|lediglich|uniquement|"
    r"seulement|exclusivement|solo|soltanto|solamente|esclusivamente|únicamente|unicamente|"
    r"alleen|uitsluitend|enkel|apenas|somente)\b", re.IGNORECASE)
_ONLY_AFTER = re.compile(
    r"\s*\(?(?:only|exclusively|uniquement|seulement|exclusivement|ausschließlich|soltanto|"
    r"solamente|esclusivamente|únicamente|uitsluitend|apenas|somente)\b", re.IGNORECASE)
# "up to 1.5 T", "maximum 1,5 T", "bis 1,5 T", "≤ 1.5 T", "not exceed 1.5 T".
_UP_TO = re.compile(
    r"(?:\bup to|\bmaximum(?: of)?|\bmax\.?|\bat most|\bno more than|\bnot exceed\w*|\bbis(?: zu)?|"
    r"\bhöchstens|\bmaximal|\bjusqu'(?:à|a)|\bau maximum|\bau plus|\bfino a|\bal massimo|"
    r"\bhasta|\bcomo máximo|\bminor or equal (?:to|than)|\bequal or minor to|\btot|\bmaximaal|\bten hoogste|\baté|\bno máximo|≤|<=)\s*$", re.IGNORECASE)
# An exception turns a contraindication into a conditional labelling ("contraindicated except
# under the conditions of the MRI guidelines"); a circumstance narrows it ("during trial
# stimulation", "if a lead is fractured").
_EXCEPTION = re.compile(
    r"\b(?:except|unless|other than|außer|ausser|ausgenommen|es sei denn|sauf|à moins|excepté|"
    r"tranne|salvo|eccetto|a meno che|excepto|a menos que|behalve|tenzij|uitgezonderd|exceto)\b"
    r"|\bcondition|bedingung|condizion|condici|voorwaarde|condiç", re.IGNORECASE)
# The words that carve an exception out of a contraindication: what follows them ("MRI except
# head MRI at 1.5 T", "sauf IRM de la tête à 1,5 T") is allowed, not forbidden. "ausgenommen",
# "uitgezonderd", "excepted" may also close the excepted words ("MRT des Kopfes ausgenommen").
_EXCEPTING = re.compile(
    r"\b(?:except(?:ing|ed)?|other than|apart from|aside from|with the exception of|save for|unless|"
    r"außer|ausser|ausgenommen|mit Ausnahme|abgesehen von|es sei denn|sauf|excepté|hormis|"
    r"à l'exception|à moins|tranne|eccetto|salvo|fuorché|ad eccezione|a meno che|excepto|"
    r"con excepción|a excepción|a menos que|behalve|uitgezonderd|met uitzondering|tenzij|exceto|"
    r"com exceção|a não ser)\b", re.IGNORECASE)
_EXCEPTING_TRAILS = re.compile(r"[\s).,:;]*$")
# A field strength named as a threshold of what is forbidden: "MRI above 1.5 T", "> 3 T",
# "über 1,5 T", "au-delà de 1,5 T", "oltre 1,5 T", "por encima de 1,5 T", "boven 1,5 T" (what is
# above is forbidden, the threshold itself is not); "≥ 3 T", "at least 3 T", "3 T and higher"
# forbid the threshold too. The words between may not hold a figure ("over 30 minutes at 3 T").
_ABOVE_BEFORE = re.compile(
    r"(?:\b(?:above|over|higher than|greater than|stronger than|more than|exceed\w*|in excess of|"
    r"beyond|über|oberhalb|mehr als|größer als|höher als|stärker als|au-delà de|au-dessus de|"
    r"supérieur\w* à|plus de|plus élevé\w* que|sopra|oltre|superior\w* a|più di|maggior\w* di|"
    r"por encima de|más de|mayor\w* (?:de|que)|major (?:to|than)|boven|hoger dan|meer dan|groter dan|sterker dan|"
    r"acima de|mais de)\b|>(?!=))[^\d.;:]{0,30}$", re.IGNORECASE)
_FROM_BEFORE = re.compile(
    r"(?:\b(?:at least|from|mindestens|ab|au moins|à partir de|almeno|a partire da|al menos|"
    r"a partir de|minstens|vanaf|pelo menos)\b|≥|>=)[^\d.;:]{0,30}$", re.IGNORECASE)
_AND_ABOVE_AFTER = re.compile(
    r"\s*(?:and|or|und|oder|et|ou|e|o|y|en|of|ou)\s+(?:above|higher|more|greater|stronger|over|"
    r"höher|mehr|stärker|darüber|plus|supérieur\w*|superior\w*|più|más|mayor\w*|hoger|meer|"
    r"sterker|acima|mais)\b", re.IGNORECASE)


def _threshold(text: str, field: re.Match, clause_start: int) -> str | None:
    """"above" when the forbidden field strengths lie above this one, "from" when they start at
    it, None when the clause forbids this field strength itself."""
    before = max(clause_start, field.start() - 45)
    if _FROM_BEFORE.search(text, before, field.start()) or _AND_ABOVE_AFTER.match(text, field.end()):
        return "from"
    if _ABOVE_BEFORE.search(text, before, field.start()):
        return "above"
    return None


def _excepted_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The words of a clause that an exception word carves out of it, or None."""
    match = _EXCEPTING.search(text, start, end)
    if match is None:
        return None
    if _EXCEPTING_TRAILS.fullmatch(text, match.end(), end):   # "..., MRT des Kopfes ausgenommen"
        comma = text.rfind(", ", start, match.start())
        return (comma + 1 if comma >= 0 else start), match.start()
    return match.end(), end


_CIRCUMSTANCE = re.compile(
    r"\b(?:if|when|whenever|while|during|before|until|in case|wenn|falls|sofern|solange|während|"
    r"bevor|si|lorsque|quand|pendant|avant|se|quando|durante|prima|cuando|antes|als|wanneer|"
    r"tijdens|voordat|zolang|enquanto|caso|partial\w*|externali\w*|abandon\w*|fractur\w*|damaged)\b", re.IGNORECASE)
# Words that make "without restriction" part of a condition ("provided the conditions are met,
# no further precautions are required").
_CONDITION_WORD = re.compile(
    r"condition|bedingung|condizion|condici|voorwaarde|provided|as long as|sofern|vorausgesetzt|"
    r"pourvu|à condition|a condizione|purché|siempre que|mits|op voorwaarde|condiç|desde que|contanto que", re.IGNORECASE)
# "once stimulation is off, MRI can be performed without further precautions": a precondition.
_PRECONDITION = re.compile(
    r"\b(?:if|when|once|after|unless|provided|wenn|falls|nachdem|sobald|nach dem|nach der|si|"
    r"lorsque|une fois|après|qualora|dopo|una volta|nel caso|cuando|después|una vez|als|nadat|"
    r"zodra|wanneer|após|depois|uma vez|caso)\b", re.IGNORECASE)
_CONTRA_HEADING = re.compile(
    r"contra-?indicat|contre-?indicat|kontraindikation|gegenanzeige|controindicazion|"
    r"contraindicaci|contra-?indicatie|contra-?indicaç", re.IGNORECASE)
# Past events (clinical data, medical history), not what the labelling allows.
# "once the expander has been emptied", "after the lead has been removed": a condition set in
# the perfect tense, not a past event.
_CONDITION_BEFORE = re.compile(r"\b(?:once|after|when|until|as soon as|sobald|nachdem|wenn|une fois|"
                               r"après que|lorsque|dopo che|una volta|una vez|después de que|nadat|"
                               r"zodra|wanneer)\b[^.;,]{0,40}$", re.IGNORECASE)


def _past_event(text: str, start: int, end: int) -> bool:
    """The sentence tells what happened ("patients had undergone MRI before inclusion")."""
    return any(not _CONDITION_BEFORE.search(text, max(start, m.start() - 45), m.start())
               for m in _HISTORY.finditer(text, start, end))


_HISTORY = re.compile(
    r"\b(?:had|has been|have been|were|underwent|undergone|previously|before inclusion|"
    r"prior to (?:inclusion|enrol\w*|implant\w*)|at baseline|wurden|hatten|unterzogen|"
    r"ont été|avaient|ont subi|a subi|sono stati|erano stati|avevano|hanno subito|fueron|"
    r"habían|se sometieron|ondergingen|hebben ondergaan)\b", re.IGNORECASE)


@dataclass(frozen=True)
class MriReading:
    """One clause about MR imaging of the patient."""

    document: Document
    location: Location
    status: str | None = None          # UNRESTRICTED / CONDITIONAL / UNSAFE
    restricted: bool = False           # the clause limits MR imaging in some way
    negative: bool = False             # the clause forbids (negation or contraindication)
    allowed_fields: frozenset[float] = frozenset()
    any_region: bool = False           # allows any body region / a body coil
    limited_regions: frozenset[str] = frozenset()   # "only head scans": the regions allowed
    field_max: float | None = None     # "1.5 T only", "up to 1.5 T"
    forbidden_fields: frozenset[float] = frozenset()
    forbids_any_region: bool = False   # "full-body MRI is contraindicated"
    forbidden_above: float | None = None  # "MRI above 1.5 T is contraindicated"
    permits: bool = False              # allows MR imaging in some circumstance, no condition named
    any_field: bool = False            # allows every field strength ("at any field strength")

    @property
    def quote(self) -> str:
        return self.location.quote


def _status_vocabulary():
    return vocabulary("mri_status")


def _region_vocabulary():
    return vocabulary("mri_status", "regions")


def _field_scope_vocabulary():
    return vocabulary("mri_status", "field_scopes")


def _patient_need_vocabulary():
    return vocabulary("mri_status", "patient_needs")


def _patient_need(block: Block, position: int) -> bool:
    """The sentence at `position` names a patient's need for MR imaging ("MRI required during
    therapy", "MRT während der Therapie erforderlich"), not what the device allows."""
    start, end = _sentence_span(block, position)
    return bool(_patient_need_vocabulary().find(block.normalized, start, end))


@lru_cache(maxsize=None)
def _status_of(entry_id: str) -> str:
    return _status_vocabulary().entries[entry_id]["status"]


@lru_cache(maxsize=None)
def _limited(region_id: str) -> bool:
    return bool(_region_vocabulary().entries[region_id].get("limited"))


def _mentions_mri(text: str, start: int = 0, end: int | None = None) -> bool:
    return any(m.id == "mri_safety" for m in vocabulary("warnings").find(text, start, end))


@lru_cache(maxsize=4096)
def _mr_section(heading_path: tuple[str, ...]) -> bool:
    # the literal cue first: a long annex has thousands of headings, the vocabulary is slow
    return any(map(_heading_mentions_mri, heading_path))


@lru_cache(maxsize=8192)
def _heading_mentions_mri(heading: str) -> bool:
    return _mr_cue(heading.lower()) and _mentions_mri(heading)


def _clauses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, cursor = [], start
    for match in _CLAUSE_SPLIT.finditer(text, start, end):
        if match.start() > cursor:
            spans.append((cursor, match.start()))
        cursor = match.end() if match.group(0).strip(",; –—") == "" else match.start()
    if cursor < end:
        spans.append((cursor, end))
    return [piece for span in spans for piece in _comma_pieces(text, *span)]


def _comma_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A clause split at its commas when one part permits and another forbids."""
    if "," not in text[start:end]:
        return [(start, end)]
    pieces, cursor = [], start
    for i in range(start, end):
        if text[i] == "," and i + 1 < end and text[i + 1].isspace():  # not "1,5 T"
            pieces.append((cursor, i))
            cursor = i + 1
    pieces.append((cursor, end))
    negative = [bool(_NEGATION.search(text, s, e)) or _forbids(text, s, e) for s, e in pieces]
    permits = [not n and bool(_PERMISSION_WORD.search(text, s, e)) for (s, e), n in zip(pieces, negative)]
    if any(negative) and any(permits):
        return pieces
    return [(start, end)]


# "can be performed", "may undergo", "is possible": MR imaging allowed in some circumstance.
_PERMISSION = re.compile(
    r"\b(?:can|may|could)\s+(?:safely\s+)?(?:be\s+(?:performed|carried out|done|scanned|imaged)|undergo)|"
    r"\bis\s+(?:possible|allowed|permitted)\b|"
    r"\bpeut\s+(?:être\s+(?:réalisée?|effectuée?|pratiquée?)|subir)|\best\s+(?:possible|autorisée?)\b|"
    r"\b(?:kann|können|darf|dürfen)\b[^.;]{0,40}?\b(?:durchgeführt|vorgenommen)\s+werden|\bist\s+(?:möglich|zulässig|erlaubt)\b|"
    r"\b(?:può|possono)\s+(?:essere\s+(?:eseguit[ao]|effettuat[ao])|sottoporsi)|\bè\s+(?:possibile|consentit[ao])\b|"
    r"\b(?:puede|pueden)\s+(?:realizarse|efectuarse|someterse|ser\s+(?:realizad[ao]|efectuad[ao]))|\bes\s+posible\b|"
    r"\b(?:kan|mag|kunnen|mogen)\b[^.;]{0,40}?\b(?:uitgevoerd|verricht)\s+worden|\bis\s+(?:mogelijk|toegestaan)\b|"
    r"\b(?:pode|podem)\s+(?:ser\s+(?:realizad[ao]s?|efetuad[ao]s?|submetid[ao]s?|utilizad[ao]s?)|submeter-se)|"
    r"\bé\s+(?:possível|permitid[ao])\b",
    re.IGNORECASE)


def _forbids(text: str, start: int, end: int) -> bool:
    return any(_status_of(m.id) == "contraindicated"
               for m in _status_vocabulary().find(text, start, end))


def _value(number: str) -> float:
    return float(number.replace(",", "."))


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the given spans blanked (same length), so their words are no cues."""
    chars = list(text)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    return "".join(chars)


# A limit worded with a negation is no negation of the scan: "in a spatial field gradient not
# exceeding 10 T/m", "nicht mehr als 2 W/kg", "ne dépassant pas 4 W/kg".
_CAP_PHRASE = re.compile(
    r"\bnot (?:to )?(?:exceed\w*|more than|above|greater than|higher than|over)\b|"
    r"\bnicht (?:mehr als|über|größer als|höher als)|\bne dépassant pas\b|\bsans dépasser\b|"
    r"\bnon superior[ei] a\b|\bno superior a\b|\bniet (?:meer dan|hoger dan)\b", re.IGNORECASE)


def _negation(text: str, language: str | None) -> bool:
    """A negation word in `text`; Portuguese "no" is "in the" ("no ambiente de RM")."""
    return any(language != "pt" or m.group(0).lower() != "no" for m in _NEGATION.finditer(text))


def _read_clause(document: Document, block: Block, text: str, start: int, end: int,
                 sentence_mr: bool, contraindication_section: bool = False) -> MriReading | None:
    clause = text[start:end]
    statuses = _status_vocabulary().find(text, start, end)
    regions = _region_vocabulary().find(text, start, end)
    fields = [(m, _value(m.group(1))) for m in _FIELD.finditer(text, start, end)
              if 0.1 <= _value(m.group(1)) <= 12]
    any_field = bool(_field_scope_vocabulary().find(text, start, end))
    clause_mr = bool(fields) or any_field or _mentions_mri(text, start, end) or any(
        _status_of(m.id) != "contraindicated" and m.id != "no_restriction" for m in statuses)
    if not (statuses or regions or fields) and not clause_mr:
        return None
    # negation words outside the status terms ("no restrictions", "MR Unsafe" carry their own)
    plain = _blank(clause, [(m.start - start, m.end - start) for m in statuses]
                   + [(m.start(), m.end()) for m in _CAP_PHRASE.finditer(clause)])
    contraindicated = [m for m in statuses if _status_of(m.id) == "contraindicated"]
    positive_status = [m for m in statuses if _status_of(m.id) != "contraindicated"]
    negated_status = [m for m in positive_status
                      if _negation(_clause_head(text, start, m.start), document.language)]
    negative = bool(contraindicated) or _negation(plain, document.language)
    if contraindication_section and not kept_positive(positive_status):
        negative, contraindicated = True, contraindicated or [None]
    kwargs: dict = {}
    status = None
    restricted = False
    if negated_status:
        restricted = True  # "not MR Safe", "nicht MR-sicher": no status, but not unrestricted
    kept = [m for m in positive_status if m not in negated_status]
    levels = {_status_of(m.id) for m in kept}
    limited = frozenset(m.id for m in regions if _limited(m.id))
    broad = any(not _limited(m.id) for m in regions)
    only = bool(_ONLY.search(clause))
    if UNSAFE in levels:
        status, restricted = UNSAFE, True
    elif CONDITIONAL in levels:
        status, restricted = CONDITIONAL, True
    elif UNRESTRICTED in levels and not negative:
        sentence = _sentence_text(block, start)
        if _CONDITION_WORD.search(sentence):
            status, restricted = CONDITIONAL, True  # "... under the MR conditions, no further precautions"
        elif not (only or limited or _PRECONDITION.search(sentence)):
            status = UNRESTRICTED
    if negative and not kept:
        if not (clause_mr or regions or fields):
            return None
        restricted = True
        kwargs["negative"] = True
        # "MRI except head MRI at 1.5 T" forbids every scan but the excepted one: the excepted
        # region and field strength are the conditions of use, not a prohibition
        excepted = _excepted_span(text, start, end)
        inside = (lambda s: excepted[0] <= s < excepted[1]) if excepted else (lambda s: False)
        if any(not _limited(m.id) and not inside(m.start) for m in regions):
            kwargs["forbids_any_region"] = True
        forbidden, above = set(), []
        for m, v in fields:
            if inside(m.start()):
                continue
            threshold = _threshold(text, m, start)
            if threshold is not None:
                above.append(v)
            if threshold != "above":
                forbidden.add(v)
        if forbidden:
            kwargs["forbidden_fields"] = frozenset(forbidden)
        if above:
            kwargs["forbidden_above"] = min(above)
        spared_fields = [v for m, v in fields if inside(m.start())]
        spared_regions = frozenset(m.id for m in regions if inside(m.start) and _limited(m.id))
        if spared_fields:
            kwargs["field_max"] = max(spared_fields)
        if spared_regions and not any(inside(m.start) and not _limited(m.id) for m in regions):
            kwargs["limited_regions"] = spared_regions
        if spared_fields or spared_regions:
            status = CONDITIONAL
        elif clause_mr and not (regions or fields):
            if _EXCEPTION.search(_sentence_text(block, start)):
                status = CONDITIONAL
            elif contraindicated and not _CIRCUMSTANCE.search(clause) and \
                    not _patient_need(block, start):
                # "Need for MRI during therapy" as a contraindication excludes a patient who
                # will need a scan; it states no MR status of the device
                status = UNSAFE
    elif not negative:
        if any_field and not fields:
            # "at any field strength": whatever precondition the sentence sets (after the
            # implantation, once stimulation is off), no static field is excluded
            kwargs["any_field"] = True
        if fields:
            kwargs["allowed_fields"] = frozenset(v for _, v in fields)
            capped = [v for m, v in fields if _capped(text, m, start)]
            if capped:
                kwargs["field_max"] = max(capped)
                restricted = True
        if limited and only and not broad:
            kwargs["limited_regions"] = limited
            restricted = True
        elif broad and not (only and limited):
            kwargs["any_region"] = True
        if restricted and status is None:
            status = CONDITIONAL
    if not (sentence_mr or clause_mr):
        return None
    if status is None and not restricted and not kwargs:
        # "it can be performed once the expander has been emptied": a permission to scan
        # under some circumstance, which an "MR Unsafe" elsewhere forbids outright
        if negative or not _PERMISSION.search(clause):
            return None
        kwargs["permits"] = True
    quote_start, quote_end = _sentence_span(block, start)
    location = document.location(block, block.quote(quote_start, quote_end))
    return MriReading(document, location, status=status, restricted=restricted, **kwargs)


def _capped(text: str, field: re.Match, clause_start: int) -> bool:
    """"up to 1.5 T", "only at 1.5 T", "1.5 T only": the highest field strength allowed."""
    before = max(clause_start, field.start() - 25)
    return bool(_UP_TO.search(text, before, field.start())
                or _ONLY.search(text, max(clause_start, field.start() - 20), field.start())
                or _ONLY_AFTER.match(text, field.end()))


def _speaks_of_mr(text: str, start: int, end: int) -> bool:
    """MRI named, a field strength in tesla ("scanned at 1.5 T or 3 T") or without a number
    ("at any field strength"), or an MR status term."""
    return (_mentions_mri(text, start, end) or bool(_FIELD.search(text, start, end))
            or bool(_field_scope_vocabulary().find(text, start, end))
            or any(m.id in ("mr_safe", "mr_unsafe") or m.id == "mr_conditional"
                   and "mr" in text[m.start:m.end].lower()
                   for m in _status_vocabulary().find(text, start, end)))


def kept_positive(statuses: list) -> bool:
    return any(_status_of(m.id) in (UNRESTRICTED, CONDITIONAL) for m in statuses)


@lru_cache(maxsize=4096)
def _contra_section(heading_path: tuple[str, ...]) -> bool:
    return bool(heading_path) and bool(_CONTRA_HEADING.search(heading_path[-1]))


def _clause_head(text: str, clause_start: int, position: int) -> str:
    """The words before `position` in its clause (at most 30 characters)."""
    return text[max(clause_start, position - 30):position]


def _sentence_span(block: Block, position: int) -> tuple[int, int]:
    for s, e in sentences(block):
        if s <= position < e:
            return s, e
    return 0, len(block.normalized)


def _sentence_text(block: Block, position: int) -> str:
    s, e = _sentence_span(block, position)
    return block.normalized[s:e]


# A clause whose subject is an external part of the system (the reader, charger, programmer,
# remote control) states that part's MR status, not the implant's: "the reader is MR Unsafe",
# "das Lesegerät ist nicht MR-sicher", "le chargeur n'est pas compatible IRM".
_OTHER_COMPONENT = re.compile(
    r"[\s;:,.–—-]*(?:(?:the|its|das|der|die|le|la|les|l['’]|il|lo|el|los|las|de|het)\s*)?"
    r"(?:external\s+|externe?[nrs]?\s+|esterno\s+|externo\s+)?"
    r"(?:reader|readers|charger|chargers|charging (?:unit|coil|system)|programmer|programmers|"
    r"programming (?:device|wand|unit)|remote(?: control)?|patient (?:controller|remote|app)|"
    r"controller|wand|external (?:unit|processor|component)s?|"
    r"Lesegerät\w*|Ladegerät\w*|Ladespule\w*|Programmiergerät\w*|Fernbedienung\w*|Steuergerät\w*|"
    r"lecteur|chargeur|programmateur|télécommande|boîtier externe|"
    r"lettore|caricatore|caricabatterie|programmatore|telecomando|"
    r"lector|cargador|programador|mando a distancia|"
    r"uitleesapparaat|lader|programmeerapparaat|afstandsbediening)\b", re.IGNORECASE)


def readings(document: Document) -> list[MriReading]:
    """Every clause of `document` that states an MR status, an allowed scope or a restriction."""
    return list(_cached_readings(document))


_CACHE: dict[int, tuple[Document, tuple[MriReading, ...]]] = {}


def _cached_readings(document: Document) -> tuple[MriReading, ...]:
    held = _CACHE.get(id(document))
    if held is not None and held[0] is document:
        return held[1]
    found: list[MriReading] = []
    for block in document.blocks:
        if block.kind is BlockKind.HEADING:
            continue
        in_section = _mr_section(tuple(block.heading_path))
        contra = _contra_section(tuple(block.heading_path))
        if not in_section and not _mr_cue(block.folded):
            continue
        text = block.normalized
        for s, e in sentences(block):
            if _past_event(text, s, e):
                continue
            # a field strength in tesla speaks of MR imaging too ("scanned at 1.5 T or 3 T")
            sentence_mr = in_section or _speaks_of_mr(text, s, e)
            if not sentence_mr:
                continue
            for cs, ce in _clauses(text, s, e):
                if _OTHER_COMPONENT.match(text, cs, ce):
                    continue  # "das Lesegerät ist nicht MR-sicher": the external reader's status
                reading = _read_clause(document, block, text, cs, ce, sentence_mr, contra)
                if reading is not None:
                    found.append(reading)
    if len(_CACHE) > 64:
        _CACHE.clear()
    _CACHE[id(document)] = (document, tuple(found))
    return _CACHE[id(document)][1]


def loosest(found: list[MriReading]) -> MriReading | None:
    """The reading with the least restrictive status, first in document order."""
    with_status = [r for r in found if r.status]
    return max(with_status, key=lambda r: LEVEL[r.status], default=None)
