ID = "u01_neosat_oximeter"
DEVICE = "NeoSat Lumen N3 – neonatal/paediatric pulse oximeter with SpO2 alarm limits"
_pop = ("Patients of paediatric age from birth, including preterm neonates with a body weight from "
        "500 g (≥24 weeks gestational age), infants, children and adolescents (12-17 years).")
D = {
    "name": "NeoSat Lumen N3", "mfr": "Kyprimed Diagnostics Ltd.",
    "addr": "14 Archiepiskopou Makariou III Avenue, 3030 Limassol, Cyprus", "srn": "CY-MF-000018342",
    "udi": "5290018NEOSATN3QH", "cls": "IIb",
    "rule": "Annex VIII, Rule 10 (monitoring of vital physiological parameters)",
    "cecp": ("The device is an active diagnostic and monitoring device which does not administer or remove "
             "medicinal products, and it is not implantable; therefore the Clinical Evaluation Consultation "
             "Procedure of Article 54(1) of the MDR is not applicable."),
    "docs": {"cep": ("KPD-CEP-011", 1), "cer": ("KPD-CER-011", 2), "pmcf": ("KPD-PMCF-011", 1),
             "ifu": ("KPD-IFU-011", 3)},
    "dates": {"cep": "12/09/2024", "cer": "15/03/2025", "pmcf": "15/03/2025", "ifu": "20/03/2025",
              "cear": "28/05/2025"},
    "models": [("N3-M", "Bedside monitor with SpO2/PR module, proprietary algorithm"),
               ("NS-10", "Neonatal single-use adhesive sensor"),
               ("NS-20", "Paediatric single-use adhesive sensor"),
               ("NS-40", "Reusable soft finger clip sensor")],
    "desc": ["The NeoSat Lumen N3 is a bedside pulse oximeter which measures non-invasively the functional "
             "oxygen saturation of arterial haemoglobin (SpO2) and the pulse rate by means of two-wavelength "
             "(660 nm / 905 nm) transmission photoplethysmography, with adjustable high and low SpO2 alarm "
             "limits and a motion-tolerant averaging algorithm.",
             "The monitor is mains operated with an internal lithium-ion battery of 4 hours autonomy and it "
             "is connected to the sensors through a single patient cable; data may be exported to a central "
             "station through an HL7 interface."],
    "tech": [("SpO2 measurement range", "0-100 %"), ("SpO2 accuracy (70-100 %, no motion)", "±2 %"),
             ("Pulse rate range", "25-300 bpm"), ("Low SpO2 alarm limit (default)", "88 %"),
             ("High SpO2 alarm limit (default)", "97 %"), ("Averaging time", "2-16 s, default 8 s"),
             ("Weight", "1,9 kg (4.2 lb)")],
    "purpose": ("The NeoSat Lumen N3 is intended for the continuous non-invasive monitoring of functional "
                "oxygen saturation (SpO2) and pulse rate, with audible and visual alarms, in patients of "
                "paediatric age in hospital neonatal and paediatric care units."),
    "ind": ["continuous SpO2 monitoring of preterm and term neonates in the NICU",
            "monitoring of infants and children at risk of hypoxaemia in paediatric wards and PICU",
            "monitoring during oxygen therapy in order to titrate the fraction of inspired oxygen"],
    "contra": ["known hypersensitivity to the acrylic adhesive of the single-use sensors",
               "use during magnetic resonance imaging (MRI) examination"],
    "pop": _pop,
    "users": "Trained healthcare professionals (neonatologists, paediatricians, nurses).",
    "setting": "Hospital use only, in NICU, PICU and paediatric wards.",
    "sota": ["Pulse oximetry is the standard of care for the monitoring of oxygenation in neonatology; "
             "the European Consensus Guidelines on the management of respiratory distress syndrome "
             "recommend target SpO2 between 90 % and 94 % for preterm neonates receiving oxygen, with "
             "alarm limits of 89 % and 95 % [1].",
             "The accuracy of modern pulse oximeters, expressed as Arms against arterial co-oximetry, is "
             "typically 2-3 % in the range 70-100 %, whereas accuracy decreases at low saturations and "
             "in patients with darker skin pigmentation [2,3]."],
    "benefits": [("Accurate detection of hypoxaemia", "Arms of SpO2 vs arterial SaO2", "Arms ≤ 3 %"),
                 ("Timely alarm for desaturation events", "Sensitivity of low SpO2 alarm", "≥ 95 %"),
                 ("Reduction of false alarms", "False alarm rate per patient-hour", "≤ 1,5 / h")],
    "safety_crit": [("Skin injury at sensor site (neonates)", "≤ 2 %"),
                    ("Pressure necrosis of the finger/toe", "≤ 0,1 %")],
    "cdp": ("A pre-market clinical investigation of accuracy in neonates (KPD-CIP-N3-01) has been performed "
            "in two Greek NICUs; no further pre-market investigation is foreseen."),
    "studies": [("[4]", "KPD-CIP-N3-01, prospective accuracy study vs arterial co-oximetry", "62",
                 "Neonates 780-4 100 g in NICU", "Single session (arterial samples)", "Arms 2,4 %; bias -0,3 %"),
                ("[5]", "Retrospective single-centre alarm study (predecessor N2)", "148",
                 "Infants and children 1 month-12 years", "72 h monitoring", "Sensitivity 97,1 %; 1,1 false alarms/h"),
                ("[6]", "Prospective observational skin safety study", "90",
                 "Neonates and infants", "7 days", "Skin erythema 1,1 %, no necrosis")],
    "study_prose": ["The pivotal investigation KPD-CIP-N3-01 [4] enrolled 62 neonates with an indwelling "
                    "arterial line in two tertiary NICUs in Athens and Thessaloniki; 418 paired samples "
                    "resulted in an Arms of 2,4 % in the range 70-100 %, which satisfies the acceptance "
                    "criterion of the CEP.",
                    "The alarm performance was appraised from the retrospective study of the predecessor "
                    "model N2 [5], which uses the identical optical front-end and algorithm; the study is "
                    "considered of moderate quality (retrospective) but of high relevance."],
    "perf": ["The three clinical benefits of the CEP have been demonstrated: Arms of 2,4 % for the "
             "detection of hypoxaemia, alarm sensitivity of 97,1 % and false alarm rate of 1,1 per hour."],
    "risks": [("Skin erythema or injury at the sensor site", "1,1 %"),
              ("Missed desaturation due to motion or low perfusion", "< 3 % of events"),
              ("Inaccurate reading in dyshaemoglobinaemia", "rare (< 0,1 %)")],
    "warn": ["Inspect the sensor site every 4 hours in neonates and every 8 hours in older children and relocate the sensor if skin integrity is compromised.",
             "Do not use the device as an apnoea monitor.",
             "Readings may be inaccurate in the presence of carboxyhaemoglobin or methaemoglobin."],
    "steps": ["Select the sensor according to the weight of the patient.",
              "Apply the sensor with the emitter and detector opposite each other.",
              "Verify the alarm limits for each new patient before starting the monitoring."],
    "refs": ["Sweet DG et al. European Consensus Guidelines on the Management of RDS – 2022 Update. Neonatology 2023.",
             "Jubran A. Pulse oximetry. Crit Care 2015;19:272.",
             "Vesoulis Z et al. Racial discrepancy in pulse oximeter accuracy in preterm infants. J Perinatol 2022.",
             "Kyprimed. Clinical investigation report KPD-CIP-N3-01, 2023.",
             "Papadaki M et al. Alarm performance of a neonatal oximeter. Hell J Paediatr 2021.",
             "Kyprimed. Skin safety study report KPD-SS-04, 2022."],
    "pmcf": {"obj": ["to confirm the accuracy of SpO2 in neonates below 1 000 g, which were under-represented in KPD-CIP-N3-01",
                     "to monitor the frequency of sensor-related skin injuries in preterm neonates",
                     "to confirm the false alarm rate in PICU conditions"],
             "design": "Prospective, multicentre, single-arm PMCF study in four NICUs/PICUs in Greece and Cyprus.",
             "pop": "Neonates, infants, children and adolescents monitored in NICU, PICU and paediatric wards.",
             "size": "A sample of 120 patients (of which at least 40 below 1 000 g) provides a 95 % CI half-width of ±0,4 % for the Arms, assuming SD 1,6 %.",
             "endpoints": ["Arms vs arterial SaO2", "Skin injury rate", "False alarm rate per patient-hour"],
             "timeline": [("First patient in", "09/2025"), ("Interim report", "09/2026"), ("Final report", "06/2027")],
             "link": "Each objective is linked to a residual risk of the risk management file (RM-N3-07, RM-N3-11) or to the under-representation of extremely low birth weight neonates."},
    "tr": {
        "el": {"purpose": "Το NeoSat Lumen N3 προορίζεται για τη συνεχή μη επεμβατική παρακολούθηση του κορεσμού οξυγόνου (SpO2) και της καρδιακής συχνότητας σε ασθενείς παιδικής ηλικίας σε νοσοκομειακές μονάδες.",
               "ind": ["συνεχής παρακολούθηση SpO2 σε πρόωρα και τελειόμηνα νεογνά στη ΜΕΝΝ", "παρακολούθηση βρεφών και παιδιών με κίνδυνο υποξαιμίας", "παρακολούθηση κατά την οξυγονοθεραπεία"],
               "contra": ["γνωστή υπερευαισθησία στο ακρυλικό αυτοκόλλητο των αισθητήρων", "χρήση κατά την εξέταση μαγνητικής τομογραφίας (MRI)"],
               "pop": "Ασθενείς παιδικής ηλικίας από τον 3ο μήνα ζωής έως την εφηβεία (12-17 ετών).",
               "setting": "Εκπαιδευμένοι επαγγελματίες υγείας. Μόνο για νοσοκομειακή χρήση.",
               "warn": ["Ελέγχετε το σημείο εφαρμογής του αισθητήρα κάθε 4 ώρες στα νεογνά.", "Μη χρησιμοποιείτε τη συσκευή ως monitor άπνοιας."],
               "steps": ["Επιλέξτε τον αισθητήρα ανάλογα με το βάρος του ασθενούς.", "Επαληθεύστε τα όρια συναγερμού πριν από την έναρξη."],
               "risks": ["Ερύθημα ή βλάβη του δέρματος στο σημείο του αισθητήρα", "Μη ανίχνευση αποκορεσμού λόγω κίνησης"]},
        "fr": {"purpose": "Le NeoSat Lumen N3 est destiné à la surveillance continue et non invasive de la saturation fonctionnelle en oxygène (SpO2) et de la fréquence du pouls chez les patients pédiatriques en unités hospitalières.",
               "ind": ["surveillance continue de la SpO2 des nouveau-nés prématurés et à terme en réanimation néonatale", "surveillance des nourrissons et enfants à risque d'hypoxémie", "surveillance pendant l'oxygénothérapie"],
               "contra": ["hypersensibilité connue à l'adhésif acrylique des capteurs", "utilisation pendant un examen d'IRM"],
               "pop": "Patients pédiatriques dès la naissance, y compris les nouveau-nés prématurés à partir de 500 g, nourrissons, enfants et adolescents (12-17 ans).",
               "setting": "Professionnels de santé formés. Usage hospitalier uniquement.",
               "warn": ["Inspecter le site du capteur toutes les 4 heures chez le nouveau-né.", "Ne pas utiliser l'appareil comme moniteur d'apnée."],
               "steps": ["Choisir le capteur selon le poids du patient.", "Vérifier les limites d'alarme avant le début de la surveillance."],
               "risks": ["Érythème ou lésion cutanée au site du capteur", "Désaturation non détectée en cas de mouvement"]},
    },
    "cear": {"expert": "paediatric intensive care",
             "cecp": "The device is class IIb active but it does not administer or remove medicinal products; it is not implantable. The CECP according to Article 54 is not applicable.",
             "sota": "The state of the art is adequately described with reference to the European Consensus Guidelines. No equivalence is claimed; predecessor N2 data are used as supportive.",
             "lit": "The literature search is considered adequate; the search protocol and the PRISMA diagram were provided.",
             "pmcf": "The PMCF plan is specific and includes a sample size rationale.",
             "findings": [("1", "Minor", "The accuracy data in neonates below 1 000 g are limited (n=9).", "Yes – confirm within PMCF"),
                          ("2", "Observation", "It is asked to add the skin pigmentation of the subjects of KPD-CIP-N3-01 in the next CER update.", "No")],
             "concl": "The Notified Body considers that the clinical evidence is sufficient for the certification. The Manufacturer is requested for clarification on Finding 1 in the frame of the PMCF."},
}

