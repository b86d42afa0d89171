"""EV006: clinical evidence from another clinical field or another care setting."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from panelproof.extract._clinical_terms import has_term, is_negated, term_regex
from panelproof.extract.evidence import is_clinical_subject, load_subjects
from panelproof.extract.intended_use import vocabulary
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.extract.settings import without_outcomes
from panelproof.extract.common import heading_matches, make_fact, sentences
from panelproof.ingest.model import BlockKind, Role
from panelproof.knowledge import load
from panelproof.rules.claim._support import evidence_facts
from panelproof.rules.model import Category, Finding, Rule, Severity

INTENDED_USE_ROLES = {Role.IFU, Role.SSCP, Role.CER, Role.CEAR, Role.CEP}
# Sections that describe other devices and treatments on purpose (the state of the art).
STATE_OF_THE_ART = re.compile(r"state of the art|background|alternative|current knowledge|similar devices|"
                               r"benchmark|état de l'art|alternatives? thérapeutiques?|Stand der (?:Technik|Wissenschaft|"
                               r"medizinischen Erkenntnisse)|Behandlungsalternativ", re.IGNORECASE)


# The comparator of a controlled study of the device ("OsteoMem versus a CE-marked porcine
# collagen membrane", "control group: standard care with a hydrocolloid dressing", "im Vergleich zu
# einer Kollagenmembran"): the other arm's device or treatment, up to the next preposition or
# clause end. It tells what the device was compared with, not the study's field or context.
_COMPARATOR = re.compile(
    r"\b(?:versus|vs\.?|v\.|compared (?:with|to)|compar(?:ing|es|ed)\s+(?:[\w-]+\s+){1,4}?(?:with|to|against)|in comparison (?:with|to)|comparators?\s*:|"
    r"control(?:\s+(?:group|arm|device|treatment))?\s*(?::|=|received|treated with|with)|"
    r"comparée?s? (?:à|avec)|par rapport à|contrôle\s*:|groupe (?:de )?contrôle\s*:|"
    r"gegenüber|im Vergleich (?:zu|mit)|verglichen mit|Kontroll(?:gruppe|arm)\s*:?|"
    r"rispetto a|confrontat[oaie] con|controllo\s*:|frente a|comparad[oa]s? con|control\s*:)\s*(?=\S)"
    r"(?!(?:in|at|on|im|in der|bei|à|en|dans|nel|nella|a domicilio)\b)"
    r"[^.;:|()\[\]]{1,80}?(?=\s+(?:in|for|at|among|over|during|after|bei|für|nach|über|dans|chez|pour|"
    r"sur|nei|negli|nelle|per|durante|tras|en)\b|\s*[.;:|()\[\],]|\s*$)",
    re.IGNORECASE)


# Cached: the evidence quotes of a long CER's annexes repeat (some 6,000 entries, 1,200 texts),
# and each is read for its field, its setting and its context.
@lru_cache(maxsize=16384)
def without_comparator(text: str) -> str:
    """The text with the comparator arm of a controlled study blanked (same length)."""
    if not _COMPARATOR_CUE.search(text):
        return text  # cheap: most entries compare nothing
    return _COMPARATOR.sub(lambda m: " " * len(m.group(0)), text)


_COMPARATOR_CUE = re.compile(r"vers|vs|v\.|compar|contr|kontroll|vergleich|gegenüber|rispetto|frente", re.IGNORECASE)


@lru_cache(maxsize=1)
def _transfer_vocabulary() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load("vocabulary/transferred_evidence")
    return (term_regex(data["applicable"]["terms"]), term_regex(data["target"]["terms"]),
            term_regex(data["source_other"]["terms"]))


# Words every applicability statement holds (folded): a block without any is not read further.
_TRANSFER_CUES = ("applica", "transfer", "transpos", "extrapol", "generali", "representative", "relevant",
                  "valid", "carried over", "übertrag", "anwendbar", "trasferib", "aplicable")
# Data named as the source of what is declared applicable.
_DATA_NOUN = re.compile(r"\b(?:data|results?|evidence|experience|outcomes?|findings|stud(?:y|ies)|literature|"
                        r"données|résultats|expérience|Daten|Ergebnisse|Erfahrung\w*|dati|risultati|"
                        r"datos|resultados)\b", re.IGNORECASE)
_EQUIVALENCE_WORD = re.compile(r"equivalen|équivalen|gleichwertig|äquivalen|equivalen", re.IGNORECASE)
# "whether these data are applicable", "if results can be extrapolated": a question, not a claim.
_QUESTION = re.compile(r"\b(?:whether|if|ob|si|se)\b", re.IGNORECASE)
# The device itself referred to by its type ("the implant", "this stent") is no other product.
_OWN_REFERENCE = re.compile(r"\b(?:the|this|our|its|ce|cet|cette|notre|dieses?|unser\w*|questo|nostro|este|nuestro)\s*$",
                            re.IGNORECASE)


def transferred_source(sentence: str) -> str | None:
    """The words naming the data of another product or indication that `sentence` declares
    applicable to the device's indication, use or population, or None."""
    applicable, target, other = _transfer_vocabulary()
    for match in applicable.finditer(sentence):
        before, after = sentence[:match.start()], sentence[match.end():match.end() + 90]
        if (is_negated(sentence, match.start()) or _EQUIVALENCE_WORD.search(sentence)
                or _QUESTION.search(before) or not target.search(match.group() + after) or not _DATA_NOUN.search(before)):
            continue
        for named in other.finditer(before):
            if not _OWN_REFERENCE.search(before[:named.start()]):
                return before.strip()
    return None


