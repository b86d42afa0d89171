"""Implantable pulmonary artery pressure sensor (class III implantable)."""

NAME = "CorSense PA"
HF = ("Hemolytix SRL – CorSense PA – Clinical evaluation report", "Confidential")

F = {
    "id": "j03_pap_corsense",
    "device": "Implantable pulmonary artery pressure sensor for heart failure",
    "cls": "III",
    "name": NAME,
    "models": "CS-PA-10 sensor with delivery catheter; CS-RD home reader (pillow); CS-Hub clinician portal",
    "udi": "5415520CSPA10HFX8",
    "mfr": "Hemolytix SRL",
    "mfr_full": "Hemolytix SRL, Rue Godefroid 5, 5000 Namur, Belgium",
    "srn": "BE-MF-000052219",
    "nb": "EuroCert Medical Devices, NB 3052",
    "cls_text": "Class III – Rule 8 (implantable device in direct contact with the central circulatory system)",
    "cecp": "The sensor is a class III implantable device; the clinical evaluation consultation procedure of "
            "Article 54(1)(a) is thus required. None of the exemptions of Article 54(2) applies: initial "
            "certification, no earlier device of Hemolytix, no common specification.",
    "desc": "The CorSense PA sensor (length 15 mm, width 3,4 mm) is a battery-free capacitive pressure sensor "
            "with two nitinol anchoring loops, implanted in a distal branch of the left or right pulmonary "
            "artery (diameter between 7 and 11 mm) by right-heart catheterisation through the femoral vein; the "
            "patient takes a daily reading at home by lying on the CS-RD reader pillow, which powers the sensor "
            "by radio-frequency and transmits the systolic, diastolic and mean PA pressures to the CS-Hub portal.",
    "ip": "The CorSense PA system is intended for the wireless measurement and monitoring of pulmonary artery "
          "pressure in patients with chronic heart failure, so that the treating physician can adapt the "
          "heart-failure medication in order to reduce hospitalisations for heart failure.",
    "indications": [
        "Chronic heart failure NYHA class III, irrespective of left ventricular ejection fraction, with at least "
        "one hospitalisation for heart failure in the previous 12 months",
    ],
    "contra": [
        "Inability to take dual antiplatelet or anticoagulant therapy for one month after implantation",
        "Recurrent pulmonary embolism or deep venous thrombosis",
        "Pulmonary artery branch diameter below 7 mm or above 11 mm at the target site",
        "Active infection; glomerular filtration rate < 25 mL/min/1,73 m² not responsive to diuretics",
        "Body mass index > 35 kg/m² (reader distance)",
    ],
    "population": "Adults aged 18 years and above with chronic heart failure, NYHA class III, and a recent "
                  "hospitalisation for heart failure (within 12 months).",
    "pop_rows": [
        ("Age", "18 years and above"),
        ("Disease", "Chronic heart failure, NYHA class III, any LVEF"),
        ("History", "≥ 1 HF hospitalisation within the previous 12 months"),
        ("Anatomy", "Target PA branch between 7 and 11 mm; BMI ≤ 35 kg/m²"),
    ],
    "users_setting": "Implantation by interventional cardiologists in a catheterisation laboratory; daily "
                     "readings by the patient at home with the reader pillow; review of data by the heart-failure "
                     "team through the portal.",
    "benefits": [
        ("Reduction of heart-failure hospitalisations", "Annualised HF hospitalisation rate vs the 12 months before implant"),
        ("Improvement of quality of life", "KCCQ overall summary score change at 6 and 12 months"),
        ("Accurate pressure measurement", "Agreement with Swan-Ganz catheter (bias, limits of agreement)"),
    ],
    "criteria": [
        ("Device/system-related complications", "Freedom ≥ 97 % at 6 months", "SOTA PA sensors"),
        ("Sensor failure", "Freedom ≥ 98 % at 6 months", "SOTA PA sensors"),
        ("Accuracy vs Swan-Ganz", "Mean bias ≤ 3 mmHg", "ISO 81060 logic adapted"),
        ("HF hospitalisation rate", "Reduction ≥ 25 % vs prior year", "Published RCTs"),
    ],
    "cep_scope": "Clinical evaluation plan for the initial MDR certification of the CorSense PA system; it "
                 "covers the sensor, its delivery system, the reader and the software portal.",
    "cdp": "Clinical evidence rests on (1) equivalence with a PA pressure sensor already on the market, the "
           "clinical data of which are published, (2) the first-in-human study CS-FIH-01 (n = 42, 6 months), and "
           "(3) PMCF.",
    "search": "PubMed, Embase and Cochrane CENTRAL, 01/2008 to 02/2024: (\"pulmonary artery pressure\" AND "
              "(sensor OR monitoring)) AND \"heart failure\"; 388 records, 19 retained after appraisal.",
    "cep_pmcf": "A PMCF plan will be established before CE marking (document CS-PMCF-01).",
    "cer_summary": "On the basis of the equivalence with the PulmoTrack sensor and of the CS-FIH-01 study, "
                   "the CorSense PA system is safe and achieves its intended performance; the benefit-risk "
                   "ratio is favourable.",
    "sota": [
        "Haemodynamic-guided management of heart failure by implantable PA pressure sensors reduced HF "
        "hospitalisations in randomised trials in NYHA class III patients [1, 2], with less consistent results "
        "on mortality; European guidelines give a class IIb recommendation [3].",
        "Complication rates reported for the implantation procedure are low (device- or system-related "
        "complications 1–3 %, pressure-sensor failure < 1 % at 6 months) [1, 2, 4].",
    ],
    "studies": [
        ("[1]", "RCT (equivalent device)", "550", "NYHA III, HF hosp.", "15 months (mean)", "HF hosp. -28 % (6 m), -37 % (15 m)"),
        ("[2]", "RCT (equivalent device)", "1 000", "NYHA II–IV, elevated NT-proBNP", "12 months", "Composite not significant overall"),
        ("[4]", "Registry (equivalent device)", "1 200", "NYHA III", "12 months", "HF hosp. -57 % vs prior year"),
        ("[5]", "FIH CS-FIH-01", "42", "NYHA III, HF hosp.", "6 months", "No sensor failure; bias 1,8 mmHg"),
    ],
    "studies_intro": "Table 1 lists the studies retained; studies [1], [2] and [4] concern the equivalent "
                     "device PulmoTrack.",
    "own_data": "CS-FIH-01 (Namur, Liège, Leuven; 09/2022–10/2023): 42 subjects, mean age 71 years, 31 men; "
                "implantation success 42/42; one access-site haematoma (2,4 %); no sensor failure; mean bias vs "
                "Swan-Ganz 1,8 mmHg; annualised HF hospitalisation rate 0,52 vs 1,21 the year before (6-month "
                "follow-up). The detailed haemodynamic results per visit are given in Table 5 of Annex 2.",
    "pms": "None; the device is not yet marketed.",
    "results": [
        ("Freedom from device/system complications ≥ 97 %", "97,6 % (41/42) at 6 months", "Met"),
        ("Freedom from sensor failure ≥ 98 %", "100 % at 6 months", "Met"),
        ("Bias ≤ 3 mmHg", "1,8 mmHg", "Met"),
        ("HF hospitalisation reduction ≥ 25 %", "57 % (annualised, 6 months)", "Met"),
    ],
    "claims": [
        "The CorSense PA system reduces hospitalisations for heart failure by more than half, and this benefit is "
        "maintained for at least five years after implantation.",
        "Pressure readings agree with right-heart catheterisation within 2 mmHg on average [5].",
    ],
    "br": "The expected benefit (fewer HF hospitalisations, better quality of life) outweighs the procedural "
          "risks (access-site complications, PA injury, thrombo-embolism) which are low and consistent with the "
          "equivalent device.",
    "residual": [
        "Pulmonary artery injury or haemoptysis during implantation",
        "Thrombosis or embolism related to the sensor",
        "Access-site haematoma or arteriovenous fistula",
        "Loss of readings due to sensor migration or reader malfunction",
        "Infection",
    ],
    "cer_pmcf": "PMCF will confirm long-term safety and performance.",
    "conclusion": "Conformity with the GSPR is demonstrated; the system may be CE marked for the intended purpose.",
    "refs": [
        "Okafor R, Adamczyk P, Lefèvre J, et al. Wireless pulmonary artery pressure monitoring guides management "
        "to reduce decompensation in heart failure. J Card Fail. 2019;25(8):S1-S9.",
        "Marchetti L, Novak J, Herrera P, et al. Haemodynamic-guided management with the PulmoTrack system across "
        "the NYHA spectrum: a randomised trial. Lancet Heart Fail. 2021;3(4):211-22.",
        "McDonagh TA, Metra M, Adamo M, et al. 2021 ESC Guidelines for the diagnosis and treatment of acute and "
        "chronic heart failure. Eur Heart J. 2021;42(36):3599-726.",
        "Brandt K, Osei F, Lindqvist M, et al. One-year outcomes of pulmonary artery pressure-guided therapy with "
        "the PulmoTrack sensor in a European registry. Eur J Heart Fail. 2021;23(6):1012-21.",
        "Hemolytix SRL. Clinical investigation report CS-FIH-01, 6-month analysis, 12/12/2023.",
    ],
    "warnings": [
        "Administer dual antiplatelet therapy or anticoagulation for one month after implantation.",
        "Do not implant in a vessel smaller than 7 mm or larger than 11 mm.",
        "MR Conditional at 1,5 T and 3 T (static field gradient ≤ 20 T/m, SAR ≤ 2 W/kg); the reader pillow is MR Unsafe.",
        "The readings do not replace the clinical assessment; medication changes remain the decision of the physician.",
    ],
    "steps": [
        "Access the femoral vein (12 F sheath) and perform right-heart catheterisation.",
        "Perform selective angiography and measure the target branch (7 to 11 mm).",
        "Advance the delivery catheter, release the sensor and calibrate it with the Swan-Ganz mean PA pressure.",
        "Instruct the patient to take one reading per day, lying on the reader pillow.",
    ],
    "side_effects": [
        "Pulmonary artery injury, haemoptysis",
        "Thrombosis, embolism",
        "Access-site haematoma, arteriovenous fistula, infection",
        "Arrhythmia during catheterisation",
    ],
    "specs": [
        ("Sensor dimensions", "15 × 3,4 × 2 mm, loops 22 mm"),
        ("Pressure range", "-10 to 150 mmHg"),
        ("Accuracy", "± 2 mmHg or ± 3 % of reading"),
        ("Target vessel diameter", "7 – 11 mm"),
        ("Delivery catheter", "12 F, 110 cm"),
        ("Expected sensor lifetime", "not limited (passive device, no battery)"),
    ],
    "pmcf": {
        "ref": "Applies to the CorSense PA system; CER CS-CER-01 rev. 2.",
        "obj_intro": "General objectives:",
        "objectives": [
            "Confirm the safety and performance of the CorSense PA system throughout its expected lifetime",
            "Identify previously unknown side-effects",
            "Confirm the acceptability of the benefit-risk ratio",
        ],
        "design": "The PMCF will consist of a yearly satisfaction questionnaire sent to the implanting centres, "
                  "complemented by the review of complaints.",
        "general": ["Literature screening will be performed yearly."],
        "population": "All patients implanted with the device.",
        "setting": "Implanting centres in the EU.",
        "endpoints": [
            ("Satisfaction", "Physician satisfaction (questionnaire)", "Yearly"),
            ("Complaints", "Number of complaints", "Yearly"),
        ],
        "n": "Sample size: to be defined according to the number of devices sold.",
        "timeline": [
            ("Start of PMCF activities", "After CE marking"),
            ("Report", "To be defined"),
        ],
        "report": "Results will be included in the PSUR.",
    },
    "sscp": {
        "clin": "The clinical evidence comes from published studies with an equivalent PA sensor (more than 2 700 "
                "patients) and from the CorSense first-in-human study (42 patients followed for 6 months), in which "
                "all implantations succeeded and no sensor failed.",
        "pmcf": "Post-market follow-up will collect data from the implanting centres every year.",
        "users": "Interventional cardiologists experienced in right-heart catheterisation, after the Hemolytix "
                 "training (one day, including two proctored cases).",
    },
    "cear": {
        "cer_ref": "CS-CER-01 rev. 2 of 19/02/2024",
        "pop": "Adults (≥ 18 years) with chronic heart failure NYHA III and a heart-failure hospitalisation in the "
               "previous year.",
        "cecp": "Class III implantable device (Rule 8): the consultation procedure of Article 54(1)(a) applies.",
        "assess": [
            "The manufacturer demonstrates equivalence with the PulmoTrack sensor; clinical and technical "
            "characteristics are compared in the CER. The Notified Body accepts the equivalence on the basis of "
            "the published data.",
            "The first-in-human study CS-FIH-01 confirms feasibility and short-term safety.",
        ],
        "br": "The benefit-risk ratio is considered acceptable.",
        "pmcf": "The PMCF plan CS-PMCF-01 is accepted; the NB will review the first PMCF report.",
        "ifu": "The IFU (EN, DE, IT) and the SSCP were reviewed; they are consistent with the CER.",
        "concl": "Favourable conclusion, subject to the expert panel consultation.",
    },
    "add": {
        ("CER", "data"): [
            ("h", 2, "Equivalence"),
            ("p", "Equivalence is claimed with the PulmoTrack sensor of Vireon Medical Inc. (USA), a class III "
                  "implantable device, on clinical, technical and biological characteristics (cf. comparison "
                  "table below)."),
            ("p", "No contract exists with Vireon Medical Inc.; the technical characteristics were taken from "
                  "the FDA summary, the public IFU and the literature, which Hemolytix considers sufficient."),
            ("table", ["Characteristic", "CorSense PA", "PulmoTrack"], [
                ("Principle", "Passive capacitive MEMS, RF powered", "Passive MEMS, RF powered"),
                ("Implant site", "Distal PA branch 7–11 mm", "Distal PA branch 7–10 mm"),
                ("Anchoring", "Two nitinol loops", "Two nitinol loops"),
                ("Materials in blood contact", "Fused silica, silicone, nitinol", "Fused silica, silicone, nitinol"),
                ("Population", "NYHA III, HF hospitalisation", "NYHA III, HF hospitalisation"),
            ], (50, 60, 60)),
        ],
    },
    "tr": {
        "de": {
            "desc": "Der CorSense PA Sensor ist ein batterieloser kapazitiver Drucksensor mit zwei Nitinol-Schlaufen, "
                    "der per Rechtsherzkatheter in einen distalen Ast der Pulmonalarterie (7 bis 11 mm) implantiert "
                    "wird; der Patient misst täglich zu Hause mit dem Lesegerät (Kissen).",
            "ip": "Das CorSense PA System ist bestimmt zur drahtlosen Messung und Überwachung des "
                  "Pulmonalarteriendrucks bei Patienten mit chronischer Herzinsuffizienz, damit der behandelnde "
                  "Arzt die Medikation anpassen kann, um Krankenhausaufenthalte wegen Herzinsuffizienz zu verringern.",
            "indications": ["Chronische Herzinsuffizienz NYHA-Klasse III, unabhängig von der LVEF, mit mindestens "
                            "einer Hospitalisierung wegen Herzinsuffizienz in den letzten 12 Monaten"],
            "contra": [
                "Unfähigkeit, einen Monat lang duale Plättchenhemmung oder Antikoagulation einzunehmen",
                "Rezidivierende Lungenembolie oder tiefe Venenthrombose",
                "Durchmesser des Zielgefäßes unter 7 mm oder über 11 mm",
                "Aktive Infektion; GFR < 25 mL/min/1,73 m²",
                "Body-Mass-Index > 35 kg/m²",
            ],
            "population": "Erwachsene ab 18 Jahren mit chronischer Herzinsuffizienz NYHA III und einer "
                          "Hospitalisierung wegen Herzinsuffizienz in den letzten 12 Monaten.",
            "users_setting": "Implantation durch interventionelle Kardiologen im Herzkatheterlabor; tägliche "
                             "Messung durch den Patienten zu Hause.",
            "warnings": [
                "Einen Monat lang duale Plättchenhemmung oder Antikoagulation verabreichen.",
                "Nicht in ein Gefäß unter 7 mm oder über 11 mm implantieren.",
                "Bedingt MR-sicher bei 1,5 T und 3 T; das Lesegerät ist nicht MR-sicher.",
                "Die Messwerte ersetzen nicht die klinische Beurteilung.",
            ],
            "steps": [
                "Zugang über die V. femoralis (12 F) und Rechtsherzkatheter.",
                "Selektive Angiographie, Messung des Zielgefäßes (7 bis 11 mm).",
                "Sensor freisetzen und mit dem Swan-Ganz-Mitteldruck kalibrieren.",
                "Patienten zur täglichen Messung anleiten.",
            ],
            "side_effects": ["Verletzung der Pulmonalarterie, Hämoptyse", "Thrombose, Embolie",
                             "Hämatom an der Punktionsstelle, AV-Fistel, Infektion", "Herzrhythmusstörungen"],
            "specs": [
                ("Abmessungen des Sensors", "15 × 3,4 × 2 mm"),
                ("Druckbereich", "-10 bis 150 mmHg"),
                ("Genauigkeit", "± 2 mmHg oder ± 3 %"),
                ("Zielgefäßdurchmesser", "7 – 11 mm"),
                ("Einführkatheter", "12 F, 110 cm"),
            ],
        },
        "it": {
            "desc": "Il sensore CorSense PA è un sensore di pressione capacitivo senza batteria, con due anse in "
                    "nitinol, impiantato in un ramo distale dell'arteria polmonare (da 7 a 11 mm) mediante "
                    "cateterismo destro; il paziente effettua una lettura al giorno a domicilio con il cuscino lettore.",
            "ip": "Il sistema CorSense PA è destinato alla misurazione e al monitoraggio senza fili della pressione "
                  "arteriosa polmonare nei pazienti con scompenso cardiaco cronico, affinché il medico curante possa "
                  "adattare la terapia per ridurre i ricoveri per scompenso cardiaco.",
            "indications": ["Scompenso cardiaco cronico in classe NYHA III, indipendentemente dalla frazione di "
                            "eiezione, con almeno un ricovero per scompenso negli ultimi 12 mesi"],
            "contra": [
                "Impossibilità di assumere doppia antiaggregazione o anticoagulazione per un mese",
                "Embolia polmonare o trombosi venosa profonda recidivanti",
                "Diametro del ramo bersaglio inferiore a 7 mm o superiore a 11 mm",
                "Infezione attiva; VFG < 25 mL/min/1,73 m²",
                "Indice di massa corporea > 35 kg/m²",
            ],
            "population": "Adulti di età pari o superiore a 18 anni con scompenso cardiaco cronico in classe NYHA "
                          "III e un ricovero per scompenso negli ultimi 12 mesi.",
            "users_setting": "Impianto da parte di cardiologi interventisti in sala di emodinamica; lettura "
                             "quotidiana da parte del paziente a domicilio.",
            "warnings": [
                "Somministrare doppia antiaggregazione o anticoagulazione per un mese dopo l'impianto.",
                "Non impiantare in un vaso inferiore a 7 mm o superiore a 11 mm.",
                "Compatibile con RM in condizioni specifiche a 1,5 T e 3 T; il cuscino lettore non è compatibile con RM.",
                "Le letture non sostituiscono la valutazione clinica.",
            ],
            "steps": [
                "Accesso venoso femorale (12 F) e cateterismo destro.",
                "Angiografia selettiva e misura del ramo bersaglio (da 7 a 11 mm).",
                "Rilascio del sensore e calibrazione con la pressione media Swan-Ganz.",
                "Istruire il paziente a effettuare una lettura al giorno.",
            ],
            "side_effects": ["Lesione dell'arteria polmonare, emottisi", "Trombosi, embolia",
                             "Ematoma nel sito di accesso, fistola artero-venosa, infezione", "Aritmie"],
            "specs": [
                ("Dimensioni del sensore", "15 × 3,4 × 2 mm"),
                ("Intervallo di pressione", "da -10 a 150 mmHg"),
                ("Accuratezza", "± 2 mmHg o ± 3 %"),
                ("Diametro del vaso bersaglio", "7 – 11 mm"),
                ("Catetere di rilascio", "12 F, 110 cm"),
            ],
        },
    },
    "docs": {
        "CEP": {"file": "CS-CEP-01_rev1_CEP.md", "no": "CS-CEP-01", "rev": "1", "date": "10/01/2023"},
        "CER": {"file": "CS-CER-01_rev2_Clinical_Evaluation_Report.pdf", "no": "CS-CER-01", "rev": "2",
                "date": "19/02/2024", "author": "Dr. C. Dumont, MD (cardiology), regulatory writer"},
        "PMCF-plan": {"file": "CS-PMCF-01_rev1_PMCF_Plan.docx", "no": "CS-PMCF-01", "rev": "1", "date": "19/02/2024"},
        "IFU-en": {"file": "CorSense_PA_IFU_EN.pdf", "no": "CS-IFU-01-EN", "rev": "C", "date": "01/2024"},
        "IFU-de": {"file": "CorSense_PA_Gebrauchsanweisung_DE.docx", "no": "CS-IFU-01-DE", "rev": "C", "date": "01/2024"},
        "IFU-it": {"file": "CorSense_PA_Istruzioni_IT.pdf", "no": "CS-IFU-01-IT", "rev": "C", "date": "01/2024"},
        "SSCP": {"file": "CS-SSCP-01_SSCP_CorSense_PA.pdf", "no": "CS-SSCP-01", "rev": "1", "date": "19/02/2024"},
        "CEAR": {"file": "EuroCert_CEAR_CorSense_PA.docx", "no": "EC-3052-CEAR-0412", "rev": "1.0",
                 "date": "17/05/2024"},
    },
    "style": {
        "all": {"num": "para", "pop_as": "table"},
        "CER": {"hf": HF, "box": True, "ip_title": "Intended purpose (Art. 2(12) MDR)"},
        "CEP": {"num": "dot"},
        "CEAR": {"num": "none", "pop_as": "prose"},
        "SSCP": {"num": "dot", "hf": ("CorSense PA – SSCP", "Hemolytix SRL")},
        "IFU": {"num": "dot", "font": "serif"},
        "PMCF-plan": {"num": "dot"},
    },
}

