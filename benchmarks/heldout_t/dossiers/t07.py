"""t07 - cranial remoulding orthosis for positional plagiocephaly (class IIa system; no CECP)."""

SYS = "Mamoru CranioForm Cranial Remoulding System"
MFR = "Mamoru Pediatric Orthotics Co., Ltd., 7-2 Minatojima, Chuo-ku, Kobe 650-0047, Japan"
EUREP = "Hoshizora Medical Europe GmbH, Königsallee 61, 40212 Düsseldorf, Germany"
UDI = "4580111CFHELMEU9"
NB = "Shannon Notified Body Services Ltd (NB 2918)"

POP_CER = "The subject device is intended for infants aged 3~18 months with moderate to severe positional plagiocephaly or brachycephaly."
POP_IFU = "The helmet is for infants from 4 to 12 months of age at the start of treatment."
UNSAFE = "If redness remains or a small pressure sore appears, please continue to wear the helmet 23 hours a day because the skin will adapt."
WARN = "If a pressure sore or blister appears, stop using the helmet and contact the orthotic clinic."
CLAIM = "The subject device restores a completely normal head shape in all treated infants and prevents later developmental delay."
CLAIM_DATA = "A normal head shape (CVAI below 3.5%) was reached in 61% of the infants at the end of treatment."
CI_EN = "Craniosynostosis (premature fusion of a cranial suture) which has not been surgically treated."
CI_DE = "Der Helm kann auch bei Kraniosynostose ohne vorherige Operation eingesetzt werden."

CEP = [
    ("title", "CranioForm – Clinical Evaluation Plan (MP-CF-CEP-01 Rev. 01, 2024/10/15)"),
    ("h1", "Purpose"),
    ("p", "This plan defines the clinical evaluation of the subject system according to Annex XIV Part A."),
    ("h1", "Classification and CECP"),
    ("p", "The helmet is a non-invasive orthosis (Rule 1, Class I). The CraniScan measurement software, which calculates the cranial vault asymmetry index (CVAI) and the cephalic index used to decide on start and end of treatment, is Class IIa under Rule 11. The system is certified as Class IIa. It is considered that the CECP is not applicable because the system is neither Class III implantable nor a Class IIb active device administering medicinal products."),
    ("h1", "Intended purpose and population"),
    ("p", "Correction of moderate to severe positional (non-synostotic) plagiocephaly and brachycephaly in infants aged 3~18 months, by redirecting cranial growth."),
    ("h1", "Outcome parameters"),
    ("ul", ["① CVAI reduction at end of treatment; criterion: mean reduction ≥ 50% of baseline.",
            "② Proportion reaching CVAI < 3.5%; criterion: ≥ 50%.",
            "③ Skin complications requiring treatment interruption > 3 days; criterion: ≤ 10%."]),
]

