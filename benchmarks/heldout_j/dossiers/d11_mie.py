"""Mechanical insufflation-exsufflation (cough assist) device for home use (class IIa) – clean."""

NAME = "Tussa Home"

F = {
    "id": "j11_mie_tussa",
    "device": "Mechanical insufflation-exsufflation (cough assist) device for home use",
    "cls": "IIa",
    "name": NAME,
    "models": "TH-300 device; TH-PC patient circuit with bacterial filter (single patient); TH-FS foot switch",
    "udi": "5410991TUSSAHOME3008",
    "mfr": "Respira Liège SRL",
    "mfr_full": "Respira Liège SRL, Avenue du Pré-Aily 4, 4031 Liège (Angleur), Belgium",
    "srn": "BE-MF-000066392",
    "nb": "Medcert Benelux B.V., Notified Body 2998",
    "cls_text": "Class IIa – Annex VIII Rule 9 (active therapeutic device exchanging energy with the respiratory system)",
    "cecp": "Scope of Article 54: the Tussa Home is class IIa (Rule 9; Rule 12 was also considered, the device "
            "moving ambient air in and out of the airways, which is not done in a potentially hazardous manner). "
            "It is neither a class III implantable device (Art. 54(1)(a)) nor a class IIb active device "
            "administering or removing a medicinal product (Art. 54(1)(b)): it delivers ambient air only and has "
            "no oxygen inlet. The clinical evaluation consultation procedure therefore does not apply; the "
            "Notified Body assesses the clinical evaluation within the technical documentation sampling of "
            "class IIa devices.",
    "desc": "The Tussa Home is a portable, mains and battery powered device (4,2 kg) which applies a positive "
            "pressure to the airways (insufflation) followed by a rapid shift to negative pressure "
            "(exsufflation), simulating a cough and helping to clear bronchial secretions; it works in manual "
            "mode (foot switch or button) or automatic mode with programmed cycles, with optional oscillation "
            "during insufflation and/or exsufflation; the patient interface is a face mask, a mouthpiece or a "
            "catheter mount for a tracheostomy tube.",
    "ip": "The Tussa Home is intended to help patients who are unable to cough effectively to remove bronchial "
          "secretions, by gradually applying a positive pressure to the airway and then rapidly shifting to a "
          "negative pressure, through a face mask, a mouthpiece or a tracheostomy tube, at home, in hospitals and "
          "in long-term care facilities.",
    "indications": [
        "Ineffective cough due to neuromuscular disease (e.g. Duchenne muscular dystrophy, spinal muscular "
        "atrophy, amyotrophic lateral sclerosis) or high spinal cord injury",
        "Peak cough flow below 270 L/min in adults, or clinically ineffective cough in children",
    ],
    "contra": [
        "History of bullous emphysema",
        "Known susceptibility to pneumothorax or pneumomediastinum",
        "Recent barotrauma",
    ],
    "population": "Adults and children aged 2 years and older with a body weight of at least 12 kg.",
    "pop_items": [
        "Adults and children from 2 years of age",
        "Body weight ≥ 12 kg",
        "Ineffective cough of neuromuscular origin or spinal cord injury",
    ],
    "users_setting": "Use by healthcare professionals (physiotherapists, nurses, physicians) and by patients and "
                     "lay caregivers trained by a healthcare professional; at home, in hospitals (wards, not as a "
                     "ventilator) and in long-term care facilities.",
    "benefits": [
        ("More effective airway clearance", "Peak cough flow (PCF) assisted vs unassisted"),
        ("Fewer respiratory complications", "Respiratory infections and hospitalisations (observational)"),
        ("Safe home use", "Adverse events (pneumothorax, haemoptysis, vomiting), usability"),
    ],
    "criteria": [
        ("Assisted PCF", "Median increase ≥ 60 L/min vs unassisted cough", "Literature"),
        ("Pneumothorax", "No device-related pneumothorax in the investigation; literature rate < 0,5 %", "Literature"),
        ("Usability at home", "≥ 90 % of caregivers complete the critical tasks without error", "IEC 62366-1 study"),
    ],
    "cep_scope": "Clinical evaluation plan of the Tussa Home (first certification under the MDR).",
    "cdp": "Evidence: (i) literature on MI-E in neuromuscular disease and spinal cord injury; (ii) the "
           "manufacturer's randomised crossover investigation TH-CI-01 (n = 40, single session, PCF); (iii) the "
           "summative usability study; (iv) PMCF. Literature on other MI-E devices is used for the state of the "
           "art and for safety, the working principle being generic; no formal equivalence is claimed.",
    "search": "PubMed, Embase, CINAHL (2000–2023), terms: (mechanical insufflation-exsufflation OR cough assist) "
              "AND (neuromuscular OR spinal cord injury OR ALS); 318 hits; 17 retained.",
    "cep_pmcf": "PMCF survey of prescribers combined with a home-use registry (plan TH-PMCF-01).",
    "cer_summary": "MI-E with the Tussa Home increased peak cough flow in the crossover investigation TH-CI-01, in "
                   "line with the literature; no serious adverse event occurred; lay caregivers used it safely. "
                   "Benefit-risk favourable for the intended population.",
    "sota": [
        "Guidelines recommend MI-E for patients with neuromuscular disease whose cough is ineffective (PCF < 270 "
        "L/min), in addition to manually assisted cough [1, 2]. MI-E increases PCF, and observational data "
        "suggest fewer hospitalisations; randomised evidence on hard outcomes is limited [3, 4].",
        "Adverse events are rare: abdominal distension, vomiting, haemoptysis, chest discomfort; pneumothorax is "
        "exceptional [3, 5].",
    ],
    "studies": [
        ("[3]", "Systematic review", "~ 300", "NMD adults and children", "Short-term", "PCF increased"),
        ("[4]", "Retrospective", "62", "DMD", "Years", "Fewer hospitalisations"),
        ("[5]", "Observational", "64", "ALS", "Months", "No pneumothorax"),
        ("[6]", "Crossover RCT TH-CI-01", "40", "NMD/SCI, 6–78 years, 19–95 kg", "Single session",
         "PCF +152 L/min (median)"),
    ],
    "own_data": "TH-CI-01 (CHU Liège, UZ Leuven; 2022–2023): 40 subjects (28 adults, 12 children aged 6 to 15; body "
                "weight from 19 to 95 kg; 7 via tracheostomy). Median PCF unassisted 140 L/min, with Tussa Home "
                "292 L/min (+152). Minor AEs: abdominal distension 3, dizziness 1. Usability study: 30 lay "
                "caregivers, 29/30 (97 %) completed the critical tasks.",
    "pms": "None (new device).",
    "results": [
        ("PCF increase ≥ 60 L/min", "+152 L/min", "Met"),
        ("No device-related pneumothorax", "0/40", "Met"),
        ("Usability ≥ 90 %", "97 %", "Met"),
    ],
    "claims": [
        "Increases peak cough flow compared with unassisted cough [6]",
        "Can be used at home by trained caregivers [6]",
    ],
    "br": "The therapy helps clearance of secretions for patients at risk of respiratory infection; risks are "
          "mostly minor. Favourable.",
    "residual": [
        "Barotrauma, pneumothorax (rare)",
        "Abdominal distension, vomiting, aspiration",
        "Haemoptysis; chest discomfort",
        "Bradycardia or tachycardia in patients with cardiomyopathy",
    ],
    "cer_pmcf": "Children between 2 and 6 years and weights from 12 to 19 kg were not represented in TH-CI-01; PMCF "
                "will confirm safety and performance in this subgroup and in long-term home use.",
    "conclusion": "Conformity with GSPR 1 and 8 is demonstrated; usability supports home use by trained lay users.",
    "refs": [
        "Chatwin M, Toussaint M, Gonçalves MR, et al. Airway clearance techniques in neuromuscular disorders: a "
        "state of the art review. Respir Med. 2018;136:98-110.",
        "Birnkrant DJ, Bushby K, Bann CM, et al. Diagnosis and management of Duchenne muscular dystrophy, part 2. "
        "Lancet Neurol. 2018;17(4):347-61.",
        "Morrow B, Argent A, Zampoli M, et al. Cough augmentation techniques for people with chronic neuromuscular "
        "disorders. Cochrane Database Syst Rev. 2021;4:CD013170.",
        "Bach JR, Ishikawa Y, Kim H. Prevention of pulmonary morbidity for patients with Duchenne muscular "
        "dystrophy. Chest. 1997;112(4):1024-8.",
        "Vitacca M, Paneroni M, Trainini D, et al. At home and on demand mechanical cough assistance program for "
        "patients with amyotrophic lateral sclerosis. Am J Phys Med Rehabil. 2010;89(5):401-6.",
        "Respira Liège SRL. TH-CI-01 clinical investigation report, 30/10/2023.",
    ],
    "warnings": [
        "The Tussa Home is not a ventilator and does not provide life support.",
        "Start with low pressures (±15 to ±20 cmH2O) and increase gradually under the supervision of the "
        "prescribing professional; do not exceed the prescribed pressures.",
        "Stop the session in case of chest pain, haemoptysis or sudden dyspnoea, and seek medical advice.",
        "Wait at least 1 hour after a meal (risk of vomiting and aspiration).",
        "Patients on a home ventilator: reconnect the ventilator immediately after each session.",
    ],
    "steps": [
        "Check the circuit and filter; select the prescribed settings (profile locked by the professional).",
        "Apply the mask tightly or connect the tracheostomy adapter.",
        "Perform a series of 4 to 6 cycles, then rest 20 to 30 seconds; repeat 3 to 5 series.",
        "Suction or wipe the secretions; clean the mask and record the session.",
    ],
    "side_effects": [
        "Abdominal distension, nausea, vomiting",
        "Chest discomfort, haemoptysis",
        "Pneumothorax (rare)",
        "Changes of heart rate",
    ],
    "specs": [
        ("Insufflation pressure", "+10 to +70 cmH2O"),
        ("Exsufflation pressure", "-10 to -70 cmH2O"),
        ("Insufflation / exsufflation time", "0,5 to 5 s / 0,5 to 5 s"),
        ("Oscillation", "1 to 20 Hz, amplitude 1 to 10 cmH2O"),
        ("Peak flow capacity", "up to 600 L/min"),
        ("Battery", "about 2 h (≈ 25 sessions)"),
        ("Weight", "4,2 kg"),
    ],
    "pmcf": {
        "ref": "Tussa Home; CER TH-CER-01 v1.1; CEP TH-CEP-01 v1.0.",
        "objectives": [
            "Safety and performance in children aged 2 to 6 years / 12 to 19 kg (not included in TH-CI-01)",
            "Rate of serious adverse events (pneumothorax, haemoptysis, aspiration) in long-term home use",
            "Use errors reported by lay caregivers",
        ],
        "design": "Prospective home-use registry (TH-REG) with visits at the prescribing centres; device logs "
                  "(pressures, sessions) uploaded at each visit; complemented by a structured prescriber survey.",
        "population": "Patients prescribed the Tussa Home according to the IFU: adults and children aged 2 years and "
                      "older, weighing 12 kg or more; at least 30 children aged 2 to 6 years.",
        "setting": "Home use, with follow-up through 8 neuromuscular reference centres and home-care "
                   "physiotherapists (Belgium, Netherlands, Germany).",
        "endpoints": [
            ("SAE", "Pneumothorax, haemoptysis, aspiration pneumonia", "12 months"),
            ("PCF", "Assisted vs unassisted PCF", "Inclusion, 6, 12 months"),
            ("Use errors", "Reported and log-detected", "12 months"),
        ],
        "n": "150 patients including 30 children aged 2 to 6; with 150 patient-years, an SAE rate of 2 % is "
             "estimated with an upper 95 % limit below 5 %.",
        "timeline": [
            ("Start", "03/2025"),
            ("Interim (75 patients, 6 months)", "06/2026"),
            ("Final report", "12/2027"),
        ],
        "report": "PMCF evaluation report every two years (class IIa), CER updated accordingly.",
    },
    "cear": {
        "type": "Initial certification (class IIa, technical documentation assessed for the generic device group)",
        "cer_ref": "TH-CER-01 v1.1 of 12/12/2023",
        "pop": "Adults and children from 2 years, at least 12 kg body weight.",
        "cecp": "Class IIa (Rule 9); the device does not administer a medicinal product and is not implantable; "
                "Article 54(1) does not apply and no consultation of an expert panel is needed.",
        "assess": [
            "Clinical data: crossover investigation TH-CI-01 (40 subjects), usability study, literature for state "
            "of the art. CEP acceptance criteria reported and met. Children below 19 kg covered by PMCF.",
        ],
        "br": "Favourable for home and hospital use by trained users.",
        "pmcf": "Registry with specific objectives and sample size; adequate.",
        "ifu": "IFU (EN, DE, NL) reviewed; no SSCP needed (class IIa).",
        "concl": "Clinical evidence sufficient.",
    },
    "ov": {
        "IFU": {"population": "Adults and children from 2 years of age, weighing at least 12 kg."},
    },
    "tr": {
        "de": {
            "desc": "Der Tussa Home ist ein tragbares Gerät, das einen positiven Druck auf die Atemwege ausübt und "
                    "dann schnell auf einen negativen Druck umschaltet, um einen Hustenstoß zu simulieren.",
            "ip": "Der Tussa Home ist dafür bestimmt, Patienten, die nicht wirksam husten können, beim Entfernen von "
                  "Bronchialsekret zu helfen, indem schrittweise ein positiver Druck auf die Atemwege ausgeübt und "
                  "dann schnell auf einen negativen Druck umgeschaltet wird, über Gesichtsmaske, Mundstück oder "
                  "Trachealkanüle, zu Hause, in Krankenhäusern und in Pflegeeinrichtungen.",
            "indications": [
                "Ineffektiver Husten bei neuromuskulären Erkrankungen (z. B. Duchenne-Muskeldystrophie, spinale "
                "Muskelatrophie, ALS) oder hoher Querschnittlähmung",
                "Hustenspitzenfluss unter 270 L/min bei Erwachsenen oder klinisch ineffektiver Husten bei Kindern",
            ],
            "contra": [
                "Bullöses Emphysem in der Anamnese",
                "Bekannte Neigung zu Pneumothorax oder Pneumomediastinum",
                "Kürzlich aufgetretenes Barotrauma",
            ],
            "population": "Erwachsene und Kinder ab 2 Jahren mit einem Körpergewicht ab 12 kg.",
            "users_setting": "Fachpersonal sowie geschulte Patienten und Angehörige; zu Hause, im Krankenhaus und "
                             "in Pflegeeinrichtungen.",
            "warnings": [
                "Der Tussa Home ist kein Beatmungsgerät und dient nicht der Lebenserhaltung.",
                "Mit niedrigen Drücken beginnen (±15 bis ±20 cmH2O); die verordneten Drücke nicht überschreiten.",
                "Bei Brustschmerzen, Hämoptyse oder plötzlicher Atemnot die Sitzung abbrechen.",
                "Mindestens 1 Stunde nach einer Mahlzeit warten.",
                "Heimbeatmete Patienten nach jeder Sitzung sofort wieder an das Beatmungsgerät anschließen.",
            ],
            "steps": [
                "Schlauchsystem und Filter prüfen; verordnetes Profil wählen.",
                "Maske dicht aufsetzen oder Trachealkanülenadapter anschließen.",
                "4 bis 6 Zyklen durchführen, 20 bis 30 Sekunden pausieren; 3 bis 5 Serien.",
                "Sekret absaugen oder abwischen; Maske reinigen.",
            ],
            "side_effects": ["Blähbauch, Übelkeit, Erbrechen", "Brustbeschwerden, Hämoptyse",
                             "Pneumothorax (selten)", "Herzfrequenzänderungen"],
            "specs": [
                ("Insufflationsdruck", "+10 bis +70 cmH2O"),
                ("Exsufflationsdruck", "-10 bis -70 cmH2O"),
                ("Oszillation", "1 bis 20 Hz"),
                ("Akku", "ca. 2 h"),
                ("Gewicht", "4,2 kg"),
            ],
        },
        "nl": {
            "desc": "De Tussa Home is een draagbaar toestel dat een positieve druk op de luchtwegen zet en daarna snel "
                    "overschakelt naar een negatieve druk, om een hoest na te bootsen.",
            "ip": "De Tussa Home is bedoeld om patiënten die niet effectief kunnen hoesten te helpen bij het verwijderen "
                  "van bronchiaal slijm, door geleidelijk een positieve druk op de luchtweg te zetten en dan snel over "
                  "te schakelen naar een negatieve druk, via een gezichtsmasker, mondstuk of tracheacanule, thuis, in "
                  "ziekenhuizen en in zorginstellingen.",
            "indications": [
                "Ineffectieve hoest door neuromusculaire aandoeningen (bv. Duchenne, SMA, ALS) of hoge dwarslaesie",
                "Piekhoestflow lager dan 270 L/min bij volwassenen, of klinisch ineffectieve hoest bij kinderen",
            ],
            "contra": [
                "Voorgeschiedenis van bulleus emfyseem",
                "Bekende gevoeligheid voor pneumothorax of pneumomediastinum",
                "Recent barotrauma",
            ],
            "population": "Volwassenen en kinderen vanaf 2 jaar met een lichaamsgewicht van minstens 12 kg.",
            "users_setting": "Zorgverleners en getrainde patiënten en mantelzorgers; thuis, in ziekenhuizen en in "
                             "zorginstellingen.",
            "warnings": [
                "De Tussa Home is geen beademingstoestel en biedt geen levensondersteuning.",
                "Begin met lage drukken (±15 tot ±20 cmH2O); overschrijd de voorgeschreven drukken niet.",
                "Stop bij pijn op de borst, bloed ophoesten of plotse kortademigheid.",
                "Wacht minstens 1 uur na een maaltijd.",
                "Patiënten met thuisbeademing: sluit het beademingstoestel onmiddellijk na elke sessie opnieuw aan.",
            ],
            "steps": [
                "Controleer circuit en filter; kies het voorgeschreven profiel.",
                "Plaats het masker goed aansluitend of koppel de canule-adapter.",
                "Voer 4 tot 6 cycli uit, rust 20 tot 30 seconden; 3 tot 5 reeksen.",
                "Zuig of veeg de secreties weg; reinig het masker.",
            ],
            "side_effects": ["Opgezette buik, misselijkheid, braken", "Borstklachten, bloed ophoesten",
                             "Pneumothorax (zelden)", "Veranderingen van de hartfrequentie"],
            "specs": [
                ("Insufflatiedruk", "+10 tot +70 cmH2O"),
                ("Exsufflatiedruk", "-10 tot -70 cmH2O"),
                ("Oscillatie", "1 tot 20 Hz"),
                ("Batterij", "ongeveer 2 uur"),
                ("Gewicht", "4,2 kg"),
            ],
        },
    },
    "docs": {
        "CEP": {"file": "TH-CEP-01_v1.0.md", "no": "TH-CEP-01", "rev": "v1.0", "date": "06/03/2023"},
        "CER": {"file": "TH-CER-01_v1.1_CER_Tussa_Home.docx", "no": "TH-CER-01", "rev": "v1.1", "date": "12/12/2023",
                "author": "Dr. N. Lambert (pneumologue), Affaires cliniques"},
        "PMCF-plan": {"file": "TH-PMCF-01_v1.0.pdf", "no": "TH-PMCF-01", "rev": "v1.0", "date": "12/12/2023"},
        "IFU-en": {"file": "Tussa_Home_IFU_EN.pdf", "no": "TH-IFU-EN", "rev": "1.3", "date": "11/2023"},
        "IFU-de": {"file": "Tussa_Home_Gebrauchsanweisung_DE.pdf", "no": "TH-IFU-DE", "rev": "1.3", "date": "11/2023"},
        "IFU-nl": {"file": "Tussa_Home_Gebruiksaanwijzing_NL.docx", "no": "TH-IFU-NL", "rev": "1.3", "date": "11/2023"},
        "CEAR": {"file": "MCB-2998_CEAR_Tussa_Home.pdf", "no": "MCB-CEAR-2024-019", "rev": "1", "date": "16/02/2024"},
    },
    "style": {
        "all": {"num": "para", "pop_as": "bullets", "ip_title": "Scope of use"},
        "CER": {"box": True},
        "CEP": {"num": "dot"},
        "IFU": {"num": "dot", "pop_as": "prose", "box": True, "font": "serif"},
        "PMCF-plan": {"hf": ("Respira Liège SRL – TH-PMCF-01", "Confidential")},
        "CEAR": {"num": "none"},
    },
}

LABELS = []
