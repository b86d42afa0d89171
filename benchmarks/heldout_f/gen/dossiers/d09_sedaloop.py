"""Closed-loop propofol anaesthesia infusion controller (Rule 12 / Rule 22 question)."""

LONG = "SedaLoop Closed-Loop Anaesthesia Controller"

ADVERSE = [
    ("Hypotension (MAP < 65 mmHg for more than 5 minutes)", "18 % of procedures"),
    ("Excessive anaesthetic depth (index < 40 for more than 5 minutes)", "6 % of procedures"),
    ("Insufficient anaesthetic depth (index > 60 for more than 5 minutes)", "4 % of procedures"),
    ("Intraoperative awareness with recall", "0 % observed (220 patients)"),
    ("Interruption of closed-loop control requiring manual mode", "3.2 % of procedures"),
    ("Delayed emergence (extubation later than 15 minutes)", "2.7 % of procedures"),
]

SPEC = {
    "id": "f09_sedaloop",
    "device": "SedaLoop closed-loop propofol anaesthesia controller with integrated syringe infusion module",
    "device_class": "III",
    "name": "SedaLoop",
    "name_long": LONG,
    "generic": "Closed-loop anaesthesia delivery system (propofol)",
    "manufacturer": "Anestra Systems B.V.",
    "address": "Molengraaffsingel 10, 2629 JD Delft, the Netherlands",
    "srn": "NL-MF-000019832",
    "nb": "Lowlands Notified Body B.V.",
    "nb_no": "2895",
    "budi": "871234567SEDALOOP4F",
    "emdn": "Z12030182 – infusion pumps, closed-loop",
    "first_ce": "Not yet certified (initial application)",
    "rmf": "ANS-RMF-200 v5",
    "pms_plan": "ANS-PMS-200 v1",
    "data_lock": "1 July 2024",
    "authors": ["Dr. ir. Bram Hoekstra (clinical affairs)", "Ingrid Dekker, MSc (regulatory affairs)"],
    "class_text": "Class IIb according to Annex VIII, Rule 12 (active device administering medicinal products in a potentially hazardous manner)",
    "scope_text": ("As class IIb active device intended to administer a medicinal product (propofol) under Rule 12, SedaLoop "
                   "falls under Article 54(1)(b) MDR and the notified body has to perform the clinical evaluation consultation "
                   "procedure."),
    "models": (["Model", "Description", "Software"], [
        ["SL-200C", "SedaLoop controller with touch screen", "SL-OS 2.4"],
        ["SL-200P", "Integrated syringe infusion module (50 ml syringes)", "Firmware 1.9"],
        ["SL-IF-B", "Interface cable to compatible EEG depth-of-anaesthesia monitors", "–"],
    ]),
    "specs": [
        ["Infusion rate range", "0.1–60 ml/h (propofol 10 mg/ml)"],
        ["Syringe size", "50 ml only"],
        ["Control target", "EEG index 40–60 (selectable, default 50)"],
        ["Control cycle", "every 5 seconds"],
        ["Occlusion pressure alarm", "300–900 mmHg, selectable"],
        ["Battery autonomy", "2 hours"],
        ["Fallback", "Automatic switch to the last stable manual rate when the EEG signal is lost for more than 60 s"],
        ["Alarms", "Occlusion, syringe empty, signal loss, index out of range, low battery"],
    ],
    "specs_prose": "",
    "intended_purpose": ("SedaLoop is intended to automatically titrate the infusion of propofol during induction and "
                         "maintenance of general anaesthesia, using the EEG index of a connected depth-of-anaesthesia monitor "
                         "as feedback, under the continuous supervision of an anaesthesiologist."),
    "indications": [
        "Total intravenous anaesthesia with propofol for elective surgery of 30 minutes or longer, in combination with opioid analgesia",
    ],
    "contraindications": [
        "Known allergy to propofol or its excipients",
        "Neurological disorders that alter the EEG (e.g. epilepsy, recent traumatic brain injury)",
        "Cardiac surgery with cardiopulmonary bypass",
        "Concomitant use of ketamine or nitrous oxide (interferes with the EEG index)",
        "Pregnancy and obstetric anaesthesia",
    ],
    "population": "Adults aged 18 to 80 years, ASA physical status I to III, with a body weight of 40 to 160 kg.",
    "users": "Anaesthesiologists and nurse anaesthetists trained on SedaLoop; an anaesthesiologist remains responsible and present.",
    "setting": "Operating rooms of hospitals with full anaesthesia monitoring.",
    "description": [
        "SedaLoop consists of a controller and an integrated syringe infusion module. Every 5 seconds a PID-based control "
        "algorithm compares the EEG index from the connected monitor with the target and adjusts the propofol infusion "
        "rate. Induction is performed by the same algorithm with a faster rate profile.",
        "The anaesthesiologist sets the target (default 50) and can switch to manual mode at any time. When the EEG signal "
        "is lost the system keeps the last stable rate and alarms.",
    ],
    "sota": [
        "Propofol total intravenous anaesthesia is titrated manually or with target-controlled infusion (TCI) based on "
        "pharmacokinetic models. Processed EEG monitoring reduces propofol consumption and may reduce awareness in "
        "high-risk patients. Closed-loop systems have been investigated since 2000; meta-analyses show more time in the "
        "target range of the EEG index compared with manual titration, without difference in hard outcomes.",
        "Benchmark values: time in target range 55–65 % with manual and 75–90 % with closed-loop control; awareness below 0.1 %.",
    ],
    "alternatives": ["Manual propofol infusion", "Target-controlled infusion (TCI) pumps", "Volatile anaesthesia"],
    "search": ("PubMed, Embase, Cochrane; 2000 – data lock; terms: (closed-loop OR automated) AND (propofol OR anaesthesia) "
               "AND (BIS OR EEG OR depth of anaesthesia)."),
    "search_result": ("The search of 5 July 2024 retrieved 688 records; 26 publications including 3 meta-analyses were used for "
                      "the state of the art. Device data: SEDALOOP-FS and SEDALOOP-RCT."),
    "equivalence_plan": "Equivalence will not be claimed.",
    "equivalence": "No equivalence is claimed; all data are from investigations of SedaLoop.",
    "cdp": ["SEDALOOP-FS feasibility study (40 patients) and SEDALOOP-RCT randomised versus manual titration (180 patients). PMCF registry after CE marking."],
    "benefits": [
        ("More stable depth of anaesthesia", "Percentage of maintenance time with EEG index within 40–60", "≥ 75 % and superior to manual"),
        ("Reduced workload / fewer interventions", "Number of manual interventions per hour", "lower than manual control"),
    ],
    "safety_criteria": [
        ("Intraoperative awareness with recall", "0 cases in the investigations"),
        ("Hypotension (MAP < 65 mmHg > 5 min)", "not higher than manual control"),
        ("Closed-loop interruptions requiring manual mode", "≤ 5 % of procedures"),
    ],
    "perf_results": [
        ["Time with index 40–60", "≥ 75 %, superior", "82 % vs 58 % (p < 0.001)", "Yes"],
        ["Manual interventions per hour", "lower than manual", "0.4 vs 6.1", "Yes"],
    ],
    "safety_results": [
        ["Awareness with recall", "0 cases", "0 (0/220)", "Yes"],
        ["Hypotension > 5 min", "not higher than manual", "18 % vs 24 %", "Yes"],
        ["Closed-loop interruptions", "≤ 5 %", "3.2 %", "Yes"],
    ],
    "studies": (["Study", "Design", "N", "Population", "Follow-up", "Main result"], [
        ["SEDALOOP-FS [4]", "Feasibility, single centre", "40", "Adults 18–80 y, ASA I–III", "Until discharge from recovery", "Time in range 79 %"],
        ["SEDALOOP-RCT [5]", "RCT vs manual titration, 3 centres", "180", "Adults 18–80 y, ASA I–III, 46–142 kg", "Day 1 postop (awareness interview)", "Time in range 82 % vs 58 %"],
    ]),
    "results": [
        "In SEDALOOP-RCT the mean age was 54 years (range 19–80) and the body weight 46 to 142 kg. The mean propofol "
        "consumption was 7.1 mg/kg/h during maintenance, similar to manual titration.",
        "No case of awareness occurred in 220 patients; hypotension was less frequent with closed-loop control.",
    ],
    "pms": ["Not yet on the market; no PMS data."],
    "benefit_risk": [
        "SedaLoop keeps the depth of anaesthesia more stable and reduces manual interventions, with no increase of "
        "hypotension or awareness in the investigations.",
        "Residual risks relate to erroneous EEG signals (artefacts, electrosurgery) and are controlled by alarms, the "
        "fallback mode and the continuous presence of the anaesthesiologist.",
    ],
    "adverse": ADVERSE,
    "other_risks": [],
    "pmcf_summary": "A PMCF registry will collect time in range, hypotension and awareness data in routine use.",
    "summary": [
        "Clinical evaluation of the SedaLoop closed-loop propofol controller.",
        "The CEP acceptance criteria are met with the data of SEDALOOP-FS and SEDALOOP-RCT (220 patients).",
    ],
    "conclusion": ["SedaLoop complies with the GSPR for the intended purpose in adults 18 to 80 years; the benefit-risk is positive."],
    "references": [
        "Pasin L, Nardelli P, Pintaudi M, et al. Closed-loop delivery systems versus manually controlled administration of total IV anesthesia: a meta-analysis of randomized clinical trials. Anesth Analg 2017;124:456–464.",
        "Punjasawadwong Y, Phongchiewboon A, Bunchungmongkol N. Bispectral index for improving anaesthetic delivery and postoperative recovery. Cochrane Database Syst Rev 2014;6:CD003843.",
        "Avidan MS, Jacobsohn E, Glick D, et al. Prevention of intraoperative awareness in an unselected surgical population. N Engl J Med 2011;365:591–600.",
        "Anestra Systems. SEDALOOP-FS clinical investigation report ANS-CIR-01, 2022.",
        "Anestra Systems. SEDALOOP-RCT clinical investigation report ANS-CIR-02, 2024.",
    ],
    "evaluators": "Dr. ir. Bram Hoekstra and Dr. Eva Mulder (anaesthesiologist). Approved 2 August 2024.",
    "pmcf": {
        "general": ["Complaint and vigilance review", "Yearly literature review", "Analysis of anonymised controller logs (alarms, fallbacks)"],
        "objectives": [
            ("Confirm time in target range in routine use", "Clinical benefit confirmation"),
            ("Estimate hypotension and awareness rates", "Residual risks"),
            ("Characterise fallback events caused by EEG artefacts", "Residual risk: erroneous EEG signal"),
        ],
        "design": ["Prospective multicentre registry in [insert number] XX European hospitals, consecutive patients."],
        "endpoints": ["Time with EEG index 40–60", "Hypotension > 5 min", "Awareness (modified Brice interview)", "Fallback events"],
        "inclusion": ["Patients anaesthetised with SedaLoop according to the IFU", "Informed consent"],
        "exclusion": ["Contraindications of the IFU"],
        "setting": "Operating rooms of participating hospitals.",
        "sample_size": "[To be calculated by biostatistics – insert number of patients and rationale]",
        "timeline": [["Start of registry", "TBD"], ["Interim analysis", "TBD"], ["Final report", "TBD"]],
        "reporting": "PMCF evaluation report yearly.",
    },
    "sscp": {
        "description": ["Controller with integrated syringe infusion module that titrates propofol automatically using the EEG index of a connected depth-of-anaesthesia monitor."],
        "previous": "First generation.",
        "accessories": "Interface cable SL-IF-B; compatible EEG monitors listed in the IFU; 50 ml syringes.",
        "risk_source": "Data from SEDALOOP-FS and SEDALOOP-RCT (220 patients, prospective).",
        "fsca": "No FSCA.",
        "training": "Mandatory SedaLoop training (e-learning and 5 supervised cases) for anaesthesiologists and nurse anaesthetists.",
        "standards": ["EN 60601-1:2006+A1:2013", "EN 60601-2-24:2015", "EN 60601-1-8:2007+A1:2013", "EN 62304:2006+A1:2015", "EN ISO 14971:2019+A11:2021"],
    },
    "sscp_warnings": ["An anaesthesiologist must be present during the whole use.", "Electrosurgery can disturb the EEG index; check the signal quality indicator."],
    "sscp_clinical": ["SEDALOOP-RCT (180 adults): time in target 82 % vs 58 % with manual titration; no awareness; hypotension 18 % vs 24 %."],
    "cear": {
        "assessment_type": "Initial certification",
        "ifu_langs": ["English", "Dutch"],
        "reviewers": "Clinical: anaesthesiologist (LNB-A-03); technical: software and control engineer (LNB-S-07).",
        "state_of_art": ["The state of the art (TCI, processed EEG, closed-loop meta-analyses) is appropriate."],
        "literature": ["Literature review acceptable."],
        "investigations": ["SEDALOOP-RCT is adequately designed for the performance claim."],
        "pmcf": ["A PMCF registry is foreseen."],
        "ifu": ["IFU reviewed."],
        "conclusion": ["Clinical evidence sufficient for the intended purpose; benefit-risk acceptable."],
    },
    "cear_summary": [
        "SedaLoop is a closed-loop controller with integrated syringe module that titrates propofol using an EEG index.",
        "As assessed: automated propofol titration during induction and maintenance of general anaesthesia in adults, "
        "under continuous supervision of an anaesthesiologist in the operating room.",
    ],
    "cear_scope": ["SedaLoop is a class III device according to Rule 22 (active therapeutic device whose integrated diagnostic "
                   "function, the EEG-based control, significantly determines patient management). It is not implantable, "
                   "so Article 54(1)(a) does not apply, and Article 54(1)(b) covers only class IIb devices. The consultation "
                   "procedure is therefore not required."],
    "style": {"v": 0, "heads": "plain", "us": True, "cear_heads": "alpha", "ifu_heads": "dot"},
    "docs": {
        "CEP": dict(title="Clinical evaluation plan", number="ANS-CEP-200", rev="2", date="2024-01-10", file="SedaLoop_CEP_v2.pdf", fmt="pdf"),
        "CER": dict(title="Clinical evaluation report", number="ANS-CER-200", rev="3", date="2024-08-02", file="SedaLoop_CER_v3.pdf", fmt="pdf", font="DejaVuSansCondensed"),
        "PMCF-plan": dict(title="PMCF plan", number="ANS-PMCF-200", rev="1", date="2024-07-30", file="SedaLoop_PMCF_plan_v1.docx", fmt="docx"),
        "SSCP": dict(title="SSCP", number="ANS-SSCP-200", rev="1", date="2024-08-09", file="SedaLoop_SSCP.pdf", fmt="pdf"),
        "IFU-en": dict(title="IFU", number="ANS-IFU-200", rev="A", date="2024-06", file="SedaLoop_IFU_EN.docx", fmt="docx"),
        "IFU-nl": dict(title="IFU", number="ANS-IFU-200", rev="A", date="2024-06", file="SedaLoop_IFU_NL.docx", fmt="docx"),
        "CEAR": dict(title="CEAR", number="LNB-CEAR-24-0162", rev="1", date="2024-10-21", file="LNB_CEAR_SedaLoop.pdf", fmt="pdf"),
    },
}

