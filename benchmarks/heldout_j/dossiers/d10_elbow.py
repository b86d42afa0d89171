"""Total elbow arthroplasty (class III implantable; Art. 54(2)(b) exemption) – clean."""

NAME = "Olecra"

F = {
    "id": "j10_elbow_olecra",
    "device": "Total elbow arthroplasty",
    "cls": "III",
    "name": NAME,
    "models": "OL-H humeral components (100, 150, 200 mm; small/standard); OL-U ulnar components (75, 100 mm); "
              "OL-B hinge pin and UHMWPE bushings",
    "udi": "5430017OLECRATEA01Z",
    "mfr": "Articula Orthopaedics NV",
    "mfr_full": "Articula Orthopaedics NV, Kempische Steenweg 311, 3500 Hasselt, Belgium",
    "srn": "BE-MF-000008126",
    "nb": "Orthocert Europe GmbH, NB 3264",
    "cls_text": "Class III, Rule 8 (total joint replacement)",
    "cecp": "As a total joint replacement, Olecra is class III and implantable; Article 54(1)(a) would require the "
            "consultation procedure. However, Olecra has been marketed by Articula since 2012 under Directive "
            "93/42/EEC (last certificate 3264-MDD-0457, valid until 26/05/2024) for the same intended purpose, and "
            "the only changes are those needed for the MDR (labelling, UDI, IFU update); according to Article "
            "54(2)(b) and MDCG 2019-3 rev. 1 the consultation procedure is therefore not required, subject to "
            "confirmation by the Notified Body.",
    "desc": "Olecra is a linked, semi-constrained (\"sloppy hinge\", 7° varus-valgus and 7° axial laxity) cemented "
            "total elbow prosthesis; the humeral component (Ti-6Al-4V, plasma-sprayed proximal part, anterior "
            "flange for bone graft) and the ulnar component (Ti-6Al-4V) are linked by a CoCrMo hinge pin turning in "
            "UHMWPE bushings; both stems are fixed with PMMA bone cement.",
    "ip": "Olecra is intended to replace the elbow joint in order to relieve pain and restore a functional range "
          "of motion in skeletally mature patients with destruction of the elbow articular surfaces.",
    "indications": [
        "Rheumatoid or other inflammatory arthritis with painful destruction of the elbow",
        "Post-traumatic arthritis; non-union of the distal humerus",
        "Comminuted distal humerus fracture not amenable to internal fixation, in patients of 65 years or older",
        "Primary osteoarthritis in low-demand patients",
        "Revision of a failed elbow arthroplasty with adequate bone stock",
    ],
    "contra": [
        "Active or recent infection of the elbow",
        "Paralysis or insufficient function of the elbow flexors",
        "Neuropathic (Charcot) joint",
        "Patients unwilling or unable to respect the lifting restrictions (e.g. heavy manual workers)",
    ],
    "population": "Skeletally mature adults (18 years and older); fractures only from 65 years of age.",
    "pop_items": [
        "Skeletally mature adults, 18 years or older",
        "Distal humerus fractures: 65 years or older",
        "Low-demand patients able to respect lifelong lifting restrictions",
    ],
    "users_setting": "Orthopaedic surgeons with training in elbow arthroplasty; hospital operating theatres.",
    "benefits": [
        ("Pain relief", "VAS pain; Mayo Elbow Performance Score (MEPS) pain component"),
        ("Function", "MEPS total; flexion-extension arc"),
        ("Durability", "Implant survival, revision for any reason (Kaplan-Meier)"),
    ],
    "criteria": [
        ("Survival (revision for any reason)", "≥ 85 % at 10 years", "Registries, linked TEA"),
        ("MEPS good/excellent", "≥ 75 % at ≥ 2 years", "Literature"),
        ("Deep infection", "≤ 5 %", "Literature 3–8 %"),
        ("Ulnar nerve dysfunction, persistent", "≤ 5 %", "Literature"),
    ],
    "cep_scope": "Clinical evaluation plan for the MDR transition of Olecra (legacy device, CE marked 2012 under MDD).",
    "cdp": "Device-specific clinical data from 12 years of market use: the single-centre prospective cohort OL-C1 "
           "(n = 96, mean follow-up 9,8 years), the Dutch Arthroplasty Register (LROI) extract for Olecra "
           "(n = 412), and the PMS data (about 1 850 implants sold). No equivalence with another device is claimed.",
    "search": "PubMed, Embase and CENTRAL, 01/2000 to 01/2024: (total elbow arthroplasty OR elbow replacement) AND "
              "(survival OR outcome); 689 records; 22 retained, including 3 on Olecra.",
    "cep_pmcf": "PMCF: LROI registry follow-up and OL-C2 cohort (plan OL-PMCF-01).",
    "cer_summary": "Twelve years of device-specific data (cohort, registry, PMS) show a 10-year survival of 88,6 % "
                   "and good or excellent function in four patients out of five; the legacy device can be "
                   "certified under the MDR. Benefit-risk favourable.",
    "sota": [
        "Total elbow arthroplasty is the reference treatment for destroyed rheumatoid elbows and an option for "
        "comminuted distal humerus fractures in older patients; linked semi-constrained designs dominate [1, 2].",
        "Registry survival of linked TEA is 85–92 % at 10 years; complications include infection (3–8 %), "
        "aseptic loosening, bushing wear, periprosthetic fracture and ulnar neuropathy [2-4].",
    ],
    "studies": [
        ("[2]", "Registry", "1 238", "All TEA", "10 years", "Survival 88 % (linked)"),
        ("[3]", "Systematic review", "9 379", "TEA", "Mean 7 years", "Complication rate 24 %"),
        ("[5]", "Prospective cohort OL-C1 (Olecra)", "96", "RA 52, PTA 28, fracture 16", "Mean 9,8 years",
         "Survival 88,6 % at 10 years; MEPS 86"),
        ("[6]", "Registry LROI (Olecra)", "412", "All indications", "Up to 10 years", "Survival 89,1 % at 10 years"),
    ],
    "own_data": "OL-C1: 96 elbows in 91 patients (aged 24 to 88 years); Kaplan-Meier survival (revision for any "
                "reason) 88,6 % (95 % CI 80,1–93,6) at 10 years; MEPS good or excellent 81 %; deep infection 3,1 %; "
                "persistent ulnar nerve dysfunction 3,1 %. LROI: 412 Olecra, 10-year survival 89,1 %.",
    "pms": "About 1 850 implants sold 2012–2023; 21 complaints; 14 revisions reported (bushing wear 5, loosening 6, "
           "infection 3); no field safety corrective action.",
    "results": [
        ("Survival ≥ 85 % at 10 years", "88,6 % (cohort); 89,1 % (registry)", "Met"),
        ("MEPS good/excellent ≥ 75 %", "81 %", "Met"),
        ("Deep infection ≤ 5 %", "3,1 %", "Met"),
        ("Ulnar nerve ≤ 5 %", "3,1 %", "Met"),
    ],
    "claims": [
        "Implant survival close to 89 % at 10 years (revision for any reason) [5, 6]",
        "Good or excellent Mayo score in about 80 % of patients [5]",
    ],
    "br": "Pain relief and function in patients with no good alternative; risks (infection, loosening, bushing "
          "wear, nerve injury) are at or below the state of the art. Favourable.",
    "residual": [
        "Deep infection",
        "Aseptic loosening; bushing wear requiring exchange",
        "Periprosthetic fracture",
        "Ulnar nerve dysfunction",
        "Triceps insufficiency",
    ],
    "cer_pmcf": "PMCF continues long-term survival monitoring beyond 10 years and in fracture patients (16 in OL-C1).",
    "conclusion": "Conformity with the GSPR is demonstrated by device-specific long-term data.",
    "refs": [
        "Prkić A, van Bergen CJ, The B, et al. Total elbow arthroplasty is moving forward: review on past, present "
        "and future. World J Orthop. 2016;7(1):44-9.",
        "Plaschke HC, Thillemann TM, Brorson S, et al. Implant survival after total elbow arthroplasty: a "
        "retrospective study of 324 procedures performed from 1980 to 2008. J Shoulder Elbow Surg. "
        "2014;23(6):829-36.",
        "Welsink CL, Lambers KTA, van Deurzen DFP, et al. Total elbow arthroplasty: a systematic review. JBJS Rev. "
        "2017;5(7):e4.",
        "Voloshin I, Schippert DW, Kakar S, et al. Complications of total elbow replacement: a systematic review. "
        "J Shoulder Elbow Surg. 2011;20(1):158-68.",
        "Articula Orthopaedics NV. OL-C1 cohort, 10-year report, 15/11/2023.",
        "Articula Orthopaedics NV. LROI data extract Olecra 2012–2023, 10/01/2024.",
    ],
    "warnings": [
        "Lifelong restriction: no repetitive lifting of more than 1 kg and no single lift above 5 kg with the "
        "operated arm.",
        "Use only Olecra components; do not combine with components of other manufacturers.",
        "Protect the ulnar nerve during the whole procedure (transposition recommended).",
        "MR Conditional: 1,5 T and 3 T, whole-body SAR ≤ 2 W/kg, 15 minutes of scanning.",
    ],
    "steps": [
        "Posterior approach, triceps-on or triceps-reflecting; identify and protect the ulnar nerve.",
        "Prepare the humerus and ulna with the dedicated rasps; perform trial reduction.",
        "Cement the components (PMMA, cement restrictor), add the bone graft behind the anterior flange.",
        "Link the components with the hinge pin; check range of motion and stability.",
    ],
    "side_effects": [
        "Infection",
        "Loosening, bushing wear, periprosthetic fracture",
        "Ulnar nerve dysfunction",
        "Triceps weakness, stiffness",
    ],
    "specs": [
        ("Humeral stem lengths", "100, 150 and 200 mm"),
        ("Ulnar stem lengths", "75 and 100 mm"),
        ("Materials", "Ti-6Al-4V; CoCrMo pin; UHMWPE bushings"),
        ("Laxity", "7° varus-valgus, 7° axial rotation"),
        ("Fixation", "Cemented (PMMA)"),
    ],
    "pmcf": {
        "ref": "Olecra total elbow; CER OL-CER-03 (version 3.0); risk management report OL-RMR-02.",
        "objectives": [
            "Survival beyond 10 years (residual risk: loosening, bushing wear) – registry follow-up",
            "Outcomes in distal humerus fractures (16 patients in OL-C1) – prospective cohort OL-C2",
            "Rate of infection and ulnar nerve dysfunction in routine use",
        ],
        "design": "(a) Annual analysis of Olecra data in the Dutch Arthroplasty Register (LROI) and any other registry "
                  "reporting elbows; (b) prospective multicentre cohort OL-C2 with 5-year follow-up.",
        "population": "OL-C2: skeletally mature adults treated with Olecra for any indication of the IFU, with at least "
                      "60 fractures in patients aged 65 years or older.",
        "setting": "6 orthopaedic departments (BE, NL, DE).",
        "endpoints": [
            ("Survival", "Revision for any reason", "Yearly"),
            ("MEPS", "Mayo Elbow Performance Score", "1, 2, 5 years"),
            ("Complications", "Infection, nerve, fracture", "Each visit"),
        ],
        "n": "OL-C2: 150 patients including 60 fractures; a 5-year survival of 92 % is estimated with a 95 % CI of "
             "± 4,5 % (all) and ± 7 % (fractures).",
        "timeline": [
            ("OL-C2 first patient", "Q3 2024"),
            ("Registry analyses", "Yearly"),
            ("OL-C2 2-year report", "Q4 2027"),
            ("OL-C2 5-year report", "Q4 2030"),
        ],
        "report": "PMCF evaluation report yearly; CER and SSCP updates yearly.",
    },
    "sscp": {
        "clin": "In a cohort of 96 elbows followed for almost 10 years, 88,6 % of prostheses had not been revised at "
                "10 years; the Dutch registry shows 89,1 % at 10 years for 412 Olecra prostheses.",
        "pmcf": "The registry follow-up continues and a new cohort of 150 patients is starting.",
        "users": "Orthopaedic surgeons experienced in elbow surgery.",
        "warnings": [
            "For life, avoid repeated lifting of loads above 1000 g and any single lift heavier than 5000 g with the "
            "operated arm.",
            "Only Olecra components may be combined.",
            "The ulnar nerve must be protected throughout surgery.",
        ],
    },
    "cear": {
        "type": "Transition from MDD certificate to MDR (legacy device)",
        "cer_ref": "OL-CER-03, version 3.0 of 29/01/2024",
        "pop": "Skeletally mature adults; distal humerus fractures from 65 years.",
        "cecp": "Class III implantable (Rule 8). The NB has verified the MDD certificate 3264-MDD-0457, its history, "
                "and that the changes are limited to MDR requirements (MDCG 2019-3 rev. 1); the exemption of "
                "Article 54(2)(b) applies and the consultation procedure is not required. Eudamed notification "
                "under Article 54(3) made.",
        "assess": [
            "Device-specific long-term data (OL-C1, LROI, PMS) of sufficient quality and duration; all CEP criteria "
            "are reported and met in the CER.",
        ],
        "br": "Favourable and consistent with the indications.",
        "pmcf": "Adequate: registry plus prospective cohort focused on fractures.",
        "ifu": "IFU (EN, FR) and SSCP consistent.",
        "concl": "Clinical evidence sufficient; no expert panel consultation needed (Art. 54(2)(b)).",
    },
    "ov": {
        "SSCP": {"population": "Adults whose skeleton has finished growing (from 18 years); for fractures, patients "
                               "aged 65 or older."},
    },
    "tr": {
        "fr": {
            "desc": "Olecra est une prothèse totale de coude cimentée, à charnière semi-contrainte (laxité de 7°), "
                    "dont les composants huméral et ulnaire sont reliés par un axe en CoCrMo tournant dans des "
                    "bagues en polyéthylène.",
            "ip": "Olecra est destinée à remplacer l'articulation du coude afin de soulager la douleur et de rendre "
                  "une amplitude de mouvement fonctionnelle chez les patients au squelette mature présentant une "
                  "destruction des surfaces articulaires du coude.",
            "indications": [
                "Polyarthrite rhumatoïde ou autre arthrite inflammatoire avec destruction douloureuse du coude",
                "Arthrose post-traumatique ; pseudarthrose de l'humérus distal",
                "Fracture comminutive de l'humérus distal non ostéosynthésable, chez les patients de 65 ans ou plus",
                "Arthrose primitive chez les patients à faible demande fonctionnelle",
                "Reprise d'une arthroplastie du coude avec stock osseux suffisant",
            ],
            "contra": [
                "Infection active ou récente du coude",
                "Paralysie ou insuffisance des fléchisseurs du coude",
                "Arthropathie neurogène (Charcot)",
                "Patients ne pouvant respecter les restrictions de port de charges",
            ],
            "population": "Adultes au squelette mature (18 ans et plus) ; fractures uniquement à partir de 65 ans.",
            "users_setting": "Chirurgiens orthopédistes formés à l'arthroplastie du coude ; bloc opératoire.",
            "warnings": [
                "Restriction à vie : pas de port répété de plus de 1 kg ni de port unique de plus de 5 kg avec le "
                "bras opéré.",
                "N'utiliser que des composants Olecra.",
                "Protéger le nerf ulnaire pendant toute l'intervention (transposition recommandée).",
                "Compatible IRM sous conditions : 1,5 T et 3 T.",
            ],
            "steps": [
                "Voie postérieure ; repérer et protéger le nerf ulnaire.",
                "Préparer l'humérus et l'ulna avec les râpes ; essais.",
                "Cimenter les composants et placer la greffe osseuse derrière l'aileron antérieur.",
                "Relier les composants par l'axe ; contrôler la mobilité et la stabilité.",
            ],
            "side_effects": ["Infection", "Descellement, usure des bagues, fracture périprothétique",
                             "Atteinte du nerf ulnaire", "Faiblesse du triceps, raideur"],
            "specs": [
                ("Longueurs de tige humérale", "100, 150 et 200 mm"),
                ("Longueurs de tige ulnaire", "75 et 100 mm"),
                ("Matériaux", "Ti-6Al-4V ; axe CoCrMo ; bagues UHMWPE"),
                ("Laxité", "7° varus-valgus, 7° en rotation"),
                ("Fixation", "Cimentée (PMMA)"),
            ],
        },
    },
    "docs": {
        "CEP": {"file": "OL-CEP-02_v2.0.docx", "no": "OL-CEP-02", "rev": "2.0", "date": "03/07/2023"},
        "CER": {"file": "OL-CER-03_v3.0_Clinical_Evaluation_Report.pdf", "no": "OL-CER-03", "rev": "3.0",
                "date": "29/01/2024", "author": "Dr. F. Hermans, MD, Clinical Affairs"},
        "PMCF-plan": {"file": "OL-PMCF-01_v1.2.docx", "no": "OL-PMCF-01", "rev": "1.2", "date": "29/01/2024"},
        "IFU-en": {"file": "Olecra_IFU_EN.pdf", "no": "OL-IFU-EN", "rev": "12", "date": "01/2024"},
        "IFU-fr": {"file": "Olecra_Notice_FR.pdf", "no": "OL-IFU-FR", "rev": "12", "date": "01/2024"},
        "SSCP": {"file": "OL-SSCP-01_v1.0.pdf", "no": "OL-SSCP-01", "rev": "1.0", "date": "29/01/2024"},
        "CEAR": {"file": "OCE-3264_CEAR_Olecra.md", "no": "OCE-CEAR-24-0033", "rev": "1", "date": "22/03/2024"},
    },
    "style": {
        "all": {"num": "alpha", "pop_as": "bullets", "ip_title": "Intended purpose"},
        "CER": {"hf": ("Articula Orthopaedics NV – Olecra – OL-CER-03 v3.0", "Confidential"),
                "order": ["summary", "device", "ip", "data", "sota", "analysis", "br", "pmcf", "concl", "refs"]},
        "CEP": {"num": "dot"},
        "IFU": {"num": "dot", "pop_as": "prose", "hf": ("Articula Orthopaedics NV", "OL-IFU rev. 12")},
        "SSCP": {"num": "dot", "font": "serif"},
        "CEAR": {"num": "none"},
        "PMCF-plan": {"num": "dot"},
    },
}

LABELS = []
