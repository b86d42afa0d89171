"""SI006: an instruction does the act a warning forbids, on the same object, under the
forbidden condition."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.rules.identity._compare import document_label
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.safety._warning_conditions import Breach, breaches, critical, prohibitions
from panelproof.rules.safety.common import match_hazards, prohibited_hazards

_CONDITION_WORDS = {
    "abrupt": "stops it abruptly, without tapering",
    "always": "interrupts or disables it",
    "presence": "waives it",
    "substitution": "replaces it",
}


class InstructionDefeatsWarningCondition(Rule):
    """An instruction does what a warning forbids: the same act on the same object, under the
    condition the warning rules out.

    What it finds:
        A warning read as action, object and forbidden condition (knowledge/
        warning_conditions.yaml) and an instruction or permission, in any document of the
        dossier, that performs the action on the same object under that condition:
        - continuity: "Never disable the patient temperature alarm", "the occlusion alarm must
          remain enabled at all times", "interrupting X can cause ..." against "the
          high-temperature alarm may be deactivated for the rest of the therapy";
        - abrupt stopping: "Abrupt discontinuation of intrathecal therapy can cause withdrawal"
          against "therapy can be stopped at any time, no tapering is required" (an instruction
          to stop "only after tapering" keeps within it);
        - presence: "A backup ventilator shall remain available at all times" against "a
          ventilator is not needed";
        - substitution: "Never use tap water instead of sterile water", "helium is the only
          shuttle gas" against "if sterile water is not available, tap water can be used".
        The object must have the same head noun and, where both name modifiers, share one
        (a "low battery alarm" is not the "patient temperature alarm"). Negated instructions,
        safe contexts ("after use", "back-up", "only after") and instructions that rules SI001
        or SI003 already report by a hazard pattern are left out. Severity is critical when
        the warning names death or a life-threatening harm.

    Why a panel cares:
        The warning is a risk control measure; an instruction that defeats it in the same
        dossier re-creates the hazard and shows that the labelling was not checked against the
        risk analysis (EN ISO 14971 information for safety).

    Example:
        IFU warning: "Do not switch off the patient temperature alarm."
        IFU settings: "The high-temperature alarm may be deactivated for the rest of the
        therapy."

    Use instead:
        "The high-temperature alarm may be paused for up to 2 minutes; it cannot be switched
        off during therapy."

    References:
        MDR Annex I 4 and 23.4; EN ISO 14971:2019 clause 7; IEC 82079-1:2019 clause 5.11.
    """

    code = "SI006"
    name = "instruction-defeats-warning-condition"
    category = Category.SAFETY_INSTRUCTION
    severity = Severity.MAJOR
    title = "Instruction does what a warning forbids"
    references = ("MDR Annex I 4 and 23.4", "EN ISO 14971:2019 clause 7",
                  "IEC 82079-1:2019 clause 5.11")
    recommendation = ("Make the instruction respect the warning (taper, keep the back-up, keep "
                      "the alarm active, use the prescribed medium), or correct the warning if "
                      "the risk analysis supports the instruction, in every document and language.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        warned = [(w, p) for w in self._warnings(facts) for p in prohibitions(w.location.quote)]
        if not warned:
            return []
        findings = []
        reported: set[str] = set()
        for fact in facts.of(FactKind.INSTRUCTION):
            quote = fact.location.quote
            if quote in reported or match_hazards(quote) or prohibited_hazards(quote):
                continue  # SI001/SI003 report it by its hazard pattern; or a prohibition itself
            for warning, prohibition in warned:
                if warning.location.quote == quote:
                    continue
                breach = breaches(quote, prohibition)
                if breach is None:
                    continue
                reported.add(quote)
                findings.append(self._finding(facts, fact, warning, breach))
                break
        return findings

    @staticmethod
    def _warnings(facts: FactBase) -> list[Fact]:
        seen: dict[tuple[str, str], Fact] = {}
        for fact in facts.of(FactKind.WARNING) + facts.of(FactKind.INSTRUCTION):
            seen.setdefault((fact.document, fact.location.quote), fact)
        return list(seen.values())

    def _finding(self, facts: FactBase, instruction: Fact, warning: Fact, breach: Breach) -> Finding:
        where_i = document_label(facts.document(instruction.document), instruction.document)
        where_w = document_label(facts.document(warning.document), warning.document)
        prohibition = breach.prohibition
        message = (f"{where_w[:1].upper()}{where_w[1:]} warns “{warning.location.quote}”, but "
                   f"{where_i} says “{instruction.location.quote}”: “{breach.words}” "
                   f"{_CONDITION_WORDS[prohibition.condition]} "
                   f"(the {prohibition.obj.text()}).")
        severity = Severity.CRITICAL if critical(warning.location.quote) else Severity.MAJOR
        return self.finding(message, [instruction, warning], severity=severity)