SPEC["override"] = {"CEAR": {"class_text": "Class III according to Annex VIII, Rule 22 (closed-loop system)"}}

SPEC["ifu"] = {
    "en": {
        "name": LONG, "subtitle": "Controller SL-200C · Infusion module SL-200P · Interface cable SL-IF-B",
        "description": SPEC["description"],
        "intended_purpose": SPEC["intended_purpose"],
        "indications": SPEC["indications"],
        "contraindications": SPEC["contraindications"],
        "population": "Patients from 16 years of age, ASA physical status I to III, with a body weight of 40 to 160 kg.",
        "users": SPEC["users"] + " " + SPEC["setting"],
        "warnings": [
            "An anaesthesiologist must be present and supervise the patient during the whole use of SedaLoop.",
            "Check the signal quality indicator of the EEG monitor; electrosurgery and movement can produce wrong index values.",
            "Use only propofol 10 mg/ml in 50 ml syringes; other concentrations lead to wrong dosing.",
            "Do not use SedaLoop when the EEG monitor shows an error or the sensor impedance is too high.",
        ],
        "precautions": [
            "Reduce the target index range in elderly patients according to clinical judgment.",
            "Prepare a second propofol syringe before the syringe-empty alarm in long procedures.",
        ],
        "adverse": [a for a, _ in ADVERSE],
        "instructions": [
            "Connect the EEG monitor with the interface cable and check the signal quality.",
            "Enter patient weight, age and the target index (default 50).",
            "Load the 50 ml propofol syringe and purge the line.",
            "Start closed-loop induction; the controller increases the rate until the target is reached.",
            "At the end of surgery stop the infusion; the system switches to standby.",
        ],
        "specs": SPEC["specs"],
        "storage": "Operating conditions 10–35 °C. Clean the surfaces with 70 % alcohol. Return the device for disposal to Anestra (WEEE).",
    },
    "nl": {
        "name": "SedaLoop closed-loop anesthesiecontroller", "subtitle": "Controller SL-200C · Infusiemodule SL-200P · Interfacekabel SL-IF-B",
        "description": [
            "SedaLoop bestaat uit een controller en een geïntegreerde spuitinfusiemodule. Elke 5 seconden vergelijkt een "
            "PID-regelalgoritme de EEG-index van de aangesloten monitor met de doelwaarde en past de infusiesnelheid van "
            "propofol aan. De inductie wordt door hetzelfde algoritme met een sneller snelheidsprofiel uitgevoerd.",
            "De anesthesioloog stelt de doelwaarde in (standaard 50) en kan op elk moment naar handmatige modus overschakelen. "
            "Bij verlies van het EEG-signaal houdt het systeem de laatste stabiele snelheid aan en geeft een alarm.",
        ],
        "intended_purpose": ("SedaLoop is bedoeld om de infusie van propofol tijdens inductie en onderhoud van algehele "
                             "anesthesie automatisch te titreren, met de EEG-index van een aangesloten diepte-van-anesthesiemonitor "
                             "als terugkoppeling, onder continu toezicht van een anesthesioloog."),
        "indications": [
            "Totale intraveneuze anesthesie met propofol voor electieve chirurgie van 30 minuten of langer, in combinatie met opioïde analgesie",
        ],
        "contraindications": [
            "Bekende allergie voor propofol of de hulpstoffen",
            "Neurologische aandoeningen die het EEG veranderen (bijv. epilepsie, recent traumatisch hersenletsel)",
            "Hartchirurgie met cardiopulmonale bypass",
            "Gelijktijdig gebruik van ketamine of lachgas (verstoort de EEG-index)",
            "Zwangerschap en obstetrische anesthesie",
        ],
        "population": "Patiënten vanaf 16 jaar, ASA-klasse I tot III, met een lichaamsgewicht van 40 tot 160 kg.",
        "users": ("Anesthesiologen en anesthesiemedewerkers die getraind zijn in SedaLoop; een anesthesioloog blijft "
                  "verantwoordelijk en aanwezig. Operatiekamers van ziekenhuizen met volledige anesthesiebewaking."),
        "warnings": [
            "Een anesthesioloog moet tijdens het gehele gebruik van SedaLoop aanwezig zijn en toezicht houden op de patiënt.",
            "Controleer de signaalkwaliteitsindicator van de EEG-monitor; elektrochirurgie en beweging kunnen foutieve indexwaarden geven.",
            "Gebruik alleen propofol 10 mg/ml in spuiten van 50 ml; andere concentraties leiden tot een verkeerde dosering.",
            "Gebruik SedaLoop niet wanneer de EEG-monitor een fout toont of de sensorimpedantie te hoog is.",
        ],
        "precautions": [
            "Verlaag bij oudere patiënten het doelbereik van de index naar klinisch oordeel.",
            "Bereid bij lange ingrepen een tweede propofolspuit voor vóór het alarm 'spuit leeg'.",
        ],
        "adverse": ["Hypotensie (MAP < 65 mmHg langer dan 5 minuten)", "Te diepe anesthesie (index < 40 langer dan 5 minuten)",
                    "Onvoldoende anesthesiediepte (index > 60 langer dan 5 minuten)", "Intraoperatieve awareness met herinnering",
                    "Onderbreking van de closed-loop-regeling waarvoor handmatige modus nodig is", "Vertraagd ontwaken (extubatie later dan 15 minuten)"],
        "instructions": [
            "Sluit de EEG-monitor aan met de interfacekabel en controleer de signaalkwaliteit.",
            "Voer gewicht, leeftijd en doelindex (standaard 50) van de patiënt in.",
            "Plaats de propofolspuit van 50 ml en ontlucht de lijn.",
            "Start de closed-loop-inductie; de controller verhoogt de snelheid tot het doel is bereikt.",
            "Stop aan het einde van de ingreep de infusie; het systeem schakelt naar stand-by.",
        ],
        "specs": [
            ["Bereik infusiesnelheid", "0,1–60 ml/h (propofol 10 mg/ml)"], ["Spuitmaat", "alleen 50 ml"],
            ["Regeldoel", "EEG-index 40–60 (instelbaar, standaard 50)"], ["Regelcyclus", "elke 5 seconden"],
            ["Occlusiedrukalarm", "300–900 mmHg, instelbaar"], ["Batterijduur", "2 uur"],
            ["Terugvalmodus", "Automatische overschakeling naar de laatste stabiele handmatige snelheid bij signaalverlies langer dan 60 s"],
            ["Alarmen", "Occlusie, spuit leeg, signaalverlies, index buiten bereik, batterij bijna leeg"],
        ],
        "storage": "Gebruiksomstandigheden 10–35 °C. Reinig de oppervlakken met 70 % alcohol. Stuur het apparaat voor afvoer terug naar Anestra (AEEA).",
    },
}