_cer_over = {
    "tech": D["tech"][:1] + [("SpO2 accuracy (70-100 %, no motion)", "±2 %")] + D["tech"][2:],
    "models": [("N3-M", "Bedside monitor with SpO2/PR module, proprietary algorithm"),
               ("NS-10", "Neonatal single-use adhesive sensor, for patients from 3 kg up to 15 kg body weight"),
               ("NS-20", "Paediatric single-use adhesive sensor, 15-45 kg"),
               ("NS-40", "Reusable soft finger clip sensor, > 40 kg")],
    "extra": {"cer_perf": [("p", "It is worth mentioning that the continuous monitoring with the NeoSat Lumen N3 "
                                  "prevents the development of retinopathy of prematurity in all monitored preterm "
                                  "neonates, as the high alarm limit eliminates hyperoxaemic episodes.")]},
}
_ifu_en = {"tech": [("SpO2 measurement range", "0-100 %"), ("SpO2 accuracy (70-100 %, no motion)", "±3 %")] + D["tech"][2:]}
_cear = {"pop": "Patients of paediatric age from birth up to 12 years of age, including preterm neonates from 500 g."}

DOCS = [
    ("KPD-CEP-011_Rev1_NeoSat_N3.docx", "CEP", "en", {}),
    ("KPD-CER-011_Rev2_NeoSat_N3.pdf", "CER", "en", _cer_over),
    ("KPD-PMCF-011_Rev1_PMCF_Plan.docx", "PMCF-plan", "en", {}),
    ("KPD-IFU-011_EN_Rev3.pdf", "IFU", "en", _ifu_en),
    ("KPD-IFU-011_EL_Rev3.pdf", "IFU", "el", {}),
    ("KPD-IFU-011_FR_Rev3.docx", "IFU", "fr", {}),
    ("NB2998_CEAR_KPD-011_v1.0.docx", "CEAR", "en", _cear),
]

