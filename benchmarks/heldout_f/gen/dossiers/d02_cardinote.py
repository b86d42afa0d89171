"""Implantable loop recorder (active implantable, class III). Clean dossier."""

LONG = "CardiNote implantable loop recorder"

ADVERSE = [
    ("Pain or discomfort at the insertion site", "2.9 % within 30 days"),
    ("Haematoma or bleeding at the insertion site", "1.0 % within 30 days"),
    ("Insertion site infection", "0.6 % at 12 months"),
    ("Device migration or skin erosion", "0.3 % at 12 months"),
    ("Skin irritation or allergic reaction", "0.3 % at 12 months"),
    ("Premature explant on patient request", "1.6 % at 12 months"),
    ("False positive arrhythmia episodes leading to unnecessary review or treatment", "12 % of AF episodes not confirmed (PPV 88 %)"),
]

SPEC = {
    "id": "f02_cardinote",
    "device": "CardiNote implantable loop recorder (insertable cardiac monitor)",
    "device_class": "III",
    "name": "CardiNote",
    "name_long": LONG,
    "generic": "Implantable loop recorder / insertable cardiac monitor",
    "manufacturer": "Sentirion Medical B.V.",
    "address": "High Tech Campus 27, 5656 AE Eindhoven, the Netherlands",
    "srn": "NL-MF-000014466",
    "nb": "Kalmar Certification AB",
    "nb_no": "2974",
    "budi": "87190123CN100ILR9B",
    "emdn": "J019001 – implantable cardiac monitors",
    "first_ce": "Initial certification pending (application 2024)",
    "rmf": "SEN-RM-0100 Rev. 07",
    "pms_plan": "SEN-PMS-0100 Rev. 03",
    "data_lock": "31 March 2024",
    "authors": ["Ir. Femke de Groot (Clinical Affairs Manager)", "Dr. Pieter van Aalst (Medical Director)"],
    "class_text": "Class III, Annex VIII Rule 8 (active implantable device)",
    "scope_text": ("CardiNote is an active implantable device of class III. Therefore the clinical evaluation consultation "
                   "procedure of Article 54(1)(a) MDR applies; this is the first certification of the device and no "
                   "exemption under Article 54(2) is applicable."),
    "models": (["Model", "Description", "Remarks"], [
        ["CN-100", "CardiNote loop recorder", "Implant, sterile, single use"],
        ["CN-ITK", "Insertion tool kit (incision tool and insertion tool)", "Sterile, single use"],
        ["CN-PA", "CardiNote patient app (software, iOS and Android)", "Accessory, transmits data to the clinic portal"],
    ]),
    "specs": [
        ["Dimensions", "44.8 × 7.2 × 4.0 mm"],
        ["Volume", "1.2 cc"],
        ["Weight", "2.4 g"],
        ["Battery longevity", "4 years (typical use with daily transmission)"],
        ["ECG storage capacity", "60 minutes"],
        ["Sampling rate", "256 Hz"],
        ["Pause detection", "1.5–4.5 s (programmable, nominal 3 s)"],
        ["Bradycardia detection", "30–50 bpm"],
        ["Tachycardia detection", "115–240 bpm"],
        ["Telemetry", "Bluetooth Low Energy to the patient app"],
        ["MRI status", "MR Conditional at 1.5 T and 3 T"],
        ["Materials in contact with tissue", "Titanium housing, parylene coating, polyurethane header"],
    ],
    "specs_prose": ("The loop recorder has dimensions of 44.8 by 7.2 by 4.0 mm, a volume of 1.2 cm³ and a mass of 2.4 grams. "
                    "The battery longevity is 4 years in typical use with daily transmission. The device samples the "
                    "subcutaneous ECG with 256 Hz and stores up to 60 minutes of ECG. Programmable detection criteria are: "
                    "pause from 1.5 to 4.5 seconds (nominal 3 s), bradycardia from 30 to 50 bpm and tachycardia from 115 "
                    "to 240 bpm, besides the automatic detection of atrial fibrillation (AF). Data are sent via Bluetooth "
                    "Low Energy to the patient app. CardiNote is MR Conditional at 1.5 T and 3 T. Materials in contact with "
                    "tissue are titanium, parylene and polyurethane."),
    "intended_purpose": ("CardiNote is an insertable, subcutaneous cardiac monitor that continuously records the "
                         "subcutaneous ECG and stores episodes automatically detected or activated by the patient; it is "
                         "intended for the detection of cardiac arrhythmias."),
    "indications": [
        "Patients with clinical syndromes or situations at increased risk of cardiac arrhythmias",
        "Patients with transient symptoms such as dizziness, palpitation, syncope or chest pain that may suggest a cardiac arrhythmia",
        "Patients after cryptogenic stroke, for the detection of atrial fibrillation",
    ],
    "contraindications": [
        "Active local or systemic infection at the time of insertion",
        "Known hypersensitivity to titanium, parylene or polyurethane",
    ],
    "population": "Adults (≥ 18 years). The device was not investigated in children and adolescents.",
    "users": ("Insertion, programming and follow-up are performed by cardiologists, electrophysiologists or other "
              "physicians trained in the CardiNote insertion technique; the patient uses the app for symptom activation."),
    "setting": ("Insertion takes place in a hospital or in a procedure room of an outpatient cardiology clinic; the "
                "monitoring then takes place during the daily life of the patient at home."),
    "description": [
        "CardiNote is a leadless, single-piece implant which is inserted subcutaneously in the left parasternal region "
        "through a small incision of approximately 8 mm. Two electrodes on the housing record a single-lead "
        "subcutaneous ECG continuously in a loop memory.",
        "When an arrhythmia is detected automatically, or when the patient marks a symptom in the app, the ECG before and "
        "after the event is stored and transmitted via the app to the secure clinic portal, where it is reviewed by the "
        "clinic staff. CardiNote does not deliver therapy.",
    ],
    "sota": [
        "The diagnostic work-up of unexplained syncope and palpitations starts with the 12-lead ECG and short-term "
        "monitoring (24–72 h Holter, 7–30 day external loop recorder). When symptoms are infrequent the diagnostic yield "
        "of these methods is low, and the 2018 ESC syncope guideline recommends an implantable loop recorder early in "
        "patients with recurrent unexplained syncope (class I).",
        "After cryptogenic stroke, the CRYSTAL-AF trial showed that AF is detected in 12.4 % of the patients with an "
        "insertable monitor at 12 months compared to 2.0 % with conventional follow-up. Benchmarks for the current "
        "generation of devices are an AF detection sensitivity of 96–99 % and a positive predictive value of 70–90 % "
        "per episode; infection requiring explant occurs in less than 1 % and migration in less than 0.5 %.",
    ],
    "alternatives": [
        "Holter monitoring (24 hours to 7 days)",
        "External event or loop recorders and patch monitors (up to 30 days)",
        "Wearable consumer ECG devices (smart watch), with limited diagnostic validation",
    ],
    "search": ("Searches are done in PubMed, Embase and Cochrane CENTRAL for the period January 2014 – data lock point, "
               "with separate strategies for the state of the art (implantable loop recorder, insertable cardiac monitor, "
               "syncope, cryptogenic stroke) and for the device (CardiNote, Sentirion). PRISMA is followed."),
    "search_result": ("The search of 4 April 2024 resulted in 2 310 hits. After de-duplication and screening, 38 "
                      "publications were used for the state of the art. No publication on CardiNote by independent "
                      "authors exists yet; the device data are from the manufacturer's investigations."),
    "equivalence_plan": "No equivalence is claimed; the clinical data are from investigations with CardiNote itself.",
    "equivalence": ("Equivalence is not claimed. All device data were generated with the CardiNote CN-100 in its final "
                    "design, firmware 2.1."),
    "cdp": [
        "Pre-market: the NOTE-AF algorithm validation study against simultaneous Holter (80 patients, 7 days) and the "
        "CardiNote Performance study, a prospective multicentre investigation with 310 patients and 12 months follow-up.",
        "Post-market: the NOTE-SYNC registry (420 patients, 24 months) continues as PMCF study, together with the general "
        "PMCF activities of the PMCF plan.",
    ],
    "benefits": [
        ("Diagnosis of the cause of unexplained syncope", "Diagnostic yield (symptom-rhythm correlation) at 24 months", "≥ 30 %"),
        ("Reliable detection of atrial fibrillation", "Episode sensitivity for AF ≥ 2 min versus Holter", "≥ 95 %"),
        ("Reliable long-term monitoring", "Devices with R-wave amplitude ≥ 0.15 mV at 12 months", "≥ 90 %"),
    ],
    "safety_criteria": [
        ("Serious device- or procedure-related adverse events through 12 months", "≤ 3 %"),
        ("Insertion site infection requiring explant", "≤ 1.5 %"),
        ("Device migration or erosion", "≤ 1 %"),
    ],
    "perf_results": [
        ["Diagnostic yield at 24 months (syncope)", "≥ 30 %", "36 % (NOTE-SYNC, n = 198)", "Yes"],
        ["AF episode sensitivity vs Holter", "≥ 95 %", "97.8 %", "Yes"],
        ["R-wave amplitude ≥ 0.15 mV at 12 months", "≥ 90 %", "96 %", "Yes"],
    ],
    "safety_results": [
        ["Serious device/procedure-related AEs, 12 months", "≤ 3 %", "1.3 % (4/310)", "Yes"],
        ["Infection requiring explant", "≤ 1.5 %", "0.6 % (2/310)", "Yes"],
        ["Migration or erosion", "≤ 1 %", "0.3 % (1/310)", "Yes"],
    ],
    "studies": (["Study", "Design", "N", "Follow-up", "Key results"], [
        ["NOTE-AF [3]", "Prospective, 2 centres, comparison with Holter", "80", "7 days", "AF sensitivity 97.8 %, PPV 88 %"],
        ["CardiNote Performance [4]", "Prospective, multicentre (9 sites)", "310", "12 months", "Serious ADE 1.3 %; R-wave adequate 96 %"],
        ["NOTE-SYNC registry [5]", "Prospective registry (interim)", "420", "24 months", "Diagnostic yield syncope 36 %; AF after cryptogenic stroke 11.6 % at 12 months"],
    ]),
    "results": [
        "The populations of the studies correspond to the indications: in NOTE-SYNC 198 patients had unexplained syncope, "
        "110 palpitations or other symptoms and 112 a cryptogenic stroke. All patients were adults (age 19 to 88 years).",
        "AF after cryptogenic stroke was detected in 11.6 % at 12 months, in line with the CRYSTAL-AF benchmark of 12.4 %.",
    ],
    "pms": ["CardiNote is not yet on the market. Device deficiencies reported during the investigations (7 app "
            "connectivity problems, 1 early battery depletion warning that proved false) were analysed in the risk "
            "management file; none led to a design change."],
    "benefit_risk": [
        "CardiNote gives a diagnosis in a relevant part of the patients with unexplained syncope and detects AF after "
        "cryptogenic stroke in a rate comparable to the state of the art. The risks are those of a minor subcutaneous "
        "procedure and are low.",
        "Uncertainties remain for the battery longevity under real-world transmission and for the long-term rate of "
        "false positive episodes; both are addressed in PMCF.",
    ],
    "adverse": ADVERSE,
    "other_risks": [],
    "pmcf_summary": ("The NOTE-SYNC registry continues to 36 months with 600 patients and confirms battery longevity, "
                     "detection accuracy and late local complications."),
    "summary": [
        "This clinical evaluation report covers the CardiNote implantable loop recorder CN-100 with its insertion tool kit "
        "and patient app.",
        "The clinical evidence comes from three investigations of the device with 810 patients in total. All acceptance "
        "criteria defined in the CEP were met; the benefit-risk profile is favourable.",
    ],
    "conclusion": [
        "Based on the clinical data, CardiNote fulfills the relevant GSPR for the intended purpose, the indications and "
        "the adult population. The benefit-risk ratio is positive compared with external monitoring alternatives.",
    ],
    "references": [
        "Brignole M, Moya A, de Lange FJ, et al. 2018 ESC Guidelines for the diagnosis and management of syncope. Eur Heart J 2018;39:1883–1948.",
        "Sanna T, Diener HC, Passman RS, et al. Cryptogenic stroke and underlying atrial fibrillation. N Engl J Med 2014;370:2478–2486.",
        "Sentirion Medical. NOTE-AF algorithm validation report CIR-CN-01, 2023 (on file).",
        "Sentirion Medical. CardiNote Performance study, 12-month clinical investigation report CIR-CN-02, 2024 (on file).",
        "Sentirion Medical. NOTE-SYNC registry interim report PMCF-CN-R1, 2024 (on file).",
        "Edvardsson N, Frykman V, van Mechelen R, et al. Use of an implantable loop recorder to increase the diagnostic yield in unexplained syncope: results from the PICTURE registry. Europace 2011;13:262–269.",
    ],
    "evaluators": ("Evaluators: Ir. Femke de Groot (biomedical engineer, 11 years clinical evaluation) and Dr. Sanne "
                   "Visser (cardiologist/electrophysiologist). Approved by Dr. Pieter van Aalst on 22 May 2024."),
    "pmcf": {
        "general": [
            "Quarterly trend analysis of complaints, returned devices and transmission data",
            "Annual systematic literature review according to the CEP search strategy",
            "Analysis of battery status data from the clinic portal for all implanted devices",
        ],
        "objectives": [
            ("Confirm the battery longevity of 4 years in real-world use", "Open question: longevity only estimated from bench testing"),
            ("Confirm AF detection PPV in routine remote monitoring", "Residual risk: false positive episodes"),
            ("Estimate late infection, migration and erosion up to 36 months", "Residual risks: infection, migration/erosion"),
            ("Confirm diagnostic yield in syncope at 36 months", "Clinical benefit: diagnosis of unexplained syncope"),
        ],
        "design": ["Prospective, multicentre, single-arm registry (NOTE-SYNC extension) in 15 European centres with "
                   "consecutive enrolment, complemented by anonymised device data from the clinic portal."],
        "endpoints": [
            "Time to battery depletion (Kaplan-Meier)",
            "Adjudicated positive predictive value of AF episodes",
            "Infection, migration or erosion requiring intervention through 36 months",
            "Diagnostic yield in syncope at 12, 24 and 36 months",
        ],
        "inclusion": ["Adults (≥ 18 years) with an indication according to the IFU", "Written informed consent"],
        "exclusion": ["Life expectancy below 12 months"],
        "setting": "Hospitals and outpatient cardiology clinics in which CardiNote is inserted; monitoring at home via the patient app.",
        "sample_size": ("600 patients. Assuming a true PPV of 88 %, 600 patients with an expected 900 AF episodes give a "
                        "95 % CI half width of ±2.1 %; for infection (expected 0.6 %) the upper 95 % confidence limit "
                        "would be below 1.5 % (the CEP acceptance criterion)."),
        "timeline": [["Enrolment completed", "Q2 2025"], ["12-month interim analysis", "Q2 2026"],
                     ["36-month final report", "Q2 2028"], ["PMCF evaluation report", "Yearly"]],
        "reporting": "PMCF evaluation reports are prepared yearly and used to update the CER, the SSCP and the risk management file.",
    },
    "sscp": {
        "description": ["CardiNote is a small titanium implant with two ECG electrodes, inserted under the skin of the chest. "
                        "It records the heart rhythm continuously for up to 4 years and sends stored episodes via a "
                        "smartphone app to the clinic."],
        "previous": "CardiNote CN-100 is the first generation; there are no previous versions.",
        "accessories": "Insertion tool kit CN-ITK and CardiNote patient app CN-PA.",
        "risk_source": "Frequencies come from the CardiNote Performance study (310 patients) and the NOTE-AF study (proactive collection).",
        "fsca": "There were no field safety corrective actions.",
        "training": "Physicians should complete the CardiNote insertion training (online module and one supervised insertion).",
        "standards": ["EN ISO 14708-1:2014", "EN ISO 14971:2019+A11:2021", "EN ISO 10993-1:2020", "EN 60601-2-47:2015 (in part)", "EN ISO 14155:2020"],
    },
    "sscp_warnings": [
        "Strong magnetic fields and some electrosurgical equipment may disturb the recording.",
        "MRI only under the conditions given in the IFU.",
        "Automatically detected episodes must be reviewed by a qualified clinician before a treatment decision.",
    ],
    "sscp_clinical": [
        "No equivalent device is used. Data: NOTE-AF (80 patients), CardiNote Performance study (310 patients, 12 months) and NOTE-SYNC registry (420 patients, 24 months, interim).",
        "AF sensitivity was 97.8 % with PPV 88 %; diagnostic yield in syncope was 36 % at 24 months; serious device- or procedure-related events occurred in 1.3 %.",
    ],
    "cear": {
        "assessment_type": "Initial MDR certification",
        "ifu_langs": ["English", "French", "Dutch"],
        "reviewers": "Clinical expert: cardiologist-electrophysiologist (code KC-23); product assessor: electrical engineer (code KC-51).",
        "state_of_art": ["The manufacturer's state of the art (ESC syncope guideline, CRYSTAL-AF, PICTURE) and the benchmarks for AF sensitivity, PPV and complications are appropriate."],
        "literature": ["Search protocol, databases and appraisal are adequate; state of the art and device searches are separated."],
        "investigations": ["NOTE-AF and the CardiNote Performance study comply with EN ISO 14155. Endpoints and follow-up are adequate for the claims."],
        "pmcf": ["The NOTE-SYNC extension with 600 patients and 36 months addresses battery longevity, PPV and late complications, with a justified sample size."],
        "ifu": ["IFU and SSCP are aligned with the CER. The residual risks are quantified with time reference."],
        "conclusion": ["Sufficient clinical evidence; benefit-risk acceptable. Certificate recommended for 5 years with annual PMCF review."],
    },
    "cear_summary": [
        "CardiNote (models CN-100 with CN-ITK and CN-PA) is a subcutaneous insertable cardiac monitor recording a single-lead ECG.",
        "Intended purpose as understood by the NB: detection of cardiac arrhythmias in adult patients aged 18 years or above at "
        "increased risk of arrhythmia, with symptoms suggestive of arrhythmia, or after cryptogenic stroke (AF detection). "
        "Insertion in hospital or outpatient clinic, monitoring at home.",
    ],
    "cear_scope": ["Class III active implantable device: Art. 54(1)(a) applies, no exemption. Proposed expert panel: circulatory system (active implantable cardiac devices)."],
    "style": {"v": 1, "heads": "plain", "cer_specs_prose": True, "us": True, "cear_heads": "alpha", "ifu_heads": "none"},
    "docs": {
        "CEP": dict(title="Clinical evaluation plan", number="SEN-CEP-0100", rev="B", date="2024-02-12", file="CardiNote_CEP.md", fmt="md"),
        "CER": dict(title="Clinical evaluation report", number="SEN-CER-0100", rev="C", date="2024-05-22", file="CardiNote_CER_revC.docx", fmt="docx"),
        "PMCF-plan": dict(title="PMCF plan", number="SEN-PMCF-0100", rev="B", date="2024-05-20", file="CardiNote_PMCF_plan.docx", fmt="docx"),
        "SSCP": dict(title="SSCP", number="SEN-SSCP-0100", rev="A", date="2024-06-03", file="CardiNote_SSCP.pdf", fmt="pdf"),
        "IFU-en": dict(title="IFU", number="SEN-IFU-0100", rev="04", date="2024-04", file="CardiNote_IFU_en.pdf", fmt="pdf"),
        "IFU-fr": dict(title="IFU", number="SEN-IFU-0100", rev="04", date="2024-04", file="CardiNote_IFU_fr.pdf", fmt="pdf", font="DejaVuSerif"),
        "IFU-nl": dict(title="IFU", number="SEN-IFU-0100", rev="04", date="2024-04", file="CardiNote_IFU_nl.docx", fmt="docx"),
        "CEAR": dict(title="CEAR", number="KC-CEAR-24-0877", rev="0", date="2024-07-15", file="CEAR_Kalmar_CardiNote.pdf", fmt="pdf", font="DejaVuSerif"),
    },
}

