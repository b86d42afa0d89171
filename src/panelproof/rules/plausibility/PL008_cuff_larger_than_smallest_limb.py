"""PL008: the smallest limb cuff or band is too large for the arm of the smallest patient."""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from panelproof import knowledge
from panelproof.extract.model import Fact, FactBase, FactKind, quantity
from panelproof.rules.identity._compare import document_label
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.plausibility.common import smallest_patient

DIMENSION = "limb_circumference"


@lru_cache(maxsize=1)
def _arm_bands() -> tuple[tuple[float, float], ...]:
    """(up_to_kg, max_cm) bands of knowledge/limb_circumference.yaml, lightest first."""
    bands = knowledge.load("limb_circumference")["arm"]
    return tuple(sorted((float(b["up_to_kg"]), float(b["max_cm"])) for b in bands))


def largest_arm(weight: float) -> float | None:
    """The largest upper-arm circumference (cm) of a patient of `weight` kg, or None when the
    knowledge has no band that light."""
    for up_to_kg, max_cm in _arm_bands():
        if weight <= up_to_kg:
            return max_cm
    return None


class CuffLargerThanSmallestLimb(Rule):
    """The smallest cuff or band the device offers starts at a limb circumference larger than
    the arm of the smallest patient the dossier admits.

    What it finds:
        Devices applied around a limb (blood-pressure cuffs, tourniquets, limb bands) state the
        limb circumference each size fits ("neonatal cuff for a limb circumference of 6–11
        cm", "Armumfang 8–15 cm"; SIZE_RANGE facts in centimetres). The rule takes the lower
        end of the smallest size and the lightest body weight a CER, IFU, SSCP or CEAR states
        ("neonates from 500 g"), and compares them with the largest upper-arm circumference
        of a patient that light (knowledge/limb_circumference.yaml, neonatal standard curves,
        deliberately tolerant). A smallest size that starts above it is major: no size fits
        the smallest patients. Only a stated weight is used, never a group's typical weight.

    Why a panel cares:
        A cuff too large for the limb gives falsely low pressures and cannot be applied as the
        instructions require (bladder about 40 % of the limb circumference): the device cannot
        perform as intended in the smallest patients it claims (MDR Annex I 1 and 23.4(b)),
        and the clinical data rarely include them.

    Example:
        IFU: "Neonates from 500 g birth weight, including preterm neonates"; "The smallest
        cuff is the neonatal #3 cuff for a limb circumference of 6–11 cm" (a 500 g neonate's
        upper arm is about 5 cm).

    Use instead:
        Offer a cuff for the smallest arms ("neonatal #1 cuff, limb circumference 3–6 cm") or
        restrict the population to the patients the cuffs fit ("neonates from 1,000 g").

    References:
        MDR Annex I 1 and 23.4(b); MDR Annex II 1.1(e); ISO 81060-2 (cuff sizes by limb
        circumference); AHA recommendations for blood pressure measurement (Pickering 2005).
    """

    code = "PL008"
    name = "cuff-larger-than-smallest-limb"
    category = Category.PLAUSIBILITY
    severity = Severity.MAJOR
    title = "No cuff or band small enough for the smallest patients claimed"
    references = ("MDR Annex I 1 and 23.4(b)", "MDR Annex II 1.1(e)", "ISO 81060-2")
    recommendation = ("Offer a cuff or band for the limb circumference of the smallest patients "
                      "claimed, or restrict the intended population to the patients the sizes "
                      "fit, in every document.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        sizes = [f for f in facts.of(FactKind.SIZE_RANGE)
                 if f.value.bound.dimension == DIMENSION and f.value.bound.low is not None]
        if not sizes:
            return []
        patient = smallest_patient(facts)
        if patient is None or patient.basis != "weight":
            return []
        arm = largest_arm(patient.weight)
        if arm is None:
            return []
        smallest = min(sizes, key=lambda f: (f.value.bound.low, f.value.bound.high or 0))
        if smallest.value.bound.low <= arm:
            return []
        return [self._finding(facts, patient.fact, patient.weight, smallest, arm)]

    def _finding(self, facts: FactBase, patient: Fact, weight: float, size: Fact,
                 arm: float) -> Finding:
        who = document_label(facts.document(patient.document), patient.document)
        where = document_label(facts.document(size.document), size.document)
        bound = size.value.bound
        message = (f"{who[:1].upper()}{who[1:]} admits patients from {quantity('weight', weight)} "
                   f"(“{patient.location.quote}”), but the smallest size in {where} fits a limb "
                   f"circumference of {quantity(DIMENSION, bound.low)} to "
                   f"{quantity(DIMENSION, bound.high)} (“{size.location.quote}”); the upper arm "
                   f"of a patient of {quantity('weight', weight)} measures at most about "
                   f"{quantity(DIMENSION, arm)}, so no size fits the smallest patients claimed.")
        return self.finding(message, [patient, size])