LABELS = [
    {"defect": "neonatal_sensor_excludes_smallest_patients", "category": "plausibility", "rule": None,
     "documents": ["KPD-CER-011_Rev2_NeoSat_N3.pdf"],
     "quotes": ["including preterm neonates with a body weight from 500 g (≥24 weeks gestational age)",
                "Neonatal single-use adhesive sensor, for patients from 3 kg up to 15 kg body weight"],
     "description": "The smallest sensor starts at 3 kg while the CER population includes preterm neonates from 500 g.",
     "accept": ["population", "specification"]},
    {"defect": "upper_age_bound_differs_cear", "category": "population", "rule": None,
     "documents": ["NB2998_CEAR_KPD-011_v1.0.docx", "KPD-CER-011_Rev2_NeoSat_N3.pdf"],
     "quotes": ["Patients of paediatric age from birth up to 12 years of age",
                "infants, children and adolescents (12-17 years)"],
     "description": "The CEAR limits the population to 12 years while CER/IFU include adolescents up to 17 years.",
     "accept": []},
    {"defect": "spo2_accuracy_differs_cer_ifu", "category": "specification", "rule": None,
     "documents": ["KPD-CER-011_Rev2_NeoSat_N3.pdf", "KPD-IFU-011_EN_Rev3.pdf"],
     "quotes": ["SpO2 accuracy (70-100 %, no motion) ±2 %", "SpO2 accuracy (70-100 %, no motion) ±3 %"],
     "description": "SpO2 accuracy is ±2 % in the CER but ±3 % in the English IFU.",
     "accept": []},
    {"defect": "greek_ifu_population_from_3rd_month", "category": "language", "rule": None,
     "documents": ["KPD-IFU-011_EL_Rev3.pdf", "KPD-IFU-011_EN_Rev3.pdf"],
     "quotes": ["Ασθενείς παιδικής ηλικίας από τον 3ο μήνα ζωής έως την εφηβεία (12-17 ετών).",
                "Patients of paediatric age from birth, including preterm neonates with a body weight from 500 g"],
     "description": "The Greek IFU admits patients only from the 3rd month of life while the English IFU includes neonates from birth.",
     "accept": ["population"]},
    {"defect": "absolute_claim_prevents_rop", "category": "claim", "rule": None,
     "documents": ["KPD-CER-011_Rev2_NeoSat_N3.pdf"],
     "quotes": ["prevents the development of retinopathy of prematurity in all monitored preterm neonates"],
     "description": "An absolute, unsupported claim that a monitor prevents ROP in all preterm neonates.",
     "accept": ["evidence"]},
]
