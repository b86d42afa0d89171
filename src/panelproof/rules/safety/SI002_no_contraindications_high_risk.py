"""SI002: "no contraindications" stated for a high-risk device."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.device_type import device_type_facts, device_types, pack_by_id
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.ingest.model import Location
from panelproof.rules.identity._compare import document_label
from panelproof.rules.model import Category, Finding, Rule, Severity

# Classes for which a device without any contraindication is not credible: the risk classes
# of implants, life-supporting and drug-delivering devices (MDR Annex VIII).
HIGH_RISK_CLASSES = {"III", "IIb"}


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
        none_facts = [f for f in facts.of(FactKind.CONTRAINDICATION) if f.value.id == "none"]
        if not none_facts:
            return []
        reason, evidence = _high_risk_reason(facts)
        if reason is None:
            return []
        listed = [f for f in facts.of(FactKind.CONTRAINDICATION)
                  if f.value.id != "none" and not f.value.negated]
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