LABELS = [
    {
        "defect": "equivalence_competitor_implant_without_contract", "category": "evidence",
        "docs": ["CER", "CEAR"],
        "quotes": ["No contract exists with Vireon Medical Inc.; the technical characteristics were taken from the FDA summary",
                   "The Notified Body accepts the equivalence on the basis of the published data."],
        "description": "Equivalence to another manufacturer's class III implant is claimed without a contract "
                       "giving full access to its technical documentation (Art. 61(5)); most of the clinical "
                       "evidence rests on this equivalence, and the NB accepts it.",
        "accept": [],
    },
    {
        "defect": "five_year_benefit_on_six_month_data", "category": "claim",
        "docs": ["CER"],
        "quotes": ["this benefit is maintained for at least five years after implantation",
                   "annualised HF hospitalisation rate 0,52 vs 1,21 the year before (6-month follow-up)"],
        "description": "A durable five-year benefit on hospitalisations is claimed while the device's own data "
                       "cover 6 months and the equivalent-device trials 12 to 15 months.",
        "accept": ["evidence"],
    },
    {
        "defect": "pmcf_survey_without_sample_size", "category": "pmcf",
        "docs": ["PMCF-plan"],
        "quotes": ["The PMCF will consist of a yearly satisfaction questionnaire sent to the implanting centres",
                   "Sample size: to be defined according to the number of devices sold."],
        "description": "The PMCF plan of a class III implant is a satisfaction survey with generic objectives, no "
                       "endpoints tied to the residual risks, no sample size and no timeline.",
        "accept": ["template"],
    },
    {
        "defect": "table_in_missing_annex", "category": "documentation",
        "docs": ["CER"],
        "quotes": ["The detailed haemodynamic results per visit are given in Table 5 of Annex 2."],
        "description": "The CER refers to Table 5 of an Annex 2; the report has no annex and its tables stop at "
                       "Table 2.",
        "accept": [],
    },
]
