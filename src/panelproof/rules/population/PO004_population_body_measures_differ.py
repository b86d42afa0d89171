"""PO004: a body measure that bounds the target population (BMI) differs between documents."""

from __future__ import annotations

from panelproof.extract.indication_measures import population_measure
from panelproof.rules.intended_use.IU005_indication_thresholds_differ import IndicationThresholdsDiffer
from panelproof.rules.model import Category, Severity


class PopulationBodyMeasuresDiffer(IndicationThresholdsDiffer):
    """The body-mass-index bounds of the target population differ between documents.

    What it finds:
        A measure of the patient's body that bounds the intended population, like age and
        weight do (body mass index; `population: true` in `vocabulary/clinical_measures.yaml`),
        stated with another interval in one document or language version than in another:
        "adults with BMI 30–40 kg/m²" in the IFU, "adults with BMI ≥ 27 kg/m²" in the CER.
        Documents and wording are read as for IU005: the same interval written otherwise
        ("IMC de 30 à 40", "BMI between 30 and 40") is no difference; study populations and
        results are not read; a translation departing from its master is LA001's. Major when
        two documents state different values for the same end of the interval; minor when one
        leaves an end open that another states.

    Why a panel cares:
        The target population is part of the intended purpose, and the clinical data must
        cover all of it: an intragastric balloon shown in patients with BMI 30–40 is not shown
        for overweight patients with BMI 27. Expert panels criticise target populations that
        differ between the IFU, the CER, the SSCP and the language versions.

    Example:
        IFU: "adults 18–65 years with BMI 30–40 kg/m²"
        CER: "adults with BMI ≥ 27 kg/m² and at least one obesity-related comorbidity"

    Use instead:
        State one BMI interval and use it in every document and language version.

    References:
        MDR Annex I 23.4(b); MDR Annex XIV Part A 1(a); MDR Art. 32(2)(b); MDCG 2020-13
        section C.
    """

    code = "PO004"
    name = "population-body-measures-differ"
    category = Category.POPULATION
    severity = Severity.MAJOR
    title = "Body-measure bounds of the target population differ between documents"
    references = ("MDR Annex I 23.4(b)", "MDR Annex XIV Part A 1(a)", "MDR Art. 32(2)(b)",
                  "MDCG 2020-13 section C")
    recommendation = ("State the same BMI interval of the target population in the CEP, CER, IFU "
                      "in every language, SSCP and CEAR, and show clinical data for the whole "
                      "interval.")

    def compares(self, measure: str) -> bool:
        return population_measure(measure)
