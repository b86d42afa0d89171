"""IU002: contraindications differ between the CER, CEP, IFU, SSCP and CEAR."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.model import FactBase, FactKind
from panelproof.rules.intended_use.common import concept_findings
from panelproof.rules.model import Category, Finding, Rule, Severity


class ContraindicationsDiffer(Rule):
    """Contraindications differ between documents, including "none" in one and a list in another.

    What it finds:
        Contraindications that one document (CER, CEP, IFU, SSCP, CEAR, label) states and
        another does not, and documents stating "there are no known contraindications" while
        another lists some. Known conditions are compared by vocabulary id in any language;
        other wording within one language, robust to paraphrase: word order, stems, synonyms
        that know negation ("not expected to recover" / "non-recoverable" / "irreversible"),
        bounds ("less than one year" / "below 1 year" / "< 1 year"), and broader words that
        cover a list ("end-organ dysfunction" / "hepatic, renal or neurological dysfunction"),
        a specific case of a general item ("cyanotic congenital heart disease with SpO2 below
        85 %" / "cyanotic heart disease"), and known concepts in any words ("body size
        insufficient to accommodate the pump" / "too small for the implant, unsuitable
        anatomy"), and a limit of a clinical measure for the condition it names ("eGFR < 25
        mL/min" / "severe renal failure": clinical_measures.yaml `states`).
        An item is major only when it is clearly absent from the other document; when the
        other document states it in related words, the difference is minor. A summary (CEP,
        CER, SSCP, CEAR) that lists a subset of the IFU's contraindications, and nothing the
        IFU lacks, is minor; an IFU that omits a contraindication a summary lists is major. "No
        contraindications were observed in the study" is a study result, not a statement of
        the device's contraindications, and is not read as "none". A condition for which a
        document says "safety and effectiveness have not been established", "is not indicated",
        "n'a pas été établie" or "ist nicht belegt" is excluded there: it covers the same
        condition listed as a contraindication elsewhere.

    Why a panel cares:
        Contraindications limit the population exposed to the device's risks. If the IFU lists
        raised intracranial pressure and the CER does not, the benefit-risk determination of the
        CER covers patients the labelling excludes (or the reverse); the SSCP must show the
        same contraindications as the IFU.

    Example:
        CER: "There are no known contraindications."
        IFU: "Contraindications: untreated pneumothorax; raised intracranial pressure."

    Use instead:
        One list of contraindications in every document, justified by the risk analysis.

    References:
        MDR Annex XIV Part A 1(a); MDR Annex I 23.4(b) and (g); MDR Art. 32(2)(b);
        MDCG 2019-9 section 2.3; MDCG 2020-13 section C.
    """

    code = "IU002"
    name = "contraindications-differ"
    category = Category.INTENDED_USE
    severity = Severity.MAJOR
    title = "Contraindications differ between documents"
    references = ("MDR Annex XIV Part A 1(a)", "MDR Annex I 23.4(b)", "MDR Annex I 23.4(g)",
                  "MDR Art. 32(2)(b)", "MDCG 2019-9 section 2.3", "MDCG 2020-13 section C")
    recommendation = ("State one list of contraindications, derived from the risk analysis, in the "
                      "CEP, CER, IFU, SSCP and CEAR.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        yield from concept_findings(self, facts, FactKind.CONTRAINDICATION, "contraindications",
                                    "clinical_terms", text_severity=Severity.MINOR,
                                    summary_subset_severity=Severity.MINOR)
