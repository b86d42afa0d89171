"""Vagus nerve stimulator for drug-resistant epilepsy (active implantable, class III)."""

LONG = "Vagalis VNS Therapy System"

ADVERSE = [
    ("Hoarseness or voice alteration during stimulation", "28 % at 12 months"),
    ("Cough during stimulation", "11 % at 12 months"),
    ("Throat pain or pharyngitis", "9 % at 12 months"),
    ("Dyspnoea during stimulation", "6 % at 12 months"),
    ("Paraesthesia in the neck", "5 % at 12 months"),
    ("Surgical site infection", "2.7 % within 90 days"),
    ("Vocal cord paresis", "1.8 % at 12 months"),
    ("Bradycardia or asystole during intra-operative lead test", "< 0.1 % (literature)"),
    ("Worsening of obstructive sleep apnoea", "0.9 % at 12 months"),
]

SPEC = {
    "id": "f03_vagalis",
    "device": "Vagalis VNS Therapy System (vagus nerve stimulator for drug-resistant epilepsy)",
    "device_class": "III",
    "name": "the Vagalis system",
    "name_long": LONG,
    "generic": "Implantable vagus nerve stimulation system",
    "manufacturer": "NeuroVeda S.r.l.",
    "address": "Via Giovanni Durando 39, 20158 Milano, Italy",
    "srn": "IT-MF-000027413",
    "nb": "EuroMedCert S.p.A.",
    "nb_no": "2857",
    "budi": "80541221VAGVNS01TQ",
    "emdn": "J0301 – implantable neurostimulators for the peripheral nervous system",
    "first_ce": "Not applicable – first application",
    "rmf": "NV-RMF-012 rev. 4",
    "pms_plan": "NV-PMS-012 rev. 2",
    "data_lock": "15 January 2024",
    "authors": ["Ing. Chiara Bellandi, Regulatory Affairs", "Dott. Marco Fenoglio, Medical Affairs"],
    "class_text": "Class III – active implantable device (Annex VIII, Rule 8, 7th indent)",
    "scope_text": ("Being the Vagalis system a class III active implantable device, the consultation procedure of Article "
                   "54(1)(a) of the MDR is applicable. No exemption of Article 54(2) is foreseen for this first certification."),
    "models": (["Code", "Component", "Note"], [
        ["VG-106", "Vagalis pulse generator", "Implant, single pin"],
        ["VG-304", "Vagalis helical lead, 2.0 mm or 3.0 mm inner diameter", "Implant"],
        ["VG-TW", "Programming wand and tablet software", "Accessory, reusable"],
        ["VG-M", "Patient magnet", "Accessory"],
    ]),
    "specs": [
        ["Output current", "0–3.5 mA, in steps of 0.25 mA"],
        ["Signal frequency", "1–30 Hz"],
        ["Pulse width", "130–1000 µs"],
        ["Signal ON time", "7–60 s"],
        ["Signal OFF time", "0.2–180 min"],
        ["Magnet mode output current", "0–3.75 mA"],
        ["Battery longevity", "approx. 8 years at standard settings"],
        ["Generator dimensions / weight", "45 × 32 × 7 mm / 16 g"],
        ["Lead electrode inner diameter", "2.0 mm or 3.0 mm"],
        ["MRI status", "MR Conditional, 1.5 T, transmit/receive head or extremity coil only"],
    ],
    "specs_prose": ("The pulse generator delivers charge-balanced biphasic pulses. The output current can be programmed from "
                    "0.125 to 3.0 mA in steps of 0.125 mA, the signal frequency from 1 to 30 Hz and the pulse width from 130 to "
                    "1000 µs. ON time is 7 to 60 s and OFF time 0.2 to 180 min; in magnet mode up to 3.75 mA can be given. "
                    "Battery longevity is approximately 8 years at standard settings. The generator measures 45 × 32 × 7 mm and "
                    "weighs 16 g. The helical lead is available with 2.0 mm or 3.0 mm inner diameter. The system is MR "
                    "Conditional at 1.5 T with a transmit/receive head or extremity coil only."),
    "intended_purpose": ("The Vagalis system is intended to deliver intermittent electrical stimulation to the left cervical "
                         "vagus nerve as an adjunctive therapy for reducing the frequency of seizures in patients with "
                         "drug-resistant epilepsy."),
    "indications": [
        "Drug-resistant focal (partial-onset) seizures, with or without evolution to bilateral tonic-clonic seizures, in "
        "patients who are not candidates for resective epilepsy surgery or in whom surgery has failed",
    ],
    "contraindications": [
        "Prior bilateral or left cervical vagotomy",
        "Use of short-wave diathermy, microwave diathermy or therapeutic ultrasound diathermy",
        "Full-body MRI and MRI with body transmit coils",
    ],
    "population": ("Patients aged 12 years and older. The clinical investigation VAGA-1 enrolled patients from 12 to 65 years; "
                   "the use in younger children is not supported by clinical data of the device."),
    "users": ("Implantation is performed by neurosurgeons trained in the Vagalis procedure; programming by neurologists or "
              "epileptologists and trained nurses. Patients or caregivers use the magnet."),
    "setting": "Implantation in the operating room of a hospital; programming in hospital or outpatient epilepsy clinics.",
    "description": [
        "The Vagalis system is composed of an implantable pulse generator, placed in a subcutaneous pocket below the left "
        "clavicle, and a lead with two helical electrodes and an anchor tether, which are wrapped around the left vagus "
        "nerve in the neck. The lead is tunnelled subcutaneously to the generator.",
        "Stimulation is delivered in cycles (ON/OFF) programmed with the wand and tablet. With the magnet the patient or "
        "the caregiver can trigger an additional stimulation at the beginning of a seizure, or stop stimulation temporarily "
        "by holding the magnet over the generator.",
    ],
    "sota": [
        "About one third of the patients with epilepsy remain with seizures despite two adequate trials of antiseizure "
        "medication (drug-resistant epilepsy according to ILAE). For these patients resective surgery is the first option "
        "when a focus can be localised; neuromodulation (VNS, deep brain stimulation, responsive neurostimulation) is an "
        "option for the others.",
        "VNS is an established therapy since 1997. In meta-analyses about half of the patients reach a seizure reduction "
        "of 50 % or more after one to two years, with an increasing effect over time; the most frequent side-effects are "
        "hoarseness, cough and dyspnoea during stimulation.",
    ],
    "alternatives": [
        "Further antiseizure medication trials",
        "Resective or disconnective epilepsy surgery",
        "Deep brain stimulation of the anterior thalamic nucleus",
        "Ketogenic diet",
    ],
    "search": ("Databases: PubMed, Embase, Cochrane. Period: 2000 – data lock point. Terms: (vagus nerve stimulation OR VNS) "
               "AND (epilepsy OR seizure) and the name of the device. Two reviewers screen title, abstract and full text "
               "independently."),
    "search_result": ("The search of 18 January 2024 gave 1 642 records. After screening, 31 articles were retained for the "
                      "state of the art, among them four meta-analyses, and the VAGA-1 publication for the device."),
    "equivalence_plan": "No equivalence is foreseen; device data come from the VAGA-1 investigation.",
    "equivalence": "The clinical evaluation is based on the device's own data; no equivalence with other VNS devices is claimed.",
    "cdp": [
        "Pivotal investigation VAGA-1: prospective, multicentre, single-arm, 112 patients aged 12 to 65 years with "
        "drug-resistant focal seizures, primary end point at 12 months, extension to 24 months.",
        "PMCF: VAGA-REG registry with 300 patients and 5 years follow-up.",
    ],
    "benefits": [
        ("Reduction of seizure frequency", "Responder rate (≥ 50 % reduction of seizure frequency) at 12 months", "≥ 35 %"),
        ("Reduction of seizure frequency", "Median percent reduction of seizure frequency at 12 months", "≥ 25 %"),
        ("Improved quality of life", "Change of QOLIE-31 total score at 12 months", "≥ 5 points improvement"),
    ],
    "safety_criteria": [
        ("Serious device- or procedure-related adverse events at 12 months", "≤ 8 %"),
        ("Surgical site infection requiring explant", "≤ 3 %"),
        ("Permanent vocal cord paresis", "≤ 2 %"),
    ],
    "perf_results": [
        ["Responder rate at 12 months", "≥ 35 %", "41 % (44/107)", "Yes"],
        ["Median seizure reduction at 12 months", "≥ 25 %", "38 %", "Yes"],
        ["QOLIE-31 change", "≥ +5 points", "+7.2 points", "Yes"],
    ],
    "safety_results": [
        ["Serious device/procedure-related AEs", "≤ 8 %", "5.4 % (6/112)", "Yes"],
        ["Infection requiring explant", "≤ 3 %", "1.8 % (2/112)", "Yes"],
        ["Permanent vocal cord paresis", "≤ 2 %", "0.9 % (1/112)", "Yes"],
    ],
    "studies": (["Study", "Design", "N", "Age range", "Follow-up", "Results"], [
        ["VAGA-1 [4]", "Prospective, single-arm, 11 sites (IT, ES, DE)", "112", "12–65 years", "12 months (24 months extension)", "Responder rate 41 %; median reduction 38 %"],
        ["VAGA-1 extension [5]", "Continuation of VAGA-1", "98", "12–65 years", "24 months", "Responder rate 49 %"],
    ]),
    "results": [
        "In VAGA-1 the mean age was 31 years (range 12–65); 19 patients (17 %) were adolescents aged 12 to 17 years. The "
        "responder rate in adolescents (7/18, 39 %) was similar to adults.",
        "The effect increased between 12 and 24 months, as described in the literature for VNS.",
    ],
    "pms": ["The Vagalis system is not yet commercialised. During VAGA-1 one lead fracture (at 14 months) and two "
            "wand malfunctions were recorded as device deficiencies; the corrective actions are in the risk management file."],
    "benefit_risk": [
        "The Vagalis system reduces seizure frequency in about 40 % of patients at 12 months, in line with the state of the "
        "art of VNS. Stimulation side-effects are frequent but mostly mild and decrease with time or with adjustment of the "
        "parameters.",
        "The main uncertainties are the long-term lead integrity and battery longevity, which are followed in the PMCF.",
    ],
    "adverse": ADVERSE,
    "other_risks": ["Lead fracture or dislodgement requiring revision surgery"],
    "pmcf_summary": "The VAGA-REG registry follows 300 patients for 5 years (seizure outcome, lead integrity, battery longevity).",
    "summary": [
        "This report evaluates the clinical data of the Vagalis VNS Therapy System (generator VG-106, lead VG-304 and "
        "accessories) for the adjunctive treatment of drug-resistant focal epilepsy.",
        "The acceptance criteria of the CEP are met; benefit-risk is positive for patients aged 12 years and older.",
    ],
    "conclusion": [
        "The Vagalis system conforms to the GSPR 1, 8 and 9 for the intended purpose. The clinical evidence supports the "
        "use in patients 12 years and older with drug-resistant focal seizures.",
    ],
    "references": [
        "Kwan P, Arzimanoglou A, Berg AT, et al. Definition of drug resistant epilepsy: consensus proposal by the ILAE. Epilepsia 2010;51:1069–1077.",
        "Englot DJ, Chang EF, Auguste KI. Vagus nerve stimulation for epilepsy: a meta-analysis of efficacy and predictors of response. J Neurosurg 2011;115:1248–1255.",
        "Morris GL 3rd, Gloss D, Buchhalter J, et al. Evidence-based guideline update: vagus nerve stimulation for the treatment of epilepsy. Neurology 2013;81:1453–1459.",
        "NeuroVeda. VAGA-1 clinical investigation report, 12 months, CIR-VG-01 rev. 1, 2023.",
        "NeuroVeda. VAGA-1 extension report, 24 months, CIR-VG-02, 2024.",
    ],
    "evaluators": "Redatto / prepared by Ing. Chiara Bellandi and Dott.ssa Laura Peretti (neurologist); approved by Dott. Marco Fenoglio, 20 March 2024.",
    "pmcf": {
        "general": ["Complaint and vigilance trend analysis every six months", "Yearly literature review",
                    "Analysis of returned generators and explanted leads"],
        "objectives": [
            ("Confirm long-term seizure outcome up to 5 years", "Open question: benefit beyond 24 months"),
            ("Estimate lead fracture and revision rate", "Residual risk: lead fracture or dislodgement"),
            ("Confirm battery longevity of approximately 8 years", "Open question: longevity based on bench data"),
            ("Monitor vocal cord paresis and sleep apnoea", "Residual risks of stimulation"),
        ],
        "design": ["Prospective multicentre registry (VAGA-REG) in at least 15 epilepsy centres, consecutive inclusion of implanted patients."],
        "endpoints": ["Responder rate at 1, 2, 3 and 5 years", "Lead-related revision surgery", "Time to generator replacement",
                      "Adverse events of special interest"],
        "inclusion": ["Patients aged 12 years and older implanted with the Vagalis system for drug-resistant focal seizures", "Informed consent (assent for minors)"],
        "exclusion": ["Participation in an interventional drug study"],
        "setting": "Epilepsy centres (hospital) where the device is implanted and followed.",
        "sample_size": ("300 patients: with an expected lead revision rate of 3 % at 5 years, 300 patients allow to estimate "
                        "the rate with a 95 % CI half width of ±1.9 %, taking into account 20 % loss to follow-up."),
        "timeline": [["Start of enrolment", "September 2024"], ["End of enrolment", "December 2026"],
                     ["5-year follow-up complete", "December 2031"], ["PMCF report", "Every year"]],
        "reporting": "A PMCF evaluation report is issued yearly and used to update CER, SSCP and risk management.",
    },
    "sscp": {
        "description": ["Implantable pulse generator (VG-106) connected to a helical lead (VG-304) on the left vagus nerve; "
                        "programming with wand and tablet; patient magnet for on-demand stimulation."],
        "previous": "First generation device; no previous versions.",
        "accessories": "Programming wand and tablet VG-TW, patient magnet VG-M, tunnelling tool.",
        "risk_source": "Frequencies from VAGA-1 (112 patients, prospective); intra-operative bradycardia from the literature.",
        "fsca": "No FSCA has been performed.",
        "training": "Neurosurgeons: Vagalis implant training with proctored first implant. Programming: training by NeuroVeda clinical specialists.",
        "standards": ["EN ISO 14708-3:2017", "EN ISO 14971:2019+A11:2021", "EN ISO 10993-1:2020", "EN ISO 14155:2020", "ISO 10974:2018 (in part)"],
    },
    "sscp_warnings": ["MRI only at 1.5 T with transmit/receive head or extremity coil.",
                      "Do not use diathermy.", "Perform the lead test in the operating room with cardiac monitoring."],
    "sscp_clinical": ["VAGA-1: 112 patients aged 12–65 years, responder rate 41 % at 12 months and 49 % at 24 months; serious device- or procedure-related adverse events 5.4 %."],
    "cear": {
        "assessment_type": "Initial conformity assessment under the MDR",
        "ifu_langs": ["English", "Italian"],
        "reviewers": "Clinical reviewer: neurologist-epileptologist (EMC-CR-14); technical reviewer: electronic engineer (EMC-TR-03).",
        "state_of_art": ["The state of the art is described adequately with reference to ILAE definition and AAN guideline; the acceptance criteria are derived from meta-analyses."],
        "literature": ["The literature search is acceptable and reproducible."],
        "investigations": ["VAGA-1 is the pivotal investigation (112 patients, 12 months, extension to 24 months), conducted according to EN ISO 14155."],
        "pmcf": ["The VAGA-REG registry is adequate; sample size is justified."],
        "ifu": ["The IFU was checked against the CER."],
        "conclusion": ["Clinical evidence is sufficient; benefit-risk is acceptable. Certificate validity 5 years."],
    },
    "cear_summary": [
        "The Vagalis VNS Therapy System consists of the pulse generator VG-106 and the helical lead VG-304 with programming accessories.",
        "The NB understands the intended purpose as adjunctive therapy for reducing the frequency of seizures in patients with "
        "drug-resistant epilepsy by intermittent stimulation of the left cervical vagus nerve.",
    ],
    "cear_scope": ["Class III active implantable device; Art. 54(1)(a) applies. No exemption. Expert panel: neurology."],
    "style": {"v": 2, "heads": "section", "cer_specs_prose": True, "cear_heads": "alpha", "ifu_heads": "dot"},
    "docs": {
        "CEP": dict(title="Clinical evaluation plan", number="NV-CEP-012", rev="3", date="2023-11-30", file="NV-CEP-012_Vagalis_rev3.pdf", fmt="pdf", font="DejaVuSansCondensed"),
        "CER": dict(title="Clinical evaluation report", number="NV-CER-012", rev="4", date="2024-03-20", file="NV-CER-012_Vagalis_rev4.docx", fmt="docx", font="Cambria"),
        "PMCF-plan": dict(title="PMCF plan", number="NV-PMCF-012", rev="2", date="2024-03-18", file="NV-PMCF-012_Vagalis.md", fmt="md"),
        "SSCP": dict(title="SSCP", number="NV-SSCP-012", rev="1", date="2024-04-02", file="NV-SSCP-012_Vagalis.docx", fmt="docx"),
        "IFU-en": dict(title="IFU", number="NV-IFU-012", rev="D", date="2024-02", file="Vagalis_IFU_EN.pdf", fmt="pdf"),
        "IFU-it": dict(title="IFU", number="NV-IFU-012", rev="D", date="2024-02", file="Vagalis_IFU_IT.pdf", fmt="pdf"),
        "CEAR": dict(title="CEAR", number="EMC-CEAR-2024-118", rev="1", date="2024-06-11", file="CEAR_EuroMedCert_Vagalis.pdf", fmt="pdf", font="DejaVuSerif"),
    },
}

