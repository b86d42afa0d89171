"""Absorbable antibacterial envelope for CIEDs, drug-device combination (class III, Rules 8 and 14)."""

LONG = "AuraShield Absorbable Antibacterial Envelope"

ADVERSE = [
    ("Pocket haematoma requiring intervention", "1.2 % (1/86) within 30 days"),
    ("Seroma or fluid accumulation in the pocket", "2.3 % (2/86) within 30 days"),
    ("Local inflammatory reaction during absorption", "1.2 % (1/86) within 3 months"),
    ("Allergic reaction to minocycline or rifampicin (rash, fever)", "0 % observed; known drug risk"),
    ("Orange-red discolouration of tissue or wound exudate (rifampicin)", "frequent, transient, harmless"),
    ("CIED infection despite the envelope", "0 % (0/86) at 12 months"),
    ("Device migration or twiddler syndrome requiring revision", "0 % (0/86) at 12 months"),
]

SPEC = {
    "id": "f07_aurashield",
    "device": "AuraShield absorbable antibacterial envelope for cardiac implantable electronic devices (minocycline/rifampicin, Rule 14)",
    "device_class": "III",
    "name": "AuraShield",
    "name_long": LONG,
    "generic": "Absorbable antibacterial envelope for CIEDs (device incorporating medicinal substances)",
    "manufacturer": "Cardioprotect Medical Ltd",
    "address": "Unit 4, Ballybrit Business Park, Galway H91 K2W8, Ireland",
    "srn": "IE-MF-000007731",
    "nb": "Atlantic Notified Body DAC",
    "nb_no": "2881",
    "budi": "539101234AURENV5M",
    "emdn": "P079099 – cardiac implantable device accessories, other",
    "first_ce": "Not yet certified under the MDR (initial application 2024)",
    "rmf": "CPM-RMF-004 Rev. D",
    "pms_plan": "CPM-PMS-004 Rev. A",
    "data_lock": "15 March 2024",
    "authors": ["Dr. Niamh Costello, Clinical Affairs Lead", "Ciarán Brennan, Head of Regulatory Affairs"],
    "class_text": "Class III according to Annex VIII Rule 14 (incorporates medicinal substances with ancillary action) and Rule 8 (wholly absorbed implant)",
    "scope_text": ("AuraShield is a class III implantable device, therefore the clinical evaluation consultation procedure per "
                   "Article 54(1)(a) MDR is applicable. This is an initial certification under the MDR; no exemption of "
                   "Article 54(2) applies. In addition, a competent authority for medicinal products is consulted on the "
                   "ancillary substances (Annex IX, section 5.2)."),
    "models": (["Catalogue number", "Size", "For use with"], [
        ["ASH-M", "Medium, 6.9 × 7.4 cm", "Pacemakers, cardiac resynchronisation pacemakers"],
        ["ASH-L", "Large, 8.5 × 9.5 cm", "ICDs and CRT-D devices"],
    ]),
    "specs": [
        ["Mesh material", "Knitted poly(glycolide-co-trimethylene carbonate), absorbable"],
        ["Coating", "Absorbable polyarylate containing minocycline and rifampicin"],
        ["Drug content, medium size", "minocycline 7.7 mg, rifampicin 7.2 mg"],
        ["Drug content, large size", "minocycline 12.3 mg, rifampicin 11.6 mg"],
        ["Drug elution", "more than 95 % within 7 days"],
        ["Absorption of mesh", "essentially complete within 9 weeks"],
        ["Sterilisation", "Ethylene oxide"],
        ["Shelf life", "24 months at 2–25 °C"],
    ],
    "specs_prose": "",
    "intended_purpose": ("AuraShield is intended to hold a cardiac implantable electronic device (CIED) securely in the "
                         "subcutaneous or submuscular pocket and to reduce the risk of CIED infection by local release of "
                         "minocycline and rifampicin after implantation."),
    "indications": [
        "Implantation, generator replacement, revision or upgrade of a pacemaker, ICD or CRT device in patients at increased risk of CIED infection",
    ],
    "contraindications": [
        "Known allergy or hypersensitivity to minocycline, rifampicin, other tetracyclines or rifamycins",
        "Systemic lupus erythematosus (minocycline can aggravate the disease)",
        "Active infection of the device pocket or bacteraemia (AuraShield is not a treatment of infection)",
    ],
    "population": "Adult patients (18 years and older) receiving a CIED. Not investigated in pregnancy and in children.",
    "users": "Cardiologists, electrophysiologists and cardiac surgeons who implant CIEDs.",
    "setting": "Use in the catheterisation or electrophysiology laboratory or operating room of a hospital.",
    "description": [
        "AuraShield is a pouch-shaped, knitted absorbable mesh coated with an absorbable polymer that contains the "
        "antibiotics minocycline and rifampicin. The CIED generator is placed in the envelope before insertion in the "
        "pocket; the leads exit through the open side.",
        "The antibiotics are eluted into the pocket over about 7 days, the period where bacterial contamination during "
        "implantation can lead to infection. The mesh stabilises the generator in the pocket and is absorbed within about 9 weeks.",
    ],
    "sota": [
        "CIED infection occurs in 1–2 % after de novo implantation and up to 4 % after replacement or upgrade; it requires "
        "complete system extraction and is associated with one-year mortality of 15–20 %. Preventive measures are "
        "pre-operative antibiotic prophylaxis (class I recommendation), skin antisepsis and careful pocket haemostasis.",
        "The EHRA 2020 consensus on CIED infection recommends the use of an antibiotic envelope in high-risk patients "
        "(e.g. generator replacement, upgrade, prior infection, immunosuppression).",
    ],
    "alternatives": ["Systemic antibiotic prophylaxis alone", "Antibacterial envelopes of other manufacturers",
                     "Pocket irrigation with antibiotic solution (not shown effective)"],
    "search": ("Search in PubMed and Embase (2008 – data lock point); search terms: (antibacterial OR antibiotic) AND "
               "(envelope OR pouch) AND (pacemaker OR defibrillator OR CIED) and the trade name."),
    "search_result": ("The search of 18 March 2024 retrieved 402 records; 29 were included for the state of the art and one "
                      "registry on AuraShield. Bench and animal studies were added from the technical documentation."),
    "equivalence_plan": "Equivalence is not claimed. Evidence comes from own data and the state of the art.",
    "equivalence": "No formal equivalence is claimed.",
    "cdp": [
        "Pre-clinical programme (elution, zone of inhibition, porcine pocket infection model) followed by the prospective "
        "AURA-1 registry in 86 patients with 12 months follow-up.",
        "A post-market randomised study (AURA-RCT) versus standard prophylaxis is planned as PMCF.",
    ],
    "benefits": [
        ("Reduction of CIED infection", "Major CIED infection within 12 months", "≤ 1.0 %"),
        ("Stabilisation of the generator", "Migration or twiddler syndrome requiring revision within 12 months", "≤ 0.5 %"),
    ],
    "safety_criteria": [
        ("Pocket haematoma requiring intervention", "≤ 2 %"),
        ("Allergic reaction to the antibiotics", "≤ 0.5 %"),
    ],
    "perf_results": [
        ["Major CIED infection at 12 months", "≤ 1.0 %", "0 % (0/86)", "Yes"],
        ["Migration / twiddler requiring revision", "≤ 0.5 %", "0 % (0/86)", "Yes"],
    ],
    "safety_results": [
        ["Pocket haematoma requiring intervention", "≤ 2 %", "1.2 % (1/86)", "Yes"],
        ["Allergic reaction to antibiotics", "≤ 0.5 %", "0 % (0/86)", "Yes"],
    ],
    "studies": (["Data set", "Subject", "Design", "N", "Follow-up", "Outcome"], [
        ["Elution and zone of inhibition study [4]", "In vitro (S. aureus, S. epidermidis, E. coli)", "Bench test", "–", "14 days", "Inhibition zones ≥ 18 mm for 7 days"],
        ["Pocket infection model [5]", "Porcine subcutaneous pocket, inoculated with S. aureus", "Controlled animal study", "24 animals", "14 days", "Infected pockets 1/12 with envelope vs 9/12 without"],
        ["ENVELOPE-CIED trial [6]", "PolyGuard non-absorbable polypropylene envelope (other manufacturer)", "RCT", "6 812", "12 months", "Major CIED infection 0.7 % vs 1.2 % (−40 %)"],
        ["AURA-1 registry [7]", "AuraShield", "Prospective, single arm, 4 sites", "86", "12 months", "No major CIED infection"],
    ]),
    "results": [
        "The reduction of major CIED infection by 40 % is demonstrated for AuraShield by the randomised ENVELOPE-CIED trial "
        "performed with the PolyGuard non-absorbable envelope and by the porcine pocket model, which showed an 89 % lower "
        "infection rate with the envelope.",
        "The AURA-1 registry (86 patients, 58 % generator replacements) confirms the handling and safety of AuraShield in "
        "clinical use; the sample is too small to estimate the infection rate with precision.",
    ],
    "pms": ["AuraShield is not yet on the market; no post-market data are available."],
    "benefit_risk": [
        "The expected benefit is the reduction of CIED infection, a complication with high mortality. The risks added by "
        "the envelope (haematoma, seroma, allergic reaction) are low.",
        "The benefit-risk is considered positive, in particular for patients at increased infection risk.",
    ],
    "adverse": ADVERSE,
    "other_risks": ["Drug interactions of rifampicin (enzyme induction) are not expected at the local dose but cannot be excluded"],
    "pmcf_summary": "A randomised PMCF study (AURA-RCT) compares AuraShield with standard antibiotic prophylaxis in 1 200 high-risk patients.",
    "summary": [
        "This report presents the clinical evaluation of AuraShield, an absorbable envelope releasing minocycline and "
        "rifampicin for CIED infection prevention.",
        "All acceptance criteria of the CEP are met. The benefit-risk ratio is positive.",
    ],
    "conclusion": ["AuraShield reduces major CIED infections by 40 % and complies with GSPR 1, 8 and 9 and with section 12.1 of Annex I for the medicinal substances."],
    "references": [
        "Blomström-Lundqvist C, Traykov V, Erba PA, et al. European Heart Rhythm Association international consensus document on how to prevent, diagnose, and treat cardiac implantable electronic device infections. Europace 2020;22:515–549.",
        "Sandoe JA, Barlow G, Chambers JB, et al. Guidelines for the diagnosis, prevention and management of implantable cardiac electronic device infection. J Antimicrob Chemother 2015;70:325–359.",
        "Olsen T, Jørgensen OD, Nielsen JC, et al. Incidence of device-related infection in 97 750 patients. Eur Heart J 2019;40:1862–1869.",
        "Cardioprotect Medical. Elution and zone of inhibition test report TR-ASH-011, 2022.",
        "Cardioprotect Medical. GLP porcine pocket infection study report TR-ASH-019, 2022.",
        "Hartley RJ, Osei-Bonsu K, Lindqvist P, et al. A non-absorbable antibacterial envelope for prevention of CIED infection: the ENVELOPE-CIED randomised trial. Heart Rhythm 2021;18:1410–1419.",
        "Cardioprotect Medical. AURA-1 registry 12-month report CIR-ASH-01, 2024.",
    ],
    "evaluators": "Dr. Niamh Costello (pharmacist, PhD microbiology) and Dr. Eoin Walsh (consultant electrophysiologist). Approved 22 April 2024.",
    "pmcf": {
        "general": ["Complaint and vigilance review monthly", "Literature search every 6 months", "Survey of implanting physicians on handling"],
        "objectives": [
            ("Demonstrate reduction of major CIED infection versus standard prophylaxis", "Open question: efficacy of AuraShield not shown in a controlled study"),
            ("Estimate allergic reactions and pocket haematoma", "Residual risks"),
            ("Confirm complete absorption without late pocket complications", "Residual risk: local inflammatory reaction"),
        ],
        "design": ["AURA-RCT: prospective, randomised (1:1), open-label, multicentre study versus standard prophylaxis in high-risk patients; blinded adjudication of infections."],
        "endpoints": ["Major CIED infection within 12 months (primary)", "Pocket haematoma, allergic reactions", "Any revision of the pocket through 24 months"],
        "inclusion": ["Adults undergoing generator replacement, upgrade or revision, or de novo CRT-D implantation", "Informed consent"],
        "exclusion": ["Contraindications of the IFU", "Pregnancy"],
        "setting": "Hospital electrophysiology laboratories and operating rooms in 30 European centres.",
        "sample_size": ("1 200 patients (600 per arm): with an expected infection rate of 2.0 % in the control arm and 0.6 % with "
                        "AuraShield, the power is 80 % at two-sided alpha 0.05, allowing 5 % loss to follow-up."),
        "timeline": [["First patient in", "Q1 2025"], ["Last patient in", "Q4 2026"], ["Primary end point analysis", "Q1 2028"],
                     ["PMCF evaluation report", "Annually"]],
        "reporting": "Yearly PMCF evaluation report; CER and SSCP updated accordingly.",
    },
    "sscp": {
        "description": ["Pouch-shaped absorbable knitted mesh coated with an absorbable polymer containing minocycline and rifampicin; two sizes (medium and large)."],
        "previous": "No previous generation under the MDR.",
        "accessories": "None. Used with CIED generators of any manufacturer.",
        "risk_source": "Rates from the AURA-1 registry (86 patients, prospective).",
        "fsca": "No FSCA.",
        "training": "No specific training beyond CIED implantation experience; read the IFU before use.",
        "standards": ["EN ISO 14971:2019+A11:2021", "EN ISO 10993-1:2020", "EN ISO 11135:2014", "EN ISO 14155:2020"],
    },
    "sscp_warnings": ["Do not use in patients allergic to tetracyclines or rifamycins.",
                      "Rifampicin may cause harmless orange-red discolouration of wound fluid."],
    "sscp_clinical": ["AURA-1 registry: 86 patients, 12 months, no major CIED infection, one pocket haematoma requiring intervention."],
    "cear": {
        "assessment_type": "Certification under Regulation (EU) 2017/745",
        "ifu_langs": ["English", "Italian"],
        "reviewers": "Clinical reviewer: electrophysiologist (ANB-C-05); pharmacist for the medicinal substance (ANB-P-02).",
        "state_of_art": ["The state of the art (EHRA consensus) is described."],
        "literature": ["The literature review is acceptable."],
        "investigations": ["The AURA-1 registry (86 patients, 12 months) was performed. No pre-market RCT was done."],
        "pmcf": ["AURA-RCT with 1 200 patients is planned."],
        "ifu": ["IFU and SSCP are consistent."],
        "conclusion": ["The clinical evidence is considered sufficient; benefit-risk acceptable."],
    },
    "cear_summary": [
        "AuraShield is an absorbable mesh envelope releasing minocycline and rifampicin, to hold a CIED in its pocket and reduce infection risk.",
        "Intended purpose as assessed: stabilisation of the CIED and reduction of CIED infection in adults undergoing CIED implantation, replacement, revision or upgrade at increased infection risk.",
    ],
    "cear_scope": [
        "The manufacturer holds an EC design-examination certificate under Directive 93/42/EEC for AuraShield (ANB-DE-2019-114, "
        "issued 2019). The present application is regarded as renewal of this certificate; therefore the exemption of "
        "Article 54(2)(a) applies and the clinical evaluation consultation procedure is not carried out.",
    ],
    "style": {"v": 2, "heads": "dot", "cear_heads": "plain", "ifu_heads": "dot"},
    "docs": {
        "CEP": dict(title="Clinical evaluation plan", number="CPM-CEP-004", rev="B", date="2023-10-02", file="AuraShield_CEP_RevB.md", fmt="md"),
        "CER": dict(title="Clinical evaluation report", number="CPM-CER-004", rev="C", date="2024-04-22", file="AuraShield_CER_RevC.pdf", fmt="pdf"),
        "PMCF-plan": dict(title="PMCF plan", number="CPM-PMCF-004", rev="B", date="2024-05-06", file="AuraShield_PMCF_Plan_RevB.pdf", fmt="pdf"),
        "SSCP": dict(title="SSCP", number="CPM-SSCP-004", rev="A", date="2024-05-10", file="AuraShield_SSCP.docx", fmt="docx"),
        "IFU-en": dict(title="IFU", number="CPM-IFU-004", rev="2", date="2024-03", file="AuraShield_IFU_EN.pdf", fmt="pdf"),
        "IFU-it": dict(title="IFU", number="CPM-IFU-004", rev="2", date="2024-03", file="AuraShield_IFU_IT.docx", fmt="docx"),
        "CEAR": dict(title="CEAR", number="ANB-CEAR-24-0310", rev="1", date="2024-08-20", file="ANB_CEAR_AuraShield.pdf", fmt="pdf", font="DejaVuSerif"),
    },
}

