"""t09 - MR-guided focused ultrasound for uterine fibroids (class IIb, Rule 9; no CECP)."""

SYS = "Seiryu FUS-MR Uterine Fibroid Ablation System"
MFR = "Seiryu Medical Systems Corporation, 88 Karasuma-dori, Shimogyo-ku, Kyoto 600-8008, Japan"
EUREP = "Hoshizora Medical Europe GmbH, Königsallee 61, 40212 Düsseldorf, Germany"
UDI = "4580333FUSMR1EUD"
NB = "Corrib Conformity Assessment Ltd (Notified Body 2936)"

SCOPE_CER = "The subject device is Class IIb according to Rule 9 and is therefore outside the scope of Article 54."
SCOPE_CEAR = "the reviewer regards the system as an Article 54(1)(b) device, so the consultation procedure has been initiated"
PMCF_SURVEY = "The PMCF activity consists of a patient satisfaction questionnaire sent by post 12 months after treatment."
PMCF_N = "The number of patients will be defined later depending on the sales volume."
TEMPLATE = "[To be completed by Clinical Affairs: acceptance criterion for re-intervention]"
SET_CER = "The treatment may also be performed in independent outpatient imaging centres without hospital attachment."
SET_IFU = "Treatments must be performed only in hospitals with an MR suite, anaesthesia support and gynaecological surgery on site."

CEP = [
    ("title", "Clinical Evaluation Plan – Seiryu FUS-MR (SM-FUS-CEP-01, Rev. 01, 2024/09/30)"),
    ("h1", "1. Purpose of this document"),
    ("p", "This plan is prepared according to Annex XIV Part A MDR for the subject device."),
    ("h1", "2. Outline of the subject device"),
    ("p", "The subject device is an active therapeutic device that delivers focused ultrasound energy through the abdominal wall under MR thermometry guidance. It is Class IIb according to Rule 9. The device does not administer any medicinal product."),
    ("h1", "3. Intended purpose"),
    ("p", "Thermal ablation of symptomatic uterine fibroids in premenopausal or perimenopausal women aged 18 years or older who do not wish to become pregnant in the future."),
    ("h1", "4. Outcome parameters and acceptance criteria"),
    ("table", [["No.", "Outcome parameter", "Acceptance criterion"],
               ["(1)", "Symptom Severity Score (UFS-QOL) reduction at 12 months", "Mean reduction ≥ 10 points"],
               ["(2)", "Non-perfused volume ratio after treatment", "Mean ≥ 50%"],
               ["(3)", "Re-intervention rate at 24 months", TEMPLATE],
               ["(4)", "Skin burns grade 2 or higher", "≤ 2%"]]),
]

CER = [
    ("title", "Clinical Evaluation Report – Seiryu FUS-MR Uterine Fibroid Ablation System"),
    ("p", "SM-FUS-CER-01 Rev. 02 – 2025/03/12"),
    ("h1", "1. Purpose of this document"),
    ("p", "We would like to summarise the clinical evaluation of the subject device."),
    ("h1", "2. Outline of the subject device"),
    ("p", f"The system is composed of a phased-array transducer (208 elements, 1.0~1.35 MHz) integrated in a patient table for 1.5 T and 3 T MR scanners, a generator, and a planning workstation with MR thermometry. {MFR}. Basic UDI-DI {UDI}. " + SCOPE_CER),
    ("h1", "3. Intended purpose and indications"),
    ("p", "Thermal ablation of symptomatic uterine fibroids in premenopausal or perimenopausal women (18 years or older) who do not wish future pregnancy. Treatment is performed under conscious sedation. " + SET_CER),
    ("p", "Contraindications: pregnancy, contraindication to MRI or gadolinium, fibroids not reachable by the beam, abdominal scars in the beam path that cannot be avoided, suspected malignancy."),
    ("h1", "4. State of the art"),
    ("p", "Alternatives are hysterectomy, myomectomy, uterine artery embolisation and medical therapy. MRgFUS is a non-invasive option with fast recovery, but with higher re-intervention rates than surgery in the literature (approx. 10~30% at 2~5 years)."),
    ("h1", "5. Clinical data"),
    ("table", [["Ref.", "Study", "Population", "Follow-up", "Result"],
               ["[1]", "SM-FUS-01 (subject device)", "96 women, 29~52 years, 4 hospitals", "12 months", "SSS reduction 28 points; NPV ratio 71%; skin burns 1%"],
               ["[2]", "Stewart et al. 2006", "109 women, MRgFUS", "12 months", "SSS reduction ≥ 10 points in 71%"],
               ["[3]", "Gorny et al. 2011", "138 women, MRgFUS", "up to 5 years", "Re-intervention 7% at 2 years"]]),
    ("p", "The outcome parameters (1), (2) and (4) of the CEP were met."),
    ("h1", "6. Benefit-risk"),
    ("p", "It is considered that the non-invasive treatment with outpatient recovery is beneficial and that the benefit-risk is acceptable."),
    ("h1", "7. Residual risks"),
    ("ul", ["Skin burns.", "Sciatic nerve irritation and leg pain.", "Re-intervention because of fibroid regrowth.", "Abdominal pain and nausea after treatment."]),
    ("h1", "8. PMCF"),
    ("p", "Please refer to PMCF plan SM-FUS-PMCF-01."),
    ("h1", "9. Summary of the clinical evaluation"),
    ("table", [["Item", "Content"], ["Class", "IIb (Rule 9)"], ["Population", "Pre-/perimenopausal women, 18 years or older"],
               ["Data", "SM-FUS-01, n = 96, 12 months"], ["Conclusion", "Acceptable benefit-risk"]]),
    ("h1", "10. References"),
    ("ol", ["[1] Seiryu Medical Systems. CIR SM-FUS-01, 2024/11/05.",
            "[2] Stewart EA, et al. Sustained relief of leiomyoma symptoms by using focused ultrasound surgery. Obstet Gynecol. 2006;108:49-56.",
            "[3] Gorny KR, et al. Magnetic resonance-guided focused ultrasound of uterine leiomyomas: review of a 12-month outcome of 130 clinical patients. J Vasc Interv Radiol. 2011;22:857-864."]),
]