SPEC["ifu"] = {
    "en": {
        "name": "CardiNote", "subtitle": "Implantable loop recorder CN-100 · Insertion tool kit CN-ITK · Patient app CN-PA",
        "description": SPEC["description"],
        "intended_purpose": SPEC["intended_purpose"],
        "indications": SPEC["indications"],
        "contraindications": SPEC["contraindications"],
        "population": "Patients 18 years of age or older.",
        "users": SPEC["users"] + " " + SPEC["setting"],
        "warnings": [
            "Review every automatically detected episode before making a diagnosis or treatment decision.",
            "Do not insert the device through infected or irritated skin.",
            "MRI: scan only under the MR conditions listed in the MRI technical manual; monitoring may be disturbed during the scan.",
            "Electrosurgery and external defibrillation near the device may corrupt stored data; check the device afterwards.",
        ],
        "precautions": [
            "Use aseptic technique and consider prophylactic antibiotics according to local practice.",
            "Keep the smartphone with the app within 2 m of the patient overnight to allow daily transmission.",
            "Explant the device when monitoring is no longer needed or the battery is depleted.",
        ],
        "adverse": [a for a, _ in ADVERSE],
        "instructions": [
            "Determine the insertion position in the left parasternal region with the vector check card.",
            "Make an incision of approximately 8 mm with the incision tool after local anaesthesia.",
            "Insert the device with the insertion tool into a subcutaneous pocket, electrodes facing outward.",
            "Verify the R-wave amplitude with the programmer app (at least 0.15 mV) and close the incision.",
            "Pair the patient app and instruct the patient on symptom activation.",
        ],
        "specs": SPEC["specs"],
        "storage": "Store at 0–40 °C. Return explanted devices to the manufacturer or dispose of as electronic clinical waste.",
    },
    "fr": {
        "name": "CardiNote", "subtitle": "Moniteur cardiaque implantable CN-100 · Kit d'insertion CN-ITK · Application patient CN-PA",
        "description": [
            "CardiNote est un implant monobloc sans sonde, inséré sous la peau dans la région parasternale gauche par une "
            "petite incision d'environ 8 mm. Deux électrodes sur le boîtier enregistrent en continu un ECG sous-cutané à "
            "une dérivation dans une mémoire en boucle.",
            "Lorsqu'une arythmie est détectée automatiquement ou que le patient signale un symptôme dans l'application, "
            "l'ECG est mémorisé et transmis au portail sécurisé de la clinique. CardiNote ne délivre aucune thérapie.",
        ],
        "intended_purpose": ("CardiNote est un moniteur cardiaque sous-cutané insérable qui enregistre en continu l'ECG "
                             "sous-cutané et mémorise les épisodes détectés automatiquement ou activés par le patient ; il est "
                             "destiné à la détection des arythmies cardiaques."),
        "indications": [
            "Patients présentant des syndromes cliniques ou des situations à risque accru d'arythmies cardiaques",
            "Patients présentant des symptômes transitoires tels que vertiges, palpitations, syncope ou douleur thoracique pouvant évoquer une arythmie cardiaque",
            "Patients après un accident vasculaire cérébral cryptogénique, pour la détection de la fibrillation atriale",
        ],
        "contraindications": [
            "Infection locale ou systémique active au moment de l'insertion",
            "Hypersensibilité connue au titane, au parylène ou au polyuréthane",
        ],
        "population": "Patients âgés de 18 ans ou plus.",
        "users": ("L'insertion, la programmation et le suivi sont réalisés par des cardiologues, des rythmologues ou d'autres "
                  "médecins formés à la technique d'insertion CardiNote ; le patient utilise l'application pour signaler ses "
                  "symptômes. L'insertion a lieu à l'hôpital ou dans une salle d'intervention d'un cabinet de cardiologie "
                  "ambulatoire ; la surveillance se déroule ensuite au domicile, dans la vie quotidienne du patient."),
        "warnings": [
            "Vérifier chaque épisode détecté automatiquement avant tout diagnostic ou décision thérapeutique.",
            "Ne pas insérer le dispositif à travers une peau infectée ou irritée.",
            "IRM : uniquement dans les conditions décrites dans le manuel technique IRM ; la surveillance peut être perturbée pendant l'examen.",
            "L'électrochirurgie et la défibrillation externe à proximité du dispositif peuvent altérer les données mémorisées ; contrôler le dispositif ensuite.",
        ],
        "precautions": [
            "Respecter une technique aseptique et envisager une antibioprophylaxie selon la pratique locale.",
            "Garder le smartphone avec l'application à moins de 2 m du patient la nuit pour permettre la transmission quotidienne.",
            "Explanter le dispositif lorsque la surveillance n'est plus nécessaire ou que la pile est épuisée.",
        ],
        "adverse": ["Douleur ou gêne au site d'insertion", "Hématome ou saignement au site d'insertion",
                    "Infection du site d'insertion", "Migration du dispositif ou érosion cutanée",
                    "Irritation cutanée ou réaction allergique", "Explantation prématurée à la demande du patient",
                    "Épisodes d'arythmie faussement positifs entraînant une revue ou un traitement inutile"],
        "instructions": [
            "Déterminer la position d'insertion dans la région parasternale gauche à l'aide de la carte de vérification du vecteur.",
            "Après anesthésie locale, pratiquer une incision d'environ 8 mm avec l'outil d'incision.",
            "Insérer le dispositif avec l'outil d'insertion dans une poche sous-cutanée, électrodes vers l'extérieur.",
            "Vérifier l'amplitude de l'onde R avec l'application de programmation (au moins 0,15 mV) et fermer l'incision.",
            "Appairer l'application patient et expliquer au patient l'activation en cas de symptômes.",
        ],
        "specs": [
            ["Dimensions", "44,8 × 7,2 × 4,0 mm"], ["Volume", "1,2 cm³"], ["Poids", "2,4 g"],
            ["Longévité de la pile", "4 ans (utilisation typique avec transmission quotidienne)"],
            ["Capacité de mémoire ECG", "60 minutes"], ["Fréquence d'échantillonnage", "256 Hz"],
            ["Détection des pauses", "1,5–4,5 s (programmable, nominal 3 s)"],
            ["Détection de bradycardie", "30–50 bpm"], ["Détection de tachycardie", "115–240 bpm"],
            ["Télémétrie", "Bluetooth Low Energy vers l'application patient"],
            ["Statut IRM", "Compatible IRM sous conditions à 1,5 T et 3 T"],
            ["Matériaux en contact avec les tissus", "Boîtier en titane, revêtement parylène, tête en polyuréthane"],
        ],
        "storage": "Conserver entre 0 et 40 °C. Renvoyer les dispositifs explantés au fabricant ou les éliminer comme déchets électroniques de soins.",
    },
    "nl": {
        "name": "CardiNote", "subtitle": "Implanteerbare looprecorder CN-100 · Inbrengset CN-ITK · Patiënten-app CN-PA",
        "description": [
            "CardiNote is een draadloos implantaat uit één stuk dat via een kleine incisie van ongeveer 8 mm onderhuids in "
            "de linker parasternale regio wordt ingebracht. Twee elektroden op de behuizing registreren continu een "
            "subcutaan ECG met één afleiding in een loopgeheugen.",
            "Bij een automatisch gedetecteerde aritmie of wanneer de patiënt een klacht in de app markeert, wordt het ECG "
            "opgeslagen en naar het beveiligde kliniekportaal verzonden. CardiNote geeft geen therapie af.",
        ],
        "intended_purpose": ("CardiNote is een insertabele, subcutane hartmonitor die continu het subcutane ECG registreert "
                             "en automatisch gedetecteerde of door de patiënt geactiveerde episodes opslaat; het hulpmiddel is "
                             "bedoeld voor de detectie van hartritmestoornissen."),
        "indications": [
            "Patiënten met klinische syndromen of situaties met een verhoogd risico op hartritmestoornissen",
            "Patiënten met voorbijgaande klachten zoals duizeligheid, hartkloppingen, syncope of pijn op de borst die op een hartritmestoornis kunnen wijzen",
            "Patiënten na een cryptogeen herseninfarct, voor de detectie van atriumfibrilleren",
        ],
        "contraindications": [
            "Actieve lokale of systemische infectie op het moment van inbrengen",
            "Bekende overgevoeligheid voor titanium, paryleen of polyurethaan",
        ],
        "population": "Patiënten van 18 jaar en ouder.",
        "users": ("Inbrengen, programmeren en follow-up worden uitgevoerd door cardiologen, elektrofysiologen of andere artsen "
                  "die getraind zijn in de CardiNote-inbrengtechniek; de patiënt gebruikt de app om klachten te melden. Het "
                  "inbrengen gebeurt in een ziekenhuis of in een behandelkamer van een poliklinische cardiologiepraktijk; de "
                  "monitoring vindt daarna thuis plaats, in het dagelijks leven van de patiënt."),
        "warnings": [
            "Beoordeel elke automatisch gedetecteerde episode voordat een diagnose of behandelbeslissing wordt genomen.",
            "Breng het hulpmiddel niet in door geïnfecteerde of geïrriteerde huid.",
            "MRI: alleen onder de voorwaarden in de technische MRI-handleiding; de monitoring kan tijdens de scan verstoord zijn.",
            "Elektrochirurgie en externe defibrillatie in de buurt van het hulpmiddel kunnen opgeslagen gegevens beschadigen; controleer het hulpmiddel daarna.",
        ],
        "precautions": [
            "Werk aseptisch en overweeg antibiotische profylaxe volgens lokaal protocol.",
            "Houd de smartphone met de app 's nachts binnen 2 m van de patiënt voor de dagelijkse transmissie.",
            "Verwijder het hulpmiddel wanneer monitoring niet meer nodig is of de batterij leeg is.",
        ],
        "adverse": ["Pijn of ongemak op de inbrengplaats", "Hematoom of bloeding op de inbrengplaats", "Infectie van de inbrengplaats",
                    "Migratie van het hulpmiddel of huiderosie", "Huidirritatie of allergische reactie",
                    "Voortijdige explantatie op verzoek van de patiënt",
                    "Fout-positieve aritmie-episodes die tot onnodige beoordeling of behandeling leiden"],
        "instructions": [
            "Bepaal de inbrengpositie in de linker parasternale regio met de vectorcontrolekaart.",
            "Maak na lokale verdoving een incisie van ongeveer 8 mm met het incisie-instrument.",
            "Breng het hulpmiddel met het inbrenginstrument in een subcutane pocket in, elektroden naar buiten gericht.",
            "Controleer de R-golfamplitude met de programmeer-app (minimaal 0,15 mV) en sluit de incisie.",
            "Koppel de patiënten-app en leg de patiënt de activering bij klachten uit.",
        ],
        "specs": [
            ["Afmetingen", "44,8 × 7,2 × 4,0 mm"], ["Volume", "1,2 cm³"], ["Gewicht", "2,4 g"],
            ["Levensduur batterij", "4 jaar (normaal gebruik met dagelijkse transmissie)"],
            ["ECG-geheugencapaciteit", "60 minuten"], ["Bemonsteringsfrequentie", "256 Hz"],
            ["Pauzedetectie", "1,5–4,5 s (programmeerbaar, nominaal 3 s)"],
            ["Bradycardiedetectie", "30–50 bpm"], ["Tachycardiedetectie", "115–240 bpm"],
            ["Telemetrie", "Bluetooth Low Energy naar de patiënten-app"],
            ["MRI-status", "MR-conditioneel bij 1,5 T en 3 T"],
            ["Materialen in contact met weefsel", "Titanium behuizing, paryleencoating, polyurethaan header"],
        ],
        "storage": "Bewaren bij 0–40 °C. Geëxplanteerde hulpmiddelen terugsturen naar de fabrikant of afvoeren als elektronisch medisch afval.",
    },
}
LABELS = []