SPEC["override"] = {"CER": {"ref_PMCF-plan": "CPM-PMCF-004 Rev. C"}}
SPEC["extra"] = {"PMCF-plan": {"end": [
    ("h1", "Revision history"),
    ("table", None, ["Revision", "Change"], [
        ["A (2023-09-12)", "First issue"],
        ["B (2024-05-06)", "Rev. B (2024-05-06) – sample size of AURA-RCT recalculated, timeline updated"],
    ]),
]}}

SPEC["ifu"] = {
    "en": {
        "name": LONG, "subtitle": "ASH-M (medium) · ASH-L (large) · Sterile · Single use · Contains minocycline and rifampicin",
        "description": SPEC["description"],
        "intended_purpose": SPEC["intended_purpose"],
        "indications": SPEC["indications"],
        "contraindications": SPEC["contraindications"],
        "population": "Adults (18 years and older). Safety in pregnancy, breastfeeding and in children has not been established.",
        "users": SPEC["users"] + " " + SPEC["setting"],
        "warnings": [
            "AuraShield does not replace systemic antibiotic prophylaxis.",
            "Do not use AuraShield in a pocket with signs of infection.",
            "Rifampicin may cause harmless orange-red discolouration of wound fluid and tissue.",
            "Do not cut the envelope; this may change the drug dose and the absorption.",
        ],
        "precautions": [
            "Ensure meticulous haemostasis before placing the envelope.",
            "Consider possible interactions of rifampicin with oral anticoagulants in patients with other risk factors.",
        ],
        "adverse": [a for a, _ in ADVERSE],
        "instructions": [
            "Select the envelope size according to the generator.",
            "Open the package under sterile conditions and moisten the envelope briefly in sterile saline (max. 1 minute).",
            "Insert the generator in the envelope, leads exiting at the open side.",
            "Place the envelope with the generator in the pocket and close the pocket in layers.",
        ],
        "specs": SPEC["specs"],
        "storage": "Store at 2–25 °C, protect from light and humidity. Do not freeze.",
    },
    "it": {
        "name": "Involucro antibatterico riassorbibile AuraShield", "subtitle": "ASH-M (medio) · ASH-L (grande) · Sterile · Monouso · Contiene minociclina e rifampicina",
        "description": [
            "AuraShield è un involucro a tasca in rete lavorata riassorbibile, rivestita con un polimero riassorbibile che "
            "contiene gli antibiotici minociclina e rifampicina. Il generatore del CIED viene inserito nell'involucro prima "
            "del posizionamento nella tasca; gli elettrocateteri escono dal lato aperto.",
            "Gli antibiotici sono rilasciati nella tasca in circa 7 giorni. La rete stabilizza il generatore nella tasca e "
            "viene riassorbita in circa 9 settimane.",
        ],
        "intended_purpose": ("AuraShield è destinato a mantenere stabilmente un dispositivo cardiaco elettronico impiantabile "
                             "(CIED) nella tasca sottocutanea o sottomuscolare e a ridurre il rischio di infezione del CIED "
                             "mediante il rilascio locale di minociclina e rifampicina dopo l'impianto."),
        "indications": [
            "Impianto, sostituzione del generatore, revisione o upgrade di pacemaker, ICD o dispositivi CRT in pazienti a rischio aumentato di infezione del CIED",
        ],
        "contraindications": [
            "Lupus eritematoso sistemico (la minociclina può aggravare la malattia)",
            "Infezione attiva della tasca del dispositivo o batteriemia (AuraShield non è un trattamento dell'infezione)",
        ],
        "population": "Adulti (a partire dai 18 anni). La sicurezza in gravidanza, allattamento e nei bambini non è stata stabilita.",
        "users": ("Cardiologi, elettrofisiologi e cardiochirurghi che impiantano CIED. Uso nel laboratorio di emodinamica o di "
                  "elettrofisiologia o in sala operatoria ospedaliera."),
        "warnings": [
            "AuraShield non sostituisce la profilassi antibiotica sistemica.",
            "Non utilizzare AuraShield in una tasca con segni di infezione.",
            "La rifampicina può causare una colorazione rosso-arancio innocua dei liquidi della ferita e dei tessuti.",
            "Non tagliare l'involucro; ciò può modificare la dose di farmaco e il riassorbimento.",
        ],
        "precautions": [
            "Assicurare un'emostasi accurata prima di posizionare l'involucro.",
            "Considerare possibili interazioni della rifampicina con anticoagulanti orali in pazienti con altri fattori di rischio.",
        ],
        "adverse": ["Ematoma della tasca che richiede intervento", "Sieroma o raccolta di liquido nella tasca",
                    "Reazione infiammatoria locale durante il riassorbimento",
                    "Reazione allergica a minociclina o rifampicina (eruzione cutanea, febbre)",
                    "Colorazione rosso-arancio dei tessuti o dell'essudato (rifampicina)",
                    "Infezione del CIED nonostante l'involucro", "Migrazione del dispositivo o sindrome di Twiddler che richiede revisione"],
        "instructions": [
            "Scegliere la misura dell'involucro in base al generatore.",
            "Aprire la confezione in condizioni sterili e inumidire brevemente l'involucro in soluzione fisiologica sterile (max. 1 minuto).",
            "Inserire il generatore nell'involucro, con gli elettrocateteri in uscita dal lato aperto.",
            "Posizionare l'involucro con il generatore nella tasca e chiudere la tasca a strati.",
        ],
        "specs": [
            ["Materiale della rete", "Poli(glicolide-co-trimetilene carbonato) lavorato a maglia, riassorbibile"],
            ["Rivestimento", "Poliarilato riassorbibile contenente minociclina e rifampicina"],
            ["Contenuto di farmaco, misura media", "minociclina 7,7 mg, rifampicina 7,2 mg"],
            ["Contenuto di farmaco, misura grande", "minociclina 12,3 mg, rifampicina 11,6 mg"],
            ["Rilascio del farmaco", "oltre il 95 % entro 7 giorni"],
            ["Riassorbimento della rete", "sostanzialmente completo entro 9 settimane"],
            ["Sterilizzazione", "Ossido di etilene"], ["Validità", "24 mesi a 2–25 °C"],
        ],
        "storage": "Conservare a 2–25 °C, al riparo da luce e umidità. Non congelare.",
    },
}