PMCF = [
    ("title", "PMCF Plan – Seiryu FUS-MR (SM-FUS-PMCF-01)"),
    ("h1", "1. Objectives"),
    ("p", "To confirm the safety and performance of the subject device."),
    ("h1", "2. Method"),
    ("p", PMCF_SURVEY + " Returned questionnaires will be summarised descriptively."),
    ("h1", "3. Sample size"),
    ("p", PMCF_N),
    ("h1", "4. Timeline"),
    ("p", "The questionnaire will be started after CE marking."),
]

IFU_EN = [
    ("title", "Seiryu FUS-MR – Instructions for Use"),
    ("h1", "1. Intended use"),
    ("p", "Thermal ablation of symptomatic uterine fibroids in premenopausal or perimenopausal women aged 18 years or older who do not wish future pregnancy."),
    ("h1", "2. Use environment"),
    ("p", SET_IFU),
    ("h1", "3. Contraindications"),
    ("ul", ["Pregnancy.", "Contraindication to MRI or to gadolinium contrast.", "Fibroids not accessible to the ultrasound beam.", "Unavoidable scars in the beam path.", "Suspected malignancy."]),
    ("h1", "4. Warnings"),
    ("ul", ["Do not treat if the thermometry images are degraded by motion.", "Shave and degas the skin of the treatment area before treatment.", "Stop the sonication immediately if the patient reports leg or buttock pain."]),
    ("h1", "5. Specifications"),
    ("table", [["Item", "Value"], ["Transducer", "208 elements, 1.0–1.35 MHz"], ["MR field strength", "1.5 T and 3 T"], ["Maximum acoustic power", "300 W"]]),
]

IFU_FR = [
    ("title", "Seiryu FUS-MR – Notice d'utilisation"),
    ("h1", "1. Usage prévu"),
    ("p", "Ablation thermique des fibromes utérins symptomatiques chez les femmes pré- ou périménopausées âgées de 18 ans ou plus ne souhaitant pas de grossesse future."),
    ("h1", "2. Environnement d'utilisation"),
    ("p", "Les traitements doivent être réalisés uniquement dans des hôpitaux disposant d'une salle d'IRM, d'un soutien anesthésique et d'une chirurgie gynécologique sur place."),
    ("h1", "3. Contre-indications"),
    ("ul", ["Grossesse.", "Contre-indication à l'IRM ou au gadolinium.", "Fibromes inaccessibles au faisceau.", "Cicatrices inévitables sur le trajet du faisceau.", "Suspicion de malignité."]),
    ("h1", "4. Avertissements"),
    ("ul", ["Arrêter immédiatement la sonication si la patiente signale une douleur à la jambe ou à la fesse."]),
]

