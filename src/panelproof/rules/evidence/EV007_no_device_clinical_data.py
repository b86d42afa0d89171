"""EV007: the file admits that the device itself has no clinical data."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.model import FactBase, FactKind
from panelproof.rules.model import Category, Finding, Rule, Severity


class NoDeviceClinicalData(Rule):
    """The CER, CEAR or SSCP states that no clinical data of the device exist.

    What it finds:
        A statement such as "No clinical safety data specific to the device are available",
        "aucune donnée clinique spécifique au dispositif" or "keine produktspezifischen
        klinischen Daten", when the dossier claims no equivalence to its own earlier device or
        to a device whose technical documentation it has access to by contract, i.e. nothing
        that could stand in for the device's own data.

    Why a panel cares:
        Clinical evaluation rests on clinical data of the device or of a demonstrated
        equivalent device (MDR Art. 61(1), Annex XIV Part A §3); for implantable and class III
        devices a clinical investigation is the rule (Art. 61(4)). Literature on similar devices
        alone does not show the device's own safety and performance.

    Example:
        CER: "No clinical safety data specific to HerniaFix are available; the evaluation relies
        on published data on polypropylene meshes."

    Use instead:
        Generate clinical data on the device (clinical investigation, PMCF study) or
        demonstrate equivalence (with a contract for class III and implantable devices).

    References:
        MDR Art. 61(1), 61(4)-(5); MDR Annex XIV Part A §3; MDCG 2020-5.
    """

    code = "EV007"
    name = "no-device-clinical-data"
    category = Category.EVIDENCE
    severity = Severity.MAJOR
    title = "No clinical data of the device itself"
    references = ("MDR Art. 61(1)", "MDR Art. 61(4)", "MDR Annex XIV Part A §3", "MDCG 2020-5")
    recommendation = ("Provide clinical data on the device, or demonstrate equivalence to a device "
                      "whose clinical data and technical documentation are accessible.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        gaps = facts.of(FactKind.EVIDENCE_GAP)
        if not gaps:
            return
        # Data of an own predecessor or of a contracted equivalent device stand in for the
        # device's own (Art. 61(5)); the admission is then only what equivalence means.
        if any(f.value.own_device or f.value.contract for f in facts.of(FactKind.EQUIVALENCE)):
            return
        first = gaps[0]
        yield self.finding(
            f'{first.document} states "{first.location.quote}": the clinical evaluation has no clinical '
            "data of the device itself, and the dossier demonstrates no equivalence to a device whose "
            "data it may use.",
            gaps[:3])
