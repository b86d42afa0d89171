"""PM002: the PMCF objectives are generic and not linked to residual risks or open questions."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.model import FactBase
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.pmcf.common import (content_words, device_words, has, items, mentions_risk,
                                          plan_items, quoted, residual_risks, title_location)


class GenericPmcfObjectives(Rule):
    """The PMCF plan's objectives are generic, not tied to the CER's residual risks.

    What it finds:
        A PMCF plan whose objectives only restate Annex XIV Part B ("confirm the safety and
        performance", "identify previously unknown side-effects", "collect clinical data on the
        device in routine use") and whose objectives and endpoints name none of the residual
        risks the CER, IFU or SSCP list, no measurable endpoint and nothing else specific (an
        event, a measurement, a patient group, a setting); or a plan that states no objective.
        Every objective counts: a list that opens with the general aims and goes on with
        specific ones ("In particular: estimate the incidence of pneumothorax"), under a heading
        ("Objectives", "Aims", "Purpose", "Questions to be answered", "Zweck"), a label set as
        plain text or a "Objective:" line, in a table's objective column, in a sentence anywhere
        ("The aim of this PMCF study is to estimate ...") or in a list item that opens with an
        objective's verb ("To determine the rate of ...", "Estimer le taux de ..."). A plan
        statement of what the study will measure that names a residual risk ("The study shall
        estimate the rates of catheter thrombosis and pocket infection", after "General
        objectives: ...") is a specific aim too; risks are matched through their vocabulary
        synonyms ("skin redness" for erythema, "tingling" for paraesthesia). The finding
        quotes the generic objective, or the sentence that postpones the objectives.

    Why a panel cares:
        Annex XIV Part B §6.2(e) asks for specific objectives, and MDCG 2020-7 asks that each
        activity's rationale be justified "in light of the residual risks". Panels repeatedly
        criticise PMCF plans without specific objectives tied to residual risks.

    Example:
        "Objective: to confirm the safety and performance of the device throughout its
        lifetime." (the CER lists pneumothorax and barotrauma as residual risks)

    Use instead:
        "Primary objective: estimate the incidence of pneumothorax within 30 days of starting
        ventilation (expected ≤ 2 %)."

    References:
        MDR Annex XIV Part B §6.2(d)-(e); MDCG 2020-7 section C (rationale, residual risks).
    """

    code = "PM002"
    name = "generic-pmcf-objectives"
    category = Category.PMCF
    severity = Severity.MAJOR
    title = "PMCF objectives are generic and not linked to residual risks"
    references = ("MDR Annex XIV Part B §6.2(e)", "MDR Annex XIV Part B §6.2(d)", "MDCG 2020-7 section C")
    recommendation = ("Derive each PMCF objective from a residual risk or open question of the CER "
                      "and give it a measurable endpoint.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        risks = residual_risks(facts)
        names = device_words(facts)
        for path, plan in plan_items(facts).items():
            objectives = items(plan, "objective")
            endpoints = items(plan, "endpoint")
            if any(self._specific(o, risks, names) for o in objectives):
                continue
            if any(not e.value.generic and any(mentions_risk(e.value.text, r.value) for r in risks)
                   for e in endpoints):
                continue
            if risks and self._studies_a_risk(plan, risks):
                continue  # a specific aim stated elsewhere in the plan, in other words
            risk_names = ", ".join(dict.fromkeys(str(r.value) for r in risks[:4]))
            if not objectives:
                # Quote what the plan says instead ("Objectives will be defined later", a general
                # aim standing elsewhere); the title only when it says nothing.
                said = ([f for f in plan if has(f, "pmcf:deferred")][:1]
                        or [f for f in plan if f.value.generic][:1])
                anchor = title_location(facts.document(path))
                if not said and anchor is None:
                    continue
                message = f"The PMCF plan {path} states no specific objective."
                if said:
                    message = f"The PMCF plan {path} states no specific objective ({quoted(said[0])})."
                yield self.finding(message, [*(said or [anchor]), *risks[:2]])
                continue
            shown = objectives[:3]
            message = (f"The PMCF plan's objectives are generic ({quoted(shown[0])}) and name "
                       + (f"none of the residual risks the other documents list ({risk_names})."
                          if risks else "no residual risk, open question or measurable endpoint."))
            yield self.finding(message, [*shown, *risks[:2]])

    @staticmethod
    def _studies_a_risk(plan, risks) -> bool:
        """Whether a statement of what the PMCF will do, anywhere in the plan (a paragraph after
        the general objectives, a method or design row: "The study shall estimate the rates of
        catheter thrombosis and pocket infection"), names a residual risk. Background text that
        only lists the risks is no plan item and does not count."""
        for fact in plan:
            if fact.value.aspect in ("objective", "endpoint") or fact.value.generic:
                continue  # objectives and endpoints are judged above
            if not (has(fact, "pmcf:active") or has(fact, "pmcf:outcome")) or has(fact, "pmcf:deferred"):
                continue
            if any(mentions_risk(fact.value.text, r.value) for r in risks):
                return True
        return False

    @staticmethod
    def _specific(objective, risks, names: frozenset[str]) -> bool:
        """An objective is specific when it names a risk, a number, or anything at all beyond
        the general aims and the device ("monitor aspiration events in home care", "confirm VT
        accuracy in paediatric patients"), even in other words than the residual-risk list."""
        if has(objective, "pmcf:deferred"):
            return False
        text = objective.value.text
        if text.rstrip(" *_").endswith(":"):
            return False  # "In particular, the PMCF will:" introduces the objectives
        if content_words(text, names):
            return True
        if objective.value.generic:
            return False
        return has(objective, "pmcf:quantified") or any(mentions_risk(text, r.value) for r in risks)
