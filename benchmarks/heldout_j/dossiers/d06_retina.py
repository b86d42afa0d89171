"""Retinal prosthesis, epiretinal implant with camera glasses (class III active implantable)."""

NAME = "Lumeva E60"
HF = ("Lumeva SA – Lumeva E60 – CER LM-CER-01 rev. D", "Confidential")

F = {
    "id": "j06_retina_lumeva",
    "device": "Retinal prosthesis (epiretinal implant with camera glasses)",
    "cls": "III",
    "name": NAME,
    "models": "E60-IMP epiretinal implant; E60-GL camera glasses; E60-VPU video processing unit; E60-FIT fitting software",
    "udi": "54150330LUMEVAE60R2",
    "mfr": "Lumeva SA",
    "mfr_full": "Lumeva SA, Rue Louis de Geer 6, 1348 Louvain-la-Neuve, Belgium",
    "srn": "BE-MF-000061204",
    "nb": "Qualimed Santé, organisme notifié n° 3077",
    "cls_text": "Class III (Annex VIII, Rule 8: active implantable device)",
    "cecp": "The implant is an active implantable device, class III under Rule 8; the consultation procedure of "
            "Art. 54(1)(a) therefore applies, and none of the exemptions of Art. 54(2) is applicable (initial "
            "certification, new design).",
    "desc": "The Lumeva E60 comprises (i) the implant: an array of 60 platinum electrodes (diameter 200 µm) on a "
            "polyimide film, fixed on the macula by a retinal tack, connected through the sclera to an electronics "
            "case and a receiving coil sutured on the sclera with an encircling band; (ii) glasses with a miniature "
            "camera and a transmitting coil; (iii) a video processing unit worn at the belt, which converts the "
            "images into stimulation patterns sent wirelessly to the implant.",
    "ip": "The Lumeva E60 is intended to provide electrical stimulation of the retina to elicit visual perception "
          "in blind patients with severe to profound outer retinal degeneration, in order to improve orientation, "
          "mobility and the performance of visually guided daily tasks.",
    "indications": [
        "Severe to profound retinitis pigmentosa, with bare light perception or no light perception in both eyes",
        "History of former useful form vision",
        "Aphakic or pseudophakic eye, or phakic eye to be made pseudophakic during the implantation",
    ],
    "contra": [
        "Ocular diseases or conditions preventing the implantation or the function of the implant (e.g. optic "
        "nerve disease, retinal detachment, axial length < 20,5 mm or > 26 mm, corneal opacity)",
        "Inability to tolerate general anaesthesia or the post-operative medication",
        "Predisposition to eye rubbing",
        "Metallic or active implantable device in the head",
    ],
    "population": "Adults aged 25 years or older with severe to profound retinitis pigmentosa.",
    "pop_note": "Note: subjects must be able to follow the rehabilitation programme (about 20 sessions).",
    "users_setting": "Implantation by vitreoretinal surgeons in hospital; fitting by trained low-vision "
                     "specialists; the camera glasses and VPU are used by the patient in daily life at home and "
                     "outdoors.",
    "benefits": [
        ("Visual function", "Square localisation and direction-of-motion tests; grating acuity (logMAR)"),
        ("Functional vision", "Functional Low-Vision Observer Rated Assessment (FLORA)"),
        ("Orientation and mobility", "Door and line tests (success rate, system ON vs OFF)"),
    ],
    "criteria": [
        ("Square localisation", "Better with system ON than OFF in ≥ 80 % of subjects at 12 months", "SOTA"),
        ("Serious adverse events", "Device/procedure-related SAE-free ≥ 65 % at 12 months", "SOTA retinal implants"),
        ("Explantation", "≤ 10 % at 3 years", "SOTA"),
        ("FLORA", "Positive or mild positive effect in ≥ 60 %", "Literature"),
    ],
    "cep_scope": "This plan covers the initial clinical evaluation of the Lumeva E60 under Regulation (EU) "
                 "2017/745 (implant, glasses, video processing unit, fitting software).",
    "cdp": "The Lumeva E60 has no equivalent device; the evidence is the multicentre single-arm investigation "
           "LUM-01 (n = 30, 36 months follow-up planned, 12-month primary analysis) and the literature on retinal "
           "prostheses for the state of the art.",
    "search": "PubMed and Embase from 01/2005 to 01/2024, terms (retinal prosthesis OR epiretinal implant OR "
              "bionic eye) AND (retinitis pigmentosa); 341 records, 18 retained.",
    "cep_pmcf": "PMCF: continuation of LUM-01 to 5 years and a post-market registry.",
    "cer_summary": "The Lumeva E60 provides artificial visual perception to blind patients with retinitis "
                   "pigmentosa; the acceptance criteria are met at 12 months; the benefit-risk is favourable.",
    "sota": [
        "No treatment restores vision in end-stage retinitis pigmentosa; gene therapy (voretigene) is limited to "
        "RPE65 mutations and requires viable photoreceptors [1]. Retinal prostheses are the only option for "
        "patients with bare or no light perception [2, 3].",
        "Epiretinal prostheses with 60 electrodes allow, in the best cases, grating acuity of about 2,9 logMAR "
        "(20/1262), localisation of high-contrast objects and improved orientation; serious adverse events "
        "(hypotony, conjunctival erosion, retinal detachment) occurred in about 30–40 % of subjects [2, 4].",
    ],
    "studies": [
        ("[2]", "Single-arm", "30", "RP, bare/no LP", "5 years", "Square localisation better ON in 89 %"),
        ("[4]", "Post-approval registry", "47", "RP, bare/no LP", "3 years", "SAE in 36 %"),
        ("[5]", "Chronic implantation", "24", "RCS rats", "12 months", "Stable electrode–tissue interface"),
        ("[6]", "LUM-01 (Lumeva E60)", "30", "RP, 27–72 years", "12 months", "Square localisation better ON in 87 %"),
    ],
    "own_data": "LUM-01 (6 sites, 2021–2023): 30 subjects, 12-month primary analysis. Square localisation better with "
                "system ON in 26/30 (87 %); best grating acuity 2,9 logMAR in 7/30; FLORA positive or mild positive "
                "in 20/30 (67 %). Device/procedure-related SAE in 9/30 (30 %): hypotony 3, conjunctival erosion 3, "
                "retinal detachment 1, endophthalmitis 1, tack displacement 1. Long-term safety of the "
                "electrode-retina interface beyond 3 years is supported by study [5].",
    "pms": "No post-market experience.",
    "results": [
        ("Square localisation ≥ 80 %", "87 %", "Met"),
        ("SAE-free ≥ 65 %", "70 %", "Met"),
        ("Explantation ≤ 10 % at 3 years", "1/30 at 12 months", "Met (interim)"),
        ("FLORA ≥ 60 %", "67 %", "Met"),
    ],
    "claims": [
        "The Lumeva E60 restores normal visual function, including the reading of standard newspaper print.",
        "Improves localisation of high-contrast objects and orientation compared with the system switched off [6].",
    ],
    "br": "For patients with no remaining useful vision, the artificial perception improves orientation and "
          "daily tasks; the serious adverse events are mostly treatable. The benefit-risk is favourable.",
    "residual": [
        "Conjunctival erosion or dehiscence over the electronics case",
        "Hypotony; retinal detachment; endophthalmitis",
        "Displacement of the retinal tack or the array",
        "Loss of function requiring explantation",
        "Discomfort or headache with the glasses",
    ],
    "cer_pmcf": "PMCF is needed for long-term safety (5 years), explantation rate and durability of the perception. "
                "The PMCF plan LM-PMCF-02 revision C (12/03/2024) details the studies.",
    "conclusion": "The clinical evidence supports conformity with the GSPR for the intended purpose.",
    "refs": [
        "Russell S, Bennett J, Wellman JA, et al. Efficacy and safety of voretigene neparvovec in patients with "
        "RPE65-mediated inherited retinal dystrophy. Lancet. 2017;390(10097):849-60.",
        "da Cruz L, Dorn JD, Humayun MS, et al. Five-year safety and performance results from the Argus II "
        "retinal prosthesis system clinical trial. Ophthalmology. 2016;123(10):2248-54.",
        "Ayton LN, Barnes N, Dagnelie G, et al. An update on retinal prostheses. Clin Neurophysiol. "
        "2020;131(6):1383-98.",
        "Schaffrath K, Schellhase H, Walter P, et al. One-year safety and performance assessment of the Argus II "
        "retinal prosthesis: a postapproval study. JAMA Ophthalmol. 2019;137(8):896-902.",
        "Moreau T, Lindholm A, et al. Chronic epiretinal electrode implantation in the Royal College of Surgeons "
        "rat: histology at 12 months. J Neural Eng. 2019;16(6):066011.",
        "Lumeva SA. LUM-01 clinical investigation report, 12-month analysis, 20/01/2024.",
    ],
    "warnings": [
        "MR Unsafe: patients with the implant must not undergo MRI examinations of any field strength.",
        "Do not rub the eye; protect it with the shield for 4 weeks after surgery.",
        "The artificial vision does not replace the white cane or guide dog; patients must keep using them.",
        "Remove the glasses and VPU before showering, swimming or contact sports.",
        "Do not use monopolar diathermy or electroconvulsive therapy.",
    ],
    "steps": [
        "Perform a pars plana vitrectomy; fix the encircling band and the electronics case.",
        "Introduce the array through a 5 mm sclerotomy and fix it on the macula with the retinal tack.",
        "Check the electrode impedances intra-operatively.",
        "Activate the system 2 to 4 weeks after surgery; fit the stimulation maps and start rehabilitation.",
    ],
    "side_effects": [
        "Conjunctival erosion or dehiscence",
        "Hypotony, retinal detachment, endophthalmitis",
        "Tack or array displacement; explantation",
        "Inflammation, pain, headache",
    ],
    "specs": [
        ("Number of electrodes", "60 (6 × 10), diameter 200 µm"),
        ("Array size", "about 3 × 5 mm (visual field ≈ 20° diagonal)"),
        ("Stimulation", "Biphasic pulses, amplitude up to 1 mA, frequency up to 60 Hz"),
        ("VPU battery", "at least 5 h of use"),
        ("MRI status", "MR Unsafe"),
    ],
    "pmcf": {
        "ref": "This plan (LM-PMCF-02 revision B) applies to the Lumeva E60 and refers to the CER LM-CER-01 rev. D.",
        "objectives": [
            "Long-term safety to 5 years: conjunctival erosion, hypotony, retinal detachment, explantation",
            "Durability of visual-function benefit (square localisation, FLORA) to 5 years",
            "Device reliability (implant failures, VPU failures)",
        ],
        "design": "(1) LUM-01 extension: the 30 subjects of the pre-market investigation are followed up to 5 years; "
                  "(2) LUM-REG: prospective registry of all subjects implanted after CE marking.",
        "population": "Adults aged 25 years or older with severe to profound retinitis pigmentosa implanted with the "
                      "Lumeva E60.",
        "setting": "Implanting hospitals (6 to 10 in Belgium, France, Germany, Italy); follow-up visits at 1, 3, 6, 12 "
                   "months then yearly.",
        "endpoints": [
            ("SAE", "Device/procedure-related SAE", "Each visit to 5 years"),
            ("Explantation", "Rate of explantation", "5 years"),
            ("Visual function", "Square localisation, motion, grating", "Yearly"),
            ("FLORA", "Functional vision", "Yearly"),
        ],
        "n": "LUM-01 extension (30) plus 60 registry subjects: with 90 subjects an SAE rate of 35 % is estimated with "
             "a 95 % CI of ± 10 %; explantation rates down to 3 % remain detectable (probability ≥ 93 % to observe at "
             "least one event).",
        "timeline": [
            ("Registry start", "Q1 2025"),
            ("LUM-01 3-year report", "Q4 2025"),
            ("LUM-01 5-year report", "Q4 2027"),
            ("Registry final report", "Q4 2030"),
        ],
        "report": "Yearly PMCF evaluation report; updates of the CER and SSCP.",
    },
    "sscp": {
        "clin": "In the LUM-01 study, 30 patients were followed for 12 months: 87 % located a square better with the "
                "system on; 30 % had a serious adverse event related to the device or the surgery, most of them "
                "treated without explantation.",
        "pmcf": "The 30 patients will be followed to 5 years and a registry will include new patients.",
        "users": "Vitreoretinal surgeons after Lumeva training and wet-lab; low-vision rehabilitation specialists "
                 "for fitting.",
    },
    "cear": {
        "cer_ref": "LM-CER-01 rev. D, 12/03/2024",
        "pop": "Adults of 25 years or older with severe to profound RP, bare or no light perception.",
        "cecp": "Class III active implantable; consultation procedure Art. 54(1)(a) applies; no exemption.",
        "assess": [
            "The evidence is the single-arm study LUM-01 with 12-month data; acceptance criteria of the CEP are "
            "reported in the CER. Literature on another epiretinal prosthesis is used as state of the art.",
        ],
        "br": "Favourable for the intended population, considering the absence of alternatives.",
        "pmcf": "PMCF plan with 5-year follow-up and a registry; adequate.",
        "ifu": "IFU (EN, DE, FR) and SSCP reviewed.",
        "concl": "Favourable, subject to the outcome of the consultation procedure.",
    },
    "tr": {
        "de": {
            "desc": "Das Lumeva E60 besteht aus einem epiretinalen Implantat mit 60 Elektroden, einer Brille mit "
                    "Kamera und einer Videoverarbeitungseinheit, die die Bilder in Stimulationsmuster umwandelt.",
            "ip": "Das Lumeva E60 ist bestimmt zur elektrischen Stimulation der Netzhaut, um bei blinden Patienten "
                  "mit schwerer bis vollständiger Degeneration der äußeren Netzhaut visuelle Wahrnehmungen "
                  "hervorzurufen und so Orientierung, Mobilität und visuell geführte Alltagsaufgaben zu verbessern.",
            "indications": [
                "Schwere bis vollständige Retinitis pigmentosa mit bloßer oder keiner Lichtwahrnehmung an beiden Augen",
                "Früheres nutzbares Formensehen",
                "Aphakes oder pseudophakes Auge",
            ],
            "contra": [
                "Augenerkrankungen, die die Implantation oder Funktion verhindern (z. B. Optikuserkrankung, "
                "Netzhautablösung, Achslänge < 20,5 mm oder > 26 mm)",
                "Unverträglichkeit der Allgemeinanästhesie",
                "Neigung zum Augenreiben",
                "Metallisches oder aktives Implantat im Kopfbereich",
            ],
            "population": "Erwachsene ab 25 Jahren mit schwerer bis vollständiger Retinitis pigmentosa.",
            "users_setting": "Implantation durch vitreoretinale Chirurgen im Krankenhaus; Anpassung durch geschulte "
                             "Low-Vision-Fachkräfte; Nutzung der Brille im Alltag.",
            "warnings": [
                "Bedingt MR-sicher: eine MRT bei 1,5 T ist nach Abnehmen der Brille und der Videoverarbeitungseinheit möglich.",
                "Nicht am Auge reiben; Augenschutz 4 Wochen nach der Operation tragen.",
                "Das künstliche Sehen ersetzt nicht den Langstock oder Blindenführhund.",
                "Keine monopolare Diathermie oder Elektrokrampftherapie anwenden.",
            ],
            "steps": [
                "Pars-plana-Vitrektomie; Cerclage und Elektronikgehäuse fixieren.",
                "Elektrodenarray über eine 5-mm-Sklerotomie einführen und mit dem Tack an der Makula fixieren.",
                "Impedanzen intraoperativ prüfen.",
                "Aktivierung 2 bis 4 Wochen nach der Operation; Anpassung und Rehabilitation.",
            ],
            "side_effects": ["Bindehauterosion", "Hypotonie, Netzhautablösung, Endophthalmitis",
                             "Verlagerung des Tacks oder Arrays; Explantation", "Entzündung, Schmerzen, Kopfschmerzen"],
            "specs": [
                ("Anzahl der Elektroden", "60 (6 × 10)"),
                ("Arraygröße", "ca. 3 × 5 mm"),
                ("Stimulation", "Biphasisch, bis 1 mA, bis 60 Hz"),
                ("Akku der Videoeinheit", "mindestens 5 h"),
            ],
        },
        "fr": {
            "desc": "Le Lumeva E60 comprend un implant épirétinien de 60 électrodes, des lunettes munies d'une caméra "
                    "et une unité de traitement vidéo qui convertit les images en stimulations.",
            "ip": "Le Lumeva E60 est destiné à stimuler électriquement la rétine afin de provoquer une perception "
                  "visuelle chez les patients aveugles atteints de dégénérescence sévère à profonde de la rétine "
                  "externe, pour améliorer l'orientation, la mobilité et les tâches quotidiennes guidées par la vue.",
            "indications": [
                "Rétinite pigmentaire sévère à profonde, avec perception lumineuse nulle ou résiduelle aux deux yeux",
                "Antécédent de vision des formes utile",
                "Œil aphaque ou pseudophaque",
            ],
            "contra": [
                "Affections oculaires empêchant l'implantation ou le fonctionnement (neuropathie optique, décollement "
                "de rétine, longueur axiale < 20,5 mm ou > 26 mm)",
                "Intolérance à l'anesthésie générale",
                "Tendance à se frotter les yeux",
                "Implant métallique ou actif dans la tête",
            ],
            "population": "Adultes de 25 ans ou plus atteints de rétinite pigmentaire sévère à profonde.",
            "users_setting": "Implantation par des chirurgiens vitréo-rétiniens à l'hôpital ; réglage par des "
                             "spécialistes de la basse vision ; lunettes utilisées au quotidien.",
            "warnings": [
                "Non compatible IRM : aucun examen IRM, quelle que soit l'intensité du champ.",
                "Ne pas se frotter l'œil ; porter la coque de protection pendant 4 semaines.",
                "La vision artificielle ne remplace pas la canne blanche ni le chien-guide.",
                "Ne pas utiliser de diathermie monopolaire ni d'électroconvulsivothérapie.",
            ],
            "steps": [
                "Vitrectomie par la pars plana ; fixation de l'indentation circulaire et du boîtier.",
                "Introduction du réseau par une sclérotomie de 5 mm et fixation sur la macula par le clou rétinien.",
                "Contrôle peropératoire des impédances.",
                "Activation 2 à 4 semaines après l'intervention ; réglages et rééducation.",
            ],
            "side_effects": ["Érosion conjonctivale", "Hypotonie, décollement de rétine, endophtalmie",
                             "Déplacement du clou ou du réseau ; explantation", "Inflammation, douleur, céphalées"],
            "specs": [
                ("Nombre d'électrodes", "60 (6 × 10)"),
                ("Taille du réseau", "environ 3 × 5 mm"),
                ("Stimulation", "Biphasique, jusqu'à 1 mA, jusqu'à 60 Hz"),
                ("Batterie de l'unité vidéo", "au moins 5 h"),
            ],
        },
    },
    "docs": {
        "CEP": {"file": "LM-CEP-01_revB.pdf", "no": "LM-CEP-01", "rev": "B", "date": "14/04/2021"},
        "CER": {"file": "LM-CER-01_revD_CER_Lumeva_E60.pdf", "no": "LM-CER-01", "rev": "D", "date": "12/03/2024",
                "author": "Dr. H. Masson (ophthalmologist), Regulatory Affairs"},
        "PMCF-plan": {"file": "LM-PMCF-02_revB_PMCF_plan.docx", "no": "LM-PMCF-02", "rev": "B", "date": "05/02/2024"},
        "IFU-en": {"file": "Lumeva_E60_IFU_EN.pdf", "no": "LM-IFU-EN", "rev": "03", "date": "02/2024"},
        "IFU-de": {"file": "Lumeva_E60_Gebrauchsanweisung_DE.docx", "no": "LM-IFU-DE", "rev": "03", "date": "02/2024"},
        "IFU-fr": {"file": "Lumeva_E60_Notice_FR.md", "no": "LM-IFU-FR", "rev": "03", "date": "02/2024"},
        "SSCP": {"file": "LM-SSCP-01_SSCP.docx", "no": "LM-SSCP-01", "rev": "A", "date": "12/03/2024"},
        "CEAR": {"file": "QS-3077_CEAR_Lumeva_E60.pdf", "no": "QS-CEAR-2024-112", "rev": "1", "date": "07/06/2024"},
    },
    "style": {
        "all": {"num": "para", "pop_as": "prose", "box": True},
        "CER": {"hf": HF},
        "CEP": {"num": "dot", "box": False},
        "IFU": {"num": "dot", "box": False},
        "CEAR": {"num": "none", "box": False},
        "SSCP": {"num": "dot"},
    },
    "ov": {
        "CER": {"cer_doclist": [("CEP", "LM-CEP-01", "B"), ("PMCF plan", "LM-PMCF-02", "C"),
                                ("IFU (en, de, fr)", "LM-IFU-xx", "03"), ("SSCP", "LM-SSCP-01", "A")]},
    },
}

