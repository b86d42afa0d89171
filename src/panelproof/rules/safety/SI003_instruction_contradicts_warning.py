"""SI003: an instruction does what a warning of the same or another document forbids."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.rules.identity._compare import document_label
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.safety.common import (Hazard, contradicted as _contradicted, match_hazards,
                                            prohibitions as _prohibitions)


class InstructionContradictsWarning(Rule):
    """An instruction tells the user to do what a warning forbids.

    What it finds:
        An instruction matching a hazard pattern of knowledge/hazards.yaml (SI001) while a
        warning or prohibition anywhere in the dossier, in any language, forbids the same
        hazard or one the pattern lists under `contradicts` ("Never operate the ventilator
        without oxygen monitoring" against "Ventilate the patient for several breaths without
        oxygen"), or is a warning of the vocabulary the pattern lists under
        `contradicts_warnings` ("Single use only" against "resterilise and reuse the tool").
        A pattern that is a hazard only against the labelling's own warning (a counted
        permission to reuse, "may be reused up to 5 times", against "Single use only") is
        matched against the warnings of the same document and of its other language versions.
        A continuous therapy whose abrupt discontinuation the document warns against is
        contradicted by a step that stops it, by an interruption declared harmless ("an
        interruption of two or three minutes is well tolerated and the backup is not needed")
        and by a waiver of the tapering ("tapering of the infusion is not necessary"). A
        prohibition followed by its consequence in another clause ("Do not operate the
        ultrasound handpiece without irrigation flow; this may cause a wound burn") forbids.
        Polite and permissive forms count as instructions ("please continue to wear the helmet
        23 hours a day" when "a small pressure sore appears", against "If a pressure sore or
        blister appears, stop using the helmet"; "If the tip position cannot be displayed,
        feeding may be started", against "Never start feeding before the position of the tube
        tip has been confirmed").

    Why a panel cares:
        Contradictory labelling leaves the user to choose between two instructions, and shows
        that the IFU was not checked against the risk analysis. Each side is quoted.

    Example:
        IFU warning: "Never interrupt the oxygen supply while the patient is connected."
        IFU procedure: "Switch off the oxygen supply before opening the circuit."

    Use instead:
        Rewrite the procedure so that it respects the warning, in every language version.

    References:
        MDR Annex I 23.4; MDR Annex I 4 (information for safety as a risk control measure);
        EN ISO 14971:2019 clause 7.
    """

    code = "SI003"
    name = "instruction-contradicts-warning"
    category = Category.SAFETY_INSTRUCTION
    severity = Severity.MAJOR
    title = "Instruction contradicts a warning"
    references = ("MDR Annex I 23.4", "MDR Annex I 4", "EN ISO 14971:2019 clause 7")
    recommendation = ("Make the procedure comply with the warning (or correct the warning if "
                      "the risk analysis supports the procedure), in every document and language.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        prohibitions = _prohibitions(facts)
        findings = []
        reported: set[tuple[str, str]] = set()
        for fact in facts.of(FactKind.INSTRUCTION):
            for match in match_hazards(str(fact.value)):
                warning = _contradicted(match.hazard, prohibitions)
                if warning is None:
                    continue
                if match.hazard.only_against_warnings and warning.document != fact.document:
                    # the labelling's own single-use statement: the document's, or that of
                    # another language version of it, not another kind of document's
                    warning = next((w for w in (_contradicted(match.hazard, prohibitions, path)
                                                for path in _versions_of(facts, fact.document))
                                    if w is not None), None)
                    if warning is None:
                        continue
                key = (fact.location.quote, warning.location.quote)
                if key in reported:
                    continue
                reported.add(key)
                findings.append(self._finding(facts, fact, warning, match.hazard))
                break
        return findings

    def _finding(self, facts: FactBase, instruction: Fact, warning: Fact,
                 hazard: Hazard) -> Finding:
        where_i = document_label(facts.document(instruction.document), instruction.document)
        where_w = document_label(facts.document(warning.document), warning.document)
        message = (f"{where_w[:1].upper()}{where_w[1:]} warns “{warning.location.quote}”, but "
                   f"{where_i} instructs “{instruction.location.quote}”. "
                   f"{hazard.explanation[:1].upper()}{hazard.explanation[1:]} ({hazard.source}).")
        return self.finding(message, [instruction, warning])


def _versions_of(facts: FactBase, path: str) -> list[str]:
    """The document itself first, then the other language versions of it (documents of the
    same role in another language): one labelling in several languages."""
    document = facts.document(path)
    if document is None:
        return [path]
    others = [d.path for d in facts.documents
              if d.path != path and d.role == document.role and d.language
              and d.language != document.language]
    return [path, *others]
