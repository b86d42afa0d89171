"""SI002: "no contraindications" stated for a high-risk device."""

from __future__ import annotations

import re
from typing import Iterable

from panelproof.extract.common import make_fact, sentences
from panelproof.extract.device_type import device_type_facts, device_types, fold, pack_by_id
from panelproof.extract.model import Concept, Fact, FactBase, FactKind
from panelproof.ingest.model import BlockKind, Document, Location, Role
from panelproof.rules.identity._compare import document_label
from panelproof.rules.model import Category, Finding, Rule, Severity

# Classes for which a device without any contraindication is not credible: the risk classes
# of implants, life-supporting and drug-delivering devices (MDR Annex VIII).
HIGH_RISK_CLASSES = {"III", "IIb"}

# Documents that state the device's contraindications to users and readers (a notified body's
# report or a PMCF plan may quote them, but does not state them).
_STATING_ROLES = {Role.IFU, Role.SSCP, Role.CER, Role.CEP, Role.LABEL, Role.OTHER,
                  Role.UNKNOWN}

# A sentence that says the device has no contraindication at all, read on folded text after
# a leading marker or label: "There are no (known) contraindications (for/to the use of the
# X).", "The X has no known contraindications.", "Contraindications: none (known).", "Aucune
# contre-indication (connue).", "Il n'existe pas de contre-indication à l'utilisation de X.",
# "Es sind keine Kontraindikationen bekannt.", "Gegenanzeigen: keine." The whole sentence must
# be such a statement, so that "patients with no contraindication to anticoagulation were
# included" and "no contraindications were observed" (a result) are not read as one.
_CI = r"(?:contra-?indications?|contre-?indications?|kontraindikation(?:en)?|gegenanzeigen?)"
_NONE_STATEMENT = re.compile(
    r"^(?:(?:there|it) (?:are|is|exist|exists) |the [^.;:]{1,60}? (?:has|have|presents?) |"
    r"[^.;:]{1,60}? (?:has|have) )?"
    r"(?:no|not any) (?:known |specific |identified |absolute |documented )?" + _CI +
    r"(?: (?:are|is) (?:known|identified|documented|established)| (?:have|has) been "
    r"(?:identified|established|documented|described)| exist| known)?"
    r"(?: (?:for|to|in|with|against) [^.;:]{0,80})?$|"
    r"^(?:il n y a |il n existe |[^.;:]{1,60}? ne presente )?(?:aucune|pas de) "
    r"(?:contre-?indications?)(?: (?:connue|identifiee|documentee|specifique)s?)?"
    r"(?: n (?:est|a ete) (?:connue|identifiee|decrite))?(?: (?:a|pour|chez|avec) [^.;:]{0,80})?$|"
    r"^(?:es (?:gibt|sind|bestehen|existieren) |[^.;:]{1,60}? (?:hat|weist) )?keine "
    r"(?:bekannten |spezifischen |absoluten )?(?:kontraindikationen|gegenanzeigen)"
    r"(?: (?:bekannt|vorhanden|auf))?(?: (?:fur|bei|gegen) [^.;:]{0,80})?(?: bekannt)?$|"
    r"^" + _CI + r" ?: ?(?:none|aucune|keine)(?: (?:known|connue|bekannt|identified))?$")
_LEAD = re.compile(r"^(?:[-*•]\s*|\d+(?:\.\d+)*[.)]?\s+|[a-z][.)]\s+)+")
_NONE_ALONE = re.compile(r"^(?:none|none known|none identified|aucune|aucune connue|neant|"
                         r"keine|keine bekannt)$")
_CUE = re.compile(r"contra|contre|kontraind|gegenanzeig")