LABELS = [
    {
        "defect": "restores_normal_vision", "category": "claim",
        "docs": ["CER"],
        "quotes": ["restores normal visual function, including the reading of standard newspaper print",
                   "best grating acuity 2,9 logMAR in 7/30"],
        "description": "A 60-electrode epiretinal implant yields at best grating acuity of 2,9 logMAR; a claim of "
                       "normal vision and newspaper reading is unsupported and physiologically implausible.",
        "accept": ["plausibility"],
    },
    {
        "defect": "rat_study_as_long_term_clinical_evidence", "category": "evidence",
        "docs": ["CER"],
        "quotes": ["Long-term safety of the electrode-retina interface beyond 3 years is supported by study [5].",
                   "Chronic epiretinal electrode implantation in the Royal College of Surgeons rat"],
        "description": "Long-term human safety is supported by a 12-month study in RCS rats listed among the "
                       "clinical studies; animal data are not clinical data and do not cover 3 years.",
        "accept": [],
    },
    {
        "defect": "german_ifu_mri_conditional", "category": "language",
        "docs": ["IFU-de", "IFU-en"],
        "quotes": ["Bedingt MR-sicher: eine MRT bei 1,5 T ist nach Abnehmen der Brille",
                   "MR Unsafe: patients with the implant must not undergo MRI examinations of any field strength."],
        "description": "The German IFU says an MRI at 1,5 T is possible, whereas the English and French IFU "
                       "declare the implant MR Unsafe; the translation weakens a warning.",
        "accept": ["safety-instruction"],
    },
    {
        "defect": "pmcf_plan_revision_mismatch", "category": "documentation",
        "docs": ["CER", "PMCF-plan"],
        "quotes": ["The PMCF plan LM-PMCF-02 revision C (12/03/2024) details the studies.",
                   "This plan (LM-PMCF-02 revision B) applies to the Lumeva E60"],
        "description": "The CER cites PMCF plan revision C of 12/03/2024; the plan supplied is revision B of "
                       "05/02/2024.",
        "accept": [],
    },
]
