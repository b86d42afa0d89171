"""LA002: one language version does a safety-critical step unsafely, another safely."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.ingest.model import Role
from panelproof.rules.identity._compare import document_label
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.safety.common import match_hazards, safeguarded_hazards


class SafetyStepDiffers(Rule):
    """Language versions give a safety-critical step with and without its safeguard.

    What it finds:
        For documents of one role in several languages (IFU_en, IFU_fr, IFU_nl), a step that
        one version instructs in a way a hazard pattern of knowledge/hazards.yaml reports (SI001,
        SI003: "Close the cylinder valve and stop NO delivery, then replace the cylinder")
        while another version gives the same step with the safeguard that makes it safe and no
        unsafe wording of it ("Raccordez le système d'administration de secours et maintenez
        l'administration de NO, puis fermez le robinet"). The hazard is matched in every
        language; the safeguard is a safe context of the pattern marked `safeguard: true`
        (back-up delivery, manual ventilation, a power source kept connected) named in one
        sentence with the pattern's object (the delivery, the ventilation). Versions that both give the unsafe
        step, or that both give the safe one, are left to SI001/SI003; a sentence that names a
        safeguard's words but itself matches a hazard pattern (an alarm switched off "so that
        therapy continues") is no safe version.

    Why a panel cares:
        Each language version is the device's labelling in its Member State (MDR Art. 10(11),
        Annex I 23.1): users in one country follow a procedure without the back-up step that
        the manufacturer's own translation shows is needed. The discrepancy also shows the
        versions were not checked against one controlled master text.

    Example:
        IFU_en: "Close the cylinder valve and stop NO delivery, then replace the cylinder."
        IFU_fr: "Raccordez le système d'administration de secours, puis fermez le robinet de
        la bouteille et remplacez la bouteille."

    Use instead:
        Give the step with its safeguard in every version: "Connect the back-up delivery
        system and keep NO delivery running, then close the cylinder valve and replace the
        cylinder."

    References:
        MDR Art. 10(11); MDR Annex I 23.1(a) and 23.4; IEC 82079-1:2019 clause 5.11.
    """

    code = "LA002"
    name = "safety-step-differs"
    category = Category.LANGUAGE
    severity = Severity.MAJOR
    title = "Language versions give a safety step with and without its safeguard"
    references = ("MDR Art. 10(11)", "MDR Annex I 23.1(a)", "MDR Annex I 23.4",
                  "IEC 82079-1:2019 clause 5.11")
    recommendation = ("Give the step with its safeguard (back-up, bridging, alternative means) in "
                      "every language version, translated from one controlled master text.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        instructions = facts.of(FactKind.INSTRUCTION)
        if not instructions:
            return []
        by_document: dict[str, list[Fact]] = {}
        for fact in instructions:
            by_document.setdefault(fact.document, []).append(fact)
        findings = []
        for role in Role:
            documents = [d for d in facts.documents_with_role(role)
                         if d.language and d.path in by_document]
            if len({d.language for d in documents}) < 2:
                continue
            unsafe: dict[str, dict[str, Fact]] = {}
            safe: dict[str, dict[str, Fact]] = {}
            for document in documents:
                for fact in by_document[document.path]:
                    sentence = str(fact.value)
                    hazards = match_hazards(sentence)
                    for m in hazards:
                        unsafe.setdefault(document.path, {}).setdefault(m.hazard.id, fact)
                    if hazards:
                        # a sentence that itself instructs an unsafe step ("kann dauerhaft
                        # ausgeschaltet werden, damit die Therapie weiterläuft") is no safe version
                        # of it, whichever hazard pattern its wording matched
                        continue
                    for hazard_id in safeguarded_hazards(sentence):
                        safe.setdefault(document.path, {}).setdefault(hazard_id, fact)
            for path, hazards in sorted(unsafe.items()):
                for hazard_id, fact in hazards.items():
                    for other in sorted(safe):
                        if other == path or hazard_id in unsafe.get(other, {}):
                            continue
                        if hazard_id not in safe[other]:
                            continue
                        findings.append(self._finding(facts, fact, safe[other][hazard_id]))
                        break
        return findings

    def _finding(self, facts: FactBase, unsafe: Fact, safe: Fact) -> Finding:
        where_u = document_label(facts.document(unsafe.document), unsafe.document)
        where_s = document_label(facts.document(safe.document), safe.document)
        message = (f"{where_u[:1].upper()}{where_u[1:]} instructs “{unsafe.location.quote}”, "
                   f"while {where_s} gives the same step with its safeguard: "
                   f"“{safe.location.quote}”. The versions disagree on how the step is done "
                   f"safely; one of them is not a faithful translation of the master text.")
        return self.finding(message, [unsafe, safe])
