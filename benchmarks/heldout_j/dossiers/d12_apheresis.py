"""Therapeutic apheresis system (class IIb active, Rule 12; Art. 54(1)(b) applies) – clean."""

NAME = "Separa TX"

F = {
    "id": "j12_apheresis_separa",
    "device": "Therapeutic apheresis system",
    "cls": "IIb",
    "name": NAME,
    "models": "STX-1 apheresis instrument (software 3.2); STX-K1 TPE kit; STX-K2 red cell exchange kit",
    "udi": "8033771SEPARATX1PQ",
    "mfr": "Emoflux S.p.A.",
    "mfr_full": "Emoflux S.p.A., Via Gallarate 184, 20151 Milano, Italy",
    "srn": "IT-MF-000044071",
    "nb": "Ente Certificazione Dispositivi Medici (ECDM), NB 3140",
    "cls_text": "Class IIb, Rule 12 (active device removing body liquids and administering medicinal products in a "
                "potentially hazardous manner)",
    "cecp": "The Separa TX removes blood and plasma from the patient and returns cells together with an anticoagulant "
            "(ACD-A, citrate solution authorised as a medicinal product) and replacement fluids (human albumin 5 % or "
            "plasma, medicinal products); it is therefore a class IIb active device intended to administer and "
            "remove medicinal products in the sense of Article 54(1)(b), and the clinical evaluation consultation "
            "procedure applies. No Article 54(2) exemption: initial certification, new instrument platform.",
    "desc": "Continuous-flow centrifugal apheresis instrument with single-use kits: whole blood is drawn from a "
            "venous access, anticoagulated with ACD-A at a programmable ratio, separated in a rotating belt-shaped "
            "chamber, and the selected component (plasma or red cells) is removed while the remaining components "
            "and the replacement fluid are returned to the patient; extracorporeal volume 165 mL resp. 185 mL (TPE resp. RBCX kit); inlet "
            "flow 10 to 150 mL/min; monitoring of access and return pressures, air detection and fluid balance.",
    "ip": "The Separa TX is intended for therapeutic plasma exchange (TPE) and red blood cell exchange (RBCX) in "
          "patients with diseases for which therapeutic apheresis is an accepted treatment, performed in hospital "
          "apheresis units and intensive care units.",
    "indications": [
        "TPE for diseases of ASFA categories I and II (e.g. thrombotic thrombocytopenic purpura, Guillain-Barré "
        "syndrome, myasthenic crisis, anti-GBM disease, hyperviscosity)",
        "RBCX for sickle cell disease (acute chest syndrome, stroke prevention, pre-operative)",
    ],
    "contra": [
        "Haemodynamic instability not corrected before the procedure",
        "Known hypersensitivity to ethylene oxide, ACD-A or albumin",
        "Inadequate vascular access",
    ],
    "population": "Adults and paediatric patients with a body weight of 20 kg or more.",
    "pop_note": "Patients from 20 to 40 kg: the extracorporeal volume (165 mL) must not exceed 15 % of the total "
                "blood volume; priming with red cells is required otherwise.",
    "users_setting": "Physicians and apheresis nurses trained by Emoflux; hospital apheresis units, haematology "
                     "and nephrology departments, intensive care units.",
    "benefits": [
        ("Effective removal of plasma / pathogenic substances", "Plasma removal efficiency; IgG reduction per TPE"),
        ("Effective red cell exchange", "Post-procedure HbS fraction vs target"),
        ("Safe procedure", "Rate of adverse events (citrate reactions, hypotension, access problems)"),
    ],
    "criteria": [
        ("Plasma removal efficiency", "≥ 80 % of target plasma volume removed in ≥ 95 % of procedures", "SOTA"),
        ("HbS after RBCX", "≤ 30 % (or target) in ≥ 90 % of procedures", "Guidelines"),
        ("Severe adverse events", "≤ 1 % of procedures", "Registries 0,5–1 %"),
        ("Procedures stopped for device reasons", "≤ 2 %", "SOTA"),
    ],
    "cep_scope": "Clinical evaluation plan for the Separa TX system (instrument and TPE and RBCX kits), initial "
                 "certification under Regulation (EU) 2017/745.",
    "cdp": "Clinical investigation STX-CI-01 (prospective, 4 Italian and 2 French centres, 112 patients, 480 "
           "procedures, of which 24 paediatric patients 20–40 kg); literature on apheresis for the state of the art; "
           "PMCF registry.",
    "search": "PubMed and Embase (2010–2023): (therapeutic plasma exchange OR red cell exchange) AND (safety OR "
              "efficiency OR adverse events); 544 records; 20 retained.",
    "cep_pmcf": "Registry STX-REG (PMCF plan STX-PMCF-01).",
    "cer_summary": "In 480 procedures of the STX-CI-01 investigation, the Separa TX reached the plasma removal and "
                   "HbS targets in more than 95 % of procedures with a severe adverse event rate of 0,4 %; the "
                   "benefit-risk is favourable.",
    "sota": [
        "Therapeutic apheresis is an established treatment for the indications graded by the American Society for "
        "Apheresis (ASFA) [1]; centrifugal continuous-flow systems are the standard in Europe [2].",
        "Adverse events occur in 4–6 % of procedures, mostly mild (citrate paraesthesia, hypotension, access "
        "problems); severe events in 0,5–1 % [3, 4].",
    ],
    "studies": [
        ("[3]", "Registry", "50 846 procedures", "Adults and children", "Per procedure", "AE 5,7 %; severe 0,4 %"),
        ("[4]", "Registry", "7 142 procedures", "Children", "Per procedure", "AE 5 %"),
        ("[5]", "Prospective", "72", "Sickle cell, RBCX", "Per procedure", "HbS target in 94 %"),
        ("[6]", "STX-CI-01", "112 patients / 480 procedures", "6–81 years, 20–88 kg", "Per procedure + 24 h",
         "Efficiency target 97,1 %; severe AE 0,4 %"),
    ],
    "own_data": "STX-CI-01 (2022–2023): 112 patients (88 adults, 24 children aged 6 to 15 years, body weight from "
                "20 to 88 kg), 402 TPE and 78 RBCX. Plasma removal ≥ 80 % of target in 97,1 % of TPE; HbS target "
                "reached in 93,6 % of RBCX; severe AE 2/480 (0,4 %: one hypotension requiring vasopressors, one "
                "citrate reaction with tetany); procedures stopped for device reasons 5/480 (1,0 %).",
    "pms": "Not applicable.",
    "results": [
        ("Plasma removal ≥ 80 % in ≥ 95 %", "97,1 %", "Met"),
        ("HbS target in ≥ 90 %", "93,6 %", "Met"),
        ("Severe AE ≤ 1 %", "0,4 %", "Met"),
        ("Device stops ≤ 2 %", "1,0 %", "Met"),
    ],
    "claims": [
        "Target plasma volume removed in more than 95 % of TPE procedures [6]",
        "Severe adverse events in 0,4 % of procedures, within the registry range [3, 6]",
    ],
    "br": "Apheresis is a life-saving or disease-modifying treatment for the listed indications; the device "
          "performs as the state of the art with low adverse event rates. Favourable.",
    "residual": [
        "Citrate toxicity (hypocalcaemia, paraesthesia, tetany)",
        "Hypotension, vasovagal reactions, volume imbalance",
        "Haemolysis; air embolism (mitigated by air detector)",
        "Allergic reactions to replacement fluids",
        "Bleeding due to depletion of coagulation factors (albumin replacement)",
    ],
    "cer_pmcf": "PMCF will confirm rare severe events and paediatric performance (24 children in STX-CI-01).",
    "conclusion": "Conformity with the GSPR is demonstrated for the intended purpose.",
    "refs": [
        "Connelly-Smith L, Alquist CR, Aqui NA, et al. Guidelines on the use of therapeutic apheresis in clinical "
        "practice – evidence-based approach from the Writing Committee of the American Society for Apheresis: "
        "the ninth special issue. J Clin Apher. 2023;38(2):77-278.",
        "Kaplan AA. Therapeutic plasma exchange: a technical and operational review. J Clin Apher. "
        "2013;28(1):3-10.",
        "Mörtzell Henriksson M, Newman E, Witt V, et al. Adverse events in apheresis: an update of the WAA "
        "registry data. Transfus Apher Sci. 2016;54(1):2-15.",
        "Witt V, Stegmayr B, Ptak J, et al. World Apheresis Registry data from 2003 to 2007, the pediatric and "
        "adolescent side of the registry. Transfus Apher Sci. 2008;39(3):255-60.",
        "Rossi L, Dufour M, Ferraro G, et al. Automated red cell exchange in sickle cell disease: a prospective "
        "multicentre study. Blood Transfus. 2021;19(4):311-8.",
        "Emoflux S.p.A. STX-CI-01 clinical investigation report, 28/11/2023.",
    ],
    "warnings": [
        "Monitor ionised calcium in patients with hepatic impairment, in children and during long procedures; "
        "give calcium supplementation according to the local protocol.",
        "In patients below 40 kg, prime the kit with compatible red cells if the extracorporeal volume exceeds 15 % "
        "of the total blood volume.",
        "Never bypass or disable the air detector.",
        "Patients receiving ACE inhibitors may develop severe hypotension with albumin replacement; stop ACE "
        "inhibitors 24 hours before.",
        "Drugs bound to plasma proteins (e.g. some antibiotics) may be removed; schedule dosing after the procedure.",
    ],
    "steps": [
        "Install the kit, prime with saline and ACD-A, perform the automatic tests.",
        "Enter patient data (sex, height, weight, haematocrit) and the target volume or HbS.",
        "Connect the access and return lines; start the procedure.",
        "At the end, rinse back and disconnect; record the fluid balance.",
    ],
    "side_effects": [
        "Citrate reactions (paraesthesia, tetany)",
        "Hypotension, vasovagal reaction",
        "Allergic reactions; haemolysis",
        "Access-related bleeding or thrombosis",
    ],
    "specs": [
        ("Inlet flow", "10 to 150 mL/min"),
        ("Extracorporeal volume", "165 mL (TPE kit); 185 mL (RBCX kit)"),
        ("Anticoagulant ratio", "ACD-A 1:8 to 1:20"),
        ("Minimum patient weight", "20 kg"),
        ("Air detection", "Ultrasonic, return line"),
    ],
    "pmcf": {
        "ref": "Separa TX; CER STX-CER-01 edition 2; CEP STX-CEP-01 edition 1.",
        "objectives": [
            "Rate of severe adverse events (residual risks: citrate toxicity, hypotension, air embolism) with a "
            "precision sufficient to compare with the 1 % criterion",
            "Performance and safety in paediatric patients of 20 to 40 kg",
            "Procedures stopped for device reasons in routine use",
        ],
        "design": "Prospective multicentre registry STX-REG; procedure data exported from the instrument and "
                  "completed by the clinical CRF.",
        "population": "All patients treated with the Separa TX in participating units (adults and children of 20 kg "
                      "and more), including ICU patients.",
        "setting": "10 hospital apheresis units and ICUs in Italy, France and Belgium.",
        "endpoints": [
            ("Severe AE", "WAA severity grading", "Per procedure + 24 h"),
            ("Efficiency", "Plasma removal / HbS target", "Per procedure"),
            ("Device stops", "Procedures stopped for device reasons", "Per procedure"),
        ],
        "n": "3 000 procedures, including ≥ 300 in patients of 20 to 40 kg: with 3 000 procedures, a true severe AE "
             "rate of 0,5 % gives an upper 95 % limit below 0,8 %.",
        "timeline": [
            ("Start", "Q2 2025"),
            ("Interim (1 500 procedures)", "Q3 2026"),
            ("Final", "Q4 2027"),
        ],
        "report": "Yearly PMCF evaluation report with the PSUR (class IIb).",
    },
    "cear": {
        "cer_ref": "STX-CER-01 edition 2 of 15/01/2024",
        "pop": "Adults and children of 20 kg and more; extracorporeal volume constraints for 20 to 40 kg addressed "
               "in the IFU.",
        "cecp": "Class IIb active device administering (ACD-A, albumin) and removing medicinal products and body "
                "liquids, Rule 12; Art. 54(1)(b) applies; no exemption.",
        "assess": [
            "STX-CI-01 (112 patients, 480 procedures) supports performance and safety for TPE and RBCX in adults and "
            "children from 20 kg; CEP criteria reported and met in the CER.",
        ],
        "br": "Favourable.",
        "pmcf": "STX-REG: objectives tied to residual risks, 3 000 procedures, timeline; adequate.",
        "ifu": "IFU (EN, IT, FR) reviewed; no SSCP needed (class IIb, not implantable).",
        "concl": "Sufficient clinical evidence; the consultation procedure is initiated.",
    },
    "ov": {
        "IFU": {"population": "Adult and paediatric patients weighing at least 20 kg.",
                "pop_note": "Between 20 and 40 kg, check that the extracorporeal volume does not exceed 15 % of the "
                            "total blood volume; otherwise prime with red cells."},
    },
    "tr": {
        "it": {
            "desc": "Separatore cellulare centrifugo a flusso continuo con kit monouso; volume extracorporeo 165 mL "
                    "(kit TPE); flusso di prelievo da 10 a 150 mL/min.",
            "ip": "Separa TX è destinato allo scambio plasmatico terapeutico (TPE) e all'eritrocitoaferesi "
                  "terapeutica (RBCX) in pazienti affetti da malattie per le quali l'aferesi terapeutica è un "
                  "trattamento riconosciuto, in unità di aferesi ospedaliere e unità di terapia intensiva.",
            "indications": [
                "TPE per malattie delle categorie ASFA I e II (es. porpora trombotica trombocitopenica, sindrome di "
                "Guillain-Barré, crisi miastenica)",
                "RBCX per l'anemia falciforme",
            ],
            "contra": [
                "Instabilità emodinamica non corretta",
                "Ipersensibilità nota all'ossido di etilene, all'ACD-A o all'albumina",
                "Accesso vascolare inadeguato",
            ],
            "population": "Pazienti adulti e pediatrici con peso corporeo pari o superiore a 20 kg.",
            "pop_note": "Tra 20 e 40 kg: il volume extracorporeo non deve superare il 15 % del volume ematico totale.",
            "users_setting": "Medici e infermieri di aferesi formati; unità di aferesi ospedaliere, terapia intensiva.",
            "warnings": [
                "Monitorare il calcio ionizzato nei bambini, nell'insufficienza epatica e nelle procedure lunghe.",
                "Sotto i 40 kg, eseguire il priming con globuli rossi se il volume extracorporeo supera il 15 %.",
                "Non escludere né disattivare mai il rilevatore d'aria.",
                "Sospendere gli ACE-inibitori 24 ore prima in caso di reinfusione di albumina.",
            ],
            "steps": [
                "Installare il kit, eseguire il priming e i test automatici.",
                "Inserire i dati del paziente e l'obiettivo.",
                "Collegare le linee e avviare la procedura.",
                "Al termine, restituire il sangue del circuito e scollegare.",
            ],
            "side_effects": ["Reazioni al citrato", "Ipotensione, reazione vasovagale",
                             "Reazioni allergiche; emolisi", "Sanguinamento o trombosi dell'accesso"],
            "specs": [
                ("Flusso di prelievo", "da 10 a 150 mL/min"),
                ("Volume extracorporeo", "165 mL (TPE); 185 mL (RBCX)"),
                ("Rapporto anticoagulante", "ACD-A da 1:8 a 1:20"),
                ("Peso minimo del paziente", "20 kg"),
            ],
        },
        "fr": {
            "desc": "Séparateur centrifuge à flux continu avec kits à usage unique ; volume extracorporel de 165 mL "
                    "(kit EP) ; débit de prélèvement de 10 à 150 mL/min.",
            "ip": "Le Separa TX est destiné aux échanges plasmatiques thérapeutiques (EP) et aux échanges "
                  "érythrocytaires (EE) chez les patients atteints de maladies pour lesquelles l'aphérèse "
                  "thérapeutique est un traitement reconnu, en unité d'aphérèse hospitalière et en soins intensifs.",
            "indications": [
                "EP pour les maladies des catégories ASFA I et II (p. ex. purpura thrombotique thrombocytopénique, "
                "syndrome de Guillain-Barré, crise myasthénique)",
                "EE pour la drépanocytose",
            ],
            "contra": [
                "Instabilité hémodynamique non corrigée",
                "Hypersensibilité connue à l'oxyde d'éthylène, à l'ACD-A ou à l'albumine",
                "Abord vasculaire inadéquat",
            ],
            "population": "Patients adultes et pédiatriques d'un poids d'au moins 20 kg.",
            "pop_note": "Entre 20 et 40 kg : le volume extracorporel ne doit pas dépasser 15 % de la volémie.",
            "users_setting": "Médecins et infirmiers d'aphérèse formés ; unités d'aphérèse hospitalières, soins intensifs.",
            "warnings": [
                "Surveiller le calcium ionisé chez l'enfant, en cas d'insuffisance hépatique et lors des procédures longues.",
                "En dessous de 40 kg, amorcer avec des globules rouges si le volume extracorporel dépasse 15 %.",
                "Ne jamais contourner ni désactiver le détecteur d'air.",
                "Arrêter les IEC 24 heures avant en cas de restitution d'albumine.",
            ],
            "steps": [
                "Installer le kit, amorcer et effectuer les tests automatiques.",
                "Saisir les données du patient et l'objectif.",
                "Raccorder les lignes et démarrer la procédure.",
                "En fin de procédure, restituer le sang du circuit et déconnecter.",
            ],
            "side_effects": ["Réactions au citrate", "Hypotension, malaise vagal",
                             "Réactions allergiques ; hémolyse", "Saignement ou thrombose de l'abord"],
            "specs": [
                ("Débit de prélèvement", "10 à 150 mL/min"),
                ("Volume extracorporel", "165 mL (EP) ; 185 mL (EE)"),
                ("Rapport d'anticoagulation", "ACD-A de 1:8 à 1:20"),
                ("Poids minimal du patient", "20 kg"),
            ],
        },
    },
    "docs": {
        "CEP": {"file": "STX-CEP-01_ed1.pdf", "no": "STX-CEP-01", "rev": "edition 1", "date": "21/02/2022"},
        "CER": {"file": "STX-CER-01_ed2_CER.pdf", "no": "STX-CER-01", "rev": "edition 2", "date": "15/01/2024",
                "author": "Dr.ssa M. Conti (ematologia); Regulatory Affairs Emoflux"},
        "PMCF-plan": {"file": "STX-PMCF-01_ed1.md", "no": "STX-PMCF-01", "rev": "edition 1", "date": "15/01/2024"},
        "IFU-en": {"file": "Separa_TX_IFU_EN.docx", "no": "STX-IFU-EN", "rev": "2.0", "date": "12/2023"},
        "IFU-it": {"file": "Separa_TX_IFU_IT.pdf", "no": "STX-IFU-IT", "rev": "2.0", "date": "12/2023"},
        "IFU-fr": {"file": "Separa_TX_Notice_FR.docx", "no": "STX-IFU-FR", "rev": "2.0", "date": "12/2023"},
        "CEAR": {"file": "ECDM-3140_CEAR_Separa_TX.docx", "no": "ECDM/CEAR/24/012", "rev": "1", "date": "04/04/2024"},
    },
    "style": {
        "all": {"num": "dot", "pop_as": "prose"},
        "CER": {"num": "para", "hf": ("Emoflux S.p.A. – Separa TX – STX-CER-01 ed. 2", "Confidential"),
                "ip_title": "Intended purpose"},
        "CEP": {"box": True, "font": "serif"},
        "IFU": {"num": "none"},
        "IFU-it": {"hf": ("Emoflux S.p.A. – Separa TX", "STX-IFU-IT 2.0")},
        "CEAR": {"num": "none"},
    },
}

LABELS = []
