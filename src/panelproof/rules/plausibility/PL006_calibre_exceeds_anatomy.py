"""PL006: the device's smallest sheath, catheter, cannula, stent or tube is too large for the
vessel or airway of the smallest patient the dossier admits."""

from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterable

from panelproof import knowledge
from panelproof.extract.model import Fact, FactBase, FactKind
from panelproof.ingest.model import Role
from panelproof.rules.identity._compare import document_label
from panelproof.rules.model import Category, Finding, Rule, Severity
from panelproof.rules.plausibility.common import POPULATION_ROLES, Patient, smallest_patient

# More than this many size steps over the limit is beyond any paediatric practice.
CRITICAL_STEPS = 2
_FRENCH_MM = 1 / 3  # 1 French = 1/3 mm outer diameter
_TOLERANCE = 1e-6
# Which document's statement of a size to quote when several give the same smallest size.
_ROLE_ORDER = {Role.IFU: 0, Role.LABEL: 0, Role.CER: 1, Role.SSCP: 2, Role.CEP: 3, Role.CEAR: 6}


@lru_cache(maxsize=1)
def _lumens() -> dict[str, dict[str, Any]]:
    return dict(knowledge.load("anatomy_limits")["lumens"])


def limit_for(lumen: str, weight: float) -> tuple[float, str, str] | None:
    """The largest size (in the lumen's unit), its unit and source for a patient of `weight`
    kg; None above the heaviest band (adult sizes are not limited here)."""
    info = _lumens().get(lumen)
    if info is None:
        return None
    for band in sorted(info.get("limits") or [], key=lambda b: float(b["up_to_kg"])):
        if weight <= float(band["up_to_kg"]) + _TOLERANCE:
            return float(band["max"]), str(info.get("unit") or "Fr"), str(band.get("source") or "")
    return None


def _lead_language(facts: FactBase) -> str:
    """The language the clinical evaluation is written in (the CER's, else English)."""
    for document in facts.documents_with_role(Role.CER):
        if document.language:
            return document.language
    return "en"


def _in_unit(value: float, unit: str, wanted: str) -> float:
    if unit == wanted:
        return value
    return value * _FRENCH_MM if wanted == "mm" else value / _FRENCH_MM


