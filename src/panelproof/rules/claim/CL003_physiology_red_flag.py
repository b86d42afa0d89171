"""CL003: a clinical claim contrary to established physiology."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.claims import red_flag, red_flags
from panelproof.extract.model import FactBase, FactKind
from panelproof.rules.model import Category, Finding, Rule, Severity


class PhysiologyRedFlag(Rule):
    """Claim contrary to established physiology (red-flag list with sources).

    What it finds:
        Claims matching a red flag of knowledge/red_flags.yaml by concept, not by exact
        sentence: every concept group (e.g. intracranial pressure + a lowering verb) in one
        sentence, not negated, with the subject (ventilation, PEEP, ozone) in the sentence, the
        same document or the dossier's device type. Examples: mechanical ventilation "reduces
        intracranial pressure"; ozone "sterilises wounds without tissue damage". The list also
        holds well-known claims outside a therapy's recognised indications (hyperbaric oxygen
        "improves cognition in autism") and disease-modifying claims for therapies that only
        relieve symptoms (a brace that "halts the progression of osteoarthritis").

    Why a panel cares:
        In the CECP opinion of 24 June 2025 the panel objected that the CEAR said the
        ventilator "reduces intracranial pressure", whereas positive-pressure ventilation
        tends to raise it. A claim against physiology discredits the whole evaluation and the
        Notified Body that accepted it.

    Example:
        CEAR: "The device reduces intracranial pressure in patients with head injury."

    Use instead:
        IFU warning: "Positive-pressure ventilation and PEEP can raise intracranial pressure;
        monitor ICP and CPP in patients with brain injury."

    References:
        MDR Annex XIV Part A 1(a); MDR Art. 7; sources of each red flag in red_flags.yaml.
    """

    code = "CL003"
    name = "physiology-red-flag"
    category = Category.CLAIM
    severity = Severity.MAJOR
    title = "Claim contrary to established physiology"
    references = ("MDR Art. 7", "MDR Annex XIV Part A 1(a)", "MDR Annex I §1")
    recommendation = ("Withdraw the claim or support it with clinical data in the population "
                      "concerned; state the known physiological effect as a warning instead.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        device_types = {f.value.id for f in facts.of(FactKind.DEVICE_TYPE)
                        if not getattr(f.value, "negated", False)}
        flags = {flag["id"]: flag for flag in red_flags()}
        for fact in facts.of(FactKind.CLAIM):
            flag_id = fact.value.red_flag or red_flag(fact.value.text, device_types=device_types)
            if flag_id is None:
                continue
            flag = flags[flag_id]
            yield self.finding(
                f'{fact.document} claims "{fact.location.quote}" ({flag["title"].lower()}). '
                f'{flag["explanation"]} Sources: {"; ".join(flag["sources"][:2])}.',
                [fact])
