"""Hydrogel wound dressing with ionic silver (class III, Rule 14; not implantable)."""

LONG = "ArgentoGel Ag Hydrogel Silver Dressing"

ADVERSE = [
    ("Maceration of the wound edges", "6.3 % (4/64) within 8 weeks"),
    ("Local pain or burning sensation at application", "4.7 % (3/64)"),
    ("Transient grey-blue discolouration of the wound bed (silver)", "3.1 % (2/64)"),
    ("Allergic or irritant contact dermatitis", "1.6 % (1/64)"),
    ("Wound infection despite the dressing", "3.1 % (2/64) within 8 weeks"),
]

SPEC = {
    "id": "f11_argentogel",
    "device": "ArgentoGel Ag hydrogel sheet wound dressing with ionic silver (class III, Rule 14)",
    "device_class": "III",
    "name": "ArgentoGel Ag",
    "name_long": LONG,
    "generic": "Antimicrobial hydrogel wound dressing containing silver",
    "manufacturer": "Dermacura Italia S.p.A.",
    "address": "Via della Liberazione 6, 40128 Bologna, Italy",
    "srn": "IT-MF-000030552",
    "nb": "Certimed Sud S.r.l.",
    "nb_no": "2927",
    "budi": "80563214ARGGELAG5Z",
    "emdn": "M040402 – hydrogel dressings with antimicrobial agents",
    "first_ce": "Not yet certified under the MDR",
    "rmf": "DC-FMR-ARG rev. 3",
    "pms_plan": "DC-PMS-ARG rev. 1",
    "data_lock": "31 January 2024",
    "authors": ["Dott.ssa Giulia Ranieri, Affari Clinici", "Ing. Davide Lombardi, Affari Regolatori"],
    "class_text": "Class III according to Annex VIII, Rule 14 (device incorporating silver as medicinal substance with ancillary action)",
    "scope_text": ("ArgentoGel Ag is class III but it is not an implantable device and not an active device; the clinical "
                   "evaluation consultation procedure of Article 54(1) MDR is therefore not applicable. The notified body "
                   "consults a medicinal products authority on the silver component (Annex IX, section 5.2)."),
    "models": (["Code", "Size", "Pieces per box"], [
        ["AGA-1010", "10 × 10 cm", "10"],
        ["AGA-1020", "10 × 20 cm", "10"],
        ["AGA-2020", "20 × 20 cm", "5"],
    ]),
    "specs": [
        ["Composition", "Hydrogel (glycerol, water, polyacrylate) on polyurethane film backing"],
        ["Silver content", "0.10 mg/cm² ionic silver (silver chloride complex)"],
        ["Silver release", "sustained for up to 3 days"],
        ["Water content", "approx. 70 %"],
        ["Thickness", "2.5 mm"],
        ["Wear time", "up to 3 days"],
        ["Sterilisation", "Gamma irradiation"],
    ],
    "specs_prose": "",
    "intended_purpose": ("ArgentoGel Ag is intended for the management of chronic wounds (diabetic foot ulcers, venous leg "
                         "ulcers, pressure ulcers) with low to moderate exudate that are at risk of infection or critically "
                         "colonised; it keeps a moist wound environment and the silver acts as antimicrobial barrier in the dressing."),
    "indications": [
        "Diabetic foot ulcers (Wagner grade 1–2)",
        "Venous leg ulcers",
        "Pressure ulcers category 2 to 4",
    ],
    "contraindications": [
        "Known sensitivity to silver or to any component of the dressing",
        "Full-thickness (third-degree) burns",
        "Heavily exuding wounds",
        "During MRI examination (remove the dressing before the examination)",
    ],
    "population": "Adult patients (18 years and older). Not for use in neonates and in pregnant or breastfeeding women.",
    "users": "Physicians, wound care nurses and trained nursing staff; patients or caregivers after instruction by a healthcare professional.",
    "setting": "Hospitals, outpatient wound clinics, nursing homes and home care.",
    "description": [
        "ArgentoGel Ag is a sheet hydrogel dressing with a polyurethane film backing. The gel contains about 70 % water and "
        "donates moisture to dry wound areas, while absorbing small to moderate amounts of exudate.",
        "Ionic silver is bound in the gel matrix as silver chloride complex (0.10 mg/cm²) and is released slowly over up to "
        "3 days in contact with wound fluid, reducing microbial load in the dressing and on the wound surface.",
    ],
    "sota": [
        "Chronic wounds affect about 1–2 % of the population in Europe. Local infection delays healing; the international "
        "consensus on silver dressings (2012) recommends their use for two weeks in wounds with local infection or at high "
        "risk of infection, with re-evaluation afterwards.",
        "Cochrane reviews found insufficient evidence that silver dressings improve complete healing compared to non-silver "
        "dressings; some trials showed faster wound area reduction in the first weeks.",
    ],
    "alternatives": ["Non-antimicrobial hydrogels and foams", "Dressings with iodine, PHMB or honey",
                     "Systemic antibiotics for clinical infection", "Debridement and offloading / compression as standard care"],
    "search": ("PubMed and Embase (2005 – data lock point); terms: (silver) AND (dressing OR hydrogel) AND (wound OR ulcer), "
               "and ArgentoGel."),
    "search_result": ("The search of 2 February 2024 gave 1 120 hits; 22 publications were retained for the state of the art. "
                      "For the device, the ARGENTO-CS case series and the antimicrobial tests were used."),
    "equivalence_plan": "No equivalence will be claimed.",
    "equivalence": "No equivalence is claimed.",
    "cdp": ["Pre-clinical antimicrobial testing and the clinical case series ARGENTO-CS (64 patients with chronic wounds, 8 weeks)."],
    "benefits": [
        ("Wound progression", "Percentage wound area reduction at 4 weeks", "≥ 40 % mean reduction"),
        ("Control of local infection", "Wounds with new clinical infection within 8 weeks", "≤ 8 %"),
    ],
    "safety_criteria": [
        ("Dressing-related adverse events", "≤ 10 %"),
        ("Allergic reactions", "≤ 2 %"),
    ],
    "perf_results": [
        ["Wound area reduction at 4 weeks", "≥ 40 %", "48 %", "Yes"],
        ["New clinical infection within 8 weeks", "≤ 8 %", "3.1 %", "Yes"],
    ],
    "safety_results": [
        ["Dressing-related adverse events", "≤ 10 %", "7.8 % (5/64)", "Yes"],
        ["Allergic reactions", "≤ 2 %", "1.6 % (1/64)", "Yes"],
    ],
    "studies": (["Data set", "Subject", "Design", "N", "Duration", "Result"], [
        ["Log reduction test [4]", "In vitro, AATCC 100 (S. aureus, P. aeruginosa, MRSA)", "Bench", "–", "24 h", "> 4 log reduction"],
        ["Lindqvist et al. 2019 [5]", "Silver ion treatment of recirculating aquaculture water (salmon tanks)", "Field study", "12 tanks", "6 months", "99.99 % reduction of total bacterial count"],
        ["ARGENTO-CS [6]", "Chronic wounds (DFU 22, VLU 28, PU 14)", "Prospective case series", "64", "8 weeks", "Area −48 % at 4 weeks; infection 3.1 %"],
    ]),
    "results": [
        "The antimicrobial efficacy in the wound is confirmed by the study of Lindqvist et al. on silver ions in recirculating "
        "aquaculture systems, where the total bacterial count was reduced by 99.99 % over 6 months.",
        "In ARGENTO-CS (mean age 71 years) the wound area decreased by 48 % at 4 weeks; 9 wounds (14 %) healed completely within 8 weeks.",
    ],
    "pms": ["Not yet on the market under the MDR; no PMS data available."],
    "benefit_risk": [
        "ArgentoGel Ag combines moist wound healing with an antimicrobial effect. Adverse events were mild and local.",
        "The benefit-risk ratio is positive.",
    ],
    "adverse": ADVERSE,
    "other_risks": [],
    "pmcf_summary": "PMCF consists of a user satisfaction survey.",
    "summary": [
        "ArgentoGel Ag kills 99.99 % of all wound pathogens and prevents wound infection in all types of wounds.",
        "The CEP acceptance criteria are fulfilled by the ARGENTO-CS case series and the antimicrobial studies.",
    ],
    "conclusion": ["ArgentoGel Ag conforms to the applicable GSPR; the benefit-risk is positive for the intended purpose."],
    "references": [
        "International consensus. Appropriate use of silver dressings in wounds. An expert working group consensus. London: Wounds International; 2012.",
        "Norman G, Dumville JC, Mohapatra DP, et al. Antibiotics and antiseptics for surgical wounds healing by secondary intention. Cochrane Database Syst Rev 2016;3:CD011712.",
        "Storm-Versloot MN, Vos CG, Ubbink DT, Vermeulen H. Topical silver for preventing wound infection. Cochrane Database Syst Rev 2010;3:CD006478.",
        "Dermacura. Antimicrobial efficacy test report AATCC 100, TR-ARG-05, 2022.",
        "Lindqvist H, Sørensen K, Aas T. Silver ions for microbial control in recirculating aquaculture systems. Aquac Eng 2019;86:101998.",
        "Dermacura. ARGENTO-CS clinical investigation report CIR-ARG-01, 2023.",
    ],
    "evaluators": "Dott.ssa Giulia Ranieri (pharmacist) and Dr. Paolo Conti (dermatologist, wound care). Approved 28 February 2024.",
    "pmcf": {
        "general": ["Collection of complaints", "Literature review when needed"],
        "objectives": [("Confirm safety and performance of the device", "General")],
        "objectives_table": False,
        "design": ["Satisfaction survey with questionnaire sent to wound care nurses using ArgentoGel Ag in the first year after launch."],
        "endpoints": ["User satisfaction (5-point scale)", "Ease of application"],
        "inclusion": [],
        "exclusion": [],
        "setting": "Customers of Dermacura in Italy.",
        "sample_size": "The number of questionnaires will be defined later depending on sales.",
        "timeline": [["Survey", "start to be defined after launch"], ["Report", "to be defined after the survey"]],
        "reporting": "Results will be considered in the next CER update.",
    },
    "sscp": {
        "description": ["Sheet hydrogel dressing on polyurethane backing containing 0.10 mg/cm² ionic silver, three sizes."],
        "previous": "Previous version ArgentoGel (without silver) is a class IIb device of the same manufacturer.",
        "accessories": "None; a secondary fixation dressing may be used.",
        "risk_source": "Frequencies from ARGENTO-CS (64 patients, prospective).",
        "fsca": "No FSCA.",
        "training": "Healthcare professionals; patients and caregivers after instruction.",
        "standards": ["EN ISO 14971:2019+A11:2021", "EN ISO 10993-1:2020", "EN 13726:2023", "EN ISO 11137-1:2015"],
    },
    "sscp_warnings": ["Remove before MRI.", "Do not use with oxidising agents (hypochlorite, hydrogen peroxide)."],
    "sscp_clinical": ["ARGENTO-CS: 64 patients with chronic wounds, 48 % area reduction at 4 weeks. ArgentoGel Ag kills 99.99 % of all wound pathogens and prevents wound infection in all types of wounds."],
    "cear": {
        "assessment_type": "Initial certification (MDR)",
        "ifu_langs": ["English", "French", "Italian"],
        "reviewers": "Clinical: dermatologist (CS-D-01); pharmacist for the silver component (CS-F-03).",
        "state_of_art": ["The state of the art refers to the silver consensus and Cochrane reviews."],
        "literature": ["Literature review performed."],
        "investigations": ["ARGENTO-CS case series (64 patients, 8 weeks)."],
        "pmcf": ["A PMCF survey is foreseen."],
        "ifu": ["IFU and SSCP reviewed."],
        "conclusion": ["Clinical evidence considered sufficient."],
    },
    "cear_summary": [
        "ArgentoGel Ag is a sheet hydrogel dressing with ionic silver.",
        "As assessed: management of chronic wounds (diabetic foot ulcers, venous leg ulcers, pressure ulcers) at risk of "
        "infection, in adults, used in hospitals, outpatient clinics, nursing homes and home care.",
    ],
    "cear_scope": ["Class III (Rule 14), non-implantable and non-active: Article 54(1) does not apply; the consultation procedure is not required. Consultation of the medicinal products authority on silver is performed."],
    "style": {"v": 1, "heads": "alpha", "cear_heads": "roman", "ifu_heads": "dot"},
    "docs": {
        "CEP": dict(title="Clinical evaluation plan", number="DC-PVC-ARG", rev="2", date="2023-09-14", file="ArgentoGel_CEP_rev2.pdf", fmt="pdf"),
        "CER": dict(title="Clinical evaluation report", number="DC-RVC-ARG", rev="3", date="2024-02-28", file="ArgentoGel_CER_rev3.docx", fmt="docx", font="Times New Roman"),
        "PMCF-plan": dict(title="PMCF plan", number="DC-PMCF-ARG", rev="1", date="2024-02-26", file="ArgentoGel_PMCF_plan.docx", fmt="docx"),
        "SSCP": dict(title="SSCP", number="DC-SSCP-ARG", rev="1", date="2024-03-05", file="ArgentoGel_SSCP.pdf", fmt="pdf"),
        "IFU-en": dict(title="IFU", number="DC-IFU-ARG", rev="4", date="2024-01", file="ArgentoGel_IFU_EN.pdf", fmt="pdf"),
        "IFU-fr": dict(title="IFU", number="DC-IFU-ARG", rev="4", date="2024-01", file="ArgentoGel_Notice_FR.pdf", fmt="pdf"),
        "IFU-it": dict(title="IFU", number="DC-IFU-ARG", rev="4", date="2024-01", file="ArgentoGel_IFU_IT.docx", fmt="docx"),
        "CEAR": dict(title="CEAR", number="CS-CEAR-24-019", rev="0", date="2024-05-13", file="CertimedSud_CEAR_ArgentoGel.docx", fmt="docx"),
    },
}

