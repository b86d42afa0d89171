"""SS002: the SSCP has no intended purpose, indications, contraindications or population."""

from __future__ import annotations

import re
from typing import Iterable

from panelproof.extract._indication_sentence import states_condition
from panelproof.extract.intended_use import (_CONTRA_CUE, _INDICATED_INLINE, _INDICATION_CUE, CONTRAINDICATIONS,
                                             INDICATIONS, INTENDED_PURPOSE, OTHER, _purpose_sentence,
                                             announced_kinds, units, vocabulary)
from panelproof.extract._paraphrase import generic_tokens, paraphrase_key
from panelproof.extract.common import any_heading
from panelproof.extract.model import FactBase, FactKind
from panelproof.ingest.model import Document, Role
from panelproof.rules.intended_use.common import describe_document, heading_location, join_names
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.sscp.common import reference_ifu

# aspect -> (fact kinds that state it, heading kind that announces it, severity if missing)
_ASPECTS = (
    ("intended purpose", (FactKind.INTENDED_PURPOSE,), INTENDED_PURPOSE, Severity.MAJOR),
    ("indications", (FactKind.INDICATION,), INDICATIONS, Severity.MAJOR),
    # The notified body validates the SSCP (Art. 32(1)); an expert panel reads the clinical
    # evaluation. Missing contraindications are a gap to close, not a panel's finding: minor.
    # A missing intended purpose or indications leaves nothing to compare with the IFU: major.
    ("contraindications", (FactKind.CONTRAINDICATION,), CONTRAINDICATIONS, Severity.MINOR),
    ("target population", (FactKind.POPULATION_BOUND, FactKind.POPULATION_GROUP), None, Severity.MINOR),
)
_POPULATION_KINDS = _ASPECTS[3][1]