SPEC["ifu"] = {
    "en": {
        "name": LONG, "subtitle": "Pulse generator VG-106 · Lead VG-304 · Programming wand VG-TW · Magnet VG-M",
        "description": SPEC["description"][:1],
        "intended_purpose": SPEC["intended_purpose"],
        "indications": SPEC["indications"],
        "contraindications": SPEC["contraindications"],
        "population": "Adults and children from 6 years of age with drug-resistant epilepsy.",
        "users": SPEC["users"] + " " + SPEC["setting"],
        "warnings": [
            "MRI: only head or extremity scans at 1.5 T with a transmit/receive coil are allowed; full-body MRI and body transmit coils are contraindicated because of lead heating.",
            "Perform the intra-operative lead test with ECG monitoring; bradycardia and asystole have been reported.",
            "Patients with obstructive sleep apnoea may experience worsening; consider lowering the frequency or the pulse width.",
            "Do not use diathermy on patients implanted with the system, also when the generator is switched off.",
        ],
        "precautions": [
            "Increase the output current gradually over 2 to 4 weeks in steps of 0.25 mA.",
            "Instruct patients and caregivers about the use of the magnet.",
            "Check the lead impedance at every follow-up visit.",
        ],
        "adverse": [a for a, _ in ADVERSE],
        "instructions": [
            "Expose the left vagus nerve through a horizontal cervical incision.",
            "Wrap the two helical electrodes and the anchor tether around the nerve.",
            "Create the subclavicular pocket, tunnel the lead and connect it to the generator.",
            "Perform the lead test at 1.0 mA, 20 Hz, 250 µs under ECG monitoring.",
            "Start stimulation 2 weeks after surgery at 0.25 mA and titrate.",
            "Before an MRI of any body region the patient can be scanned at 1.5 T or 3 T without further precautions if the generator output is programmed to 0 mA.",
        ],
        "specs": SPEC["specs"],
        "storage": "Store between –10 °C and +45 °C. Explanted generators must be returned to NeuroVeda; do not incinerate.",
    },
    "it": {
        "name": "Sistema Vagalis VNS Therapy", "subtitle": "Generatore di impulsi VG-106 · Elettrocatetere VG-304 · Bacchetta di programmazione VG-TW · Magnete VG-M",
        "description": ["Il sistema Vagalis è composto da un generatore di impulsi impiantabile, posto in una tasca sottocutanea "
                        "sotto la clavicola sinistra, e da un elettrocatetere con due elettrodi elicoidali e un ancoraggio, "
                        "avvolti intorno al nervo vago sinistro nel collo. L'elettrocatetere è tunnellizzato fino al generatore."],
        "intended_purpose": ("Il sistema Vagalis è destinato a erogare una stimolazione elettrica intermittente al nervo vago "
                             "cervicale sinistro come terapia aggiuntiva per ridurre la frequenza delle crisi in pazienti con "
                             "epilessia farmacoresistente."),
        "indications": [
            "Crisi focali (a esordio parziale) farmacoresistenti, con o senza evoluzione in crisi tonico-cloniche bilaterali, "
            "in pazienti non candidabili alla chirurgia resettiva dell'epilessia o nei quali la chirurgia non ha avuto successo",
        ],
        "contraindications": [
            "Vagotomia cervicale bilaterale o sinistra pregressa",
            "Uso di diatermia a onde corte, a microonde o a ultrasuoni terapeutici",
            "RM total body e RM con bobine di trasmissione per il corpo",
        ],
        "population": "Adulti e bambini a partire dai 6 anni di età con epilessia farmacoresistente.",
        "users": ("L'impianto è eseguito da neurochirurghi formati sulla procedura Vagalis; la programmazione da neurologi o "
                  "epilettologi e infermieri formati. I pazienti o i caregiver utilizzano il magnete. Impianto in sala "
                  "operatoria ospedaliera; programmazione in ospedale o in ambulatori per l'epilessia."),
        "warnings": [
            "RM: sono consentite solo scansioni della testa o delle estremità a 1,5 T con bobina di trasmissione/ricezione; la RM total body e le bobine di trasmissione per il corpo sono controindicate per il riscaldamento dell'elettrocatetere.",
            "Eseguire il test dell'elettrocatetere intraoperatorio con monitoraggio ECG; sono state riportate bradicardia e asistolia.",
            "Nei pazienti con apnea ostruttiva del sonno può verificarsi un peggioramento; valutare la riduzione della frequenza o della durata dell'impulso.",
            "Non utilizzare la diatermia su pazienti portatori del sistema, anche a generatore spento.",
        ],
        "precautions": [
            "Aumentare la corrente di uscita gradualmente in 2–4 settimane con incrementi di 0,25 mA.",
            "Istruire pazienti e caregiver sull'uso del magnete.",
            "Controllare l'impedenza dell'elettrocatetere a ogni visita di controllo.",
        ],
        "adverse": ["Raucedine o alterazione della voce durante la stimolazione", "Tosse durante la stimolazione",
                    "Dolore faringeo o faringite", "Dispnea durante la stimolazione", "Parestesie al collo",
                    "Infezione del sito chirurgico", "Paresi delle corde vocali",
                    "Bradicardia o asistolia durante il test intraoperatorio dell'elettrocatetere",
                    "Peggioramento dell'apnea ostruttiva del sonno"],
        "instructions": [
            "Esporre il nervo vago sinistro mediante un'incisione cervicale orizzontale.",
            "Avvolgere i due elettrodi elicoidali e l'ancoraggio intorno al nervo.",
            "Creare la tasca sottoclavicolare, tunnellizzare l'elettrocatetere e collegarlo al generatore.",
            "Eseguire il test dell'elettrocatetere a 1,0 mA, 20 Hz, 250 µs con monitoraggio ECG.",
            "Iniziare la stimolazione 2 settimane dopo l'intervento a 0,25 mA e titolare.",
            "Prima di una RM di qualsiasi distretto corporeo il paziente può essere sottoposto a scansione a 1,5 T o 3 T senza ulteriori precauzioni se la corrente di uscita del generatore è programmata a 0 mA.",
        ],
        "specs": [
            ["Corrente di uscita", "0–3,5 mA, a passi di 0,25 mA"], ["Frequenza del segnale", "1–30 Hz"],
            ["Durata dell'impulso", "130–1000 µs"], ["Tempo ON", "7–60 s"], ["Tempo OFF", "0,2–180 min"],
            ["Corrente in modalità magnete", "0–3,75 mA"], ["Durata della batteria", "circa 8 anni con impostazioni standard"],
            ["Dimensioni / peso del generatore", "45 × 32 × 7 mm / 16 g"],
            ["Diametro interno degli elettrodi", "2,0 mm o 3,0 mm"],
            ["Compatibilità RM", "RM condizionata, 1,5 T, solo bobina di trasmissione/ricezione per testa o estremità"],
        ],
        "storage": "Conservare tra –10 °C e +45 °C. I generatori espiantati devono essere restituiti a NeuroVeda; non incenerire.",
    },
}