SPEC["override"] = {"CER": {
    "indications": SPEC["indications"] + [
        "Partial-thickness (second-degree) burns, split-skin graft donor sites and surgical wounds healing by secondary intention",
    ],
    "intended_purpose": ("ArgentoGel Ag is intended for the management of acute and chronic wounds, including burns, donor "
                         "sites and surgical wounds, with low to moderate exudate; it keeps a moist wound environment and the "
                         "silver acts as antimicrobial barrier."),
}}

SPEC["ifu"] = {
    "en": {
        "name": LONG, "subtitle": "AGA-1010 · AGA-1020 · AGA-2020 · Sterile · Single use",
        "description": SPEC["description"],
        "intended_purpose": SPEC["intended_purpose"],
        "indications": SPEC["indications"],
        "contraindications": SPEC["contraindications"],
        "population": "Adults (18 years and older). Do not use in neonates, or in pregnant or breastfeeding women.",
        "users": SPEC["users"] + " Use settings: " + SPEC["setting"],
        "warnings": [
            "Do not use together with oxidising agents (hypochlorite, hydrogen peroxide); they inactivate the silver.",
            "Remove the dressing before MRI.",
            "If signs of spreading infection occur, consult a physician; systemic treatment may be needed.",
            "Re-evaluate the use of the silver dressing after 2 weeks.",
        ],
        "precautions": [
            "Protect the wound edges with a barrier film if maceration appears.",
            "Do not use on large wounds (> 20 % of body surface) because of possible systemic silver absorption.",
        ],
        "adverse": [a for a, _ in ADVERSE],
        "instructions": [
            "Clean the wound according to local protocol and dry the surrounding skin.",
            "Choose a size overlapping the wound edge by about 2 cm.",
            "Remove the liner and place the gel side on the wound.",
            "Fix with a secondary dressing if needed; change after a maximum of 3 days.",
        ],
        "specs": SPEC["specs"],
        "storage": "Store at 5–25 °C in the closed pouch. Do not freeze.",
    },
    "fr": {
        "name": "Pansement hydrogel à l'argent ArgentoGel Ag", "subtitle": "AGA-1010 · AGA-1020 · AGA-2020 · Stérile · Usage unique",
        "description": [
            "ArgentoGel Ag est un pansement hydrogel en plaque avec un support en film de polyuréthane. Le gel contient environ "
            "70 % d'eau et hydrate les zones sèches de la plaie tout en absorbant de petites à moyennes quantités d'exsudat.",
            "L'argent ionique est lié dans la matrice du gel sous forme de complexe de chlorure d'argent (0,10 mg/cm²) et est "
            "libéré lentement pendant 3 jours au maximum au contact du liquide de la plaie.",
        ],
        "intended_purpose": ("ArgentoGel Ag est destiné à la prise en charge des plaies chroniques (ulcères du pied "
                             "diabétique, ulcères veineux de jambe, escarres) peu à modérément exsudatives, à risque d'infection "
                             "ou en colonisation critique ; il maintient un milieu humide et l'argent agit comme barrière "
                             "antimicrobienne dans le pansement."),
        "indications": ["Ulcères du pied diabétique (grade de Wagner 1–2)", "Ulcères veineux de jambe", "Escarres de catégorie 2 à 4"],
        "contraindications": [
            "Sensibilité connue à l'argent ou à l'un des composants du pansement",
            "Brûlures de pleine épaisseur (troisième degré)",
            "Plaies très exsudatives",
            "Pendant un examen IRM (retirer le pansement avant l'examen)",
        ],
        "population": "Adultes (18 ans et plus). Ne pas utiliser chez le nouveau-né ni chez la femme enceinte ou allaitante.",
        "users": ("Médecins, infirmiers spécialisés en plaies et personnel soignant formé ; patients ou aidants après instruction "
                  "par un professionnel de santé. Lieux d'utilisation : hôpitaux, consultations externes de plaies, "
                  "établissements d'hébergement pour personnes âgées et soins à domicile."),
        "warnings": [
            "Ne pas utiliser avec des agents oxydants (hypochlorite, peroxyde d'hydrogène) ; ils inactivent l'argent.",
            "Retirer le pansement avant une IRM.",
            "En cas de signes d'infection qui s'étend, consulter un médecin ; un traitement systémique peut être nécessaire.",
            "Réévaluer l'utilisation du pansement à l'argent après 2 semaines.",
        ],
        "precautions": [
            "Protéger les berges de la plaie avec un film protecteur en cas de macération.",
            "Ne pas utiliser sur de grandes plaies (> 20 % de la surface corporelle) en raison d'une absorption systémique possible de l'argent.",
        ],
        "adverse": ["Macération des berges de la plaie", "Douleur locale ou sensation de brûlure à l'application",
                    "Coloration gris-bleu transitoire du lit de la plaie (argent)", "Dermatite de contact allergique ou irritative",
                    "Infection de la plaie malgré le pansement"],
        "instructions": [
            "Nettoyer la plaie selon le protocole local et sécher la peau environnante.",
            "Choisir une taille dépassant les berges de la plaie d'environ 2 cm.",
            "Retirer le film protecteur et appliquer le côté gel sur la plaie.",
            "Fixer avec un pansement secondaire si nécessaire ; changer au plus tard après 3 jours.",
        ],
        "specs": [
            ["Composition", "Hydrogel (glycérol, eau, polyacrylate) sur support en film de polyuréthane"],
            ["Teneur en argent", "0,10 mg/cm² d'argent ionique (complexe de chlorure d'argent)"],
            ["Libération d'argent", "prolongée jusqu'à 3 jours"], ["Teneur en eau", "env. 70 %"],
            ["Épaisseur", "2,5 mm"], ["Durée de port", "jusqu'à 3 jours"], ["Stérilisation", "Irradiation gamma"],
        ],
        "storage": "Conserver entre 5 et 25 °C dans le sachet fermé. Ne pas congeler.",
    },
    "it": {
        "name": "Medicazione in idrogel con argento ArgentoGel Ag", "subtitle": "AGA-1010 · AGA-1020 · AGA-2020 · Sterile · Monouso",
        "description": [
            "ArgentoGel Ag è una medicazione in idrogel in placca con supporto in film di poliuretano. Il gel contiene circa "
            "il 70 % di acqua, idrata le zone secche della ferita e assorbe quantità piccole o moderate di essudato.",
            "L'argento ionico è legato nella matrice del gel come complesso di cloruro d'argento (0,10 mg/cm²) e viene "
            "rilasciato lentamente fino a 3 giorni a contatto con il fluido della ferita.",
        ],
        "intended_purpose": ("ArgentoGel Ag è destinato alla gestione delle ferite croniche (ulcere del piede diabetico, "
                             "ulcere venose degli arti inferiori, lesioni da pressione) con essudato da scarso a moderato, a rischio "
                             "di infezione o criticamente colonizzate; mantiene un ambiente umido e l'argento agisce come "
                             "barriera antimicrobica nella medicazione."),
        "indications": ["Ulcere del piede diabetico (grado di Wagner 1–2)", "Ulcere venose degli arti inferiori", "Lesioni da pressione di categoria da 2 a 4"],
        "contraindications": [
            "Sensibilità nota all'argento o a uno qualsiasi dei componenti della medicazione",
            "Ustioni a tutto spessore (terzo grado)",
            "Ferite molto essudanti",
            "Durante un esame RM (rimuovere la medicazione prima dell'esame)",
        ],
        "population": "Adulti (dai 18 anni in su). Non utilizzare nei neonati né nelle donne in gravidanza o in allattamento.",
        "users": ("Medici, infermieri esperti in vulnologia e personale sanitario formato; pazienti o caregiver dopo istruzione "
                  "da parte di un professionista sanitario. Ambiti d'uso: ospedali, ambulatori di vulnologia, residenze "
                  "sanitarie assistenziali e assistenza domiciliare."),
        "warnings": [
            "Non utilizzare con agenti ossidanti (ipoclorito, perossido di idrogeno); inattivano l'argento.",
            "Rimuovere la medicazione prima della RM.",
            "In presenza di segni di infezione che si estende, consultare un medico; può essere necessario un trattamento sistemico.",
            "Rivalutare l'uso della medicazione all'argento dopo 2 settimane.",
        ],
        "precautions": [
            "Proteggere i margini della ferita con un film barriera in caso di macerazione.",
            "Non utilizzare su ferite estese (> 20 % della superficie corporea) per il possibile assorbimento sistemico dell'argento.",
        ],
        "adverse": ["Macerazione dei margini della ferita", "Dolore locale o sensazione di bruciore all'applicazione",
                    "Colorazione grigio-bluastra transitoria del letto della ferita (argento)", "Dermatite da contatto allergica o irritativa",
                    "Infezione della ferita nonostante la medicazione"],
        "instructions": [
            "Detergere la ferita secondo il protocollo locale e asciugare la cute circostante.",
            "Scegliere una misura che superi i margini della ferita di circa 2 cm.",
            "Rimuovere il film protettivo e applicare il lato gel sulla ferita.",
            "Fissare con una medicazione secondaria se necessario; sostituire al massimo dopo 3 giorni.",
        ],
        "specs": [
            ["Composizione", "Idrogel (glicerolo, acqua, poliacrilato) su supporto in film di poliuretano"],
            ["Contenuto di argento", "0,10 mg/cm² di argento ionico (complesso di cloruro d'argento)"],
            ["Rilascio di argento", "prolungato fino a 3 giorni"], ["Contenuto d'acqua", "circa 70 %"],
            ["Spessore", "2,5 mm"], ["Tempo di permanenza", "fino a 3 giorni"], ["Sterilizzazione", "Irradiazione gamma"],
        ],
        "storage": "Conservare a 5–25 °C nella busta chiusa. Non congelare.",
    },
}