class NoContraindicationsHighRisk(Rule):
    """A document states that a high-risk device has no (known) contraindications.

    What it finds:
        CONTRAINDICATION facts meaning "none" ("There are no known contraindications", "Aucune
        contre-indication connue", "Keine bekannten Kontraindikationen") when the device is of
        a high-risk type (device pack `high_risk: true`: ventilators, infusion and insulin
        pumps, dialysis machines, implants, neurostimulators, heart valves and stents), is
        class III or IIb, or is implantable. Other documents that do list contraindications
        are quoted too.

    Why a panel cares:
        Every life-supporting, drug-delivering or implanted device has patients for whom its
        risks outweigh its benefit. "No contraindications" shows that the risk analysis and the
        clinical evaluation have not identified them, and leaves users without the information
        MDR Annex I 23.4 requires.

    Example:
        IFU of a ventilator: "Contraindications: there are no known contraindications."

    Use instead:
        "Contraindications: untreated pneumothorax; raised intracranial pressure without ICP
        monitoring; patients who cannot be ventilated by mask (for non-invasive use)."

    References:
        MDR Annex I 23.4(b) and (g); MDR Annex XIV Part A 1(a); MDCG 2019-9 section 2.3;
        MDCG 2020-13 section C.
    """

    code = "SI002"
    name = "no-contraindications-high-risk"
    category = Category.SAFETY_INSTRUCTION
    severity = Severity.MAJOR
    title = "“No contraindications” for a high-risk device"
    references = ("MDR Annex I 23.4(b) and (g)", "MDR Annex XIV Part A 1(a)",
                  "MDCG 2019-9 section 2.3")
    recommendation = ("Derive the contraindications from the risk analysis and the clinical "
                      "data, state them in the IFU, SSCP, CER and CEP alike, or justify in the "
                      "CER why none exists.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        stated_facts = facts.of(FactKind.CONTRAINDICATION)
        none_facts = [f for f in stated_facts if states_none(f)]
        none_facts += _unextracted_none_statements(facts, {f.document for f in none_facts})
        if not none_facts:
            return []
        reason, evidence = _high_risk_reason(facts)
        if reason is None:
            return []
        listed = [f for f in stated_facts if not states_none(f) and not f.value.negated]
        findings = []
        by_document: dict[str, list[Fact]] = {}
        for fact in none_facts:
            by_document.setdefault(fact.document, []).append(fact)
        for path, stated in by_document.items():
            who = document_label(facts.document(path), path)
            message = (f"{who[:1].upper()}{who[1:]} states “{stated[0].location.quote}”, "
                       f"but the device is {reason}; such a device has contraindications that "
                       f"MDR Annex I 23.4(g) requires the IFU to state.")
            others = [f for f in listed if f.document != path]
            locations: list[Fact | Location] = [*stated, *evidence]
            if others:
                other_docs = sorted({f.document for f in others})
                names = ", ".join(document_label(facts.document(p), p) for p in other_docs[:3])
                message += (f" {names[:1].upper()}{names[1:]} list contraindications "
                            f"(e.g. “{others[0].location.quote}”), so the documents also "
                            f"contradict each other.")
                locations.append(others[0])
            findings.append(self.finding(message, locations))
        return findings


def _high_risk_reason(facts: FactBase) -> tuple[str | None, list[Fact]]:
    """Why the device is high-risk, in words, and the facts that show it."""
    for pack_id in device_types(facts):
        pack = pack_by_id(pack_id)
        if pack and pack.high_risk:
            why = pack.data.get("high_risk_source") or pack.data.get("source")
            name = pack.name.split(" (")[0].lower()
            article = "an" if name[:1] in "aeiou" else "a"
            return (f"{article} {name}, a high-risk device type ({why})",
                    device_type_facts(facts, pack_id)[:1])
    declared = facts.config.device_class
    classes = [f for f in facts.of(FactKind.DEVICE_CLASS) if f.value in HIGH_RISK_CLASSES]
    if classes:
        return f"class {classes[0].value}", classes[:1]
    if declared in HIGH_RISK_CLASSES:
        return f"class {declared} (dossier.yaml)", []
    implantable = [f for f in facts.of(FactKind.DEVICE_TRAIT)
                   if f.value.id == "implantable" and not f.value.negated]
    if implantable:
        return "implantable", implantable[:1]
    return None, []


def is_none_statement(sentence: str) -> bool:
    """Whether a sentence says there is no contraindication ("There are no contraindications
    to the use of the X.", "Aucune contre-indication connue.", "Gegenanzeigen: keine.")."""
    text = fold(sentence).replace("'", " ").replace("\u2019", " ")
    text = _LEAD.sub("", " ".join(text.split())).strip().rstrip(".!;").strip()
    return bool(_NONE_STATEMENT.match(text))


def states_none(fact: Fact) -> bool:
    """A CONTRAINDICATION fact meaning "none": the extractor's id "none", or a fact whose words
    say so (an extractor that kept "There are no contraindications for the X" as a text id)."""
    value = fact.value
    if getattr(value, "id", None) == "none":
        return True
    if getattr(value, "negated", False):
        return False
    return is_none_statement(fact.location.quote)


def _unextracted_none_statements(facts: FactBase, covered: set[str]) -> list[Fact]:
    """"No contraindications" sentences of the documents the extractor gave no such fact for.

    The statement is the one sentence a panel reads for this rule, and its phrasing varies
    ("There are no contraindications for the use of <Device>."); reading it here as well keeps
    the rule working whatever shape the contraindication extractor recognises."""
    found: list[Fact] = []
    for document in facts.documents_with_role(*_STATING_ROLES):
        if document.path in covered:
            continue
        fact = _first_none_statement(document)
        if fact is not None:
            found.append(fact)
    return found


def _first_none_statement(document: Document) -> Fact | None:
    for block in document.blocks:
        if block.kind is BlockKind.HEADING:
            continue
        text = block.normalized
        folded = fold(text)
        under_heading = any(_CUE.search(fold(h)) for h in block.heading_path[-1:])
        if not under_heading and not _CUE.search(folded):
            continue
        for start, end in sentences(block):
            sentence = text[start:end]
            alone = fold(sentence).strip().rstrip(".").strip()
            if is_none_statement(sentence) or (under_heading and _NONE_ALONE.match(alone)):
                return make_fact(document, block, FactKind.CONTRAINDICATION,
                                 Concept("none", sentence), (start, end))
    return None