LABELS = [
    {"defect": "classification_and_cecp_basis_conflict", "category": "scope",
     "documents": ["CER", "CEAR"],
     "quotes": ["SedaLoop falls under Article 54(1)(b) MDR and the notified body has to perform the clinical evaluation consultation procedure",
                "SedaLoop is a class III device according to Rule 22",
                "The consultation procedure is therefore not required."],
     "description": "The manufacturer classifies the closed-loop controller as class IIb (Rule 12) and expects the CECP under Art. 54(1)(b); the NB classifies it as class III (Rule 22, closed loop) and concludes the CECP does not apply. Class and CECP applicability are unresolved.",
     "accept": ["documentation"]},
    {"defect": "max_infusion_rate_too_low_for_heavy_patients", "category": "plausibility",
     "documents": ["IFU-en", "CER"],
     "quotes": ["0.1–60 ml/h (propofol 10 mg/ml)",
                "Adults aged 18 to 80 years, ASA physical status I to III, with a body weight of 40 to 160 kg.",
                "Patients from 16 years of age, ASA physical status I to III, with a body weight of 40 to 160 kg."],
     "description": "With propofol 10 mg/ml the maximum rate of 60 ml/h gives 600 mg/h, i.e. 3.75 mg/kg/h at 160 kg: below the maintenance dose reported in the CER (mean 7.1 mg/kg/h) and far too slow for induction (1.5–2.5 mg/kg); the device cannot serve the upper part of the stated weight range.",
     "accept": ["specification"]},
    {"defect": "ifu_minimum_age_16_vs_18", "category": "population",
     "documents": ["IFU-en", "IFU-nl", "CER"],
     "quotes": ["Patients from 16 years of age, ASA physical status I to III",
                "Patiënten vanaf 16 jaar, ASA-klasse I tot III",
                "Adults aged 18 to 80 years, ASA physical status I to III"],
     "description": "The IFU (English and Dutch) admits patients from 16 years without upper age limit; CEP, CER and SSCP restrict the population to adults 18–80 years, as in the investigations.",
     "accept": ["evidence"]},
    {"defect": "pmcf_plan_unfilled_placeholders", "category": "template",
     "documents": ["PMCF-plan"],
     "quotes": ["[To be calculated by biostatistics – insert number of patients and rationale]",
                "Prospective multicentre registry in [insert number] XX European hospitals"],
     "description": "The PMCF plan still contains template placeholders for the sample size and the number of hospitals, and the timeline is 'TBD'.",
     "accept": ["pmcf"]},
]