LABELS = [
    {"defect": "absolute_antimicrobial_claim", "category": "claim",
     "documents": ["CER", "SSCP"],
     "quotes": ["ArgentoGel Ag kills 99.99 % of all wound pathogens and prevents wound infection in all types of wounds."],
     "description": "Absolute, superlative claim (99.99 % of all pathogens, prevents infection in all wound types) based on in vitro data and an 8-week case series with 3.1 % infections; repeated in the SSCP.",
     "accept": ["evidence"]},
    {"defect": "aquaculture_study_as_clinical_evidence", "category": "evidence",
     "documents": ["CER"],
     "quotes": ["Silver ion treatment of recirculating aquaculture water (salmon tanks)",
                "The antimicrobial efficacy in the wound is confirmed by the study of Lindqvist et al. on silver ions in recirculating"],
     "description": "A field study on silver ions in fish-farm water and an in vitro test are used as evidence of antimicrobial efficacy in human wounds.",
     "accept": ["claim"]},
    {"defect": "cer_extends_indications_to_burns_and_surgical_wounds", "category": "intended-use",
     "documents": ["CER", "IFU-en", "CEAR"],
     "quotes": ["Partial-thickness (second-degree) burns, split-skin graft donor sites and surgical wounds healing by secondary intention",
                "intended for the management of acute and chronic wounds, including burns, donor sites and surgical wounds",
                "ArgentoGel Ag is intended for the management of chronic wounds (diabetic foot ulcers, venous leg ulcers, pressure ulcers)",
                "management of chronic wounds (diabetic foot ulcers, venous leg ulcers, pressure ulcers) at risk of infection, in adults"],
     "description": "The CER's intended purpose and indications include acute wounds, partial-thickness burns, donor sites and surgical wounds; the IFU (all languages), CEP, SSCP and CEAR are limited to chronic wounds, and no clinical data cover burns or surgical wounds.",
     "accept": ["evidence"]},
    {"defect": "pmcf_satisfaction_survey_undefined", "category": "pmcf",
     "documents": ["PMCF-plan"],
     "quotes": ["Satisfaction survey with questionnaire sent to wound care nurses using ArgentoGel Ag in the first year after launch.",
                "The number of questionnaires will be defined later depending on sales.",
                "start to be defined after launch"],
     "description": "PMCF for a class III device is only a user satisfaction survey with a generic objective, no clinical endpoints, no sample size rationale and an undefined timeline; it does not address open questions (complete healing, infection, long-term silver exposure).",
     "accept": ["template"]},
]