class SscpLacksIntendedUse(Rule):
    """The SSCP leaves out the intended purpose, indications, contraindications or population.

    What it finds:
        An SSCP that states no intended purpose, no indications, no contraindications or no
        target population while the IFU does. The SSCP is read generously: a section heading
        (also a patient-facing question such as "Who should not use the device?" or "What is
        the device used for?"), a label or lead-in ("Contraindications:", "Do not use in:"),
        an inline label in a paragraph ("Indications: ... Contraindications: ..."), a table
        row, or a sentence anywhere outside literature and results ("It must not be implanted
        if a left atrial thrombus is present", "The device is not allowed to be used in case
        of pregnancy", "darf nicht angewendet werden bei Schwangerschaft") states the part; so
        does a section "Restrictions of use" or "Anwendungsbeschränkungen" that names the
        patients' conditions (not the product's: damaged packaging, expiry). An intended
        purpose that restates an IFU indication in its words ("Replacement of a malfunctioning
        mitral valve in adults") states the indications.
        Differences in content between the SSCP and the IFU are reported by the cross-document
        rules, which include the SSCP: IU001 (indications), IU002 (contraindications), IU003
        (interfaces) and the population rules. SS002 covers only what those cannot see: the
        part that is missing altogether, so nothing is reported twice.

    Why a panel cares:
        Art. 32(2)(b) requires the SSCP to state the intended purpose, indications,
        contraindications and target populations, and MDCG 2019-9 requires them to match the
        IFU. An SSCP without them cannot be checked against the IFU, and readers of Eudamed
        cannot tell whom the device is for. A missing intended purpose or missing indications
        are major; missing contraindications or population are minor: the notified body
        validates the SSCP (Art. 32(1)), and without its contraindications the SSCP is
        incomplete but still comparable with the IFU, which governs use.

    Example:
        IFU: "Indications: diabetic foot ulcers, venous leg ulcers."
        SSCP: sections 1 (device identification) and 4 (risks), but no section 2.

    Use instead:
        Fill SSCP section 2 (2.1 intended purpose, 2.2 indications and target populations,
        2.3 contraindications) with the IFU's text.

    References:
        MDR Art. 32(2)(b); MDCG 2019-9 Rev.1 section 2.
    """

    code = "SS002"
    name = "sscp-lacks-intended-use"
    category = Category.INTENDED_USE
    severity = Severity.MAJOR
    title = "SSCP lacks intended purpose, indications, contraindications or population"
    references = ("MDR Art. 32(2)(b)", "MDCG 2019-9 Rev.1 section 2")
    recommendation = ("Complete SSCP section 2 with the intended purpose, indications, target "
                      "populations and contraindications exactly as stated in the IFU.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        for sscp in sorted(facts.documents_with_role(Role.SSCP), key=lambda d: d.path):
            ifu = reference_ifu(facts, sscp)
            if ifu is None:
                continue
            missing, ifu_facts = [], []
            for aspect, kinds, heading_kind, severity in _ASPECTS:
                in_ifu = [f for k in kinds for f in facts.of(k, document=ifu.path)]
                if not in_ifu or _states(facts, sscp, kinds, heading_kind):
                    continue
                if aspect == "indications" and (_purpose_names_condition(sscp)
                                                or _purpose_restates_indication(sscp, in_ifu)):
                    # An SSCP's intended purpose is often its indication ("Defibrillation in
                    # adults at high risk of sudden cardiac death"); IU001 compares them.
                    continue
                missing.append((aspect, severity))
                ifu_facts.append(in_ifu[0])
            if not missing:
                continue
            severity = max((s for _, s in missing), key=lambda s: s.rank)
            aspects = join_names([a for a, _ in missing]).replace(" and ", " or ")
            sscp_location = heading_location(sscp)
            ifu_name = describe_document(ifu)
            yield self.finding(
                f"{describe_document(sscp)[0].upper()}{describe_document(sscp)[1:]} states no "
                f"{aspects}; {ifu_name} does.",
                [*ifu_facts, *([sscp_location] if sscp_location else [])], severity=severity)


def _purpose_names_condition(document: Document) -> bool:
    """Whether a sentence of the intended-purpose part names a disease or condition, or the
    patients it is for ("in adults at high risk of sudden cardiac death")."""
    groups = vocabulary("population_groups")
    # a known clinical term, a head noun of conditions or a disease ending ("with irreversible
    # biventricular failure"), or a population group
    return any(states_condition(unit.block.normalized, unit.start, unit.end)
               or groups.find(unit.block.normalized[unit.start:unit.end])
               for unit in units(document) if INTENDED_PURPOSE in unit.kinds)


def _purpose_restates_indication(document: Document, ifu_indications) -> bool:
    """Whether the SSCP's intended purpose states an IFU indication in its words ("Replacement
    of a diseased or malfunctioning aortic valve in adults" where the IFU's indication is "the
    replacement of a diseased or malfunctioning aortic valve"): all content words of the
    indication stand in one intended-purpose sentence."""
    purposes = [paraphrase_key(unit.text) for unit in units(document) if INTENDED_PURPOSE in unit.kinds]
    for fact in ifu_indications:
        key = paraphrase_key(fact.location.quote or "") - generic_tokens()
        if len(key) >= 2 and any(key <= purpose for purpose in purposes):
            return True
    return False


def _states(facts: FactBase, document: Document, kinds: tuple[FactKind, ...],
            heading_kind: str | None) -> bool:
    if any(facts.of(k, document=document.path) for k in kinds):
        return True
    # a heading, a label paragraph ("Contraindications:"), a lead-in ("Do not use in:"), a
    # table label cell or an inline label announces the part even when no item was extracted
    if heading_kind is None:
        # "It is used in adults with atrial fibrillation": a population group named in the
        # intended-use parts, in words the population extractor did not read as a bound
        groups = vocabulary("population_groups")
        return kinds == _POPULATION_KINDS and any(
            groups.find(unit.text) for unit in units(document) if OTHER not in unit.kinds)
    if heading_kind in announced_kinds(document):
        return True
    # "It must not be implanted if a left atrial thrombus is present.": a sentence anywhere in
    # the intended-use parts states the aspect even in words no extractor turned into an item
    if any(_states_in_sentence(unit.text, heading_kind) for unit in units(document)
           if OTHER not in unit.kinds):
        return True
    # "Restrictions of use", "Anwendungsbeschränkungen": the author's heading for the
    # contraindications, whose items name the patients' conditions
    return heading_kind == CONTRAINDICATIONS and any(
        any_heading(_RESTRICTIONS_HEADING, block.heading_path) and _patient_condition(block.text)
        for block in document.blocks)


# Headings under which some authors list contraindications without the word.
_RESTRICTIONS_HEADING = re.compile(
    r"\b(?:restrictions?|limitations?) (?:of|on|for) (?:the )?use\b|\buse restrictions?\b|"
    r"\brestrictions? d['’](?:utilisation|emploi)\b|\banwendungs(?:beschränkung|einschränkung|ausschl[uü]ss)\w*|"
    r"\beinschränkungen (?:der|für die) (?:anwendung|verwendung)\b|\bverwendungsbeschränkung\w*|"
    r"\brestricciones de uso\b|\brestrizioni d['’]uso\b|\bgebruiksbeperking\w*|"
    r"\bwhen (?:the device|it|the product) (?:is|must|may|should) not (?:be )?(?:allowed to be )?used\b|"
    r"\bwann (?:das produkt|es) nicht (?:angewendet|verwendet)", re.I)


def _patient_condition(text: str) -> bool:
    """A condition of the patient: patient words or a known clinical term, not the product's."""
    return bool((_PATIENT.search(text) or vocabulary("clinical_terms").find(text)
                 or vocabulary("population_groups").find(text))
                and not _PRODUCT_CONDITION.search(text))


# A condition of the patient, not of the product ("if the package is damaged").
_PATIENT = re.compile(r"\b(?:patients?|people|persons?|you|your|adults?|children|women|men|subjects?|"
                      r"individuals?|who (?:have|has|are|is|suffer)|with (?:a|an|known|active|severe|acute|"
                      r"chronic|untreated)|suffering|diagnosed|present|presence|history of|if (?:a|an|there)|"
                      r"patient\w*|personnes?|enfants?|femmes?|Patient\w*|Personen|Kinder\w*|Frauen|"
                      r"pazienti|paciente\w*|bei (?:einer|einem|bekannter|akuter|schwerer))\b", re.I)
_PRODUCT_CONDITION = re.compile(r"packag|expir|damag|sterile barrier|opened|reuse|resteril|emballage|"
                                r"périm|endommag|verpackung|beschädig|verfall|confezione|envase", re.I)
_USE_SENTENCE = re.compile(r"\b(?:used|use) (?:to treat|for the treatment|in (?:patients|people|adults|children))|"
                           r"\btreats?\b|\bfor (?:patients|people|adults|children|persons) (?:with|who|suffering)|"
                           r"\butilisé\w* (?:pour traiter|chez)|\bbehandelt\b|\bangewendet bei\b", re.I)


def _states_in_sentence(text: str, kind: str) -> bool:
    if kind == CONTRAINDICATIONS:
        # "The device is not allowed to be used in case of pregnancy or skin infection": the
        # condition may be a known clinical term without a patient word
        return bool(_CONTRA_CUE.search(text)) and _patient_condition(text)
    if kind == INDICATIONS:
        return bool(_INDICATED_INLINE.search(text)) or (
            bool(_INDICATION_CUE.search(text) or _USE_SENTENCE.search(text)) and bool(_PATIENT.search(text)))
    if kind == INTENDED_PURPOSE:
        return _purpose_sentence(text) or bool(_USE_SENTENCE.search(text))
    return False
