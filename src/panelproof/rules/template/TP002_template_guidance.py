"""TP002: the template's guidance text, or both alternatives of a choice, left in."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.model import FactBase, TemplateText
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.template.common import CORE_ROLES, MAX_LOCATIONS, examples, leftovers


class TemplateGuidanceLeftIn(Rule):
    """Template guidance or both alternatives of a choice left in the document.

    What it finds:
        Instructions to the author ("Describe the intended clinical benefit(s) of the device.",
        "> Provide a brief overview ...", "Instructions: delete this text", "Example: ...",
        "this template"), and choices never made ("Yes/No", "[Option A] / [Option B]", "class
        IIa / IIb / III", "93/42/EEC (for MDD) // Regulation (EU) 2017/745 (for MDR)"). One
        finding per document. Alternatives left in a CER, CEP, PMCF plan, SSCP or CEAR are
        major (the reader cannot tell which applies); guidance alone is minor.

    Why a panel cares:
        Guidance left in shows the document is a template not yet adapted to the device; both
        alternatives left in leave the device's class, regime or status undetermined (MDR
        Annex II §1.1, Annex VIII).

    Example:
        "> Describe the patient population your software is intended to be used on."
        "The device is a class IIa / IIb medical device."

    Use instead:
        Delete the guidance once the section is written; keep the one alternative that applies:
        "The device is a class IIb medical device (Annex VIII, Rule 12)."

    References:
        MDR Annex II §1.1; MDR Annex VIII; MDR Annex XIV Part A.
    """

    code = "TP002"
    name = "template-guidance-left-in"
    category = Category.TEMPLATE
    severity = Severity.MINOR
    title = "Template guidance or alternatives left in"
    references = ("MDR Annex II §1.1", "MDR Annex VIII", "MDR Annex XIV Part A")
    recommendation = "Delete the template's guidance and keep only the alternative that applies to the device."

    def check(self, facts: FactBase) -> Iterable[Finding]:
        for path, found in leftovers(facts, "guidance", "alternatives").items():
            alternatives = [f for f in found if isinstance(f.value, TemplateText)
                            and f.value.marker == "alternatives"]
            guidance = [f for f in found if f not in alternatives]
            core = found[0].role in CORE_ROLES
            severity = Severity.MAJOR if alternatives and core else Severity.MINOR
            parts = []
            if guidance:
                parts.append(f"{len(guidance)} passage(s) of template guidance ({examples(guidance, 2)})")
            if alternatives:
                parts.append(f"{len(alternatives)} choice(s) with both alternatives left in "
                             f"({examples(alternatives, 2)})")
            message = f"{path} still holds " + " and ".join(parts) + "."
            ordered = alternatives + guidance
            yield self.finding(message, ordered[:MAX_LOCATIONS], severity=severity)
