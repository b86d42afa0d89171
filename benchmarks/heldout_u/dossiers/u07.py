ID = "u07_cortexa_doa"
DEVICE = "Cortexa DA-3 – EEG-based depth of anaesthesia monitor"
D = {
    "name": "Cortexa DA-3", "mfr": "NeuroAttica Systems S.A.",
    "addr": "Patission 145, 11251 Athens, Greece", "srn": "GR-MF-000026658",
    "udi": "5208811CTXDA3MON9", "cls": "IIb",
    "rule": "Annex VIII, Rule 10 (active device for monitoring of vital physiological processes)",
    "cecp": ("The under evaluation device is a class IIb active monitoring device which neither administers nor "
             "removes medicinal products and is not implantable; consequently it is not subject to the Clinical "
             "Evaluation Consultation Procedure of Article 54 MDR."),
    "docs": {"cep": ("NAS-CEP-009", 1), "cer": ("NAS-CER-009", 1), "pmcf": ("NAS-PMCF-009", 1),
             "ifu": ("NAS-IFU-009", 2)},
    "dates": {"cep": "02/10/2024", "cer": "27/02/2025", "pmcf": "27/02/2025", "ifu": "05/03/2025",
              "cear": "19/05/2025"},
    "models": [("DA-3 M", "Monitor with 4-channel EEG amplifier and touch display"),
               ("DA-S4", "Single-use 4-electrode frontal sensor, adult")],
    "desc": ["The Cortexa DA-3 acquires the frontal electroencephalogram through a single-use 4-electrode sensor "
             "and computes a dimensionless hypnotic index (CHI, 0-100) from spectral, entropy and burst "
             "suppression features, together with the suppression ratio, the EMG activity and the density "
             "spectral array.",
             "The index is intended as an adjunct to the clinical judgement of the anaesthesiologist; a value "
             "of 40-60 is associated with adequate general anaesthesia."],
    "tech": [("Index range", "0-100 (target 40-60 during general anaesthesia)"), ("EEG sampling rate", "512 Hz"),
             ("Index update interval", "1 s"), ("Smoothing window", "15 s or 30 s"),
             ("Suppression ratio", "0-100 % over 63 s"), ("Weight of monitor", "1,4 kg (3.1 lb)")],
    "purpose": ("The Cortexa DA-3 is intended for the monitoring of the hypnotic state of the brain by means of "
                "the processed frontal EEG, as an adjunct to the clinical assessment, during general anaesthesia and "
                "sedation of adult patients in the operating room and intensive care unit."),
    "ind": ["guidance of hypnotic drug titration during general anaesthesia (intravenous or volatile)",
            "monitoring of the depth of sedation in mechanically ventilated ICU patients"],
    "contra": ["skin lesions or infection at the frontal sensor site",
               "anaesthesia predominantly with ketamine or nitrous oxide (index not validated)"],
    "pop": "Adult patients (≥18 y) undergoing general anaesthesia or sedation.",
    "users": "Anaesthesiologists, intensivists and anaesthesia nurses.",
    "setting": "Hospital operating rooms and intensive care units.",
    "sota": ["Processed EEG monitoring is recommended by the ESAIC guideline on postoperative delirium and by the "
             "NICE guidance DG6 in patients receiving total intravenous anaesthesia, in order to reduce the "
             "incidence of awareness and excessive anaesthetic depth [1,2].",
             "Prediction probability (PK) of established indices for loss of responsiveness ranges between 0,80 "
             "and 0,90 [3]."],
    "benefits": [("Correlation with hypnotic state", "PK for loss/return of responsiveness", "≥ 0,80"),
                 ("Reduced anaesthetic consumption", "Propofol dose vs standard care", "≥ 10 % reduction"),
                 ("Faster emergence", "Time to extubation", "≥ 2 min shorter")],
    "safety_crit": [("Skin irritation at the sensor", "≤ 2 %"), ("Intraoperative awareness", "≤ 0,1 %")],
    "cdp": "A pre-market clinical investigation (NAS-CIP-DA3-01) compared the index with the observer assessment (MOAA/S) and a randomised study compared guided vs standard care.",
    "studies": [("[4]", "NAS-CIP-DA3-01, prospective validation vs MOAA/S", "84", "Adults 19-81 y, propofol/sevoflurane", "Peri-operative", "PK 0,87 (LOR), 0,85 (ROR)"),
                ("[5]", "NAS-RCT-DA3-02, randomised CHI-guided vs standard care", "160", "Adults 20-79 y, TIVA", "Until discharge from PACU", "Propofol -17 %; extubation -3,4 min; no awareness"),
                ("[6]", "NAS-OBS-DA3-03, prospective observational, ICU sedation", "46", "Mechanically ventilated adults 27-84 y", "48 h", "PK vs RASS 0,81")],
    "study_prose": ["The validation investigation [4] showed PK values of 0,87 and 0,85 for loss and return of "
                    "responsiveness in 84 adults, exceeding the acceptance criterion of 0,80.",
                    "The randomised study [5] in 160 adults showed a 17 % reduction of propofol consumption and an "
                    "extubation time 3,4 minutes shorter with index-guided titration; no case of awareness was "
                    "recorded in either arm (Brice interview)."],
    "perf": ["The clinical benefits CB-1 to CB-3 were demonstrated in adults under propofol and sevoflurane "
             "anaesthesia; for ICU sedation, the observational study [6] in 46 ventilated adults showed a PK of "
             "0,81 against the RASS, which will be confirmed in a larger sample within the PMCF."],
    "risks": [("Skin irritation or erythema at the sensor site", "0,8 %"),
              ("Misleading index due to EMG or electrical interference", "not quantified; mitigated by signal quality indicator"),
              ("Intraoperative awareness despite index in target range", "< 0,1 %")],
    "warn": ["Do not base the anaesthetic management on the index alone; always consider the clinical signs and haemodynamics.",
             "The index may be unreliable with ketamine, nitrous oxide, hypothermia below 33 °C or neuromuscular disorders.",
             "Observe the signal quality indicator; disregard the index when the quality is below 50 %."],
    "steps": ["Clean the forehead with alcohol and let it dry.", "Apply the DA-S4 sensor and connect it to the monitor.",
              "Verify the impedance check and the signal quality before induction."],
    "refs": ["Aldecoa C et al. ESAIC guideline on postoperative delirium. Eur J Anaesthesiol 2024.",
             "NICE. Depth of anaesthesia monitors (DG6). 2012.",
             "Kreuer S et al. Comparison of EEG indices during propofol anaesthesia. Br J Anaesth 2004.",
             "NeuroAttica Systems. Clinical investigation report NAS-CIP-DA3-01, 2023.",
             "NeuroAttica Systems. Clinical investigation report NAS-RCT-DA3-02, 2024.",
             "NeuroAttica Systems. Observational study report NAS-OBS-DA3-03 (ICU sedation), 2024."],
    "pmcf": {"obj": ["to confirm the performance of the index during ICU sedation of mechanically ventilated adults",
                     "to collect data on awareness and skin irritation in routine use"],
             "design": "Prospective observational PMCF study in two ICUs and a survey of users in six hospitals.",
             "pop": "Adult patients (≥18 y) under general anaesthesia in the operating room or under sedation in the ICU.",
             "size": "120 ICU patients, giving a 95 % CI half-width of ±0,05 for PK assuming PK 0,82; 1 500 surgical cases for awareness and skin events.",
             "endpoints": ["PK vs RASS in ICU", "Awareness (Brice interview)", "Skin irritation"],
             "timeline": [("Start", "09/2025"), ("Interim report", "09/2026"), ("Final report", "03/2027")],
             "link": "The objectives address the limited ICU data and the residual risk of awareness."},
    "tr": {
        "de": {"purpose": "Der Cortexa DA-3 ist zur Überwachung des hypnotischen Zustands des Gehirns mittels des prozessierten frontalen EEG bestimmt, als Ergänzung zur klinischen Beurteilung während der Allgemeinanästhesie und Sedierung erwachsener Patienten im Operationssaal und auf der Intensivstation.",
               "ind": ["Steuerung der Hypnotikadosierung während der Allgemeinanästhesie (intravenös oder volatil)", "Überwachung der Sedierungstiefe bei beatmeten Intensivpatienten"],
               "contra": ["Hautläsionen oder Infektion an der frontalen Sensorstelle", "Anästhesie überwiegend mit Ketamin oder Lachgas (Index nicht validiert)"],
               "pop": "Erwachsene Patienten (≥18 Jahre) unter Allgemeinanästhesie oder Sedierung.",
               "setting": "Anästhesisten, Intensivmediziner und Anästhesiepflegekräfte; Operationssäle und Intensivstationen von Krankenhäusern.",
               "warn": ["Die Anästhesieführung nicht allein auf den Index stützen; stets klinische Zeichen und Hämodynamik berücksichtigen.", "Der Index kann bei Ketamin, Lachgas, Hypothermie unter 33 °C oder neuromuskulären Erkrankungen unzuverlässig sein.", "Den Signalqualitätsindikator beachten; den Index bei einer Qualität unter 50 % nicht verwenden."],
               "steps": ["Stirn mit Alkohol reinigen und trocknen lassen.", "Sensor DA-S4 anbringen und mit dem Monitor verbinden.", "Impedanzprüfung und Signalqualität vor der Einleitung überprüfen."],
               "risks": ["Hautreizung oder Erythem an der Sensorstelle", "Irreführender Index durch EMG oder elektrische Störungen", "Intraoperative Wachheit trotz Index im Zielbereich"]},
    },
    "cear": {"expert": "anaesthesiology and intensive care",
             "cecp": "Class IIb active monitoring device, not administering medicinal products; the CECP does not apply.",
             "sota": "The state of the art is appropriately described (ESAIC, NICE DG6). No equivalence is claimed.",
             "lit": "The literature search is adequate.",
             "pmcf": "Two pre-market investigations were assessed; the PMCF study on ICU sedation is specific and justified.",
             "findings": [("1", "Observation", "It is asked to report the index performance separately for volatile and intravenous anaesthesia in the PMCF evaluation report.", "No")],
             "concl": "The clinical evidence is sufficient and consistent across CEP, CER, IFU and PMCF plan. Certification is recommended."},
}
DOCS = [
    ("NAS-CEP-009_R1_Cortexa_DA-3.pdf", "CEP", "en", {}),
    ("NAS-CER-009_R1_Cortexa_DA-3.docx", "CER", "en", {}),
    ("NAS-PMCF-009_R1.md", "PMCF-plan", "en", {}),
    ("NAS-IFU-009-EN_R2.pdf", "IFU", "en", {}),
    ("NAS-IFU-009-DE_R2.docx", "IFU", "de", {}),
    ("NB2998_CEAR_NAS-009.docx", "CEAR", "en", {}),
]
LABELS = []