LABELS = [
    {"defect": "exemption_claimed_on_directive_certificate", "category": "scope",
     "documents": ["CEAR", "CER"],
     "quotes": ["therefore the exemption of Article 54(2)(a) applies and the clinical evaluation consultation procedure is not carried out",
                "The present application is regarded as renewal of this certificate",
                "This is an initial certification under the MDR; no exemption of Article 54(2) applies."],
     "description": "The CEAR waives the CECP as a 'renewal' under Art. 54(2)(a) although the only prior certificate was issued under Directive 93/42/EEC; the exemption covers only renewals of MDR certificates, and the CER states it is an initial MDR certification of a class III implant.",
     "accept": []},
    {"defect": "efficacy_from_other_device_animal_in_vitro", "category": "evidence",
     "documents": ["CER"],
     "quotes": ["performed with the PolyGuard non-absorbable envelope and by the porcine pocket model",
                "PolyGuard non-absorbable polypropylene envelope (other manufacturer)",
                "Porcine subcutaneous pocket, inoculated with S. aureus",
                "AuraShield reduces major CIED infections by 40 %"],
     "description": "The infection-reduction claim rests on an RCT of a different, non-absorbable envelope of another manufacturer (no equivalence), an animal model and in vitro tests; the device's own data (86 patients) cannot show a reduction.",
     "accept": ["claim"]},
    {"defect": "pmcf_plan_revision_mismatch", "category": "documentation",
     "documents": ["CER", "PMCF-plan"],
     "quotes": ["PMCF is described in the PMCF plan CPM-PMCF-004 Rev. C.",
                "Rev. B (2024-05-06) – sample size of AURA-RCT recalculated, timeline updated"],
     "description": "The CER refers to PMCF plan CPM-PMCF-004 Rev. C; the PMCF plan supplied (and listed in the CEAR) is Rev. B.",
     "accept": []},
    {"defect": "italian_ifu_drops_antibiotic_allergy_contraindication", "category": "language",
     "documents": ["IFU-en", "IFU-it"],
     "quotes": ["Known allergy or hypersensitivity to minocycline, rifampicin, other tetracyclines or rifamycins",
                "Lupus eritematoso sistemico (la minociclina può aggravare la malattia)"],
     "description": "The Italian IFU lists only two contraindications and omits the allergy to minocycline/rifampicin/tetracyclines/rifamycins present in the English IFU, CER and SSCP.",
     "accept": ["intended-use", "safety-instruction"]},
]