CER = [
    ("title", "Clinical Evaluation Report – Mamoru CranioForm Cranial Remoulding System"),
    ("p", "MP-CF-CER-01 Rev. 02, 2025/03/05"),
    ("h1", "1. Outline of the subject device"),
    ("p", f"The system consists of a custom-made-to-scan helmet (polypropylene shell, 2.5mm, with polyethylene foam liner) and the CraniScan 3D measurement software. The helmet is worn 23 hours per day and is adjusted every 2~3 weeks by certified orthotists. {MFR}; Basic UDI-DI {UDI}; Class IIa."),
    ("h1", "2. Intended purpose and indications"),
    ("p", POP_CER + " Treatment takes place at home, with follow-up in orthotic clinics."),
    ("p", "Contraindications: craniosynostosis not surgically treated; hydrocephalus with shunt unless approved by the neurosurgeon; open skin lesions on the scalp."),
    ("h1", "3. State of the art"),
    ("p", "Repositioning and physiotherapy are first-line. Helmet therapy is recommended for moderate to severe deformity persisting after 4~6 months of age. Spontaneous improvement is common, and the benefit over natural course in mild cases is discussed in the literature (e.g. the HEADS trial)."),
    ("h1", "4. Clinical data"),
    ("table", [["Ref.", "Study", "Subjects", "Duration", "Result"],
               ["[1]", "MP-CF-01 (subject device)", "188 infants, 4~12 months at start, 5 clinics", "Treatment period, mean 4.6 months", "Mean CVAI reduction 62%; skin complications with interruption 6.4%"],
               ["[2]", "van Wijk et al. 2014 (HEADS)", "84 infants 5~6 months, helmet vs natural course", "24 months", "Full recovery 26% vs 23%"],
               ["[3]", "Kluba et al. 2011", "128 infants, helmet therapy", "Treatment period", "Significant CVAI reduction, better when started before 6 months"]]),
    ("p", CLAIM_DATA + " All criteria of the CEP were met."),
    ("h1", "5. Benefit-risk"),
    ("p", CLAIM + " The risks are minor and reversible."),
    ("h1", "6. Residual risks"),
    ("ul", ["Skin redness, pressure sores, contact dermatitis.", "Sweating and odour, heat rash.", "Parental burden and treatment interruption."]),
    ("h1", "7. PMCF"),
    ("p", "Prospective registry MP-CF-REG: 300 infants, CVAI and skin complications, 24 months after end of treatment."),
    ("h1", "8. Summary of the clinical evaluation"),
    ("table", [["Item", "Content"], ["Population", "Infants 3~18 months"], ["Data", "MP-CF-01, n = 188"], ["Conclusion", "Benefit-risk acceptable"]]),
    ("h1", "References"),
    ("ol", ["[1] Mamoru Pediatric Orthotics. Study report MP-CF-01, 2024/08/01.",
            "[2] van Wijk RM, et al. Helmet therapy in infants with positional skull deformation: randomised controlled trial. BMJ. 2014;348:g2741.",
            "[3] Kluba S, et al. What is the optimal time to start helmet therapy in positional plagiocephaly? Plast Reconstr Surg. 2011;128:492-498."]),
]

PMCF = [
    ("title", "PMCF Plan – CranioForm (MP-CF-PMCF-01)"),
    ("table", [["Item", "Description"],
               ["Objectives", "Confirm CVAI outcome 24 months after treatment; rate of pressure sores and treatment interruption."],
               ["Population", "Infants treated with the system per the IFU, recruited at 12 orthotic clinics (DE, AT, PL)."],
               ["Sample size", "300 infants; 95% CI half-width ±3.5% for a 10% skin complication rate."],
               ["Schedule", "Start 2025/06, end of enrolment 2027/06, final report 2029/12."]]),
]

IFU_EN = [
    ("title", "CranioForm Helmet – Instructions for Use for Parents and Orthotists"),
    ("h1", "What the helmet is for"),
    ("p", "The CranioForm helmet corrects a flat or asymmetric head shape (positional plagiocephaly or brachycephaly). " + POP_IFU),
    ("h1", "When the helmet must not be used"),
    ("ul", [CI_EN, "Hydrocephalus with a shunt, unless the neurosurgeon agrees.", "Open wounds or skin disease on the scalp."]),
    ("h1", "Warnings"),
    ("ul", [WARN, "Do not let the infant sleep with a wet liner.", "Check the skin each time the helmet is removed."]),
    ("h1", "Daily use"),
    ("ol", ["(1) Wear the helmet 23 hours a day. Remove it for bathing and cleaning.",
            "(2) In the first week increase the wearing time step by step, starting with 2 hours.",
            "(3) " + UNSAFE]),
    ("h1", "Technical data"),
    ("table", [["Item", "Value"], ["Shell", "Polypropylene, 2.5 mm"], ["Liner", "Polyethylene foam, 10 mm"], ["Weight", "approx. 180~240 g"]]),
]

IFU_DE = [
    ("title", "CranioForm Helm – Gebrauchsanweisung"),
    ("h1", "Zweck"),
    ("p", "Der CranioForm Helm korrigiert eine lagerungsbedingte Schädelasymmetrie (Plagiozephalie oder Brachyzephalie). Der Helm ist für Säuglinge im Alter von 4 bis 12 Monaten bei Behandlungsbeginn bestimmt."),
    ("h1", "Kontraindikationen"),
    ("ul", ["Hydrozephalus mit Shunt, außer mit Zustimmung des Neurochirurgen.", "Offene Wunden oder Hauterkrankungen am Kopf."]),
    ("p", CI_DE),
    ("h1", "Warnhinweise"),
    ("ul", ["Bei Druckstellen oder Blasen den Helm nicht mehr verwenden und die Orthopädietechnik kontaktieren.", "Haut bei jedem Abnehmen kontrollieren."]),
    ("table", [["Merkmal", "Wert"], ["Schale", "Polypropylen, 2,5 mm"], ["Gewicht", "ca. 180–240 g"]]),
]

