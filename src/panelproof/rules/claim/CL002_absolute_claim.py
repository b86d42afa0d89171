"""CL002: absolute or superlative claim wording."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.claims import absolute_hits
from panelproof.extract.model import FactBase, FactKind
from panelproof.ingest.model import Role
from panelproof.rules.model import Category, Finding, Rule, Severity


class AbsoluteClaim(Rule):
    """Absolute or superlative claim ("eliminates 99.9 %", "no side effects", "twice as fast").

    What it finds:
        Claims whose wording is absolute, universal or superlative, from the patterns of
        knowledge/claim_language.yaml (English, French, German): total elimination and kill
        rates, "no side effects" / "completely safe", numeric comparatives ("twice as fast"),
        universal scope ("all wound types") and superlatives ("the best").

    Why a panel cares:
        MDR Art. 7 forbids text that ascribes properties a device does not have, creates a false
        impression or fails to inform of likely risks; MDCG 2019-9 says the SSCP "should not
        make misleading claims regarding the strength of clinical evidence". Panels read such
        wording as a sign that the clinical evaluation is promotional rather than objective.

    Example:
        "OzoCare eliminates 99.9 % of bacteria and is suitable for all wound types."

    Use instead:
        "In vitro, OzoCare reduced S. aureus counts by 3 log; clinical data cover diabetic foot
        ulcers and venous leg ulcers."

    References:
        MDR Art. 7; MDCG 2019-9 Rev.1; MDR Annex I §23.4(g).
    """

    code = "CL002"
    name = "absolute-claim"
    category = Category.CLAIM
    severity = Severity.MAJOR
    title = "Absolute or superlative claim"
    references = ("MDR Art. 7", "MDCG 2019-9 Rev.1", "MDR Annex I §23.4(g)")
    recommendation = ("Replace absolute wording with the measured result, its population and its "
                      "source, and state the residual risks.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        for fact in facts.of(FactKind.CLAIM):
            if not fact.value.absolute:
                continue
            hits = absolute_hits(fact.value.text)
            if not hits:
                continue
            entry, words = hits[0]
            severity = Severity.MINOR if fact.role is Role.CEP else Severity.MAJOR
            yield self.finding(
                f'{fact.document} states "{fact.location.quote}": "{words}" is absolute wording. '
                f"{entry['rationale']} ({entry['source']})",
                [fact], severity=severity)