IFU_ES = [
    ("title", "Seiryu FUS-MR – Instrucciones de uso"),
    ("h1", "1. Uso previsto"),
    ("p", "Ablación térmica de miomas uterinos sintomáticos en mujeres premenopáusicas o perimenopáusicas de 18 años o más que no deseen un embarazo futuro."),
    ("h1", "2. Entorno de uso"),
    ("p", "Los tratamientos deben realizarse únicamente en hospitales con sala de RM, apoyo anestésico y cirugía ginecológica disponibles."),
    ("h1", "3. Contraindicaciones"),
    ("ul", ["Embarazo.", "Contraindicación a la RM o al gadolinio.", "Miomas no accesibles al haz.", "Cicatrices inevitables en la trayectoria del haz.", "Sospecha de malignidad."]),
]

CEAR = [
    ("title", "Clinical Evaluation Assessment Report – Seiryu FUS-MR"),
    ("p", f"{NB}. Reviewer: Dr Róisín Hegarty, gynaecology. 8 April 2025."),
    ("h1", "A. Intended purpose and scope"),
    ("p", "MR-guided focused ultrasound for symptomatic uterine fibroids in pre- and perimenopausal women aged 18 and over. As gadolinium contrast is given during every treatment, " + SCOPE_CEAR + "."),
    ("h1", "B. Review"),
    ("ol", ["Query 1 – Closed. Thermometry accuracy data provided. Satisfactory.",
            "Query 2 – Open. Re-intervention rate at 24 months not reported in the CER.",
            "Query 3 – Closed. Skin burn rate consistent. Satisfactory."]),
    ("h1", "C. Conclusion"),
    ("p", "Positive recommendation, subject to the opinion of the expert panel and closure of Query 2."),
]

CEP_F, CER_F, PMCF_F, IFU_F, CEAR_F = ("SM-FUS-CEP-01.docx", "SM-FUS-CER-01_Rev02.pdf", "SM-FUS-PMCF-01.docx",
                                       "FUS-MR_IFU_EN.pdf", "CEAR_NB2936_FUS-MR.pdf")
DOSSIER = {
    "id": "t09_mrgfus",
    "device": SYS,
    "device_class": "IIb",
    "clean": False,
    "docs": [
        {"file": CEP_F, "role": "CEP", "lang": "en", "blocks": CEP},
        {"file": CER_F, "role": "CER", "lang": "en", "blocks": CER},
        {"file": PMCF_F, "role": "PMCF-plan", "lang": "en", "blocks": PMCF},
        {"file": IFU_F, "role": "IFU", "lang": "en", "blocks": IFU_EN},
        {"file": "FUS-MR_IFU_FR.pdf", "role": "IFU", "lang": "fr", "blocks": IFU_FR},
        {"file": "FUS-MR_IFU_ES.md", "role": "IFU", "lang": "es", "blocks": IFU_ES},
        {"file": CEAR_F, "role": "CEAR", "lang": "en", "blocks": CEAR, "serif": True},
    ],
    "labels": [
        {"defect": "cear_treats_rule9_device_as_article_54_1b", "category": "scope",
         "documents": [CEAR_F, CER_F], "quotes": [SCOPE_CEAR, SCOPE_CER],
         "description": "The device is class IIb under Rule 9 (energy), does not administer a medicinal product (contrast is given separately), so Article 54(1)(b) does not apply; the CEAR initiates the CECP on a wrong basis, contradicting the CER.",
         "accept": []},
        {"defect": "pmcf_survey_only_no_sample_size", "category": "pmcf",
         "documents": [PMCF_F], "quotes": [PMCF_SURVEY, PMCF_N],
         "description": "PMCF is a postal satisfaction questionnaire with generic objectives, no endpoints tied to residual risks (re-intervention), no sample size and no timeline.",
         "accept": []},
        {"defect": "unfilled_acceptance_criterion", "category": "template",
         "documents": [CEP_F], "quotes": [TEMPLATE, "Re-intervention rate at 24 months"],
         "description": "The CEP acceptance criterion for re-intervention is an unfilled placeholder (and the CER never reports the parameter).",
         "accept": ["evidence"]},
        {"defect": "outpatient_imaging_centres_vs_hospital_only", "category": "care-setting",
         "documents": [CER_F, IFU_F], "quotes": [SET_CER, SET_IFU],
         "description": "The CER allows independent outpatient imaging centres; the IFU (all languages) restricts use to hospitals with anaesthesia and gynaecological surgery.",
         "accept": ["intended-use"]},
    ],
}