IFU_PL = [
    ("title", "Kask CranioForm – Instrukcja używania"),
    ("h1", "Przeznaczenie"),
    ("p", "Kask CranioForm koryguje ułożeniowe zniekształcenie czaszki (plagiocefalia lub brachycefalia) u niemowląt w wieku od 4 do 12 miesięcy w chwili rozpoczęcia leczenia."),
    ("h1", "Przeciwwskazania"),
    ("ul", ["Kraniosynostoza nieleczona operacyjnie.", "Wodogłowie z zastawką, chyba że neurochirurg wyrazi zgodę.", "Otwarte rany lub choroby skóry głowy."]),
    ("h1", "Ostrzeżenia"),
    ("ul", ["W przypadku odleżyny lub pęcherza należy przerwać stosowanie kasku i skontaktować się z poradnią.", "Sprawdzać skórę przy każdym zdjęciu kasku."]),
]

CEAR = [
    ("title", "Clinical Evaluation Assessment Report – CranioForm"),
    ("p", f"{NB}. Reviewer: Ms Aoife Moran. 1 April 2025."),
    ("h1", "1. Intended purpose"),
    ("p", "Cranial remoulding helmet with measurement software, for positional plagiocephaly and brachycephaly in infants aged 3 to 18 months. Class IIa system; Article 54 does not apply."),
    ("h1", "2. Review"),
    ("ol", ["Query 1 – Closed. Classification of the CraniScan software under Rule 11 justified. Satisfactory.",
            "Query 2 – Closed. Orthotist training described. Satisfactory."]),
    ("h1", "3. Conclusion"),
    ("p", "The reviewer is satisfied that the data support the intended purpose. Recommendation: certify."),
]

CER_F, IFU_F, DE_F = "MP-CF-CER-01_Rev02.docx", "CranioForm_IFU_EN.pdf", "CranioForm_GA_DE.pdf"
DOSSIER = {
    "id": "t07_cranial_helmet",
    "device": SYS,
    "device_class": "IIa",
    "clean": False,
    "docs": [
        {"file": "MP-CF-CEP-01.pdf", "role": "CEP", "lang": "en", "blocks": CEP},
        {"file": CER_F, "role": "CER", "lang": "en", "blocks": CER},
        {"file": "MP-CF-PMCF-01.docx", "role": "PMCF-plan", "lang": "en", "blocks": PMCF},
        {"file": IFU_F, "role": "IFU", "lang": "en", "blocks": IFU_EN},
        {"file": DE_F, "role": "IFU", "lang": "de", "blocks": IFU_DE},
        {"file": "CranioForm_IFU_PL.docx", "role": "IFU", "lang": "pl", "blocks": IFU_PL},
        {"file": "CEAR_CranioForm.md", "role": "CEAR", "lang": "en", "blocks": CEAR},
    ],
    "labels": [
        {"defect": "age_range_3_18_vs_4_12_months", "category": "population",
         "documents": [CER_F, IFU_F], "quotes": [POP_CER, POP_IFU],
         "description": "CEP, CER and CEAR give 3–18 months; the IFU (all languages) 4–12 months at start of treatment; the clinical study enrolled only 4–12 months.",
         "accept": ["evidence"]},
        {"defect": "continue_wearing_with_pressure_sore", "category": "safety-instruction",
         "documents": [IFU_F], "quotes": [UNSAFE, WARN],
         "description": "The daily-use instruction tells parents to keep the helmet on when a pressure sore appears, contradicting the warning to stop use.",
         "accept": []},
        {"defect": "normal_head_shape_in_all_and_development_claim", "category": "claim",
         "documents": [CER_F], "quotes": [CLAIM, CLAIM_DATA],
         "description": "Absolute claim (normal head shape in all infants) contradicted by the 61% result; prevention of developmental delay is not supported by any data.",
         "accept": ["evidence"]},
        {"defect": "german_ifu_allows_unoperated_craniosynostosis", "category": "language",
         "documents": [DE_F, IFU_F], "quotes": [CI_DE, CI_EN],
         "description": "The German IFU drops the craniosynostosis contraindication and permits use in unoperated craniosynostosis.",
         "accept": ["intended-use", "safety-instruction"]},
    ],
}