def _num(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


class CalibreExceedsAnatomy(Rule):
    """The smallest size of a device part that enters a named vessel or airway is larger than
    that vessel or airway of the smallest patient the dossier admits.

    What it finds:
        Documents give the French size or outer diameter of the device's sheath, delivery
        catheter, cannula, needle, stent or tube together with the vessel or airway it enters
        ("7–9 F delivery sheaths (femoral venous access)", "tracheal stent, 14–18 mm
        diameter", "Einführschleuse 6 Fr, Vena femoralis", "20 Fr or 24 Fr gastrostomy tube"). For each lumen the rule takes the
        smallest size offered in any document and compares it with the largest size that
        lumen takes in the smallest patient the intended population admits (a weight bound,
        an age bound or the youngest named group; limits by body weight in
        knowledge/anatomy_limits.yaml, each with its source). It reports when even the
        smallest size is too large: major, critical when it is more than two size steps over.
        A device that attaches to the patient's own airway tube (speaking valve, heat and
        moisture exchanger, closed suction) is read the same way: the smallest tube inner
        diameter it is compatible with ("for tracheostomy tubes with an inner diameter of
        6–11 mm") against the largest tube the smallest patients wear (Cole formula, APLS).
        A urinary catheter is read against the child's urethra (Charrière sizes by weight),
        also where its size table names no lumen but the document calls the device a urinary,
        intermittent or Foley catheter. Of equal sizes, the manufacturer's own statement (IFU,
        label) is quoted, with the population as that document states it, rather than the
        CEAR that restates both.
        No finding when a size fits, when the population starts above the weights the limits
        cover (adults), or when the lumen is not named.

    Why a panel cares:
        A device that cannot physically enter the vessel or airway of the smallest patients
        claimed cannot be used on them as intended, or only at the price of vessel occlusion,
        tracheal injury or stenosis: the intended purpose and the device description
        contradict each other, and the benefit-risk determination for that group has no basis
        (MDR Annex I 1, 8 and 14.1; Annex II 1.1).

    Example:
        CER: "for infants and children from 3 kg body weight"; IFU: "The occluder is delivered
        through 7–9 F delivery sheaths (femoral venous access)" (a 3 kg infant's femoral vein
        takes about 5 Fr).

    Use instead:
        Offer a delivery system that fits the smallest patients ("4 Fr delivery catheter for
        patients from 700 g") or restrict the intended population to the patients the
        smallest size fits ("for patients from 10 kg").

    References:
        MDR Annex I 1, 8 and 14.1; MDR Annex II 1.1(e)-(f); MDCG 2020-13 section D.
    """

    code = "PL006"
    name = "calibre-exceeds-anatomy"
    category = Category.PLAUSIBILITY
    severity = Severity.MAJOR
    title = "The smallest device size is too large for the smallest patients' vessel or airway"
    references = ("MDR Annex I 1, 8 and 14.1", "MDR Annex II 1.1(e)-(f)")
    recommendation = ("Offer a size that fits the vessel or airway of the smallest patients "
                      "claimed, or restrict the intended population to the patients the "
                      "smallest size fits, in every document.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        calibres = [f for f in facts.of(FactKind.CALIBRE) if f.role in POPULATION_ROLES]
        if not calibres:
            return []
        patient = smallest_patient(facts)
        if patient is None:
            return []
        findings = []
        by_lumen: dict[str, list[Fact]] = {}
        for fact in calibres:
            by_lumen.setdefault(fact.value.lumen, []).append(fact)
        for lumen, lumen_facts in sorted(by_lumen.items()):
            limit = limit_for(lumen, patient.weight)
            if limit is None:
                continue
            maximum, unit, source = limit
            size = min(_in_unit(f.value.low, f.value.unit, unit) for f in lumen_facts)
            if size <= maximum + _TOLERANCE:
                continue
            step = float(_lumens()[lumen].get("step") or 1)
            critical = (size - maximum) / step > CRITICAL_STEPS + _TOLERANCE
            smallest, admitted = self._quoted(facts, patient, [
                f for f in lumen_facts
                if abs(_in_unit(f.value.low, f.value.unit, unit) - size) <= _TOLERANCE])
            findings.append(self.finding(
                self._message(facts, admitted, smallest, lumen, maximum, unit, source),
                [admitted.fact, smallest],
                severity=Severity.CRITICAL if critical else Severity.MAJOR))
        return findings

    @staticmethod
    def _quoted(facts: FactBase, patient: Patient, sized: list[Fact]) -> tuple[Fact, Patient]:
        """Which statement of the smallest size to quote, with the smallest patient: one
        document that states both where there is one (the finding then reads in one place),
        the manufacturer's own (IFU, label) before the documents that restate it (a CEAR), and
        of the IFU's language versions the one in the clinical evaluation's own language."""
        lead = _lead_language(facts)
        best = None
        for fact in sized:
            admitted = smallest_patient(facts, prefer_document=fact.document) or patient
            if abs(admitted.weight - patient.weight) > _TOLERANCE:
                admitted = patient
            doc = facts.document(fact.document)
            key = (admitted.fact.document != fact.document, _ROLE_ORDER.get(fact.role, 5),
                   (doc.language if doc is not None else None) != lead)
            if best is None or key < best[0]:
                best = (key, fact, admitted)
        return best[1], best[2]

    def _message(self, facts: FactBase, patient: Patient, size: Fact, lumen: str,
                 maximum: float, unit: str, source: str) -> str:
        who = document_label(facts.document(patient.fact.document), patient.fact.document)
        where = document_label(facts.document(size.document), size.document)
        weight = _num(patient.weight)
        if patient.basis == "weight":
            admits = f"admits patients from {weight} kg body weight"
        elif patient.basis == "age":
            admits = (f"admits patients from {_num(patient.age or 0)} years of age, who may "
                      f"weigh as little as {weight} kg")
        else:
            admits = f"names a target group whose smallest members weigh about {weight} kg"
        info = _lumens()[lumen]
        label = str(info.get("label") or lumen.replace("_", " "))
        # a lumen's own `measure` (a tube's inner diameter); else a size is what enters it
        measure = str(info.get("measure") or ("outer diameter" if unit == "mm" else ""))
        limit = f"{_num(maximum)} {unit}" + (f" {measure}" if measure else "")
        consequence = str(info.get("consequence")
                          or "the device cannot be placed in the smallest patients claimed")
        return (f"{who[:1].upper()}{who[1:]} {admits} (“{patient.fact.location.quote}”), but "
                f"the smallest size {where} gives for the {label}, {size.value.written} "
                f"(“{size.location.quote}”), exceeds the {limit} the {label} of a {weight} kg "
                f"patient takes ({source}): {consequence}.")