SPEC["override"] = {
    "CEAR": {"indications": SPEC["indications"] + [
        "Drug-resistant generalised epilepsy, including Lennox-Gastaut syndrome, as adjunctive therapy"]},
}

LABELS = [
    {"defect": "ifu_lowers_minimum_age", "category": "population",
     "documents": ["IFU-en", "IFU-it", "CER"],
     "quotes": ["Adults and children from 6 years of age with drug-resistant epilepsy.",
                "Adulti e bambini a partire dai 6 anni di età con epilessia farmacoresistente.",
                "Patients aged 12 years and older. The clinical investigation VAGA-1 enrolled patients from 12 to 65 years"],
     "description": "The IFU (English and Italian) admits children from 6 years, whereas the CEP/CER population and the clinical data (VAGA-1, 12–65 years) start at 12 years.",
     "accept": ["evidence"]},
    {"defect": "output_current_range_differs", "category": "specification",
     "documents": ["CER", "IFU-en"],
     "quotes": ["The output current can be programmed from 0.125 to 3.0 mA in steps of 0.125 mA",
                "0–3.5 mA, in steps of 0.25 mA"],
     "description": "Programmable output current is 0.125–3.0 mA (0.125 mA steps) in the CER but 0–3.5 mA (0.25 mA steps) in the IFU technical data.",
     "accept": []},
    {"defect": "mri_instruction_contradicts_warning", "category": "safety-instruction",
     "documents": ["IFU-en", "IFU-it"],
     "quotes": ["Before an MRI of any body region the patient can be scanned at 1.5 T or 3 T without further precautions",
                "full-body MRI and body transmit coils are contraindicated because of lead heating",
                "il paziente può essere sottoposto a scansione a 1,5 T o 3 T senza ulteriori precauzioni"],
     "description": "An implantation/handling instruction allows MRI of any body region at 1.5 T or 3 T without precautions, contradicting the warning and contraindication (1.5 T head/extremity T/R coil only; lead heating).",
     "accept": []},
    {"defect": "cear_adds_generalised_epilepsy", "category": "intended-use",
     "documents": ["CEAR", "CER"],
     "quotes": ["Drug-resistant generalised epilepsy, including Lennox-Gastaut syndrome, as adjunctive therapy",
                "Drug-resistant focal (partial-onset) seizures, with or without evolution to bilateral tonic-clonic seizures"],
     "description": "The CEAR lists generalised epilepsy (Lennox-Gastaut syndrome) among the assessed indications; the CER, IFU and SSCP are limited to drug-resistant focal seizures and no data cover generalised epilepsy.",
     "accept": ["evidence"]},
]