@lru_cache(maxsize=1)
def _dimensions() -> dict[str, dict]:
    return load("vocabulary/clinical_contexts")["dimensions"]


@lru_cache(maxsize=1)
def context_patterns() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """(dimension, value id, pattern) of every entry of vocabulary/clinical_contexts.yaml."""
    return tuple((dim, vid, pattern) for dim, data in _dimensions().items()
                 for vid, entry in data["entries"].items()
                 if (pattern := term_regex(entry["terms"])) is not None)


@lru_cache(maxsize=16384)
def context_values(text: str) -> tuple[tuple[str, str], ...]:
    """(dimension, value) pairs of vocabulary/clinical_contexts.yaml a text names, not negated:
    anatomical sites ("thoracic aorta"), clinical contexts ("chronic maintenance dialysis"),
    wound types. Cached: evidence rows repeat in the CER, its annexes, the SSCP and the CEAR."""
    return tuple((dim, vid) for dim, vid, pattern in context_patterns()
                 if any(not is_negated(text, m.start()) for m in pattern.finditer(text)))


@lru_cache(maxsize=1)
def _fields() -> dict[str, dict]:
    return load_subjects()["fields"]["entries"]


@lru_cache(maxsize=1)
def _field_exclusions() -> dict[str, re.Pattern[str]]:
    """Per field, the phrases whose field words do not make a study one of that field (`not_when`)."""
    return {fid: re.compile("|".join(entry["not_when"]["patterns"]), re.IGNORECASE)
            for fid, entry in _fields().items() if entry.get("not_when")}


def fields_of(text: str) -> set[str]:
    """Clinical fields (vocabulary/evidence_subjects.yaml `fields`) a text names."""
    named = set()
    for fid, entry in _fields().items():
        exclusion = _field_exclusions().get(fid)
        # blank the excluded phrases ("wound complications 6.6 %") before looking for the field
        scanned = exclusion.sub(lambda m: " " * len(m.group(0)), text) if exclusion else text
        if has_term(entry["terms"], scanned):
            named.add(fid)
    return named


@lru_cache(maxsize=1)
def _setting_families() -> dict[str, str]:
    """Care-setting id -> family, from vocabulary/care_settings.yaml."""
    return {entry["id"]: entry.get("family", "other") for entry in load("vocabulary/care_settings")["entries"]}


def setting_families(text: str, language: str | None = None) -> dict[str, str]:
    """Care settings a text names, with their family (hospital / non_hospital / other). Matched as
    the care-setting extractor matches them: acronyms in capitals only, and a `language_bound`
    term ("RSA", a nursing home in Italian) only in text of its language."""
    return dict(_setting_families_of(text, language))


@lru_cache(maxsize=16384)
def _setting_families_of(text: str, language: str | None = None) -> tuple[tuple[str, str], ...]:
    # Cached: evidence rows repeat in the CER, its annexes, the SSCP and the CEAR.
    families = _setting_families()
    # "after out-of-hospital cardiac arrest", "hospital stay": a condition or an outcome named
    # by a place, not where the study was done (care_settings.yaml `outcome_mentions`)
    matches = without_outcomes(vocabulary("care_settings").find(text, language=language), text, 0, len(text))
    found = dict.fromkeys(m.id for m in matches)
    return tuple((sid, families.get(sid, "other")) for sid in found)


