"""TP001: unfilled template placeholders."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.model import FactBase
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.template.common import CORE_ROLES, MAX_LOCATIONS, examples, leftovers


class UnfilledPlaceholders(Rule):
    """Template fields left unfilled.

    What it finds:
        Placeholders a template asks the author to replace: "[Insert device name]",
        "<device name>", "{{product}}", "TBD", "TBC", "xxx", "Lorem ipsum", "[Company]", and
        form rows such as "Product name:" with nothing after them. One finding per document,
        quoting each place (up to ten). Major in the CER, CEP, PMCF plan, SSCP and CEAR, minor
        elsewhere.

    Why a panel cares:
        The technical documentation must describe this device (MDR Annex II, Annex XIV). A
        document with unfilled fields was not finished or not reviewed, and a panel reading a
        "generic template CEP" (CECP article, second case) doubts everything else in it.

    Example:
        "The clinical evaluation verifies the clinical safety and performance of the <device
        name>." / "Sample size: TBD"

    Use instead:
        "The clinical evaluation verifies the clinical safety and performance of the AirVent 60
        ventilator."

    References:
        MDR Annex II §1-§6; MDR Annex XIV Part A; MDCG 2020-13 section A (completeness of the
        documentation assessed).
    """

    code = "TP001"
    name = "unfilled-placeholders"
    category = Category.TEMPLATE
    severity = Severity.MAJOR
    title = "Unfilled template placeholders"
    references = ("MDR Annex II", "MDR Annex XIV Part A", "MDCG 2020-13 section A")
    recommendation = "Fill in or delete every placeholder and have the document reviewed before submission."

    def check(self, facts: FactBase) -> Iterable[Finding]:
        for path, found in leftovers(facts, "placeholder").items():
            role = found[0].role
            severity = Severity.MAJOR if role in CORE_ROLES else Severity.MINOR
            message = (f"{path} still holds {len(found)} unfilled template placeholder(s): "
                       f"{examples(found)}.")
            yield self.finding(message, found[:MAX_LOCATIONS], severity=severity)
