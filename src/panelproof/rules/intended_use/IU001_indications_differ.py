"""IU001: indications differ between the CER, CEP, IFU, SSCP and CEAR."""

from __future__ import annotations

from typing import Iterable

from panelproof.extract.model import FactBase, FactKind
from panelproof.rules.intended_use.common import concept_findings
from panelproof.rules.model import Category, Finding, Rule, Severity


class IndicationsDiffer(Rule):
    """Indications differ between documents, or one document is narrower or broader.

    What it finds:
        Medical indications that one document (CER, CEP, IFU, SSCP, CEAR, label) states and
        another does not. Known conditions are compared by vocabulary id in any language;
        other wording is compared within one language, fuzzily and with synonyms
        ("absence of adequate vascular access" is "no suitable vascular access"), and an item a
        document restates in a sentence of its own list counts as stated. Qualifiers of one
        axis (surgical risk; elective or emergency/ruptured presentation; symptomatic or
        asymptomatic) are part of the indication: a document that adds "ruptured aneurysms in
        emergencies" to others' "elective repair" differs, one that drops the qualifier in a
        summary does not. Where the vocabulary knows that one indication is narrower than
        another ("diabetic foot ulcers" within "chronic wounds" within "all wounds"), the
        message says so; when the two items also share a specific word ("hypercapnic
        respiratory failure" / "hypercapnic COPD exacerbation") they name one condition at two
        levels of detail, and the difference is minor. An item that mixes a population with a
        condition ("Adults, abdominal surgery", "patients >= 5 years with SSD") is compared by
        its condition (the population rules compare the population); abbreviations a document
        defines ("single-sided deafness (SSD)"), and standard clinical abbreviations it uses
        without defining them ("survivors of VF or unstable VT", "HFrEF", "AECOPD"), read as
        their expansion; look-back windows ("in the previous 12 months" / "within the last
        year") and wordings of one criterion ("hospital admission for heart failure" / "HF
        hospitalisation", "in addition" / "also") compare equal; a concept another
        document states inside a longer sentence ("CSA, including CSA associated with heart
        failure") is stated there. Ways of access ("via transfemoral or transjugular access"),
        and what other devices or therapies treat (state of the art, alternative treatments,
        comparator or equivalent devices, "unlike hypoglossal nerve stimulators, which are
        indicated for ...", "Unlike hypoglossal nerve stimulation in obstructive sleep apnoea,
        the system treats central sleep apnoea", "Phrenic nerve stimulation differs from
        hypoglossal nerve stimulation in OSA"), are not the device's indications. Clinical benefits, outcome parameters, acceptance criteria, endpoints
        and objectives (a CEP's "Clinical benefit | Outcome parameter | Acceptance criterion"
        table, "Bénéfices cliniques", "Klinischer Nutzen") are what the device is to achieve,
        not what it treats: "improved oxygenation" or "pain relief" there is no indication.
        Under an Indications heading a sentence without "indicated for" ("Adults 18 years and
        older with refractory chronic migraine, chronic cluster headache or occipital neuralgia,
        who did not respond to preventive treatment") lists its conditions as a list would; the
        population before them and the qualifying clauses after them are not indications. An
        indication that one document lists and another explicitly excludes ("Posterior
        compartment repair is not an indication", "Nicht indiziert bei ...") is a
        contradiction, reported as major whatever the wording. A summary whose list a
        catch-all leaves open ("obstructive sleep apnoea and other sleep-related breathing
        disorders", "disorders such as ...", "etc.", "among others", "et autres affections";
        vocabulary/catch_alls.yaml) does not omit the further indications of that kind; a
        summary without one that leaves out an indication is still reported. A summary (CEP,
        CER, SSCP, CEAR) that states the broader condition another document states too and leaves
        out its specific forms listed elsewhere (the CER: "hypercapnic respiratory failure: ARDS
        ..., COPD exacerbation ..."; the CEAR: "hypercapnic respiratory failure") differs in
        detail only (minor). "Urgent" or "emergency" before a care encounter ("an urgent clinic
        visit in the last year", "emergency admission", "ricovero urgente") is an eligibility
        history, not an emergency presentation (vocabulary `qualifier_care_encounters`).

    Why a panel cares:
        The panel judges the consistency of the clinical evidence with the intended purpose
        "including the medical indication or indications" (MDR Annex IX 5.1(a)). An indication
        claimed in the CER but absent from the IFU, or the reverse, means the evidence, the
        labelling and the Notified Body's assessment are not about the same device use.

    Example:
        CER: "The device is indicated for the treatment of all wound types."
        IFU: "Indications: diabetic foot ulcers."

    Use instead:
        One list of indications, copied verbatim into the CEP, CER, IFU, SSCP and CEAR, each
        supported by clinical data.

    References:
        MDR Annex XIV Part A 1(a); MDR Annex I 23.4(b); MDR Art. 32(2)(b); MDR Annex IX 5.1(a);
        MDCG 2020-13 section C.
    """

    code = "IU001"
    name = "indications-differ"
    category = Category.INTENDED_USE
    severity = Severity.MAJOR
    title = "Indications differ between documents"
    references = ("MDR Annex XIV Part A 1(a)", "MDR Annex I 23.4(b)", "MDR Art. 32(2)(b)",
                  "MDR Annex IX 5.1(a)", "MDCG 2020-13 section C")
    recommendation = ("State one list of indications and use it verbatim in the CEP, CER, IFU, "
                      "SSCP and CEAR; narrow the claim to the indications the clinical data support.")

    def check(self, facts: FactBase) -> Iterable[Finding]:
        yield from concept_findings(self, facts, FactKind.INDICATION, "indications",
                                    "clinical_terms", text_severity=Severity.MINOR, exclusions=True,
                                    catch_alls=True)