class EvidenceContextMismatch(Rule):
    """Clinical data from another clinical field or another care setting than the device's.

    What it finds:
        Evidence entries of the CER, CEAR or SSCP whose study is about a clinical field of
        vocabulary/evidence_subjects.yaml (`fields`) that is not the device's own (e.g.
        hyperbaric oxygen in recreational divers, or ozonated oil in acne, cited for a wound
        dressing), and evidence gathered only in settings of another family than every
        intended setting of the device (stable outpatients or home care cited for an
        intensive-care device, or intensive-care data for a home device); an acronym that names a
        setting in one language only (Italian "RSA", a nursing home) counts only in text of that
        language, not as radiostereometric analysis in an English study. Also evidence about
        another anatomical site, clinical context or wound type (vocabulary/clinical_contexts.yaml)
        than every one the intended purpose names, from a device the dossier claims no
        equivalence to: a thoracic stent-graft registry for an abdominal stent-graft, chronic
        maintenance haemodialysis for a continuous renal replacement device in intensive care,
        surgical incisions for a chronic-ulcer dressing; or another disease concept sharing a head
        word (hypoglossal nerve stimulation in obstructive sleep apnoea cited for a phrenic nerve
        stimulator in central sleep apnoea; type 1 versus type 2 diabetes; ischaemic versus
        haemorrhagic stroke; colorectal liver metastases versus hepatocellular carcinoma), or
        another drug carried by the device or another mode of action (irinotecan beads cited for
        doxorubicin beads, a levonorgestrel intrauterine system for a copper IUD), while the bare
        head word ("sleep apnoea") is compared with nothing. An indication read from a study's
        own row is the study's, not the device's intended purpose. Major when those data are the main
        evidence (nothing else on the device's own site, or the longest follow-up or largest
        sample), minor when they only support; state-of-the-art sections are not read, and the
        comparator arm of a controlled study ("versus a CE-marked porcine collagen membrane",
        "Kontrollgruppe: ...") does not set the study's field, site or setting.
        A sentence of the CER, CEP or SSCP that declares data of another product type or another
        indication applicable, transferable or extrapolable to the device's own indication, use or
        population ("these dermal filler data are directly applicable to the vocal fold
        indication", "results obtained with coronary stents are transferable to the renal
        indication", vocabulary/transferred_evidence.yaml) is reported too, unless it names an
        equivalence, the device itself or its declared equivalent, or denies the transfer.

    Why a panel cares:
        Clinical data must concern the device's intended purpose: its clinical condition,
        population and use environment (MDR Annex XIV Part A §1(a), MDCG 2020-6 section 6.5).
        Data from a different field or setting do not show the benefit or the risks of the
        device as it will be used.

    Example:
        IFU: "for use in intensive care units"; CER: "Filtration performance was confirmed in
        chronic intermittent haemodialysis of stable outpatients (n = 60) [9]." IFU: "for
        infrarenal abdominal aortic aneurysms"; CER: "THORAX registry | 418 patients treated by
        TEVAR for descending thoracic aortic aneurysm | 5 years".

    Use instead:
        Cite data in the intended condition and setting, or justify why the other field's or
        setting's data apply (and plan PMCF to confirm them).

    References:
        MDR Annex XIV Part A §1(a); MDCG 2020-6 section 6.5; MDCG 2020-13 section D.
    """

    code = "EV006"
    name = "evidence-context-mismatch"
    category = Category.EVIDENCE
    severity = Severity.MAJOR
    title = "Evidence from another clinical field or care setting"
    references = ("MDR Annex XIV Part A 1(a)", "MDCG 2020-6 section 6.5", "MDCG 2020-13 section D")
    recommendation = ("Support the device with clinical data in its own clinical condition and use "
                      "setting, or justify the relevance of data from another field or setting.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        yield from self._declared_transferable(facts)
        evidence = evidence_facts(facts)
        if not evidence:
            return
        device_types = {f.value.id for f in facts.of(FactKind.DEVICE_TYPE)
                        if not getattr(f.value, "negated", False)}
        yield from self._fields(evidence, device_types)
        yield from self._settings(facts, evidence)
        yield from self._contexts(facts, evidence)

    def _declared_transferable(self, facts: FactBase) -> Iterable[Finding]:
        """Sentences of the CER, CEP or SSCP that declare data of another product type or another
        indication applicable to the device's own ("these dermal filler data are directly
        applicable to the vocal fold indication"), with no equivalence named for them."""
        own_names = [str(f.value).lower() for f in facts.of(FactKind.DEVICE_NAME) if len(str(f.value)) >= 3]
        equivalent = [f.value.device.lower() for f in facts.of(FactKind.EQUIVALENCE)
                      if getattr(f.value, "device", None)]
        seen: set[str] = set()
        for document in facts.documents_with_role(Role.CER, Role.CEP, Role.SSCP):
            for block in document.blocks:
                if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
                    continue
                folded = block.folded
                if not any(cue in folded for cue in _TRANSFER_CUES):
                    continue  # cheap: most prose declares nothing applicable
                for start, end in sentences(block):
                    sentence = block.normalized[start:end]
                    source = transferred_source(sentence)
                    if source is None:
                        continue
                    lowered = source.lower()
                    if any(name in lowered for name in own_names + equivalent):
                        continue  # the device's own data, or its declared equivalent's
                    fact = make_fact(document, block, FactKind.CLAIM, sentence, (start, end))
                    if fact.location.quote in seen:
                        continue
                    seen.add(fact.location.quote)
                    yield self.finding(
                        f'{document.path} declares data of another product or indication applicable to the '
                        f'device without an equivalence: "{fact.location.quote}". Data of another device or '
                        "indication count as the device's clinical data only through a demonstrated "
                        "equivalence (MDCG 2020-5); otherwise they are supportive, and their relevance to "
                        "the intended purpose must be justified.",
                        [fact], title="Data of another product or indication declared applicable")

    def _contexts(self, facts: FactBase, evidence: list[Fact]) -> Iterable[Finding]:
        """Clinical data about another anatomical site, clinical context or wound type than every
        one the intended purpose names, from a device the dossier claims no equivalence to."""
        # An indication read from a study row ("Colorectal cancer liver metastases" in the
        # literature table) is the study's, not the device's intended purpose.
        cited = CitedRows(evidence)
        intended = [f for kind in (FactKind.INTENDED_PURPOSE, FactKind.INDICATION) for f in facts.of(kind)
                    if f.role in INTENDED_USE_ROLES and not getattr(f.value, "negated", False)
                    and not inside_cited_row(f, cited)]
        device: dict[str, set[str]] = {}
        where: dict[str, Fact] = {}
        for fact in intended:
            for dim, value in context_values(f"{fact.location.quote} {fact.value}"):
                device.setdefault(dim, set()).add(value)
                where.setdefault(dim, fact)
        if not device:
            return
        clinical = [f for f in outside_state_of_the_art(evidence) if is_clinical_subject(f.value.subject)]
        # The equivalent device's name, by its first word ("THORAX" of "THORAX stent-graft").
        equivalents = {words[0].lower() for f in facts.of(FactKind.EQUIVALENCE)
                       if (words := re.findall(r"[^\W_][\w+-]{2,}", f.value.device or ""))}
        for dim, values in device.items():
            on, off = [], []
            for fact in clinical:
                text = without_comparator(
                    " ".join(filter(None, (fact.location.quote, fact.value.indication, fact.value.setting))))
                named = {v for d, v in context_values(text) if d == dim}
                if not named:
                    continue
                if named & values:
                    on.append(fact)
                elif not equivalents & {w.lower() for w in re.findall(r"[^\W_][\w+-]{2,}", text)}:
                    off.append((fact, named))
            if off:
                yield self._context_finding(dim, values, where[dim], on, off, clinical)

    def _context_finding(self, dim: str, values: set[str], purpose: Fact, on: list[Fact],
                         off: list[tuple[Fact, set[str]]], clinical: list[Fact]) -> Finding:
        entries = _dimensions()[dim]["entries"]
        studied = sorted({entries[v]["label"] for _, named in off for v in named})
        intended = sorted(entries[v]["label"] for v in values)
        # The data are the main evidence when nothing else is about the device's own site or
        # context, or when they hold the longest follow-up or the largest sample.
        off_facts = [f for f, _ in off]
        main = not on or any(_longest(clinical, attr) in off_facts for attr in ("follow_up_months", "sample_size"))
        cited = "; ".join(f'{f.document}: "{f.location.quote}"' for f in off_facts[:3])
        more = f" and {len(off_facts) - 3} more" if len(off_facts) > 3 else ""
        role = ("the main clinical evidence" if main else "supportive clinical evidence")
        return self.finding(
            f"{role[0].upper()}{role[1:]} concerns the {' and '.join(studied)} ({cited}{more}), but the device's "
            f"intended purpose names the {' and '.join(intended)} ({purpose.document}: \"{purpose.location.quote}\"); "
            f"no equivalence to the studied device is claimed, and data from another "
            f"{_dimensions()[dim]['label']} do not show the device's safety and performance.",
            [*off_facts[:3], purpose],
            severity=None if main else Severity.MINOR)

    def _fields(self, evidence: list[Fact], device_types: set[str]) -> Iterable[Finding]:
        own = {fid for fid, entry in _fields().items() if device_types & set(entry.get("device_types", ()))}
        if not own:
            return  # the device's own field is unknown: nothing to compare with
        for fact in outside_state_of_the_art(evidence):
            named = fields_of(without_comparator(fact.location.quote))
            if not named or named & own:
                continue
            labels = " and ".join(sorted(_fields()[f]["label"] for f in named))
            own_labels = " or ".join(sorted(_fields()[f]["label"] for f in own))
            yield self.finding(
                f'{fact.document} cites "{fact.location.quote}" as clinical data, but that study concerns '
                f"{labels}, not {own_labels}, the field of the device's intended purpose.",
                [fact])

    def _settings(self, facts: FactBase, evidence: list[Fact]) -> Iterable[Finding]:
        intended = [f for f in facts.of(FactKind.CARE_SETTING)
                    if f.role in INTENDED_USE_ROLES and not f.value.negated]
        families = {setting_families_of_id(f.value.id) for f in intended} - {"other"}
        if len(families) != 1:
            return  # no intended setting, or settings inside and outside hospital
        family = families.pop()
        for fact in outside_state_of_the_art(evidence):
            named = setting_families(without_comparator(fact.location.quote), fact.language)
            if family in named.values():
                continue  # data (also) from the device's own kind of setting
            studied = set(named.values()) - {"other"}
            if not studied or family in studied:
                continue
            where = ", ".join(sorted(named))
            settings = ", ".join(sorted({f.value.id for f in intended}))
            yield self.finding(
                f'{fact.document} cites "{fact.location.quote}", data gathered in {where}, but the '
                f"device is intended for {settings} ({intended[0].document}: "
                f'"{intended[0].location.quote}").',
                [fact, intended[0]])


def outside_state_of_the_art(evidence: list[Fact]) -> list[Fact]:
    """The evidence facts outside state-of-the-art sections. A sentence there that cites a
    paper ("patients were historically ventilated by hand during transfer (Smith 2001)")
    describes the treatment alternatives and their setting or field on purpose; it is not
    offered as clinical data of the device."""
    return [f for f in evidence
            if not (f.location.section and heading_matches(STATE_OF_THE_ART, f.location.section))]


class CitedRows:
    """The quotes of the cited studies' rows and sentences, per document, for `inside_cited_row`.

    Each document's rows are joined once with NUL between them, so that a fact is tested with
    one substring search instead of one per cited row (thousands in a long CER annex, asked of
    every intended-purpose fact): a quote without NUL lies in the joined text exactly when it
    lies in one of its rows.
    """

    def __init__(self, evidence: list[Fact]) -> None:
        rows: dict[str, dict[str, None]] = {}
        for fact in evidence:
            rows.setdefault(fact.document, {})[fact.location.quote] = None
        self._rows = {document: list(quotes) for document, quotes in rows.items()}
        self._joined = {document: "\x00".join(quotes) for document, quotes in self._rows.items()}

    def holds(self, document: str, quote: str) -> bool:
        if "\x00" in quote:  # could span two rows of the joined text: test row by row
            return any(quote in row for row in self._rows.get(document, ()))
        return quote in self._joined.get(document, "")


def inside_cited_row(fact: Fact, cited: CitedRows) -> bool:
    """Whether the fact's quote lies in a cited study's row or sentence of the same document."""
    quote = fact.location.quote
    return bool(quote) and cited.holds(fact.document, quote)


def context_dimensions() -> dict[str, dict]:
    """The dimensions of vocabulary/clinical_contexts.yaml, by id."""
    return _dimensions()


def setting_families_of_id(setting_id: str) -> str:
    return _setting_families().get(setting_id, "other")


def _longest(facts: list[Fact], attribute: str) -> Fact | None:
    """The entry with the largest value of `attribute` (follow-up, sample size), if any has one."""
    valued = [f for f in facts if getattr(f.value, attribute) is not None]
    return max(valued, key=lambda f: getattr(f.value, attribute)) if valued else None
